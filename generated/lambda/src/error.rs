//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AddLayerVersionPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddLayerVersionPermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    PolicyLengthExceededException(crate::types::PolicyLengthExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddLayerVersionPermissionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    PolicyLengthExceededException, 5 => ResourceNotFoundException, 6 =>
    PreconditionFailedException }
);
/// The errors `AddPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddPermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
    PublicPolicyException(crate::types::PublicPolicyException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    PolicyLengthExceededException(crate::types::PolicyLengthExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddPermissionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => PublicPolicyException, 3 => ServiceException, 4 =>
    TooManyRequestsException, 5 => PolicyLengthExceededException, 6 =>
    ResourceNotFoundException, 7 => PreconditionFailedException }
);
/// The errors `CheckpointDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckpointDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CheckpointDurableExecutionError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => KmsAccessDeniedException, 6 => KmsDisabledException }
);
/// The errors `CreateAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't create the alias because your Amazon Web Services account has exceeded the maximum number of aliases allowed per Lambda function. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    AliasLimitExceededException(crate::types::AliasLimitExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAliasError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    AliasLimitExceededException, 5 => ResourceNotFoundException }
);
/// The errors `CreateCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The maximum number of capacity providers for your account has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)
    CapacityProviderLimitExceededException(
        crate::types::CapacityProviderLimitExceededException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCapacityProviderError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    CapacityProviderLimitExceededException }
);
/// The errors `CreateCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException }
);
/// The errors `CreateEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateEventSourceMappingError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `CreateFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
    InvalidCodeSignatureException(crate::types::InvalidCodeSignatureException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
    CodeVerificationFailedException(crate::types::CodeVerificationFailedException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(crate::types::CodeSigningConfigNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(crate::types::CodeStorageExceededException),
    /// The maximum number of function versions that can be associated with a single capacity provider has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    FunctionVersionsPerCapacityProviderLimitExceededException(
        crate::types::FunctionVersionsPerCapacityProviderLimitExceededException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateFunctionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    InvalidCodeSignatureException, 5 => ResourceNotFoundException, 6 =>
    CodeVerificationFailedException, 7 => CodeSigningConfigNotFoundException, 8 =>
    CodeStorageExceededException, 9 =>
    FunctionVersionsPerCapacityProviderLimitExceededException }
);
/// The errors `CreateFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateFunctionUrlConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAliasError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCapacityProviderError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => ResourceNotFoundException }
);
/// The errors `DeleteDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDurableExecutionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The operation conflicts with the resource's availability. For example, you tried to update an event source mapping in the CREATING state, or you tried to delete an event source mapping currently UPDATING.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteEventSourceMappingError, { 0 => InvalidParameterValueException, 1 =>
    ResourceInUseException, 2 => ResourceConflictException, 3 => ServiceException, 4 =>
    TooManyRequestsException, 5 => ResourceNotFoundException }
);
/// The errors `DeleteFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteFunctionCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(crate::types::CodeSigningConfigNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => CodeSigningConfigNotFoundException }
);
/// The errors `DeleteFunctionConcurrency` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionConcurrencyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionConcurrencyError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionEventInvokeConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionUrlConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteLayerVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLayerVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLayerVersionError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `DeleteProvisionedConcurrencyConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteProvisionedConcurrencyConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteProvisionedConcurrencyConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => PreconditionFailedException }
);
/// The errors `GetAccountSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountSettingsError {
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountSettingsError, { 0 => ServiceException, 1 => TooManyRequestsException }
);
/// The errors `GetAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAliasError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2 =>
    TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetCapacityProviderError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => ResourceNotFoundException }
);
/// The errors `GetDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDurableExecutionError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => ResourceNotFoundException, 6 => KmsAccessDeniedException,
    7 => KmsDisabledException }
);
/// The errors `GetDurableExecutionHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionHistoryError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDurableExecutionHistoryError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => ResourceNotFoundException, 6 => KmsAccessDeniedException,
    7 => KmsDisabledException }
);
/// The errors `GetDurableExecutionState` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionStateError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDurableExecutionStateError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => KmsAccessDeniedException, 6 => KmsDisabledException }
);
/// The errors `GetEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetEventSourceMappingError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2 =>
    TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunctionCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(crate::types::CodeSigningConfigNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException, 4 =>
    CodeSigningConfigNotFoundException }
);
/// The errors `GetFunctionConcurrency` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionConcurrencyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionConcurrencyError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunctionConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionConfigurationError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionConfigurationError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionEventInvokeConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunctionRecursionConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionRecursionConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionRecursionConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunctionScalingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionScalingConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionScalingConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionUrlConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetLayerVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLayerVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLayerVersionError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2
    => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetLayerVersionByArn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLayerVersionByArnError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLayerVersionByArnError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetLayerVersionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLayerVersionPolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLayerVersionPolicyError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPolicyError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2 =>
    TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetProvisionedConcurrencyConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetProvisionedConcurrencyConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The specified configuration does not exist.
    ProvisionedConcurrencyConfigNotFoundException(
        crate::types::ProvisionedConcurrencyConfigNotFoundException,
    ),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetProvisionedConcurrencyConfigError, { 0 => InvalidParameterValueException, 1 =>
    ProvisionedConcurrencyConfigNotFoundException, 2 => ServiceException, 3 =>
    TooManyRequestsException, 4 => ResourceNotFoundException }
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, { 0 => InvalidParameterValueException, 1 => ServiceException,
    2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `GetRuntimeManagementConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRuntimeManagementConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRuntimeManagementConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `Invoke` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeError {
    /// The runtime alias for your function is no longer available. Update your function to use an available runtime alias.
    RuntimeAliasDeletedException(crate::types::RuntimeAliasDeletedException),
    /// The Lambda function couldn't be invoked because its code artifact user has been deleted. Wait for Lambda to provision a new code artifact user, or update the function's code package to recreate it.
    CodeArtifactUserDeletedException(crate::types::CodeArtifactUserDeletedException),
    /// The function is inactive and its VPC connection is no longer available. Wait for the VPC connection to reestablish and try again.
    ResourceNotReadyException(crate::types::ResourceNotReadyException),
    /// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The security group ID provided in the Lambda function VPC configuration is not valid.
    InvalidSecurityGroupIdException(crate::types::InvalidSecurityGroupIdException),
    /// Lambda couldn't restore the snapshot within the timeout limit.
    SnapStartTimeoutException(crate::types::SnapStartTimeoutException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
    Ec2ThrottledException(crate::types::Ec2ThrottledException),
    /// The Lambda function couldn't make a network connection to the configured file system.
    EfsMountConnectivityException(crate::types::EfsMountConnectivityException),
    /// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
    SubnetIpAddressLimitReachedException(
        crate::types::SubnetIpAddressLimitReachedException,
    ),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request payload exceeded the `Invoke` request body JSON input quota. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    RequestTooLargeException(crate::types::RequestTooLargeException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The content type of the `Invoke` request body is not JSON.
    UnsupportedMediaTypeException(crate::types::UnsupportedMediaTypeException),
    /// The Lambda function couldn't make a network connection to the configured S3 Files access point.
    S3FilesMountConnectivityException(crate::types::S3FilesMountConnectivityException),
    /// The request payload exceeded the maximum allowed size for serialized request entities.
    SerializedRequestEntityTooLargeException(
        crate::types::SerializedRequestEntityTooLargeException,
    ),
    /// The runtime or runtime version specified is not supported.
    InvalidRuntimeException(crate::types::InvalidRuntimeException),
    /// The function has no published versions available.
    NoPublishedVersionException(crate::types::NoPublishedVersionException),
    /// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
    Ec2UnexpectedException(crate::types::Ec2UnexpectedException),
    /// The subnet ID provided in the Lambda function VPC configuration is not valid.
    InvalidSubnetIdException(crate::types::InvalidSubnetIdException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Need additional permissions to configure VPC settings.
    Ec2AccessDeniedException(crate::types::Ec2AccessDeniedException),
    /// An error occurred when reading from or writing to a connected file system.
    EfsioException(crate::types::EfsioException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The runtime version used by your function is no longer available. Update your function to use an available runtime version or runtime alias.
    RuntimeVersionDeletedException(crate::types::RuntimeVersionDeletedException),
    /// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    EniLimitReachedException(crate::types::EniLimitReachedException),
    /// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
    SnapStartNotReadyException(crate::types::SnapStartNotReadyException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The Lambda function couldn't be invoked because its code artifact user is still being provisioned. Wait for the function's `State` to become `Active` and try the request again.
    CodeArtifactUserPendingException(crate::types::CodeArtifactUserPendingException),
    /// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
    SnapStartException(crate::types::SnapStartException),
    /// Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation.
    RecursiveInvocationException(crate::types::RecursiveInvocationException),
    /// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
    S3FilesMountFailureException(crate::types::S3FilesMountFailureException),
    /// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
    EfsMountTimeoutException(crate::types::EfsMountTimeoutException),
    /// Lambda couldn't invoke the Lambda function because the elastic network interface (ENI) configured for its VPC connection isn't ready yet. Wait a few moments and try the request again. For more information about VPC configuration, see [Configuring a Lambda function to access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    EniNotReadyException(crate::types::EniNotReadyException),
    /// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
    S3FilesMountTimeoutException(crate::types::S3FilesMountTimeoutException),
    /// The Lambda function couldn't be invoked because provisioning of its code artifact user failed. Update the function's code package or check the Lambda function's `State` and `StateReasonCode` for additional context.
    CodeArtifactUserFailedException(crate::types::CodeArtifactUserFailedException),
    /// The Lambda function doesn't support the invocation mode requested. For example, calling `Invoke` with `InvocationType=RequestResponse` on a function configured for asynchronous-only invocation, or vice versa. For more information about invocation types, see [Invoking Lambda functions](https://docs.aws.amazon.com/lambda/latest/dg/invocation-options.html).
    ModeNotSupportedException(crate::types::ModeNotSupportedException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
    InvalidRequestContentException(crate::types::InvalidRequestContentException),
    /// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    SnapStartRegenerationFailureException(
        crate::types::SnapStartRegenerationFailureException,
    ),
    /// The durable execution with the specified name has already been started. Each durable execution name must be unique within the function. Use a different name or check the status of the existing execution.
    DurableExecutionAlreadyStartedException(
        crate::types::DurableExecutionAlreadyStartedException,
    ),
    /// Lambda could not unzip the deployment package.
    InvalidZipFileException(crate::types::InvalidZipFileException),
    /// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
    EfsMountFailureException(crate::types::EfsMountFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeError, { 0 => RuntimeAliasDeletedException, 1 =>
    CodeArtifactUserDeletedException, 2 => ResourceNotReadyException, 3 =>
    ServiceQuotaExceededException, 4 => InvalidSecurityGroupIdException, 5 =>
    SnapStartTimeoutException, 6 => TooManyRequestsException, 7 => Ec2ThrottledException,
    8 => EfsMountConnectivityException, 9 => SubnetIpAddressLimitReachedException, 10 =>
    KmsAccessDeniedException, 11 => RequestTooLargeException, 12 => KmsDisabledException,
    13 => UnsupportedMediaTypeException, 14 => S3FilesMountConnectivityException, 15 =>
    SerializedRequestEntityTooLargeException, 16 => InvalidRuntimeException, 17 =>
    NoPublishedVersionException, 18 => Ec2UnexpectedException, 19 =>
    InvalidSubnetIdException, 20 => KmsNotFoundException, 21 =>
    InvalidParameterValueException, 22 => Ec2AccessDeniedException, 23 => EfsioException,
    24 => KmsInvalidStateException, 25 => ResourceConflictException, 26 =>
    RuntimeVersionDeletedException, 27 => EniLimitReachedException, 28 =>
    SnapStartNotReadyException, 29 => ServiceException, 30 =>
    CodeArtifactUserPendingException, 31 => SnapStartException, 32 =>
    RecursiveInvocationException, 33 => S3FilesMountFailureException, 34 =>
    EfsMountTimeoutException, 35 => EniNotReadyException, 36 =>
    S3FilesMountTimeoutException, 37 => CodeArtifactUserFailedException, 38 =>
    ModeNotSupportedException, 39 => ResourceNotFoundException, 40 =>
    InvalidRequestContentException, 41 => SnapStartRegenerationFailureException, 42 =>
    DurableExecutionAlreadyStartedException, 43 => InvalidZipFileException, 44 =>
    EfsMountFailureException }
);
/// The errors `InvokeAsync` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeAsyncError {
    /// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The security group ID provided in the Lambda function VPC configuration is not valid.
    InvalidSecurityGroupIdException(crate::types::InvalidSecurityGroupIdException),
    /// Lambda couldn't restore the snapshot within the timeout limit.
    SnapStartTimeoutException(crate::types::SnapStartTimeoutException),
    /// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
    Ec2ThrottledException(crate::types::Ec2ThrottledException),
    /// The Lambda function couldn't make a network connection to the configured file system.
    EfsMountConnectivityException(crate::types::EfsMountConnectivityException),
    /// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
    SubnetIpAddressLimitReachedException(
        crate::types::SubnetIpAddressLimitReachedException,
    ),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The Lambda function couldn't make a network connection to the configured S3 Files access point.
    S3FilesMountConnectivityException(crate::types::S3FilesMountConnectivityException),
    /// The runtime or runtime version specified is not supported.
    InvalidRuntimeException(crate::types::InvalidRuntimeException),
    /// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
    Ec2UnexpectedException(crate::types::Ec2UnexpectedException),
    /// The subnet ID provided in the Lambda function VPC configuration is not valid.
    InvalidSubnetIdException(crate::types::InvalidSubnetIdException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// Need additional permissions to configure VPC settings.
    Ec2AccessDeniedException(crate::types::Ec2AccessDeniedException),
    /// An error occurred when reading from or writing to a connected file system.
    EfsioException(crate::types::EfsioException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    EniLimitReachedException(crate::types::EniLimitReachedException),
    /// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
    SnapStartNotReadyException(crate::types::SnapStartNotReadyException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
    SnapStartException(crate::types::SnapStartException),
    /// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
    S3FilesMountFailureException(crate::types::S3FilesMountFailureException),
    /// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
    EfsMountTimeoutException(crate::types::EfsMountTimeoutException),
    /// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
    S3FilesMountTimeoutException(crate::types::S3FilesMountTimeoutException),
    /// The Lambda function doesn't support the invocation mode requested. For example, calling `Invoke` with `InvocationType=RequestResponse` on a function configured for asynchronous-only invocation, or vice versa. For more information about invocation types, see [Invoking Lambda functions](https://docs.aws.amazon.com/lambda/latest/dg/invocation-options.html).
    ModeNotSupportedException(crate::types::ModeNotSupportedException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
    InvalidRequestContentException(crate::types::InvalidRequestContentException),
    /// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    SnapStartRegenerationFailureException(
        crate::types::SnapStartRegenerationFailureException,
    ),
    /// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
    EfsMountFailureException(crate::types::EfsMountFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeAsyncError, { 0 => ServiceQuotaExceededException, 1 =>
    InvalidSecurityGroupIdException, 2 => SnapStartTimeoutException, 3 =>
    Ec2ThrottledException, 4 => EfsMountConnectivityException, 5 =>
    SubnetIpAddressLimitReachedException, 6 => KmsAccessDeniedException, 7 =>
    KmsDisabledException, 8 => S3FilesMountConnectivityException, 9 =>
    InvalidRuntimeException, 10 => Ec2UnexpectedException, 11 =>
    InvalidSubnetIdException, 12 => KmsNotFoundException, 13 => Ec2AccessDeniedException,
    14 => EfsioException, 15 => KmsInvalidStateException, 16 =>
    ResourceConflictException, 17 => EniLimitReachedException, 18 =>
    SnapStartNotReadyException, 19 => ServiceException, 20 => SnapStartException, 21 =>
    S3FilesMountFailureException, 22 => EfsMountTimeoutException, 23 =>
    S3FilesMountTimeoutException, 24 => ModeNotSupportedException, 25 =>
    ResourceNotFoundException, 26 => InvalidRequestContentException, 27 =>
    SnapStartRegenerationFailureException, 28 => EfsMountFailureException }
);
/// The errors `InvokeWithResponseStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeWithResponseStreamError {
    /// The runtime alias for your function is no longer available. Update your function to use an available runtime alias.
    RuntimeAliasDeletedException(crate::types::RuntimeAliasDeletedException),
    /// The Lambda function couldn't be invoked because its code artifact user has been deleted. Wait for Lambda to provision a new code artifact user, or update the function's code package to recreate it.
    CodeArtifactUserDeletedException(crate::types::CodeArtifactUserDeletedException),
    /// The function is inactive and its VPC connection is no longer available. Wait for the VPC connection to reestablish and try again.
    ResourceNotReadyException(crate::types::ResourceNotReadyException),
    /// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The security group ID provided in the Lambda function VPC configuration is not valid.
    InvalidSecurityGroupIdException(crate::types::InvalidSecurityGroupIdException),
    /// Lambda couldn't restore the snapshot within the timeout limit.
    SnapStartTimeoutException(crate::types::SnapStartTimeoutException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
    Ec2ThrottledException(crate::types::Ec2ThrottledException),
    /// The Lambda function couldn't make a network connection to the configured file system.
    EfsMountConnectivityException(crate::types::EfsMountConnectivityException),
    /// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
    SubnetIpAddressLimitReachedException(
        crate::types::SubnetIpAddressLimitReachedException,
    ),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request payload exceeded the `Invoke` request body JSON input quota. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    RequestTooLargeException(crate::types::RequestTooLargeException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The content type of the `Invoke` request body is not JSON.
    UnsupportedMediaTypeException(crate::types::UnsupportedMediaTypeException),
    /// The Lambda function couldn't make a network connection to the configured S3 Files access point.
    S3FilesMountConnectivityException(crate::types::S3FilesMountConnectivityException),
    /// The request payload exceeded the maximum allowed size for serialized request entities.
    SerializedRequestEntityTooLargeException(
        crate::types::SerializedRequestEntityTooLargeException,
    ),
    /// The runtime or runtime version specified is not supported.
    InvalidRuntimeException(crate::types::InvalidRuntimeException),
    /// The function has no published versions available.
    NoPublishedVersionException(crate::types::NoPublishedVersionException),
    /// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
    Ec2UnexpectedException(crate::types::Ec2UnexpectedException),
    /// The subnet ID provided in the Lambda function VPC configuration is not valid.
    InvalidSubnetIdException(crate::types::InvalidSubnetIdException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Need additional permissions to configure VPC settings.
    Ec2AccessDeniedException(crate::types::Ec2AccessDeniedException),
    /// An error occurred when reading from or writing to a connected file system.
    EfsioException(crate::types::EfsioException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The runtime version used by your function is no longer available. Update your function to use an available runtime version or runtime alias.
    RuntimeVersionDeletedException(crate::types::RuntimeVersionDeletedException),
    /// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    EniLimitReachedException(crate::types::EniLimitReachedException),
    /// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
    SnapStartNotReadyException(crate::types::SnapStartNotReadyException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The Lambda function couldn't be invoked because its code artifact user is still being provisioned. Wait for the function's `State` to become `Active` and try the request again.
    CodeArtifactUserPendingException(crate::types::CodeArtifactUserPendingException),
    /// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
    SnapStartException(crate::types::SnapStartException),
    /// Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation.
    RecursiveInvocationException(crate::types::RecursiveInvocationException),
    /// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
    S3FilesMountFailureException(crate::types::S3FilesMountFailureException),
    /// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
    EfsMountTimeoutException(crate::types::EfsMountTimeoutException),
    /// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
    S3FilesMountTimeoutException(crate::types::S3FilesMountTimeoutException),
    /// The Lambda function couldn't be invoked because provisioning of its code artifact user failed. Update the function's code package or check the Lambda function's `State` and `StateReasonCode` for additional context.
    CodeArtifactUserFailedException(crate::types::CodeArtifactUserFailedException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
    InvalidRequestContentException(crate::types::InvalidRequestContentException),
    /// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    SnapStartRegenerationFailureException(
        crate::types::SnapStartRegenerationFailureException,
    ),
    /// Lambda could not unzip the deployment package.
    InvalidZipFileException(crate::types::InvalidZipFileException),
    /// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
    EfsMountFailureException(crate::types::EfsMountFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeWithResponseStreamError, { 0 => RuntimeAliasDeletedException, 1 =>
    CodeArtifactUserDeletedException, 2 => ResourceNotReadyException, 3 =>
    ServiceQuotaExceededException, 4 => InvalidSecurityGroupIdException, 5 =>
    SnapStartTimeoutException, 6 => TooManyRequestsException, 7 => Ec2ThrottledException,
    8 => EfsMountConnectivityException, 9 => SubnetIpAddressLimitReachedException, 10 =>
    KmsAccessDeniedException, 11 => RequestTooLargeException, 12 => KmsDisabledException,
    13 => UnsupportedMediaTypeException, 14 => S3FilesMountConnectivityException, 15 =>
    SerializedRequestEntityTooLargeException, 16 => InvalidRuntimeException, 17 =>
    NoPublishedVersionException, 18 => Ec2UnexpectedException, 19 =>
    InvalidSubnetIdException, 20 => KmsNotFoundException, 21 =>
    InvalidParameterValueException, 22 => Ec2AccessDeniedException, 23 => EfsioException,
    24 => KmsInvalidStateException, 25 => ResourceConflictException, 26 =>
    RuntimeVersionDeletedException, 27 => EniLimitReachedException, 28 =>
    SnapStartNotReadyException, 29 => ServiceException, 30 =>
    CodeArtifactUserPendingException, 31 => SnapStartException, 32 =>
    RecursiveInvocationException, 33 => S3FilesMountFailureException, 34 =>
    EfsMountTimeoutException, 35 => S3FilesMountTimeoutException, 36 =>
    CodeArtifactUserFailedException, 37 => ResourceNotFoundException, 38 =>
    InvalidRequestContentException, 39 => SnapStartRegenerationFailureException, 40 =>
    InvalidZipFileException, 41 => EfsMountFailureException }
);
/// The errors `ListAliases` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAliasesError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAliasesError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2 =>
    TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListCapacityProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCapacityProvidersError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCapacityProvidersError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException }
);
/// The errors `ListCodeSigningConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCodeSigningConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCodeSigningConfigsError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException }
);
/// The errors `ListDurableExecutionsByFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDurableExecutionsByFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDurableExecutionsByFunctionError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListEventSourceMappings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEventSourceMappingsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEventSourceMappingsError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListFunctionEventInvokeConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionEventInvokeConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionEventInvokeConfigsError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListFunctionUrlConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionUrlConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionUrlConfigsError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListFunctionVersionsByCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionVersionsByCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionVersionsByCapacityProviderError, { 0 => InvalidParameterValueException, 1
    => ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListFunctions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionsError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2
    => TooManyRequestsException }
);
/// The errors `ListFunctionsByCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionsByCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionsByCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => ResourceNotFoundException }
);
/// The errors `ListLayerVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLayerVersionsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLayerVersionsError, { 0 => InvalidParameterValueException, 1 => ServiceException,
    2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListLayers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLayersError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLayersError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2 =>
    TooManyRequestsException }
);
/// The errors `ListProvisionedConcurrencyConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListProvisionedConcurrencyConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListProvisionedConcurrencyConfigsError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsError, { 0 => InvalidParameterValueException, 1 => ServiceException, 2 =>
    TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `ListVersionsByFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVersionsByFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListVersionsByFunctionError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException }
);
/// The errors `PauseDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PauseDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PauseDurableExecutionError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ResourceConflictException, 3 => ServiceException, 4 =>
    TooManyRequestsException, 5 => KmsNotFoundException, 6 => ResourceNotFoundException,
    7 => KmsAccessDeniedException, 8 => KmsDisabledException }
);
/// The errors `PublishLayerVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishLayerVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(crate::types::CodeStorageExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishLayerVersionError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException, 4 =>
    CodeStorageExceededException }
);
/// The errors `PublishVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(crate::types::CodeStorageExceededException),
    /// The maximum number of function versions that can be associated with a single capacity provider has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    FunctionVersionsPerCapacityProviderLimitExceededException(
        crate::types::FunctionVersionsPerCapacityProviderLimitExceededException,
    ),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishVersionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => CodeStorageExceededException, 6 =>
    FunctionVersionsPerCapacityProviderLimitExceededException, 7 =>
    PreconditionFailedException }
);
/// The errors `PutFunctionCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(crate::types::CodeSigningConfigNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => CodeSigningConfigNotFoundException }
);
/// The errors `PutFunctionConcurrency` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionConcurrencyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionConcurrencyError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `PutFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionEventInvokeConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `PutFunctionRecursionConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionRecursionConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionRecursionConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `PutFunctionScalingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionScalingConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionScalingConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `PutProvisionedConcurrencyConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutProvisionedConcurrencyConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutProvisionedConcurrencyConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
    PublicPolicyException(crate::types::PublicPolicyException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    PolicyLengthExceededException(crate::types::PolicyLengthExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => PublicPolicyException, 3 => ServiceException, 4 =>
    TooManyRequestsException, 5 => PolicyLengthExceededException, 6 =>
    ResourceNotFoundException, 7 => PreconditionFailedException }
);
/// The errors `PutRuntimeManagementConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRuntimeManagementConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRuntimeManagementConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `RemoveLayerVersionPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveLayerVersionPermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveLayerVersionPermissionError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => PreconditionFailedException }
);
/// The errors `RemovePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemovePermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
    PublicPolicyException(crate::types::PublicPolicyException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemovePermissionError, { 0 => InvalidParameterValueException, 1 =>
    PublicPolicyException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => PreconditionFailedException }
);
/// The errors `ResumeDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResumeDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ResumeDurableExecutionError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ResourceConflictException, 3 => ServiceException, 4 =>
    TooManyRequestsException, 5 => KmsNotFoundException, 6 => ResourceNotFoundException,
    7 => KmsAccessDeniedException, 8 => KmsDisabledException }
);
/// The errors `SendDurableExecutionCallbackFailure` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackFailureError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The callback ID token has either expired or the callback associated with the token has already been closed.
    CallbackTimeoutException(crate::types::CallbackTimeoutException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDurableExecutionCallbackFailureError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => ResourceNotFoundException, 6 => CallbackTimeoutException,
    7 => KmsAccessDeniedException, 8 => KmsDisabledException }
);
/// The errors `SendDurableExecutionCallbackHeartbeat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackHeartbeatError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The callback ID token has either expired or the callback associated with the token has already been closed.
    CallbackTimeoutException(crate::types::CallbackTimeoutException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDurableExecutionCallbackHeartbeatError, { 0 => InvalidParameterValueException, 1
    => ServiceException, 2 => TooManyRequestsException, 3 => ResourceNotFoundException, 4
    => CallbackTimeoutException }
);
/// The errors `SendDurableExecutionCallbackSuccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackSuccessError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The callback ID token has either expired or the callback associated with the token has already been closed.
    CallbackTimeoutException(crate::types::CallbackTimeoutException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDurableExecutionCallbackSuccessError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => ResourceNotFoundException, 6 => CallbackTimeoutException,
    7 => KmsAccessDeniedException, 8 => KmsDisabledException }
);
/// The errors `StopDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopDurableExecutionError, { 0 => InvalidParameterValueException, 1 =>
    KmsInvalidStateException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    KmsNotFoundException, 5 => ResourceNotFoundException, 6 => KmsAccessDeniedException,
    7 => KmsDisabledException }
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `UpdateAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAliasError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException, 5 => PreconditionFailedException }
);
/// The errors `UpdateCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateCapacityProviderError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `UpdateCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateCodeSigningConfigError, { 0 => InvalidParameterValueException, 1 =>
    ServiceException, 2 => ResourceNotFoundException }
);
/// The errors `UpdateEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The operation conflicts with the resource's availability. For example, you tried to update an event source mapping in the CREATING state, or you tried to delete an event source mapping currently UPDATING.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateEventSourceMappingError, { 0 => InvalidParameterValueException, 1 =>
    ResourceInUseException, 2 => ResourceConflictException, 3 => ServiceException, 4 =>
    TooManyRequestsException, 5 => ResourceNotFoundException }
);
/// The errors `UpdateFunctionCode` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionCodeError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
    InvalidCodeSignatureException(crate::types::InvalidCodeSignatureException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
    CodeVerificationFailedException(crate::types::CodeVerificationFailedException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(crate::types::CodeSigningConfigNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(crate::types::CodeStorageExceededException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionCodeError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    InvalidCodeSignatureException, 5 => ResourceNotFoundException, 6 =>
    CodeVerificationFailedException, 7 => CodeSigningConfigNotFoundException, 8 =>
    CodeStorageExceededException, 9 => PreconditionFailedException }
);
/// The errors `UpdateFunctionConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionConfigurationError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
    InvalidCodeSignatureException(crate::types::InvalidCodeSignatureException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
    CodeVerificationFailedException(crate::types::CodeVerificationFailedException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(crate::types::CodeSigningConfigNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(crate::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionConfigurationError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    InvalidCodeSignatureException, 5 => ResourceNotFoundException, 6 =>
    CodeVerificationFailedException, 7 => CodeSigningConfigNotFoundException, 8 =>
    PreconditionFailedException }
);
/// The errors `UpdateFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionEventInvokeConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);
/// The errors `UpdateFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(crate::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(crate::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionUrlConfigError, { 0 => InvalidParameterValueException, 1 =>
    ResourceConflictException, 2 => ServiceException, 3 => TooManyRequestsException, 4 =>
    ResourceNotFoundException }
);

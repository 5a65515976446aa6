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
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    PolicyLengthExceededException(super::types::PolicyLengthExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddLayerVersionPermissionError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    PolicyLengthExceededException, ResourceNotFoundException,
    PreconditionFailedException]
);
/// The errors `AddPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddPermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
    PublicPolicyException(super::types::PublicPolicyException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    PolicyLengthExceededException(super::types::PolicyLengthExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddPermissionError, [InvalidParameterValueException, ResourceConflictException,
    PublicPolicyException, ServiceException, TooManyRequestsException,
    PolicyLengthExceededException, ResourceNotFoundException,
    PreconditionFailedException]
);
/// The errors `CheckpointDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckpointDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CheckpointDurableExecutionError, [InvalidParameterValueException,
    KmsInvalidStateException, ServiceException, TooManyRequestsException,
    KmsNotFoundException, KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `CreateAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't create the alias because your Amazon Web Services account has exceeded the maximum number of aliases allowed per Lambda function. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    AliasLimitExceededException(super::types::AliasLimitExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAliasError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, AliasLimitExceededException,
    ResourceNotFoundException]
);
/// The errors `CreateCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The maximum number of capacity providers for your account has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)
    CapacityProviderLimitExceededException(
        super::types::CapacityProviderLimitExceededException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCapacityProviderError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    CapacityProviderLimitExceededException]
);
/// The errors `CreateCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCodeSigningConfigError, [InvalidParameterValueException, ServiceException]
);
/// The errors `CreateEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateEventSourceMappingError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `CreateFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
    InvalidCodeSignatureException(super::types::InvalidCodeSignatureException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
    CodeVerificationFailedException(super::types::CodeVerificationFailedException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(super::types::CodeSigningConfigNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(super::types::CodeStorageExceededException),
    /// The maximum number of function versions that can be associated with a single capacity provider has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    FunctionVersionsPerCapacityProviderLimitExceededException(
        super::types::FunctionVersionsPerCapacityProviderLimitExceededException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateFunctionError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, InvalidCodeSignatureException,
    ResourceNotFoundException, CodeVerificationFailedException,
    CodeSigningConfigNotFoundException, CodeStorageExceededException,
    FunctionVersionsPerCapacityProviderLimitExceededException]
);
/// The errors `CreateFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateFunctionUrlConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAliasError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `DeleteCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCapacityProviderError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCodeSigningConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, ResourceNotFoundException]
);
/// The errors `DeleteDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDurableExecutionError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The operation conflicts with the resource's availability. For example, you tried to update an event source mapping in the CREATING state, or you tried to delete an event source mapping currently UPDATING.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteEventSourceMappingError, [InvalidParameterValueException,
    ResourceInUseException, ResourceConflictException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `DeleteFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `DeleteFunctionCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(super::types::CodeSigningConfigNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionCodeSigningConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException, CodeSigningConfigNotFoundException]
);
/// The errors `DeleteFunctionConcurrency` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionConcurrencyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionConcurrencyError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionEventInvokeConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteFunctionUrlConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteLayerVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLayerVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLayerVersionError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `DeleteProvisionedConcurrencyConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteProvisionedConcurrencyConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteProvisionedConcurrencyConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException, PreconditionFailedException]
);
/// The errors `GetAccountSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountSettingsError {
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAccountSettingsError, [ServiceException, TooManyRequestsException]
);
/// The errors `GetAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAliasError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetCapacityProviderError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetCodeSigningConfigError, [InvalidParameterValueException, ServiceException,
    ResourceNotFoundException]
);
/// The errors `GetDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDurableExecutionError, [InvalidParameterValueException, KmsInvalidStateException,
    ServiceException, TooManyRequestsException, KmsNotFoundException,
    ResourceNotFoundException, KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `GetDurableExecutionHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionHistoryError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDurableExecutionHistoryError, [InvalidParameterValueException,
    KmsInvalidStateException, ServiceException, TooManyRequestsException,
    KmsNotFoundException, ResourceNotFoundException, KmsAccessDeniedException,
    KmsDisabledException]
);
/// The errors `GetDurableExecutionState` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDurableExecutionStateError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDurableExecutionStateError, [InvalidParameterValueException,
    KmsInvalidStateException, ServiceException, TooManyRequestsException,
    KmsNotFoundException, KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `GetEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetEventSourceMappingError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunctionCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(super::types::CodeSigningConfigNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionCodeSigningConfigError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException,
    CodeSigningConfigNotFoundException]
);
/// The errors `GetFunctionConcurrency` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionConcurrencyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionConcurrencyError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunctionConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionConfigurationError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionConfigurationError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionEventInvokeConfigError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunctionRecursionConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionRecursionConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionRecursionConfigError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunctionScalingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionScalingConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionScalingConfigError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetFunctionUrlConfigError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetLayerVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLayerVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLayerVersionError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetLayerVersionByArn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLayerVersionByArnError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLayerVersionByArnError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetLayerVersionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLayerVersionPolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLayerVersionPolicyError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPolicyError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetProvisionedConcurrencyConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetProvisionedConcurrencyConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The specified configuration does not exist.
    ProvisionedConcurrencyConfigNotFoundException(
        super::types::ProvisionedConcurrencyConfigNotFoundException,
    ),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetProvisionedConcurrencyConfigError, [InvalidParameterValueException,
    ProvisionedConcurrencyConfigNotFoundException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `GetRuntimeManagementConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRuntimeManagementConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRuntimeManagementConfigError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `Invoke` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeError {
    /// The runtime alias for your function is no longer available. Update your function to use an available runtime alias.
    RuntimeAliasDeletedException(super::types::RuntimeAliasDeletedException),
    /// The Lambda function couldn't be invoked because its code artifact user has been deleted. Wait for Lambda to provision a new code artifact user, or update the function's code package to recreate it.
    CodeArtifactUserDeletedException(super::types::CodeArtifactUserDeletedException),
    /// The function is inactive and its VPC connection is no longer available. Wait for the VPC connection to reestablish and try again.
    ResourceNotReadyException(super::types::ResourceNotReadyException),
    /// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The security group ID provided in the Lambda function VPC configuration is not valid.
    InvalidSecurityGroupIdException(super::types::InvalidSecurityGroupIdException),
    /// Lambda couldn't restore the snapshot within the timeout limit.
    SnapStartTimeoutException(super::types::SnapStartTimeoutException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
    Ec2ThrottledException(super::types::Ec2ThrottledException),
    /// The Lambda function couldn't make a network connection to the configured file system.
    EfsMountConnectivityException(super::types::EfsMountConnectivityException),
    /// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
    SubnetIpAddressLimitReachedException(
        super::types::SubnetIpAddressLimitReachedException,
    ),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request payload exceeded the `Invoke` request body JSON input quota. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    RequestTooLargeException(super::types::RequestTooLargeException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The content type of the `Invoke` request body is not JSON.
    UnsupportedMediaTypeException(super::types::UnsupportedMediaTypeException),
    /// The Lambda function couldn't make a network connection to the configured S3 Files access point.
    S3FilesMountConnectivityException(super::types::S3FilesMountConnectivityException),
    /// The request payload exceeded the maximum allowed size for serialized request entities.
    SerializedRequestEntityTooLargeException(
        super::types::SerializedRequestEntityTooLargeException,
    ),
    /// The runtime or runtime version specified is not supported.
    InvalidRuntimeException(super::types::InvalidRuntimeException),
    /// The function has no published versions available.
    NoPublishedVersionException(super::types::NoPublishedVersionException),
    /// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
    Ec2UnexpectedException(super::types::Ec2UnexpectedException),
    /// The subnet ID provided in the Lambda function VPC configuration is not valid.
    InvalidSubnetIdException(super::types::InvalidSubnetIdException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Need additional permissions to configure VPC settings.
    Ec2AccessDeniedException(super::types::Ec2AccessDeniedException),
    /// An error occurred when reading from or writing to a connected file system.
    EfsioException(super::types::EfsioException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The runtime version used by your function is no longer available. Update your function to use an available runtime version or runtime alias.
    RuntimeVersionDeletedException(super::types::RuntimeVersionDeletedException),
    /// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    EniLimitReachedException(super::types::EniLimitReachedException),
    /// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
    SnapStartNotReadyException(super::types::SnapStartNotReadyException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The Lambda function couldn't be invoked because its code artifact user is still being provisioned. Wait for the function's `State` to become `Active` and try the request again.
    CodeArtifactUserPendingException(super::types::CodeArtifactUserPendingException),
    /// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
    SnapStartException(super::types::SnapStartException),
    /// Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation.
    RecursiveInvocationException(super::types::RecursiveInvocationException),
    /// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
    S3FilesMountFailureException(super::types::S3FilesMountFailureException),
    /// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
    EfsMountTimeoutException(super::types::EfsMountTimeoutException),
    /// Lambda couldn't invoke the Lambda function because the elastic network interface (ENI) configured for its VPC connection isn't ready yet. Wait a few moments and try the request again. For more information about VPC configuration, see [Configuring a Lambda function to access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    EniNotReadyException(super::types::EniNotReadyException),
    /// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
    S3FilesMountTimeoutException(super::types::S3FilesMountTimeoutException),
    /// The Lambda function couldn't be invoked because provisioning of its code artifact user failed. Update the function's code package or check the Lambda function's `State` and `StateReasonCode` for additional context.
    CodeArtifactUserFailedException(super::types::CodeArtifactUserFailedException),
    /// The Lambda function doesn't support the invocation mode requested. For example, calling `Invoke` with `InvocationType=RequestResponse` on a function configured for asynchronous-only invocation, or vice versa. For more information about invocation types, see [Invoking Lambda functions](https://docs.aws.amazon.com/lambda/latest/dg/invocation-options.html).
    ModeNotSupportedException(super::types::ModeNotSupportedException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
    InvalidRequestContentException(super::types::InvalidRequestContentException),
    /// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    SnapStartRegenerationFailureException(
        super::types::SnapStartRegenerationFailureException,
    ),
    /// The durable execution with the specified name has already been started. Each durable execution name must be unique within the function. Use a different name or check the status of the existing execution.
    DurableExecutionAlreadyStartedException(
        super::types::DurableExecutionAlreadyStartedException,
    ),
    /// Lambda could not unzip the deployment package.
    InvalidZipFileException(super::types::InvalidZipFileException),
    /// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
    EfsMountFailureException(super::types::EfsMountFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeError, [RuntimeAliasDeletedException, CodeArtifactUserDeletedException,
    ResourceNotReadyException, ServiceQuotaExceededException,
    InvalidSecurityGroupIdException, SnapStartTimeoutException, TooManyRequestsException,
    Ec2ThrottledException, EfsMountConnectivityException,
    SubnetIpAddressLimitReachedException, KmsAccessDeniedException,
    RequestTooLargeException, KmsDisabledException, UnsupportedMediaTypeException,
    S3FilesMountConnectivityException, SerializedRequestEntityTooLargeException,
    InvalidRuntimeException, NoPublishedVersionException, Ec2UnexpectedException,
    InvalidSubnetIdException, KmsNotFoundException, InvalidParameterValueException,
    Ec2AccessDeniedException, EfsioException, KmsInvalidStateException,
    ResourceConflictException, RuntimeVersionDeletedException, EniLimitReachedException,
    SnapStartNotReadyException, ServiceException, CodeArtifactUserPendingException,
    SnapStartException, RecursiveInvocationException, S3FilesMountFailureException,
    EfsMountTimeoutException, EniNotReadyException, S3FilesMountTimeoutException,
    CodeArtifactUserFailedException, ModeNotSupportedException,
    ResourceNotFoundException, InvalidRequestContentException,
    SnapStartRegenerationFailureException, DurableExecutionAlreadyStartedException,
    InvalidZipFileException, EfsMountFailureException]
);
/// The errors `InvokeAsync` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeAsyncError {
    /// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The security group ID provided in the Lambda function VPC configuration is not valid.
    InvalidSecurityGroupIdException(super::types::InvalidSecurityGroupIdException),
    /// Lambda couldn't restore the snapshot within the timeout limit.
    SnapStartTimeoutException(super::types::SnapStartTimeoutException),
    /// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
    Ec2ThrottledException(super::types::Ec2ThrottledException),
    /// The Lambda function couldn't make a network connection to the configured file system.
    EfsMountConnectivityException(super::types::EfsMountConnectivityException),
    /// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
    SubnetIpAddressLimitReachedException(
        super::types::SubnetIpAddressLimitReachedException,
    ),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The Lambda function couldn't make a network connection to the configured S3 Files access point.
    S3FilesMountConnectivityException(super::types::S3FilesMountConnectivityException),
    /// The runtime or runtime version specified is not supported.
    InvalidRuntimeException(super::types::InvalidRuntimeException),
    /// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
    Ec2UnexpectedException(super::types::Ec2UnexpectedException),
    /// The subnet ID provided in the Lambda function VPC configuration is not valid.
    InvalidSubnetIdException(super::types::InvalidSubnetIdException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// Need additional permissions to configure VPC settings.
    Ec2AccessDeniedException(super::types::Ec2AccessDeniedException),
    /// An error occurred when reading from or writing to a connected file system.
    EfsioException(super::types::EfsioException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    EniLimitReachedException(super::types::EniLimitReachedException),
    /// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
    SnapStartNotReadyException(super::types::SnapStartNotReadyException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
    SnapStartException(super::types::SnapStartException),
    /// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
    S3FilesMountFailureException(super::types::S3FilesMountFailureException),
    /// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
    EfsMountTimeoutException(super::types::EfsMountTimeoutException),
    /// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
    S3FilesMountTimeoutException(super::types::S3FilesMountTimeoutException),
    /// The Lambda function doesn't support the invocation mode requested. For example, calling `Invoke` with `InvocationType=RequestResponse` on a function configured for asynchronous-only invocation, or vice versa. For more information about invocation types, see [Invoking Lambda functions](https://docs.aws.amazon.com/lambda/latest/dg/invocation-options.html).
    ModeNotSupportedException(super::types::ModeNotSupportedException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
    InvalidRequestContentException(super::types::InvalidRequestContentException),
    /// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    SnapStartRegenerationFailureException(
        super::types::SnapStartRegenerationFailureException,
    ),
    /// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
    EfsMountFailureException(super::types::EfsMountFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeAsyncError, [ServiceQuotaExceededException, InvalidSecurityGroupIdException,
    SnapStartTimeoutException, Ec2ThrottledException, EfsMountConnectivityException,
    SubnetIpAddressLimitReachedException, KmsAccessDeniedException, KmsDisabledException,
    S3FilesMountConnectivityException, InvalidRuntimeException, Ec2UnexpectedException,
    InvalidSubnetIdException, KmsNotFoundException, Ec2AccessDeniedException,
    EfsioException, KmsInvalidStateException, ResourceConflictException,
    EniLimitReachedException, SnapStartNotReadyException, ServiceException,
    SnapStartException, S3FilesMountFailureException, EfsMountTimeoutException,
    S3FilesMountTimeoutException, ModeNotSupportedException, ResourceNotFoundException,
    InvalidRequestContentException, SnapStartRegenerationFailureException,
    EfsMountFailureException]
);
/// The errors `InvokeWithResponseStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeWithResponseStreamError {
    /// The runtime alias for your function is no longer available. Update your function to use an available runtime alias.
    RuntimeAliasDeletedException(super::types::RuntimeAliasDeletedException),
    /// The Lambda function couldn't be invoked because its code artifact user has been deleted. Wait for Lambda to provision a new code artifact user, or update the function's code package to recreate it.
    CodeArtifactUserDeletedException(super::types::CodeArtifactUserDeletedException),
    /// The function is inactive and its VPC connection is no longer available. Wait for the VPC connection to reestablish and try again.
    ResourceNotReadyException(super::types::ResourceNotReadyException),
    /// The request would exceed a service quota. For more information about Lambda service quotas, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). To request a quota increase, see [Requesting a quota increase](https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html) in the *Service Quotas User Guide*.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The security group ID provided in the Lambda function VPC configuration is not valid.
    InvalidSecurityGroupIdException(super::types::InvalidSecurityGroupIdException),
    /// Lambda couldn't restore the snapshot within the timeout limit.
    SnapStartTimeoutException(super::types::SnapStartTimeoutException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
    Ec2ThrottledException(super::types::Ec2ThrottledException),
    /// The Lambda function couldn't make a network connection to the configured file system.
    EfsMountConnectivityException(super::types::EfsMountConnectivityException),
    /// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
    SubnetIpAddressLimitReachedException(
        super::types::SubnetIpAddressLimitReachedException,
    ),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request payload exceeded the `Invoke` request body JSON input quota. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    RequestTooLargeException(super::types::RequestTooLargeException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The content type of the `Invoke` request body is not JSON.
    UnsupportedMediaTypeException(super::types::UnsupportedMediaTypeException),
    /// The Lambda function couldn't make a network connection to the configured S3 Files access point.
    S3FilesMountConnectivityException(super::types::S3FilesMountConnectivityException),
    /// The request payload exceeded the maximum allowed size for serialized request entities.
    SerializedRequestEntityTooLargeException(
        super::types::SerializedRequestEntityTooLargeException,
    ),
    /// The runtime or runtime version specified is not supported.
    InvalidRuntimeException(super::types::InvalidRuntimeException),
    /// The function has no published versions available.
    NoPublishedVersionException(super::types::NoPublishedVersionException),
    /// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
    Ec2UnexpectedException(super::types::Ec2UnexpectedException),
    /// The subnet ID provided in the Lambda function VPC configuration is not valid.
    InvalidSubnetIdException(super::types::InvalidSubnetIdException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Need additional permissions to configure VPC settings.
    Ec2AccessDeniedException(super::types::Ec2AccessDeniedException),
    /// An error occurred when reading from or writing to a connected file system.
    EfsioException(super::types::EfsioException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The runtime version used by your function is no longer available. Update your function to use an available runtime version or runtime alias.
    RuntimeVersionDeletedException(super::types::RuntimeVersionDeletedException),
    /// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    EniLimitReachedException(super::types::EniLimitReachedException),
    /// Lambda is initializing your function. You can invoke the function when the [function state](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html) becomes `Active`.
    SnapStartNotReadyException(super::types::SnapStartNotReadyException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The Lambda function couldn't be invoked because its code artifact user is still being provisioned. Wait for the function's `State` to become `Active` and try the request again.
    CodeArtifactUserPendingException(super::types::CodeArtifactUserPendingException),
    /// The `afterRestore()` [runtime hook](https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks.html) encountered an error. For more information, check the Amazon CloudWatch logs.
    SnapStartException(super::types::SnapStartException),
    /// Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation.
    RecursiveInvocationException(super::types::RecursiveInvocationException),
    /// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
    S3FilesMountFailureException(super::types::S3FilesMountFailureException),
    /// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
    EfsMountTimeoutException(super::types::EfsMountTimeoutException),
    /// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
    S3FilesMountTimeoutException(super::types::S3FilesMountTimeoutException),
    /// The Lambda function couldn't be invoked because provisioning of its code artifact user failed. Update the function's code package or check the Lambda function's `State` and `StateReasonCode` for additional context.
    CodeArtifactUserFailedException(super::types::CodeArtifactUserFailedException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request body could not be parsed as JSON, or a request header is invalid. For example, the 'x-amzn-RequestId' header is not a valid UUID string.
    InvalidRequestContentException(super::types::InvalidRequestContentException),
    /// Lambda couldn't regenerate the SnapStart snapshot for the function. SnapStart-enabled functions periodically regenerate snapshots when their underlying runtime or dependencies change; this regeneration failed. Wait for Lambda to retry, or update the function's configuration to trigger a new snapshot. For more information, see [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    SnapStartRegenerationFailureException(
        super::types::SnapStartRegenerationFailureException,
    ),
    /// Lambda could not unzip the deployment package.
    InvalidZipFileException(super::types::InvalidZipFileException),
    /// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
    EfsMountFailureException(super::types::EfsMountFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeWithResponseStreamError, [RuntimeAliasDeletedException,
    CodeArtifactUserDeletedException, ResourceNotReadyException,
    ServiceQuotaExceededException, InvalidSecurityGroupIdException,
    SnapStartTimeoutException, TooManyRequestsException, Ec2ThrottledException,
    EfsMountConnectivityException, SubnetIpAddressLimitReachedException,
    KmsAccessDeniedException, RequestTooLargeException, KmsDisabledException,
    UnsupportedMediaTypeException, S3FilesMountConnectivityException,
    SerializedRequestEntityTooLargeException, InvalidRuntimeException,
    NoPublishedVersionException, Ec2UnexpectedException, InvalidSubnetIdException,
    KmsNotFoundException, InvalidParameterValueException, Ec2AccessDeniedException,
    EfsioException, KmsInvalidStateException, ResourceConflictException,
    RuntimeVersionDeletedException, EniLimitReachedException, SnapStartNotReadyException,
    ServiceException, CodeArtifactUserPendingException, SnapStartException,
    RecursiveInvocationException, S3FilesMountFailureException, EfsMountTimeoutException,
    S3FilesMountTimeoutException, CodeArtifactUserFailedException,
    ResourceNotFoundException, InvalidRequestContentException,
    SnapStartRegenerationFailureException, InvalidZipFileException,
    EfsMountFailureException]
);
/// The errors `ListAliases` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAliasesError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAliasesError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListCapacityProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCapacityProvidersError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCapacityProvidersError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException]
);
/// The errors `ListCodeSigningConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCodeSigningConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCodeSigningConfigsError, [InvalidParameterValueException, ServiceException]
);
/// The errors `ListDurableExecutionsByFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDurableExecutionsByFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDurableExecutionsByFunctionError, [InvalidParameterValueException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListEventSourceMappings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListEventSourceMappingsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListEventSourceMappingsError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListFunctionEventInvokeConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionEventInvokeConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionEventInvokeConfigsError, [InvalidParameterValueException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListFunctionUrlConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionUrlConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionUrlConfigsError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListFunctionVersionsByCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionVersionsByCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionVersionsByCapacityProviderError, [InvalidParameterValueException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListFunctions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionsError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException]
);
/// The errors `ListFunctionsByCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFunctionsByCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListFunctionsByCodeSigningConfigError, [InvalidParameterValueException,
    ServiceException, ResourceNotFoundException]
);
/// The errors `ListLayerVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLayerVersionsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLayerVersionsError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListLayers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLayersError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLayersError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException]
);
/// The errors `ListProvisionedConcurrencyConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListProvisionedConcurrencyConfigsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListProvisionedConcurrencyConfigsError, [InvalidParameterValueException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `ListVersionsByFunction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVersionsByFunctionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListVersionsByFunctionError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `PauseDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PauseDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PauseDurableExecutionError, [InvalidParameterValueException,
    KmsInvalidStateException, ResourceConflictException, ServiceException,
    TooManyRequestsException, KmsNotFoundException, ResourceNotFoundException,
    KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `PublishLayerVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishLayerVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(super::types::CodeStorageExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishLayerVersionError, [InvalidParameterValueException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException, CodeStorageExceededException]
);
/// The errors `PublishVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishVersionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(super::types::CodeStorageExceededException),
    /// The maximum number of function versions that can be associated with a single capacity provider has been exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    FunctionVersionsPerCapacityProviderLimitExceededException(
        super::types::FunctionVersionsPerCapacityProviderLimitExceededException,
    ),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PublishVersionError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException,
    CodeStorageExceededException,
    FunctionVersionsPerCapacityProviderLimitExceededException,
    PreconditionFailedException]
);
/// The errors `PutFunctionCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(super::types::CodeSigningConfigNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionCodeSigningConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException, CodeSigningConfigNotFoundException]
);
/// The errors `PutFunctionConcurrency` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionConcurrencyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionConcurrencyError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `PutFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionEventInvokeConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `PutFunctionRecursionConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionRecursionConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionRecursionConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `PutFunctionScalingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFunctionScalingConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutFunctionScalingConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `PutProvisionedConcurrencyConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutProvisionedConcurrencyConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutProvisionedConcurrencyConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
    PublicPolicyException(super::types::PublicPolicyException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The permissions policy for the resource is too large. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    PolicyLengthExceededException(super::types::PolicyLengthExceededException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, [InvalidParameterValueException, ResourceConflictException,
    PublicPolicyException, ServiceException, TooManyRequestsException,
    PolicyLengthExceededException, ResourceNotFoundException,
    PreconditionFailedException]
);
/// The errors `PutRuntimeManagementConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRuntimeManagementConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRuntimeManagementConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `RemoveLayerVersionPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveLayerVersionPermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveLayerVersionPermissionError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException, PreconditionFailedException]
);
/// The errors `RemovePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemovePermissionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
    PublicPolicyException(super::types::PublicPolicyException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemovePermissionError, [InvalidParameterValueException, PublicPolicyException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException,
    PreconditionFailedException]
);
/// The errors `ResumeDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResumeDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ResumeDurableExecutionError, [InvalidParameterValueException,
    KmsInvalidStateException, ResourceConflictException, ServiceException,
    TooManyRequestsException, KmsNotFoundException, ResourceNotFoundException,
    KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `SendDurableExecutionCallbackFailure` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackFailureError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The callback ID token has either expired or the callback associated with the token has already been closed.
    CallbackTimeoutException(super::types::CallbackTimeoutException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDurableExecutionCallbackFailureError, [InvalidParameterValueException,
    KmsInvalidStateException, ServiceException, TooManyRequestsException,
    KmsNotFoundException, ResourceNotFoundException, CallbackTimeoutException,
    KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `SendDurableExecutionCallbackHeartbeat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackHeartbeatError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The callback ID token has either expired or the callback associated with the token has already been closed.
    CallbackTimeoutException(super::types::CallbackTimeoutException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDurableExecutionCallbackHeartbeatError, [InvalidParameterValueException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException,
    CallbackTimeoutException]
);
/// The errors `SendDurableExecutionCallbackSuccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDurableExecutionCallbackSuccessError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The callback ID token has either expired or the callback associated with the token has already been closed.
    CallbackTimeoutException(super::types::CallbackTimeoutException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SendDurableExecutionCallbackSuccessError, [InvalidParameterValueException,
    KmsInvalidStateException, ServiceException, TooManyRequestsException,
    KmsNotFoundException, ResourceNotFoundException, CallbackTimeoutException,
    KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `StopDurableExecution` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopDurableExecutionError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt. Check the function's KMS key settings.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// Lambda couldn't decrypt the environment variables because the KMS key was not found. Check the function's KMS key settings.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Lambda couldn't decrypt the environment variables because KMS access was denied. Check the Lambda function's KMS permissions.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// Lambda couldn't decrypt the environment variables because the KMS key used is disabled. Check the Lambda function's KMS key settings.
    KmsDisabledException(super::types::KmsDisabledException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopDurableExecutionError, [InvalidParameterValueException, KmsInvalidStateException,
    ServiceException, TooManyRequestsException, KmsNotFoundException,
    ResourceNotFoundException, KmsAccessDeniedException, KmsDisabledException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `UpdateAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAliasError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAliasError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, ResourceNotFoundException,
    PreconditionFailedException]
);
/// The errors `UpdateCapacityProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCapacityProviderError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateCapacityProviderError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `UpdateCodeSigningConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCodeSigningConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateCodeSigningConfigError, [InvalidParameterValueException, ServiceException,
    ResourceNotFoundException]
);
/// The errors `UpdateEventSourceMapping` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateEventSourceMappingError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The operation conflicts with the resource's availability. For example, you tried to update an event source mapping in the CREATING state, or you tried to delete an event source mapping currently UPDATING.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateEventSourceMappingError, [InvalidParameterValueException,
    ResourceInUseException, ResourceConflictException, ServiceException,
    TooManyRequestsException, ResourceNotFoundException]
);
/// The errors `UpdateFunctionCode` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionCodeError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
    InvalidCodeSignatureException(super::types::InvalidCodeSignatureException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
    CodeVerificationFailedException(super::types::CodeVerificationFailedException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(super::types::CodeSigningConfigNotFoundException),
    /// Your Amazon Web Services account has exceeded its maximum total code size. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
    CodeStorageExceededException(super::types::CodeStorageExceededException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionCodeError, [InvalidParameterValueException, ResourceConflictException,
    ServiceException, TooManyRequestsException, InvalidCodeSignatureException,
    ResourceNotFoundException, CodeVerificationFailedException,
    CodeSigningConfigNotFoundException, CodeStorageExceededException,
    PreconditionFailedException]
);
/// The errors `UpdateFunctionConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionConfigurationError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The code signature failed the integrity check. If the integrity check fails, then Lambda blocks deployment, even if the code signing policy is set to WARN.
    InvalidCodeSignatureException(super::types::InvalidCodeSignatureException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE. Lambda blocks the deployment.
    CodeVerificationFailedException(super::types::CodeVerificationFailedException),
    /// The specified code signing configuration does not exist.
    CodeSigningConfigNotFoundException(super::types::CodeSigningConfigNotFoundException),
    /// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
    ///
    /// - **For AddPermission and RemovePermission API operations:** Call `GetPolicy` to retrieve the latest RevisionId for your resource.
    ///
    /// - **For all other API operations:** Call `GetFunction` or `GetAlias` to retrieve the latest RevisionId for your resource.
    PreconditionFailedException(super::types::PreconditionFailedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionConfigurationError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    InvalidCodeSignatureException, ResourceNotFoundException,
    CodeVerificationFailedException, CodeSigningConfigNotFoundException,
    PreconditionFailedException]
);
/// The errors `UpdateFunctionEventInvokeConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionEventInvokeConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionEventInvokeConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);
/// The errors `UpdateFunctionUrlConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateFunctionUrlConfigError {
    /// One of the parameters in the request is not valid.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The resource already exists, or another operation is in progress.
    ResourceConflictException(super::types::ResourceConflictException),
    /// The Lambda service encountered an internal error.
    ServiceException(super::types::ServiceException),
    /// The request throughput limit was exceeded. For more information, see [Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#api-requests).
    TooManyRequestsException(super::types::TooManyRequestsException),
    /// The resource specified in the request does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateFunctionUrlConfigError, [InvalidParameterValueException,
    ResourceConflictException, ServiceException, TooManyRequestsException,
    ResourceNotFoundException]
);

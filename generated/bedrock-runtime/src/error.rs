//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `ApplyGuardrail` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ApplyGuardrailError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// Your request exceeds the service quota for your account. You can view your quotas at [Viewing service quotas](https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html). You can resubmit your request later.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ApplyGuardrailError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InternalServerException, ServiceUnavailableException,
    ValidationException, ServiceQuotaExceededException]
);
/// The errors `Converse` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConverseError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request took too long to process. Processing time exceeded the model timeout length.
    ModelTimeoutException(super::types::ModelTimeoutException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// The model specified in the request is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see [Retry behavior](https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) in the *AWS SDKs and Tools* reference guide.
    ModelNotReadyException(super::types::ModelNotReadyException),
    /// The request failed due to an error while processing the model.
    ModelErrorException(super::types::ModelErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ConverseError, [AccessDeniedException, ThrottlingException,
    ResourceNotFoundException, ModelTimeoutException, InternalServerException,
    ServiceUnavailableException, ValidationException, ModelNotReadyException,
    ModelErrorException]
);
/// The errors `ConverseStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConverseStreamError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request took too long to process. Processing time exceeded the model timeout length.
    ModelTimeoutException(super::types::ModelTimeoutException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// The model specified in the request is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see [Retry behavior](https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) in the *AWS SDKs and Tools* reference guide.
    ModelNotReadyException(super::types::ModelNotReadyException),
    /// The request failed due to an error while processing the model.
    ModelErrorException(super::types::ModelErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ConverseStreamError, [AccessDeniedException, ThrottlingException,
    ResourceNotFoundException, ModelTimeoutException, InternalServerException,
    ServiceUnavailableException, ValidationException, ModelNotReadyException,
    ModelErrorException]
);
/// The errors `CountTokens` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CountTokensError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CountTokensError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, InternalServerException, ServiceUnavailableException,
    ValidationException]
);
/// The errors `GetAsyncInvoke` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAsyncInvokeError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetAsyncInvokeError, [AccessDeniedException, ThrottlingException,
    InternalServerException, ValidationException]
);
/// The errors `InvokeGuardrailChecks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeGuardrailChecksError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeGuardrailChecksError, [AccessDeniedException, ThrottlingException,
    InternalServerException, ServiceUnavailableException, ValidationException]
);
/// The errors `InvokeModel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeModelError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// The request took too long to process. Processing time exceeded the model timeout length.
    ModelTimeoutException(super::types::ModelTimeoutException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// Your request exceeds the service quota for your account. You can view your quotas at [Viewing service quotas](https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html). You can resubmit your request later.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The model specified in the request is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see [Retry behavior](https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) in the *AWS SDKs and Tools* reference guide.
    ModelNotReadyException(super::types::ModelNotReadyException),
    /// The request failed due to an error while processing the model.
    ModelErrorException(super::types::ModelErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeModelError, [AccessDeniedException, ResourceNotFoundException,
    ThrottlingException, ModelTimeoutException, InternalServerException,
    ServiceUnavailableException, ValidationException, ServiceQuotaExceededException,
    ModelNotReadyException, ModelErrorException]
);
/// The errors `InvokeModelWithBidirectionalStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeModelWithBidirectionalStreamError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// The request took too long to process. Processing time exceeded the model timeout length.
    ModelTimeoutException(super::types::ModelTimeoutException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error occurred while streaming the response. Retry your request.
    ModelStreamErrorException(super::types::ModelStreamErrorException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// Your request exceeds the service quota for your account. You can view your quotas at [Viewing service quotas](https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html). You can resubmit your request later.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The model specified in the request is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see [Retry behavior](https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) in the *AWS SDKs and Tools* reference guide.
    ModelNotReadyException(super::types::ModelNotReadyException),
    /// The request failed due to an error while processing the model.
    ModelErrorException(super::types::ModelErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeModelWithBidirectionalStreamError, [AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, ModelTimeoutException,
    InternalServerException, ServiceUnavailableException, ModelStreamErrorException,
    ValidationException, ServiceQuotaExceededException, ModelNotReadyException,
    ModelErrorException]
);
/// The errors `InvokeModelWithResponseStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum InvokeModelWithResponseStreamError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// The request took too long to process. Processing time exceeded the model timeout length.
    ModelTimeoutException(super::types::ModelTimeoutException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error occurred while streaming the response. Retry your request.
    ModelStreamErrorException(super::types::ModelStreamErrorException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// Your request exceeds the service quota for your account. You can view your quotas at [Viewing service quotas](https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html). You can resubmit your request later.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The model specified in the request is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see [Retry behavior](https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) in the *AWS SDKs and Tools* reference guide.
    ModelNotReadyException(super::types::ModelNotReadyException),
    /// The request failed due to an error while processing the model.
    ModelErrorException(super::types::ModelErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    InvokeModelWithResponseStreamError, [AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, ModelTimeoutException,
    InternalServerException, ServiceUnavailableException, ModelStreamErrorException,
    ValidationException, ServiceQuotaExceededException, ModelNotReadyException,
    ModelErrorException]
);
/// The errors `ListAsyncInvokes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAsyncInvokesError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAsyncInvokesError, [AccessDeniedException, ThrottlingException,
    InternalServerException, ValidationException]
);
/// The errors `StartAsyncInvoke` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartAsyncInvokeError {
    /// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
    AccessDeniedException(super::types::AccessDeniedException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
    ThrottlingException(super::types::ThrottlingException),
    /// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
    InternalServerException(super::types::InternalServerException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
    ValidationException(super::types::ValidationException),
    /// Your request exceeds the service quota for your account. You can view your quotas at [Viewing service quotas](https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html). You can resubmit your request later.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// Error occurred because of a conflict while performing an operation.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartAsyncInvokeError, [AccessDeniedException, ThrottlingException,
    ResourceNotFoundException, InternalServerException, ServiceUnavailableException,
    ValidationException, ServiceQuotaExceededException, ConflictException]
);

//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AssociateKmsKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateKmsKeyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateKmsKeyError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `AssociateSourceToS3TableIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateSourceToS3TableIntegrationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateSourceToS3TableIntegrationError, [AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, ValidationException,
    InternalServerException]
);
/// The errors `CancelExportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelExportTaskError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelExportTaskError, [InvalidParameterException, ResourceNotFoundException,
    InvalidOperationException, ServiceUnavailableException]
);
/// The errors `CancelImportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelImportTaskError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelImportTaskError, [AccessDeniedException, InvalidParameterException,
    ResourceNotFoundException, ThrottlingException, InvalidOperationException]
);
/// The errors `CreateDelivery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDeliveryError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateDeliveryError, [ServiceUnavailableException, ConflictException,
    ResourceNotFoundException, ValidationException, AccessDeniedException,
    ServiceQuotaExceededException, ThrottlingException]
);
/// The errors `CreateExportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateExportTaskError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateExportTaskError, [InvalidParameterException, LimitExceededException,
    OperationAbortedException, ServiceUnavailableException, ResourceNotFoundException,
    ResourceAlreadyExistsException]
);
/// The errors `CreateImportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateImportTaskError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateImportTaskError, [AccessDeniedException, ConflictException,
    InvalidParameterException, ResourceNotFoundException, ThrottlingException,
    ValidationException, InvalidOperationException]
);
/// The errors `CreateLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLogAnomalyDetectorError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException, LimitExceededException]
);
/// The errors `CreateLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLogGroupError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLogGroupError, [InvalidParameterException, ResourceAlreadyExistsException,
    LimitExceededException, OperationAbortedException, ServiceUnavailableException]
);
/// The errors `CreateLogStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLogStreamError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLogStreamError, [InvalidParameterException, ResourceAlreadyExistsException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `CreateLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(super::types::ResourceAlreadyExistsException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLookupTableError, [InvalidParameterException, ResourceAlreadyExistsException,
    AccessDeniedException, LimitExceededException, ValidationException,
    ServiceUnavailableException]
);
/// The errors `CreateScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateScheduledQueryError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, ConflictException, ServiceQuotaExceededException,
    ThrottlingException, InternalServerException]
);
/// The errors `DeleteAccountPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccountPolicyError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `DeleteDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDataProtectionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDataProtectionPolicyError, [InvalidParameterException,
    OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `DeleteDelivery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliveryError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliveryError, [ResourceNotFoundException, ServiceUnavailableException,
    ConflictException, ValidationException, ServiceQuotaExceededException,
    ThrottlingException]
);
/// The errors `DeleteDeliveryDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliveryDestinationError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliveryDestinationError, [ResourceNotFoundException,
    ServiceUnavailableException, ConflictException, ValidationException,
    ServiceQuotaExceededException, ThrottlingException]
);
/// The errors `DeleteDeliveryDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliveryDestinationPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliveryDestinationPolicyError, [ServiceUnavailableException,
    ValidationException, ResourceNotFoundException, ConflictException]
);
/// The errors `DeleteDeliverySource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliverySourceError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliverySourceError, [ResourceNotFoundException, ServiceUnavailableException,
    ConflictException, ValidationException, ServiceQuotaExceededException,
    ThrottlingException]
);
/// The errors `DeleteDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDestinationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDestinationError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DeleteIndexPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIndexPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteIndexPolicyError, [InvalidParameterException, ResourceNotFoundException,
    LimitExceededException, OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DeleteIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIntegrationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteIntegrationError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, ValidationException]
);
/// The errors `DeleteLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLogAnomalyDetectorError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `DeleteLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLogGroupError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLogGroupError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException, ValidationException]
);
/// The errors `DeleteLogStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLogStreamError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLogStreamError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException, ValidationException]
);
/// The errors `DeleteLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLookupTableError, [InvalidParameterException, ResourceNotFoundException,
    AccessDeniedException, ServiceUnavailableException]
);
/// The errors `DeleteMetricFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMetricFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMetricFilterError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DeleteQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueryDefinitionError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueryDefinitionError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DeleteRetentionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRetentionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRetentionPolicyError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DeleteScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteScheduledQueryError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, InternalServerException]
);
/// The errors `DeleteSubscriptionFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSubscriptionFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSubscriptionFilterError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DeleteSyslogConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSyslogConfigurationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSyslogConfigurationError, [AccessDeniedException, InvalidParameterException,
    InvalidOperationException, OperationAbortedException, ResourceNotFoundException,
    ThrottlingException, ServiceUnavailableException]
);
/// The errors `DeleteTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTransformerError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException, InvalidOperationException]
);
/// The errors `DescribeAccountPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAccountPoliciesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeAccountPoliciesError, [InvalidParameterException, OperationAbortedException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `DescribeConfigurationTemplates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeConfigurationTemplatesError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeConfigurationTemplatesError, [ServiceUnavailableException,
    ValidationException, ResourceNotFoundException, ThrottlingException]
);
/// The errors `DescribeDeliveries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeliveriesError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDeliveriesError, [ServiceUnavailableException, ServiceQuotaExceededException,
    ValidationException, ThrottlingException]
);
/// The errors `DescribeDeliveryDestinations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeliveryDestinationsError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDeliveryDestinationsError, [ServiceUnavailableException,
    ServiceQuotaExceededException, ValidationException, ThrottlingException]
);
/// The errors `DescribeDeliverySources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeliverySourcesError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDeliverySourcesError, [ServiceUnavailableException,
    ServiceQuotaExceededException, ValidationException, ThrottlingException]
);
/// The errors `DescribeDestinations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDestinationsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDestinationsError, [InvalidParameterException, ServiceUnavailableException]
);
/// The errors `DescribeExportTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeExportTasksError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeExportTasksError, [InvalidParameterException, ServiceUnavailableException]
);
/// The errors `DescribeFieldIndexes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFieldIndexesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeFieldIndexesError, [InvalidParameterException, ResourceNotFoundException,
    LimitExceededException, OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DescribeImportTaskBatches` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportTaskBatchesError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeImportTaskBatchesError, [AccessDeniedException, InvalidParameterException,
    ResourceNotFoundException, ThrottlingException, InvalidOperationException]
);
/// The errors `DescribeImportTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportTasksError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeImportTasksError, [AccessDeniedException, InvalidParameterException,
    ResourceNotFoundException, ThrottlingException, InvalidOperationException]
);
/// The errors `DescribeIndexPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIndexPoliciesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeIndexPoliciesError, [InvalidParameterException, ResourceNotFoundException,
    LimitExceededException, OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DescribeLogGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLogGroupsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLogGroupsError, [InvalidParameterException, ServiceUnavailableException]
);
/// The errors `DescribeLogStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLogStreamsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLogStreamsError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `DescribeLookupTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLookupTablesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLookupTablesError, [InvalidParameterException, ResourceNotFoundException,
    AccessDeniedException, ServiceUnavailableException]
);
/// The errors `DescribeMetricFilters` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMetricFiltersError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeMetricFiltersError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `DescribeQueries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeQueriesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeQueriesError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `DescribeQueryDefinitions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeQueryDefinitionsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeQueryDefinitionsError, [InvalidParameterException,
    ServiceUnavailableException]
);
/// The errors `DescribeResourcePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeResourcePoliciesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeResourcePoliciesError, [InvalidParameterException,
    ServiceUnavailableException]
);
/// The errors `DescribeSubscriptionFilters` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSubscriptionFiltersError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeSubscriptionFiltersError, [InvalidParameterException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `DisassociateKmsKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateKmsKeyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateKmsKeyError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `DisassociateSourceFromS3TableIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateSourceFromS3TableIntegrationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateSourceFromS3TableIntegrationError, [AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, ValidationException,
    InternalServerException]
);
/// The errors `FilterLogEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum FilterLogEventsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    FilterLogEventsError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `GetDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDataProtectionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDataProtectionPolicyError, [InvalidParameterException, OperationAbortedException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `GetDelivery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliveryError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliveryError, [ResourceNotFoundException, ServiceUnavailableException,
    ValidationException, ServiceQuotaExceededException, ThrottlingException]
);
/// The errors `GetDeliveryDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliveryDestinationError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliveryDestinationError, [ResourceNotFoundException, ServiceUnavailableException,
    ValidationException, ServiceQuotaExceededException, ThrottlingException]
);
/// The errors `GetDeliveryDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliveryDestinationPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliveryDestinationPolicyError, [ServiceUnavailableException, ValidationException,
    ResourceNotFoundException]
);
/// The errors `GetDeliverySource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliverySourceError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliverySourceError, [ResourceNotFoundException, ServiceUnavailableException,
    ValidationException, ServiceQuotaExceededException, ThrottlingException]
);
/// The errors `GetIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIntegrationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetIntegrationError, [InvalidParameterException, ServiceUnavailableException,
    ResourceNotFoundException]
);
/// The errors `GetLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogAnomalyDetectorError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `GetLogEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogEventsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogEventsError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `GetLogFields` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogFieldsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogFieldsError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `GetLogGroupFields` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogGroupFieldsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogGroupFieldsError, [InvalidParameterException, LimitExceededException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `GetLogObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogObjectError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogObjectError, [AccessDeniedException, InvalidParameterException,
    ResourceNotFoundException, LimitExceededException, InvalidOperationException]
);
/// The errors `GetLogRecord` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogRecordError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogRecordError, [InvalidParameterException, LimitExceededException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `GetLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLookupTableError, [InvalidParameterException, ResourceNotFoundException,
    AccessDeniedException, ServiceUnavailableException]
);
/// The errors `GetQueryResults` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueryResultsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueryResultsError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `GetScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetScheduledQueryError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, InternalServerException]
);
/// The errors `GetScheduledQueryHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetScheduledQueryHistoryError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetScheduledQueryHistoryError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, InternalServerException]
);
/// The errors `GetStorageTierPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetStorageTierPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetStorageTierPolicyError, [ServiceUnavailableException, InvalidParameterException,
    AccessDeniedException, OperationAbortedException, ResourceNotFoundException]
);
/// The errors `GetTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTransformerError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, InvalidOperationException]
);
/// The errors `ListAggregateLogGroupSummaries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAggregateLogGroupSummariesError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAggregateLogGroupSummariesError, [ValidationException,
    ServiceUnavailableException, InvalidParameterException]
);
/// The errors `ListAnomalies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAnomaliesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAnomaliesError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `ListIntegrations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListIntegrationsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListIntegrationsError, [InvalidParameterException, ServiceUnavailableException]
);
/// The errors `ListLogAnomalyDetectors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLogAnomalyDetectorsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLogAnomalyDetectorsError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `ListLogGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLogGroupsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLogGroupsError, [InvalidParameterException, ServiceUnavailableException]
);
/// The errors `ListLogGroupsForQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLogGroupsForQueryError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLogGroupsForQueryError, [InvalidParameterException, AccessDeniedException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `ListScheduledQueries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListScheduledQueriesError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListScheduledQueriesError, [ValidationException, AccessDeniedException,
    ThrottlingException, InternalServerException]
);
/// The errors `ListSourcesForS3TableIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSourcesForS3TableIntegrationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSourcesForS3TableIntegrationError, [AccessDeniedException,
    ResourceNotFoundException, ThrottlingException, ValidationException,
    InternalServerException]
);
/// The errors `ListSyslogConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSyslogConfigurationsError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSyslogConfigurationsError, [AccessDeniedException, InvalidParameterException,
    InvalidOperationException, ResourceNotFoundException, ThrottlingException,
    ServiceUnavailableException]
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `ListTagsLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsLogGroupError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsLogGroupError, [ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `PutAccountPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccountPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutAccountPolicyError, [InvalidParameterException, OperationAbortedException,
    ServiceUnavailableException, LimitExceededException]
);
/// The errors `PutBearerTokenAuthentication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBearerTokenAuthenticationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutBearerTokenAuthenticationError, [InvalidParameterException,
    ResourceNotFoundException, AccessDeniedException, OperationAbortedException,
    ServiceUnavailableException, InvalidOperationException]
);
/// The errors `PutDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDataProtectionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDataProtectionPolicyError, [InvalidParameterException, LimitExceededException,
    OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `PutDeliveryDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDeliveryDestinationError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDeliveryDestinationError, [ServiceUnavailableException, ConflictException,
    ValidationException, ServiceQuotaExceededException, ThrottlingException,
    ResourceNotFoundException]
);
/// The errors `PutDeliveryDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDeliveryDestinationPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDeliveryDestinationPolicyError, [ServiceUnavailableException, ValidationException,
    ResourceNotFoundException, ConflictException]
);
/// The errors `PutDeliverySource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDeliverySourceError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(super::types::ServiceQuotaExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDeliverySourceError, [ServiceUnavailableException, ConflictException,
    ValidationException, ServiceQuotaExceededException, ResourceNotFoundException,
    ThrottlingException]
);
/// The errors `PutDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDestinationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDestinationError, [InvalidParameterException, OperationAbortedException,
    ServiceUnavailableException]
);
/// The errors `PutDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDestinationPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDestinationPolicyError, [InvalidParameterException, OperationAbortedException,
    ServiceUnavailableException]
);
/// The errors `PutIndexPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutIndexPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutIndexPolicyError, [InvalidParameterException, ResourceNotFoundException,
    LimitExceededException, OperationAbortedException, ServiceUnavailableException]
);
/// The errors `PutIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutIntegrationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutIntegrationError, [InvalidParameterException, LimitExceededException,
    ServiceUnavailableException, ValidationException]
);
/// The errors `PutLogEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutLogEventsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The sequence token is not valid. You can get the correct sequence token in the `expectedSequenceToken` field in the `InvalidSequenceTokenException` message.
    ///
    /// `PutLogEvents` actions are now always accepted and never return `InvalidSequenceTokenException` regardless of receiving an invalid sequence token.
    InvalidSequenceTokenException(super::types::InvalidSequenceTokenException),
    /// The event was already logged.
    ///
    /// `PutLogEvents` actions are now always accepted and never return `DataAlreadyAcceptedException` regardless of whether a given batch of log events has already been accepted.
    DataAlreadyAcceptedException(super::types::DataAlreadyAcceptedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The most likely cause is an Amazon Web Services access key ID or secret key that's not valid.
    UnrecognizedClientException(super::types::UnrecognizedClientException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutLogEventsError, [InvalidParameterException, InvalidSequenceTokenException,
    DataAlreadyAcceptedException, ResourceNotFoundException, ServiceUnavailableException,
    UnrecognizedClientException]
);
/// The errors `PutLogGroupDeletionProtection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutLogGroupDeletionProtectionError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutLogGroupDeletionProtectionError, [InvalidParameterException,
    ResourceNotFoundException, AccessDeniedException, OperationAbortedException,
    ServiceUnavailableException, InvalidOperationException]
);
/// The errors `PutMetricFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMetricFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutMetricFilterError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, LimitExceededException, ServiceUnavailableException,
    InvalidOperationException]
);
/// The errors `PutQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutQueryDefinitionError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutQueryDefinitionError, [InvalidParameterException, LimitExceededException,
    ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, [InvalidParameterException, LimitExceededException,
    OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `PutRetentionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRetentionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRetentionPolicyError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, ServiceUnavailableException]
);
/// The errors `PutStorageTierPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutStorageTierPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutStorageTierPolicyError, [InvalidParameterException, ServiceUnavailableException,
    AccessDeniedException, OperationAbortedException, ResourceNotFoundException]
);
/// The errors `PutSubscriptionFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSubscriptionFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutSubscriptionFilterError, [InvalidParameterException, ResourceNotFoundException,
    OperationAbortedException, LimitExceededException, ServiceUnavailableException,
    InvalidOperationException]
);
/// The errors `PutSyslogConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSyslogConfigurationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutSyslogConfigurationError, [AccessDeniedException, InvalidParameterException,
    InvalidOperationException, OperationAbortedException, ResourceNotFoundException,
    ThrottlingException, ServiceUnavailableException]
);
/// The errors `PutTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutTransformerError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, LimitExceededException, OperationAbortedException,
    InvalidOperationException]
);
/// The errors `StartLiveTail` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartLiveTailError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartLiveTailError, [AccessDeniedException, InvalidParameterException,
    ResourceNotFoundException, LimitExceededException, InvalidOperationException]
);
/// The errors `StartQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartQueryError {
    /// The query string is not valid. Details about this error are displayed in a `QueryCompileError` object. For more information, see [QueryCompileError](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_QueryCompileError.html).
    ///
    /// For more information about valid query syntax, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    MalformedQueryException(super::types::MalformedQueryException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(super::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartQueryError, [MalformedQueryException, InvalidParameterException,
    LimitExceededException, ResourceNotFoundException, ServiceUnavailableException]
);
/// The errors `StopQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopQueryError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopQueryError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `TagLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagLogGroupError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagLogGroupError, [ResourceNotFoundException, InvalidParameterException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// A resource can have no more than 50 tags.
    TooManyTagsException(super::types::TooManyTagsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, TooManyTagsException]
);
/// The errors `TestMetricFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestMetricFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TestMetricFilterError, [InvalidParameterException, ServiceUnavailableException]
);
/// The errors `TestTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(super::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TestTransformerError, [InvalidParameterException, ServiceUnavailableException,
    InvalidOperationException]
);
/// The errors `UntagLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagLogGroupError {
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UntagLogGroupError, [ResourceNotFoundException]);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException]
);
/// The errors `UpdateAnomaly` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAnomalyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAnomalyError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `UpdateDeliveryConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateDeliveryConfigurationError {
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateDeliveryConfigurationError, [ServiceUnavailableException, ConflictException,
    ResourceNotFoundException, ValidationException, AccessDeniedException,
    ThrottlingException]
);
/// The errors `UpdateLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(super::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateLogAnomalyDetectorError, [InvalidParameterException, ResourceNotFoundException,
    ServiceUnavailableException, OperationAbortedException]
);
/// The errors `UpdateLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(super::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(super::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateLookupTableError, [InvalidParameterException, ResourceNotFoundException,
    AccessDeniedException, ValidationException, ServiceUnavailableException]
);
/// The errors `UpdateScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(super::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The request was throttled because of quota limits.
    ThrottlingException(super::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(super::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateScheduledQueryError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, ConflictException, ThrottlingException,
    InternalServerException]
);

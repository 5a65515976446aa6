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
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateKmsKeyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `AssociateSourceToS3TableIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateSourceToS3TableIntegrationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateSourceToS3TableIntegrationError, { 0 => AccessDeniedException, 1 =>
    ResourceNotFoundException, 2 => ThrottlingException, 3 => ValidationException, 4 =>
    InternalServerException }
);
/// The errors `CancelExportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelExportTaskError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelExportTaskError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => InvalidOperationException, 3 =>
    ServiceUnavailableException }
);
/// The errors `CancelImportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelImportTaskError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelImportTaskError, { 0 => AccessDeniedException, 1 => InvalidParameterException,
    2 => ResourceNotFoundException, 3 => ThrottlingException, 4 =>
    InvalidOperationException }
);
/// The errors `CreateDelivery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDeliveryError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateDeliveryError, { 0 => ServiceUnavailableException, 1 => ConflictException, 2 =>
    ResourceNotFoundException, 3 => ValidationException, 4 => AccessDeniedException, 5 =>
    ServiceQuotaExceededException, 6 => ThrottlingException }
);
/// The errors `CreateExportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateExportTaskError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(crate::types::ResourceAlreadyExistsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateExportTaskError, { 0 => InvalidParameterException, 1 => LimitExceededException,
    2 => OperationAbortedException, 3 => ServiceUnavailableException, 4 =>
    ResourceNotFoundException, 5 => ResourceAlreadyExistsException }
);
/// The errors `CreateImportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateImportTaskError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateImportTaskError, { 0 => AccessDeniedException, 1 => ConflictException, 2 =>
    InvalidParameterException, 3 => ResourceNotFoundException, 4 => ThrottlingException,
    5 => ValidationException, 6 => InvalidOperationException }
);
/// The errors `CreateLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLogAnomalyDetectorError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException, 4 => LimitExceededException }
);
/// The errors `CreateLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLogGroupError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(crate::types::ResourceAlreadyExistsException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLogGroupError, { 0 => InvalidParameterException, 1 =>
    ResourceAlreadyExistsException, 2 => LimitExceededException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException }
);
/// The errors `CreateLogStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLogStreamError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(crate::types::ResourceAlreadyExistsException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLogStreamError, { 0 => InvalidParameterException, 1 =>
    ResourceAlreadyExistsException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `CreateLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource already exists.
    ResourceAlreadyExistsException(crate::types::ResourceAlreadyExistsException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLookupTableError, { 0 => InvalidParameterException, 1 =>
    ResourceAlreadyExistsException, 2 => AccessDeniedException, 3 =>
    LimitExceededException, 4 => ValidationException, 5 => ServiceUnavailableException }
);
/// The errors `CreateScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateScheduledQueryError, { 0 => ValidationException, 1 => AccessDeniedException, 2
    => ResourceNotFoundException, 3 => ConflictException, 4 =>
    ServiceQuotaExceededException, 5 => ThrottlingException, 6 => InternalServerException
    }
);
/// The errors `DeleteAccountPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccountPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAccountPolicyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException }
);
/// The errors `DeleteDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDataProtectionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDataProtectionPolicyError, { 0 => InvalidParameterException, 1 =>
    OperationAbortedException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteDelivery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliveryError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliveryError, { 0 => ResourceNotFoundException, 1 =>
    ServiceUnavailableException, 2 => ConflictException, 3 => ValidationException, 4 =>
    ServiceQuotaExceededException, 5 => ThrottlingException }
);
/// The errors `DeleteDeliveryDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliveryDestinationError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliveryDestinationError, { 0 => ResourceNotFoundException, 1 =>
    ServiceUnavailableException, 2 => ConflictException, 3 => ValidationException, 4 =>
    ServiceQuotaExceededException, 5 => ThrottlingException }
);
/// The errors `DeleteDeliveryDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliveryDestinationPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliveryDestinationPolicyError, { 0 => ServiceUnavailableException, 1 =>
    ValidationException, 2 => ResourceNotFoundException, 3 => ConflictException }
);
/// The errors `DeleteDeliverySource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDeliverySourceError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDeliverySourceError, { 0 => ResourceNotFoundException, 1 =>
    ServiceUnavailableException, 2 => ConflictException, 3 => ValidationException, 4 =>
    ServiceQuotaExceededException, 5 => ThrottlingException }
);
/// The errors `DeleteDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDestinationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDestinationError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteIndexPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIndexPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteIndexPolicyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException }
);
/// The errors `DeleteIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIntegrationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteIntegrationError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 => ValidationException
    }
);
/// The errors `DeleteLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLogAnomalyDetectorError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException }
);
/// The errors `DeleteLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLogGroupError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLogGroupError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException, 4 => ValidationException }
);
/// The errors `DeleteLogStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLogStreamError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLogStreamError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException, 4 => ValidationException }
);
/// The errors `DeleteLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLookupTableError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => AccessDeniedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteMetricFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMetricFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMetricFilterError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueryDefinitionError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueryDefinitionError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteRetentionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRetentionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteRetentionPolicyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteScheduledQueryError, { 0 => ValidationException, 1 => AccessDeniedException, 2
    => ResourceNotFoundException, 3 => ThrottlingException, 4 => InternalServerException
    }
);
/// The errors `DeleteSubscriptionFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSubscriptionFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSubscriptionFilterError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DeleteSyslogConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSyslogConfigurationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteSyslogConfigurationError, { 0 => AccessDeniedException, 1 =>
    InvalidParameterException, 2 => InvalidOperationException, 3 =>
    OperationAbortedException, 4 => ResourceNotFoundException, 5 => ThrottlingException,
    6 => ServiceUnavailableException }
);
/// The errors `DeleteTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTransformerError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException, 4 => InvalidOperationException }
);
/// The errors `DescribeAccountPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAccountPoliciesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeAccountPoliciesError, { 0 => InvalidParameterException, 1 =>
    OperationAbortedException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DescribeConfigurationTemplates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeConfigurationTemplatesError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeConfigurationTemplatesError, { 0 => ServiceUnavailableException, 1 =>
    ValidationException, 2 => ResourceNotFoundException, 3 => ThrottlingException }
);
/// The errors `DescribeDeliveries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeliveriesError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDeliveriesError, { 0 => ServiceUnavailableException, 1 =>
    ServiceQuotaExceededException, 2 => ValidationException, 3 => ThrottlingException }
);
/// The errors `DescribeDeliveryDestinations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeliveryDestinationsError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDeliveryDestinationsError, { 0 => ServiceUnavailableException, 1 =>
    ServiceQuotaExceededException, 2 => ValidationException, 3 => ThrottlingException }
);
/// The errors `DescribeDeliverySources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeliverySourcesError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDeliverySourcesError, { 0 => ServiceUnavailableException, 1 =>
    ServiceQuotaExceededException, 2 => ValidationException, 3 => ThrottlingException }
);
/// The errors `DescribeDestinations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDestinationsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeDestinationsError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `DescribeExportTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeExportTasksError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeExportTasksError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `DescribeFieldIndexes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFieldIndexesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeFieldIndexesError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException }
);
/// The errors `DescribeImportTaskBatches` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportTaskBatchesError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeImportTaskBatchesError, { 0 => AccessDeniedException, 1 =>
    InvalidParameterException, 2 => ResourceNotFoundException, 3 => ThrottlingException,
    4 => InvalidOperationException }
);
/// The errors `DescribeImportTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportTasksError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeImportTasksError, { 0 => AccessDeniedException, 1 =>
    InvalidParameterException, 2 => ResourceNotFoundException, 3 => ThrottlingException,
    4 => InvalidOperationException }
);
/// The errors `DescribeIndexPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIndexPoliciesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeIndexPoliciesError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException }
);
/// The errors `DescribeLogGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLogGroupsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLogGroupsError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `DescribeLogStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLogStreamsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLogStreamsError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `DescribeLookupTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLookupTablesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLookupTablesError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => AccessDeniedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DescribeMetricFilters` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMetricFiltersError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeMetricFiltersError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `DescribeQueries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeQueriesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeQueriesError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `DescribeQueryDefinitions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeQueryDefinitionsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeQueryDefinitionsError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `DescribeResourcePolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeResourcePoliciesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeResourcePoliciesError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `DescribeSubscriptionFilters` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSubscriptionFiltersError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeSubscriptionFiltersError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `DisassociateKmsKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateKmsKeyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateKmsKeyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `DisassociateSourceFromS3TableIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateSourceFromS3TableIntegrationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateSourceFromS3TableIntegrationError, { 0 => AccessDeniedException, 1 =>
    ResourceNotFoundException, 2 => ThrottlingException, 3 => ValidationException, 4 =>
    InternalServerException }
);
/// The errors `FilterLogEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum FilterLogEventsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    FilterLogEventsError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `GetDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDataProtectionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDataProtectionPolicyError, { 0 => InvalidParameterException, 1 =>
    OperationAbortedException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `GetDelivery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliveryError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliveryError, { 0 => ResourceNotFoundException, 1 => ServiceUnavailableException,
    2 => ValidationException, 3 => ServiceQuotaExceededException, 4 =>
    ThrottlingException }
);
/// The errors `GetDeliveryDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliveryDestinationError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliveryDestinationError, { 0 => ResourceNotFoundException, 1 =>
    ServiceUnavailableException, 2 => ValidationException, 3 =>
    ServiceQuotaExceededException, 4 => ThrottlingException }
);
/// The errors `GetDeliveryDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliveryDestinationPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliveryDestinationPolicyError, { 0 => ServiceUnavailableException, 1 =>
    ValidationException, 2 => ResourceNotFoundException }
);
/// The errors `GetDeliverySource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeliverySourceError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDeliverySourceError, { 0 => ResourceNotFoundException, 1 =>
    ServiceUnavailableException, 2 => ValidationException, 3 =>
    ServiceQuotaExceededException, 4 => ThrottlingException }
);
/// The errors `GetIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIntegrationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetIntegrationError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException, 2 => ResourceNotFoundException }
);
/// The errors `GetLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogAnomalyDetectorError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException }
);
/// The errors `GetLogEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogEventsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogEventsError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException,
    2 => ServiceUnavailableException }
);
/// The errors `GetLogFields` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogFieldsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogFieldsError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException,
    2 => OperationAbortedException, 3 => ServiceUnavailableException }
);
/// The errors `GetLogGroupFields` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogGroupFieldsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogGroupFieldsError, { 0 => InvalidParameterException, 1 =>
    LimitExceededException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `GetLogObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogObjectError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogObjectError, { 0 => AccessDeniedException, 1 => InvalidParameterException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidOperationException }
);
/// The errors `GetLogRecord` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLogRecordError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLogRecordError, { 0 => InvalidParameterException, 1 => LimitExceededException, 2
    => ResourceNotFoundException, 3 => ServiceUnavailableException }
);
/// The errors `GetLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetLookupTableError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => AccessDeniedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `GetQueryResults` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueryResultsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueryResultsError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `GetScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetScheduledQueryError, { 0 => ValidationException, 1 => AccessDeniedException, 2 =>
    ResourceNotFoundException, 3 => ThrottlingException, 4 => InternalServerException }
);
/// The errors `GetScheduledQueryHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetScheduledQueryHistoryError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetScheduledQueryHistoryError, { 0 => ValidationException, 1 =>
    AccessDeniedException, 2 => ResourceNotFoundException, 3 => ThrottlingException, 4 =>
    InternalServerException }
);
/// The errors `GetStorageTierPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetStorageTierPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetStorageTierPolicyError, { 0 => ServiceUnavailableException, 1 =>
    InvalidParameterException, 2 => AccessDeniedException, 3 =>
    OperationAbortedException, 4 => ResourceNotFoundException }
);
/// The errors `GetTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTransformerError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    InvalidOperationException }
);
/// The errors `ListAggregateLogGroupSummaries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAggregateLogGroupSummariesError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAggregateLogGroupSummariesError, { 0 => ValidationException, 1 =>
    ServiceUnavailableException, 2 => InvalidParameterException }
);
/// The errors `ListAnomalies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAnomaliesError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAnomaliesError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException,
    2 => ServiceUnavailableException, 3 => OperationAbortedException }
);
/// The errors `ListIntegrations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListIntegrationsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListIntegrationsError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `ListLogAnomalyDetectors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLogAnomalyDetectorsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLogAnomalyDetectorsError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException }
);
/// The errors `ListLogGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLogGroupsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLogGroupsError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `ListLogGroupsForQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListLogGroupsForQueryError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListLogGroupsForQueryError, { 0 => InvalidParameterException, 1 =>
    AccessDeniedException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `ListScheduledQueries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListScheduledQueriesError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListScheduledQueriesError, { 0 => ValidationException, 1 => AccessDeniedException, 2
    => ThrottlingException, 3 => InternalServerException }
);
/// The errors `ListSourcesForS3TableIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSourcesForS3TableIntegrationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSourcesForS3TableIntegrationError, { 0 => AccessDeniedException, 1 =>
    ResourceNotFoundException, 2 => ThrottlingException, 3 => ValidationException, 4 =>
    InternalServerException }
);
/// The errors `ListSyslogConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSyslogConfigurationsError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListSyslogConfigurationsError, { 0 => AccessDeniedException, 1 =>
    InvalidParameterException, 2 => InvalidOperationException, 3 =>
    ResourceNotFoundException, 4 => ThrottlingException, 5 => ServiceUnavailableException
    }
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException }
);
/// The errors `ListTagsLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsLogGroupError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsLogGroupError, { 0 => ResourceNotFoundException, 1 =>
    ServiceUnavailableException }
);
/// The errors `PutAccountPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccountPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutAccountPolicyError, { 0 => InvalidParameterException, 1 =>
    OperationAbortedException, 2 => ServiceUnavailableException, 3 =>
    LimitExceededException }
);
/// The errors `PutBearerTokenAuthentication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBearerTokenAuthenticationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutBearerTokenAuthenticationError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => AccessDeniedException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException, 5 =>
    InvalidOperationException }
);
/// The errors `PutDataProtectionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDataProtectionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDataProtectionPolicyError, { 0 => InvalidParameterException, 1 =>
    LimitExceededException, 2 => OperationAbortedException, 3 =>
    ResourceNotFoundException, 4 => ServiceUnavailableException }
);
/// The errors `PutDeliveryDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDeliveryDestinationError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDeliveryDestinationError, { 0 => ServiceUnavailableException, 1 =>
    ConflictException, 2 => ValidationException, 3 => ServiceQuotaExceededException, 4 =>
    ThrottlingException, 5 => ResourceNotFoundException }
);
/// The errors `PutDeliveryDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDeliveryDestinationPolicyError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDeliveryDestinationPolicyError, { 0 => ServiceUnavailableException, 1 =>
    ValidationException, 2 => ResourceNotFoundException, 3 => ConflictException }
);
/// The errors `PutDeliverySource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDeliverySourceError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// This request exceeds a service quota.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDeliverySourceError, { 0 => ServiceUnavailableException, 1 => ConflictException, 2
    => ValidationException, 3 => ServiceQuotaExceededException, 4 =>
    ResourceNotFoundException, 5 => ThrottlingException }
);
/// The errors `PutDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDestinationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDestinationError, { 0 => InvalidParameterException, 1 =>
    OperationAbortedException, 2 => ServiceUnavailableException }
);
/// The errors `PutDestinationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDestinationPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDestinationPolicyError, { 0 => InvalidParameterException, 1 =>
    OperationAbortedException, 2 => ServiceUnavailableException }
);
/// The errors `PutIndexPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutIndexPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutIndexPolicyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException }
);
/// The errors `PutIntegration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutIntegrationError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutIntegrationError, { 0 => InvalidParameterException, 1 => LimitExceededException, 2
    => ServiceUnavailableException, 3 => ValidationException }
);
/// The errors `PutLogEvents` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutLogEventsError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The sequence token is not valid. You can get the correct sequence token in the `expectedSequenceToken` field in the `InvalidSequenceTokenException` message.
    ///
    /// `PutLogEvents` actions are now always accepted and never return `InvalidSequenceTokenException` regardless of receiving an invalid sequence token.
    InvalidSequenceTokenException(crate::types::InvalidSequenceTokenException),
    /// The event was already logged.
    ///
    /// `PutLogEvents` actions are now always accepted and never return `DataAlreadyAcceptedException` regardless of whether a given batch of log events has already been accepted.
    DataAlreadyAcceptedException(crate::types::DataAlreadyAcceptedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The most likely cause is an Amazon Web Services access key ID or secret key that's not valid.
    UnrecognizedClientException(crate::types::UnrecognizedClientException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutLogEventsError, { 0 => InvalidParameterException, 1 =>
    InvalidSequenceTokenException, 2 => DataAlreadyAcceptedException, 3 =>
    ResourceNotFoundException, 4 => ServiceUnavailableException, 5 =>
    UnrecognizedClientException }
);
/// The errors `PutLogGroupDeletionProtection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutLogGroupDeletionProtectionError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutLogGroupDeletionProtectionError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => AccessDeniedException, 3 =>
    OperationAbortedException, 4 => ServiceUnavailableException, 5 =>
    InvalidOperationException }
);
/// The errors `PutMetricFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMetricFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutMetricFilterError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    LimitExceededException, 4 => ServiceUnavailableException, 5 =>
    InvalidOperationException }
);
/// The errors `PutQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutQueryDefinitionError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutQueryDefinitionError, { 0 => InvalidParameterException, 1 =>
    LimitExceededException, 2 => ResourceNotFoundException, 3 =>
    ServiceUnavailableException }
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, { 0 => InvalidParameterException, 1 =>
    LimitExceededException, 2 => OperationAbortedException, 3 =>
    ResourceNotFoundException, 4 => ServiceUnavailableException }
);
/// The errors `PutRetentionPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRetentionPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRetentionPolicyError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    ServiceUnavailableException }
);
/// The errors `PutStorageTierPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutStorageTierPolicyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutStorageTierPolicyError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException, 2 => AccessDeniedException, 3 =>
    OperationAbortedException, 4 => ResourceNotFoundException }
);
/// The errors `PutSubscriptionFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSubscriptionFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutSubscriptionFilterError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => OperationAbortedException, 3 =>
    LimitExceededException, 4 => ServiceUnavailableException, 5 =>
    InvalidOperationException }
);
/// The errors `PutSyslogConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSyslogConfigurationError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutSyslogConfigurationError, { 0 => AccessDeniedException, 1 =>
    InvalidParameterException, 2 => InvalidOperationException, 3 =>
    OperationAbortedException, 4 => ResourceNotFoundException, 5 => ThrottlingException,
    6 => ServiceUnavailableException }
);
/// The errors `PutTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutTransformerError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    LimitExceededException, 4 => OperationAbortedException, 5 =>
    InvalidOperationException }
);
/// The errors `StartLiveTail` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartLiveTailError {
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartLiveTailError, { 0 => AccessDeniedException, 1 => InvalidParameterException, 2
    => ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidOperationException }
);
/// The errors `StartQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartQueryError {
    /// The query string is not valid. Details about this error are displayed in a `QueryCompileError` object. For more information, see [QueryCompileError](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_QueryCompileError.html).
    ///
    /// For more information about valid query syntax, see [CloudWatch Logs Insights Query Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    MalformedQueryException(crate::types::MalformedQueryException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// You have reached the maximum number of resources that can be created.
    LimitExceededException(crate::types::LimitExceededException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartQueryError, { 0 => MalformedQueryException, 1 => InvalidParameterException, 2 =>
    LimitExceededException, 3 => ResourceNotFoundException, 4 =>
    ServiceUnavailableException }
);
/// The errors `StopQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopQueryError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopQueryError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException, 2
    => ServiceUnavailableException }
);
/// The errors `TagLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagLogGroupError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagLogGroupError, { 0 => ResourceNotFoundException, 1 => InvalidParameterException }
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// A resource can have no more than 50 tags.
    TooManyTagsException(crate::types::TooManyTagsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException, 2
    => ServiceUnavailableException, 3 => TooManyTagsException }
);
/// The errors `TestMetricFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestMetricFilterError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TestMetricFilterError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException }
);
/// The errors `TestTransformer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestTransformerError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// The operation is not valid on the specified resource.
    InvalidOperationException(crate::types::InvalidOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TestTransformerError, { 0 => InvalidParameterException, 1 =>
    ServiceUnavailableException, 2 => InvalidOperationException }
);
/// The errors `UntagLogGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagLogGroupError {
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UntagLogGroupError, { 0 => ResourceNotFoundException });
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException,
    2 => ServiceUnavailableException }
);
/// The errors `UpdateAnomaly` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAnomalyError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAnomalyError, { 0 => InvalidParameterException, 1 => ResourceNotFoundException,
    2 => ServiceUnavailableException, 3 => OperationAbortedException }
);
/// The errors `UpdateDeliveryConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateDeliveryConfigurationError {
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateDeliveryConfigurationError, { 0 => ServiceUnavailableException, 1 =>
    ConflictException, 2 => ResourceNotFoundException, 3 => ValidationException, 4 =>
    AccessDeniedException, 5 => ThrottlingException }
);
/// The errors `UpdateLogAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateLogAnomalyDetectorError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// Multiple concurrent requests to update the same resource were in conflict.
    OperationAbortedException(crate::types::OperationAbortedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateLogAnomalyDetectorError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => ServiceUnavailableException, 3 =>
    OperationAbortedException }
);
/// The errors `UpdateLookupTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateLookupTableError {
    /// A parameter is specified incorrectly.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// The service cannot complete the request.
    ServiceUnavailableException(crate::types::ServiceUnavailableException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateLookupTableError, { 0 => InvalidParameterException, 1 =>
    ResourceNotFoundException, 2 => AccessDeniedException, 3 => ValidationException, 4 =>
    ServiceUnavailableException }
);
/// The errors `UpdateScheduledQuery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateScheduledQueryError {
    /// One of the parameters for the request is not valid.
    ValidationException(crate::types::ValidationException),
    /// You don't have sufficient permissions to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The specified resource does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(crate::types::ConflictException),
    /// The request was throttled because of quota limits.
    ThrottlingException(crate::types::ThrottlingException),
    /// An internal server error occurred while processing the request. This exception is returned when the service encounters an unexpected condition that prevents it from fulfilling the request.
    InternalServerException(crate::types::InternalServerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateScheduledQueryError, { 0 => ValidationException, 1 => AccessDeniedException, 2
    => ResourceNotFoundException, 3 => ConflictException, 4 => ThrottlingException, 5 =>
    InternalServerException }
);

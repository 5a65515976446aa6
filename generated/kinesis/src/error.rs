//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AcknowledgeDeadLetterQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcknowledgeDeadLetterQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcknowledgeDeadLetterQueueRecordsError, [AccessDeniedException,
    InternalFailureException, InvalidArgumentException, ResourceNotFoundException,
    ThrottlingException]
);
/// The errors `AcknowledgeQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcknowledgeQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcknowledgeQueueRecordsError, [AccessDeniedException, InternalFailureException,
    InvalidArgumentException, ResourceNotFoundException, ThrottlingException]
);
/// The errors `AddTagsToStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddTagsToStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddTagsToStreamError, [ResourceNotFoundException, ResourceInUseException,
    InvalidArgumentException, LimitExceededException, AccessDeniedException]
);
/// The errors `CreateChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateChannelError, [ValidationException, ResourceInUseException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    KmsDisabledException, KmsInvalidStateException, KmsAccessDeniedException,
    KmsNotFoundException, KmsOptInRequired, KmsThrottlingException,
    AccessDeniedException]
);
/// The errors `CreateQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateQueueError, [ValidationException, ResourceInUseException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    AccessDeniedException, InternalFailureException]
);
/// The errors `CreateStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateStreamError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateStreamError, [ResourceInUseException, LimitExceededException,
    InvalidArgumentException, ValidationException]
);
/// The errors `DecreaseStreamRetentionPeriod` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecreaseStreamRetentionPeriodError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DecreaseStreamRetentionPeriodError, [ResourceInUseException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    AccessDeniedException]
);
/// The errors `DeleteChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteChannelError, [ValidationException, ResourceNotFoundException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException]
);
/// The errors `DeleteQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueueError, [ValidationException, ResourceNotFoundException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException,
    InternalFailureException]
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    ResourceInUseException, InternalFailureException]
);
/// The errors `DeleteStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteStreamError, [ResourceNotFoundException, LimitExceededException,
    ResourceInUseException, InvalidArgumentException, AccessDeniedException]
);
/// The errors `DeregisterStreamConsumer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterStreamConsumerError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeregisterStreamConsumerError, [LimitExceededException, ResourceNotFoundException,
    InvalidArgumentException]
);
/// The errors `DescribeAccountSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAccountSettingsError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAccountSettingsError, [LimitExceededException]);
/// The errors `DescribeChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeChannelError, [ValidationException, ResourceNotFoundException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException]
);
/// The errors `DescribeLimits` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLimitsError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLimitsError, [LimitExceededException]);
/// The errors `DescribeQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeQueueError, [ValidationException, ResourceNotFoundException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException,
    InternalFailureException]
);
/// The errors `DescribeStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeStreamError, [ResourceNotFoundException, LimitExceededException,
    InvalidArgumentException, AccessDeniedException]
);
/// The errors `DescribeStreamConsumer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStreamConsumerError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeStreamConsumerError, [LimitExceededException, ResourceNotFoundException,
    InvalidArgumentException]
);
/// The errors `DescribeStreamSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStreamSummaryError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeStreamSummaryError, [ResourceNotFoundException, LimitExceededException,
    InvalidArgumentException, AccessDeniedException]
);
/// The errors `DisableEnhancedMonitoring` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableEnhancedMonitoringError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableEnhancedMonitoringError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException, AccessDeniedException]
);
/// The errors `EnableEnhancedMonitoring` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableEnhancedMonitoringError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableEnhancedMonitoringError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException, AccessDeniedException]
);
/// The errors `GetRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRecordsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The provided iterator exceeds the maximum age allowed.
    ExpiredIteratorException(super::types::ExpiredIteratorException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRecordsError, [ResourceNotFoundException, InvalidArgumentException,
    ProvisionedThroughputExceededException, ExpiredIteratorException,
    KmsDisabledException, KmsInvalidStateException, KmsAccessDeniedException,
    KmsNotFoundException, KmsOptInRequired, KmsThrottlingException,
    AccessDeniedException, InternalFailureException, DryRunOperationException]
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    ResourceInUseException, InternalFailureException]
);
/// The errors `GetShardIterator` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetShardIteratorError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetShardIteratorError, [ResourceNotFoundException, InvalidArgumentException,
    ProvisionedThroughputExceededException, AccessDeniedException,
    InternalFailureException, DryRunOperationException]
);
/// The errors `IncreaseStreamRetentionPeriod` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum IncreaseStreamRetentionPeriodError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    IncreaseStreamRetentionPeriodError, [ResourceInUseException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    AccessDeniedException]
);
/// The errors `ListChannels` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListChannelsError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(super::types::ExpiredNextTokenException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListChannelsError, [ValidationException, ExpiredNextTokenException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException]
);
/// The errors `ListQueues` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListQueuesError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(super::types::ExpiredNextTokenException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueuesError, [ValidationException, ExpiredNextTokenException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException,
    InternalFailureException]
);
/// The errors `ListShards` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListShardsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(super::types::ExpiredNextTokenException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListShardsError, [ResourceNotFoundException, InvalidArgumentException,
    LimitExceededException, ExpiredNextTokenException, ResourceInUseException,
    AccessDeniedException]
);
/// The errors `ListStreamConsumers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListStreamConsumersError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(super::types::ExpiredNextTokenException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListStreamConsumersError, [ResourceNotFoundException, InvalidArgumentException,
    LimitExceededException, ExpiredNextTokenException, ResourceInUseException]
);
/// The errors `ListStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListStreamsError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(super::types::ExpiredNextTokenException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListStreamsError, [LimitExceededException, ExpiredNextTokenException,
    InvalidArgumentException]
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, [ValidationException, ResourceNotFoundException,
    ResourceInUseException, InvalidArgumentException, LimitExceededException,
    AccessDeniedException, InternalFailureException]
);
/// The errors `ListTagsForStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForStreamError, [ResourceNotFoundException, InvalidArgumentException,
    LimitExceededException, AccessDeniedException]
);
/// The errors `MergeShards` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum MergeShardsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    MergeShardsError, [ResourceNotFoundException, ResourceInUseException,
    InvalidArgumentException, LimitExceededException, ValidationException,
    AccessDeniedException]
);
/// The errors `PutRecord` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRecordError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRecordError, [ResourceNotFoundException, InvalidArgumentException,
    ProvisionedThroughputExceededException, KmsDisabledException,
    KmsInvalidStateException, KmsAccessDeniedException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, AccessDeniedException,
    InternalFailureException, DryRunOperationException]
);
/// The errors `PutRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRecordsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRecordsError, [ResourceNotFoundException, InvalidArgumentException,
    ProvisionedThroughputExceededException, KmsDisabledException,
    KmsInvalidStateException, KmsAccessDeniedException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, AccessDeniedException,
    InternalFailureException, DryRunOperationException]
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, [ValidationException, AccessDeniedException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    ResourceInUseException, InternalFailureException]
);
/// The errors `ReceiveDeadLetterQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReceiveDeadLetterQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReceiveDeadLetterQueueRecordsError, [AccessDeniedException, InternalFailureException,
    InvalidArgumentException, ResourceNotFoundException, KmsAccessDeniedException,
    KmsDisabledException, KmsInvalidStateException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, ThrottlingException]
);
/// The errors `ReceiveQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReceiveQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReceiveQueueRecordsError, [AccessDeniedException, InternalFailureException,
    InvalidArgumentException, ResourceNotFoundException, KmsAccessDeniedException,
    KmsDisabledException, KmsInvalidStateException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, ThrottlingException]
);
/// The errors `RegisterStreamConsumer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterStreamConsumerError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RegisterStreamConsumerError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException]
);
/// The errors `RemoveTagsFromStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveTagsFromStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveTagsFromStreamError, [ResourceNotFoundException, ResourceInUseException,
    InvalidArgumentException, LimitExceededException, AccessDeniedException]
);
/// The errors `RestoreDeadLetterQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreDeadLetterQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RestoreDeadLetterQueueRecordsError, [AccessDeniedException, InternalFailureException,
    InvalidArgumentException, ResourceNotFoundException, ThrottlingException]
);
/// The errors `SplitShard` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SplitShardError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SplitShardError, [ResourceNotFoundException, ResourceInUseException,
    InvalidArgumentException, LimitExceededException, ValidationException,
    AccessDeniedException]
);
/// The errors `StartStreamEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartStreamEncryptionError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(super::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(super::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(super::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(super::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartStreamEncryptionError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException, KmsDisabledException,
    KmsInvalidStateException, KmsAccessDeniedException, KmsNotFoundException,
    KmsOptInRequired, KmsThrottlingException, AccessDeniedException]
);
/// The errors `StopStreamEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopStreamEncryptionError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopStreamEncryptionError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException, AccessDeniedException]
);
/// The errors `SubscribeToShard` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SubscribeToShardError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SubscribeToShardError, [ResourceNotFoundException, InvalidArgumentException,
    ResourceInUseException, LimitExceededException, AccessDeniedException,
    DryRunOperationException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [ValidationException, ResourceNotFoundException,
    ResourceInUseException, InvalidArgumentException, LimitExceededException,
    AccessDeniedException, InternalFailureException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [ValidationException, ResourceNotFoundException,
    ResourceInUseException, InvalidArgumentException, LimitExceededException,
    AccessDeniedException, InternalFailureException]
);
/// The errors `UpdateAccountSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccountSettingsError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAccountSettingsError, [InvalidArgumentException, ValidationException,
    LimitExceededException]
);
/// The errors `UpdateChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateChannelError, [ValidationException, ResourceInUseException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    AccessDeniedException]
);
/// The errors `UpdateDeadLetterQueueRecordsVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateDeadLetterQueueRecordsVisibilityError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateDeadLetterQueueRecordsVisibilityError, [AccessDeniedException,
    InternalFailureException, InvalidArgumentException, ResourceNotFoundException,
    ThrottlingException]
);
/// The errors `UpdateMaxRecordSize` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateMaxRecordSizeError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateMaxRecordSizeError, [ResourceInUseException, ResourceNotFoundException,
    LimitExceededException, InvalidArgumentException, AccessDeniedException,
    ValidationException]
);
/// The errors `UpdateQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateQueueError, [ValidationException, ResourceInUseException,
    ResourceNotFoundException, LimitExceededException, InvalidArgumentException,
    AccessDeniedException, InternalFailureException]
);
/// The errors `UpdateQueueRecordsVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateQueueRecordsVisibilityError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(super::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateQueueRecordsVisibilityError, [AccessDeniedException, InternalFailureException,
    InvalidArgumentException, ResourceNotFoundException, ThrottlingException]
);
/// The errors `UpdateShardCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateShardCountError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateShardCountError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException, ValidationException,
    AccessDeniedException]
);
/// The errors `UpdateStreamMode` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStreamModeError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateStreamModeError, [InvalidArgumentException, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException, ValidationException]
);
/// The errors `UpdateStreamRecordDistributionStrategy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStreamRecordDistributionStrategyError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateStreamRecordDistributionStrategyError, [ResourceNotFoundException,
    InvalidArgumentException, ResourceInUseException, LimitExceededException,
    AccessDeniedException, ValidationException]
);
/// The errors `UpdateStreamWarmThroughput` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStreamWarmThroughputError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(super::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(super::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(super::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateStreamWarmThroughputError, [AccessDeniedException, ResourceNotFoundException,
    LimitExceededException, InvalidArgumentException, ResourceInUseException,
    ValidationException]
);

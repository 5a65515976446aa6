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
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcknowledgeDeadLetterQueueRecordsError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => ThrottlingException }
);
/// The errors `AcknowledgeQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcknowledgeQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AcknowledgeQueueRecordsError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => ThrottlingException }
);
/// The errors `AddTagsToStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AddTagsToStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AddTagsToStreamError, { 0 => ResourceNotFoundException, 1 => ResourceInUseException,
    2 => InvalidArgumentException, 3 => LimitExceededException, 4 =>
    AccessDeniedException }
);
/// The errors `CreateChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateChannelError, { 0 => ValidationException, 1 => ResourceInUseException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => KmsDisabledException, 6 => KmsInvalidStateException, 7
    => KmsAccessDeniedException, 8 => KmsNotFoundException, 9 => KmsOptInRequired, 10 =>
    KmsThrottlingException, 11 => AccessDeniedException }
);
/// The errors `CreateQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateQueueError, { 0 => ValidationException, 1 => ResourceInUseException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => AccessDeniedException, 6 => InternalFailureException }
);
/// The errors `CreateStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateStreamError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateStreamError, { 0 => ResourceInUseException, 1 => LimitExceededException, 2 =>
    InvalidArgumentException, 3 => ValidationException }
);
/// The errors `DecreaseStreamRetentionPeriod` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecreaseStreamRetentionPeriodError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DecreaseStreamRetentionPeriodError, { 0 => ResourceInUseException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    InvalidArgumentException, 4 => AccessDeniedException }
);
/// The errors `DeleteChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteChannelError, { 0 => ValidationException, 1 => ResourceNotFoundException, 2 =>
    LimitExceededException, 3 => InvalidArgumentException, 4 => AccessDeniedException }
);
/// The errors `DeleteQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueueError, { 0 => ValidationException, 1 => ResourceNotFoundException, 2 =>
    LimitExceededException, 3 => InvalidArgumentException, 4 => AccessDeniedException, 5
    => InternalFailureException }
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, { 0 => ValidationException, 1 => AccessDeniedException, 2
    => ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => ResourceInUseException, 6 => InternalFailureException
    }
);
/// The errors `DeleteStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteStreamError, { 0 => ResourceNotFoundException, 1 => LimitExceededException, 2
    => ResourceInUseException, 3 => InvalidArgumentException, 4 => AccessDeniedException
    }
);
/// The errors `DeregisterStreamConsumer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterStreamConsumerError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeregisterStreamConsumerError, { 0 => LimitExceededException, 1 =>
    ResourceNotFoundException, 2 => InvalidArgumentException }
);
/// The errors `DescribeAccountSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAccountSettingsError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeAccountSettingsError, { 0 => LimitExceededException }
);
/// The errors `DescribeChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeChannelError, { 0 => ValidationException, 1 => ResourceNotFoundException, 2
    => LimitExceededException, 3 => InvalidArgumentException, 4 => AccessDeniedException
    }
);
/// The errors `DescribeLimits` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLimitsError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLimitsError, { 0 => LimitExceededException });
/// The errors `DescribeQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeQueueError, { 0 => ValidationException, 1 => ResourceNotFoundException, 2 =>
    LimitExceededException, 3 => InvalidArgumentException, 4 => AccessDeniedException, 5
    => InternalFailureException }
);
/// The errors `DescribeStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeStreamError, { 0 => ResourceNotFoundException, 1 => LimitExceededException, 2
    => InvalidArgumentException, 3 => AccessDeniedException }
);
/// The errors `DescribeStreamConsumer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStreamConsumerError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeStreamConsumerError, { 0 => LimitExceededException, 1 =>
    ResourceNotFoundException, 2 => InvalidArgumentException }
);
/// The errors `DescribeStreamSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStreamSummaryError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeStreamSummaryError, { 0 => ResourceNotFoundException, 1 =>
    LimitExceededException, 2 => InvalidArgumentException, 3 => AccessDeniedException }
);
/// The errors `DisableEnhancedMonitoring` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableEnhancedMonitoringError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableEnhancedMonitoringError, { 0 => InvalidArgumentException, 1 =>
    LimitExceededException, 2 => ResourceInUseException, 3 => ResourceNotFoundException,
    4 => AccessDeniedException }
);
/// The errors `EnableEnhancedMonitoring` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableEnhancedMonitoringError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableEnhancedMonitoringError, { 0 => InvalidArgumentException, 1 =>
    LimitExceededException, 2 => ResourceInUseException, 3 => ResourceNotFoundException,
    4 => AccessDeniedException }
);
/// The errors `GetRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRecordsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        crate::types::ProvisionedThroughputExceededException,
    ),
    /// The provided iterator exceeds the maximum age allowed.
    ExpiredIteratorException(crate::types::ExpiredIteratorException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(crate::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetRecordsError, { 0 => ResourceNotFoundException, 1 => InvalidArgumentException, 2
    => ProvisionedThroughputExceededException, 3 => ExpiredIteratorException, 4 =>
    KmsDisabledException, 5 => KmsInvalidStateException, 6 => KmsAccessDeniedException, 7
    => KmsNotFoundException, 8 => KmsOptInRequired, 9 => KmsThrottlingException, 10 =>
    AccessDeniedException, 11 => InternalFailureException, 12 => DryRunOperationException
    }
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, { 0 => ValidationException, 1 => AccessDeniedException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => ResourceInUseException, 6 => InternalFailureException
    }
);
/// The errors `GetShardIterator` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetShardIteratorError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        crate::types::ProvisionedThroughputExceededException,
    ),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(crate::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetShardIteratorError, { 0 => ResourceNotFoundException, 1 =>
    InvalidArgumentException, 2 => ProvisionedThroughputExceededException, 3 =>
    AccessDeniedException, 4 => InternalFailureException, 5 => DryRunOperationException }
);
/// The errors `IncreaseStreamRetentionPeriod` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum IncreaseStreamRetentionPeriodError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    IncreaseStreamRetentionPeriodError, { 0 => ResourceInUseException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    InvalidArgumentException, 4 => AccessDeniedException }
);
/// The errors `ListChannels` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListChannelsError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(crate::types::ExpiredNextTokenException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListChannelsError, { 0 => ValidationException, 1 => ExpiredNextTokenException, 2 =>
    LimitExceededException, 3 => InvalidArgumentException, 4 => AccessDeniedException }
);
/// The errors `ListQueues` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListQueuesError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(crate::types::ExpiredNextTokenException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueuesError, { 0 => ValidationException, 1 => ExpiredNextTokenException, 2 =>
    LimitExceededException, 3 => InvalidArgumentException, 4 => AccessDeniedException, 5
    => InternalFailureException }
);
/// The errors `ListShards` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListShardsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(crate::types::ExpiredNextTokenException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListShardsError, { 0 => ResourceNotFoundException, 1 => InvalidArgumentException, 2
    => LimitExceededException, 3 => ExpiredNextTokenException, 4 =>
    ResourceInUseException, 5 => AccessDeniedException }
);
/// The errors `ListStreamConsumers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListStreamConsumersError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(crate::types::ExpiredNextTokenException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListStreamConsumersError, { 0 => ResourceNotFoundException, 1 =>
    InvalidArgumentException, 2 => LimitExceededException, 3 =>
    ExpiredNextTokenException, 4 => ResourceInUseException }
);
/// The errors `ListStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListStreamsError {
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The pagination token passed to the operation is expired.
    ExpiredNextTokenException(crate::types::ExpiredNextTokenException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListStreamsError, { 0 => LimitExceededException, 1 => ExpiredNextTokenException, 2 =>
    InvalidArgumentException }
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, { 0 => ValidationException, 1 => ResourceNotFoundException,
    2 => ResourceInUseException, 3 => InvalidArgumentException, 4 =>
    LimitExceededException, 5 => AccessDeniedException, 6 => InternalFailureException }
);
/// The errors `ListTagsForStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForStreamError, { 0 => ResourceNotFoundException, 1 =>
    InvalidArgumentException, 2 => LimitExceededException, 3 => AccessDeniedException }
);
/// The errors `MergeShards` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum MergeShardsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    MergeShardsError, { 0 => ResourceNotFoundException, 1 => ResourceInUseException, 2 =>
    InvalidArgumentException, 3 => LimitExceededException, 4 => ValidationException, 5 =>
    AccessDeniedException }
);
/// The errors `PutRecord` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRecordError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        crate::types::ProvisionedThroughputExceededException,
    ),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(crate::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRecordError, { 0 => ResourceNotFoundException, 1 => InvalidArgumentException, 2 =>
    ProvisionedThroughputExceededException, 3 => KmsDisabledException, 4 =>
    KmsInvalidStateException, 5 => KmsAccessDeniedException, 6 => KmsNotFoundException, 7
    => KmsOptInRequired, 8 => KmsThrottlingException, 9 => AccessDeniedException, 10 =>
    InternalFailureException, 11 => DryRunOperationException }
);
/// The errors `PutRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutRecordsError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request rate for the stream is too high, or the requested data is too large for the available throughput. Reduce the frequency or size of your requests. For more information, see [Streams Limits](https://docs.aws.amazon.com/kinesis/latest/dev/service-sizes-and-limits.html) in the *Amazon Kinesis Data Streams Developer Guide*, and [Error Retries and Exponential Backoff in Amazon Web Services](https://docs.aws.amazon.com/general/latest/gr/api-retries.html) in the *Amazon Web Services General Reference*.
    ProvisionedThroughputExceededException(
        crate::types::ProvisionedThroughputExceededException,
    ),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(crate::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutRecordsError, { 0 => ResourceNotFoundException, 1 => InvalidArgumentException, 2
    => ProvisionedThroughputExceededException, 3 => KmsDisabledException, 4 =>
    KmsInvalidStateException, 5 => KmsAccessDeniedException, 6 => KmsNotFoundException, 7
    => KmsOptInRequired, 8 => KmsThrottlingException, 9 => AccessDeniedException, 10 =>
    InternalFailureException, 11 => DryRunOperationException }
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, { 0 => ValidationException, 1 => AccessDeniedException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => ResourceInUseException, 6 => InternalFailureException
    }
);
/// The errors `ReceiveDeadLetterQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReceiveDeadLetterQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReceiveDeadLetterQueueRecordsError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => KmsAccessDeniedException, 5 => KmsDisabledException,
    6 => KmsInvalidStateException, 7 => KmsNotFoundException, 8 => KmsOptInRequired, 9 =>
    KmsThrottlingException, 10 => ThrottlingException }
);
/// The errors `ReceiveQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReceiveQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReceiveQueueRecordsError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => KmsAccessDeniedException, 5 => KmsDisabledException,
    6 => KmsInvalidStateException, 7 => KmsNotFoundException, 8 => KmsOptInRequired, 9 =>
    KmsThrottlingException, 10 => ThrottlingException }
);
/// The errors `RegisterStreamConsumer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterStreamConsumerError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RegisterStreamConsumerError, { 0 => InvalidArgumentException, 1 =>
    LimitExceededException, 2 => ResourceInUseException, 3 => ResourceNotFoundException }
);
/// The errors `RemoveTagsFromStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveTagsFromStreamError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RemoveTagsFromStreamError, { 0 => ResourceNotFoundException, 1 =>
    ResourceInUseException, 2 => InvalidArgumentException, 3 => LimitExceededException, 4
    => AccessDeniedException }
);
/// The errors `RestoreDeadLetterQueueRecords` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreDeadLetterQueueRecordsError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RestoreDeadLetterQueueRecordsError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => ThrottlingException }
);
/// The errors `SplitShard` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SplitShardError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SplitShardError, { 0 => ResourceNotFoundException, 1 => ResourceInUseException, 2 =>
    InvalidArgumentException, 3 => LimitExceededException, 4 => ValidationException, 5 =>
    AccessDeniedException }
);
/// The errors `StartStreamEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartStreamEncryptionError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was rejected because the specified KMS key isn't enabled.
    KmsDisabledException(crate::types::KmsDisabledException),
    /// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [How Key State Affects Use of a Customer Master Key](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsInvalidStateException(crate::types::KmsInvalidStateException),
    /// The ciphertext references a key that doesn't exist or that you don't have access to.
    KmsAccessDeniedException(crate::types::KmsAccessDeniedException),
    /// The request was rejected because the specified entity or resource can't be found.
    KmsNotFoundException(crate::types::KmsNotFoundException),
    /// The Amazon Web Services access key ID needs a subscription for the service.
    KmsOptInRequired(crate::types::KmsOptInRequired),
    /// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Amazon Web Services Key Management Service Developer Guide*.
    KmsThrottlingException(crate::types::KmsThrottlingException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartStreamEncryptionError, { 0 => InvalidArgumentException, 1 =>
    LimitExceededException, 2 => ResourceInUseException, 3 => ResourceNotFoundException,
    4 => KmsDisabledException, 5 => KmsInvalidStateException, 6 =>
    KmsAccessDeniedException, 7 => KmsNotFoundException, 8 => KmsOptInRequired, 9 =>
    KmsThrottlingException, 10 => AccessDeniedException }
);
/// The errors `StopStreamEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopStreamEncryptionError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopStreamEncryptionError, { 0 => InvalidArgumentException, 1 =>
    LimitExceededException, 2 => ResourceInUseException, 3 => ResourceNotFoundException,
    4 => AccessDeniedException }
);
/// The errors `SubscribeToShard` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SubscribeToShardError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(crate::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SubscribeToShardError, { 0 => ResourceNotFoundException, 1 =>
    InvalidArgumentException, 2 => ResourceInUseException, 3 => LimitExceededException, 4
    => AccessDeniedException, 5 => DryRunOperationException }
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, { 0 => ValidationException, 1 => ResourceNotFoundException, 2 =>
    ResourceInUseException, 3 => InvalidArgumentException, 4 => LimitExceededException, 5
    => AccessDeniedException, 6 => InternalFailureException }
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, { 0 => ValidationException, 1 => ResourceNotFoundException, 2 =>
    ResourceInUseException, 3 => InvalidArgumentException, 4 => LimitExceededException, 5
    => AccessDeniedException, 6 => InternalFailureException }
);
/// The errors `UpdateAccountSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccountSettingsError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAccountSettingsError, { 0 => InvalidArgumentException, 1 =>
    ValidationException, 2 => LimitExceededException }
);
/// The errors `UpdateChannel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateChannelError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateChannelError, { 0 => ValidationException, 1 => ResourceInUseException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => AccessDeniedException }
);
/// The errors `UpdateDeadLetterQueueRecordsVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateDeadLetterQueueRecordsVisibilityError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateDeadLetterQueueRecordsVisibilityError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => ThrottlingException }
);
/// The errors `UpdateMaxRecordSize` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateMaxRecordSizeError {
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateMaxRecordSizeError, { 0 => ResourceInUseException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    InvalidArgumentException, 4 => AccessDeniedException, 5 => ValidationException }
);
/// The errors `UpdateQueue` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateQueueError {
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateQueueError, { 0 => ValidationException, 1 => ResourceInUseException, 2 =>
    ResourceNotFoundException, 3 => LimitExceededException, 4 =>
    InvalidArgumentException, 5 => AccessDeniedException, 6 => InternalFailureException }
);
/// The errors `UpdateQueueRecordsVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateQueueRecordsVisibilityError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(crate::types::InternalFailureException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied because the request rate is too high. Reduce the frequency of your requests, and retry them with exponential backoff.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateQueueRecordsVisibilityError, { 0 => AccessDeniedException, 1 =>
    InternalFailureException, 2 => InvalidArgumentException, 3 =>
    ResourceNotFoundException, 4 => ThrottlingException }
);
/// The errors `UpdateShardCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateShardCountError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateShardCountError, { 0 => InvalidArgumentException, 1 => LimitExceededException,
    2 => ResourceInUseException, 3 => ResourceNotFoundException, 4 =>
    ValidationException, 5 => AccessDeniedException }
);
/// The errors `UpdateStreamMode` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStreamModeError {
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateStreamModeError, { 0 => InvalidArgumentException, 1 => LimitExceededException,
    2 => ResourceInUseException, 3 => ResourceNotFoundException, 4 => ValidationException
    }
);
/// The errors `UpdateStreamRecordDistributionStrategy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStreamRecordDistributionStrategyError {
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateStreamRecordDistributionStrategyError, { 0 => ResourceNotFoundException, 1 =>
    InvalidArgumentException, 2 => ResourceInUseException, 3 => LimitExceededException, 4
    => AccessDeniedException, 5 => ValidationException }
);
/// The errors `UpdateStreamWarmThroughput` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStreamWarmThroughputError {
    /// Specifies that you do not have the permissions required to perform this operation.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The requested resource could not be found. The stream might not be specified correctly.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The requested resource exceeds the maximum number allowed, or the number of concurrent stream requests exceeds the maximum number allowed.
    LimitExceededException(crate::types::LimitExceededException),
    /// A specified parameter exceeds its restrictions, is not supported, or can't be used. For more information, see the returned message.
    InvalidArgumentException(crate::types::InvalidArgumentException),
    /// The resource is not available for this operation. For successful operation, the resource must be in the `ACTIVE` state.
    ResourceInUseException(crate::types::ResourceInUseException),
    /// The request failed validation. For example, a parameter value is not valid, a combination of parameters is not supported, or the operation is not supported for the stream's capacity mode. The error message describes the specific reason.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateStreamWarmThroughputError, { 0 => AccessDeniedException, 1 =>
    ResourceNotFoundException, 2 => LimitExceededException, 3 =>
    InvalidArgumentException, 4 => ResourceInUseException, 5 => ValidationException }
);

//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `BatchExecuteStatement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchExecuteStatementError {
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchExecuteStatementError, [RequestLimitExceeded, InternalServerError,
    ThrottlingException]
);
/// The errors `BatchGetItem` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchGetItemError {
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchGetItemError, [ProvisionedThroughputExceededException,
    ResourceNotFoundException, RequestLimitExceeded, InternalServerError,
    ThrottlingException]
);
/// The errors `BatchWriteItem` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchWriteItemError {
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
    ItemCollectionSizeLimitExceededException(
        super::types::ItemCollectionSizeLimitExceededException,
    ),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was rejected because one or more items in the request are being modified by a request in another Region.
    ReplicatedWriteConflictException(super::types::ReplicatedWriteConflictException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchWriteItemError, [ProvisionedThroughputExceededException,
    ResourceNotFoundException, ItemCollectionSizeLimitExceededException,
    RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException,
    ThrottlingException]
);
/// The errors `CancelBulkOperation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelBulkOperationError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelBulkOperationError, [ResourceNotFoundException]);
/// The errors `CreateBackup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateBackupError {
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// A target table with the specified name is either being created or deleted.
    TableInUseException(super::types::TableInUseException),
    /// Backups have not yet been enabled for this table.
    ContinuousBackupsUnavailableException(
        super::types::ContinuousBackupsUnavailableException,
    ),
    /// There is another ongoing conflicting backup control plane operation on the table. The backup is either being created, deleted or restored to a table.
    BackupInUseException(super::types::BackupInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateBackupError, [TableNotFoundException, TableInUseException,
    ContinuousBackupsUnavailableException, BackupInUseException, LimitExceededException,
    InternalServerError]
);
/// The errors `CreateGlobalTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateGlobalTableError {
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The specified global table already exists.
    GlobalTableAlreadyExistsException(super::types::GlobalTableAlreadyExistsException),
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateGlobalTableError, [LimitExceededException, InternalServerError,
    GlobalTableAlreadyExistsException, TableNotFoundException]
);
/// The errors `CreateTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTableError {
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTableError, [ResourceInUseException, LimitExceededException,
    InternalServerError]
);
/// The errors `DeleteBackup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBackupError {
    /// Backup not found for the given BackupARN.
    BackupNotFoundException(super::types::BackupNotFoundException),
    /// There is another ongoing conflicting backup control plane operation on the table. The backup is either being created, deleted or restored to a table.
    BackupInUseException(super::types::BackupInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteBackupError, [BackupNotFoundException, BackupInUseException,
    LimitExceededException, InternalServerError]
);
/// The errors `DeleteItem` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteItemError {
    /// A condition specified in the operation failed to be evaluated.
    ConditionalCheckFailedException(super::types::ConditionalCheckFailedException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
    ItemCollectionSizeLimitExceededException(
        super::types::ItemCollectionSizeLimitExceededException,
    ),
    /// Operation was rejected because there is an ongoing transaction for the item.
    TransactionConflictException(super::types::TransactionConflictException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was rejected because one or more items in the request are being modified by a request in another Region.
    ReplicatedWriteConflictException(super::types::ReplicatedWriteConflictException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteItemError, [ConditionalCheckFailedException,
    ProvisionedThroughputExceededException, ResourceNotFoundException,
    ItemCollectionSizeLimitExceededException, TransactionConflictException,
    RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException,
    ThrottlingException]
);
/// The errors `DeleteResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourcePolicyError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The operation tried to access a nonexistent resource-based policy.
    ///
    /// If you specified an `ExpectedRevisionId`, it's possible that a policy is present for the resource but its revision ID didn't match the expected value.
    PolicyNotFoundException(super::types::PolicyNotFoundException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourcePolicyError, [ResourceNotFoundException, InternalServerError,
    PolicyNotFoundException, ResourceInUseException, LimitExceededException]
);
/// The errors `DeleteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTableError {
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTableError, [ResourceInUseException, ResourceNotFoundException,
    LimitExceededException, InternalServerError]
);
/// The errors `DescribeBackup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeBackupError {
    /// Backup not found for the given BackupARN.
    BackupNotFoundException(super::types::BackupNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeBackupError, [BackupNotFoundException, InternalServerError]
);
/// The errors `DescribeBulkOperation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeBulkOperationError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeBulkOperationError, [ResourceNotFoundException]);
/// The errors `DescribeContinuousBackups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeContinuousBackupsError {
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeContinuousBackupsError, [TableNotFoundException, InternalServerError]
);
/// The errors `DescribeContributorInsights` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeContributorInsightsError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeContributorInsightsError, [ResourceNotFoundException, InternalServerError]
);
/// The errors `DescribeEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeEndpointsError, []);
/// The errors `DescribeExport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeExportError {
    /// The specified export was not found.
    ExportNotFoundException(super::types::ExportNotFoundException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeExportError, [ExportNotFoundException, LimitExceededException,
    InternalServerError]
);
/// The errors `DescribeGlobalTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeGlobalTableError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The specified global table does not exist.
    GlobalTableNotFoundException(super::types::GlobalTableNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeGlobalTableError, [InternalServerError, GlobalTableNotFoundException]
);
/// The errors `DescribeGlobalTableSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeGlobalTableSettingsError {
    /// The specified global table does not exist.
    GlobalTableNotFoundException(super::types::GlobalTableNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeGlobalTableSettingsError, [GlobalTableNotFoundException, InternalServerError]
);
/// The errors `DescribeImport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportError {
    /// The specified import was not found.
    ImportNotFoundException(super::types::ImportNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImportError, [ImportNotFoundException]);
/// The errors `DescribeKinesisStreamingDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeKinesisStreamingDestinationError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeKinesisStreamingDestinationError, [ResourceNotFoundException,
    InternalServerError]
);
/// The errors `DescribeLimits` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLimitsError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLimitsError, [InternalServerError]);
/// The errors `DescribeTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTableError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeTableError, [ResourceNotFoundException, InternalServerError]
);
/// The errors `DescribeTableReplicaAutoScaling` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTableReplicaAutoScalingError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeTableReplicaAutoScalingError, [ResourceNotFoundException,
    InternalServerError]
);
/// The errors `DescribeTimeToLive` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTimeToLiveError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeTimeToLiveError, [ResourceNotFoundException, InternalServerError]
);
/// The errors `DisableKinesisStreamingDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableKinesisStreamingDestinationError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableKinesisStreamingDestinationError, [InternalServerError,
    LimitExceededException, ResourceInUseException, ResourceNotFoundException]
);
/// The errors `EnableKinesisStreamingDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableKinesisStreamingDestinationError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableKinesisStreamingDestinationError, [InternalServerError, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException]
);
/// The errors `ExecuteStatement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExecuteStatementError {
    /// A condition specified in the operation failed to be evaluated.
    ConditionalCheckFailedException(super::types::ConditionalCheckFailedException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
    ItemCollectionSizeLimitExceededException(
        super::types::ItemCollectionSizeLimitExceededException,
    ),
    /// Operation was rejected because there is an ongoing transaction for the item.
    TransactionConflictException(super::types::TransactionConflictException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// There was an attempt to insert an item with the same primary key as an item that already exists in the DynamoDB table.
    DuplicateItemException(super::types::DuplicateItemException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExecuteStatementError, [ConditionalCheckFailedException,
    ProvisionedThroughputExceededException, ResourceNotFoundException,
    ItemCollectionSizeLimitExceededException, TransactionConflictException,
    RequestLimitExceeded, InternalServerError, DuplicateItemException,
    ThrottlingException]
);
/// The errors `ExecuteTransaction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExecuteTransactionError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The entire transaction request was canceled.
    ///
    /// DynamoDB cancels a `TransactWriteItems` request under the following circumstances:
    ///
    /// - A condition in one of the condition expressions is not met.
    ///
    /// - A table in the `TransactWriteItems` request is in a different account or region.
    ///
    /// - More than one action in the `TransactWriteItems` operation targets the same item.
    ///
    /// - There is insufficient provisioned capacity for the transaction to be completed.
    ///
    /// - An item size becomes too large (larger than 400 KB), or a local secondary index (LSI) becomes too large, or a similar validation error occurs because of changes made by the transaction.
    ///
    /// - There is a user error, such as an invalid data format.
    ///
    /// - There is an ongoing `TransactWriteItems` operation that conflicts with a concurrent `TransactWriteItems` request. In this case the `TransactWriteItems` operation fails with a `TransactionCanceledException`.
    ///
    /// DynamoDB cancels a `TransactGetItems` request under the following circumstances:
    ///
    /// - There is an ongoing `TransactGetItems` operation that conflicts with a concurrent `PutItem`, `UpdateItem`, `DeleteItem` or `TransactWriteItems` request. In this case the `TransactGetItems` operation fails with a `TransactionCanceledException`.
    ///
    /// - A table in the `TransactGetItems` request is in a different account or region.
    ///
    /// - There is insufficient provisioned capacity for the transaction to be completed.
    ///
    /// - There is a user error, such as an invalid data format.
    ///
    /// DynamoDB lists the cancellation reasons on the `CancellationReasons` property. Transaction cancellation reasons are ordered in the order of requested items, if an item has no error it will have `None` code and `Null` message. The `None` code is returned as the literal string `"None"`, not a null or absent value; the message field is omitted entirely for an item that has no error. This is important to note when using an SDK that surfaces the code as an optional or nullable type.
    ///
    /// Cancellation reason codes and possible error messages:
    ///
    /// - No Errors:
    ///
    ///   - Code: `None`
    ///
    ///   - Message: `null`
    ///
    /// - Conditional Check Failed:
    ///
    ///   - Code: `ConditionalCheckFailed`
    ///
    ///   - Message: The conditional request failed.
    ///
    /// - Item Collection Size Limit Exceeded:
    ///
    ///   - Code: `ItemCollectionSizeLimitExceeded`
    ///
    ///   - Message: Collection size exceeded.
    ///
    /// - Transaction Conflict:
    ///
    ///   - Code: `TransactionConflict`
    ///
    ///   - Message: Transaction is ongoing for the item.
    ///
    /// - Provisioned Throughput Exceeded:
    ///
    ///   - Code: `ProvisionedThroughputExceeded`
    ///
    ///   - Messages:
    ///
    ///   - The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.
    ///
    /// This Message is received when provisioned throughput is exceeded is on a provisioned DynamoDB table.
    ///
    ///   - The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.
    ///
    /// This message is returned when provisioned throughput is exceeded is on a provisioned GSI.
    ///
    /// - Throttling Error:
    ///
    ///   - Code: `ThrottlingError`
    ///
    ///   - Messages:
    ///
    ///   - Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html>.
    ///
    /// This message is returned when writes get throttled on an On-Demand table as DynamoDB is automatically scaling the table.
    ///
    ///   - Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB is automatically scaling your index so please try again shortly.
    ///
    /// This message is returned when writes get throttled on an On-Demand GSI as DynamoDB is automatically scaling the GSI.
    ///
    /// - Validation Error:
    ///
    ///   - Code: `ValidationError`
    ///
    ///   - Messages:
    ///
    ///   - One or more parameter values were invalid.
    ///
    ///   - The update expression attempted to update the secondary index key beyond allowed size limits.
    ///
    ///   - The update expression attempted to update the secondary index key to unsupported type.
    ///
    ///   - An operand in the update expression has an incorrect data type.
    ///
    ///   - Item size to update has exceeded the maximum allowed size.
    ///
    ///   - Number overflow. Attempting to store a number with magnitude larger than supported range.
    ///
    ///   - Type mismatch for attribute to update.
    ///
    ///   - Nesting Levels have exceeded supported limits.
    ///
    ///   - The document path provided in the update expression is invalid for update.
    ///
    ///   - The provided expression refers to an attribute that does not exist in the item.
    TransactionCanceledException(super::types::TransactionCanceledException),
    /// The transaction with the given request token is already in progress.
    ///
    /// Recommended Settings
    ///
    /// This is a general recommendation for handling the `TransactionInProgressException`. These settings help ensure that the client retries will trigger completion of the ongoing `TransactWriteItems` request.
    ///
    /// - Set `clientExecutionTimeout` to a value that allows at least one retry to be processed after 5 seconds have elapsed since the first attempt for the `TransactWriteItems` operation.
    ///
    /// - Set `socketTimeout` to a value a little lower than the `requestTimeout` setting.
    ///
    /// - `requestTimeout` should be set based on the time taken for the individual retries of a single HTTP request for your use case, but setting it to 1 second or higher should work well to reduce chances of retries and `TransactionInProgressException` errors.
    ///
    /// - Use exponential backoff when retrying and tune backoff if needed.
    ///
    /// Assuming [default retry policy](https://github.com/aws/aws-sdk-java/blob/fd409dee8ae23fb8953e0bb4dbde65536a7e0514/aws-java-sdk-core/src/main/java/com/amazonaws/retry/PredefinedRetryPolicies.java#L97), example timeout settings based on the guidelines above are as follows:
    ///
    /// Example timeline:
    ///
    /// - 0-1000 first attempt
    ///
    /// - 1000-1500 first sleep/delay (default retry policy uses 500 ms as base delay for 4xx errors)
    ///
    /// - 1500-2500 second attempt
    ///
    /// - 2500-3500 second sleep/delay (500 \* 2, exponential backoff)
    ///
    /// - 3500-4500 third attempt
    ///
    /// - 4500-6500 third sleep/delay (500 \* 2^2)
    ///
    /// - 6500-7500 fourth attempt (this can trigger inline recovery since 5 seconds have elapsed since the first attempt reached TC)
    TransactionInProgressException(super::types::TransactionInProgressException),
    /// DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.
    IdempotentParameterMismatchException(
        super::types::IdempotentParameterMismatchException,
    ),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExecuteTransactionError, [ResourceNotFoundException, TransactionCanceledException,
    TransactionInProgressException, IdempotentParameterMismatchException,
    ProvisionedThroughputExceededException, RequestLimitExceeded, InternalServerError,
    ThrottlingException]
);
/// The errors `ExportTableToPointInTime` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportTableToPointInTimeError {
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// Point in time recovery has not yet been enabled for this source table.
    PointInTimeRecoveryUnavailableException(
        super::types::PointInTimeRecoveryUnavailableException,
    ),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The specified `ExportTime` is outside of the point in time recovery window.
    InvalidExportTimeException(super::types::InvalidExportTimeException),
    /// There was a conflict when writing to the specified S3 bucket.
    ExportConflictException(super::types::ExportConflictException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExportTableToPointInTimeError, [TableNotFoundException,
    PointInTimeRecoveryUnavailableException, LimitExceededException,
    InvalidExportTimeException, ExportConflictException, InternalServerError]
);
/// The errors `GetItem` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetItemError {
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetItemError, [ProvisionedThroughputExceededException, ResourceNotFoundException,
    RequestLimitExceeded, InternalServerError, ThrottlingException]
);
/// The errors `GetResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourcePolicyError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The operation tried to access a nonexistent resource-based policy.
    ///
    /// If you specified an `ExpectedRevisionId`, it's possible that a policy is present for the resource but its revision ID didn't match the expected value.
    PolicyNotFoundException(super::types::PolicyNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourcePolicyError, [ResourceNotFoundException, InternalServerError,
    PolicyNotFoundException]
);
/// The errors `ImportTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportTableError {
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// There was a conflict when importing from the specified S3 source. This can occur when the current import conflicts with a previous import request that had the same client token.
    ImportConflictException(super::types::ImportConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ImportTableError, [ResourceInUseException, LimitExceededException,
    ImportConflictException]
);
/// The errors `ListBackups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBackupsError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBackupsError, [InternalServerError]);
/// The errors `ListBulkOperations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBulkOperationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBulkOperationsError, []);
/// The errors `ListContributorInsights` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListContributorInsightsError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListContributorInsightsError, [ResourceNotFoundException, InternalServerError]
);
/// The errors `ListExports` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListExportsError {
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListExportsError, [LimitExceededException, InternalServerError]
);
/// The errors `ListGlobalTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGlobalTablesError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListGlobalTablesError, [InternalServerError]);
/// The errors `ListImports` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListImportsError {
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListImportsError, [LimitExceededException]);
/// The errors `ListTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTablesError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListTablesError, [InternalServerError]);
/// The errors `ListTagsOfResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsOfResourceError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsOfResourceError, [ResourceNotFoundException, InternalServerError]
);
/// The errors `PutItem` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutItemError {
    /// A condition specified in the operation failed to be evaluated.
    ConditionalCheckFailedException(super::types::ConditionalCheckFailedException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
    ItemCollectionSizeLimitExceededException(
        super::types::ItemCollectionSizeLimitExceededException,
    ),
    /// Operation was rejected because there is an ongoing transaction for the item.
    TransactionConflictException(super::types::TransactionConflictException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was rejected because one or more items in the request are being modified by a request in another Region.
    ReplicatedWriteConflictException(super::types::ReplicatedWriteConflictException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutItemError, [ConditionalCheckFailedException,
    ProvisionedThroughputExceededException, ResourceNotFoundException,
    ItemCollectionSizeLimitExceededException, TransactionConflictException,
    RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException,
    ThrottlingException]
);
/// The errors `PutResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutResourcePolicyError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation tried to access a nonexistent resource-based policy.
    ///
    /// If you specified an `ExpectedRevisionId`, it's possible that a policy is present for the resource but its revision ID didn't match the expected value.
    PolicyNotFoundException(super::types::PolicyNotFoundException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutResourcePolicyError, [ResourceNotFoundException, InternalServerError,
    LimitExceededException, PolicyNotFoundException, ResourceInUseException]
);
/// The errors `Query` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryError {
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    QueryError, [ProvisionedThroughputExceededException, ResourceNotFoundException,
    RequestLimitExceeded, InternalServerError, ThrottlingException]
);
/// The errors `RestoreTableFromBackup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreTableFromBackupError {
    /// A target table with the specified name already exists.
    TableAlreadyExistsException(super::types::TableAlreadyExistsException),
    /// A target table with the specified name is either being created or deleted.
    TableInUseException(super::types::TableInUseException),
    /// Backup not found for the given BackupARN.
    BackupNotFoundException(super::types::BackupNotFoundException),
    /// There is another ongoing conflicting backup control plane operation on the table. The backup is either being created, deleted or restored to a table.
    BackupInUseException(super::types::BackupInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RestoreTableFromBackupError, [TableAlreadyExistsException, TableInUseException,
    BackupNotFoundException, BackupInUseException, LimitExceededException,
    InternalServerError]
);
/// The errors `RestoreTableToPointInTime` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreTableToPointInTimeError {
    /// A target table with the specified name already exists.
    TableAlreadyExistsException(super::types::TableAlreadyExistsException),
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// A target table with the specified name is either being created or deleted.
    TableInUseException(super::types::TableInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An invalid restore time was specified. RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime.
    InvalidRestoreTimeException(super::types::InvalidRestoreTimeException),
    /// Point in time recovery has not yet been enabled for this source table.
    PointInTimeRecoveryUnavailableException(
        super::types::PointInTimeRecoveryUnavailableException,
    ),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RestoreTableToPointInTimeError, [TableAlreadyExistsException, TableNotFoundException,
    TableInUseException, LimitExceededException, InvalidRestoreTimeException,
    PointInTimeRecoveryUnavailableException, InternalServerError]
);
/// The errors `Scan` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ScanError {
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ScanError, [ProvisionedThroughputExceededException, ResourceNotFoundException,
    RequestLimitExceeded, InternalServerError, ThrottlingException]
);
/// The errors `SearchVectors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchVectorsError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SearchVectorsError, [ResourceNotFoundException, RequestLimitExceeded,
    InternalServerError, ThrottlingException]
);
/// The errors `StartBulkPutItems` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartBulkPutItemsError {
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.
    IdempotentParameterMismatchException(
        super::types::IdempotentParameterMismatchException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartBulkPutItemsError, [LimitExceededException, ResourceInUseException,
    IdempotentParameterMismatchException, ResourceNotFoundException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [LimitExceededException, ResourceNotFoundException,
    InternalServerError, ResourceInUseException]
);
/// The errors `TransactGetItems` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TransactGetItemsError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The entire transaction request was canceled.
    ///
    /// DynamoDB cancels a `TransactWriteItems` request under the following circumstances:
    ///
    /// - A condition in one of the condition expressions is not met.
    ///
    /// - A table in the `TransactWriteItems` request is in a different account or region.
    ///
    /// - More than one action in the `TransactWriteItems` operation targets the same item.
    ///
    /// - There is insufficient provisioned capacity for the transaction to be completed.
    ///
    /// - An item size becomes too large (larger than 400 KB), or a local secondary index (LSI) becomes too large, or a similar validation error occurs because of changes made by the transaction.
    ///
    /// - There is a user error, such as an invalid data format.
    ///
    /// - There is an ongoing `TransactWriteItems` operation that conflicts with a concurrent `TransactWriteItems` request. In this case the `TransactWriteItems` operation fails with a `TransactionCanceledException`.
    ///
    /// DynamoDB cancels a `TransactGetItems` request under the following circumstances:
    ///
    /// - There is an ongoing `TransactGetItems` operation that conflicts with a concurrent `PutItem`, `UpdateItem`, `DeleteItem` or `TransactWriteItems` request. In this case the `TransactGetItems` operation fails with a `TransactionCanceledException`.
    ///
    /// - A table in the `TransactGetItems` request is in a different account or region.
    ///
    /// - There is insufficient provisioned capacity for the transaction to be completed.
    ///
    /// - There is a user error, such as an invalid data format.
    ///
    /// DynamoDB lists the cancellation reasons on the `CancellationReasons` property. Transaction cancellation reasons are ordered in the order of requested items, if an item has no error it will have `None` code and `Null` message. The `None` code is returned as the literal string `"None"`, not a null or absent value; the message field is omitted entirely for an item that has no error. This is important to note when using an SDK that surfaces the code as an optional or nullable type.
    ///
    /// Cancellation reason codes and possible error messages:
    ///
    /// - No Errors:
    ///
    ///   - Code: `None`
    ///
    ///   - Message: `null`
    ///
    /// - Conditional Check Failed:
    ///
    ///   - Code: `ConditionalCheckFailed`
    ///
    ///   - Message: The conditional request failed.
    ///
    /// - Item Collection Size Limit Exceeded:
    ///
    ///   - Code: `ItemCollectionSizeLimitExceeded`
    ///
    ///   - Message: Collection size exceeded.
    ///
    /// - Transaction Conflict:
    ///
    ///   - Code: `TransactionConflict`
    ///
    ///   - Message: Transaction is ongoing for the item.
    ///
    /// - Provisioned Throughput Exceeded:
    ///
    ///   - Code: `ProvisionedThroughputExceeded`
    ///
    ///   - Messages:
    ///
    ///   - The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.
    ///
    /// This Message is received when provisioned throughput is exceeded is on a provisioned DynamoDB table.
    ///
    ///   - The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.
    ///
    /// This message is returned when provisioned throughput is exceeded is on a provisioned GSI.
    ///
    /// - Throttling Error:
    ///
    ///   - Code: `ThrottlingError`
    ///
    ///   - Messages:
    ///
    ///   - Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html>.
    ///
    /// This message is returned when writes get throttled on an On-Demand table as DynamoDB is automatically scaling the table.
    ///
    ///   - Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB is automatically scaling your index so please try again shortly.
    ///
    /// This message is returned when writes get throttled on an On-Demand GSI as DynamoDB is automatically scaling the GSI.
    ///
    /// - Validation Error:
    ///
    ///   - Code: `ValidationError`
    ///
    ///   - Messages:
    ///
    ///   - One or more parameter values were invalid.
    ///
    ///   - The update expression attempted to update the secondary index key beyond allowed size limits.
    ///
    ///   - The update expression attempted to update the secondary index key to unsupported type.
    ///
    ///   - An operand in the update expression has an incorrect data type.
    ///
    ///   - Item size to update has exceeded the maximum allowed size.
    ///
    ///   - Number overflow. Attempting to store a number with magnitude larger than supported range.
    ///
    ///   - Type mismatch for attribute to update.
    ///
    ///   - Nesting Levels have exceeded supported limits.
    ///
    ///   - The document path provided in the update expression is invalid for update.
    ///
    ///   - The provided expression refers to an attribute that does not exist in the item.
    TransactionCanceledException(super::types::TransactionCanceledException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TransactGetItemsError, [ResourceNotFoundException, TransactionCanceledException,
    ProvisionedThroughputExceededException, RequestLimitExceeded, InternalServerError,
    ThrottlingException]
);
/// The errors `TransactWriteItems` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TransactWriteItemsError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The entire transaction request was canceled.
    ///
    /// DynamoDB cancels a `TransactWriteItems` request under the following circumstances:
    ///
    /// - A condition in one of the condition expressions is not met.
    ///
    /// - A table in the `TransactWriteItems` request is in a different account or region.
    ///
    /// - More than one action in the `TransactWriteItems` operation targets the same item.
    ///
    /// - There is insufficient provisioned capacity for the transaction to be completed.
    ///
    /// - An item size becomes too large (larger than 400 KB), or a local secondary index (LSI) becomes too large, or a similar validation error occurs because of changes made by the transaction.
    ///
    /// - There is a user error, such as an invalid data format.
    ///
    /// - There is an ongoing `TransactWriteItems` operation that conflicts with a concurrent `TransactWriteItems` request. In this case the `TransactWriteItems` operation fails with a `TransactionCanceledException`.
    ///
    /// DynamoDB cancels a `TransactGetItems` request under the following circumstances:
    ///
    /// - There is an ongoing `TransactGetItems` operation that conflicts with a concurrent `PutItem`, `UpdateItem`, `DeleteItem` or `TransactWriteItems` request. In this case the `TransactGetItems` operation fails with a `TransactionCanceledException`.
    ///
    /// - A table in the `TransactGetItems` request is in a different account or region.
    ///
    /// - There is insufficient provisioned capacity for the transaction to be completed.
    ///
    /// - There is a user error, such as an invalid data format.
    ///
    /// DynamoDB lists the cancellation reasons on the `CancellationReasons` property. Transaction cancellation reasons are ordered in the order of requested items, if an item has no error it will have `None` code and `Null` message. The `None` code is returned as the literal string `"None"`, not a null or absent value; the message field is omitted entirely for an item that has no error. This is important to note when using an SDK that surfaces the code as an optional or nullable type.
    ///
    /// Cancellation reason codes and possible error messages:
    ///
    /// - No Errors:
    ///
    ///   - Code: `None`
    ///
    ///   - Message: `null`
    ///
    /// - Conditional Check Failed:
    ///
    ///   - Code: `ConditionalCheckFailed`
    ///
    ///   - Message: The conditional request failed.
    ///
    /// - Item Collection Size Limit Exceeded:
    ///
    ///   - Code: `ItemCollectionSizeLimitExceeded`
    ///
    ///   - Message: Collection size exceeded.
    ///
    /// - Transaction Conflict:
    ///
    ///   - Code: `TransactionConflict`
    ///
    ///   - Message: Transaction is ongoing for the item.
    ///
    /// - Provisioned Throughput Exceeded:
    ///
    ///   - Code: `ProvisionedThroughputExceeded`
    ///
    ///   - Messages:
    ///
    ///   - The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.
    ///
    /// This Message is received when provisioned throughput is exceeded is on a provisioned DynamoDB table.
    ///
    ///   - The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.
    ///
    /// This message is returned when provisioned throughput is exceeded is on a provisioned GSI.
    ///
    /// - Throttling Error:
    ///
    ///   - Code: `ThrottlingError`
    ///
    ///   - Messages:
    ///
    ///   - Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html>.
    ///
    /// This message is returned when writes get throttled on an On-Demand table as DynamoDB is automatically scaling the table.
    ///
    ///   - Throughput exceeds the current capacity for one or more global secondary indexes. DynamoDB is automatically scaling your index so please try again shortly.
    ///
    /// This message is returned when writes get throttled on an On-Demand GSI as DynamoDB is automatically scaling the GSI.
    ///
    /// - Validation Error:
    ///
    ///   - Code: `ValidationError`
    ///
    ///   - Messages:
    ///
    ///   - One or more parameter values were invalid.
    ///
    ///   - The update expression attempted to update the secondary index key beyond allowed size limits.
    ///
    ///   - The update expression attempted to update the secondary index key to unsupported type.
    ///
    ///   - An operand in the update expression has an incorrect data type.
    ///
    ///   - Item size to update has exceeded the maximum allowed size.
    ///
    ///   - Number overflow. Attempting to store a number with magnitude larger than supported range.
    ///
    ///   - Type mismatch for attribute to update.
    ///
    ///   - Nesting Levels have exceeded supported limits.
    ///
    ///   - The document path provided in the update expression is invalid for update.
    ///
    ///   - The provided expression refers to an attribute that does not exist in the item.
    TransactionCanceledException(super::types::TransactionCanceledException),
    /// The transaction with the given request token is already in progress.
    ///
    /// Recommended Settings
    ///
    /// This is a general recommendation for handling the `TransactionInProgressException`. These settings help ensure that the client retries will trigger completion of the ongoing `TransactWriteItems` request.
    ///
    /// - Set `clientExecutionTimeout` to a value that allows at least one retry to be processed after 5 seconds have elapsed since the first attempt for the `TransactWriteItems` operation.
    ///
    /// - Set `socketTimeout` to a value a little lower than the `requestTimeout` setting.
    ///
    /// - `requestTimeout` should be set based on the time taken for the individual retries of a single HTTP request for your use case, but setting it to 1 second or higher should work well to reduce chances of retries and `TransactionInProgressException` errors.
    ///
    /// - Use exponential backoff when retrying and tune backoff if needed.
    ///
    /// Assuming [default retry policy](https://github.com/aws/aws-sdk-java/blob/fd409dee8ae23fb8953e0bb4dbde65536a7e0514/aws-java-sdk-core/src/main/java/com/amazonaws/retry/PredefinedRetryPolicies.java#L97), example timeout settings based on the guidelines above are as follows:
    ///
    /// Example timeline:
    ///
    /// - 0-1000 first attempt
    ///
    /// - 1000-1500 first sleep/delay (default retry policy uses 500 ms as base delay for 4xx errors)
    ///
    /// - 1500-2500 second attempt
    ///
    /// - 2500-3500 second sleep/delay (500 \* 2, exponential backoff)
    ///
    /// - 3500-4500 third attempt
    ///
    /// - 4500-6500 third sleep/delay (500 \* 2^2)
    ///
    /// - 6500-7500 fourth attempt (this can trigger inline recovery since 5 seconds have elapsed since the first attempt reached TC)
    TransactionInProgressException(super::types::TransactionInProgressException),
    /// DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.
    IdempotentParameterMismatchException(
        super::types::IdempotentParameterMismatchException,
    ),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TransactWriteItemsError, [ResourceNotFoundException, TransactionCanceledException,
    TransactionInProgressException, IdempotentParameterMismatchException,
    ProvisionedThroughputExceededException, RequestLimitExceeded, InternalServerError,
    ThrottlingException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [LimitExceededException, ResourceNotFoundException,
    InternalServerError, ResourceInUseException]
);
/// The errors `UpdateContinuousBackups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateContinuousBackupsError {
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// Backups have not yet been enabled for this table.
    ContinuousBackupsUnavailableException(
        super::types::ContinuousBackupsUnavailableException,
    ),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateContinuousBackupsError, [TableNotFoundException,
    ContinuousBackupsUnavailableException, InternalServerError]
);
/// The errors `UpdateContributorInsights` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateContributorInsightsError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateContributorInsightsError, [ResourceNotFoundException, InternalServerError]
);
/// The errors `UpdateGlobalTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateGlobalTableError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The specified global table does not exist.
    GlobalTableNotFoundException(super::types::GlobalTableNotFoundException),
    /// The specified replica is already part of the global table.
    ReplicaAlreadyExistsException(super::types::ReplicaAlreadyExistsException),
    /// The specified replica is no longer part of the global table.
    ReplicaNotFoundException(super::types::ReplicaNotFoundException),
    /// A source table with the name `TableName` does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
    TableNotFoundException(super::types::TableNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateGlobalTableError, [InternalServerError, GlobalTableNotFoundException,
    ReplicaAlreadyExistsException, ReplicaNotFoundException, TableNotFoundException]
);
/// The errors `UpdateGlobalTableSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateGlobalTableSettingsError {
    /// The specified global table does not exist.
    GlobalTableNotFoundException(super::types::GlobalTableNotFoundException),
    /// The specified replica is no longer part of the global table.
    ReplicaNotFoundException(super::types::ReplicaNotFoundException),
    /// The operation tried to access a nonexistent index.
    IndexNotFoundException(super::types::IndexNotFoundException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateGlobalTableSettingsError, [GlobalTableNotFoundException,
    ReplicaNotFoundException, IndexNotFoundException, LimitExceededException,
    ResourceInUseException, InternalServerError]
);
/// The errors `UpdateItem` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateItemError {
    /// A condition specified in the operation failed to be evaluated.
    ConditionalCheckFailedException(super::types::ConditionalCheckFailedException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. The Amazon Web Services SDKs for DynamoDB automatically retry requests that receive this exception. Your request is eventually successful, unless your retry queue is too large to finish. Reduce the frequency of requests and use exponential backoff. For more information, go to [Error Retries and Exponential Backoff](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff) in the *Amazon DynamoDB Developer Guide*.
    ProvisionedThroughputExceededException(
        super::types::ProvisionedThroughputExceededException,
    ),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An item collection is too large. This exception is only returned for tables that have one or more local secondary indexes.
    ItemCollectionSizeLimitExceededException(
        super::types::ItemCollectionSizeLimitExceededException,
    ),
    /// Operation was rejected because there is an ongoing transaction for the item.
    TransactionConflictException(super::types::TransactionConflictException),
    /// Throughput exceeds the current throughput quota for your account. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception. Contact [Amazon Web Services Support](https://aws.amazon.com/support) to request a quota increase.
    RequestLimitExceeded(super::types::RequestLimitExceeded),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// The request was rejected because one or more items in the request are being modified by a request in another Region.
    ReplicatedWriteConflictException(super::types::ReplicatedWriteConflictException),
    /// The request was denied due to request throttling. For detailed information about why the request was throttled and the ARN of the impacted resource, find the [ThrottlingReason](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html) field in the returned exception.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateItemError, [ConditionalCheckFailedException,
    ProvisionedThroughputExceededException, ResourceNotFoundException,
    ItemCollectionSizeLimitExceededException, TransactionConflictException,
    RequestLimitExceeded, InternalServerError, ReplicatedWriteConflictException,
    ThrottlingException]
);
/// The errors `UpdateKinesisStreamingDestination` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateKinesisStreamingDestinationError {
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateKinesisStreamingDestinationError, [InternalServerError, LimitExceededException,
    ResourceInUseException, ResourceNotFoundException]
);
/// The errors `UpdateTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTableError {
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTableError, [ResourceInUseException, ResourceNotFoundException,
    LimitExceededException, InternalServerError]
);
/// The errors `UpdateTableReplicaAutoScaling` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTableReplicaAutoScalingError {
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTableReplicaAutoScalingError, [ResourceNotFoundException,
    ResourceInUseException, LimitExceededException, InternalServerError]
);
/// The errors `UpdateTimeToLive` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTimeToLiveError {
    /// The operation conflicts with the resource's availability. For example:
    ///
    /// - You attempted to recreate an existing table.
    ///
    /// - You tried to delete a table currently in the `CREATING` state.
    ///
    /// - You tried to update a resource that was already being updated.
    ///
    /// When appropriate, wait for the ongoing update to complete and attempt the request again.
    ResourceInUseException(super::types::ResourceInUseException),
    /// The operation tried to access a nonexistent table or index. The resource might not be specified correctly, or its status might not be `ACTIVE`.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// There is no limit to the number of daily on-demand backups that can be taken.
    ///
    /// For most purposes, up to 500 simultaneous table operations are allowed per account. These operations include `CreateTable`, `UpdateTable`, `DeleteTable`,`UpdateTimeToLive`, `RestoreTableFromBackup`, and `RestoreTableToPointInTime`.
    ///
    /// When you are creating a table with one or more secondary indexes, you can have up to 250 such requests running at a time. However, if the table or index specifications are complex, then DynamoDB might temporarily reduce the number of concurrent operations.
    ///
    /// When importing into DynamoDB, up to 50 simultaneous import table operations are allowed per account.
    ///
    /// There is a soft account quota of 2,500 tables.
    ///
    /// GetRecords was called with a value of more than 1000 for the limit request parameter.
    ///
    /// More than 2 processes are reading from the same streams shard at the same time. Exceeding this limit may result in request throttling.
    LimitExceededException(super::types::LimitExceededException),
    /// An error occurred on the server side.
    InternalServerError(super::types::InternalServerError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTimeToLiveError, [ResourceInUseException, ResourceNotFoundException,
    LimitExceededException, InternalServerError]
);

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
    /// There was a problem with the Secrets Manager secret used with the request, caused by one of the following conditions:
    ///
    /// - RDS Data API timed out retrieving the secret.
    ///
    /// - The secret provided wasn't found.
    ///
    /// - The secret couldn't be decrypted.
    SecretsErrorException(crate::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(crate::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(crate::types::DatabaseErrorException),
    /// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
    DatabaseResumingException(crate::types::DatabaseResumingException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(crate::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(crate::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(crate::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(crate::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(crate::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(crate::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(crate::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(crate::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(crate::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(crate::types::InternalServerErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchExecuteStatementError, { 0 => SecretsErrorException, 1 =>
    HttpEndpointNotEnabledException, 2 => DatabaseErrorException, 3 =>
    DatabaseResumingException, 4 => DatabaseUnavailableException, 5 =>
    TransactionNotFoundException, 6 => InvalidSecretException, 7 =>
    InvalidResourceStateException, 8 => ForbiddenException, 9 => ServiceUnavailableError,
    10 => DatabaseNotFoundException, 11 => AccessDeniedException, 12 =>
    BadRequestException, 13 => StatementTimeoutException, 14 =>
    InternalServerErrorException }
);
/// The errors `BeginTransaction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BeginTransactionError {
    /// There was a problem with the Secrets Manager secret used with the request, caused by one of the following conditions:
    ///
    /// - RDS Data API timed out retrieving the secret.
    ///
    /// - The secret provided wasn't found.
    ///
    /// - The secret couldn't be decrypted.
    SecretsErrorException(crate::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(crate::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(crate::types::DatabaseErrorException),
    /// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
    DatabaseResumingException(crate::types::DatabaseResumingException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(crate::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(crate::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(crate::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(crate::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(crate::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(crate::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(crate::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(crate::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(crate::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(crate::types::InternalServerErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BeginTransactionError, { 0 => SecretsErrorException, 1 =>
    HttpEndpointNotEnabledException, 2 => DatabaseErrorException, 3 =>
    DatabaseResumingException, 4 => DatabaseUnavailableException, 5 =>
    TransactionNotFoundException, 6 => InvalidSecretException, 7 =>
    InvalidResourceStateException, 8 => ForbiddenException, 9 => ServiceUnavailableError,
    10 => DatabaseNotFoundException, 11 => AccessDeniedException, 12 =>
    BadRequestException, 13 => StatementTimeoutException, 14 =>
    InternalServerErrorException }
);
/// The errors `CommitTransaction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CommitTransactionError {
    /// There was a problem with the Secrets Manager secret used with the request, caused by one of the following conditions:
    ///
    /// - RDS Data API timed out retrieving the secret.
    ///
    /// - The secret provided wasn't found.
    ///
    /// - The secret couldn't be decrypted.
    SecretsErrorException(crate::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(crate::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(crate::types::DatabaseErrorException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(crate::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(crate::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(crate::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(crate::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(crate::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(crate::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(crate::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(crate::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(crate::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(crate::types::InternalServerErrorException),
    /// The `resourceArn`, `secretArn`, or `transactionId` value can't be found.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CommitTransactionError, { 0 => SecretsErrorException, 1 =>
    HttpEndpointNotEnabledException, 2 => DatabaseErrorException, 3 =>
    DatabaseUnavailableException, 4 => TransactionNotFoundException, 5 =>
    InvalidSecretException, 6 => InvalidResourceStateException, 7 => ForbiddenException,
    8 => ServiceUnavailableError, 9 => DatabaseNotFoundException, 10 =>
    AccessDeniedException, 11 => BadRequestException, 12 => StatementTimeoutException, 13
    => InternalServerErrorException, 14 => NotFoundException }
);
/// The errors `ExecuteSql` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExecuteSqlError {
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(crate::types::BadRequestException),
    /// An internal error occurred.
    InternalServerErrorException(crate::types::InternalServerErrorException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(crate::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(crate::types::ServiceUnavailableError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExecuteSqlError, { 0 => AccessDeniedException, 1 => BadRequestException, 2 =>
    InternalServerErrorException, 3 => ForbiddenException, 4 => ServiceUnavailableError }
);
/// The errors `ExecuteStatement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExecuteStatementError {
    /// There was a problem with the Secrets Manager secret used with the request, caused by one of the following conditions:
    ///
    /// - RDS Data API timed out retrieving the secret.
    ///
    /// - The secret provided wasn't found.
    ///
    /// - The secret couldn't be decrypted.
    SecretsErrorException(crate::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(crate::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(crate::types::DatabaseErrorException),
    /// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
    DatabaseResumingException(crate::types::DatabaseResumingException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(crate::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(crate::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(crate::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(crate::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(crate::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(crate::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(crate::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(crate::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(crate::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(crate::types::InternalServerErrorException),
    /// There was a problem with the result because of one of the following conditions:
    ///
    /// - It contained an unsupported data type.
    ///
    /// - It contained a multidimensional array.
    ///
    /// - The size was too large.
    UnsupportedResultException(crate::types::UnsupportedResultException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExecuteStatementError, { 0 => SecretsErrorException, 1 =>
    HttpEndpointNotEnabledException, 2 => DatabaseErrorException, 3 =>
    DatabaseResumingException, 4 => DatabaseUnavailableException, 5 =>
    TransactionNotFoundException, 6 => InvalidSecretException, 7 =>
    InvalidResourceStateException, 8 => ForbiddenException, 9 => ServiceUnavailableError,
    10 => DatabaseNotFoundException, 11 => AccessDeniedException, 12 =>
    BadRequestException, 13 => StatementTimeoutException, 14 =>
    InternalServerErrorException, 15 => UnsupportedResultException }
);
/// The errors `RollbackTransaction` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RollbackTransactionError {
    /// There was a problem with the Secrets Manager secret used with the request, caused by one of the following conditions:
    ///
    /// - RDS Data API timed out retrieving the secret.
    ///
    /// - The secret provided wasn't found.
    ///
    /// - The secret couldn't be decrypted.
    SecretsErrorException(crate::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(crate::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(crate::types::DatabaseErrorException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(crate::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(crate::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(crate::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(crate::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(crate::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(crate::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(crate::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(crate::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(crate::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(crate::types::InternalServerErrorException),
    /// The `resourceArn`, `secretArn`, or `transactionId` value can't be found.
    NotFoundException(crate::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RollbackTransactionError, { 0 => SecretsErrorException, 1 =>
    HttpEndpointNotEnabledException, 2 => DatabaseErrorException, 3 =>
    DatabaseUnavailableException, 4 => TransactionNotFoundException, 5 =>
    InvalidSecretException, 6 => InvalidResourceStateException, 7 => ForbiddenException,
    8 => ServiceUnavailableError, 9 => DatabaseNotFoundException, 10 =>
    AccessDeniedException, 11 => BadRequestException, 12 => StatementTimeoutException, 13
    => InternalServerErrorException, 14 => NotFoundException }
);

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
    SecretsErrorException(super::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(super::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(super::types::DatabaseErrorException),
    /// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
    DatabaseResumingException(super::types::DatabaseResumingException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(super::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(super::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(super::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(super::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(super::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(super::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(super::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(super::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(super::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(super::types::InternalServerErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BatchExecuteStatementError, [SecretsErrorException, HttpEndpointNotEnabledException,
    DatabaseErrorException, DatabaseResumingException, DatabaseUnavailableException,
    TransactionNotFoundException, InvalidSecretException, InvalidResourceStateException,
    ForbiddenException, ServiceUnavailableError, DatabaseNotFoundException,
    AccessDeniedException, BadRequestException, StatementTimeoutException,
    InternalServerErrorException]
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
    SecretsErrorException(super::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(super::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(super::types::DatabaseErrorException),
    /// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
    DatabaseResumingException(super::types::DatabaseResumingException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(super::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(super::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(super::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(super::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(super::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(super::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(super::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(super::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(super::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(super::types::InternalServerErrorException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    BeginTransactionError, [SecretsErrorException, HttpEndpointNotEnabledException,
    DatabaseErrorException, DatabaseResumingException, DatabaseUnavailableException,
    TransactionNotFoundException, InvalidSecretException, InvalidResourceStateException,
    ForbiddenException, ServiceUnavailableError, DatabaseNotFoundException,
    AccessDeniedException, BadRequestException, StatementTimeoutException,
    InternalServerErrorException]
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
    SecretsErrorException(super::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(super::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(super::types::DatabaseErrorException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(super::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(super::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(super::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(super::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(super::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(super::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(super::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(super::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(super::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(super::types::InternalServerErrorException),
    /// The `resourceArn`, `secretArn`, or `transactionId` value can't be found.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CommitTransactionError, [SecretsErrorException, HttpEndpointNotEnabledException,
    DatabaseErrorException, DatabaseUnavailableException, TransactionNotFoundException,
    InvalidSecretException, InvalidResourceStateException, ForbiddenException,
    ServiceUnavailableError, DatabaseNotFoundException, AccessDeniedException,
    BadRequestException, StatementTimeoutException, InternalServerErrorException,
    NotFoundException]
);
/// The errors `ExecuteSql` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExecuteSqlError {
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(super::types::BadRequestException),
    /// An internal error occurred.
    InternalServerErrorException(super::types::InternalServerErrorException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(super::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(super::types::ServiceUnavailableError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExecuteSqlError, [AccessDeniedException, BadRequestException,
    InternalServerErrorException, ForbiddenException, ServiceUnavailableError]
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
    SecretsErrorException(super::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(super::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(super::types::DatabaseErrorException),
    /// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
    DatabaseResumingException(super::types::DatabaseResumingException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(super::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(super::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(super::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(super::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(super::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(super::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(super::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(super::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(super::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(super::types::InternalServerErrorException),
    /// There was a problem with the result because of one of the following conditions:
    ///
    /// - It contained an unsupported data type.
    ///
    /// - It contained a multidimensional array.
    ///
    /// - The size was too large.
    UnsupportedResultException(super::types::UnsupportedResultException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ExecuteStatementError, [SecretsErrorException, HttpEndpointNotEnabledException,
    DatabaseErrorException, DatabaseResumingException, DatabaseUnavailableException,
    TransactionNotFoundException, InvalidSecretException, InvalidResourceStateException,
    ForbiddenException, ServiceUnavailableError, DatabaseNotFoundException,
    AccessDeniedException, BadRequestException, StatementTimeoutException,
    InternalServerErrorException, UnsupportedResultException]
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
    SecretsErrorException(super::types::SecretsErrorException),
    /// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
    HttpEndpointNotEnabledException(super::types::HttpEndpointNotEnabledException),
    /// There was an error in processing the SQL statement.
    DatabaseErrorException(super::types::DatabaseErrorException),
    /// The writer instance in the DB cluster isn't available.
    DatabaseUnavailableException(super::types::DatabaseUnavailableException),
    /// The transaction ID wasn't found.
    TransactionNotFoundException(super::types::TransactionNotFoundException),
    /// The Secrets Manager secret used with the request isn't valid.
    InvalidSecretException(super::types::InvalidSecretException),
    /// The resource is in an invalid state.
    InvalidResourceStateException(super::types::InvalidResourceStateException),
    /// There are insufficient privileges to make the call.
    ForbiddenException(super::types::ForbiddenException),
    /// The service specified by the `resourceArn` parameter isn't available.
    ServiceUnavailableError(super::types::ServiceUnavailableError),
    /// The DB cluster doesn't have a DB instance.
    DatabaseNotFoundException(super::types::DatabaseNotFoundException),
    /// You don't have sufficient access to perform this action.
    AccessDeniedException(super::types::AccessDeniedException),
    /// There is an error in the call or in a SQL statement. This exception is deprecated.
    BadRequestException(super::types::BadRequestException),
    /// The execution of the SQL statement timed out.
    StatementTimeoutException(super::types::StatementTimeoutException),
    /// An internal error occurred.
    InternalServerErrorException(super::types::InternalServerErrorException),
    /// The `resourceArn`, `secretArn`, or `transactionId` value can't be found.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RollbackTransactionError, [SecretsErrorException, HttpEndpointNotEnabledException,
    DatabaseErrorException, DatabaseUnavailableException, TransactionNotFoundException,
    InvalidSecretException, InvalidResourceStateException, ForbiddenException,
    ServiceUnavailableError, DatabaseNotFoundException, AccessDeniedException,
    BadRequestException, StatementTimeoutException, InternalServerErrorException,
    NotFoundException]
);

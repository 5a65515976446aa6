//! The service client: one async method per operation.
#![allow(deprecated, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
use kumo_runtime::Error;
use crate::{error, schemas, types};
/// A client for the service: one async method per operation.
#[derive(Clone, Debug)]
pub struct Client {
    handle: kumo_runtime::client::Handle,
}
impl kumo_runtime::client::FromHandle for Client {
    fn from_handle(handle: kumo_runtime::client::Handle) -> Client {
        Client { handle }
    }
}
impl Client {
    /// A client configured like `boto3.client(...)` with no arguments: region,
    /// credentials, endpoint and retries from the environment and the profile.
    pub fn new() -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().build()
    }
    /// A client with explicit configuration, which wins over the environment and profile.
    pub fn from_config(
        config: kumo_runtime::config::Config,
    ) -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().config(config).build()
    }
    /// A builder for a client with explicit credentials, HTTP client or timeouts.
    pub fn builder() -> kumo_runtime::client::Builder<Client> {
        kumo_runtime::client::Builder::new(&schemas::SERVICE)
    }
    /// The runtime handle (configuration, presigning).
    pub fn handle(&self) -> &kumo_runtime::client::Handle {
        &self.handle
    }
    /// A presigned URL for an operation (boto3's `generate_presigned_url`):
    /// `operation` is its model or snake_case name (`"GetObject"`, `"get_object"`),
    /// `input` that operation's input.
    pub async fn generate_presigned_url(
        &self,
        operation: &str,
        input: impl kumo_runtime::data::Struct,
        expires_in: std::time::Duration,
    ) -> Result<String, kumo_runtime::SdkError> {
        self.handle
            .presign_by_name(schemas::ops::ALL, operation, input, expires_in)
            .await
    }
    /// Runs a batch SQL statement over an array of data.
    ///
    /// You can run bulk update and insert operations for multiple records using a DML statement with different parameter sets. Bulk operations can provide a significant performance improvement over individual insert and update operations.
    ///
    /// If a call isn't part of a transaction because it doesn't include the `transactionID` parameter, changes that result from the call are committed automatically.
    ///
    /// There isn't a fixed upper limit on the number of parameter sets. However, the maximum size of the HTTP request submitted through the Data API is 4 MiB. If the request exceeds this limit, the Data API returns an error and doesn't process the request. This 4-MiB limit includes the size of the HTTP headers and the JSON notation in the request. Thus, the number of parameter sets that you can include depends on a combination of factors, such as the size of the SQL statement and the size of each parameter set.
    ///
    /// The response size limit is 1 MiB. If the call returns more than 1 MiB of response data, the call is terminated.
    pub async fn batch_execute_statement(
        &self,
        input: types::BatchExecuteStatementInput,
    ) -> Result<
        types::BatchExecuteStatementOutput,
        Error<error::BatchExecuteStatementError>,
    > {
        self.handle.invoke(&schemas::ops::BATCH_EXECUTE_STATEMENT, input).await
    }
    /// Starts a SQL transaction.
    ///
    /// A transaction can run for a maximum of 24 hours. A transaction is terminated and rolled back automatically after 24 hours.
    ///
    /// A transaction times out if no calls use its transaction ID in three minutes. If a transaction times out before it's committed, it's rolled back automatically.
    ///
    /// For Aurora MySQL, DDL statements inside a transaction cause an implicit commit. We recommend that you run each MySQL DDL statement in a separate `ExecuteStatement` call with `continueAfterTimeout` enabled.
    pub async fn begin_transaction(
        &self,
        input: types::BeginTransactionInput,
    ) -> Result<types::BeginTransactionOutput, Error<error::BeginTransactionError>> {
        self.handle.invoke(&schemas::ops::BEGIN_TRANSACTION, input).await
    }
    /// Ends a SQL transaction started with the `BeginTransaction` operation and commits the changes.
    pub async fn commit_transaction(
        &self,
        input: types::CommitTransactionInput,
    ) -> Result<types::CommitTransactionOutput, Error<error::CommitTransactionError>> {
        self.handle.invoke(&schemas::ops::COMMIT_TRANSACTION, input).await
    }
    /// Runs one or more SQL statements.
    ///
    /// This operation is deprecated. Please use the `BatchExecuteStatement` or `ExecuteStatement` operation.
    #[deprecated]
    pub async fn execute_sql(
        &self,
        input: types::ExecuteSqlInput,
    ) -> Result<types::ExecuteSqlOutput, Error<error::ExecuteSqlError>> {
        self.handle.invoke(&schemas::ops::EXECUTE_SQL, input).await
    }
    /// Runs a SQL statement against a database.
    ///
    /// If a call isn't part of a transaction because it doesn't include the `transactionID` parameter, changes that result from the call are committed automatically.
    ///
    /// If the binary response data from the database is more than 1 MB, the call is terminated.
    pub async fn execute_statement(
        &self,
        input: types::ExecuteStatementInput,
    ) -> Result<types::ExecuteStatementOutput, Error<error::ExecuteStatementError>> {
        self.handle.invoke(&schemas::ops::EXECUTE_STATEMENT, input).await
    }
    /// Performs a rollback of a transaction. Rolling back a transaction cancels its changes.
    pub async fn rollback_transaction(
        &self,
        input: types::RollbackTransactionInput,
    ) -> Result<
        types::RollbackTransactionOutput,
        Error<error::RollbackTransactionError>,
    > {
        self.handle.invoke(&schemas::ops::ROLLBACK_TRANSACTION, input).await
    }
}

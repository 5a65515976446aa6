//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// You don't have sufficient access to perform this action.
#[derive(Clone, Default, PartialEq)]
pub struct AccessDeniedException {
    pub message: Option<String>,
}
rt::structure!(AccessDeniedException, ACCESS_DENIED_EXCEPTION, [message]);
/// Contains an array.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ArrayValue {
    /// An array of Boolean values. Can contain null values.
    BooleanValues(Vec<bool>),
    /// An array of integers. Can contain null values.
    LongValues(Vec<i64>),
    /// An array of floating-point numbers. Can contain null values.
    DoubleValues(Vec<f64>),
    /// An array of strings. Can contain null values.
    StringValues(Vec<String>),
    /// An array of arrays. Can contain null values.
    ArrayValues(Vec<ArrayValue>),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ArrayValue, ARRAY_VALUE, [BooleanValues, LongValues, DoubleValues, StringValues,
    ArrayValues]
);
/// There is an error in the call or in a SQL statement. This exception is deprecated.
#[derive(Clone, Default, PartialEq)]
pub struct BadRequestException {
    /// The error message returned by this `BadRequestException` error.
    pub message: Option<String>,
}
rt::structure!(BadRequestException, BAD_REQUEST_EXCEPTION, [message]);
/// The request parameters represent the input of a SQL statement over an array of data.
#[derive(Clone, Default, PartialEq)]
pub struct BatchExecuteStatementInput {
    /// The Amazon Resource Name (ARN) of the Aurora Serverless DB cluster.
    pub resource_arn: String,
    /// The ARN of the secret that enables access to the DB cluster. Enter the database user name and password for the credentials in the secret.
    ///
    /// For information about creating the secret, see [Create a database secret](https://docs.aws.amazon.com/secretsmanager/latest/userguide/create_database_secret.html).
    pub secret_arn: String,
    /// The SQL statement to run. Don't include a semicolon (;) at the end of the SQL statement.
    pub sql: String,
    /// The name of the database.
    pub database: Option<String>,
    /// The name of the database schema.
    ///
    /// Currently, the `schema` parameter isn't supported.
    pub schema: Option<String>,
    /// The parameter set for the batch operation.
    ///
    /// The SQL statement is executed as many times as the number of parameter sets provided. To execute a SQL statement with no parameters, use one of the following options:
    ///
    /// - Specify one or more empty parameter sets.
    ///
    /// - Use the `ExecuteStatement` operation instead of the `BatchExecuteStatement` operation.
    ///
    /// Array parameters are not supported.
    pub parameter_sets: Option<Vec<Vec<SqlParameter>>>,
    /// The identifier of a transaction that was started by using the `BeginTransaction` operation. Specify the transaction ID of the transaction that you want to include the SQL statement in.
    ///
    /// If the SQL statement is not part of a transaction, don't set this parameter.
    pub transaction_id: Option<String>,
}
rt::structure!(
    BatchExecuteStatementInput, BATCH_EXECUTE_STATEMENT_INPUT, [resource_arn, secret_arn,
    sql, database, schema, parameter_sets, transaction_id]
);
/// The response elements represent the output of a SQL statement over an array of data.
#[derive(Clone, Default, PartialEq)]
pub struct BatchExecuteStatementOutput {
    /// The execution results of each batch entry.
    pub update_results: Option<Vec<UpdateResult>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    BatchExecuteStatementOutput, BATCH_EXECUTE_STATEMENT_OUTPUT, [update_results], meta =
    response_metadata
);
/// The request parameters represent the input of a request to start a SQL transaction.
#[derive(Clone, Default, PartialEq)]
pub struct BeginTransactionInput {
    /// The Amazon Resource Name (ARN) of the Aurora Serverless DB cluster.
    pub resource_arn: String,
    /// The name or ARN of the secret that enables access to the DB cluster.
    pub secret_arn: String,
    /// The name of the database.
    pub database: Option<String>,
    /// The name of the database schema.
    pub schema: Option<String>,
}
rt::structure!(
    BeginTransactionInput, BEGIN_TRANSACTION_INPUT, [resource_arn, secret_arn, database,
    schema]
);
/// The response elements represent the output of a request to start a SQL transaction.
#[derive(Clone, Default, PartialEq)]
pub struct BeginTransactionOutput {
    /// The transaction ID of the transaction started by the call.
    pub transaction_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    BeginTransactionOutput, BEGIN_TRANSACTION_OUTPUT, [transaction_id], meta =
    response_metadata
);
/// Contains the metadata for a column.
#[derive(Clone, Default, PartialEq)]
pub struct ColumnMetadata {
    /// The name of the column.
    pub name: Option<String>,
    /// The type of the column.
    pub r#type: Option<i32>,
    /// The database-specific data type of the column.
    pub type_name: Option<String>,
    /// The label for the column.
    pub label: Option<String>,
    /// The name of the schema that owns the table that includes the column.
    pub schema_name: Option<String>,
    /// The name of the table that includes the column.
    pub table_name: Option<String>,
    /// A value that indicates whether the column increments automatically.
    pub is_auto_increment: Option<bool>,
    /// A value that indicates whether an integer column is signed.
    pub is_signed: Option<bool>,
    /// A value that indicates whether the column contains currency values.
    pub is_currency: Option<bool>,
    /// A value that indicates whether the column is case-sensitive.
    pub is_case_sensitive: Option<bool>,
    /// A value that indicates whether the column is nullable.
    pub nullable: Option<i32>,
    /// The precision value of a decimal number column.
    pub precision: Option<i32>,
    /// The scale value of a decimal number column.
    pub scale: Option<i32>,
    /// The type of the column.
    pub array_base_column_type: Option<i32>,
}
rt::structure!(
    ColumnMetadata, COLUMN_METADATA, [name, r#type, type_name, label, schema_name,
    table_name, is_auto_increment, is_signed, is_currency, is_case_sensitive, nullable,
    precision, scale, array_base_column_type]
);
/// The request parameters represent the input of a commit transaction request.
#[derive(Clone, Default, PartialEq)]
pub struct CommitTransactionInput {
    /// The Amazon Resource Name (ARN) of the Aurora Serverless DB cluster.
    pub resource_arn: String,
    /// The name or ARN of the secret that enables access to the DB cluster.
    pub secret_arn: String,
    /// The identifier of the transaction to end and commit.
    pub transaction_id: String,
}
rt::structure!(
    CommitTransactionInput, COMMIT_TRANSACTION_INPUT, [resource_arn, secret_arn,
    transaction_id]
);
/// The response elements represent the output of a commit transaction request.
#[derive(Clone, Default, PartialEq)]
pub struct CommitTransactionOutput {
    /// The status of the commit operation.
    pub transaction_status: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CommitTransactionOutput, COMMIT_TRANSACTION_OUTPUT, [transaction_status], meta =
    response_metadata
);
/// There was an error in processing the SQL statement.
#[derive(Clone, Default, PartialEq)]
pub struct DatabaseErrorException {
    pub message: Option<String>,
}
rt::structure!(DatabaseErrorException, DATABASE_ERROR_EXCEPTION, [message]);
/// The DB cluster doesn't have a DB instance.
#[derive(Clone, Default, PartialEq)]
pub struct DatabaseNotFoundException {
    pub message: Option<String>,
}
rt::structure!(DatabaseNotFoundException, DATABASE_NOT_FOUND_EXCEPTION, [message]);
/// A request was cancelled because the Aurora Serverless DB instance was paused. The Data API request automatically resumes the DB instance. Wait a few seconds and try again.
#[derive(Clone, Default, PartialEq)]
pub struct DatabaseResumingException {
    pub message: Option<String>,
}
rt::structure!(DatabaseResumingException, DATABASE_RESUMING_EXCEPTION, [message]);
/// The writer instance in the DB cluster isn't available.
#[derive(Clone, Default, PartialEq)]
pub struct DatabaseUnavailableException {}
rt::structure!(DatabaseUnavailableException, DATABASE_UNAVAILABLE_EXCEPTION, []);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecimalReturnType {
    /// `STRING`
    String,
    /// `DOUBLE_OR_LONG`
    DoubleOrLong,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DecimalReturnType, { String => "STRING", DoubleOrLong => "DOUBLE_OR_LONG" }
);
/// The request parameters represent the input of a request to run one or more SQL statements.
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteSqlInput {
    /// The ARN of the Aurora Serverless DB cluster.
    pub db_cluster_or_instance_arn: String,
    /// The Amazon Resource Name (ARN) of the secret that enables access to the DB cluster. Enter the database user name and password for the credentials in the secret.
    ///
    /// For information about creating the secret, see [Create a database secret](https://docs.aws.amazon.com/secretsmanager/latest/userguide/create_database_secret.html).
    pub aws_secret_store_arn: String,
    /// One or more SQL statements to run on the DB cluster.
    ///
    /// You can separate SQL statements from each other with a semicolon (;). Any valid SQL statement is permitted, including data definition, data manipulation, and commit statements.
    pub sql_statements: String,
    /// The name of the database.
    pub database: Option<String>,
    /// The name of the database schema.
    pub schema: Option<String>,
}
rt::structure!(
    ExecuteSqlInput, EXECUTE_SQL_INPUT, [db_cluster_or_instance_arn,
    aws_secret_store_arn, sql_statements, database, schema]
);
/// The response elements represent the output of a request to run one or more SQL statements.
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteSqlOutput {
    /// The results of the SQL statement or statements.
    pub sql_statement_results: Option<Vec<SqlStatementResult>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ExecuteSqlOutput, EXECUTE_SQL_OUTPUT, [sql_statement_results], meta =
    response_metadata
);
/// The request parameters represent the input of a request to run a SQL statement against a database.
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteStatementInput {
    /// The Amazon Resource Name (ARN) of the Aurora Serverless DB cluster.
    pub resource_arn: String,
    /// The ARN of the secret that enables access to the DB cluster. Enter the database user name and password for the credentials in the secret.
    ///
    /// For information about creating the secret, see [Create a database secret](https://docs.aws.amazon.com/secretsmanager/latest/userguide/create_database_secret.html).
    ///
    /// When you use the CLI on Linux to reference a secret created in the RDS console, the ARN might include special characters like `rds!cluster`. If you enclose the ARN in double quotes, the `!` character might trigger a shell expansion error, such as `-bash: !cluster: event not found`. To avoid this, escape the exclamation mark (\!) in the ARN or enclose the entire ARN in single quotes (') instead of double quotes.
    ///
    /// Alternatively, disable shell history expansion by running `set +H` before you execute the command.
    pub secret_arn: String,
    /// The SQL statement to run.
    pub sql: String,
    /// The name of the database.
    pub database: Option<String>,
    /// The name of the database schema.
    ///
    /// Currently, the `schema` parameter isn't supported.
    pub schema: Option<String>,
    /// The parameters for the SQL statement.
    ///
    /// Array parameters are not supported.
    pub parameters: Option<Vec<SqlParameter>>,
    /// The identifier of a transaction that was started by using the `BeginTransaction` operation. Specify the transaction ID of the transaction that you want to include the SQL statement in.
    ///
    /// If the SQL statement is not part of a transaction, don't set this parameter.
    pub transaction_id: Option<String>,
    /// A value that indicates whether to include metadata in the results.
    pub include_result_metadata: Option<bool>,
    /// A value that indicates whether to continue running the statement after the call times out. By default, the statement stops running when the call times out.
    ///
    /// For DDL statements, we recommend continuing to run the statement after the call times out. When a DDL statement terminates before it is finished running, it can result in errors and possibly corrupted data structures.
    pub continue_after_timeout: Option<bool>,
    /// Options that control how the result set is returned.
    pub result_set_options: Option<ResultSetOptions>,
    /// A value that indicates whether to format the result set as a single JSON string. This parameter only applies to `SELECT` statements and is ignored for other types of statements. Allowed values are `NONE` and `JSON`. The default value is `NONE`. The result is returned in the `formattedRecords` field.
    ///
    /// For usage information about the JSON format for result sets, see [Using the Data API](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/data-api.html) in the *Amazon Aurora User Guide*.
    pub format_records_as: Option<RecordsFormatType>,
}
rt::structure!(
    ExecuteStatementInput, EXECUTE_STATEMENT_INPUT, [resource_arn, secret_arn, sql,
    database, schema, parameters, transaction_id, include_result_metadata,
    continue_after_timeout, result_set_options, format_records_as]
);
/// The response elements represent the output of a request to run a SQL statement against a database.
#[derive(Clone, Default, PartialEq)]
pub struct ExecuteStatementOutput {
    /// The records returned by the SQL statement. This field is blank if the `formatRecordsAs` parameter is set to `JSON`.
    pub records: Option<Vec<Vec<Field>>>,
    /// Metadata for the columns included in the results. This field is blank if the `formatRecordsAs` parameter is set to `JSON`.
    pub column_metadata: Option<Vec<ColumnMetadata>>,
    /// The number of records updated by the request.
    pub number_of_records_updated: Option<i64>,
    /// Values for fields generated during a DML request.
    ///
    /// The `generatedFields` data isn't supported by Aurora PostgreSQL. To get the values of generated fields, use the `RETURNING` clause. For more information, see [Returning Data From Modified Rows](https://www.postgresql.org/docs/10/dml-returning.html) in the PostgreSQL documentation.
    pub generated_fields: Option<Vec<Field>>,
    /// A string value that represents the result set of a `SELECT` statement in JSON format. This value is only present when the `formatRecordsAs` parameter is set to `JSON`.
    ///
    /// The size limit for this field is currently 10 MB. If the JSON-formatted string representing the result set requires more than 10 MB, the call returns an error.
    pub formatted_records: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ExecuteStatementOutput, EXECUTE_STATEMENT_OUTPUT, [records, column_metadata,
    number_of_records_updated, generated_fields, formatted_records], meta =
    response_metadata
);
/// Contains a value.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum Field {
    /// A NULL value.
    IsNull(bool),
    /// A value of Boolean data type.
    BooleanValue(bool),
    /// A value of long data type.
    LongValue(i64),
    /// A value of double data type.
    DoubleValue(f64),
    /// A value of string data type.
    StringValue(String),
    /// A value of BLOB data type.
    BlobValue(Vec<u8>),
    /// An array of values.
    ArrayValue(ArrayValue),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    Field, FIELD, [IsNull, BooleanValue, LongValue, DoubleValue, StringValue, BlobValue,
    ArrayValue]
);
/// There are insufficient privileges to make the call.
#[derive(Clone, Default, PartialEq)]
pub struct ForbiddenException {
    /// The error message returned by this `ForbiddenException` error.
    pub message: Option<String>,
}
rt::structure!(ForbiddenException, FORBIDDEN_EXCEPTION, [message]);
/// The HTTP endpoint for using RDS Data API isn't enabled for the DB cluster.
#[derive(Clone, Default, PartialEq)]
pub struct HttpEndpointNotEnabledException {
    pub message: Option<String>,
}
rt::structure!(
    HttpEndpointNotEnabledException, HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION, [message]
);
/// An internal error occurred.
#[derive(Clone, Default, PartialEq)]
pub struct InternalServerErrorException {}
rt::structure!(InternalServerErrorException, INTERNAL_SERVER_ERROR_EXCEPTION, []);
/// The resource is in an invalid state.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidResourceStateException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidResourceStateException, INVALID_RESOURCE_STATE_EXCEPTION, [message]
);
/// The Secrets Manager secret used with the request isn't valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSecretException {
    pub message: Option<String>,
}
rt::structure!(InvalidSecretException, INVALID_SECRET_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LongReturnType {
    /// `STRING`
    String,
    /// `LONG`
    Long,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(LongReturnType, { String => "STRING", Long => "LONG" });
/// The `resourceArn`, `secretArn`, or `transactionId` value can't be found.
#[derive(Clone, Default, PartialEq)]
pub struct NotFoundException {
    /// The error message returned by this `NotFoundException` error.
    pub message: Option<String>,
}
rt::structure!(NotFoundException, NOT_FOUND_EXCEPTION, [message]);
/// A record returned by a call.
///
/// This data structure is only used with the deprecated `ExecuteSql` operation. Use the `BatchExecuteStatement` or `ExecuteStatement` operation instead.
#[derive(Clone, Default, PartialEq)]
pub struct Record {
    /// The values returned in the record.
    pub values: Option<Vec<Value>>,
}
rt::structure!(Record, RECORD, [values]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordsFormatType {
    /// `NONE`
    None,
    /// `JSON`
    Json,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RecordsFormatType, { None => "NONE", Json => "JSON" });
/// The result set returned by a SQL statement.
///
/// This data structure is only used with the deprecated `ExecuteSql` operation. Use the `BatchExecuteStatement` or `ExecuteStatement` operation instead.
#[derive(Clone, Default, PartialEq)]
pub struct ResultFrame {
    /// The result-set metadata in the result set.
    pub result_set_metadata: Option<ResultSetMetadata>,
    /// The records in the result set.
    pub records: Option<Vec<Record>>,
}
rt::structure!(ResultFrame, RESULT_FRAME, [result_set_metadata, records]);
/// The metadata of the result set returned by a SQL statement.
#[derive(Clone, Default, PartialEq)]
pub struct ResultSetMetadata {
    /// The number of columns in the result set.
    pub column_count: Option<i64>,
    /// The metadata of the columns in the result set.
    pub column_metadata: Option<Vec<ColumnMetadata>>,
}
rt::structure!(ResultSetMetadata, RESULT_SET_METADATA, [column_count, column_metadata]);
/// Options that control how the result set is returned.
#[derive(Clone, Default, PartialEq)]
pub struct ResultSetOptions {
    /// A value that indicates how a field of `DECIMAL` type is represented in the response. The value of `STRING`, the default, specifies that it is converted to a String value. The value of `DOUBLE\_OR\_LONG` specifies that it is converted to a Long value if its scale is 0, or to a Double value otherwise.
    ///
    /// Conversion to Double or Long can result in roundoff errors due to precision loss. We recommend converting to String, especially when working with currency values.
    pub decimal_return_type: Option<DecimalReturnType>,
    /// A value that indicates how a field of `LONG` type is represented. Allowed values are `LONG` and `STRING`. The default is `LONG`. Specify `STRING` if the length or precision of numeric values might cause truncation or rounding errors.
    pub long_return_type: Option<LongReturnType>,
}
rt::structure!(
    ResultSetOptions, RESULT_SET_OPTIONS, [decimal_return_type, long_return_type]
);
/// The request parameters represent the input of a request to perform a rollback of a transaction.
#[derive(Clone, Default, PartialEq)]
pub struct RollbackTransactionInput {
    /// The Amazon Resource Name (ARN) of the Aurora Serverless DB cluster.
    pub resource_arn: String,
    /// The name or ARN of the secret that enables access to the DB cluster.
    pub secret_arn: String,
    /// The identifier of the transaction to roll back.
    pub transaction_id: String,
}
rt::structure!(
    RollbackTransactionInput, ROLLBACK_TRANSACTION_INPUT, [resource_arn, secret_arn,
    transaction_id]
);
/// The response elements represent the output of a request to perform a rollback of a transaction.
#[derive(Clone, Default, PartialEq)]
pub struct RollbackTransactionOutput {
    /// The status of the rollback operation.
    pub transaction_status: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RollbackTransactionOutput, ROLLBACK_TRANSACTION_OUTPUT, [transaction_status], meta =
    response_metadata
);
/// There was a problem with the Secrets Manager secret used with the request, caused by one of the following conditions:
///
/// - RDS Data API timed out retrieving the secret.
///
/// - The secret provided wasn't found.
///
/// - The secret couldn't be decrypted.
#[derive(Clone, Default, PartialEq)]
pub struct SecretsErrorException {
    pub message: Option<String>,
}
rt::structure!(SecretsErrorException, SECRETS_ERROR_EXCEPTION, [message]);
/// The service specified by the `resourceArn` parameter isn't available.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceUnavailableError {}
rt::structure!(ServiceUnavailableError, SERVICE_UNAVAILABLE_ERROR, []);
/// A parameter used in a SQL statement.
#[derive(Clone, Default, PartialEq)]
pub struct SqlParameter {
    /// The name of the parameter.
    pub name: Option<String>,
    /// The value of the parameter.
    pub value: Option<Field>,
    /// A hint that specifies the correct object type for data type mapping. Possible values are as follows:
    ///
    /// - `DATE` - The corresponding `String` parameter value is sent as an object of `DATE` type to the database. The accepted format is `YYYY-MM-DD`.
    ///
    /// - `DECIMAL` - The corresponding `String` parameter value is sent as an object of `DECIMAL` type to the database.
    ///
    /// - `JSON` - The corresponding `String` parameter value is sent as an object of `JSON` type to the database.
    ///
    /// - `TIME` - The corresponding `String` parameter value is sent as an object of `TIME` type to the database. The accepted format is `HH:MM:SS\[.FFF\]`.
    ///
    /// - `TIMESTAMP` - The corresponding `String` parameter value is sent as an object of `TIMESTAMP` type to the database. The accepted format is `YYYY-MM-DD HH:MM:SS\[.FFF\]`.
    ///
    /// - `UUID` - The corresponding `String` parameter value is sent as an object of `UUID` type to the database.
    pub type_hint: Option<TypeHint>,
}
rt::structure!(SqlParameter, SQL_PARAMETER, [name, value, type_hint]);
/// The result of a SQL statement.
///
/// This data structure is only used with the deprecated `ExecuteSql` operation. Use the `BatchExecuteStatement` or `ExecuteStatement` operation instead.
#[derive(Clone, Default, PartialEq)]
pub struct SqlStatementResult {
    /// The result set of the SQL statement.
    pub result_frame: Option<ResultFrame>,
    /// The number of records updated by a SQL statement.
    pub number_of_records_updated: Option<i64>,
}
rt::structure!(
    SqlStatementResult, SQL_STATEMENT_RESULT, [result_frame, number_of_records_updated]
);
/// The execution of the SQL statement timed out.
#[derive(Clone, Default, PartialEq)]
pub struct StatementTimeoutException {
    /// The error message returned by this `StatementTimeoutException` error.
    pub message: Option<String>,
    /// The database connection ID that executed the SQL statement.
    pub db_connection_id: Option<i64>,
}
rt::structure!(
    StatementTimeoutException, STATEMENT_TIMEOUT_EXCEPTION, [message, db_connection_id]
);
/// A structure value returned by a call.
///
/// This data structure is only used with the deprecated `ExecuteSql` operation. Use the `BatchExecuteStatement` or `ExecuteStatement` operation instead.
#[derive(Clone, Default, PartialEq)]
pub struct StructValue {
    /// The attributes returned in the record.
    pub attributes: Option<Vec<Value>>,
}
rt::structure!(StructValue, STRUCT_VALUE, [attributes]);
/// The transaction ID wasn't found.
#[derive(Clone, Default, PartialEq)]
pub struct TransactionNotFoundException {
    pub message: Option<String>,
}
rt::structure!(TransactionNotFoundException, TRANSACTION_NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TypeHint {
    /// `JSON`
    Json,
    /// `UUID`
    Uuid,
    /// `TIMESTAMP`
    Timestamp,
    /// `DATE`
    Date,
    /// `TIME`
    Time,
    /// `DECIMAL`
    Decimal,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TypeHint, { Json => "JSON", Uuid => "UUID", Timestamp => "TIMESTAMP", Date => "DATE",
    Time => "TIME", Decimal => "DECIMAL" }
);
/// There was a problem with the result because of one of the following conditions:
///
/// - It contained an unsupported data type.
///
/// - It contained a multidimensional array.
///
/// - The size was too large.
#[derive(Clone, Default, PartialEq)]
pub struct UnsupportedResultException {
    pub message: Option<String>,
}
rt::structure!(UnsupportedResultException, UNSUPPORTED_RESULT_EXCEPTION, [message]);
/// The response elements represent the results of an update.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateResult {
    /// Values for fields generated during the request.
    pub generated_fields: Option<Vec<Field>>,
}
rt::structure!(UpdateResult, UPDATE_RESULT, [generated_fields]);
/// Contains the value of a column.
///
/// This data structure is only used with the deprecated `ExecuteSql` operation. Use the `BatchExecuteStatement` or `ExecuteStatement` operation instead.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// A NULL value.
    IsNull(bool),
    /// A value for a column of BIT data type.
    BitValue(bool),
    /// A value for a column of big integer data type.
    BigIntValue(i64),
    /// A value for a column of integer data type.
    IntValue(i32),
    /// A value for a column of double data type.
    DoubleValue(f64),
    /// A value for a column of real data type.
    RealValue(f32),
    /// A value for a column of string data type.
    StringValue(String),
    /// A value for a column of BLOB data type.
    BlobValue(Vec<u8>),
    /// An array of column values.
    ArrayValues(Vec<Value>),
    /// A value for a column of STRUCT data type.
    StructValue(StructValue),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    Value, VALUE, [IsNull, BitValue, BigIntValue, IntValue, DoubleValue, RealValue,
    StringValue, BlobValue, ArrayValues, StructValue]
);

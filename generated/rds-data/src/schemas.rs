//! Static schemas of the service's shapes and operations, walked by the runtime.
#![allow(unused_imports)]
use kumo_runtime::operation::{
    AuthScheme, HttpChecksum, Operation, ParamType, ParamValue, Protocol, Service,
    op_flags,
};
use kumo_runtime::schema::{
    Kind, Location::*, Member, Schema, TimestampFormat, XmlNamespace, flags as f,
    prelude as p,
};
pub static SERVICE: Service = Service {
    service_id: "RDS Data",
    endpoint_prefix: "rds-data",
    signing_name: "rds-data",
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("rds-data", "2018-08-01", Protocol::RestJson)
};
pub static ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "AccessDeniedException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("AccessDeniedException", 403u16);
pub static ARRAY_OF_ARRAY: Schema = Schema::list(
    "ArrayOfArray",
    &[Member::new("member", &ARRAY_VALUE)],
);
pub static ARRAY_VALUE: Schema = Schema::union(
    "ArrayValue",
    &[
        Member::new("booleanValues", &BOOLEAN_ARRAY),
        Member::new("longValues", &LONG_ARRAY),
        Member::new("doubleValues", &DOUBLE_ARRAY),
        Member::new("stringValues", &STRING_ARRAY),
        Member::new("arrayValues", &ARRAY_OF_ARRAY),
    ],
);
pub static ARRAY_VALUE_LIST: Schema = Schema::list(
    "ArrayValueList",
    &[Member::new("member", &VALUE)],
);
pub static BAD_REQUEST_EXCEPTION: Schema = Schema::structure(
        "BadRequestException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("BadRequestException", 400u16);
pub static BATCH_EXECUTE_STATEMENT_INPUT: Schema = Schema::structure(
    "BatchExecuteStatementRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("secretArn", &p::STRING).with(f::REQUIRED),
        Member::new("sql", &p::STRING).with(f::REQUIRED),
        Member::new("database", &p::STRING),
        Member::new("schema", &p::STRING),
        Member::new("parameterSets", &SQL_PARAMETER_SETS),
        Member::new("transactionId", &p::STRING),
    ],
);
pub static BATCH_EXECUTE_STATEMENT_OUTPUT: Schema = Schema::structure(
    "BatchExecuteStatementResponse",
    &[Member::new("updateResults", &UPDATE_RESULTS)],
);
pub static BEGIN_TRANSACTION_INPUT: Schema = Schema::structure(
    "BeginTransactionRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("secretArn", &p::STRING).with(f::REQUIRED),
        Member::new("database", &p::STRING),
        Member::new("schema", &p::STRING),
    ],
);
pub static BEGIN_TRANSACTION_OUTPUT: Schema = Schema::structure(
    "BeginTransactionResponse",
    &[Member::new("transactionId", &p::STRING)],
);
pub static BOOLEAN_ARRAY: Schema = Schema::list(
    "BooleanArray",
    &[Member::new("member", &p::BOOLEAN)],
);
pub static COLUMN_METADATA: Schema = Schema::structure(
    "ColumnMetadata",
    &[
        Member::new("name", &p::STRING),
        Member::new("type", &p::INTEGER),
        Member::new("typeName", &p::STRING),
        Member::new("label", &p::STRING),
        Member::new("schemaName", &p::STRING),
        Member::new("tableName", &p::STRING),
        Member::new("isAutoIncrement", &p::BOOLEAN),
        Member::new("isSigned", &p::BOOLEAN),
        Member::new("isCurrency", &p::BOOLEAN),
        Member::new("isCaseSensitive", &p::BOOLEAN),
        Member::new("nullable", &p::INTEGER),
        Member::new("precision", &p::INTEGER),
        Member::new("scale", &p::INTEGER),
        Member::new("arrayBaseColumnType", &p::INTEGER),
    ],
);
pub static COMMIT_TRANSACTION_INPUT: Schema = Schema::structure(
    "CommitTransactionRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("secretArn", &p::STRING).with(f::REQUIRED),
        Member::new("transactionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static COMMIT_TRANSACTION_OUTPUT: Schema = Schema::structure(
    "CommitTransactionResponse",
    &[Member::new("transactionStatus", &p::STRING)],
);
pub static DATABASE_ERROR_EXCEPTION: Schema = Schema::structure(
        "DatabaseErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DatabaseErrorException", 400u16);
pub static DATABASE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "DatabaseNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DatabaseNotFoundException", 404u16);
pub static DATABASE_RESUMING_EXCEPTION: Schema = Schema::structure(
        "DatabaseResumingException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DatabaseResumingException", 400u16);
pub static DATABASE_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "DatabaseUnavailableException",
        &[],
    )
    .error("DatabaseUnavailableException", 504u16);
pub static DOUBLE_ARRAY: Schema = Schema::list(
    "DoubleArray",
    &[Member::new("member", &p::DOUBLE)],
);
pub static EXECUTE_SQL_INPUT: Schema = Schema::structure(
    "ExecuteSqlRequest",
    &[
        Member::new("dbClusterOrInstanceArn", &p::STRING).with(f::REQUIRED),
        Member::new("awsSecretStoreArn", &p::STRING).with(f::REQUIRED),
        Member::new("sqlStatements", &p::STRING).with(f::REQUIRED),
        Member::new("database", &p::STRING),
        Member::new("schema", &p::STRING),
    ],
);
pub static EXECUTE_SQL_OUTPUT: Schema = Schema::structure(
    "ExecuteSqlResponse",
    &[Member::new("sqlStatementResults", &SQL_STATEMENT_RESULTS)],
);
pub static EXECUTE_STATEMENT_INPUT: Schema = Schema::structure(
    "ExecuteStatementRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("secretArn", &p::STRING).with(f::REQUIRED),
        Member::new("sql", &p::STRING).with(f::REQUIRED),
        Member::new("database", &p::STRING),
        Member::new("schema", &p::STRING),
        Member::new("parameters", &SQL_PARAMETERS_LIST),
        Member::new("transactionId", &p::STRING),
        Member::new("includeResultMetadata", &p::BOOLEAN),
        Member::new("continueAfterTimeout", &p::BOOLEAN),
        Member::new("resultSetOptions", &RESULT_SET_OPTIONS),
        Member::new("formatRecordsAs", &p::STRING),
    ],
);
pub static EXECUTE_STATEMENT_OUTPUT: Schema = Schema::structure(
    "ExecuteStatementResponse",
    &[
        Member::new("records", &SQL_RECORDS),
        Member::new("columnMetadata", &METADATA),
        Member::new("numberOfRecordsUpdated", &p::LONG),
        Member::new("generatedFields", &FIELD_LIST),
        Member::new("formattedRecords", &p::STRING),
    ],
);
pub static FIELD: Schema = Schema::union(
    "Field",
    &[
        Member::new("isNull", &p::BOOLEAN),
        Member::new("booleanValue", &p::BOOLEAN),
        Member::new("longValue", &p::LONG),
        Member::new("doubleValue", &p::DOUBLE),
        Member::new("stringValue", &p::STRING),
        Member::new("blobValue", &p::BLOB),
        Member::new("arrayValue", &ARRAY_VALUE),
    ],
);
pub static FIELD_LIST: Schema = Schema::list(
    "FieldList",
    &[Member::new("member", &FIELD)],
);
pub static FORBIDDEN_EXCEPTION: Schema = Schema::structure(
        "ForbiddenException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ForbiddenException", 403u16);
pub static HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION: Schema = Schema::structure(
        "HttpEndpointNotEnabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("HttpEndpointNotEnabledException", 400u16);
pub static INTERNAL_SERVER_ERROR_EXCEPTION: Schema = Schema::structure(
        "InternalServerErrorException",
        &[],
    )
    .error("InternalServerErrorException", 500u16);
pub static INVALID_RESOURCE_STATE_EXCEPTION: Schema = Schema::structure(
        "InvalidResourceStateException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidResourceStateException", 400u16);
pub static INVALID_SECRET_EXCEPTION: Schema = Schema::structure(
        "InvalidSecretException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidSecretException", 400u16);
pub static LONG_ARRAY: Schema = Schema::list(
    "LongArray",
    &[Member::new("member", &p::LONG)],
);
pub static METADATA: Schema = Schema::list(
    "Metadata",
    &[Member::new("member", &COLUMN_METADATA)],
);
pub static NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "NotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("NotFoundException", 404u16);
pub static RECORD: Schema = Schema::structure("Record", &[Member::new("values", &ROW)]);
pub static RECORDS: Schema = Schema::list("Records", &[Member::new("member", &RECORD)]);
pub static RESULT_FRAME: Schema = Schema::structure(
    "ResultFrame",
    &[
        Member::new("resultSetMetadata", &RESULT_SET_METADATA),
        Member::new("records", &RECORDS),
    ],
);
pub static RESULT_SET_METADATA: Schema = Schema::structure(
    "ResultSetMetadata",
    &[Member::new("columnCount", &p::LONG), Member::new("columnMetadata", &METADATA)],
);
pub static RESULT_SET_OPTIONS: Schema = Schema::structure(
    "ResultSetOptions",
    &[
        Member::new("decimalReturnType", &p::STRING),
        Member::new("longReturnType", &p::STRING),
    ],
);
pub static ROLLBACK_TRANSACTION_INPUT: Schema = Schema::structure(
    "RollbackTransactionRequest",
    &[
        Member::new("resourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("secretArn", &p::STRING).with(f::REQUIRED),
        Member::new("transactionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ROLLBACK_TRANSACTION_OUTPUT: Schema = Schema::structure(
    "RollbackTransactionResponse",
    &[Member::new("transactionStatus", &p::STRING)],
);
pub static ROW: Schema = Schema::list("Row", &[Member::new("member", &VALUE)]);
pub static SECRETS_ERROR_EXCEPTION: Schema = Schema::structure(
        "SecretsErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SecretsErrorException", 400u16);
pub static SERVICE_UNAVAILABLE_ERROR: Schema = Schema::structure(
        "ServiceUnavailableError",
        &[],
    )
    .error("ServiceUnavailableError", 503u16);
pub static SQL_PARAMETER: Schema = Schema::structure(
    "SqlParameter",
    &[
        Member::new("name", &p::STRING),
        Member::new("value", &FIELD),
        Member::new("typeHint", &p::STRING),
    ],
);
pub static SQL_PARAMETER_SETS: Schema = Schema::list(
    "SqlParameterSets",
    &[Member::new("member", &SQL_PARAMETERS_LIST)],
);
pub static SQL_PARAMETERS_LIST: Schema = Schema::list(
    "SqlParametersList",
    &[Member::new("member", &SQL_PARAMETER)],
);
pub static SQL_RECORDS: Schema = Schema::list(
    "SqlRecords",
    &[Member::new("member", &FIELD_LIST)],
);
pub static SQL_STATEMENT_RESULT: Schema = Schema::structure(
    "SqlStatementResult",
    &[
        Member::new("resultFrame", &RESULT_FRAME),
        Member::new("numberOfRecordsUpdated", &p::LONG),
    ],
);
pub static SQL_STATEMENT_RESULTS: Schema = Schema::list(
    "SqlStatementResults",
    &[Member::new("member", &SQL_STATEMENT_RESULT)],
);
pub static STATEMENT_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "StatementTimeoutException",
        &[Member::new("message", &p::STRING), Member::new("dbConnectionId", &p::LONG)],
    )
    .with(f::SENDER_FAULT)
    .error("StatementTimeoutException", 400u16);
pub static STRING_ARRAY: Schema = Schema::list(
    "StringArray",
    &[Member::new("member", &p::STRING)],
);
pub static STRUCT_VALUE: Schema = Schema::structure(
    "StructValue",
    &[Member::new("attributes", &ARRAY_VALUE_LIST)],
);
pub static TRANSACTION_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "TransactionNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("TransactionNotFoundException", 404u16);
pub static UNSUPPORTED_RESULT_EXCEPTION: Schema = Schema::structure(
        "UnsupportedResultException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("UnsupportedResultException", 400u16);
pub static UPDATE_RESULT: Schema = Schema::structure(
    "UpdateResult",
    &[Member::new("generatedFields", &FIELD_LIST)],
);
pub static UPDATE_RESULTS: Schema = Schema::list(
    "UpdateResults",
    &[Member::new("member", &UPDATE_RESULT)],
);
pub static VALUE: Schema = Schema::union(
    "Value",
    &[
        Member::new("isNull", &p::BOOLEAN),
        Member::new("bitValue", &p::BOOLEAN),
        Member::new("bigIntValue", &p::LONG),
        Member::new("intValue", &p::INTEGER),
        Member::new("doubleValue", &p::DOUBLE),
        Member::new("realValue", &p::FLOAT),
        Member::new("stringValue", &p::STRING),
        Member::new("blobValue", &p::BLOB),
        Member::new("arrayValues", &ARRAY_VALUE_LIST),
        Member::new("structValue", &STRUCT_VALUE),
    ],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static BATCH_EXECUTE_STATEMENT: Operation = Operation::new(
            "BatchExecuteStatement",
            "POST",
            "/BatchExecute",
            &super::BATCH_EXECUTE_STATEMENT_INPUT,
            &super::BATCH_EXECUTE_STATEMENT_OUTPUT,
        )
        .errors(
            &[
                &super::SECRETS_ERROR_EXCEPTION,
                &super::HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION,
                &super::DATABASE_ERROR_EXCEPTION,
                &super::DATABASE_RESUMING_EXCEPTION,
                &super::DATABASE_UNAVAILABLE_EXCEPTION,
                &super::TRANSACTION_NOT_FOUND_EXCEPTION,
                &super::INVALID_SECRET_EXCEPTION,
                &super::INVALID_RESOURCE_STATE_EXCEPTION,
                &super::FORBIDDEN_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_ERROR,
                &super::DATABASE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::STATEMENT_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR_EXCEPTION,
            ],
        );
    pub static BEGIN_TRANSACTION: Operation = Operation::new(
            "BeginTransaction",
            "POST",
            "/BeginTransaction",
            &super::BEGIN_TRANSACTION_INPUT,
            &super::BEGIN_TRANSACTION_OUTPUT,
        )
        .errors(
            &[
                &super::SECRETS_ERROR_EXCEPTION,
                &super::HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION,
                &super::DATABASE_ERROR_EXCEPTION,
                &super::DATABASE_RESUMING_EXCEPTION,
                &super::DATABASE_UNAVAILABLE_EXCEPTION,
                &super::TRANSACTION_NOT_FOUND_EXCEPTION,
                &super::INVALID_SECRET_EXCEPTION,
                &super::INVALID_RESOURCE_STATE_EXCEPTION,
                &super::FORBIDDEN_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_ERROR,
                &super::DATABASE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::STATEMENT_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR_EXCEPTION,
            ],
        );
    pub static COMMIT_TRANSACTION: Operation = Operation::new(
            "CommitTransaction",
            "POST",
            "/CommitTransaction",
            &super::COMMIT_TRANSACTION_INPUT,
            &super::COMMIT_TRANSACTION_OUTPUT,
        )
        .errors(
            &[
                &super::SECRETS_ERROR_EXCEPTION,
                &super::HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION,
                &super::DATABASE_ERROR_EXCEPTION,
                &super::DATABASE_UNAVAILABLE_EXCEPTION,
                &super::TRANSACTION_NOT_FOUND_EXCEPTION,
                &super::INVALID_SECRET_EXCEPTION,
                &super::INVALID_RESOURCE_STATE_EXCEPTION,
                &super::FORBIDDEN_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_ERROR,
                &super::DATABASE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::STATEMENT_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    pub static EXECUTE_SQL: Operation = Operation::new(
            "ExecuteSql",
            "POST",
            "/ExecuteSql",
            &super::EXECUTE_SQL_INPUT,
            &super::EXECUTE_SQL_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR_EXCEPTION,
                &super::FORBIDDEN_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_ERROR,
            ],
        )
        .with(op_flags::DEPRECATED);
    pub static EXECUTE_STATEMENT: Operation = Operation::new(
            "ExecuteStatement",
            "POST",
            "/Execute",
            &super::EXECUTE_STATEMENT_INPUT,
            &super::EXECUTE_STATEMENT_OUTPUT,
        )
        .errors(
            &[
                &super::SECRETS_ERROR_EXCEPTION,
                &super::HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION,
                &super::DATABASE_ERROR_EXCEPTION,
                &super::DATABASE_RESUMING_EXCEPTION,
                &super::DATABASE_UNAVAILABLE_EXCEPTION,
                &super::TRANSACTION_NOT_FOUND_EXCEPTION,
                &super::INVALID_SECRET_EXCEPTION,
                &super::INVALID_RESOURCE_STATE_EXCEPTION,
                &super::FORBIDDEN_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_ERROR,
                &super::DATABASE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::STATEMENT_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR_EXCEPTION,
                &super::UNSUPPORTED_RESULT_EXCEPTION,
            ],
        );
    pub static ROLLBACK_TRANSACTION: Operation = Operation::new(
            "RollbackTransaction",
            "POST",
            "/RollbackTransaction",
            &super::ROLLBACK_TRANSACTION_INPUT,
            &super::ROLLBACK_TRANSACTION_OUTPUT,
        )
        .errors(
            &[
                &super::SECRETS_ERROR_EXCEPTION,
                &super::HTTP_ENDPOINT_NOT_ENABLED_EXCEPTION,
                &super::DATABASE_ERROR_EXCEPTION,
                &super::DATABASE_UNAVAILABLE_EXCEPTION,
                &super::TRANSACTION_NOT_FOUND_EXCEPTION,
                &super::INVALID_SECRET_EXCEPTION,
                &super::INVALID_RESOURCE_STATE_EXCEPTION,
                &super::FORBIDDEN_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_ERROR,
                &super::DATABASE_NOT_FOUND_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::STATEMENT_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &BATCH_EXECUTE_STATEMENT,
        &BEGIN_TRANSACTION,
        &COMMIT_TRANSACTION,
        &EXECUTE_SQL,
        &EXECUTE_STATEMENT,
        &ROLLBACK_TRANSACTION,
    ];
}

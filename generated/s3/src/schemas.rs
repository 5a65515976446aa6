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
    service_id: "S3",
    endpoint_prefix: "s3",
    signing_name: "s3",
    client_context_params: &[
        ("Accelerate", ParamType::Bool),
        ("DisableMultiRegionAccessPoints", ParamType::Bool),
        ("DisableS3ExpressSessionAuth", ParamType::Bool),
        ("ForcePathStyle", ParamType::Bool),
        ("UseArnRegion", ParamType::Bool),
    ],
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("s3", "2006-03-01", Protocol::RestXml)
};
pub static ABAC_STATUS: Schema = Schema::structure(
    "AbacStatus",
    &[Member::new("Status", &p::STRING)],
);
pub static ABORT_INCOMPLETE_MULTIPART_UPLOAD: Schema = Schema::structure(
    "AbortIncompleteMultipartUpload",
    &[Member::new("DaysAfterInitiation", &p::INTEGER)],
);
pub static ABORT_MULTIPART_UPLOAD_OUTPUT: Schema = Schema::structure(
    "AbortMultipartUploadOutput",
    &[
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
    ],
);
pub static ABORT_MULTIPART_UPLOAD_INPUT: Schema = Schema::structure(
    "AbortMultipartUploadRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("UploadId", &p::STRING)
            .at(QueryString, "uploadId")
            .with(f::REQUIRED),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("IfMatchInitiatedTime", &IF_MATCH_INITIATED_TIME)
            .at(Header, "x-amz-if-match-initiated-time"),
    ],
);
pub static ACCELERATE_CONFIGURATION: Schema = Schema::structure(
    "AccelerateConfiguration",
    &[Member::new("Status", &p::STRING)],
);
pub static ACCESS_CONTROL_POLICY: Schema = Schema::structure(
    "AccessControlPolicy",
    &[
        Member::new("Grants", &GRANTS).name("AccessControlList"),
        Member::new("Owner", &OWNER),
    ],
);
pub static ACCESS_CONTROL_TRANSLATION: Schema = Schema::structure(
    "AccessControlTranslation",
    &[Member::new("Owner", &p::STRING).with(f::REQUIRED)],
);
pub static ACCESS_DENIED: Schema = Schema::structure("AccessDenied", &[])
    .error("AccessDenied", 403u16);
pub static ALLOWED_HEADERS: Schema = Schema::list(
        "AllowedHeaders",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static ALLOWED_METHODS: Schema = Schema::list(
        "AllowedMethods",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static ALLOWED_ORIGINS: Schema = Schema::list(
        "AllowedOrigins",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static ANALYTICS_AND_OPERATOR: Schema = Schema::structure(
    "AnalyticsAndOperator",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tags", &TAG_SET).name("Tag").with(f::FLATTENED),
    ],
);
pub static ANALYTICS_CONFIGURATION: Schema = Schema::structure(
    "AnalyticsConfiguration",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Filter", &ANALYTICS_FILTER),
        Member::new("StorageClassAnalysis", &STORAGE_CLASS_ANALYSIS).with(f::REQUIRED),
    ],
);
pub static ANALYTICS_CONFIGURATION_LIST: Schema = Schema::list(
        "AnalyticsConfigurationList",
        &[Member::new("member", &ANALYTICS_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static ANALYTICS_EXPORT_DESTINATION: Schema = Schema::structure(
    "AnalyticsExportDestination",
    &[
        Member::new("S3BucketDestination", &ANALYTICS_S3_BUCKET_DESTINATION)
            .with(f::REQUIRED),
    ],
);
pub static ANALYTICS_FILTER: Schema = Schema::structure(
    "AnalyticsFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &TAG),
        Member::new("And", &ANALYTICS_AND_OPERATOR),
    ],
);
pub static ANALYTICS_S3_BUCKET_DESTINATION: Schema = Schema::structure(
    "AnalyticsS3BucketDestination",
    &[
        Member::new("Format", &p::STRING).with(f::REQUIRED),
        Member::new("BucketAccountId", &p::STRING),
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("Prefix", &p::STRING),
    ],
);
pub static ANNOTATION_ENTRY: Schema = Schema::structure(
    "AnnotationEntry",
    &[
        Member::new("AnnotationName", &p::STRING).with(f::REQUIRED),
        Member::new("LastModified", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ETag", &p::STRING),
        Member::new("ChecksumAlgorithm", &CHECKSUM_ALGORITHM_LIST),
        Member::new("Size", &p::LONG).with(f::REQUIRED),
        Member::new("ReplicationStatus", &p::STRING),
    ],
);
pub static ANNOTATION_LIMIT_EXCEEDED: Schema = Schema::structure(
        "AnnotationLimitExceeded",
        &[],
    )
    .error("AnnotationLimitExceeded", 400u16);
pub static ANNOTATION_LIST: Schema = Schema::list(
    "AnnotationList",
    &[Member::new("member", &ANNOTATION_ENTRY).name("AnnotationEntry")],
);
pub static ANNOTATION_NAME_TOO_LONG: Schema = Schema::structure(
        "AnnotationNameTooLong",
        &[],
    )
    .error("AnnotationNameTooLong", 400u16);
pub static ANNOTATION_TABLE_CONFIGURATION: Schema = Schema::structure(
    "AnnotationTableConfiguration",
    &[
        Member::new("ConfigurationState", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionConfiguration", &METADATA_TABLE_ENCRYPTION_CONFIGURATION),
        Member::new("Role", &p::STRING),
    ],
);
pub static ANNOTATION_TABLE_CONFIGURATION_RESULT: Schema = Schema::structure(
    "AnnotationTableConfigurationResult",
    &[
        Member::new("ConfigurationState", &p::STRING).with(f::REQUIRED),
        Member::new("TableStatus", &p::STRING),
        Member::new("Error", &ERROR_DETAILS),
        Member::new("TableName", &p::STRING),
        Member::new("TableArn", &p::STRING),
        Member::new("Role", &p::STRING),
    ],
);
pub static ANNOTATION_TABLE_CONFIGURATION_UPDATES: Schema = Schema::structure(
    "AnnotationTableConfigurationUpdates",
    &[
        Member::new("ConfigurationState", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionConfiguration", &METADATA_TABLE_ENCRYPTION_CONFIGURATION),
        Member::new("Role", &p::STRING),
    ],
);
pub static BLOCKED_ENCRYPTION_TYPES: Schema = Schema::structure(
    "BlockedEncryptionTypes",
    &[Member::new("EncryptionType", &ENCRYPTION_TYPE_LIST)],
);
pub static BUCKET: Schema = Schema::structure(
    "Bucket",
    &[
        Member::new("Name", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("BucketRegion", &p::STRING),
        Member::new("BucketArn", &p::STRING),
    ],
);
pub static BUCKET_ALREADY_EXISTS: Schema = Schema::structure("BucketAlreadyExists", &[])
    .error("BucketAlreadyExists", 409u16);
pub static BUCKET_ALREADY_OWNED_BY_YOU: Schema = Schema::structure(
        "BucketAlreadyOwnedByYou",
        &[],
    )
    .error("BucketAlreadyOwnedByYou", 409u16);
pub static BUCKET_INFO: Schema = Schema::structure(
    "BucketInfo",
    &[Member::new("DataRedundancy", &p::STRING), Member::new("Type", &p::STRING)],
);
pub static BUCKET_LIFECYCLE_CONFIGURATION: Schema = Schema::structure(
    "BucketLifecycleConfiguration",
    &[Member::new("Rules", &LIFECYCLE_RULES).name("Rule").with(f::REQUIRED)],
);
pub static BUCKET_LOGGING_STATUS: Schema = Schema::structure(
    "BucketLoggingStatus",
    &[Member::new("LoggingEnabled", &LOGGING_ENABLED)],
);
pub static BUCKETS: Schema = Schema::list(
    "Buckets",
    &[Member::new("member", &BUCKET).name("Bucket")],
);
pub static CORS_CONFIGURATION: Schema = Schema::structure(
    "CORSConfiguration",
    &[Member::new("CORSRules", &CORS_RULES).name("CORSRule").with(f::REQUIRED)],
);
pub static CORS_RULE: Schema = Schema::structure(
    "CORSRule",
    &[
        Member::new("ID", &p::STRING),
        Member::new("AllowedHeaders", &ALLOWED_HEADERS).name("AllowedHeader"),
        Member::new("AllowedMethods", &ALLOWED_METHODS)
            .name("AllowedMethod")
            .with(f::REQUIRED),
        Member::new("AllowedOrigins", &ALLOWED_ORIGINS)
            .name("AllowedOrigin")
            .with(f::REQUIRED),
        Member::new("ExposeHeaders", &EXPOSE_HEADERS).name("ExposeHeader"),
        Member::new("MaxAgeSeconds", &p::INTEGER),
    ],
);
pub static CORS_RULES: Schema = Schema::list(
        "CORSRules",
        &[Member::new("member", &CORS_RULE)],
    )
    .with(f::FLATTENED);
pub static CSV_INPUT: Schema = Schema::structure(
    "CSVInput",
    &[
        Member::new("FileHeaderInfo", &p::STRING),
        Member::new("Comments", &p::STRING),
        Member::new("QuoteEscapeCharacter", &p::STRING),
        Member::new("RecordDelimiter", &p::STRING),
        Member::new("FieldDelimiter", &p::STRING),
        Member::new("QuoteCharacter", &p::STRING),
        Member::new("AllowQuotedRecordDelimiter", &p::BOOLEAN),
    ],
);
pub static CSV_OUTPUT: Schema = Schema::structure(
    "CSVOutput",
    &[
        Member::new("QuoteFields", &p::STRING),
        Member::new("QuoteEscapeCharacter", &p::STRING),
        Member::new("RecordDelimiter", &p::STRING),
        Member::new("FieldDelimiter", &p::STRING),
        Member::new("QuoteCharacter", &p::STRING),
    ],
);
pub static CHECKSUM: Schema = Schema::structure(
    "Checksum",
    &[
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
        Member::new("ChecksumType", &p::STRING),
    ],
);
pub static CHECKSUM_ALGORITHM_LIST: Schema = Schema::list(
        "ChecksumAlgorithmList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static CLOUD_FUNCTION_CONFIGURATION: Schema = Schema::structure(
    "CloudFunctionConfiguration",
    &[
        Member::new("Id", &p::STRING),
        Member::new("Event", &p::STRING),
        Member::new("Events", &EVENT_LIST).name("Event"),
        Member::new("CloudFunction", &p::STRING),
        Member::new("InvocationRole", &p::STRING),
    ],
);
pub static COMMON_PREFIX: Schema = Schema::structure(
    "CommonPrefix",
    &[Member::new("Prefix", &p::STRING)],
);
pub static COMMON_PREFIX_LIST: Schema = Schema::list(
        "CommonPrefixList",
        &[Member::new("member", &COMMON_PREFIX)],
    )
    .with(f::FLATTENED);
pub static COMPLETE_MULTIPART_UPLOAD_OUTPUT: Schema = Schema::structure(
    "CompleteMultipartUploadOutput",
    &[
        Member::new("Location", &p::STRING),
        Member::new("Bucket", &p::STRING),
        Member::new("Key", &p::STRING),
        Member::new("Expiration", &p::STRING).at(Header, "x-amz-expiration"),
        Member::new("ETag", &p::STRING),
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
        Member::new("ChecksumType", &p::STRING),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static COMPLETE_MULTIPART_UPLOAD_INPUT: Schema = Schema::structure(
    "CompleteMultipartUploadRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("MultipartUpload", &COMPLETED_MULTIPART_UPLOAD)
            .name("CompleteMultipartUpload")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("UploadId", &p::STRING)
            .at(QueryString, "uploadId")
            .with(f::REQUIRED),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("MpuObjectSize", &p::LONG).at(Header, "x-amz-mp-object-size"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("IfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("IfNoneMatch", &p::STRING).at(Header, "If-None-Match"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
    ],
);
pub static COMPLETED_MULTIPART_UPLOAD: Schema = Schema::structure(
    "CompletedMultipartUpload",
    &[Member::new("Parts", &COMPLETED_PART_LIST).name("Part")],
);
pub static COMPLETED_PART: Schema = Schema::structure(
    "CompletedPart",
    &[
        Member::new("ETag", &p::STRING),
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
        Member::new("PartNumber", &p::INTEGER),
    ],
);
pub static COMPLETED_PART_LIST: Schema = Schema::list(
        "CompletedPartList",
        &[Member::new("member", &COMPLETED_PART)],
    )
    .with(f::FLATTENED);
pub static CONDITION: Schema = Schema::structure(
    "Condition",
    &[
        Member::new("HttpErrorCodeReturnedEquals", &p::STRING),
        Member::new("KeyPrefixEquals", &p::STRING),
    ],
);
pub static CONTINUATION_EVENT: Schema = Schema::structure("ContinuationEvent", &[]);
pub static COPY_OBJECT_OUTPUT: Schema = Schema::structure(
    "CopyObjectOutput",
    &[
        Member::new("CopyObjectResult", &COPY_OBJECT_RESULT).with(f::PAYLOAD),
        Member::new("Expiration", &p::STRING).at(Header, "x-amz-expiration"),
        Member::new("CopySourceVersionId", &p::STRING)
            .at(Header, "x-amz-copy-source-version-id"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static COPY_OBJECT_INPUT: Schema = Schema::structure(
    "CopyObjectRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CacheControl", &p::STRING).at(Header, "Cache-Control"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-checksum-algorithm"),
        Member::new("ContentDisposition", &p::STRING).at(Header, "Content-Disposition"),
        Member::new("ContentEncoding", &p::STRING).at(Header, "Content-Encoding"),
        Member::new("ContentLanguage", &p::STRING).at(Header, "Content-Language"),
        Member::new("ContentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("CopySource", &p::STRING)
            .at(Header, "x-amz-copy-source")
            .context_param("CopySource")
            .with(f::REQUIRED),
        Member::new("CopySourceIfMatch", &p::STRING)
            .at(Header, "x-amz-copy-source-if-match"),
        Member::new("CopySourceIfModifiedSince", &p::TIMESTAMP)
            .at(Header, "x-amz-copy-source-if-modified-since"),
        Member::new("CopySourceIfNoneMatch", &p::STRING)
            .at(Header, "x-amz-copy-source-if-none-match"),
        Member::new("CopySourceIfUnmodifiedSince", &p::TIMESTAMP)
            .at(Header, "x-amz-copy-source-if-unmodified-since"),
        Member::new("Expires", &p::STRING).at(Header, "Expires"),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("IfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("IfNoneMatch", &p::STRING).at(Header, "If-None-Match"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("Metadata", &METADATA).at(Headers, "x-amz-meta-"),
        Member::new("MetadataDirective", &p::STRING)
            .at(Header, "x-amz-metadata-directive"),
        Member::new("TaggingDirective", &p::STRING)
            .at(Header, "x-amz-tagging-directive"),
        Member::new("AnnotationDirective", &p::STRING)
            .at(Header, "x-amz-object-annotation-directive"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("StorageClass", &p::STRING).at(Header, "x-amz-storage-class"),
        Member::new("WebsiteRedirectLocation", &p::STRING)
            .at(Header, "x-amz-website-redirect-location"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("CopySourceSSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-copy-source-server-side-encryption-customer-algorithm"),
        Member::new("CopySourceSSECustomerKey", &COPY_SOURCE_SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-copy-source-server-side-encryption-customer-key"),
        Member::new("CopySourceSSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-copy-source-server-side-encryption-customer-key-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("Tagging", &p::STRING).at(Header, "x-amz-tagging"),
        Member::new("ObjectLockMode", &p::STRING).at(Header, "x-amz-object-lock-mode"),
        Member::new("ObjectLockRetainUntilDate", &OBJECT_LOCK_RETAIN_UNTIL_DATE)
            .at(Header, "x-amz-object-lock-retain-until-date"),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING)
            .at(Header, "x-amz-object-lock-legal-hold"),
        Member::new("ObjectLockEventHold", &p::STRING)
            .at(Header, "x-amz-object-lock-event-hold"),
        Member::new("ObjectLockEventHoldDurationDays", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-days"),
        Member::new("ObjectLockEventHoldDurationYears", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-years"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ExpectedSourceBucketOwner", &p::STRING)
            .at(Header, "x-amz-source-expected-bucket-owner"),
    ],
);
pub static COPY_OBJECT_RESULT: Schema = Schema::structure(
    "CopyObjectResult",
    &[
        Member::new("ETag", &p::STRING),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("ChecksumType", &p::STRING),
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
    ],
);
pub static COPY_PART_RESULT: Schema = Schema::structure(
    "CopyPartResult",
    &[
        Member::new("ETag", &p::STRING),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
    ],
);
pub static COPY_SOURCE_SSE_CUSTOMER_KEY: Schema = Schema::scalar(
        "CopySourceSSECustomerKey",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static CREATE_BUCKET_CONFIGURATION: Schema = Schema::structure(
    "CreateBucketConfiguration",
    &[
        Member::new("LocationConstraint", &p::STRING),
        Member::new("Location", &LOCATION_INFO),
        Member::new("Bucket", &BUCKET_INFO),
        Member::new("Tags", &TAG_SET),
    ],
);
pub static CREATE_BUCKET_METADATA_CONFIGURATION_INPUT: Schema = Schema::structure(
    "CreateBucketMetadataConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("MetadataConfiguration", &METADATA_CONFIGURATION)
            .name("MetadataConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static CREATE_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "CreateBucketMetadataTableConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("MetadataTableConfiguration", &METADATA_TABLE_CONFIGURATION)
            .name("MetadataTableConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static CREATE_BUCKET_OUTPUT: Schema = Schema::structure(
    "CreateBucketOutput",
    &[
        Member::new("Location", &p::STRING).at(Header, "Location"),
        Member::new("BucketArn", &p::STRING).at(Header, "x-amz-bucket-arn"),
    ],
);
pub static CREATE_BUCKET_INPUT: Schema = Schema::structure(
    "CreateBucketRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CreateBucketConfiguration", &CREATE_BUCKET_CONFIGURATION)
            .name("CreateBucketConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWrite", &p::STRING).at(Header, "x-amz-grant-write"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("ObjectLockEnabledForBucket", &p::BOOLEAN)
            .at(Header, "x-amz-bucket-object-lock-enabled"),
        Member::new("ObjectOwnership", &p::STRING).at(Header, "x-amz-object-ownership"),
        Member::new("BucketNamespace", &p::STRING).at(Header, "x-amz-bucket-namespace"),
    ],
);
pub static CREATE_MULTIPART_UPLOAD_OUTPUT: Schema = Schema::structure(
    "CreateMultipartUploadOutput",
    &[
        Member::new("AbortDate", &p::TIMESTAMP).at(Header, "x-amz-abort-date"),
        Member::new("AbortRuleId", &p::STRING).at(Header, "x-amz-abort-rule-id"),
        Member::new("Bucket", &p::STRING).name("Bucket"),
        Member::new("Key", &p::STRING),
        Member::new("UploadId", &p::STRING),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-checksum-algorithm"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
    ],
);
pub static CREATE_MULTIPART_UPLOAD_INPUT: Schema = Schema::structure(
    "CreateMultipartUploadRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CacheControl", &p::STRING).at(Header, "Cache-Control"),
        Member::new("ContentDisposition", &p::STRING).at(Header, "Content-Disposition"),
        Member::new("ContentEncoding", &p::STRING).at(Header, "Content-Encoding"),
        Member::new("ContentLanguage", &p::STRING).at(Header, "Content-Language"),
        Member::new("ContentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("Expires", &p::STRING).at(Header, "Expires"),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("Metadata", &METADATA).at(Headers, "x-amz-meta-"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("StorageClass", &p::STRING).at(Header, "x-amz-storage-class"),
        Member::new("WebsiteRedirectLocation", &p::STRING)
            .at(Header, "x-amz-website-redirect-location"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("Tagging", &p::STRING).at(Header, "x-amz-tagging"),
        Member::new("ObjectLockMode", &p::STRING).at(Header, "x-amz-object-lock-mode"),
        Member::new("ObjectLockRetainUntilDate", &OBJECT_LOCK_RETAIN_UNTIL_DATE)
            .at(Header, "x-amz-object-lock-retain-until-date"),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING)
            .at(Header, "x-amz-object-lock-legal-hold"),
        Member::new("ObjectLockEventHold", &p::STRING)
            .at(Header, "x-amz-object-lock-event-hold"),
        Member::new("ObjectLockEventHoldDurationDays", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-days"),
        Member::new("ObjectLockEventHoldDurationYears", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-years"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-checksum-algorithm"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
    ],
);
pub static CREATE_SESSION_OUTPUT: Schema = Schema::structure(
    "CreateSessionOutput",
    &[
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("Credentials", &SESSION_CREDENTIALS)
            .name("Credentials")
            .with(f::REQUIRED),
    ],
);
pub static CREATE_SESSION_INPUT: Schema = Schema::structure(
    "CreateSessionRequest",
    &[
        Member::new("SessionMode", &p::STRING).at(Header, "x-amz-create-session-mode"),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
    ],
);
pub static DATE: Schema = Schema::scalar("Date", Kind::Timestamp)
    .timestamp_format(TimestampFormat::Iso8601);
pub static DEFAULT_RETENTION: Schema = Schema::structure(
    "DefaultRetention",
    &[
        Member::new("Mode", &p::STRING),
        Member::new("Days", &p::INTEGER),
        Member::new("Years", &p::INTEGER),
        Member::new("DefaultEventHold", &EVENT_HOLD_DURATION),
    ],
);
pub static DELETE: Schema = Schema::structure(
    "Delete",
    &[
        Member::new("Objects", &OBJECT_IDENTIFIER_LIST).name("Object").with(f::REQUIRED),
        Member::new("Quiet", &p::BOOLEAN),
    ],
);
pub static DELETE_BUCKET_ANALYTICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketAnalyticsConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_CORS_INPUT: Schema = Schema::structure(
    "DeleteBucketCorsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_ENCRYPTION_INPUT: Schema = Schema::structure(
    "DeleteBucketEncryptionRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketIntelligentTieringConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_INVENTORY_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketInventoryConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_LIFECYCLE_INPUT: Schema = Schema::structure(
    "DeleteBucketLifecycleRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_METADATA_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketMetadataConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketMetadataTableConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketMetricsConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_OWNERSHIP_CONTROLS_INPUT: Schema = Schema::structure(
    "DeleteBucketOwnershipControlsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_POLICY_INPUT: Schema = Schema::structure(
    "DeleteBucketPolicyRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_REPLICATION_INPUT: Schema = Schema::structure(
    "DeleteBucketReplicationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_INPUT: Schema = Schema::structure(
    "DeleteBucketRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_TAGGING_INPUT: Schema = Schema::structure(
    "DeleteBucketTaggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_BUCKET_WEBSITE_INPUT: Schema = Schema::structure(
    "DeleteBucketWebsiteRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_MARKER_ENTRY: Schema = Schema::structure(
    "DeleteMarkerEntry",
    &[
        Member::new("Owner", &OWNER),
        Member::new("Key", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("IsLatest", &p::BOOLEAN),
        Member::new("LastModified", &p::TIMESTAMP),
    ],
);
pub static DELETE_MARKER_REPLICATION: Schema = Schema::structure(
    "DeleteMarkerReplication",
    &[Member::new("Status", &p::STRING)],
);
pub static DELETE_MARKERS: Schema = Schema::list(
        "DeleteMarkers",
        &[Member::new("member", &DELETE_MARKER_ENTRY)],
    )
    .with(f::FLATTENED);
pub static DELETE_OBJECT_ANNOTATION_OUTPUT: Schema = Schema::structure(
    "DeleteObjectAnnotationOutput",
    &[
        Member::new("ObjectVersionId", &p::STRING).at(Header, "x-amz-object-version-id"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static DELETE_OBJECT_ANNOTATION_INPUT: Schema = Schema::structure(
    "DeleteObjectAnnotationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("AnnotationName", &p::STRING)
            .at(QueryString, "annotationName")
            .with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ObjectIfMatch", &p::STRING).at(Header, "x-amz-object-if-match"),
    ],
);
pub static DELETE_OBJECT_OUTPUT: Schema = Schema::structure(
    "DeleteObjectOutput",
    &[
        Member::new("DeleteMarker", &p::BOOLEAN).at(Header, "x-amz-delete-marker"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static DELETE_OBJECT_INPUT: Schema = Schema::structure(
    "DeleteObjectRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("MFA", &p::STRING).at(Header, "x-amz-mfa"),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("BypassGovernanceRetention", &p::BOOLEAN)
            .at(Header, "x-amz-bypass-governance-retention"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("IfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("IfMatchLastModifiedTime", &IF_MATCH_LAST_MODIFIED_TIME)
            .at(Header, "x-amz-if-match-last-modified-time"),
        Member::new("IfMatchSize", &p::LONG).at(Header, "x-amz-if-match-size"),
    ],
);
pub static DELETE_OBJECT_TAGGING_OUTPUT: Schema = Schema::structure(
    "DeleteObjectTaggingOutput",
    &[Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id")],
);
pub static DELETE_OBJECT_TAGGING_INPUT: Schema = Schema::structure(
    "DeleteObjectTaggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETE_OBJECTS_OUTPUT: Schema = Schema::structure(
    "DeleteObjectsOutput",
    &[
        Member::new("Deleted", &DELETED_OBJECTS),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("Errors", &ERRORS).name("Error"),
    ],
);
pub static DELETE_OBJECTS_INPUT: Schema = Schema::structure(
    "DeleteObjectsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Delete", &DELETE)
            .name("Delete")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("MFA", &p::STRING).at(Header, "x-amz-mfa"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("BypassGovernanceRetention", &p::BOOLEAN)
            .at(Header, "x-amz-bypass-governance-retention"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
    ],
);
pub static DELETE_PUBLIC_ACCESS_BLOCK_INPUT: Schema = Schema::structure(
    "DeletePublicAccessBlockRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static DELETED_OBJECT: Schema = Schema::structure(
    "DeletedObject",
    &[
        Member::new("Key", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("DeleteMarker", &p::BOOLEAN),
        Member::new("DeleteMarkerVersionId", &p::STRING),
    ],
);
pub static DELETED_OBJECTS: Schema = Schema::list(
        "DeletedObjects",
        &[Member::new("member", &DELETED_OBJECT)],
    )
    .with(f::FLATTENED);
pub static DESTINATION: Schema = Schema::structure(
    "Destination",
    &[
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("Account", &p::STRING),
        Member::new("StorageClass", &p::STRING),
        Member::new("AccessControlTranslation", &ACCESS_CONTROL_TRANSLATION),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("ReplicationTime", &REPLICATION_TIME),
        Member::new("Metrics", &METRICS),
    ],
);
pub static DESTINATION_RESULT: Schema = Schema::structure(
    "DestinationResult",
    &[
        Member::new("TableBucketType", &p::STRING),
        Member::new("TableBucketArn", &p::STRING),
        Member::new("TableNamespace", &p::STRING),
    ],
);
pub static ENCRYPTION: Schema = Schema::structure(
    "Encryption",
    &[
        Member::new("EncryptionType", &p::STRING).with(f::REQUIRED),
        Member::new("KMSKeyId", &SSEKMS_KEY_ID),
        Member::new("KMSContext", &p::STRING),
    ],
);
pub static ENCRYPTION_CONFIGURATION: Schema = Schema::structure(
    "EncryptionConfiguration",
    &[Member::new("ReplicaKmsKeyID", &p::STRING)],
);
pub static ENCRYPTION_TYPE_LIST: Schema = Schema::list(
        "EncryptionTypeList",
        &[Member::new("member", &p::STRING).name("EncryptionType")],
    )
    .with(f::FLATTENED);
pub static ENCRYPTION_TYPE_MISMATCH: Schema = Schema::structure(
        "EncryptionTypeMismatch",
        &[],
    )
    .error("EncryptionTypeMismatch", 400u16);
pub static END_EVENT: Schema = Schema::structure("EndEvent", &[]);
pub static ERROR: Schema = Schema::structure(
    "Error",
    &[
        Member::new("Key", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("Code", &p::STRING),
        Member::new("Message", &p::STRING),
    ],
);
pub static ERROR_DETAILS: Schema = Schema::structure(
    "ErrorDetails",
    &[Member::new("ErrorCode", &p::STRING), Member::new("ErrorMessage", &p::STRING)],
);
pub static ERROR_DOCUMENT: Schema = Schema::structure(
    "ErrorDocument",
    &[Member::new("Key", &p::STRING).with(f::REQUIRED)],
);
pub static ERRORS: Schema = Schema::list("Errors", &[Member::new("member", &ERROR)])
    .with(f::FLATTENED);
pub static EVENT_BRIDGE_CONFIGURATION: Schema = Schema::structure(
    "EventBridgeConfiguration",
    &[],
);
pub static EVENT_HOLD_DURATION: Schema = Schema::structure(
    "EventHoldDuration",
    &[Member::new("Days", &p::INTEGER), Member::new("Years", &p::INTEGER)],
);
pub static EVENT_LIST: Schema = Schema::list(
        "EventList",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static EXISTING_OBJECT_REPLICATION: Schema = Schema::structure(
    "ExistingObjectReplication",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static EXPOSE_HEADERS: Schema = Schema::list(
        "ExposeHeaders",
        &[Member::new("member", &p::STRING)],
    )
    .with(f::FLATTENED);
pub static FILTER_RULE: Schema = Schema::structure(
    "FilterRule",
    &[Member::new("Name", &p::STRING), Member::new("Value", &p::STRING)],
);
pub static FILTER_RULE_LIST: Schema = Schema::list(
        "FilterRuleList",
        &[Member::new("member", &FILTER_RULE)],
    )
    .with(f::FLATTENED);
pub static GET_BUCKET_ABAC_OUTPUT: Schema = Schema::structure(
    "GetBucketAbacOutput",
    &[Member::new("AbacStatus", &ABAC_STATUS).with(f::PAYLOAD)],
);
pub static GET_BUCKET_ABAC_INPUT: Schema = Schema::structure(
    "GetBucketAbacRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_ACCELERATE_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketAccelerateConfigurationOutput",
    &[
        Member::new("Status", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static GET_BUCKET_ACCELERATE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketAccelerateConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
    ],
);
pub static GET_BUCKET_ACL_OUTPUT: Schema = Schema::structure(
    "GetBucketAclOutput",
    &[
        Member::new("Owner", &OWNER),
        Member::new("Grants", &GRANTS).name("AccessControlList"),
    ],
);
pub static GET_BUCKET_ACL_INPUT: Schema = Schema::structure(
    "GetBucketAclRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_ANALYTICS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketAnalyticsConfigurationOutput",
    &[Member::new("AnalyticsConfiguration", &ANALYTICS_CONFIGURATION).with(f::PAYLOAD)],
);
pub static GET_BUCKET_ANALYTICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketAnalyticsConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_CORS_OUTPUT: Schema = Schema::structure(
    "GetBucketCorsOutput",
    &[Member::new("CORSRules", &CORS_RULES).name("CORSRule")],
);
pub static GET_BUCKET_CORS_INPUT: Schema = Schema::structure(
    "GetBucketCorsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_ENCRYPTION_OUTPUT: Schema = Schema::structure(
    "GetBucketEncryptionOutput",
    &[
        Member::new(
                "ServerSideEncryptionConfiguration",
                &SERVER_SIDE_ENCRYPTION_CONFIGURATION,
            )
            .with(f::PAYLOAD),
    ],
);
pub static GET_BUCKET_ENCRYPTION_INPUT: Schema = Schema::structure(
    "GetBucketEncryptionRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketIntelligentTieringConfigurationOutput",
    &[
        Member::new(
                "IntelligentTieringConfiguration",
                &INTELLIGENT_TIERING_CONFIGURATION,
            )
            .with(f::PAYLOAD),
    ],
);
pub static GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketIntelligentTieringConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_INVENTORY_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketInventoryConfigurationOutput",
    &[Member::new("InventoryConfiguration", &INVENTORY_CONFIGURATION).with(f::PAYLOAD)],
);
pub static GET_BUCKET_INVENTORY_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketInventoryConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketLifecycleConfigurationOutput",
    &[
        Member::new("Rules", &LIFECYCLE_RULES).name("Rule"),
        Member::new("TransitionDefaultMinimumObjectSize", &p::STRING)
            .at(Header, "x-amz-transition-default-minimum-object-size"),
    ],
);
pub static GET_BUCKET_LIFECYCLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketLifecycleConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_LIFECYCLE_OUTPUT: Schema = Schema::structure(
    "GetBucketLifecycleOutput",
    &[Member::new("Rules", &RULES).name("Rule")],
);
pub static GET_BUCKET_LIFECYCLE_INPUT: Schema = Schema::structure(
    "GetBucketLifecycleRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_LOCATION_OUTPUT: Schema = Schema::structure(
    "GetBucketLocationOutput",
    &[Member::new("LocationConstraint", &p::STRING)],
);
pub static GET_BUCKET_LOCATION_INPUT: Schema = Schema::structure(
    "GetBucketLocationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_LOGGING_OUTPUT: Schema = Schema::structure(
    "GetBucketLoggingOutput",
    &[Member::new("LoggingEnabled", &LOGGING_ENABLED)],
);
pub static GET_BUCKET_LOGGING_INPUT: Schema = Schema::structure(
    "GetBucketLoggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_METADATA_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketMetadataConfigurationOutput",
    &[
        Member::new(
                "GetBucketMetadataConfigurationResult",
                &GET_BUCKET_METADATA_CONFIGURATION_RESULT,
            )
            .with(f::PAYLOAD),
    ],
);
pub static GET_BUCKET_METADATA_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketMetadataConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_METADATA_CONFIGURATION_RESULT: Schema = Schema::structure(
    "GetBucketMetadataConfigurationResult",
    &[
        Member::new("MetadataConfigurationResult", &METADATA_CONFIGURATION_RESULT)
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_METADATA_TABLE_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketMetadataTableConfigurationOutput",
    &[
        Member::new(
                "GetBucketMetadataTableConfigurationResult",
                &GET_BUCKET_METADATA_TABLE_CONFIGURATION_RESULT,
            )
            .with(f::PAYLOAD),
    ],
);
pub static GET_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketMetadataTableConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_METADATA_TABLE_CONFIGURATION_RESULT: Schema = Schema::structure(
    "GetBucketMetadataTableConfigurationResult",
    &[
        Member::new(
                "MetadataTableConfigurationResult",
                &METADATA_TABLE_CONFIGURATION_RESULT,
            )
            .with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Error", &ERROR_DETAILS),
    ],
);
pub static GET_BUCKET_METRICS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketMetricsConfigurationOutput",
    &[Member::new("MetricsConfiguration", &METRICS_CONFIGURATION).with(f::PAYLOAD)],
);
pub static GET_BUCKET_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketMetricsConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_NOTIFICATION_CONFIGURATION_REQUEST: Schema = Schema::structure(
    "GetBucketNotificationConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_OWNERSHIP_CONTROLS_OUTPUT: Schema = Schema::structure(
    "GetBucketOwnershipControlsOutput",
    &[Member::new("OwnershipControls", &OWNERSHIP_CONTROLS).with(f::PAYLOAD)],
);
pub static GET_BUCKET_OWNERSHIP_CONTROLS_INPUT: Schema = Schema::structure(
    "GetBucketOwnershipControlsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_POLICY_OUTPUT: Schema = Schema::structure(
    "GetBucketPolicyOutput",
    &[Member::new("Policy", &p::STRING).with(f::PAYLOAD)],
);
pub static GET_BUCKET_POLICY_INPUT: Schema = Schema::structure(
    "GetBucketPolicyRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_POLICY_STATUS_OUTPUT: Schema = Schema::structure(
    "GetBucketPolicyStatusOutput",
    &[Member::new("PolicyStatus", &POLICY_STATUS).with(f::PAYLOAD)],
);
pub static GET_BUCKET_POLICY_STATUS_INPUT: Schema = Schema::structure(
    "GetBucketPolicyStatusRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_REPLICATION_OUTPUT: Schema = Schema::structure(
    "GetBucketReplicationOutput",
    &[
        Member::new("ReplicationConfiguration", &REPLICATION_CONFIGURATION)
            .with(f::PAYLOAD),
    ],
);
pub static GET_BUCKET_REPLICATION_INPUT: Schema = Schema::structure(
    "GetBucketReplicationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_REQUEST_PAYMENT_OUTPUT: Schema = Schema::structure(
    "GetBucketRequestPaymentOutput",
    &[Member::new("Payer", &p::STRING)],
);
pub static GET_BUCKET_REQUEST_PAYMENT_INPUT: Schema = Schema::structure(
    "GetBucketRequestPaymentRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_TAGGING_OUTPUT: Schema = Schema::structure(
    "GetBucketTaggingOutput",
    &[Member::new("TagSet", &TAG_SET).with(f::REQUIRED)],
);
pub static GET_BUCKET_TAGGING_INPUT: Schema = Schema::structure(
    "GetBucketTaggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_VERSIONING_OUTPUT: Schema = Schema::structure(
    "GetBucketVersioningOutput",
    &[
        Member::new("Status", &p::STRING),
        Member::new("MFADelete", &p::STRING).name("MfaDelete"),
    ],
);
pub static GET_BUCKET_VERSIONING_INPUT: Schema = Schema::structure(
    "GetBucketVersioningRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_BUCKET_WEBSITE_OUTPUT: Schema = Schema::structure(
    "GetBucketWebsiteOutput",
    &[
        Member::new("RedirectAllRequestsTo", &REDIRECT_ALL_REQUESTS_TO),
        Member::new("IndexDocument", &INDEX_DOCUMENT),
        Member::new("ErrorDocument", &ERROR_DOCUMENT),
        Member::new("RoutingRules", &ROUTING_RULES),
    ],
);
pub static GET_BUCKET_WEBSITE_INPUT: Schema = Schema::structure(
    "GetBucketWebsiteRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_OBJECT_ACL_OUTPUT: Schema = Schema::structure(
    "GetObjectAclOutput",
    &[
        Member::new("Owner", &OWNER),
        Member::new("Grants", &GRANTS).name("AccessControlList"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static GET_OBJECT_ACL_INPUT: Schema = Schema::structure(
    "GetObjectAclRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_OBJECT_ANNOTATION_OUTPUT: Schema = Schema::structure(
    "GetObjectAnnotationOutput",
    &[
        Member::new("AnnotationPayload", &p::BLOB).with(f::PAYLOAD | f::STREAMING),
        Member::new("ObjectVersionId", &p::STRING).at(Header, "x-amz-object-version-id"),
        Member::new("LastModified", &p::TIMESTAMP).at(Header, "Last-Modified"),
        Member::new("ContentLength", &p::LONG).at(Header, "Content-Length"),
        Member::new("ETag", &p::STRING).at(Header, "ETag"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("ReplicationStatus", &p::STRING)
            .at(Header, "x-amz-replication-status"),
    ],
);
pub static GET_OBJECT_ANNOTATION_INPUT: Schema = Schema::structure(
    "GetObjectAnnotationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("AnnotationName", &p::STRING)
            .at(QueryString, "annotationName")
            .with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ChecksumMode", &p::STRING).at(Header, "x-amz-checksum-mode"),
    ],
);
pub static GET_OBJECT_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetObjectAttributesOutput",
    &[
        Member::new("DeleteMarker", &p::BOOLEAN).at(Header, "x-amz-delete-marker"),
        Member::new("LastModified", &p::TIMESTAMP).at(Header, "Last-Modified"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("ETag", &p::STRING),
        Member::new("Checksum", &CHECKSUM),
        Member::new("ObjectParts", &GET_OBJECT_ATTRIBUTES_PARTS),
        Member::new("StorageClass", &p::STRING),
        Member::new("ObjectSize", &p::LONG),
    ],
);
pub static GET_OBJECT_ATTRIBUTES_PARTS: Schema = Schema::structure(
    "GetObjectAttributesParts",
    &[
        Member::new("TotalPartsCount", &p::INTEGER).name("PartsCount"),
        Member::new("PartNumberMarker", &p::INTEGER),
        Member::new("NextPartNumberMarker", &p::INTEGER),
        Member::new("MaxParts", &p::INTEGER),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Parts", &PARTS_LIST).name("Part"),
    ],
);
pub static GET_OBJECT_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetObjectAttributesRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("MaxParts", &p::INTEGER).at(Header, "x-amz-max-parts"),
        Member::new("PartNumberMarker", &p::INTEGER)
            .at(Header, "x-amz-part-number-marker"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ObjectAttributes", &OBJECT_ATTRIBUTES_LIST)
            .at(Header, "x-amz-object-attributes")
            .with(f::REQUIRED),
    ],
);
pub static GET_OBJECT_LEGAL_HOLD_OUTPUT: Schema = Schema::structure(
    "GetObjectLegalHoldOutput",
    &[
        Member::new("LegalHold", &OBJECT_LOCK_LEGAL_HOLD)
            .name("LegalHold")
            .with(f::PAYLOAD),
    ],
);
pub static GET_OBJECT_LEGAL_HOLD_INPUT: Schema = Schema::structure(
    "GetObjectLegalHoldRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_OBJECT_LOCK_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetObjectLockConfigurationOutput",
    &[
        Member::new("ObjectLockConfiguration", &OBJECT_LOCK_CONFIGURATION)
            .with(f::PAYLOAD),
    ],
);
pub static GET_OBJECT_LOCK_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetObjectLockConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_OBJECT_OUTPUT: Schema = Schema::structure(
    "GetObjectOutput",
    &[
        Member::new("Body", &p::BLOB).with(f::PAYLOAD | f::STREAMING),
        Member::new("DeleteMarker", &p::BOOLEAN).at(Header, "x-amz-delete-marker"),
        Member::new("AcceptRanges", &p::STRING).at(Header, "accept-ranges"),
        Member::new("Expiration", &p::STRING).at(Header, "x-amz-expiration"),
        Member::new("Restore", &p::STRING).at(Header, "x-amz-restore"),
        Member::new("LastModified", &p::TIMESTAMP).at(Header, "Last-Modified"),
        Member::new("ContentLength", &p::LONG).at(Header, "Content-Length"),
        Member::new("ETag", &p::STRING).at(Header, "ETag"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("MissingMeta", &p::INTEGER).at(Header, "x-amz-missing-meta"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("CacheControl", &p::STRING).at(Header, "Cache-Control"),
        Member::new("ContentDisposition", &p::STRING).at(Header, "Content-Disposition"),
        Member::new("ContentEncoding", &p::STRING).at(Header, "Content-Encoding"),
        Member::new("ContentLanguage", &p::STRING).at(Header, "Content-Language"),
        Member::new("ContentRange", &p::STRING).at(Header, "Content-Range"),
        Member::new("ContentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("Expires", &p::STRING).at(Header, "Expires"),
        Member::new("WebsiteRedirectLocation", &p::STRING)
            .at(Header, "x-amz-website-redirect-location"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("Metadata", &METADATA).at(Headers, "x-amz-meta-"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("StorageClass", &p::STRING).at(Header, "x-amz-storage-class"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("ReplicationStatus", &p::STRING)
            .at(Header, "x-amz-replication-status"),
        Member::new("PartsCount", &p::INTEGER).at(Header, "x-amz-mp-parts-count"),
        Member::new("TagCount", &p::INTEGER).at(Header, "x-amz-tagging-count"),
        Member::new("ObjectLockMode", &p::STRING).at(Header, "x-amz-object-lock-mode"),
        Member::new("ObjectLockRetainUntilDate", &OBJECT_LOCK_RETAIN_UNTIL_DATE)
            .at(Header, "x-amz-object-lock-retain-until-date"),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING)
            .at(Header, "x-amz-object-lock-legal-hold"),
        Member::new("ObjectLockEventHold", &p::STRING)
            .at(Header, "x-amz-object-lock-event-hold"),
        Member::new("ObjectLockEventHoldDurationDays", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-days"),
        Member::new("ObjectLockEventHoldDurationYears", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-years"),
    ],
);
pub static GET_OBJECT_INPUT: Schema = Schema::structure(
    "GetObjectRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("IfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("IfModifiedSince", &p::TIMESTAMP).at(Header, "If-Modified-Since"),
        Member::new("IfNoneMatch", &p::STRING).at(Header, "If-None-Match"),
        Member::new("IfUnmodifiedSince", &p::TIMESTAMP)
            .at(Header, "If-Unmodified-Since"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("Range", &p::STRING).at(Header, "Range"),
        Member::new("ResponseCacheControl", &p::STRING)
            .at(QueryString, "response-cache-control"),
        Member::new("ResponseContentDisposition", &p::STRING)
            .at(QueryString, "response-content-disposition"),
        Member::new("ResponseContentEncoding", &p::STRING)
            .at(QueryString, "response-content-encoding"),
        Member::new("ResponseContentLanguage", &p::STRING)
            .at(QueryString, "response-content-language"),
        Member::new("ResponseContentType", &p::STRING)
            .at(QueryString, "response-content-type"),
        Member::new("ResponseExpires", &RESPONSE_EXPIRES)
            .at(QueryString, "response-expires"),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("PartNumber", &p::INTEGER).at(QueryString, "partNumber"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ChecksumMode", &p::STRING).at(Header, "x-amz-checksum-mode"),
    ],
);
pub static GET_OBJECT_RETENTION_OUTPUT: Schema = Schema::structure(
    "GetObjectRetentionOutput",
    &[
        Member::new("Retention", &OBJECT_LOCK_RETENTION)
            .name("Retention")
            .with(f::PAYLOAD),
    ],
);
pub static GET_OBJECT_RETENTION_INPUT: Schema = Schema::structure(
    "GetObjectRetentionRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_OBJECT_TAGGING_OUTPUT: Schema = Schema::structure(
    "GetObjectTaggingOutput",
    &[
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("TagSet", &TAG_SET).with(f::REQUIRED),
    ],
);
pub static GET_OBJECT_TAGGING_INPUT: Schema = Schema::structure(
    "GetObjectTaggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
    ],
);
pub static GET_OBJECT_TORRENT_OUTPUT: Schema = Schema::structure(
    "GetObjectTorrentOutput",
    &[
        Member::new("Body", &p::BLOB).with(f::PAYLOAD | f::STREAMING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static GET_OBJECT_TORRENT_INPUT: Schema = Schema::structure(
    "GetObjectTorrentRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GET_PUBLIC_ACCESS_BLOCK_OUTPUT: Schema = Schema::structure(
    "GetPublicAccessBlockOutput",
    &[
        Member::new("PublicAccessBlockConfiguration", &PUBLIC_ACCESS_BLOCK_CONFIGURATION)
            .with(f::PAYLOAD),
    ],
);
pub static GET_PUBLIC_ACCESS_BLOCK_INPUT: Schema = Schema::structure(
    "GetPublicAccessBlockRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static GLACIER_JOB_PARAMETERS: Schema = Schema::structure(
    "GlacierJobParameters",
    &[Member::new("Tier", &p::STRING).with(f::REQUIRED)],
);
pub static GRANT: Schema = Schema::structure(
    "Grant",
    &[Member::new("Grantee", &GRANTEE), Member::new("Permission", &p::STRING)],
);
pub static GRANTEE: Schema = Schema::structure(
        "Grantee",
        &[
            Member::new("DisplayName", &p::STRING),
            Member::new("EmailAddress", &p::STRING),
            Member::new("ID", &p::STRING),
            Member::new("Type", &p::STRING)
                .name("xsi:type")
                .with(f::REQUIRED | f::XML_ATTRIBUTE),
            Member::new("URI", &p::STRING),
        ],
    )
    .xml_namespace(Some("xsi"), "http://www.w3.org/2001/XMLSchema-instance");
pub static GRANTS: Schema = Schema::list(
    "Grants",
    &[Member::new("member", &GRANT).name("Grant")],
);
pub static HEAD_BUCKET_OUTPUT: Schema = Schema::structure(
    "HeadBucketOutput",
    &[
        Member::new("BucketArn", &p::STRING).at(Header, "x-amz-bucket-arn"),
        Member::new("BucketLocationType", &p::STRING)
            .at(Header, "x-amz-bucket-location-type"),
        Member::new("BucketLocationName", &p::STRING)
            .at(Header, "x-amz-bucket-location-name"),
        Member::new("BucketRegion", &p::STRING).at(Header, "x-amz-bucket-region"),
        Member::new("AccessPointAlias", &p::BOOLEAN)
            .at(Header, "x-amz-access-point-alias"),
    ],
);
pub static HEAD_BUCKET_INPUT: Schema = Schema::structure(
    "HeadBucketRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static HEAD_OBJECT_OUTPUT: Schema = Schema::structure(
    "HeadObjectOutput",
    &[
        Member::new("DeleteMarker", &p::BOOLEAN).at(Header, "x-amz-delete-marker"),
        Member::new("AcceptRanges", &p::STRING).at(Header, "accept-ranges"),
        Member::new("Expiration", &p::STRING).at(Header, "x-amz-expiration"),
        Member::new("Restore", &p::STRING).at(Header, "x-amz-restore"),
        Member::new("ArchiveStatus", &p::STRING).at(Header, "x-amz-archive-status"),
        Member::new("LastModified", &p::TIMESTAMP).at(Header, "Last-Modified"),
        Member::new("ContentLength", &p::LONG).at(Header, "Content-Length"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("ETag", &p::STRING).at(Header, "ETag"),
        Member::new("MissingMeta", &p::INTEGER).at(Header, "x-amz-missing-meta"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("CacheControl", &p::STRING).at(Header, "Cache-Control"),
        Member::new("ContentDisposition", &p::STRING).at(Header, "Content-Disposition"),
        Member::new("ContentEncoding", &p::STRING).at(Header, "Content-Encoding"),
        Member::new("ContentLanguage", &p::STRING).at(Header, "Content-Language"),
        Member::new("ContentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("ContentRange", &p::STRING).at(Header, "Content-Range"),
        Member::new("Expires", &p::STRING).at(Header, "Expires"),
        Member::new("WebsiteRedirectLocation", &p::STRING)
            .at(Header, "x-amz-website-redirect-location"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("Metadata", &METADATA).at(Headers, "x-amz-meta-"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("StorageClass", &p::STRING).at(Header, "x-amz-storage-class"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("ReplicationStatus", &p::STRING)
            .at(Header, "x-amz-replication-status"),
        Member::new("PartsCount", &p::INTEGER).at(Header, "x-amz-mp-parts-count"),
        Member::new("TagCount", &p::INTEGER).at(Header, "x-amz-tagging-count"),
        Member::new("ObjectLockMode", &p::STRING).at(Header, "x-amz-object-lock-mode"),
        Member::new("ObjectLockRetainUntilDate", &OBJECT_LOCK_RETAIN_UNTIL_DATE)
            .at(Header, "x-amz-object-lock-retain-until-date"),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING)
            .at(Header, "x-amz-object-lock-legal-hold"),
        Member::new("ObjectLockEventHold", &p::STRING)
            .at(Header, "x-amz-object-lock-event-hold"),
        Member::new("ObjectLockEventHoldDurationDays", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-days"),
        Member::new("ObjectLockEventHoldDurationYears", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-years"),
    ],
);
pub static HEAD_OBJECT_INPUT: Schema = Schema::structure(
    "HeadObjectRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("IfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("IfModifiedSince", &p::TIMESTAMP).at(Header, "If-Modified-Since"),
        Member::new("IfNoneMatch", &p::STRING).at(Header, "If-None-Match"),
        Member::new("IfUnmodifiedSince", &p::TIMESTAMP)
            .at(Header, "If-Unmodified-Since"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("Range", &p::STRING).at(Header, "Range"),
        Member::new("ResponseCacheControl", &p::STRING)
            .at(QueryString, "response-cache-control"),
        Member::new("ResponseContentDisposition", &p::STRING)
            .at(QueryString, "response-content-disposition"),
        Member::new("ResponseContentEncoding", &p::STRING)
            .at(QueryString, "response-content-encoding"),
        Member::new("ResponseContentLanguage", &p::STRING)
            .at(QueryString, "response-content-language"),
        Member::new("ResponseContentType", &p::STRING)
            .at(QueryString, "response-content-type"),
        Member::new("ResponseExpires", &RESPONSE_EXPIRES)
            .at(QueryString, "response-expires"),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("PartNumber", &p::INTEGER).at(QueryString, "partNumber"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ChecksumMode", &p::STRING).at(Header, "x-amz-checksum-mode"),
    ],
);
pub static IDEMPOTENCY_PARAMETER_MISMATCH: Schema = Schema::structure(
        "IdempotencyParameterMismatch",
        &[],
    )
    .error("IdempotencyParameterMismatch", 400u16);
pub static IF_MATCH_INITIATED_TIME: Schema = Schema::scalar(
        "IfMatchInitiatedTime",
        Kind::Timestamp,
    )
    .timestamp_format(TimestampFormat::Rfc822);
pub static IF_MATCH_LAST_MODIFIED_TIME: Schema = Schema::scalar(
        "IfMatchLastModifiedTime",
        Kind::Timestamp,
    )
    .timestamp_format(TimestampFormat::Rfc822);
pub static INDEX_DOCUMENT: Schema = Schema::structure(
    "IndexDocument",
    &[Member::new("Suffix", &p::STRING).with(f::REQUIRED)],
);
pub static INITIATOR: Schema = Schema::structure(
    "Initiator",
    &[Member::new("ID", &p::STRING), Member::new("DisplayName", &p::STRING)],
);
pub static INPUT_SERIALIZATION: Schema = Schema::structure(
    "InputSerialization",
    &[
        Member::new("CSV", &CSV_INPUT),
        Member::new("CompressionType", &p::STRING),
        Member::new("JSON", &JSON_INPUT),
        Member::new("Parquet", &PARQUET_INPUT),
    ],
);
pub static INTELLIGENT_TIERING_AND_OPERATOR: Schema = Schema::structure(
    "IntelligentTieringAndOperator",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tags", &TAG_SET).name("Tag").with(f::FLATTENED),
    ],
);
pub static INTELLIGENT_TIERING_CONFIGURATION: Schema = Schema::structure(
    "IntelligentTieringConfiguration",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Filter", &INTELLIGENT_TIERING_FILTER),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Tierings", &TIERING_LIST).name("Tiering").with(f::REQUIRED),
    ],
);
pub static INTELLIGENT_TIERING_CONFIGURATION_LIST: Schema = Schema::list(
        "IntelligentTieringConfigurationList",
        &[Member::new("member", &INTELLIGENT_TIERING_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static INTELLIGENT_TIERING_FILTER: Schema = Schema::structure(
    "IntelligentTieringFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &TAG),
        Member::new("And", &INTELLIGENT_TIERING_AND_OPERATOR),
    ],
);
pub static INVALID_ANNOTATION_NAME: Schema = Schema::structure(
        "InvalidAnnotationName",
        &[],
    )
    .error("InvalidAnnotationName", 400u16);
pub static INVALID_OBJECT_STATE: Schema = Schema::structure(
        "InvalidObjectState",
        &[Member::new("StorageClass", &p::STRING), Member::new("AccessTier", &p::STRING)],
    )
    .error("InvalidObjectState", 403u16);
pub static INVALID_PREFIX: Schema = Schema::structure("InvalidPrefix", &[])
    .error("InvalidPrefix", 400u16);
pub static INVALID_REQUEST: Schema = Schema::structure("InvalidRequest", &[])
    .error("InvalidRequest", 400u16);
pub static INVALID_WRITE_OFFSET: Schema = Schema::structure("InvalidWriteOffset", &[])
    .error("InvalidWriteOffset", 400u16);
pub static INVENTORY_CONFIGURATION: Schema = Schema::structure(
    "InventoryConfiguration",
    &[
        Member::new("Destination", &INVENTORY_DESTINATION).with(f::REQUIRED),
        Member::new("IsEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("Filter", &INVENTORY_FILTER),
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("IncludedObjectVersions", &p::STRING).with(f::REQUIRED),
        Member::new("OptionalFields", &INVENTORY_OPTIONAL_FIELDS),
        Member::new("Schedule", &INVENTORY_SCHEDULE).with(f::REQUIRED),
    ],
);
pub static INVENTORY_CONFIGURATION_LIST: Schema = Schema::list(
        "InventoryConfigurationList",
        &[Member::new("member", &INVENTORY_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static INVENTORY_DESTINATION: Schema = Schema::structure(
    "InventoryDestination",
    &[
        Member::new("S3BucketDestination", &INVENTORY_S3_BUCKET_DESTINATION)
            .with(f::REQUIRED),
    ],
);
pub static INVENTORY_ENCRYPTION: Schema = Schema::structure(
    "InventoryEncryption",
    &[
        Member::new("SSES3", &SSES3).name("SSE-S3"),
        Member::new("SSEKMS", &SSEKMS).name("SSE-KMS"),
    ],
);
pub static INVENTORY_FILTER: Schema = Schema::structure(
    "InventoryFilter",
    &[Member::new("Prefix", &p::STRING).with(f::REQUIRED)],
);
pub static INVENTORY_OPTIONAL_FIELDS: Schema = Schema::list(
    "InventoryOptionalFields",
    &[Member::new("member", &p::STRING).name("Field")],
);
pub static INVENTORY_S3_BUCKET_DESTINATION: Schema = Schema::structure(
    "InventoryS3BucketDestination",
    &[
        Member::new("AccountId", &p::STRING),
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("Format", &p::STRING).with(f::REQUIRED),
        Member::new("Prefix", &p::STRING),
        Member::new("Encryption", &INVENTORY_ENCRYPTION),
    ],
);
pub static INVENTORY_SCHEDULE: Schema = Schema::structure(
    "InventorySchedule",
    &[Member::new("Frequency", &p::STRING).with(f::REQUIRED)],
);
pub static INVENTORY_TABLE_CONFIGURATION: Schema = Schema::structure(
    "InventoryTableConfiguration",
    &[
        Member::new("ConfigurationState", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionConfiguration", &METADATA_TABLE_ENCRYPTION_CONFIGURATION),
    ],
);
pub static INVENTORY_TABLE_CONFIGURATION_RESULT: Schema = Schema::structure(
    "InventoryTableConfigurationResult",
    &[
        Member::new("ConfigurationState", &p::STRING).with(f::REQUIRED),
        Member::new("TableStatus", &p::STRING),
        Member::new("Error", &ERROR_DETAILS),
        Member::new("TableName", &p::STRING),
        Member::new("TableArn", &p::STRING),
    ],
);
pub static INVENTORY_TABLE_CONFIGURATION_UPDATES: Schema = Schema::structure(
    "InventoryTableConfigurationUpdates",
    &[
        Member::new("ConfigurationState", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionConfiguration", &METADATA_TABLE_ENCRYPTION_CONFIGURATION),
    ],
);
pub static JSON_INPUT: Schema = Schema::structure(
    "JSONInput",
    &[Member::new("Type", &p::STRING)],
);
pub static JSON_OUTPUT: Schema = Schema::structure(
    "JSONOutput",
    &[Member::new("RecordDelimiter", &p::STRING)],
);
pub static JOURNAL_TABLE_CONFIGURATION: Schema = Schema::structure(
    "JournalTableConfiguration",
    &[
        Member::new("RecordExpiration", &RECORD_EXPIRATION).with(f::REQUIRED),
        Member::new("EncryptionConfiguration", &METADATA_TABLE_ENCRYPTION_CONFIGURATION),
    ],
);
pub static JOURNAL_TABLE_CONFIGURATION_RESULT: Schema = Schema::structure(
    "JournalTableConfigurationResult",
    &[
        Member::new("TableStatus", &p::STRING).with(f::REQUIRED),
        Member::new("Error", &ERROR_DETAILS),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("TableArn", &p::STRING),
        Member::new("RecordExpiration", &RECORD_EXPIRATION).with(f::REQUIRED),
    ],
);
pub static JOURNAL_TABLE_CONFIGURATION_UPDATES: Schema = Schema::structure(
    "JournalTableConfigurationUpdates",
    &[Member::new("RecordExpiration", &RECORD_EXPIRATION).with(f::REQUIRED)],
);
pub static LAMBDA_FUNCTION_CONFIGURATION: Schema = Schema::structure(
    "LambdaFunctionConfiguration",
    &[
        Member::new("Id", &p::STRING),
        Member::new("LambdaFunctionArn", &p::STRING)
            .name("CloudFunction")
            .with(f::REQUIRED),
        Member::new("Events", &EVENT_LIST).name("Event").with(f::REQUIRED),
        Member::new("Filter", &NOTIFICATION_CONFIGURATION_FILTER),
    ],
);
pub static LAMBDA_FUNCTION_CONFIGURATION_LIST: Schema = Schema::list(
        "LambdaFunctionConfigurationList",
        &[Member::new("member", &LAMBDA_FUNCTION_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static LAST_MODIFIED_TIME: Schema = Schema::scalar(
        "LastModifiedTime",
        Kind::Timestamp,
    )
    .timestamp_format(TimestampFormat::Rfc822);
pub static LIFECYCLE_CONFIGURATION: Schema = Schema::structure(
    "LifecycleConfiguration",
    &[Member::new("Rules", &RULES).name("Rule").with(f::REQUIRED)],
);
pub static LIFECYCLE_EXPIRATION: Schema = Schema::structure(
    "LifecycleExpiration",
    &[
        Member::new("Date", &DATE),
        Member::new("Days", &p::INTEGER),
        Member::new("ExpiredObjectDeleteMarker", &p::BOOLEAN),
    ],
);
pub static LIFECYCLE_RULE: Schema = Schema::structure(
    "LifecycleRule",
    &[
        Member::new("Expiration", &LIFECYCLE_EXPIRATION),
        Member::new("ID", &p::STRING),
        Member::new("Prefix", &p::STRING),
        Member::new("Filter", &LIFECYCLE_RULE_FILTER),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Transitions", &TRANSITION_LIST).name("Transition"),
        Member::new("NoncurrentVersionTransitions", &NONCURRENT_VERSION_TRANSITION_LIST)
            .name("NoncurrentVersionTransition"),
        Member::new("NoncurrentVersionExpiration", &NONCURRENT_VERSION_EXPIRATION),
        Member::new("AbortIncompleteMultipartUpload", &ABORT_INCOMPLETE_MULTIPART_UPLOAD),
    ],
);
pub static LIFECYCLE_RULE_AND_OPERATOR: Schema = Schema::structure(
    "LifecycleRuleAndOperator",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tags", &TAG_SET).name("Tag").with(f::FLATTENED),
        Member::new("ObjectSizeGreaterThan", &p::LONG),
        Member::new("ObjectSizeLessThan", &p::LONG),
    ],
);
pub static LIFECYCLE_RULE_FILTER: Schema = Schema::structure(
    "LifecycleRuleFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &TAG),
        Member::new("ObjectSizeGreaterThan", &p::LONG),
        Member::new("ObjectSizeLessThan", &p::LONG),
        Member::new("And", &LIFECYCLE_RULE_AND_OPERATOR),
    ],
);
pub static LIFECYCLE_RULES: Schema = Schema::list(
        "LifecycleRules",
        &[Member::new("member", &LIFECYCLE_RULE)],
    )
    .with(f::FLATTENED);
pub static LIST_BUCKET_ANALYTICS_CONFIGURATIONS_OUTPUT: Schema = Schema::structure(
    "ListBucketAnalyticsConfigurationsOutput",
    &[
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("ContinuationToken", &p::STRING),
        Member::new("NextContinuationToken", &p::STRING),
        Member::new("AnalyticsConfigurationList", &ANALYTICS_CONFIGURATION_LIST)
            .name("AnalyticsConfiguration"),
    ],
);
pub static LIST_BUCKET_ANALYTICS_CONFIGURATIONS_INPUT: Schema = Schema::structure(
    "ListBucketAnalyticsConfigurationsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS_OUTPUT: Schema = Schema::structure(
    "ListBucketIntelligentTieringConfigurationsOutput",
    &[
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("ContinuationToken", &p::STRING),
        Member::new("NextContinuationToken", &p::STRING),
        Member::new(
                "IntelligentTieringConfigurationList",
                &INTELLIGENT_TIERING_CONFIGURATION_LIST,
            )
            .name("IntelligentTieringConfiguration"),
    ],
);
pub static LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS_INPUT: Schema = Schema::structure(
    "ListBucketIntelligentTieringConfigurationsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static LIST_BUCKET_INVENTORY_CONFIGURATIONS_OUTPUT: Schema = Schema::structure(
    "ListBucketInventoryConfigurationsOutput",
    &[
        Member::new("ContinuationToken", &p::STRING),
        Member::new("InventoryConfigurationList", &INVENTORY_CONFIGURATION_LIST)
            .name("InventoryConfiguration"),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("NextContinuationToken", &p::STRING),
    ],
);
pub static LIST_BUCKET_INVENTORY_CONFIGURATIONS_INPUT: Schema = Schema::structure(
    "ListBucketInventoryConfigurationsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static LIST_BUCKET_METRICS_CONFIGURATIONS_OUTPUT: Schema = Schema::structure(
    "ListBucketMetricsConfigurationsOutput",
    &[
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("ContinuationToken", &p::STRING),
        Member::new("NextContinuationToken", &p::STRING),
        Member::new("MetricsConfigurationList", &METRICS_CONFIGURATION_LIST)
            .name("MetricsConfiguration"),
    ],
);
pub static LIST_BUCKET_METRICS_CONFIGURATIONS_INPUT: Schema = Schema::structure(
    "ListBucketMetricsConfigurationsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static LIST_BUCKETS_OUTPUT: Schema = Schema::structure(
    "ListBucketsOutput",
    &[
        Member::new("Buckets", &BUCKETS),
        Member::new("Owner", &OWNER),
        Member::new("ContinuationToken", &p::STRING),
        Member::new("Prefix", &p::STRING),
    ],
);
pub static LIST_BUCKETS_INPUT: Schema = Schema::structure(
    "ListBucketsRequest",
    &[
        Member::new("MaxBuckets", &p::INTEGER).at(QueryString, "max-buckets"),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("Prefix", &p::STRING).at(QueryString, "prefix"),
        Member::new("BucketRegion", &p::STRING).at(QueryString, "bucket-region"),
    ],
);
pub static LIST_DIRECTORY_BUCKETS_OUTPUT: Schema = Schema::structure(
    "ListDirectoryBucketsOutput",
    &[Member::new("Buckets", &BUCKETS), Member::new("ContinuationToken", &p::STRING)],
);
pub static LIST_DIRECTORY_BUCKETS_INPUT: Schema = Schema::structure(
    "ListDirectoryBucketsRequest",
    &[
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("MaxDirectoryBuckets", &p::INTEGER)
            .at(QueryString, "max-directory-buckets"),
    ],
);
pub static LIST_MULTIPART_UPLOADS_OUTPUT: Schema = Schema::structure(
    "ListMultipartUploadsOutput",
    &[
        Member::new("Bucket", &p::STRING),
        Member::new("KeyMarker", &p::STRING),
        Member::new("UploadIdMarker", &p::STRING),
        Member::new("NextKeyMarker", &p::STRING),
        Member::new("Prefix", &p::STRING),
        Member::new("Delimiter", &p::STRING),
        Member::new("NextUploadIdMarker", &p::STRING),
        Member::new("MaxUploads", &p::INTEGER),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Uploads", &MULTIPART_UPLOAD_LIST).name("Upload"),
        Member::new("CommonPrefixes", &COMMON_PREFIX_LIST),
        Member::new("EncodingType", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static LIST_MULTIPART_UPLOADS_INPUT: Schema = Schema::structure(
    "ListMultipartUploadsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Delimiter", &p::STRING).at(QueryString, "delimiter"),
        Member::new("EncodingType", &p::STRING).at(QueryString, "encoding-type"),
        Member::new("KeyMarker", &p::STRING).at(QueryString, "key-marker"),
        Member::new("MaxUploads", &p::INTEGER).at(QueryString, "max-uploads"),
        Member::new("Prefix", &p::STRING)
            .at(QueryString, "prefix")
            .context_param("Prefix"),
        Member::new("UploadIdMarker", &p::STRING).at(QueryString, "upload-id-marker"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
    ],
);
pub static LIST_OBJECT_ANNOTATIONS_OUTPUT: Schema = Schema::structure(
    "ListObjectAnnotationsOutput",
    &[
        Member::new("Annotations", &ANNOTATION_LIST),
        Member::new("Bucket", &p::STRING),
        Member::new("Key", &p::STRING),
        Member::new("ObjectVersionId", &p::STRING).at(Header, "x-amz-object-version-id"),
        Member::new("AnnotationPrefix", &p::STRING),
        Member::new("MaxAnnotationResults", &p::INTEGER),
        Member::new("AnnotationCount", &p::INTEGER),
        Member::new("ContinuationToken", &p::STRING),
        Member::new("NextContinuationToken", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static LIST_OBJECT_ANNOTATIONS_INPUT: Schema = Schema::structure(
    "ListObjectAnnotationsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("MaxAnnotationResults", &p::INTEGER)
            .at(QueryString, "max-annotation-results"),
        Member::new("AnnotationPrefix", &p::STRING).at(QueryString, "annotation-prefix"),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static LIST_OBJECT_VERSIONS_OUTPUT: Schema = Schema::structure(
    "ListObjectVersionsOutput",
    &[
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("KeyMarker", &p::STRING),
        Member::new("VersionIdMarker", &p::STRING),
        Member::new("NextKeyMarker", &p::STRING),
        Member::new("NextVersionIdMarker", &p::STRING),
        Member::new("Versions", &OBJECT_VERSION_LIST).name("Version"),
        Member::new("DeleteMarkers", &DELETE_MARKERS).name("DeleteMarker"),
        Member::new("Name", &p::STRING),
        Member::new("Prefix", &p::STRING),
        Member::new("Delimiter", &p::STRING),
        Member::new("MaxKeys", &p::INTEGER),
        Member::new("CommonPrefixes", &COMMON_PREFIX_LIST),
        Member::new("EncodingType", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static LIST_OBJECT_VERSIONS_INPUT: Schema = Schema::structure(
    "ListObjectVersionsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Delimiter", &p::STRING).at(QueryString, "delimiter"),
        Member::new("EncodingType", &p::STRING).at(QueryString, "encoding-type"),
        Member::new("KeyMarker", &p::STRING).at(QueryString, "key-marker"),
        Member::new("MaxKeys", &p::INTEGER).at(QueryString, "max-keys"),
        Member::new("Prefix", &p::STRING)
            .at(QueryString, "prefix")
            .context_param("Prefix"),
        Member::new("VersionIdMarker", &p::STRING).at(QueryString, "version-id-marker"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("OptionalObjectAttributes", &OPTIONAL_OBJECT_ATTRIBUTES_LIST)
            .at(Header, "x-amz-optional-object-attributes"),
    ],
);
pub static LIST_OBJECTS_OUTPUT: Schema = Schema::structure(
    "ListObjectsOutput",
    &[
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
        Member::new("NextMarker", &p::STRING),
        Member::new("Contents", &OBJECT_LIST),
        Member::new("Name", &p::STRING),
        Member::new("Prefix", &p::STRING),
        Member::new("Delimiter", &p::STRING),
        Member::new("MaxKeys", &p::INTEGER),
        Member::new("CommonPrefixes", &COMMON_PREFIX_LIST),
        Member::new("EncodingType", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static LIST_OBJECTS_INPUT: Schema = Schema::structure(
    "ListObjectsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Delimiter", &p::STRING).at(QueryString, "delimiter"),
        Member::new("EncodingType", &p::STRING).at(QueryString, "encoding-type"),
        Member::new("Marker", &p::STRING).at(QueryString, "marker"),
        Member::new("MaxKeys", &p::INTEGER).at(QueryString, "max-keys"),
        Member::new("Prefix", &p::STRING)
            .at(QueryString, "prefix")
            .context_param("Prefix"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("OptionalObjectAttributes", &OPTIONAL_OBJECT_ATTRIBUTES_LIST)
            .at(Header, "x-amz-optional-object-attributes"),
    ],
);
pub static LIST_OBJECTS_V2_OUTPUT: Schema = Schema::structure(
    "ListObjectsV2Output",
    &[
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Contents", &OBJECT_LIST),
        Member::new("Name", &p::STRING),
        Member::new("Prefix", &p::STRING),
        Member::new("Delimiter", &p::STRING),
        Member::new("MaxKeys", &p::INTEGER),
        Member::new("CommonPrefixes", &COMMON_PREFIX_LIST),
        Member::new("EncodingType", &p::STRING),
        Member::new("KeyCount", &p::INTEGER),
        Member::new("ContinuationToken", &p::STRING),
        Member::new("NextContinuationToken", &p::STRING),
        Member::new("StartAfter", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static LIST_OBJECTS_V2_INPUT: Schema = Schema::structure(
    "ListObjectsV2Request",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Delimiter", &p::STRING).at(QueryString, "delimiter"),
        Member::new("EncodingType", &p::STRING).at(QueryString, "encoding-type"),
        Member::new("MaxKeys", &p::INTEGER).at(QueryString, "max-keys"),
        Member::new("Prefix", &p::STRING)
            .at(QueryString, "prefix")
            .context_param("Prefix"),
        Member::new("ContinuationToken", &p::STRING)
            .at(QueryString, "continuation-token"),
        Member::new("FetchOwner", &p::BOOLEAN).at(QueryString, "fetch-owner"),
        Member::new("StartAfter", &p::STRING).at(QueryString, "start-after"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("OptionalObjectAttributes", &OPTIONAL_OBJECT_ATTRIBUTES_LIST)
            .at(Header, "x-amz-optional-object-attributes"),
    ],
);
pub static LIST_PARTS_OUTPUT: Schema = Schema::structure(
    "ListPartsOutput",
    &[
        Member::new("AbortDate", &p::TIMESTAMP).at(Header, "x-amz-abort-date"),
        Member::new("AbortRuleId", &p::STRING).at(Header, "x-amz-abort-rule-id"),
        Member::new("Bucket", &p::STRING),
        Member::new("Key", &p::STRING),
        Member::new("UploadId", &p::STRING),
        Member::new("PartNumberMarker", &p::INTEGER),
        Member::new("NextPartNumberMarker", &p::INTEGER),
        Member::new("MaxParts", &p::INTEGER),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Parts", &PARTS).name("Part"),
        Member::new("Initiator", &INITIATOR),
        Member::new("Owner", &OWNER),
        Member::new("StorageClass", &p::STRING),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("ChecksumAlgorithm", &p::STRING),
        Member::new("ChecksumType", &p::STRING),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
    ],
);
pub static LIST_PARTS_INPUT: Schema = Schema::structure(
    "ListPartsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("MaxParts", &p::INTEGER).at(QueryString, "max-parts"),
        Member::new("PartNumberMarker", &p::INTEGER)
            .at(QueryString, "part-number-marker"),
        Member::new("UploadId", &p::STRING)
            .at(QueryString, "uploadId")
            .with(f::REQUIRED),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
    ],
);
pub static LOCATION_INFO: Schema = Schema::structure(
    "LocationInfo",
    &[Member::new("Type", &p::STRING), Member::new("Name", &p::STRING)],
);
pub static LOGGING_ENABLED: Schema = Schema::structure(
    "LoggingEnabled",
    &[
        Member::new("TargetBucket", &p::STRING).with(f::REQUIRED),
        Member::new("TargetGrants", &TARGET_GRANTS),
        Member::new("TargetPrefix", &p::STRING).with(f::REQUIRED),
        Member::new("TargetObjectKeyFormat", &TARGET_OBJECT_KEY_FORMAT),
    ],
);
pub static METADATA: Schema = Schema::map(
    "Metadata",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static METADATA_CONFIGURATION: Schema = Schema::structure(
    "MetadataConfiguration",
    &[
        Member::new("JournalTableConfiguration", &JOURNAL_TABLE_CONFIGURATION)
            .with(f::REQUIRED),
        Member::new("InventoryTableConfiguration", &INVENTORY_TABLE_CONFIGURATION),
        Member::new("AnnotationTableConfiguration", &ANNOTATION_TABLE_CONFIGURATION),
    ],
);
pub static METADATA_CONFIGURATION_RESULT: Schema = Schema::structure(
    "MetadataConfigurationResult",
    &[
        Member::new("DestinationResult", &DESTINATION_RESULT).with(f::REQUIRED),
        Member::new(
            "JournalTableConfigurationResult",
            &JOURNAL_TABLE_CONFIGURATION_RESULT,
        ),
        Member::new(
            "InventoryTableConfigurationResult",
            &INVENTORY_TABLE_CONFIGURATION_RESULT,
        ),
        Member::new(
            "AnnotationTableConfigurationResult",
            &ANNOTATION_TABLE_CONFIGURATION_RESULT,
        ),
    ],
);
pub static METADATA_ENTRY: Schema = Schema::structure(
    "MetadataEntry",
    &[Member::new("Name", &p::STRING), Member::new("Value", &p::STRING)],
);
pub static METADATA_TABLE_CONFIGURATION: Schema = Schema::structure(
    "MetadataTableConfiguration",
    &[Member::new("S3TablesDestination", &S3_TABLES_DESTINATION).with(f::REQUIRED)],
);
pub static METADATA_TABLE_CONFIGURATION_RESULT: Schema = Schema::structure(
    "MetadataTableConfigurationResult",
    &[
        Member::new("S3TablesDestinationResult", &S3_TABLES_DESTINATION_RESULT)
            .with(f::REQUIRED),
    ],
);
pub static METADATA_TABLE_ENCRYPTION_CONFIGURATION: Schema = Schema::structure(
    "MetadataTableEncryptionConfiguration",
    &[
        Member::new("SseAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("KmsKeyArn", &p::STRING),
    ],
);
pub static METRICS: Schema = Schema::structure(
    "Metrics",
    &[
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("EventThreshold", &REPLICATION_TIME_VALUE),
    ],
);
pub static METRICS_AND_OPERATOR: Schema = Schema::structure(
    "MetricsAndOperator",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tags", &TAG_SET).name("Tag").with(f::FLATTENED),
        Member::new("AccessPointArn", &p::STRING),
    ],
);
pub static METRICS_CONFIGURATION: Schema = Schema::structure(
    "MetricsConfiguration",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Filter", &METRICS_FILTER),
    ],
);
pub static METRICS_CONFIGURATION_LIST: Schema = Schema::list(
        "MetricsConfigurationList",
        &[Member::new("member", &METRICS_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static METRICS_FILTER: Schema = Schema::structure(
    "MetricsFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &TAG),
        Member::new("AccessPointArn", &p::STRING),
        Member::new("And", &METRICS_AND_OPERATOR),
    ],
);
pub static MULTIPART_UPLOAD: Schema = Schema::structure(
    "MultipartUpload",
    &[
        Member::new("UploadId", &p::STRING),
        Member::new("Key", &p::STRING),
        Member::new("Initiated", &p::TIMESTAMP),
        Member::new("StorageClass", &p::STRING),
        Member::new("Owner", &OWNER),
        Member::new("Initiator", &INITIATOR),
        Member::new("ChecksumAlgorithm", &p::STRING),
        Member::new("ChecksumType", &p::STRING),
        Member::new("VersionId", &p::STRING),
    ],
);
pub static MULTIPART_UPLOAD_LIST: Schema = Schema::list(
        "MultipartUploadList",
        &[Member::new("member", &MULTIPART_UPLOAD)],
    )
    .with(f::FLATTENED);
pub static NO_SUCH_ANNOTATION: Schema = Schema::structure("NoSuchAnnotation", &[])
    .error("NoSuchAnnotation", 404u16);
pub static NO_SUCH_BUCKET: Schema = Schema::structure("NoSuchBucket", &[])
    .error("NoSuchBucket", 404u16);
pub static NO_SUCH_KEY: Schema = Schema::structure("NoSuchKey", &[])
    .error("NoSuchKey", 404u16);
pub static NO_SUCH_UPLOAD: Schema = Schema::structure("NoSuchUpload", &[])
    .error("NoSuchUpload", 404u16);
pub static NON_EMPTY_KMS_KEY_ARN_STRING: Schema = Schema::scalar(
        "NonEmptyKmsKeyArnString",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static NONCURRENT_VERSION_EXPIRATION: Schema = Schema::structure(
    "NoncurrentVersionExpiration",
    &[
        Member::new("NoncurrentDays", &p::INTEGER),
        Member::new("NewerNoncurrentVersions", &p::INTEGER),
    ],
);
pub static NONCURRENT_VERSION_TRANSITION: Schema = Schema::structure(
    "NoncurrentVersionTransition",
    &[
        Member::new("NoncurrentDays", &p::INTEGER),
        Member::new("StorageClass", &p::STRING),
        Member::new("NewerNoncurrentVersions", &p::INTEGER),
    ],
);
pub static NONCURRENT_VERSION_TRANSITION_LIST: Schema = Schema::list(
        "NoncurrentVersionTransitionList",
        &[Member::new("member", &NONCURRENT_VERSION_TRANSITION)],
    )
    .with(f::FLATTENED);
pub static NOTIFICATION_CONFIGURATION: Schema = Schema::structure(
    "NotificationConfiguration",
    &[
        Member::new("TopicConfigurations", &TOPIC_CONFIGURATION_LIST)
            .name("TopicConfiguration"),
        Member::new("QueueConfigurations", &QUEUE_CONFIGURATION_LIST)
            .name("QueueConfiguration"),
        Member::new("LambdaFunctionConfigurations", &LAMBDA_FUNCTION_CONFIGURATION_LIST)
            .name("CloudFunctionConfiguration"),
        Member::new("EventBridgeConfiguration", &EVENT_BRIDGE_CONFIGURATION),
    ],
);
pub static NOTIFICATION_CONFIGURATION_DEPRECATED: Schema = Schema::structure(
    "NotificationConfigurationDeprecated",
    &[
        Member::new("TopicConfiguration", &TOPIC_CONFIGURATION_DEPRECATED),
        Member::new("QueueConfiguration", &QUEUE_CONFIGURATION_DEPRECATED),
        Member::new("CloudFunctionConfiguration", &CLOUD_FUNCTION_CONFIGURATION),
    ],
);
pub static NOTIFICATION_CONFIGURATION_FILTER: Schema = Schema::structure(
    "NotificationConfigurationFilter",
    &[Member::new("Key", &S3_KEY_FILTER).name("S3Key")],
);
pub static OBJECT: Schema = Schema::structure(
    "Object",
    &[
        Member::new("Key", &p::STRING),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("ETag", &p::STRING),
        Member::new("ChecksumAlgorithm", &CHECKSUM_ALGORITHM_LIST),
        Member::new("ChecksumType", &p::STRING),
        Member::new("Size", &p::LONG),
        Member::new("StorageClass", &p::STRING),
        Member::new("Owner", &OWNER),
        Member::new("RestoreStatus", &RESTORE_STATUS),
    ],
);
pub static OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR: Schema = Schema::structure(
        "ObjectAlreadyInActiveTierError",
        &[],
    )
    .error("ObjectAlreadyInActiveTierError", 403u16);
pub static OBJECT_ATTRIBUTES_LIST: Schema = Schema::list(
    "ObjectAttributesList",
    &[Member::new("member", &p::STRING)],
);
pub static OBJECT_ENCRYPTION: Schema = Schema::union(
    "ObjectEncryption",
    &[Member::new("SSEKMS", &SSEKMS_ENCRYPTION).name("SSE-KMS")],
);
pub static OBJECT_IDENTIFIER: Schema = Schema::structure(
    "ObjectIdentifier",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("VersionId", &p::STRING),
        Member::new("ETag", &p::STRING),
        Member::new("LastModifiedTime", &LAST_MODIFIED_TIME),
        Member::new("Size", &p::LONG),
    ],
);
pub static OBJECT_IDENTIFIER_LIST: Schema = Schema::list(
        "ObjectIdentifierList",
        &[Member::new("member", &OBJECT_IDENTIFIER)],
    )
    .with(f::FLATTENED);
pub static OBJECT_LIST: Schema = Schema::list(
        "ObjectList",
        &[Member::new("member", &OBJECT)],
    )
    .with(f::FLATTENED);
pub static OBJECT_LOCK_CONFIGURATION: Schema = Schema::structure(
    "ObjectLockConfiguration",
    &[
        Member::new("ObjectLockEnabled", &p::STRING),
        Member::new("Rule", &OBJECT_LOCK_RULE),
    ],
);
pub static OBJECT_LOCK_LEGAL_HOLD: Schema = Schema::structure(
    "ObjectLockLegalHold",
    &[Member::new("Status", &p::STRING)],
);
pub static OBJECT_LOCK_RETAIN_UNTIL_DATE: Schema = Schema::scalar(
        "ObjectLockRetainUntilDate",
        Kind::Timestamp,
    )
    .timestamp_format(TimestampFormat::Iso8601);
pub static OBJECT_LOCK_RETENTION: Schema = Schema::structure(
    "ObjectLockRetention",
    &[
        Member::new("Mode", &p::STRING),
        Member::new("RetainUntilDate", &DATE),
        Member::new("EventHold", &p::STRING),
        Member::new("EventHoldDuration", &EVENT_HOLD_DURATION),
    ],
);
pub static OBJECT_LOCK_RULE: Schema = Schema::structure(
    "ObjectLockRule",
    &[Member::new("DefaultRetention", &DEFAULT_RETENTION)],
);
pub static OBJECT_NOT_IN_ACTIVE_TIER_ERROR: Schema = Schema::structure(
        "ObjectNotInActiveTierError",
        &[],
    )
    .error("ObjectNotInActiveTierError", 403u16);
pub static OBJECT_PART: Schema = Schema::structure(
    "ObjectPart",
    &[
        Member::new("PartNumber", &p::INTEGER),
        Member::new("Size", &p::LONG),
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
    ],
);
pub static OBJECT_VERSION: Schema = Schema::structure(
    "ObjectVersion",
    &[
        Member::new("ETag", &p::STRING),
        Member::new("ChecksumAlgorithm", &CHECKSUM_ALGORITHM_LIST),
        Member::new("ChecksumType", &p::STRING),
        Member::new("Size", &p::LONG),
        Member::new("StorageClass", &p::STRING),
        Member::new("Key", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("IsLatest", &p::BOOLEAN),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("Owner", &OWNER),
        Member::new("RestoreStatus", &RESTORE_STATUS),
    ],
);
pub static OBJECT_VERSION_LIST: Schema = Schema::list(
        "ObjectVersionList",
        &[Member::new("member", &OBJECT_VERSION)],
    )
    .with(f::FLATTENED);
pub static OPTIONAL_OBJECT_ATTRIBUTES_LIST: Schema = Schema::list(
    "OptionalObjectAttributesList",
    &[Member::new("member", &p::STRING)],
);
pub static OUTPUT_LOCATION: Schema = Schema::structure(
    "OutputLocation",
    &[Member::new("S3", &S3_LOCATION)],
);
pub static OUTPUT_SERIALIZATION: Schema = Schema::structure(
    "OutputSerialization",
    &[Member::new("CSV", &CSV_OUTPUT), Member::new("JSON", &JSON_OUTPUT)],
);
pub static OWNER: Schema = Schema::structure(
    "Owner",
    &[Member::new("DisplayName", &p::STRING), Member::new("ID", &p::STRING)],
);
pub static OWNERSHIP_CONTROLS: Schema = Schema::structure(
    "OwnershipControls",
    &[Member::new("Rules", &OWNERSHIP_CONTROLS_RULES).name("Rule").with(f::REQUIRED)],
);
pub static OWNERSHIP_CONTROLS_RULE: Schema = Schema::structure(
    "OwnershipControlsRule",
    &[Member::new("ObjectOwnership", &p::STRING).with(f::REQUIRED)],
);
pub static OWNERSHIP_CONTROLS_RULES: Schema = Schema::list(
        "OwnershipControlsRules",
        &[Member::new("member", &OWNERSHIP_CONTROLS_RULE)],
    )
    .with(f::FLATTENED);
pub static PARQUET_INPUT: Schema = Schema::structure("ParquetInput", &[]);
pub static PART: Schema = Schema::structure(
    "Part",
    &[
        Member::new("PartNumber", &p::INTEGER),
        Member::new("LastModified", &p::TIMESTAMP),
        Member::new("ETag", &p::STRING),
        Member::new("Size", &p::LONG),
        Member::new("ChecksumCRC32", &p::STRING),
        Member::new("ChecksumCRC32C", &p::STRING),
        Member::new("ChecksumCRC64NVME", &p::STRING),
        Member::new("ChecksumSHA1", &p::STRING),
        Member::new("ChecksumSHA256", &p::STRING),
        Member::new("ChecksumSHA512", &p::STRING),
        Member::new("ChecksumMD5", &p::STRING),
        Member::new("ChecksumXXHASH64", &p::STRING),
        Member::new("ChecksumXXHASH3", &p::STRING),
        Member::new("ChecksumXXHASH128", &p::STRING),
    ],
);
pub static PARTITIONED_PREFIX: Schema = Schema::structure(
        "PartitionedPrefix",
        &[Member::new("PartitionDateSource", &p::STRING)],
    )
    .xml_name("PartitionedPrefix");
pub static PARTS: Schema = Schema::list("Parts", &[Member::new("member", &PART)])
    .with(f::FLATTENED);
pub static PARTS_LIST: Schema = Schema::list(
        "PartsList",
        &[Member::new("member", &OBJECT_PART)],
    )
    .with(f::FLATTENED);
pub static POLICY_STATUS: Schema = Schema::structure(
    "PolicyStatus",
    &[Member::new("IsPublic", &p::BOOLEAN).name("IsPublic")],
);
pub static PROGRESS: Schema = Schema::structure(
    "Progress",
    &[
        Member::new("BytesScanned", &p::LONG),
        Member::new("BytesProcessed", &p::LONG),
        Member::new("BytesReturned", &p::LONG),
    ],
);
pub static PROGRESS_EVENT: Schema = Schema::structure(
    "ProgressEvent",
    &[Member::new("Details", &PROGRESS).with(f::EVENT_PAYLOAD)],
);
pub static PUBLIC_ACCESS_BLOCK_CONFIGURATION: Schema = Schema::structure(
    "PublicAccessBlockConfiguration",
    &[
        Member::new("BlockPublicAcls", &p::BOOLEAN).name("BlockPublicAcls"),
        Member::new("IgnorePublicAcls", &p::BOOLEAN).name("IgnorePublicAcls"),
        Member::new("BlockPublicPolicy", &p::BOOLEAN).name("BlockPublicPolicy"),
        Member::new("RestrictPublicBuckets", &p::BOOLEAN).name("RestrictPublicBuckets"),
    ],
);
pub static PUT_BUCKET_ABAC_INPUT: Schema = Schema::structure(
    "PutBucketAbacRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("AbacStatus", &ABAC_STATUS)
            .name("AbacStatus")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
    ],
);
pub static PUT_BUCKET_ACCELERATE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketAccelerateConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("AccelerateConfiguration", &ACCELERATE_CONFIGURATION)
            .name("AccelerateConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
    ],
);
pub static PUT_BUCKET_ACL_INPUT: Schema = Schema::structure(
    "PutBucketAclRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("AccessControlPolicy", &ACCESS_CONTROL_POLICY)
            .name("AccessControlPolicy")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWrite", &p::STRING).at(Header, "x-amz-grant-write"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_ANALYTICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketAnalyticsConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("AnalyticsConfiguration", &ANALYTICS_CONFIGURATION)
            .name("AnalyticsConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_CORS_INPUT: Schema = Schema::structure(
    "PutBucketCorsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CORSConfiguration", &CORS_CONFIGURATION)
            .name("CORSConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_ENCRYPTION_INPUT: Schema = Schema::structure(
    "PutBucketEncryptionRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new(
                "ServerSideEncryptionConfiguration",
                &SERVER_SIDE_ENCRYPTION_CONFIGURATION,
            )
            .name("ServerSideEncryptionConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketIntelligentTieringConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new(
                "IntelligentTieringConfiguration",
                &INTELLIGENT_TIERING_CONFIGURATION,
            )
            .name("IntelligentTieringConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
    ],
);
pub static PUT_BUCKET_INVENTORY_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketInventoryConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("InventoryConfiguration", &INVENTORY_CONFIGURATION)
            .name("InventoryConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "PutBucketLifecycleConfigurationOutput",
    &[
        Member::new("TransitionDefaultMinimumObjectSize", &p::STRING)
            .at(Header, "x-amz-transition-default-minimum-object-size"),
    ],
);
pub static PUT_BUCKET_LIFECYCLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketLifecycleConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("LifecycleConfiguration", &BUCKET_LIFECYCLE_CONFIGURATION)
            .name("LifecycleConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("TransitionDefaultMinimumObjectSize", &p::STRING)
            .at(Header, "x-amz-transition-default-minimum-object-size"),
    ],
);
pub static PUT_BUCKET_LIFECYCLE_INPUT: Schema = Schema::structure(
    "PutBucketLifecycleRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("LifecycleConfiguration", &LIFECYCLE_CONFIGURATION)
            .name("LifecycleConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_LOGGING_INPUT: Schema = Schema::structure(
    "PutBucketLoggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("BucketLoggingStatus", &BUCKET_LOGGING_STATUS)
            .name("BucketLoggingStatus")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_METRICS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketMetricsConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Id", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("MetricsConfiguration", &METRICS_CONFIGURATION)
            .name("MetricsConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_NOTIFICATION_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketNotificationConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("NotificationConfiguration", &NOTIFICATION_CONFIGURATION)
            .name("NotificationConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("SkipDestinationValidation", &p::BOOLEAN)
            .at(Header, "x-amz-skip-destination-validation"),
    ],
);
pub static PUT_BUCKET_NOTIFICATION_INPUT: Schema = Schema::structure(
    "PutBucketNotificationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("NotificationConfiguration", &NOTIFICATION_CONFIGURATION_DEPRECATED)
            .name("NotificationConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_OWNERSHIP_CONTROLS_INPUT: Schema = Schema::structure(
    "PutBucketOwnershipControlsRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("OwnershipControls", &OWNERSHIP_CONTROLS)
            .name("OwnershipControls")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
    ],
);
pub static PUT_BUCKET_POLICY_INPUT: Schema = Schema::structure(
    "PutBucketPolicyRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ConfirmRemoveSelfBucketAccess", &p::BOOLEAN)
            .at(Header, "x-amz-confirm-remove-self-bucket-access"),
        Member::new("Policy", &p::STRING).with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_REPLICATION_INPUT: Schema = Schema::structure(
    "PutBucketReplicationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ReplicationConfiguration", &REPLICATION_CONFIGURATION)
            .name("ReplicationConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("Token", &p::STRING).at(Header, "x-amz-bucket-object-lock-token"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_REQUEST_PAYMENT_INPUT: Schema = Schema::structure(
    "PutBucketRequestPaymentRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("RequestPaymentConfiguration", &REQUEST_PAYMENT_CONFIGURATION)
            .name("RequestPaymentConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_TAGGING_INPUT: Schema = Schema::structure(
    "PutBucketTaggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("Tagging", &TAGGING)
            .name("Tagging")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_VERSIONING_INPUT: Schema = Schema::structure(
    "PutBucketVersioningRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("MFA", &p::STRING).at(Header, "x-amz-mfa"),
        Member::new("VersioningConfiguration", &VERSIONING_CONFIGURATION)
            .name("VersioningConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_BUCKET_WEBSITE_INPUT: Schema = Schema::structure(
    "PutBucketWebsiteRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("WebsiteConfiguration", &WEBSITE_CONFIGURATION)
            .name("WebsiteConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_ACL_OUTPUT: Schema = Schema::structure(
    "PutObjectAclOutput",
    &[Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged")],
);
pub static PUT_OBJECT_ACL_INPUT: Schema = Schema::structure(
    "PutObjectAclRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("AccessControlPolicy", &ACCESS_CONTROL_POLICY)
            .name("AccessControlPolicy")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWrite", &p::STRING).at(Header, "x-amz-grant-write"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_ANNOTATION_OUTPUT: Schema = Schema::structure(
    "PutObjectAnnotationOutput",
    &[
        Member::new("Key", &p::STRING),
        Member::new("AnnotationName", &p::STRING),
        Member::new("ObjectVersionId", &p::STRING).at(Header, "x-amz-object-version-id"),
        Member::new("ETag", &p::STRING).at(Header, "ETag"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static PUT_OBJECT_ANNOTATION_INPUT: Schema = Schema::structure(
    "PutObjectAnnotationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("AnnotationName", &p::STRING)
            .at(QueryString, "annotationName")
            .with(f::REQUIRED),
        Member::new("AnnotationPayload", &p::BLOB)
            .with(f::REQUIRED | f::PAYLOAD | f::STREAMING),
        Member::new("ObjectIfMatch", &p::STRING).at(Header, "x-amz-object-if-match"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_LEGAL_HOLD_OUTPUT: Schema = Schema::structure(
    "PutObjectLegalHoldOutput",
    &[Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged")],
);
pub static PUT_OBJECT_LEGAL_HOLD_INPUT: Schema = Schema::structure(
    "PutObjectLegalHoldRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("LegalHold", &OBJECT_LOCK_LEGAL_HOLD)
            .name("LegalHold")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_LOCK_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "PutObjectLockConfigurationOutput",
    &[Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged")],
);
pub static PUT_OBJECT_LOCK_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutObjectLockConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ObjectLockConfiguration", &OBJECT_LOCK_CONFIGURATION)
            .name("ObjectLockConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("Token", &p::STRING).at(Header, "x-amz-bucket-object-lock-token"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_OUTPUT: Schema = Schema::structure(
    "PutObjectOutput",
    &[
        Member::new("Expiration", &p::STRING).at(Header, "x-amz-expiration"),
        Member::new("ETag", &p::STRING).at(Header, "ETag"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("ChecksumType", &p::STRING).at(Header, "x-amz-checksum-type"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("Size", &p::LONG).at(Header, "x-amz-object-size"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
    ],
);
pub static PUT_OBJECT_INPUT: Schema = Schema::structure(
    "PutObjectRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("Body", &p::BLOB).with(f::PAYLOAD | f::STREAMING),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CacheControl", &p::STRING).at(Header, "Cache-Control"),
        Member::new("ContentDisposition", &p::STRING).at(Header, "Content-Disposition"),
        Member::new("ContentEncoding", &p::STRING).at(Header, "Content-Encoding"),
        Member::new("ContentLanguage", &p::STRING).at(Header, "Content-Language"),
        Member::new("ContentLength", &p::LONG).at(Header, "Content-Length"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ContentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("Expires", &p::STRING).at(Header, "Expires"),
        Member::new("IfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("IfNoneMatch", &p::STRING).at(Header, "If-None-Match"),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("WriteOffsetBytes", &p::LONG).at(Header, "x-amz-write-offset-bytes"),
        Member::new("Metadata", &METADATA).at(Headers, "x-amz-meta-"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("StorageClass", &p::STRING).at(Header, "x-amz-storage-class"),
        Member::new("WebsiteRedirectLocation", &p::STRING)
            .at(Header, "x-amz-website-redirect-location"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSEKMSEncryptionContext", &SSEKMS_ENCRYPTION_CONTEXT)
            .at(Header, "x-amz-server-side-encryption-context"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("Tagging", &p::STRING).at(Header, "x-amz-tagging"),
        Member::new("ObjectLockMode", &p::STRING).at(Header, "x-amz-object-lock-mode"),
        Member::new("ObjectLockRetainUntilDate", &OBJECT_LOCK_RETAIN_UNTIL_DATE)
            .at(Header, "x-amz-object-lock-retain-until-date"),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING)
            .at(Header, "x-amz-object-lock-legal-hold"),
        Member::new("ObjectLockEventHold", &p::STRING)
            .at(Header, "x-amz-object-lock-event-hold"),
        Member::new("ObjectLockEventHoldDurationDays", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-days"),
        Member::new("ObjectLockEventHoldDurationYears", &p::INTEGER)
            .at(Header, "x-amz-object-lock-event-hold-duration-years"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_RETENTION_OUTPUT: Schema = Schema::structure(
    "PutObjectRetentionOutput",
    &[Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged")],
);
pub static PUT_OBJECT_RETENTION_INPUT: Schema = Schema::structure(
    "PutObjectRetentionRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("Retention", &OBJECT_LOCK_RETENTION)
            .name("Retention")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("BypassGovernanceRetention", &p::BOOLEAN)
            .at(Header, "x-amz-bypass-governance-retention"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static PUT_OBJECT_TAGGING_OUTPUT: Schema = Schema::structure(
    "PutObjectTaggingOutput",
    &[Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id")],
);
pub static PUT_OBJECT_TAGGING_INPUT: Schema = Schema::structure(
    "PutObjectTaggingRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("Tagging", &TAGGING)
            .name("Tagging")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
    ],
);
pub static PUT_PUBLIC_ACCESS_BLOCK_INPUT: Schema = Schema::structure(
    "PutPublicAccessBlockRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("PublicAccessBlockConfiguration", &PUBLIC_ACCESS_BLOCK_CONFIGURATION)
            .name("PublicAccessBlockConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static QUEUE_CONFIGURATION: Schema = Schema::structure(
    "QueueConfiguration",
    &[
        Member::new("Id", &p::STRING),
        Member::new("QueueArn", &p::STRING).name("Queue").with(f::REQUIRED),
        Member::new("Events", &EVENT_LIST).name("Event").with(f::REQUIRED),
        Member::new("Filter", &NOTIFICATION_CONFIGURATION_FILTER),
    ],
);
pub static QUEUE_CONFIGURATION_DEPRECATED: Schema = Schema::structure(
    "QueueConfigurationDeprecated",
    &[
        Member::new("Id", &p::STRING),
        Member::new("Event", &p::STRING),
        Member::new("Events", &EVENT_LIST).name("Event"),
        Member::new("Queue", &p::STRING),
    ],
);
pub static QUEUE_CONFIGURATION_LIST: Schema = Schema::list(
        "QueueConfigurationList",
        &[Member::new("member", &QUEUE_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static RECORD_EXPIRATION: Schema = Schema::structure(
    "RecordExpiration",
    &[
        Member::new("Expiration", &p::STRING).with(f::REQUIRED),
        Member::new("Days", &p::INTEGER),
    ],
);
pub static RECORDS_EVENT: Schema = Schema::structure(
    "RecordsEvent",
    &[Member::new("Payload", &p::BLOB).with(f::EVENT_PAYLOAD)],
);
pub static REDIRECT: Schema = Schema::structure(
    "Redirect",
    &[
        Member::new("HostName", &p::STRING),
        Member::new("HttpRedirectCode", &p::STRING),
        Member::new("Protocol", &p::STRING),
        Member::new("ReplaceKeyPrefixWith", &p::STRING),
        Member::new("ReplaceKeyWith", &p::STRING),
    ],
);
pub static REDIRECT_ALL_REQUESTS_TO: Schema = Schema::structure(
    "RedirectAllRequestsTo",
    &[
        Member::new("HostName", &p::STRING).with(f::REQUIRED),
        Member::new("Protocol", &p::STRING),
    ],
);
pub static RENAME_OBJECT_OUTPUT: Schema = Schema::structure("RenameObjectOutput", &[]);
pub static RENAME_OBJECT_INPUT: Schema = Schema::structure(
    "RenameObjectRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("RenameSource", &p::STRING)
            .at(Header, "x-amz-rename-source")
            .with(f::REQUIRED),
        Member::new("DestinationIfMatch", &p::STRING).at(Header, "If-Match"),
        Member::new("DestinationIfNoneMatch", &p::STRING).at(Header, "If-None-Match"),
        Member::new("DestinationIfModifiedSince", &p::TIMESTAMP)
            .at(Header, "If-Modified-Since"),
        Member::new("DestinationIfUnmodifiedSince", &p::TIMESTAMP)
            .at(Header, "If-Unmodified-Since"),
        Member::new("SourceIfMatch", &p::STRING)
            .at(Header, "x-amz-rename-source-if-match"),
        Member::new("SourceIfNoneMatch", &p::STRING)
            .at(Header, "x-amz-rename-source-if-none-match"),
        Member::new("SourceIfModifiedSince", &RENAME_SOURCE_IF_MODIFIED_SINCE)
            .at(Header, "x-amz-rename-source-if-modified-since"),
        Member::new("SourceIfUnmodifiedSince", &RENAME_SOURCE_IF_UNMODIFIED_SINCE)
            .at(Header, "x-amz-rename-source-if-unmodified-since"),
        Member::new("ClientToken", &p::STRING)
            .at(Header, "x-amz-client-token")
            .with(f::IDEMPOTENCY_TOKEN),
    ],
);
pub static RENAME_SOURCE_IF_MODIFIED_SINCE: Schema = Schema::scalar(
        "RenameSourceIfModifiedSince",
        Kind::Timestamp,
    )
    .timestamp_format(TimestampFormat::Rfc822);
pub static RENAME_SOURCE_IF_UNMODIFIED_SINCE: Schema = Schema::scalar(
        "RenameSourceIfUnmodifiedSince",
        Kind::Timestamp,
    )
    .timestamp_format(TimestampFormat::Rfc822);
pub static REPLICA_MODIFICATIONS: Schema = Schema::structure(
    "ReplicaModifications",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static REPLICATION_CONFIGURATION: Schema = Schema::structure(
    "ReplicationConfiguration",
    &[
        Member::new("Role", &p::STRING).with(f::REQUIRED),
        Member::new("Rules", &REPLICATION_RULES).name("Rule").with(f::REQUIRED),
    ],
);
pub static REPLICATION_RULE: Schema = Schema::structure(
    "ReplicationRule",
    &[
        Member::new("ID", &p::STRING),
        Member::new("Priority", &p::INTEGER),
        Member::new("Prefix", &p::STRING),
        Member::new("Filter", &REPLICATION_RULE_FILTER),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("SourceSelectionCriteria", &SOURCE_SELECTION_CRITERIA),
        Member::new("ExistingObjectReplication", &EXISTING_OBJECT_REPLICATION),
        Member::new("Destination", &DESTINATION).with(f::REQUIRED),
        Member::new("DeleteMarkerReplication", &DELETE_MARKER_REPLICATION),
    ],
);
pub static REPLICATION_RULE_AND_OPERATOR: Schema = Schema::structure(
    "ReplicationRuleAndOperator",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tags", &TAG_SET).name("Tag").with(f::FLATTENED),
    ],
);
pub static REPLICATION_RULE_FILTER: Schema = Schema::structure(
    "ReplicationRuleFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &TAG),
        Member::new("And", &REPLICATION_RULE_AND_OPERATOR),
    ],
);
pub static REPLICATION_RULES: Schema = Schema::list(
        "ReplicationRules",
        &[Member::new("member", &REPLICATION_RULE)],
    )
    .with(f::FLATTENED);
pub static REPLICATION_TIME: Schema = Schema::structure(
    "ReplicationTime",
    &[
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Time", &REPLICATION_TIME_VALUE).with(f::REQUIRED),
    ],
);
pub static REPLICATION_TIME_VALUE: Schema = Schema::structure(
    "ReplicationTimeValue",
    &[Member::new("Minutes", &p::INTEGER)],
);
pub static REQUEST_PAYMENT_CONFIGURATION: Schema = Schema::structure(
    "RequestPaymentConfiguration",
    &[Member::new("Payer", &p::STRING).with(f::REQUIRED)],
);
pub static REQUEST_PROGRESS: Schema = Schema::structure(
    "RequestProgress",
    &[Member::new("Enabled", &p::BOOLEAN)],
);
pub static RESPONSE_EXPIRES: Schema = Schema::scalar("ResponseExpires", Kind::Timestamp)
    .timestamp_format(TimestampFormat::Rfc822);
pub static RESTORE_OBJECT_OUTPUT: Schema = Schema::structure(
    "RestoreObjectOutput",
    &[
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("RestoreOutputPath", &p::STRING)
            .at(Header, "x-amz-restore-output-path"),
    ],
);
pub static RESTORE_OBJECT_INPUT: Schema = Schema::structure(
    "RestoreObjectRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("RestoreRequest", &RESTORE_REQUEST)
            .name("RestoreRequest")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::PAYLOAD),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static RESTORE_REQUEST: Schema = Schema::structure(
    "RestoreRequest",
    &[
        Member::new("Days", &p::INTEGER),
        Member::new("GlacierJobParameters", &GLACIER_JOB_PARAMETERS),
        Member::new("Type", &p::STRING),
        Member::new("Tier", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("SelectParameters", &SELECT_PARAMETERS),
        Member::new("OutputLocation", &OUTPUT_LOCATION),
    ],
);
pub static RESTORE_STATUS: Schema = Schema::structure(
    "RestoreStatus",
    &[
        Member::new("IsRestoreInProgress", &p::BOOLEAN),
        Member::new("RestoreExpiryDate", &p::TIMESTAMP),
    ],
);
pub static ROUTING_RULE: Schema = Schema::structure(
    "RoutingRule",
    &[
        Member::new("Condition", &CONDITION),
        Member::new("Redirect", &REDIRECT).with(f::REQUIRED),
    ],
);
pub static ROUTING_RULES: Schema = Schema::list(
    "RoutingRules",
    &[Member::new("member", &ROUTING_RULE).name("RoutingRule")],
);
pub static RULE: Schema = Schema::structure(
    "Rule",
    &[
        Member::new("Expiration", &LIFECYCLE_EXPIRATION),
        Member::new("ID", &p::STRING),
        Member::new("Prefix", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Transition", &TRANSITION),
        Member::new("NoncurrentVersionTransition", &NONCURRENT_VERSION_TRANSITION),
        Member::new("NoncurrentVersionExpiration", &NONCURRENT_VERSION_EXPIRATION),
        Member::new("AbortIncompleteMultipartUpload", &ABORT_INCOMPLETE_MULTIPART_UPLOAD),
    ],
);
pub static RULES: Schema = Schema::list("Rules", &[Member::new("member", &RULE)])
    .with(f::FLATTENED);
pub static S3_KEY_FILTER: Schema = Schema::structure(
    "S3KeyFilter",
    &[Member::new("FilterRules", &FILTER_RULE_LIST).name("FilterRule")],
);
pub static S3_LOCATION: Schema = Schema::structure(
    "S3Location",
    &[
        Member::new("BucketName", &p::STRING).with(f::REQUIRED),
        Member::new("Prefix", &p::STRING).with(f::REQUIRED),
        Member::new("Encryption", &ENCRYPTION),
        Member::new("CannedACL", &p::STRING),
        Member::new("AccessControlList", &GRANTS),
        Member::new("Tagging", &TAGGING),
        Member::new("UserMetadata", &USER_METADATA),
        Member::new("StorageClass", &p::STRING),
    ],
);
pub static S3_TABLES_DESTINATION: Schema = Schema::structure(
    "S3TablesDestination",
    &[
        Member::new("TableBucketArn", &p::STRING).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static S3_TABLES_DESTINATION_RESULT: Schema = Schema::structure(
    "S3TablesDestinationResult",
    &[
        Member::new("TableBucketArn", &p::STRING).with(f::REQUIRED),
        Member::new("TableName", &p::STRING).with(f::REQUIRED),
        Member::new("TableArn", &p::STRING).with(f::REQUIRED),
        Member::new("TableNamespace", &p::STRING).with(f::REQUIRED),
    ],
);
pub static SSE_CUSTOMER_KEY: Schema = Schema::scalar("SSECustomerKey", Kind::String)
    .with(f::SENSITIVE);
pub static SSEKMS: Schema = Schema::structure(
        "SSEKMS",
        &[Member::new("KeyId", &SSEKMS_KEY_ID).with(f::REQUIRED)],
    )
    .xml_name("SSE-KMS");
pub static SSEKMS_ENCRYPTION: Schema = Schema::structure(
        "SSEKMSEncryption",
        &[
            Member::new("KMSKeyArn", &NON_EMPTY_KMS_KEY_ARN_STRING).with(f::REQUIRED),
            Member::new("BucketKeyEnabled", &p::BOOLEAN),
        ],
    )
    .xml_name("SSE-KMS");
pub static SSEKMS_ENCRYPTION_CONTEXT: Schema = Schema::scalar(
        "SSEKMSEncryptionContext",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static SSEKMS_KEY_ID: Schema = Schema::scalar("SSEKMSKeyId", Kind::String)
    .with(f::SENSITIVE);
pub static SSES3: Schema = Schema::structure("SSES3", &[]).xml_name("SSE-S3");
pub static SCAN_RANGE: Schema = Schema::structure(
    "ScanRange",
    &[Member::new("Start", &p::LONG), Member::new("End", &p::LONG)],
);
pub static SELECT_OBJECT_CONTENT_EVENT_STREAM: Schema = Schema::union(
        "SelectObjectContentEventStream",
        &[
            Member::new("Records", &RECORDS_EVENT),
            Member::new("Stats", &STATS_EVENT),
            Member::new("Progress", &PROGRESS_EVENT),
            Member::new("Cont", &CONTINUATION_EVENT),
            Member::new("End", &END_EVENT),
        ],
    )
    .with(f::EVENT_STREAM);
pub static SELECT_OBJECT_CONTENT_OUTPUT: Schema = Schema::structure(
    "SelectObjectContentOutput",
    &[
        Member::new("Payload", &SELECT_OBJECT_CONTENT_EVENT_STREAM)
            .with(f::PAYLOAD | f::EVENT_STREAM),
    ],
);
pub static SELECT_OBJECT_CONTENT_INPUT: Schema = Schema::structure(
    "SelectObjectContentRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("Expression", &p::STRING).with(f::REQUIRED),
        Member::new("ExpressionType", &p::STRING).with(f::REQUIRED),
        Member::new("RequestProgress", &REQUEST_PROGRESS),
        Member::new("InputSerialization", &INPUT_SERIALIZATION).with(f::REQUIRED),
        Member::new("OutputSerialization", &OUTPUT_SERIALIZATION).with(f::REQUIRED),
        Member::new("ScanRange", &SCAN_RANGE),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static SELECT_PARAMETERS: Schema = Schema::structure(
    "SelectParameters",
    &[
        Member::new("InputSerialization", &INPUT_SERIALIZATION).with(f::REQUIRED),
        Member::new("ExpressionType", &p::STRING).with(f::REQUIRED),
        Member::new("Expression", &p::STRING).with(f::REQUIRED),
        Member::new("OutputSerialization", &OUTPUT_SERIALIZATION).with(f::REQUIRED),
    ],
);
pub static SERVER_SIDE_ENCRYPTION_BY_DEFAULT: Schema = Schema::structure(
    "ServerSideEncryptionByDefault",
    &[
        Member::new("SSEAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("KMSMasterKeyID", &SSEKMS_KEY_ID),
    ],
);
pub static SERVER_SIDE_ENCRYPTION_CONFIGURATION: Schema = Schema::structure(
    "ServerSideEncryptionConfiguration",
    &[Member::new("Rules", &SERVER_SIDE_ENCRYPTION_RULES).name("Rule").with(f::REQUIRED)],
);
pub static SERVER_SIDE_ENCRYPTION_RULE: Schema = Schema::structure(
    "ServerSideEncryptionRule",
    &[
        Member::new(
            "ApplyServerSideEncryptionByDefault",
            &SERVER_SIDE_ENCRYPTION_BY_DEFAULT,
        ),
        Member::new("BucketKeyEnabled", &p::BOOLEAN),
        Member::new("BlockedEncryptionTypes", &BLOCKED_ENCRYPTION_TYPES),
    ],
);
pub static SERVER_SIDE_ENCRYPTION_RULES: Schema = Schema::list(
        "ServerSideEncryptionRules",
        &[Member::new("member", &SERVER_SIDE_ENCRYPTION_RULE)],
    )
    .with(f::FLATTENED);
pub static SESSION_CREDENTIAL_VALUE: Schema = Schema::scalar(
        "SessionCredentialValue",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static SESSION_CREDENTIALS: Schema = Schema::structure(
    "SessionCredentials",
    &[
        Member::new("AccessKeyId", &p::STRING).name("AccessKeyId").with(f::REQUIRED),
        Member::new("SecretAccessKey", &SESSION_CREDENTIAL_VALUE)
            .name("SecretAccessKey")
            .with(f::REQUIRED),
        Member::new("SessionToken", &SESSION_CREDENTIAL_VALUE)
            .name("SessionToken")
            .with(f::REQUIRED),
        Member::new("Expiration", &p::TIMESTAMP).name("Expiration").with(f::REQUIRED),
    ],
);
pub static SIMPLE_PREFIX: Schema = Schema::structure("SimplePrefix", &[])
    .xml_name("SimplePrefix");
pub static SOURCE_SELECTION_CRITERIA: Schema = Schema::structure(
    "SourceSelectionCriteria",
    &[
        Member::new("SseKmsEncryptedObjects", &SSE_KMS_ENCRYPTED_OBJECTS),
        Member::new("ReplicaModifications", &REPLICA_MODIFICATIONS),
    ],
);
pub static SSE_KMS_ENCRYPTED_OBJECTS: Schema = Schema::structure(
    "SseKmsEncryptedObjects",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static STATS: Schema = Schema::structure(
    "Stats",
    &[
        Member::new("BytesScanned", &p::LONG),
        Member::new("BytesProcessed", &p::LONG),
        Member::new("BytesReturned", &p::LONG),
    ],
);
pub static STATS_EVENT: Schema = Schema::structure(
    "StatsEvent",
    &[Member::new("Details", &STATS).with(f::EVENT_PAYLOAD)],
);
pub static STORAGE_CLASS_ANALYSIS: Schema = Schema::structure(
    "StorageClassAnalysis",
    &[Member::new("DataExport", &STORAGE_CLASS_ANALYSIS_DATA_EXPORT)],
);
pub static STORAGE_CLASS_ANALYSIS_DATA_EXPORT: Schema = Schema::structure(
    "StorageClassAnalysisDataExport",
    &[
        Member::new("OutputSchemaVersion", &p::STRING).with(f::REQUIRED),
        Member::new("Destination", &ANALYTICS_EXPORT_DESTINATION).with(f::REQUIRED),
    ],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_SET: Schema = Schema::list(
    "TagSet",
    &[Member::new("member", &TAG).name("Tag")],
);
pub static TAGGING: Schema = Schema::structure(
    "Tagging",
    &[Member::new("TagSet", &TAG_SET).with(f::REQUIRED)],
);
pub static TARGET_GRANT: Schema = Schema::structure(
    "TargetGrant",
    &[Member::new("Grantee", &GRANTEE), Member::new("Permission", &p::STRING)],
);
pub static TARGET_GRANTS: Schema = Schema::list(
    "TargetGrants",
    &[Member::new("member", &TARGET_GRANT).name("Grant")],
);
pub static TARGET_OBJECT_KEY_FORMAT: Schema = Schema::structure(
    "TargetObjectKeyFormat",
    &[
        Member::new("SimplePrefix", &SIMPLE_PREFIX).name("SimplePrefix"),
        Member::new("PartitionedPrefix", &PARTITIONED_PREFIX).name("PartitionedPrefix"),
    ],
);
pub static TIERING: Schema = Schema::structure(
    "Tiering",
    &[
        Member::new("Days", &p::INTEGER).with(f::REQUIRED),
        Member::new("AccessTier", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TIERING_LIST: Schema = Schema::list(
        "TieringList",
        &[Member::new("member", &TIERING)],
    )
    .with(f::FLATTENED);
pub static TOO_MANY_PARTS: Schema = Schema::structure("TooManyParts", &[])
    .error("TooManyParts", 400u16);
pub static TOPIC_CONFIGURATION: Schema = Schema::structure(
    "TopicConfiguration",
    &[
        Member::new("Id", &p::STRING),
        Member::new("TopicArn", &p::STRING).name("Topic").with(f::REQUIRED),
        Member::new("Events", &EVENT_LIST).name("Event").with(f::REQUIRED),
        Member::new("Filter", &NOTIFICATION_CONFIGURATION_FILTER),
    ],
);
pub static TOPIC_CONFIGURATION_DEPRECATED: Schema = Schema::structure(
    "TopicConfigurationDeprecated",
    &[
        Member::new("Id", &p::STRING),
        Member::new("Events", &EVENT_LIST).name("Event"),
        Member::new("Event", &p::STRING),
        Member::new("Topic", &p::STRING),
    ],
);
pub static TOPIC_CONFIGURATION_LIST: Schema = Schema::list(
        "TopicConfigurationList",
        &[Member::new("member", &TOPIC_CONFIGURATION)],
    )
    .with(f::FLATTENED);
pub static TRANSITION: Schema = Schema::structure(
    "Transition",
    &[
        Member::new("Date", &DATE),
        Member::new("Days", &p::INTEGER),
        Member::new("StorageClass", &p::STRING),
    ],
);
pub static TRANSITION_LIST: Schema = Schema::list(
        "TransitionList",
        &[Member::new("member", &TRANSITION)],
    )
    .with(f::FLATTENED);
pub static UNSUPPORTED_MEDIA_TYPE: Schema = Schema::structure(
        "UnsupportedMediaType",
        &[],
    )
    .error("UnsupportedMediaType", 415u16);
pub static UPDATE_BUCKET_METADATA_ANNOTATION_TABLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "UpdateBucketMetadataAnnotationTableConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new(
                "AnnotationTableConfiguration",
                &ANNOTATION_TABLE_CONFIGURATION_UPDATES,
            )
            .name("AnnotationTableConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "UpdateBucketMetadataInventoryTableConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new(
                "InventoryTableConfiguration",
                &INVENTORY_TABLE_CONFIGURATION_UPDATES,
            )
            .name("InventoryTableConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "UpdateBucketMetadataJournalTableConfigurationRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("JournalTableConfiguration", &JOURNAL_TABLE_CONFIGURATION_UPDATES)
            .name("JournalTableConfiguration")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static UPDATE_OBJECT_ENCRYPTION_INPUT: Schema = Schema::structure(
    "UpdateObjectEncryptionRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).at(QueryString, "versionId"),
        Member::new("ObjectEncryption", &OBJECT_ENCRYPTION)
            .name("ObjectEncryption")
            .xml_namespace(None, "http://s3.amazonaws.com/doc/2006-03-01/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
    ],
);
pub static UPDATE_OBJECT_ENCRYPTION_OUTPUT: Schema = Schema::structure(
    "UpdateObjectEncryptionResponse",
    &[Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged")],
);
pub static UPLOAD_PART_COPY_OUTPUT: Schema = Schema::structure(
    "UploadPartCopyOutput",
    &[
        Member::new("CopySourceVersionId", &p::STRING)
            .at(Header, "x-amz-copy-source-version-id"),
        Member::new("CopyPartResult", &COPY_PART_RESULT).with(f::PAYLOAD),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
    ],
);
pub static UPLOAD_PART_COPY_INPUT: Schema = Schema::structure(
    "UploadPartCopyRequest",
    &[
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CopySource", &p::STRING)
            .at(Header, "x-amz-copy-source")
            .with(f::REQUIRED),
        Member::new("CopySourceIfMatch", &p::STRING)
            .at(Header, "x-amz-copy-source-if-match"),
        Member::new("CopySourceIfModifiedSince", &p::TIMESTAMP)
            .at(Header, "x-amz-copy-source-if-modified-since"),
        Member::new("CopySourceIfNoneMatch", &p::STRING)
            .at(Header, "x-amz-copy-source-if-none-match"),
        Member::new("CopySourceIfUnmodifiedSince", &p::TIMESTAMP)
            .at(Header, "x-amz-copy-source-if-unmodified-since"),
        Member::new("CopySourceRange", &p::STRING).at(Header, "x-amz-copy-source-range"),
        Member::new("Key", &p::STRING).at(Uri, "Key").with(f::REQUIRED),
        Member::new("PartNumber", &p::INTEGER)
            .at(QueryString, "partNumber")
            .with(f::REQUIRED),
        Member::new("UploadId", &p::STRING)
            .at(QueryString, "uploadId")
            .with(f::REQUIRED),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("CopySourceSSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-copy-source-server-side-encryption-customer-algorithm"),
        Member::new("CopySourceSSECustomerKey", &COPY_SOURCE_SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-copy-source-server-side-encryption-customer-key"),
        Member::new("CopySourceSSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-copy-source-server-side-encryption-customer-key-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
        Member::new("ExpectedSourceBucketOwner", &p::STRING)
            .at(Header, "x-amz-source-expected-bucket-owner"),
    ],
);
pub static UPLOAD_PART_OUTPUT: Schema = Schema::structure(
    "UploadPartOutput",
    &[
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-server-side-encryption"),
        Member::new("ETag", &p::STRING).at(Header, "ETag"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(Header, "x-amz-server-side-encryption-bucket-key-enabled"),
        Member::new("RequestCharged", &p::STRING).at(Header, "x-amz-request-charged"),
        Member::new("VersionId", &p::STRING).at(Header, "x-amz-version-id"),
    ],
);
pub static UPLOAD_PART_INPUT: Schema = Schema::structure(
    "UploadPartRequest",
    &[
        Member::new("Body", &p::BLOB).with(f::PAYLOAD | f::STREAMING),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "Bucket")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ContentLength", &p::LONG).at(Header, "Content-Length"),
        Member::new("ContentMD5", &p::STRING).at(Header, "Content-MD5"),
        Member::new("ChecksumAlgorithm", &p::STRING)
            .at(Header, "x-amz-sdk-checksum-algorithm"),
        Member::new("ChecksumCRC32", &p::STRING).at(Header, "x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING).at(Header, "x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING).at(Header, "x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING).at(Header, "x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING).at(Header, "x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING).at(Header, "x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING).at(Header, "x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-checksum-xxhash128"),
        Member::new("Key", &p::STRING)
            .at(Uri, "Key")
            .context_param("Key")
            .with(f::REQUIRED),
        Member::new("PartNumber", &p::INTEGER)
            .at(QueryString, "partNumber")
            .with(f::REQUIRED),
        Member::new("UploadId", &p::STRING)
            .at(QueryString, "uploadId")
            .with(f::REQUIRED),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-algorithm"),
        Member::new("SSECustomerKey", &SSE_CUSTOMER_KEY)
            .at(Header, "x-amz-server-side-encryption-customer-key"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(Header, "x-amz-server-side-encryption-customer-key-MD5"),
        Member::new("RequestPayer", &p::STRING).at(Header, "x-amz-request-payer"),
        Member::new("ExpectedBucketOwner", &p::STRING)
            .at(Header, "x-amz-expected-bucket-owner"),
    ],
);
pub static USER_METADATA: Schema = Schema::list(
    "UserMetadata",
    &[Member::new("member", &METADATA_ENTRY).name("MetadataEntry")],
);
pub static VERSIONING_CONFIGURATION: Schema = Schema::structure(
    "VersioningConfiguration",
    &[
        Member::new("MFADelete", &p::STRING).name("MfaDelete"),
        Member::new("Status", &p::STRING),
    ],
);
pub static WEBSITE_CONFIGURATION: Schema = Schema::structure(
    "WebsiteConfiguration",
    &[
        Member::new("ErrorDocument", &ERROR_DOCUMENT),
        Member::new("IndexDocument", &INDEX_DOCUMENT),
        Member::new("RedirectAllRequestsTo", &REDIRECT_ALL_REQUESTS_TO),
        Member::new("RoutingRules", &ROUTING_RULES),
    ],
);
pub static WRITE_GET_OBJECT_RESPONSE_INPUT: Schema = Schema::structure(
    "WriteGetObjectResponseRequest",
    &[
        Member::new("RequestRoute", &p::STRING)
            .at(Header, "x-amz-request-route")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("RequestToken", &p::STRING)
            .at(Header, "x-amz-request-token")
            .with(f::REQUIRED),
        Member::new("Body", &p::BLOB).with(f::PAYLOAD | f::STREAMING),
        Member::new("StatusCode", &p::INTEGER).at(Header, "x-amz-fwd-status"),
        Member::new("ErrorCode", &p::STRING).at(Header, "x-amz-fwd-error-code"),
        Member::new("ErrorMessage", &p::STRING).at(Header, "x-amz-fwd-error-message"),
        Member::new("AcceptRanges", &p::STRING)
            .at(Header, "x-amz-fwd-header-accept-ranges"),
        Member::new("CacheControl", &p::STRING)
            .at(Header, "x-amz-fwd-header-Cache-Control"),
        Member::new("ContentDisposition", &p::STRING)
            .at(Header, "x-amz-fwd-header-Content-Disposition"),
        Member::new("ContentEncoding", &p::STRING)
            .at(Header, "x-amz-fwd-header-Content-Encoding"),
        Member::new("ContentLanguage", &p::STRING)
            .at(Header, "x-amz-fwd-header-Content-Language"),
        Member::new("ContentLength", &p::LONG).at(Header, "Content-Length"),
        Member::new("ContentRange", &p::STRING)
            .at(Header, "x-amz-fwd-header-Content-Range"),
        Member::new("ContentType", &p::STRING)
            .at(Header, "x-amz-fwd-header-Content-Type"),
        Member::new("ChecksumCRC32", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-crc32"),
        Member::new("ChecksumCRC32C", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-crc32c"),
        Member::new("ChecksumCRC64NVME", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-crc64nvme"),
        Member::new("ChecksumSHA1", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-sha1"),
        Member::new("ChecksumSHA256", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-sha256"),
        Member::new("ChecksumSHA512", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-sha512"),
        Member::new("ChecksumMD5", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-md5"),
        Member::new("ChecksumXXHASH64", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-xxhash64"),
        Member::new("ChecksumXXHASH3", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-xxhash3"),
        Member::new("ChecksumXXHASH128", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-checksum-xxhash128"),
        Member::new("DeleteMarker", &p::BOOLEAN)
            .at(Header, "x-amz-fwd-header-x-amz-delete-marker"),
        Member::new("ETag", &p::STRING).at(Header, "x-amz-fwd-header-ETag"),
        Member::new("Expires", &p::STRING).at(Header, "x-amz-fwd-header-Expires"),
        Member::new("Expiration", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-expiration"),
        Member::new("LastModified", &p::TIMESTAMP)
            .at(Header, "x-amz-fwd-header-Last-Modified"),
        Member::new("MissingMeta", &p::INTEGER)
            .at(Header, "x-amz-fwd-header-x-amz-missing-meta"),
        Member::new("Metadata", &METADATA).at(Headers, "x-amz-meta-"),
        Member::new("ObjectLockMode", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-object-lock-mode"),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-object-lock-legal-hold"),
        Member::new("ObjectLockRetainUntilDate", &OBJECT_LOCK_RETAIN_UNTIL_DATE)
            .at(Header, "x-amz-fwd-header-x-amz-object-lock-retain-until-date"),
        Member::new("PartsCount", &p::INTEGER)
            .at(Header, "x-amz-fwd-header-x-amz-mp-parts-count"),
        Member::new("ReplicationStatus", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-replication-status"),
        Member::new("RequestCharged", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-request-charged"),
        Member::new("Restore", &p::STRING).at(Header, "x-amz-fwd-header-x-amz-restore"),
        Member::new("ServerSideEncryption", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-server-side-encryption"),
        Member::new("SSECustomerAlgorithm", &p::STRING)
            .at(
                Header,
                "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm",
            ),
        Member::new("SSEKMSKeyId", &SSEKMS_KEY_ID)
            .at(Header, "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id"),
        Member::new("SSECustomerKeyMD5", &p::STRING)
            .at(
                Header,
                "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5",
            ),
        Member::new("StorageClass", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-storage-class"),
        Member::new("TagCount", &p::INTEGER)
            .at(Header, "x-amz-fwd-header-x-amz-tagging-count"),
        Member::new("VersionId", &p::STRING)
            .at(Header, "x-amz-fwd-header-x-amz-version-id"),
        Member::new("BucketKeyEnabled", &p::BOOLEAN)
            .at(
                Header,
                "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled",
            ),
    ],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ABORT_MULTIPART_UPLOAD: Operation = Operation::new(
            "AbortMultipartUpload",
            "DELETE",
            "/{Key+}",
            &super::ABORT_MULTIPART_UPLOAD_INPUT,
            &super::ABORT_MULTIPART_UPLOAD_OUTPUT,
        )
        .response_code(204u16)
        .errors(&[&super::NO_SUCH_UPLOAD]);
    pub static COMPLETE_MULTIPART_UPLOAD: Operation = Operation::new(
        "CompleteMultipartUpload",
        "POST",
        "/{Key+}",
        &super::COMPLETE_MULTIPART_UPLOAD_INPUT,
        &super::COMPLETE_MULTIPART_UPLOAD_OUTPUT,
    );
    pub static COPY_OBJECT: Operation = Operation::new(
            "CopyObject",
            "PUT",
            "/{Key+}",
            &super::COPY_OBJECT_INPUT,
            &super::COPY_OBJECT_OUTPUT,
        )
        .errors(&[&super::OBJECT_NOT_IN_ACTIVE_TIER_ERROR])
        .static_context_params(
            &[("DisableS3ExpressSessionAuth", ParamValue::Bool(true))],
        );
    pub static CREATE_BUCKET: Operation = Operation::new(
            "CreateBucket",
            "PUT",
            "/",
            &super::CREATE_BUCKET_INPUT,
            &super::CREATE_BUCKET_OUTPUT,
        )
        .errors(&[&super::BUCKET_ALREADY_EXISTS, &super::BUCKET_ALREADY_OWNED_BY_YOU])
        .static_context_params(
            &[
                ("DisableAccessPoints", ParamValue::Bool(true)),
                ("UseS3ExpressControlEndpoint", ParamValue::Bool(true)),
            ],
        );
    pub static CREATE_BUCKET_METADATA_CONFIGURATION: Operation = Operation::new(
            "CreateBucketMetadataConfiguration",
            "POST",
            "/?metadataConfiguration",
            &super::CREATE_BUCKET_METADATA_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static CREATE_BUCKET_METADATA_TABLE_CONFIGURATION: Operation = Operation::new(
            "CreateBucketMetadataTableConfiguration",
            "POST",
            "/?metadataTable",
            &super::CREATE_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static CREATE_MULTIPART_UPLOAD: Operation = Operation::new(
        "CreateMultipartUpload",
        "POST",
        "/{Key+}?uploads",
        &super::CREATE_MULTIPART_UPLOAD_INPUT,
        &super::CREATE_MULTIPART_UPLOAD_OUTPUT,
    );
    pub static CREATE_SESSION: Operation = Operation::new(
            "CreateSession",
            "GET",
            "/?session",
            &super::CREATE_SESSION_INPUT,
            &super::CREATE_SESSION_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_BUCKET])
        .static_context_params(
            &[("DisableS3ExpressSessionAuth", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET: Operation = Operation::new(
            "DeleteBucket",
            "DELETE",
            "/",
            &super::DELETE_BUCKET_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_ANALYTICS_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketAnalyticsConfiguration",
            "DELETE",
            "/?analytics",
            &super::DELETE_BUCKET_ANALYTICS_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_CORS: Operation = Operation::new(
            "DeleteBucketCors",
            "DELETE",
            "/?cors",
            &super::DELETE_BUCKET_CORS_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_ENCRYPTION: Operation = Operation::new(
            "DeleteBucketEncryption",
            "DELETE",
            "/?encryption",
            &super::DELETE_BUCKET_ENCRYPTION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketIntelligentTieringConfiguration",
            "DELETE",
            "/?intelligent-tiering",
            &super::DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_INVENTORY_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketInventoryConfiguration",
            "DELETE",
            "/?inventory",
            &super::DELETE_BUCKET_INVENTORY_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_LIFECYCLE: Operation = Operation::new(
            "DeleteBucketLifecycle",
            "DELETE",
            "/?lifecycle",
            &super::DELETE_BUCKET_LIFECYCLE_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_METADATA_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketMetadataConfiguration",
            "DELETE",
            "/?metadataConfiguration",
            &super::DELETE_BUCKET_METADATA_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_METADATA_TABLE_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketMetadataTableConfiguration",
            "DELETE",
            "/?metadataTable",
            &super::DELETE_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_METRICS_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketMetricsConfiguration",
            "DELETE",
            "/?metrics",
            &super::DELETE_BUCKET_METRICS_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_OWNERSHIP_CONTROLS: Operation = Operation::new(
            "DeleteBucketOwnershipControls",
            "DELETE",
            "/?ownershipControls",
            &super::DELETE_BUCKET_OWNERSHIP_CONTROLS_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_POLICY: Operation = Operation::new(
            "DeleteBucketPolicy",
            "DELETE",
            "/?policy",
            &super::DELETE_BUCKET_POLICY_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_REPLICATION: Operation = Operation::new(
            "DeleteBucketReplication",
            "DELETE",
            "/?replication",
            &super::DELETE_BUCKET_REPLICATION_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_TAGGING: Operation = Operation::new(
            "DeleteBucketTagging",
            "DELETE",
            "/?tagging",
            &super::DELETE_BUCKET_TAGGING_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_BUCKET_WEBSITE: Operation = Operation::new(
            "DeleteBucketWebsite",
            "DELETE",
            "/?website",
            &super::DELETE_BUCKET_WEBSITE_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static DELETE_OBJECT: Operation = Operation::new(
            "DeleteObject",
            "DELETE",
            "/{Key+}",
            &super::DELETE_OBJECT_INPUT,
            &super::DELETE_OBJECT_OUTPUT,
        )
        .response_code(204u16);
    pub static DELETE_OBJECT_ANNOTATION: Operation = Operation::new(
            "DeleteObjectAnnotation",
            "DELETE",
            "/{Key+}?annotation",
            &super::DELETE_OBJECT_ANNOTATION_INPUT,
            &super::DELETE_OBJECT_ANNOTATION_OUTPUT,
        )
        .response_code(204u16)
        .errors(&[&super::NO_SUCH_BUCKET, &super::NO_SUCH_KEY]);
    pub static DELETE_OBJECT_TAGGING: Operation = Operation::new(
            "DeleteObjectTagging",
            "DELETE",
            "/{Key+}?tagging",
            &super::DELETE_OBJECT_TAGGING_INPUT,
            &super::DELETE_OBJECT_TAGGING_OUTPUT,
        )
        .response_code(204u16);
    pub static DELETE_OBJECTS: Operation = Operation::new(
            "DeleteObjects",
            "POST",
            "/?delete",
            &super::DELETE_OBJECTS_INPUT,
            &super::DELETE_OBJECTS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static DELETE_PUBLIC_ACCESS_BLOCK: Operation = Operation::new(
            "DeletePublicAccessBlock",
            "DELETE",
            "/?publicAccessBlock",
            &super::DELETE_PUBLIC_ACCESS_BLOCK_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_ABAC: Operation = Operation::new(
        "GetBucketAbac",
        "GET",
        "/?abac",
        &super::GET_BUCKET_ABAC_INPUT,
        &super::GET_BUCKET_ABAC_OUTPUT,
    );
    pub static GET_BUCKET_ACCELERATE_CONFIGURATION: Operation = Operation::new(
            "GetBucketAccelerateConfiguration",
            "GET",
            "/?accelerate",
            &super::GET_BUCKET_ACCELERATE_CONFIGURATION_INPUT,
            &super::GET_BUCKET_ACCELERATE_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_ACL: Operation = Operation::new(
            "GetBucketAcl",
            "GET",
            "/?acl",
            &super::GET_BUCKET_ACL_INPUT,
            &super::GET_BUCKET_ACL_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_ANALYTICS_CONFIGURATION: Operation = Operation::new(
            "GetBucketAnalyticsConfiguration",
            "GET",
            "/?analytics",
            &super::GET_BUCKET_ANALYTICS_CONFIGURATION_INPUT,
            &super::GET_BUCKET_ANALYTICS_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_CORS: Operation = Operation::new(
            "GetBucketCors",
            "GET",
            "/?cors",
            &super::GET_BUCKET_CORS_INPUT,
            &super::GET_BUCKET_CORS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_ENCRYPTION: Operation = Operation::new(
            "GetBucketEncryption",
            "GET",
            "/?encryption",
            &super::GET_BUCKET_ENCRYPTION_INPUT,
            &super::GET_BUCKET_ENCRYPTION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION: Operation = Operation::new(
            "GetBucketIntelligentTieringConfiguration",
            "GET",
            "/?intelligent-tiering",
            &super::GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT,
            &super::GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_INVENTORY_CONFIGURATION: Operation = Operation::new(
            "GetBucketInventoryConfiguration",
            "GET",
            "/?inventory",
            &super::GET_BUCKET_INVENTORY_CONFIGURATION_INPUT,
            &super::GET_BUCKET_INVENTORY_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_LIFECYCLE: Operation = Operation::new(
            "GetBucketLifecycle",
            "GET",
            "/?lifecycle",
            &super::GET_BUCKET_LIFECYCLE_INPUT,
            &super::GET_BUCKET_LIFECYCLE_OUTPUT,
        )
        .with(op_flags::DEPRECATED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_LIFECYCLE_CONFIGURATION: Operation = Operation::new(
            "GetBucketLifecycleConfiguration",
            "GET",
            "/?lifecycle",
            &super::GET_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
            &super::GET_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_LOCATION: Operation = Operation::new(
            "GetBucketLocation",
            "GET",
            "/?location",
            &super::GET_BUCKET_LOCATION_INPUT,
            &super::GET_BUCKET_LOCATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_LOGGING: Operation = Operation::new(
            "GetBucketLogging",
            "GET",
            "/?logging",
            &super::GET_BUCKET_LOGGING_INPUT,
            &super::GET_BUCKET_LOGGING_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_METADATA_CONFIGURATION: Operation = Operation::new(
            "GetBucketMetadataConfiguration",
            "GET",
            "/?metadataConfiguration",
            &super::GET_BUCKET_METADATA_CONFIGURATION_INPUT,
            &super::GET_BUCKET_METADATA_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_METADATA_TABLE_CONFIGURATION: Operation = Operation::new(
            "GetBucketMetadataTableConfiguration",
            "GET",
            "/?metadataTable",
            &super::GET_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT,
            &super::GET_BUCKET_METADATA_TABLE_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_METRICS_CONFIGURATION: Operation = Operation::new(
            "GetBucketMetricsConfiguration",
            "GET",
            "/?metrics",
            &super::GET_BUCKET_METRICS_CONFIGURATION_INPUT,
            &super::GET_BUCKET_METRICS_CONFIGURATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_NOTIFICATION: Operation = Operation::new(
            "GetBucketNotification",
            "GET",
            "/?notification",
            &super::GET_BUCKET_NOTIFICATION_CONFIGURATION_REQUEST,
            &super::NOTIFICATION_CONFIGURATION_DEPRECATED,
        )
        .with(op_flags::DEPRECATED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_NOTIFICATION_CONFIGURATION: Operation = Operation::new(
            "GetBucketNotificationConfiguration",
            "GET",
            "/?notification",
            &super::GET_BUCKET_NOTIFICATION_CONFIGURATION_REQUEST,
            &super::NOTIFICATION_CONFIGURATION,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_OWNERSHIP_CONTROLS: Operation = Operation::new(
            "GetBucketOwnershipControls",
            "GET",
            "/?ownershipControls",
            &super::GET_BUCKET_OWNERSHIP_CONTROLS_INPUT,
            &super::GET_BUCKET_OWNERSHIP_CONTROLS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_POLICY: Operation = Operation::new(
            "GetBucketPolicy",
            "GET",
            "/?policy",
            &super::GET_BUCKET_POLICY_INPUT,
            &super::GET_BUCKET_POLICY_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_POLICY_STATUS: Operation = Operation::new(
            "GetBucketPolicyStatus",
            "GET",
            "/?policyStatus",
            &super::GET_BUCKET_POLICY_STATUS_INPUT,
            &super::GET_BUCKET_POLICY_STATUS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_REPLICATION: Operation = Operation::new(
            "GetBucketReplication",
            "GET",
            "/?replication",
            &super::GET_BUCKET_REPLICATION_INPUT,
            &super::GET_BUCKET_REPLICATION_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_REQUEST_PAYMENT: Operation = Operation::new(
            "GetBucketRequestPayment",
            "GET",
            "/?requestPayment",
            &super::GET_BUCKET_REQUEST_PAYMENT_INPUT,
            &super::GET_BUCKET_REQUEST_PAYMENT_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_TAGGING: Operation = Operation::new(
            "GetBucketTagging",
            "GET",
            "/?tagging",
            &super::GET_BUCKET_TAGGING_INPUT,
            &super::GET_BUCKET_TAGGING_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_VERSIONING: Operation = Operation::new(
            "GetBucketVersioning",
            "GET",
            "/?versioning",
            &super::GET_BUCKET_VERSIONING_INPUT,
            &super::GET_BUCKET_VERSIONING_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_BUCKET_WEBSITE: Operation = Operation::new(
            "GetBucketWebsite",
            "GET",
            "/?website",
            &super::GET_BUCKET_WEBSITE_INPUT,
            &super::GET_BUCKET_WEBSITE_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static GET_OBJECT: Operation = Operation::new(
            "GetObject",
            "GET",
            "/{Key+}",
            &super::GET_OBJECT_INPUT,
            &super::GET_OBJECT_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_KEY, &super::INVALID_OBJECT_STATE])
        .with(op_flags::STREAMING_OUTPUT)
        .http_checksum(HttpChecksum {
            request_algorithm_member: None,
            request_validation_mode_member: Some("ChecksumMode"),
            response_algorithms: &[
                "CRC64NVME",
                "CRC32",
                "CRC32C",
                "SHA256",
                "SHA1",
                "SHA512",
                "MD5",
                "XXHASH64",
                "XXHASH3",
                "XXHASH128",
            ],
        });
    pub static GET_OBJECT_ACL: Operation = Operation::new(
            "GetObjectAcl",
            "GET",
            "/{Key+}?acl",
            &super::GET_OBJECT_ACL_INPUT,
            &super::GET_OBJECT_ACL_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_KEY]);
    pub static GET_OBJECT_ANNOTATION: Operation = Operation::new(
            "GetObjectAnnotation",
            "GET",
            "/{Key+}?annotation",
            &super::GET_OBJECT_ANNOTATION_INPUT,
            &super::GET_OBJECT_ANNOTATION_OUTPUT,
        )
        .errors(
            &[&super::NO_SUCH_BUCKET, &super::NO_SUCH_KEY, &super::NO_SUCH_ANNOTATION],
        )
        .with(op_flags::STREAMING_OUTPUT)
        .http_checksum(HttpChecksum {
            request_algorithm_member: None,
            request_validation_mode_member: Some("ChecksumMode"),
            response_algorithms: &[
                "CRC64NVME",
                "CRC32",
                "CRC32C",
                "SHA256",
                "SHA1",
                "SHA512",
                "MD5",
                "XXHASH64",
                "XXHASH3",
                "XXHASH128",
            ],
        });
    pub static GET_OBJECT_ATTRIBUTES: Operation = Operation::new(
            "GetObjectAttributes",
            "GET",
            "/{Key+}?attributes",
            &super::GET_OBJECT_ATTRIBUTES_INPUT,
            &super::GET_OBJECT_ATTRIBUTES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_KEY]);
    pub static GET_OBJECT_LEGAL_HOLD: Operation = Operation::new(
        "GetObjectLegalHold",
        "GET",
        "/{Key+}?legal-hold",
        &super::GET_OBJECT_LEGAL_HOLD_INPUT,
        &super::GET_OBJECT_LEGAL_HOLD_OUTPUT,
    );
    pub static GET_OBJECT_LOCK_CONFIGURATION: Operation = Operation::new(
        "GetObjectLockConfiguration",
        "GET",
        "/?object-lock",
        &super::GET_OBJECT_LOCK_CONFIGURATION_INPUT,
        &super::GET_OBJECT_LOCK_CONFIGURATION_OUTPUT,
    );
    pub static GET_OBJECT_RETENTION: Operation = Operation::new(
        "GetObjectRetention",
        "GET",
        "/{Key+}?retention",
        &super::GET_OBJECT_RETENTION_INPUT,
        &super::GET_OBJECT_RETENTION_OUTPUT,
    );
    pub static GET_OBJECT_TAGGING: Operation = Operation::new(
        "GetObjectTagging",
        "GET",
        "/{Key+}?tagging",
        &super::GET_OBJECT_TAGGING_INPUT,
        &super::GET_OBJECT_TAGGING_OUTPUT,
    );
    pub static GET_OBJECT_TORRENT: Operation = Operation::new(
            "GetObjectTorrent",
            "GET",
            "/{Key+}?torrent",
            &super::GET_OBJECT_TORRENT_INPUT,
            &super::GET_OBJECT_TORRENT_OUTPUT,
        )
        .with(op_flags::STREAMING_OUTPUT);
    pub static GET_PUBLIC_ACCESS_BLOCK: Operation = Operation::new(
            "GetPublicAccessBlock",
            "GET",
            "/?publicAccessBlock",
            &super::GET_PUBLIC_ACCESS_BLOCK_INPUT,
            &super::GET_PUBLIC_ACCESS_BLOCK_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static HEAD_BUCKET: Operation = Operation::new(
            "HeadBucket",
            "HEAD",
            "/",
            &super::HEAD_BUCKET_INPUT,
            &super::HEAD_BUCKET_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_BUCKET]);
    pub static HEAD_OBJECT: Operation = Operation::new(
            "HeadObject",
            "HEAD",
            "/{Key+}",
            &super::HEAD_OBJECT_INPUT,
            &super::HEAD_OBJECT_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_KEY]);
    pub static LIST_BUCKET_ANALYTICS_CONFIGURATIONS: Operation = Operation::new(
            "ListBucketAnalyticsConfigurations",
            "GET",
            "/?analytics",
            &super::LIST_BUCKET_ANALYTICS_CONFIGURATIONS_INPUT,
            &super::LIST_BUCKET_ANALYTICS_CONFIGURATIONS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS: Operation = Operation::new(
            "ListBucketIntelligentTieringConfigurations",
            "GET",
            "/?intelligent-tiering",
            &super::LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS_INPUT,
            &super::LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static LIST_BUCKET_INVENTORY_CONFIGURATIONS: Operation = Operation::new(
            "ListBucketInventoryConfigurations",
            "GET",
            "/?inventory",
            &super::LIST_BUCKET_INVENTORY_CONFIGURATIONS_INPUT,
            &super::LIST_BUCKET_INVENTORY_CONFIGURATIONS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static LIST_BUCKET_METRICS_CONFIGURATIONS: Operation = Operation::new(
            "ListBucketMetricsConfigurations",
            "GET",
            "/?metrics",
            &super::LIST_BUCKET_METRICS_CONFIGURATIONS_INPUT,
            &super::LIST_BUCKET_METRICS_CONFIGURATIONS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static LIST_BUCKETS: Operation = Operation::new(
        "ListBuckets",
        "GET",
        "/",
        &super::LIST_BUCKETS_INPUT,
        &super::LIST_BUCKETS_OUTPUT,
    );
    pub static LIST_DIRECTORY_BUCKETS: Operation = Operation::new(
            "ListDirectoryBuckets",
            "GET",
            "/",
            &super::LIST_DIRECTORY_BUCKETS_INPUT,
            &super::LIST_DIRECTORY_BUCKETS_OUTPUT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static LIST_MULTIPART_UPLOADS: Operation = Operation::new(
        "ListMultipartUploads",
        "GET",
        "/?uploads",
        &super::LIST_MULTIPART_UPLOADS_INPUT,
        &super::LIST_MULTIPART_UPLOADS_OUTPUT,
    );
    pub static LIST_OBJECT_ANNOTATIONS: Operation = Operation::new(
            "ListObjectAnnotations",
            "GET",
            "/{Key+}?annotation",
            &super::LIST_OBJECT_ANNOTATIONS_INPUT,
            &super::LIST_OBJECT_ANNOTATIONS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_BUCKET, &super::NO_SUCH_KEY, &super::INVALID_PREFIX]);
    pub static LIST_OBJECT_VERSIONS: Operation = Operation::new(
        "ListObjectVersions",
        "GET",
        "/?versions",
        &super::LIST_OBJECT_VERSIONS_INPUT,
        &super::LIST_OBJECT_VERSIONS_OUTPUT,
    );
    pub static LIST_OBJECTS: Operation = Operation::new(
            "ListObjects",
            "GET",
            "/",
            &super::LIST_OBJECTS_INPUT,
            &super::LIST_OBJECTS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_BUCKET]);
    pub static LIST_OBJECTS_V2: Operation = Operation::new(
            "ListObjectsV2",
            "GET",
            "/?list-type=2",
            &super::LIST_OBJECTS_V2_INPUT,
            &super::LIST_OBJECTS_V2_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_BUCKET]);
    pub static LIST_PARTS: Operation = Operation::new(
        "ListParts",
        "GET",
        "/{Key+}",
        &super::LIST_PARTS_INPUT,
        &super::LIST_PARTS_OUTPUT,
    );
    pub static PUT_BUCKET_ABAC: Operation = Operation::new(
            "PutBucketAbac",
            "PUT",
            "/?abac",
            &super::PUT_BUCKET_ABAC_INPUT,
            &p::UNIT,
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_ACCELERATE_CONFIGURATION: Operation = Operation::new(
            "PutBucketAccelerateConfiguration",
            "PUT",
            "/?accelerate",
            &super::PUT_BUCKET_ACCELERATE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_ACL: Operation = Operation::new(
            "PutBucketAcl",
            "PUT",
            "/?acl",
            &super::PUT_BUCKET_ACL_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_ANALYTICS_CONFIGURATION: Operation = Operation::new(
            "PutBucketAnalyticsConfiguration",
            "PUT",
            "/?analytics",
            &super::PUT_BUCKET_ANALYTICS_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static PUT_BUCKET_CORS: Operation = Operation::new(
            "PutBucketCors",
            "PUT",
            "/?cors",
            &super::PUT_BUCKET_CORS_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_ENCRYPTION: Operation = Operation::new(
            "PutBucketEncryption",
            "PUT",
            "/?encryption",
            &super::PUT_BUCKET_ENCRYPTION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION: Operation = Operation::new(
            "PutBucketIntelligentTieringConfiguration",
            "PUT",
            "/?intelligent-tiering",
            &super::PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static PUT_BUCKET_INVENTORY_CONFIGURATION: Operation = Operation::new(
            "PutBucketInventoryConfiguration",
            "PUT",
            "/?inventory",
            &super::PUT_BUCKET_INVENTORY_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static PUT_BUCKET_LIFECYCLE: Operation = Operation::new(
            "PutBucketLifecycle",
            "PUT",
            "/?lifecycle",
            &super::PUT_BUCKET_LIFECYCLE_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED | op_flags::DEPRECATED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_LIFECYCLE_CONFIGURATION: Operation = Operation::new(
            "PutBucketLifecycleConfiguration",
            "PUT",
            "/?lifecycle",
            &super::PUT_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
            &super::PUT_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_LOGGING: Operation = Operation::new(
            "PutBucketLogging",
            "PUT",
            "/?logging",
            &super::PUT_BUCKET_LOGGING_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_METRICS_CONFIGURATION: Operation = Operation::new(
            "PutBucketMetricsConfiguration",
            "PUT",
            "/?metrics",
            &super::PUT_BUCKET_METRICS_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static PUT_BUCKET_NOTIFICATION: Operation = Operation::new(
            "PutBucketNotification",
            "PUT",
            "/?notification",
            &super::PUT_BUCKET_NOTIFICATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED | op_flags::DEPRECATED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_NOTIFICATION_CONFIGURATION: Operation = Operation::new(
            "PutBucketNotificationConfiguration",
            "PUT",
            "/?notification",
            &super::PUT_BUCKET_NOTIFICATION_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        );
    pub static PUT_BUCKET_OWNERSHIP_CONTROLS: Operation = Operation::new(
            "PutBucketOwnershipControls",
            "PUT",
            "/?ownershipControls",
            &super::PUT_BUCKET_OWNERSHIP_CONTROLS_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_POLICY: Operation = Operation::new(
            "PutBucketPolicy",
            "PUT",
            "/?policy",
            &super::PUT_BUCKET_POLICY_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_REPLICATION: Operation = Operation::new(
            "PutBucketReplication",
            "PUT",
            "/?replication",
            &super::PUT_BUCKET_REPLICATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_REQUEST_PAYMENT: Operation = Operation::new(
            "PutBucketRequestPayment",
            "PUT",
            "/?requestPayment",
            &super::PUT_BUCKET_REQUEST_PAYMENT_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_TAGGING: Operation = Operation::new(
            "PutBucketTagging",
            "PUT",
            "/?tagging",
            &super::PUT_BUCKET_TAGGING_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_VERSIONING: Operation = Operation::new(
            "PutBucketVersioning",
            "PUT",
            "/?versioning",
            &super::PUT_BUCKET_VERSIONING_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_BUCKET_WEBSITE: Operation = Operation::new(
            "PutBucketWebsite",
            "PUT",
            "/?website",
            &super::PUT_BUCKET_WEBSITE_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT: Operation = Operation::new(
            "PutObject",
            "PUT",
            "/{Key+}",
            &super::PUT_OBJECT_INPUT,
            &super::PUT_OBJECT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST,
                &super::INVALID_WRITE_OFFSET,
                &super::TOO_MANY_PARTS,
                &super::ENCRYPTION_TYPE_MISMATCH,
            ],
        )
        .with(op_flags::STREAMING_INPUT)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT_ACL: Operation = Operation::new(
            "PutObjectAcl",
            "PUT",
            "/{Key+}?acl",
            &super::PUT_OBJECT_ACL_INPUT,
            &super::PUT_OBJECT_ACL_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_KEY])
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT_ANNOTATION: Operation = Operation::new(
            "PutObjectAnnotation",
            "PUT",
            "/{Key+}?annotation",
            &super::PUT_OBJECT_ANNOTATION_INPUT,
            &super::PUT_OBJECT_ANNOTATION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_BUCKET,
                &super::NO_SUCH_KEY,
                &super::INVALID_REQUEST,
                &super::ANNOTATION_NAME_TOO_LONG,
                &super::ANNOTATION_LIMIT_EXCEEDED,
                &super::INVALID_ANNOTATION_NAME,
                &super::UNSUPPORTED_MEDIA_TYPE,
            ],
        )
        .with(op_flags::STREAMING_INPUT)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT_LEGAL_HOLD: Operation = Operation::new(
            "PutObjectLegalHold",
            "PUT",
            "/{Key+}?legal-hold",
            &super::PUT_OBJECT_LEGAL_HOLD_INPUT,
            &super::PUT_OBJECT_LEGAL_HOLD_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT_LOCK_CONFIGURATION: Operation = Operation::new(
            "PutObjectLockConfiguration",
            "PUT",
            "/?object-lock",
            &super::PUT_OBJECT_LOCK_CONFIGURATION_INPUT,
            &super::PUT_OBJECT_LOCK_CONFIGURATION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT_RETENTION: Operation = Operation::new(
            "PutObjectRetention",
            "PUT",
            "/{Key+}?retention",
            &super::PUT_OBJECT_RETENTION_INPUT,
            &super::PUT_OBJECT_RETENTION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_OBJECT_TAGGING: Operation = Operation::new(
            "PutObjectTagging",
            "PUT",
            "/{Key+}?tagging",
            &super::PUT_OBJECT_TAGGING_INPUT,
            &super::PUT_OBJECT_TAGGING_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static PUT_PUBLIC_ACCESS_BLOCK: Operation = Operation::new(
            "PutPublicAccessBlock",
            "PUT",
            "/?publicAccessBlock",
            &super::PUT_PUBLIC_ACCESS_BLOCK_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static RENAME_OBJECT: Operation = Operation::new(
            "RenameObject",
            "PUT",
            "/{Key+}?renameObject",
            &super::RENAME_OBJECT_INPUT,
            &super::RENAME_OBJECT_OUTPUT,
        )
        .errors(&[&super::IDEMPOTENCY_PARAMETER_MISMATCH]);
    pub static RESTORE_OBJECT: Operation = Operation::new(
            "RestoreObject",
            "POST",
            "/{Key+}?restore",
            &super::RESTORE_OBJECT_INPUT,
            &super::RESTORE_OBJECT_OUTPUT,
        )
        .errors(&[&super::OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR])
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static SELECT_OBJECT_CONTENT: Operation = Operation::new(
            "SelectObjectContent",
            "POST",
            "/{Key+}?select&select-type=2",
            &super::SELECT_OBJECT_CONTENT_INPUT,
            &super::SELECT_OBJECT_CONTENT_OUTPUT,
        )
        .with(op_flags::EVENT_STREAM)
        .input_xml(
            "SelectObjectContentRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://s3.amazonaws.com/doc/2006-03-01/",
            }),
        );
    pub static UPDATE_BUCKET_METADATA_ANNOTATION_TABLE_CONFIGURATION: Operation = Operation::new(
            "UpdateBucketMetadataAnnotationTableConfiguration",
            "PUT",
            "/?metadataAnnotationTable",
            &super::UPDATE_BUCKET_METADATA_ANNOTATION_TABLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION: Operation = Operation::new(
            "UpdateBucketMetadataInventoryTableConfiguration",
            "PUT",
            "/?metadataInventoryTable",
            &super::UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION: Operation = Operation::new(
            "UpdateBucketMetadataJournalTableConfiguration",
            "PUT",
            "/?metadataJournalTable",
            &super::UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(
            &[("UseS3ExpressControlEndpoint", ParamValue::Bool(true))],
        )
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static UPDATE_OBJECT_ENCRYPTION: Operation = Operation::new(
            "UpdateObjectEncryption",
            "PUT",
            "/{Key+}?encryption",
            &super::UPDATE_OBJECT_ENCRYPTION_INPUT,
            &super::UPDATE_OBJECT_ENCRYPTION_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_KEY, &super::INVALID_REQUEST, &super::ACCESS_DENIED])
        .with(op_flags::CHECKSUM_REQUIRED)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static UPLOAD_PART: Operation = Operation::new(
            "UploadPart",
            "PUT",
            "/{Key+}",
            &super::UPLOAD_PART_INPUT,
            &super::UPLOAD_PART_OUTPUT,
        )
        .with(op_flags::STREAMING_INPUT)
        .http_checksum(HttpChecksum {
            request_algorithm_member: Some("ChecksumAlgorithm"),
            request_validation_mode_member: None,
            response_algorithms: &[],
        });
    pub static UPLOAD_PART_COPY: Operation = Operation::new(
            "UploadPartCopy",
            "PUT",
            "/{Key+}",
            &super::UPLOAD_PART_COPY_INPUT,
            &super::UPLOAD_PART_COPY_OUTPUT,
        )
        .static_context_params(
            &[("DisableS3ExpressSessionAuth", ParamValue::Bool(true))],
        );
    pub static WRITE_GET_OBJECT_RESPONSE: Operation = Operation::new(
            "WriteGetObjectResponse",
            "POST",
            "/WriteGetObjectResponse",
            &super::WRITE_GET_OBJECT_RESPONSE_INPUT,
            &p::UNIT,
        )
        .auth(AuthScheme::SigV4UnsignedBody)
        .host_prefix("{RequestRoute}.")
        .with(op_flags::UNSIGNED_PAYLOAD | op_flags::STREAMING_INPUT)
        .static_context_params(&[("UseObjectLambdaEndpoint", ParamValue::Bool(true))]);
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ABORT_MULTIPART_UPLOAD,
        &COMPLETE_MULTIPART_UPLOAD,
        &COPY_OBJECT,
        &CREATE_BUCKET,
        &CREATE_BUCKET_METADATA_CONFIGURATION,
        &CREATE_BUCKET_METADATA_TABLE_CONFIGURATION,
        &CREATE_MULTIPART_UPLOAD,
        &CREATE_SESSION,
        &DELETE_BUCKET,
        &DELETE_BUCKET_ANALYTICS_CONFIGURATION,
        &DELETE_BUCKET_CORS,
        &DELETE_BUCKET_ENCRYPTION,
        &DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
        &DELETE_BUCKET_INVENTORY_CONFIGURATION,
        &DELETE_BUCKET_LIFECYCLE,
        &DELETE_BUCKET_METADATA_CONFIGURATION,
        &DELETE_BUCKET_METADATA_TABLE_CONFIGURATION,
        &DELETE_BUCKET_METRICS_CONFIGURATION,
        &DELETE_BUCKET_OWNERSHIP_CONTROLS,
        &DELETE_BUCKET_POLICY,
        &DELETE_BUCKET_REPLICATION,
        &DELETE_BUCKET_TAGGING,
        &DELETE_BUCKET_WEBSITE,
        &DELETE_OBJECT,
        &DELETE_OBJECT_ANNOTATION,
        &DELETE_OBJECT_TAGGING,
        &DELETE_OBJECTS,
        &DELETE_PUBLIC_ACCESS_BLOCK,
        &GET_BUCKET_ABAC,
        &GET_BUCKET_ACCELERATE_CONFIGURATION,
        &GET_BUCKET_ACL,
        &GET_BUCKET_ANALYTICS_CONFIGURATION,
        &GET_BUCKET_CORS,
        &GET_BUCKET_ENCRYPTION,
        &GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
        &GET_BUCKET_INVENTORY_CONFIGURATION,
        &GET_BUCKET_LIFECYCLE,
        &GET_BUCKET_LIFECYCLE_CONFIGURATION,
        &GET_BUCKET_LOCATION,
        &GET_BUCKET_LOGGING,
        &GET_BUCKET_METADATA_CONFIGURATION,
        &GET_BUCKET_METADATA_TABLE_CONFIGURATION,
        &GET_BUCKET_METRICS_CONFIGURATION,
        &GET_BUCKET_NOTIFICATION,
        &GET_BUCKET_NOTIFICATION_CONFIGURATION,
        &GET_BUCKET_OWNERSHIP_CONTROLS,
        &GET_BUCKET_POLICY,
        &GET_BUCKET_POLICY_STATUS,
        &GET_BUCKET_REPLICATION,
        &GET_BUCKET_REQUEST_PAYMENT,
        &GET_BUCKET_TAGGING,
        &GET_BUCKET_VERSIONING,
        &GET_BUCKET_WEBSITE,
        &GET_OBJECT,
        &GET_OBJECT_ACL,
        &GET_OBJECT_ANNOTATION,
        &GET_OBJECT_ATTRIBUTES,
        &GET_OBJECT_LEGAL_HOLD,
        &GET_OBJECT_LOCK_CONFIGURATION,
        &GET_OBJECT_RETENTION,
        &GET_OBJECT_TAGGING,
        &GET_OBJECT_TORRENT,
        &GET_PUBLIC_ACCESS_BLOCK,
        &HEAD_BUCKET,
        &HEAD_OBJECT,
        &LIST_BUCKET_ANALYTICS_CONFIGURATIONS,
        &LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS,
        &LIST_BUCKET_INVENTORY_CONFIGURATIONS,
        &LIST_BUCKET_METRICS_CONFIGURATIONS,
        &LIST_BUCKETS,
        &LIST_DIRECTORY_BUCKETS,
        &LIST_MULTIPART_UPLOADS,
        &LIST_OBJECT_ANNOTATIONS,
        &LIST_OBJECT_VERSIONS,
        &LIST_OBJECTS,
        &LIST_OBJECTS_V2,
        &LIST_PARTS,
        &PUT_BUCKET_ABAC,
        &PUT_BUCKET_ACCELERATE_CONFIGURATION,
        &PUT_BUCKET_ACL,
        &PUT_BUCKET_ANALYTICS_CONFIGURATION,
        &PUT_BUCKET_CORS,
        &PUT_BUCKET_ENCRYPTION,
        &PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
        &PUT_BUCKET_INVENTORY_CONFIGURATION,
        &PUT_BUCKET_LIFECYCLE,
        &PUT_BUCKET_LIFECYCLE_CONFIGURATION,
        &PUT_BUCKET_LOGGING,
        &PUT_BUCKET_METRICS_CONFIGURATION,
        &PUT_BUCKET_NOTIFICATION,
        &PUT_BUCKET_NOTIFICATION_CONFIGURATION,
        &PUT_BUCKET_OWNERSHIP_CONTROLS,
        &PUT_BUCKET_POLICY,
        &PUT_BUCKET_REPLICATION,
        &PUT_BUCKET_REQUEST_PAYMENT,
        &PUT_BUCKET_TAGGING,
        &PUT_BUCKET_VERSIONING,
        &PUT_BUCKET_WEBSITE,
        &PUT_OBJECT,
        &PUT_OBJECT_ACL,
        &PUT_OBJECT_ANNOTATION,
        &PUT_OBJECT_LEGAL_HOLD,
        &PUT_OBJECT_LOCK_CONFIGURATION,
        &PUT_OBJECT_RETENTION,
        &PUT_OBJECT_TAGGING,
        &PUT_PUBLIC_ACCESS_BLOCK,
        &RENAME_OBJECT,
        &RESTORE_OBJECT,
        &SELECT_OBJECT_CONTENT,
        &UPDATE_BUCKET_METADATA_ANNOTATION_TABLE_CONFIGURATION,
        &UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION,
        &UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION,
        &UPDATE_OBJECT_ENCRYPTION,
        &UPLOAD_PART,
        &UPLOAD_PART_COPY,
        &WRITE_GET_OBJECT_RESPONSE,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_BUCKETS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_BUCKETS,
        input_token: &["ContinuationToken"],
        output_token: &["ContinuationToken"],
        limit_key: Some("MaxBuckets"),
        more_results: None,
        result_key: &["Buckets"],
    };
    pub static LIST_DIRECTORY_BUCKETS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_DIRECTORY_BUCKETS,
        input_token: &["ContinuationToken"],
        output_token: &["ContinuationToken"],
        limit_key: Some("MaxDirectoryBuckets"),
        more_results: None,
        result_key: &["Buckets"],
    };
    pub static LIST_MULTIPART_UPLOADS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_MULTIPART_UPLOADS,
        input_token: &["KeyMarker", "UploadIdMarker"],
        output_token: &["NextKeyMarker", "NextUploadIdMarker"],
        limit_key: Some("MaxUploads"),
        more_results: Some("IsTruncated"),
        result_key: &["Uploads", "CommonPrefixes"],
    };
    pub static LIST_OBJECT_ANNOTATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_OBJECT_ANNOTATIONS,
        input_token: &["ContinuationToken"],
        output_token: &["NextContinuationToken"],
        limit_key: Some("MaxAnnotationResults"),
        more_results: None,
        result_key: &["Annotations"],
    };
    pub static LIST_OBJECT_VERSIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_OBJECT_VERSIONS,
        input_token: &["KeyMarker", "VersionIdMarker"],
        output_token: &["NextKeyMarker", "NextVersionIdMarker"],
        limit_key: Some("MaxKeys"),
        more_results: Some("IsTruncated"),
        result_key: &["Versions", "DeleteMarkers", "CommonPrefixes"],
    };
    pub static LIST_OBJECTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_OBJECTS,
        input_token: &["Marker"],
        output_token: &["NextMarker || Contents[-1].Key"],
        limit_key: Some("MaxKeys"),
        more_results: Some("IsTruncated"),
        result_key: &["Contents", "CommonPrefixes"],
    };
    pub static LIST_OBJECTS_V2: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_OBJECTS_V2,
        input_token: &["ContinuationToken"],
        output_token: &["NextContinuationToken"],
        limit_key: Some("MaxKeys"),
        more_results: Some("IsTruncated"),
        result_key: &["Contents", "CommonPrefixes"],
    };
    pub static LIST_PARTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_PARTS,
        input_token: &["PartNumberMarker"],
        output_token: &["NextPartNumberMarker"],
        limit_key: Some("MaxParts"),
        more_results: Some("IsTruncated"),
        result_key: &["Parts"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static BUCKET_EXISTS: WaiterSpec = WaiterSpec {
        name: "BucketExists",
        operation: &super::ops::HEAD_BUCKET,
        delay: 5u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(301i64),
            },
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(403i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(404i64),
            },
        ],
    };
    pub static BUCKET_NOT_EXISTS: WaiterSpec = WaiterSpec {
        name: "BucketNotExists",
        operation: &super::ops::HEAD_BUCKET,
        delay: 5u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(404i64),
            },
        ],
    };
    pub static OBJECT_EXISTS: WaiterSpec = WaiterSpec {
        name: "ObjectExists",
        operation: &super::ops::HEAD_OBJECT,
        delay: 5u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(404i64),
            },
        ],
    };
    pub static OBJECT_NOT_EXISTS: WaiterSpec = WaiterSpec {
        name: "ObjectNotExists",
        operation: &super::ops::HEAD_OBJECT,
        delay: 5u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(404i64),
            },
        ],
    };
}

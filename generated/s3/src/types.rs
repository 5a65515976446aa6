//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose bucket, you can use tags to manage access to the general purpose buckets as well as for cost tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use tags for cost tracking purposes. For more information, see [Using tags with S3 general purpose buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging.html).
#[derive(Clone, Default, PartialEq)]
pub struct AbacStatus {
    /// The ABAC status of the general purpose bucket.
    pub status: Option<BucketAbacStatus>,
}
rt::structure!(AbacStatus, ABAC_STATUS, [status]);
/// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AbortIncompleteMultipartUpload {
    /// Specifies the number of days after which Amazon S3 aborts an incomplete multipart upload.
    pub days_after_initiation: Option<i32>,
}
rt::structure!(
    AbortIncompleteMultipartUpload, ABORT_INCOMPLETE_MULTIPART_UPLOAD,
    [days_after_initiation]
);
#[derive(Clone, Default, PartialEq)]
pub struct AbortMultipartUploadOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Version ID of the object.
    ///
    /// Returns the Version ID of the object for the aborted multipart upload, if bucket versioning is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AbortMultipartUploadOutput, ABORT_MULTIPART_UPLOAD_OUTPUT, [request_charged,
    version_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct AbortMultipartUploadInput {
    /// The bucket name to which the upload was taking place.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Key of the object for which the multipart upload was initiated.
    pub key: String,
    /// Upload ID that identifies the multipart upload.
    pub upload_id: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// If present, this header aborts an in progress multipart upload only if it was initiated on the provided timestamp. If the initiated timestamp of the multipart upload does not match the provided value, the operation returns a `412 Precondition Failed` error. If the initiated timestamp matches or if the multipart upload doesn’t exist, the operation returns a `204 Success (No Content)` response.
    ///
    /// This functionality is only supported for directory buckets.
    pub if_match_initiated_time: Option<rt::DateTime>,
}
rt::structure!(
    AbortMultipartUploadInput, ABORT_MULTIPART_UPLOAD_INPUT, [bucket, key, upload_id,
    request_payer, expected_bucket_owner, if_match_initiated_time]
);
/// Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see [Amazon S3 Transfer Acceleration](https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AccelerateConfiguration {
    /// Specifies the transfer acceleration status of the bucket.
    pub status: Option<BucketAccelerateStatus>,
}
rt::structure!(AccelerateConfiguration, ACCELERATE_CONFIGURATION, [status]);
/// Contains the elements that set the ACL permissions for an object per grantee.
#[derive(Clone, Default, PartialEq)]
pub struct AccessControlPolicy {
    /// A list of grants.
    pub grants: Option<Vec<Grant>>,
    /// Container for the bucket owner's display name and ID.
    pub owner: Option<Owner>,
}
rt::structure!(AccessControlPolicy, ACCESS_CONTROL_POLICY, [grants, owner]);
/// A container for information about access control for replicas.
#[derive(Clone, Default, PartialEq)]
pub struct AccessControlTranslation {
    /// Specifies the replica ownership. For default and valid values, see [PUT bucket replication](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html) in the *Amazon S3 API Reference*.
    pub owner: OwnerOverride,
}
rt::structure!(AccessControlTranslation, ACCESS_CONTROL_TRANSLATION, [owner]);
/// You might receive this error for several reasons. For details, see the description of this API operation.
#[derive(Clone, Default, PartialEq)]
pub struct AccessDenied {}
rt::structure!(AccessDenied, ACCESS_DENIED, []);
/// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The operator must have at least two predicates in any combination, and an object must match all of the predicates for the filter to apply.
#[derive(Clone, Default, PartialEq)]
pub struct AnalyticsAndOperator {
    /// The prefix to use when evaluating an AND predicate: The prefix that an object must have to be included in the metrics results.
    pub prefix: Option<String>,
    /// The list of tags to use when evaluating an AND predicate.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(AnalyticsAndOperator, ANALYTICS_AND_OPERATOR, [prefix, tags]);
/// Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct AnalyticsConfiguration {
    /// The ID that identifies the analytics configuration.
    pub id: String,
    /// The filter used to describe a set of objects for analyses. A filter must have exactly one prefix, one tag, or one conjunction (AnalyticsAndOperator). If no filter is provided, all objects will be considered in any analysis.
    pub filter: Option<AnalyticsFilter>,
    /// Contains data related to access patterns to be collected and made available to analyze the tradeoffs between different storage classes.
    pub storage_class_analysis: StorageClassAnalysis,
}
rt::structure!(
    AnalyticsConfiguration, ANALYTICS_CONFIGURATION, [id, filter, storage_class_analysis]
);
/// Where to publish the analytics results.
#[derive(Clone, Default, PartialEq)]
pub struct AnalyticsExportDestination {
    /// A destination signifying output to an S3 bucket.
    pub s3_bucket_destination: AnalyticsS3BucketDestination,
}
rt::structure!(
    AnalyticsExportDestination, ANALYTICS_EXPORT_DESTINATION, [s3_bucket_destination]
);
/// The filter used to describe a set of objects for analyses. A filter must have exactly one prefix, one tag, or one conjunction (AnalyticsAndOperator). If no filter is provided, all objects will be considered in any analysis.
#[derive(Clone, Default, PartialEq)]
pub struct AnalyticsFilter {
    /// The prefix to use when evaluating an analytics filter.
    pub prefix: Option<String>,
    /// The tag to use when evaluating an analytics filter.
    pub tag: Option<Tag>,
    /// A conjunction (logical AND) of predicates, which is used in evaluating an analytics filter. The operator must have at least two predicates.
    pub and: Option<AnalyticsAndOperator>,
}
rt::structure!(AnalyticsFilter, ANALYTICS_FILTER, [prefix, tag, and]);
/// Contains information about where to publish the analytics results.
#[derive(Clone, Default, PartialEq)]
pub struct AnalyticsS3BucketDestination {
    /// Specifies the file format used when exporting data to Amazon S3.
    pub format: AnalyticsS3ExportFileFormat,
    /// The account ID that owns the destination S3 bucket. If no account ID is provided, the owner is not validated before exporting data.
    ///
    /// Although this value is optional, we strongly recommend that you set it to help prevent problems if the destination bucket ownership changes.
    pub bucket_account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the bucket to which data is exported.
    pub bucket: String,
    /// The prefix to use when exporting data. The prefix is prepended to all results.
    pub prefix: Option<String>,
}
rt::structure!(
    AnalyticsS3BucketDestination, ANALYTICS_S3_BUCKET_DESTINATION, [format,
    bucket_account_id, bucket, prefix]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnalyticsS3ExportFileFormat {
    /// `CSV`
    Csv,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(AnalyticsS3ExportFileFormat, { Csv => "CSV" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnnotationConfigurationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AnnotationConfigurationState, { Enabled => "ENABLED", Disabled => "DISABLED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnnotationDirective {
    /// `COPY`
    Copy,
    /// `EXCLUDE`
    Exclude,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(AnnotationDirective, { Copy => "COPY", Exclude => "EXCLUDE" });
/// Describes a single annotation attached to an object, including its name, last modified time, size, ETag, checksum algorithm, and replication status. Returned in the response from `ListObjectAnnotations`.
#[derive(Clone, Default, PartialEq)]
pub struct AnnotationEntry {
    /// The name of the annotation.
    pub annotation_name: String,
    /// The date and time the annotation was last modified.
    pub last_modified: rt::DateTime,
    /// The entity tag of the annotation.
    pub e_tag: Option<String>,
    /// The checksum algorithm used for the annotation.
    pub checksum_algorithm: Option<Vec<ChecksumAlgorithm>>,
    /// The size of the annotation payload, in bytes.
    pub size: i64,
    /// The replication status of the annotation.
    pub replication_status: Option<ReplicationStatus>,
}
rt::structure!(
    AnnotationEntry, ANNOTATION_ENTRY, [annotation_name, last_modified, e_tag,
    checksum_algorithm, size, replication_status]
);
/// The request would exceed the maximum number of annotations allowed per object.
#[derive(Clone, Default, PartialEq)]
pub struct AnnotationLimitExceeded {}
rt::structure!(AnnotationLimitExceeded, ANNOTATION_LIMIT_EXCEEDED, []);
/// The annotation name exceeds 512 bytes.
#[derive(Clone, Default, PartialEq)]
pub struct AnnotationNameTooLong {}
rt::structure!(AnnotationNameTooLong, ANNOTATION_NAME_TOO_LONG, []);
/// Specifies the configuration for the annotation table associated with a bucket's Amazon S3 Metadata configuration. The annotation table is an Iceberg table that records annotation events for objects in the bucket.
#[derive(Clone, Default, PartialEq)]
pub struct AnnotationTableConfiguration {
    /// The state of the annotation table. Valid values are `ENABLED` and `DISABLED`.
    pub configuration_state: AnnotationConfigurationState,
    /// The encryption settings for an S3 Metadata journal table or inventory table configuration.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
    /// The ARN of the IAM role used to manage the annotation table.
    pub role: Option<String>,
}
rt::structure!(
    AnnotationTableConfiguration, ANNOTATION_TABLE_CONFIGURATION, [configuration_state,
    encryption_configuration, role]
);
/// Contains the current state of the annotation table associated with a bucket's Amazon S3 Metadata configuration, including its provisioning status and identifiers.
#[derive(Clone, Default, PartialEq)]
pub struct AnnotationTableConfigurationResult {
    /// The current configuration state of the annotation table.
    pub configuration_state: AnnotationConfigurationState,
    /// The provisioning status of the annotation table. Possible values: `CREATING`, `BACKFILLING`, `ACTIVE`, `FAILED`.
    pub table_status: Option<String>,
    /// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2 `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code and error message.
    ///
    /// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
    pub error: Option<ErrorDetails>,
    /// The name of the annotation table.
    pub table_name: Option<String>,
    /// The ARN of the annotation table.
    pub table_arn: Option<String>,
    /// The ARN of the IAM role associated with the annotation table.
    pub role: Option<String>,
}
rt::structure!(
    AnnotationTableConfigurationResult, ANNOTATION_TABLE_CONFIGURATION_RESULT,
    [configuration_state, table_status, error, table_name, table_arn, role]
);
/// Specifies updates to apply to the annotation table configuration. Used as the request body for `UpdateBucketMetadataAnnotationTableConfiguration`.
#[derive(Clone, Default, PartialEq)]
pub struct AnnotationTableConfigurationUpdates {
    /// The new configuration state to apply.
    pub configuration_state: AnnotationConfigurationState,
    /// The encryption settings for an S3 Metadata journal table or inventory table configuration.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
    /// The new IAM role ARN to apply.
    pub role: Option<String>,
}
rt::structure!(
    AnnotationTableConfigurationUpdates, ANNOTATION_TABLE_CONFIGURATION_UPDATES,
    [configuration_state, encryption_configuration, role]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ArchiveStatus {
    /// `ARCHIVE_ACCESS`
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    DeepArchiveAccess,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ArchiveStatus, { ArchiveAccess => "ARCHIVE_ACCESS", DeepArchiveAccess =>
    "DEEP_ARCHIVE_ACCESS" }
);
/// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type. For example, blocking an encryption type will block `PutObject`, `CopyObject`, `PostObject`, multipart upload, and replication requests to the bucket for objects with the specified encryption type. However, you can continue to read and list any pre-existing objects already encrypted with the specified encryption type. For more information, see [Blocking or unblocking SSE-C for a general purpose bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html).
///
/// This data type is used with the following actions:
///
/// - [PutBucketEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketEncryption.html)
///
/// - [GetBucketEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html)
///
/// - [DeleteBucketEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketEncryption.html)
///
/// Permissions
///
/// You must have the `s3:PutEncryptionConfiguration` permission to block or unblock an encryption type for a bucket.
///
/// You must have the `s3:GetEncryptionConfiguration` permission to view a bucket's encryption type.
#[derive(Clone, Default, PartialEq)]
pub struct BlockedEncryptionTypes {
    /// The object encryption type that you want to block or unblock for an Amazon S3 general purpose bucket.
    ///
    /// Currently, this parameter only supports blocking or unblocking server side encryption with customer-provided keys (SSE-C). For more information about SSE-C, see [Using server-side encryption with customer-provided keys (SSE-C)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html).
    pub encryption_type: Option<Vec<EncryptionType>>,
}
rt::structure!(BlockedEncryptionTypes, BLOCKED_ENCRYPTION_TYPES, [encryption_type]);
/// In terms of implementation, a Bucket is a resource.
#[derive(Clone, Default, PartialEq)]
pub struct Bucket {
    /// The name of the bucket.
    pub name: Option<String>,
    /// Date the bucket was created. This date can change when making changes to your bucket, such as editing its bucket policy.
    pub creation_date: Option<rt::DateTime>,
    /// `BucketRegion` indicates the Amazon Web Services region where the bucket is located. If the request contains at least one valid parameter, it is included in the response.
    pub bucket_region: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services resources across all of Amazon Web Services.
    ///
    /// This parameter is only supported for S3 directory buckets. For more information, see [Using tags with directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-tagging.html).
    pub bucket_arn: Option<String>,
}
rt::structure!(Bucket, BUCKET, [name, creation_date, bucket_region, bucket_arn]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketAbacStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(BucketAbacStatus, { Enabled => "Enabled", Disabled => "Disabled" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketAccelerateStatus {
    /// `Enabled`
    Enabled,
    /// `Suspended`
    Suspended,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketAccelerateStatus, { Enabled => "Enabled", Suspended => "Suspended" }
);
/// The requested bucket name is not available. The bucket namespace is shared by all users of the system. Select a different name and try again.
#[derive(Clone, Default, PartialEq)]
pub struct BucketAlreadyExists {}
rt::structure!(BucketAlreadyExists, BUCKET_ALREADY_EXISTS, []);
/// The bucket you tried to create already exists, and you own it. Amazon S3 returns this error in all Amazon Web Services Regions except in the North Virginia Region. For legacy compatibility, if you re-create an existing bucket that you already own in the North Virginia Region, Amazon S3 returns 200 OK and resets the bucket access control lists (ACLs).
#[derive(Clone, Default, PartialEq)]
pub struct BucketAlreadyOwnedByYou {}
rt::structure!(BucketAlreadyOwnedByYou, BUCKET_ALREADY_OWNED_BY_YOU, []);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketCannedAcl {
    /// `private`
    Private,
    /// `public-read`
    PublicRead,
    /// `public-read-write`
    PublicReadWrite,
    /// `authenticated-read`
    AuthenticatedRead,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketCannedAcl, { Private => "private", PublicRead => "public-read", PublicReadWrite
    => "public-read-write", AuthenticatedRead => "authenticated-read" }
);
/// Specifies the information about the bucket that will be created. For more information about directory buckets, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html) in the *Amazon S3 User Guide*.
///
/// This functionality is only supported by directory buckets.
#[derive(Clone, Default, PartialEq)]
pub struct BucketInfo {
    /// The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the bucket.
    pub data_redundancy: Option<DataRedundancy>,
    /// The type of bucket.
    pub r#type: Option<BucketType>,
}
rt::structure!(BucketInfo, BUCKET_INFO, [data_redundancy, r#type]);
/// Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information, see [Object Lifecycle Management](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct BucketLifecycleConfiguration {
    /// A lifecycle rule for individual objects in an Amazon S3 bucket.
    pub rules: Vec<LifecycleRule>,
}
rt::structure!(BucketLifecycleConfiguration, BUCKET_LIFECYCLE_CONFIGURATION, [rules]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketLocationConstraint {
    /// `af-south-1`
    AfSouth1,
    /// `ap-east-1`
    ApEast1,
    /// `ap-east-2`
    ApEast2,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-northeast-3`
    ApNortheast3,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-south-2`
    ApSouth2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-southeast-4`
    ApSoutheast4,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `ap-southeast-6`
    ApSoutheast6,
    /// `ap-southeast-7`
    ApSoutheast7,
    /// `ca-central-1`
    CaCentral1,
    /// `ca-west-1`
    CaWest1,
    /// `cn-north-1`
    CnNorth1,
    /// `cn-northwest-1`
    CnNorthwest1,
    /// `EU`
    Eu,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-south-1`
    EuSouth1,
    /// `eu-south-2`
    EuSouth2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `il-central-1`
    IlCentral1,
    /// `me-central-1`
    MeCentral1,
    /// `me-south-1`
    MeSouth1,
    /// `mx-central-1`
    MxCentral1,
    /// `sa-east-1`
    SaEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-gov-east-1`
    UsGovEast1,
    /// `us-gov-west-1`
    UsGovWest1,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketLocationConstraint, { AfSouth1 => "af-south-1", ApEast1 => "ap-east-1", ApEast2
    => "ap-east-2", ApNortheast1 => "ap-northeast-1", ApNortheast2 => "ap-northeast-2",
    ApNortheast3 => "ap-northeast-3", ApSouth1 => "ap-south-1", ApSouth2 => "ap-south-2",
    ApSoutheast1 => "ap-southeast-1", ApSoutheast2 => "ap-southeast-2", ApSoutheast3 =>
    "ap-southeast-3", ApSoutheast4 => "ap-southeast-4", ApSoutheast5 => "ap-southeast-5",
    ApSoutheast6 => "ap-southeast-6", ApSoutheast7 => "ap-southeast-7", CaCentral1 =>
    "ca-central-1", CaWest1 => "ca-west-1", CnNorth1 => "cn-north-1", CnNorthwest1 =>
    "cn-northwest-1", Eu => "EU", EuCentral1 => "eu-central-1", EuCentral2 =>
    "eu-central-2", EuNorth1 => "eu-north-1", EuSouth1 => "eu-south-1", EuSouth2 =>
    "eu-south-2", EuWest1 => "eu-west-1", EuWest2 => "eu-west-2", EuWest3 => "eu-west-3",
    IlCentral1 => "il-central-1", MeCentral1 => "me-central-1", MeSouth1 => "me-south-1",
    MxCentral1 => "mx-central-1", SaEast1 => "sa-east-1", UsEast2 => "us-east-2",
    UsGovEast1 => "us-gov-east-1", UsGovWest1 => "us-gov-west-1", UsWest1 => "us-west-1",
    UsWest2 => "us-west-2" }
);
/// Container for logging status information.
#[derive(Clone, Default, PartialEq)]
pub struct BucketLoggingStatus {
    /// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys for a bucket. For more information, see [PUT Bucket logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the *Amazon S3 API Reference*.
    pub logging_enabled: Option<LoggingEnabled>,
}
rt::structure!(BucketLoggingStatus, BUCKET_LOGGING_STATUS, [logging_enabled]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketLogsPermission {
    /// `FULL_CONTROL`
    FullControl,
    /// `READ`
    Read,
    /// `WRITE`
    Write,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketLogsPermission, { FullControl => "FULL_CONTROL", Read => "READ", Write =>
    "WRITE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketNamespace {
    /// `account-regional`
    AccountRegional,
    /// `global`
    Global,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketNamespace, { AccountRegional => "account-regional", Global => "global" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketType {
    /// `Directory`
    Directory,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(BucketType, { Directory => "Directory" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketVersioningStatus {
    /// `Enabled`
    Enabled,
    /// `Suspended`
    Suspended,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketVersioningStatus, { Enabled => "Enabled", Suspended => "Suspended" }
);
/// Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more information, see [Enabling Cross-Origin Resource Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct CorsConfiguration {
    /// A set of origins and methods (cross-origin access that you want to allow). You can add up to 100 rules to the configuration.
    pub cors_rules: Vec<CorsRule>,
}
rt::structure!(CorsConfiguration, CORS_CONFIGURATION, [cors_rules]);
/// Specifies a cross-origin access rule for an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct CorsRule {
    /// Unique identifier for the rule. The value cannot be longer than 255 characters.
    pub id: Option<String>,
    /// Headers that are specified in the `Access-Control-Request-Headers` header. These headers are allowed in a preflight OPTIONS request. In response to any preflight OPTIONS request, Amazon S3 returns any requested headers that are allowed.
    pub allowed_headers: Option<Vec<String>>,
    /// An HTTP method that you allow the origin to execute. Valid values are `GET`, `PUT`, `HEAD`, `POST`, and `DELETE`.
    pub allowed_methods: Vec<String>,
    /// One or more origins you want customers to be able to access the bucket from.
    pub allowed_origins: Vec<String>,
    /// One or more headers in the response that you want customers to be able to access from their applications (for example, from a JavaScript `XMLHttpRequest` object).
    pub expose_headers: Option<Vec<String>>,
    /// The time in seconds that your browser is to cache the preflight response for the specified resource.
    pub max_age_seconds: Option<i32>,
}
rt::structure!(
    CorsRule, CORS_RULE, [id, allowed_headers, allowed_methods, allowed_origins,
    expose_headers, max_age_seconds]
);
/// Describes how an uncompressed comma-separated values (CSV)-formatted input object is formatted.
#[derive(Clone, Default, PartialEq)]
pub struct CsvInput {
    /// Describes the first line of input. Valid values are:
    ///
    /// - `NONE`: First line is not a header.
    ///
    /// - `IGNORE`: First line is a header, but you can't use the header values to indicate the column in an expression. You can use column position (such as \_1, \_2, …) to indicate the column (`SELECT s.\_1 FROM OBJECT s`).
    ///
    /// - `Use`: First line is a header, and you can use the header value to identify a column in an expression (`SELECT "name" FROM OBJECT`).
    pub file_header_info: Option<FileHeaderInfo>,
    /// A single character used to indicate that a row should be ignored when the character is present at the start of that row. You can specify any character to indicate a comment line. The default character is `\#`.
    ///
    /// Default: `\#`
    pub comments: Option<String>,
    /// A single character used for escaping the quotation mark character inside an already escaped value. For example, the value `""" a , b """` is parsed as `" a , b "`.
    pub quote_escape_character: Option<String>,
    /// A single character used to separate individual records in the input. Instead of the default value, you can specify an arbitrary delimiter.
    pub record_delimiter: Option<String>,
    /// A single character used to separate individual fields in a record. You can specify an arbitrary delimiter.
    pub field_delimiter: Option<String>,
    /// A single character used for escaping when the field delimiter is part of the value. For example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as follows: `" a , b "`.
    ///
    /// Type: String
    ///
    /// Default: `"`
    ///
    /// Ancestors: `CSV`
    pub quote_character: Option<String>,
    /// Specifies that CSV field values may contain quoted record delimiters and such records should be allowed. Default value is FALSE. Setting this value to TRUE may lower performance.
    pub allow_quoted_record_delimiter: Option<bool>,
}
rt::structure!(
    CsvInput, CSV_INPUT, [file_header_info, comments, quote_escape_character,
    record_delimiter, field_delimiter, quote_character, allow_quoted_record_delimiter]
);
/// Describes how uncompressed comma-separated values (CSV)-formatted results are formatted.
#[derive(Clone, Default, PartialEq)]
pub struct CsvOutput {
    /// Indicates whether to use quotation marks around output fields.
    ///
    /// - `ALWAYS`: Always use quotation marks for output fields.
    ///
    /// - `ASNEEDED`: Use quotation marks for output fields when needed.
    pub quote_fields: Option<QuoteFields>,
    /// The single character used for escaping the quote character inside an already escaped value.
    pub quote_escape_character: Option<String>,
    /// A single character used to separate individual records in the output. Instead of the default value, you can specify an arbitrary delimiter.
    pub record_delimiter: Option<String>,
    /// The value used to separate individual fields in a record. You can specify an arbitrary delimiter.
    pub field_delimiter: Option<String>,
    /// A single character used for escaping when the field delimiter is part of the value. For example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as follows: `" a , b "`.
    pub quote_character: Option<String>,
}
rt::structure!(
    CsvOutput, CSV_OUTPUT, [quote_fields, quote_escape_character, record_delimiter,
    field_delimiter, quote_character]
);
/// Contains all the possible checksum or digest values for an object.
#[derive(Clone, Default, PartialEq)]
pub struct Checksum {
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This checksum is present if the object was uploaded with the `CRC64NVME` checksum algorithm, or if the object was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. This checksum is present if the object was uploaded with the `SHA512` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. This checksum is present if the object was uploaded with the `MD5` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. This checksum is present if the object was uploaded with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. This checksum is present if the object was uploaded with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. This checksum is present if the object was uploaded with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
}
rt::structure!(
    Checksum, CHECKSUM, [checksum_crc32, checksum_crc32c, checksum_crc64nvme,
    checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64,
    checksum_xxhash3, checksum_xxhash128, checksum_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChecksumAlgorithm {
    /// `CRC32`
    Crc32,
    /// `CRC32C`
    Crc32c,
    /// `SHA1`
    Sha1,
    /// `SHA256`
    Sha256,
    /// `CRC64NVME`
    Crc64nvme,
    /// `SHA512`
    Sha512,
    /// `MD5`
    Md5,
    /// `XXHASH64`
    Xxhash64,
    /// `XXHASH3`
    Xxhash3,
    /// `XXHASH128`
    Xxhash128,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ChecksumAlgorithm, { Crc32 => "CRC32", Crc32c => "CRC32C", Sha1 => "SHA1", Sha256 =>
    "SHA256", Crc64nvme => "CRC64NVME", Sha512 => "SHA512", Md5 => "MD5", Xxhash64 =>
    "XXHASH64", Xxhash3 => "XXHASH3", Xxhash128 => "XXHASH128" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChecksumMode {
    /// `ENABLED`
    Enabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ChecksumMode, { Enabled => "ENABLED" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChecksumType {
    /// `COMPOSITE`
    Composite,
    /// `FULL_OBJECT`
    FullObject,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ChecksumType, { Composite => "COMPOSITE", FullObject => "FULL_OBJECT" }
);
/// Container for specifying the Lambda notification configuration.
#[derive(Clone, Default, PartialEq)]
pub struct CloudFunctionConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The bucket event for which to send notifications.
    pub event: Option<Event>,
    /// Bucket events for which to send notifications.
    pub events: Option<Vec<Event>>,
    /// Lambda cloud function ARN that Amazon S3 can invoke when it detects events of the specified type.
    pub cloud_function: Option<String>,
    /// The role supporting the invocation of the Lambda function
    pub invocation_role: Option<String>,
}
rt::structure!(
    CloudFunctionConfiguration, CLOUD_FUNCTION_CONFIGURATION, [id, event, events,
    cloud_function, invocation_role]
);
/// Container for all (if there are any) keys between Prefix and the next occurrence of the string specified by a delimiter. CommonPrefixes lists keys that act like subdirectories in the directory specified by Prefix. For example, if the prefix is notes/ and the delimiter is a slash (/) as in notes/summer/july, the common prefix is notes/summer/.
#[derive(Clone, Default, PartialEq)]
pub struct CommonPrefix {
    /// Container for the specified common prefix.
    pub prefix: Option<String>,
}
rt::structure!(CommonPrefix, COMMON_PREFIX, [prefix]);
#[derive(Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadOutput {
    /// The URI that identifies the newly created object.
    pub location: Option<String>,
    /// The name of the bucket that contains the newly created object. Does not return the access point ARN or access point alias if used.
    ///
    /// Access points are not supported by directory buckets.
    pub bucket: Option<String>,
    /// The object key of the newly created object.
    pub key: Option<String>,
    /// If the object expiration is configured, this will contain the expiration date (`expiry-date`) and rule ID (`rule-id`). The value of `rule-id` is URL-encoded.
    ///
    /// This functionality is not supported for directory buckets.
    pub expiration: Option<String>,
    /// Entity tag that identifies the newly created object's data. Objects with different object data will have different entity tags. The entity tag is an opaque string. The entity tag may or may not be an MD5 digest of the object data. If the entity tag is not an MD5 digest of the object data, it will contain one or more nonhexadecimal characters and/or will consist of less than 32 or more than 32 hexadecimal digits. For more information about how the entity tag is calculated, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum type that was specified during the `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Version ID of the newly created object, in case the bucket has versioning turned on.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CompleteMultipartUploadOutput, COMPLETE_MULTIPART_UPLOAD_OUTPUT, [location, bucket,
    key, expiration, e_tag, checksum_crc32, checksum_crc32c, checksum_crc64nvme,
    checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64,
    checksum_xxhash3, checksum_xxhash128, checksum_type, server_side_encryption,
    version_id, ssekms_key_id, bucket_key_enabled, request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadInput {
    /// Name of the bucket to which the multipart upload was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Object key for which the multipart upload was initiated.
    pub key: String,
    /// The container for the multipart upload request information.
    pub multipart_upload: Option<CompletedMultipartUpload>,
    /// ID for the initiated multipart upload.
    pub upload_id: String,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash128: Option<String>,
    /// This header specifies the checksum type of the object, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum that was specified. If the checksum type doesn’t match the checksum type that was specified for the object during the `CreateMultipartUpload` request, it’ll result in a `BadDigest` error. For more information, see Checking object integrity in the Amazon S3 User Guide.
    pub checksum_type: Option<ChecksumType>,
    /// The expected total object size of the multipart upload request. If there’s a mismatch between the specified object size value and the actual object size value, it results in an `HTTP 400 InvalidRequest` error.
    pub mpu_object_size: Option<i64>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should fetch the object's ETag, re-initiate the multipart upload with `CreateMultipartUpload`, and re-upload each part.
    ///
    /// Expects the ETag value as a string.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_match: Option<String>,
    /// Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should re-initiate the multipart upload with `CreateMultipartUpload` and re-upload each part.
    ///
    /// Expects the '\*' (asterisk) character.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_none_match: Option<String>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is required only when the object was created using a checksum algorithm or if your bucket policy requires the use of SSE-C. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html#ssec-require-condition-key) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
}
rt::structure!(
    CompleteMultipartUploadInput, COMPLETE_MULTIPART_UPLOAD_INPUT, [bucket, key,
    multipart_upload, upload_id, checksum_crc32, checksum_crc32c, checksum_crc64nvme,
    checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64,
    checksum_xxhash3, checksum_xxhash128, checksum_type, mpu_object_size, request_payer,
    expected_bucket_owner, if_match, if_none_match, sse_customer_algorithm,
    sse_customer_key, sse_customer_key_md5]
);
/// The container for the completed multipart upload details.
#[derive(Clone, Default, PartialEq)]
pub struct CompletedMultipartUpload {
    /// Array of CompletedPart data types.
    ///
    /// If you do not supply a valid `Part` with your request, the service sends back an HTTP 400 response.
    pub parts: Option<Vec<CompletedPart>>,
}
rt::structure!(CompletedMultipartUpload, COMPLETED_MULTIPART_UPLOAD, [parts]);
/// Details of the parts that were uploaded.
#[derive(Clone, Default, PartialEq)]
pub struct CompletedPart {
    /// Entity tag returned when the part was uploaded.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32C` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC64NVME` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA1` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA256` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the multipart upload request was created with the `SHA512` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the multipart upload request was created with the `MD5` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
    /// Part number that identifies the part. This is a positive integer between 1 and 10,000.
    ///
    /// - **General purpose buckets** - In `CompleteMultipartUpload`, when a additional checksum (including `x-amz-checksum-crc32`, `x-amz-checksum-crc32c`, `x-amz-checksum-sha1`, or `x-amz-checksum-sha256`) is applied to each part, the `PartNumber` must start at 1 and the part numbers must be consecutive. Otherwise, Amazon S3 generates an HTTP `400 Bad Request` status code and an `InvalidPartOrder` error code.
    ///
    /// - **Directory buckets** - In `CompleteMultipartUpload`, the `PartNumber` must start at 1 and the part numbers must be consecutive.
    pub part_number: Option<i32>,
}
rt::structure!(
    CompletedPart, COMPLETED_PART, [e_tag, checksum_crc32, checksum_crc32c,
    checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5,
    checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, part_number]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionType {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// `BZIP2`
    Bzip2,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(CompressionType, { None => "NONE", Gzip => "GZIP", Bzip2 => "BZIP2" });
/// A container for describing a condition that must be met for the specified redirect to apply. For example, 1. If request is for pages in the `/docs` folder, redirect to the `/documents` folder. 2. If request results in HTTP error 4xx, redirect request to another host where you might process the error.
#[derive(Clone, Default, PartialEq)]
pub struct Condition {
    /// The HTTP error code when the redirect is applied. In the event of an error, if the error code equals this value, then the specified redirect is applied. Required when parent element `Condition` is specified and sibling `KeyPrefixEquals` is not specified. If both are specified, then both must be true for the redirect to be applied.
    pub http_error_code_returned_equals: Option<String>,
    /// The object key name prefix when the redirect is applied. For example, to redirect requests for `ExamplePage.html`, the key prefix will be `ExamplePage.html`. To redirect request for all pages with the prefix `docs/`, the key prefix will be `/docs`, which identifies all objects in the `docs/` folder. Required when the parent element `Condition` is specified and sibling `HttpErrorCodeReturnedEquals` is not specified. If both conditions are specified, both must be true for the redirect to be applied.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub key_prefix_equals: Option<String>,
}
rt::structure!(
    Condition, CONDITION, [http_error_code_returned_equals, key_prefix_equals]
);
#[derive(Clone, Default, PartialEq)]
pub struct ContinuationEvent {}
rt::structure!(ContinuationEvent, CONTINUATION_EVENT, []);
#[derive(Clone, Default, PartialEq)]
pub struct CopyObjectOutput {
    /// Container for all response elements.
    pub copy_object_result: Option<CopyObjectResult>,
    /// If the object expiration is configured, the response includes this header.
    ///
    /// Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: Option<String>,
    /// Version ID of the source object that was copied.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_version_id: Option<String>,
    /// Version ID of the newly created copy.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded UTF-8 string holding JSON with the encryption context key-value pairs.
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether the copied object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CopyObjectOutput, COPY_OBJECT_OUTPUT, [copy_object_result, expiration,
    copy_source_version_id, version_id, server_side_encryption, sse_customer_algorithm,
    sse_customer_key_md5, ssekms_key_id, ssekms_encryption_context, bucket_key_enabled,
    request_charged], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CopyObjectInput {
    /// The canned access control list (ACL) to apply to the object.
    ///
    /// When you copy an object, the ACL metadata is not preserved and is set to `private` by default. Only the owner has full access control. To override the default ACL setting, specify a new ACL when you generate a copy request. For more information, see [Using ACLs](https://docs.aws.amazon.com/AmazonS3/latest/dev/S3_ACLs_UsingACLs.html).
    ///
    /// If the destination bucket that you're copying objects to uses the bucket owner enforced setting for S3 Object Ownership, ACLs are disabled and no longer affect permissions. Buckets that use this setting only accept `PUT` requests that don't specify an ACL or `PUT` requests that specify bucket owner full control ACLs, such as the `bucket-owner-full-control` canned ACL or an equivalent form of this ACL expressed in the XML format. For more information, see [Controlling ownership of objects and disabling ACLs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// - If your destination bucket uses the bucket owner enforced setting for Object Ownership, all objects written to the bucket by any account will be owned by the bucket owner.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub acl: Option<ObjectCannedAcl>,
    /// The name of the destination bucket.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// Copying objects across different Amazon Web Services Regions isn't supported when the source or destination bucket is in Amazon Web Services Local Zones. The source and destination buckets must have the same parent Amazon Web Services Region. Otherwise, you get an HTTP `400 Bad Request` error with the error code `InvalidRequest`.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must use the Outpost bucket access point ARN or the access point alias for the destination bucket. You can only copy objects within the same Outpost bucket. It's not supported to copy objects across different Amazon Web Services Outposts, between buckets on the same Outposts, or between Outposts buckets and any other bucket types. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *S3 on Outposts guide*. When you use this action with S3 on Outposts through the REST API, you must direct requests to the S3 on Outposts hostname, in the format ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. The hostname isn't required when you use the Amazon Web Services CLI or SDKs.
    pub bucket: String,
    /// Specifies the caching behavior along the request/reply chain.
    pub cache_control: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// When you copy an object, if the source object has a checksum, that checksum value will be copied to the new object by default. If the `CopyObject` request does not include this `x-amz-checksum-algorithm` header, the checksum algorithm will be copied from the source object to the destination object (if it's present on the source object). You can optionally specify a different checksum algorithm to use with the `x-amz-checksum-algorithm` header. Unrecognized or unsupported values will respond with the HTTP status code `400 Bad Request`.
    ///
    /// For directory buckets, when you use Amazon Web Services SDKs, `CRC32` is the default checksum algorithm that's used for performance.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Specifies presentational information for the object. Indicates whether an object should be displayed in a web browser or downloaded as a file. It allows specifying the desired filename for the downloaded file.
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    ///
    /// For directory buckets, only the `aws-chunked` value is supported in this header field.
    pub content_encoding: Option<String>,
    /// The language the content is in.
    pub content_language: Option<String>,
    /// A standard MIME type that describes the format of the object data.
    pub content_type: Option<String>,
    /// Specifies the source object for the copy operation. The source object can be up to 5 GB. If the source object is an object that was uploaded by using a multipart upload, the object copy will be a single part object after the source object is copied to the destination bucket.
    ///
    /// You specify the value of the copy source in one of two formats, depending on whether you want to access the source object through an [access point](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points.html):
    ///
    /// - For objects not accessed through an access point, specify the name of the source bucket and the key of the source object, separated by a slash (/). For example, to copy the object `reports/january.pdf` from the general purpose bucket `awsexamplebucket`, use `awsexamplebucket/reports/january.pdf`. The value must be URL-encoded. To copy the object `reports/january.pdf` from the directory bucket `awsexamplebucket--use1-az5--x-s3`, use `awsexamplebucket--use1-az5--x-s3/reports/january.pdf`. The value must be URL-encoded.
    ///
    /// - For objects accessed through access points, specify the Amazon Resource Name (ARN) of the object as accessed through the access point, in the format `arn:aws:s3:\<Region\>:\<account-id\>:accesspoint/\<access-point-name\>/object/\<key\>`. For example, to copy the object `reports/january.pdf` through access point `my-access-point` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/reports/january.pdf`. The value must be URL encoded.
    ///
    ///   - Amazon S3 supports copy operations using Access points only when the source and destination buckets are in the same Amazon Web Services Region.
    ///
    ///   - Access points are not supported by directory buckets.
    ///
    /// Alternatively, for objects accessed through Amazon S3 on Outposts, specify the ARN of the object as accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/object/\<key\>`. For example, to copy the object `reports/january.pdf` through outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/object/reports/january.pdf`. The value must be URL-encoded.
    ///
    /// If your source bucket versioning is enabled, the `x-amz-copy-source` header by default identifies the current version of an object to copy. If the current version is a delete marker, Amazon S3 behaves as if the object was deleted. To copy a different version, use the `versionId` query parameter. Specifically, append `?versionId=\<version-id\>` to the value (for example, `awsexamplebucket/reports/january.pdf?versionId=QUpfdndhfd8438MNFDN93jdnJFkdmqnh893`). If you don't specify a version ID, Amazon S3 copies the latest version of the source object.
    ///
    /// If you enable versioning on the destination bucket, Amazon S3 generates a unique version ID for the copied object. This version ID is different from the version ID of the source object. Amazon S3 returns the version ID of the copied object in the `x-amz-version-id` response header in the response.
    ///
    /// If you do not enable versioning or suspend it on the destination bucket, the version ID that Amazon S3 generates in the `x-amz-version-id` response header is always null.
    ///
    /// **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets.
    pub copy_source: String,
    /// Copies the object if its entity tag (ETag) matches the specified tag.
    ///
    /// If both the `x-amz-copy-source-if-match` and `x-amz-copy-source-if-unmodified-since` headers are present in the request and evaluate as follows, Amazon S3 returns `200 OK` and copies the data:
    ///
    /// - `x-amz-copy-source-if-match` condition evaluates to true
    ///
    /// - `x-amz-copy-source-if-unmodified-since` condition evaluates to false
    pub copy_source_if_match: Option<String>,
    /// Copies the object if it has been modified since the specified time.
    ///
    /// If both the `x-amz-copy-source-if-none-match` and `x-amz-copy-source-if-modified-since` headers are present in the request and evaluate as follows, Amazon S3 returns the `412 Precondition Failed` response code:
    ///
    /// - `x-amz-copy-source-if-none-match` condition evaluates to false
    ///
    /// - `x-amz-copy-source-if-modified-since` condition evaluates to true
    pub copy_source_if_modified_since: Option<rt::DateTime>,
    /// Copies the object if its entity tag (ETag) is different than the specified ETag.
    ///
    /// If both the `x-amz-copy-source-if-none-match` and `x-amz-copy-source-if-modified-since` headers are present in the request and evaluate as follows, Amazon S3 returns the `412 Precondition Failed` response code:
    ///
    /// - `x-amz-copy-source-if-none-match` condition evaluates to false
    ///
    /// - `x-amz-copy-source-if-modified-since` condition evaluates to true
    pub copy_source_if_none_match: Option<String>,
    /// Copies the object if it hasn't been modified since the specified time.
    ///
    /// If both the `x-amz-copy-source-if-match` and `x-amz-copy-source-if-unmodified-since` headers are present in the request and evaluate as follows, Amazon S3 returns `200 OK` and copies the data:
    ///
    /// - `x-amz-copy-source-if-match` condition evaluates to true
    ///
    /// - `x-amz-copy-source-if-unmodified-since` condition evaluates to false
    pub copy_source_if_unmodified_since: Option<rt::DateTime>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: Option<String>,
    /// Gives the grantee READ, READ\_ACP, and WRITE\_ACP permissions on the object.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: Option<String>,
    /// Allows grantee to read the object data and its metadata.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: Option<String>,
    /// Allows grantee to read the object ACL.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: Option<String>,
    /// Allows grantee to write the ACL for the applicable object.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: Option<String>,
    /// Copies the object if the entity tag (ETag) of the destination object matches the specified tag. If the ETag values do not match, the operation returns a `412 Precondition Failed` error. If a concurrent operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should fetch the object's ETag and retry the upload.
    ///
    /// Expects the ETag value as a string.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_match: Option<String>,
    /// Copies the object only if the object key name at the destination does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error. If a concurrent operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should retry the upload.
    ///
    /// Expects the '\*' (asterisk) character.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_none_match: Option<String>,
    /// The key of the destination object.
    pub key: String,
    /// A map of metadata to store with the object in S3.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// Specifies whether the metadata is copied from the source object or replaced with metadata that's provided in the request. When copying an object, you can preserve all metadata (the default) or specify new metadata. If this header isn’t specified, `COPY` is the default behavior.
    ///
    /// **General purpose bucket** - For general purpose buckets, when you grant permissions, you can use the `s3:x-amz-metadata-directive` condition key to enforce certain metadata behavior when objects are uploaded. For more information, see [Amazon S3 condition key examples](https://docs.aws.amazon.com/AmazonS3/latest/dev/amazon-s3-policy-keys.html) in the *Amazon S3 User Guide*.
    ///
    /// `x-amz-website-redirect-location` is unique to each object and is not copied when using the `x-amz-metadata-directive` header. To copy the value, you must specify `x-amz-website-redirect-location` in the request header.
    pub metadata_directive: Option<MetadataDirective>,
    /// Specifies whether the object tag-set is copied from the source object or replaced with the tag-set that's provided in the request.
    ///
    /// The default value is `COPY`.
    ///
    /// **Directory buckets** - For directory buckets in a `CopyObject` operation, only the empty tag-set is supported. Any requests that attempt to write non-empty tags into directory buckets will receive a `501 Not Implemented` status code. When the destination bucket is a directory bucket, you will receive a `501 Not Implemented` response in any of the following situations:
    ///
    /// - When you attempt to `COPY` the tag-set from an S3 source object that has non-empty tags.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a source object and set a non-empty value to `x-amz-tagging`.
    ///
    /// - When you don't set the `x-amz-tagging-directive` header and the source object has non-empty tags. This is because the default value of `x-amz-tagging-directive` is `COPY`.
    ///
    /// Because only the empty tag-set is supported for directory buckets in a `CopyObject` operation, the following situations are allowed:
    ///
    /// - When you attempt to `COPY` the tag-set from a directory bucket source object that has no tags to a general purpose bucket. It copies an empty tag-set to the destination object.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a general purpose bucket source object that has non-empty tags and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and don't set the `x-amz-tagging` value of the directory bucket destination object. This is because the default value of `x-amz-tagging` is the empty value.
    pub tagging_directive: Option<TaggingDirective>,
    /// Specifies whether you want to copy annotations from the source object or exclude them. If this header isn't specified, `COPY` is the default behavior.
    ///
    /// Valid Values: `COPY \| EXCLUDE`
    ///
    /// You can specify this directive as either an HTTP header (`x-amz-object-annotation-directive`) or as a query string parameter. Use the query string form when generating presigned URLs that need to control annotation copy behavior.
    ///
    /// When set to `COPY`, you must have `s3:GetObjectAnnotation` permission on the source object and `s3:PutObjectAnnotation` permission on the destination. Each annotation copied is billed as a separate PUT request. If annotations on the source are modified during the copy, Amazon S3 returns a retryable error.
    ///
    /// For directory buckets, annotations are not supported. Use `EXCLUDE` to copy objects to directory buckets without errors. If you specify `COPY` for a directory bucket, the request returns HTTP 501 (Not Implemented).
    ///
    /// When you copy objects using multipart upload (for example, when the Amazon Web Services CLI or Amazon Web Services SDKs use Transfer Manager for objects larger than approximately 8 MB), annotations are not copied by default. To include annotations, specify `--copy-props default` in the Amazon Web Services CLI or the equivalent SDK configuration. With this opt-in, the SDK reads source annotations, completes the multipart upload, and then writes each annotation to the destination. Between the upload completion and the last annotation write, the destination object exists without all its annotations.
    pub annotation_directive: Option<AnnotationDirective>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3. Unrecognized or unsupported values won’t write a destination object and will receive a `400 Bad Request` response.
    ///
    /// Amazon S3 automatically encrypts all new objects that are copied to an S3 bucket. When copying an object, if you don't specify encryption information in your copy request, the encryption setting of the target object is set to the default encryption configuration of the destination bucket. By default, all buckets have a base level of encryption configuration that uses server-side encryption with Amazon S3 managed keys (SSE-S3). If the destination bucket has a different default encryption configuration, Amazon S3 uses the corresponding encryption key to encrypt the target object copy.
    ///
    /// With server-side encryption, Amazon S3 encrypts your data as it writes your data to disks in its data centers and decrypts the data when you access it. For more information about server-side encryption, see [Using Server-Side Encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/serv-side-encryption.html) in the *Amazon S3 User Guide*.
    ///
    /// **General purpose buckets **
    ///
    /// - For general purpose buckets, there are the following supported options for server-side encryption: server-side encryption with Key Management Service (KMS) keys (SSE-KMS), dual-layer server-side encryption with Amazon Web Services KMS keys (DSSE-KMS), and server-side encryption with customer-provided encryption keys (SSE-C). Amazon S3 uses the corresponding KMS key, or a customer-provided key to encrypt the target object copy.
    ///
    /// - When you perform a `CopyObject` operation, if you want to use a different type of encryption setting for the target object, you can specify appropriate encryption-related headers to encrypt the target object with an Amazon S3 managed key, a KMS key, or a customer-provided key. If the encryption setting in your request is different from the default encryption configuration of the destination bucket, the encryption setting in your request takes precedence.
    ///
    /// **Directory buckets **
    ///
    /// - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html).
    ///
    /// - To encrypt new object copies to a directory bucket with SSE-KMS, we recommend you specify SSE-KMS as the directory bucket's default encryption configuration with a KMS key (specifically, a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk)). The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket for the lifetime of the bucket. After you specify a customer managed key for SSE-KMS, you can't override the customer managed key for the bucket's SSE-KMS configuration. Then, when you perform a `CopyObject` operation and want to specify server-side encryption settings for new object copies with SSE-KMS in the encryption-related request headers, you must ensure the encryption key is the same customer managed key that you specified for the directory bucket's default encryption configuration.
    ///
    /// - **S3 access points for Amazon FSx ** - When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`. All Amazon FSx file systems have encryption configured by default and are encrypted at rest. Data is automatically encrypted before being written to the file system, and automatically decrypted as it is read. These processes are handled transparently by Amazon FSx.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If the `x-amz-storage-class` header is not used, the copied object will be stored in the `STANDARD` Storage Class by default. The `STANDARD` storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class.
    ///
    /// - **Directory buckets ** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones. Unsupported storage class values won't write a destination object and will respond with the HTTP status code `400 Bad Request`.
    ///
    /// - **Amazon S3 on Outposts ** - S3 on Outposts only uses the `OUTPOSTS` Storage Class.
    ///
    /// You can use the `CopyObject` action to change the storage class of an object that is already stored in Amazon S3 by using the `x-amz-storage-class` header. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// Before using an object as a source object for the copy operation, you must restore a copy of it if it meets any of the following conditions:
    ///
    /// - The storage class of the source object is `GLACIER` or `DEEP\_ARCHIVE`.
    ///
    /// - The storage class of the source object is `INTELLIGENT\_TIERING` and it's [S3 Intelligent-Tiering access tier](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html#intel-tiering-tier-definition) is `Archive Access` or `Deep Archive Access`.
    ///
    /// For more information, see [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) and [Copying Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/CopyingObjectsExamples.html) in the *Amazon S3 User Guide*.
    pub storage_class: Option<StorageClass>,
    /// If the destination bucket is configured as a website, redirects requests for this object copy to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. This value is unique to each object and is not copied when using the `x-amz-metadata-directive` header. Instead, you may opt to provide this header in combination with the `x-amz-metadata-directive` header.
    ///
    /// This functionality is not supported for directory buckets.
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    ///
    /// When you perform a `CopyObject` operation, if you want to use a different type of encryption setting for the target object, you can specify appropriate encryption-related headers to encrypt the target object with an Amazon S3 managed key, a KMS key, or a customer-provided key. If the encryption setting in your request is different from the default encryption configuration of the destination bucket, the encryption setting in your request takes precedence.
    ///
    /// This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded. Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. All GET and PUT requests for an object protected by KMS will fail if they're not made via SSL or using SigV4. For information about configuring any of the officially supported Amazon Web Services SDKs and Amazon Web Services CLI, see [Specifying the Signature Version in Request Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#specify-signature-version) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - To encrypt data using SSE-KMS, it's recommended to specify the `x-amz-server-side-encryption` header to `aws:kms`. Then, the `x-amz-server-side-encryption-aws-kms-key-id` header implicitly uses the bucket's default KMS customer managed key ID. If you want to explicitly set the ` x-amz-server-side-encryption-aws-kms-key-id` header, it must match the bucket's default customer managed key (using key ID or ARN, not alias). Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Incorrect key specification results in an HTTP `400 Bad Request` error.
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for the destination object encryption. The value of this header is a base64-encoded UTF-8 string holding JSON with the encryption context key-value pairs.
    ///
    /// **General purpose buckets** - This value must be explicitly added to specify encryption context for `CopyObject` requests if you want an additional encryption context for your destination object. The additional encryption context of the source object won't be copied to the destination object. For more information, see [Encryption context](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#encryption-context) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If a target object uses SSE-KMS, you can enable an S3 Bucket Key for the object.
    ///
    /// Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. Specifying this header with a COPY action doesn’t affect bucket-level settings for S3 Bucket Key.
    ///
    /// For more information, see [Amazon S3 Bucket Keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-key.html) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: Option<bool>,
    /// Specifies the algorithm to use when decrypting the source object (for example, `AES256`).
    ///
    /// If the source object for the copy is stored in Amazon S3 using SSE-C, you must provide the necessary encryption information in your request so that Amazon S3 can decrypt the object for copying.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source object. The encryption key provided in this header must be the same one that was used when the source object was created.
    ///
    /// If the source object for the copy is stored in Amazon S3 using SSE-C, you must provide the necessary encryption information in your request so that Amazon S3 can decrypt the object for copying.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// If the source object for the copy is stored in Amazon S3 using SSE-C, you must provide the necessary encryption information in your request so that Amazon S3 can decrypt the object for copying.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object copy in the destination bucket. This value must be used in conjunction with the `x-amz-tagging-directive` if you choose `REPLACE` for the `x-amz-tagging-directive`. If you choose `COPY` for the `x-amz-tagging-directive`, you don't need to set the `x-amz-tagging` header, because the tag-set will be copied from the source object directly. The tag-set must be encoded as URL Query parameters.
    ///
    /// The default value is the empty value.
    ///
    /// **Directory buckets** - For directory buckets in a `CopyObject` operation, only the empty tag-set is supported. Any requests that attempt to write non-empty tags into directory buckets will receive a `501 Not Implemented` status code. When the destination bucket is a directory bucket, you will receive a `501 Not Implemented` response in any of the following situations:
    ///
    /// - When you attempt to `COPY` the tag-set from an S3 source object that has non-empty tags.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a source object and set a non-empty value to `x-amz-tagging`.
    ///
    /// - When you don't set the `x-amz-tagging-directive` header and the source object has non-empty tags. This is because the default value of `x-amz-tagging-directive` is `COPY`.
    ///
    /// Because only the empty tag-set is supported for directory buckets in a `CopyObject` operation, the following situations are allowed:
    ///
    /// - When you attempt to `COPY` the tag-set from a directory bucket source object that has no tags to a general purpose bucket. It copies an empty tag-set to the destination object.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a general purpose bucket source object that has non-empty tags and set the `x-amz-tagging` value of the directory bucket destination object to empty.
    ///
    /// - When you attempt to `REPLACE` the tag-set of a directory bucket source object and don't set the `x-amz-tagging` value of the directory bucket destination object. This is because the default value of `x-amz-tagging` is the empty value.
    pub tagging: Option<String>,
    /// The Object Lock mode that you want to apply to the object copy.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when you want the Object Lock of the object copy to expire.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// Specifies whether you want to apply a legal hold to the object copy.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The event hold status to apply to the object copy. Set to `ON` to enable or `OFF` to disable.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration in days to apply to the object copy. You cannot specify a duration in both days and years.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// The event hold duration in years to apply to the object copy. You cannot specify a duration in both days and years.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// The account ID of the expected destination bucket owner. If the account ID that you provide does not match the actual owner of the destination bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// The account ID of the expected source bucket owner. If the account ID that you provide does not match the actual owner of the source bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_source_bucket_owner: Option<String>,
}
rt::structure!(
    CopyObjectInput, COPY_OBJECT_INPUT, [acl, bucket, cache_control, checksum_algorithm,
    content_disposition, content_encoding, content_language, content_type, copy_source,
    copy_source_if_match, copy_source_if_modified_since, copy_source_if_none_match,
    copy_source_if_unmodified_since, expires, grant_full_control, grant_read,
    grant_read_acp, grant_write_acp, if_match, if_none_match, key, metadata,
    metadata_directive, tagging_directive, annotation_directive, server_side_encryption,
    storage_class, website_redirect_location, sse_customer_algorithm, sse_customer_key,
    sse_customer_key_md5, ssekms_key_id, ssekms_encryption_context, bucket_key_enabled,
    copy_source_sse_customer_algorithm, copy_source_sse_customer_key,
    copy_source_sse_customer_key_md5, request_payer, tagging, object_lock_mode,
    object_lock_retain_until_date, object_lock_legal_hold_status, object_lock_event_hold,
    object_lock_event_hold_duration_days, object_lock_event_hold_duration_years,
    expected_bucket_owner, expected_source_bucket_owner]
);
/// Container for all response elements.
#[derive(Clone, Default, PartialEq)]
pub struct CopyObjectResult {
    /// Returns the ETag of the new object. The ETag reflects only changes to the contents of an object, not its metadata.
    pub e_tag: Option<String>,
    /// Creation date of the object.
    pub last_modified: Option<rt::DateTime>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This checksum is present if the object being copied was uploaded with the `CRC64NVME` checksum algorithm, or if the object was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. This checksum is only present if the object was uploaded with the `SHA512` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. This checksum is only present if the object was uploaded with the `MD5` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. This checksum is only present if the object was uploaded with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. This checksum is only present if the object was uploaded with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. This checksum is only present if the object was uploaded with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
}
rt::structure!(
    CopyObjectResult, COPY_OBJECT_RESULT, [e_tag, last_modified, checksum_type,
    checksum_crc32, checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256,
    checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3,
    checksum_xxhash128]
);
/// Container for all response elements.
#[derive(Clone, Default, PartialEq)]
pub struct CopyPartResult {
    /// Entity tag of the object.
    pub e_tag: Option<String>,
    /// Date and time at which the object was uploaded.
    pub last_modified: Option<rt::DateTime>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32C` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC64NVME` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the part. This checksum is present if the multipart upload request was created with the `SHA1` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the part. This checksum is present if the multipart upload request was created with the `SHA256` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the multipart upload request was created with the `SHA512` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the multipart upload request was created with the `MD5` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
}
rt::structure!(
    CopyPartResult, COPY_PART_RESULT, [e_tag, last_modified, checksum_crc32,
    checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512,
    checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128]
);
/// The configuration information for the bucket.
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketConfiguration {
    /// Specifies the Region where the bucket will be created. You might choose a Region to optimize latency, minimize costs, or address regulatory requirements. For example, if you reside in Europe, you will probably find it advantageous to create buckets in the Europe (Ireland) Region.
    ///
    /// If you don't specify a Region, the bucket is created in the US East (N. Virginia) Region (us-east-1) by default. Configurations using the value `EU` will create a bucket in `eu-west-1`.
    ///
    /// For a list of the valid values for all of the Amazon Web Services Regions, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    ///
    /// This functionality is not supported for directory buckets.
    pub location_constraint: Option<BucketLocationConstraint>,
    /// Specifies the location where the bucket will be created.
    ///
    /// **Directory buckets ** - The location type is Availability Zone or Local Zone. To use the Local Zone location type, your account must be enabled for Local Zones. Otherwise, you get an HTTP `403 Forbidden` error with the error code `AccessDenied`. To learn more, see [Enable accounts for Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/opt-in-directory-bucket-lz.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is only supported by directory buckets.
    pub location: Option<LocationInfo>,
    /// Specifies the information about the bucket that will be created.
    ///
    /// This functionality is only supported by directory buckets.
    pub bucket: Option<BucketInfo>,
    /// An array of tags that you can apply to the bucket that you're creating. Tags are key-value pairs of metadata used to categorize and organize your buckets, track costs, and control access.
    ///
    /// You must have the `s3:TagResource` permission to create a general purpose bucket with tags or the `s3express:TagResource` permission to create a directory bucket with tags.
    ///
    /// When creating buckets with tags, note that tag-based conditions using `aws:ResourceTag` and `s3:BucketTag` condition keys are applicable only after ABAC is enabled on the bucket. To learn more, see [Enabling ABAC in general purpose buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging-enable-abac.html).
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateBucketConfiguration, CREATE_BUCKET_CONFIGURATION, [location_constraint,
    location, bucket, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketMetadataConfigurationInput {
    /// The general purpose bucket that you want to create the metadata configuration for.
    pub bucket: String,
    /// The `Content-MD5` header for the metadata configuration.
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your metadata configuration.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your metadata configuration.
    pub metadata_configuration: MetadataConfiguration,
    /// The expected owner of the general purpose bucket that corresponds to your metadata configuration.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    CreateBucketMetadataConfigurationInput, CREATE_BUCKET_METADATA_CONFIGURATION_INPUT,
    [bucket, content_md5, checksum_algorithm, metadata_configuration,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketMetadataTableConfigurationInput {
    /// The general purpose bucket that you want to create the metadata table configuration for.
    pub bucket: String,
    /// The `Content-MD5` header for the metadata table configuration.
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your metadata table configuration.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your metadata table configuration.
    pub metadata_table_configuration: MetadataTableConfiguration,
    /// The expected owner of the general purpose bucket that corresponds to your metadata table configuration.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    CreateBucketMetadataTableConfigurationInput,
    CREATE_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT, [bucket, content_md5,
    checksum_algorithm, metadata_table_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketOutput {
    /// A forward slash followed by the name of the bucket for all account regional namespace buckets and all global general purpose buckets created in us-east-1. For example, `/amzn-s3-demo-bucket`. For global general purpose buckets created in other Amazon Web Services Regions, the Location field is the global endpoint URL. For example, `http://amzn-s3-demo-bucket.s3.amazonaws.com/`.
    pub location: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services resources across all of Amazon Web Services.
    ///
    /// This parameter is only supported for S3 directory buckets. For more information, see [Using tags with directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-tagging.html).
    pub bucket_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateBucketOutput, CREATE_BUCKET_OUTPUT, [location, bucket_arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketInput {
    /// The canned ACL to apply to the bucket.
    ///
    /// This functionality is not supported for directory buckets.
    pub acl: Option<BucketCannedAcl>,
    /// The name of the bucket to create.
    ///
    /// **General purpose buckets** - For information about bucket naming restrictions, see [Bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The configuration information for the bucket.
    pub create_bucket_configuration: Option<CreateBucketConfiguration>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    ///
    /// This functionality is not supported for directory buckets.
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    ///
    /// This functionality is not supported for directory buckets.
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    ///
    /// This functionality is not supported for directory buckets.
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    ///
    /// For the bucket and object owners of existing objects, also allows deletions and overwrites of those objects.
    ///
    /// This functionality is not supported for directory buckets.
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    ///
    /// This functionality is not supported for directory buckets.
    pub grant_write_acp: Option<String>,
    /// Specifies whether you want S3 Object Lock to be enabled for the new bucket.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_enabled_for_bucket: Option<bool>,
    /// The container element for object ownership for a bucket's ownership controls.
    ///
    /// `BucketOwnerPreferred` - Objects uploaded to the bucket change ownership to the bucket owner if the objects are uploaded with the `bucket-owner-full-control` canned ACL.
    ///
    /// `ObjectWriter` - The uploading account will own the object if the object is uploaded with the `bucket-owner-full-control` canned ACL.
    ///
    /// `BucketOwnerEnforced` - Access control lists (ACLs) are disabled and no longer affect permissions. The bucket owner automatically owns and has full control over every object in the bucket. The bucket only accepts PUT requests that don't specify an ACL or specify bucket owner full control ACLs (such as the predefined `bucket-owner-full-control` canned ACL or a custom ACL in XML format that grants the same permissions).
    ///
    /// By default, `ObjectOwnership` is set to `BucketOwnerEnforced` and ACLs are disabled. We recommend keeping ACLs disabled, except in uncommon use cases where you must control access for each object individually. For more information about S3 Object Ownership, see [Controlling ownership of objects and disabling ACLs for your bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets. Directory buckets use the bucket owner enforced setting for S3 Object Ownership.
    pub object_ownership: Option<ObjectOwnership>,
    /// Specifies the namespace where you want to create your general purpose bucket. When you create a general purpose bucket, you can choose to create a bucket in the shared global namespace or you can choose to create a bucket in your account regional namespace. Your account regional namespace is a subdivision of the global namespace that only your account can create buckets in. For more information on bucket namespaces, see [Namespaces for general purpose buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/gpbucketnamespaces.html).
    ///
    /// General purpose buckets in your account regional namespace must follow a specific naming convention. These buckets consist of a bucket name prefix that you create, and a suffix that contains your 12-digit Amazon Web Services Account ID, the Amazon Web Services Region code, and ends with `-an`. Bucket names must follow the format `bucket-name-prefix-accountId-region-an` (for example, `amzn-s3-demo-bucket-111122223333-us-west-2-an`). For information about bucket naming restrictions, see [Account regional namespace naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html#account-regional-naming-rules) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub bucket_namespace: Option<BucketNamespace>,
}
rt::structure!(
    CreateBucketInput, CREATE_BUCKET_INPUT, [acl, bucket, create_bucket_configuration,
    grant_full_control, grant_read, grant_read_acp, grant_write, grant_write_acp,
    object_lock_enabled_for_bucket, object_ownership, bucket_namespace]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultipartUploadOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart uploads and the prefix in the lifecycle rule matches the object name in the request, the response includes this header. The header indicates when the initiated multipart upload becomes eligible for an abort operation. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*.
    ///
    /// The response also includes the `x-amz-abort-rule-id` header that provides the ID of the lifecycle configuration rule that defines the abort action.
    ///
    /// This functionality is not supported for directory buckets.
    pub abort_date: Option<rt::DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header. It identifies the applicable lifecycle configuration rule that defines the action to abort incomplete multipart uploads.
    ///
    /// This functionality is not supported for directory buckets.
    pub abort_rule_id: Option<String>,
    /// The name of the bucket to which the multipart upload was initiated. Does not return the access point ARN or access point alias if used.
    ///
    /// Access points are not supported by directory buckets.
    pub bucket: Option<String>,
    /// Object key for which the multipart upload was initiated.
    pub key: Option<String>,
    /// ID for the initiated multipart upload.
    pub upload_id: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs.
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s checksum value. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
    /// Version ID of the object.
    ///
    /// Returns the Version ID of the object for the initiated multipart upload, if bucket versioning is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateMultipartUploadOutput, CREATE_MULTIPART_UPLOAD_OUTPUT, [abort_date,
    abort_rule_id, bucket, key, upload_id, server_side_encryption,
    sse_customer_algorithm, sse_customer_key_md5, ssekms_key_id,
    ssekms_encryption_context, bucket_key_enabled, request_charged, checksum_algorithm,
    checksum_type, version_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultipartUploadInput {
    /// The canned ACL to apply to the object. Amazon S3 supports a set of predefined ACLs, known as *canned ACLs*. Each canned ACL has a predefined set of grantees and permissions. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the *Amazon S3 User Guide*.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can grant access permissions to individual Amazon Web Services accounts or to predefined groups defined by Amazon S3. These permissions are then added to the access control list (ACL) on the new object. For more information, see [Using ACLs](https://docs.aws.amazon.com/AmazonS3/latest/dev/S3_ACLs_UsingACLs.html). One way to grant the permissions using the request headers is to specify a canned ACL with the `x-amz-acl` request header.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub acl: Option<ObjectCannedAcl>,
    /// The name of the bucket where the multipart upload is initiated and where the object is uploaded.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    ///
    /// For directory buckets, only the `aws-chunked` value is supported in this header field.
    pub content_encoding: Option<String>,
    /// The language that the content is in.
    pub content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: Option<String>,
    /// Specify access permissions explicitly to give the grantee READ, READ\_ACP, and WRITE\_ACP permissions on the object.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    ///
    /// - `uri` – if you are granting permissions to a predefined group
    ///
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account
    ///
    /// Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    ///
    ///   - US East (N. Virginia)
    ///
    ///   - US West (N. California)
    ///
    ///   - US West (Oregon)
    ///
    ///   - Asia Pacific (Singapore)
    ///
    ///   - Asia Pacific (Sydney)
    ///
    ///   - Asia Pacific (Tokyo)
    ///
    ///   - Europe (Ireland)
    ///
    ///   - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666" `
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: Option<String>,
    /// Specify access permissions explicitly to allow grantee to read the object data and its metadata.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    ///
    /// - `uri` – if you are granting permissions to a predefined group
    ///
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account
    ///
    /// Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    ///
    ///   - US East (N. Virginia)
    ///
    ///   - US West (N. California)
    ///
    ///   - US West (Oregon)
    ///
    ///   - Asia Pacific (Singapore)
    ///
    ///   - Asia Pacific (Sydney)
    ///
    ///   - Asia Pacific (Tokyo)
    ///
    ///   - Europe (Ireland)
    ///
    ///   - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666" `
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: Option<String>,
    /// Specify access permissions explicitly to allows grantee to read the object ACL.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    ///
    /// - `uri` – if you are granting permissions to a predefined group
    ///
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account
    ///
    /// Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    ///
    ///   - US East (N. Virginia)
    ///
    ///   - US West (N. California)
    ///
    ///   - US West (Oregon)
    ///
    ///   - Asia Pacific (Singapore)
    ///
    ///   - Asia Pacific (Sydney)
    ///
    ///   - Asia Pacific (Tokyo)
    ///
    ///   - Europe (Ireland)
    ///
    ///   - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666" `
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: Option<String>,
    /// Specify access permissions explicitly to allows grantee to allow grantee to write the ACL for the applicable object.
    ///
    /// By default, all objects are private. Only the owner has full access control. When uploading an object, you can use this header to explicitly grant access permissions to specific Amazon Web Services accounts or groups. This header maps to specific permissions that Amazon S3 supports in an ACL. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) in the *Amazon S3 User Guide*.
    ///
    /// You specify each grantee as a type=value pair, where the type is one of the following:
    ///
    /// - `id` – if the value specified is the canonical user ID of an Amazon Web Services account
    ///
    /// - `uri` – if you are granting permissions to a predefined group
    ///
    /// - `emailAddress` – if the value specified is the email address of an Amazon Web Services account
    ///
    /// Using email addresses to specify a grantee is only supported in the following Amazon Web Services Regions:
    ///
    ///   - US East (N. Virginia)
    ///
    ///   - US West (N. California)
    ///
    ///   - US West (Oregon)
    ///
    ///   - Asia Pacific (Singapore)
    ///
    ///   - Asia Pacific (Sydney)
    ///
    ///   - Asia Pacific (Tokyo)
    ///
    ///   - Europe (Ireland)
    ///
    ///   - South America (São Paulo)
    ///
    /// For a list of all the Amazon S3 supported Regions and endpoints, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region) in the Amazon Web Services General Reference.
    ///
    /// For example, the following `x-amz-grant-read` header grants the Amazon Web Services accounts identified by account IDs permissions to read object data and its metadata:
    ///
    /// `x-amz-grant-read: id="11112222333", id="444455556666" `
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: Option<String>,
    /// Object key for which the multipart upload is to be initiated.
    pub key: String,
    /// A map of metadata to store with the object in S3.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// - **Directory buckets ** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html).
    ///
    /// In the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)) using the REST API, the encryption request headers must match the encryption settings that are specified in the `CreateSession` request. You can't override the values of the encryption settings (`x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-context`, and `x-amz-server-side-encryption-bucket-key-enabled`) that are specified in the `CreateSession` request. You don't need to explicitly specify these encryption settings values in Zonal endpoint API calls, and Amazon S3 will use the encryption settings values from the `CreateSession` request to protect new objects in the directory bucket.
    ///
    /// When you use the CLI or the Amazon Web Services SDKs, for `CreateSession`, the session token refreshes automatically to avoid service interruptions when a session expires. The CLI or the Amazon Web Services SDKs use the bucket's default encryption configuration for the `CreateSession` request. It's not supported to override the encryption settings values in the `CreateSession` request. So in the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)), the encryption request headers must match the default encryption configuration of the directory bucket.
    ///
    /// - **S3 access points for Amazon FSx ** - When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`. All Amazon FSx file systems have encryption configured by default and are encrypted at rest. Data is automatically encrypted before being written to the file system, and automatically decrypted as it is read. These processes are handled transparently by Amazon FSx.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    ///
    /// - Amazon S3 on Outposts only uses the OUTPOSTS Storage Class.
    pub storage_class: Option<StorageClass>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata.
    ///
    /// This functionality is not supported for directory buckets.
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID.
    ///
    /// **General purpose buckets** - If you specify `x-amz-server-side-encryption` with `aws:kms` or `aws:kms:dsse`, this header specifies the ID (Key ID, Key ARN, or Key Alias) of the KMS key to use. If you specify `x-amz-server-side-encryption:aws:kms` or `x-amz-server-side-encryption:aws:kms:dsse`, but do not provide `x-amz-server-side-encryption-aws-kms-key-id`, Amazon S3 uses the Amazon Web Services managed key (`aws/s3`) to protect the data.
    ///
    /// **Directory buckets** - To encrypt data using SSE-KMS, it's recommended to specify the `x-amz-server-side-encryption` header to `aws:kms`. Then, the `x-amz-server-side-encryption-aws-kms-key-id` header implicitly uses the bucket's default KMS customer managed key ID. If you want to explicitly set the ` x-amz-server-side-encryption-aws-kms-key-id` header, it must match the bucket's default customer managed key (using key ID or ARN, not alias). Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Incorrect key specification results in an HTTP `400 Bad Request` error.
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    ///
    /// **General purpose buckets** - Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. Also, specifying this header with a PUT action doesn't affect bucket-level settings for S3 Bucket Key.
    ///
    /// **Directory buckets** - S3 Bucket Keys are always enabled for `GET` and `PUT` operations in a directory bucket and can’t be disabled. S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html), [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html), [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), or [the import jobs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: Option<bool>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object. The tag-set must be encoded as URL Query parameters.
    ///
    /// This functionality is not supported for directory buckets.
    pub tagging: Option<String>,
    /// Specifies the Object Lock mode that you want to apply to the uploaded object.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_mode: Option<ObjectLockMode>,
    /// Specifies the date and time when you want the Object Lock to expire.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// Specifies whether you want to apply a legal hold to the uploaded object.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// Specifies the event hold status to apply to the uploaded object. Set to `ON` to enable or `OFF` to disable.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// Specifies the event hold duration in days to apply to the uploaded object. You cannot specify a duration in both days and years.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// Specifies the event hold duration in years to apply to the uploaded object. You cannot specify a duration in both days and years.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s checksum value. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
}
rt::structure!(
    CreateMultipartUploadInput, CREATE_MULTIPART_UPLOAD_INPUT, [acl, bucket,
    cache_control, content_disposition, content_encoding, content_language, content_type,
    expires, grant_full_control, grant_read, grant_read_acp, grant_write_acp, key,
    metadata, server_side_encryption, storage_class, website_redirect_location,
    sse_customer_algorithm, sse_customer_key, sse_customer_key_md5, ssekms_key_id,
    ssekms_encryption_context, bucket_key_enabled, request_payer, tagging,
    object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status,
    object_lock_event_hold, object_lock_event_hold_duration_days,
    object_lock_event_hold_duration_years, expected_bucket_owner, checksum_algorithm,
    checksum_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSessionOutput {
    /// The server-side encryption algorithm used when you store objects in the directory bucket.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If you specify `x-amz-server-side-encryption` with `aws:kms`, this header indicates the ID of the KMS symmetric encryption customer managed key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object.
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether to use an S3 Bucket Key for server-side encryption with KMS keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// The established temporary security credentials for the created session.
    pub credentials: SessionCredentials,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateSessionOutput, CREATE_SESSION_OUTPUT, [server_side_encryption, ssekms_key_id,
    ssekms_encryption_context, bucket_key_enabled, credentials], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSessionInput {
    /// Specifies the mode of the session that will be created, either `ReadWrite` or `ReadOnly`. If no session mode is specified, the default behavior attempts to create a session with the maximum allowable privilege. It will first attempt to create a `ReadWrite` session, and if that is not allowed by permissions, it will attempt to create a `ReadOnly` session. If neither session type is allowed, the request will return an Access Denied error. A `ReadWrite` session is capable of executing all the Zonal endpoint API operations on a directory bucket. A `ReadOnly` session is constrained to execute the following Zonal endpoint API operations: `GetObject`, `HeadObject`, `ListObjectsV2`, `GetObjectAttributes`, `ListParts`, and `ListMultipartUploads`.
    pub session_mode: Option<SessionMode>,
    /// The name of the bucket that you create a session for.
    pub bucket: String,
    /// The server-side encryption algorithm to use when you store objects in the directory bucket.
    ///
    /// For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). By default, Amazon S3 encrypts data with SSE-S3. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html) in the *Amazon S3 User Guide*.
    ///
    /// **S3 access points for Amazon FSx ** - When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`. All Amazon FSx file systems have encryption configured by default and are encrypted at rest. Data is automatically encrypted before being written to the file system, and automatically decrypted as it is read. These processes are handled transparently by Amazon FSx.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If you specify `x-amz-server-side-encryption` with `aws:kms`, you must specify the ` x-amz-server-side-encryption-aws-kms-key-id` header with the ID (Key ID or Key ARN) of the KMS symmetric encryption customer managed key to use. Otherwise, you get an HTTP `400 Bad Request` error. Only use the key ID or key ARN. The key alias format of the KMS key isn't supported. Also, if the KMS key doesn't exist in the same account that't issuing the command, you must use the full Key ARN not the Key ID.
    ///
    /// Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported.
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object.
    ///
    /// **General purpose buckets** - This value must be explicitly added during `CopyObject` operations if you want an additional encryption context for your object. For more information, see [Encryption context](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#encryption-context) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using KMS keys (SSE-KMS).
    ///
    /// S3 Bucket Keys are always enabled for `GET` and `PUT` operations in a directory bucket and can’t be disabled. S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html), [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html), [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), or [the import jobs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: Option<bool>,
}
rt::structure!(
    CreateSessionInput, CREATE_SESSION_INPUT, [session_mode, bucket,
    server_side_encryption, ssekms_key_id, ssekms_encryption_context, bucket_key_enabled]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataRedundancy {
    /// `SingleAvailabilityZone`
    SingleAvailabilityZone,
    /// `SingleLocalZone`
    SingleLocalZone,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DataRedundancy, { SingleAvailabilityZone => "SingleAvailabilityZone", SingleLocalZone
    => "SingleLocalZone" }
);
/// The container element for optionally specifying the default Object Lock retention settings for new objects placed in the specified bucket.
///
/// - The `DefaultRetention` settings require both a mode and a period.
///
/// - The `DefaultRetention` period can be either `Days` or `Years` but you must select one. You cannot specify `Days` and `Years` at the same time.
#[derive(Clone, Default, PartialEq)]
pub struct DefaultRetention {
    /// The default Object Lock retention mode you want to apply to new objects placed in the specified bucket. Must be used with either `Days` or `Years`.
    pub mode: Option<ObjectLockRetentionMode>,
    /// The number of days that you want to specify for the default retention period. Must be used with `Mode`.
    pub days: Option<i32>,
    /// The number of years that you want to specify for the default retention period. Must be used with `Mode`.
    pub years: Option<i32>,
    /// The default event hold duration to be applied to new objects placed in the specified bucket. When configured, new objects will automatically have an event hold enabled with this duration.
    pub default_event_hold: Option<EventHoldDuration>,
}
rt::structure!(
    DefaultRetention, DEFAULT_RETENTION, [mode, days, years, default_event_hold]
);
/// Container for the objects to delete.
#[derive(Clone, Default, PartialEq)]
pub struct Delete {
    /// The object to delete.
    ///
    /// **Directory buckets** - For directory buckets, an object that's composed entirely of whitespace characters is not supported by the `DeleteObjects` API operation. The request will receive a `400 Bad Request` error and none of the objects in the request will be deleted.
    pub objects: Vec<ObjectIdentifier>,
    /// Element to enable quiet mode for the request. When you add this element, you must set its value to `true`.
    pub quiet: Option<bool>,
}
rt::structure!(Delete, DELETE, [objects, quiet]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketAnalyticsConfigurationInput {
    /// The name of the bucket from which an analytics configuration is deleted.
    pub bucket: String,
    /// The ID that identifies the analytics configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketAnalyticsConfigurationInput, DELETE_BUCKET_ANALYTICS_CONFIGURATION_INPUT,
    [bucket, id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketCorsInput {
    /// Specifies the bucket whose `cors` configuration is being deleted.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketCorsInput, DELETE_BUCKET_CORS_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketEncryptionInput {
    /// The name of the bucket containing the server-side encryption configuration to delete.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketEncryptionInput, DELETE_BUCKET_ENCRYPTION_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketIntelligentTieringConfigurationInput {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    pub bucket: String,
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketIntelligentTieringConfigurationInput,
    DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT, [bucket, id,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketInventoryConfigurationInput {
    /// The name of the bucket containing the inventory configuration to delete.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The ID used to identify the inventory configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketInventoryConfigurationInput, DELETE_BUCKET_INVENTORY_CONFIGURATION_INPUT,
    [bucket, id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketLifecycleInput {
    /// The bucket name of the lifecycle to delete.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketLifecycleInput, DELETE_BUCKET_LIFECYCLE_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketMetadataConfigurationInput {
    /// The general purpose bucket that you want to remove the metadata configuration from.
    pub bucket: String,
    /// The expected bucket owner of the general purpose bucket that you want to remove the metadata table configuration from.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketMetadataConfigurationInput, DELETE_BUCKET_METADATA_CONFIGURATION_INPUT,
    [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketMetadataTableConfigurationInput {
    /// The general purpose bucket that you want to remove the metadata table configuration from.
    pub bucket: String,
    /// The expected bucket owner of the general purpose bucket that you want to remove the metadata table configuration from.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketMetadataTableConfigurationInput,
    DELETE_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketMetricsConfigurationInput {
    /// The name of the bucket containing the metrics configuration to delete.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can only contain letters, numbers, periods, dashes, and underscores.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketMetricsConfigurationInput, DELETE_BUCKET_METRICS_CONFIGURATION_INPUT,
    [bucket, id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketOwnershipControlsInput {
    /// The Amazon S3 bucket whose `OwnershipControls` you want to delete.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketOwnershipControlsInput, DELETE_BUCKET_OWNERSHIP_CONTROLS_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketPolicyInput {
    /// The bucket name.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketPolicyInput, DELETE_BUCKET_POLICY_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketReplicationInput {
    /// The bucket name.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketReplicationInput, DELETE_BUCKET_REPLICATION_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketInput {
    /// Specifies the bucket being deleted.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(DeleteBucketInput, DELETE_BUCKET_INPUT, [bucket, expected_bucket_owner]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketTaggingInput {
    /// The bucket that has the tag set to be removed.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketTaggingInput, DELETE_BUCKET_TAGGING_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketWebsiteInput {
    /// The bucket name for which you want to remove the website configuration.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteBucketWebsiteInput, DELETE_BUCKET_WEBSITE_INPUT, [bucket,
    expected_bucket_owner]
);
/// Information about the delete marker.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMarkerEntry {
    /// The account that created the delete marker.
    pub owner: Option<Owner>,
    /// The object key.
    pub key: Option<String>,
    /// Version ID of an object.
    pub version_id: Option<String>,
    /// Specifies whether the object is (true) or is not (false) the latest version of an object.
    pub is_latest: Option<bool>,
    /// Date and time when the object was last modified.
    pub last_modified: Option<rt::DateTime>,
}
rt::structure!(
    DeleteMarkerEntry, DELETE_MARKER_ENTRY, [owner, key, version_id, is_latest,
    last_modified]
);
/// Specifies whether Amazon S3 replicates delete markers. If you specify a `Filter` in your replication configuration, you must also include a `DeleteMarkerReplication` element. If your `Filter` includes a `Tag` element, the `DeleteMarkerReplication` `Status` must be set to Disabled, because Amazon S3 does not support replicating delete markers for tag-based rules. For an example configuration, see [Basic Rule Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config).
///
/// For more information about delete marker replication, see [Basic Rule Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/delete-marker-replication.html).
///
/// If you are using an earlier version of the replication configuration, Amazon S3 handles replication of delete markers differently. For more information, see [Backward Compatibility](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-backward-compat-considerations).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMarkerReplication {
    /// Indicates whether to replicate delete markers.
    ///
    /// Indicates whether to replicate delete markers.
    pub status: Option<DeleteMarkerReplicationStatus>,
}
rt::structure!(DeleteMarkerReplication, DELETE_MARKER_REPLICATION, [status]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteMarkerReplicationStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DeleteMarkerReplicationStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectAnnotationOutput {
    /// The version ID of the object that the annotation was deleted from.
    pub object_version_id: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteObjectAnnotationOutput, DELETE_OBJECT_ANNOTATION_OUTPUT, [object_version_id,
    request_charged], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectAnnotationInput {
    /// The name of the bucket that contains the object.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// The name of the annotation to delete. Annotation names are UTF-8 encoded and cannot start with `aws` or `s3` (case-insensitive).
    ///
    /// Length Constraints: Minimum length of 1. Maximum length of 512 bytes.
    pub annotation_name: String,
    /// The version ID of the object.
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner.
    pub expected_bucket_owner: Option<String>,
    /// If specified, the operation only succeeds if the object's ETag matches the provided value.
    pub object_if_match: Option<String>,
}
rt::structure!(
    DeleteObjectAnnotationInput, DELETE_OBJECT_ANNOTATION_INPUT, [bucket, key,
    annotation_name, version_id, request_payer, expected_bucket_owner, object_if_match]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectOutput {
    /// Indicates whether the specified object version that was permanently deleted was (true) or was not (false) a delete marker before deletion. In a simple DELETE, this header indicates whether (true) or not (false) the current version of the object is a delete marker. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub delete_marker: Option<bool>,
    /// Returns the version ID of the delete marker created as a result of the DELETE operation.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteObjectOutput, DELETE_OBJECT_OUTPUT, [delete_marker, version_id,
    request_charged], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectInput {
    /// The bucket name of the bucket containing the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Key name of the object to delete.
    pub key: String,
    /// The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device. Required to permanently delete a versioned object if versioning is configured with MFA delete enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub mfa: Option<String>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// For directory buckets in this API operation, only the `null` value of the version ID is supported.
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this operation. To use this header, you must have the `s3:BypassGovernanceRetention` permission.
    ///
    /// This functionality is not supported for directory buckets.
    pub bypass_governance_retention: Option<bool>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Deletes the object if the ETag (entity tag) value provided during the delete operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error.
    ///
    /// Expects the ETag value as a string. `If-Match` does accept a string value of an '\*' (asterisk) character to denote a match of any ETag.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_match: Option<String>,
    /// If present, the object is deleted only if its modification times matches the provided `Timestamp`. If the `Timestamp` values do not match, the operation returns a `412 Precondition Failed` error. If the `Timestamp` matches or if the object doesn’t exist, the operation returns a `204 Success (No Content)` response.
    ///
    /// This functionality is only supported for directory buckets.
    pub if_match_last_modified_time: Option<rt::DateTime>,
    /// If present, the object is deleted only if its size matches the provided size in bytes. If the `Size` value does not match, the operation returns a `412 Precondition Failed` error. If the `Size` matches or if the object doesn’t exist, the operation returns a `204 Success (No Content)` response.
    ///
    /// This functionality is only supported for directory buckets.
    ///
    /// You can use the `If-Match`, `x-amz-if-match-last-modified-time` and `x-amz-if-match-size` conditional headers in conjunction with each-other or individually.
    pub if_match_size: Option<i64>,
}
rt::structure!(
    DeleteObjectInput, DELETE_OBJECT_INPUT, [bucket, key, mfa, version_id, request_payer,
    bypass_governance_retention, expected_bucket_owner, if_match,
    if_match_last_modified_time, if_match_size]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectTaggingOutput {
    /// The versionId of the object the tag-set was removed from.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteObjectTaggingOutput, DELETE_OBJECT_TAGGING_OUTPUT, [version_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectTaggingInput {
    /// The bucket name containing the objects from which to remove the tags.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key that identifies the object in the bucket from which to remove all tags.
    pub key: String,
    /// The versionId of the object that the tag-set will be removed from.
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeleteObjectTaggingInput, DELETE_OBJECT_TAGGING_INPUT, [bucket, key, version_id,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectsOutput {
    /// Container element for a successful delete. It identifies the object that was successfully deleted.
    pub deleted: Option<Vec<DeletedObject>>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Container for a failed delete action that describes the object that Amazon S3 attempted to delete and the error it encountered.
    pub errors: Option<Vec<Error>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteObjectsOutput, DELETE_OBJECTS_OUTPUT, [deleted, request_charged, errors], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteObjectsInput {
    /// The bucket name containing the objects to delete.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Container for the request.
    pub delete: Delete,
    /// The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device. Required to permanently delete a versioned object if versioning is configured with MFA delete enabled.
    ///
    /// When performing the `DeleteObjects` operation on an MFA delete enabled bucket, which attempts to delete the specified versioned objects, you must include an MFA token. If you don't provide an MFA token, the entire request will fail, even if there are non-versioned objects that you are trying to delete. If you provide an invalid token, whether there are versioned object keys in the request or not, the entire Multi-Object Delete request will fail. For information about MFA Delete, see [ MFA Delete](https://docs.aws.amazon.com/AmazonS3/latest/dev/Versioning.html#MultiFactorAuthenticationDelete) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub mfa: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Specifies whether you want to delete this object even if it has a Governance-type Object Lock in place. To use this header, you must have the `s3:BypassGovernanceRetention` permission.
    ///
    /// This functionality is not supported for directory buckets.
    pub bypass_governance_retention: Option<bool>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    ///
    /// For the `x-amz-checksum-*algorithm* ` header, replace ` *algorithm* ` with the supported algorithm from the following list:
    ///
    /// - `CRC32`
    ///
    /// - `CRC32C`
    ///
    /// - `CRC64NVME`
    ///
    /// - `MD5`
    ///
    /// - `SHA1`
    ///
    /// - `SHA256`
    ///
    /// - `SHA512`
    ///
    /// - `XXHASH3`
    ///
    /// - `XXHASH64`
    ///
    /// - `XXHASH128`
    ///
    /// For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If the individual checksum value you provide through `x-amz-checksum-*algorithm* ` doesn't match the checksum algorithm you set through `x-amz-sdk-checksum-algorithm`, Amazon S3 fails the request with a `BadDigest` error.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}
rt::structure!(
    DeleteObjectsInput, DELETE_OBJECTS_INPUT, [bucket, delete, mfa, request_payer,
    bypass_governance_retention, expected_bucket_owner, checksum_algorithm]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeletePublicAccessBlockInput {
    /// The Amazon S3 bucket whose `PublicAccessBlock` configuration you want to delete.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    DeletePublicAccessBlockInput, DELETE_PUBLIC_ACCESS_BLOCK_INPUT, [bucket,
    expected_bucket_owner]
);
/// Information about the deleted object.
#[derive(Clone, Default, PartialEq)]
pub struct DeletedObject {
    /// The name of the deleted object.
    pub key: Option<String>,
    /// The version ID of the deleted object.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Indicates whether the specified object version that was permanently deleted was (true) or was not (false) a delete marker before deletion. In a simple DELETE, this header indicates whether (true) or not (false) the current version of the object is a delete marker. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub delete_marker: Option<bool>,
    /// The version ID of the delete marker created as a result of the DELETE operation. If you delete a specific object version, the value returned by this header is the version ID of the object version deleted.
    ///
    /// This functionality is not supported for directory buckets.
    pub delete_marker_version_id: Option<String>,
}
rt::structure!(
    DeletedObject, DELETED_OBJECT, [key, version_id, delete_marker,
    delete_marker_version_id]
);
/// Specifies information about where to publish analysis or configuration results for an Amazon S3 bucket and S3 Replication Time Control (S3 RTC).
#[derive(Clone, Default, PartialEq)]
pub struct Destination {
    /// The Amazon Resource Name (ARN) of the bucket where you want Amazon S3 to store the results.
    pub bucket: String,
    /// Destination bucket owner account ID. In a cross-account scenario, if you direct Amazon S3 to change replica ownership to the Amazon Web Services account that owns the destination bucket by specifying the `AccessControlTranslation` property, this is the account ID of the destination bucket owner. For more information, see [Replication Additional Configuration: Changing the Replica Owner](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-change-owner.html) in the *Amazon S3 User Guide*.
    pub account: Option<String>,
    /// The storage class to use when replicating objects, such as S3 Standard or reduced redundancy. By default, Amazon S3 uses the storage class of the source object to create the object replica.
    ///
    /// For valid values, see the `StorageClass` element of the [PUT Bucket replication](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html) action in the *Amazon S3 API Reference*.
    ///
    /// `FSX\_OPENZFS` is not an accepted value when replicating objects.
    pub storage_class: Option<StorageClass>,
    /// Specify this only in a cross-account scenario (where source and destination bucket owners are not the same), and you want to change replica ownership to the Amazon Web Services account that owns the destination bucket. If this is not specified in the replication configuration, the replicas are owned by same Amazon Web Services account that owns the source object.
    pub access_control_translation: Option<AccessControlTranslation>,
    /// A container that provides information about encryption. If `SourceSelectionCriteria` is specified, you must specify this element.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated. Must be specified together with a `Metrics` block.
    pub replication_time: Option<ReplicationTime>,
    /// A container specifying replication metrics-related settings enabling replication metrics and events.
    pub metrics: Option<Metrics>,
}
rt::structure!(
    Destination, DESTINATION, [bucket, account, storage_class,
    access_control_translation, encryption_configuration, replication_time, metrics]
);
/// The destination information for the S3 Metadata configuration.
#[derive(Clone, Default, PartialEq)]
pub struct DestinationResult {
    /// The type of the table bucket where the metadata configuration is stored. The `aws` value indicates an Amazon Web Services managed table bucket, and the `customer` value indicates a customer-managed table bucket. V2 metadata configurations are stored in Amazon Web Services managed table buckets, and V1 metadata configurations are stored in customer-managed table buckets.
    pub table_bucket_type: Option<S3TablesBucketType>,
    /// The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is stored.
    pub table_bucket_arn: Option<String>,
    /// The namespace in the table bucket where the metadata tables for a metadata configuration are stored.
    pub table_namespace: Option<String>,
}
rt::structure!(
    DestinationResult, DESTINATION_RESULT, [table_bucket_type, table_bucket_arn,
    table_namespace]
);
/// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
///
/// When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test\_file(3).png` will appear as `test\_file%283%29.png`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingType {
    /// `url`
    Url,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(EncodingType, { Url => "url" });
/// Contains the type of server-side encryption used.
#[derive(Clone, Default, PartialEq)]
pub struct Encryption {
    /// The server-side encryption algorithm used when storing job results in Amazon S3 (for example, AES256, `aws:kms`).
    pub encryption_type: ServerSideEncryption,
    /// If the encryption type is `aws:kms`, this optional value specifies the ID of the symmetric encryption customer managed key to use for encryption of job results. Amazon S3 only supports symmetric encryption KMS keys. For more information, see [Asymmetric keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    pub kms_key_id: Option<String>,
    /// If the encryption type is `aws:kms`, this optional value can be used to specify the encryption context for the restore results.
    pub kms_context: Option<String>,
}
rt::structure!(Encryption, ENCRYPTION, [encryption_type, kms_key_id, kms_context]);
/// Specifies encryption-related information for an Amazon S3 bucket that is a destination for replicated objects.
///
/// If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then KMS resolves the key within the requester’s account. This behavior can result in data that's encrypted with a KMS key that belongs to the requester, and not the bucket owner.
#[derive(Clone, Default, PartialEq)]
pub struct EncryptionConfiguration {
    /// Specifies the ID (Key ARN or Alias ARN) of the customer managed Amazon Web Services KMS key stored in Amazon Web Services Key Management Service (KMS) for the destination bucket. Amazon S3 uses this key to encrypt replica objects. Amazon S3 only supports symmetric encryption KMS keys. For more information, see [Asymmetric keys in Amazon Web Services KMS](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    pub replica_kms_key_id: Option<String>,
}
rt::structure!(EncryptionConfiguration, ENCRYPTION_CONFIGURATION, [replica_kms_key_id]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `NONE`
    None,
    /// `SSE-C`
    SseC,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(EncryptionType, { None => "NONE", SseC => "SSE-C" });
/// The existing object was created with a different encryption type. Subsequent write requests must include the appropriate encryption parameters in the request or while creating the session.
#[derive(Clone, Default, PartialEq)]
pub struct EncryptionTypeMismatch {}
rt::structure!(EncryptionTypeMismatch, ENCRYPTION_TYPE_MISMATCH, []);
/// A message that indicates the request is complete and no more messages will be sent. You should not assume that the request is complete until the client receives an `EndEvent`.
#[derive(Clone, Default, PartialEq)]
pub struct EndEvent {}
rt::structure!(EndEvent, END_EVENT, []);
/// For information about using the Amazon S3 API—including error handling—see the [Amazon S3 Developer Guide](https://docs.aws.amazon.com/AmazonS3/latest/developerguide/Welcome.html).
///
/// Container for all error elements.
#[derive(Clone, Default, PartialEq)]
pub struct Error {
    /// The error key.
    pub key: Option<String>,
    /// The version ID of the error.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// The error code is a string that uniquely identifies an error condition. It is meant to be read and understood by programs that detect and handle errors by type. The following is a list of Amazon S3 error codes. For more information, see [Error responses](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
    ///
    /// -
    ///   - *Code:* AccessDenied
    ///
    ///   - *Description:* Access Denied
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* AccountProblem
    ///
    ///   - *Description:* There is a problem with your Amazon Web Services account that prevents the action from completing successfully. Contact Amazon Web Services Support for further assistance.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* AllAccessDisabled
    ///
    ///   - *Description:* All access to this Amazon S3 resource has been disabled. Contact Amazon Web Services Support for further assistance.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* AmbiguousGrantByEmailAddress
    ///
    ///   - *Description:* The email address you provided is associated with more than one account.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* AuthorizationHeaderMalformed
    ///
    ///   - *Description:* The authorization header you provided is invalid.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *HTTP Status Code:* N/A
    ///
    /// -
    ///   - *Code:* BadDigest
    ///
    ///   - *Description:* The Content-MD5 you specified did not match what we received.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* BucketAlreadyExists
    ///
    ///   - *Description:* The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.
    ///
    ///   - *HTTP Status Code:* 409 Conflict
    ///
    /// -
    ///   - *Code:* BucketAlreadyOwnedByYou
    ///
    ///   - *Description:* The bucket you tried to create already exists, and you own it. Amazon S3 returns this error in all Amazon Web Services Regions except in the North Virginia Region. For legacy compatibility, if you re-create an existing bucket that you already own in the North Virginia Region, Amazon S3 returns 200 OK and resets the bucket access control lists (ACLs).
    ///
    ///   - *Code:* 409 Conflict (in all Regions except the North Virginia Region)
    ///
    /// -
    ///   - *Code:* BucketNotEmpty
    ///
    ///   - *Description:* The bucket you tried to delete is not empty.
    ///
    ///   - *HTTP Status Code:* 409 Conflict
    ///
    /// -
    ///   - *Code:* CredentialsNotSupported
    ///
    ///   - *Description:* This request does not support credentials.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* CrossLocationLoggingProhibited
    ///
    ///   - *Description:* Cross-location logging not allowed. Buckets in one geographic location cannot log information to a bucket in another location.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* EntityTooSmall
    ///
    ///   - *Description:* Your proposed upload is smaller than the minimum allowed object size.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* EntityTooLarge
    ///
    ///   - *Description:* Your proposed upload exceeds the maximum allowed object size.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* ExpiredToken
    ///
    ///   - *Description:* The provided token has expired.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* IllegalVersioningConfigurationException
    ///
    ///   - *Description:* Indicates that the versioning configuration specified in the request is invalid.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* IncompleteBody
    ///
    ///   - *Description:* You did not provide the number of bytes specified by the Content-Length HTTP header
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* IncorrectNumberOfFilesInPostRequest
    ///
    ///   - *Description:* POST requires exactly one file upload per request.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InlineDataTooLarge
    ///
    ///   - *Description:* Inline data exceeds the maximum allowed size.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InternalError
    ///
    ///   - *Description:* We encountered an internal error. Please try again.
    ///
    ///   - *HTTP Status Code:* 500 Internal Server Error
    ///
    /// -
    ///   - *Code:* InvalidAccessKeyId
    ///
    ///   - *Description:* The Amazon Web Services access key ID you provided does not exist in our records.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* InvalidAddressingHeader
    ///
    ///   - *Description:* You must specify the Anonymous role.
    ///
    ///   - *HTTP Status Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidArgument
    ///
    ///   - *Description:* Invalid Argument
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidBucketName
    ///
    ///   - *Description:* The specified bucket is not valid.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidBucketState
    ///
    ///   - *Description:* The request is not valid with the current state of the bucket.
    ///
    ///   - *HTTP Status Code:* 409 Conflict
    ///
    /// -
    ///   - *Code:* InvalidDigest
    ///
    ///   - *Description:* The Content-MD5 you specified is not valid.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidEncryptionAlgorithmError
    ///
    ///   - *Description:* The encryption request you specified is not valid. The valid value is AES256.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidLocationConstraint
    ///
    ///   - *Description:* The specified location constraint is not valid. For more information about Regions, see [How to Select a Region for Your Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingBucket.html#access-bucket-intro).
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidObjectState
    ///
    ///   - *Description:* The action is not valid for the current state of the object.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* InvalidPart
    ///
    ///   - *Description:* One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidPartOrder
    ///
    ///   - *Description:* The list of parts was not in ascending order. Parts list must be specified in order by part number.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidPayer
    ///
    ///   - *Description:* All access to this object has been disabled. Please contact Amazon Web Services Support for further assistance.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* InvalidPolicyDocument
    ///
    ///   - *Description:* The content of the form does not meet the conditions specified in the policy document.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidRange
    ///
    ///   - *Description:* The requested range cannot be satisfied.
    ///
    ///   - *HTTP Status Code:* 416 Requested Range Not Satisfiable
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Please use `AWS4-HMAC-SHA256`.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Acceleration is not supported for buckets with non-DNS compliant names.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Accelerate endpoint only supports virtual style requests.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Accelerate is not configured on this bucket.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Accelerate is disabled on this bucket.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Acceleration is not supported on this bucket. Contact Amazon Web Services Support for more information.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidRequest
    ///
    ///   - *Description:* Amazon S3 Transfer Acceleration cannot be enabled on this bucket. Contact Amazon Web Services Support for more information.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    ///   - *Code:* N/A
    ///
    /// -
    ///   - *Code:* InvalidSecurity
    ///
    ///   - *Description:* The provided security credentials are not valid.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* InvalidStorageClass
    ///
    ///   - *Description:* The storage class you specified is not valid.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidTargetBucketForLogging
    ///
    ///   - *Description:* The target bucket for logging does not exist, is not owned by you, or does not have the appropriate grants for the log-delivery group.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidToken
    ///
    ///   - *Description:* The provided token is malformed or otherwise invalid.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* InvalidURI
    ///
    ///   - *Description:* Couldn't parse the specified URI.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* KeyTooLongError
    ///
    ///   - *Description:* Your key is too long.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MalformedACLError
    ///
    ///   - *Description:* The XML you provided was not well-formed or did not validate against our published schema.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MalformedPOSTRequest
    ///
    ///   - *Description:* The body of your POST request is not well-formed multipart/form-data.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MalformedXML
    ///
    ///   - *Description:* This happens when the user sends malformed XML (XML that doesn't conform to the published XSD) for the configuration. The error message is, "The XML you provided was not well-formed or did not validate against our published schema."
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MaxMessageLengthExceeded
    ///
    ///   - *Description:* Your request was too big.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MaxPostPreDataLengthExceededError
    ///
    ///   - *Description:* Your POST request fields preceding the upload file were too large.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MetadataTooLarge
    ///
    ///   - *Description:* Your metadata headers exceed the maximum allowed metadata size.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MethodNotAllowed
    ///
    ///   - *Description:* The specified method is not allowed against this resource.
    ///
    ///   - *HTTP Status Code:* 405 Method Not Allowed
    ///
    /// -
    ///   - *Code:* MissingContentLength
    ///
    ///   - *Description:* You must provide the Content-Length HTTP header.
    ///
    ///   - *HTTP Status Code:* 411 Length Required
    ///
    /// -
    ///   - *Code:* MissingRequestBodyError
    ///
    ///   - *Description:* This happens when the user sends an empty XML document as a request. The error message is, "Request body is empty."
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* MissingSecurityHeader
    ///
    ///   - *Description:* Your request is missing a required header.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* NoLoggingStatusForKey
    ///
    ///   - *Description:* There is no such thing as a logging status subresource for a key.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* NoSuchBucket
    ///
    ///   - *Description:* The specified bucket does not exist.
    ///
    ///   - *HTTP Status Code:* 404 Not Found
    ///
    /// -
    ///   - *Code:* NoSuchBucketPolicy
    ///
    ///   - *Description:* The specified bucket does not have a bucket policy.
    ///
    ///   - *HTTP Status Code:* 404 Not Found
    ///
    /// -
    ///   - *Code:* NoSuchKey
    ///
    ///   - *Description:* The specified key does not exist.
    ///
    ///   - *HTTP Status Code:* 404 Not Found
    ///
    /// -
    ///   - *Code:* NoSuchLifecycleConfiguration
    ///
    ///   - *Description:* The lifecycle configuration does not exist.
    ///
    ///   - *HTTP Status Code:* 404 Not Found
    ///
    /// -
    ///   - *Code:* NoSuchUpload
    ///
    ///   - *Description:* The specified multipart upload does not exist. The upload ID might be invalid, or the multipart upload might have been aborted or completed.
    ///
    ///   - *HTTP Status Code:* 404 Not Found
    ///
    /// -
    ///   - *Code:* NoSuchVersion
    ///
    ///   - *Description:* Indicates that the version ID specified in the request does not match an existing version.
    ///
    ///   - *HTTP Status Code:* 404 Not Found
    ///
    /// -
    ///   - *Code:* NotImplemented
    ///
    ///   - *Description:* A header you provided implies functionality that is not implemented.
    ///
    ///   - *HTTP Status Code:* 501 Not Implemented
    ///
    /// -
    ///   - *Code:* NotSignedUp
    ///
    ///   - *Description:* Your account is not signed up for the Amazon S3 service. You must sign up before you can use Amazon S3. You can sign up at the following URL: [Amazon S3](http://aws.amazon.com/s3)
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* OperationAborted
    ///
    ///   - *Description:* A conflicting conditional action is currently in progress against this resource. Try again.
    ///
    ///   - *HTTP Status Code:* 409 Conflict
    ///
    /// -
    ///   - *Code:* PermanentRedirect
    ///
    ///   - *Description:* The bucket you are attempting to access must be addressed using the specified endpoint. Send all future requests to this endpoint.
    ///
    ///   - *HTTP Status Code:* 301 Moved Permanently
    ///
    /// -
    ///   - *Code:* PreconditionFailed
    ///
    ///   - *Description:* At least one of the preconditions you specified did not hold.
    ///
    ///   - *HTTP Status Code:* 412 Precondition Failed
    ///
    /// -
    ///   - *Code:* Redirect
    ///
    ///   - *Description:* Temporary redirect.
    ///
    ///   - *HTTP Status Code:* 307 Moved Temporarily
    ///
    /// -
    ///   - *Code:* RestoreAlreadyInProgress
    ///
    ///   - *Description:* Object restore is already in progress.
    ///
    ///   - *HTTP Status Code:* 409 Conflict
    ///
    /// -
    ///   - *Code:* RequestIsNotMultiPartContent
    ///
    ///   - *Description:* Bucket POST must be of the enclosure-type multipart/form-data.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* RequestTimeout
    ///
    ///   - *Description:* Your socket connection to the server was not read from or written to within the timeout period.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* RequestTimeTooSkewed
    ///
    ///   - *Description:* The difference between the request time and the server's time is too large.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* RequestTorrentOfBucketError
    ///
    ///   - *Description:* Requesting the torrent file of a bucket is not permitted.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* SignatureDoesNotMatch
    ///
    ///   - *Description:* The request signature we calculated does not match the signature you provided. Check your Amazon Web Services secret access key and signing method. For more information, see [REST Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html) for details.
    ///
    ///   - *HTTP Status Code:* 403 Forbidden
    ///
    /// -
    ///   - *Code:* ServiceUnavailable
    ///
    ///   - *Description:* Service is unable to handle request.
    ///
    ///   - *HTTP Status Code:* 503 Service Unavailable
    ///
    /// -
    ///   - *Code:* SlowDown
    ///
    ///   - *Description:* Reduce your request rate.
    ///
    ///   - *HTTP Status Code:* 503 Slow Down
    ///
    /// -
    ///   - *Code:* TemporaryRedirect
    ///
    ///   - *Description:* You are being redirected to the bucket while DNS updates.
    ///
    ///   - *HTTP Status Code:* 307 Moved Temporarily
    ///
    /// -
    ///   - *Code:* TokenRefreshRequired
    ///
    ///   - *Description:* The provided token must be refreshed.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* TooManyBuckets
    ///
    ///   - *Description:* You have attempted to create more buckets than allowed.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* UnexpectedContent
    ///
    ///   - *Description:* This request does not support content.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* UnresolvableGrantByEmailAddress
    ///
    ///   - *Description:* The email address you provided does not match any account on record.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    ///
    /// -
    ///   - *Code:* UserKeyMustBeSpecified
    ///
    ///   - *Description:* The bucket POST must contain the specified field name. If it is specified, check the order of the fields.
    ///
    ///   - *HTTP Status Code:* 400 Bad Request
    pub code: Option<String>,
    /// The error message contains a generic description of the error condition in English. It is intended for a human audience. Simple programs display the message directly to the end user if they encounter an error condition they don't know how or don't care to handle. Sophisticated programs with more exhaustive error handling and proper internationalization are more likely to ignore the error message.
    pub message: Option<String>,
}
rt::structure!(Error, ERROR, [key, version_id, code, message]);
/// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2 `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code and error message.
///
/// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
#[derive(Clone, Default, PartialEq)]
pub struct ErrorDetails {
    /// If the V1 `CreateBucketMetadataTableConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code. The possible error codes and error messages are as follows:
    ///
    /// - `AccessDeniedCreatingResources` - You don't have sufficient permissions to create the required resources. Make sure that you have `s3tables:CreateNamespace`, `s3tables:CreateTable`, `s3tables:GetTable` and `s3tables:PutTablePolicy` permissions, and then try again. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `AccessDeniedWritingToTable` - Unable to write to the metadata table because of missing resource permissions. To fix the resource policy, Amazon S3 needs to create a new metadata table. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `DestinationTableNotFound` - The destination table doesn't exist. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `ServerInternalError` - An internal error has occurred. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `TableAlreadyExists` - The table that you specified already exists in the table bucket's namespace. Specify a different table name. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `TableBucketNotFound` - The table bucket that you specified doesn't exist in this Amazon Web Services Region and account. Create or choose a different table bucket. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// If the V2 `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code. The possible error codes and error messages are as follows:
    ///
    /// - `AccessDeniedCreatingResources` - You don't have sufficient permissions to create the required resources. Make sure that you have `s3tables:CreateTableBucket`, `s3tables:CreateNamespace`, `s3tables:CreateTable`, `s3tables:GetTable`, `s3tables:PutTablePolicy`, `kms:DescribeKey`, and `s3tables:PutTableEncryption` permissions. Additionally, ensure that the KMS key used to encrypt the table still exists, is active and has a resource policy granting access to the S3 service principals '`maintenance.s3tables.amazonaws.com`' and '`metadata.s3.amazonaws.com`'. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `AccessDeniedWritingToTable` - Unable to write to the metadata table because of missing resource permissions. To fix the resource policy, Amazon S3 needs to create a new metadata table. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `DestinationTableNotFound` - The destination table doesn't exist. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `ServerInternalError` - An internal error has occurred. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `JournalTableAlreadyExists` - A journal table already exists in the Amazon Web Services managed table bucket's namespace. Delete the journal table, and then try again. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `InventoryTableAlreadyExists` - An inventory table already exists in the Amazon Web Services managed table bucket's namespace. Delete the inventory table, and then try again. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `JournalTableNotAvailable` - The journal table that the inventory table relies on has a `FAILED` status. An inventory table requires a journal table with an `ACTIVE` status. To create a new journal or inventory table, you must delete the metadata configuration for this bucket, along with any journal or inventory tables, and then create a new metadata configuration.
    ///
    /// - `NoSuchBucket` - The specified general purpose bucket does not exist.
    pub error_code: Option<String>,
    /// If the V1 `CreateBucketMetadataTableConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error message. The possible error codes and error messages are as follows:
    ///
    /// - `AccessDeniedCreatingResources` - You don't have sufficient permissions to create the required resources. Make sure that you have `s3tables:CreateNamespace`, `s3tables:CreateTable`, `s3tables:GetTable` and `s3tables:PutTablePolicy` permissions, and then try again. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `AccessDeniedWritingToTable` - Unable to write to the metadata table because of missing resource permissions. To fix the resource policy, Amazon S3 needs to create a new metadata table. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `DestinationTableNotFound` - The destination table doesn't exist. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `ServerInternalError` - An internal error has occurred. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `TableAlreadyExists` - The table that you specified already exists in the table bucket's namespace. Specify a different table name. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `TableBucketNotFound` - The table bucket that you specified doesn't exist in this Amazon Web Services Region and account. Create or choose a different table bucket. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// If the V2 `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code. The possible error codes and error messages are as follows:
    ///
    /// - `AccessDeniedCreatingResources` - You don't have sufficient permissions to create the required resources. Make sure that you have `s3tables:CreateTableBucket`, `s3tables:CreateNamespace`, `s3tables:CreateTable`, `s3tables:GetTable`, `s3tables:PutTablePolicy`, `kms:DescribeKey`, and `s3tables:PutTableEncryption` permissions. Additionally, ensure that the KMS key used to encrypt the table still exists, is active and has a resource policy granting access to the S3 service principals '`maintenance.s3tables.amazonaws.com`' and '`metadata.s3.amazonaws.com`'. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `AccessDeniedWritingToTable` - Unable to write to the metadata table because of missing resource permissions. To fix the resource policy, Amazon S3 needs to create a new metadata table. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `DestinationTableNotFound` - The destination table doesn't exist. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `ServerInternalError` - An internal error has occurred. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `JournalTableAlreadyExists` - A journal table already exists in the Amazon Web Services managed table bucket's namespace. Delete the journal table, and then try again. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `InventoryTableAlreadyExists` - An inventory table already exists in the Amazon Web Services managed table bucket's namespace. Delete the inventory table, and then try again. To create a new metadata table, you must delete the metadata configuration for this bucket, and then create a new metadata configuration.
    ///
    /// - `JournalTableNotAvailable` - The journal table that the inventory table relies on has a `FAILED` status. An inventory table requires a journal table with an `ACTIVE` status. To create a new journal or inventory table, you must delete the metadata configuration for this bucket, along with any journal or inventory tables, and then create a new metadata configuration.
    ///
    /// - `NoSuchBucket` - The specified general purpose bucket does not exist.
    pub error_message: Option<String>,
}
rt::structure!(ErrorDetails, ERROR_DETAILS, [error_code, error_message]);
/// The error information.
#[derive(Clone, Default, PartialEq)]
pub struct ErrorDocument {
    /// The object key name to use when a 4XX class error occurs.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub key: String,
}
rt::structure!(ErrorDocument, ERROR_DOCUMENT, [key]);
/// The bucket event for which to send notifications.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Event {
    /// `s3:ReducedRedundancyLostObject`
    S3ReducedRedundancyLostObject,
    /// `s3:ObjectCreated:*`
    S3ObjectCreated,
    /// `s3:ObjectCreated:Put`
    S3ObjectCreatedPut,
    /// `s3:ObjectCreated:Post`
    S3ObjectCreatedPost,
    /// `s3:ObjectCreated:Copy`
    S3ObjectCreatedCopy,
    /// `s3:ObjectCreated:CompleteMultipartUpload`
    S3ObjectCreatedCompleteMultipartUpload,
    /// `s3:ObjectRemoved:*`
    S3ObjectRemoved,
    /// `s3:ObjectRemoved:Delete`
    S3ObjectRemovedDelete,
    /// `s3:ObjectRemoved:DeleteMarkerCreated`
    S3ObjectRemovedDeleteMarkerCreated,
    /// `s3:ObjectRestore:*`
    S3ObjectRestore,
    /// `s3:ObjectRestore:Post`
    S3ObjectRestorePost,
    /// `s3:ObjectRestore:Completed`
    S3ObjectRestoreCompleted,
    /// `s3:Replication:*`
    S3Replication,
    /// `s3:Replication:OperationFailedReplication`
    S3ReplicationOperationFailedReplication,
    /// `s3:Replication:OperationNotTracked`
    S3ReplicationOperationNotTracked,
    /// `s3:Replication:OperationMissedThreshold`
    S3ReplicationOperationMissedThreshold,
    /// `s3:Replication:OperationReplicatedAfterThreshold`
    S3ReplicationOperationReplicatedAfterThreshold,
    /// `s3:ObjectRestore:Delete`
    S3ObjectRestoreDelete,
    /// `s3:LifecycleTransition`
    S3LifecycleTransition,
    /// `s3:IntelligentTiering`
    S3IntelligentTiering,
    /// `s3:ObjectAcl:Put`
    S3ObjectAclPut,
    /// `s3:LifecycleExpiration:*`
    S3LifecycleExpiration,
    /// `s3:LifecycleExpiration:Delete`
    S3LifecycleExpirationDelete,
    /// `s3:LifecycleExpiration:DeleteMarkerCreated`
    S3LifecycleExpirationDeleteMarkerCreated,
    /// `s3:ObjectTagging:*`
    S3ObjectTagging,
    /// `s3:ObjectTagging:Put`
    S3ObjectTaggingPut,
    /// `s3:ObjectTagging:Delete`
    S3ObjectTaggingDelete,
    /// `s3:ObjectAnnotation:*`
    S3ObjectAnnotation,
    /// `s3:ObjectAnnotation:Put`
    S3ObjectAnnotationPut,
    /// `s3:ObjectAnnotation:Delete`
    S3ObjectAnnotationDelete,
    /// `s3:ObjectRetention:Put`
    S3ObjectRetentionPut,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Event, { S3ReducedRedundancyLostObject => "s3:ReducedRedundancyLostObject",
    S3ObjectCreated => "s3:ObjectCreated:*", S3ObjectCreatedPut =>
    "s3:ObjectCreated:Put", S3ObjectCreatedPost => "s3:ObjectCreated:Post",
    S3ObjectCreatedCopy => "s3:ObjectCreated:Copy",
    S3ObjectCreatedCompleteMultipartUpload => "s3:ObjectCreated:CompleteMultipartUpload",
    S3ObjectRemoved => "s3:ObjectRemoved:*", S3ObjectRemovedDelete =>
    "s3:ObjectRemoved:Delete", S3ObjectRemovedDeleteMarkerCreated =>
    "s3:ObjectRemoved:DeleteMarkerCreated", S3ObjectRestore => "s3:ObjectRestore:*",
    S3ObjectRestorePost => "s3:ObjectRestore:Post", S3ObjectRestoreCompleted =>
    "s3:ObjectRestore:Completed", S3Replication => "s3:Replication:*",
    S3ReplicationOperationFailedReplication =>
    "s3:Replication:OperationFailedReplication", S3ReplicationOperationNotTracked =>
    "s3:Replication:OperationNotTracked", S3ReplicationOperationMissedThreshold =>
    "s3:Replication:OperationMissedThreshold",
    S3ReplicationOperationReplicatedAfterThreshold =>
    "s3:Replication:OperationReplicatedAfterThreshold", S3ObjectRestoreDelete =>
    "s3:ObjectRestore:Delete", S3LifecycleTransition => "s3:LifecycleTransition",
    S3IntelligentTiering => "s3:IntelligentTiering", S3ObjectAclPut =>
    "s3:ObjectAcl:Put", S3LifecycleExpiration => "s3:LifecycleExpiration:*",
    S3LifecycleExpirationDelete => "s3:LifecycleExpiration:Delete",
    S3LifecycleExpirationDeleteMarkerCreated =>
    "s3:LifecycleExpiration:DeleteMarkerCreated", S3ObjectTagging =>
    "s3:ObjectTagging:*", S3ObjectTaggingPut => "s3:ObjectTagging:Put",
    S3ObjectTaggingDelete => "s3:ObjectTagging:Delete", S3ObjectAnnotation =>
    "s3:ObjectAnnotation:*", S3ObjectAnnotationPut => "s3:ObjectAnnotation:Put",
    S3ObjectAnnotationDelete => "s3:ObjectAnnotation:Delete", S3ObjectRetentionPut =>
    "s3:ObjectRetention:Put" }
);
/// A container for specifying the configuration for Amazon EventBridge.
#[derive(Clone, Default, PartialEq)]
pub struct EventBridgeConfiguration {}
rt::structure!(EventBridgeConfiguration, EVENT_BRIDGE_CONFIGURATION, []);
/// Contains the event hold duration configuration, specified in either days or years.
#[derive(Clone, Default, PartialEq)]
pub struct EventHoldDuration {
    /// The number of days for the event hold duration. The minimum value is 1 and the maximum value is 36,500.
    pub days: Option<i32>,
    /// The number of years for the event hold duration. The minimum value is 1 and the maximum value is 100.
    pub years: Option<i32>,
}
rt::structure!(EventHoldDuration, EVENT_HOLD_DURATION, [days, years]);
/// Optional configuration to replicate existing source bucket objects.
///
/// This parameter is no longer supported. To replicate existing objects, see [Replicating existing objects with S3 Batch Replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-batch-replication-batch.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ExistingObjectReplication {
    /// Specifies whether Amazon S3 replicates existing source bucket objects.
    pub status: ExistingObjectReplicationStatus,
}
rt::structure!(ExistingObjectReplication, EXISTING_OBJECT_REPLICATION, [status]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExistingObjectReplicationStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExistingObjectReplicationStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpirationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ExpirationState, { Enabled => "ENABLED", Disabled => "DISABLED" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpirationStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ExpirationStatus, { Enabled => "Enabled", Disabled => "Disabled" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpressionType {
    /// `SQL`
    Sql,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ExpressionType, { Sql => "SQL" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileHeaderInfo {
    /// `USE`
    Use,
    /// `IGNORE`
    Ignore,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FileHeaderInfo, { Use => "USE", Ignore => "IGNORE", None => "NONE" });
/// Specifies the Amazon S3 object key name to filter on. An object key name is the name assigned to an object in your Amazon S3 bucket. You specify whether to filter on the suffix or prefix of the object key name. A prefix is a specific string of characters at the beginning of an object key name, which you can use to organize objects. For example, you can start the key names of related objects with a prefix, such as `2023-` or `engineering/`. Then, you can use `FilterRule` to find objects in a bucket with key names that have the same prefix. A suffix is similar to a prefix, but it is at the end of the object key name instead of at the beginning.
#[derive(Clone, Default, PartialEq)]
pub struct FilterRule {
    /// The object key name prefix or suffix identifying one or more objects to which the filtering rule applies. The maximum length is 1,024 characters. Overlapping prefixes and suffixes are not supported. For more information, see [Configuring Event Notifications](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon S3 User Guide*.
    pub name: Option<FilterRuleName>,
    /// The value that the filter searches for in object key names.
    pub value: Option<String>,
}
rt::structure!(FilterRule, FILTER_RULE, [name, value]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterRuleName {
    /// `prefix`
    Prefix,
    /// `suffix`
    Suffix,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FilterRuleName, { Prefix => "prefix", Suffix => "suffix" });
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAbacOutput {
    /// The ABAC status of the general purpose bucket.
    pub abac_status: Option<AbacStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketAbacOutput, GET_BUCKET_ABAC_OUTPUT, [abac_status], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAbacInput {
    /// The name of the general purpose bucket.
    pub bucket: String,
    /// The Amazon Web Services account ID of the general purpose bucket's owner.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketAbacInput, GET_BUCKET_ABAC_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAccelerateConfigurationOutput {
    /// The accelerate configuration of the bucket.
    pub status: Option<BucketAccelerateStatus>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketAccelerateConfigurationOutput, GET_BUCKET_ACCELERATE_CONFIGURATION_OUTPUT,
    [status, request_charged], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAccelerateConfigurationInput {
    /// The name of the bucket for which the accelerate configuration is retrieved.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
}
rt::structure!(
    GetBucketAccelerateConfigurationInput, GET_BUCKET_ACCELERATE_CONFIGURATION_INPUT,
    [bucket, expected_bucket_owner, request_payer]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAclOutput {
    /// Container for the bucket owner's ID.
    pub owner: Option<Owner>,
    /// A list of grants.
    pub grants: Option<Vec<Grant>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketAclOutput, GET_BUCKET_ACL_OUTPUT, [owner, grants], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAclInput {
    /// Specifies the S3 bucket whose ACL is being requested.
    ///
    /// When you use this API operation with an access point, provide the alias of the access point in place of the bucket name.
    ///
    /// When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(GetBucketAclInput, GET_BUCKET_ACL_INPUT, [bucket, expected_bucket_owner]);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAnalyticsConfigurationOutput {
    /// The configuration and any analyses for the analytics filter.
    pub analytics_configuration: Option<AnalyticsConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketAnalyticsConfigurationOutput, GET_BUCKET_ANALYTICS_CONFIGURATION_OUTPUT,
    [analytics_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketAnalyticsConfigurationInput {
    /// The name of the bucket from which an analytics configuration is retrieved.
    pub bucket: String,
    /// The ID that identifies the analytics configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketAnalyticsConfigurationInput, GET_BUCKET_ANALYTICS_CONFIGURATION_INPUT,
    [bucket, id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketCorsOutput {
    /// A set of origins and methods (cross-origin access that you want to allow). You can add up to 100 rules to the configuration.
    pub cors_rules: Option<Vec<CorsRule>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketCorsOutput, GET_BUCKET_CORS_OUTPUT, [cors_rules], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketCorsInput {
    /// The bucket name for which to get the cors configuration.
    ///
    /// When you use this API operation with an access point, provide the alias of the access point in place of the bucket name.
    ///
    /// When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketCorsInput, GET_BUCKET_CORS_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketEncryptionOutput {
    /// Specifies the default server-side-encryption configuration.
    pub server_side_encryption_configuration: Option<ServerSideEncryptionConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketEncryptionOutput, GET_BUCKET_ENCRYPTION_OUTPUT,
    [server_side_encryption_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketEncryptionInput {
    /// The name of the bucket from which the server-side encryption configuration is retrieved.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketEncryptionInput, GET_BUCKET_ENCRYPTION_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketIntelligentTieringConfigurationOutput {
    /// Container for S3 Intelligent-Tiering configuration.
    pub intelligent_tiering_configuration: Option<IntelligentTieringConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketIntelligentTieringConfigurationOutput,
    GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_OUTPUT,
    [intelligent_tiering_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketIntelligentTieringConfigurationInput {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    pub bucket: String,
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketIntelligentTieringConfigurationInput,
    GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT, [bucket, id,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketInventoryConfigurationOutput {
    /// Specifies the inventory configuration.
    pub inventory_configuration: Option<InventoryConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketInventoryConfigurationOutput, GET_BUCKET_INVENTORY_CONFIGURATION_OUTPUT,
    [inventory_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketInventoryConfigurationInput {
    /// The name of the bucket containing the inventory configuration to retrieve.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The ID used to identify the inventory configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketInventoryConfigurationInput, GET_BUCKET_INVENTORY_CONFIGURATION_INPUT,
    [bucket, id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationOutput {
    /// Container for a lifecycle rule.
    pub rules: Option<Vec<LifecycleRule>>,
    /// Indicates which default minimum object size behavior is applied to the lifecycle configuration.
    ///
    /// This parameter applies to general purpose buckets only. It isn't supported for directory bucket lifecycle configurations.
    ///
    /// - `all\_storage\_classes\_128K` - Objects smaller than 128 KB will not transition to any storage class by default.
    ///
    /// - `varies\_by\_storage\_class` - Objects smaller than 128 KB will transition to Glacier Flexible Retrieval or Glacier Deep Archive storage classes. By default, all other storage classes will prevent transitions smaller than 128 KB.
    ///
    /// To customize the minimum object size for any transition you can add a filter that specifies a custom `ObjectSizeGreaterThan` or `ObjectSizeLessThan` in the body of your transition rule. Custom filters always take precedence over the default transition behavior.
    pub transition_default_minimum_object_size: Option<
        TransitionDefaultMinimumObjectSize,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketLifecycleConfigurationOutput, GET_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT,
    [rules, transition_default_minimum_object_size], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationInput {
    /// The name of the bucket for which to get the lifecycle information.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketLifecycleConfigurationInput, GET_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
    [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLifecycleOutput {
    /// Container for a lifecycle rule.
    pub rules: Option<Vec<Rule>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketLifecycleOutput, GET_BUCKET_LIFECYCLE_OUTPUT, [rules], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLifecycleInput {
    /// The name of the bucket for which to get the lifecycle information.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketLifecycleInput, GET_BUCKET_LIFECYCLE_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLocationOutput {
    /// Specifies the Region where the bucket resides. For a list of all the Amazon S3 supported location constraints by Region, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    ///
    /// Buckets in Region `us-east-1` have a LocationConstraint of `null`. Buckets with a LocationConstraint of `EU` reside in `eu-west-1`.
    pub location_constraint: Option<BucketLocationConstraint>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketLocationOutput, GET_BUCKET_LOCATION_OUTPUT, [location_constraint], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLocationInput {
    /// The name of the bucket for which to get the location.
    ///
    /// When you use this API operation with an access point, provide the alias of the access point in place of the bucket name.
    ///
    /// When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketLocationInput, GET_BUCKET_LOCATION_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLoggingOutput {
    /// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys for a bucket. For more information, see [PUT Bucket logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the *Amazon S3 API Reference*.
    pub logging_enabled: Option<LoggingEnabled>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketLoggingOutput, GET_BUCKET_LOGGING_OUTPUT, [logging_enabled], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLoggingInput {
    /// The bucket name for which to get the logging information.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketLoggingInput, GET_BUCKET_LOGGING_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetadataConfigurationOutput {
    /// The metadata configuration for the general purpose bucket.
    pub get_bucket_metadata_configuration_result: Option<
        GetBucketMetadataConfigurationResult,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketMetadataConfigurationOutput, GET_BUCKET_METADATA_CONFIGURATION_OUTPUT,
    [get_bucket_metadata_configuration_result], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetadataConfigurationInput {
    /// The general purpose bucket that corresponds to the metadata configuration that you want to retrieve.
    pub bucket: String,
    /// The expected owner of the general purpose bucket that you want to retrieve the metadata table configuration for.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketMetadataConfigurationInput, GET_BUCKET_METADATA_CONFIGURATION_INPUT,
    [bucket, expected_bucket_owner]
);
/// The S3 Metadata configuration for a general purpose bucket.
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetadataConfigurationResult {
    /// The metadata configuration for a general purpose bucket.
    pub metadata_configuration_result: MetadataConfigurationResult,
}
rt::structure!(
    GetBucketMetadataConfigurationResult, GET_BUCKET_METADATA_CONFIGURATION_RESULT,
    [metadata_configuration_result]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetadataTableConfigurationOutput {
    /// The metadata table configuration for the general purpose bucket.
    pub get_bucket_metadata_table_configuration_result: Option<
        GetBucketMetadataTableConfigurationResult,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketMetadataTableConfigurationOutput,
    GET_BUCKET_METADATA_TABLE_CONFIGURATION_OUTPUT,
    [get_bucket_metadata_table_configuration_result], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetadataTableConfigurationInput {
    /// The general purpose bucket that corresponds to the metadata table configuration that you want to retrieve.
    pub bucket: String,
    /// The expected owner of the general purpose bucket that you want to retrieve the metadata table configuration for.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketMetadataTableConfigurationInput,
    GET_BUCKET_METADATA_TABLE_CONFIGURATION_INPUT, [bucket, expected_bucket_owner]
);
/// The V1 S3 Metadata configuration for a general purpose bucket.
///
/// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetadataTableConfigurationResult {
    /// The V1 S3 Metadata configuration for a general purpose bucket.
    pub metadata_table_configuration_result: MetadataTableConfigurationResult,
    /// The status of the metadata table. The status values are:
    ///
    /// - `CREATING` - The metadata table is in the process of being created in the specified table bucket.
    ///
    /// - `ACTIVE` - The metadata table has been created successfully, and records are being delivered to the table.
    ///
    /// - `FAILED` - Amazon S3 is unable to create the metadata table, or Amazon S3 is unable to deliver records. See `ErrorDetails` for details.
    pub status: String,
    /// If the `CreateBucketMetadataTableConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code and error message.
    pub error: Option<ErrorDetails>,
}
rt::structure!(
    GetBucketMetadataTableConfigurationResult,
    GET_BUCKET_METADATA_TABLE_CONFIGURATION_RESULT, [metadata_table_configuration_result,
    status, error]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetricsConfigurationOutput {
    /// Specifies the metrics configuration.
    pub metrics_configuration: Option<MetricsConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketMetricsConfigurationOutput, GET_BUCKET_METRICS_CONFIGURATION_OUTPUT,
    [metrics_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketMetricsConfigurationInput {
    /// The name of the bucket containing the metrics configuration to retrieve.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can only contain letters, numbers, periods, dashes, and underscores.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketMetricsConfigurationInput, GET_BUCKET_METRICS_CONFIGURATION_INPUT, [bucket,
    id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketNotificationConfigurationRequest {
    /// The name of the bucket for which to get the notification configuration.
    ///
    /// When you use this API operation with an access point, provide the alias of the access point in place of the bucket name.
    ///
    /// When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketNotificationConfigurationRequest,
    GET_BUCKET_NOTIFICATION_CONFIGURATION_REQUEST, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketOwnershipControlsOutput {
    /// The `OwnershipControls` (BucketOwnerEnforced, BucketOwnerPreferred, or ObjectWriter) currently in effect for this Amazon S3 bucket.
    pub ownership_controls: Option<OwnershipControls>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketOwnershipControlsOutput, GET_BUCKET_OWNERSHIP_CONTROLS_OUTPUT,
    [ownership_controls], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketOwnershipControlsInput {
    /// The name of the Amazon S3 bucket whose `OwnershipControls` you want to retrieve.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketOwnershipControlsInput, GET_BUCKET_OWNERSHIP_CONTROLS_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketPolicyOutput {
    /// The bucket policy as a JSON document.
    pub policy: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketPolicyOutput, GET_BUCKET_POLICY_OUTPUT, [policy], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketPolicyInput {
    /// The bucket name to get the bucket policy for.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    ///
    /// **Access points** - When you use this API operation with an access point, provide the alias of the access point in place of the bucket name.
    ///
    /// **Object Lambda access points** - When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    ///
    /// Object Lambda access points are not supported by directory buckets.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketPolicyInput, GET_BUCKET_POLICY_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketPolicyStatusOutput {
    /// The policy status for the specified bucket.
    pub policy_status: Option<PolicyStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketPolicyStatusOutput, GET_BUCKET_POLICY_STATUS_OUTPUT, [policy_status], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketPolicyStatusInput {
    /// The name of the Amazon S3 bucket whose policy status you want to retrieve.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketPolicyStatusInput, GET_BUCKET_POLICY_STATUS_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketReplicationOutput {
    /// A container for replication rules. You can add up to 1,000 rules. The maximum size of a replication configuration is 2 MB.
    pub replication_configuration: Option<ReplicationConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketReplicationOutput, GET_BUCKET_REPLICATION_OUTPUT,
    [replication_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketReplicationInput {
    /// The bucket name for which to get the replication information.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketReplicationInput, GET_BUCKET_REPLICATION_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketRequestPaymentOutput {
    /// Specifies who pays for the download and request fees.
    pub payer: Option<Payer>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketRequestPaymentOutput, GET_BUCKET_REQUEST_PAYMENT_OUTPUT, [payer], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketRequestPaymentInput {
    /// The name of the bucket for which to get the payment request configuration
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketRequestPaymentInput, GET_BUCKET_REQUEST_PAYMENT_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketTaggingOutput {
    /// Contains the tag set.
    pub tag_set: Vec<Tag>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketTaggingOutput, GET_BUCKET_TAGGING_OUTPUT, [tag_set], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketTaggingInput {
    /// The name of the bucket for which to get the tagging information.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketTaggingInput, GET_BUCKET_TAGGING_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketVersioningOutput {
    /// The versioning state of the bucket.
    pub status: Option<BucketVersioningStatus>,
    /// Specifies whether MFA delete is enabled in the bucket versioning configuration. This element is only returned if the bucket has been configured with MFA delete. If the bucket has never been so configured, this element is not returned.
    pub mfa_delete: Option<MfaDeleteStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketVersioningOutput, GET_BUCKET_VERSIONING_OUTPUT, [status, mfa_delete], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketVersioningInput {
    /// The name of the bucket for which to get the versioning information.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketVersioningInput, GET_BUCKET_VERSIONING_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketWebsiteOutput {
    /// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3 bucket.
    pub redirect_all_requests_to: Option<RedirectAllRequestsTo>,
    /// The name of the index document for the website (for example `index.html`).
    pub index_document: Option<IndexDocument>,
    /// The object key name of the website error document to use for 4XX class errors.
    pub error_document: Option<ErrorDocument>,
    /// Rules that define when a redirect is applied and the redirect behavior.
    pub routing_rules: Option<Vec<RoutingRule>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketWebsiteOutput, GET_BUCKET_WEBSITE_OUTPUT, [redirect_all_requests_to,
    index_document, error_document, routing_rules], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketWebsiteInput {
    /// The bucket name for which to get the website configuration.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetBucketWebsiteInput, GET_BUCKET_WEBSITE_INPUT, [bucket, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectAclOutput {
    /// Container for the bucket owner's ID.
    pub owner: Option<Owner>,
    /// A list of grants.
    pub grants: Option<Vec<Grant>>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectAclOutput, GET_OBJECT_ACL_OUTPUT, [owner, grants, request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectAclInput {
    /// The bucket name that contains the object for which to get the ACL information.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key of the object for which to get the ACL information.
    pub key: String,
    /// Version ID used to reference a specific version of the object.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetObjectAclInput, GET_OBJECT_ACL_INPUT, [bucket, key, version_id, request_payer,
    expected_bucket_owner]
);
#[derive(Default)]
pub struct GetObjectAnnotationOutput {
    /// The annotation payload.
    pub annotation_payload: rt::Body,
    /// The version ID of the object that the annotation is attached to.
    pub object_version_id: Option<String>,
    /// The date and time the annotation was last modified.
    pub last_modified: Option<rt::DateTime>,
    /// The size of the annotation payload, in bytes.
    pub content_length: Option<i64>,
    /// The entity tag of the annotation.
    pub e_tag: Option<String>,
    /// The CRC32 checksum of the annotation payload.
    pub checksum_crc32: Option<String>,
    /// The CRC32C checksum of the annotation payload.
    pub checksum_crc32c: Option<String>,
    /// The CRC64NVME checksum of the annotation payload.
    pub checksum_crc64nvme: Option<String>,
    /// The SHA1 checksum of the annotation payload.
    pub checksum_sha1: Option<String>,
    /// The SHA256 checksum of the annotation payload.
    pub checksum_sha256: Option<String>,
    /// The SHA512 checksum of the annotation payload.
    pub checksum_sha512: Option<String>,
    /// The MD5 checksum of the annotation payload.
    pub checksum_md5: Option<String>,
    /// The XXHASH64 checksum of the annotation payload.
    pub checksum_xxhash64: Option<String>,
    /// The XXHASH3 checksum of the annotation payload.
    pub checksum_xxhash3: Option<String>,
    /// The XXHASH128 checksum of the annotation payload.
    pub checksum_xxhash128: Option<String>,
    /// The type of checksum used.
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// The replication status of the annotation. Possible values include `PENDING`, `COMPLETED`, `FAILED`, and `REPLICA`.
    pub replication_status: Option<ReplicationStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectAnnotationOutput, GET_OBJECT_ANNOTATION_OUTPUT, [annotation_payload,
    object_version_id, last_modified, content_length, e_tag, checksum_crc32,
    checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512,
    checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type,
    server_side_encryption, request_charged, replication_status], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectAnnotationInput {
    /// The name of the bucket that contains the object.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// The name of the annotation to retrieve.
    ///
    /// Length Constraints: Minimum length of 1. Maximum length of 512 bytes.
    pub annotation_name: String,
    /// The version ID of the object.
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the bucket is owned by a different account, the request fails with an HTTP 403 (Access Denied) error.
    pub expected_bucket_owner: Option<String>,
    /// Set to `ENABLED` to validate the checksum of the annotation payload on retrieval.
    pub checksum_mode: Option<ChecksumMode>,
}
rt::structure!(
    GetObjectAnnotationInput, GET_OBJECT_ANNOTATION_INPUT, [bucket, key, annotation_name,
    version_id, request_payer, expected_bucket_owner, checksum_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectAttributesOutput {
    /// Specifies whether the object retrieved was (`true`) or was not (`false`) a delete marker. If `false`, this response header does not appear in the response. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub delete_marker: Option<bool>,
    /// Date and time when the object was last modified.
    pub last_modified: Option<rt::DateTime>,
    /// The version ID of the object.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// An ETag is an opaque identifier assigned by a web server to a specific version of a resource found at a URL.
    pub e_tag: Option<String>,
    /// The checksum or digest of the object.
    pub checksum: Option<Checksum>,
    /// A collection of parts associated with a multipart upload.
    pub object_parts: Option<GetObjectAttributesParts>,
    /// Provides the storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects.
    ///
    /// For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html).
    ///
    /// **Directory buckets** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub storage_class: Option<StorageClass>,
    /// The size of the object in bytes.
    pub object_size: Option<i64>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectAttributesOutput, GET_OBJECT_ATTRIBUTES_OUTPUT, [delete_marker,
    last_modified, version_id, request_charged, e_tag, checksum, object_parts,
    storage_class, object_size], meta = response_metadata
);
/// A collection of parts associated with a multipart upload.
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectAttributesParts {
    /// The total number of parts.
    pub total_parts_count: Option<i32>,
    /// The marker for the current part.
    pub part_number_marker: Option<i32>,
    /// When a list is truncated, this element specifies the last part in the list, as well as the value to use for the `PartNumberMarker` request parameter in a subsequent request.
    pub next_part_number_marker: Option<i32>,
    /// The maximum number of parts allowed in the response.
    pub max_parts: Option<i32>,
    /// Indicates whether the returned list of parts is truncated. A value of `true` indicates that the list was truncated. A list can be truncated if the number of parts exceeds the limit returned in the `MaxParts` element.
    pub is_truncated: Option<bool>,
    /// A container for elements related to a particular part. A response can contain zero or more `Parts` elements.
    ///
    /// - **General purpose buckets** - For `GetObjectAttributes`, if an additional checksum (including `x-amz-checksum-crc32`, `x-amz-checksum-crc32c`, `x-amz-checksum-sha1`, or `x-amz-checksum-sha256`) isn't applied to the object specified in the request, the response doesn't return the `Part` element.
    ///
    /// - **Directory buckets** - For `GetObjectAttributes`, regardless of whether an additional checksum is applied to the object specified in the request, the response returns the `Part` element.
    pub parts: Option<Vec<ObjectPart>>,
}
rt::structure!(
    GetObjectAttributesParts, GET_OBJECT_ATTRIBUTES_PARTS, [total_parts_count,
    part_number_marker, next_part_number_marker, max_parts, is_truncated, parts]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectAttributesInput {
    /// The name of the bucket that contains the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// The version ID used to reference a specific version of the object.
    ///
    /// S3 Versioning isn't enabled and supported for directory buckets. For this API operation, only the `null` value of the version ID is supported by directory buckets. You can only specify `null` to the `versionId` query parameter in the request.
    pub version_id: Option<String>,
    /// Sets the maximum number of parts to return. For more information, see [Uploading and copying objects using multipart upload in Amazon S3 ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html) in the *Amazon Simple Storage Service user guide*.
    pub max_parts: Option<i32>,
    /// Specifies the part after which listing should begin. Only parts with higher part numbers will be listed. For more information, see [Uploading and copying objects using multipart upload in Amazon S3 ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html) in the *Amazon Simple Storage Service user guide*.
    pub part_number_marker: Option<i32>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Specifies the fields at the root level that you want returned in the response. Fields that you do not specify are not returned.
    pub object_attributes: Vec<ObjectAttributes>,
}
rt::structure!(
    GetObjectAttributesInput, GET_OBJECT_ATTRIBUTES_INPUT, [bucket, key, version_id,
    max_parts, part_number_marker, sse_customer_algorithm, sse_customer_key,
    sse_customer_key_md5, request_payer, expected_bucket_owner, object_attributes]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectLegalHoldOutput {
    /// The current legal hold status for the specified object.
    pub legal_hold: Option<ObjectLockLegalHold>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectLegalHoldOutput, GET_OBJECT_LEGAL_HOLD_OUTPUT, [legal_hold], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectLegalHoldInput {
    /// The bucket name containing the object whose legal hold status you want to retrieve.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key name for the object whose legal hold status you want to retrieve.
    pub key: String,
    /// The version ID of the object whose legal hold status you want to retrieve.
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetObjectLegalHoldInput, GET_OBJECT_LEGAL_HOLD_INPUT, [bucket, key, version_id,
    request_payer, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectLockConfigurationOutput {
    /// The specified bucket's Object Lock configuration.
    pub object_lock_configuration: Option<ObjectLockConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectLockConfigurationOutput, GET_OBJECT_LOCK_CONFIGURATION_OUTPUT,
    [object_lock_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectLockConfigurationInput {
    /// The bucket whose Object Lock configuration you want to retrieve.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetObjectLockConfigurationInput, GET_OBJECT_LOCK_CONFIGURATION_INPUT, [bucket,
    expected_bucket_owner]
);
#[derive(Default)]
pub struct GetObjectOutput {
    /// Object data.
    pub body: rt::Body,
    /// Indicates whether the object retrieved was (true) or was not (false) a Delete Marker. If false, this response header does not appear in the response.
    ///
    /// - If the current version of the object is a delete marker, Amazon S3 behaves as if the object was deleted and includes `x-amz-delete-marker: true` in the response.
    ///
    /// - If the specified version in the request is a delete marker, the response returns a `405 Method Not Allowed` error and the `Last-Modified: timestamp` response header.
    pub delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified in the request.
    pub accept_ranges: Option<String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration` ](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    ///
    /// Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: Option<String>,
    /// Provides information about object restoration action and expiration time of the restored object copy.
    ///
    /// This functionality is not supported for directory buckets. Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub restore: Option<String>,
    /// Date and time when the object was last modified.
    ///
    /// **General purpose buckets ** - When you specify a `versionId` of the object in your request, if the specified version in the request is a delete marker, the response returns a `405 Method Not Allowed` error and the `Last-Modified: timestamp` response header.
    pub last_modified: Option<rt::DateTime>,
    /// Size of the body in bytes.
    pub content_length: Option<i64>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version of a resource found at a URL.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if the checksum was uploaded with the object. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in the `CreateMultipartUpload` request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// This is set to the number of metadata entries not returned in the headers that are prefixed with `x-amz-meta-`. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers.
    ///
    /// This functionality is not supported for directory buckets.
    pub missing_meta: Option<i32>,
    /// Version ID of the object.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    pub content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    pub content_encoding: Option<String>,
    /// The language the content is in.
    pub content_language: Option<String>,
    /// The portion of the object returned in the response.
    pub content_range: Option<String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata.
    ///
    /// This functionality is not supported for directory buckets.
    pub website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects.
    ///
    /// **Directory buckets ** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this if your request involves a bucket that is either a source or destination in a replication rule.
    ///
    /// This functionality is not supported for directory buckets.
    pub replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber` in your request and the object was uploaded as a multipart upload.
    pub parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read object tags.
    ///
    /// You can use [GetObjectTagging](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html) to retrieve the tag set associated with an object.
    ///
    /// This functionality is not supported for directory buckets.
    pub tag_count: Option<i32>,
    /// The Object Lock mode that's currently in place for this object.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when this object's Object Lock will expire.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// Indicates whether this object has an active legal hold. This field is only returned if you have permission to view an object's legal hold status.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The event hold status for this object. This header is only returned if the requester has the `s3:GetObjectRetention` permission.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration in days for this object. Only returned when the event hold is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// The event hold duration in years for this object. Only returned when the event hold is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectOutput, GET_OBJECT_OUTPUT, [body, delete_marker, accept_ranges, expiration,
    restore, last_modified, content_length, e_tag, checksum_crc32, checksum_crc32c,
    checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5,
    checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type, missing_meta,
    version_id, cache_control, content_disposition, content_encoding, content_language,
    content_range, content_type, expires, website_redirect_location,
    server_side_encryption, metadata, sse_customer_algorithm, sse_customer_key_md5,
    ssekms_key_id, bucket_key_enabled, storage_class, request_charged,
    replication_status, parts_count, tag_count, object_lock_mode,
    object_lock_retain_until_date, object_lock_legal_hold_status, object_lock_event_hold,
    object_lock_event_hold_duration_days, object_lock_event_hold_duration_years], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectInput {
    /// The bucket name containing the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Object Lambda access points** - When you use this action with an Object Lambda access point, you must direct requests to the Object Lambda access point hostname. The Object Lambda access point hostname takes the form *AccessPointName*-*AccountId*.s3-object-lambda.*Region*.amazonaws.com.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Return the object only if its entity tag (ETag) is the same as the one specified in this header; otherwise, return a `412 Precondition Failed` error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows: `If-Match` condition evaluates to `true`, and; `If-Unmodified-Since` condition evaluates to `false`; then, S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_match: Option<String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a `304 Not Modified` error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:` If-None-Match` condition evaluates to `false`, and; `If-Modified-Since` condition evaluates to `true`; then, S3 returns `304 Not Modified` status code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_modified_since: Option<rt::DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified in this header; otherwise, return a `304 Not Modified` error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:` If-None-Match` condition evaluates to `false`, and; `If-Modified-Since` condition evaluates to `true`; then, S3 returns `304 Not Modified` HTTP status code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_none_match: Option<String>,
    /// Return the object only if it has not been modified since the specified time; otherwise, return a `412 Precondition Failed` error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows: `If-Match` condition evaluates to `true`, and; `If-Unmodified-Since` condition evaluates to `false`; then, S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_unmodified_since: Option<rt::DateTime>,
    /// Key of the object to get.
    pub key: String,
    /// Downloads the specified byte range of an object. For more information about the HTTP Range header, see [https://www.rfc-editor.org/rfc/rfc9110.html\#name-range](https://www.rfc-editor.org/rfc/rfc9110.html#name-range).
    ///
    /// Amazon S3 doesn't support retrieving multiple ranges of data per `GET` request.
    pub range: Option<String>,
    /// Sets the `Cache-Control` header of the response.
    pub response_cache_control: Option<String>,
    /// Sets the `Content-Disposition` header of the response.
    pub response_content_disposition: Option<String>,
    /// Sets the `Content-Encoding` header of the response.
    pub response_content_encoding: Option<String>,
    /// Sets the `Content-Language` header of the response.
    pub response_content_language: Option<String>,
    /// Sets the `Content-Type` header of the response.
    pub response_content_type: Option<String>,
    /// Sets the `Expires` header of the response.
    pub response_expires: Option<rt::DateTime>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// By default, the `GetObject` operation returns the current version of an object. To return a different version, use the `versionId` subresource.
    ///
    /// - If you include a `versionId` in your request header, you must have the `s3:GetObjectVersion` permission to access a specific version of an object. The `s3:GetObject` permission is not required in this scenario.
    ///
    /// - If you request the current version of an object without a specific `versionId` in the request header, only the `s3:GetObject` permission is required. The `s3:GetObjectVersion` permission is not required in this scenario.
    ///
    /// - **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets. For this API operation, only the `null` value of the version ID is supported by directory buckets. You can only specify `null` to the `versionId` query parameter in the request.
    ///
    /// For more information about versioning, see [PutBucketVersioning](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html).
    pub version_id: Option<String>,
    /// Specifies the algorithm to use when decrypting the object (for example, `AES256`).
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you GET the object, you must use the following headers:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    ///
    /// - `x-amz-server-side-encryption-customer-key`
    ///
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key that you originally provided for Amazon S3 to encrypt the data before storing it. This value is used to decrypt the object when recovering it and must match the one used when storing the data. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you GET the object, you must use the following headers:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    ///
    /// - `x-amz-server-side-encryption-customer-key`
    ///
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you GET the object, you must use the following headers:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    ///
    /// - `x-amz-server-side-encryption-customer-key`
    ///
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' GET request for the part specified. Useful for downloading just a part of an object.
    pub part_number: Option<i32>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// To retrieve the checksum, this mode must be enabled.
    pub checksum_mode: Option<ChecksumMode>,
}
rt::structure!(
    GetObjectInput, GET_OBJECT_INPUT, [bucket, if_match, if_modified_since,
    if_none_match, if_unmodified_since, key, range, response_cache_control,
    response_content_disposition, response_content_encoding, response_content_language,
    response_content_type, response_expires, version_id, sse_customer_algorithm,
    sse_customer_key, sse_customer_key_md5, request_payer, part_number,
    expected_bucket_owner, checksum_mode]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectRetentionOutput {
    /// The container element for an object's retention settings.
    pub retention: Option<ObjectLockRetention>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectRetentionOutput, GET_OBJECT_RETENTION_OUTPUT, [retention], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectRetentionInput {
    /// The bucket name containing the object whose retention settings you want to retrieve.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key name for the object whose retention settings you want to retrieve.
    pub key: String,
    /// The version ID for the object whose retention settings you want to retrieve.
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetObjectRetentionInput, GET_OBJECT_RETENTION_INPUT, [bucket, key, version_id,
    request_payer, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectTaggingOutput {
    /// The versionId of the object for which you got the tagging information.
    pub version_id: Option<String>,
    /// Contains the tag set.
    pub tag_set: Vec<Tag>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectTaggingOutput, GET_OBJECT_TAGGING_OUTPUT, [version_id, tag_set], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectTaggingInput {
    /// The bucket name containing the object for which to get the tagging information.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Object key for which to get the tagging information.
    pub key: String,
    /// The versionId of the object for which to get the tagging information.
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
}
rt::structure!(
    GetObjectTaggingInput, GET_OBJECT_TAGGING_INPUT, [bucket, key, version_id,
    expected_bucket_owner, request_payer]
);
#[derive(Default)]
pub struct GetObjectTorrentOutput {
    /// A Bencoded dictionary as defined by the BitTorrent specification
    pub body: rt::Body,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetObjectTorrentOutput, GET_OBJECT_TORRENT_OUTPUT, [body, request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetObjectTorrentInput {
    /// The name of the bucket containing the object for which to get the torrent files.
    pub bucket: String,
    /// The object key for which to get the information.
    pub key: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetObjectTorrentInput, GET_OBJECT_TORRENT_INPUT, [bucket, key, request_payer,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetPublicAccessBlockOutput {
    /// The `PublicAccessBlock` configuration currently in effect for this Amazon S3 bucket.
    pub public_access_block_configuration: Option<PublicAccessBlockConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetPublicAccessBlockOutput, GET_PUBLIC_ACCESS_BLOCK_OUTPUT,
    [public_access_block_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetPublicAccessBlockInput {
    /// The name of the Amazon S3 bucket whose `PublicAccessBlock` configuration you want to retrieve.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    GetPublicAccessBlockInput, GET_PUBLIC_ACCESS_BLOCK_INPUT, [bucket,
    expected_bucket_owner]
);
/// Container for S3 Glacier job parameters.
#[derive(Clone, Default, PartialEq)]
pub struct GlacierJobParameters {
    /// Retrieval tier at which the restore will be processed.
    pub tier: Tier,
}
rt::structure!(GlacierJobParameters, GLACIER_JOB_PARAMETERS, [tier]);
/// Container for grant information.
#[derive(Clone, Default, PartialEq)]
pub struct Grant {
    /// The person being granted permissions.
    pub grantee: Option<Grantee>,
    /// Specifies the permission given to the grantee.
    pub permission: Option<Permission>,
}
rt::structure!(Grant, GRANT, [grantee, permission]);
/// Container for the person being granted permissions.
#[derive(Clone, Default, PartialEq)]
pub struct Grantee {
    pub display_name: Option<String>,
    pub email_address: Option<String>,
    /// The canonical user ID of the grantee.
    pub id: Option<String>,
    /// Type of grantee
    pub r#type: Type,
    /// URI of the grantee group.
    pub uri: Option<String>,
}
rt::structure!(Grantee, GRANTEE, [display_name, email_address, id, r#type, uri]);
#[derive(Clone, Default, PartialEq)]
pub struct HeadBucketOutput {
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services resources across all of Amazon Web Services.
    ///
    /// This parameter is only supported for S3 directory buckets. For more information, see [Using tags with directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-tagging.html).
    pub bucket_arn: Option<String>,
    /// The type of location where the bucket is created.
    ///
    /// This functionality is only supported by directory buckets.
    pub bucket_location_type: Option<LocationType>,
    /// The name of the location where the bucket will be created.
    ///
    /// For directory buckets, the Zone ID of the Availability Zone or the Local Zone where the bucket is created. An example Zone ID value for an Availability Zone is `usw2-az1`.
    ///
    /// This functionality is only supported by directory buckets.
    pub bucket_location_name: Option<String>,
    /// The Region that the bucket is located.
    pub bucket_region: Option<String>,
    /// Indicates whether the bucket name used in the request is an access point alias.
    ///
    /// For directory buckets, the value of this field is `false`.
    pub access_point_alias: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    HeadBucketOutput, HEAD_BUCKET_OUTPUT, [bucket_arn, bucket_location_type,
    bucket_location_name, bucket_region, access_point_alias], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct HeadBucketInput {
    /// The bucket name.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **Object Lambda access points** - When you use this API operation with an Object Lambda access point, provide the alias of the Object Lambda access point in place of the bucket name. If the Object Lambda access point alias in a request is not valid, the error code `InvalidAccessPointAliasError` is returned. For more information about `InvalidAccessPointAliasError`, see [List of Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(HeadBucketInput, HEAD_BUCKET_INPUT, [bucket, expected_bucket_owner]);
#[derive(Clone, Default, PartialEq)]
pub struct HeadObjectOutput {
    /// Specifies whether the object retrieved was (true) or was not (false) a Delete Marker. If false, this response header does not appear in the response.
    ///
    /// This functionality is not supported for directory buckets.
    pub delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified.
    pub accept_ranges: Option<String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration` ](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    ///
    /// Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: Option<String>,
    /// If the object is an archived object (an object whose storage class is GLACIER), the response includes this header if either the archive restoration is in progress (see [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) or an archive copy is already restored.
    ///
    /// If an archive copy is already restored, the header value indicates when Amazon S3 is scheduled to delete the object copy. For example:
    ///
    /// `x-amz-restore: ongoing-request="false", expiry-date="Fri, 21 Dec 2012 00:00:00 GMT"`
    ///
    /// If the object restoration is in progress, the header returns the value `ongoing-request="true"`.
    ///
    /// For more information about archiving objects, see [Transitioning Objects: General Considerations](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html#lifecycle-transition-general-considerations).
    ///
    /// This functionality is not supported for directory buckets. Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub restore: Option<String>,
    /// The archive state of the head object.
    ///
    /// This functionality is not supported for directory buckets.
    pub archive_status: Option<ArchiveStatus>,
    /// Date and time when the object was last modified.
    pub last_modified: Option<rt::DateTime>,
    /// Size of the body in bytes.
    pub content_length: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version of a resource found at a URL.
    pub e_tag: Option<String>,
    /// This is set to the number of metadata entries not returned in `x-amz-meta` headers. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers.
    ///
    /// This functionality is not supported for directory buckets.
    pub missing_meta: Option<i32>,
    /// Version ID of the object.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    pub content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    pub content_encoding: Option<String>,
    /// The language the content is in.
    pub content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: Option<String>,
    /// The portion of the object returned in the response for a `GET` request.
    pub content_range: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata.
    ///
    /// This functionality is not supported for directory buckets.
    pub website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects.
    ///
    /// For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html).
    ///
    /// **Directory buckets ** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this header if your request involves a bucket that is either a source or a destination in a replication rule.
    ///
    /// In replication, you have a source bucket on which you configure replication and destination bucket or buckets where Amazon S3 stores object replicas. When you request an object (`GetObject`) or object metadata (`HeadObject`) from these buckets, Amazon S3 will return the `x-amz-replication-status` header in the response as follows:
    ///
    /// - **If requesting an object from the source bucket**, Amazon S3 will return the `x-amz-replication-status` header if the object in your request is eligible for replication.
    ///
    /// For example, suppose that in your replication configuration, you specify object prefix `TaxDocs` requesting Amazon S3 to replicate objects with key prefix `TaxDocs`. Any objects you upload with this key name prefix, for example `TaxDocs/document1.pdf`, are eligible for replication. For any object request with this key name prefix, Amazon S3 will return the `x-amz-replication-status` header with value PENDING, COMPLETED or FAILED indicating object replication status.
    ///
    /// - **If requesting an object from a destination bucket**, Amazon S3 will return the `x-amz-replication-status` header with value REPLICA if the object in your request is a replica that Amazon S3 created and there is no replica modification replication in progress.
    ///
    /// - **When replicating objects to multiple destination buckets**, the `x-amz-replication-status` header acts differently. The header of the source object will only return a value of COMPLETED when replication is successful to all destinations. The header will remain at value PENDING until replication has completed for all destinations. If one or more destinations fails replication the header will return FAILED.
    ///
    /// For more information, see [Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber` in your request and the object was uploaded as a multipart upload.
    pub parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read object tags.
    ///
    /// You can use [GetObjectTagging](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html) to retrieve the tag set associated with an object.
    ///
    /// This functionality is not supported for directory buckets.
    pub tag_count: Option<i32>,
    /// The Object Lock mode, if any, that's in effect for this object. This header is only returned if the requester has the `s3:GetObjectRetention` permission. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when the Object Lock retention period expires. This header is only returned if the requester has the `s3:GetObjectRetention` permission.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// Specifies whether a legal hold is in effect for this object. This header is only returned if the requester has the `s3:GetObjectLegalHold` permission. This header is not returned if the specified version of this object has never had a legal hold applied. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The event hold status for this object. This header is only returned if the requester has the `s3:GetObjectRetention` permission.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration in days for this object. Only returned when the event hold is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// The event hold duration in years for this object. Only returned when the event hold is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    HeadObjectOutput, HEAD_OBJECT_OUTPUT, [delete_marker, accept_ranges, expiration,
    restore, archive_status, last_modified, content_length, checksum_crc32,
    checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512,
    checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type,
    e_tag, missing_meta, version_id, cache_control, content_disposition,
    content_encoding, content_language, content_type, content_range, expires,
    website_redirect_location, server_side_encryption, metadata, sse_customer_algorithm,
    sse_customer_key_md5, ssekms_key_id, bucket_key_enabled, storage_class,
    request_charged, replication_status, parts_count, tag_count, object_lock_mode,
    object_lock_retain_until_date, object_lock_legal_hold_status, object_lock_event_hold,
    object_lock_event_hold_duration_days, object_lock_event_hold_duration_years], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct HeadObjectInput {
    /// The name of the bucket that contains the object.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Return the object only if its entity tag (ETag) is the same as the one specified; otherwise, return a 412 (precondition failed) error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows:
    ///
    /// - `If-Match` condition evaluates to `true`, and;
    ///
    /// - `If-Unmodified-Since` condition evaluates to `false`;
    ///
    /// Then Amazon S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_match: Option<String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a 304 (not modified) error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:
    ///
    /// - `If-None-Match` condition evaluates to `false`, and;
    ///
    /// - `If-Modified-Since` condition evaluates to `true`;
    ///
    /// Then Amazon S3 returns the `304 Not Modified` response code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_modified_since: Option<rt::DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified; otherwise, return a 304 (not modified) error.
    ///
    /// If both of the `If-None-Match` and `If-Modified-Since` headers are present in the request as follows:
    ///
    /// - `If-None-Match` condition evaluates to `false`, and;
    ///
    /// - `If-Modified-Since` condition evaluates to `true`;
    ///
    /// Then Amazon S3 returns the `304 Not Modified` response code.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_none_match: Option<String>,
    /// Return the object only if it has not been modified since the specified time; otherwise, return a 412 (precondition failed) error.
    ///
    /// If both of the `If-Match` and `If-Unmodified-Since` headers are present in the request as follows:
    ///
    /// - `If-Match` condition evaluates to `true`, and;
    ///
    /// - `If-Unmodified-Since` condition evaluates to `false`;
    ///
    /// Then Amazon S3 returns `200 OK` and the data requested.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232).
    pub if_unmodified_since: Option<rt::DateTime>,
    /// The object key.
    pub key: String,
    /// HeadObject returns only the metadata for an object. If the Range is satisfiable, only the `ContentLength` is affected in the response. If the Range is not satisfiable, S3 returns a `416 - Requested Range Not Satisfiable` error.
    pub range: Option<String>,
    /// Sets the `Cache-Control` header of the response.
    pub response_cache_control: Option<String>,
    /// Sets the `Content-Disposition` header of the response.
    pub response_content_disposition: Option<String>,
    /// Sets the `Content-Encoding` header of the response.
    pub response_content_encoding: Option<String>,
    /// Sets the `Content-Language` header of the response.
    pub response_content_language: Option<String>,
    /// Sets the `Content-Type` header of the response.
    pub response_content_type: Option<String>,
    /// Sets the `Expires` header of the response.
    pub response_expires: Option<rt::DateTime>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// For directory buckets in this API operation, only the `null` value of the version ID is supported.
    pub version_id: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' HEAD request for the part specified. Useful querying about the size of the part and the number of parts in this object.
    pub part_number: Option<i32>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// To retrieve the checksum, this parameter must be enabled.
    ///
    /// **General purpose buckets** - If you enable checksum mode and the object is uploaded with a [checksum](https://docs.aws.amazon.com/AmazonS3/latest/API/API_Checksum.html) and encrypted with an Key Management Service (KMS) key, you must have permission to use the `kms:Decrypt` action to retrieve the checksum.
    ///
    /// **Directory buckets** - If you enable `ChecksumMode` and the object is encrypted with Amazon Web Services Key Management Service (Amazon Web Services KMS), you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key to retrieve the checksum of the object.
    pub checksum_mode: Option<ChecksumMode>,
}
rt::structure!(
    HeadObjectInput, HEAD_OBJECT_INPUT, [bucket, if_match, if_modified_since,
    if_none_match, if_unmodified_since, key, range, response_cache_control,
    response_content_disposition, response_content_encoding, response_content_language,
    response_content_type, response_expires, version_id, sse_customer_algorithm,
    sse_customer_key, sse_customer_key_md5, request_payer, part_number,
    expected_bucket_owner, checksum_mode]
);
/// Parameters on this idempotent request are inconsistent with parameters used in previous request(s).
///
/// For a list of error codes and more information on Amazon S3 errors, see [Error codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
///
/// Idempotency ensures that an API request completes no more than one time. With an idempotent request, if the original request completes successfully, any subsequent retries complete successfully without performing any further actions.
#[derive(Clone, Default, PartialEq)]
pub struct IdempotencyParameterMismatch {}
rt::structure!(IdempotencyParameterMismatch, IDEMPOTENCY_PARAMETER_MISMATCH, []);
/// Container for the `Suffix` element.
#[derive(Clone, Default, PartialEq)]
pub struct IndexDocument {
    /// A suffix that is appended to a request that is for a directory on the website endpoint. (For example, if the suffix is `index.html` and you make a request to `samplebucket/images/`, the data that is returned will be for the object with the key name `images/index.html`.) The suffix must not be empty and must not include a slash character.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub suffix: String,
}
rt::structure!(IndexDocument, INDEX_DOCUMENT, [suffix]);
/// Container element that identifies who initiated the multipart upload.
#[derive(Clone, Default, PartialEq)]
pub struct Initiator {
    /// If the principal is an Amazon Web Services account, it provides the Canonical User ID. If the principal is an IAM User, it provides a user ARN value.
    ///
    /// **Directory buckets** - If the principal is an Amazon Web Services account, it provides the Amazon Web Services account ID. If the principal is an IAM User, it provides a user ARN value.
    pub id: Option<String>,
    /// This functionality is not supported for directory buckets.
    pub display_name: Option<String>,
}
rt::structure!(Initiator, INITIATOR, [id, display_name]);
/// Describes the serialization format of the object.
#[derive(Clone, Default, PartialEq)]
pub struct InputSerialization {
    /// Describes the serialization of a CSV-encoded object.
    pub csv: Option<CsvInput>,
    /// Specifies object's compression format. Valid values: NONE, GZIP, BZIP2. Default Value: NONE.
    pub compression_type: Option<CompressionType>,
    /// Specifies JSON as object's input serialization format.
    pub json: Option<JsonInput>,
    /// Specifies Parquet as object's input serialization format.
    pub parquet: Option<ParquetInput>,
}
rt::structure!(
    InputSerialization, INPUT_SERIALIZATION, [csv, compression_type, json, parquet]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntelligentTieringAccessTier {
    /// `ARCHIVE_ACCESS`
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    DeepArchiveAccess,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    IntelligentTieringAccessTier, { ArchiveAccess => "ARCHIVE_ACCESS", DeepArchiveAccess
    => "DEEP_ARCHIVE_ACCESS" }
);
/// A container for specifying S3 Intelligent-Tiering filters. The filters determine the subset of objects to which the rule applies.
#[derive(Clone, Default, PartialEq)]
pub struct IntelligentTieringAndOperator {
    /// An object key name prefix that identifies the subset of objects to which the configuration applies.
    pub prefix: Option<String>,
    /// All of these tags must exist in the object's tag set in order for the configuration to apply.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    IntelligentTieringAndOperator, INTELLIGENT_TIERING_AND_OPERATOR, [prefix, tags]
);
/// Specifies the S3 Intelligent-Tiering configuration for an Amazon S3 bucket.
///
/// For information about the S3 Intelligent-Tiering storage class, see [Storage class for automatically optimizing frequently and infrequently accessed objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access).
#[derive(Clone, Default, PartialEq)]
pub struct IntelligentTieringConfiguration {
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    pub id: String,
    /// Specifies a bucket filter. The configuration only includes objects that meet the filter's criteria.
    pub filter: Option<IntelligentTieringFilter>,
    /// Specifies the status of the configuration.
    pub status: IntelligentTieringStatus,
    /// Specifies the S3 Intelligent-Tiering storage class tier of the configuration.
    pub tierings: Vec<Tiering>,
}
rt::structure!(
    IntelligentTieringConfiguration, INTELLIGENT_TIERING_CONFIGURATION, [id, filter,
    status, tierings]
);
/// The `Filter` is used to identify objects that the S3 Intelligent-Tiering configuration applies to.
#[derive(Clone, Default, PartialEq)]
pub struct IntelligentTieringFilter {
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub prefix: Option<String>,
    /// A container of a key value name pair.
    pub tag: Option<Tag>,
    /// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The operator must have at least two predicates, and an object must match all of the predicates in order for the filter to apply.
    pub and: Option<IntelligentTieringAndOperator>,
}
rt::structure!(IntelligentTieringFilter, INTELLIGENT_TIERING_FILTER, [prefix, tag, and]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntelligentTieringStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    IntelligentTieringStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
/// The annotation name you provided is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAnnotationName {}
rt::structure!(InvalidAnnotationName, INVALID_ANNOTATION_NAME, []);
/// Object is archived and inaccessible until restored.
///
/// If the object you are retrieving is stored in the S3 Glacier Flexible Retrieval storage class, the S3 Glacier Deep Archive storage class, the S3 Intelligent-Tiering Archive Access tier, or the S3 Intelligent-Tiering Deep Archive Access tier, before you can retrieve the object you must first restore a copy using [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html). Otherwise, this operation returns an `InvalidObjectState` error. For information about restoring archived objects, see [Restoring Archived Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/restoring-objects.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidObjectState {
    pub storage_class: Option<StorageClass>,
    pub access_tier: Option<IntelligentTieringAccessTier>,
}
rt::structure!(InvalidObjectState, INVALID_OBJECT_STATE, [storage_class, access_tier]);
/// The annotation prefix you provided is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidPrefix {}
rt::structure!(InvalidPrefix, INVALID_PREFIX, []);
/// A parameter or header in your request isn't valid. For details, see the description of this API operation.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRequest {}
rt::structure!(InvalidRequest, INVALID_REQUEST, []);
/// The write offset value that you specified does not match the current object size.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidWriteOffset {}
rt::structure!(InvalidWriteOffset, INVALID_WRITE_OFFSET, []);
/// Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see [GET Bucket inventory](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html) in the *Amazon S3 API Reference*.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryConfiguration {
    /// Contains information about where to publish the inventory results.
    pub destination: InventoryDestination,
    /// Specifies whether the inventory is enabled or disabled. If set to `True`, an inventory list is generated. If set to `False`, no inventory list is generated.
    pub is_enabled: bool,
    /// Specifies an inventory filter. The inventory only includes objects that meet the filter's criteria.
    pub filter: Option<InventoryFilter>,
    /// The ID used to identify the inventory configuration.
    pub id: String,
    /// Object versions to include in the inventory list. If set to `All`, the list includes all the object versions, which adds the version-related fields `VersionId`, `IsLatest`, and `DeleteMarker` to the list. If set to `Current`, the list does not contain these version-related fields.
    pub included_object_versions: InventoryIncludedObjectVersions,
    /// Contains the optional fields that are included in the inventory results.
    ///
    /// The following optional fields are supported for directory buckets `Size \| LastModifiedDate \| StorageClass \| ETag \| IsMultipartUploaded \| EncryptionStatus \| BucketKeyStatus \| ChecksumAlgorithm \| LifecycleExpirationDate.` Throws MalformedXML error if unsupported optional field is provided.
    pub optional_fields: Option<Vec<InventoryOptionalField>>,
    /// Specifies the schedule for generating inventory results.
    pub schedule: InventorySchedule,
}
rt::structure!(
    InventoryConfiguration, INVENTORY_CONFIGURATION, [destination, is_enabled, filter,
    id, included_object_versions, optional_fields, schedule]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InventoryConfigurationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InventoryConfigurationState, { Enabled => "ENABLED", Disabled => "DISABLED" }
);
/// Specifies the S3 Inventory configuration for an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryDestination {
    /// Contains the bucket name, file format, bucket owner (optional), and prefix (optional) where inventory results are published.
    pub s3_bucket_destination: InventoryS3BucketDestination,
}
rt::structure!(InventoryDestination, INVENTORY_DESTINATION, [s3_bucket_destination]);
/// Contains the type of server-side encryption used to encrypt the S3 Inventory results.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryEncryption {
    /// Specifies the use of SSE-S3 to encrypt delivered inventory reports.
    pub sses3: Option<Sses3>,
    /// Specifies the use of SSE-KMS to encrypt delivered inventory reports.
    pub ssekms: Option<Ssekms>,
}
rt::structure!(InventoryEncryption, INVENTORY_ENCRYPTION, [sses3, ssekms]);
/// Specifies an S3 Inventory filter. The inventory only includes objects that meet the filter's criteria.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryFilter {
    /// The prefix that an object must have to be included in the inventory results.
    pub prefix: String,
}
rt::structure!(InventoryFilter, INVENTORY_FILTER, [prefix]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InventoryFormat {
    /// `CSV`
    Csv,
    /// `ORC`
    Orc,
    /// `Parquet`
    Parquet,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(InventoryFormat, { Csv => "CSV", Orc => "ORC", Parquet => "Parquet" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InventoryFrequency {
    /// `Daily`
    Daily,
    /// `Weekly`
    Weekly,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(InventoryFrequency, { Daily => "Daily", Weekly => "Weekly" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InventoryIncludedObjectVersions {
    /// `All`
    All,
    /// `Current`
    Current,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InventoryIncludedObjectVersions, { All => "All", Current => "Current" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InventoryOptionalField {
    /// `Size`
    Size,
    /// `LastModifiedDate`
    LastModifiedDate,
    /// `StorageClass`
    StorageClass,
    /// `ETag`
    ETag,
    /// `IsMultipartUploaded`
    IsMultipartUploaded,
    /// `ReplicationStatus`
    ReplicationStatus,
    /// `EncryptionStatus`
    EncryptionStatus,
    /// `ObjectLockRetainUntilDate`
    ObjectLockRetainUntilDate,
    /// `ObjectLockMode`
    ObjectLockMode,
    /// `ObjectLockLegalHoldStatus`
    ObjectLockLegalHoldStatus,
    /// `ObjectLockEventHoldStatus`
    ObjectLockEventHoldStatus,
    /// `ObjectLockEventHoldDuration`
    ObjectLockEventHoldDuration,
    /// `IntelligentTieringAccessTier`
    IntelligentTieringAccessTier,
    /// `BucketKeyStatus`
    BucketKeyStatus,
    /// `ChecksumAlgorithm`
    ChecksumAlgorithm,
    /// `ObjectAccessControlList`
    ObjectAccessControlList,
    /// `ObjectOwner`
    ObjectOwner,
    /// `LifecycleExpirationDate`
    LifecycleExpirationDate,
    /// `IntelligentTieringReferenceDate`
    IntelligentTieringReferenceDate,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InventoryOptionalField, { Size => "Size", LastModifiedDate => "LastModifiedDate",
    StorageClass => "StorageClass", ETag => "ETag", IsMultipartUploaded =>
    "IsMultipartUploaded", ReplicationStatus => "ReplicationStatus", EncryptionStatus =>
    "EncryptionStatus", ObjectLockRetainUntilDate => "ObjectLockRetainUntilDate",
    ObjectLockMode => "ObjectLockMode", ObjectLockLegalHoldStatus =>
    "ObjectLockLegalHoldStatus", ObjectLockEventHoldStatus =>
    "ObjectLockEventHoldStatus", ObjectLockEventHoldDuration =>
    "ObjectLockEventHoldDuration", IntelligentTieringAccessTier =>
    "IntelligentTieringAccessTier", BucketKeyStatus => "BucketKeyStatus",
    ChecksumAlgorithm => "ChecksumAlgorithm", ObjectAccessControlList =>
    "ObjectAccessControlList", ObjectOwner => "ObjectOwner", LifecycleExpirationDate =>
    "LifecycleExpirationDate", IntelligentTieringReferenceDate =>
    "IntelligentTieringReferenceDate" }
);
/// Contains the bucket name, file format, bucket owner (optional), and prefix (optional) where S3 Inventory results are published.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryS3BucketDestination {
    /// The account ID that owns the destination S3 bucket. If no account ID is provided, the owner is not validated before exporting data.
    ///
    /// Although this value is optional, we strongly recommend that you set it to help prevent problems if the destination bucket ownership changes.
    pub account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the bucket where inventory results will be published.
    pub bucket: String,
    /// Specifies the output format of the inventory results.
    pub format: InventoryFormat,
    /// The prefix that is prepended to all inventory results.
    pub prefix: Option<String>,
    /// Contains the type of server-side encryption used to encrypt the inventory results.
    pub encryption: Option<InventoryEncryption>,
}
rt::structure!(
    InventoryS3BucketDestination, INVENTORY_S3_BUCKET_DESTINATION, [account_id, bucket,
    format, prefix, encryption]
);
/// Specifies the schedule for generating S3 Inventory results.
#[derive(Clone, Default, PartialEq)]
pub struct InventorySchedule {
    /// Specifies how frequently inventory results are produced.
    pub frequency: InventoryFrequency,
}
rt::structure!(InventorySchedule, INVENTORY_SCHEDULE, [frequency]);
/// The inventory table configuration for an S3 Metadata configuration.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryTableConfiguration {
    /// The configuration state of the inventory table, indicating whether the inventory table is enabled or disabled.
    pub configuration_state: InventoryConfigurationState,
    /// The encryption configuration for the inventory table.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
}
rt::structure!(
    InventoryTableConfiguration, INVENTORY_TABLE_CONFIGURATION, [configuration_state,
    encryption_configuration]
);
/// The inventory table configuration for an S3 Metadata configuration.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryTableConfigurationResult {
    /// The configuration state of the inventory table, indicating whether the inventory table is enabled or disabled.
    pub configuration_state: InventoryConfigurationState,
    /// The status of the inventory table. The status values are:
    ///
    /// - `CREATING` - The inventory table is in the process of being created in the specified Amazon Web Services managed table bucket.
    ///
    /// - `BACKFILLING` - The inventory table is in the process of being backfilled. When you enable the inventory table for your metadata configuration, the table goes through a process known as backfilling, during which Amazon S3 scans your general purpose bucket to retrieve the initial metadata for all objects in the bucket. Depending on the number of objects in your bucket, this process can take several hours. When the backfilling process is finished, the status of your inventory table changes from `BACKFILLING` to `ACTIVE`. After backfilling is completed, updates to your objects are reflected in the inventory table within one hour.
    ///
    /// - `ACTIVE` - The inventory table has been created successfully, and records are being delivered to the table.
    ///
    /// - `FAILED` - Amazon S3 is unable to create the inventory table, or Amazon S3 is unable to deliver records.
    pub table_status: Option<String>,
    /// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2 `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code and error message.
    ///
    /// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
    pub error: Option<ErrorDetails>,
    /// The name of the inventory table.
    pub table_name: Option<String>,
    /// The Amazon Resource Name (ARN) for the inventory table.
    pub table_arn: Option<String>,
}
rt::structure!(
    InventoryTableConfigurationResult, INVENTORY_TABLE_CONFIGURATION_RESULT,
    [configuration_state, table_status, error, table_name, table_arn]
);
/// The specified updates to the S3 Metadata inventory table configuration.
#[derive(Clone, Default, PartialEq)]
pub struct InventoryTableConfigurationUpdates {
    /// The configuration state of the inventory table, indicating whether the inventory table is enabled or disabled.
    pub configuration_state: InventoryConfigurationState,
    /// The encryption configuration for the inventory table.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
}
rt::structure!(
    InventoryTableConfigurationUpdates, INVENTORY_TABLE_CONFIGURATION_UPDATES,
    [configuration_state, encryption_configuration]
);
/// Specifies JSON as object's input serialization format.
#[derive(Clone, Default, PartialEq)]
pub struct JsonInput {
    /// The type of JSON. Valid values: Document, Lines.
    pub r#type: Option<JsonType>,
}
rt::structure!(JsonInput, JSON_INPUT, [r#type]);
/// Specifies JSON as request's output serialization format.
#[derive(Clone, Default, PartialEq)]
pub struct JsonOutput {
    /// The value used to separate individual records in the output. If no value is specified, Amazon S3 uses a newline character ('\n').
    pub record_delimiter: Option<String>,
}
rt::structure!(JsonOutput, JSON_OUTPUT, [record_delimiter]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonType {
    /// `DOCUMENT`
    Document,
    /// `LINES`
    Lines,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(JsonType, { Document => "DOCUMENT", Lines => "LINES" });
/// The journal table configuration for an S3 Metadata configuration.
#[derive(Clone, Default, PartialEq)]
pub struct JournalTableConfiguration {
    /// The journal table record expiration settings for the journal table.
    pub record_expiration: RecordExpiration,
    /// The encryption configuration for the journal table.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
}
rt::structure!(
    JournalTableConfiguration, JOURNAL_TABLE_CONFIGURATION, [record_expiration,
    encryption_configuration]
);
/// The journal table configuration for the S3 Metadata configuration.
#[derive(Clone, Default, PartialEq)]
pub struct JournalTableConfigurationResult {
    /// The status of the journal table. The status values are:
    ///
    /// - `CREATING` - The journal table is in the process of being created in the specified table bucket.
    ///
    /// - `ACTIVE` - The journal table has been created successfully, and records are being delivered to the table.
    ///
    /// - `FAILED` - Amazon S3 is unable to create the journal table, or Amazon S3 is unable to deliver records.
    pub table_status: String,
    /// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2 `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the table, this structure contains the error code and error message.
    ///
    /// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
    pub error: Option<ErrorDetails>,
    /// The name of the journal table.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the journal table.
    pub table_arn: Option<String>,
    /// The journal table record expiration settings for the journal table.
    pub record_expiration: RecordExpiration,
}
rt::structure!(
    JournalTableConfigurationResult, JOURNAL_TABLE_CONFIGURATION_RESULT, [table_status,
    error, table_name, table_arn, record_expiration]
);
/// The specified updates to the S3 Metadata journal table configuration.
#[derive(Clone, Default, PartialEq)]
pub struct JournalTableConfigurationUpdates {
    /// The journal table record expiration settings for the journal table.
    pub record_expiration: RecordExpiration,
}
rt::structure!(
    JournalTableConfigurationUpdates, JOURNAL_TABLE_CONFIGURATION_UPDATES,
    [record_expiration]
);
/// A container for specifying the configuration for Lambda notifications.
#[derive(Clone, Default, PartialEq)]
pub struct LambdaFunctionConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Lambda function that Amazon S3 invokes when the specified event type occurs.
    pub lambda_function_arn: String,
    /// The Amazon S3 bucket event for which to invoke the Lambda function. For more information, see [Supported Event Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon S3 User Guide*.
    pub events: Vec<Event>,
    /// Specifies object key name filtering rules. For information about key name filtering, see [Configuring event notifications using object key name filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html) in the *Amazon S3 User Guide*.
    pub filter: Option<NotificationConfigurationFilter>,
}
rt::structure!(
    LambdaFunctionConfiguration, LAMBDA_FUNCTION_CONFIGURATION, [id, lambda_function_arn,
    events, filter]
);
/// Container for lifecycle rules. You can add as many as 1000 rules.
///
/// For more information see, [Managing your storage lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleConfiguration {
    /// Specifies lifecycle configuration rules for an Amazon S3 bucket.
    pub rules: Vec<Rule>,
}
rt::structure!(LifecycleConfiguration, LIFECYCLE_CONFIGURATION, [rules]);
/// Container for the expiration for the lifecycle of the object.
///
/// For more information see, [Managing your storage lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleExpiration {
    /// Indicates at what date the object is to be moved or deleted. The date value must conform to the ISO 8601 format. The time is always midnight UTC.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub date: Option<rt::DateTime>,
    /// Indicates the lifetime, in days, of the objects that are subject to the rule. The value must be a non-zero positive integer.
    pub days: Option<i32>,
    /// Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set to true, the delete marker will be expired; if set to false the policy takes no action. This cannot be specified with Days or Date in a Lifecycle Expiration Policy.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub expired_object_delete_marker: Option<bool>,
}
rt::structure!(
    LifecycleExpiration, LIFECYCLE_EXPIRATION, [date, days, expired_object_delete_marker]
);
/// A lifecycle rule for individual objects in an Amazon S3 bucket.
///
/// For more information see, [Managing your storage lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleRule {
    /// Specifies the expiration for the lifecycle of the object in the form of date, days and, whether the object has a delete marker.
    pub expiration: Option<LifecycleExpiration>,
    /// Unique identifier for the rule. The value cannot be longer than 255 characters.
    pub id: Option<String>,
    /// The general purpose bucket prefix that identifies one or more objects to which the rule applies. We recommend using `Filter` instead of `Prefix` for new PUTs. Previous configurations where a prefix is defined will continue to operate as before.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub prefix: Option<String>,
    /// The `Filter` is used to identify objects that a Lifecycle Rule applies to. A `Filter` must have exactly one of `Prefix`, `Tag`, `ObjectSizeGreaterThan`, `ObjectSizeLessThan`, or `And` specified. `Filter` is required if the `LifecycleRule` does not contain a `Prefix` element.
    ///
    /// For more information about `Tag` filters, see [Adding filters to Lifecycle rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html) in the *Amazon S3 User Guide*.
    ///
    /// `Tag` filters are not supported for directory buckets.
    pub filter: Option<LifecycleRuleFilter>,
    /// If 'Enabled', the rule is currently being applied. If 'Disabled', the rule is not currently being applied.
    pub status: ExpirationStatus,
    /// Specifies when an Amazon S3 object transitions to a specified storage class.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub transitions: Option<Vec<Transition>>,
    /// Specifies the transition rule for the lifecycle rule that describes when noncurrent objects transition to a specific storage class. If your bucket is versioning-enabled (or versioning is suspended), you can set this action to request that Amazon S3 transition noncurrent object versions to a specific storage class at a set period in the object's lifetime.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub noncurrent_version_transitions: Option<Vec<NoncurrentVersionTransition>>,
    /// Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to request that Amazon S3 delete noncurrent object versions at a specific period in the object's lifetime.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*.
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}
rt::structure!(
    LifecycleRule, LIFECYCLE_RULE, [expiration, id, prefix, filter, status, transitions,
    noncurrent_version_transitions, noncurrent_version_expiration,
    abort_incomplete_multipart_upload]
);
/// This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates. The Lifecycle Rule will apply to any object matching all of the predicates configured inside the And operator.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleRuleAndOperator {
    /// Prefix identifying one or more objects to which the rule applies.
    pub prefix: Option<String>,
    /// All of these tags must exist in the object's tag set in order for the rule to apply.
    pub tags: Option<Vec<Tag>>,
    /// Minimum object size to which the rule applies.
    pub object_size_greater_than: Option<i64>,
    /// Maximum object size to which the rule applies.
    pub object_size_less_than: Option<i64>,
}
rt::structure!(
    LifecycleRuleAndOperator, LIFECYCLE_RULE_AND_OPERATOR, [prefix, tags,
    object_size_greater_than, object_size_less_than]
);
/// The `Filter` is used to identify objects that a Lifecycle Rule applies to. A `Filter` can have exactly one of `Prefix`, `Tag`, `ObjectSizeGreaterThan`, `ObjectSizeLessThan`, or `And` specified. If the `Filter` element is left empty, the Lifecycle Rule applies to all objects in the bucket.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleRuleFilter {
    /// Prefix identifying one or more objects to which the rule applies.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub prefix: Option<String>,
    /// This tag must exist in the object's tag set in order for the rule to apply.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub tag: Option<Tag>,
    /// Minimum object size to which the rule applies.
    pub object_size_greater_than: Option<i64>,
    /// Maximum object size to which the rule applies.
    pub object_size_less_than: Option<i64>,
    /// This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates. The Lifecycle Rule will apply to any object matching all of the predicates configured inside the And operator.
    pub and: Option<LifecycleRuleAndOperator>,
}
rt::structure!(
    LifecycleRuleFilter, LIFECYCLE_RULE_FILTER, [prefix, tag, object_size_greater_than,
    object_size_less_than, and]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketAnalyticsConfigurationsOutput {
    /// Indicates whether the returned list of analytics configurations is complete. A value of true indicates that the list is not complete and the NextContinuationToken will be provided for a subsequent request.
    pub is_truncated: Option<bool>,
    /// The marker that is used as a starting point for this analytics configuration list response. This value is present if it was sent in the request.
    pub continuation_token: Option<String>,
    /// `NextContinuationToken` is sent when `isTruncated` is true, which indicates that there are more analytics configurations to list. The next request must include this `NextContinuationToken`. The token is obfuscated and is not a usable value.
    pub next_continuation_token: Option<String>,
    /// The list of analytics configurations for a bucket.
    pub analytics_configuration_list: Option<Vec<AnalyticsConfiguration>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBucketAnalyticsConfigurationsOutput, LIST_BUCKET_ANALYTICS_CONFIGURATIONS_OUTPUT,
    [is_truncated, continuation_token, next_continuation_token,
    analytics_configuration_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketAnalyticsConfigurationsInput {
    /// The name of the bucket from which analytics configurations are retrieved.
    pub bucket: String,
    /// The `ContinuationToken` that represents a placeholder from where this request should begin.
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    ListBucketAnalyticsConfigurationsInput, LIST_BUCKET_ANALYTICS_CONFIGURATIONS_INPUT,
    [bucket, continuation_token, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketIntelligentTieringConfigurationsOutput {
    /// Indicates whether the returned list of analytics configurations is complete. A value of `true` indicates that the list is not complete and the `NextContinuationToken` will be provided for a subsequent request.
    pub is_truncated: Option<bool>,
    /// The `ContinuationToken` that represents a placeholder from where this request should begin.
    pub continuation_token: Option<String>,
    /// The marker used to continue this inventory configuration listing. Use the `NextContinuationToken` from this response to continue the listing in a subsequent request. The continuation token is an opaque value that Amazon S3 understands.
    pub next_continuation_token: Option<String>,
    /// The list of S3 Intelligent-Tiering configurations for a bucket.
    pub intelligent_tiering_configuration_list: Option<
        Vec<IntelligentTieringConfiguration>,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBucketIntelligentTieringConfigurationsOutput,
    LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS_OUTPUT, [is_truncated,
    continuation_token, next_continuation_token, intelligent_tiering_configuration_list],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketIntelligentTieringConfigurationsInput {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    pub bucket: String,
    /// The `ContinuationToken` that represents a placeholder from where this request should begin.
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    ListBucketIntelligentTieringConfigurationsInput,
    LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS_INPUT, [bucket, continuation_token,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketInventoryConfigurationsOutput {
    /// If sent in the request, the marker that is used as a starting point for this inventory configuration list response.
    pub continuation_token: Option<String>,
    /// The list of inventory configurations for a bucket.
    pub inventory_configuration_list: Option<Vec<InventoryConfiguration>>,
    /// Tells whether the returned list of inventory configurations is complete. A value of true indicates that the list is not complete and the NextContinuationToken is provided for a subsequent request.
    pub is_truncated: Option<bool>,
    /// The marker used to continue this inventory configuration listing. Use the `NextContinuationToken` from this response to continue the listing in a subsequent request. The continuation token is an opaque value that Amazon S3 understands.
    pub next_continuation_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBucketInventoryConfigurationsOutput, LIST_BUCKET_INVENTORY_CONFIGURATIONS_OUTPUT,
    [continuation_token, inventory_configuration_list, is_truncated,
    next_continuation_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketInventoryConfigurationsInput {
    /// The name of the bucket containing the inventory configurations to retrieve.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The marker used to continue an inventory configuration listing that has been truncated. Use the `NextContinuationToken` from a previously truncated list response to continue the listing. The continuation token is an opaque value that Amazon S3 understands.
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    ListBucketInventoryConfigurationsInput, LIST_BUCKET_INVENTORY_CONFIGURATIONS_INPUT,
    [bucket, continuation_token, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketMetricsConfigurationsOutput {
    /// Indicates whether the returned list of metrics configurations is complete. A value of true indicates that the list is not complete and the NextContinuationToken will be provided for a subsequent request.
    pub is_truncated: Option<bool>,
    /// The marker that is used as a starting point for this metrics configuration list response. This value is present if it was sent in the request.
    pub continuation_token: Option<String>,
    /// The marker used to continue a metrics configuration listing that has been truncated. Use the `NextContinuationToken` from a previously truncated list response to continue the listing. The continuation token is an opaque value that Amazon S3 understands.
    pub next_continuation_token: Option<String>,
    /// The list of metrics configurations for a bucket.
    pub metrics_configuration_list: Option<Vec<MetricsConfiguration>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBucketMetricsConfigurationsOutput, LIST_BUCKET_METRICS_CONFIGURATIONS_OUTPUT,
    [is_truncated, continuation_token, next_continuation_token,
    metrics_configuration_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketMetricsConfigurationsInput {
    /// The name of the bucket containing the metrics configurations to retrieve.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The marker that is used to continue a metrics configuration listing that has been truncated. Use the `NextContinuationToken` from a previously truncated list response to continue the listing. The continuation token is an opaque value that Amazon S3 understands.
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    ListBucketMetricsConfigurationsInput, LIST_BUCKET_METRICS_CONFIGURATIONS_INPUT,
    [bucket, continuation_token, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketsOutput {
    /// The list of buckets owned by the requester.
    pub buckets: Option<Vec<Bucket>>,
    /// The owner of the buckets listed.
    pub owner: Option<Owner>,
    /// `ContinuationToken` is included in the response when there are more buckets that can be listed with pagination. The next `ListBuckets` request to Amazon S3 can be continued with this `ContinuationToken`. `ContinuationToken` is obfuscated and is not a real bucket.
    pub continuation_token: Option<String>,
    /// If `Prefix` was sent with the request, it is included in the response.
    ///
    /// All bucket names in the response begin with the specified bucket name prefix.
    pub prefix: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListBucketsOutput, LIST_BUCKETS_OUTPUT, [buckets, owner, continuation_token, prefix],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListBucketsInput {
    /// Maximum number of buckets to be returned in response. When the number is more than the count of buckets that are owned by an Amazon Web Services account, return all the buckets in response.
    pub max_buckets: Option<i32>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this `ContinuationToken` for pagination of the list results.
    ///
    /// Length Constraints: Minimum length of 0. Maximum length of 1024.
    ///
    /// Required: No.
    ///
    /// If you specify the `bucket-region`, `prefix`, or `continuation-token` query parameters without using `max-buckets` to set the maximum number of buckets returned in the response, Amazon S3 applies a default page size of 10,000 and provides a continuation token if there are more buckets.
    pub continuation_token: Option<String>,
    /// Limits the response to bucket names that begin with the specified bucket name prefix.
    pub prefix: Option<String>,
    /// Limits the response to buckets that are located in the specified Amazon Web Services Region. The Amazon Web Services Region must be expressed according to the Amazon Web Services Region code, such as `us-west-2` for the US West (Oregon) Region. For a list of the valid values for all of the Amazon Web Services Regions, see [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    ///
    /// Requests made to a Regional endpoint that is different from the `bucket-region` parameter are not supported. For example, if you want to limit the response to your buckets in Region `us-west-2`, the request must be made to an endpoint in Region `us-west-2`.
    pub bucket_region: Option<String>,
}
rt::structure!(
    ListBucketsInput, LIST_BUCKETS_INPUT, [max_buckets, continuation_token, prefix,
    bucket_region]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDirectoryBucketsOutput {
    /// The list of buckets owned by the requester.
    pub buckets: Option<Vec<Bucket>>,
    /// If `ContinuationToken` was sent with the request, it is included in the response. You can use the returned `ContinuationToken` for pagination of the list response.
    pub continuation_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListDirectoryBucketsOutput, LIST_DIRECTORY_BUCKETS_OUTPUT, [buckets,
    continuation_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDirectoryBucketsInput {
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on buckets in this account with a token. `ContinuationToken` is obfuscated and is not a real bucket name. You can use this `ContinuationToken` for the pagination of the list results.
    pub continuation_token: Option<String>,
    /// Maximum number of buckets to be returned in response. When the number is more than the count of buckets that are owned by an Amazon Web Services account, return all the buckets in response.
    pub max_directory_buckets: Option<i32>,
}
rt::structure!(
    ListDirectoryBucketsInput, LIST_DIRECTORY_BUCKETS_INPUT, [continuation_token,
    max_directory_buckets]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMultipartUploadsOutput {
    /// The name of the bucket to which the multipart upload was initiated. Does not return the access point ARN or access point alias if used.
    pub bucket: Option<String>,
    /// The key at or after which the listing began.
    pub key_marker: Option<String>,
    /// Together with key-marker, specifies the multipart upload after which listing should begin. If key-marker is not specified, the upload-id-marker parameter is ignored. Otherwise, any multipart uploads for a key equal to the key-marker might be included in the list only if they have an upload ID lexicographically greater than the specified `upload-id-marker`.
    ///
    /// This functionality is not supported for directory buckets.
    pub upload_id_marker: Option<String>,
    /// When a list is truncated, this element specifies the value that should be used for the key-marker request parameter in a subsequent request.
    pub next_key_marker: Option<String>,
    /// When a prefix is provided in the request, this field contains the specified prefix. The result contains only keys starting with the specified prefix.
    ///
    /// **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub prefix: Option<String>,
    /// Contains the delimiter you specified in the request. If you don't specify a delimiter in your request, this element is absent from the response.
    ///
    /// **Directory buckets** - For directory buckets, `/` is the only supported delimiter.
    pub delimiter: Option<String>,
    /// When a list is truncated, this element specifies the value that should be used for the `upload-id-marker` request parameter in a subsequent request.
    ///
    /// This functionality is not supported for directory buckets.
    pub next_upload_id_marker: Option<String>,
    /// Maximum number of multipart uploads that could have been included in the response.
    pub max_uploads: Option<i32>,
    /// Indicates whether the returned list of multipart uploads is truncated. A value of true indicates that the list was truncated. The list can be truncated if the number of multipart uploads exceeds the limit allowed or specified by max uploads.
    pub is_truncated: Option<bool>,
    /// Container for elements related to a particular multipart upload. A response can contain zero or more `Upload` elements.
    pub uploads: Option<Vec<MultipartUpload>>,
    /// If you specify a delimiter in the request, then the result returns each distinct key prefix containing the delimiter in a `CommonPrefixes` element. The distinct key prefixes are returned in the `Prefix` child element.
    ///
    /// **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub common_prefixes: Option<Vec<CommonPrefix>>,
    /// Encoding type used by Amazon S3 to encode object keys in the response.
    ///
    /// If you specify the `encoding-type` request parameter, Amazon S3 includes this element in the response, and returns encoded key name values in the following response elements:
    ///
    /// `Delimiter`, `KeyMarker`, `Prefix`, `NextKeyMarker`, `Key`.
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMultipartUploadsOutput, LIST_MULTIPART_UPLOADS_OUTPUT, [bucket, key_marker,
    upload_id_marker, next_key_marker, prefix, delimiter, next_upload_id_marker,
    max_uploads, is_truncated, uploads, common_prefixes, encoding_type, request_charged],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMultipartUploadsInput {
    /// The name of the bucket to which the multipart upload was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Character you use to group keys.
    ///
    /// All keys that contain the same string between the prefix, if specified, and the first occurrence of the delimiter after the prefix are grouped under a single result element, `CommonPrefixes`. If you don't specify the prefix parameter, then the substring starts at the beginning of the key. The keys that are grouped under `CommonPrefixes` result element are not returned elsewhere in the response.
    ///
    /// `CommonPrefixes` is filtered out from results if it is not lexicographically greater than the key-marker.
    ///
    /// **Directory buckets** - For directory buckets, `/` is the only supported delimiter.
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test\_file(3).png` will appear as `test\_file%283%29.png`.
    pub encoding_type: Option<EncodingType>,
    /// Specifies the multipart upload after which listing should begin.
    ///
    /// - **General purpose buckets** - For general purpose buckets, `key-marker` is an object key. Together with `upload-id-marker`, this parameter specifies the multipart upload after which listing should begin.
    ///
    /// If `upload-id-marker` is not specified, only the keys lexicographically greater than the specified `key-marker` will be included in the list.
    ///
    /// If `upload-id-marker` is specified, any multipart uploads for a key equal to the `key-marker` might also be included, provided those multipart uploads have upload IDs lexicographically greater than the specified `upload-id-marker`.
    ///
    /// - **Directory buckets** - For directory buckets, `key-marker` is obfuscated and isn't a real object key. The `upload-id-marker` parameter isn't supported by directory buckets. To list the additional multipart uploads, you only need to set the value of `key-marker` to the `NextKeyMarker` value from the previous response.
    ///
    /// In the `ListMultipartUploads` response, the multipart uploads aren't sorted lexicographically based on the object keys.
    pub key_marker: Option<String>,
    /// Sets the maximum number of multipart uploads, from 1 to 1,000, to return in the response body. 1,000 is the maximum number of uploads that can be returned in a response.
    pub max_uploads: Option<i32>,
    /// Lists in-progress uploads only for those keys that begin with the specified prefix. You can use prefixes to separate a bucket into different grouping of keys. (You can think of using `prefix` to make groups in the same way that you'd use a folder in a file system.)
    ///
    /// **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub prefix: Option<String>,
    /// Together with key-marker, specifies the multipart upload after which listing should begin. If key-marker is not specified, the upload-id-marker parameter is ignored. Otherwise, any multipart uploads for a key equal to the key-marker might be included in the list only if they have an upload ID lexicographically greater than the specified `upload-id-marker`.
    ///
    /// This functionality is not supported for directory buckets.
    pub upload_id_marker: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
}
rt::structure!(
    ListMultipartUploadsInput, LIST_MULTIPART_UPLOADS_INPUT, [bucket, delimiter,
    encoding_type, key_marker, max_uploads, prefix, upload_id_marker,
    expected_bucket_owner, request_payer]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectAnnotationsOutput {
    /// The list of annotations attached to the object.
    pub annotations: Option<Vec<AnnotationEntry>>,
    /// The bucket name.
    pub bucket: Option<String>,
    /// The object key.
    pub key: Option<String>,
    /// The version ID of the object.
    pub object_version_id: Option<String>,
    /// The prefix used to filter the response.
    pub annotation_prefix: Option<String>,
    /// The maximum number of annotations returned in the response.
    pub max_annotation_results: Option<i32>,
    /// The number of annotations returned.
    pub annotation_count: Option<i32>,
    /// The continuation token used in this request.
    pub continuation_token: Option<String>,
    /// The continuation token to use to retrieve the next page of results.
    pub next_continuation_token: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListObjectAnnotationsOutput, LIST_OBJECT_ANNOTATIONS_OUTPUT, [annotations, bucket,
    key, object_version_id, annotation_prefix, max_annotation_results, annotation_count,
    continuation_token, next_continuation_token, request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectAnnotationsInput {
    /// The name of the bucket that contains the object.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// The version ID of the object.
    pub version_id: Option<String>,
    /// The maximum number of annotations to return in the response. Maximum is 1,000.
    pub max_annotation_results: Option<i32>,
    /// Filter results to annotations whose name begins with the specified prefix.
    pub annotation_prefix: Option<String>,
    /// Continuation token returned by a previous request to retrieve the next page.
    pub continuation_token: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    ListObjectAnnotationsInput, LIST_OBJECT_ANNOTATIONS_INPUT, [bucket, key, version_id,
    max_annotation_results, annotation_prefix, continuation_token, request_payer,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectVersionsOutput {
    /// A flag that indicates whether Amazon S3 returned all of the results that satisfied the search criteria. If your results were truncated, you can make a follow-up paginated request by using the `NextKeyMarker` and `NextVersionIdMarker` response parameters as a starting place in another request to return the rest of the results.
    pub is_truncated: Option<bool>,
    /// Marks the last key returned in a truncated response.
    pub key_marker: Option<String>,
    /// Marks the last version of the key returned in a truncated response.
    pub version_id_marker: Option<String>,
    /// When the number of responses exceeds the value of `MaxKeys`, `NextKeyMarker` specifies the first key not returned that satisfies the search criteria. Use this value for the key-marker request parameter in a subsequent request.
    pub next_key_marker: Option<String>,
    /// When the number of responses exceeds the value of `MaxKeys`, `NextVersionIdMarker` specifies the first object version not returned that satisfies the search criteria. Use this value for the `version-id-marker` request parameter in a subsequent request.
    pub next_version_id_marker: Option<String>,
    /// Container for version information.
    pub versions: Option<Vec<ObjectVersion>>,
    /// Container for an object that is a delete marker. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    pub delete_markers: Option<Vec<DeleteMarkerEntry>>,
    /// The bucket name.
    pub name: Option<String>,
    /// Selects objects that start with the value supplied by this parameter.
    pub prefix: Option<String>,
    /// The delimiter grouping the included keys. A delimiter is a character that you specify to group keys. All keys that contain the same string between the prefix and the first occurrence of the delimiter are grouped under a single result element in `CommonPrefixes`. These groups are counted as one result against the `max-keys` limitation. These keys are not returned elsewhere in the response.
    pub delimiter: Option<String>,
    /// Specifies the maximum number of objects to return.
    pub max_keys: Option<i32>,
    /// All of the keys rolled up into a common prefix count as a single return when calculating the number of returns.
    pub common_prefixes: Option<Vec<CommonPrefix>>,
    /// Encoding type used by Amazon S3 to encode object key names in the XML response.
    ///
    /// If you specify the `encoding-type` request parameter, Amazon S3 includes this element in the response, and returns encoded key name values in the following response elements:
    ///
    /// `KeyMarker, NextKeyMarker, Prefix, Key`, and `Delimiter`.
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListObjectVersionsOutput, LIST_OBJECT_VERSIONS_OUTPUT, [is_truncated, key_marker,
    version_id_marker, next_key_marker, next_version_id_marker, versions, delete_markers,
    name, prefix, delimiter, max_keys, common_prefixes, encoding_type, request_charged],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectVersionsInput {
    /// The bucket name that contains the objects.
    pub bucket: String,
    /// A delimiter is a character that you specify to group keys. All keys that contain the same string between the `prefix` and the first occurrence of the delimiter are grouped under a single result element in `CommonPrefixes`. These groups are counted as one result against the `max-keys` limitation. These keys are not returned elsewhere in the response.
    ///
    /// `CommonPrefixes` is filtered out from results if it is not lexicographically greater than the key-marker.
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test\_file(3).png` will appear as `test\_file%283%29.png`.
    pub encoding_type: Option<EncodingType>,
    /// Specifies the key to start with when listing objects in a bucket.
    pub key_marker: Option<String>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more. If additional keys satisfy the search criteria, but were not returned because `max-keys` was exceeded, the response contains `\<isTruncated\>true\</isTruncated\>`. To return the additional keys, see `key-marker` and `version-id-marker`.
    pub max_keys: Option<i32>,
    /// Use this parameter to select only those keys that begin with the specified prefix. You can use prefixes to separate a bucket into different groupings of keys. (You can think of using `prefix` to make groups in the same way that you'd use a folder in a file system.) You can use `prefix` with `delimiter` to roll up numerous objects into a single result under `CommonPrefixes`.
    pub prefix: Option<String>,
    /// Specifies the object version you want to start listing from.
    pub version_id_marker: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not specify are not returned.
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}
rt::structure!(
    ListObjectVersionsInput, LIST_OBJECT_VERSIONS_INPUT, [bucket, delimiter,
    encoding_type, key_marker, max_keys, prefix, version_id_marker,
    expected_bucket_owner, request_payer, optional_object_attributes]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectsOutput {
    /// A flag that indicates whether Amazon S3 returned all of the results that satisfied the search criteria.
    pub is_truncated: Option<bool>,
    /// Indicates where in the bucket listing begins. Marker is included in the response if it was sent with the request.
    pub marker: Option<String>,
    /// When the response is truncated (the `IsTruncated` element value in the response is `true`), you can use the key name in this field as the `marker` parameter in the subsequent request to get the next set of objects. Amazon S3 lists objects in alphabetical order.
    ///
    /// This element is returned only if you have the `delimiter` request parameter specified. If the response does not include the `NextMarker` element and it is truncated, you can use the value of the last `Key` element in the response as the `marker` parameter in the subsequent request to get the next set of object keys.
    pub next_marker: Option<String>,
    /// Metadata about each object returned.
    pub contents: Option<Vec<Object>>,
    /// The bucket name.
    pub name: Option<String>,
    /// Keys that begin with the indicated prefix.
    pub prefix: Option<String>,
    /// Causes keys that contain the same string between the prefix and the first occurrence of the delimiter to be rolled up into a single result element in the `CommonPrefixes` collection. These rolled-up keys are not returned elsewhere in the response. Each rolled-up result counts as only one return against the `MaxKeys` value.
    pub delimiter: Option<String>,
    /// The maximum number of keys returned in the response body.
    pub max_keys: Option<i32>,
    /// All of the keys (up to 1,000) rolled up in a common prefix count as a single return when calculating the number of returns.
    ///
    /// A response can contain `CommonPrefixes` only if you specify a delimiter.
    ///
    /// `CommonPrefixes` contains all (if there are any) keys between `Prefix` and the next occurrence of the string specified by the delimiter.
    ///
    /// `CommonPrefixes` lists keys that act like subdirectories in the directory specified by `Prefix`.
    ///
    /// For example, if the prefix is `notes/` and the delimiter is a slash (`/`), as in `notes/summer/july`, the common prefix is `notes/summer/`. All of the keys that roll up into a common prefix count as a single return when calculating the number of returns.
    pub common_prefixes: Option<Vec<CommonPrefix>>,
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test\_file(3).png` will appear as `test\_file%283%29.png`.
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListObjectsOutput, LIST_OBJECTS_OUTPUT, [is_truncated, marker, next_marker, contents,
    name, prefix, delimiter, max_keys, common_prefixes, encoding_type, request_charged],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectsInput {
    /// The name of the bucket containing the objects.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// A delimiter is a character that you use to group keys.
    ///
    /// `CommonPrefixes` is filtered out from results if it is not lexicographically greater than the key-marker.
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test\_file(3).png` will appear as `test\_file%283%29.png`.
    pub encoding_type: Option<EncodingType>,
    /// Marker is where you want Amazon S3 to start listing from. Amazon S3 starts listing after this specified key. Marker can be any key in the bucket.
    pub marker: Option<String>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more.
    pub max_keys: Option<i32>,
    /// Limits the response to keys that begin with the specified prefix.
    pub prefix: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the list objects request. Bucket owners need not specify this parameter in their requests.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not specify are not returned.
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}
rt::structure!(
    ListObjectsInput, LIST_OBJECTS_INPUT, [bucket, delimiter, encoding_type, marker,
    max_keys, prefix, request_payer, expected_bucket_owner, optional_object_attributes]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectsV2Output {
    /// Set to `false` if all of the results were returned. Set to `true` if more keys are available to return. If the number of results exceeds that specified by `MaxKeys`, all of the results might not be returned.
    pub is_truncated: Option<bool>,
    /// Metadata about each object returned.
    pub contents: Option<Vec<Object>>,
    /// The bucket name.
    pub name: Option<String>,
    /// Keys that begin with the indicated prefix.
    ///
    /// **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub prefix: Option<String>,
    /// Causes keys that contain the same string between the `prefix` and the first occurrence of the delimiter to be rolled up into a single result element in the `CommonPrefixes` collection. These rolled-up keys are not returned elsewhere in the response. Each rolled-up result counts as only one return against the `MaxKeys` value.
    ///
    /// **Directory buckets** - For directory buckets, `/` is the only supported delimiter.
    pub delimiter: Option<String>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more.
    pub max_keys: Option<i32>,
    /// All of the keys (up to 1,000) that share the same prefix are grouped together. When counting the total numbers of returns by this API operation, this group of keys is considered as one item.
    ///
    /// A response can contain `CommonPrefixes` only if you specify a delimiter.
    ///
    /// `CommonPrefixes` contains all (if there are any) keys between `Prefix` and the next occurrence of the string specified by a delimiter.
    ///
    /// `CommonPrefixes` lists keys that act like subdirectories in the directory specified by `Prefix`.
    ///
    /// For example, if the prefix is `notes/` and the delimiter is a slash (`/`) as in `notes/summer/july`, the common prefix is `notes/summer/`. All of the keys that roll up into a common prefix count as a single return when calculating the number of returns.
    ///
    /// - **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    ///
    /// - **Directory buckets ** - When you query `ListObjectsV2` with a delimiter during in-progress multipart uploads, the `CommonPrefixes` response parameter contains the prefixes that are associated with the in-progress multipart uploads. For more information about multipart uploads, see [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide*.
    pub common_prefixes: Option<Vec<CommonPrefix>>,
    /// Encoding type used by Amazon S3 to encode object key names in the XML response.
    ///
    /// If you specify the `encoding-type` request parameter, Amazon S3 includes this element in the response, and returns encoded key name values in the following response elements:
    ///
    /// `Delimiter, Prefix, Key,` and `StartAfter`.
    pub encoding_type: Option<EncodingType>,
    /// `KeyCount` is the number of keys returned with this request. `KeyCount` will always be less than or equal to the `MaxKeys` field. For example, if you ask for 50 keys, your result will include 50 keys or fewer.
    pub key_count: Option<i32>,
    /// If `ContinuationToken` was sent with the request, it is included in the response. You can use the returned `ContinuationToken` for pagination of the list response.
    pub continuation_token: Option<String>,
    /// `NextContinuationToken` is sent when `isTruncated` is true, which means there are more keys in the bucket that can be listed. The next list requests to Amazon S3 can be continued with this `NextContinuationToken`. `NextContinuationToken` is obfuscated and is not a real key
    pub next_continuation_token: Option<String>,
    /// If StartAfter was sent with the request, it is included in the response.
    ///
    /// This functionality is not supported for directory buckets.
    pub start_after: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListObjectsV2Output, LIST_OBJECTS_V2_OUTPUT, [is_truncated, contents, name, prefix,
    delimiter, max_keys, common_prefixes, encoding_type, key_count, continuation_token,
    next_continuation_token, start_after, request_charged], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListObjectsV2Input {
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// A delimiter is a character that you use to group keys.
    ///
    /// `CommonPrefixes` is filtered out from results if it is not lexicographically greater than the `StartAfter` value.
    ///
    /// - **Directory buckets** - For directory buckets, `/` is the only supported delimiter.
    ///
    /// - **Directory buckets ** - When you query `ListObjectsV2` with a delimiter during in-progress multipart uploads, the `CommonPrefixes` response parameter contains the prefixes that are associated with the in-progress multipart uploads. For more information about multipart uploads, see [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide*.
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see [Object key naming guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    ///
    /// When using the URL encoding type, non-ASCII characters that are used in an object's key name will be percent-encoded according to UTF-8 code values. For example, the object `test\_file(3).png` will appear as `test\_file%283%29.png`.
    pub encoding_type: Option<EncodingType>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more.
    pub max_keys: Option<i32>,
    /// Limits the response to keys that begin with the specified prefix.
    ///
    /// **Directory buckets** - For directory buckets, only prefixes that end in a delimiter (`/`) are supported.
    pub prefix: Option<String>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this `ContinuationToken` for pagination of the list results.
    pub continuation_token: Option<String>,
    /// The owner field is not present in `ListObjectsV2` by default. If you want to return the owner field with each key in the result, then set the `FetchOwner` field to `true`.
    ///
    /// **Directory buckets** - For directory buckets, the bucket owner is returned as the object owner for all objects.
    pub fetch_owner: Option<bool>,
    /// StartAfter is where you want Amazon S3 to start listing from. Amazon S3 starts listing after this specified key. StartAfter can be any key in the bucket.
    ///
    /// This functionality is not supported for directory buckets.
    pub start_after: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the list objects request in V2 style. Bucket owners need not specify this parameter in their requests.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not specify are not returned.
    ///
    /// This functionality is not supported for directory buckets.
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}
rt::structure!(
    ListObjectsV2Input, LIST_OBJECTS_V2_INPUT, [bucket, delimiter, encoding_type,
    max_keys, prefix, continuation_token, fetch_owner, start_after, request_payer,
    expected_bucket_owner, optional_object_attributes]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPartsOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart uploads and the prefix in the lifecycle rule matches the object name in the request, then the response includes this header indicating when the initiated multipart upload will become eligible for abort operation. For more information, see [Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config).
    ///
    /// The response will also include the `x-amz-abort-rule-id` header that will provide the ID of the lifecycle configuration rule that defines this action.
    ///
    /// This functionality is not supported for directory buckets.
    pub abort_date: Option<rt::DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header. It identifies applicable lifecycle configuration rule that defines the action to abort incomplete multipart uploads.
    ///
    /// This functionality is not supported for directory buckets.
    pub abort_rule_id: Option<String>,
    /// The name of the bucket to which the multipart upload was initiated. Does not return the access point ARN or access point alias if used.
    pub bucket: Option<String>,
    /// Object key for which the multipart upload was initiated.
    pub key: Option<String>,
    /// Upload ID identifying the multipart upload whose parts are being listed.
    pub upload_id: Option<String>,
    /// Specifies the part after which listing should begin. Only parts with higher part numbers will be listed.
    pub part_number_marker: Option<i32>,
    /// When a list is truncated, this element specifies the last part in the list, as well as the value to use for the `part-number-marker` request parameter in a subsequent request.
    pub next_part_number_marker: Option<i32>,
    /// Maximum number of parts that were allowed in the response.
    pub max_parts: Option<i32>,
    /// Indicates whether the returned list of parts is truncated. A true value indicates that the list was truncated. A list can be truncated if the number of parts exceeds the limit returned in the MaxParts element.
    pub is_truncated: Option<bool>,
    /// Container for elements related to a particular part. A response can contain zero or more `Part` elements.
    pub parts: Option<Vec<Part>>,
    /// Container element that identifies who initiated the multipart upload. If the initiator is an Amazon Web Services account, this element provides the same information as the `Owner` element. If the initiator is an IAM User, this element provides the user ARN.
    pub initiator: Option<Initiator>,
    /// Container element that identifies the object owner, after the object is created. If multipart upload is initiated by an IAM user, this element provides the parent account ID.
    ///
    /// **Directory buckets** - The bucket owner is returned as the object owner for all the parts.
    pub owner: Option<Owner>,
    /// The class of storage used to store the uploaded object.
    ///
    /// **Directory buckets** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. You can use this header response to verify that the checksum type that is received is the same checksum type that was specified in `CreateMultipartUpload` request. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
    /// Version ID of the object.
    ///
    /// Returns the Version ID of the object for the listed parts, if bucket versioning is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPartsOutput, LIST_PARTS_OUTPUT, [abort_date, abort_rule_id, bucket, key,
    upload_id, part_number_marker, next_part_number_marker, max_parts, is_truncated,
    parts, initiator, owner, storage_class, request_charged, checksum_algorithm,
    checksum_type, version_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPartsInput {
    /// The name of the bucket to which the parts are being uploaded.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Object key for which the multipart upload was initiated.
    pub key: String,
    /// Sets the maximum number of parts to return.
    pub max_parts: Option<i32>,
    /// Specifies the part after which listing should begin. Only parts with higher part numbers will be listed.
    pub part_number_marker: Option<i32>,
    /// Upload ID identifying the multipart upload whose parts are being listed.
    pub upload_id: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
}
rt::structure!(
    ListPartsInput, LIST_PARTS_INPUT, [bucket, key, max_parts, part_number_marker,
    upload_id, request_payer, expected_bucket_owner, sse_customer_algorithm,
    sse_customer_key, sse_customer_key_md5]
);
/// Specifies the location where the bucket will be created.
///
/// For directory buckets, the location type is Availability Zone or Local Zone. For more information about directory buckets, see [Working with directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html) in the *Amazon S3 User Guide*.
///
/// This functionality is only supported by directory buckets.
#[derive(Clone, Default, PartialEq)]
pub struct LocationInfo {
    /// The type of location where the bucket will be created.
    pub r#type: Option<LocationType>,
    /// The name of the location where the bucket will be created.
    ///
    /// For directory buckets, the name of the location is the Zone ID of the Availability Zone (AZ) or Local Zone (LZ) where the bucket will be created. An example AZ ID value is `usw2-az1`.
    pub name: Option<String>,
}
rt::structure!(LocationInfo, LOCATION_INFO, [r#type, name]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocationType {
    /// `AvailabilityZone`
    AvailabilityZone,
    /// `LocalZone`
    LocalZone,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    LocationType, { AvailabilityZone => "AvailabilityZone", LocalZone => "LocalZone" }
);
/// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys for a bucket. For more information, see [PUT Bucket logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the *Amazon S3 API Reference*.
#[derive(Clone, Default, PartialEq)]
pub struct LoggingEnabled {
    /// Specifies the bucket where you want Amazon S3 to store server access logs. You can have your logs delivered to any bucket that you own, including the same bucket that is being logged. You can also configure multiple buckets to deliver their logs to the same target bucket. In this case, you should choose a different `TargetPrefix` for each source bucket so that the delivered log files can be distinguished by key.
    pub target_bucket: String,
    /// Container for granting information.
    ///
    /// Buckets that use the bucket owner enforced setting for Object Ownership don't support target grants. For more information, see [Permissions for server access log delivery](https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html#grant-log-delivery-permissions-general) in the *Amazon S3 User Guide*.
    pub target_grants: Option<Vec<TargetGrant>>,
    /// A prefix for all log object keys. If you store log files from multiple Amazon S3 buckets in a single bucket, you can use a prefix to distinguish which log files came from which bucket.
    pub target_prefix: String,
    /// Amazon S3 key format for log objects.
    pub target_object_key_format: Option<TargetObjectKeyFormat>,
}
rt::structure!(
    LoggingEnabled, LOGGING_ENABLED, [target_bucket, target_grants, target_prefix,
    target_object_key_format]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MfaDelete {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(MfaDelete, { Enabled => "Enabled", Disabled => "Disabled" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MfaDeleteStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(MfaDeleteStatus, { Enabled => "Enabled", Disabled => "Disabled" });
/// The S3 Metadata configuration for a general purpose bucket.
#[derive(Clone, Default, PartialEq)]
pub struct MetadataConfiguration {
    /// The journal table configuration for a metadata configuration.
    pub journal_table_configuration: JournalTableConfiguration,
    /// The inventory table configuration for a metadata configuration.
    pub inventory_table_configuration: Option<InventoryTableConfiguration>,
    /// Optional annotation table configuration to include with the metadata configuration.
    pub annotation_table_configuration: Option<AnnotationTableConfiguration>,
}
rt::structure!(
    MetadataConfiguration, METADATA_CONFIGURATION, [journal_table_configuration,
    inventory_table_configuration, annotation_table_configuration]
);
/// The S3 Metadata configuration for a general purpose bucket.
#[derive(Clone, Default, PartialEq)]
pub struct MetadataConfigurationResult {
    /// The destination settings for a metadata configuration.
    pub destination_result: DestinationResult,
    /// The journal table configuration for a metadata configuration.
    pub journal_table_configuration_result: Option<JournalTableConfigurationResult>,
    /// The inventory table configuration for a metadata configuration.
    pub inventory_table_configuration_result: Option<InventoryTableConfigurationResult>,
    /// The annotation table configuration result, if an annotation table is configured.
    pub annotation_table_configuration_result: Option<
        AnnotationTableConfigurationResult,
    >,
}
rt::structure!(
    MetadataConfigurationResult, METADATA_CONFIGURATION_RESULT, [destination_result,
    journal_table_configuration_result, inventory_table_configuration_result,
    annotation_table_configuration_result]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetadataDirective {
    /// `COPY`
    Copy,
    /// `REPLACE`
    Replace,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(MetadataDirective, { Copy => "COPY", Replace => "REPLACE" });
/// A metadata key-value pair to store with an object.
#[derive(Clone, Default, PartialEq)]
pub struct MetadataEntry {
    /// Name of the object.
    pub name: Option<String>,
    /// Value of the object.
    pub value: Option<String>,
}
rt::structure!(MetadataEntry, METADATA_ENTRY, [name, value]);
/// The V1 S3 Metadata configuration for a general purpose bucket.
///
/// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
#[derive(Clone, Default, PartialEq)]
pub struct MetadataTableConfiguration {
    /// The destination information for the metadata table configuration. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
    pub s3_tables_destination: S3TablesDestination,
}
rt::structure!(
    MetadataTableConfiguration, METADATA_TABLE_CONFIGURATION, [s3_tables_destination]
);
/// The V1 S3 Metadata configuration for a general purpose bucket. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
///
/// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
#[derive(Clone, Default, PartialEq)]
pub struct MetadataTableConfigurationResult {
    /// The destination information for the metadata table configuration. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
    pub s3_tables_destination_result: S3TablesDestinationResult,
}
rt::structure!(
    MetadataTableConfigurationResult, METADATA_TABLE_CONFIGURATION_RESULT,
    [s3_tables_destination_result]
);
/// The encryption settings for an S3 Metadata journal table or inventory table configuration.
#[derive(Clone, Default, PartialEq)]
pub struct MetadataTableEncryptionConfiguration {
    /// The encryption type specified for a metadata table. To specify server-side encryption with Key Management Service (KMS) keys (SSE-KMS), use the `aws:kms` value. To specify server-side encryption with Amazon S3 managed keys (SSE-S3), use the `AES256` value.
    pub sse_algorithm: TableSseAlgorithm,
    /// If server-side encryption with Key Management Service (KMS) keys (SSE-KMS) is specified, you must also specify the KMS key Amazon Resource Name (ARN). You must specify a customer-managed KMS key that's located in the same Region as the general purpose bucket that corresponds to the metadata table configuration.
    pub kms_key_arn: Option<String>,
}
rt::structure!(
    MetadataTableEncryptionConfiguration, METADATA_TABLE_ENCRYPTION_CONFIGURATION,
    [sse_algorithm, kms_key_arn]
);
/// A container specifying replication metrics-related settings enabling replication metrics and events.
#[derive(Clone, Default, PartialEq)]
pub struct Metrics {
    /// Specifies whether the replication metrics are enabled.
    pub status: MetricsStatus,
    /// A container specifying the time threshold for emitting the `s3:Replication:OperationMissedThreshold` event.
    pub event_threshold: Option<ReplicationTimeValue>,
}
rt::structure!(Metrics, METRICS, [status, event_threshold]);
/// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The operator must have at least two predicates, and an object must match all of the predicates in order for the filter to apply.
#[derive(Clone, Default, PartialEq)]
pub struct MetricsAndOperator {
    /// The prefix used when evaluating an AND predicate.
    pub prefix: Option<String>,
    /// The list of tags used when evaluating an AND predicate.
    ///
    /// `Tag` filters are not supported for directory buckets.
    pub tags: Option<Vec<Tag>>,
    /// The access point ARN used when evaluating an `AND` predicate.
    pub access_point_arn: Option<String>,
}
rt::structure!(
    MetricsAndOperator, METRICS_AND_OPERATOR, [prefix, tags, access_point_arn]
);
/// Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics configuration, note that this is a full replacement of the existing metrics configuration. If you don't include the elements you want to keep, they are erased. For more information, see [PutBucketMetricsConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTMetricConfiguration.html).
#[derive(Clone, Default, PartialEq)]
pub struct MetricsConfiguration {
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can only contain letters, numbers, periods, dashes, and underscores.
    pub id: String,
    /// Specifies a metrics configuration filter. The metrics configuration will only include objects that meet the filter's criteria. A filter must be a prefix, an object tag, an access point ARN, or a conjunction (MetricsAndOperator).
    ///
    /// Metrics configurations for directory buckets do not support tag filters.
    pub filter: Option<MetricsFilter>,
}
rt::structure!(MetricsConfiguration, METRICS_CONFIGURATION, [id, filter]);
/// Specifies a metrics configuration filter. The metrics configuration only includes objects that meet the filter's criteria. A filter must be a prefix, an object tag, an access point ARN, or a conjunction (MetricsAndOperator). For more information, see [PutBucketMetricsConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketMetricsConfiguration.html).
#[derive(Clone, Default, PartialEq)]
pub struct MetricsFilter {
    /// The prefix used when evaluating a metrics filter.
    pub prefix: Option<String>,
    /// The tag used when evaluating a metrics filter.
    ///
    /// `Tag` filters are not supported for directory buckets.
    pub tag: Option<Tag>,
    /// The access point ARN used when evaluating a metrics filter.
    pub access_point_arn: Option<String>,
    /// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The operator must have at least two predicates, and an object must match all of the predicates in order for the filter to apply.
    pub and: Option<MetricsAndOperator>,
}
rt::structure!(MetricsFilter, METRICS_FILTER, [prefix, tag, access_point_arn, and]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricsStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(MetricsStatus, { Enabled => "Enabled", Disabled => "Disabled" });
/// Container for the `MultipartUpload` for the Amazon S3 object.
#[derive(Clone, Default, PartialEq)]
pub struct MultipartUpload {
    /// Upload ID that identifies the multipart upload.
    pub upload_id: Option<String>,
    /// Key of the object for which the multipart upload was initiated.
    pub key: Option<String>,
    /// Date and time at which the multipart upload was initiated.
    pub initiated: Option<rt::DateTime>,
    /// The class of storage used to store the object.
    ///
    /// **Directory buckets** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub storage_class: Option<StorageClass>,
    /// Specifies the owner of the object that is part of the multipart upload.
    ///
    /// **Directory buckets** - The bucket owner is returned as the object owner for all the objects.
    pub owner: Option<Owner>,
    /// Identifies who initiated the multipart upload.
    pub initiator: Option<Initiator>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// Version ID of the object.
    ///
    /// Returns the Version ID of the object for the multipart upload, if bucket versioning is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
}
rt::structure!(
    MultipartUpload, MULTIPART_UPLOAD, [upload_id, key, initiated, storage_class, owner,
    initiator, checksum_algorithm, checksum_type, version_id]
);
/// The specified annotation does not exist on this object.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchAnnotation {}
rt::structure!(NoSuchAnnotation, NO_SUCH_ANNOTATION, []);
/// The specified bucket does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchBucket {}
rt::structure!(NoSuchBucket, NO_SUCH_BUCKET, []);
/// The specified key does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchKey {}
rt::structure!(NoSuchKey, NO_SUCH_KEY, []);
/// The specified multipart upload does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchUpload {}
rt::structure!(NoSuchUpload, NO_SUCH_UPLOAD, []);
/// Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to request that Amazon S3 delete noncurrent object versions at a specific period in the object's lifetime.
///
/// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
#[derive(Clone, Default, PartialEq)]
pub struct NoncurrentVersionExpiration {
    /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. The value must be a non-zero positive integer. For information about the noncurrent days calculations, see [How Amazon S3 Calculates When an Object Became Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations) in the *Amazon S3 User Guide*.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub noncurrent_days: Option<i32>,
    /// Specifies how many noncurrent versions Amazon S3 will retain. You can specify up to 100 noncurrent versions to retain. Amazon S3 will permanently delete any additional noncurrent versions beyond the specified number to retain. For more information about noncurrent versions, see [Lifecycle configuration elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub newer_noncurrent_versions: Option<i32>,
}
rt::structure!(
    NoncurrentVersionExpiration, NONCURRENT_VERSION_EXPIRATION, [noncurrent_days,
    newer_noncurrent_versions]
);
/// Container for the transition rule that describes when noncurrent objects transition to the `STANDARD\_IA`, `ONEZONE\_IA`, `INTELLIGENT\_TIERING`, `GLACIER\_IR`, `GLACIER`, or `DEEP\_ARCHIVE` storage class. If your bucket is versioning-enabled (or versioning is suspended), you can set this action to request that Amazon S3 transition noncurrent object versions to the `STANDARD\_IA`, `ONEZONE\_IA`, `INTELLIGENT\_TIERING`, `GLACIER\_IR`, `GLACIER`, or `DEEP\_ARCHIVE` storage class at a specific period in the object's lifetime.
#[derive(Clone, Default, PartialEq)]
pub struct NoncurrentVersionTransition {
    /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see [How Amazon S3 Calculates How Long an Object Has Been Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations) in the *Amazon S3 User Guide*.
    pub noncurrent_days: Option<i32>,
    /// The class of storage used to store the object.
    pub storage_class: Option<TransitionStorageClass>,
    /// Specifies how many noncurrent versions Amazon S3 will retain in the same storage class before transitioning objects. You can specify up to 100 noncurrent versions to retain. Amazon S3 will transition any additional noncurrent versions beyond the specified number to retain. For more information about noncurrent versions, see [Lifecycle configuration elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html) in the *Amazon S3 User Guide*.
    pub newer_noncurrent_versions: Option<i32>,
}
rt::structure!(
    NoncurrentVersionTransition, NONCURRENT_VERSION_TRANSITION, [noncurrent_days,
    storage_class, newer_noncurrent_versions]
);
/// A container for specifying the notification configuration of the bucket. If this element is empty, notifications are turned off for the bucket.
#[derive(Clone, Default, PartialEq)]
pub struct NotificationConfiguration {
    /// The topic to which notifications are sent and the events for which notifications are generated.
    pub topic_configurations: Option<Vec<TopicConfiguration>>,
    /// The Amazon Simple Queue Service queues to publish messages to and the events for which to publish messages.
    pub queue_configurations: Option<Vec<QueueConfiguration>>,
    /// Describes the Lambda functions to invoke and the events for which to invoke them.
    pub lambda_function_configurations: Option<Vec<LambdaFunctionConfiguration>>,
    /// Enables delivery of events to Amazon EventBridge.
    pub event_bridge_configuration: Option<EventBridgeConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    NotificationConfiguration, NOTIFICATION_CONFIGURATION, [topic_configurations,
    queue_configurations, lambda_function_configurations, event_bridge_configuration],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct NotificationConfigurationDeprecated {
    /// This data type is deprecated. A container for specifying the configuration for publication of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3 detects specified events.
    pub topic_configuration: Option<TopicConfigurationDeprecated>,
    /// This data type is deprecated. This data type specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
    pub queue_configuration: Option<QueueConfigurationDeprecated>,
    /// Container for specifying the Lambda notification configuration.
    pub cloud_function_configuration: Option<CloudFunctionConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    NotificationConfigurationDeprecated, NOTIFICATION_CONFIGURATION_DEPRECATED,
    [topic_configuration, queue_configuration, cloud_function_configuration], meta =
    response_metadata
);
/// Specifies object key name filtering rules. For information about key name filtering, see [Configuring event notifications using object key name filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct NotificationConfigurationFilter {
    /// A container for object key name prefix and suffix filtering rules.
    pub key: Option<S3KeyFilter>,
}
rt::structure!(
    NotificationConfigurationFilter, NOTIFICATION_CONFIGURATION_FILTER, [key]
);
/// An object consists of data and its descriptive metadata.
#[derive(Clone, Default, PartialEq)]
pub struct Object {
    /// The name that you assign to an object. You use the object key to retrieve the object.
    pub key: Option<String>,
    /// Creation date of the object.
    pub last_modified: Option<rt::DateTime>,
    /// The entity tag is a hash of the object. The ETag reflects changes only to the contents of an object, not its metadata. The ETag may or may not be an MD5 digest of the object data. Whether or not it is depends on how the object was created and how it is encrypted as described below:
    ///
    /// - Objects created by the PUT Object, POST Object, or Copy operation, or through the Amazon Web Services Management Console, and are encrypted by SSE-S3 or plaintext, have ETags that are an MD5 digest of their object data.
    ///
    /// - Objects created by the PUT Object, POST Object, or Copy operation, or through the Amazon Web Services Management Console, and are encrypted by SSE-C or SSE-KMS, have ETags that are not an MD5 digest of their object data.
    ///
    /// - If an object is created by either the Multipart Upload or Part Copy operation, the ETag is not an MD5 digest, regardless of the method of encryption. If an object is larger than 16 MB, the Amazon Web Services Management Console will upload or copy that object as a Multipart Upload, and therefore the ETag will not be an MD5 digest.
    ///
    /// **Directory buckets** - MD5 is not supported by directory buckets.
    pub e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<Vec<ChecksumAlgorithm>>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object
    pub size: Option<i64>,
    /// The class of storage used to store the object.
    ///
    /// **Directory buckets** - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub storage_class: Option<ObjectStorageClass>,
    /// The owner of the object
    ///
    /// **Directory buckets** - The bucket owner is returned as the object owner.
    pub owner: Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be restored before they can be retrieved. For more information about these storage classes and how to work with archived objects, see [ Working with archived objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets. Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    pub restore_status: Option<RestoreStatus>,
}
rt::structure!(
    Object, OBJECT, [key, last_modified, e_tag, checksum_algorithm, checksum_type, size,
    storage_class, owner, restore_status]
);
/// This action is not allowed against this storage tier.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectAlreadyInActiveTierError {}
rt::structure!(ObjectAlreadyInActiveTierError, OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR, []);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectAttributes {
    /// `ETag`
    ETag,
    /// `Checksum`
    Checksum,
    /// `ObjectParts`
    ObjectParts,
    /// `StorageClass`
    StorageClass,
    /// `ObjectSize`
    ObjectSize,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectAttributes, { ETag => "ETag", Checksum => "Checksum", ObjectParts =>
    "ObjectParts", StorageClass => "StorageClass", ObjectSize => "ObjectSize" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectCannedAcl {
    /// `private`
    Private,
    /// `public-read`
    PublicRead,
    /// `public-read-write`
    PublicReadWrite,
    /// `authenticated-read`
    AuthenticatedRead,
    /// `aws-exec-read`
    AwsExecRead,
    /// `bucket-owner-read`
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    BucketOwnerFullControl,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectCannedAcl, { Private => "private", PublicRead => "public-read", PublicReadWrite
    => "public-read-write", AuthenticatedRead => "authenticated-read", AwsExecRead =>
    "aws-exec-read", BucketOwnerRead => "bucket-owner-read", BucketOwnerFullControl =>
    "bucket-owner-full-control" }
);
/// The updated server-side encryption type for this object. The `UpdateObjectEncryption` operation supports the SSE-S3 and SSE-KMS encryption types.
///
/// Valid Values: `SSES3` \| `SSEKMS`
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ObjectEncryption {
    /// Specifies to update the object encryption type to server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    Ssekms(SsekmsEncryption),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ObjectEncryption, OBJECT_ENCRYPTION, [Ssekms]);
/// Object Identifier is unique value to identify objects.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectIdentifier {
    /// Key name of the object.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub key: String,
    /// Version ID for the specific version of the object to delete.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// An entity tag (ETag) is an identifier assigned by a web server to a specific version of a resource found at a URL. This header field makes the request method conditional on `ETags`.
    ///
    /// Entity tags (ETags) for S3 Express One Zone are random alphanumeric strings unique to the object.
    pub e_tag: Option<String>,
    /// If present, the objects are deleted only if its modification times matches the provided `Timestamp`.
    ///
    /// This functionality is only supported for directory buckets.
    pub last_modified_time: Option<rt::DateTime>,
    /// If present, the objects are deleted only if its size matches the provided size in bytes.
    ///
    /// This functionality is only supported for directory buckets.
    pub size: Option<i64>,
}
rt::structure!(
    ObjectIdentifier, OBJECT_IDENTIFIER, [key, version_id, e_tag, last_modified_time,
    size]
);
/// The container element for Object Lock configuration parameters.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLockConfiguration {
    /// Indicates whether this bucket has an Object Lock configuration enabled. Enable `ObjectLockEnabled` when you apply `ObjectLockConfiguration` to a bucket.
    pub object_lock_enabled: Option<ObjectLockEnabled>,
    /// Specifies the Object Lock rule for the specified object. Enable the this rule when you apply `ObjectLockConfiguration` to a bucket. Bucket settings require both a mode and a period. The period can be either `Days` or `Years` but you must select one. You cannot specify `Days` and `Years` at the same time.
    pub rule: Option<ObjectLockRule>,
}
rt::structure!(
    ObjectLockConfiguration, OBJECT_LOCK_CONFIGURATION, [object_lock_enabled, rule]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLockEnabled {
    /// `Enabled`
    Enabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ObjectLockEnabled, { Enabled => "Enabled" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLockEventHold {
    /// `ON`
    On,
    /// `OFF`
    Off,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ObjectLockEventHold, { On => "ON", Off => "OFF" });
/// A legal hold configuration for an object.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLockLegalHold {
    /// Indicates whether the specified object has a legal hold in place.
    pub status: Option<ObjectLockLegalHoldStatus>,
}
rt::structure!(ObjectLockLegalHold, OBJECT_LOCK_LEGAL_HOLD, [status]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLockLegalHoldStatus {
    /// `ON`
    On,
    /// `OFF`
    Off,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ObjectLockLegalHoldStatus, { On => "ON", Off => "OFF" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLockMode {
    /// `GOVERNANCE`
    Governance,
    /// `COMPLIANCE`
    Compliance,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectLockMode, { Governance => "GOVERNANCE", Compliance => "COMPLIANCE" }
);
/// A Retention configuration for an object.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLockRetention {
    /// Indicates the Retention mode for the specified object.
    pub mode: Option<ObjectLockRetentionMode>,
    /// The date on which this Object Lock Retention will expire.
    pub retain_until_date: Option<rt::DateTime>,
    /// The event hold status for the object. Set to `ON` to enable an event hold or `OFF` to disable it.
    pub event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration for the object. Specifies how long the object remains protected after the event hold is released.
    pub event_hold_duration: Option<EventHoldDuration>,
}
rt::structure!(
    ObjectLockRetention, OBJECT_LOCK_RETENTION, [mode, retain_until_date, event_hold,
    event_hold_duration]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLockRetentionMode {
    /// `GOVERNANCE`
    Governance,
    /// `COMPLIANCE`
    Compliance,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectLockRetentionMode, { Governance => "GOVERNANCE", Compliance => "COMPLIANCE" }
);
/// The container element for an Object Lock rule.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLockRule {
    /// The default Object Lock retention settings for new objects in this bucket. You can specify:
    ///
    /// - A default retention period, by using `Days` or `Years`.
    ///
    /// - A default event hold duration, by using `DefaultEventHold`. This setting also uses days or years.
    ///
    /// You can set one or both. You cannot use days and years in the same setting.
    pub default_retention: Option<DefaultRetention>,
}
rt::structure!(ObjectLockRule, OBJECT_LOCK_RULE, [default_retention]);
/// The source object of the COPY action is not in the active tier and is only stored in Amazon S3 Glacier.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectNotInActiveTierError {}
rt::structure!(ObjectNotInActiveTierError, OBJECT_NOT_IN_ACTIVE_TIER_ERROR, []);
/// The container element for object ownership for a bucket's ownership controls.
///
/// `BucketOwnerPreferred` - Objects uploaded to the bucket change ownership to the bucket owner if the objects are uploaded with the `bucket-owner-full-control` canned ACL.
///
/// `ObjectWriter` - The uploading account will own the object if the object is uploaded with the `bucket-owner-full-control` canned ACL.
///
/// `BucketOwnerEnforced` - Access control lists (ACLs) are disabled and no longer affect permissions. The bucket owner automatically owns and has full control over every object in the bucket. The bucket only accepts PUT requests that don't specify an ACL or specify bucket owner full control ACLs (such as the predefined `bucket-owner-full-control` canned ACL or a custom ACL in XML format that grants the same permissions).
///
/// By default, `ObjectOwnership` is set to `BucketOwnerEnforced` and ACLs are disabled. We recommend keeping ACLs disabled, except in uncommon use cases where you must control access for each object individually. For more information about S3 Object Ownership, see [Controlling ownership of objects and disabling ACLs for your bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
///
/// This functionality is not supported for directory buckets. Directory buckets use the bucket owner enforced setting for S3 Object Ownership.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectOwnership {
    /// `BucketOwnerPreferred`
    BucketOwnerPreferred,
    /// `ObjectWriter`
    ObjectWriter,
    /// `BucketOwnerEnforced`
    BucketOwnerEnforced,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectOwnership, { BucketOwnerPreferred => "BucketOwnerPreferred", ObjectWriter =>
    "ObjectWriter", BucketOwnerEnforced => "BucketOwnerEnforced" }
);
/// A container for elements related to an individual part.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectPart {
    /// The part number identifying the part. This value is a positive integer between 1 and 10,000.
    pub part_number: Option<i32>,
    /// The size of the uploaded part in bytes.
    pub size: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC32C` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC64NVME` checksum algorithm, or if the object was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA1` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the multipart upload request was created with the `SHA256` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the multipart upload request was created with the `SHA512` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the multipart upload request was created with the `MD5` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
}
rt::structure!(
    ObjectPart, OBJECT_PART, [part_number, size, checksum_crc32, checksum_crc32c,
    checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5,
    checksum_xxhash64, checksum_xxhash3, checksum_xxhash128]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectStorageClass {
    /// `STANDARD`
    Standard,
    /// `REDUCED_REDUNDANCY`
    ReducedRedundancy,
    /// `GLACIER`
    Glacier,
    /// `STANDARD_IA`
    StandardIa,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// `OUTPOSTS`
    Outposts,
    /// `GLACIER_IR`
    GlacierIr,
    /// `SNOW`
    Snow,
    /// `EXPRESS_ONEZONE`
    ExpressOnezone,
    /// `FSX_OPENZFS`
    FsxOpenzfs,
    /// `FSX_ONTAP`
    FsxOntap,
    /// `AWS_BACKUP_WARM`
    AwsBackupWarm,
    /// `AWS_BACKUP_LOW_COST_WARM`
    AwsBackupLowCostWarm,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectStorageClass, { Standard => "STANDARD", ReducedRedundancy =>
    "REDUCED_REDUNDANCY", Glacier => "GLACIER", StandardIa => "STANDARD_IA", OnezoneIa =>
    "ONEZONE_IA", IntelligentTiering => "INTELLIGENT_TIERING", DeepArchive =>
    "DEEP_ARCHIVE", Outposts => "OUTPOSTS", GlacierIr => "GLACIER_IR", Snow => "SNOW",
    ExpressOnezone => "EXPRESS_ONEZONE", FsxOpenzfs => "FSX_OPENZFS", FsxOntap =>
    "FSX_ONTAP", AwsBackupWarm => "AWS_BACKUP_WARM", AwsBackupLowCostWarm =>
    "AWS_BACKUP_LOW_COST_WARM" }
);
/// The version of an object.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectVersion {
    /// The entity tag is an MD5 hash of that version of the object.
    pub e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<Vec<ChecksumAlgorithm>>,
    /// The checksum type that is used to calculate the object’s checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object.
    pub size: Option<i64>,
    /// The class of storage used to store the object.
    pub storage_class: Option<ObjectVersionStorageClass>,
    /// The object key.
    pub key: Option<String>,
    /// Version ID of an object.
    pub version_id: Option<String>,
    /// Specifies whether the object is (true) or is not (false) the latest version of an object.
    pub is_latest: Option<bool>,
    /// Date and time when the object was last modified.
    pub last_modified: Option<rt::DateTime>,
    /// Specifies the owner of the object.
    pub owner: Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be restored before they can be retrieved. For more information about these storage classes and how to work with archived objects, see [ Working with archived objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the *Amazon S3 User Guide*.
    pub restore_status: Option<RestoreStatus>,
}
rt::structure!(
    ObjectVersion, OBJECT_VERSION, [e_tag, checksum_algorithm, checksum_type, size,
    storage_class, key, version_id, is_latest, last_modified, owner, restore_status]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectVersionStorageClass {
    /// `STANDARD`
    Standard,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ObjectVersionStorageClass, { Standard => "STANDARD" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptionalObjectAttributes {
    /// `RestoreStatus`
    RestoreStatus,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OptionalObjectAttributes, { RestoreStatus => "RestoreStatus" });
/// Describes the location where the restore job's output is stored.
#[derive(Clone, Default, PartialEq)]
pub struct OutputLocation {
    /// Describes an S3 location that will receive the results of the restore request.
    pub s3: Option<S3Location>,
}
rt::structure!(OutputLocation, OUTPUT_LOCATION, [s3]);
/// Describes how results of the Select job are serialized.
#[derive(Clone, Default, PartialEq)]
pub struct OutputSerialization {
    /// Describes the serialization of CSV-encoded Select results.
    pub csv: Option<CsvOutput>,
    /// Specifies JSON as request's output serialization format.
    pub json: Option<JsonOutput>,
}
rt::structure!(OutputSerialization, OUTPUT_SERIALIZATION, [csv, json]);
/// Container for the owner's display name and ID.
#[derive(Clone, Default, PartialEq)]
pub struct Owner {
    pub display_name: Option<String>,
    /// Container for the ID of the owner.
    pub id: Option<String>,
}
rt::structure!(Owner, OWNER, [display_name, id]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OwnerOverride {
    /// `Destination`
    Destination,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OwnerOverride, { Destination => "Destination" });
/// The container element for a bucket's ownership controls.
#[derive(Clone, Default, PartialEq)]
pub struct OwnershipControls {
    /// The container element for an ownership control rule.
    pub rules: Vec<OwnershipControlsRule>,
}
rt::structure!(OwnershipControls, OWNERSHIP_CONTROLS, [rules]);
/// The container element for an ownership control rule.
#[derive(Clone, Default, PartialEq)]
pub struct OwnershipControlsRule {
    /// The container element for object ownership for a bucket's ownership controls.
    ///
    /// `BucketOwnerPreferred` - Objects uploaded to the bucket change ownership to the bucket owner if the objects are uploaded with the `bucket-owner-full-control` canned ACL.
    ///
    /// `ObjectWriter` - The uploading account will own the object if the object is uploaded with the `bucket-owner-full-control` canned ACL.
    ///
    /// `BucketOwnerEnforced` - Access control lists (ACLs) are disabled and no longer affect permissions. The bucket owner automatically owns and has full control over every object in the bucket. The bucket only accepts PUT requests that don't specify an ACL or specify bucket owner full control ACLs (such as the predefined `bucket-owner-full-control` canned ACL or a custom ACL in XML format that grants the same permissions).
    ///
    /// By default, `ObjectOwnership` is set to `BucketOwnerEnforced` and ACLs are disabled. We recommend keeping ACLs disabled, except in uncommon use cases where you must control access for each object individually. For more information about S3 Object Ownership, see [Controlling ownership of objects and disabling ACLs for your bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets. Directory buckets use the bucket owner enforced setting for S3 Object Ownership.
    pub object_ownership: ObjectOwnership,
}
rt::structure!(OwnershipControlsRule, OWNERSHIP_CONTROLS_RULE, [object_ownership]);
/// Container for Parquet.
#[derive(Clone, Default, PartialEq)]
pub struct ParquetInput {}
rt::structure!(ParquetInput, PARQUET_INPUT, []);
/// Container for elements related to a part.
#[derive(Clone, Default, PartialEq)]
pub struct Part {
    /// Part number identifying the part. This is a positive integer between 1 and 10,000.
    pub part_number: Option<i32>,
    /// Date and time at which the part was uploaded.
    pub last_modified: Option<rt::DateTime>,
    /// Entity tag returned when the part was uploaded.
    pub e_tag: Option<String>,
    /// Size in bytes of the uploaded part data.
    pub size: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the object was uploaded with the `CRC32` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the object was uploaded with the `CRC32C` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the multipart upload request was created with the `CRC64NVME` checksum algorithm, or if the object was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the object was uploaded with the `SHA1` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the object was uploaded with the `SHA256` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the multipart upload request was created with the `SHA512` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the multipart upload request was created with the `MD5` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if the multipart upload request was created with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
}
rt::structure!(
    Part, PART, [part_number, last_modified, e_tag, size, checksum_crc32,
    checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512,
    checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartitionDateSource {
    /// `EventTime`
    EventTime,
    /// `DeliveryTime`
    DeliveryTime,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PartitionDateSource, { EventTime => "EventTime", DeliveryTime => "DeliveryTime" }
);
/// Amazon S3 keys for log objects are partitioned in the following format:
///
/// `\[DestinationPrefix\]\[SourceAccountId\]/\[SourceRegion\]/\[SourceBucket\]/\[YYYY\]/\[MM\]/\[DD\]/\[YYYY\]-\[MM\]-\[DD\]-\[hh\]-\[mm\]-\[ss\]-\[UniqueString\]`
///
/// PartitionedPrefix defaults to EventTime delivery when server access logs are delivered.
#[derive(Clone, Default, PartialEq)]
pub struct PartitionedPrefix {
    /// Specifies the partition date source for the partitioned prefix. `PartitionDateSource` can be `EventTime` or `DeliveryTime`.
    ///
    /// For `DeliveryTime`, the time in the log file names corresponds to the delivery time for the log files.
    ///
    /// For `EventTime`, The logs delivered are for a specific day only. The year, month, and day correspond to the day on which the event occurred, and the hour, minutes and seconds are set to 00 in the key.
    pub partition_date_source: Option<PartitionDateSource>,
}
rt::structure!(PartitionedPrefix, PARTITIONED_PREFIX, [partition_date_source]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Payer {
    /// `Requester`
    Requester,
    /// `BucketOwner`
    BucketOwner,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Payer, { Requester => "Requester", BucketOwner => "BucketOwner" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permission {
    /// `FULL_CONTROL`
    FullControl,
    /// `WRITE`
    Write,
    /// `WRITE_ACP`
    WriteAcp,
    /// `READ`
    Read,
    /// `READ_ACP`
    ReadAcp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Permission, { FullControl => "FULL_CONTROL", Write => "WRITE", WriteAcp =>
    "WRITE_ACP", Read => "READ", ReadAcp => "READ_ACP" }
);
/// The container element for a bucket's policy status.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyStatus {
    /// The policy status for this bucket. `TRUE` indicates that this bucket is public. `FALSE` indicates that the bucket is not public.
    pub is_public: Option<bool>,
}
rt::structure!(PolicyStatus, POLICY_STATUS, [is_public]);
/// This data type contains information about progress of an operation.
#[derive(Clone, Default, PartialEq)]
pub struct Progress {
    /// The current number of object bytes scanned.
    pub bytes_scanned: Option<i64>,
    /// The current number of uncompressed object bytes processed.
    pub bytes_processed: Option<i64>,
    /// The current number of bytes of records payload data returned.
    pub bytes_returned: Option<i64>,
}
rt::structure!(Progress, PROGRESS, [bytes_scanned, bytes_processed, bytes_returned]);
/// This data type contains information about the progress event of an operation.
#[derive(Clone, Default, PartialEq)]
pub struct ProgressEvent {
    /// The Progress event details.
    pub details: Option<Progress>,
}
rt::structure!(ProgressEvent, PROGRESS_EVENT, [details]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `http`
    Http,
    /// `https`
    Https,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Protocol, { Http => "http", Https => "https" });
/// The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can enable the configuration options in any combination. Bucket-level settings work alongside account-level settings (which may inherit from organization-level policies). For more information about when Amazon S3 considers a bucket or object public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PublicAccessBlockConfiguration {
    /// Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket and objects in this bucket. Setting this element to `TRUE` causes the following behavior:
    ///
    /// - PUT Bucket ACL and PUT Object ACL calls fail if the specified ACL is public.
    ///
    /// - PUT Object calls fail if the request includes a public ACL.
    ///
    /// - PUT Bucket calls fail if the request includes a public ACL.
    ///
    /// Enabling this setting doesn't affect existing policies or ACLs.
    pub block_public_acls: Option<bool>,
    /// Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this bucket. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on this bucket and objects in this bucket.
    ///
    /// Enabling this setting doesn't affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set.
    pub ignore_public_acls: Option<bool>,
    /// Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access.
    ///
    /// Enabling this setting doesn't affect existing bucket policies.
    pub block_public_policy: Option<bool>,
    /// Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting this element to `TRUE` restricts access to this bucket to only Amazon Web Services service principals and authorized users within this account if the bucket has a public policy.
    ///
    /// Enabling this setting doesn't affect previously stored bucket policies, except that public and cross-account access within any public bucket policy, including non-public delegation to specific accounts, is blocked.
    pub restrict_public_buckets: Option<bool>,
}
rt::structure!(
    PublicAccessBlockConfiguration, PUBLIC_ACCESS_BLOCK_CONFIGURATION,
    [block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketAbacInput {
    /// The name of the general purpose bucket.
    pub bucket: String,
    /// The MD5 hash of the `PutBucketAbac` request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The Amazon Web Services account ID of the general purpose bucket's owner.
    pub expected_bucket_owner: Option<String>,
    /// The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose bucket, you can use tags to manage access to the general purpose buckets as well as for cost tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use tags for cost tracking purposes. For more information, see [Using tags with S3 general purpose buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging.html).
    pub abac_status: AbacStatus,
}
rt::structure!(
    PutBucketAbacInput, PUT_BUCKET_ABAC_INPUT, [bucket, content_md5, checksum_algorithm,
    expected_bucket_owner, abac_status]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketAccelerateConfigurationInput {
    /// The name of the bucket for which the accelerate configuration is set.
    pub bucket: String,
    /// Container for setting the transfer acceleration state.
    pub accelerate_configuration: AccelerateConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}
rt::structure!(
    PutBucketAccelerateConfigurationInput, PUT_BUCKET_ACCELERATE_CONFIGURATION_INPUT,
    [bucket, accelerate_configuration, expected_bucket_owner, checksum_algorithm]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketAclInput {
    /// The canned ACL to apply to the bucket.
    pub acl: Option<BucketCannedAcl>,
    /// Contains the elements that set the ACL permissions for an object per grantee.
    pub access_control_policy: Option<AccessControlPolicy>,
    /// The bucket to which to apply the ACL.
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. This header must be used as a message integrity check to verify that the request body was not corrupted in transit. For more information, go to [RFC 1864.](http://www.ietf.org/rfc/rfc1864.txt)
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    ///
    /// For the bucket and object owners of existing objects, also allows deletions and overwrites of those objects.
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    pub grant_write_acp: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketAclInput, PUT_BUCKET_ACL_INPUT, [acl, access_control_policy, bucket,
    content_md5, checksum_algorithm, grant_full_control, grant_read, grant_read_acp,
    grant_write, grant_write_acp, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketAnalyticsConfigurationInput {
    /// The name of the bucket to which an analytics configuration is stored.
    pub bucket: String,
    /// The ID that identifies the analytics configuration.
    pub id: String,
    /// The configuration and any analyses for the analytics filter.
    pub analytics_configuration: AnalyticsConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketAnalyticsConfigurationInput, PUT_BUCKET_ANALYTICS_CONFIGURATION_INPUT,
    [bucket, id, analytics_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketCorsInput {
    /// Specifies the bucket impacted by the `cors`configuration.
    pub bucket: String,
    /// Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more information, see [Enabling Cross-Origin Resource Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User Guide*.
    pub cors_configuration: CorsConfiguration,
    /// The Base64 encoded 128-bit `MD5` digest of the data. This header must be used as a message integrity check to verify that the request body was not corrupted in transit. For more information, go to [RFC 1864.](http://www.ietf.org/rfc/rfc1864.txt)
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketCorsInput, PUT_BUCKET_CORS_INPUT, [bucket, cors_configuration, content_md5,
    checksum_algorithm, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketEncryptionInput {
    /// Specifies default encryption for a bucket using server-side encryption with different key options.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the server-side encryption configuration.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    ///
    /// This functionality is not supported for directory buckets.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    ///
    /// For directory buckets, when you use Amazon Web Services SDKs, `CRC32` is the default checksum algorithm that's used for performance.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Specifies the default server-side-encryption configuration.
    pub server_side_encryption_configuration: ServerSideEncryptionConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketEncryptionInput, PUT_BUCKET_ENCRYPTION_INPUT, [bucket, content_md5,
    checksum_algorithm, server_side_encryption_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketIntelligentTieringConfigurationInput {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    pub bucket: String,
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Container for S3 Intelligent-Tiering configuration.
    pub intelligent_tiering_configuration: IntelligentTieringConfiguration,
}
rt::structure!(
    PutBucketIntelligentTieringConfigurationInput,
    PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION_INPUT, [bucket, id,
    expected_bucket_owner, intelligent_tiering_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketInventoryConfigurationInput {
    /// The name of the bucket where the inventory configuration will be stored.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The ID used to identify the inventory configuration.
    pub id: String,
    /// Specifies the inventory configuration.
    pub inventory_configuration: InventoryConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketInventoryConfigurationInput, PUT_BUCKET_INVENTORY_CONFIGURATION_INPUT,
    [bucket, id, inventory_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationOutput {
    /// Indicates which default minimum object size behavior is applied to the lifecycle configuration.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    ///
    /// - `all\_storage\_classes\_128K` - Objects smaller than 128 KB will not transition to any storage class by default.
    ///
    /// - `varies\_by\_storage\_class` - Objects smaller than 128 KB will transition to Glacier Flexible Retrieval or Glacier Deep Archive storage classes. By default, all other storage classes will prevent transitions smaller than 128 KB.
    ///
    /// To customize the minimum object size for any transition you can add a filter that specifies a custom `ObjectSizeGreaterThan` or `ObjectSizeLessThan` in the body of your transition rule. Custom filters always take precedence over the default transition behavior.
    pub transition_default_minimum_object_size: Option<
        TransitionDefaultMinimumObjectSize,
    >,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutBucketLifecycleConfigurationOutput, PUT_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT,
    [transition_default_minimum_object_size], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationInput {
    /// The name of the bucket for which to set the configuration.
    pub bucket: String,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for lifecycle rules. You can add as many as 1,000 rules.
    pub lifecycle_configuration: Option<BucketLifecycleConfiguration>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub expected_bucket_owner: Option<String>,
    /// Indicates which default minimum object size behavior is applied to the lifecycle configuration.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    ///
    /// - `all\_storage\_classes\_128K` - Objects smaller than 128 KB will not transition to any storage class by default.
    ///
    /// - `varies\_by\_storage\_class` - Objects smaller than 128 KB will transition to Glacier Flexible Retrieval or Glacier Deep Archive storage classes. By default, all other storage classes will prevent transitions smaller than 128 KB.
    ///
    /// To customize the minimum object size for any transition you can add a filter that specifies a custom `ObjectSizeGreaterThan` or `ObjectSizeLessThan` in the body of your transition rule. Custom filters always take precedence over the default transition behavior.
    pub transition_default_minimum_object_size: Option<
        TransitionDefaultMinimumObjectSize,
    >,
}
rt::structure!(
    PutBucketLifecycleConfigurationInput, PUT_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
    [bucket, checksum_algorithm, lifecycle_configuration, expected_bucket_owner,
    transition_default_minimum_object_size]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketLifecycleInput {
    pub bucket: String,
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    pub lifecycle_configuration: Option<LifecycleConfiguration>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketLifecycleInput, PUT_BUCKET_LIFECYCLE_INPUT, [bucket, content_md5,
    checksum_algorithm, lifecycle_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketLoggingInput {
    /// The name of the bucket for which to set the logging parameters.
    pub bucket: String,
    /// Container for logging status information.
    pub bucket_logging_status: BucketLoggingStatus,
    /// The MD5 hash of the `PutBucketLogging` request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketLoggingInput, PUT_BUCKET_LOGGING_INPUT, [bucket, bucket_logging_status,
    content_md5, checksum_algorithm, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketMetricsConfigurationInput {
    /// The name of the bucket for which the metrics configuration is set.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can only contain letters, numbers, periods, dashes, and underscores.
    pub id: String,
    /// Specifies the metrics configuration.
    pub metrics_configuration: MetricsConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketMetricsConfigurationInput, PUT_BUCKET_METRICS_CONFIGURATION_INPUT, [bucket,
    id, metrics_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketNotificationConfigurationInput {
    /// The name of the bucket.
    pub bucket: String,
    /// A container for specifying the notification configuration of the bucket. If this element is empty, notifications are turned off for the bucket.
    pub notification_configuration: NotificationConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Skips validation of Amazon SQS, Amazon SNS, and Lambda destinations. True or false value.
    pub skip_destination_validation: Option<bool>,
}
rt::structure!(
    PutBucketNotificationConfigurationInput, PUT_BUCKET_NOTIFICATION_CONFIGURATION_INPUT,
    [bucket, notification_configuration, expected_bucket_owner,
    skip_destination_validation]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketNotificationInput {
    /// The name of the bucket.
    pub bucket: String,
    /// The MD5 hash of the `PutPublicAccessBlock` request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The container for the configuration.
    pub notification_configuration: NotificationConfigurationDeprecated,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketNotificationInput, PUT_BUCKET_NOTIFICATION_INPUT, [bucket, content_md5,
    checksum_algorithm, notification_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketOwnershipControlsInput {
    /// The name of the Amazon S3 bucket whose `OwnershipControls` you want to set.
    pub bucket: String,
    /// The MD5 hash of the `OwnershipControls` request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// The `OwnershipControls` (BucketOwnerEnforced, BucketOwnerPreferred, or ObjectWriter) that you want to apply to this Amazon S3 bucket.
    pub ownership_controls: OwnershipControls,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}
rt::structure!(
    PutBucketOwnershipControlsInput, PUT_BUCKET_OWNERSHIP_CONTROLS_INPUT, [bucket,
    content_md5, expected_bucket_owner, ownership_controls, checksum_algorithm]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketPolicyInput {
    /// The name of the bucket.
    ///
    /// **Directory buckets ** - When you use this operation with a directory bucket, you must use path-style requests in the format `https://s3express-control.*region-code*.amazonaws.com/*bucket-name* `. Virtual-hosted-style requests aren't supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must also follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *DOC-EXAMPLE-BUCKET*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*
    pub bucket: String,
    /// The MD5 hash of the request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    ///
    /// This functionality is not supported for directory buckets.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    ///
    /// For the `x-amz-checksum-*algorithm* ` header, replace ` *algorithm* ` with the supported algorithm from the following list:
    ///
    /// - `CRC32`
    ///
    /// - `CRC32C`
    ///
    /// - `CRC64NVME`
    ///
    /// - `MD5`
    ///
    /// - `SHA1`
    ///
    /// - `SHA256`
    ///
    /// - `SHA512`
    ///
    /// - `XXHASH3`
    ///
    /// - `XXHASH64`
    ///
    /// - `XXHASH128`
    ///
    /// For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If the individual checksum value you provide through `x-amz-checksum-*algorithm* ` doesn't match the checksum algorithm you set through `x-amz-sdk-checksum-algorithm`, Amazon S3 fails the request with a `BadDigest` error.
    ///
    /// For directory buckets, when you use Amazon Web Services SDKs, `CRC32` is the default checksum algorithm that's used for performance.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Set this parameter to true to confirm that you want to remove your permissions to change this bucket policy in the future.
    ///
    /// This functionality is not supported for directory buckets.
    pub confirm_remove_self_bucket_access: Option<bool>,
    /// The bucket policy as a JSON document.
    ///
    /// For directory buckets, the only IAM action supported in the bucket policy is `s3express:CreateSession`.
    pub policy: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    ///
    /// For directory buckets, this header is not supported in this API operation. If you specify this header, the request fails with the HTTP status code `501 Not Implemented`.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketPolicyInput, PUT_BUCKET_POLICY_INPUT, [bucket, content_md5,
    checksum_algorithm, confirm_remove_self_bucket_access, policy, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketReplicationInput {
    /// The name of the bucket
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message integrity check to verify that the request body was not corrupted in transit. For more information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// A container for replication rules. You can add up to 1,000 rules. The maximum size of a replication configuration is 2 MB.
    pub replication_configuration: ReplicationConfiguration,
    /// A token to allow Object Lock to be enabled for an existing bucket.
    pub token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketReplicationInput, PUT_BUCKET_REPLICATION_INPUT, [bucket, content_md5,
    checksum_algorithm, replication_configuration, token, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketRequestPaymentInput {
    /// The bucket name.
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message integrity check to verify that the request body was not corrupted in transit. For more information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for Payer.
    pub request_payment_configuration: RequestPaymentConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketRequestPaymentInput, PUT_BUCKET_REQUEST_PAYMENT_INPUT, [bucket, content_md5,
    checksum_algorithm, request_payment_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketTaggingInput {
    /// The bucket name.
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message integrity check to verify that the request body was not corrupted in transit. For more information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the `TagSet` and `Tag` elements.
    pub tagging: Tagging,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketTaggingInput, PUT_BUCKET_TAGGING_INPUT, [bucket, content_md5,
    checksum_algorithm, tagging, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketVersioningInput {
    /// The bucket name.
    pub bucket: String,
    /// \>The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message integrity check to verify that the request body was not corrupted in transit. For more information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device. The serial number is the number that uniquely identifies the MFA device. For physical MFA devices, this is the unique serial number that's provided with the device. For virtual MFA devices, the serial number is the device ARN. For more information, see [Enabling versioning on buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html) and [Configuring MFA delete](https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html) in the *Amazon Simple Storage Service User Guide*.
    pub mfa: Option<String>,
    /// Container for setting the versioning state.
    pub versioning_configuration: VersioningConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketVersioningInput, PUT_BUCKET_VERSIONING_INPUT, [bucket, content_md5,
    checksum_algorithm, mfa, versioning_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketWebsiteInput {
    /// The bucket name.
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message integrity check to verify that the request body was not corrupted in transit. For more information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the request.
    pub website_configuration: WebsiteConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutBucketWebsiteInput, PUT_BUCKET_WEBSITE_INPUT, [bucket, content_md5,
    checksum_algorithm, website_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectAclOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectAclOutput, PUT_OBJECT_ACL_OUTPUT, [request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectAclInput {
    /// The canned ACL to apply to the object. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL).
    pub acl: Option<ObjectCannedAcl>,
    /// Contains the elements that set the ACL permissions for an object per grantee.
    pub access_control_policy: Option<AccessControlPolicy>,
    /// The bucket name that contains the object to which you want to attach the ACL.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. This header must be used as a message integrity check to verify that the request body was not corrupted in transit. For more information, go to [RFC 1864.\>](http://www.ietf.org/rfc/rfc1864.txt)
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    ///
    /// This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    ///
    /// This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    ///
    /// This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    ///
    /// For the bucket and object owners of existing objects, also allows deletions and overwrites of those objects.
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    ///
    /// This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: Option<String>,
    /// Key for which the PUT action was initiated.
    pub key: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Version ID used to reference a specific version of the object.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutObjectAclInput, PUT_OBJECT_ACL_INPUT, [acl, access_control_policy, bucket,
    content_md5, checksum_algorithm, grant_full_control, grant_read, grant_read_acp,
    grant_write, grant_write_acp, key, request_payer, version_id, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectAnnotationOutput {
    /// The object key.
    pub key: Option<String>,
    /// The name of the annotation.
    pub annotation_name: Option<String>,
    /// The version ID of the object that the annotation was attached to.
    pub object_version_id: Option<String>,
    /// The entity tag of the annotation.
    pub e_tag: Option<String>,
    /// The CRC32 checksum of the stored annotation.
    pub checksum_crc32: Option<String>,
    /// The CRC32C checksum of the stored annotation.
    pub checksum_crc32c: Option<String>,
    /// The CRC64NVME checksum of the stored annotation.
    pub checksum_crc64nvme: Option<String>,
    /// The SHA1 checksum of the stored annotation.
    pub checksum_sha1: Option<String>,
    /// The SHA256 checksum of the stored annotation.
    pub checksum_sha256: Option<String>,
    /// The SHA512 checksum of the stored annotation.
    pub checksum_sha512: Option<String>,
    /// The MD5 checksum of the stored annotation.
    pub checksum_md5: Option<String>,
    /// The XXHASH64 checksum of the stored annotation.
    pub checksum_xxhash64: Option<String>,
    /// The XXHASH3 checksum of the stored annotation.
    pub checksum_xxhash3: Option<String>,
    /// The XXHASH128 checksum of the stored annotation.
    pub checksum_xxhash128: Option<String>,
    /// The type of checksum used.
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used to encrypt the annotation.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectAnnotationOutput, PUT_OBJECT_ANNOTATION_OUTPUT, [key, annotation_name,
    object_version_id, e_tag, checksum_crc32, checksum_crc32c, checksum_crc64nvme,
    checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64,
    checksum_xxhash3, checksum_xxhash128, checksum_type, server_side_encryption,
    request_charged], meta = response_metadata
);
#[derive(Default)]
pub struct PutObjectAnnotationInput {
    /// The name of the bucket that contains the object.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// The version ID of the object to attach the annotation to.
    pub version_id: Option<String>,
    /// The name of the annotation.
    ///
    /// Length Constraints: Minimum length of 1. Maximum length of 512 bytes.
    pub annotation_name: String,
    /// The annotation payload. Must be between 1 byte and 1 MiB in size, and must be valid UTF-8 encoded text. If the payload contains invalid UTF-8 bytes, the request fails with HTTP 415 (Unsupported Media Type). To store binary data, encode the payload using Base64 before uploading.
    pub annotation_payload: rt::Body,
    /// If specified, the operation only succeeds if the object's ETag matches the provided value.
    pub object_if_match: Option<String>,
    /// The checksum algorithm to use. Supported values: `CRC32`, `CRC32C`, `CRC64NVME`, `SHA1`, `SHA256`, `SHA512`, `MD5`, `XXHASH64`, `XXHASH3`, `XXHASH128`.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Base64-encoded CRC32 checksum of the annotation payload.
    pub checksum_crc32: Option<String>,
    /// Base64-encoded CRC32C checksum of the annotation payload.
    pub checksum_crc32c: Option<String>,
    /// Base64-encoded CRC64NVME checksum of the annotation payload.
    pub checksum_crc64nvme: Option<String>,
    /// Base64-encoded SHA1 checksum of the annotation payload.
    pub checksum_sha1: Option<String>,
    /// Base64-encoded SHA256 checksum of the annotation payload.
    pub checksum_sha256: Option<String>,
    /// Base64-encoded SHA512 checksum of the annotation payload.
    pub checksum_sha512: Option<String>,
    /// Base64-encoded MD5 checksum of the annotation payload.
    pub checksum_md5: Option<String>,
    /// Base64-encoded XXHASH64 checksum of the annotation payload.
    pub checksum_xxhash64: Option<String>,
    /// Base64-encoded XXHASH3 checksum of the annotation payload.
    pub checksum_xxhash3: Option<String>,
    /// Base64-encoded XXHASH128 checksum of the annotation payload.
    pub checksum_xxhash128: Option<String>,
    /// Base64-encoded MD5 digest of the message.
    pub content_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the bucket is owned by a different account, the request fails with an HTTP 403 (Access Denied) error.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutObjectAnnotationInput, PUT_OBJECT_ANNOTATION_INPUT, [bucket, key, version_id,
    annotation_name, annotation_payload, object_if_match, checksum_algorithm,
    checksum_crc32, checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256,
    checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3,
    checksum_xxhash128, content_md5, request_payer, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectLegalHoldOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectLegalHoldOutput, PUT_OBJECT_LEGAL_HOLD_OUTPUT, [request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectLegalHoldInput {
    /// The bucket name containing the object that you want to place a legal hold on.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key name for the object that you want to place a legal hold on.
    pub key: String,
    /// Container element for the legal hold configuration you want to apply to the specified object.
    pub legal_hold: Option<ObjectLockLegalHold>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The version ID of the object that you want to place a legal hold on.
    pub version_id: Option<String>,
    /// The MD5 hash for the request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutObjectLegalHoldInput, PUT_OBJECT_LEGAL_HOLD_INPUT, [bucket, key, legal_hold,
    request_payer, version_id, content_md5, checksum_algorithm, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectLockConfigurationOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectLockConfigurationOutput, PUT_OBJECT_LOCK_CONFIGURATION_OUTPUT,
    [request_charged], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectLockConfigurationInput {
    /// The bucket whose Object Lock configuration you want to create or replace.
    pub bucket: String,
    /// The Object Lock configuration that you want to apply to the specified bucket.
    pub object_lock_configuration: Option<ObjectLockConfiguration>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// A token to allow Object Lock to be enabled for an existing bucket.
    pub token: Option<String>,
    /// The MD5 hash for the request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutObjectLockConfigurationInput, PUT_OBJECT_LOCK_CONFIGURATION_INPUT, [bucket,
    object_lock_configuration, request_payer, token, content_md5, checksum_algorithm,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectOutput {
    /// If the expiration is configured for the object (see [PutBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)) in the *Amazon S3 User Guide*, the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs that provide information about object expiration. The value of the `rule-id` is URL-encoded.
    ///
    /// Object expiration information is not returned in directory buckets and this header returns the value "`NotImplemented`" in all responses for directory buckets.
    pub expiration: Option<String>,
    /// Entity tag for the uploaded object.
    ///
    /// **General purpose buckets ** - To ensure that data is not corrupted traversing the network, for objects where the ETag is the MD5 digest of the object, you can calculate the MD5 while putting an object to Amazon S3 and compare the returned ETag to the calculated MD5 value.
    ///
    /// **Directory buckets ** - The ETag for the object in a directory bucket isn't the MD5 digest of the object.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This header is present if the object was uploaded with the `CRC64NVME` checksum algorithm, or if it was uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object). For more information about how checksums are calculated with multipart uploads, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use the API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if the checksum was uploaded with the object. When you use an API operation on an object that was uploaded using multipart uploads, this value may not be a direct checksum value of the full object. Instead, it's a calculation based on the checksum values of each individual part. For more information about how checksums are calculated with multipart uploads, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. This header is present if the object was uploaded with the `SHA512` checksum algorithm. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. This header is present if the object was uploaded with the `MD5` checksum algorithm. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. This header is present if the object was uploaded with the `XXHASH64` checksum algorithm. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. This header is present if the object was uploaded with the `XXHASH3` checksum algorithm. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. This header is present if the object was uploaded with the `XXHASH128` checksum algorithm. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash128: Option<String>,
    /// This header specifies the checksum type of the object, which determines how part-level checksums are combined to create an object-level checksum for multipart objects. For `PutObject` uploads, the checksum type is always `FULL\_OBJECT`. You can use this header as a data integrity check to verify that the checksum type that is received is the same checksum that was specified. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Version ID of the object.
    ///
    /// If you enable versioning for a bucket, Amazon S3 automatically generates a unique version ID for the object being stored. Amazon S3 returns this ID in the response. When you enable versioning for a bucket, if Amazon S3 receives multiple write requests for the same object simultaneously, it stores all of the objects. For more information about versioning, see [Adding Objects to Versioning-Enabled Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/AddingObjectstoVersioningEnabledBuckets.html) in the *Amazon S3 User Guide*. For information about returning the versioning state of a bucket, see [GetBucketVersioning](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html).
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object.
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether the uploaded object uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// The size of the object in bytes. This value is only be present if you append to an object.
    ///
    /// This functionality is only supported for objects in the Amazon S3 Express One Zone storage class in directory buckets.
    pub size: Option<i64>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectOutput, PUT_OBJECT_OUTPUT, [expiration, e_tag, checksum_crc32,
    checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512,
    checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type,
    server_side_encryption, version_id, sse_customer_algorithm, sse_customer_key_md5,
    ssekms_key_id, ssekms_encryption_context, bucket_key_enabled, size, request_charged],
    meta = response_metadata
);
#[derive(Default)]
pub struct PutObjectInput {
    /// The canned ACL to apply to the object. For more information, see [Canned ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the *Amazon S3 User Guide*.
    ///
    /// When adding a new object, you can use headers to grant ACL-based permissions to individual Amazon Web Services accounts or to predefined groups defined by Amazon S3. These permissions are then added to the ACL on the object. By default, all objects are private. Only the owner has full access control. For more information, see [Access Control List (ACL) Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html) and [Managing ACLs Using the REST API](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-using-rest-api.html) in the *Amazon S3 User Guide*.
    ///
    /// If the bucket that you're uploading objects to uses the bucket owner enforced setting for S3 Object Ownership, ACLs are disabled and no longer affect permissions. Buckets that use this setting only accept PUT requests that don't specify an ACL or PUT requests that specify bucket owner full control ACLs, such as the `bucket-owner-full-control` canned ACL or an equivalent form of this ACL expressed in the XML format. PUT requests that contain other ACLs (for example, custom grants to certain Amazon Web Services accounts) fail and return a `400` error with the error code `AccessControlListNotSupported`. For more information, see [ Controlling ownership of objects and disabling ACLs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) in the *Amazon S3 User Guide*.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub acl: Option<ObjectCannedAcl>,
    /// Object data.
    pub body: rt::Body,
    /// The bucket name to which the PUT action was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Can be used to specify caching behavior along the request/reply chain. For more information, see [http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html\#sec14.9](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9).
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object. For more information, see [https://www.rfc-editor.org/rfc/rfc6266\#section-4](https://www.rfc-editor.org/rfc/rfc6266#section-4).
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html\#field.content-encoding](https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding).
    pub content_encoding: Option<String>,
    /// The language the content is in.
    pub content_language: Option<String>,
    /// Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html\#name-content-length](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length).
    pub content_length: Option<i64>,
    /// The Base64 encoded 128-bit `MD5` digest of the message (without the headers) according to RFC 1864. This header can be used as a message integrity check to verify that the data is the same data that was originally sent. Although it is optional, we recommend using the Content-MD5 mechanism as an end-to-end integrity check. For more information about REST request authentication, see [REST Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html).
    ///
    /// The `Content-MD5` or `x-amz-sdk-checksum-algorithm` header is required for any request to upload an object with a retention period configured using Amazon S3 Object Lock. For more information, see [Uploading objects to an Object Lock enabled bucket ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html#object-lock-put-object) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub content_md5: Option<String>,
    /// A standard MIME type describing the format of the contents. For more information, see [https://www.rfc-editor.org/rfc/rfc9110.html\#name-content-type](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type).
    pub content_type: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    ///
    /// For the `x-amz-checksum-*algorithm* ` header, replace ` *algorithm* ` with the supported algorithm from the following list:
    ///
    /// - `CRC32`
    ///
    /// - `CRC32C`
    ///
    /// - `CRC64NVME`
    ///
    /// - `MD5`
    ///
    /// - `SHA1`
    ///
    /// - `SHA256`
    ///
    /// - `SHA512`
    ///
    /// - `XXHASH3`
    ///
    /// - `XXHASH64`
    ///
    /// - `XXHASH128`
    ///
    /// For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If the individual checksum value you provide through `x-amz-checksum-*algorithm* ` doesn't match the checksum algorithm you set through `x-amz-sdk-checksum-algorithm`, Amazon S3 fails the request with a `BadDigest` error.
    ///
    /// The `Content-MD5` or `x-amz-sdk-checksum-algorithm` header is required for any request to upload an object with a retention period configured using Amazon S3 Object Lock. For more information, see [Uploading objects to an Object Lock enabled bucket ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html#object-lock-put-object) in the *Amazon S3 User Guide*.
    ///
    /// For directory buckets, when you use Amazon Web Services SDKs, `CRC32` is the default checksum algorithm that's used for performance.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object checksum. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_crc64nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see [Checking object integrity in the Amazon S3 User Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_xxhash128: Option<String>,
    /// The date and time at which the object is no longer cacheable. For more information, see [https://www.rfc-editor.org/rfc/rfc7234\#section-5.3](https://www.rfc-editor.org/rfc/rfc7234#section-5.3).
    pub expires: Option<String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should fetch the object's ETag and retry the upload.
    ///
    /// Expects the ETag value as a string.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_match: Option<String>,
    /// Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error.
    ///
    /// If a conflicting operation occurs during the upload S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure you should retry the upload.
    ///
    /// Expects the '\*' (asterisk) character.
    ///
    /// For more information about conditional requests, see [RFC 7232](https://tools.ietf.org/html/rfc7232), or [Conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide*.
    pub if_none_match: Option<String>,
    /// Gives the grantee READ, READ\_ACP, and WRITE\_ACP permissions on the object.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_full_control: Option<String>,
    /// Allows grantee to read the object data and its metadata.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read: Option<String>,
    /// Allows grantee to read the object ACL.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_read_acp: Option<String>,
    /// Allows grantee to write the ACL for the applicable object.
    ///
    /// - This functionality is not supported for directory buckets.
    ///
    /// - This functionality is not supported for Amazon S3 on Outposts.
    pub grant_write_acp: Option<String>,
    /// Object key for which the PUT action was initiated.
    pub key: String,
    /// Specifies the offset for appending data to existing objects in bytes. The offset must be equal to the size of the existing object being appended to. If no object exists, setting this header to 0 will create a new object.
    ///
    /// This functionality is only supported for objects in the Amazon S3 Express One Zone storage class in directory buckets.
    pub write_offset_bytes: Option<i64>,
    /// A map of metadata to store with the object in S3.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// The server-side encryption algorithm that was used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// - **General purpose buckets ** - You have four mutually exclusive options to protect data using server-side encryption in Amazon S3, depending on how you choose to manage the encryption keys. Specifically, the encryption key options are Amazon S3 managed keys (SSE-S3), Amazon Web Services KMS keys (SSE-KMS or DSSE-KMS), and customer-provided keys (SSE-C). Amazon S3 encrypts data with server-side encryption by using Amazon S3 managed keys (SSE-S3) by default. You can optionally tell Amazon S3 to encrypt data at rest by using server-side encryption with other key options. For more information, see [Using Server-Side Encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingServerSideEncryption.html) in the *Amazon S3 User Guide*.
    ///
    /// - **Directory buckets ** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html).
    ///
    /// In the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)) using the REST API, the encryption request headers must match the encryption settings that are specified in the `CreateSession` request. You can't override the values of the encryption settings (`x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-context`, and `x-amz-server-side-encryption-bucket-key-enabled`) that are specified in the `CreateSession` request. You don't need to explicitly specify these encryption settings values in Zonal endpoint API calls, and Amazon S3 will use the encryption settings values from the `CreateSession` request to protect new objects in the directory bucket.
    ///
    /// When you use the CLI or the Amazon Web Services SDKs, for `CreateSession`, the session token refreshes automatically to avoid service interruptions when a session expires. The CLI or the Amazon Web Services SDKs use the bucket's default encryption configuration for the `CreateSession` request. It's not supported to override the encryption settings values in the `CreateSession` request. So in the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)), the encryption request headers must match the default encryption configuration of the directory bucket.
    ///
    /// - **S3 access points for Amazon FSx ** - When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`. All Amazon FSx file systems have encryption configured by default and are encrypted at rest. Data is automatically encrypted before being written to the file system, and automatically decrypted as it is read. These processes are handled transparently by Amazon FSx.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// - Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
    ///
    /// - Amazon S3 on Outposts only uses the OUTPOSTS Storage Class.
    pub storage_class: Option<StorageClass>,
    /// If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. For information about object metadata, see [Object Key and Metadata](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingMetadata.html) in the *Amazon S3 User Guide*.
    ///
    /// In the following example, the request header sets the redirect to an object (anotherPage.html) in the same bucket:
    ///
    /// `x-amz-website-redirect-location: /anotherPage.html`
    ///
    /// In the following example, the request header sets the object redirect to another website:
    ///
    /// `x-amz-website-redirect-location: http://www.example.com/`
    ///
    /// For more information about website hosting in Amazon S3, see [Hosting Websites on Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html) and [How to Configure Website Page Redirects](https://docs.aws.amazon.com/AmazonS3/latest/dev/how-to-page-redirect.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID.
    ///
    /// **General purpose buckets** - If you specify `x-amz-server-side-encryption` with `aws:kms` or `aws:kms:dsse`, this header specifies the ID (Key ID, Key ARN, or Key Alias) of the KMS key to use. If you specify `x-amz-server-side-encryption:aws:kms` or `x-amz-server-side-encryption:aws:kms:dsse`, but do not provide `x-amz-server-side-encryption-aws-kms-key-id`, Amazon S3 uses the Amazon Web Services managed key (`aws/s3`) to protect the data.
    ///
    /// **Directory buckets** - To encrypt data using SSE-KMS, it's recommended to specify the `x-amz-server-side-encryption` header to `aws:kms`. Then, the `x-amz-server-side-encryption-aws-kms-key-id` header implicitly uses the bucket's default KMS customer managed key ID. If you want to explicitly set the ` x-amz-server-side-encryption-aws-kms-key-id` header, it must match the bucket's default customer managed key (using key ID or ARN, not alias). Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Incorrect key specification results in an HTTP `400 Bad Request` error.
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject` operations on this object.
    ///
    /// **General purpose buckets** - This value must be explicitly added during `CopyObject` operations if you want an additional encryption context for your object. For more information, see [Encryption context](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#encryption-context) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - You can optionally provide an explicit encryption context value. The value must match the default encryption context - the bucket Amazon Resource Name (ARN). An additional encryption context value is not supported.
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    ///
    /// **General purpose buckets** - Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. Also, specifying this header with a PUT action doesn't affect bucket-level settings for S3 Bucket Key.
    ///
    /// **Directory buckets** - S3 Bucket Keys are always enabled for `GET` and `PUT` operations in a directory bucket and can’t be disabled. S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html), [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html), [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), or [the import jobs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: Option<bool>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object. The tag-set must be encoded as URL Query parameters. (For example, "Key1=Value1")
    ///
    /// This functionality is not supported for directory buckets.
    pub tagging: Option<String>,
    /// The Object Lock mode that you want to apply to this object.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when you want this object's Object Lock to expire. Must be formatted as a timestamp parameter.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// Specifies whether a legal hold will be applied to this object. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// Specifies the event hold status to apply to this object. Set to `ON` to enable or `OFF` to disable.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// Specifies the event hold duration in days to apply to this object. You cannot specify a duration in both days and years.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// Specifies the event hold duration in years to apply to this object. You cannot specify a duration in both days and years.
    ///
    /// This functionality is not supported for directory buckets.
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutObjectInput, PUT_OBJECT_INPUT, [acl, body, bucket, cache_control,
    content_disposition, content_encoding, content_language, content_length, content_md5,
    content_type, checksum_algorithm, checksum_crc32, checksum_crc32c,
    checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5,
    checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, expires, if_match,
    if_none_match, grant_full_control, grant_read, grant_read_acp, grant_write_acp, key,
    write_offset_bytes, metadata, server_side_encryption, storage_class,
    website_redirect_location, sse_customer_algorithm, sse_customer_key,
    sse_customer_key_md5, ssekms_key_id, ssekms_encryption_context, bucket_key_enabled,
    request_payer, tagging, object_lock_mode, object_lock_retain_until_date,
    object_lock_legal_hold_status, object_lock_event_hold,
    object_lock_event_hold_duration_days, object_lock_event_hold_duration_years,
    expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectRetentionOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectRetentionOutput, PUT_OBJECT_RETENTION_OUTPUT, [request_charged], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectRetentionInput {
    /// The bucket name that contains the object you want to apply this Object Retention configuration to.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key name for the object that you want to apply this Object Retention configuration to.
    pub key: String,
    /// The container element for the Object Retention configuration.
    pub retention: Option<ObjectLockRetention>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The version ID for the object that you want to apply this Object Retention configuration to.
    pub version_id: Option<String>,
    /// Indicates whether this action should bypass Governance-mode restrictions.
    pub bypass_governance_retention: Option<bool>,
    /// The MD5 hash for the request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutObjectRetentionInput, PUT_OBJECT_RETENTION_INPUT, [bucket, key, retention,
    request_payer, version_id, bypass_governance_retention, content_md5,
    checksum_algorithm, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectTaggingOutput {
    /// The versionId of the object the tag-set was added to.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutObjectTaggingOutput, PUT_OBJECT_TAGGING_OUTPUT, [version_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutObjectTaggingInput {
    /// The bucket name containing the object.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Name of the object key.
    pub key: String,
    /// The versionId of the object that the tag-set will be added to.
    pub version_id: Option<String>,
    /// The MD5 hash for the request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the `TagSet` and `Tag` elements
    pub tagging: Tagging,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the tagging object request. Bucket owners need not specify this parameter in their requests.
    pub request_payer: Option<RequestPayer>,
}
rt::structure!(
    PutObjectTaggingInput, PUT_OBJECT_TAGGING_INPUT, [bucket, key, version_id,
    content_md5, checksum_algorithm, tagging, expected_bucket_owner, request_payer]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutPublicAccessBlockInput {
    /// The name of the Amazon S3 bucket whose `PublicAccessBlock` configuration you want to set.
    pub bucket: String,
    /// The MD5 hash of the `PutPublicAccessBlock` request body.
    ///
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The `PublicAccessBlock` configuration that you want to apply to this Amazon S3 bucket. You can enable the configuration options in any combination. For more information about when Amazon S3 considers a bucket or object public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
    pub public_access_block_configuration: PublicAccessBlockConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    PutPublicAccessBlockInput, PUT_PUBLIC_ACCESS_BLOCK_INPUT, [bucket, content_md5,
    checksum_algorithm, public_access_block_configuration, expected_bucket_owner]
);
/// Specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
#[derive(Clone, Default, PartialEq)]
pub struct QueueConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message when it detects events of the specified type.
    pub queue_arn: String,
    /// A collection of bucket events for which to send notifications
    pub events: Vec<Event>,
    /// Specifies object key name filtering rules. For information about key name filtering, see [Configuring event notifications using object key name filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html) in the *Amazon S3 User Guide*.
    pub filter: Option<NotificationConfigurationFilter>,
}
rt::structure!(QueueConfiguration, QUEUE_CONFIGURATION, [id, queue_arn, events, filter]);
/// This data type is deprecated. Use [QueueConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_QueueConfiguration.html) for the same purposes. This data type specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
#[derive(Clone, Default, PartialEq)]
pub struct QueueConfigurationDeprecated {
    /// An optional unique identifier for configurations in a notification configuration. If you don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The bucket event for which to send notifications.
    pub event: Option<Event>,
    /// A collection of bucket events for which to send notifications.
    pub events: Option<Vec<Event>>,
    /// The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message when it detects events of the specified type.
    pub queue: Option<String>,
}
rt::structure!(
    QueueConfigurationDeprecated, QUEUE_CONFIGURATION_DEPRECATED, [id, event, events,
    queue]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteFields {
    /// `ALWAYS`
    Always,
    /// `ASNEEDED`
    Asneeded,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(QuoteFields, { Always => "ALWAYS", Asneeded => "ASNEEDED" });
/// The journal table record expiration settings for a journal table in an S3 Metadata configuration.
#[derive(Clone, Default, PartialEq)]
pub struct RecordExpiration {
    /// Specifies whether journal table record expiration is enabled or disabled.
    pub expiration: ExpirationState,
    /// If you enable journal table record expiration, you can set the number of days to retain your journal table records. Journal table records must be retained for a minimum of 7 days. To set this value, specify any whole number from `7` to `2147483647`. For example, to retain your journal table records for one year, set this value to `365`.
    pub days: Option<i32>,
}
rt::structure!(RecordExpiration, RECORD_EXPIRATION, [expiration, days]);
/// The container for the records event.
#[derive(Clone, Default, PartialEq)]
pub struct RecordsEvent {
    /// The byte array of partial, one or more result records. S3 Select doesn't guarantee that a record will be self-contained in one record frame. To ensure continuous streaming of data, S3 Select might split the same record across multiple record frames instead of aggregating the results in memory. Some S3 clients (for example, the SDK for Java) handle this behavior by creating a `ByteStream` out of the response by default. Other clients might not handle this behavior by default. In those cases, you must aggregate the results on the client side and parse the response.
    pub payload: Option<Vec<u8>>,
}
rt::structure!(RecordsEvent, RECORDS_EVENT, [payload]);
/// Specifies how requests are redirected. In the event of an error, you can specify a different error code to return.
#[derive(Clone, Default, PartialEq)]
pub struct Redirect {
    /// The host name to use in the redirect request.
    pub host_name: Option<String>,
    /// The HTTP redirect code to use on the response. Not required if one of the siblings is present.
    pub http_redirect_code: Option<String>,
    /// Protocol to use when redirecting requests. The default is the protocol that is used in the original request.
    pub protocol: Option<Protocol>,
    /// The object key prefix to use in the redirect request. For example, to redirect requests for all pages with prefix `docs/` (objects in the `docs/` folder) to `documents/`, you can set a condition block with `KeyPrefixEquals` set to `docs/` and in the Redirect set `ReplaceKeyPrefixWith` to `/documents`. Not required if one of the siblings is present. Can be present only if `ReplaceKeyWith` is not provided.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub replace_key_prefix_with: Option<String>,
    /// The specific object key to use in the redirect request. For example, redirect request to `error.html`. Not required if one of the siblings is present. Can be present only if `ReplaceKeyPrefixWith` is not provided.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub replace_key_with: Option<String>,
}
rt::structure!(
    Redirect, REDIRECT, [host_name, http_redirect_code, protocol,
    replace_key_prefix_with, replace_key_with]
);
/// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct RedirectAllRequestsTo {
    /// Name of the host where requests are redirected.
    pub host_name: String,
    /// Protocol to use when redirecting requests. The default is the protocol that is used in the original request.
    pub protocol: Option<Protocol>,
}
rt::structure!(RedirectAllRequestsTo, REDIRECT_ALL_REQUESTS_TO, [host_name, protocol]);
#[derive(Clone, Default, PartialEq)]
pub struct RenameObjectOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(RenameObjectOutput, RENAME_OBJECT_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct RenameObjectInput {
    /// The bucket name of the directory bucket containing the object.
    ///
    /// You must use virtual-hosted-style requests in the format `Bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Availability Zone. Bucket names must follow the format `bucket-base-name--zone-id--x-s3 ` (for example, `amzn-s3-demo-bucket--usw2-az1--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Key name of the object to rename.
    pub key: String,
    /// Specifies the source for the rename operation. The value must be URL encoded.
    pub rename_source: String,
    /// Renames the object only if the ETag (entity tag) value provided during the operation matches the ETag of the object in S3. The `If-Match` header field makes the request method conditional on ETags. If the ETag values do not match, the operation returns a `412 Precondition Failed` error.
    ///
    /// Expects the ETag value as a string.
    pub destination_if_match: Option<String>,
    /// Renames the object only if the destination does not already exist in the specified directory bucket. If the object does exist when you send a request with `If-None-Match:\*`, the S3 API will return a `412 Precondition Failed` error, preventing an overwrite. The `If-None-Match` header prevents overwrites of existing data by validating that there's not an object with the same key name already in your directory bucket.
    ///
    /// Expects the `\*` character (asterisk).
    pub destination_if_none_match: Option<String>,
    /// Renames the object if the destination exists and if it has been modified since the specified time.
    pub destination_if_modified_since: Option<rt::DateTime>,
    /// Renames the object if it hasn't been modified since the specified time.
    pub destination_if_unmodified_since: Option<rt::DateTime>,
    /// Renames the object if the source exists and if its entity tag (ETag) matches the specified ETag.
    pub source_if_match: Option<String>,
    /// Renames the object if the source exists and if its entity tag (ETag) is different than the specified ETag. If an asterisk (`\*`) character is provided, the operation will fail and return a `412 Precondition Failed` error.
    pub source_if_none_match: Option<String>,
    /// Renames the object if the source exists and if it has been modified since the specified time.
    pub source_if_modified_since: Option<rt::DateTime>,
    /// Renames the object if the source exists and hasn't been modified since the specified time.
    pub source_if_unmodified_since: Option<rt::DateTime>,
    /// A unique string with a max of 64 ASCII characters in the ASCII range of 33 - 126.
    ///
    /// `RenameObject` supports idempotency using a client token. To make an idempotent API request using `RenameObject`, specify a client token in the request. You should not reuse the same client token for other API requests. If you retry a request that completed successfully using the same client token and the same parameters, the retry succeeds without performing any further actions. If you retry a successful request using the same client token, but one or more of the parameters are different, the retry fails and an `IdempotentParameterMismatch` error is returned.
    pub client_token: Option<String>,
}
rt::structure!(
    RenameObjectInput, RENAME_OBJECT_INPUT, [bucket, key, rename_source,
    destination_if_match, destination_if_none_match, destination_if_modified_since,
    destination_if_unmodified_since, source_if_match, source_if_none_match,
    source_if_modified_since, source_if_unmodified_since, client_token]
);
/// A filter that you can specify for selection for modifications on replicas. Amazon S3 doesn't replicate replica modifications by default. In the latest version of replication configuration (when `Filter` is specified), you can specify this element and set the status to `Enabled` to replicate modifications on replicas.
///
/// If you don't specify the `Filter` element, Amazon S3 assumes that the replication configuration is the earlier version, V1. In the earlier version, this element is not allowed.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaModifications {
    /// Specifies whether Amazon S3 replicates modifications on replicas.
    pub status: ReplicaModificationsStatus,
}
rt::structure!(ReplicaModifications, REPLICA_MODIFICATIONS, [status]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicaModificationsStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicaModificationsStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
/// A container for replication rules. You can add up to 1,000 rules. The maximum size of a replication configuration is 2 MB.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationConfiguration {
    /// The Amazon Resource Name (ARN) of the Identity and Access Management (IAM) role that Amazon S3 assumes when replicating objects. For more information, see [How to Set Up Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-how-setup.html) in the *Amazon S3 User Guide*.
    pub role: String,
    /// A container for one or more replication rules. A replication configuration must have at least one rule and can contain a maximum of 1,000 rules.
    pub rules: Vec<ReplicationRule>,
}
rt::structure!(ReplicationConfiguration, REPLICATION_CONFIGURATION, [role, rules]);
/// Specifies which Amazon S3 objects to replicate and where to store the replicas.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationRule {
    /// A unique identifier for the rule. The maximum value is 255 characters.
    pub id: Option<String>,
    /// The priority indicates which rule has precedence whenever two or more replication rules conflict. Amazon S3 will attempt to replicate objects according to all replication rules. However, if there are two or more rules with the same destination bucket, then objects will be replicated according to the rule with the highest priority. The higher the number, the higher the priority.
    ///
    /// For more information, see [Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication.html) in the *Amazon S3 User Guide*.
    pub priority: Option<i32>,
    /// An object key name prefix that identifies the object or objects to which the rule applies. The maximum prefix length is 1,024 characters. To include all objects in a bucket, specify an empty string.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub prefix: Option<String>,
    /// A filter that identifies the subset of objects to which the replication rule applies. A `Filter` must specify exactly one `Prefix`, `Tag`, or an `And` child element.
    pub filter: Option<ReplicationRuleFilter>,
    /// Specifies whether the rule is enabled.
    pub status: ReplicationRuleStatus,
    /// A container that describes additional filters for identifying the source objects that you want to replicate. You can choose to enable or disable the replication of these objects. Currently, Amazon S3 supports only the filter that you can specify for objects created with server-side encryption using a customer managed key stored in Amazon Web Services Key Management Service (SSE-KMS).
    pub source_selection_criteria: Option<SourceSelectionCriteria>,
    /// Optional configuration to replicate existing source bucket objects.
    ///
    /// This parameter is no longer supported. To replicate existing objects, see [Replicating existing objects with S3 Batch Replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-batch-replication-batch.html) in the *Amazon S3 User Guide*.
    pub existing_object_replication: Option<ExistingObjectReplication>,
    /// A container for information about the replication destination and its configurations including enabling the S3 Replication Time Control (S3 RTC).
    pub destination: Destination,
    /// Specifies whether Amazon S3 replicates delete markers. If you specify a `Filter` in your replication configuration, you must also include a `DeleteMarkerReplication` element. If your `Filter` includes a `Tag` element, the `DeleteMarkerReplication` `Status` must be set to Disabled, because Amazon S3 does not support replicating delete markers for tag-based rules. For an example configuration, see [Basic Rule Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config).
    ///
    /// For more information about delete marker replication, see [Basic Rule Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/delete-marker-replication.html).
    ///
    /// If you are using an earlier version of the replication configuration, Amazon S3 handles replication of delete markers differently. For more information, see [Backward Compatibility](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-backward-compat-considerations).
    pub delete_marker_replication: Option<DeleteMarkerReplication>,
}
rt::structure!(
    ReplicationRule, REPLICATION_RULE, [id, priority, prefix, filter, status,
    source_selection_criteria, existing_object_replication, destination,
    delete_marker_replication]
);
/// A container for specifying rule filters. The filters determine the subset of objects to which the rule applies. This element is required only if you specify more than one filter.
///
/// For example:
///
/// - If you specify both a `Prefix` and a `Tag` filter, wrap these filters in an `And` tag.
///
/// - If you specify a filter based on multiple tags, wrap the `Tag` elements in an `And` tag.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationRuleAndOperator {
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub prefix: Option<String>,
    /// An array of tags containing key and value pairs.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    ReplicationRuleAndOperator, REPLICATION_RULE_AND_OPERATOR, [prefix, tags]
);
/// A filter that identifies the subset of objects to which the replication rule applies. A `Filter` must specify exactly one `Prefix`, `Tag`, or an `And` child element.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationRuleFilter {
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub prefix: Option<String>,
    /// A container for specifying a tag key and value.
    ///
    /// The rule applies only to objects that have the tag in their tag set.
    pub tag: Option<Tag>,
    /// A container for specifying rule filters. The filters determine the subset of objects to which the rule applies. This element is required only if you specify more than one filter. For example:
    ///
    /// - If you specify both a `Prefix` and a `Tag` filter, wrap these filters in an `And` tag.
    ///
    /// - If you specify a filter based on multiple tags, wrap the `Tag` elements in an `And` tag.
    pub and: Option<ReplicationRuleAndOperator>,
}
rt::structure!(ReplicationRuleFilter, REPLICATION_RULE_FILTER, [prefix, tag, and]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationRuleStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicationRuleStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationStatus {
    /// `COMPLETE`
    Complete,
    /// `PENDING`
    Pending,
    /// `FAILED`
    Failed,
    /// `REPLICA`
    Replica,
    /// `COMPLETED`
    Completed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicationStatus, { Complete => "COMPLETE", Pending => "PENDING", Failed =>
    "FAILED", Replica => "REPLICA", Completed => "COMPLETED" }
);
/// A container specifying S3 Replication Time Control (S3 RTC) related information, including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated. Must be specified together with a `Metrics` block.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationTime {
    /// Specifies whether the replication time is enabled.
    pub status: ReplicationTimeStatus,
    /// A container specifying the time by which replication should be complete for all objects and operations on objects.
    pub time: ReplicationTimeValue,
}
rt::structure!(ReplicationTime, REPLICATION_TIME, [status, time]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationTimeStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicationTimeStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
/// A container specifying the time value for S3 Replication Time Control (S3 RTC) and replication metrics `EventThreshold`.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationTimeValue {
    /// Contains an integer specifying time in minutes.
    ///
    /// Valid value: 15
    pub minutes: Option<i32>,
}
rt::structure!(ReplicationTimeValue, REPLICATION_TIME_VALUE, [minutes]);
/// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
///
/// This functionality is not supported for directory buckets.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestCharged {
    /// `requester`
    Requester,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RequestCharged, { Requester => "requester" });
/// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
///
/// This functionality is not supported for directory buckets.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestPayer {
    /// `requester`
    Requester,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RequestPayer, { Requester => "requester" });
/// Container for Payer.
#[derive(Clone, Default, PartialEq)]
pub struct RequestPaymentConfiguration {
    /// Specifies who pays for the download and request fees.
    pub payer: Payer,
}
rt::structure!(RequestPaymentConfiguration, REQUEST_PAYMENT_CONFIGURATION, [payer]);
/// Container for specifying if periodic `QueryProgress` messages should be sent.
#[derive(Clone, Default, PartialEq)]
pub struct RequestProgress {
    /// Specifies whether periodic QueryProgress frames should be sent. Valid values: TRUE, FALSE. Default value: FALSE.
    pub enabled: Option<bool>,
}
rt::structure!(RequestProgress, REQUEST_PROGRESS, [enabled]);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreObjectOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Indicates the path in the provided S3 output location where Select results will be restored to.
    pub restore_output_path: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RestoreObjectOutput, RESTORE_OBJECT_OUTPUT, [request_charged, restore_output_path],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct RestoreObjectInput {
    /// The bucket name containing the object to restore.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Object key for which the action was initiated.
    pub key: String,
    /// VersionId used to reference a specific version of the object.
    pub version_id: Option<String>,
    /// Container for restore job parameters.
    pub restore_request: Option<RestoreRequest>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    RestoreObjectInput, RESTORE_OBJECT_INPUT, [bucket, key, version_id, restore_request,
    request_payer, checksum_algorithm, expected_bucket_owner]
);
/// Container for restore job parameters.
#[derive(Clone, Default, PartialEq)]
pub struct RestoreRequest {
    /// Lifetime of the active copy in days. Do not use with restores that specify `OutputLocation`.
    ///
    /// The Days element is required for regular restores, and must not be provided for select requests.
    pub days: Option<i32>,
    /// S3 Glacier related parameters pertaining to this job. Do not use with restores that specify `OutputLocation`.
    pub glacier_job_parameters: Option<GlacierJobParameters>,
    /// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select can continue to use the feature as usual. [Learn more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
    ///
    /// Type of restore request.
    pub r#type: Option<RestoreRequestType>,
    /// Retrieval tier at which the restore will be processed.
    pub tier: Option<Tier>,
    /// The optional description for the job.
    pub description: Option<String>,
    /// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select can continue to use the feature as usual. [Learn more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
    ///
    /// Describes the parameters for Select job types.
    pub select_parameters: Option<SelectParameters>,
    /// Describes the location where the restore job's output is stored.
    pub output_location: Option<OutputLocation>,
}
rt::structure!(
    RestoreRequest, RESTORE_REQUEST, [days, glacier_job_parameters, r#type, tier,
    description, select_parameters, output_location]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestoreRequestType {
    /// `SELECT`
    Select,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RestoreRequestType, { Select => "SELECT" });
/// Specifies the restoration status of an object. Objects in certain storage classes must be restored before they can be retrieved. For more information about these storage classes and how to work with archived objects, see [ Working with archived objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the *Amazon S3 User Guide*.
///
/// This functionality is not supported for directory buckets. Directory buckets only support `EXPRESS\_ONEZONE` (the S3 Express One Zone storage class) in Availability Zones and `ONEZONE\_IA` (the S3 One Zone-Infrequent Access storage class) in Dedicated Local Zones.
#[derive(Clone, Default, PartialEq)]
pub struct RestoreStatus {
    /// Specifies whether the object is currently being restored. If the object restoration is in progress, the header returns the value `TRUE`. For example:
    ///
    /// `x-amz-optional-object-attributes: IsRestoreInProgress="true"`
    ///
    /// If the object restoration has completed, the header returns the value `FALSE`. For example:
    ///
    /// `x-amz-optional-object-attributes: IsRestoreInProgress="false", RestoreExpiryDate="2012-12-21T00:00:00.000Z"`
    ///
    /// If the object hasn't been restored, there is no header response.
    pub is_restore_in_progress: Option<bool>,
    /// Indicates when the restored copy will expire. This value is populated only if the object has already been restored. For example:
    ///
    /// `x-amz-optional-object-attributes: IsRestoreInProgress="false", RestoreExpiryDate="2012-12-21T00:00:00.000Z"`
    pub restore_expiry_date: Option<rt::DateTime>,
}
rt::structure!(
    RestoreStatus, RESTORE_STATUS, [is_restore_in_progress, restore_expiry_date]
);
/// Specifies the redirect behavior and when a redirect is applied. For more information about routing rules, see [Configuring advanced conditional redirects](https://docs.aws.amazon.com/AmazonS3/latest/dev/how-to-page-redirect.html#advanced-conditional-redirects) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct RoutingRule {
    /// A container for describing a condition that must be met for the specified redirect to apply. For example, 1. If request is for pages in the `/docs` folder, redirect to the `/documents` folder. 2. If request results in HTTP error 4xx, redirect request to another host where you might process the error.
    pub condition: Option<Condition>,
    /// Container for redirect information. You can redirect requests to another host, to another page, or with another protocol. In the event of an error, you can specify a different error code to return.
    pub redirect: Redirect,
}
rt::structure!(RoutingRule, ROUTING_RULE, [condition, redirect]);
/// Specifies lifecycle rules for an Amazon S3 bucket. For more information, see [Put Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlifecycle.html) in the *Amazon S3 API Reference*. For examples, see [Put Bucket Lifecycle Configuration Examples](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html#API_PutBucketLifecycleConfiguration_Examples).
#[derive(Clone, Default, PartialEq)]
pub struct Rule {
    /// Specifies the expiration for the lifecycle of the object.
    pub expiration: Option<LifecycleExpiration>,
    /// Unique identifier for the rule. The value can't be longer than 255 characters.
    pub id: Option<String>,
    /// Object key prefix that identifies one or more objects to which this rule applies.
    ///
    /// Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see [ XML related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints).
    pub prefix: String,
    /// If `Enabled`, the rule is currently being applied. If `Disabled`, the rule is not currently being applied.
    pub status: ExpirationStatus,
    /// Specifies when an object transitions to a specified storage class. For more information about Amazon S3 lifecycle configuration rules, see [Transitioning Objects Using Amazon S3 Lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html) in the *Amazon S3 User Guide*.
    pub transition: Option<Transition>,
    /// Container for the transition rule that describes when noncurrent objects transition to the `STANDARD\_IA`, `ONEZONE\_IA`, `INTELLIGENT\_TIERING`, `GLACIER\_IR`, `GLACIER`, or `DEEP\_ARCHIVE` storage class. If your bucket is versioning-enabled (or versioning is suspended), you can set this action to request that Amazon S3 transition noncurrent object versions to the `STANDARD\_IA`, `ONEZONE\_IA`, `INTELLIGENT\_TIERING`, `GLACIER\_IR`, `GLACIER`, or `DEEP\_ARCHIVE` storage class at a specific period in the object's lifetime.
    pub noncurrent_version_transition: Option<NoncurrentVersionTransition>,
    /// Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to request that Amazon S3 delete noncurrent object versions at a specific period in the object's lifetime.
    ///
    /// This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*.
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}
rt::structure!(
    Rule, RULE, [expiration, id, prefix, status, transition,
    noncurrent_version_transition, noncurrent_version_expiration,
    abort_incomplete_multipart_upload]
);
/// A container for object key name prefix and suffix filtering rules.
#[derive(Clone, Default, PartialEq)]
pub struct S3KeyFilter {
    /// A list of containers for the key-value pair that defines the criteria for the filter rule.
    pub filter_rules: Option<Vec<FilterRule>>,
}
rt::structure!(S3KeyFilter, S3_KEY_FILTER, [filter_rules]);
/// Describes an Amazon S3 location that will receive the results of the restore request.
#[derive(Clone, Default, PartialEq)]
pub struct S3Location {
    /// The name of the bucket where the restore results will be placed.
    pub bucket_name: String,
    /// The prefix that is prepended to the restore results for this request.
    pub prefix: String,
    /// Contains the type of server-side encryption used.
    pub encryption: Option<Encryption>,
    /// The canned ACL to apply to the restore results.
    pub canned_acl: Option<ObjectCannedAcl>,
    /// A list of grants that control access to the staged results.
    pub access_control_list: Option<Vec<Grant>>,
    /// The tag-set that is applied to the restore results.
    pub tagging: Option<Tagging>,
    /// A list of metadata to store with the restore results in S3.
    pub user_metadata: Option<Vec<MetadataEntry>>,
    /// The class of storage used to store the restore results.
    pub storage_class: Option<StorageClass>,
}
rt::structure!(
    S3Location, S3_LOCATION, [bucket_name, prefix, encryption, canned_acl,
    access_control_list, tagging, user_metadata, storage_class]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3TablesBucketType {
    /// `aws`
    Aws,
    /// `customer`
    Customer,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3TablesBucketType, { Aws => "aws", Customer => "customer" });
/// The destination information for a V1 S3 Metadata configuration. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
///
/// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesDestination {
    /// The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in the metadata table configuration. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket.
    pub table_bucket_arn: String,
    /// The name for the metadata table in your metadata table configuration. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
    pub table_name: String,
}
rt::structure!(
    S3TablesDestination, S3_TABLES_DESTINATION, [table_bucket_arn, table_name]
);
/// The destination information for a V1 S3 Metadata configuration. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
///
/// If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html) so that you can expire journal table records and create a live inventory table.
#[derive(Clone, Default, PartialEq)]
pub struct S3TablesDestinationResult {
    /// The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in the metadata table configuration. The destination table bucket must be in the same Region and Amazon Web Services account as the general purpose bucket.
    pub table_bucket_arn: String,
    /// The name for the metadata table in your metadata table configuration. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration. The specified metadata table name must be unique within the `aws\_s3\_metadata` namespace in the destination table bucket.
    pub table_arn: String,
    /// The table bucket namespace for the metadata table in your metadata table configuration. This value is always `aws\_s3\_metadata`.
    pub table_namespace: String,
}
rt::structure!(
    S3TablesDestinationResult, S3_TABLES_DESTINATION_RESULT, [table_bucket_arn,
    table_name, table_arn, table_namespace]
);
/// Specifies the use of SSE-KMS to encrypt delivered inventory reports.
#[derive(Clone, Default, PartialEq)]
pub struct Ssekms {
    /// Specifies the ID of the Key Management Service (KMS) symmetric encryption customer managed key to use for encrypting inventory reports.
    pub key_id: String,
}
rt::structure!(Ssekms, SSEKMS, [key_id]);
/// If `SSEKMS` is specified for `ObjectEncryption`, this data type specifies the Amazon Web Services KMS key Amazon Resource Name (ARN) to use and whether to use an S3 Bucket Key for server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
#[derive(Clone, Default, PartialEq)]
pub struct SsekmsEncryption {
    /// Specifies the Amazon Web Services KMS key Amazon Resource Name (ARN) to use for the updated server-side encryption type. Required if `ObjectEncryption` specifies `SSEKMS`.
    ///
    /// You must specify the full Amazon Web Services KMS key ARN. The KMS key ID and KMS key alias aren't supported.
    ///
    /// Pattern: (`arn:aws\[-a-z0-9\]\*:kms:\[-a-z0-9\]\*:\[0-9\]{12}:key/.+`)
    pub kms_key_arn: String,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If this value isn't specified, it defaults to `false`. Setting this value to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS. For more information, see [ Using Amazon S3 Bucket Keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html) in the *Amazon S3 User Guide*.
    ///
    /// Valid Values: `true` \| `false`
    pub bucket_key_enabled: Option<bool>,
}
rt::structure!(SsekmsEncryption, SSEKMS_ENCRYPTION, [kms_key_arn, bucket_key_enabled]);
/// Specifies the use of SSE-S3 to encrypt delivered inventory reports.
#[derive(Clone, Default, PartialEq)]
pub struct Sses3 {}
rt::structure!(Sses3, SSES3, []);
/// Specifies the byte range of the object to get the records from. A record is processed when its first byte is contained by the range. This parameter is optional, but when specified, it must not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of the range.
#[derive(Clone, Default, PartialEq)]
pub struct ScanRange {
    /// Specifies the start of the byte range. This parameter is optional. Valid values: non-negative integers. The default value is 0. If only `start` is supplied, it means scan from that point to the end of the file. For example, `\<scanrange\>\<start\>50\</start\>\</scanrange\>` means scan from byte 50 until the end of the file.
    pub start: Option<i64>,
    /// Specifies the end of the byte range. This parameter is optional. Valid values: non-negative integers. The default value is one less than the size of the object being queried. If only the End parameter is supplied, it is interpreted to mean scan the last N bytes of the file. For example, `\<scanrange\>\<end\>50\</end\>\</scanrange\>` means scan the last 50 bytes.
    pub end: Option<i64>,
}
rt::structure!(ScanRange, SCAN_RANGE, [start, end]);
/// The container for selecting objects from a content event stream.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SelectObjectContentEventStream {
    /// The Records Event.
    Records(RecordsEvent),
    /// The Stats Event.
    Stats(StatsEvent),
    /// The Progress Event.
    Progress(ProgressEvent),
    /// The Continuation Event.
    Cont(ContinuationEvent),
    /// The End Event.
    End(EndEvent),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    SelectObjectContentEventStream, SELECT_OBJECT_CONTENT_EVENT_STREAM, [Records, Stats,
    Progress, Cont, End]
);
#[derive(Default)]
pub struct SelectObjectContentOutput {
    /// The array of results.
    pub payload: rt::EventStream<SelectObjectContentEventStream>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SelectObjectContentOutput, SELECT_OBJECT_CONTENT_OUTPUT, [payload], meta =
    response_metadata
);
/// Learn Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select can continue to use the feature as usual. [Learn more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
///
/// Request to filter the contents of an Amazon S3 object based on a simple Structured Query Language (SQL) statement. In the request, along with the SQL expression, you must specify a data serialization format (JSON or CSV) of the object. Amazon S3 uses this to parse object data into records. It returns only records that match the specified SQL expression. You must also specify the data serialization format for the response. For more information, see [S3Select API Documentation](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectSELECTContent.html).
#[derive(Clone, Default, PartialEq)]
pub struct SelectObjectContentInput {
    /// The S3 bucket.
    pub bucket: String,
    /// The object key.
    pub key: String,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only when the object was created using a checksum algorithm. For more information, see [Protecting data using SSE-C keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    pub sse_customer_key_md5: Option<String>,
    /// The expression that is used to query the object.
    pub expression: String,
    /// The type of the provided expression (for example, SQL).
    pub expression_type: ExpressionType,
    /// Specifies if periodic request progress information should be enabled.
    pub request_progress: Option<RequestProgress>,
    /// Describes the format of the data in the object that is being queried.
    pub input_serialization: InputSerialization,
    /// Describes the format of the data that you want Amazon S3 to return in response.
    pub output_serialization: OutputSerialization,
    /// Specifies the byte range of the object to get the records from. A record is processed when its first byte is contained by the range. This parameter is optional, but when specified, it must not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of the range.
    ///
    /// `ScanRange`may be used in the following ways:
    ///
    /// - `\<scanrange\>\<start\>50\</start\>\<end\>100\</end\>\</scanrange\>` - process only the records starting between the bytes 50 and 100 (inclusive, counting from zero)
    ///
    /// - `\<scanrange\>\<start\>50\</start\>\</scanrange\>` - process only the records starting after the byte 50
    ///
    /// - `\<scanrange\>\<end\>50\</end\>\</scanrange\>` - process only the records within the last 50 bytes of the file.
    pub scan_range: Option<ScanRange>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    SelectObjectContentInput, SELECT_OBJECT_CONTENT_INPUT, [bucket, key,
    sse_customer_algorithm, sse_customer_key, sse_customer_key_md5, expression,
    expression_type, request_progress, input_serialization, output_serialization,
    scan_range, expected_bucket_owner]
);
/// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select can continue to use the feature as usual. [Learn more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
///
/// Describes the parameters for Select job types.
///
/// Learn [How to optimize querying your data in Amazon S3](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/) using [Amazon Athena](https://docs.aws.amazon.com/athena/latest/ug/what-is.html), [S3 Object Lambda](https://docs.aws.amazon.com/AmazonS3/latest/userguide/transforming-objects.html), or client-side filtering.
#[derive(Clone, Default, PartialEq)]
pub struct SelectParameters {
    /// Describes the serialization format of the object.
    pub input_serialization: InputSerialization,
    /// The type of the provided expression (for example, SQL).
    pub expression_type: ExpressionType,
    /// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select can continue to use the feature as usual. [Learn more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
    ///
    /// The expression that is used to query the object.
    pub expression: String,
    /// Describes how the results of the Select job are serialized.
    pub output_serialization: OutputSerialization,
}
rt::structure!(
    SelectParameters, SELECT_PARAMETERS, [input_serialization, expression_type,
    expression, output_serialization]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServerSideEncryption {
    /// `AES256`
    Aes256,
    /// `aws:fsx`
    AwsFsx,
    /// `aws:backup`
    AwsBackup,
    /// `aws:kms`
    AwsKms,
    /// `aws:kms:dsse`
    AwsKmsDsse,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ServerSideEncryption, { Aes256 => "AES256", AwsFsx => "aws:fsx", AwsBackup =>
    "aws:backup", AwsKms => "aws:kms", AwsKmsDsse => "aws:kms:dsse" }
);
/// Describes the default server-side encryption to apply to new objects in the bucket. If a PUT Object request doesn't specify any server-side encryption, this default encryption will be applied. For more information, see [PutBucketEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTencryption.html).
///
/// - **General purpose buckets** - If you don't specify a customer managed key at configuration, Amazon S3 automatically creates an Amazon Web Services KMS key (`aws/s3`) in your Amazon Web Services account the first time that you add an object encrypted with SSE-KMS to a bucket. By default, Amazon S3 uses this KMS key for SSE-KMS.
///
/// - **Directory buckets** - Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket's lifetime. The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported.
///
/// - **Directory buckets** - For directory buckets, there are only two supported options for server-side encryption: SSE-S3 and SSE-KMS.
#[derive(Clone, Default, PartialEq)]
pub struct ServerSideEncryptionByDefault {
    /// Server-side encryption algorithm to use for the default encryption.
    ///
    /// For directory buckets, there are only two supported values for server-side encryption: `AES256` and `aws:kms`.
    pub sse_algorithm: ServerSideEncryption,
    /// Amazon Web Services Key Management Service (KMS) customer managed key ID to use for the default encryption.
    ///
    /// - **General purpose buckets** - This parameter is allowed if and only if `SSEAlgorithm` is set to `aws:kms` or `aws:kms:dsse`.
    ///
    /// - **Directory buckets** - This parameter is allowed if and only if `SSEAlgorithm` is set to `aws:kms`.
    ///
    /// You can specify the key ID, key alias, or the Amazon Resource Name (ARN) of the KMS key.
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key Alias: `alias/alias-name`
    ///
    /// If you are using encryption with cross-account or Amazon Web Services service operations, you must use a fully qualified KMS key ARN. For more information, see [Using encryption for cross-account operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-encryption.html#bucket-encryption-update-bucket-policy).
    ///
    /// - **General purpose buckets** - If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then KMS resolves the key within the requester’s account. This behavior can result in data that's encrypted with a KMS key that belongs to the requester, and not the bucket owner. Also, if you use a key ID, you can run into a LogDestination undeliverable error when creating a VPC flow log.
    ///
    /// - **Directory buckets** - When you specify an [KMS customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) for encryption in your directory bucket, only use the key ID or key ARN. The key alias format of the KMS key isn't supported.
    ///
    /// Amazon S3 only supports symmetric encryption KMS keys. For more information, see [Asymmetric keys in Amazon Web Services KMS](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Amazon Web Services Key Management Service Developer Guide*.
    pub kms_master_key_id: Option<String>,
}
rt::structure!(
    ServerSideEncryptionByDefault, SERVER_SIDE_ENCRYPTION_BY_DEFAULT, [sse_algorithm,
    kms_master_key_id]
);
/// Specifies the default server-side-encryption configuration.
#[derive(Clone, Default, PartialEq)]
pub struct ServerSideEncryptionConfiguration {
    /// Container for information about a particular server-side encryption configuration rule.
    pub rules: Vec<ServerSideEncryptionRule>,
}
rt::structure!(
    ServerSideEncryptionConfiguration, SERVER_SIDE_ENCRYPTION_CONFIGURATION, [rules]
);
/// Specifies the default server-side encryption configuration.
///
/// - **General purpose buckets** - If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then KMS resolves the key within the requester’s account. This behavior can result in data that's encrypted with a KMS key that belongs to the requester, and not the bucket owner.
///
/// - **Directory buckets** - When you specify an [KMS customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) for encryption in your directory bucket, only use the key ID or key ARN. The key alias format of the KMS key isn't supported.
#[derive(Clone, Default, PartialEq)]
pub struct ServerSideEncryptionRule {
    /// Specifies the default server-side encryption to apply to new objects in the bucket. If a PUT Object request doesn't specify any server-side encryption, this default encryption will be applied.
    pub apply_server_side_encryption_by_default: Option<ServerSideEncryptionByDefault>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS (SSE-KMS) for new objects in the bucket. Existing objects are not affected. Setting the `BucketKeyEnabled` element to `true` causes Amazon S3 to use an S3 Bucket Key.
    ///
    /// - **General purpose buckets** - By default, S3 Bucket Key is not enabled. For more information, see [Amazon S3 Bucket Keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-key.html) in the *Amazon S3 User Guide*.
    ///
    /// - **Directory buckets** - S3 Bucket Keys are always enabled for `GET` and `PUT` operations in a directory bucket and can’t be disabled. S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html), [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html), [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), or [the import jobs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-import-job). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: Option<bool>,
    /// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type. For example, blocking an encryption type will block `PutObject`, `CopyObject`, `PostObject`, multipart upload, and replication requests to the bucket for objects with the specified encryption type. However, you can continue to read and list any pre-existing objects already encrypted with the specified encryption type. For more information, see [Blocking or unblocking SSE-C for a general purpose bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html).
    ///
    /// Currently, this parameter only supports blocking or unblocking server-side encryption with customer-provided keys (SSE-C). For more information about SSE-C, see [Using server-side encryption with customer-provided keys (SSE-C)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html).
    pub blocked_encryption_types: Option<BlockedEncryptionTypes>,
}
rt::structure!(
    ServerSideEncryptionRule, SERVER_SIDE_ENCRYPTION_RULE,
    [apply_server_side_encryption_by_default, bucket_key_enabled,
    blocked_encryption_types]
);
/// The established temporary security credentials of the session.
///
/// **Directory buckets** - These session credentials are only supported for the authentication and authorization of Zonal endpoint API operations on directory buckets.
#[derive(Clone, Default, PartialEq)]
pub struct SessionCredentials {
    /// A unique identifier that's associated with a secret access key. The access key ID and the secret access key are used together to sign programmatic Amazon Web Services requests cryptographically.
    pub access_key_id: String,
    /// A key that's used with the access key ID to cryptographically sign programmatic Amazon Web Services requests. Signing a request identifies the sender and prevents the request from being altered.
    pub secret_access_key: String,
    /// A part of the temporary security credentials. The session token is used to validate the temporary security credentials.
    pub session_token: String,
    /// Temporary security credentials expire after a specified interval. After temporary credentials expire, any calls that you make with those credentials will fail. So you must generate a new set of temporary credentials. Temporary credentials cannot be extended or refreshed beyond the original specified interval.
    pub expiration: rt::DateTime,
}
rt::structure!(
    SessionCredentials, SESSION_CREDENTIALS, [access_key_id, secret_access_key,
    session_token, expiration]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SessionMode {
    /// `ReadOnly`
    ReadOnly,
    /// `ReadWrite`
    ReadWrite,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SessionMode, { ReadOnly => "ReadOnly", ReadWrite => "ReadWrite" });
/// To use simple format for S3 keys for log objects, set SimplePrefix to an empty object.
///
/// `\[DestinationPrefix\]\[YYYY\]-\[MM\]-\[DD\]-\[hh\]-\[mm\]-\[ss\]-\[UniqueString\]`
#[derive(Clone, Default, PartialEq)]
pub struct SimplePrefix {}
rt::structure!(SimplePrefix, SIMPLE_PREFIX, []);
/// A container that describes additional filters for identifying the source objects that you want to replicate. You can choose to enable or disable the replication of these objects. Currently, Amazon S3 supports only the filter that you can specify for objects created with server-side encryption using a customer managed key stored in Amazon Web Services Key Management Service (SSE-KMS).
#[derive(Clone, Default, PartialEq)]
pub struct SourceSelectionCriteria {
    /// A container for filter information for the selection of Amazon S3 objects encrypted with Amazon Web Services KMS. If you include `SourceSelectionCriteria` in the replication configuration, this element is required.
    pub sse_kms_encrypted_objects: Option<SseKmsEncryptedObjects>,
    /// A filter that you can specify for selections for modifications on replicas. Amazon S3 doesn't replicate replica modifications by default. In the latest version of replication configuration (when `Filter` is specified), you can specify this element and set the status to `Enabled` to replicate modifications on replicas.
    ///
    /// If you don't specify the `Filter` element, Amazon S3 assumes that the replication configuration is the earlier version, V1. In the earlier version, this element is not allowed
    pub replica_modifications: Option<ReplicaModifications>,
}
rt::structure!(
    SourceSelectionCriteria, SOURCE_SELECTION_CRITERIA, [sse_kms_encrypted_objects,
    replica_modifications]
);
/// A container for filter information for the selection of S3 objects encrypted with Amazon Web Services KMS.
#[derive(Clone, Default, PartialEq)]
pub struct SseKmsEncryptedObjects {
    /// Specifies whether Amazon S3 replicates objects created with server-side encryption using an Amazon Web Services KMS key stored in Amazon Web Services Key Management Service.
    pub status: SseKmsEncryptedObjectsStatus,
}
rt::structure!(SseKmsEncryptedObjects, SSE_KMS_ENCRYPTED_OBJECTS, [status]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseKmsEncryptedObjectsStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SseKmsEncryptedObjectsStatus, { Enabled => "Enabled", Disabled => "Disabled" }
);
/// Container for the stats details.
#[derive(Clone, Default, PartialEq)]
pub struct Stats {
    /// The total number of object bytes scanned.
    pub bytes_scanned: Option<i64>,
    /// The total number of uncompressed object bytes processed.
    pub bytes_processed: Option<i64>,
    /// The total number of bytes of records payload data returned.
    pub bytes_returned: Option<i64>,
}
rt::structure!(Stats, STATS, [bytes_scanned, bytes_processed, bytes_returned]);
/// Container for the Stats Event.
#[derive(Clone, Default, PartialEq)]
pub struct StatsEvent {
    /// The Stats event details.
    pub details: Option<Stats>,
}
rt::structure!(StatsEvent, STATS_EVENT, [details]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `STANDARD`
    Standard,
    /// `REDUCED_REDUNDANCY`
    ReducedRedundancy,
    /// `STANDARD_IA`
    StandardIa,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `GLACIER`
    Glacier,
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// `OUTPOSTS`
    Outposts,
    /// `GLACIER_IR`
    GlacierIr,
    /// `SNOW`
    Snow,
    /// `EXPRESS_ONEZONE`
    ExpressOnezone,
    /// `FSX_OPENZFS`
    FsxOpenzfs,
    /// `FSX_ONTAP`
    FsxOntap,
    /// `AWS_BACKUP_WARM`
    AwsBackupWarm,
    /// `AWS_BACKUP_LOW_COST_WARM`
    AwsBackupLowCostWarm,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StorageClass, { Standard => "STANDARD", ReducedRedundancy => "REDUCED_REDUNDANCY",
    StandardIa => "STANDARD_IA", OnezoneIa => "ONEZONE_IA", IntelligentTiering =>
    "INTELLIGENT_TIERING", Glacier => "GLACIER", DeepArchive => "DEEP_ARCHIVE", Outposts
    => "OUTPOSTS", GlacierIr => "GLACIER_IR", Snow => "SNOW", ExpressOnezone =>
    "EXPRESS_ONEZONE", FsxOpenzfs => "FSX_OPENZFS", FsxOntap => "FSX_ONTAP",
    AwsBackupWarm => "AWS_BACKUP_WARM", AwsBackupLowCostWarm =>
    "AWS_BACKUP_LOW_COST_WARM" }
);
/// Specifies data related to access patterns to be collected and made available to analyze the tradeoffs between different storage classes for an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct StorageClassAnalysis {
    /// Specifies how data related to the storage class analysis for an Amazon S3 bucket should be exported.
    pub data_export: Option<StorageClassAnalysisDataExport>,
}
rt::structure!(StorageClassAnalysis, STORAGE_CLASS_ANALYSIS, [data_export]);
/// Container for data related to the storage class analysis for an Amazon S3 bucket for export.
#[derive(Clone, Default, PartialEq)]
pub struct StorageClassAnalysisDataExport {
    /// The version of the output schema to use when exporting data. Must be `V\_1`.
    pub output_schema_version: StorageClassAnalysisSchemaVersion,
    /// The place to store the data for an analysis.
    pub destination: AnalyticsExportDestination,
}
rt::structure!(
    StorageClassAnalysisDataExport, STORAGE_CLASS_ANALYSIS_DATA_EXPORT,
    [output_schema_version, destination]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClassAnalysisSchemaVersion {
    /// `V_1`
    V1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(StorageClassAnalysisSchemaVersion, { V1 => "V_1" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableSseAlgorithm {
    /// `aws:kms`
    AwsKms,
    /// `AES256`
    Aes256,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(TableSseAlgorithm, { AwsKms => "aws:kms", Aes256 => "AES256" });
/// A container of a key value name pair.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// Name of the object key.
    pub key: String,
    /// Value of the tag.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
/// Container for `TagSet` elements.
#[derive(Clone, Default, PartialEq)]
pub struct Tagging {
    /// A collection for a set of tags
    pub tag_set: Vec<Tag>,
}
rt::structure!(Tagging, TAGGING, [tag_set]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaggingDirective {
    /// `COPY`
    Copy,
    /// `REPLACE`
    Replace,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(TaggingDirective, { Copy => "COPY", Replace => "REPLACE" });
/// Container for granting information.
///
/// Buckets that use the bucket owner enforced setting for Object Ownership don't support target grants. For more information, see [Permissions server access log delivery](https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html#grant-log-delivery-permissions-general) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct TargetGrant {
    /// Container for the person being granted permissions.
    pub grantee: Option<Grantee>,
    /// Logging permissions assigned to the grantee for the bucket.
    pub permission: Option<BucketLogsPermission>,
}
rt::structure!(TargetGrant, TARGET_GRANT, [grantee, permission]);
/// Amazon S3 key format for log objects. Only one format, PartitionedPrefix or SimplePrefix, is allowed.
#[derive(Clone, Default, PartialEq)]
pub struct TargetObjectKeyFormat {
    /// To use the simple format for S3 keys for log objects. To specify SimplePrefix format, set SimplePrefix to {}.
    pub simple_prefix: Option<SimplePrefix>,
    /// Partitioned S3 key for log objects.
    pub partitioned_prefix: Option<PartitionedPrefix>,
}
rt::structure!(
    TargetObjectKeyFormat, TARGET_OBJECT_KEY_FORMAT, [simple_prefix, partitioned_prefix]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// `Standard`
    Standard,
    /// `Bulk`
    Bulk,
    /// `Expedited`
    Expedited,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Tier, { Standard => "Standard", Bulk => "Bulk", Expedited => "Expedited" }
);
/// The S3 Intelligent-Tiering storage class is designed to optimize storage costs by automatically moving data to the most cost-effective storage access tier, without additional operational overhead.
#[derive(Clone, Default, PartialEq)]
pub struct Tiering {
    /// The number of consecutive days of no access after which an object will be eligible to be transitioned to the corresponding tier. The minimum number of days specified for Archive Access tier must be at least 90 days and Deep Archive Access tier must be at least 180 days. The maximum can be up to 2 years (730 days).
    pub days: i32,
    /// S3 Intelligent-Tiering access tier. See [Storage class for automatically optimizing frequently and infrequently accessed objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access) for a list of access tiers in the S3 Intelligent-Tiering storage class.
    pub access_tier: IntelligentTieringAccessTier,
}
rt::structure!(Tiering, TIERING, [days, access_tier]);
/// You have attempted to add more parts than the maximum of 10000 that are allowed for this object. You can use the CopyObject operation to copy this object to another and then add more data to the newly copied object.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyParts {}
rt::structure!(TooManyParts, TOO_MANY_PARTS, []);
/// A container for specifying the configuration for publication of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3 detects specified events.
#[derive(Clone, Default, PartialEq)]
pub struct TopicConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a message when it detects events of the specified type.
    pub topic_arn: String,
    /// The Amazon S3 bucket event about which to send notifications. For more information, see [Supported Event Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon S3 User Guide*.
    pub events: Vec<Event>,
    /// Specifies object key name filtering rules. For information about key name filtering, see [Configuring event notifications using object key name filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html) in the *Amazon S3 User Guide*.
    pub filter: Option<NotificationConfigurationFilter>,
}
rt::structure!(TopicConfiguration, TOPIC_CONFIGURATION, [id, topic_arn, events, filter]);
/// A container for specifying the configuration for publication of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3 detects specified events. This data type is deprecated. Use [TopicConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_TopicConfiguration.html) instead.
#[derive(Clone, Default, PartialEq)]
pub struct TopicConfigurationDeprecated {
    /// An optional unique identifier for configurations in a notification configuration. If you don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// A collection of events related to objects
    pub events: Option<Vec<Event>>,
    /// Bucket event for which to send notifications.
    pub event: Option<Event>,
    /// Amazon SNS topic to which Amazon S3 will publish a message to report the specified events for the bucket.
    pub topic: Option<String>,
}
rt::structure!(
    TopicConfigurationDeprecated, TOPIC_CONFIGURATION_DEPRECATED, [id, events, event,
    topic]
);
/// Specifies when an object transitions to a specified storage class. For more information about Amazon S3 lifecycle configuration rules, see [Transitioning Objects Using Amazon S3 Lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Transition {
    /// Indicates when objects are transitioned to the specified storage class. The date value must be in ISO 8601 format. The time is always midnight UTC.
    pub date: Option<rt::DateTime>,
    /// Indicates the number of days after creation when objects are transitioned to the specified storage class. The value can be `0` or any positive integer. Be aware that some storage classes have a minimum storage duration and that you're charged for transitioning objects before their minimum storage duration. For more information, see [ Constraints and considerations for transitions](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html#lifecycle-configuration-constraints) in the *Amazon S3 User Guide*.
    pub days: Option<i32>,
    /// The storage class to which you want the object to transition.
    pub storage_class: Option<TransitionStorageClass>,
}
rt::structure!(Transition, TRANSITION, [date, days, storage_class]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitionDefaultMinimumObjectSize {
    /// `varies_by_storage_class`
    VariesByStorageClass,
    /// `all_storage_classes_128K`
    AllStorageClasses128k,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TransitionDefaultMinimumObjectSize, { VariesByStorageClass =>
    "varies_by_storage_class", AllStorageClasses128k => "all_storage_classes_128K" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitionStorageClass {
    /// `GLACIER`
    Glacier,
    /// `STANDARD_IA`
    StandardIa,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// `GLACIER_IR`
    GlacierIr,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TransitionStorageClass, { Glacier => "GLACIER", StandardIa => "STANDARD_IA",
    OnezoneIa => "ONEZONE_IA", IntelligentTiering => "INTELLIGENT_TIERING", DeepArchive
    => "DEEP_ARCHIVE", GlacierIr => "GLACIER_IR" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CanonicalUser`
    CanonicalUser,
    /// `AmazonCustomerByEmail`
    AmazonCustomerByEmail,
    /// `Group`
    Group,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Type, { CanonicalUser => "CanonicalUser", AmazonCustomerByEmail =>
    "AmazonCustomerByEmail", Group => "Group" }
);
/// The annotation payload is not valid UTF-8 encoded text.
#[derive(Clone, Default, PartialEq)]
pub struct UnsupportedMediaType {}
rt::structure!(UnsupportedMediaType, UNSUPPORTED_MEDIA_TYPE, []);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateBucketMetadataAnnotationTableConfigurationInput {
    /// The name of the bucket whose annotation table configuration to update.
    pub bucket: String,
    /// Base64-encoded MD5 digest of the message body.
    pub content_md5: Option<String>,
    /// Checksum algorithm for the request payload.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The annotation table configuration updates to apply.
    pub annotation_table_configuration: AnnotationTableConfigurationUpdates,
    /// The account ID of the expected bucket owner.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    UpdateBucketMetadataAnnotationTableConfigurationInput,
    UPDATE_BUCKET_METADATA_ANNOTATION_TABLE_CONFIGURATION_INPUT, [bucket, content_md5,
    checksum_algorithm, annotation_table_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateBucketMetadataInventoryTableConfigurationInput {
    /// The general purpose bucket that corresponds to the metadata configuration that you want to enable or disable an inventory table for.
    pub bucket: String,
    /// The `Content-MD5` header for the inventory table configuration.
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your inventory table configuration.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your inventory table configuration.
    pub inventory_table_configuration: InventoryTableConfigurationUpdates,
    /// The expected owner of the general purpose bucket that corresponds to the metadata table configuration that you want to enable or disable an inventory table for.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    UpdateBucketMetadataInventoryTableConfigurationInput,
    UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION_INPUT, [bucket, content_md5,
    checksum_algorithm, inventory_table_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateBucketMetadataJournalTableConfigurationInput {
    /// The general purpose bucket that corresponds to the metadata configuration that you want to enable or disable journal table record expiration for.
    pub bucket: String,
    /// The `Content-MD5` header for the journal table configuration.
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your journal table configuration.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your journal table configuration.
    pub journal_table_configuration: JournalTableConfigurationUpdates,
    /// The expected owner of the general purpose bucket that corresponds to the metadata table configuration that you want to enable or disable journal table record expiration for.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    UpdateBucketMetadataJournalTableConfigurationInput,
    UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION_INPUT, [bucket, content_md5,
    checksum_algorithm, journal_table_configuration, expected_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateObjectEncryptionInput {
    /// The name of the general purpose bucket that contains the specified object key name.
    ///
    /// When you use this operation with an access point attached to a general purpose bucket, you must either provide the alias of the access point in place of the bucket name or you must specify the access point Amazon Resource Name (ARN). When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form ` *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com`. When using this operation with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [ Referencing access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-naming.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// The key name of the object that you want to update the server-side encryption type for.
    pub key: String,
    /// The version ID of the object that you want to update the server-side encryption type for.
    pub version_id: Option<String>,
    /// The updated server-side encryption type for this object. The `UpdateObjectEncryption` operation supports the SSE-S3 and SSE-KMS encryption types.
    ///
    /// Valid Values: `SSES3` \| `SSEKMS`
    pub object_encryption: ObjectEncryption,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide doesn't match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// The MD5 hash for the request body. For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use an Amazon Web Services SDK. This header doesn't provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [ Checking object integrity ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}
rt::structure!(
    UpdateObjectEncryptionInput, UPDATE_OBJECT_ENCRYPTION_INPUT, [bucket, key,
    version_id, object_encryption, request_payer, expected_bucket_owner, content_md5,
    checksum_algorithm]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateObjectEncryptionOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateObjectEncryptionOutput, UPDATE_OBJECT_ENCRYPTION_OUTPUT, [request_charged],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UploadPartCopyOutput {
    /// The version of the source object that was copied, if you have enabled versioning on the source bucket.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_version_id: Option<String>,
    /// Container for all response elements.
    pub copy_part_result: Option<CopyPartResult>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Version ID of the object.
    ///
    /// Returns the Version ID of the object for the copied part, if bucket versioning is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UploadPartCopyOutput, UPLOAD_PART_COPY_OUTPUT, [copy_source_version_id,
    copy_part_result, server_side_encryption, sse_customer_algorithm,
    sse_customer_key_md5, ssekms_key_id, bucket_key_enabled, request_charged,
    version_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UploadPartCopyInput {
    /// The bucket name.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// Copying objects across different Amazon Web Services Regions isn't supported when the source or destination bucket is in Amazon Web Services Local Zones. The source and destination buckets must have the same parent Amazon Web Services Region. Otherwise, you get an HTTP `400 Bad Request` error with the error code `InvalidRequest`.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Specifies the source object for the copy operation. You specify the value in one of two formats, depending on whether you want to access the source object through an [access point](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points.html):
    ///
    /// - For objects not accessed through an access point, specify the name of the source bucket and key of the source object, separated by a slash (/). For example, to copy the object `reports/january.pdf` from the bucket `awsexamplebucket`, use `awsexamplebucket/reports/january.pdf`. The value must be URL-encoded.
    ///
    /// - For objects accessed through access points, specify the Amazon Resource Name (ARN) of the object as accessed through the access point, in the format `arn:aws:s3:\<Region\>:\<account-id\>:accesspoint/\<access-point-name\>/object/\<key\>`. For example, to copy the object `reports/january.pdf` through access point `my-access-point` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/reports/january.pdf`. The value must be URL encoded.
    ///
    ///   - Amazon S3 supports copy operations using Access points only when the source and destination buckets are in the same Amazon Web Services Region.
    ///
    ///   - Access points are not supported by directory buckets.
    ///
    /// Alternatively, for objects accessed through Amazon S3 on Outposts, specify the ARN of the object as accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/object/\<key\>`. For example, to copy the object `reports/january.pdf` through outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/object/reports/january.pdf`. The value must be URL-encoded.
    ///
    /// If your bucket has versioning enabled, you could have multiple versions of the same object. By default, `x-amz-copy-source` identifies the current version of the source object to copy. To copy a specific version of the source object to copy, append `?versionId=\<version-id\>` to the `x-amz-copy-source` request header (for example, `x-amz-copy-source: /awsexamplebucket/reports/january.pdf?versionId=QUpfdndhfd8438MNFDN93jdnJFkdmqnh893`).
    ///
    /// If the current version is a delete marker and you don't specify a versionId in the `x-amz-copy-source` request header, Amazon S3 returns a `404 Not Found` error, because the object does not exist. If you specify versionId in the `x-amz-copy-source` and the versionId is a delete marker, Amazon S3 returns an HTTP `400 Bad Request` error, because you are not allowed to specify a delete marker as a version for the `x-amz-copy-source`.
    ///
    /// **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets.
    pub copy_source: String,
    /// Copies the object if its entity tag (ETag) matches the specified tag.
    ///
    /// If both of the `x-amz-copy-source-if-match` and `x-amz-copy-source-if-unmodified-since` headers are present in the request as follows:
    ///
    /// `x-amz-copy-source-if-match` condition evaluates to `true`, and;
    ///
    /// `x-amz-copy-source-if-unmodified-since` condition evaluates to `false`;
    ///
    /// Amazon S3 returns `200 OK` and copies the data.
    pub copy_source_if_match: Option<String>,
    /// Copies the object if it has been modified since the specified time.
    ///
    /// If both of the `x-amz-copy-source-if-none-match` and `x-amz-copy-source-if-modified-since` headers are present in the request as follows:
    ///
    /// `x-amz-copy-source-if-none-match` condition evaluates to `false`, and;
    ///
    /// `x-amz-copy-source-if-modified-since` condition evaluates to `true`;
    ///
    /// Amazon S3 returns `412 Precondition Failed` response code.
    pub copy_source_if_modified_since: Option<rt::DateTime>,
    /// Copies the object if its entity tag (ETag) is different than the specified ETag.
    ///
    /// If both of the `x-amz-copy-source-if-none-match` and `x-amz-copy-source-if-modified-since` headers are present in the request as follows:
    ///
    /// `x-amz-copy-source-if-none-match` condition evaluates to `false`, and;
    ///
    /// `x-amz-copy-source-if-modified-since` condition evaluates to `true`;
    ///
    /// Amazon S3 returns `412 Precondition Failed` response code.
    pub copy_source_if_none_match: Option<String>,
    /// Copies the object if it hasn't been modified since the specified time.
    ///
    /// If both of the `x-amz-copy-source-if-match` and `x-amz-copy-source-if-unmodified-since` headers are present in the request as follows:
    ///
    /// `x-amz-copy-source-if-match` condition evaluates to `true`, and;
    ///
    /// `x-amz-copy-source-if-unmodified-since` condition evaluates to `false`;
    ///
    /// Amazon S3 returns `200 OK` and copies the data.
    pub copy_source_if_unmodified_since: Option<rt::DateTime>,
    /// The range of bytes to copy from the source object. The range value must use the form bytes=first-last, where the first and last are the zero-based byte offsets to copy. For example, bytes=0-9 indicates that you want to copy the first 10 bytes of the source. You can copy a range only if the source object is greater than 5 MB.
    pub copy_source_range: Option<String>,
    /// Object key for which the multipart upload was initiated.
    pub key: String,
    /// Part number of part being copied. This is a positive integer between 1 and 10,000.
    pub part_number: i32,
    /// Upload ID identifying the multipart upload whose part is being copied.
    pub upload_id: String,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm` header. This must be the same encryption key specified in the initiate multipart upload request.
    ///
    /// This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported when the destination bucket is a directory bucket.
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the algorithm to use when decrypting the source object (for example, `AES256`).
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source object. The encryption key provided in this header must be one that was used when the source object was created.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported when the source object is in a directory bucket.
    pub copy_source_sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected destination bucket owner. If the account ID that you provide does not match the actual owner of the destination bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
    /// The account ID of the expected source bucket owner. If the account ID that you provide does not match the actual owner of the source bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_source_bucket_owner: Option<String>,
}
rt::structure!(
    UploadPartCopyInput, UPLOAD_PART_COPY_INPUT, [bucket, copy_source,
    copy_source_if_match, copy_source_if_modified_since, copy_source_if_none_match,
    copy_source_if_unmodified_since, copy_source_range, key, part_number, upload_id,
    sse_customer_algorithm, sse_customer_key, sse_customer_key_md5,
    copy_source_sse_customer_algorithm, copy_source_sse_customer_key,
    copy_source_sse_customer_key_md5, request_payer, expected_bucket_owner,
    expected_source_bucket_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct UploadPartOutput {
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Entity tag for the uploaded object.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This will only be present if the checksum was provided in the request. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to confirm the encryption algorithm that's used.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the response will include this header to provide the round-trip message integrity verification of the customer-provided encryption key.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Version ID of the object.
    ///
    /// Returns the Version ID of the object for the uploaded part, if bucket versioning is enabled.
    ///
    /// This functionality is not supported for directory buckets.
    pub version_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UploadPartOutput, UPLOAD_PART_OUTPUT, [server_side_encryption, e_tag, checksum_crc32,
    checksum_crc32c, checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512,
    checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128,
    sse_customer_algorithm, sse_customer_key_md5, ssekms_key_id, bucket_key_enabled,
    request_charged, version_id], meta = response_metadata
);
#[derive(Default)]
pub struct UploadPartInput {
    /// Object data.
    pub body: rt::Body,
    /// The name of the bucket to which the multipart upload was initiated.
    ///
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format ` *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming restrictions, see [Directory bucket naming rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html) in the *Amazon S3 User Guide*.
    ///
    /// **Access points** - When you use this action with an access point for general purpose buckets, you must provide the alias of the access point in place of the bucket name or specify the access point ARN. When you use this action with an access point for directory buckets, you must provide the access point name in place of the bucket name. When using the access point ARN, you must direct requests to the access point hostname. The access point hostname takes the form *AccessPointName*-*AccountId*.s3-accesspoint.*Region*.amazonaws.com. When using this action with an access point through the Amazon Web Services SDKs, you provide the access point ARN in place of the bucket name. For more information about access point ARNs, see [Using access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-access-points.html) in the *Amazon S3 User Guide*.
    ///
    /// Object Lambda access points are not supported by directory buckets.
    ///
    /// **S3 on Outposts** - When you use this action with S3 on Outposts, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` *AccessPointName*-*AccountId*.*outpostID*.s3-outposts.*Region*.amazonaws.com`. When you use this action with S3 on Outposts, the destination bucket must be the Outposts access point ARN or the access point alias. For more information about S3 on Outposts, see [What is S3 on Outposts?](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html) in the *Amazon S3 User Guide*.
    pub bucket: String,
    /// Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically.
    pub content_length: Option<i64>,
    /// The Base64 encoded 128-bit MD5 digest of the part data. This parameter is auto-populated when using the command from the CLI. This parameter is required if object lock parameters are specified.
    ///
    /// This functionality is not supported for directory buckets.
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// If you provide an individual checksum, Amazon S3 ignores any provided `ChecksumAlgorithm` parameter.
    ///
    /// This checksum algorithm must be the same for all parts and it match the checksum value supplied in the `CreateMultipartUpload` request.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc32c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 512-bit `SHA512` digest of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5` digest of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH64` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH3` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `XXHASH128` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
    /// Object key for which the multipart upload was initiated.
    pub key: String,
    /// Part number of part being uploaded. This is a positive integer between 1 and 10,000.
    pub part_number: i32,
    /// Upload ID identifying the multipart upload whose part is being uploaded.
    pub upload_id: String,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm header`. This must be the same encryption key specified in the initiate multipart upload request.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error.
    ///
    /// This functionality is not supported for directory buckets.
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners need not specify this parameter in their requests. If either the source or destination S3 bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For information about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester Pays Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code `403 Forbidden` (access denied).
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    UploadPartInput, UPLOAD_PART_INPUT, [body, bucket, content_length, content_md5,
    checksum_algorithm, checksum_crc32, checksum_crc32c, checksum_crc64nvme,
    checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64,
    checksum_xxhash3, checksum_xxhash128, key, part_number, upload_id,
    sse_customer_algorithm, sse_customer_key, sse_customer_key_md5, request_payer,
    expected_bucket_owner]
);
/// Describes the versioning state of an Amazon S3 bucket. For more information, see [PUT Bucket versioning](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTVersioningStatus.html) in the *Amazon S3 API Reference*.
#[derive(Clone, Default, PartialEq)]
pub struct VersioningConfiguration {
    /// Specifies whether MFA delete is enabled in the bucket versioning configuration. This element is only returned if the bucket has been configured with MFA delete. If the bucket has never been so configured, this element is not returned.
    pub mfa_delete: Option<MfaDelete>,
    /// The versioning state of the bucket.
    pub status: Option<BucketVersioningStatus>,
}
rt::structure!(VersioningConfiguration, VERSIONING_CONFIGURATION, [mfa_delete, status]);
/// Specifies website configuration parameters for an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct WebsiteConfiguration {
    /// The name of the error document for the website.
    pub error_document: Option<ErrorDocument>,
    /// The name of the index document for the website.
    pub index_document: Option<IndexDocument>,
    /// The redirect behavior for every request to this bucket's website endpoint.
    ///
    /// If you specify this property, you can't specify any other property.
    pub redirect_all_requests_to: Option<RedirectAllRequestsTo>,
    /// Rules that define when a redirect is applied and the redirect behavior.
    pub routing_rules: Option<Vec<RoutingRule>>,
}
rt::structure!(
    WebsiteConfiguration, WEBSITE_CONFIGURATION, [error_document, index_document,
    redirect_all_requests_to, routing_rules]
);
#[derive(Default)]
pub struct WriteGetObjectResponseInput {
    /// Route prefix to the HTTP URL generated.
    pub request_route: String,
    /// A single use encrypted token that maps `WriteGetObjectResponse` to the end user `GetObject` request.
    pub request_token: String,
    /// The object data.
    pub body: rt::Body,
    /// The integer status code for an HTTP response of a corresponding `GetObject` request. The following is a list of status codes.
    ///
    /// - `200 - OK`
    ///
    /// - `206 - Partial Content`
    ///
    /// - `304 - Not Modified`
    ///
    /// - `400 - Bad Request`
    ///
    /// - `401 - Unauthorized`
    ///
    /// - `403 - Forbidden`
    ///
    /// - `404 - Not Found`
    ///
    /// - `405 - Method Not Allowed`
    ///
    /// - `409 - Conflict`
    ///
    /// - `411 - Length Required`
    ///
    /// - `412 - Precondition Failed`
    ///
    /// - `416 - Range Not Satisfiable`
    ///
    /// - `500 - Internal Server Error`
    ///
    /// - `503 - Service Unavailable`
    pub status_code: Option<i32>,
    /// A string that uniquely identifies an error condition. Returned in the \<Code\> tag of the error XML response for a corresponding `GetObject` call. Cannot be used with a successful `StatusCode` header or when the transformed object is provided in the body. All error codes from S3 are sentence-cased. The regular expression (regex) value is `"^\[A-Z\]\[a-zA-Z\]+$"`.
    pub error_code: Option<String>,
    /// Contains a generic description of the error condition. Returned in the \<Message\> tag of the error XML response for a corresponding `GetObject` call. Cannot be used with a successful `StatusCode` header or when the transformed object is provided in body.
    pub error_message: Option<String>,
    /// Indicates that a range of bytes was specified.
    pub accept_ranges: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field.
    pub content_encoding: Option<String>,
    /// The language the content is in.
    pub content_language: Option<String>,
    /// The size of the content body in bytes.
    pub content_length: Option<i64>,
    /// The portion of the object returned in the response.
    pub content_range: Option<String>,
    /// A standard MIME type describing the format of the object data.
    pub content_type: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This specifies the Base64 encoded, 32-bit `CRC32` checksum of the object returned by the Object Lambda function. This may not match the checksum for the object stored in Amazon S3. Amazon S3 will perform validation of the checksum values only when the original `GetObject` request required checksum validation. For more information about checksums, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// Only one checksum header can be specified at a time. If you supply multiple checksum headers, this request will fail.
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object returned by the Object Lambda function. This may not match the checksum for the object stored in Amazon S3. Amazon S3 will perform validation of the checksum values only when the original `GetObject` request required checksum validation. For more information about checksums, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// Only one checksum header can be specified at a time. If you supply multiple checksum headers, this request will fail.
    pub checksum_crc32c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_crc64nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This specifies the Base64 encoded, 160-bit `SHA1` digest of the object returned by the Object Lambda function. This may not match the checksum for the object stored in Amazon S3. Amazon S3 will perform validation of the checksum values only when the original `GetObject` request required checksum validation. For more information about checksums, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// Only one checksum header can be specified at a time. If you supply multiple checksum headers, this request will fail.
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This specifies the Base64 encoded, 256-bit `SHA256` digest of the object returned by the Object Lambda function. This may not match the checksum for the object stored in Amazon S3. Amazon S3 will perform validation of the checksum values only when the original `GetObject` request required checksum validation. For more information about checksums, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    ///
    /// Only one checksum header can be specified at a time. If you supply multiple checksum headers, this request will fail.
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 512-bit `SHA512` digest of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5` digest of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH64` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit `XXHASH3` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit `XXHASH128` checksum of the part. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_xxhash128: Option<String>,
    /// Specifies whether an object stored in Amazon S3 is (`true`) or is not (`false`) a delete marker. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    pub delete_marker: Option<bool>,
    /// An opaque identifier assigned by a web server to a specific version of a resource found at a URL.
    pub e_tag: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    pub expires: Option<String>,
    /// If the object expiration is configured (see PUT Bucket lifecycle), the response includes this header. It includes the `expiry-date` and `rule-id` key-value pairs that provide the object expiration information. The value of the `rule-id` is URL-encoded.
    pub expiration: Option<String>,
    /// The date and time that the object was last modified.
    pub last_modified: Option<rt::DateTime>,
    /// Set to the number of metadata entries not returned in `x-amz-meta` headers. This can happen if you create metadata using an API like SOAP that supports more flexible metadata than the REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP headers.
    pub missing_meta: Option<i32>,
    /// A map of metadata to store with the object in S3.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// Indicates whether an object stored in Amazon S3 has Object Lock enabled. For more information about S3 Object Lock, see [Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html).
    pub object_lock_mode: Option<ObjectLockMode>,
    /// Indicates whether an object stored in Amazon S3 has an active legal hold.
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The date and time when Object Lock is configured to expire.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// The count of parts this object has.
    pub parts_count: Option<i32>,
    /// Indicates if request involves bucket that is either a source or destination in a Replication rule. For more information about S3 Replication, see [Replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html).
    pub replication_status: Option<ReplicationStatus>,
    /// If present, indicates that the requester was successfully charged for the request. For more information, see [Using Requester Pays buckets for storage transfers and usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the *Amazon Simple Storage Service user guide*.
    ///
    /// This functionality is not supported for directory buckets.
    pub request_charged: Option<RequestCharged>,
    /// Provides information about object restoration operation and expiration time of the restored object copy.
    pub restore: Option<String>,
    /// The server-side encryption algorithm used when storing requested object in Amazon S3 or Amazon FSx.
    ///
    /// When accessing data stored in Amazon FSx file systems using S3 access points, the only valid server side encryption option is `aws:fsx`.
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Encryption algorithm used if server-side encryption with a customer-provided encryption key was specified for object stored in Amazon S3.
    pub sse_customer_algorithm: Option<String>,
    /// If present, specifies the ID (Key ID, Key ARN, or Key Alias) of the Amazon Web Services Key Management Service (Amazon Web Services KMS) symmetric encryption customer managed key that was used for stored in Amazon S3 object.
    pub ssekms_key_id: Option<String>,
    /// 128-bit MD5 digest of customer-provided encryption key used in Amazon S3 to encrypt data stored in S3. For more information, see [Protecting data using server-side encryption with customer-provided encryption keys (SSE-C)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html).
    pub sse_customer_key_md5: Option<String>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all objects except for S3 Standard storage class objects.
    ///
    /// For more information, see [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html).
    pub storage_class: Option<StorageClass>,
    /// The number of tags, if any, on the object.
    pub tag_count: Option<i32>,
    /// An ID used to reference a specific version of the object.
    pub version_id: Option<String>,
    /// Indicates whether the object stored in Amazon S3 uses an S3 bucket key for server-side encryption with Amazon Web Services KMS (SSE-KMS).
    pub bucket_key_enabled: Option<bool>,
}
rt::structure!(
    WriteGetObjectResponseInput, WRITE_GET_OBJECT_RESPONSE_INPUT, [request_route,
    request_token, body, status_code, error_code, error_message, accept_ranges,
    cache_control, content_disposition, content_encoding, content_language,
    content_length, content_range, content_type, checksum_crc32, checksum_crc32c,
    checksum_crc64nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5,
    checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, delete_marker, e_tag,
    expires, expiration, last_modified, missing_meta, metadata, object_lock_mode,
    object_lock_legal_hold_status, object_lock_retain_until_date, parts_count,
    replication_status, request_charged, restore, server_side_encryption,
    sse_customer_algorithm, ssekms_key_id, sse_customer_key_md5, storage_class,
    tag_count, version_id, bucket_key_enabled]
);

//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// The container for abort incomplete multipart upload
#[derive(Clone, Default, PartialEq)]
pub struct AbortIncompleteMultipartUpload {
    /// Specifies the number of days after which Amazon S3 aborts an incomplete multipart upload to the Outposts bucket.
    pub days_after_initiation: Option<i32>,
}
rt::structure!(
    AbortIncompleteMultipartUpload, ABORT_INCOMPLETE_MULTIPART_UPLOAD,
    [days_after_initiation]
);
/// A container for information about access control for replicas.
///
/// This is not supported by Amazon S3 on Outposts buckets.
#[derive(Clone, Default, PartialEq)]
pub struct AccessControlTranslation {
    /// Specifies the replica ownership.
    pub owner: OwnerOverride,
}
rt::structure!(AccessControlTranslation, ACCESS_CONTROL_TRANSLATION, [owner]);
/// The configuration options of the S3 Access Grants location. It contains the `S3SubPrefix` field. The grant scope, the data to which you are granting access, is the result of appending the `Subprefix` field to the scope of the registered location.
#[derive(Clone, Default, PartialEq)]
pub struct AccessGrantsLocationConfiguration {
    /// The `S3SubPrefix` is appended to the location scope creating the grant scope. Use this field to narrow the scope of the grant to a subset of the location scope. This field is required if the location scope is the default location `s3://` because you cannot create a grant for all of your S3 data in the Region and must narrow the scope. For example, if the location scope is the default location `s3://`, the `S3SubPrefx` can be a \<bucket-name\>/\*, so the full grant scope path would be `s3://\<bucket-name\>/\*`. Or the `S3SubPrefx` can be `\<bucket-name\>/\<prefix-name\>\*`, so the full grant scope path would be or `s3://\<bucket-name\>/\<prefix-name\>\*`.
    ///
    /// If the `S3SubPrefix` includes a prefix, append the wildcard character `\*` after the prefix to indicate that you want to include all object key names in the bucket that start with that prefix.
    pub s3_sub_prefix: Option<String>,
}
rt::structure!(
    AccessGrantsLocationConfiguration, ACCESS_GRANTS_LOCATION_CONFIGURATION,
    [s3_sub_prefix]
);
/// An access point used to access a bucket.
#[derive(Clone, Default, PartialEq)]
pub struct AccessPoint {
    /// The name of this access point.
    pub name: String,
    /// Indicates whether this access point allows access from the public internet. If `VpcConfiguration` is specified for this access point, then `NetworkOrigin` is `VPC`, and the access point doesn't allow access from the public internet. Otherwise, `NetworkOrigin` is `Internet`, and the access point allows access from the public internet, subject to the access point and bucket access policies.
    pub network_origin: NetworkOrigin,
    /// The virtual private cloud (VPC) configuration for this access point, if one exists.
    ///
    /// This element is empty if this access point is an Amazon S3 on Outposts access point that is used by other Amazon Web Services services.
    pub vpc_configuration: Option<VpcConfiguration>,
    /// The name of the bucket associated with this access point.
    pub bucket: String,
    /// The ARN for the access point.
    pub access_point_arn: Option<String>,
    /// The name or alias of the access point.
    pub alias: Option<String>,
    /// The Amazon Web Services account ID associated with the S3 bucket associated with this access point.
    pub bucket_account_id: Option<String>,
    /// A unique identifier for the data source of the access point.
    pub data_source_id: Option<String>,
    /// The type of the data source that the access point is attached to.
    pub data_source_type: Option<String>,
}
rt::structure!(
    AccessPoint, ACCESS_POINT, [name, network_origin, vpc_configuration, bucket,
    access_point_arn, alias, bucket_account_id, data_source_id, data_source_type]
);
/// A container element for the account-level Amazon S3 Storage Lens configuration.
///
/// You must enable Storage Lens metrics consistently at both the account level and bucket level, or your request will fail.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AccountLevel {
    /// A container element for S3 Storage Lens activity metrics.
    pub activity_metrics: Option<ActivityMetrics>,
    /// A container element for the S3 Storage Lens bucket-level configuration.
    pub bucket_level: BucketLevel,
    /// A container element for S3 Storage Lens advanced cost-optimization metrics.
    pub advanced_cost_optimization_metrics: Option<AdvancedCostOptimizationMetrics>,
    /// A container element for S3 Storage Lens advanced data-protection metrics.
    pub advanced_data_protection_metrics: Option<AdvancedDataProtectionMetrics>,
    /// A container element for detailed status code metrics.
    pub detailed_status_codes_metrics: Option<DetailedStatusCodesMetrics>,
    /// A container element for S3 Storage Lens advanced performance metrics.
    pub advanced_performance_metrics: Option<AdvancedPerformanceMetrics>,
    /// A container element for S3 Storage Lens groups metrics.
    pub storage_lens_group_level: Option<StorageLensGroupLevel>,
}
rt::structure!(
    AccountLevel, ACCOUNT_LEVEL, [activity_metrics, bucket_level,
    advanced_cost_optimization_metrics, advanced_data_protection_metrics,
    detailed_status_codes_metrics, advanced_performance_metrics,
    storage_lens_group_level]
);
/// The container element for Amazon S3 Storage Lens activity metrics. Activity metrics show details about how your storage is requested, such as requests (for example, All requests, Get requests, Put requests), bytes uploaded or downloaded, and errors.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ActivityMetrics {
    /// A container that indicates whether activity metrics are enabled.
    pub is_enabled: Option<bool>,
}
rt::structure!(ActivityMetrics, ACTIVITY_METRICS, [is_enabled]);
/// The container element for Amazon S3 Storage Lens advanced cost-optimization metrics. Advanced cost-optimization metrics provide insights that you can use to manage and optimize your storage costs, for example, lifecycle rule counts for transitions, expirations, and incomplete multipart uploads.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AdvancedCostOptimizationMetrics {
    /// A container that indicates whether advanced cost-optimization metrics are enabled.
    pub is_enabled: Option<bool>,
}
rt::structure!(
    AdvancedCostOptimizationMetrics, ADVANCED_COST_OPTIMIZATION_METRICS, [is_enabled]
);
/// The container element for Amazon S3 Storage Lens advanced data-protection metrics. Advanced data-protection metrics provide insights that you can use to perform audits and protect your data, for example replication rule counts within and across Regions.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AdvancedDataProtectionMetrics {
    /// A container that indicates whether advanced data-protection metrics are enabled.
    pub is_enabled: Option<bool>,
}
rt::structure!(
    AdvancedDataProtectionMetrics, ADVANCED_DATA_PROTECTION_METRICS, [is_enabled]
);
/// The container element for S3 Storage Lens advanced performance metrics. Advanced performance metrics provide insights into application performance, such as request efficiency and access patterns. These metrics help you optimize your S3 storage for both cost and performance by providing detailed analytics on how your applications interact with S3 resources.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AdvancedPerformanceMetrics {
    /// A container that indicates whether S3 Storage Lens advanced performance metrics are enabled.
    pub is_enabled: Option<bool>,
}
rt::structure!(AdvancedPerformanceMetrics, ADVANCED_PERFORMANCE_METRICS, [is_enabled]);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateAccessGrantsIdentityCenterInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services IAM Identity Center instance that you are associating with your S3 Access Grants instance. An IAM Identity Center instance is your corporate identity directory that you added to the IAM Identity Center. You can use the [ListInstances](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html) API operation to retrieve a list of your Identity Center instances and their ARNs.
    pub identity_center_arn: String,
}
rt::structure!(
    AssociateAccessGrantsIdentityCenterInput,
    ASSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER_INPUT, [account_id, identity_center_arn]
);
/// Error details for the failed asynchronous operation.
#[derive(Clone, Default, PartialEq)]
pub struct AsyncErrorDetails {
    /// A string that uniquely identifies the error condition.
    pub code: Option<String>,
    /// A generic description of the error condition in English.
    pub message: Option<String>,
    /// The identifier of the resource associated with the error.
    pub resource: Option<String>,
    /// The ID of the request associated with the error.
    pub request_id: Option<String>,
}
rt::structure!(
    AsyncErrorDetails, ASYNC_ERROR_DETAILS, [code, message, resource, request_id]
);
/// A container for the information about an asynchronous operation.
#[derive(Clone, Default, PartialEq)]
pub struct AsyncOperation {
    /// The time that the request was sent to the service.
    pub creation_time: Option<rt::DateTime>,
    /// The specific operation for the asynchronous request.
    pub operation: Option<AsyncOperationName>,
    /// The request token associated with the request.
    pub request_token_arn: Option<String>,
    /// The parameters associated with the request.
    pub request_parameters: Option<AsyncRequestParameters>,
    /// The current status of the request.
    pub request_status: Option<String>,
    /// The details of the response.
    pub response_details: Option<AsyncResponseDetails>,
}
rt::structure!(
    AsyncOperation, ASYNC_OPERATION, [creation_time, operation, request_token_arn,
    request_parameters, request_status, response_details]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AsyncOperationName {
    /// `CreateMultiRegionAccessPoint`
    CreateMultiRegionAccessPoint,
    /// `DeleteMultiRegionAccessPoint`
    DeleteMultiRegionAccessPoint,
    /// `PutMultiRegionAccessPointPolicy`
    PutMultiRegionAccessPointPolicy,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AsyncOperationName, { CreateMultiRegionAccessPoint => "CreateMultiRegionAccessPoint",
    DeleteMultiRegionAccessPoint => "DeleteMultiRegionAccessPoint",
    PutMultiRegionAccessPointPolicy => "PutMultiRegionAccessPointPolicy" }
);
/// A container for the request parameters associated with an asynchronous request.
#[derive(Clone, Default, PartialEq)]
pub struct AsyncRequestParameters {
    /// A container of the parameters for a [CreateMultiRegionAccessPoint](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateMultiRegionAccessPoint.html) request.
    pub create_multi_region_access_point_request: Option<
        CreateMultiRegionAccessPointInput2,
    >,
    /// A container of the parameters for a [DeleteMultiRegionAccessPoint](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteMultiRegionAccessPoint.html) request.
    pub delete_multi_region_access_point_request: Option<
        DeleteMultiRegionAccessPointInput2,
    >,
    /// A container of the parameters for a [PutMultiRegionAccessPoint](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutMultiRegionAccessPoint.html) request.
    pub put_multi_region_access_point_policy_request: Option<
        PutMultiRegionAccessPointPolicyInput2,
    >,
}
rt::structure!(
    AsyncRequestParameters, ASYNC_REQUEST_PARAMETERS,
    [create_multi_region_access_point_request, delete_multi_region_access_point_request,
    put_multi_region_access_point_policy_request]
);
/// A container for the response details that are returned when querying about an asynchronous request.
#[derive(Clone, Default, PartialEq)]
pub struct AsyncResponseDetails {
    /// The details for the Multi-Region Access Point.
    pub multi_region_access_point_details: Option<MultiRegionAccessPointsAsyncResponse>,
    /// Error details for an asynchronous request.
    pub error_details: Option<AsyncErrorDetails>,
}
rt::structure!(
    AsyncResponseDetails, ASYNC_RESPONSE_DETAILS, [multi_region_access_point_details,
    error_details]
);
/// Lambda function used to transform objects through an Object Lambda Access Point.
#[derive(Clone, Default, PartialEq)]
pub struct AwsLambdaTransformation {
    /// The Amazon Resource Name (ARN) of the Lambda function.
    pub function_arn: String,
    /// Additional JSON that provides supplemental data to the Lambda function used to transform objects.
    pub function_payload: Option<String>,
}
rt::structure!(
    AwsLambdaTransformation, AWS_LAMBDA_TRANSFORMATION, [function_arn, function_payload]
);
#[derive(Clone, Default, PartialEq)]
pub struct BadRequestException {
    pub message: Option<String>,
}
rt::structure!(BadRequestException, BAD_REQUEST_EXCEPTION, [message]);
/// The requested Outposts bucket name is not available. The bucket namespace is shared by all users of the Outposts in this Region. Select a different name and try again.
#[derive(Clone, Default, PartialEq)]
pub struct BucketAlreadyExists {}
rt::structure!(BucketAlreadyExists, BUCKET_ALREADY_EXISTS, []);
/// The Outposts bucket you tried to create already exists, and you own it.
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
/// A container for the bucket-level configuration for Amazon S3 Storage Lens.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct BucketLevel {
    /// A container for the bucket-level activity metrics for S3 Storage Lens.
    pub activity_metrics: Option<ActivityMetrics>,
    /// A container for the prefix-level metrics for S3 Storage Lens.
    pub prefix_level: Option<PrefixLevel>,
    /// A container for bucket-level advanced cost-optimization metrics for S3 Storage Lens.
    pub advanced_cost_optimization_metrics: Option<AdvancedCostOptimizationMetrics>,
    /// A container for bucket-level advanced data-protection metrics for S3 Storage Lens.
    pub advanced_data_protection_metrics: Option<AdvancedDataProtectionMetrics>,
    /// A container for bucket-level detailed status code metrics for S3 Storage Lens.
    pub detailed_status_codes_metrics: Option<DetailedStatusCodesMetrics>,
    /// A container for bucket-level advanced performance metrics for S3 Storage Lens.
    pub advanced_performance_metrics: Option<AdvancedPerformanceMetrics>,
}
rt::structure!(
    BucketLevel, BUCKET_LEVEL, [activity_metrics, prefix_level,
    advanced_cost_optimization_metrics, advanced_data_protection_metrics,
    detailed_status_codes_metrics, advanced_performance_metrics]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BucketLocationConstraint {
    /// `EU`
    Eu,
    /// `eu-west-1`
    EuWest1,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `sa-east-1`
    SaEast1,
    /// `cn-north-1`
    CnNorth1,
    /// `eu-central-1`
    EuCentral1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BucketLocationConstraint, { Eu => "EU", EuWest1 => "eu-west-1", UsWest1 =>
    "us-west-1", UsWest2 => "us-west-2", ApSouth1 => "ap-south-1", ApSoutheast1 =>
    "ap-southeast-1", ApSoutheast2 => "ap-southeast-2", ApNortheast1 => "ap-northeast-1",
    SaEast1 => "sa-east-1", CnNorth1 => "cn-north-1", EuCentral1 => "eu-central-1" }
);
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
/// A container for enabling Amazon CloudWatch publishing for S3 Storage Lens metrics.
///
/// For more information about publishing S3 Storage Lens metrics to CloudWatch, see [Monitor S3 Storage Lens metrics in CloudWatch](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_view_metrics_cloudwatch.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct CloudWatchMetrics {
    /// A container that indicates whether CloudWatch publishing for S3 Storage Lens metrics is enabled. A value of `true` indicates that CloudWatch publishing for S3 Storage Lens metrics is enabled.
    pub is_enabled: bool,
}
rt::structure!(CloudWatchMetrics, CLOUD_WATCH_METRICS, [is_enabled]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputeObjectChecksumAlgorithm {
    /// `CRC32`
    Crc32,
    /// `CRC32C`
    Crc32c,
    /// `CRC64NVME`
    Crc64nvme,
    /// `MD5`
    Md5,
    /// `SHA1`
    Sha1,
    /// `SHA256`
    Sha256,
    /// `SHA512`
    Sha512,
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
    ComputeObjectChecksumAlgorithm, { Crc32 => "CRC32", Crc32c => "CRC32C", Crc64nvme =>
    "CRC64NVME", Md5 => "MD5", Sha1 => "SHA1", Sha256 => "SHA256", Sha512 => "SHA512",
    Xxhash64 => "XXHASH64", Xxhash3 => "XXHASH3", Xxhash128 => "XXHASH128" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputeObjectChecksumType {
    /// `FULL_OBJECT`
    FullObject,
    /// `COMPOSITE`
    Composite,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ComputeObjectChecksumType, { FullObject => "FULL_OBJECT", Composite => "COMPOSITE" }
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessGrantInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    ///
    /// If you are passing the `default` location, you cannot create an access grant for the entire default location. You must also specify a bucket or a bucket and prefix in the `Subprefix` field.
    pub access_grants_location_id: String,
    /// The configuration options of the grant location. The grant location is the S3 path to the data to which you are granting access. It contains the `S3SubPrefix` field. The grant scope is the result of appending the subprefix to the location scope of the registered location.
    pub access_grants_location_configuration: Option<AccessGrantsLocationConfiguration>,
    /// The user, group, or role to which you are granting access. You can grant access to an IAM user or role. If you have added your corporate directory to Amazon Web Services IAM Identity Center and associated your Identity Center instance with your S3 Access Grants instance, the grantee can also be a corporate directory user or group.
    pub grantee: Grantee,
    /// The type of access that you are granting to your S3 data, which can be set to one of the following values:
    ///
    /// - `READ` – Grant read-only access to the S3 data.
    ///
    /// - `WRITE` – Grant write-only access to the S3 data.
    ///
    /// - `READWRITE` – Grant both read and write access to the S3 data.
    pub permission: Permission,
    /// The Amazon Resource Name (ARN) of an Amazon Web Services IAM Identity Center application associated with your Identity Center instance. If an application ARN is included in the request to create an access grant, the grantee can only access the S3 data through this application.
    pub application_arn: Option<String>,
    /// The type of `S3SubPrefix`. The only possible value is `Object`. Pass this value if the access grant scope is an object. Do not pass this value if the access grant scope is a bucket or a bucket and a prefix.
    pub s3_prefix_type: Option<S3PrefixType>,
    /// The Amazon Web Services resource tags that you are adding to the access grant. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateAccessGrantInput, CREATE_ACCESS_GRANT_INPUT, [account_id,
    access_grants_location_id, access_grants_location_configuration, grantee, permission,
    application_arn, s3_prefix_type, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessGrantOutput {
    /// The date and time when you created the access grant.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the access grant. S3 Access Grants auto-generates this ID when you create the access grant.
    pub access_grant_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the access grant.
    pub access_grant_arn: Option<String>,
    /// The user, group, or role to which you are granting access. You can grant access to an IAM user or role. If you have added your corporate directory to Amazon Web Services IAM Identity Center and associated your Identity Center instance with your S3 Access Grants instance, the grantee can also be a corporate directory user or group.
    pub grantee: Option<Grantee>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The configuration options of the grant location. The grant location is the S3 path to the data to which you are granting access.
    pub access_grants_location_configuration: Option<AccessGrantsLocationConfiguration>,
    /// The type of access that you are granting to your S3 data, which can be set to one of the following values:
    ///
    /// - `READ` – Grant read-only access to the S3 data.
    ///
    /// - `WRITE` – Grant write-only access to the S3 data.
    ///
    /// - `READWRITE` – Grant both read and write access to the S3 data.
    pub permission: Option<Permission>,
    /// The Amazon Resource Name (ARN) of an Amazon Web Services IAM Identity Center application associated with your Identity Center instance. If the grant includes an application ARN, the grantee can only access the S3 data through this application.
    pub application_arn: Option<String>,
    /// The S3 path of the data to which you are granting access. It is the result of appending the `Subprefix` to the location scope.
    pub grant_scope: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateAccessGrantOutput, CREATE_ACCESS_GRANT_OUTPUT, [created_at, access_grant_id,
    access_grant_arn, grantee, access_grants_location_id,
    access_grants_location_configuration, permission, application_arn, grant_scope], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessGrantsInstanceInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// If you would like to associate your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, use this field to pass the Amazon Resource Name (ARN) of the Amazon Web Services IAM Identity Center instance that you are associating with your S3 Access Grants instance. An IAM Identity Center instance is your corporate identity directory that you added to the IAM Identity Center. You can use the [ListInstances](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html) API operation to retrieve a list of your Identity Center instances and their ARNs.
    pub identity_center_arn: Option<String>,
    /// The Amazon Web Services resource tags that you are adding to the S3 Access Grants instance. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateAccessGrantsInstanceInput, CREATE_ACCESS_GRANTS_INSTANCE_INPUT, [account_id,
    identity_center_arn, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessGrantsInstanceOutput {
    /// The date and time when you created the S3 Access Grants instance.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the S3 Access Grants instance. The ID is `default`. You can have one S3 Access Grants instance per Region per account.
    pub access_grants_instance_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services IAM Identity Center instance that you are associating with your S3 Access Grants instance. An IAM Identity Center instance is your corporate identity directory that you added to the IAM Identity Center. You can use the [ListInstances](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html) API operation to retrieve a list of your Identity Center instances and their ARNs.
    pub access_grants_instance_arn: Option<String>,
    /// If you associated your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, this field returns the Amazon Resource Name (ARN) of the IAM Identity Center instance application; a subresource of the original Identity Center instance. S3 Access Grants creates this Identity Center application for the specific S3 Access Grants instance.
    pub identity_center_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services IAM Identity Center instance that you are associating with your S3 Access Grants instance. An IAM Identity Center instance is your corporate identity directory that you added to the IAM Identity Center. You can use the [ListInstances](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html) API operation to retrieve a list of your Identity Center instances and their ARNs.
    pub identity_center_instance_arn: Option<String>,
    /// If you associated your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, this field returns the Amazon Resource Name (ARN) of the IAM Identity Center instance application; a subresource of the original Identity Center instance. S3 Access Grants creates this Identity Center application for the specific S3 Access Grants instance.
    pub identity_center_application_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateAccessGrantsInstanceOutput, CREATE_ACCESS_GRANTS_INSTANCE_OUTPUT, [created_at,
    access_grants_instance_id, access_grants_instance_arn, identity_center_arn,
    identity_center_instance_arn, identity_center_application_arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessGrantsLocationInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The S3 path to the location that you are registering. The location scope can be the default S3 location `s3://`, the S3 path to a bucket `s3://\<bucket\>`, or the S3 path to a bucket and prefix `s3://\<bucket\>/\<prefix\>`. A prefix in S3 is a string of characters at the beginning of an object key name used to organize the objects that you store in your S3 buckets. For example, object key names that start with the `engineering/` prefix or object key names that start with the `marketing/campaigns/` prefix.
    pub location_scope: String,
    /// The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants assumes this role to manage access to the registered location.
    pub iam_role_arn: String,
    /// The Amazon Web Services resource tags that you are adding to the S3 Access Grants location. Each tag is a label consisting of a user-defined key and value. Tags can help you manage, identify, organize, search for, and filter resources.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateAccessGrantsLocationInput, CREATE_ACCESS_GRANTS_LOCATION_INPUT, [account_id,
    location_scope, iam_role_arn, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessGrantsLocationOutput {
    /// The date and time when you registered the location.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the location you are registering.
    pub access_grants_location_arn: Option<String>,
    /// The S3 URI path to the location that you are registering. The location scope can be the default S3 location `s3://`, the S3 path to a bucket, or the S3 path to a bucket and prefix. A prefix in S3 is a string of characters at the beginning of an object key name used to organize the objects that you store in your S3 buckets. For example, object key names that start with the `engineering/` prefix or object key names that start with the `marketing/campaigns/` prefix.
    pub location_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants assumes this role to manage access to the registered location.
    pub iam_role_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateAccessGrantsLocationOutput, CREATE_ACCESS_GRANTS_LOCATION_OUTPUT, [created_at,
    access_grants_location_id, access_grants_location_arn, location_scope, iam_role_arn],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessPointForObjectLambdaInput {
    /// The Amazon Web Services account ID for owner of the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name you want to assign to this Object Lambda Access Point.
    pub name: String,
    /// Object Lambda Access Point configuration as a JSON document.
    pub configuration: ObjectLambdaConfiguration,
}
rt::structure!(
    CreateAccessPointForObjectLambdaInput, CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT,
    [account_id, name, configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessPointForObjectLambdaOutput {
    /// Specifies the ARN for the Object Lambda Access Point.
    pub object_lambda_access_point_arn: Option<String>,
    /// The alias of the Object Lambda Access Point.
    pub alias: Option<ObjectLambdaAccessPointAlias>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateAccessPointForObjectLambdaOutput, CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA_OUTPUT,
    [object_lambda_access_point_arn, alias], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessPointInput {
    /// The Amazon Web Services account ID for the account that owns the specified access point.
    pub account_id: String,
    /// The name you want to assign to this access point.
    ///
    /// For directory buckets, the access point name must consist of a base name that you provide and suffix that includes the `ZoneID` (Amazon Web Services Availability Zone or Local Zone) of your bucket location, followed by `--xa-s3`. For more information, see [Managing access to shared datasets in directory buckets with access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets.html) in the *Amazon S3 User Guide*.
    pub name: String,
    /// The name of the bucket that you want to associate this access point with.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
    /// If you include this field, Amazon S3 restricts access to this access point to requests from the specified virtual private cloud (VPC).
    ///
    /// This is required for creating an access point for Amazon S3 on Outposts buckets.
    pub vpc_configuration: Option<VpcConfiguration>,
    /// The `PublicAccessBlock` configuration that you want to apply to the access point.
    pub public_access_block_configuration: Option<PublicAccessBlockConfiguration>,
    /// The Amazon Web Services account ID associated with the S3 bucket associated with this access point.
    ///
    /// For same account access point when your bucket and access point belong to the same account owner, the `BucketAccountId` is not required. For cross-account access point when your bucket and access point are not in the same account, the `BucketAccountId` is required.
    pub bucket_account_id: Option<String>,
    /// For directory buckets, you can filter access control to specific prefixes, API operations, or a combination of both. For more information, see [Managing access to shared datasets in directory buckets with access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// Scope is only supported for access points attached to directory buckets.
    pub scope: Option<Scope>,
    /// An array of tags that you can apply to an access point. Tags are key-value pairs of metadata used to control access to your access points. For more information about tags, see [Using tags with Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging.html). For information about tagging access points, see [Using tags for attribute-based access control (ABAC)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging.html#using-tags-for-abac).
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateAccessPointInput, CREATE_ACCESS_POINT_INPUT, [account_id, name, bucket,
    vpc_configuration, public_access_block_configuration, bucket_account_id, scope, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessPointOutput {
    /// The ARN of the access point.
    ///
    /// This is only supported by Amazon S3 on Outposts.
    pub access_point_arn: Option<String>,
    /// The name or alias of the access point.
    pub alias: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateAccessPointOutput, CREATE_ACCESS_POINT_OUTPUT, [access_point_arn, alias], meta
    = response_metadata
);
/// The container for the bucket configuration.
///
/// This is not supported by Amazon S3 on Outposts buckets.
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketConfiguration {
    /// Specifies the Region where the bucket will be created. If you are creating a bucket on the US East (N. Virginia) Region (us-east-1), you do not need to specify the location.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub location_constraint: Option<BucketLocationConstraint>,
}
rt::structure!(
    CreateBucketConfiguration, CREATE_BUCKET_CONFIGURATION, [location_constraint]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketInput {
    /// The canned ACL to apply to the bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub acl: Option<BucketCannedAcl>,
    /// The name of the bucket.
    pub bucket: String,
    /// The configuration information for the bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub create_bucket_configuration: Option<CreateBucketConfiguration>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create, overwrite, and delete any object in the bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub grant_write_acp: Option<String>,
    /// Specifies whether you want S3 Object Lock to be enabled for the new bucket.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub object_lock_enabled_for_bucket: Option<bool>,
    /// The ID of the Outposts where the bucket is being created.
    ///
    /// This ID is required by Amazon S3 on Outposts buckets.
    pub outpost_id: Option<String>,
}
rt::structure!(
    CreateBucketInput, CREATE_BUCKET_INPUT, [acl, bucket, create_bucket_configuration,
    grant_full_control, grant_read, grant_read_acp, grant_write, grant_write_acp,
    object_lock_enabled_for_bucket, outpost_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateBucketOutput {
    /// The location of the bucket.
    pub location: Option<String>,
    /// The Amazon Resource Name (ARN) of the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateBucketOutput, CREATE_BUCKET_OUTPUT, [location, bucket_arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateJobInput {
    /// The Amazon Web Services account ID that creates the job.
    pub account_id: String,
    /// Indicates whether confirmation is required before Amazon S3 runs the job. Confirmation is only required for jobs created through the Amazon S3 console.
    pub confirmation_required: Option<bool>,
    /// The action that you want this job to perform on every object listed in the manifest. For more information about the available actions, see [Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-operations.html) in the *Amazon S3 User Guide*.
    pub operation: JobOperation,
    /// Configuration parameters for the optional job-completion report.
    pub report: JobReport,
    /// An idempotency token to ensure that you don't accidentally submit the same request twice. You can use any string up to the maximum length.
    pub client_request_token: String,
    /// Configuration parameters for the manifest.
    pub manifest: Option<JobManifest>,
    /// A description for this job. You can use any string within the permitted length. Descriptions don't need to be unique and can be used for multiple jobs.
    pub description: Option<String>,
    /// The numerical priority for this job. Higher numbers indicate higher priority.
    pub priority: i32,
    /// The Amazon Resource Name (ARN) for the Identity and Access Management (IAM) role that Batch Operations will use to run this job's action on every object in the manifest.
    pub role_arn: String,
    /// A set of tags to associate with the S3 Batch Operations job. This is an optional parameter.
    pub tags: Option<Vec<S3Tag>>,
    /// The attribute container for the ManifestGenerator details. Jobs must be created with either a manifest file or a ManifestGenerator, but not both.
    pub manifest_generator: Option<JobManifestGenerator>,
}
rt::structure!(
    CreateJobInput, CREATE_JOB_INPUT, [account_id, confirmation_required, operation,
    report, client_request_token, manifest, description, priority, role_arn, tags,
    manifest_generator]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateJobOutput {
    /// The ID for this job. Amazon S3 generates this ID automatically and returns it after a successful `Create Job` request.
    pub job_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(CreateJobOutput, CREATE_JOB_OUTPUT, [job_id], meta = response_metadata);
/// A container for the information associated with a [CreateMultiRegionAccessPoint](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateMultiRegionAccessPoint.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultiRegionAccessPointInput2 {
    /// The name of the Multi-Region Access Point associated with this request.
    pub name: String,
    /// The `PublicAccessBlock` configuration that you want to apply to this Amazon S3 account. You can enable the configuration options in any combination. For more information about when Amazon S3 considers a bucket or object public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
    ///
    /// This data type is not supported for Amazon S3 on Outposts.
    pub public_access_block: Option<PublicAccessBlockConfiguration>,
    /// The buckets in different Regions that are associated with the Multi-Region Access Point.
    pub regions: Vec<Region>,
}
rt::structure!(
    CreateMultiRegionAccessPointInput2, CREATE_MULTI_REGION_ACCESS_POINT_INPUT2, [name,
    public_access_block, regions]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultiRegionAccessPointInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point. The owner of the Multi-Region Access Point also must own the underlying buckets.
    pub account_id: String,
    /// An idempotency token used to identify the request and guarantee that requests are unique.
    pub client_token: String,
    /// A container element containing details about the Multi-Region Access Point.
    pub details: CreateMultiRegionAccessPointInput2,
}
rt::structure!(
    CreateMultiRegionAccessPointInput, CREATE_MULTI_REGION_ACCESS_POINT_INPUT,
    [account_id, client_token, details]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateMultiRegionAccessPointOutput {
    /// The request token associated with the request. You can use this token with [DescribeMultiRegionAccessPointOperation](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DescribeMultiRegionAccessPointOperation.html) to determine the status of asynchronous requests.
    pub request_token_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateMultiRegionAccessPointOutput, CREATE_MULTI_REGION_ACCESS_POINT_OUTPUT,
    [request_token_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateStorageLensGroupInput {
    /// The Amazon Web Services account ID that the Storage Lens group is created from and associated with.
    pub account_id: String,
    /// The Storage Lens group configuration.
    pub storage_lens_group: StorageLensGroup,
    /// The Amazon Web Services resource tags that you're adding to your Storage Lens group. This parameter is optional.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateStorageLensGroupInput, CREATE_STORAGE_LENS_GROUP_INPUT, [account_id,
    storage_lens_group, tags]
);
/// The Amazon Web Services Security Token Service temporary credential that S3 Access Grants vends to grantees and client applications.
#[derive(Clone, Default, PartialEq)]
pub struct Credentials {
    /// The unique access key ID of the Amazon Web Services STS temporary credential that S3 Access Grants vends to grantees and client applications.
    pub access_key_id: Option<String>,
    /// The secret access key of the Amazon Web Services STS temporary credential that S3 Access Grants vends to grantees and client applications.
    pub secret_access_key: Option<String>,
    /// The Amazon Web Services STS temporary credential that S3 Access Grants vends to grantees and client applications.
    pub session_token: Option<String>,
    /// The expiration date and time of the temporary credential that S3 Access Grants vends to grantees and client applications.
    pub expiration: Option<rt::DateTime>,
}
rt::structure!(
    Credentials, CREDENTIALS, [access_key_id, secret_access_key, session_token,
    expiration]
);
/// A filter that returns objects that are encrypted by dual-layer server-side encryption with Amazon Web Services Key Management Service (KMS) keys (DSSE-KMS). You can further refine your filtering by optionally providing a KMS Key ARN to filter objects encrypted by a specific key.
#[derive(Clone, Default, PartialEq)]
pub struct DssekmsFilter {
    /// The Amazon Resource Name (ARN) of the customer managed KMS key to use for the filter to return objects that are encrypted by the specified key. For best performance, use keys in the same Region as the S3 Batch Operations job.
    pub kms_key_arn: Option<String>,
}
rt::structure!(DssekmsFilter, DSSEKMS_FILTER, [kms_key_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessGrantInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The ID of the access grant. S3 Access Grants auto-generates this ID when you create the access grant.
    pub access_grant_id: String,
}
rt::structure!(
    DeleteAccessGrantInput, DELETE_ACCESS_GRANT_INPUT, [account_id, access_grant_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessGrantsInstanceInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
}
rt::structure!(
    DeleteAccessGrantsInstanceInput, DELETE_ACCESS_GRANTS_INSTANCE_INPUT, [account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessGrantsInstanceResourcePolicyInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
}
rt::structure!(
    DeleteAccessGrantsInstanceResourcePolicyInput,
    DELETE_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT, [account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessGrantsLocationInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The ID of the registered location that you are deregistering from your S3 Access Grants instance. S3 Access Grants assigned this ID when you registered the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: String,
}
rt::structure!(
    DeleteAccessGrantsLocationInput, DELETE_ACCESS_GRANTS_LOCATION_INPUT, [account_id,
    access_grants_location_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessPointForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the access point you want to delete.
    pub name: String,
}
rt::structure!(
    DeleteAccessPointForObjectLambdaInput, DELETE_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT,
    [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessPointPolicyForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point you want to delete the policy for.
    pub name: String,
}
rt::structure!(
    DeleteAccessPointPolicyForObjectLambdaInput,
    DELETE_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessPointPolicyInput {
    /// The account ID for the account that owns the specified access point.
    pub account_id: String,
    /// The name of the access point whose policy you want to delete.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the access point accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/accesspoint/\<my-accesspoint-name\>`. For example, to access the access point `reports-ap` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/accesspoint/reports-ap`. The value must be URL encoded.
    pub name: String,
}
rt::structure!(
    DeleteAccessPointPolicyInput, DELETE_ACCESS_POINT_POLICY_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessPointInput {
    /// The Amazon Web Services account ID for the account that owns the specified access point.
    pub account_id: String,
    /// The name of the access point you want to delete.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the access point accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/accesspoint/\<my-accesspoint-name\>`. For example, to access the access point `reports-ap` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/accesspoint/reports-ap`. The value must be URL encoded.
    pub name: String,
}
rt::structure!(DeleteAccessPointInput, DELETE_ACCESS_POINT_INPUT, [account_id, name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessPointScopeInput {
    /// The Amazon Web Services account ID that owns the access point with the scope that you want to delete.
    pub account_id: String,
    /// The name of the access point with the scope that you want to delete.
    pub name: String,
}
rt::structure!(
    DeleteAccessPointScopeInput, DELETE_ACCESS_POINT_SCOPE_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketLifecycleConfigurationInput {
    /// The account ID of the lifecycle configuration to delete.
    pub account_id: String,
    /// Specifies the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(
    DeleteBucketLifecycleConfigurationInput, DELETE_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
    [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketPolicyInput {
    /// The account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(
    DeleteBucketPolicyInput, DELETE_BUCKET_POLICY_INPUT, [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketReplicationInput {
    /// The Amazon Web Services account ID of the Outposts bucket to delete the replication configuration for.
    pub account_id: String,
    /// Specifies the S3 on Outposts bucket to delete the replication configuration for.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(
    DeleteBucketReplicationInput, DELETE_BUCKET_REPLICATION_INPUT, [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketInput {
    /// The account ID that owns the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket being deleted.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(DeleteBucketInput, DELETE_BUCKET_INPUT, [account_id, bucket]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteBucketTaggingInput {
    /// The Amazon Web Services account ID of the Outposts bucket tag set to be removed.
    pub account_id: String,
    /// The bucket ARN that has the tag set to be removed.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(
    DeleteBucketTaggingInput, DELETE_BUCKET_TAGGING_INPUT, [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteJobTaggingInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The ID for the S3 Batch Operations job whose tags you want to delete.
    pub job_id: String,
}
rt::structure!(DeleteJobTaggingInput, DELETE_JOB_TAGGING_INPUT, [account_id, job_id]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteJobTaggingOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteJobTaggingOutput, DELETE_JOB_TAGGING_OUTPUT, [], meta = response_metadata
);
/// Specifies whether S3 on Outposts replicates delete markers. If you specify a `Filter` element in your replication configuration, you must also include a `DeleteMarkerReplication` element. If your `Filter` includes a `Tag` element, the `DeleteMarkerReplication` element's `Status` child element must be set to `Disabled`, because S3 on Outposts does not support replicating delete markers for tag-based rules.
///
/// For more information about delete marker replication, see [How delete operations affect replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3OutpostsReplication.html#outposts-replication-what-is-replicated) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMarkerReplication {
    /// Indicates whether to replicate delete markers.
    pub status: DeleteMarkerReplicationStatus,
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
/// A container for the information associated with a [DeleteMultiRegionAccessPoint](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteMultiRegionAccessPoint.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMultiRegionAccessPointInput2 {
    /// The name of the Multi-Region Access Point associated with this request.
    pub name: String,
}
rt::structure!(
    DeleteMultiRegionAccessPointInput2, DELETE_MULTI_REGION_ACCESS_POINT_INPUT2, [name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMultiRegionAccessPointInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// An idempotency token used to identify the request and guarantee that requests are unique.
    pub client_token: String,
    /// A container element containing details about the Multi-Region Access Point.
    pub details: DeleteMultiRegionAccessPointInput2,
}
rt::structure!(
    DeleteMultiRegionAccessPointInput, DELETE_MULTI_REGION_ACCESS_POINT_INPUT,
    [account_id, client_token, details]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteMultiRegionAccessPointOutput {
    /// The request token associated with the request. You can use this token with [DescribeMultiRegionAccessPointOperation](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DescribeMultiRegionAccessPointOperation.html) to determine the status of asynchronous requests.
    pub request_token_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteMultiRegionAccessPointOutput, DELETE_MULTI_REGION_ACCESS_POINT_OUTPUT,
    [request_token_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeletePublicAccessBlockInput {
    /// The account ID for the Amazon Web Services account whose `PublicAccessBlock` configuration you want to remove.
    pub account_id: String,
}
rt::structure!(
    DeletePublicAccessBlockInput, DELETE_PUBLIC_ACCESS_BLOCK_INPUT, [account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteStorageLensConfigurationInput {
    /// The ID of the S3 Storage Lens configuration.
    pub config_id: String,
    /// The account ID of the requester.
    pub account_id: String,
}
rt::structure!(
    DeleteStorageLensConfigurationInput, DELETE_STORAGE_LENS_CONFIGURATION_INPUT,
    [config_id, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteStorageLensConfigurationTaggingInput {
    /// The ID of the S3 Storage Lens configuration.
    pub config_id: String,
    /// The account ID of the requester.
    pub account_id: String,
}
rt::structure!(
    DeleteStorageLensConfigurationTaggingInput,
    DELETE_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT, [config_id, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteStorageLensConfigurationTaggingOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteStorageLensConfigurationTaggingOutput,
    DELETE_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteStorageLensGroupInput {
    /// The name of the Storage Lens group that you're trying to delete.
    pub name: String,
    /// The Amazon Web Services account ID used to create the Storage Lens group that you're trying to delete.
    pub account_id: String,
}
rt::structure!(
    DeleteStorageLensGroupInput, DELETE_STORAGE_LENS_GROUP_INPUT, [name, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeJobInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The ID for the job whose information you want to retrieve.
    pub job_id: String,
}
rt::structure!(DescribeJobInput, DESCRIBE_JOB_INPUT, [account_id, job_id]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeJobOutput {
    /// Contains the configuration parameters and status for the job specified in the `Describe Job` request.
    pub job: Option<JobDescriptor>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(DescribeJobOutput, DESCRIBE_JOB_OUTPUT, [job], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeMultiRegionAccessPointOperationInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// The request token associated with the request you want to know about. This request token is returned as part of the response when you make an asynchronous request. You provide this token to query about the status of the asynchronous action.
    pub request_token_arn: String,
}
rt::structure!(
    DescribeMultiRegionAccessPointOperationInput,
    DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION_INPUT, [account_id, request_token_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeMultiRegionAccessPointOperationOutput {
    /// A container element containing the details of the asynchronous operation.
    pub async_operation: Option<AsyncOperation>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeMultiRegionAccessPointOperationOutput,
    DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION_OUTPUT, [async_operation], meta =
    response_metadata
);
/// Specifies information about the replication destination bucket and its settings for an S3 on Outposts replication configuration.
#[derive(Clone, Default, PartialEq)]
pub struct Destination {
    /// The destination bucket owner's account ID.
    pub account: Option<String>,
    /// The Amazon Resource Name (ARN) of the access point for the destination bucket where you want S3 on Outposts to store the replication results.
    pub bucket: String,
    /// A container that specifies S3 Replication Time Control (S3 RTC) settings, including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated. Must be specified together with a `Metrics` block.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub replication_time: Option<ReplicationTime>,
    /// Specify this property only in a cross-account scenario (where the source and destination bucket owners are not the same), and you want to change replica ownership to the Amazon Web Services account that owns the destination bucket. If this property is not specified in the replication configuration, the replicas are owned by same Amazon Web Services account that owns the source object.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub access_control_translation: Option<AccessControlTranslation>,
    /// A container that provides information about encryption. If `SourceSelectionCriteria` is specified, you must specify this element.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// A container that specifies replication metrics-related settings.
    pub metrics: Option<Metrics>,
    /// The storage class to use when replicating objects. All objects stored on S3 on Outposts are stored in the `OUTPOSTS` storage class. S3 on Outposts uses the `OUTPOSTS` storage class to create the object replicas.
    ///
    /// Values other than `OUTPOSTS` aren't supported by Amazon S3 on Outposts.
    pub storage_class: Option<ReplicationStorageClass>,
}
rt::structure!(
    Destination, DESTINATION, [account, bucket, replication_time,
    access_control_translation, encryption_configuration, metrics, storage_class]
);
/// The container element for Amazon S3 Storage Lens detailed status code metrics. Detailed status code metrics generate metrics for HTTP status codes, such as `200 OK`, `403 Forbidden`, `503 Service Unavailable` and others.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct DetailedStatusCodesMetrics {
    /// A container that indicates whether detailed status code metrics are enabled.
    pub is_enabled: Option<bool>,
}
rt::structure!(DetailedStatusCodesMetrics, DETAILED_STATUS_CODES_METRICS, [is_enabled]);
#[derive(Clone, Default, PartialEq)]
pub struct DissociateAccessGrantsIdentityCenterInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
}
rt::structure!(
    DissociateAccessGrantsIdentityCenterInput,
    DISSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER_INPUT, [account_id]
);
/// Specifies encryption-related information for an Amazon S3 bucket that is a destination for replicated objects. If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then KMS resolves the key within the requester’s account. This behavior can result in data that's encrypted with a KMS key that belongs to the requester, and not the bucket owner.
///
/// This is not supported by Amazon S3 on Outposts buckets.
#[derive(Clone, Default, PartialEq)]
pub struct EncryptionConfiguration {
    /// Specifies the ID of the customer managed KMS key that's stored in Key Management Service (KMS) for the destination bucket. This ID is either the Amazon Resource Name (ARN) for the KMS key or the alias ARN for the KMS key. Amazon S3 uses this KMS key to encrypt replica objects. Amazon S3 supports only symmetric encryption KMS keys. For more information, see [Symmetric encryption KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#symmetric-cmks) in the *Amazon Web Services Key Management Service Developer Guide*.
    pub replica_kms_key_id: Option<String>,
}
rt::structure!(EncryptionConfiguration, ENCRYPTION_CONFIGURATION, [replica_kms_key_id]);
/// The last established access control policy for a Multi-Region Access Point.
///
/// When you update the policy, the update is first listed as the proposed policy. After the update is finished and all Regions have been updated, the proposed policy is listed as the established policy. If both policies have the same version number, the proposed policy is the established policy.
#[derive(Clone, Default, PartialEq)]
pub struct EstablishedMultiRegionAccessPointPolicy {
    /// The details of the last established policy.
    pub policy: Option<String>,
}
rt::structure!(
    EstablishedMultiRegionAccessPointPolicy,
    ESTABLISHED_MULTI_REGION_ACCESS_POINT_POLICY, [policy]
);
/// A container for what Amazon S3 Storage Lens will exclude.
#[derive(Clone, Default, PartialEq)]
pub struct Exclude {
    /// A container for the S3 Storage Lens bucket excludes.
    pub buckets: Option<Vec<String>>,
    /// A container for the S3 Storage Lens Region excludes.
    pub regions: Option<Vec<String>>,
}
rt::structure!(Exclude, EXCLUDE, [buckets, regions]);
/// An optional configuration to replicate existing source bucket objects.
///
/// This is not supported by Amazon S3 on Outposts buckets.
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
pub enum Format {
    /// `CSV`
    Csv,
    /// `Parquet`
    Parquet,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Format, { Csv => "CSV", Parquet => "Parquet" });
/// The encryption configuration to use when storing the generated manifest.
#[derive(Clone, Default, PartialEq)]
pub struct GeneratedManifestEncryption {
    /// Specifies the use of SSE-S3 to encrypt generated manifest objects.
    pub sses3: Option<Sses3Encryption>,
    /// Configuration details on how SSE-KMS is used to encrypt generated manifest objects.
    pub ssekms: Option<SsekmsEncryption>,
}
rt::structure!(
    GeneratedManifestEncryption, GENERATED_MANIFEST_ENCRYPTION, [sses3, ssekms]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GeneratedManifestFormat {
    /// `S3InventoryReport_CSV_20211130`
    S3InventoryReportCsv20211130,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GeneratedManifestFormat, { S3InventoryReportCsv20211130 =>
    "S3InventoryReport_CSV_20211130" }
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The ID of the access grant. S3 Access Grants auto-generates this ID when you create the access grant.
    pub access_grant_id: String,
}
rt::structure!(
    GetAccessGrantInput, GET_ACCESS_GRANT_INPUT, [account_id, access_grant_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantOutput {
    /// The date and time when you created the access grant.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the access grant. S3 Access Grants auto-generates this ID when you create the access grant.
    pub access_grant_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the access grant.
    pub access_grant_arn: Option<String>,
    /// The user, group, or role to which you are granting access. You can grant access to an IAM user or role. If you have added a corporate directory to Amazon Web Services IAM Identity Center and associated this Identity Center instance with the S3 Access Grants instance, the grantee can also be a corporate directory user or group.
    pub grantee: Option<Grantee>,
    /// The type of permission that was granted in the access grant. Can be one of the following values:
    ///
    /// - `READ` – Grant read-only access to the S3 data.
    ///
    /// - `WRITE` – Grant write-only access to the S3 data.
    ///
    /// - `READWRITE` – Grant both read and write access to the S3 data.
    pub permission: Option<Permission>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The configuration options of the grant location. The grant location is the S3 path to the data to which you are granting access.
    pub access_grants_location_configuration: Option<AccessGrantsLocationConfiguration>,
    /// The S3 path of the data to which you are granting access. It is the result of appending the `Subprefix` to the location scope.
    pub grant_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of an Amazon Web Services IAM Identity Center application associated with your Identity Center instance. If the grant includes an application ARN, the grantee can only access the S3 data through this application.
    pub application_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessGrantOutput, GET_ACCESS_GRANT_OUTPUT, [created_at, access_grant_id,
    access_grant_arn, grantee, permission, access_grants_location_id,
    access_grants_location_configuration, grant_scope, application_arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsInstanceForPrefixInput {
    /// The ID of the Amazon Web Services account that is making this request.
    pub account_id: String,
    /// The S3 prefix of the access grants that you would like to retrieve.
    pub s3_prefix: String,
}
rt::structure!(
    GetAccessGrantsInstanceForPrefixInput, GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX_INPUT,
    [account_id, s3_prefix]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsInstanceForPrefixOutput {
    /// The Amazon Resource Name (ARN) of the S3 Access Grants instance.
    pub access_grants_instance_arn: Option<String>,
    /// The ID of the S3 Access Grants instance. The ID is `default`. You can have one S3 Access Grants instance per Region per account.
    pub access_grants_instance_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessGrantsInstanceForPrefixOutput, GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX_OUTPUT,
    [access_grants_instance_arn, access_grants_instance_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsInstanceInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
}
rt::structure!(
    GetAccessGrantsInstanceInput, GET_ACCESS_GRANTS_INSTANCE_INPUT, [account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsInstanceResourcePolicyInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
}
rt::structure!(
    GetAccessGrantsInstanceResourcePolicyInput,
    GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT, [account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsInstanceResourcePolicyOutput {
    /// The resource policy of the S3 Access Grants instance.
    pub policy: Option<String>,
    /// The Organization of the resource policy of the S3 Access Grants instance.
    pub organization: Option<String>,
    /// The date and time when you created the S3 Access Grants instance resource policy.
    pub created_at: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessGrantsInstanceResourcePolicyOutput,
    GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_OUTPUT, [policy, organization,
    created_at], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsInstanceOutput {
    /// The Amazon Resource Name (ARN) of the S3 Access Grants instance.
    pub access_grants_instance_arn: Option<String>,
    /// The ID of the S3 Access Grants instance. The ID is `default`. You can have one S3 Access Grants instance per Region per account.
    pub access_grants_instance_id: Option<String>,
    /// If you associated your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, this field returns the Amazon Resource Name (ARN) of the IAM Identity Center instance application; a subresource of the original Identity Center instance. S3 Access Grants creates this Identity Center application for the specific S3 Access Grants instance.
    pub identity_center_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services IAM Identity Center instance that you are associating with your S3 Access Grants instance. An IAM Identity Center instance is your corporate identity directory that you added to the IAM Identity Center. You can use the [ListInstances](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html) API operation to retrieve a list of your Identity Center instances and their ARNs.
    pub identity_center_instance_arn: Option<String>,
    /// If you associated your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, this field returns the Amazon Resource Name (ARN) of the IAM Identity Center instance application; a subresource of the original Identity Center instance. S3 Access Grants creates this Identity Center application for the specific S3 Access Grants instance.
    pub identity_center_application_arn: Option<String>,
    /// The date and time when you created the S3 Access Grants instance.
    pub created_at: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessGrantsInstanceOutput, GET_ACCESS_GRANTS_INSTANCE_OUTPUT,
    [access_grants_instance_arn, access_grants_instance_id, identity_center_arn,
    identity_center_instance_arn, identity_center_application_arn, created_at], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsLocationInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The ID of the registered location that you are retrieving. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: String,
}
rt::structure!(
    GetAccessGrantsLocationInput, GET_ACCESS_GRANTS_LOCATION_INPUT, [account_id,
    access_grants_location_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessGrantsLocationOutput {
    /// The date and time when you registered the location.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the registered location.
    pub access_grants_location_arn: Option<String>,
    /// The S3 URI path to the registered location. The location scope can be the default S3 location `s3://`, the S3 path to a bucket, or the S3 path to a bucket and prefix. A prefix in S3 is a string of characters at the beginning of an object key name used to organize the objects that you store in your S3 buckets. For example, object key names that start with the `engineering/` prefix or object key names that start with the `marketing/campaigns/` prefix.
    pub location_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants assumes this role to manage access to the registered location.
    pub iam_role_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessGrantsLocationOutput, GET_ACCESS_GRANTS_LOCATION_OUTPUT, [created_at,
    access_grants_location_id, access_grants_location_arn, location_scope, iam_role_arn],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointConfigurationForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point you want to return the configuration for.
    pub name: String,
}
rt::structure!(
    GetAccessPointConfigurationForObjectLambdaInput,
    GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointConfigurationForObjectLambdaOutput {
    /// Object Lambda Access Point configuration document.
    pub configuration: Option<ObjectLambdaConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointConfigurationForObjectLambdaOutput,
    GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_OUTPUT, [configuration], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point.
    pub name: String,
}
rt::structure!(
    GetAccessPointForObjectLambdaInput, GET_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT,
    [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointForObjectLambdaOutput {
    /// The name of the Object Lambda Access Point.
    pub name: Option<String>,
    /// Configuration to block all public access. This setting is turned on and can not be edited.
    pub public_access_block_configuration: Option<PublicAccessBlockConfiguration>,
    /// The date and time when the specified Object Lambda Access Point was created.
    pub creation_date: Option<rt::DateTime>,
    /// The alias of the Object Lambda Access Point.
    pub alias: Option<ObjectLambdaAccessPointAlias>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointForObjectLambdaOutput, GET_ACCESS_POINT_FOR_OBJECT_LAMBDA_OUTPUT,
    [name, public_access_block_configuration, creation_date, alias], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point.
    pub name: String,
}
rt::structure!(
    GetAccessPointPolicyForObjectLambdaInput,
    GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyForObjectLambdaOutput {
    /// Object Lambda Access Point resource policy document.
    pub policy: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointPolicyForObjectLambdaOutput,
    GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_OUTPUT, [policy], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyInput {
    /// The account ID for the account that owns the specified access point.
    pub account_id: String,
    /// The name of the access point whose policy you want to retrieve.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the access point accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/accesspoint/\<my-accesspoint-name\>`. For example, to access the access point `reports-ap` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/accesspoint/reports-ap`. The value must be URL encoded.
    pub name: String,
}
rt::structure!(
    GetAccessPointPolicyInput, GET_ACCESS_POINT_POLICY_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyOutput {
    /// The access point policy associated with the specified access point.
    pub policy: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointPolicyOutput, GET_ACCESS_POINT_POLICY_OUTPUT, [policy], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyStatusForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point.
    pub name: String,
}
rt::structure!(
    GetAccessPointPolicyStatusForObjectLambdaInput,
    GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyStatusForObjectLambdaOutput {
    /// Indicates whether this access point policy is public. For more information about how Amazon S3 evaluates policies to determine whether they are public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
    pub policy_status: Option<PolicyStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointPolicyStatusForObjectLambdaOutput,
    GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA_OUTPUT, [policy_status], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyStatusInput {
    /// The account ID for the account that owns the specified access point.
    pub account_id: String,
    /// The name of the access point whose policy status you want to retrieve.
    pub name: String,
}
rt::structure!(
    GetAccessPointPolicyStatusInput, GET_ACCESS_POINT_POLICY_STATUS_INPUT, [account_id,
    name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointPolicyStatusOutput {
    /// Indicates the current policy status of the specified access point.
    pub policy_status: Option<PolicyStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointPolicyStatusOutput, GET_ACCESS_POINT_POLICY_STATUS_OUTPUT,
    [policy_status], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointInput {
    /// The Amazon Web Services account ID for the account that owns the specified access point.
    pub account_id: String,
    /// The name of the access point whose configuration information you want to retrieve.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the access point accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/accesspoint/\<my-accesspoint-name\>`. For example, to access the access point `reports-ap` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/accesspoint/reports-ap`. The value must be URL encoded.
    pub name: String,
}
rt::structure!(GetAccessPointInput, GET_ACCESS_POINT_INPUT, [account_id, name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointOutput {
    /// The name of the specified access point.
    pub name: Option<String>,
    /// The name of the bucket associated with the specified access point.
    pub bucket: Option<String>,
    /// Indicates whether this access point allows access from the public internet. If `VpcConfiguration` is specified for this access point, then `NetworkOrigin` is `VPC`, and the access point doesn't allow access from the public internet. Otherwise, `NetworkOrigin` is `Internet`, and the access point allows access from the public internet, subject to the access point and bucket access policies.
    ///
    /// This will always be true for an Amazon S3 on Outposts access point
    pub network_origin: Option<NetworkOrigin>,
    /// Contains the virtual private cloud (VPC) configuration for the specified access point.
    ///
    /// This element is empty if this access point is an Amazon S3 on Outposts access point that is used by other Amazon Web Services services.
    pub vpc_configuration: Option<VpcConfiguration>,
    /// The `PublicAccessBlock` configuration that you want to apply to this Amazon S3 account. You can enable the configuration options in any combination. For more information about when Amazon S3 considers a bucket or object public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
    ///
    /// This data type is not supported for Amazon S3 on Outposts.
    pub public_access_block_configuration: Option<PublicAccessBlockConfiguration>,
    /// The date and time when the specified access point was created.
    pub creation_date: Option<rt::DateTime>,
    /// The name or alias of the access point.
    pub alias: Option<String>,
    /// The ARN of the access point.
    pub access_point_arn: Option<String>,
    /// The VPC endpoint for the access point.
    pub endpoints: Option<rt::IndexMap<String, String>>,
    /// The Amazon Web Services account ID associated with the S3 bucket associated with this access point.
    pub bucket_account_id: Option<String>,
    /// The unique identifier for the data source of the access point.
    pub data_source_id: Option<String>,
    /// The type of the data source that the access point is attached to.
    pub data_source_type: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointOutput, GET_ACCESS_POINT_OUTPUT, [name, bucket, network_origin,
    vpc_configuration, public_access_block_configuration, creation_date, alias,
    access_point_arn, endpoints, bucket_account_id, data_source_id, data_source_type],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointScopeInput {
    /// The Amazon Web Services account ID that owns the access point with the scope that you want to retrieve.
    pub account_id: String,
    /// The name of the access point with the scope you want to retrieve.
    pub name: String,
}
rt::structure!(
    GetAccessPointScopeInput, GET_ACCESS_POINT_SCOPE_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessPointScopeOutput {
    /// The contents of the access point scope.
    pub scope: Option<Scope>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessPointScopeOutput, GET_ACCESS_POINT_SCOPE_OUTPUT, [scope], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(
    GetBucketLifecycleConfigurationInput, GET_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
    [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationOutput {
    /// Container for the lifecycle rule of the Outposts bucket.
    pub rules: Option<Vec<LifecycleRule>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketLifecycleConfigurationOutput, GET_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT,
    [rules], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketPolicyInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(GetBucketPolicyInput, GET_BUCKET_POLICY_INPUT, [account_id, bucket]);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketPolicyOutput {
    /// The policy of the Outposts bucket.
    pub policy: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketPolicyOutput, GET_BUCKET_POLICY_OUTPUT, [policy], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketReplicationInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket to get the replication information for.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(
    GetBucketReplicationInput, GET_BUCKET_REPLICATION_INPUT, [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketReplicationOutput {
    /// A container for one or more replication rules. A replication configuration must have at least one rule and you can add up to 100 rules. The maximum size of a replication configuration is 128 KB.
    pub replication_configuration: Option<ReplicationConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketReplicationOutput, GET_BUCKET_REPLICATION_OUTPUT,
    [replication_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(GetBucketInput, GET_BUCKET_INPUT, [account_id, bucket]);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketOutput {
    /// The Outposts bucket requested.
    pub bucket: Option<String>,
    pub public_access_block_enabled: Option<bool>,
    /// The creation date of the Outposts bucket.
    pub creation_date: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketOutput, GET_BUCKET_OUTPUT, [bucket, public_access_block_enabled,
    creation_date], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketTaggingInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
}
rt::structure!(GetBucketTaggingInput, GET_BUCKET_TAGGING_INPUT, [account_id, bucket]);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketTaggingOutput {
    /// The tags set of the Outposts bucket.
    pub tag_set: Vec<S3Tag>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketTaggingOutput, GET_BUCKET_TAGGING_OUTPUT, [tag_set], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketVersioningInput {
    /// The Amazon Web Services account ID of the S3 on Outposts bucket.
    pub account_id: String,
    /// The S3 on Outposts bucket to return the versioning state for.
    pub bucket: String,
}
rt::structure!(
    GetBucketVersioningInput, GET_BUCKET_VERSIONING_INPUT, [account_id, bucket]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetBucketVersioningOutput {
    /// The versioning state of the S3 on Outposts bucket.
    pub status: Option<BucketVersioningStatus>,
    /// Specifies whether MFA delete is enabled in the bucket versioning configuration. This element is returned only if the bucket has been configured with MFA delete. If MFA delete has never been configured for the bucket, this element is not returned.
    pub mfa_delete: Option<MfaDeleteStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetBucketVersioningOutput, GET_BUCKET_VERSIONING_OUTPUT, [status, mfa_delete], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDataAccessInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The S3 URI path of the data to which you are requesting temporary access credentials. If the requesting account has an access grant for this data, S3 Access Grants vends temporary access credentials in the response.
    pub target: String,
    /// The type of permission granted to your S3 data, which can be set to one of the following values:
    ///
    /// - `READ` – Grant read-only access to the S3 data.
    ///
    /// - `WRITE` – Grant write-only access to the S3 data.
    ///
    /// - `READWRITE` – Grant both read and write access to the S3 data.
    pub permission: Permission,
    /// The session duration, in seconds, of the temporary access credential that S3 Access Grants vends to the grantee or client application. The default value is 1 hour, but the grantee can specify a range from 900 seconds (15 minutes) up to 43200 seconds (12 hours). If the grantee requests a value higher than this maximum, the operation fails.
    pub duration_seconds: Option<i32>,
    /// The scope of the temporary access credential that S3 Access Grants vends to the grantee or client application.
    ///
    /// - `Default` – The scope of the returned temporary access token is the scope of the grant that is closest to the target scope.
    ///
    /// - `Minimal` – The scope of the returned temporary access token is the same as the requested target scope as long as the requested scope is the same as or a subset of the grant scope.
    pub privilege: Option<Privilege>,
    /// The type of `Target`. The only possible value is `Object`. Pass this value if the target data that you would like to access is a path to an object. Do not pass this value if the target data is a bucket or a bucket and a prefix.
    pub target_type: Option<S3PrefixType>,
    /// The context to identify the job or query associated with the credential request. This information will be displayed in CloudTrail log in your account.
    pub audit_context: Option<String>,
    /// The scope of S3 Access Grants instances to search for a grant matching the requested S3 URI path.
    ///
    /// - `SELF` – Searches only the instance of the Amazon Web Services account ID in the request.
    ///
    /// - `ALL` – Searches the instance of the Amazon Web Services account ID in the request and all instances shared with the caller's account through Amazon Web Services Resource Access Manager (RAM).
    pub instance_scope: Option<InstanceScope>,
}
rt::structure!(
    GetDataAccessInput, GET_DATA_ACCESS_INPUT, [account_id, target, permission,
    duration_seconds, privilege, target_type, audit_context, instance_scope]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDataAccessOutput {
    /// The temporary credential token that S3 Access Grants vends.
    pub credentials: Option<Credentials>,
    /// The S3 URI path of the data to which you are being granted temporary access credentials.
    pub matched_grant_target: Option<String>,
    /// The user, group, or role that was granted access to the S3 location scope. For directory identities, this API also returns the grants of the IAM role used for the identity-aware request. For more information on identity-aware sessions, see [Granting permissions to use identity-aware console sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_sts-setcontext.html).
    pub grantee: Option<Grantee>,
    /// The Amazon Resource Name (ARN) of the S3 Access Grants instance containing the grant that matched the requested S3 URI path.
    pub matched_instance_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDataAccessOutput, GET_DATA_ACCESS_OUTPUT, [credentials, matched_grant_target,
    grantee, matched_instance_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetJobTaggingInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The ID for the S3 Batch Operations job whose tags you want to retrieve.
    pub job_id: String,
}
rt::structure!(GetJobTaggingInput, GET_JOB_TAGGING_INPUT, [account_id, job_id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetJobTaggingOutput {
    /// The set of tags associated with the S3 Batch Operations job.
    pub tags: Option<Vec<S3Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetJobTaggingOutput, GET_JOB_TAGGING_OUTPUT, [tags], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointPolicyInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// Specifies the Multi-Region Access Point. The name of the Multi-Region Access Point is different from the alias. For more information about the distinction between the name and the alias of an Multi-Region Access Point, see [Rules for naming Amazon S3 Multi-Region Access Points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/CreatingMultiRegionAccessPoints.html#multi-region-access-point-naming) in the *Amazon S3 User Guide*.
    pub name: String,
}
rt::structure!(
    GetMultiRegionAccessPointPolicyInput, GET_MULTI_REGION_ACCESS_POINT_POLICY_INPUT,
    [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointPolicyOutput {
    /// The policy associated with the specified Multi-Region Access Point.
    pub policy: Option<MultiRegionAccessPointPolicyDocument>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMultiRegionAccessPointPolicyOutput, GET_MULTI_REGION_ACCESS_POINT_POLICY_OUTPUT,
    [policy], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointPolicyStatusInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// Specifies the Multi-Region Access Point. The name of the Multi-Region Access Point is different from the alias. For more information about the distinction between the name and the alias of an Multi-Region Access Point, see [Rules for naming Amazon S3 Multi-Region Access Points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/CreatingMultiRegionAccessPoints.html#multi-region-access-point-naming) in the *Amazon S3 User Guide*.
    pub name: String,
}
rt::structure!(
    GetMultiRegionAccessPointPolicyStatusInput,
    GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS_INPUT, [account_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointPolicyStatusOutput {
    /// Indicates whether this access point policy is public. For more information about how Amazon S3 evaluates policies to determine whether they are public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
    pub established: Option<PolicyStatus>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMultiRegionAccessPointPolicyStatusOutput,
    GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS_OUTPUT, [established], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// The name of the Multi-Region Access Point whose configuration information you want to receive. The name of the Multi-Region Access Point is different from the alias. For more information about the distinction between the name and the alias of an Multi-Region Access Point, see [Rules for naming Amazon S3 Multi-Region Access Points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/CreatingMultiRegionAccessPoints.html#multi-region-access-point-naming) in the *Amazon S3 User Guide*.
    pub name: String,
}
rt::structure!(
    GetMultiRegionAccessPointInput, GET_MULTI_REGION_ACCESS_POINT_INPUT, [account_id,
    name]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointOutput {
    /// A container element containing the details of the requested Multi-Region Access Point.
    pub access_point: Option<MultiRegionAccessPointReport>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMultiRegionAccessPointOutput, GET_MULTI_REGION_ACCESS_POINT_OUTPUT,
    [access_point], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointRoutesInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// The Multi-Region Access Point ARN.
    pub mrap: String,
}
rt::structure!(
    GetMultiRegionAccessPointRoutesInput, GET_MULTI_REGION_ACCESS_POINT_ROUTES_INPUT,
    [account_id, mrap]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMultiRegionAccessPointRoutesOutput {
    /// The Multi-Region Access Point ARN.
    pub mrap: Option<String>,
    /// The different routes that make up the route configuration. Active routes return a value of `100`, and passive routes return a value of `0`.
    pub routes: Option<Vec<MultiRegionAccessPointRoute>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMultiRegionAccessPointRoutesOutput, GET_MULTI_REGION_ACCESS_POINT_ROUTES_OUTPUT,
    [mrap, routes], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetPublicAccessBlockOutput {
    /// The `PublicAccessBlock` configuration currently in effect for this Amazon Web Services account.
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
    /// The account ID for the Amazon Web Services account whose `PublicAccessBlock` configuration you want to retrieve.
    pub account_id: String,
}
rt::structure!(GetPublicAccessBlockInput, GET_PUBLIC_ACCESS_BLOCK_INPUT, [account_id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageLensConfigurationInput {
    /// The ID of the Amazon S3 Storage Lens configuration.
    pub config_id: String,
    /// The account ID of the requester.
    pub account_id: String,
}
rt::structure!(
    GetStorageLensConfigurationInput, GET_STORAGE_LENS_CONFIGURATION_INPUT, [config_id,
    account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageLensConfigurationOutput {
    /// The S3 Storage Lens configuration requested.
    pub storage_lens_configuration: Option<StorageLensConfiguration>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetStorageLensConfigurationOutput, GET_STORAGE_LENS_CONFIGURATION_OUTPUT,
    [storage_lens_configuration], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageLensConfigurationTaggingInput {
    /// The ID of the Amazon S3 Storage Lens configuration.
    pub config_id: String,
    /// The account ID of the requester.
    pub account_id: String,
}
rt::structure!(
    GetStorageLensConfigurationTaggingInput,
    GET_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT, [config_id, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageLensConfigurationTaggingOutput {
    /// The tags of S3 Storage Lens configuration requested.
    pub tags: Option<Vec<StorageLensTag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetStorageLensConfigurationTaggingOutput,
    GET_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT, [tags], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageLensGroupInput {
    /// The name of the Storage Lens group that you're trying to retrieve the configuration details for.
    pub name: String,
    /// The Amazon Web Services account ID associated with the Storage Lens group that you're trying to retrieve the details for.
    pub account_id: String,
}
rt::structure!(
    GetStorageLensGroupInput, GET_STORAGE_LENS_GROUP_INPUT, [name, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetStorageLensGroupOutput {
    /// The name of the Storage Lens group that you're trying to retrieve the configuration details for.
    pub storage_lens_group: Option<StorageLensGroup>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetStorageLensGroupOutput, GET_STORAGE_LENS_GROUP_OUTPUT, [storage_lens_group], meta
    = response_metadata
);
/// The user, group, or role to which you are granting access. You can grant access to an IAM user or role. If you have added your corporate directory to Amazon Web Services IAM Identity Center and associated your Identity Center instance with your S3 Access Grants instance, the grantee can also be a corporate directory user or group.
#[derive(Clone, Default, PartialEq)]
pub struct Grantee {
    /// The type of the grantee to which access has been granted. It can be one of the following values:
    ///
    /// - `IAM` - An IAM user or role.
    ///
    /// - `DIRECTORY\_USER` - Your corporate directory user. You can use this option if you have added your corporate identity directory to IAM Identity Center and associated the IAM Identity Center instance with your S3 Access Grants instance.
    ///
    /// - `DIRECTORY\_GROUP` - Your corporate directory group. You can use this option if you have added your corporate identity directory to IAM Identity Center and associated the IAM Identity Center instance with your S3 Access Grants instance.
    pub grantee_type: Option<GranteeType>,
    /// The unique identifier of the `Grantee`. If the grantee type is `IAM`, the identifier is the IAM Amazon Resource Name (ARN) of the user or role. If the grantee type is a directory user or group, the identifier is 128-bit universally unique identifier (UUID) in the format `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`. You can obtain this UUID from your Amazon Web Services IAM Identity Center instance.
    pub grantee_identifier: Option<String>,
}
rt::structure!(Grantee, GRANTEE, [grantee_type, grantee_identifier]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GranteeType {
    /// `DIRECTORY_USER`
    DirectoryUser,
    /// `DIRECTORY_GROUP`
    DirectoryGroup,
    /// `IAM`
    Iam,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GranteeType, { DirectoryUser => "DIRECTORY_USER", DirectoryGroup =>
    "DIRECTORY_GROUP", Iam => "IAM" }
);
#[derive(Clone, Default, PartialEq)]
pub struct IdempotencyException {
    pub message: Option<String>,
}
rt::structure!(IdempotencyException, IDEMPOTENCY_EXCEPTION, [message]);
/// A container for what Amazon S3 Storage Lens configuration includes.
#[derive(Clone, Default, PartialEq)]
pub struct Include {
    /// A container for the S3 Storage Lens bucket includes.
    pub buckets: Option<Vec<String>>,
    /// A container for the S3 Storage Lens Region includes.
    pub regions: Option<Vec<String>>,
}
rt::structure!(Include, INCLUDE, [buckets, regions]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceScope {
    /// `SELF`
    SelfValue,
    /// `ALL`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(InstanceScope, { SelfValue => "SELF", All => "ALL" });
/// The container for S3 Storage Lens Intelligent-Tiering access tier metrics. When enabled, S3 Storage Lens produces metrics for each individual S3 Intelligent-Tiering access tier instead of reporting a single aggregate value for the INTELLIGENT\_TIERING storage class.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*. For a complete list of S3 Storage Lens metrics, see [S3 Storage Lens metrics glossary](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_metrics_glossary.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct IntAccessTiers {
    /// A container that indicates whether S3 Storage Lens Intelligent-Tiering access tier metrics are enabled.
    pub is_enabled: Option<bool>,
}
rt::structure!(IntAccessTiers, INT_ACCESS_TIERS, [is_enabled]);
#[derive(Clone, Default, PartialEq)]
pub struct InternalServiceException {
    pub message: Option<String>,
}
rt::structure!(InternalServiceException, INTERNAL_SERVICE_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct InvalidNextTokenException {
    pub message: Option<String>,
}
rt::structure!(InvalidNextTokenException, INVALID_NEXT_TOKEN_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct InvalidRequestException {
    pub message: Option<String>,
}
rt::structure!(InvalidRequestException, INVALID_REQUEST_EXCEPTION, [message]);
/// A container element for the job configuration and status information returned by a `Describe Job` request.
#[derive(Clone, Default, PartialEq)]
pub struct JobDescriptor {
    /// The ID for the specified job.
    pub job_id: Option<String>,
    /// Indicates whether confirmation is required before Amazon S3 begins running the specified job. Confirmation is required only for jobs created through the Amazon S3 console.
    pub confirmation_required: Option<bool>,
    /// The description for this job, if one was provided in this job's `Create Job` request.
    pub description: Option<String>,
    /// The Amazon Resource Name (ARN) for this job.
    pub job_arn: Option<String>,
    /// The current status of the specified job.
    pub status: Option<JobStatus>,
    /// The configuration information for the specified job's manifest object.
    pub manifest: Option<JobManifest>,
    /// The operation that the specified job is configured to run on the objects listed in the manifest.
    pub operation: Option<JobOperation>,
    /// The priority of the specified job.
    pub priority: Option<i32>,
    /// Describes the total number of tasks that the specified job has run, the number of tasks that succeeded, and the number of tasks that failed.
    pub progress_summary: Option<JobProgressSummary>,
    /// The reason for updating the job.
    pub status_update_reason: Option<String>,
    /// If the specified job failed, this field contains information describing the failure.
    pub failure_reasons: Option<Vec<JobFailure>>,
    /// Contains the configuration information for the job-completion report if you requested one in the `Create Job` request.
    pub report: Option<JobReport>,
    /// A timestamp indicating when this job was created.
    pub creation_time: Option<rt::DateTime>,
    /// A timestamp indicating when this job terminated. A job's termination date is the date and time when it succeeded, failed, or was canceled.
    pub termination_date: Option<rt::DateTime>,
    /// The Amazon Resource Name (ARN) for the Identity and Access Management (IAM) role assigned to run the tasks for this job.
    pub role_arn: Option<String>,
    /// The timestamp when this job was suspended, if it has been suspended.
    pub suspended_date: Option<rt::DateTime>,
    /// The reason why the specified job was suspended. A job is only suspended if you create it through the Amazon S3 console. When you create the job, it enters the `Suspended` state to await confirmation before running. After you confirm the job, it automatically exits the `Suspended` state.
    pub suspended_cause: Option<String>,
    /// The manifest generator that was used to generate a job manifest for this job.
    pub manifest_generator: Option<JobManifestGenerator>,
    /// The attribute of the JobDescriptor containing details about the job's generated manifest.
    pub generated_manifest_descriptor: Option<S3GeneratedManifestDescriptor>,
}
rt::structure!(
    JobDescriptor, JOB_DESCRIPTOR, [job_id, confirmation_required, description, job_arn,
    status, manifest, operation, priority, progress_summary, status_update_reason,
    failure_reasons, report, creation_time, termination_date, role_arn, suspended_date,
    suspended_cause, manifest_generator, generated_manifest_descriptor]
);
/// If this job failed, this element indicates why the job failed.
#[derive(Clone, Default, PartialEq)]
pub struct JobFailure {
    /// The failure code, if any, for the specified job.
    pub failure_code: Option<String>,
    /// The failure reason, if any, for the specified job.
    pub failure_reason: Option<String>,
}
rt::structure!(JobFailure, JOB_FAILURE, [failure_code, failure_reason]);
/// Contains the configuration and status information for a single job retrieved as part of a job list.
#[derive(Clone, Default, PartialEq)]
pub struct JobListDescriptor {
    /// The ID for the specified job.
    pub job_id: Option<String>,
    /// The user-specified description that was included in the specified job's `Create Job` request.
    pub description: Option<String>,
    /// The operation that the specified job is configured to run on every object listed in the manifest.
    pub operation: Option<OperationName>,
    /// The current priority for the specified job.
    pub priority: Option<i32>,
    /// The specified job's current status.
    pub status: Option<JobStatus>,
    /// A timestamp indicating when the specified job was created.
    pub creation_time: Option<rt::DateTime>,
    /// A timestamp indicating when the specified job terminated. A job's termination date is the date and time when it succeeded, failed, or was canceled.
    pub termination_date: Option<rt::DateTime>,
    /// Describes the total number of tasks that the specified job has run, the number of tasks that succeeded, and the number of tasks that failed.
    pub progress_summary: Option<JobProgressSummary>,
}
rt::structure!(
    JobListDescriptor, JOB_LIST_DESCRIPTOR, [job_id, description, operation, priority,
    status, creation_time, termination_date, progress_summary]
);
/// Contains the configuration information for a job's manifest.
#[derive(Clone, Default, PartialEq)]
pub struct JobManifest {
    /// Describes the format of the specified job's manifest. If the manifest is in CSV format, also describes the columns contained within the manifest.
    pub spec: JobManifestSpec,
    /// Contains the information required to locate the specified job's manifest. Manifests can't be imported from directory buckets. For more information, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html).
    pub location: JobManifestLocation,
}
rt::structure!(JobManifest, JOB_MANIFEST, [spec, location]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobManifestFieldName {
    /// `Ignore`
    Ignore,
    /// `Bucket`
    Bucket,
    /// `Key`
    Key,
    /// `VersionId`
    VersionId,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    JobManifestFieldName, { Ignore => "Ignore", Bucket => "Bucket", Key => "Key",
    VersionId => "VersionId" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobManifestFormat {
    /// `S3BatchOperations_CSV_20180820`
    S3BatchOperationsCsv20180820,
    /// `S3InventoryReport_CSV_20161130`
    S3InventoryReportCsv20161130,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    JobManifestFormat, { S3BatchOperationsCsv20180820 =>
    "S3BatchOperations_CSV_20180820", S3InventoryReportCsv20161130 =>
    "S3InventoryReport_CSV_20161130" }
);
/// Configures the type of the job's ManifestGenerator.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum JobManifestGenerator {
    /// The S3 job ManifestGenerator's configuration details.
    S3JobManifestGenerator(S3JobManifestGenerator),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(JobManifestGenerator, JOB_MANIFEST_GENERATOR, [S3JobManifestGenerator]);
/// The filter used to describe a set of objects for the job's manifest.
#[derive(Clone, Default, PartialEq)]
pub struct JobManifestGeneratorFilter {
    /// Include objects in the generated manifest only if they are eligible for replication according to the Replication configuration on the source bucket.
    pub eligible_for_replication: Option<bool>,
    /// If provided, the generated manifest includes only source bucket objects that were created after this time.
    pub created_after: Option<rt::DateTime>,
    /// If provided, the generated manifest includes only source bucket objects that were created before this time.
    pub created_before: Option<rt::DateTime>,
    /// If provided, the generated manifest includes only source bucket objects that have one of the specified Replication statuses.
    pub object_replication_statuses: Option<Vec<ReplicationStatus>>,
    /// If provided, the generated manifest includes only source bucket objects whose object keys match the string constraints specified for `MatchAnyPrefix`, `MatchAnySuffix`, and `MatchAnySubstring`.
    pub key_name_constraint: Option<KeyNameConstraint>,
    /// If provided, the generated manifest includes only source bucket objects whose file size is greater than the specified number of bytes.
    pub object_size_greater_than_bytes: Option<i64>,
    /// If provided, the generated manifest includes only source bucket objects whose file size is less than the specified number of bytes.
    pub object_size_less_than_bytes: Option<i64>,
    /// If provided, the generated manifest includes only source bucket objects that are stored with the specified storage class.
    pub match_any_storage_class: Option<Vec<S3StorageClass>>,
    /// If provided, the generated object list includes only source bucket objects with the indicated server-side encryption type (SSE-S3, SSE-KMS, DSSE-KMS, SSE-C, or NOT-SSE).
    pub match_any_object_encryption: Option<Vec<ObjectEncryptionFilter>>,
}
rt::structure!(
    JobManifestGeneratorFilter, JOB_MANIFEST_GENERATOR_FILTER, [eligible_for_replication,
    created_after, created_before, object_replication_statuses, key_name_constraint,
    object_size_greater_than_bytes, object_size_less_than_bytes, match_any_storage_class,
    match_any_object_encryption]
);
/// Contains the information required to locate a manifest object. Manifests can't be imported from directory buckets. For more information, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html).
#[derive(Clone, Default, PartialEq)]
pub struct JobManifestLocation {
    /// The Amazon Resource Name (ARN) for a manifest object.
    ///
    /// When you're using XML requests, you must replace special characters (such as carriage returns) in object keys with their equivalent XML entity codes. For more information, see [ XML-related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints) in the *Amazon S3 User Guide*.
    pub object_arn: String,
    /// The optional version ID to identify a specific version of the manifest object.
    pub object_version_id: Option<String>,
    /// The ETag for the specified manifest object.
    pub e_tag: String,
}
rt::structure!(
    JobManifestLocation, JOB_MANIFEST_LOCATION, [object_arn, object_version_id, e_tag]
);
/// Describes the format of a manifest. If the manifest is in CSV format, also describes the columns contained within the manifest.
#[derive(Clone, Default, PartialEq)]
pub struct JobManifestSpec {
    /// Indicates which of the available formats the specified manifest uses.
    pub format: JobManifestFormat,
    /// If the specified manifest object is in the `S3BatchOperations\_CSV\_20180820` format, this element describes which columns contain the required data.
    pub fields: Option<Vec<JobManifestFieldName>>,
}
rt::structure!(JobManifestSpec, JOB_MANIFEST_SPEC, [format, fields]);
/// The operation that you want this job to perform on every object listed in the manifest. For more information about the available operations, see [Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-operations.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct JobOperation {
    /// Directs the specified job to invoke an Lambda function on every object in the manifest.
    pub lambda_invoke: Option<LambdaInvokeOperation>,
    /// Directs the specified job to run a PUT Copy object call on every object in the manifest.
    pub s3_put_object_copy: Option<S3CopyObjectOperation>,
    /// Directs the specified job to run a `PutObjectAcl` call on every object in the manifest.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_put_object_acl: Option<S3SetObjectAclOperation>,
    /// Directs the specified job to run a PUT Object tagging call on every object in the manifest.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_put_object_tagging: Option<S3SetObjectTaggingOperation>,
    /// Directs the specified job to execute a DELETE Object tagging call on every object in the manifest.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_delete_object_tagging: Option<S3DeleteObjectTaggingOperation>,
    /// Directs the specified job to initiate restore requests for every archived object in the manifest.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_initiate_restore_object: Option<S3InitiateRestoreObjectOperation>,
    /// Contains the configuration for an S3 Object Lock legal hold operation that an S3 Batch Operations job passes to every object to the underlying `PutObjectLegalHold` API operation. For more information, see [Using S3 Object Lock legal hold with S3 Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-legal-hold.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_put_object_legal_hold: Option<S3SetObjectLegalHoldOperation>,
    /// Contains the configuration parameters for the Object Lock retention action for an S3 Batch Operations job. Batch Operations passes every object to the underlying `PutObjectRetention` API operation. For more information, see [Using S3 Object Lock retention with S3 Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-retention-date.html) in the *Amazon S3 User Guide*.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_put_object_retention: Option<S3SetObjectRetentionOperation>,
    /// Directs the specified job to invoke `ReplicateObject` on every object in the job's manifest.
    ///
    /// This functionality is not supported by directory buckets.
    pub s3_replicate_object: Option<S3ReplicateObjectOperation>,
    /// Directs the specified job to compute checksum values for every object in the manifest.
    pub s3_compute_object_checksum: Option<S3ComputeObjectChecksumOperation>,
    /// Updates the server-side encryption type of an existing encrypted object in a general purpose bucket. You can use the `UpdateObjectEncryption` operation to change encrypted objects from server-side encryption with Amazon S3 managed keys (SSE-S3) to server-side encryption with Key Management Service (KMS) keys (SSE-KMS), or to apply S3 Bucket Keys. You can also use the `UpdateObjectEncryption` operation to change the customer-managed KMS key used to encrypt your data so that you can comply with custom key-rotation standards.
    pub s3_update_object_encryption: Option<S3UpdateObjectEncryptionOperation>,
}
rt::structure!(
    JobOperation, JOB_OPERATION, [lambda_invoke, s3_put_object_copy, s3_put_object_acl,
    s3_put_object_tagging, s3_delete_object_tagging, s3_initiate_restore_object,
    s3_put_object_legal_hold, s3_put_object_retention, s3_replicate_object,
    s3_compute_object_checksum, s3_update_object_encryption]
);
/// Describes the total number of tasks that the specified job has started, the number of tasks that succeeded, and the number of tasks that failed.
#[derive(Clone, Default, PartialEq)]
pub struct JobProgressSummary {
    pub total_number_of_tasks: Option<i64>,
    pub number_of_tasks_succeeded: Option<i64>,
    pub number_of_tasks_failed: Option<i64>,
    /// The JobTimers attribute of a job's progress summary.
    pub timers: Option<JobTimers>,
}
rt::structure!(
    JobProgressSummary, JOB_PROGRESS_SUMMARY, [total_number_of_tasks,
    number_of_tasks_succeeded, number_of_tasks_failed, timers]
);
/// Contains the configuration parameters for a job-completion report.
#[derive(Clone, Default, PartialEq)]
pub struct JobReport {
    /// The Amazon Resource Name (ARN) for the bucket where specified job-completion report will be stored.
    ///
    /// **Directory buckets** - Directory buckets aren't supported as a location for Batch Operations to store job completion reports.
    pub bucket: Option<String>,
    /// The format of the specified job-completion report.
    pub format: Option<JobReportFormat>,
    /// Indicates whether the specified job will generate a job-completion report.
    pub enabled: bool,
    /// An optional prefix to describe where in the specified bucket the job-completion report will be stored. Amazon S3 stores the job-completion report at `\<prefix\>/job-\<job-id\>/report.json`.
    pub prefix: Option<String>,
    /// Indicates whether the job-completion report will include details of all tasks or only failed tasks.
    pub report_scope: Option<JobReportScope>,
    /// Lists the Amazon Web Services account ID that owns the target bucket, where the completion report is received.
    pub expected_bucket_owner: Option<String>,
}
rt::structure!(
    JobReport, JOB_REPORT, [bucket, format, enabled, prefix, report_scope,
    expected_bucket_owner]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobReportFormat {
    /// `Report_CSV_20180820`
    ReportCsv20180820,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(JobReportFormat, { ReportCsv20180820 => "Report_CSV_20180820" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobReportScope {
    /// `AllTasks`
    AllTasks,
    /// `FailedTasksOnly`
    FailedTasksOnly,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    JobReportScope, { AllTasks => "AllTasks", FailedTasksOnly => "FailedTasksOnly" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobStatus {
    /// `Active`
    Active,
    /// `Cancelled`
    Cancelled,
    /// `Cancelling`
    Cancelling,
    /// `Complete`
    Complete,
    /// `Completing`
    Completing,
    /// `Failed`
    Failed,
    /// `Failing`
    Failing,
    /// `New`
    New,
    /// `Paused`
    Paused,
    /// `Pausing`
    Pausing,
    /// `Preparing`
    Preparing,
    /// `Ready`
    Ready,
    /// `Suspended`
    Suspended,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    JobStatus, { Active => "Active", Cancelled => "Cancelled", Cancelling =>
    "Cancelling", Complete => "Complete", Completing => "Completing", Failed => "Failed",
    Failing => "Failing", New => "New", Paused => "Paused", Pausing => "Pausing",
    Preparing => "Preparing", Ready => "Ready", Suspended => "Suspended" }
);
#[derive(Clone, Default, PartialEq)]
pub struct JobStatusException {
    pub message: Option<String>,
}
rt::structure!(JobStatusException, JOB_STATUS_EXCEPTION, [message]);
/// Provides timing details for the job.
#[derive(Clone, Default, PartialEq)]
pub struct JobTimers {
    /// Indicates the elapsed time in seconds the job has been in the Active job state.
    pub elapsed_time_in_active_seconds: Option<i64>,
}
rt::structure!(JobTimers, JOB_TIMERS, [elapsed_time_in_active_seconds]);
/// If provided, the generated manifest includes only source bucket objects whose object keys match the string constraints specified for `MatchAnyPrefix`, `MatchAnySuffix`, and `MatchAnySubstring`.
#[derive(Clone, Default, PartialEq)]
pub struct KeyNameConstraint {
    /// If provided, the generated manifest includes objects where the specified string appears at the start of the object key string. Each KeyNameConstraint filter accepts an array of strings with a length of 1 string.
    pub match_any_prefix: Option<Vec<String>>,
    /// If provided, the generated manifest includes objects where the specified string appears at the end of the object key string. Each KeyNameConstraint filter accepts an array of strings with a length of 1 string.
    pub match_any_suffix: Option<Vec<String>>,
    /// If provided, the generated manifest includes objects where the specified string appears anywhere within the object key string. Each KeyNameConstraint filter accepts an array of strings with a length of 1 string.
    pub match_any_substring: Option<Vec<String>>,
}
rt::structure!(
    KeyNameConstraint, KEY_NAME_CONSTRAINT, [match_any_prefix, match_any_suffix,
    match_any_substring]
);
/// Contains the configuration parameters for a `Lambda Invoke` operation.
#[derive(Clone, Default, PartialEq)]
pub struct LambdaInvokeOperation {
    /// The Amazon Resource Name (ARN) for the Lambda function that the specified job will invoke on every object in the manifest.
    pub function_arn: Option<String>,
    /// Specifies the schema version for the payload that Batch Operations sends when invoking an Lambda function. Version `1.0` is the default. Version `2.0` is required when you use Batch Operations to invoke Lambda functions that act on directory buckets, or if you need to specify `UserArguments`. For more information, see [Automate object processing in Amazon S3 directory buckets with S3 Batch Operations and Lambda](https://aws.amazon.com/blogs/storage/automate-object-processing-in-amazon-s3-directory-buckets-with-s3-batch-operations-and-aws-lambda/) in the *Amazon Web Services Storage Blog*.
    ///
    /// Ensure that your Lambda function code expects `InvocationSchemaVersion` **2.0** and uses bucket name rather than bucket ARN. If the `InvocationSchemaVersion` does not match what your Lambda function expects, your function might not work as expected.
    ///
    /// **Directory buckets** - To initiate Amazon Web Services Lambda function to perform custom actions on objects in directory buckets, you must specify `2.0`.
    pub invocation_schema_version: Option<String>,
    /// Key-value pairs that are passed in the payload that Batch Operations sends when invoking an Lambda function. You must specify `InvocationSchemaVersion` **2.0** for `LambdaInvoke` operations that include `UserArguments`. For more information, see [Automate object processing in Amazon S3 directory buckets with S3 Batch Operations and Lambda](https://aws.amazon.com/blogs/storage/automate-object-processing-in-amazon-s3-directory-buckets-with-s3-batch-operations-and-aws-lambda/) in the *Amazon Web Services Storage Blog*.
    pub user_arguments: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    LambdaInvokeOperation, LAMBDA_INVOKE_OPERATION, [function_arn,
    invocation_schema_version, user_arguments]
);
/// The container for the Outposts bucket lifecycle configuration.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleConfiguration {
    /// A lifecycle rule for individual objects in an Outposts bucket.
    pub rules: Option<Vec<LifecycleRule>>,
}
rt::structure!(LifecycleConfiguration, LIFECYCLE_CONFIGURATION, [rules]);
/// The container of the Outposts bucket lifecycle expiration.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleExpiration {
    /// Indicates at what date the object is to be deleted. Should be in GMT ISO 8601 format.
    pub date: Option<rt::DateTime>,
    /// Indicates the lifetime, in days, of the objects that are subject to the rule. The value must be a non-zero positive integer.
    pub days: Option<i32>,
    /// Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set to true, the delete marker will be expired. If set to false, the policy takes no action. This cannot be specified with Days or Date in a Lifecycle Expiration Policy. To learn more about delete markers, see [Working with delete markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    pub expired_object_delete_marker: Option<bool>,
}
rt::structure!(
    LifecycleExpiration, LIFECYCLE_EXPIRATION, [date, days, expired_object_delete_marker]
);
/// The container for the Outposts bucket lifecycle rule.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleRule {
    /// Specifies the expiration for the lifecycle of the object in the form of date, days and, whether the object has a delete marker.
    pub expiration: Option<LifecycleExpiration>,
    /// Unique identifier for the rule. The value cannot be longer than 255 characters.
    pub id: Option<String>,
    /// The container for the filter of lifecycle rule.
    pub filter: Option<LifecycleRuleFilter>,
    /// If 'Enabled', the rule is currently being applied. If 'Disabled', the rule is not currently being applied.
    pub status: ExpirationStatus,
    /// Specifies when an Amazon S3 object transitions to a specified storage class.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub transitions: Option<Vec<Transition>>,
    /// Specifies the transition rule for the lifecycle rule that describes when noncurrent objects transition to a specific storage class. If your bucket is versioning-enabled (or versioning is suspended), you can set this action to request that Amazon S3 transition noncurrent object versions to a specific storage class at a set period in the object's lifetime.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub noncurrent_version_transitions: Option<Vec<NoncurrentVersionTransition>>,
    /// The noncurrent version expiration of the lifecycle rule.
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 waits before permanently removing all parts of the upload. For more information, see [ Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config) in the *Amazon S3 User Guide*.
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}
rt::structure!(
    LifecycleRule, LIFECYCLE_RULE, [expiration, id, filter, status, transitions,
    noncurrent_version_transitions, noncurrent_version_expiration,
    abort_incomplete_multipart_upload]
);
/// The container for the Outposts bucket lifecycle rule and operator.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleRuleAndOperator {
    /// Prefix identifying one or more objects to which the rule applies.
    pub prefix: Option<String>,
    /// All of these tags must exist in the object's tag set in order for the rule to apply.
    pub tags: Option<Vec<S3Tag>>,
    /// The non-inclusive minimum object size for the lifecycle rule. Setting this property to 7 means the rule applies to objects with a size that is greater than 7.
    pub object_size_greater_than: Option<i64>,
    /// The non-inclusive maximum object size for the lifecycle rule. Setting this property to 77 means the rule applies to objects with a size that is less than 77.
    pub object_size_less_than: Option<i64>,
}
rt::structure!(
    LifecycleRuleAndOperator, LIFECYCLE_RULE_AND_OPERATOR, [prefix, tags,
    object_size_greater_than, object_size_less_than]
);
/// The container for the filter of the lifecycle rule.
#[derive(Clone, Default, PartialEq)]
pub struct LifecycleRuleFilter {
    /// Prefix identifying one or more objects to which the rule applies.
    ///
    /// When you're using XML requests, you must replace special characters (such as carriage returns) in object keys with their equivalent XML entity codes. For more information, see [ XML-related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints) in the *Amazon S3 User Guide*.
    pub prefix: Option<String>,
    /// A container for a key-value name pair.
    pub tag: Option<S3Tag>,
    /// The container for the `AND` condition for the lifecycle rule.
    pub and: Option<LifecycleRuleAndOperator>,
    /// Minimum object size to which the rule applies.
    pub object_size_greater_than: Option<i64>,
    /// Maximum object size to which the rule applies.
    pub object_size_less_than: Option<i64>,
}
rt::structure!(
    LifecycleRuleFilter, LIFECYCLE_RULE_FILTER, [prefix, tag, and,
    object_size_greater_than, object_size_less_than]
);
/// Information about the access grant.
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantEntry {
    /// The date and time when you created the S3 Access Grants instance.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the access grant. S3 Access Grants auto-generates this ID when you create the access grant.
    pub access_grant_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the access grant.
    pub access_grant_arn: Option<String>,
    /// The user, group, or role to which you are granting access. You can grant access to an IAM user or role. If you have added your corporate directory to Amazon Web Services IAM Identity Center and associated your Identity Center instance with your S3 Access Grants instance, the grantee can also be a corporate directory user or group.
    pub grantee: Option<Grantee>,
    /// The type of access granted to your S3 data, which can be set to one of the following values:
    ///
    /// - `READ` – Grant read-only access to the S3 data.
    ///
    /// - `WRITE` – Grant write-only access to the S3 data.
    ///
    /// - `READWRITE` – Grant both read and write access to the S3 data.
    pub permission: Option<Permission>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The configuration options of the grant location. The grant location is the S3 path to the data to which you are granting access.
    pub access_grants_location_configuration: Option<AccessGrantsLocationConfiguration>,
    /// The S3 path of the data to which you are granting access. It is the result of appending the `Subprefix` to the location scope.
    pub grant_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of an Amazon Web Services IAM Identity Center application associated with your Identity Center instance. If the grant includes an application ARN, the grantee can only access the S3 data through this application.
    pub application_arn: Option<String>,
}
rt::structure!(
    ListAccessGrantEntry, LIST_ACCESS_GRANT_ENTRY, [created_at, access_grant_id,
    access_grant_arn, grantee, permission, access_grants_location_id,
    access_grants_location_configuration, grant_scope, application_arn]
);
/// Information about the S3 Access Grants instance.
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsInstanceEntry {
    /// The ID of the S3 Access Grants instance. The ID is `default`. You can have one S3 Access Grants instance per Region per account.
    pub access_grants_instance_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 Access Grants instance.
    pub access_grants_instance_arn: Option<String>,
    /// The date and time when you created the S3 Access Grants instance.
    pub created_at: Option<rt::DateTime>,
    /// If you associated your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, this field returns the Amazon Resource Name (ARN) of the IAM Identity Center instance application; a subresource of the original Identity Center instance. S3 Access Grants creates this Identity Center application for the specific S3 Access Grants instance.
    pub identity_center_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services IAM Identity Center instance that you are associating with your S3 Access Grants instance. An IAM Identity Center instance is your corporate identity directory that you added to the IAM Identity Center. You can use the [ListInstances](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html) API operation to retrieve a list of your Identity Center instances and their ARNs.
    pub identity_center_instance_arn: Option<String>,
    /// If you associated your S3 Access Grants instance with an Amazon Web Services IAM Identity Center instance, this field returns the Amazon Resource Name (ARN) of the IAM Identity Center instance application; a subresource of the original Identity Center instance. S3 Access Grants creates this Identity Center application for the specific S3 Access Grants instance.
    pub identity_center_application_arn: Option<String>,
}
rt::structure!(
    ListAccessGrantsInstanceEntry, LIST_ACCESS_GRANTS_INSTANCE_ENTRY,
    [access_grants_instance_id, access_grants_instance_arn, created_at,
    identity_center_arn, identity_center_instance_arn, identity_center_application_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsInstancesInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Access Grants Instances` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of access grants that you would like returned in the `List Access Grants` response. If the results include the pagination token `NextToken`, make another call using the `NextToken` to determine if there are more results.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListAccessGrantsInstancesInput, LIST_ACCESS_GRANTS_INSTANCES_INPUT, [account_id,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsInstancesOutput {
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Access Grants Instances` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// A container for a list of S3 Access Grants instances.
    pub access_grants_instances_list: Option<Vec<ListAccessGrantsInstanceEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessGrantsInstancesOutput, LIST_ACCESS_GRANTS_INSTANCES_OUTPUT, [next_token,
    access_grants_instances_list], meta = response_metadata
);
/// A container for information about the registered location.
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsLocationsEntry {
    /// The date and time when you registered the location.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the registered location.
    pub access_grants_location_arn: Option<String>,
    /// The S3 path to the location that you are registering. The location scope can be the default S3 location `s3://`, the S3 path to a bucket `s3://\<bucket\>`, or the S3 path to a bucket and prefix `s3://\<bucket\>/\<prefix\>`. A prefix in S3 is a string of characters at the beginning of an object key name used to organize the objects that you store in your S3 buckets. For example, object key names that start with the `engineering/` prefix or object key names that start with the `marketing/campaigns/` prefix.
    pub location_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants assumes this role to manage access to the registered location.
    pub iam_role_arn: Option<String>,
}
rt::structure!(
    ListAccessGrantsLocationsEntry, LIST_ACCESS_GRANTS_LOCATIONS_ENTRY, [created_at,
    access_grants_location_id, access_grants_location_arn, location_scope, iam_role_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsLocationsInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Access Grants Locations` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of access grants that you would like returned in the `List Access Grants` response. If the results include the pagination token `NextToken`, make another call using the `NextToken` to determine if there are more results.
    pub max_results: Option<i32>,
    /// The S3 path to the location that you are registering. The location scope can be the default S3 location `s3://`, the S3 path to a bucket `s3://\<bucket\>`, or the S3 path to a bucket and prefix `s3://\<bucket\>/\<prefix\>`. A prefix in S3 is a string of characters at the beginning of an object key name used to organize the objects that you store in your S3 buckets. For example, object key names that start with the `engineering/` prefix or object key names that start with the `marketing/campaigns/` prefix.
    pub location_scope: Option<String>,
}
rt::structure!(
    ListAccessGrantsLocationsInput, LIST_ACCESS_GRANTS_LOCATIONS_INPUT, [account_id,
    next_token, max_results, location_scope]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsLocationsOutput {
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Access Grants Locations` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// A container for a list of registered locations in an S3 Access Grants instance.
    pub access_grants_locations_list: Option<Vec<ListAccessGrantsLocationsEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessGrantsLocationsOutput, LIST_ACCESS_GRANTS_LOCATIONS_OUTPUT, [next_token,
    access_grants_locations_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Access Grants` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of access grants that you would like returned in the `List Access Grants` response. If the results include the pagination token `NextToken`, make another call using the `NextToken` to determine if there are more results.
    pub max_results: Option<i32>,
    /// The type of the grantee to which access has been granted. It can be one of the following values:
    ///
    /// - `IAM` - An IAM user or role.
    ///
    /// - `DIRECTORY\_USER` - Your corporate directory user. You can use this option if you have added your corporate identity directory to IAM Identity Center and associated the IAM Identity Center instance with your S3 Access Grants instance.
    ///
    /// - `DIRECTORY\_GROUP` - Your corporate directory group. You can use this option if you have added your corporate identity directory to IAM Identity Center and associated the IAM Identity Center instance with your S3 Access Grants instance.
    pub grantee_type: Option<GranteeType>,
    /// The unique identifer of the `Grantee`. If the grantee type is `IAM`, the identifier is the IAM Amazon Resource Name (ARN) of the user or role. If the grantee type is a directory user or group, the identifier is 128-bit universally unique identifier (UUID) in the format `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`. You can obtain this UUID from your Amazon Web Services IAM Identity Center instance.
    pub grantee_identifier: Option<String>,
    /// The type of permission granted to your S3 data, which can be set to one of the following values:
    ///
    /// - `READ` – Grant read-only access to the S3 data.
    ///
    /// - `WRITE` – Grant write-only access to the S3 data.
    ///
    /// - `READWRITE` – Grant both read and write access to the S3 data.
    pub permission: Option<Permission>,
    /// The S3 path of the data to which you are granting access. It is the result of appending the `Subprefix` to the location scope.
    pub grant_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of an Amazon Web Services IAM Identity Center application associated with your Identity Center instance. If the grant includes an application ARN, the grantee can only access the S3 data through this application.
    pub application_arn: Option<String>,
}
rt::structure!(
    ListAccessGrantsInput, LIST_ACCESS_GRANTS_INPUT, [account_id, next_token,
    max_results, grantee_type, grantee_identifier, permission, grant_scope,
    application_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessGrantsOutput {
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Access Grants` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// A container for a list of grants in an S3 Access Grants instance.
    pub access_grants_list: Option<Vec<ListAccessGrantEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessGrantsOutput, LIST_ACCESS_GRANTS_OUTPUT, [next_token, access_grants_list],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessPointsForDirectoryBucketsInput {
    /// The Amazon Web Services account ID that owns the access points.
    pub account_id: String,
    /// The name of the directory bucket associated with the access points you want to list.
    pub directory_bucket: Option<String>,
    /// If `NextToken` is returned, there are more access points available than requested in the `maxResults` value. The value of `NextToken` is a unique pagination token for each page. Make the call again using the returned token to retrieve the next page. Keep all other arguments unchanged. Each pagination token expires after 24 hours.
    pub next_token: Option<String>,
    /// The maximum number of access points that you would like returned in the `ListAccessPointsForDirectoryBuckets` response. If the directory bucket is associated with more than this number of access points, the results include the pagination token `NextToken`. Make another call using the `NextToken` to retrieve more results.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListAccessPointsForDirectoryBucketsInput,
    LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS_INPUT, [account_id, directory_bucket,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessPointsForDirectoryBucketsOutput {
    /// Contains identification and configuration information for one or more access points associated with the directory bucket.
    pub access_point_list: Option<Vec<AccessPoint>>,
    /// If `NextToken` is returned, there are more access points available than requested in the `maxResults` value. The value of `NextToken` is a unique pagination token for each page. Make the call again using the returned token to retrieve the next page. Keep all other arguments unchanged. Each pagination token expires after 24 hours.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessPointsForDirectoryBucketsOutput,
    LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS_OUTPUT, [access_point_list, next_token],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessPointsForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// If the list has more access points than can be returned in one call to this API, this field contains a continuation token that you can provide in subsequent calls to this API to retrieve additional access points.
    pub next_token: Option<String>,
    /// The maximum number of access points that you want to include in the list. The response may contain fewer access points but will never contain more. If there are more than this number of access points, then the response will include a continuation token in the `NextToken` field that you can use to retrieve the next page of access points.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListAccessPointsForObjectLambdaInput, LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA_INPUT,
    [account_id, next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessPointsForObjectLambdaOutput {
    /// Returns list of Object Lambda Access Points.
    pub object_lambda_access_point_list: Option<Vec<ObjectLambdaAccessPoint>>,
    /// If the list has more access points than can be returned in one call to this API, this field contains a continuation token that you can provide in subsequent calls to this API to retrieve additional access points.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessPointsForObjectLambdaOutput, LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA_OUTPUT,
    [object_lambda_access_point_list, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessPointsInput {
    /// The Amazon Web Services account ID for the account that owns the specified access points.
    pub account_id: String,
    /// The name of the bucket whose associated access points you want to list.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: Option<String>,
    /// A continuation token. If a previous call to `ListAccessPoints` returned a continuation token in the `NextToken` field, then providing that value here causes Amazon S3 to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of access points that you want to include in the list. If the specified bucket has more than this number of access points, then the response will include a continuation token in the `NextToken` field that you can use to retrieve the next page of access points.
    pub max_results: Option<i32>,
    /// The unique identifier for the data source of the access point.
    pub data_source_id: Option<String>,
    /// The type of the data source that the access point is attached to. Returns only access points attached to S3 buckets by default. To return all access points specify `DataSourceType` as `ALL`.
    pub data_source_type: Option<String>,
}
rt::structure!(
    ListAccessPointsInput, LIST_ACCESS_POINTS_INPUT, [account_id, bucket, next_token,
    max_results, data_source_id, data_source_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessPointsOutput {
    /// Contains identification and configuration information for one or more access points associated with the specified bucket.
    pub access_point_list: Option<Vec<AccessPoint>>,
    /// If the specified bucket has more access points than can be returned in one call to this API, this field contains a continuation token that you can provide in subsequent calls to this API to retrieve additional access points.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessPointsOutput, LIST_ACCESS_POINTS_OUTPUT, [access_point_list, next_token],
    meta = response_metadata
);
/// Part of `ListCallerAccessGrantsResult`. Each entry includes the permission level (READ, WRITE, or READWRITE) and the grant scope of the access grant. Each entry also includes the ARN of the S3 Access Grants instance in which the grant was created. If the grant also includes an application ARN, the grantee can only access the S3 data through this application.
#[derive(Clone, Default, PartialEq)]
pub struct ListCallerAccessGrantsEntry {
    /// The type of permission granted, which can be one of the following values:
    ///
    /// - `READ` - Grants read-only access to the S3 data.
    ///
    /// - `WRITE` - Grants write-only access to the S3 data.
    ///
    /// - `READWRITE` - Grants both read and write access to the S3 data.
    pub permission: Option<Permission>,
    /// The S3 path of the data to which you have been granted access.
    pub grant_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of an Amazon Web Services IAM Identity Center application associated with your Identity Center instance. If the grant includes an application ARN, the grantee can only access the S3 data through this application.
    pub application_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 Access Grants instance in which the grant was created.
    pub access_grants_instance_arn: Option<String>,
}
rt::structure!(
    ListCallerAccessGrantsEntry, LIST_CALLER_ACCESS_GRANTS_ENTRY, [permission,
    grant_scope, application_arn, access_grants_instance_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCallerAccessGrantsInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The S3 path of the data that you would like to access. Must start with `s3://`. You can optionally pass only the beginning characters of a path, and S3 Access Grants will search for all applicable grants for the path fragment.
    pub grant_scope: Option<String>,
    /// A pagination token to request the next page of results. Pass this value into a subsequent `List Caller Access Grants` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of access grants that you would like returned in the `List Caller Access Grants` response. If the results include the pagination token `NextToken`, make another call using the `NextToken` to determine if there are more results.
    pub max_results: Option<i32>,
    /// If this optional parameter is passed in the request, a filter is applied to the results. The results will include only the access grants for the caller's Identity Center application or for any other applications (`ALL`).
    pub allowed_by_application: Option<bool>,
    /// The scope of S3 Access Grants instances to list grants from.
    ///
    /// - `SELF` – Lists grants from the instance of the Amazon Web Services account ID in the request.
    ///
    /// - `ALL` – Lists grants from the instance of the Amazon Web Services account ID in the request and all instances shared with the caller's account through Amazon Web Services Resource Access Manager (RAM).
    pub instance_scope: Option<InstanceScope>,
}
rt::structure!(
    ListCallerAccessGrantsInput, LIST_CALLER_ACCESS_GRANTS_INPUT, [account_id,
    grant_scope, next_token, max_results, allowed_by_application, instance_scope]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCallerAccessGrantsOutput {
    /// A pagination token that you can use to request the next page of results. Pass this value into a subsequent `List Caller Access Grants` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// A list of the caller's access grants that were created using S3 Access Grants and that grant the caller access to the S3 data of the Amazon Web Services account ID that was specified in the request.
    pub caller_access_grants_list: Option<Vec<ListCallerAccessGrantsEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListCallerAccessGrantsOutput, LIST_CALLER_ACCESS_GRANTS_OUTPUT, [next_token,
    caller_access_grants_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListJobsInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The `List Jobs` request returns jobs that match the statuses listed in this element.
    pub job_statuses: Option<Vec<JobStatus>>,
    /// A pagination token to request the next page of results. Use the token that Amazon S3 returned in the `NextToken` element of the `ListJobsResult` from the previous `List Jobs` request.
    pub next_token: Option<String>,
    /// The maximum number of jobs that Amazon S3 will include in the `List Jobs` response. If there are more jobs than this number, the response will include a pagination token in the `NextToken` field to enable you to retrieve the next page of results.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListJobsInput, LIST_JOBS_INPUT, [account_id, job_statuses, next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListJobsOutput {
    /// If the `List Jobs` request produced more than the maximum number of results, you can pass this value into a subsequent `List Jobs` request in order to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The list of current jobs and jobs that have ended within the last 30 days.
    pub jobs: Option<Vec<JobListDescriptor>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListJobsOutput, LIST_JOBS_OUTPUT, [next_token, jobs], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMultiRegionAccessPointsInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// Not currently used. Do not use this parameter.
    pub next_token: Option<String>,
    /// Not currently used. Do not use this parameter.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListMultiRegionAccessPointsInput, LIST_MULTI_REGION_ACCESS_POINTS_INPUT, [account_id,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMultiRegionAccessPointsOutput {
    /// The list of Multi-Region Access Points associated with the user.
    pub access_points: Option<Vec<MultiRegionAccessPointReport>>,
    /// If the specified bucket has more Multi-Region Access Points than can be returned in one call to this action, this field contains a continuation token. You can use this token tin subsequent calls to this action to retrieve additional Multi-Region Access Points.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMultiRegionAccessPointsOutput, LIST_MULTI_REGION_ACCESS_POINTS_OUTPUT,
    [access_points, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListRegionalBucketsInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
    /// The ID of the Outposts resource.
    ///
    /// This ID is required by Amazon S3 on Outposts buckets.
    pub outpost_id: Option<String>,
}
rt::structure!(
    ListRegionalBucketsInput, LIST_REGIONAL_BUCKETS_INPUT, [account_id, next_token,
    max_results, outpost_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListRegionalBucketsOutput {
    pub regional_bucket_list: Option<Vec<RegionalBucket>>,
    /// `NextToken` is sent when `isTruncated` is true, which means there are more buckets that can be listed. The next list requests to Amazon S3 can be continued with this `NextToken`. `NextToken` is obfuscated and is not a real key.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListRegionalBucketsOutput, LIST_REGIONAL_BUCKETS_OUTPUT, [regional_bucket_list,
    next_token], meta = response_metadata
);
/// Part of `ListStorageLensConfigurationResult`. Each entry includes the description of the S3 Storage Lens configuration, its home Region, whether it is enabled, its Amazon Resource Name (ARN), and config ID.
#[derive(Clone, Default, PartialEq)]
pub struct ListStorageLensConfigurationEntry {
    /// A container for the S3 Storage Lens configuration ID.
    pub id: String,
    /// The ARN of the S3 Storage Lens configuration. This property is read-only.
    pub storage_lens_arn: String,
    /// A container for the S3 Storage Lens home Region. Your metrics data is stored and retained in your designated S3 Storage Lens home Region.
    pub home_region: String,
    /// A container for whether the S3 Storage Lens configuration is enabled. This property is required.
    pub is_enabled: Option<bool>,
}
rt::structure!(
    ListStorageLensConfigurationEntry, LIST_STORAGE_LENS_CONFIGURATION_ENTRY, [id,
    storage_lens_arn, home_region, is_enabled]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListStorageLensConfigurationsInput {
    /// The account ID of the requester.
    pub account_id: String,
    /// A pagination token to request the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListStorageLensConfigurationsInput, LIST_STORAGE_LENS_CONFIGURATIONS_INPUT,
    [account_id, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListStorageLensConfigurationsOutput {
    /// If the request produced more than the maximum number of S3 Storage Lens configuration results, you can pass this value into a subsequent request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// A list of S3 Storage Lens configurations.
    pub storage_lens_configuration_list: Option<Vec<ListStorageLensConfigurationEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListStorageLensConfigurationsOutput, LIST_STORAGE_LENS_CONFIGURATIONS_OUTPUT,
    [next_token, storage_lens_configuration_list], meta = response_metadata
);
/// Each entry contains a Storage Lens group that exists in the specified home Region.
#[derive(Clone, Default, PartialEq)]
pub struct ListStorageLensGroupEntry {
    /// Contains the name of the Storage Lens group that exists in the specified home Region.
    pub name: String,
    /// Contains the Amazon Resource Name (ARN) of the Storage Lens group. This property is read-only.
    pub storage_lens_group_arn: String,
    /// Contains the Amazon Web Services Region where the Storage Lens group was created.
    pub home_region: String,
}
rt::structure!(
    ListStorageLensGroupEntry, LIST_STORAGE_LENS_GROUP_ENTRY, [name,
    storage_lens_group_arn, home_region]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListStorageLensGroupsInput {
    /// The Amazon Web Services account ID that owns the Storage Lens groups.
    pub account_id: String,
    /// The token for the next set of results, or `null` if there are no more results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListStorageLensGroupsInput, LIST_STORAGE_LENS_GROUPS_INPUT, [account_id, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListStorageLensGroupsOutput {
    /// If `NextToken` is returned, there are more Storage Lens groups results available. The value of `NextToken` is a unique pagination token for each page. Make the call again using the returned token to retrieve the next page. Keep all other arguments unchanged. Each pagination token expires after 24 hours.
    pub next_token: Option<String>,
    /// The list of Storage Lens groups that exist in the specified home Region.
    pub storage_lens_group_list: Option<Vec<ListStorageLensGroupEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListStorageLensGroupsOutput, LIST_STORAGE_LENS_GROUPS_OUTPUT, [next_token,
    storage_lens_group_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The Amazon Web Services account ID of the resource owner.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the S3 resource that you want to list tags for. The tagged resource can be a directory bucket, S3 Storage Lens group or S3 Access Grants instance, registered location, or grant.
    pub resource_arn: String,
}
rt::structure!(
    ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [account_id, resource_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// The Amazon Web Services resource tags that are associated with the resource.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [tags], meta =
    response_metadata
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
/// A filter condition that specifies the object age range of included objects in days. Only integers are supported.
#[derive(Clone, Default, PartialEq)]
pub struct MatchObjectAge {
    /// Specifies the maximum object age in days. Must be a positive whole number, greater than the minimum object age and less than or equal to 2,147,483,647.
    pub days_greater_than: Option<i32>,
    /// Specifies the minimum object age in days. The value must be a positive whole number, greater than 0 and less than or equal to 2,147,483,647.
    pub days_less_than: Option<i32>,
}
rt::structure!(MatchObjectAge, MATCH_OBJECT_AGE, [days_greater_than, days_less_than]);
/// A filter condition that specifies the object size range of included objects in bytes. Only integers are supported.
#[derive(Clone, Default, PartialEq)]
pub struct MatchObjectSize {
    /// Specifies the minimum object size in Bytes. The value must be a positive number, greater than 0 and less than 50 TB.
    pub bytes_greater_than: Option<i64>,
    /// Specifies the maximum object size in Bytes. The value must be a positive number, greater than the minimum object size and less than 50 TB.
    pub bytes_less_than: Option<i64>,
}
rt::structure!(
    MatchObjectSize, MATCH_OBJECT_SIZE, [bytes_greater_than, bytes_less_than]
);
/// A container that specifies replication metrics-related settings.
#[derive(Clone, Default, PartialEq)]
pub struct Metrics {
    /// Specifies whether replication metrics are enabled.
    pub status: MetricsStatus,
    /// A container that specifies the time threshold for emitting the `s3:Replication:OperationMissedThreshold` event.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub event_threshold: Option<ReplicationTimeValue>,
}
rt::structure!(Metrics, METRICS, [status, event_threshold]);
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
/// The Multi-Region Access Point access control policy.
///
/// When you update the policy, the update is first listed as the proposed policy. After the update is finished and all Regions have been updated, the proposed policy is listed as the established policy. If both policies have the same version number, the proposed policy is the established policy.
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionAccessPointPolicyDocument {
    /// The last established policy for the Multi-Region Access Point.
    pub established: Option<EstablishedMultiRegionAccessPointPolicy>,
    /// The proposed policy for the Multi-Region Access Point.
    pub proposed: Option<ProposedMultiRegionAccessPointPolicy>,
}
rt::structure!(
    MultiRegionAccessPointPolicyDocument, MULTI_REGION_ACCESS_POINT_POLICY_DOCUMENT,
    [established, proposed]
);
/// Status information for a single Multi-Region Access Point Region.
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionAccessPointRegionalResponse {
    /// The name of the Region in the Multi-Region Access Point.
    pub name: Option<String>,
    /// The current status of the Multi-Region Access Point in this Region.
    pub request_status: Option<String>,
}
rt::structure!(
    MultiRegionAccessPointRegionalResponse, MULTI_REGION_ACCESS_POINT_REGIONAL_RESPONSE,
    [name, request_status]
);
/// A collection of statuses for a Multi-Region Access Point in the various Regions it supports.
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionAccessPointReport {
    /// The name of the Multi-Region Access Point.
    pub name: Option<String>,
    /// The alias for the Multi-Region Access Point. For more information about the distinction between the name and the alias of an Multi-Region Access Point, see [Rules for naming Amazon S3 Multi-Region Access Points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/CreatingMultiRegionAccessPoints.html#multi-region-access-point-naming).
    pub alias: Option<String>,
    /// When the Multi-Region Access Point create request was received.
    pub created_at: Option<rt::DateTime>,
    /// The `PublicAccessBlock` configuration that you want to apply to this Amazon S3 account. You can enable the configuration options in any combination. For more information about when Amazon S3 considers a bucket or object public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
    ///
    /// This data type is not supported for Amazon S3 on Outposts.
    pub public_access_block: Option<PublicAccessBlockConfiguration>,
    /// The current status of the Multi-Region Access Point.
    ///
    /// `CREATING` and `DELETING` are temporary states that exist while the request is propagating and being completed. If a Multi-Region Access Point has a status of `PARTIALLY\_CREATED`, you can retry creation or send a request to delete the Multi-Region Access Point. If a Multi-Region Access Point has a status of `PARTIALLY\_DELETED`, you can retry a delete request to finish the deletion of the Multi-Region Access Point.
    pub status: Option<MultiRegionAccessPointStatus>,
    /// A collection of the Regions and buckets associated with the Multi-Region Access Point.
    pub regions: Option<Vec<RegionReport>>,
}
rt::structure!(
    MultiRegionAccessPointReport, MULTI_REGION_ACCESS_POINT_REPORT, [name, alias,
    created_at, public_access_block, status, regions]
);
/// A structure for a Multi-Region Access Point that indicates where Amazon S3 traffic can be routed. Routes can be either active or passive. Active routes can process Amazon S3 requests through the Multi-Region Access Point, but passive routes are not eligible to process Amazon S3 requests.
///
/// Each route contains the Amazon S3 bucket name and the Amazon Web Services Region that the bucket is located in. The route also includes the `TrafficDialPercentage` value, which shows whether the bucket and Region are active (indicated by a value of `100`) or passive (indicated by a value of `0`).
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionAccessPointRoute {
    /// The name of the Amazon S3 bucket for which you'll submit a routing configuration change. Either the `Bucket` or the `Region` value must be provided. If both are provided, the bucket must be in the specified Region.
    pub bucket: Option<String>,
    /// The Amazon Web Services Region to which you'll be submitting a routing configuration change. Either the `Bucket` or the `Region` value must be provided. If both are provided, the bucket must be in the specified Region.
    pub region: Option<String>,
    /// The traffic state for the specified bucket or Amazon Web Services Region.
    ///
    /// A value of `0` indicates a passive state, which means that no new traffic will be routed to the Region.
    ///
    /// A value of `100` indicates an active state, which means that traffic will be routed to the specified Region.
    ///
    /// When the routing configuration for a Region is changed from active to passive, any in-progress operations (uploads, copies, deletes, and so on) to the formerly active Region will continue to run to until a final success or failure status is reached.
    ///
    /// If all Regions in the routing configuration are designated as passive, you'll receive an `InvalidRequest` error.
    pub traffic_dial_percentage: i32,
}
rt::structure!(
    MultiRegionAccessPointRoute, MULTI_REGION_ACCESS_POINT_ROUTE, [bucket, region,
    traffic_dial_percentage]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiRegionAccessPointStatus {
    /// `READY`
    Ready,
    /// `INCONSISTENT_ACROSS_REGIONS`
    InconsistentAcrossRegions,
    /// `CREATING`
    Creating,
    /// `PARTIALLY_CREATED`
    PartiallyCreated,
    /// `PARTIALLY_DELETED`
    PartiallyDeleted,
    /// `DELETING`
    Deleting,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MultiRegionAccessPointStatus, { Ready => "READY", InconsistentAcrossRegions =>
    "INCONSISTENT_ACROSS_REGIONS", Creating => "CREATING", PartiallyCreated =>
    "PARTIALLY_CREATED", PartiallyDeleted => "PARTIALLY_DELETED", Deleting => "DELETING"
    }
);
/// The Multi-Region Access Point details that are returned when querying about an asynchronous request.
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionAccessPointsAsyncResponse {
    /// A collection of status information for the different Regions that a Multi-Region Access Point supports.
    pub regions: Option<Vec<MultiRegionAccessPointRegionalResponse>>,
}
rt::structure!(
    MultiRegionAccessPointsAsyncResponse, MULTI_REGION_ACCESS_POINTS_ASYNC_RESPONSE,
    [regions]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkOrigin {
    /// `Internet`
    Internet,
    /// `VPC`
    Vpc,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(NetworkOrigin, { Internet => "Internet", Vpc => "VPC" });
/// Amazon S3 throws this exception if you make a `GetPublicAccessBlock` request against an account that doesn't have a `PublicAccessBlockConfiguration` set.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchPublicAccessBlockConfiguration {
    pub message: Option<String>,
}
rt::structure!(
    NoSuchPublicAccessBlockConfiguration, NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION,
    [message]
);
/// The container of the noncurrent version expiration.
#[derive(Clone, Default, PartialEq)]
pub struct NoncurrentVersionExpiration {
    /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see [How Amazon S3 Calculates When an Object Became Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations) in the *Amazon S3 User Guide*.
    pub noncurrent_days: Option<i32>,
    /// Specifies how many noncurrent versions S3 on Outposts will retain. If there are this many more recent noncurrent versions, S3 on Outposts will take the associated action. For more information about noncurrent versions, see [Lifecycle configuration elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html) in the *Amazon S3 User Guide*.
    pub newer_noncurrent_versions: Option<i32>,
}
rt::structure!(
    NoncurrentVersionExpiration, NONCURRENT_VERSION_EXPIRATION, [noncurrent_days,
    newer_noncurrent_versions]
);
/// The container for the noncurrent version transition.
#[derive(Clone, Default, PartialEq)]
pub struct NoncurrentVersionTransition {
    /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see [ How Amazon S3 Calculates How Long an Object Has Been Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations) in the *Amazon S3 User Guide*.
    pub noncurrent_days: Option<i32>,
    /// The class of storage used to store the object.
    pub storage_class: Option<TransitionStorageClass>,
}
rt::structure!(
    NoncurrentVersionTransition, NONCURRENT_VERSION_TRANSITION, [noncurrent_days,
    storage_class]
);
#[derive(Clone, Default, PartialEq)]
pub struct NotFoundException {
    pub message: Option<String>,
}
rt::structure!(NotFoundException, NOT_FOUND_EXCEPTION, [message]);
/// A filter that returns objects that aren't server-side encrypted.
#[derive(Clone, Default, PartialEq)]
pub struct NotSseFilter {}
rt::structure!(NotSseFilter, NOT_SSE_FILTER, []);
/// The updated server-side encryption type for this object. The `UpdateObjectEncryption` operation supports the SSE-KMS encryption type.
///
/// Valid Values: `SSEKMS`
#[derive(Clone, Default, PartialEq)]
pub struct ObjectEncryption {
    /// Specifies to update the object encryption type to server-side encryption with Key Management Service (KMS) keys (SSE-KMS).
    pub ssekms: Option<S3UpdateObjectEncryptionSsekms>,
}
rt::structure!(ObjectEncryption, OBJECT_ENCRYPTION, [ssekms]);
/// An optional filter for the S3JobManifestGenerator that identifies the subset of objects by encryption type.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ObjectEncryptionFilter {
    /// Filters for objects that are encrypted by server-side encryption with Amazon S3 managed keys (SSE-S3).
    Sses3(Sses3Filter),
    /// Filters for objects that are encrypted by server-side encryption with Amazon Web Services Key Management Service (KMS) keys (SSE-KMS).
    Ssekms(SsekmsFilter),
    /// Filters for objects that are encrypted by dual-layer server-side encryption with Amazon Web Services Key Management Service (KMS) keys (DSSE-KMS).
    Dssekms(DssekmsFilter),
    /// Filters for objects that are encrypted by server-side encryption with customer-provided keys (SSE-C).
    Ssec(SsecFilter),
    /// Filters for objects that are not encrypted by server-side encryption.
    Notsse(NotSseFilter),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ObjectEncryptionFilter, OBJECT_ENCRYPTION_FILTER, [Sses3, Ssekms, Dssekms, Ssec,
    Notsse]
);
/// An access point with an attached Lambda function used to access transformed data from an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLambdaAccessPoint {
    /// The name of the Object Lambda Access Point.
    pub name: String,
    /// Specifies the ARN for the Object Lambda Access Point.
    pub object_lambda_access_point_arn: Option<String>,
    /// The alias of the Object Lambda Access Point.
    pub alias: Option<ObjectLambdaAccessPointAlias>,
}
rt::structure!(
    ObjectLambdaAccessPoint, OBJECT_LAMBDA_ACCESS_POINT, [name,
    object_lambda_access_point_arn, alias]
);
/// The alias of an Object Lambda Access Point. For more information, see [How to use a bucket-style alias for your S3 bucket Object Lambda Access Point](https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-use.html#ol-access-points-alias).
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLambdaAccessPointAlias {
    /// The alias value of the Object Lambda Access Point.
    pub value: Option<String>,
    /// The status of the Object Lambda Access Point alias. If the status is `PROVISIONING`, the Object Lambda Access Point is provisioning the alias and the alias is not ready for use yet. If the status is `READY`, the Object Lambda Access Point alias is successfully provisioned and ready for use.
    pub status: Option<ObjectLambdaAccessPointAliasStatus>,
}
rt::structure!(
    ObjectLambdaAccessPointAlias, OBJECT_LAMBDA_ACCESS_POINT_ALIAS, [value, status]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLambdaAccessPointAliasStatus {
    /// `PROVISIONING`
    Provisioning,
    /// `READY`
    Ready,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectLambdaAccessPointAliasStatus, { Provisioning => "PROVISIONING", Ready =>
    "READY" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLambdaAllowedFeature {
    /// `GetObject-Range`
    GetObjectRange,
    /// `GetObject-PartNumber`
    GetObjectPartNumber,
    /// `HeadObject-Range`
    HeadObjectRange,
    /// `HeadObject-PartNumber`
    HeadObjectPartNumber,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectLambdaAllowedFeature, { GetObjectRange => "GetObject-Range",
    GetObjectPartNumber => "GetObject-PartNumber", HeadObjectRange => "HeadObject-Range",
    HeadObjectPartNumber => "HeadObject-PartNumber" }
);
/// A configuration used when creating an Object Lambda Access Point.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLambdaConfiguration {
    /// Standard access point associated with the Object Lambda Access Point.
    pub supporting_access_point: String,
    /// A container for whether the CloudWatch metrics configuration is enabled.
    pub cloud_watch_metrics_enabled: Option<bool>,
    /// A container for allowed features. Valid inputs are `GetObject-Range`, `GetObject-PartNumber`, `HeadObject-Range`, and `HeadObject-PartNumber`.
    pub allowed_features: Option<Vec<ObjectLambdaAllowedFeature>>,
    /// A container for transformation configurations for an Object Lambda Access Point.
    pub transformation_configurations: Vec<ObjectLambdaTransformationConfiguration>,
}
rt::structure!(
    ObjectLambdaConfiguration, OBJECT_LAMBDA_CONFIGURATION, [supporting_access_point,
    cloud_watch_metrics_enabled, allowed_features, transformation_configurations]
);
/// A container for AwsLambdaTransformation.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ObjectLambdaContentTransformation {
    /// A container for an Lambda function.
    AwsLambda(AwsLambdaTransformation),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ObjectLambdaContentTransformation, OBJECT_LAMBDA_CONTENT_TRANSFORMATION, [AwsLambda]
);
/// A configuration used when creating an Object Lambda Access Point transformation.
#[derive(Clone, Default, PartialEq)]
pub struct ObjectLambdaTransformationConfiguration {
    /// A container for the action of an Object Lambda Access Point configuration. Valid inputs are `GetObject`, `ListObjects`, `HeadObject`, and `ListObjectsV2`.
    pub actions: Vec<ObjectLambdaTransformationConfigurationAction>,
    /// A container for the content transformation of an Object Lambda Access Point configuration.
    pub content_transformation: ObjectLambdaContentTransformation,
}
rt::structure!(
    ObjectLambdaTransformationConfiguration, OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATION,
    [actions, content_transformation]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectLambdaTransformationConfigurationAction {
    /// `GetObject`
    GetObject,
    /// `HeadObject`
    HeadObject,
    /// `ListObjects`
    ListObjects,
    /// `ListObjectsV2`
    ListObjectsV2,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ObjectLambdaTransformationConfigurationAction, { GetObject => "GetObject", HeadObject
    => "HeadObject", ListObjects => "ListObjects", ListObjectsV2 => "ListObjectsV2" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationName {
    /// `LambdaInvoke`
    LambdaInvoke,
    /// `S3PutObjectCopy`
    S3PutObjectCopy,
    /// `S3PutObjectAcl`
    S3PutObjectAcl,
    /// `S3PutObjectTagging`
    S3PutObjectTagging,
    /// `S3DeleteObjectTagging`
    S3DeleteObjectTagging,
    /// `S3InitiateRestoreObject`
    S3InitiateRestoreObject,
    /// `S3PutObjectLegalHold`
    S3PutObjectLegalHold,
    /// `S3PutObjectRetention`
    S3PutObjectRetention,
    /// `S3ReplicateObject`
    S3ReplicateObject,
    /// `S3ComputeObjectChecksum`
    S3ComputeObjectChecksum,
    /// `S3UpdateObjectEncryption`
    S3UpdateObjectEncryption,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OperationName, { LambdaInvoke => "LambdaInvoke", S3PutObjectCopy =>
    "S3PutObjectCopy", S3PutObjectAcl => "S3PutObjectAcl", S3PutObjectTagging =>
    "S3PutObjectTagging", S3DeleteObjectTagging => "S3DeleteObjectTagging",
    S3InitiateRestoreObject => "S3InitiateRestoreObject", S3PutObjectLegalHold =>
    "S3PutObjectLegalHold", S3PutObjectRetention => "S3PutObjectRetention",
    S3ReplicateObject => "S3ReplicateObject", S3ComputeObjectChecksum =>
    "S3ComputeObjectChecksum", S3UpdateObjectEncryption => "S3UpdateObjectEncryption" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputSchemaVersion {
    /// `V_1`
    V1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OutputSchemaVersion, { V1 => "V_1" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OwnerOverride {
    /// `Destination`
    Destination,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OwnerOverride, { Destination => "Destination" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permission {
    /// `READ`
    Read,
    /// `WRITE`
    Write,
    /// `READWRITE`
    Readwrite,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Permission, { Read => "READ", Write => "WRITE", Readwrite => "READWRITE" }
);
/// Indicates whether this access point policy is public. For more information about how Amazon S3 evaluates policies to determine whether they are public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyStatus {
    pub is_public: Option<bool>,
}
rt::structure!(PolicyStatus, POLICY_STATUS, [is_public]);
/// A container for the prefix-level configuration.
#[derive(Clone, Default, PartialEq)]
pub struct PrefixLevel {
    /// A container for the prefix-level storage metrics for S3 Storage Lens.
    pub storage_metrics: PrefixLevelStorageMetrics,
}
rt::structure!(PrefixLevel, PREFIX_LEVEL, [storage_metrics]);
/// A container for the prefix-level storage metrics for S3 Storage Lens.
#[derive(Clone, Default, PartialEq)]
pub struct PrefixLevelStorageMetrics {
    /// A container for whether prefix-level storage metrics are enabled.
    pub is_enabled: Option<bool>,
    pub selection_criteria: Option<SelectionCriteria>,
}
rt::structure!(
    PrefixLevelStorageMetrics, PREFIX_LEVEL_STORAGE_METRICS, [is_enabled,
    selection_criteria]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Privilege {
    /// `Minimal`
    Minimal,
    /// `Default`
    Default,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(Privilege, { Minimal => "Minimal", Default => "Default" });
/// The proposed access control policy for the Multi-Region Access Point.
///
/// When you update the policy, the update is first listed as the proposed policy. After the update is finished and all Regions have been updated, the proposed policy is listed as the established policy. If both policies have the same version number, the proposed policy is the established policy.
#[derive(Clone, Default, PartialEq)]
pub struct ProposedMultiRegionAccessPointPolicy {
    /// The details of the proposed policy.
    pub policy: Option<String>,
}
rt::structure!(
    ProposedMultiRegionAccessPointPolicy, PROPOSED_MULTI_REGION_ACCESS_POINT_POLICY,
    [policy]
);
/// The `PublicAccessBlock` configuration that you want to apply to this Amazon S3 account. You can enable the configuration options in any combination. For more information about when Amazon S3 considers a bucket or object public, see [The Meaning of "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status) in the *Amazon S3 User Guide*.
///
/// This data type is not supported for Amazon S3 on Outposts.
#[derive(Clone, Default, PartialEq)]
pub struct PublicAccessBlockConfiguration {
    /// Specifies whether Amazon S3 should block public access control lists (ACLs) for buckets in this account. Setting this element to `TRUE` causes the following behavior:
    ///
    /// - `PutBucketAcl` and `PutObjectAcl` calls fail if the specified ACL is public.
    ///
    /// - PUT Object calls fail if the request includes a public ACL.
    ///
    /// - PUT Bucket calls fail if the request includes a public ACL.
    ///
    /// Enabling this setting doesn't affect existing policies or ACLs.
    ///
    /// This property is not supported for Amazon S3 on Outposts.
    pub block_public_acls: Option<bool>,
    /// Specifies whether Amazon S3 should ignore public ACLs for buckets in this account. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on buckets in this account and any objects that they contain.
    ///
    /// Enabling this setting doesn't affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set.
    ///
    /// This property is not supported for Amazon S3 on Outposts.
    pub ignore_public_acls: Option<bool>,
    /// Specifies whether Amazon S3 should block public bucket policies for buckets in this account. Setting this element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access.
    ///
    /// Enabling this setting doesn't affect existing bucket policies.
    ///
    /// This property is not supported for Amazon S3 on Outposts.
    pub block_public_policy: Option<bool>,
    /// Specifies whether Amazon S3 should restrict public bucket policies for buckets in this account. Setting this element to `TRUE` restricts access to buckets with public policies to only Amazon Web Services service principals and authorized users within this account.
    ///
    /// Enabling this setting doesn't affect previously stored bucket policies, except that public and cross-account access within any public bucket policy, including non-public delegation to specific accounts, is blocked.
    ///
    /// This property is not supported for Amazon S3 on Outposts.
    pub restrict_public_buckets: Option<bool>,
}
rt::structure!(
    PublicAccessBlockConfiguration, PUBLIC_ACCESS_BLOCK_CONFIGURATION,
    [block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccessGrantsInstanceResourcePolicyInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The resource policy of the S3 Access Grants instance that you are updating.
    pub policy: String,
    /// The Organization of the resource policy of the S3 Access Grants instance.
    pub organization: Option<String>,
}
rt::structure!(
    PutAccessGrantsInstanceResourcePolicyInput,
    PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT, [account_id, policy, organization]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccessGrantsInstanceResourcePolicyOutput {
    /// The updated resource policy of the S3 Access Grants instance.
    pub policy: Option<String>,
    /// The Organization of the resource policy of the S3 Access Grants instance.
    pub organization: Option<String>,
    /// The date and time when you created the S3 Access Grants instance resource policy.
    pub created_at: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutAccessGrantsInstanceResourcePolicyOutput,
    PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_OUTPUT, [policy, organization,
    created_at], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccessPointConfigurationForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point.
    pub name: String,
    /// Object Lambda Access Point configuration document.
    pub configuration: ObjectLambdaConfiguration,
}
rt::structure!(
    PutAccessPointConfigurationForObjectLambdaInput,
    PUT_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_INPUT, [account_id, name,
    configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccessPointPolicyForObjectLambdaInput {
    /// The account ID for the account that owns the specified Object Lambda Access Point.
    pub account_id: String,
    /// The name of the Object Lambda Access Point.
    pub name: String,
    /// Object Lambda Access Point resource policy document.
    pub policy: String,
}
rt::structure!(
    PutAccessPointPolicyForObjectLambdaInput,
    PUT_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT, [account_id, name, policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccessPointPolicyInput {
    /// The Amazon Web Services account ID for owner of the bucket associated with the specified access point.
    pub account_id: String,
    /// The name of the access point that you want to associate with the specified policy.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the access point accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/accesspoint/\<my-accesspoint-name\>`. For example, to access the access point `reports-ap` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/accesspoint/reports-ap`. The value must be URL encoded.
    pub name: String,
    /// The policy that you want to apply to the specified access point. For more information about access point policies, see [Managing data access with Amazon S3 access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points.html) or [Managing access to shared datasets in directory buckets with access points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets.html) in the *Amazon S3 User Guide*.
    pub policy: String,
}
rt::structure!(
    PutAccessPointPolicyInput, PUT_ACCESS_POINT_POLICY_INPUT, [account_id, name, policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccessPointScopeInput {
    /// The Amazon Web Services account ID that owns the access point with scope that you want to create or replace.
    pub account_id: String,
    /// The name of the access point with the scope that you want to create or replace.
    pub name: String,
    /// Object prefixes, API operations, or a combination of both.
    pub scope: Scope,
}
rt::structure!(
    PutAccessPointScopeInput, PUT_ACCESS_POINT_SCOPE_INPUT, [account_id, name, scope]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// The name of the bucket for which to set the configuration.
    pub bucket: String,
    /// Container for lifecycle rules. You can add as many as 1,000 rules.
    pub lifecycle_configuration: Option<LifecycleConfiguration>,
}
rt::structure!(
    PutBucketLifecycleConfigurationInput, PUT_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
    [account_id, bucket, lifecycle_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketPolicyInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
    /// Set this parameter to true to confirm that you want to remove your permissions to change this bucket policy in the future.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub confirm_remove_self_bucket_access: Option<bool>,
    /// The bucket policy as a JSON document.
    pub policy: String,
}
rt::structure!(
    PutBucketPolicyInput, PUT_BUCKET_POLICY_INPUT, [account_id, bucket,
    confirm_remove_self_bucket_access, policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketReplicationInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// Specifies the S3 on Outposts bucket to set the configuration for.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
    pub replication_configuration: ReplicationConfiguration,
}
rt::structure!(
    PutBucketReplicationInput, PUT_BUCKET_REPLICATION_INPUT, [account_id, bucket,
    replication_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketTaggingInput {
    /// The Amazon Web Services account ID of the Outposts bucket.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the bucket.
    ///
    /// For using this parameter with Amazon S3 on Outposts with the REST API, you must specify the name and the x-amz-outpost-id as well.
    ///
    /// For using this parameter with S3 on Outposts with the Amazon Web Services SDK and CLI, you must specify the ARN of the bucket accessed in the format `arn:aws:s3-outposts:\<Region\>:\<account-id\>:outpost/\<outpost-id\>/bucket/\<my-bucket-name\>`. For example, to access the bucket `reports` through Outpost `my-outpost` owned by account `123456789012` in Region `us-west-2`, use the URL encoding of `arn:aws:s3-outposts:us-west-2:123456789012:outpost/my-outpost/bucket/reports`. The value must be URL encoded.
    pub bucket: String,
    pub tagging: Tagging,
}
rt::structure!(
    PutBucketTaggingInput, PUT_BUCKET_TAGGING_INPUT, [account_id, bucket, tagging]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutBucketVersioningInput {
    /// The Amazon Web Services account ID of the S3 on Outposts bucket.
    pub account_id: String,
    /// The S3 on Outposts bucket to set the versioning state for.
    pub bucket: String,
    /// The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device.
    pub mfa: Option<String>,
    /// The root-level tag for the `VersioningConfiguration` parameters.
    pub versioning_configuration: VersioningConfiguration,
}
rt::structure!(
    PutBucketVersioningInput, PUT_BUCKET_VERSIONING_INPUT, [account_id, bucket, mfa,
    versioning_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutJobTaggingInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The ID for the S3 Batch Operations job whose tags you want to replace.
    pub job_id: String,
    /// The set of tags to associate with the S3 Batch Operations job.
    pub tags: Vec<S3Tag>,
}
rt::structure!(PutJobTaggingInput, PUT_JOB_TAGGING_INPUT, [account_id, job_id, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct PutJobTaggingOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutJobTaggingOutput, PUT_JOB_TAGGING_OUTPUT, [], meta = response_metadata
);
/// A container for the information associated with a [PutMultiRegionAccessPoint](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutMultiRegionAccessPoint.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct PutMultiRegionAccessPointPolicyInput2 {
    /// The name of the Multi-Region Access Point associated with the request.
    pub name: String,
    /// The policy details for the `PutMultiRegionAccessPoint` request.
    pub policy: String,
}
rt::structure!(
    PutMultiRegionAccessPointPolicyInput2, PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT2,
    [name, policy]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMultiRegionAccessPointPolicyInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// An idempotency token used to identify the request and guarantee that requests are unique.
    pub client_token: String,
    /// A container element containing the details of the policy for the Multi-Region Access Point.
    pub details: PutMultiRegionAccessPointPolicyInput2,
}
rt::structure!(
    PutMultiRegionAccessPointPolicyInput, PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT,
    [account_id, client_token, details]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutMultiRegionAccessPointPolicyOutput {
    /// The request token associated with the request. You can use this token with [DescribeMultiRegionAccessPointOperation](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DescribeMultiRegionAccessPointOperation.html) to determine the status of asynchronous requests.
    pub request_token_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutMultiRegionAccessPointPolicyOutput, PUT_MULTI_REGION_ACCESS_POINT_POLICY_OUTPUT,
    [request_token_arn], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutPublicAccessBlockInput {
    /// The `PublicAccessBlock` configuration that you want to apply to the specified Amazon Web Services account.
    pub public_access_block_configuration: PublicAccessBlockConfiguration,
    /// The account ID for the Amazon Web Services account whose `PublicAccessBlock` configuration you want to set.
    pub account_id: String,
}
rt::structure!(
    PutPublicAccessBlockInput, PUT_PUBLIC_ACCESS_BLOCK_INPUT,
    [public_access_block_configuration, account_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutStorageLensConfigurationInput {
    /// The ID of the S3 Storage Lens configuration.
    pub config_id: String,
    /// The account ID of the requester.
    pub account_id: String,
    /// The S3 Storage Lens configuration.
    pub storage_lens_configuration: StorageLensConfiguration,
    /// The tag set of the S3 Storage Lens configuration.
    ///
    /// You can set up to a maximum of 50 tags.
    pub tags: Option<Vec<StorageLensTag>>,
}
rt::structure!(
    PutStorageLensConfigurationInput, PUT_STORAGE_LENS_CONFIGURATION_INPUT, [config_id,
    account_id, storage_lens_configuration, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutStorageLensConfigurationTaggingInput {
    /// The ID of the S3 Storage Lens configuration.
    pub config_id: String,
    /// The account ID of the requester.
    pub account_id: String,
    /// The tag set of the S3 Storage Lens configuration.
    ///
    /// You can set up to a maximum of 50 tags.
    pub tags: Vec<StorageLensTag>,
}
rt::structure!(
    PutStorageLensConfigurationTaggingInput,
    PUT_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT, [config_id, account_id, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutStorageLensConfigurationTaggingOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutStorageLensConfigurationTaggingOutput,
    PUT_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT, [], meta = response_metadata
);
/// A Region that supports a Multi-Region Access Point as well as the associated bucket for the Region.
#[derive(Clone, Default, PartialEq)]
pub struct Region {
    /// The name of the associated bucket for the Region.
    pub bucket: String,
    /// The Amazon Web Services account ID that owns the Amazon S3 bucket that's associated with this Multi-Region Access Point.
    pub bucket_account_id: Option<String>,
}
rt::structure!(Region, REGION, [bucket, bucket_account_id]);
/// A combination of a bucket and Region that's part of a Multi-Region Access Point.
#[derive(Clone, Default, PartialEq)]
pub struct RegionReport {
    /// The name of the bucket.
    pub bucket: Option<String>,
    /// The name of the Region.
    pub region: Option<String>,
    /// The Amazon Web Services account ID that owns the Amazon S3 bucket that's associated with this Multi-Region Access Point.
    pub bucket_account_id: Option<String>,
}
rt::structure!(RegionReport, REGION_REPORT, [bucket, region, bucket_account_id]);
/// The container for the regional bucket.
#[derive(Clone, Default, PartialEq)]
pub struct RegionalBucket {
    pub bucket: String,
    /// The Amazon Resource Name (ARN) for the regional bucket.
    pub bucket_arn: Option<String>,
    pub public_access_block_enabled: bool,
    /// The creation date of the regional bucket
    pub creation_date: rt::DateTime,
    /// The Outposts ID of the regional bucket.
    pub outpost_id: Option<String>,
}
rt::structure!(
    RegionalBucket, REGIONAL_BUCKET, [bucket, bucket_arn, public_access_block_enabled,
    creation_date, outpost_id]
);
/// A filter that you can use to specify whether replica modification sync is enabled. S3 on Outposts replica modification sync can help you keep object metadata synchronized between replicas and source objects. By default, S3 on Outposts replicates metadata from the source objects to the replicas only. When replica modification sync is enabled, S3 on Outposts replicates metadata changes made to the replica copies back to the source object, making the replication bidirectional.
///
/// To replicate object metadata modifications on replicas, you can specify this element and set the `Status` of this element to `Enabled`.
///
/// You must enable replica modification sync on the source and destination buckets to replicate replica metadata changes between the source and the replicas.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicaModifications {
    /// Specifies whether S3 on Outposts replicates modifications to object metadata on replicas.
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
/// A container for one or more replication rules. A replication configuration must have at least one rule and you can add up to 100 rules. The maximum size of a replication configuration is 128 KB.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationConfiguration {
    /// The Amazon Resource Name (ARN) of the Identity and Access Management (IAM) role that S3 on Outposts assumes when replicating objects. For information about S3 replication on Outposts configuration, see [Setting up replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/outposts-replication-how-setup.html) in the *Amazon S3 User Guide*.
    pub role: String,
    /// A container for one or more replication rules. A replication configuration must have at least one rule and can contain an array of 100 rules at the most.
    pub rules: Vec<ReplicationRule>,
}
rt::structure!(ReplicationConfiguration, REPLICATION_CONFIGURATION, [role, rules]);
/// Specifies which S3 on Outposts objects to replicate and where to store the replicas.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationRule {
    /// A unique identifier for the rule. The maximum value is 255 characters.
    pub id: Option<String>,
    /// The priority indicates which rule has precedence whenever two or more replication rules conflict. S3 on Outposts attempts to replicate objects according to all replication rules. However, if there are two or more rules with the same destination Outposts bucket, then objects will be replicated according to the rule with the highest priority. The higher the number, the higher the priority.
    ///
    /// For more information, see [Creating replication rules on Outposts](https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-between-outposts.html) in the *Amazon S3 User Guide*.
    pub priority: Option<i32>,
    /// An object key name prefix that identifies the object or objects to which the rule applies. The maximum prefix length is 1,024 characters. To include all objects in an Outposts bucket, specify an empty string.
    ///
    /// When you're using XML requests, you must replace special characters (such as carriage returns) in object keys with their equivalent XML entity codes. For more information, see [ XML-related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints) in the *Amazon S3 User Guide*.
    pub prefix: Option<String>,
    /// A filter that identifies the subset of objects to which the replication rule applies. A `Filter` element must specify exactly one `Prefix`, `Tag`, or `And` child element.
    pub filter: Option<ReplicationRuleFilter>,
    /// Specifies whether the rule is enabled.
    pub status: ReplicationRuleStatus,
    /// A container that describes additional filters for identifying the source Outposts objects that you want to replicate. You can choose to enable or disable the replication of these objects.
    pub source_selection_criteria: Option<SourceSelectionCriteria>,
    /// An optional configuration to replicate existing source bucket objects.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub existing_object_replication: Option<ExistingObjectReplication>,
    /// A container for information about the replication destination and its configurations.
    pub destination: Destination,
    /// Specifies whether S3 on Outposts replicates delete markers. If you specify a `Filter` element in your replication configuration, you must also include a `DeleteMarkerReplication` element. If your `Filter` includes a `Tag` element, the `DeleteMarkerReplication` element's `Status` child element must be set to `Disabled`, because S3 on Outposts doesn't support replicating delete markers for tag-based rules.
    ///
    /// For more information about delete marker replication, see [How delete operations affect replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3OutpostsReplication.html#outposts-replication-what-is-replicated) in the *Amazon S3 User Guide*.
    pub delete_marker_replication: Option<DeleteMarkerReplication>,
    /// The Amazon Resource Name (ARN) of the access point for the source Outposts bucket that you want S3 on Outposts to replicate the objects from.
    pub bucket: String,
}
rt::structure!(
    ReplicationRule, REPLICATION_RULE, [id, priority, prefix, filter, status,
    source_selection_criteria, existing_object_replication, destination,
    delete_marker_replication, bucket]
);
/// A container for specifying rule filters. The filters determine the subset of objects to which the rule applies. This element is required only if you specify more than one filter.
///
/// For example:
///
/// - If you specify both a `Prefix` and a `Tag` filter, wrap these filters in an `And` element.
///
/// - If you specify a filter based on multiple tags, wrap the `Tag` elements in an `And` element.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationRuleAndOperator {
    /// An object key name prefix that identifies the subset of objects that the rule applies to.
    pub prefix: Option<String>,
    /// An array of tags that contain key and value pairs.
    pub tags: Option<Vec<S3Tag>>,
}
rt::structure!(
    ReplicationRuleAndOperator, REPLICATION_RULE_AND_OPERATOR, [prefix, tags]
);
/// A filter that identifies the subset of objects to which the replication rule applies. A `Filter` element must specify exactly one `Prefix`, `Tag`, or `And` child element.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationRuleFilter {
    /// An object key name prefix that identifies the subset of objects that the rule applies to.
    ///
    /// When you're using XML requests, you must replace special characters (such as carriage returns) in object keys with their equivalent XML entity codes. For more information, see [ XML-related object key constraints](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-xml-related-constraints) in the *Amazon S3 User Guide*.
    pub prefix: Option<String>,
    /// A container for a key-value name pair.
    pub tag: Option<S3Tag>,
    /// A container for specifying rule filters. The filters determine the subset of objects that the rule applies to. This element is required only if you specify more than one filter. For example:
    ///
    /// - If you specify both a `Prefix` and a `Tag` filter, wrap these filters in an `And` element.
    ///
    /// - If you specify a filter based on multiple tags, wrap the `Tag` elements in an `And` element.
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
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `REPLICA`
    Replica,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicationStatus, { Completed => "COMPLETED", Failed => "FAILED", Replica =>
    "REPLICA", None => "NONE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationStorageClass {
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
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReplicationStorageClass, { Standard => "STANDARD", ReducedRedundancy =>
    "REDUCED_REDUNDANCY", StandardIa => "STANDARD_IA", OnezoneIa => "ONEZONE_IA",
    IntelligentTiering => "INTELLIGENT_TIERING", Glacier => "GLACIER", DeepArchive =>
    "DEEP_ARCHIVE", Outposts => "OUTPOSTS", GlacierIr => "GLACIER_IR" }
);
/// A container that specifies S3 Replication Time Control (S3 RTC) related information, including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated.
///
/// This is not supported by Amazon S3 on Outposts buckets.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationTime {
    /// Specifies whether S3 Replication Time Control (S3 RTC) is enabled.
    pub status: ReplicationTimeStatus,
    /// A container that specifies the time by which replication should be complete for all objects and operations on objects.
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
/// A container that specifies the time value for S3 Replication Time Control (S3 RTC). This value is also used for the replication metrics `EventThreshold` element.
///
/// This is not supported by Amazon S3 on Outposts buckets.
#[derive(Clone, Default, PartialEq)]
pub struct ReplicationTimeValue {
    /// Contains an integer that specifies the time period in minutes.
    ///
    /// Valid value: 15
    pub minutes: Option<i32>,
}
rt::structure!(ReplicationTimeValue, REPLICATION_TIME_VALUE, [minutes]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestedJobStatus {
    /// `Cancelled`
    Cancelled,
    /// `Ready`
    Ready,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RequestedJobStatus, { Cancelled => "Cancelled", Ready => "Ready" });
#[derive(Clone, Default, PartialEq)]
pub struct S3AccessControlList {
    pub owner: S3ObjectOwner,
    pub grants: Option<Vec<S3Grant>>,
}
rt::structure!(S3AccessControlList, S3_ACCESS_CONTROL_LIST, [owner, grants]);
#[derive(Clone, Default, PartialEq)]
pub struct S3AccessControlPolicy {
    pub access_control_list: Option<S3AccessControlList>,
    pub canned_access_control_list: Option<S3CannedAccessControlList>,
}
rt::structure!(
    S3AccessControlPolicy, S3_ACCESS_CONTROL_POLICY, [access_control_list,
    canned_access_control_list]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3AnnotationDirective {
    /// `COPY`
    Copy,
    /// `EXCLUDE`
    Exclude,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3AnnotationDirective, { Copy => "COPY", Exclude => "EXCLUDE" });
/// A container for the bucket where the Amazon S3 Storage Lens metrics export files are located.
#[derive(Clone, Default, PartialEq)]
pub struct S3BucketDestination {
    pub format: Format,
    /// The schema version of the export file.
    pub output_schema_version: OutputSchemaVersion,
    /// The account ID of the owner of the S3 Storage Lens metrics export bucket.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the bucket. This property is read-only and follows the following format: ` arn:aws:s3:*us-east-1*:*example-account-id*:bucket/*your-destination-bucket-name* `
    pub arn: String,
    /// The prefix of the destination bucket where the metrics export will be delivered.
    pub prefix: Option<String>,
    /// The container for the type encryption of the metrics exports in this bucket.
    pub encryption: Option<StorageLensDataExportEncryption>,
}
rt::structure!(
    S3BucketDestination, S3_BUCKET_DESTINATION, [format, output_schema_version,
    account_id, arn, prefix, encryption]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3CannedAccessControlList {
    /// `private`
    Private,
    /// `public-read`
    PublicRead,
    /// `public-read-write`
    PublicReadWrite,
    /// `aws-exec-read`
    AwsExecRead,
    /// `authenticated-read`
    AuthenticatedRead,
    /// `bucket-owner-read`
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    BucketOwnerFullControl,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3CannedAccessControlList, { Private => "private", PublicRead => "public-read",
    PublicReadWrite => "public-read-write", AwsExecRead => "aws-exec-read",
    AuthenticatedRead => "authenticated-read", BucketOwnerRead => "bucket-owner-read",
    BucketOwnerFullControl => "bucket-owner-full-control" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ChecksumAlgorithm {
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
    S3ChecksumAlgorithm, { Crc32 => "CRC32", Crc32c => "CRC32C", Sha1 => "SHA1", Sha256
    => "SHA256", Crc64nvme => "CRC64NVME", Sha512 => "SHA512", Md5 => "MD5", Xxhash64 =>
    "XXHASH64", Xxhash3 => "XXHASH3", Xxhash128 => "XXHASH128" }
);
/// Directs the specified job to invoke the ComputeObjectChecksum operation on every object listed in the job's manifest.
#[derive(Clone, Default, PartialEq)]
pub struct S3ComputeObjectChecksumOperation {
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the Amazon S3 User Guide.
    pub checksum_algorithm: Option<ComputeObjectChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object's checksum value. For more information, see [Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the Amazon S3 User Guide.
    pub checksum_type: Option<ComputeObjectChecksumType>,
}
rt::structure!(
    S3ComputeObjectChecksumOperation, S3_COMPUTE_OBJECT_CHECKSUM_OPERATION,
    [checksum_algorithm, checksum_type]
);
/// Contains the configuration parameters for a PUT Copy object operation. S3 Batch Operations passes every object to the underlying `CopyObject` API operation. For more information about the parameters for this operation, see [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectCOPY.html).
#[derive(Clone, Default, PartialEq)]
pub struct S3CopyObjectOperation {
    /// Specifies the destination bucket Amazon Resource Name (ARN) for the batch copy operation.
    ///
    /// - **General purpose buckets** - For example, to copy objects to a general purpose bucket named `destinationBucket`, set the `TargetResource` property to `arn:aws:s3:::destinationBucket`.
    ///
    /// - **Directory buckets** - For example, to copy objects to a directory bucket named `destinationBucket` in the Availability Zone identified by the AZ ID `usw2-az1`, set the `TargetResource` property to `arn:aws:s3express:*region*:*account\_id*:/bucket/*destination\_bucket\_base\_name*--*usw2-az1*--x-s3`. A directory bucket as a destination bucket can be in Availability Zone or Local Zone.
    ///
    /// Copying objects across different Amazon Web Services Regions isn't supported when the source or destination bucket is in Amazon Web Services Local Zones. The source and destination buckets must have the same parent Amazon Web Services Region. Otherwise, you get an HTTP `400 Bad Request` error with the error code `InvalidRequest`.
    pub target_resource: Option<String>,
    /// This functionality is not supported by directory buckets.
    pub canned_access_control_list: Option<S3CannedAccessControlList>,
    /// This functionality is not supported by directory buckets.
    pub access_control_grants: Option<Vec<S3Grant>>,
    pub metadata_directive: Option<S3MetadataDirective>,
    /// Specifies whether the Batch Operations copy job copies object annotations from the source object or skips them. If this property isn't specified, `COPY` is the default behavior.
    ///
    /// Valid Values: `COPY \| EXCLUDE`
    ///
    /// This functionality is not supported by directory buckets.
    pub annotation_directive: Option<S3AnnotationDirective>,
    pub modified_since_constraint: Option<rt::DateTime>,
    /// If you don't provide this parameter, Amazon S3 copies all the metadata from the original objects. If you specify an empty set, the new objects will have no tags. Otherwise, Amazon S3 assigns the supplied tags to the new objects.
    pub new_object_metadata: Option<S3ObjectMetadata>,
    /// Specifies a list of tags to add to the destination objects after they are copied. If `NewObjectTagging` is not specified, the tags of the source objects are copied to destination objects by default.
    ///
    /// **Directory buckets** - Tags aren't supported by directory buckets. If your source objects have tags and your destination bucket is a directory bucket, specify an empty tag set in the `NewObjectTagging` field to prevent copying the source object tags to the directory bucket.
    pub new_object_tagging: Option<Vec<S3Tag>>,
    /// If the destination bucket is configured as a website, specifies an optional metadata property for website redirects, `x-amz-website-redirect-location`. Allows webpage redirects if the object copy is accessed through a website endpoint.
    ///
    /// This functionality is not supported by directory buckets.
    pub redirect_location: Option<String>,
    /// This functionality is not supported by directory buckets.
    pub requester_pays: Option<bool>,
    /// Specify the storage class for the destination objects in a `Copy` operation.
    ///
    /// **Directory buckets ** - This functionality is not supported by directory buckets.
    pub storage_class: Option<S3StorageClass>,
    pub un_modified_since_constraint: Option<rt::DateTime>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID.
    ///
    /// **Directory buckets** - If you specify `SSEAlgorithm` with `KMS`, you must specify the ` SSEAwsKmsKeyId` parameter with the ID (Key ID or Key ARN) of the KMS symmetric encryption customer managed key to use. Otherwise, you get an HTTP `400 Bad Request` error. The key alias format of the KMS key isn't supported. To encrypt new object copies in a directory bucket with SSE-KMS, you must specify SSE-KMS as the directory bucket's default encryption configuration with a KMS key (specifically, a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk)). The [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) (`aws/s3`) isn't supported. Your SSE-KMS configuration can only support 1 [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) per directory bucket for the lifetime of the bucket. After you specify a customer managed key for SSE-KMS as the bucket default encryption, you can't override the customer managed key for the bucket's SSE-KMS configuration. Then, when you specify server-side encryption settings for new object copies with SSE-KMS, you must make sure the encryption key is the same customer managed key that you specified for the directory bucket's default encryption configuration.
    pub sse_aws_kms_key_id: Option<String>,
    /// Specifies the folder prefix that you want the objects to be copied into. For example, to copy objects into a folder named `Folder1` in the destination bucket, set the `TargetKeyPrefix` property to `Folder1`.
    pub target_key_prefix: Option<String>,
    /// The legal hold status to be applied to all objects in the Batch Operations job.
    ///
    /// This functionality is not supported by directory buckets.
    pub object_lock_legal_hold_status: Option<S3ObjectLockLegalHoldStatus>,
    /// The retention mode to be applied to all objects in the Batch Operations job.
    ///
    /// This functionality is not supported by directory buckets.
    pub object_lock_mode: Option<S3ObjectLockMode>,
    /// The date when the applied object retention configuration expires on all objects in the Batch Operations job.
    ///
    /// This functionality is not supported by directory buckets.
    pub object_lock_retain_until_date: Option<rt::DateTime>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Amazon Web Services KMS (SSE-KMS). Setting this header to `true` causes Amazon S3 to use an S3 Bucket Key for object encryption with SSE-KMS.
    ///
    /// Specifying this header with an *Copy* action doesn’t affect *bucket-level* settings for S3 Bucket Key.
    ///
    /// **Directory buckets** - S3 Bucket Keys aren't supported, when you copy SSE-KMS encrypted objects from general purpose buckets to directory buckets, from directory buckets to general purpose buckets, or between directory buckets, through [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops). In this case, Amazon S3 makes a call to KMS every time a copy request is made for a KMS-encrypted object.
    pub bucket_key_enabled: Option<bool>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum. For more information, see [ Checking object integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in the *Amazon S3 User Guide*.
    pub checksum_algorithm: Option<S3ChecksumAlgorithm>,
    /// The event hold status to be applied to all objects in the Batch Operations copy job. Set to `ON` to enable an event hold or `OFF` to disable it.
    ///
    /// This functionality is not supported by directory buckets.
    pub object_lock_event_hold: Option<S3ObjectLockEventHold>,
    /// The event hold duration to be applied to all objects in the Batch Operations copy job. The duration specifies how long the object remains protected after the event hold is released.
    ///
    /// This functionality is not supported by directory buckets.
    pub object_lock_event_hold_duration: Option<S3ObjectLockEventHoldDuration>,
}
rt::structure!(
    S3CopyObjectOperation, S3_COPY_OBJECT_OPERATION, [target_resource,
    canned_access_control_list, access_control_grants, metadata_directive,
    annotation_directive, modified_since_constraint, new_object_metadata,
    new_object_tagging, redirect_location, requester_pays, storage_class,
    un_modified_since_constraint, sse_aws_kms_key_id, target_key_prefix,
    object_lock_legal_hold_status, object_lock_mode, object_lock_retain_until_date,
    bucket_key_enabled, checksum_algorithm, object_lock_event_hold,
    object_lock_event_hold_duration]
);
/// Contains no configuration parameters because the DELETE Object tagging (`DeleteObjectTagging`) API operation accepts only the bucket name and key name as parameters, which are defined in the job's manifest.
#[derive(Clone, Default, PartialEq)]
pub struct S3DeleteObjectTaggingOperation {}
rt::structure!(S3DeleteObjectTaggingOperation, S3_DELETE_OBJECT_TAGGING_OPERATION, []);
/// Describes the specified job's generated manifest. Batch Operations jobs created with a ManifestGenerator populate details of this descriptor after execution of the ManifestGenerator.
#[derive(Clone, Default, PartialEq)]
pub struct S3GeneratedManifestDescriptor {
    /// The format of the generated manifest.
    pub format: Option<GeneratedManifestFormat>,
    /// Contains the information required to locate a manifest object. Manifests can't be imported from directory buckets. For more information, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html).
    pub location: Option<JobManifestLocation>,
}
rt::structure!(
    S3GeneratedManifestDescriptor, S3_GENERATED_MANIFEST_DESCRIPTOR, [format, location]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3GlacierJobTier {
    /// `BULK`
    Bulk,
    /// `STANDARD`
    Standard,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3GlacierJobTier, { Bulk => "BULK", Standard => "STANDARD" });
#[derive(Clone, Default, PartialEq)]
pub struct S3Grant {
    pub grantee: Option<S3Grantee>,
    pub permission: Option<S3Permission>,
}
rt::structure!(S3Grant, S3_GRANT, [grantee, permission]);
#[derive(Clone, Default, PartialEq)]
pub struct S3Grantee {
    pub type_identifier: Option<S3GranteeTypeIdentifier>,
    pub identifier: Option<String>,
    pub display_name: Option<String>,
}
rt::structure!(S3Grantee, S3_GRANTEE, [type_identifier, identifier, display_name]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3GranteeTypeIdentifier {
    /// `id`
    Id,
    /// `emailAddress`
    EmailAddress,
    /// `uri`
    Uri,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3GranteeTypeIdentifier, { Id => "id", EmailAddress => "emailAddress", Uri => "uri" }
);
/// Contains the configuration parameters for a POST Object restore job. S3 Batch Operations passes every object to the underlying `RestoreObject` API operation. For more information about the parameters for this operation, see [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOSTrestore.html#RESTObjectPOSTrestore-restore-request).
#[derive(Clone, Default, PartialEq)]
pub struct S3InitiateRestoreObjectOperation {
    /// This argument specifies how long the S3 Glacier or S3 Glacier Deep Archive object remains available in Amazon S3. S3 Initiate Restore Object jobs that target S3 Glacier and S3 Glacier Deep Archive objects require `ExpirationInDays` set to 1 or greater.
    ///
    /// Conversely, do *not* set `ExpirationInDays` when creating S3 Initiate Restore Object jobs that target S3 Intelligent-Tiering Archive Access and Deep Archive Access tier objects. Objects in S3 Intelligent-Tiering archive access tiers are not subject to restore expiry, so specifying `ExpirationInDays` results in restore request failure.
    ///
    /// S3 Batch Operations jobs can operate either on S3 Glacier and S3 Glacier Deep Archive storage class objects or on S3 Intelligent-Tiering Archive Access and Deep Archive Access storage tier objects, but not both types in the same job. If you need to restore objects of both types you *must* create separate Batch Operations jobs.
    pub expiration_in_days: Option<i32>,
    /// S3 Batch Operations supports `STANDARD` and `BULK` retrieval tiers, but not the `EXPEDITED` retrieval tier.
    pub glacier_job_tier: Option<S3GlacierJobTier>,
}
rt::structure!(
    S3InitiateRestoreObjectOperation, S3_INITIATE_RESTORE_OBJECT_OPERATION,
    [expiration_in_days, glacier_job_tier]
);
/// The container for the service that will create the S3 manifest.
#[derive(Clone, Default, PartialEq)]
pub struct S3JobManifestGenerator {
    /// The Amazon Web Services account ID that owns the source bucket specified in `SourceBucket`. If provided, the manifest source bucket owner's Amazon Web Services account ID must match this value, else the job fails.
    pub expected_bucket_owner: Option<String>,
    /// The ARN of the source bucket used by the ManifestGenerator.
    ///
    /// **Directory buckets** - Directory buckets aren't supported as the source buckets used by `S3JobManifestGenerator` to generate the job manifest.
    pub source_bucket: String,
    /// Specifies the location the generated manifest will be written to. Manifests can't be written to directory buckets. For more information, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html).
    pub manifest_output_location: Option<S3ManifestOutputLocation>,
    /// Specifies rules the S3JobManifestGenerator should use to decide whether an object in the source bucket should or should not be included in the generated job manifest.
    pub filter: Option<JobManifestGeneratorFilter>,
    /// Determines whether or not to write the job's generated manifest to a bucket.
    pub enable_manifest_output: bool,
}
rt::structure!(
    S3JobManifestGenerator, S3_JOB_MANIFEST_GENERATOR, [expected_bucket_owner,
    source_bucket, manifest_output_location, filter, enable_manifest_output]
);
/// Location details for where the generated manifest should be written.
#[derive(Clone, Default, PartialEq)]
pub struct S3ManifestOutputLocation {
    /// The Account ID that owns the bucket the generated manifest is written to.
    pub expected_manifest_bucket_owner: Option<String>,
    /// The bucket ARN the generated manifest should be written to.
    ///
    /// **Directory buckets** - Directory buckets aren't supported as the buckets to store the generated manifest.
    pub bucket: String,
    /// Prefix identifying one or more objects to which the manifest applies.
    pub manifest_prefix: Option<String>,
    /// Specifies what encryption should be used when the generated manifest objects are written.
    pub manifest_encryption: Option<GeneratedManifestEncryption>,
    /// The format of the generated manifest.
    pub manifest_format: GeneratedManifestFormat,
}
rt::structure!(
    S3ManifestOutputLocation, S3_MANIFEST_OUTPUT_LOCATION,
    [expected_manifest_bucket_owner, bucket, manifest_prefix, manifest_encryption,
    manifest_format]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3MetadataDirective {
    /// `COPY`
    Copy,
    /// `REPLACE`
    Replace,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3MetadataDirective, { Copy => "COPY", Replace => "REPLACE" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectLockEventHold {
    /// `ON`
    On,
    /// `OFF`
    Off,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3ObjectLockEventHold, { On => "ON", Off => "OFF" });
/// Contains the duration configuration for an event hold, specified in either days or years.
#[derive(Clone, Default, PartialEq)]
pub struct S3ObjectLockEventHoldDuration {
    /// The number of days for the event hold duration. The minimum value is 1 and the maximum value is 36,500.
    pub days: Option<i32>,
    /// The number of years for the event hold duration. The minimum value is 1 and the maximum value is 100.
    pub years: Option<i32>,
}
rt::structure!(
    S3ObjectLockEventHoldDuration, S3_OBJECT_LOCK_EVENT_HOLD_DURATION, [days, years]
);
/// Whether S3 Object Lock legal hold will be applied to objects in an S3 Batch Operations job.
#[derive(Clone, Default, PartialEq)]
pub struct S3ObjectLockLegalHold {
    /// The Object Lock legal hold status to be applied to all objects in the Batch Operations job.
    pub status: S3ObjectLockLegalHoldStatus,
}
rt::structure!(S3ObjectLockLegalHold, S3_OBJECT_LOCK_LEGAL_HOLD, [status]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectLockLegalHoldStatus {
    /// `OFF`
    Off,
    /// `ON`
    On,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3ObjectLockLegalHoldStatus, { Off => "OFF", On => "ON" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectLockMode {
    /// `COMPLIANCE`
    Compliance,
    /// `GOVERNANCE`
    Governance,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3ObjectLockMode, { Compliance => "COMPLIANCE", Governance => "GOVERNANCE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectLockRetentionEventHold {
    /// `ON`
    On,
    /// `OFF`
    Off,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3ObjectLockRetentionEventHold, { On => "ON", Off => "OFF" });
/// Contains the duration configuration for an event hold, specified in either days or years.
#[derive(Clone, Default, PartialEq)]
pub struct S3ObjectLockRetentionEventHoldDuration {
    /// The number of days for the event hold duration. The minimum value is 1 and the maximum value is 36,500.
    pub days: Option<i32>,
    /// The number of years for the event hold duration. The minimum value is 1 and the maximum value is 100.
    pub years: Option<i32>,
}
rt::structure!(
    S3ObjectLockRetentionEventHoldDuration, S3_OBJECT_LOCK_RETENTION_EVENT_HOLD_DURATION,
    [days, years]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectLockRetentionMode {
    /// `COMPLIANCE`
    Compliance,
    /// `GOVERNANCE`
    Governance,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3ObjectLockRetentionMode, { Compliance => "COMPLIANCE", Governance => "GOVERNANCE" }
);
#[derive(Clone, Default, PartialEq)]
pub struct S3ObjectMetadata {
    pub cache_control: Option<String>,
    pub content_disposition: Option<String>,
    pub content_encoding: Option<String>,
    pub content_language: Option<String>,
    pub user_metadata: Option<rt::IndexMap<String, String>>,
    /// *This member has been deprecated.*
    pub content_length: Option<i64>,
    /// *This member has been deprecated.*
    pub content_md5: Option<String>,
    pub content_type: Option<String>,
    pub http_expires_date: Option<rt::DateTime>,
    /// *This member has been deprecated.*
    pub requester_charged: Option<bool>,
    /// The server-side encryption algorithm used when storing objects in Amazon S3.
    ///
    /// **Directory buckets ** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`KMS`). For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For [the Copy operation in Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-Batch-Ops), see [S3CopyObjectOperation](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_S3CopyObjectOperation.html).
    pub sse_algorithm: Option<S3sseAlgorithm>,
}
rt::structure!(
    S3ObjectMetadata, S3_OBJECT_METADATA, [cache_control, content_disposition,
    content_encoding, content_language, user_metadata, content_length, content_md5,
    content_type, http_expires_date, requester_charged, sse_algorithm]
);
#[derive(Clone, Default, PartialEq)]
pub struct S3ObjectOwner {
    pub id: Option<String>,
    pub display_name: Option<String>,
}
rt::structure!(S3ObjectOwner, S3_OBJECT_OWNER, [id, display_name]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3Permission {
    /// `FULL_CONTROL`
    FullControl,
    /// `READ`
    Read,
    /// `WRITE`
    Write,
    /// `READ_ACP`
    ReadAcp,
    /// `WRITE_ACP`
    WriteAcp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    S3Permission, { FullControl => "FULL_CONTROL", Read => "READ", Write => "WRITE",
    ReadAcp => "READ_ACP", WriteAcp => "WRITE_ACP" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3PrefixType {
    /// `Object`
    Object,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3PrefixType, { Object => "Object" });
/// Directs the specified job to invoke `ReplicateObject` on every object in the job's manifest.
#[derive(Clone, Default, PartialEq)]
pub struct S3ReplicateObjectOperation {}
rt::structure!(S3ReplicateObjectOperation, S3_REPLICATE_OBJECT_OPERATION, []);
/// Contains the S3 Object Lock retention mode to be applied to all objects in the S3 Batch Operations job. If you don't provide `Mode` and `RetainUntilDate` data types in your operation, you will remove the retention from your objects. For more information, see [Using S3 Object Lock retention with S3 Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-retention-date.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct S3Retention {
    /// The date when the applied Object Lock retention will expire on all objects set by the Batch Operations job.
    pub retain_until_date: Option<rt::DateTime>,
    /// The Object Lock retention mode to be applied to all objects in the Batch Operations job.
    pub mode: Option<S3ObjectLockRetentionMode>,
    /// The event hold status to be applied to all objects in the Batch Operations job. Set to `ON` to enable an event hold or `OFF` to disable it.
    pub event_hold: Option<S3ObjectLockRetentionEventHold>,
    /// The event hold duration to be applied to all objects in the Batch Operations job. The duration specifies how long the object remains protected after the event hold is released.
    pub event_hold_duration: Option<S3ObjectLockRetentionEventHoldDuration>,
}
rt::structure!(
    S3Retention, S3_RETENTION, [retain_until_date, mode, event_hold, event_hold_duration]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3sseAlgorithm {
    /// `AES256`
    Aes256,
    /// `KMS`
    Kms,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(S3sseAlgorithm, { Aes256 => "AES256", Kms => "KMS" });
/// Contains the configuration parameters for a PUT Object ACL operation. S3 Batch Operations passes every object to the underlying `PutObjectAcl` API operation. For more information about the parameters for this operation, see [PutObjectAcl](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPUTacl.html).
#[derive(Clone, Default, PartialEq)]
pub struct S3SetObjectAclOperation {
    pub access_control_policy: Option<S3AccessControlPolicy>,
}
rt::structure!(
    S3SetObjectAclOperation, S3_SET_OBJECT_ACL_OPERATION, [access_control_policy]
);
/// Contains the configuration for an S3 Object Lock legal hold operation that an S3 Batch Operations job passes to every object to the underlying `PutObjectLegalHold` API operation. For more information, see [Using S3 Object Lock legal hold with S3 Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-legal-hold.html) in the *Amazon S3 User Guide*.
///
/// This functionality is not supported by directory buckets.
#[derive(Clone, Default, PartialEq)]
pub struct S3SetObjectLegalHoldOperation {
    /// Contains the Object Lock legal hold status to be applied to all objects in the Batch Operations job.
    pub legal_hold: S3ObjectLockLegalHold,
}
rt::structure!(
    S3SetObjectLegalHoldOperation, S3_SET_OBJECT_LEGAL_HOLD_OPERATION, [legal_hold]
);
/// Contains the configuration parameters for the Object Lock retention action for an S3 Batch Operations job. Batch Operations passes every object to the underlying `PutObjectRetention` API operation. For more information, see [Using S3 Object Lock retention with S3 Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-retention-date.html) in the *Amazon S3 User Guide*.
///
/// This functionality is not supported by directory buckets.
#[derive(Clone, Default, PartialEq)]
pub struct S3SetObjectRetentionOperation {
    /// Indicates if the action should be applied to objects in the Batch Operations job even if they have Object Lock ` GOVERNANCE` type in place.
    pub bypass_governance_retention: Option<bool>,
    /// Contains the Object Lock retention mode to be applied to all objects in the Batch Operations job. For more information, see [Using S3 Object Lock retention with S3 Batch Operations](https://docs.aws.amazon.com/AmazonS3/latest/dev/batch-ops-retention-date.html) in the *Amazon S3 User Guide*.
    pub retention: S3Retention,
}
rt::structure!(
    S3SetObjectRetentionOperation, S3_SET_OBJECT_RETENTION_OPERATION,
    [bypass_governance_retention, retention]
);
/// Contains the configuration parameters for a PUT Object Tagging operation. S3 Batch Operations passes every object to the underlying `PutObjectTagging` API operation. For more information about the parameters for this operation, see [PutObjectTagging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPUTtagging.html).
#[derive(Clone, Default, PartialEq)]
pub struct S3SetObjectTaggingOperation {
    pub tag_set: Option<Vec<S3Tag>>,
}
rt::structure!(S3SetObjectTaggingOperation, S3_SET_OBJECT_TAGGING_OPERATION, [tag_set]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3StorageClass {
    /// `STANDARD`
    Standard,
    /// `STANDARD_IA`
    StandardIa,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `GLACIER`
    Glacier,
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
    S3StorageClass, { Standard => "STANDARD", StandardIa => "STANDARD_IA", OnezoneIa =>
    "ONEZONE_IA", Glacier => "GLACIER", IntelligentTiering => "INTELLIGENT_TIERING",
    DeepArchive => "DEEP_ARCHIVE", GlacierIr => "GLACIER_IR" }
);
/// A container for a key-value name pair.
#[derive(Clone, Default, PartialEq)]
pub struct S3Tag {
    /// Key of the tag
    pub key: String,
    /// Value of the tag
    pub value: String,
}
rt::structure!(S3Tag, S3_TAG, [key, value]);
/// With the `UpdateObjectEncryption` operation, you can atomically update the server-side encryption type of an existing object in a general purpose bucket without any data movement.
#[derive(Clone, Default, PartialEq)]
pub struct S3UpdateObjectEncryptionOperation {
    /// The updated server-side encryption type for this S3 object. The `UpdateObjectEncryption` operation supports the SSE-KMS encryption type.
    pub object_encryption: Option<ObjectEncryption>,
}
rt::structure!(
    S3UpdateObjectEncryptionOperation, S3_UPDATE_OBJECT_ENCRYPTION_OPERATION,
    [object_encryption]
);
/// If `SSEKMS` is specified for `UpdateObjectEncryption`, this data type specifies the Amazon Web Services KMS key Amazon Resource Name (ARN) to use and whether to use an S3 Bucket Key for server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
#[derive(Clone, Default, PartialEq)]
pub struct S3UpdateObjectEncryptionSsekms {
    /// Specifies the Amazon Web Services KMS key Amazon Resource Name (ARN) to use for the updated server-side encryption type. Required if `UpdateObjectEncryption` specifies `SSEKMS`.
    pub kms_key_arn: String,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If this value isn't specified, it defaults to `false`. Setting this value to `true` causes Amazon S3 to use an S3 Bucket Key for update object encryption with SSE-KMS.
    pub bucket_key_enabled: Option<bool>,
}
rt::structure!(
    S3UpdateObjectEncryptionSsekms, S3_UPDATE_OBJECT_ENCRYPTION_SSEKMS, [kms_key_arn,
    bucket_key_enabled]
);
/// A filter that returns objects that are encrypted by server-side encryption with customer-provided keys (SSE-C).
#[derive(Clone, Default, PartialEq)]
pub struct SsecFilter {}
rt::structure!(SsecFilter, SSEC_FILTER, []);
#[derive(Clone, Default, PartialEq)]
pub struct Ssekms {
    /// A container for the ARN of the SSE-KMS encryption. This property is read-only and follows the following format: ` arn:aws:kms:*us-east-1*:*example-account-id*:key/*example-9a73-4afc-8d29-8f5900cef44e* `
    pub key_id: String,
}
rt::structure!(Ssekms, SSEKMS, [key_id]);
/// Configuration for the use of SSE-KMS to encrypt generated manifest objects.
#[derive(Clone, Default, PartialEq)]
pub struct SsekmsEncryption {
    /// Specifies the ID of the Amazon Web Services Key Management Service (Amazon Web Services KMS) symmetric encryption customer managed key to use for encrypting generated manifest objects.
    pub key_id: String,
}
rt::structure!(SsekmsEncryption, SSEKMS_ENCRYPTION, [key_id]);
/// A filter that returns objects that are encrypted by server-side encryption with Amazon Web Services KMS (SSE-KMS).
#[derive(Clone, Default, PartialEq)]
pub struct SsekmsFilter {
    /// The Amazon Resource Name (ARN) of the customer managed KMS key to use for the filter to return objects that are encrypted by the specified key. For best performance, use keys in the same Region as the S3 Batch Operations job.
    pub kms_key_arn: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Amazon Web Services Key Management Service (Amazon Web Services KMS) keys (SSE-KMS). If specified, will filter SSE-KMS encrypted objects by S3 Bucket Key status.
    pub bucket_key_enabled: Option<bool>,
}
rt::structure!(SsekmsFilter, SSEKMS_FILTER, [kms_key_arn, bucket_key_enabled]);
#[derive(Clone, Default, PartialEq)]
pub struct Sses3 {}
rt::structure!(Sses3, SSES3, []);
/// Configuration for the use of SSE-S3 to encrypt generated manifest objects.
#[derive(Clone, Default, PartialEq)]
pub struct Sses3Encryption {}
rt::structure!(Sses3Encryption, SSES3_ENCRYPTION, []);
/// A filter that returns objects that are encrypted by server-side encryption with Amazon S3 managed keys (SSE-S3).
#[derive(Clone, Default, PartialEq)]
pub struct Sses3Filter {}
rt::structure!(Sses3Filter, SSES3_FILTER, []);
/// You can use the access point scope to restrict access to specific prefixes, API operations, or a combination of both.
///
/// For more information, see [Manage the scope of your access points for directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets-manage-scope.html).
#[derive(Clone, Default, PartialEq)]
pub struct Scope {
    /// You can specify any amount of prefixes, but the total length of characters of all prefixes must be less than 256 bytes in size.
    pub prefixes: Option<Vec<String>>,
    /// You can include one or more API operations as permissions.
    pub permissions: Option<Vec<ScopePermission>>,
}
rt::structure!(Scope, SCOPE, [prefixes, permissions]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScopePermission {
    /// `GetObject`
    GetObject,
    /// `GetObjectAttributes`
    GetObjectAttributes,
    /// `ListMultipartUploadParts`
    ListMultipartUploadParts,
    /// `ListBucket`
    ListBucket,
    /// `ListBucketMultipartUploads`
    ListBucketMultipartUploads,
    /// `PutObject`
    PutObject,
    /// `DeleteObject`
    DeleteObject,
    /// `AbortMultipartUpload`
    AbortMultipartUpload,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ScopePermission, { GetObject => "GetObject", GetObjectAttributes =>
    "GetObjectAttributes", ListMultipartUploadParts => "ListMultipartUploadParts",
    ListBucket => "ListBucket", ListBucketMultipartUploads =>
    "ListBucketMultipartUploads", PutObject => "PutObject", DeleteObject =>
    "DeleteObject", AbortMultipartUpload => "AbortMultipartUpload" }
);
#[derive(Clone, Default, PartialEq)]
pub struct SelectionCriteria {
    /// A container for the delimiter of the selection criteria being used.
    pub delimiter: Option<String>,
    /// The max depth of the selection criteria
    pub max_depth: Option<i32>,
    /// The minimum percentage of total bucket storage that a prefix must hold for its metrics to be included.
    pub min_storage_bytes_percentage: Option<f64>,
}
rt::structure!(
    SelectionCriteria, SELECTION_CRITERIA, [delimiter, max_depth,
    min_storage_bytes_percentage]
);
/// A container that describes additional filters for identifying the source objects that you want to replicate. You can choose to enable or disable the replication of these objects.
#[derive(Clone, Default, PartialEq)]
pub struct SourceSelectionCriteria {
    /// A filter that you can use to select Amazon S3 objects that are encrypted with server-side encryption by using Key Management Service (KMS) keys. If you include `SourceSelectionCriteria` in the replication configuration, this element is required.
    ///
    /// This is not supported by Amazon S3 on Outposts buckets.
    pub sse_kms_encrypted_objects: Option<SseKmsEncryptedObjects>,
    /// A filter that you can use to specify whether replica modification sync is enabled. S3 on Outposts replica modification sync can help you keep object metadata synchronized between replicas and source objects. By default, S3 on Outposts replicates metadata from the source objects to the replicas only. When replica modification sync is enabled, S3 on Outposts replicates metadata changes made to the replica copies back to the source object, making the replication bidirectional.
    ///
    /// To replicate object metadata modifications on replicas, you can specify this element and set the `Status` of this element to `Enabled`.
    ///
    /// You must enable replica modification sync on the source and destination buckets to replicate replica metadata changes between the source and the replicas.
    pub replica_modifications: Option<ReplicaModifications>,
}
rt::structure!(
    SourceSelectionCriteria, SOURCE_SELECTION_CRITERIA, [sse_kms_encrypted_objects,
    replica_modifications]
);
/// A container for filter information that you can use to select S3 objects that are encrypted with Key Management Service (KMS).
///
/// This is not supported by Amazon S3 on Outposts buckets.
#[derive(Clone, Default, PartialEq)]
pub struct SseKmsEncryptedObjects {
    /// Specifies whether Amazon S3 replicates objects that are created with server-side encryption by using an KMS key stored in Key Management Service.
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
/// The Amazon Web Services organization for your S3 Storage Lens.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensAwsOrg {
    /// A container for the Amazon Resource Name (ARN) of the Amazon Web Services organization. This property is read-only and follows the following format: ` arn:aws:organizations:*us-east-1*:*example-account-id*:organization/*o-ex2l495dck* `
    pub arn: String,
}
rt::structure!(StorageLensAwsOrg, STORAGE_LENS_AWS_ORG, [arn]);
/// A container for the Amazon S3 Storage Lens configuration.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensConfiguration {
    /// A container for the Amazon S3 Storage Lens configuration ID.
    pub id: String,
    /// A container for all the account-level configurations of your S3 Storage Lens configuration.
    pub account_level: AccountLevel,
    /// A container for what is included in this configuration. This container can only be valid if there is no `Exclude` container submitted, and it's not empty.
    pub include: Option<Include>,
    /// A container for what is excluded in this configuration. This container can only be valid if there is no `Include` container submitted, and it's not empty.
    pub exclude: Option<Exclude>,
    /// A container to specify the properties of your S3 Storage Lens metrics export including, the destination, schema and format.
    pub data_export: Option<StorageLensDataExport>,
    /// A container that configures your S3 Storage Lens expanded prefixes metrics report.
    pub expanded_prefixes_data_export: Option<StorageLensExpandedPrefixesDataExport>,
    /// A container for the configuration used to publish S3 Storage Lens cost data to Amazon Web Services Cost and Usage Reports (Amazon Web Services CUR).
    pub cost_and_usage_reports_publish: Option<StorageLensCostAndUsageReportsPublish>,
    /// A container for whether the S3 Storage Lens configuration is enabled.
    pub is_enabled: bool,
    /// A container for the Amazon Web Services organization for this S3 Storage Lens configuration.
    pub aws_org: Option<StorageLensAwsOrg>,
    /// The Amazon Resource Name (ARN) of the S3 Storage Lens configuration. This property is read-only and follows the following format: ` arn:aws:s3:*us-east-1*:*example-account-id*:storage-lens/*your-dashboard-name* `
    pub storage_lens_arn: Option<String>,
    /// A container for all prefix delimiters that are used for object keys in this S3 Storage Lens configuration. The prefix delimiters determine how S3 Storage Lens counts prefix depth, by separating the hierarchical levels in object keys.
    ///
    /// - If either a prefix delimiter or existing delimiter is undefined, Amazon S3 uses the delimiter that’s defined.
    ///
    /// - If both the prefix delimiter and existing delimiter are undefined, S3 uses `/` as the default delimiter.
    ///
    /// - When custom delimiters are used, both the prefix delimiter and existing delimiter must specify the same special character. Otherwise, your request results in an error.
    pub prefix_delimiter: Option<String>,
    /// A container element for S3 Storage Lens Intelligent-Tiering access tier metrics.
    pub int_access_tiers: Option<IntAccessTiers>,
}
rt::structure!(
    StorageLensConfiguration, STORAGE_LENS_CONFIGURATION, [id, account_level, include,
    exclude, data_export, expanded_prefixes_data_export, cost_and_usage_reports_publish,
    is_enabled, aws_org, storage_lens_arn, prefix_delimiter, int_access_tiers]
);
/// A container for the prefix-level configuration that determines the prefixes for which S3 Storage Lens publishes cost data to Amazon Web Services Cost and Usage Reports (Amazon Web Services CUR).
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensCostAndUsageReportsPrefixLevel {
    /// Indicates whether prefix-level cost data publishing to Amazon Web Services CUR is enabled.
    pub is_enabled: bool,
    /// A container for the selection criteria that determines the prefix depths for which cost data is published to Amazon Web Services CUR.
    pub selection_criteria: Option<StorageLensCostAndUsageReportsSelectionCriteria>,
}
rt::structure!(
    StorageLensCostAndUsageReportsPrefixLevel,
    STORAGE_LENS_COST_AND_USAGE_REPORTS_PREFIX_LEVEL, [is_enabled, selection_criteria]
);
/// A container for the configuration used to publish S3 Storage Lens cost data to Amazon Web Services Cost and Usage Reports (Amazon Web Services CUR).
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensCostAndUsageReportsPublish {
    /// A container for the prefix-level configuration that determines the prefixes for which S3 Storage Lens publishes cost data to Amazon Web Services CUR.
    pub prefix_level: Option<StorageLensCostAndUsageReportsPrefixLevel>,
}
rt::structure!(
    StorageLensCostAndUsageReportsPublish, STORAGE_LENS_COST_AND_USAGE_REPORTS_PUBLISH,
    [prefix_level]
);
/// A container for the selection criteria used by the S3 Storage Lens Amazon Web Services Cost and Usage Reports (Amazon Web Services CUR) publish configuration. The selection criteria specifies the minimum and maximum prefix depth (both inclusive) for which cost data is published to Amazon Web Services CUR. You must provide both `MinDepth` and `MaxDepth` together, or neither; `MinDepth` must be less than or equal to `MaxDepth`, and the difference must not exceed 4. If neither is provided, `MinDepth` defaults to `1` and `MaxDepth` defaults to `3`.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensCostAndUsageReportsSelectionCriteria {
    /// The minimum prefix depth (inclusive) for which cost data is published to Amazon Web Services CUR. You must provide both `MinDepth` and `MaxDepth` together, or neither. If neither is provided, `MinDepth` defaults to `1`.
    pub min_depth: Option<i32>,
    /// The maximum prefix depth (inclusive) for which cost data is published to Amazon Web Services CUR. You must provide both `MinDepth` and `MaxDepth` together, or neither. If neither is provided, `MaxDepth` defaults to `3`.
    pub max_depth: Option<i32>,
}
rt::structure!(
    StorageLensCostAndUsageReportsSelectionCriteria,
    STORAGE_LENS_COST_AND_USAGE_REPORTS_SELECTION_CRITERIA, [min_depth, max_depth]
);
/// A container to specify the properties of your S3 Storage Lens metrics export, including the destination, schema, and format.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensDataExport {
    /// A container for the bucket where the S3 Storage Lens metrics export will be located.
    ///
    /// This bucket must be located in the same Region as the storage lens configuration.
    pub s3_bucket_destination: Option<S3BucketDestination>,
    /// A container for enabling Amazon CloudWatch publishing for S3 Storage Lens metrics.
    pub cloud_watch_metrics: Option<CloudWatchMetrics>,
    /// A container for configuring S3 Storage Lens data exports to read-only S3 table buckets.
    pub storage_lens_table_destination: Option<StorageLensTableDestination>,
}
rt::structure!(
    StorageLensDataExport, STORAGE_LENS_DATA_EXPORT, [s3_bucket_destination,
    cloud_watch_metrics, storage_lens_table_destination]
);
/// A container for the encryption of the S3 Storage Lens metrics exports.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensDataExportEncryption {
    pub sses3: Option<Sses3>,
    pub ssekms: Option<Ssekms>,
}
rt::structure!(
    StorageLensDataExportEncryption, STORAGE_LENS_DATA_EXPORT_ENCRYPTION, [sses3, ssekms]
);
/// A container for your S3 Storage Lens expanded prefix metrics report configuration. Unlike the default Storage Lens metrics report, the enhanced prefix metrics report includes all S3 Storage Lens storage and activity data related to the full list of prefixes in your Storage Lens configuration.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensExpandedPrefixesDataExport {
    /// A container for the bucket where the Amazon S3 Storage Lens metrics export files are located.
    pub s3_bucket_destination: Option<S3BucketDestination>,
    /// A container for the bucket where the S3 Storage Lens metric export files are located. At least one export destination must be specified.
    pub storage_lens_table_destination: Option<StorageLensTableDestination>,
}
rt::structure!(
    StorageLensExpandedPrefixesDataExport, STORAGE_LENS_EXPANDED_PREFIXES_DATA_EXPORT,
    [s3_bucket_destination, storage_lens_table_destination]
);
/// A custom grouping of objects that include filters for prefixes, suffixes, object tags, object size, or object age. You can create an S3 Storage Lens group that includes a single filter or multiple filter conditions. To specify multiple filter conditions, you use `AND` or `OR` logical operators.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensGroup {
    /// Contains the name of the Storage Lens group.
    pub name: String,
    /// Sets the criteria for the Storage Lens group data that is displayed. For multiple filter conditions, the `AND` or `OR` logical operator is used.
    pub filter: StorageLensGroupFilter,
    /// Contains the Amazon Resource Name (ARN) of the Storage Lens group. This property is read-only.
    pub storage_lens_group_arn: Option<String>,
}
rt::structure!(
    StorageLensGroup, STORAGE_LENS_GROUP, [name, filter, storage_lens_group_arn]
);
/// A logical operator that allows multiple filter conditions to be joined for more complex comparisons of Storage Lens group data.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensGroupAndOperator {
    /// Contains a list of prefixes. At least one prefix must be specified. Up to 10 prefixes are allowed.
    pub match_any_prefix: Option<Vec<String>>,
    /// Contains a list of suffixes. At least one suffix must be specified. Up to 10 suffixes are allowed.
    pub match_any_suffix: Option<Vec<String>>,
    /// Contains the list of object tags. At least one object tag must be specified. Up to 10 object tags are allowed.
    pub match_any_tag: Option<Vec<S3Tag>>,
    /// Contains `DaysGreaterThan` and `DaysLessThan` to define the object age range (minimum and maximum number of days).
    pub match_object_age: Option<MatchObjectAge>,
    /// Contains `BytesGreaterThan` and `BytesLessThan` to define the object size range (minimum and maximum number of Bytes).
    pub match_object_size: Option<MatchObjectSize>,
}
rt::structure!(
    StorageLensGroupAndOperator, STORAGE_LENS_GROUP_AND_OPERATOR, [match_any_prefix,
    match_any_suffix, match_any_tag, match_object_age, match_object_size]
);
/// The filter element sets the criteria for the Storage Lens group data that is displayed. For multiple filter conditions, the `AND` or `OR` logical operator is used.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensGroupFilter {
    /// Contains a list of prefixes. At least one prefix must be specified. Up to 10 prefixes are allowed.
    pub match_any_prefix: Option<Vec<String>>,
    /// Contains a list of suffixes. At least one suffix must be specified. Up to 10 suffixes are allowed.
    pub match_any_suffix: Option<Vec<String>>,
    /// Contains the list of S3 object tags. At least one object tag must be specified. Up to 10 object tags are allowed.
    pub match_any_tag: Option<Vec<S3Tag>>,
    /// Contains `DaysGreaterThan` and `DaysLessThan` to define the object age range (minimum and maximum number of days).
    pub match_object_age: Option<MatchObjectAge>,
    /// Contains `BytesGreaterThan` and `BytesLessThan` to define the object size range (minimum and maximum number of Bytes).
    pub match_object_size: Option<MatchObjectSize>,
    /// A logical operator that allows multiple filter conditions to be joined for more complex comparisons of Storage Lens group data. Objects must match all of the listed filter conditions that are joined by the `And` logical operator. Only one of each filter condition is allowed.
    pub and: Option<StorageLensGroupAndOperator>,
    /// A single logical operator that allows multiple filter conditions to be joined. Objects can match any of the listed filter conditions, which are joined by the `Or` logical operator. Only one of each filter condition is allowed.
    pub or: Option<StorageLensGroupOrOperator>,
}
rt::structure!(
    StorageLensGroupFilter, STORAGE_LENS_GROUP_FILTER, [match_any_prefix,
    match_any_suffix, match_any_tag, match_object_age, match_object_size, and, or]
);
/// Specifies the Storage Lens groups to include in the Storage Lens group aggregation.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensGroupLevel {
    /// Indicates which Storage Lens group ARNs to include or exclude in the Storage Lens group aggregation. If this value is left null, then all Storage Lens groups are selected.
    pub selection_criteria: Option<StorageLensGroupLevelSelectionCriteria>,
}
rt::structure!(StorageLensGroupLevel, STORAGE_LENS_GROUP_LEVEL, [selection_criteria]);
/// Indicates which Storage Lens group ARNs to include or exclude in the Storage Lens group aggregation. You can only attach Storage Lens groups to your Storage Lens dashboard if they're included in your Storage Lens group aggregation. If this value is left null, then all Storage Lens groups are selected.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensGroupLevelSelectionCriteria {
    /// Indicates which Storage Lens group ARNs to include in the Storage Lens group aggregation.
    pub include: Option<Vec<String>>,
    /// Indicates which Storage Lens group ARNs to exclude from the Storage Lens group aggregation.
    pub exclude: Option<Vec<String>>,
}
rt::structure!(
    StorageLensGroupLevelSelectionCriteria, STORAGE_LENS_GROUP_LEVEL_SELECTION_CRITERIA,
    [include, exclude]
);
/// A container element for specifying `Or` rule conditions. The rule conditions determine the subset of objects to which the `Or` rule applies. Objects can match any of the listed filter conditions, which are joined by the `Or` logical operator. Only one of each filter condition is allowed.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensGroupOrOperator {
    /// Filters objects that match any of the specified prefixes.
    pub match_any_prefix: Option<Vec<String>>,
    /// Filters objects that match any of the specified suffixes.
    pub match_any_suffix: Option<Vec<String>>,
    /// Filters objects that match any of the specified S3 object tags.
    pub match_any_tag: Option<Vec<S3Tag>>,
    /// Filters objects that match the specified object age range.
    pub match_object_age: Option<MatchObjectAge>,
    /// Filters objects that match the specified object size range.
    pub match_object_size: Option<MatchObjectSize>,
}
rt::structure!(
    StorageLensGroupOrOperator, STORAGE_LENS_GROUP_OR_OPERATOR, [match_any_prefix,
    match_any_suffix, match_any_tag, match_object_age, match_object_size]
);
/// A container for configuring your S3 Storage Lens reports to export to read-only S3 table buckets. This parameter enables you to store your Storage Lens metrics in a structured, queryable table format in Apache Iceberg.
///
/// For more information about S3 Storage Lens, see [Assessing your storage activity and usage with S3 Storage Lens](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensTableDestination {
    /// A container that indicates whether the export to read-only S3 table buckets is enabled for your S3 Storage Lens configuration. When set to true, Storage Lens reports are automatically exported to tables in addition to other configured destinations.
    pub is_enabled: bool,
    /// A container for the encryption of the S3 Storage Lens metrics exports.
    pub encryption: Option<StorageLensDataExportEncryption>,
}
rt::structure!(
    StorageLensTableDestination, STORAGE_LENS_TABLE_DESTINATION, [is_enabled, encryption]
);
#[derive(Clone, Default, PartialEq)]
pub struct StorageLensTag {
    pub key: String,
    pub value: String,
}
rt::structure!(StorageLensTag, STORAGE_LENS_TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct SubmitMultiRegionAccessPointRoutesInput {
    /// The Amazon Web Services account ID for the owner of the Multi-Region Access Point.
    pub account_id: String,
    /// The Multi-Region Access Point ARN.
    pub mrap: String,
    /// The different routes that make up the new route configuration. Active routes return a value of `100`, and passive routes return a value of `0`.
    pub route_updates: Vec<MultiRegionAccessPointRoute>,
}
rt::structure!(
    SubmitMultiRegionAccessPointRoutesInput,
    SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES_INPUT, [account_id, mrap, route_updates]
);
#[derive(Clone, Default, PartialEq)]
pub struct SubmitMultiRegionAccessPointRoutesOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SubmitMultiRegionAccessPointRoutesOutput,
    SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES_OUTPUT, [], meta = response_metadata
);
/// A key-value pair that you use to label your resources. You can add tags to new resources when you create them, or you can add tags to existing resources. Tags can help you organize, track costs for, and control access to resources.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the key-value pair of a tag added to your Amazon Web Services resource. A tag key can be up to 128 Unicode characters in length and is case-sensitive. System created tags that begin with `aws:` aren’t supported.
    pub key: String,
    /// The value of the key-value pair of a tag added to your Amazon Web Services resource. A tag value can be up to 256 Unicode characters in length and is case-sensitive.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The Amazon Web Services account ID that created the S3 resource that you're trying to add tags to or the requester's account ID.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the S3 resource that you're applying tags to. The tagged resource can be a directory bucket, S3 Storage Lens group or S3 Access Grants instance, registered location, or grant.
    pub resource_arn: String,
    /// The Amazon Web Services resource tags that you want to add to the specified S3 resource.
    pub tags: Vec<Tag>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [account_id, resource_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(TagResourceOutput, TAG_RESOURCE_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct Tagging {
    /// A collection for a set of tags.
    pub tag_set: Vec<S3Tag>,
}
rt::structure!(Tagging, TAGGING, [tag_set]);
#[derive(Clone, Default, PartialEq)]
pub struct TooManyRequestsException {
    pub message: Option<String>,
}
rt::structure!(TooManyRequestsException, TOO_MANY_REQUESTS_EXCEPTION, [message]);
/// Amazon S3 throws this exception if you have too many tags in your tag set.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyTagsException {
    pub message: Option<String>,
}
rt::structure!(TooManyTagsException, TOO_MANY_TAGS_EXCEPTION, [message]);
/// Specifies when an object transitions to a specified storage class. For more information about Amazon S3 Lifecycle configuration rules, see [ Transitioning objects using Amazon S3 Lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html) in the *Amazon S3 User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Transition {
    /// Indicates when objects are transitioned to the specified storage class. The date value must be in ISO 8601 format. The time is always midnight UTC.
    pub date: Option<rt::DateTime>,
    /// Indicates the number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer.
    pub days: Option<i32>,
    /// The storage class to which you want the object to transition.
    pub storage_class: Option<TransitionStorageClass>,
}
rt::structure!(Transition, TRANSITION, [date, days, storage_class]);
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
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TransitionStorageClass, { Glacier => "GLACIER", StandardIa => "STANDARD_IA",
    OnezoneIa => "ONEZONE_IA", IntelligentTiering => "INTELLIGENT_TIERING", DeepArchive
    => "DEEP_ARCHIVE" }
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The Amazon Web Services account ID that owns the resource that you're trying to remove the tags from.
    pub account_id: String,
    /// The Amazon Resource Name (ARN) of the S3 resource that you're removing tags from. The tagged resource can be a directory bucket, S3 Storage Lens group or S3 Access Grants instance, registered location, or grant.
    pub resource_arn: String,
    /// The array of tag key-value pairs that you're trying to remove from of the S3 resource.
    pub tag_keys: Vec<String>,
}
rt::structure!(
    UntagResourceInput, UNTAG_RESOURCE_INPUT, [account_id, resource_arn, tag_keys]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(UntagResourceOutput, UNTAG_RESOURCE_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccessGrantsLocationInput {
    /// The Amazon Web Services account ID of the S3 Access Grants instance.
    pub account_id: String,
    /// The ID of the registered location that you are updating. S3 Access Grants assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    ///
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigned this ID when you registered the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    ///
    /// If you are passing the `default` location, you cannot create an access grant for the entire default location. You must also specify a bucket or a bucket and prefix in the `Subprefix` field.
    pub access_grants_location_id: String,
    /// The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants assumes this role to manage access to the registered location.
    pub iam_role_arn: String,
}
rt::structure!(
    UpdateAccessGrantsLocationInput, UPDATE_ACCESS_GRANTS_LOCATION_INPUT, [account_id,
    access_grants_location_id, iam_role_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccessGrantsLocationOutput {
    /// The date and time when you registered the location.
    pub created_at: Option<rt::DateTime>,
    /// The ID of the registered location to which you are granting access. S3 Access Grants assigned this ID when you registered the location. S3 Access Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated ID to other locations that you register.
    pub access_grants_location_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the registered location that you are updating.
    pub access_grants_location_arn: Option<String>,
    /// The S3 URI path of the location that you are updating. You cannot update the scope of the registered location. The location scope can be the default S3 location `s3://`, the S3 path to a bucket `s3://\<bucket\>`, or the S3 path to a bucket and prefix `s3://\<bucket\>/\<prefix\>`.
    pub location_scope: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role of the registered location. S3 Access Grants assumes this role to manage access to the registered location.
    pub iam_role_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateAccessGrantsLocationOutput, UPDATE_ACCESS_GRANTS_LOCATION_OUTPUT, [created_at,
    access_grants_location_id, access_grants_location_arn, location_scope, iam_role_arn],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateJobPriorityInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The ID for the job whose priority you want to update.
    pub job_id: String,
    /// The priority you want to assign to this job.
    pub priority: i32,
}
rt::structure!(
    UpdateJobPriorityInput, UPDATE_JOB_PRIORITY_INPUT, [account_id, job_id, priority]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateJobPriorityOutput {
    /// The ID for the job whose priority Amazon S3 updated.
    pub job_id: String,
    /// The new priority assigned to the specified job.
    pub priority: i32,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateJobPriorityOutput, UPDATE_JOB_PRIORITY_OUTPUT, [job_id, priority], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateJobStatusInput {
    /// The Amazon Web Services account ID associated with the S3 Batch Operations job.
    pub account_id: String,
    /// The ID of the job whose status you want to update.
    pub job_id: String,
    /// The status that you want to move the specified job to.
    pub requested_job_status: RequestedJobStatus,
    /// A description of the reason why you want to change the specified job's status. This field can be any string up to the maximum length.
    pub status_update_reason: Option<String>,
}
rt::structure!(
    UpdateJobStatusInput, UPDATE_JOB_STATUS_INPUT, [account_id, job_id,
    requested_job_status, status_update_reason]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateJobStatusOutput {
    /// The ID for the job whose status was updated.
    pub job_id: Option<String>,
    /// The current status for the specified job.
    pub status: Option<JobStatus>,
    /// The reason that the specified job's status was updated.
    pub status_update_reason: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateJobStatusOutput, UPDATE_JOB_STATUS_OUTPUT, [job_id, status,
    status_update_reason], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateStorageLensGroupInput {
    /// The name of the Storage Lens group that you want to update.
    pub name: String,
    /// The Amazon Web Services account ID of the Storage Lens group owner.
    pub account_id: String,
    /// The JSON file that contains the Storage Lens group configuration.
    pub storage_lens_group: StorageLensGroup,
}
rt::structure!(
    UpdateStorageLensGroupInput, UPDATE_STORAGE_LENS_GROUP_INPUT, [name, account_id,
    storage_lens_group]
);
/// Describes the versioning state of an Amazon S3 on Outposts bucket. For more information, see [PutBucketVersioning](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutBucketVersioning.html).
#[derive(Clone, Default, PartialEq)]
pub struct VersioningConfiguration {
    /// Specifies whether MFA delete is enabled or disabled in the bucket versioning configuration for the S3 on Outposts bucket.
    pub mfa_delete: Option<MfaDelete>,
    /// Sets the versioning state of the S3 on Outposts bucket.
    pub status: Option<BucketVersioningStatus>,
}
rt::structure!(VersioningConfiguration, VERSIONING_CONFIGURATION, [mfa_delete, status]);
/// The virtual private cloud (VPC) configuration for an access point.
#[derive(Clone, Default, PartialEq)]
pub struct VpcConfiguration {
    /// If this field is specified, this access point will only allow connections from the specified VPC ID.
    pub vpc_id: String,
}
rt::structure!(VpcConfiguration, VPC_CONFIGURATION, [vpc_id]);

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
    service_id: "S3 Control",
    endpoint_prefix: "s3-control",
    signing_name: "s3",
    client_context_params: &[("UseArnRegion", ParamType::Bool)],
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("s3control", "2018-08-20", Protocol::RestXml)
};
pub static ABORT_INCOMPLETE_MULTIPART_UPLOAD: Schema = Schema::structure(
    "AbortIncompleteMultipartUpload",
    &[Member::new("DaysAfterInitiation", &p::INTEGER)],
);
pub static ACCESS_CONTROL_TRANSLATION: Schema = Schema::structure(
    "AccessControlTranslation",
    &[Member::new("Owner", &p::STRING).with(f::REQUIRED)],
);
pub static ACCESS_GRANTS_INSTANCES_LIST: Schema = Schema::list(
    "AccessGrantsInstancesList",
    &[
        Member::new("member", &LIST_ACCESS_GRANTS_INSTANCE_ENTRY)
            .name("AccessGrantsInstance"),
    ],
);
pub static ACCESS_GRANTS_LIST: Schema = Schema::list(
    "AccessGrantsList",
    &[Member::new("member", &LIST_ACCESS_GRANT_ENTRY).name("AccessGrant")],
);
pub static ACCESS_GRANTS_LOCATION_CONFIGURATION: Schema = Schema::structure(
    "AccessGrantsLocationConfiguration",
    &[Member::new("S3SubPrefix", &p::STRING)],
);
pub static ACCESS_GRANTS_LOCATIONS_LIST: Schema = Schema::list(
    "AccessGrantsLocationsList",
    &[
        Member::new("member", &LIST_ACCESS_GRANTS_LOCATIONS_ENTRY)
            .name("AccessGrantsLocation"),
    ],
);
pub static ACCESS_KEY_ID: Schema = Schema::scalar("AccessKeyId", Kind::String)
    .with(f::SENSITIVE);
pub static ACCESS_POINT: Schema = Schema::structure(
    "AccessPoint",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("NetworkOrigin", &p::STRING).with(f::REQUIRED),
        Member::new("VpcConfiguration", &VPC_CONFIGURATION),
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("AccessPointArn", &p::STRING),
        Member::new("Alias", &p::STRING),
        Member::new("BucketAccountId", &p::STRING),
        Member::new("DataSourceId", &p::STRING),
        Member::new("DataSourceType", &p::STRING),
    ],
);
pub static ACCESS_POINT_LIST: Schema = Schema::list(
    "AccessPointList",
    &[Member::new("member", &ACCESS_POINT).name("AccessPoint")],
);
pub static ACCOUNT_LEVEL: Schema = Schema::structure(
    "AccountLevel",
    &[
        Member::new("ActivityMetrics", &ACTIVITY_METRICS),
        Member::new("BucketLevel", &BUCKET_LEVEL).with(f::REQUIRED),
        Member::new(
            "AdvancedCostOptimizationMetrics",
            &ADVANCED_COST_OPTIMIZATION_METRICS,
        ),
        Member::new("AdvancedDataProtectionMetrics", &ADVANCED_DATA_PROTECTION_METRICS),
        Member::new("DetailedStatusCodesMetrics", &DETAILED_STATUS_CODES_METRICS),
        Member::new("AdvancedPerformanceMetrics", &ADVANCED_PERFORMANCE_METRICS),
        Member::new("StorageLensGroupLevel", &STORAGE_LENS_GROUP_LEVEL),
    ],
);
pub static ACTIVITY_METRICS: Schema = Schema::structure(
    "ActivityMetrics",
    &[Member::new("IsEnabled", &p::BOOLEAN)],
);
pub static ADVANCED_COST_OPTIMIZATION_METRICS: Schema = Schema::structure(
    "AdvancedCostOptimizationMetrics",
    &[Member::new("IsEnabled", &p::BOOLEAN)],
);
pub static ADVANCED_DATA_PROTECTION_METRICS: Schema = Schema::structure(
    "AdvancedDataProtectionMetrics",
    &[Member::new("IsEnabled", &p::BOOLEAN)],
);
pub static ADVANCED_PERFORMANCE_METRICS: Schema = Schema::structure(
    "AdvancedPerformanceMetrics",
    &[Member::new("IsEnabled", &p::BOOLEAN)],
);
pub static ASSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER_INPUT: Schema = Schema::structure(
    "AssociateAccessGrantsIdentityCenterRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("IdentityCenterArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ASYNC_ERROR_DETAILS: Schema = Schema::structure(
    "AsyncErrorDetails",
    &[
        Member::new("Code", &p::STRING),
        Member::new("Message", &p::STRING),
        Member::new("Resource", &p::STRING),
        Member::new("RequestId", &p::STRING),
    ],
);
pub static ASYNC_OPERATION: Schema = Schema::structure(
    "AsyncOperation",
    &[
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("Operation", &p::STRING),
        Member::new("RequestTokenARN", &p::STRING),
        Member::new("RequestParameters", &ASYNC_REQUEST_PARAMETERS),
        Member::new("RequestStatus", &p::STRING),
        Member::new("ResponseDetails", &ASYNC_RESPONSE_DETAILS),
    ],
);
pub static ASYNC_REQUEST_PARAMETERS: Schema = Schema::structure(
    "AsyncRequestParameters",
    &[
        Member::new(
            "CreateMultiRegionAccessPointRequest",
            &CREATE_MULTI_REGION_ACCESS_POINT_INPUT2,
        ),
        Member::new(
            "DeleteMultiRegionAccessPointRequest",
            &DELETE_MULTI_REGION_ACCESS_POINT_INPUT2,
        ),
        Member::new(
            "PutMultiRegionAccessPointPolicyRequest",
            &PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT2,
        ),
    ],
);
pub static ASYNC_RESPONSE_DETAILS: Schema = Schema::structure(
    "AsyncResponseDetails",
    &[
        Member::new(
            "MultiRegionAccessPointDetails",
            &MULTI_REGION_ACCESS_POINTS_ASYNC_RESPONSE,
        ),
        Member::new("ErrorDetails", &ASYNC_ERROR_DETAILS),
    ],
);
pub static AWS_LAMBDA_TRANSFORMATION: Schema = Schema::structure(
    "AwsLambdaTransformation",
    &[
        Member::new("FunctionArn", &p::STRING).with(f::REQUIRED),
        Member::new("FunctionPayload", &p::STRING),
    ],
);
pub static BAD_REQUEST_EXCEPTION: Schema = Schema::structure(
        "BadRequestException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("BadRequestException", 400u16);
pub static BUCKET_ALREADY_EXISTS: Schema = Schema::structure("BucketAlreadyExists", &[])
    .error("BucketAlreadyExists", 400u16);
pub static BUCKET_ALREADY_OWNED_BY_YOU: Schema = Schema::structure(
        "BucketAlreadyOwnedByYou",
        &[],
    )
    .error("BucketAlreadyOwnedByYou", 400u16);
pub static BUCKET_LEVEL: Schema = Schema::structure(
    "BucketLevel",
    &[
        Member::new("ActivityMetrics", &ACTIVITY_METRICS),
        Member::new("PrefixLevel", &PREFIX_LEVEL),
        Member::new(
            "AdvancedCostOptimizationMetrics",
            &ADVANCED_COST_OPTIMIZATION_METRICS,
        ),
        Member::new("AdvancedDataProtectionMetrics", &ADVANCED_DATA_PROTECTION_METRICS),
        Member::new("DetailedStatusCodesMetrics", &DETAILED_STATUS_CODES_METRICS),
        Member::new("AdvancedPerformanceMetrics", &ADVANCED_PERFORMANCE_METRICS),
    ],
);
pub static BUCKETS: Schema = Schema::list(
    "Buckets",
    &[Member::new("member", &p::STRING).name("Arn")],
);
pub static CALLER_ACCESS_GRANTS_LIST: Schema = Schema::list(
    "CallerAccessGrantsList",
    &[Member::new("member", &LIST_CALLER_ACCESS_GRANTS_ENTRY).name("AccessGrant")],
);
pub static CLOUD_WATCH_METRICS: Schema = Schema::structure(
    "CloudWatchMetrics",
    &[Member::new("IsEnabled", &p::BOOLEAN).with(f::REQUIRED)],
);
pub static CREATE_ACCESS_GRANT_INPUT: Schema = Schema::structure(
    "CreateAccessGrantRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("AccessGrantsLocationId", &p::STRING).with(f::REQUIRED),
        Member::new(
            "AccessGrantsLocationConfiguration",
            &ACCESS_GRANTS_LOCATION_CONFIGURATION,
        ),
        Member::new("Grantee", &GRANTEE).with(f::REQUIRED),
        Member::new("Permission", &p::STRING).with(f::REQUIRED),
        Member::new("ApplicationArn", &p::STRING),
        Member::new("S3PrefixType", &p::STRING),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static CREATE_ACCESS_GRANT_OUTPUT: Schema = Schema::structure(
    "CreateAccessGrantResult",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantId", &p::STRING),
        Member::new("AccessGrantArn", &p::STRING),
        Member::new("Grantee", &GRANTEE),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new(
            "AccessGrantsLocationConfiguration",
            &ACCESS_GRANTS_LOCATION_CONFIGURATION,
        ),
        Member::new("Permission", &p::STRING),
        Member::new("ApplicationArn", &p::STRING),
        Member::new("GrantScope", &p::STRING),
    ],
);
pub static CREATE_ACCESS_GRANTS_INSTANCE_INPUT: Schema = Schema::structure(
    "CreateAccessGrantsInstanceRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("IdentityCenterArn", &p::STRING),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static CREATE_ACCESS_GRANTS_INSTANCE_OUTPUT: Schema = Schema::structure(
    "CreateAccessGrantsInstanceResult",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantsInstanceId", &p::STRING),
        Member::new("AccessGrantsInstanceArn", &p::STRING),
        Member::new("IdentityCenterArn", &p::STRING),
        Member::new("IdentityCenterInstanceArn", &p::STRING),
        Member::new("IdentityCenterApplicationArn", &p::STRING),
    ],
);
pub static CREATE_ACCESS_GRANTS_LOCATION_INPUT: Schema = Schema::structure(
    "CreateAccessGrantsLocationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("LocationScope", &p::STRING).with(f::REQUIRED),
        Member::new("IAMRoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static CREATE_ACCESS_GRANTS_LOCATION_OUTPUT: Schema = Schema::structure(
    "CreateAccessGrantsLocationResult",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new("AccessGrantsLocationArn", &p::STRING),
        Member::new("LocationScope", &p::STRING),
        Member::new("IAMRoleArn", &p::STRING),
    ],
);
pub static CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "CreateAccessPointForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
        Member::new("Configuration", &OBJECT_LAMBDA_CONFIGURATION).with(f::REQUIRED),
    ],
);
pub static CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA_OUTPUT: Schema = Schema::structure(
    "CreateAccessPointForObjectLambdaResult",
    &[
        Member::new("ObjectLambdaAccessPointArn", &p::STRING),
        Member::new("Alias", &OBJECT_LAMBDA_ACCESS_POINT_ALIAS),
    ],
);
pub static CREATE_ACCESS_POINT_INPUT: Schema = Schema::structure(
    "CreateAccessPointRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
        Member::new("Bucket", &p::STRING).context_param("Bucket").with(f::REQUIRED),
        Member::new("VpcConfiguration", &VPC_CONFIGURATION),
        Member::new(
            "PublicAccessBlockConfiguration",
            &PUBLIC_ACCESS_BLOCK_CONFIGURATION,
        ),
        Member::new("BucketAccountId", &p::STRING),
        Member::new("Scope", &SCOPE),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static CREATE_ACCESS_POINT_OUTPUT: Schema = Schema::structure(
    "CreateAccessPointResult",
    &[Member::new("AccessPointArn", &p::STRING), Member::new("Alias", &p::STRING)],
);
pub static CREATE_BUCKET_CONFIGURATION: Schema = Schema::structure(
    "CreateBucketConfiguration",
    &[Member::new("LocationConstraint", &p::STRING)],
);
pub static CREATE_BUCKET_INPUT: Schema = Schema::structure(
    "CreateBucketRequest",
    &[
        Member::new("ACL", &p::STRING).at(Header, "x-amz-acl"),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("CreateBucketConfiguration", &CREATE_BUCKET_CONFIGURATION)
            .name("CreateBucketConfiguration")
            .xml_namespace(None, "http://awss3control.amazonaws.com/doc/2018-08-20/")
            .with(f::PAYLOAD),
        Member::new("GrantFullControl", &p::STRING)
            .at(Header, "x-amz-grant-full-control"),
        Member::new("GrantRead", &p::STRING).at(Header, "x-amz-grant-read"),
        Member::new("GrantReadACP", &p::STRING).at(Header, "x-amz-grant-read-acp"),
        Member::new("GrantWrite", &p::STRING).at(Header, "x-amz-grant-write"),
        Member::new("GrantWriteACP", &p::STRING).at(Header, "x-amz-grant-write-acp"),
        Member::new("ObjectLockEnabledForBucket", &p::BOOLEAN)
            .at(Header, "x-amz-bucket-object-lock-enabled"),
        Member::new("OutpostId", &p::STRING)
            .at(Header, "x-amz-outpost-id")
            .context_param("OutpostId"),
    ],
);
pub static CREATE_BUCKET_OUTPUT: Schema = Schema::structure(
    "CreateBucketResult",
    &[
        Member::new("Location", &p::STRING).at(Header, "Location"),
        Member::new("BucketArn", &p::STRING),
    ],
);
pub static CREATE_JOB_INPUT: Schema = Schema::structure(
    "CreateJobRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ConfirmationRequired", &p::BOOLEAN),
        Member::new("Operation", &JOB_OPERATION).with(f::REQUIRED),
        Member::new("Report", &JOB_REPORT).with(f::REQUIRED),
        Member::new("ClientRequestToken", &p::STRING)
            .with(f::REQUIRED | f::IDEMPOTENCY_TOKEN),
        Member::new("Manifest", &JOB_MANIFEST),
        Member::new("Description", &p::STRING),
        Member::new("Priority", &p::INTEGER).with(f::REQUIRED),
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &S3_TAG_SET),
        Member::new("ManifestGenerator", &JOB_MANIFEST_GENERATOR),
    ],
);
pub static CREATE_JOB_OUTPUT: Schema = Schema::structure(
    "CreateJobResult",
    &[Member::new("JobId", &p::STRING)],
);
pub static CREATE_MULTI_REGION_ACCESS_POINT_INPUT2: Schema = Schema::structure(
    "CreateMultiRegionAccessPointInput",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("PublicAccessBlock", &PUBLIC_ACCESS_BLOCK_CONFIGURATION),
        Member::new("Regions", &REGION_CREATION_LIST).with(f::REQUIRED),
    ],
);
pub static CREATE_MULTI_REGION_ACCESS_POINT_INPUT: Schema = Schema::structure(
    "CreateMultiRegionAccessPointRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ClientToken", &p::STRING).with(f::REQUIRED | f::IDEMPOTENCY_TOKEN),
        Member::new("Details", &CREATE_MULTI_REGION_ACCESS_POINT_INPUT2)
            .with(f::REQUIRED),
    ],
);
pub static CREATE_MULTI_REGION_ACCESS_POINT_OUTPUT: Schema = Schema::structure(
    "CreateMultiRegionAccessPointResult",
    &[Member::new("RequestTokenARN", &p::STRING)],
);
pub static CREATE_STORAGE_LENS_GROUP_INPUT: Schema = Schema::structure(
    "CreateStorageLensGroupRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("StorageLensGroup", &STORAGE_LENS_GROUP).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static CREDENTIALS: Schema = Schema::structure(
        "Credentials",
        &[
            Member::new("AccessKeyId", &ACCESS_KEY_ID),
            Member::new("SecretAccessKey", &SECRET_ACCESS_KEY),
            Member::new("SessionToken", &SESSION_TOKEN),
            Member::new("Expiration", &p::TIMESTAMP),
        ],
    )
    .with(f::SENSITIVE);
pub static DSSEKMS_FILTER: Schema = Schema::structure(
    "DSSEKMSFilter",
    &[Member::new("KmsKeyArn", &p::STRING)],
);
pub static DELETE_ACCESS_GRANT_INPUT: Schema = Schema::structure(
    "DeleteAccessGrantRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("AccessGrantId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static DELETE_ACCESS_GRANTS_INSTANCE_INPUT: Schema = Schema::structure(
    "DeleteAccessGrantsInstanceRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static DELETE_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteAccessGrantsInstanceResourcePolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static DELETE_ACCESS_GRANTS_LOCATION_INPUT: Schema = Schema::structure(
    "DeleteAccessGrantsLocationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("AccessGrantsLocationId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static DELETE_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "DeleteAccessPointForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static DELETE_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "DeleteAccessPointPolicyForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static DELETE_ACCESS_POINT_POLICY_INPUT: Schema = Schema::structure(
    "DeleteAccessPointPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_ACCESS_POINT_INPUT: Schema = Schema::structure(
    "DeleteAccessPointRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_ACCESS_POINT_SCOPE_INPUT: Schema = Schema::structure(
    "DeleteAccessPointScopeRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_BUCKET_LIFECYCLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteBucketLifecycleConfigurationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_BUCKET_POLICY_INPUT: Schema = Schema::structure(
    "DeleteBucketPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_BUCKET_REPLICATION_INPUT: Schema = Schema::structure(
    "DeleteBucketReplicationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_BUCKET_INPUT: Schema = Schema::structure(
    "DeleteBucketRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_BUCKET_TAGGING_INPUT: Schema = Schema::structure(
    "DeleteBucketTaggingRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_JOB_TAGGING_INPUT: Schema = Schema::structure(
    "DeleteJobTaggingRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static DELETE_JOB_TAGGING_OUTPUT: Schema = Schema::structure(
    "DeleteJobTaggingResult",
    &[],
);
pub static DELETE_MARKER_REPLICATION: Schema = Schema::structure(
    "DeleteMarkerReplication",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_MULTI_REGION_ACCESS_POINT_INPUT2: Schema = Schema::structure(
    "DeleteMultiRegionAccessPointInput",
    &[Member::new("Name", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_MULTI_REGION_ACCESS_POINT_INPUT: Schema = Schema::structure(
    "DeleteMultiRegionAccessPointRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ClientToken", &p::STRING).with(f::REQUIRED | f::IDEMPOTENCY_TOKEN),
        Member::new("Details", &DELETE_MULTI_REGION_ACCESS_POINT_INPUT2)
            .with(f::REQUIRED),
    ],
);
pub static DELETE_MULTI_REGION_ACCESS_POINT_OUTPUT: Schema = Schema::structure(
    "DeleteMultiRegionAccessPointResult",
    &[Member::new("RequestTokenARN", &p::STRING)],
);
pub static DELETE_PUBLIC_ACCESS_BLOCK_INPUT: Schema = Schema::structure(
    "DeletePublicAccessBlockRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static DELETE_STORAGE_LENS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "DeleteStorageLensConfigurationRequest",
    &[
        Member::new("ConfigId", &p::STRING).at(Uri, "storagelensid").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static DELETE_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT: Schema = Schema::structure(
    "DeleteStorageLensConfigurationTaggingRequest",
    &[
        Member::new("ConfigId", &p::STRING).at(Uri, "storagelensid").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static DELETE_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT: Schema = Schema::structure(
    "DeleteStorageLensConfigurationTaggingResult",
    &[],
);
pub static DELETE_STORAGE_LENS_GROUP_INPUT: Schema = Schema::structure(
    "DeleteStorageLensGroupRequest",
    &[
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static DESCRIBE_JOB_INPUT: Schema = Schema::structure(
    "DescribeJobRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static DESCRIBE_JOB_OUTPUT: Schema = Schema::structure(
    "DescribeJobResult",
    &[Member::new("Job", &JOB_DESCRIPTOR)],
);
pub static DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION_INPUT: Schema = Schema::structure(
    "DescribeMultiRegionAccessPointOperationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("RequestTokenARN", &p::STRING)
            .at(Uri, "request_token")
            .with(f::REQUIRED),
    ],
);
pub static DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION_OUTPUT: Schema = Schema::structure(
    "DescribeMultiRegionAccessPointOperationResult",
    &[Member::new("AsyncOperation", &ASYNC_OPERATION)],
);
pub static DESTINATION: Schema = Schema::structure(
    "Destination",
    &[
        Member::new("Account", &p::STRING),
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("ReplicationTime", &REPLICATION_TIME),
        Member::new("AccessControlTranslation", &ACCESS_CONTROL_TRANSLATION),
        Member::new("EncryptionConfiguration", &ENCRYPTION_CONFIGURATION),
        Member::new("Metrics", &METRICS),
        Member::new("StorageClass", &p::STRING),
    ],
);
pub static DETAILED_STATUS_CODES_METRICS: Schema = Schema::structure(
    "DetailedStatusCodesMetrics",
    &[Member::new("IsEnabled", &p::BOOLEAN)],
);
pub static DISSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER_INPUT: Schema = Schema::structure(
    "DissociateAccessGrantsIdentityCenterRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static ENCRYPTION_CONFIGURATION: Schema = Schema::structure(
    "EncryptionConfiguration",
    &[Member::new("ReplicaKmsKeyID", &p::STRING)],
);
pub static ENDPOINTS: Schema = Schema::map(
    "Endpoints",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static ESTABLISHED_MULTI_REGION_ACCESS_POINT_POLICY: Schema = Schema::structure(
    "EstablishedMultiRegionAccessPointPolicy",
    &[Member::new("Policy", &p::STRING)],
);
pub static EXCLUDE: Schema = Schema::structure(
    "Exclude",
    &[Member::new("Buckets", &BUCKETS), Member::new("Regions", &REGIONS)],
);
pub static EXISTING_OBJECT_REPLICATION: Schema = Schema::structure(
    "ExistingObjectReplication",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static GENERATED_MANIFEST_ENCRYPTION: Schema = Schema::structure(
    "GeneratedManifestEncryption",
    &[
        Member::new("SSES3", &SSES3_ENCRYPTION).name("SSE-S3"),
        Member::new("SSEKMS", &SSEKMS_ENCRYPTION).name("SSE-KMS"),
    ],
);
pub static GET_ACCESS_GRANT_INPUT: Schema = Schema::structure(
    "GetAccessGrantRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("AccessGrantId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_GRANT_OUTPUT: Schema = Schema::structure(
    "GetAccessGrantResult",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantId", &p::STRING),
        Member::new("AccessGrantArn", &p::STRING),
        Member::new("Grantee", &GRANTEE),
        Member::new("Permission", &p::STRING),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new(
            "AccessGrantsLocationConfiguration",
            &ACCESS_GRANTS_LOCATION_CONFIGURATION,
        ),
        Member::new("GrantScope", &p::STRING),
        Member::new("ApplicationArn", &p::STRING),
    ],
);
pub static GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX_INPUT: Schema = Schema::structure(
    "GetAccessGrantsInstanceForPrefixRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("S3Prefix", &p::STRING).at(QueryString, "s3prefix").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX_OUTPUT: Schema = Schema::structure(
    "GetAccessGrantsInstanceForPrefixResult",
    &[
        Member::new("AccessGrantsInstanceArn", &p::STRING),
        Member::new("AccessGrantsInstanceId", &p::STRING),
    ],
);
pub static GET_ACCESS_GRANTS_INSTANCE_INPUT: Schema = Schema::structure(
    "GetAccessGrantsInstanceRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "GetAccessGrantsInstanceResourcePolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetAccessGrantsInstanceResourcePolicyResult",
    &[
        Member::new("Policy", &p::STRING),
        Member::new("Organization", &p::STRING),
        Member::new("CreatedAt", &p::TIMESTAMP),
    ],
);
pub static GET_ACCESS_GRANTS_INSTANCE_OUTPUT: Schema = Schema::structure(
    "GetAccessGrantsInstanceResult",
    &[
        Member::new("AccessGrantsInstanceArn", &p::STRING),
        Member::new("AccessGrantsInstanceId", &p::STRING),
        Member::new("IdentityCenterArn", &p::STRING),
        Member::new("IdentityCenterInstanceArn", &p::STRING),
        Member::new("IdentityCenterApplicationArn", &p::STRING),
        Member::new("CreatedAt", &p::TIMESTAMP),
    ],
);
pub static GET_ACCESS_GRANTS_LOCATION_INPUT: Schema = Schema::structure(
    "GetAccessGrantsLocationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("AccessGrantsLocationId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_GRANTS_LOCATION_OUTPUT: Schema = Schema::structure(
    "GetAccessGrantsLocationResult",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new("AccessGrantsLocationArn", &p::STRING),
        Member::new("LocationScope", &p::STRING),
        Member::new("IAMRoleArn", &p::STRING),
    ],
);
pub static GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "GetAccessPointConfigurationForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_OUTPUT: Schema = Schema::structure(
    "GetAccessPointConfigurationForObjectLambdaResult",
    &[Member::new("Configuration", &OBJECT_LAMBDA_CONFIGURATION)],
);
pub static GET_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "GetAccessPointForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_FOR_OBJECT_LAMBDA_OUTPUT: Schema = Schema::structure(
    "GetAccessPointForObjectLambdaResult",
    &[
        Member::new("Name", &p::STRING),
        Member::new(
            "PublicAccessBlockConfiguration",
            &PUBLIC_ACCESS_BLOCK_CONFIGURATION,
        ),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("Alias", &OBJECT_LAMBDA_ACCESS_POINT_ALIAS),
    ],
);
pub static GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "GetAccessPointPolicyForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_OUTPUT: Schema = Schema::structure(
    "GetAccessPointPolicyForObjectLambdaResult",
    &[Member::new("Policy", &p::STRING)],
);
pub static GET_ACCESS_POINT_POLICY_INPUT: Schema = Schema::structure(
    "GetAccessPointPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_POLICY_OUTPUT: Schema = Schema::structure(
    "GetAccessPointPolicyResult",
    &[Member::new("Policy", &p::STRING)],
);
pub static GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "GetAccessPointPolicyStatusForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA_OUTPUT: Schema = Schema::structure(
    "GetAccessPointPolicyStatusForObjectLambdaResult",
    &[Member::new("PolicyStatus", &POLICY_STATUS)],
);
pub static GET_ACCESS_POINT_POLICY_STATUS_INPUT: Schema = Schema::structure(
    "GetAccessPointPolicyStatusRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_POLICY_STATUS_OUTPUT: Schema = Schema::structure(
    "GetAccessPointPolicyStatusResult",
    &[Member::new("PolicyStatus", &POLICY_STATUS)],
);
pub static GET_ACCESS_POINT_INPUT: Schema = Schema::structure(
    "GetAccessPointRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_OUTPUT: Schema = Schema::structure(
    "GetAccessPointResult",
    &[
        Member::new("Name", &p::STRING),
        Member::new("Bucket", &p::STRING),
        Member::new("NetworkOrigin", &p::STRING),
        Member::new("VpcConfiguration", &VPC_CONFIGURATION),
        Member::new(
            "PublicAccessBlockConfiguration",
            &PUBLIC_ACCESS_BLOCK_CONFIGURATION,
        ),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("Alias", &p::STRING),
        Member::new("AccessPointArn", &p::STRING),
        Member::new("Endpoints", &ENDPOINTS),
        Member::new("BucketAccountId", &p::STRING),
        Member::new("DataSourceId", &p::STRING),
        Member::new("DataSourceType", &p::STRING),
    ],
);
pub static GET_ACCESS_POINT_SCOPE_INPUT: Schema = Schema::structure(
    "GetAccessPointScopeRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_POINT_SCOPE_OUTPUT: Schema = Schema::structure(
    "GetAccessPointScopeResult",
    &[Member::new("Scope", &SCOPE)],
);
pub static GET_BUCKET_LIFECYCLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetBucketLifecycleConfigurationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetBucketLifecycleConfigurationResult",
    &[Member::new("Rules", &LIFECYCLE_RULES)],
);
pub static GET_BUCKET_POLICY_INPUT: Schema = Schema::structure(
    "GetBucketPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_POLICY_OUTPUT: Schema = Schema::structure(
    "GetBucketPolicyResult",
    &[Member::new("Policy", &p::STRING)],
);
pub static GET_BUCKET_REPLICATION_INPUT: Schema = Schema::structure(
    "GetBucketReplicationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_REPLICATION_OUTPUT: Schema = Schema::structure(
    "GetBucketReplicationResult",
    &[Member::new("ReplicationConfiguration", &REPLICATION_CONFIGURATION)],
);
pub static GET_BUCKET_INPUT: Schema = Schema::structure(
    "GetBucketRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_OUTPUT: Schema = Schema::structure(
    "GetBucketResult",
    &[
        Member::new("Bucket", &p::STRING),
        Member::new("PublicAccessBlockEnabled", &p::BOOLEAN),
        Member::new("CreationDate", &p::TIMESTAMP),
    ],
);
pub static GET_BUCKET_TAGGING_INPUT: Schema = Schema::structure(
    "GetBucketTaggingRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_TAGGING_OUTPUT: Schema = Schema::structure(
    "GetBucketTaggingResult",
    &[Member::new("TagSet", &S3_TAG_SET).with(f::REQUIRED)],
);
pub static GET_BUCKET_VERSIONING_INPUT: Schema = Schema::structure(
    "GetBucketVersioningRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
    ],
);
pub static GET_BUCKET_VERSIONING_OUTPUT: Schema = Schema::structure(
    "GetBucketVersioningResult",
    &[
        Member::new("Status", &p::STRING),
        Member::new("MFADelete", &p::STRING).name("MfaDelete"),
    ],
);
pub static GET_DATA_ACCESS_INPUT: Schema = Schema::structure(
    "GetDataAccessRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Target", &p::STRING).at(QueryString, "target").with(f::REQUIRED),
        Member::new("Permission", &p::STRING)
            .at(QueryString, "permission")
            .with(f::REQUIRED),
        Member::new("DurationSeconds", &p::INTEGER).at(QueryString, "durationSeconds"),
        Member::new("Privilege", &p::STRING).at(QueryString, "privilege"),
        Member::new("TargetType", &p::STRING).at(QueryString, "targetType"),
        Member::new("AuditContext", &p::STRING).at(QueryString, "auditContext"),
        Member::new("InstanceScope", &p::STRING).at(QueryString, "instanceScope"),
    ],
);
pub static GET_DATA_ACCESS_OUTPUT: Schema = Schema::structure(
    "GetDataAccessResult",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("MatchedGrantTarget", &p::STRING),
        Member::new("Grantee", &GRANTEE),
        Member::new("MatchedInstanceArn", &p::STRING),
    ],
);
pub static GET_JOB_TAGGING_INPUT: Schema = Schema::structure(
    "GetJobTaggingRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
    ],
);
pub static GET_JOB_TAGGING_OUTPUT: Schema = Schema::structure(
    "GetJobTaggingResult",
    &[Member::new("Tags", &S3_TAG_SET)],
);
pub static GET_MULTI_REGION_ACCESS_POINT_POLICY_INPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_MULTI_REGION_ACCESS_POINT_POLICY_OUTPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointPolicyResult",
    &[Member::new("Policy", &MULTI_REGION_ACCESS_POINT_POLICY_DOCUMENT)],
);
pub static GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS_INPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointPolicyStatusRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS_OUTPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointPolicyStatusResult",
    &[Member::new("Established", &POLICY_STATUS)],
);
pub static GET_MULTI_REGION_ACCESS_POINT_INPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
    ],
);
pub static GET_MULTI_REGION_ACCESS_POINT_OUTPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointResult",
    &[Member::new("AccessPoint", &MULTI_REGION_ACCESS_POINT_REPORT)],
);
pub static GET_MULTI_REGION_ACCESS_POINT_ROUTES_INPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointRoutesRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Mrap", &p::STRING).at(Uri, "mrap").with(f::REQUIRED),
    ],
);
pub static GET_MULTI_REGION_ACCESS_POINT_ROUTES_OUTPUT: Schema = Schema::structure(
    "GetMultiRegionAccessPointRoutesResult",
    &[Member::new("Mrap", &p::STRING), Member::new("Routes", &ROUTE_LIST)],
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
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static GET_STORAGE_LENS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "GetStorageLensConfigurationRequest",
    &[
        Member::new("ConfigId", &p::STRING).at(Uri, "storagelensid").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static GET_STORAGE_LENS_CONFIGURATION_OUTPUT: Schema = Schema::structure(
    "GetStorageLensConfigurationResult",
    &[
        Member::new("StorageLensConfiguration", &STORAGE_LENS_CONFIGURATION)
            .with(f::PAYLOAD),
    ],
);
pub static GET_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT: Schema = Schema::structure(
    "GetStorageLensConfigurationTaggingRequest",
    &[
        Member::new("ConfigId", &p::STRING).at(Uri, "storagelensid").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static GET_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT: Schema = Schema::structure(
    "GetStorageLensConfigurationTaggingResult",
    &[Member::new("Tags", &STORAGE_LENS_TAGS)],
);
pub static GET_STORAGE_LENS_GROUP_INPUT: Schema = Schema::structure(
    "GetStorageLensGroupRequest",
    &[
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static GET_STORAGE_LENS_GROUP_OUTPUT: Schema = Schema::structure(
    "GetStorageLensGroupResult",
    &[Member::new("StorageLensGroup", &STORAGE_LENS_GROUP).with(f::PAYLOAD)],
);
pub static GRANTEE: Schema = Schema::structure(
    "Grantee",
    &[
        Member::new("GranteeType", &p::STRING),
        Member::new("GranteeIdentifier", &p::STRING),
    ],
);
pub static IDEMPOTENCY_EXCEPTION: Schema = Schema::structure(
        "IdempotencyException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("IdempotencyException", 400u16);
pub static INCLUDE: Schema = Schema::structure(
    "Include",
    &[Member::new("Buckets", &BUCKETS), Member::new("Regions", &REGIONS)],
);
pub static INT_ACCESS_TIERS: Schema = Schema::structure(
    "IntAccessTiers",
    &[Member::new("IsEnabled", &p::BOOLEAN)],
);
pub static INTERNAL_SERVICE_EXCEPTION: Schema = Schema::structure(
        "InternalServiceException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InternalServiceException", 500u16);
pub static INVALID_NEXT_TOKEN_EXCEPTION: Schema = Schema::structure(
        "InvalidNextTokenException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InvalidNextTokenException", 400u16);
pub static INVALID_REQUEST_EXCEPTION: Schema = Schema::structure(
        "InvalidRequestException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("InvalidRequestException", 400u16);
pub static JOB_DESCRIPTOR: Schema = Schema::structure(
    "JobDescriptor",
    &[
        Member::new("JobId", &p::STRING),
        Member::new("ConfirmationRequired", &p::BOOLEAN),
        Member::new("Description", &p::STRING),
        Member::new("JobArn", &p::STRING),
        Member::new("Status", &p::STRING),
        Member::new("Manifest", &JOB_MANIFEST),
        Member::new("Operation", &JOB_OPERATION),
        Member::new("Priority", &p::INTEGER),
        Member::new("ProgressSummary", &JOB_PROGRESS_SUMMARY),
        Member::new("StatusUpdateReason", &p::STRING),
        Member::new("FailureReasons", &JOB_FAILURE_LIST),
        Member::new("Report", &JOB_REPORT),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("TerminationDate", &p::TIMESTAMP),
        Member::new("RoleArn", &p::STRING),
        Member::new("SuspendedDate", &p::TIMESTAMP),
        Member::new("SuspendedCause", &p::STRING),
        Member::new("ManifestGenerator", &JOB_MANIFEST_GENERATOR),
        Member::new("GeneratedManifestDescriptor", &S3_GENERATED_MANIFEST_DESCRIPTOR),
    ],
);
pub static JOB_FAILURE: Schema = Schema::structure(
    "JobFailure",
    &[Member::new("FailureCode", &p::STRING), Member::new("FailureReason", &p::STRING)],
);
pub static JOB_FAILURE_LIST: Schema = Schema::list(
    "JobFailureList",
    &[Member::new("member", &JOB_FAILURE)],
);
pub static JOB_LIST_DESCRIPTOR: Schema = Schema::structure(
    "JobListDescriptor",
    &[
        Member::new("JobId", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("Operation", &p::STRING),
        Member::new("Priority", &p::INTEGER),
        Member::new("Status", &p::STRING),
        Member::new("CreationTime", &p::TIMESTAMP),
        Member::new("TerminationDate", &p::TIMESTAMP),
        Member::new("ProgressSummary", &JOB_PROGRESS_SUMMARY),
    ],
);
pub static JOB_LIST_DESCRIPTOR_LIST: Schema = Schema::list(
    "JobListDescriptorList",
    &[Member::new("member", &JOB_LIST_DESCRIPTOR)],
);
pub static JOB_MANIFEST: Schema = Schema::structure(
    "JobManifest",
    &[
        Member::new("Spec", &JOB_MANIFEST_SPEC).with(f::REQUIRED),
        Member::new("Location", &JOB_MANIFEST_LOCATION).with(f::REQUIRED),
    ],
);
pub static JOB_MANIFEST_FIELD_LIST: Schema = Schema::list(
    "JobManifestFieldList",
    &[Member::new("member", &p::STRING)],
);
pub static JOB_MANIFEST_GENERATOR: Schema = Schema::union(
    "JobManifestGenerator",
    &[Member::new("S3JobManifestGenerator", &S3_JOB_MANIFEST_GENERATOR)],
);
pub static JOB_MANIFEST_GENERATOR_FILTER: Schema = Schema::structure(
    "JobManifestGeneratorFilter",
    &[
        Member::new("EligibleForReplication", &p::BOOLEAN),
        Member::new("CreatedAfter", &p::TIMESTAMP),
        Member::new("CreatedBefore", &p::TIMESTAMP),
        Member::new("ObjectReplicationStatuses", &REPLICATION_STATUS_FILTER_LIST),
        Member::new("KeyNameConstraint", &KEY_NAME_CONSTRAINT),
        Member::new("ObjectSizeGreaterThanBytes", &p::LONG),
        Member::new("ObjectSizeLessThanBytes", &p::LONG),
        Member::new("MatchAnyStorageClass", &STORAGE_CLASS_LIST),
        Member::new("MatchAnyObjectEncryption", &OBJECT_ENCRYPTION_FILTER_LIST),
    ],
);
pub static JOB_MANIFEST_LOCATION: Schema = Schema::structure(
    "JobManifestLocation",
    &[
        Member::new("ObjectArn", &p::STRING).with(f::REQUIRED),
        Member::new("ObjectVersionId", &p::STRING),
        Member::new("ETag", &p::STRING).with(f::REQUIRED),
    ],
);
pub static JOB_MANIFEST_SPEC: Schema = Schema::structure(
    "JobManifestSpec",
    &[
        Member::new("Format", &p::STRING).with(f::REQUIRED),
        Member::new("Fields", &JOB_MANIFEST_FIELD_LIST),
    ],
);
pub static JOB_OPERATION: Schema = Schema::structure(
    "JobOperation",
    &[
        Member::new("LambdaInvoke", &LAMBDA_INVOKE_OPERATION),
        Member::new("S3PutObjectCopy", &S3_COPY_OBJECT_OPERATION),
        Member::new("S3PutObjectAcl", &S3_SET_OBJECT_ACL_OPERATION),
        Member::new("S3PutObjectTagging", &S3_SET_OBJECT_TAGGING_OPERATION),
        Member::new("S3DeleteObjectTagging", &S3_DELETE_OBJECT_TAGGING_OPERATION),
        Member::new("S3InitiateRestoreObject", &S3_INITIATE_RESTORE_OBJECT_OPERATION),
        Member::new("S3PutObjectLegalHold", &S3_SET_OBJECT_LEGAL_HOLD_OPERATION),
        Member::new("S3PutObjectRetention", &S3_SET_OBJECT_RETENTION_OPERATION),
        Member::new("S3ReplicateObject", &S3_REPLICATE_OBJECT_OPERATION),
        Member::new("S3ComputeObjectChecksum", &S3_COMPUTE_OBJECT_CHECKSUM_OPERATION),
        Member::new("S3UpdateObjectEncryption", &S3_UPDATE_OBJECT_ENCRYPTION_OPERATION),
    ],
);
pub static JOB_PROGRESS_SUMMARY: Schema = Schema::structure(
    "JobProgressSummary",
    &[
        Member::new("TotalNumberOfTasks", &p::LONG),
        Member::new("NumberOfTasksSucceeded", &p::LONG),
        Member::new("NumberOfTasksFailed", &p::LONG),
        Member::new("Timers", &JOB_TIMERS),
    ],
);
pub static JOB_REPORT: Schema = Schema::structure(
    "JobReport",
    &[
        Member::new("Bucket", &p::STRING),
        Member::new("Format", &p::STRING),
        Member::new("Enabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("Prefix", &p::STRING),
        Member::new("ReportScope", &p::STRING),
        Member::new("ExpectedBucketOwner", &p::STRING),
    ],
);
pub static JOB_STATUS_EXCEPTION: Schema = Schema::structure(
        "JobStatusException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("JobStatusException", 400u16);
pub static JOB_STATUS_LIST: Schema = Schema::list(
    "JobStatusList",
    &[Member::new("member", &p::STRING)],
);
pub static JOB_TIMERS: Schema = Schema::structure(
    "JobTimers",
    &[Member::new("ElapsedTimeInActiveSeconds", &p::LONG)],
);
pub static KEY_NAME_CONSTRAINT: Schema = Schema::structure(
    "KeyNameConstraint",
    &[
        Member::new("MatchAnyPrefix", &NON_EMPTY_MAX_LENGTH1024_STRING_LIST),
        Member::new("MatchAnySuffix", &NON_EMPTY_MAX_LENGTH1024_STRING_LIST),
        Member::new("MatchAnySubstring", &NON_EMPTY_MAX_LENGTH1024_STRING_LIST),
    ],
);
pub static LAMBDA_INVOKE_OPERATION: Schema = Schema::structure(
    "LambdaInvokeOperation",
    &[
        Member::new("FunctionArn", &p::STRING),
        Member::new("InvocationSchemaVersion", &p::STRING),
        Member::new("UserArguments", &USER_ARGUMENTS),
    ],
);
pub static LIFECYCLE_CONFIGURATION: Schema = Schema::structure(
    "LifecycleConfiguration",
    &[Member::new("Rules", &LIFECYCLE_RULES)],
);
pub static LIFECYCLE_EXPIRATION: Schema = Schema::structure(
    "LifecycleExpiration",
    &[
        Member::new("Date", &p::TIMESTAMP),
        Member::new("Days", &p::INTEGER),
        Member::new("ExpiredObjectDeleteMarker", &p::BOOLEAN),
    ],
);
pub static LIFECYCLE_RULE: Schema = Schema::structure(
    "LifecycleRule",
    &[
        Member::new("Expiration", &LIFECYCLE_EXPIRATION),
        Member::new("ID", &p::STRING),
        Member::new("Filter", &LIFECYCLE_RULE_FILTER),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Transitions", &TRANSITION_LIST),
        Member::new("NoncurrentVersionTransitions", &NONCURRENT_VERSION_TRANSITION_LIST),
        Member::new("NoncurrentVersionExpiration", &NONCURRENT_VERSION_EXPIRATION),
        Member::new("AbortIncompleteMultipartUpload", &ABORT_INCOMPLETE_MULTIPART_UPLOAD),
    ],
);
pub static LIFECYCLE_RULE_AND_OPERATOR: Schema = Schema::structure(
    "LifecycleRuleAndOperator",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tags", &S3_TAG_SET),
        Member::new("ObjectSizeGreaterThan", &p::LONG),
        Member::new("ObjectSizeLessThan", &p::LONG),
    ],
);
pub static LIFECYCLE_RULE_FILTER: Schema = Schema::structure(
    "LifecycleRuleFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &S3_TAG),
        Member::new("And", &LIFECYCLE_RULE_AND_OPERATOR),
        Member::new("ObjectSizeGreaterThan", &p::LONG),
        Member::new("ObjectSizeLessThan", &p::LONG),
    ],
);
pub static LIFECYCLE_RULES: Schema = Schema::list(
    "LifecycleRules",
    &[Member::new("member", &LIFECYCLE_RULE).name("Rule")],
);
pub static LIST_ACCESS_GRANT_ENTRY: Schema = Schema::structure(
    "ListAccessGrantEntry",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantId", &p::STRING),
        Member::new("AccessGrantArn", &p::STRING),
        Member::new("Grantee", &GRANTEE),
        Member::new("Permission", &p::STRING),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new(
            "AccessGrantsLocationConfiguration",
            &ACCESS_GRANTS_LOCATION_CONFIGURATION,
        ),
        Member::new("GrantScope", &p::STRING),
        Member::new("ApplicationArn", &p::STRING),
    ],
);
pub static LIST_ACCESS_GRANTS_INSTANCE_ENTRY: Schema = Schema::structure(
    "ListAccessGrantsInstanceEntry",
    &[
        Member::new("AccessGrantsInstanceId", &p::STRING),
        Member::new("AccessGrantsInstanceArn", &p::STRING),
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("IdentityCenterArn", &p::STRING),
        Member::new("IdentityCenterInstanceArn", &p::STRING),
        Member::new("IdentityCenterApplicationArn", &p::STRING),
    ],
);
pub static LIST_ACCESS_GRANTS_INSTANCES_INPUT: Schema = Schema::structure(
    "ListAccessGrantsInstancesRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
    ],
);
pub static LIST_ACCESS_GRANTS_INSTANCES_OUTPUT: Schema = Schema::structure(
    "ListAccessGrantsInstancesResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("AccessGrantsInstancesList", &ACCESS_GRANTS_INSTANCES_LIST),
    ],
);
pub static LIST_ACCESS_GRANTS_LOCATIONS_ENTRY: Schema = Schema::structure(
    "ListAccessGrantsLocationsEntry",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new("AccessGrantsLocationArn", &p::STRING),
        Member::new("LocationScope", &p::STRING),
        Member::new("IAMRoleArn", &p::STRING),
    ],
);
pub static LIST_ACCESS_GRANTS_LOCATIONS_INPUT: Schema = Schema::structure(
    "ListAccessGrantsLocationsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
        Member::new("LocationScope", &p::STRING).at(QueryString, "locationscope"),
    ],
);
pub static LIST_ACCESS_GRANTS_LOCATIONS_OUTPUT: Schema = Schema::structure(
    "ListAccessGrantsLocationsResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("AccessGrantsLocationsList", &ACCESS_GRANTS_LOCATIONS_LIST),
    ],
);
pub static LIST_ACCESS_GRANTS_INPUT: Schema = Schema::structure(
    "ListAccessGrantsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
        Member::new("GranteeType", &p::STRING).at(QueryString, "granteetype"),
        Member::new("GranteeIdentifier", &p::STRING)
            .at(QueryString, "granteeidentifier"),
        Member::new("Permission", &p::STRING).at(QueryString, "permission"),
        Member::new("GrantScope", &p::STRING).at(QueryString, "grantscope"),
        Member::new("ApplicationArn", &p::STRING).at(QueryString, "application_arn"),
    ],
);
pub static LIST_ACCESS_GRANTS_OUTPUT: Schema = Schema::structure(
    "ListAccessGrantsResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("AccessGrantsList", &ACCESS_GRANTS_LIST),
    ],
);
pub static LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS_INPUT: Schema = Schema::structure(
    "ListAccessPointsForDirectoryBucketsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("DirectoryBucket", &p::STRING).at(QueryString, "directoryBucket"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
    ],
);
pub static LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS_OUTPUT: Schema = Schema::structure(
    "ListAccessPointsForDirectoryBucketsResult",
    &[
        Member::new("AccessPointList", &ACCESS_POINT_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "ListAccessPointsForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
    ],
);
pub static LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA_OUTPUT: Schema = Schema::structure(
    "ListAccessPointsForObjectLambdaResult",
    &[
        Member::new("ObjectLambdaAccessPointList", &OBJECT_LAMBDA_ACCESS_POINT_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_ACCESS_POINTS_INPUT: Schema = Schema::structure(
    "ListAccessPointsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(QueryString, "bucket")
            .context_param("Bucket"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
        Member::new("DataSourceId", &p::STRING).at(QueryString, "dataSourceId"),
        Member::new("DataSourceType", &p::STRING).at(QueryString, "dataSourceType"),
    ],
);
pub static LIST_ACCESS_POINTS_OUTPUT: Schema = Schema::structure(
    "ListAccessPointsResult",
    &[
        Member::new("AccessPointList", &ACCESS_POINT_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_CALLER_ACCESS_GRANTS_ENTRY: Schema = Schema::structure(
    "ListCallerAccessGrantsEntry",
    &[
        Member::new("Permission", &p::STRING),
        Member::new("GrantScope", &p::STRING),
        Member::new("ApplicationArn", &p::STRING),
        Member::new("AccessGrantsInstanceArn", &p::STRING),
    ],
);
pub static LIST_CALLER_ACCESS_GRANTS_INPUT: Schema = Schema::structure(
    "ListCallerAccessGrantsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("GrantScope", &p::STRING).at(QueryString, "grantscope"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
        Member::new("AllowedByApplication", &p::BOOLEAN)
            .at(QueryString, "allowedByApplication"),
        Member::new("InstanceScope", &p::STRING).at(QueryString, "instanceScope"),
    ],
);
pub static LIST_CALLER_ACCESS_GRANTS_OUTPUT: Schema = Schema::structure(
    "ListCallerAccessGrantsResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("CallerAccessGrantsList", &CALLER_ACCESS_GRANTS_LIST),
    ],
);
pub static LIST_JOBS_INPUT: Schema = Schema::structure(
    "ListJobsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobStatuses", &JOB_STATUS_LIST).at(QueryString, "jobStatuses"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
    ],
);
pub static LIST_JOBS_OUTPUT: Schema = Schema::structure(
    "ListJobsResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("Jobs", &JOB_LIST_DESCRIPTOR_LIST),
    ],
);
pub static LIST_MULTI_REGION_ACCESS_POINTS_INPUT: Schema = Schema::structure(
    "ListMultiRegionAccessPointsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
    ],
);
pub static LIST_MULTI_REGION_ACCESS_POINTS_OUTPUT: Schema = Schema::structure(
    "ListMultiRegionAccessPointsResult",
    &[
        Member::new("AccessPoints", &MULTI_REGION_ACCESS_POINT_REPORT_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_REGIONAL_BUCKETS_INPUT: Schema = Schema::structure(
    "ListRegionalBucketsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("MaxResults", &p::INTEGER).at(QueryString, "maxResults"),
        Member::new("OutpostId", &p::STRING)
            .at(Header, "x-amz-outpost-id")
            .context_param("OutpostId"),
    ],
);
pub static LIST_REGIONAL_BUCKETS_OUTPUT: Schema = Schema::structure(
    "ListRegionalBucketsResult",
    &[
        Member::new("RegionalBucketList", &REGIONAL_BUCKET_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_STORAGE_LENS_CONFIGURATION_ENTRY: Schema = Schema::structure(
    "ListStorageLensConfigurationEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("StorageLensArn", &p::STRING).with(f::REQUIRED),
        Member::new("HomeRegion", &p::STRING).with(f::REQUIRED),
        Member::new("IsEnabled", &p::BOOLEAN),
    ],
);
pub static LIST_STORAGE_LENS_CONFIGURATIONS_INPUT: Schema = Schema::structure(
    "ListStorageLensConfigurationsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
    ],
);
pub static LIST_STORAGE_LENS_CONFIGURATIONS_OUTPUT: Schema = Schema::structure(
        "ListStorageLensConfigurationsResult",
        &[
            Member::new("NextToken", &p::STRING),
            Member::new("StorageLensConfigurationList", &STORAGE_LENS_CONFIGURATION_LIST)
                .name("StorageLensConfiguration"),
        ],
    )
    .xml_name("ListStorageLensConfigurationResult");
pub static LIST_STORAGE_LENS_GROUP_ENTRY: Schema = Schema::structure(
    "ListStorageLensGroupEntry",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("StorageLensGroupArn", &p::STRING).with(f::REQUIRED),
        Member::new("HomeRegion", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_STORAGE_LENS_GROUPS_INPUT: Schema = Schema::structure(
    "ListStorageLensGroupsRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("NextToken", &p::STRING).at(QueryString, "nextToken"),
    ],
);
pub static LIST_STORAGE_LENS_GROUPS_OUTPUT: Schema = Schema::structure(
    "ListStorageLensGroupsResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("StorageLensGroupList", &STORAGE_LENS_GROUP_LIST)
            .name("StorageLensGroup"),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ResourceArn", &p::STRING)
            .at(Uri, "resourceArn")
            .context_param("ResourceArn")
            .with(f::REQUIRED),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceResult",
    &[Member::new("Tags", &TAG_LIST)],
);
pub static MATCH_ANY_PREFIX: Schema = Schema::list(
    "MatchAnyPrefix",
    &[Member::new("member", &p::STRING).name("Prefix")],
);
pub static MATCH_ANY_SUFFIX: Schema = Schema::list(
    "MatchAnySuffix",
    &[Member::new("member", &p::STRING).name("Suffix")],
);
pub static MATCH_ANY_TAG: Schema = Schema::list(
    "MatchAnyTag",
    &[Member::new("member", &S3_TAG).name("Tag")],
);
pub static MATCH_OBJECT_AGE: Schema = Schema::structure(
    "MatchObjectAge",
    &[
        Member::new("DaysGreaterThan", &p::INTEGER),
        Member::new("DaysLessThan", &p::INTEGER),
    ],
);
pub static MATCH_OBJECT_SIZE: Schema = Schema::structure(
    "MatchObjectSize",
    &[Member::new("BytesGreaterThan", &p::LONG), Member::new("BytesLessThan", &p::LONG)],
);
pub static METRICS: Schema = Schema::structure(
    "Metrics",
    &[
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("EventThreshold", &REPLICATION_TIME_VALUE),
    ],
);
pub static MULTI_REGION_ACCESS_POINT_POLICY_DOCUMENT: Schema = Schema::structure(
    "MultiRegionAccessPointPolicyDocument",
    &[
        Member::new("Established", &ESTABLISHED_MULTI_REGION_ACCESS_POINT_POLICY),
        Member::new("Proposed", &PROPOSED_MULTI_REGION_ACCESS_POINT_POLICY),
    ],
);
pub static MULTI_REGION_ACCESS_POINT_REGIONAL_RESPONSE: Schema = Schema::structure(
    "MultiRegionAccessPointRegionalResponse",
    &[Member::new("Name", &p::STRING), Member::new("RequestStatus", &p::STRING)],
);
pub static MULTI_REGION_ACCESS_POINT_REGIONAL_RESPONSE_LIST: Schema = Schema::list(
    "MultiRegionAccessPointRegionalResponseList",
    &[Member::new("member", &MULTI_REGION_ACCESS_POINT_REGIONAL_RESPONSE).name("Region")],
);
pub static MULTI_REGION_ACCESS_POINT_REPORT: Schema = Schema::structure(
    "MultiRegionAccessPointReport",
    &[
        Member::new("Name", &p::STRING),
        Member::new("Alias", &p::STRING),
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("PublicAccessBlock", &PUBLIC_ACCESS_BLOCK_CONFIGURATION),
        Member::new("Status", &p::STRING),
        Member::new("Regions", &REGION_REPORT_LIST),
    ],
);
pub static MULTI_REGION_ACCESS_POINT_REPORT_LIST: Schema = Schema::list(
    "MultiRegionAccessPointReportList",
    &[Member::new("member", &MULTI_REGION_ACCESS_POINT_REPORT).name("AccessPoint")],
);
pub static MULTI_REGION_ACCESS_POINT_ROUTE: Schema = Schema::structure(
    "MultiRegionAccessPointRoute",
    &[
        Member::new("Bucket", &p::STRING),
        Member::new("Region", &p::STRING),
        Member::new("TrafficDialPercentage", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static MULTI_REGION_ACCESS_POINTS_ASYNC_RESPONSE: Schema = Schema::structure(
    "MultiRegionAccessPointsAsyncResponse",
    &[Member::new("Regions", &MULTI_REGION_ACCESS_POINT_REGIONAL_RESPONSE_LIST)],
);
pub static NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION: Schema = Schema::structure(
        "NoSuchPublicAccessBlockConfiguration",
        &[Member::new("Message", &p::STRING)],
    )
    .error("NoSuchPublicAccessBlockConfiguration", 404u16);
pub static NON_EMPTY_MAX_LENGTH1024_STRING_LIST: Schema = Schema::list(
    "NonEmptyMaxLength1024StringList",
    &[Member::new("member", &p::STRING)],
);
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
    ],
);
pub static NONCURRENT_VERSION_TRANSITION_LIST: Schema = Schema::list(
    "NoncurrentVersionTransitionList",
    &[
        Member::new("member", &NONCURRENT_VERSION_TRANSITION)
            .name("NoncurrentVersionTransition"),
    ],
);
pub static NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "NotFoundException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("NotFoundException", 400u16);
pub static NOT_SSE_FILTER: Schema = Schema::structure("NotSSEFilter", &[]);
pub static OBJECT_ENCRYPTION: Schema = Schema::structure(
    "ObjectEncryption",
    &[Member::new("SSEKMS", &S3_UPDATE_OBJECT_ENCRYPTION_SSEKMS).name("SSE-KMS")],
);
pub static OBJECT_ENCRYPTION_FILTER: Schema = Schema::union(
    "ObjectEncryptionFilter",
    &[
        Member::new("SSES3", &SSES3_FILTER).name("SSE-S3"),
        Member::new("SSEKMS", &SSEKMS_FILTER).name("SSE-KMS"),
        Member::new("DSSEKMS", &DSSEKMS_FILTER).name("DSSE-KMS"),
        Member::new("SSEC", &SSEC_FILTER).name("SSE-C"),
        Member::new("NOTSSE", &NOT_SSE_FILTER).name("NOT-SSE"),
    ],
);
pub static OBJECT_ENCRYPTION_FILTER_LIST: Schema = Schema::list(
    "ObjectEncryptionFilterList",
    &[Member::new("member", &OBJECT_ENCRYPTION_FILTER).name("ObjectEncryption")],
);
pub static OBJECT_LAMBDA_ACCESS_POINT: Schema = Schema::structure(
    "ObjectLambdaAccessPoint",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("ObjectLambdaAccessPointArn", &p::STRING),
        Member::new("Alias", &OBJECT_LAMBDA_ACCESS_POINT_ALIAS),
    ],
);
pub static OBJECT_LAMBDA_ACCESS_POINT_ALIAS: Schema = Schema::structure(
    "ObjectLambdaAccessPointAlias",
    &[Member::new("Value", &p::STRING), Member::new("Status", &p::STRING)],
);
pub static OBJECT_LAMBDA_ACCESS_POINT_LIST: Schema = Schema::list(
    "ObjectLambdaAccessPointList",
    &[Member::new("member", &OBJECT_LAMBDA_ACCESS_POINT).name("ObjectLambdaAccessPoint")],
);
pub static OBJECT_LAMBDA_ALLOWED_FEATURES_LIST: Schema = Schema::list(
    "ObjectLambdaAllowedFeaturesList",
    &[Member::new("member", &p::STRING).name("AllowedFeature")],
);
pub static OBJECT_LAMBDA_CONFIGURATION: Schema = Schema::structure(
    "ObjectLambdaConfiguration",
    &[
        Member::new("SupportingAccessPoint", &p::STRING).with(f::REQUIRED),
        Member::new("CloudWatchMetricsEnabled", &p::BOOLEAN),
        Member::new("AllowedFeatures", &OBJECT_LAMBDA_ALLOWED_FEATURES_LIST),
        Member::new(
                "TransformationConfigurations",
                &OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATIONS_LIST,
            )
            .with(f::REQUIRED),
    ],
);
pub static OBJECT_LAMBDA_CONTENT_TRANSFORMATION: Schema = Schema::union(
    "ObjectLambdaContentTransformation",
    &[Member::new("AwsLambda", &AWS_LAMBDA_TRANSFORMATION)],
);
pub static OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATION: Schema = Schema::structure(
    "ObjectLambdaTransformationConfiguration",
    &[
        Member::new("Actions", &OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATION_ACTIONS_LIST)
            .with(f::REQUIRED),
        Member::new("ContentTransformation", &OBJECT_LAMBDA_CONTENT_TRANSFORMATION)
            .with(f::REQUIRED),
    ],
);
pub static OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATION_ACTIONS_LIST: Schema = Schema::list(
    "ObjectLambdaTransformationConfigurationActionsList",
    &[Member::new("member", &p::STRING).name("Action")],
);
pub static OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATIONS_LIST: Schema = Schema::list(
    "ObjectLambdaTransformationConfigurationsList",
    &[
        Member::new("member", &OBJECT_LAMBDA_TRANSFORMATION_CONFIGURATION)
            .name("TransformationConfiguration"),
    ],
);
pub static POLICY_STATUS: Schema = Schema::structure(
    "PolicyStatus",
    &[Member::new("IsPublic", &p::BOOLEAN).name("IsPublic")],
);
pub static PREFIX_LEVEL: Schema = Schema::structure(
    "PrefixLevel",
    &[Member::new("StorageMetrics", &PREFIX_LEVEL_STORAGE_METRICS).with(f::REQUIRED)],
);
pub static PREFIX_LEVEL_STORAGE_METRICS: Schema = Schema::structure(
    "PrefixLevelStorageMetrics",
    &[
        Member::new("IsEnabled", &p::BOOLEAN),
        Member::new("SelectionCriteria", &SELECTION_CRITERIA),
    ],
);
pub static PREFIXES_LIST: Schema = Schema::list(
    "PrefixesList",
    &[Member::new("member", &p::STRING).name("Prefix")],
);
pub static PROPOSED_MULTI_REGION_ACCESS_POINT_POLICY: Schema = Schema::structure(
    "ProposedMultiRegionAccessPointPolicy",
    &[Member::new("Policy", &p::STRING)],
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
pub static PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT: Schema = Schema::structure(
    "PutAccessGrantsInstanceResourcePolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
        Member::new("Organization", &p::STRING),
    ],
);
pub static PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_OUTPUT: Schema = Schema::structure(
    "PutAccessGrantsInstanceResourcePolicyResult",
    &[
        Member::new("Policy", &p::STRING),
        Member::new("Organization", &p::STRING),
        Member::new("CreatedAt", &p::TIMESTAMP),
    ],
);
pub static PUT_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "PutAccessPointConfigurationForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
        Member::new("Configuration", &OBJECT_LAMBDA_CONFIGURATION).with(f::REQUIRED),
    ],
);
pub static PUT_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT: Schema = Schema::structure(
    "PutAccessPointPolicyForObjectLambdaRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_ACCESS_POINT_POLICY_INPUT: Schema = Schema::structure(
    "PutAccessPointPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_ACCESS_POINT_SCOPE_INPUT: Schema = Schema::structure(
    "PutAccessPointScopeRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Name", &p::STRING)
            .at(Uri, "name")
            .context_param("AccessPointName")
            .with(f::REQUIRED),
        Member::new("Scope", &SCOPE).with(f::REQUIRED),
    ],
);
pub static PUT_BUCKET_LIFECYCLE_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutBucketLifecycleConfigurationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("LifecycleConfiguration", &LIFECYCLE_CONFIGURATION)
            .name("LifecycleConfiguration")
            .xml_namespace(None, "http://awss3control.amazonaws.com/doc/2018-08-20/")
            .with(f::PAYLOAD),
    ],
);
pub static PUT_BUCKET_POLICY_INPUT: Schema = Schema::structure(
    "PutBucketPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ConfirmRemoveSelfBucketAccess", &p::BOOLEAN)
            .at(Header, "x-amz-confirm-remove-self-bucket-access"),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_BUCKET_REPLICATION_INPUT: Schema = Schema::structure(
    "PutBucketReplicationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("ReplicationConfiguration", &REPLICATION_CONFIGURATION)
            .name("ReplicationConfiguration")
            .xml_namespace(None, "http://awss3control.amazonaws.com/doc/2018-08-20/")
            .with(f::REQUIRED | f::PAYLOAD),
    ],
);
pub static PUT_BUCKET_TAGGING_INPUT: Schema = Schema::structure(
    "PutBucketTaggingRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("Tagging", &TAGGING)
            .name("Tagging")
            .xml_namespace(None, "http://awss3control.amazonaws.com/doc/2018-08-20/")
            .with(f::REQUIRED | f::PAYLOAD),
    ],
);
pub static PUT_BUCKET_VERSIONING_INPUT: Schema = Schema::structure(
    "PutBucketVersioningRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Bucket", &p::STRING)
            .at(Uri, "name")
            .context_param("Bucket")
            .with(f::REQUIRED),
        Member::new("MFA", &p::STRING).at(Header, "x-amz-mfa"),
        Member::new("VersioningConfiguration", &VERSIONING_CONFIGURATION)
            .name("VersioningConfiguration")
            .xml_namespace(None, "http://awss3control.amazonaws.com/doc/2018-08-20/")
            .with(f::REQUIRED | f::PAYLOAD),
    ],
);
pub static PUT_JOB_TAGGING_INPUT: Schema = Schema::structure(
    "PutJobTaggingRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
        Member::new("Tags", &S3_TAG_SET).with(f::REQUIRED),
    ],
);
pub static PUT_JOB_TAGGING_OUTPUT: Schema = Schema::structure(
    "PutJobTaggingResult",
    &[],
);
pub static PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT2: Schema = Schema::structure(
    "PutMultiRegionAccessPointPolicyInput",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT: Schema = Schema::structure(
    "PutMultiRegionAccessPointPolicyRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ClientToken", &p::STRING).with(f::REQUIRED | f::IDEMPOTENCY_TOKEN),
        Member::new("Details", &PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT2)
            .with(f::REQUIRED),
    ],
);
pub static PUT_MULTI_REGION_ACCESS_POINT_POLICY_OUTPUT: Schema = Schema::structure(
    "PutMultiRegionAccessPointPolicyResult",
    &[Member::new("RequestTokenARN", &p::STRING)],
);
pub static PUT_PUBLIC_ACCESS_BLOCK_INPUT: Schema = Schema::structure(
    "PutPublicAccessBlockRequest",
    &[
        Member::new("PublicAccessBlockConfiguration", &PUBLIC_ACCESS_BLOCK_CONFIGURATION)
            .name("PublicAccessBlockConfiguration")
            .xml_namespace(None, "http://awss3control.amazonaws.com/doc/2018-08-20/")
            .with(f::REQUIRED | f::PAYLOAD),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
    ],
);
pub static PUT_STORAGE_LENS_CONFIGURATION_INPUT: Schema = Schema::structure(
    "PutStorageLensConfigurationRequest",
    &[
        Member::new("ConfigId", &p::STRING).at(Uri, "storagelensid").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("StorageLensConfiguration", &STORAGE_LENS_CONFIGURATION)
            .with(f::REQUIRED),
        Member::new("Tags", &STORAGE_LENS_TAGS),
    ],
);
pub static PUT_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT: Schema = Schema::structure(
    "PutStorageLensConfigurationTaggingRequest",
    &[
        Member::new("ConfigId", &p::STRING).at(Uri, "storagelensid").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Tags", &STORAGE_LENS_TAGS).with(f::REQUIRED),
    ],
);
pub static PUT_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT: Schema = Schema::structure(
    "PutStorageLensConfigurationTaggingResult",
    &[],
);
pub static REGION: Schema = Schema::structure(
    "Region",
    &[
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("BucketAccountId", &p::STRING),
    ],
);
pub static REGION_CREATION_LIST: Schema = Schema::list(
    "RegionCreationList",
    &[Member::new("member", &REGION).name("Region")],
);
pub static REGION_REPORT: Schema = Schema::structure(
    "RegionReport",
    &[
        Member::new("Bucket", &p::STRING),
        Member::new("Region", &p::STRING),
        Member::new("BucketAccountId", &p::STRING),
    ],
);
pub static REGION_REPORT_LIST: Schema = Schema::list(
    "RegionReportList",
    &[Member::new("member", &REGION_REPORT).name("Region")],
);
pub static REGIONAL_BUCKET: Schema = Schema::structure(
    "RegionalBucket",
    &[
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("BucketArn", &p::STRING),
        Member::new("PublicAccessBlockEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("CreationDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("OutpostId", &p::STRING),
    ],
);
pub static REGIONAL_BUCKET_LIST: Schema = Schema::list(
    "RegionalBucketList",
    &[Member::new("member", &REGIONAL_BUCKET).name("RegionalBucket")],
);
pub static REGIONS: Schema = Schema::list(
    "Regions",
    &[Member::new("member", &p::STRING).name("Region")],
);
pub static REPLICA_MODIFICATIONS: Schema = Schema::structure(
    "ReplicaModifications",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static REPLICATION_CONFIGURATION: Schema = Schema::structure(
    "ReplicationConfiguration",
    &[
        Member::new("Role", &p::STRING).with(f::REQUIRED),
        Member::new("Rules", &REPLICATION_RULES).with(f::REQUIRED),
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
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REPLICATION_RULE_AND_OPERATOR: Schema = Schema::structure(
    "ReplicationRuleAndOperator",
    &[Member::new("Prefix", &p::STRING), Member::new("Tags", &S3_TAG_SET)],
);
pub static REPLICATION_RULE_FILTER: Schema = Schema::structure(
    "ReplicationRuleFilter",
    &[
        Member::new("Prefix", &p::STRING),
        Member::new("Tag", &S3_TAG),
        Member::new("And", &REPLICATION_RULE_AND_OPERATOR),
    ],
);
pub static REPLICATION_RULES: Schema = Schema::list(
    "ReplicationRules",
    &[Member::new("member", &REPLICATION_RULE).name("Rule")],
);
pub static REPLICATION_STATUS_FILTER_LIST: Schema = Schema::list(
    "ReplicationStatusFilterList",
    &[Member::new("member", &p::STRING)],
);
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
pub static ROUTE_LIST: Schema = Schema::list(
    "RouteList",
    &[Member::new("member", &MULTI_REGION_ACCESS_POINT_ROUTE).name("Route")],
);
pub static S3_ACCESS_CONTROL_LIST: Schema = Schema::structure(
    "S3AccessControlList",
    &[
        Member::new("Owner", &S3_OBJECT_OWNER).with(f::REQUIRED),
        Member::new("Grants", &S3_GRANT_LIST),
    ],
);
pub static S3_ACCESS_CONTROL_POLICY: Schema = Schema::structure(
    "S3AccessControlPolicy",
    &[
        Member::new("AccessControlList", &S3_ACCESS_CONTROL_LIST),
        Member::new("CannedAccessControlList", &p::STRING),
    ],
);
pub static S3_BUCKET_DESTINATION: Schema = Schema::structure(
    "S3BucketDestination",
    &[
        Member::new("Format", &p::STRING).with(f::REQUIRED),
        Member::new("OutputSchemaVersion", &p::STRING).with(f::REQUIRED),
        Member::new("AccountId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("Prefix", &p::STRING),
        Member::new("Encryption", &STORAGE_LENS_DATA_EXPORT_ENCRYPTION),
    ],
);
pub static S3_COMPUTE_OBJECT_CHECKSUM_OPERATION: Schema = Schema::structure(
    "S3ComputeObjectChecksumOperation",
    &[
        Member::new("ChecksumAlgorithm", &p::STRING),
        Member::new("ChecksumType", &p::STRING),
    ],
);
pub static S3_COPY_OBJECT_OPERATION: Schema = Schema::structure(
    "S3CopyObjectOperation",
    &[
        Member::new("TargetResource", &p::STRING),
        Member::new("CannedAccessControlList", &p::STRING),
        Member::new("AccessControlGrants", &S3_GRANT_LIST),
        Member::new("MetadataDirective", &p::STRING),
        Member::new("AnnotationDirective", &p::STRING),
        Member::new("ModifiedSinceConstraint", &p::TIMESTAMP),
        Member::new("NewObjectMetadata", &S3_OBJECT_METADATA),
        Member::new("NewObjectTagging", &S3_TAG_SET),
        Member::new("RedirectLocation", &p::STRING),
        Member::new("RequesterPays", &p::BOOLEAN),
        Member::new("StorageClass", &p::STRING),
        Member::new("UnModifiedSinceConstraint", &p::TIMESTAMP),
        Member::new("SSEAwsKmsKeyId", &p::STRING),
        Member::new("TargetKeyPrefix", &p::STRING),
        Member::new("ObjectLockLegalHoldStatus", &p::STRING),
        Member::new("ObjectLockMode", &p::STRING),
        Member::new("ObjectLockRetainUntilDate", &p::TIMESTAMP),
        Member::new("BucketKeyEnabled", &p::BOOLEAN),
        Member::new("ChecksumAlgorithm", &p::STRING),
        Member::new("ObjectLockEventHold", &p::STRING),
        Member::new("ObjectLockEventHoldDuration", &S3_OBJECT_LOCK_EVENT_HOLD_DURATION),
    ],
);
pub static S3_DELETE_OBJECT_TAGGING_OPERATION: Schema = Schema::structure(
    "S3DeleteObjectTaggingOperation",
    &[],
);
pub static S3_GENERATED_MANIFEST_DESCRIPTOR: Schema = Schema::structure(
    "S3GeneratedManifestDescriptor",
    &[Member::new("Format", &p::STRING), Member::new("Location", &JOB_MANIFEST_LOCATION)],
);
pub static S3_GRANT: Schema = Schema::structure(
    "S3Grant",
    &[Member::new("Grantee", &S3_GRANTEE), Member::new("Permission", &p::STRING)],
);
pub static S3_GRANT_LIST: Schema = Schema::list(
    "S3GrantList",
    &[Member::new("member", &S3_GRANT)],
);
pub static S3_GRANTEE: Schema = Schema::structure(
    "S3Grantee",
    &[
        Member::new("TypeIdentifier", &p::STRING),
        Member::new("Identifier", &p::STRING),
        Member::new("DisplayName", &p::STRING),
    ],
);
pub static S3_INITIATE_RESTORE_OBJECT_OPERATION: Schema = Schema::structure(
    "S3InitiateRestoreObjectOperation",
    &[
        Member::new("ExpirationInDays", &p::INTEGER),
        Member::new("GlacierJobTier", &p::STRING),
    ],
);
pub static S3_JOB_MANIFEST_GENERATOR: Schema = Schema::structure(
    "S3JobManifestGenerator",
    &[
        Member::new("ExpectedBucketOwner", &p::STRING),
        Member::new("SourceBucket", &p::STRING).with(f::REQUIRED),
        Member::new("ManifestOutputLocation", &S3_MANIFEST_OUTPUT_LOCATION),
        Member::new("Filter", &JOB_MANIFEST_GENERATOR_FILTER),
        Member::new("EnableManifestOutput", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static S3_MANIFEST_OUTPUT_LOCATION: Schema = Schema::structure(
    "S3ManifestOutputLocation",
    &[
        Member::new("ExpectedManifestBucketOwner", &p::STRING),
        Member::new("Bucket", &p::STRING).with(f::REQUIRED),
        Member::new("ManifestPrefix", &p::STRING),
        Member::new("ManifestEncryption", &GENERATED_MANIFEST_ENCRYPTION),
        Member::new("ManifestFormat", &p::STRING).with(f::REQUIRED),
    ],
);
pub static S3_OBJECT_LOCK_EVENT_HOLD_DURATION: Schema = Schema::structure(
    "S3ObjectLockEventHoldDuration",
    &[Member::new("Days", &p::INTEGER), Member::new("Years", &p::INTEGER)],
);
pub static S3_OBJECT_LOCK_LEGAL_HOLD: Schema = Schema::structure(
    "S3ObjectLockLegalHold",
    &[Member::new("Status", &p::STRING).with(f::REQUIRED)],
);
pub static S3_OBJECT_LOCK_RETENTION_EVENT_HOLD_DURATION: Schema = Schema::structure(
    "S3ObjectLockRetentionEventHoldDuration",
    &[Member::new("Days", &p::INTEGER), Member::new("Years", &p::INTEGER)],
);
pub static S3_OBJECT_METADATA: Schema = Schema::structure(
    "S3ObjectMetadata",
    &[
        Member::new("CacheControl", &p::STRING),
        Member::new("ContentDisposition", &p::STRING),
        Member::new("ContentEncoding", &p::STRING),
        Member::new("ContentLanguage", &p::STRING),
        Member::new("UserMetadata", &S3_USER_METADATA),
        Member::new("ContentLength", &p::LONG),
        Member::new("ContentMD5", &p::STRING),
        Member::new("ContentType", &p::STRING),
        Member::new("HttpExpiresDate", &p::TIMESTAMP),
        Member::new("RequesterCharged", &p::BOOLEAN),
        Member::new("SSEAlgorithm", &p::STRING),
    ],
);
pub static S3_OBJECT_OWNER: Schema = Schema::structure(
    "S3ObjectOwner",
    &[Member::new("ID", &p::STRING), Member::new("DisplayName", &p::STRING)],
);
pub static S3_REPLICATE_OBJECT_OPERATION: Schema = Schema::structure(
    "S3ReplicateObjectOperation",
    &[],
);
pub static S3_RETENTION: Schema = Schema::structure(
    "S3Retention",
    &[
        Member::new("RetainUntilDate", &p::TIMESTAMP),
        Member::new("Mode", &p::STRING),
        Member::new("EventHold", &p::STRING),
        Member::new("EventHoldDuration", &S3_OBJECT_LOCK_RETENTION_EVENT_HOLD_DURATION),
    ],
);
pub static S3_SET_OBJECT_ACL_OPERATION: Schema = Schema::structure(
    "S3SetObjectAclOperation",
    &[Member::new("AccessControlPolicy", &S3_ACCESS_CONTROL_POLICY)],
);
pub static S3_SET_OBJECT_LEGAL_HOLD_OPERATION: Schema = Schema::structure(
    "S3SetObjectLegalHoldOperation",
    &[Member::new("LegalHold", &S3_OBJECT_LOCK_LEGAL_HOLD).with(f::REQUIRED)],
);
pub static S3_SET_OBJECT_RETENTION_OPERATION: Schema = Schema::structure(
    "S3SetObjectRetentionOperation",
    &[
        Member::new("BypassGovernanceRetention", &p::BOOLEAN),
        Member::new("Retention", &S3_RETENTION).with(f::REQUIRED),
    ],
);
pub static S3_SET_OBJECT_TAGGING_OPERATION: Schema = Schema::structure(
    "S3SetObjectTaggingOperation",
    &[Member::new("TagSet", &S3_TAG_SET)],
);
pub static S3_TAG: Schema = Schema::structure(
    "S3Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static S3_TAG_SET: Schema = Schema::list(
    "S3TagSet",
    &[Member::new("member", &S3_TAG)],
);
pub static S3_UPDATE_OBJECT_ENCRYPTION_OPERATION: Schema = Schema::structure(
    "S3UpdateObjectEncryptionOperation",
    &[Member::new("ObjectEncryption", &OBJECT_ENCRYPTION)],
);
pub static S3_UPDATE_OBJECT_ENCRYPTION_SSEKMS: Schema = Schema::structure(
        "S3UpdateObjectEncryptionSSEKMS",
        &[
            Member::new("KMSKeyArn", &p::STRING).with(f::REQUIRED),
            Member::new("BucketKeyEnabled", &p::BOOLEAN),
        ],
    )
    .xml_name("SSE-KMS");
pub static S3_USER_METADATA: Schema = Schema::map(
    "S3UserMetadata",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static SSEC_FILTER: Schema = Schema::structure("SSECFilter", &[]);
pub static SSEKMS: Schema = Schema::structure(
        "SSEKMS",
        &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
    )
    .xml_name("SSE-KMS");
pub static SSEKMS_ENCRYPTION: Schema = Schema::structure(
        "SSEKMSEncryption",
        &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
    )
    .xml_name("SSE-KMS");
pub static SSEKMS_FILTER: Schema = Schema::structure(
    "SSEKMSFilter",
    &[Member::new("KmsKeyArn", &p::STRING), Member::new("BucketKeyEnabled", &p::BOOLEAN)],
);
pub static SSES3: Schema = Schema::structure("SSES3", &[]).xml_name("SSE-S3");
pub static SSES3_ENCRYPTION: Schema = Schema::structure("SSES3Encryption", &[])
    .xml_name("SSE-S3");
pub static SSES3_FILTER: Schema = Schema::structure("SSES3Filter", &[]);
pub static SCOPE: Schema = Schema::structure(
    "Scope",
    &[
        Member::new("Prefixes", &PREFIXES_LIST).name("Prefixes"),
        Member::new("Permissions", &SCOPE_PERMISSION_LIST).name("Permissions"),
    ],
);
pub static SCOPE_PERMISSION_LIST: Schema = Schema::list(
    "ScopePermissionList",
    &[Member::new("member", &p::STRING).name("Permission")],
);
pub static SECRET_ACCESS_KEY: Schema = Schema::scalar("SecretAccessKey", Kind::String)
    .with(f::SENSITIVE);
pub static SELECTION_CRITERIA: Schema = Schema::structure(
    "SelectionCriteria",
    &[
        Member::new("Delimiter", &p::STRING),
        Member::new("MaxDepth", &p::INTEGER),
        Member::new("MinStorageBytesPercentage", &p::DOUBLE),
    ],
);
pub static SESSION_TOKEN: Schema = Schema::scalar("SessionToken", Kind::String)
    .with(f::SENSITIVE);
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
pub static STORAGE_CLASS_LIST: Schema = Schema::list(
    "StorageClassList",
    &[Member::new("member", &p::STRING)],
);
pub static STORAGE_LENS_AWS_ORG: Schema = Schema::structure(
    "StorageLensAwsOrg",
    &[Member::new("Arn", &p::STRING).with(f::REQUIRED)],
);
pub static STORAGE_LENS_CONFIGURATION: Schema = Schema::structure(
    "StorageLensConfiguration",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("AccountLevel", &ACCOUNT_LEVEL).with(f::REQUIRED),
        Member::new("Include", &INCLUDE),
        Member::new("Exclude", &EXCLUDE),
        Member::new("DataExport", &STORAGE_LENS_DATA_EXPORT),
        Member::new(
            "ExpandedPrefixesDataExport",
            &STORAGE_LENS_EXPANDED_PREFIXES_DATA_EXPORT,
        ),
        Member::new(
            "CostAndUsageReportsPublish",
            &STORAGE_LENS_COST_AND_USAGE_REPORTS_PUBLISH,
        ),
        Member::new("IsEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("AwsOrg", &STORAGE_LENS_AWS_ORG),
        Member::new("StorageLensArn", &p::STRING),
        Member::new("PrefixDelimiter", &p::STRING),
        Member::new("IntAccessTiers", &INT_ACCESS_TIERS),
    ],
);
pub static STORAGE_LENS_CONFIGURATION_LIST: Schema = Schema::list(
        "StorageLensConfigurationList",
        &[
            Member::new("member", &LIST_STORAGE_LENS_CONFIGURATION_ENTRY)
                .name("StorageLensConfiguration"),
        ],
    )
    .with(f::FLATTENED);
pub static STORAGE_LENS_COST_AND_USAGE_REPORTS_PREFIX_LEVEL: Schema = Schema::structure(
    "StorageLensCostAndUsageReportsPrefixLevel",
    &[
        Member::new("IsEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new(
            "SelectionCriteria",
            &STORAGE_LENS_COST_AND_USAGE_REPORTS_SELECTION_CRITERIA,
        ),
    ],
);
pub static STORAGE_LENS_COST_AND_USAGE_REPORTS_PUBLISH: Schema = Schema::structure(
    "StorageLensCostAndUsageReportsPublish",
    &[Member::new("PrefixLevel", &STORAGE_LENS_COST_AND_USAGE_REPORTS_PREFIX_LEVEL)],
);
pub static STORAGE_LENS_COST_AND_USAGE_REPORTS_SELECTION_CRITERIA: Schema = Schema::structure(
    "StorageLensCostAndUsageReportsSelectionCriteria",
    &[Member::new("MinDepth", &p::INTEGER), Member::new("MaxDepth", &p::INTEGER)],
);
pub static STORAGE_LENS_DATA_EXPORT: Schema = Schema::structure(
    "StorageLensDataExport",
    &[
        Member::new("S3BucketDestination", &S3_BUCKET_DESTINATION),
        Member::new("CloudWatchMetrics", &CLOUD_WATCH_METRICS),
        Member::new("StorageLensTableDestination", &STORAGE_LENS_TABLE_DESTINATION),
    ],
);
pub static STORAGE_LENS_DATA_EXPORT_ENCRYPTION: Schema = Schema::structure(
    "StorageLensDataExportEncryption",
    &[
        Member::new("SSES3", &SSES3).name("SSE-S3"),
        Member::new("SSEKMS", &SSEKMS).name("SSE-KMS"),
    ],
);
pub static STORAGE_LENS_EXPANDED_PREFIXES_DATA_EXPORT: Schema = Schema::structure(
    "StorageLensExpandedPrefixesDataExport",
    &[
        Member::new("S3BucketDestination", &S3_BUCKET_DESTINATION),
        Member::new("StorageLensTableDestination", &STORAGE_LENS_TABLE_DESTINATION),
    ],
);
pub static STORAGE_LENS_GROUP: Schema = Schema::structure(
    "StorageLensGroup",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Filter", &STORAGE_LENS_GROUP_FILTER).with(f::REQUIRED),
        Member::new("StorageLensGroupArn", &p::STRING),
    ],
);
pub static STORAGE_LENS_GROUP_AND_OPERATOR: Schema = Schema::structure(
    "StorageLensGroupAndOperator",
    &[
        Member::new("MatchAnyPrefix", &MATCH_ANY_PREFIX),
        Member::new("MatchAnySuffix", &MATCH_ANY_SUFFIX),
        Member::new("MatchAnyTag", &MATCH_ANY_TAG),
        Member::new("MatchObjectAge", &MATCH_OBJECT_AGE),
        Member::new("MatchObjectSize", &MATCH_OBJECT_SIZE),
    ],
);
pub static STORAGE_LENS_GROUP_FILTER: Schema = Schema::structure(
    "StorageLensGroupFilter",
    &[
        Member::new("MatchAnyPrefix", &MATCH_ANY_PREFIX),
        Member::new("MatchAnySuffix", &MATCH_ANY_SUFFIX),
        Member::new("MatchAnyTag", &MATCH_ANY_TAG),
        Member::new("MatchObjectAge", &MATCH_OBJECT_AGE),
        Member::new("MatchObjectSize", &MATCH_OBJECT_SIZE),
        Member::new("And", &STORAGE_LENS_GROUP_AND_OPERATOR),
        Member::new("Or", &STORAGE_LENS_GROUP_OR_OPERATOR),
    ],
);
pub static STORAGE_LENS_GROUP_LEVEL: Schema = Schema::structure(
    "StorageLensGroupLevel",
    &[Member::new("SelectionCriteria", &STORAGE_LENS_GROUP_LEVEL_SELECTION_CRITERIA)],
);
pub static STORAGE_LENS_GROUP_LEVEL_EXCLUDE: Schema = Schema::list(
    "StorageLensGroupLevelExclude",
    &[Member::new("member", &p::STRING).name("Arn")],
);
pub static STORAGE_LENS_GROUP_LEVEL_INCLUDE: Schema = Schema::list(
    "StorageLensGroupLevelInclude",
    &[Member::new("member", &p::STRING).name("Arn")],
);
pub static STORAGE_LENS_GROUP_LEVEL_SELECTION_CRITERIA: Schema = Schema::structure(
    "StorageLensGroupLevelSelectionCriteria",
    &[
        Member::new("Include", &STORAGE_LENS_GROUP_LEVEL_INCLUDE),
        Member::new("Exclude", &STORAGE_LENS_GROUP_LEVEL_EXCLUDE),
    ],
);
pub static STORAGE_LENS_GROUP_LIST: Schema = Schema::list(
        "StorageLensGroupList",
        &[Member::new("member", &LIST_STORAGE_LENS_GROUP_ENTRY).name("StorageLensGroup")],
    )
    .with(f::FLATTENED);
pub static STORAGE_LENS_GROUP_OR_OPERATOR: Schema = Schema::structure(
    "StorageLensGroupOrOperator",
    &[
        Member::new("MatchAnyPrefix", &MATCH_ANY_PREFIX),
        Member::new("MatchAnySuffix", &MATCH_ANY_SUFFIX),
        Member::new("MatchAnyTag", &MATCH_ANY_TAG),
        Member::new("MatchObjectAge", &MATCH_OBJECT_AGE),
        Member::new("MatchObjectSize", &MATCH_OBJECT_SIZE),
    ],
);
pub static STORAGE_LENS_TABLE_DESTINATION: Schema = Schema::structure(
    "StorageLensTableDestination",
    &[
        Member::new("IsEnabled", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("Encryption", &STORAGE_LENS_DATA_EXPORT_ENCRYPTION),
    ],
);
pub static STORAGE_LENS_TAG: Schema = Schema::structure(
    "StorageLensTag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static STORAGE_LENS_TAGS: Schema = Schema::list(
    "StorageLensTags",
    &[Member::new("member", &STORAGE_LENS_TAG).name("Tag")],
);
pub static SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES_INPUT: Schema = Schema::structure(
    "SubmitMultiRegionAccessPointRoutesRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("Mrap", &p::STRING).at(Uri, "mrap").with(f::REQUIRED),
        Member::new("RouteUpdates", &ROUTE_LIST).with(f::REQUIRED),
    ],
);
pub static SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES_OUTPUT: Schema = Schema::structure(
    "SubmitMultiRegionAccessPointRoutesResult",
    &[],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST: Schema = Schema::list(
    "TagList",
    &[Member::new("member", &TAG).name("Tag")],
);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ResourceArn", &p::STRING)
            .at(Uri, "resourceArn")
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST).with(f::REQUIRED),
    ],
);
pub static TAG_RESOURCE_OUTPUT: Schema = Schema::structure("TagResourceResult", &[]);
pub static TAGGING: Schema = Schema::structure(
    "Tagging",
    &[Member::new("TagSet", &S3_TAG_SET).with(f::REQUIRED)],
);
pub static TOO_MANY_REQUESTS_EXCEPTION: Schema = Schema::structure(
        "TooManyRequestsException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("TooManyRequestsException", 400u16);
pub static TOO_MANY_TAGS_EXCEPTION: Schema = Schema::structure(
        "TooManyTagsException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("TooManyTagsException", 400u16);
pub static TRANSITION: Schema = Schema::structure(
    "Transition",
    &[
        Member::new("Date", &p::TIMESTAMP),
        Member::new("Days", &p::INTEGER),
        Member::new("StorageClass", &p::STRING),
    ],
);
pub static TRANSITION_LIST: Schema = Schema::list(
    "TransitionList",
    &[Member::new("member", &TRANSITION).name("Transition")],
);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("ResourceArn", &p::STRING)
            .at(Uri, "resourceArn")
            .context_param("ResourceArn")
            .with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST)
            .at(QueryString, "tagKeys")
            .with(f::REQUIRED),
    ],
);
pub static UNTAG_RESOURCE_OUTPUT: Schema = Schema::structure("UntagResourceResult", &[]);
pub static UPDATE_ACCESS_GRANTS_LOCATION_INPUT: Schema = Schema::structure(
    "UpdateAccessGrantsLocationRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("AccessGrantsLocationId", &p::STRING)
            .at(Uri, "id")
            .with(f::REQUIRED),
        Member::new("IAMRoleArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_ACCESS_GRANTS_LOCATION_OUTPUT: Schema = Schema::structure(
    "UpdateAccessGrantsLocationResult",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("AccessGrantsLocationId", &p::STRING),
        Member::new("AccessGrantsLocationArn", &p::STRING),
        Member::new("LocationScope", &p::STRING),
        Member::new("IAMRoleArn", &p::STRING),
    ],
);
pub static UPDATE_JOB_PRIORITY_INPUT: Schema = Schema::structure(
    "UpdateJobPriorityRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
        Member::new("Priority", &p::INTEGER)
            .at(QueryString, "priority")
            .with(f::REQUIRED),
    ],
);
pub static UPDATE_JOB_PRIORITY_OUTPUT: Schema = Schema::structure(
    "UpdateJobPriorityResult",
    &[
        Member::new("JobId", &p::STRING).with(f::REQUIRED),
        Member::new("Priority", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_JOB_STATUS_INPUT: Schema = Schema::structure(
    "UpdateJobStatusRequest",
    &[
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("JobId", &p::STRING).at(Uri, "id").with(f::REQUIRED),
        Member::new("RequestedJobStatus", &p::STRING)
            .at(QueryString, "requestedJobStatus")
            .with(f::REQUIRED),
        Member::new("StatusUpdateReason", &p::STRING)
            .at(QueryString, "statusUpdateReason"),
    ],
);
pub static UPDATE_JOB_STATUS_OUTPUT: Schema = Schema::structure(
    "UpdateJobStatusResult",
    &[
        Member::new("JobId", &p::STRING),
        Member::new("Status", &p::STRING),
        Member::new("StatusUpdateReason", &p::STRING),
    ],
);
pub static UPDATE_STORAGE_LENS_GROUP_INPUT: Schema = Schema::structure(
    "UpdateStorageLensGroupRequest",
    &[
        Member::new("Name", &p::STRING).at(Uri, "name").with(f::REQUIRED),
        Member::new("AccountId", &p::STRING)
            .at(Header, "x-amz-account-id")
            .context_param("AccountId")
            .with(f::REQUIRED | f::HOST_LABEL),
        Member::new("StorageLensGroup", &STORAGE_LENS_GROUP).with(f::REQUIRED),
    ],
);
pub static USER_ARGUMENTS: Schema = Schema::map(
    "UserArguments",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static VERSIONING_CONFIGURATION: Schema = Schema::structure(
    "VersioningConfiguration",
    &[
        Member::new("MFADelete", &p::STRING).name("MfaDelete"),
        Member::new("Status", &p::STRING),
    ],
);
pub static VPC_CONFIGURATION: Schema = Schema::structure(
    "VpcConfiguration",
    &[Member::new("VpcId", &p::STRING).with(f::REQUIRED)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ASSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER: Operation = Operation::new(
            "AssociateAccessGrantsIdentityCenter",
            "POST",
            "/v20180820/accessgrantsinstance/identitycenter",
            &super::ASSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "AssociateAccessGrantsIdentityCenterRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_ACCESS_GRANT: Operation = Operation::new(
            "CreateAccessGrant",
            "POST",
            "/v20180820/accessgrantsinstance/grant",
            &super::CREATE_ACCESS_GRANT_INPUT,
            &super::CREATE_ACCESS_GRANT_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateAccessGrantRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_ACCESS_GRANTS_INSTANCE: Operation = Operation::new(
            "CreateAccessGrantsInstance",
            "POST",
            "/v20180820/accessgrantsinstance",
            &super::CREATE_ACCESS_GRANTS_INSTANCE_INPUT,
            &super::CREATE_ACCESS_GRANTS_INSTANCE_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateAccessGrantsInstanceRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_ACCESS_GRANTS_LOCATION: Operation = Operation::new(
            "CreateAccessGrantsLocation",
            "POST",
            "/v20180820/accessgrantsinstance/location",
            &super::CREATE_ACCESS_GRANTS_LOCATION_INPUT,
            &super::CREATE_ACCESS_GRANTS_LOCATION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateAccessGrantsLocationRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_ACCESS_POINT: Operation = Operation::new(
            "CreateAccessPoint",
            "PUT",
            "/v20180820/accesspoint/{name}",
            &super::CREATE_ACCESS_POINT_INPUT,
            &super::CREATE_ACCESS_POINT_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateAccessPointRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "CreateAccessPointForObjectLambda",
            "PUT",
            "/v20180820/accesspointforobjectlambda/{name}",
            &super::CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT,
            &super::CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateAccessPointForObjectLambdaRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_BUCKET: Operation = Operation::new(
            "CreateBucket",
            "PUT",
            "/v20180820/bucket/{name}",
            &super::CREATE_BUCKET_INPUT,
            &super::CREATE_BUCKET_OUTPUT,
        )
        .errors(&[&super::BUCKET_ALREADY_EXISTS, &super::BUCKET_ALREADY_OWNED_BY_YOU])
        .with(op_flags::CHECKSUM_REQUIRED);
    pub static CREATE_JOB: Operation = Operation::new(
            "CreateJob",
            "POST",
            "/v20180820/jobs",
            &super::CREATE_JOB_INPUT,
            &super::CREATE_JOB_OUTPUT,
        )
        .errors(
            &[
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::BAD_REQUEST_EXCEPTION,
                &super::IDEMPOTENCY_EXCEPTION,
                &super::INTERNAL_SERVICE_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateJobRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_MULTI_REGION_ACCESS_POINT: Operation = Operation::new(
            "CreateMultiRegionAccessPoint",
            "POST",
            "/v20180820/async-requests/mrap/create",
            &super::CREATE_MULTI_REGION_ACCESS_POINT_INPUT,
            &super::CREATE_MULTI_REGION_ACCESS_POINT_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateMultiRegionAccessPointRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static CREATE_STORAGE_LENS_GROUP: Operation = Operation::new(
            "CreateStorageLensGroup",
            "POST",
            "/v20180820/storagelensgroup",
            &super::CREATE_STORAGE_LENS_GROUP_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "CreateStorageLensGroupRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static DELETE_ACCESS_GRANT: Operation = Operation::new(
            "DeleteAccessGrant",
            "DELETE",
            "/v20180820/accessgrantsinstance/grant/{id}",
            &super::DELETE_ACCESS_GRANT_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_GRANTS_INSTANCE: Operation = Operation::new(
            "DeleteAccessGrantsInstance",
            "DELETE",
            "/v20180820/accessgrantsinstance",
            &super::DELETE_ACCESS_GRANTS_INSTANCE_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY: Operation = Operation::new(
            "DeleteAccessGrantsInstanceResourcePolicy",
            "DELETE",
            "/v20180820/accessgrantsinstance/resourcepolicy",
            &super::DELETE_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_GRANTS_LOCATION: Operation = Operation::new(
            "DeleteAccessGrantsLocation",
            "DELETE",
            "/v20180820/accessgrantsinstance/location/{id}",
            &super::DELETE_ACCESS_GRANTS_LOCATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_POINT: Operation = Operation::new(
            "DeleteAccessPoint",
            "DELETE",
            "/v20180820/accesspoint/{name}",
            &super::DELETE_ACCESS_POINT_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_POINT_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "DeleteAccessPointForObjectLambda",
            "DELETE",
            "/v20180820/accesspointforobjectlambda/{name}",
            &super::DELETE_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_POINT_POLICY: Operation = Operation::new(
            "DeleteAccessPointPolicy",
            "DELETE",
            "/v20180820/accesspoint/{name}/policy",
            &super::DELETE_ACCESS_POINT_POLICY_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "DeleteAccessPointPolicyForObjectLambda",
            "DELETE",
            "/v20180820/accesspointforobjectlambda/{name}/policy",
            &super::DELETE_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_ACCESS_POINT_SCOPE: Operation = Operation::new(
            "DeleteAccessPointScope",
            "DELETE",
            "/v20180820/accesspoint/{name}/scope",
            &super::DELETE_ACCESS_POINT_SCOPE_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[
                ("RequiresAccountId", ParamValue::Bool(true)),
                ("UseS3ExpressControlEndpoint", ParamValue::Bool(true)),
            ],
        );
    pub static DELETE_BUCKET: Operation = Operation::new(
            "DeleteBucket",
            "DELETE",
            "/v20180820/bucket/{name}",
            &super::DELETE_BUCKET_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_BUCKET_LIFECYCLE_CONFIGURATION: Operation = Operation::new(
            "DeleteBucketLifecycleConfiguration",
            "DELETE",
            "/v20180820/bucket/{name}/lifecycleconfiguration",
            &super::DELETE_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_BUCKET_POLICY: Operation = Operation::new(
            "DeleteBucketPolicy",
            "DELETE",
            "/v20180820/bucket/{name}/policy",
            &super::DELETE_BUCKET_POLICY_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_BUCKET_REPLICATION: Operation = Operation::new(
            "DeleteBucketReplication",
            "DELETE",
            "/v20180820/bucket/{name}/replication",
            &super::DELETE_BUCKET_REPLICATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_BUCKET_TAGGING: Operation = Operation::new(
            "DeleteBucketTagging",
            "DELETE",
            "/v20180820/bucket/{name}/tagging",
            &super::DELETE_BUCKET_TAGGING_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_JOB_TAGGING: Operation = Operation::new(
            "DeleteJobTagging",
            "DELETE",
            "/v20180820/jobs/{id}/tagging",
            &super::DELETE_JOB_TAGGING_INPUT,
            &super::DELETE_JOB_TAGGING_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_MULTI_REGION_ACCESS_POINT: Operation = Operation::new(
            "DeleteMultiRegionAccessPoint",
            "POST",
            "/v20180820/async-requests/mrap/delete",
            &super::DELETE_MULTI_REGION_ACCESS_POINT_INPUT,
            &super::DELETE_MULTI_REGION_ACCESS_POINT_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "DeleteMultiRegionAccessPointRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static DELETE_PUBLIC_ACCESS_BLOCK: Operation = Operation::new(
            "DeletePublicAccessBlock",
            "DELETE",
            "/v20180820/configuration/publicAccessBlock",
            &super::DELETE_PUBLIC_ACCESS_BLOCK_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_STORAGE_LENS_CONFIGURATION: Operation = Operation::new(
            "DeleteStorageLensConfiguration",
            "DELETE",
            "/v20180820/storagelens/{storagelensid}",
            &super::DELETE_STORAGE_LENS_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_STORAGE_LENS_CONFIGURATION_TAGGING: Operation = Operation::new(
            "DeleteStorageLensConfigurationTagging",
            "DELETE",
            "/v20180820/storagelens/{storagelensid}/tagging",
            &super::DELETE_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT,
            &super::DELETE_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DELETE_STORAGE_LENS_GROUP: Operation = Operation::new(
            "DeleteStorageLensGroup",
            "DELETE",
            "/v20180820/storagelensgroup/{name}",
            &super::DELETE_STORAGE_LENS_GROUP_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DESCRIBE_JOB: Operation = Operation::new(
            "DescribeJob",
            "GET",
            "/v20180820/jobs/{id}",
            &super::DESCRIBE_JOB_INPUT,
            &super::DESCRIBE_JOB_OUTPUT,
        )
        .errors(
            &[
                &super::BAD_REQUEST_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION: Operation = Operation::new(
            "DescribeMultiRegionAccessPointOperation",
            "GET",
            "/v20180820/async-requests/mrap/{request_token+}",
            &super::DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION_INPUT,
            &super::DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static DISSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER: Operation = Operation::new(
            "DissociateAccessGrantsIdentityCenter",
            "DELETE",
            "/v20180820/accessgrantsinstance/identitycenter",
            &super::DISSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_GRANT: Operation = Operation::new(
            "GetAccessGrant",
            "GET",
            "/v20180820/accessgrantsinstance/grant/{id}",
            &super::GET_ACCESS_GRANT_INPUT,
            &super::GET_ACCESS_GRANT_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_GRANTS_INSTANCE: Operation = Operation::new(
            "GetAccessGrantsInstance",
            "GET",
            "/v20180820/accessgrantsinstance",
            &super::GET_ACCESS_GRANTS_INSTANCE_INPUT,
            &super::GET_ACCESS_GRANTS_INSTANCE_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX: Operation = Operation::new(
            "GetAccessGrantsInstanceForPrefix",
            "GET",
            "/v20180820/accessgrantsinstance/prefix",
            &super::GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX_INPUT,
            &super::GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY: Operation = Operation::new(
            "GetAccessGrantsInstanceResourcePolicy",
            "GET",
            "/v20180820/accessgrantsinstance/resourcepolicy",
            &super::GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT,
            &super::GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_GRANTS_LOCATION: Operation = Operation::new(
            "GetAccessGrantsLocation",
            "GET",
            "/v20180820/accessgrantsinstance/location/{id}",
            &super::GET_ACCESS_GRANTS_LOCATION_INPUT,
            &super::GET_ACCESS_GRANTS_LOCATION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT: Operation = Operation::new(
            "GetAccessPoint",
            "GET",
            "/v20180820/accesspoint/{name}",
            &super::GET_ACCESS_POINT_INPUT,
            &super::GET_ACCESS_POINT_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "GetAccessPointConfigurationForObjectLambda",
            "GET",
            "/v20180820/accesspointforobjectlambda/{name}/configuration",
            &super::GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_INPUT,
            &super::GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "GetAccessPointForObjectLambda",
            "GET",
            "/v20180820/accesspointforobjectlambda/{name}",
            &super::GET_ACCESS_POINT_FOR_OBJECT_LAMBDA_INPUT,
            &super::GET_ACCESS_POINT_FOR_OBJECT_LAMBDA_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_POLICY: Operation = Operation::new(
            "GetAccessPointPolicy",
            "GET",
            "/v20180820/accesspoint/{name}/policy",
            &super::GET_ACCESS_POINT_POLICY_INPUT,
            &super::GET_ACCESS_POINT_POLICY_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "GetAccessPointPolicyForObjectLambda",
            "GET",
            "/v20180820/accesspointforobjectlambda/{name}/policy",
            &super::GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT,
            &super::GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_POLICY_STATUS: Operation = Operation::new(
            "GetAccessPointPolicyStatus",
            "GET",
            "/v20180820/accesspoint/{name}/policyStatus",
            &super::GET_ACCESS_POINT_POLICY_STATUS_INPUT,
            &super::GET_ACCESS_POINT_POLICY_STATUS_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "GetAccessPointPolicyStatusForObjectLambda",
            "GET",
            "/v20180820/accesspointforobjectlambda/{name}/policyStatus",
            &super::GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA_INPUT,
            &super::GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_ACCESS_POINT_SCOPE: Operation = Operation::new(
            "GetAccessPointScope",
            "GET",
            "/v20180820/accesspoint/{name}/scope",
            &super::GET_ACCESS_POINT_SCOPE_INPUT,
            &super::GET_ACCESS_POINT_SCOPE_OUTPUT,
        )
        .static_context_params(
            &[
                ("RequiresAccountId", ParamValue::Bool(true)),
                ("UseS3ExpressControlEndpoint", ParamValue::Bool(true)),
            ],
        );
    pub static GET_BUCKET: Operation = Operation::new(
            "GetBucket",
            "GET",
            "/v20180820/bucket/{name}",
            &super::GET_BUCKET_INPUT,
            &super::GET_BUCKET_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_BUCKET_LIFECYCLE_CONFIGURATION: Operation = Operation::new(
            "GetBucketLifecycleConfiguration",
            "GET",
            "/v20180820/bucket/{name}/lifecycleconfiguration",
            &super::GET_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
            &super::GET_BUCKET_LIFECYCLE_CONFIGURATION_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_BUCKET_POLICY: Operation = Operation::new(
            "GetBucketPolicy",
            "GET",
            "/v20180820/bucket/{name}/policy",
            &super::GET_BUCKET_POLICY_INPUT,
            &super::GET_BUCKET_POLICY_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_BUCKET_REPLICATION: Operation = Operation::new(
            "GetBucketReplication",
            "GET",
            "/v20180820/bucket/{name}/replication",
            &super::GET_BUCKET_REPLICATION_INPUT,
            &super::GET_BUCKET_REPLICATION_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_BUCKET_TAGGING: Operation = Operation::new(
            "GetBucketTagging",
            "GET",
            "/v20180820/bucket/{name}/tagging",
            &super::GET_BUCKET_TAGGING_INPUT,
            &super::GET_BUCKET_TAGGING_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_BUCKET_VERSIONING: Operation = Operation::new(
            "GetBucketVersioning",
            "GET",
            "/v20180820/bucket/{name}/versioning",
            &super::GET_BUCKET_VERSIONING_INPUT,
            &super::GET_BUCKET_VERSIONING_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_DATA_ACCESS: Operation = Operation::new(
            "GetDataAccess",
            "GET",
            "/v20180820/accessgrantsinstance/dataaccess",
            &super::GET_DATA_ACCESS_INPUT,
            &super::GET_DATA_ACCESS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_JOB_TAGGING: Operation = Operation::new(
            "GetJobTagging",
            "GET",
            "/v20180820/jobs/{id}/tagging",
            &super::GET_JOB_TAGGING_INPUT,
            &super::GET_JOB_TAGGING_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_MULTI_REGION_ACCESS_POINT: Operation = Operation::new(
            "GetMultiRegionAccessPoint",
            "GET",
            "/v20180820/mrap/instances/{name+}",
            &super::GET_MULTI_REGION_ACCESS_POINT_INPUT,
            &super::GET_MULTI_REGION_ACCESS_POINT_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_MULTI_REGION_ACCESS_POINT_POLICY: Operation = Operation::new(
            "GetMultiRegionAccessPointPolicy",
            "GET",
            "/v20180820/mrap/instances/{name+}/policy",
            &super::GET_MULTI_REGION_ACCESS_POINT_POLICY_INPUT,
            &super::GET_MULTI_REGION_ACCESS_POINT_POLICY_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS: Operation = Operation::new(
            "GetMultiRegionAccessPointPolicyStatus",
            "GET",
            "/v20180820/mrap/instances/{name+}/policystatus",
            &super::GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS_INPUT,
            &super::GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_MULTI_REGION_ACCESS_POINT_ROUTES: Operation = Operation::new(
            "GetMultiRegionAccessPointRoutes",
            "GET",
            "/v20180820/mrap/instances/{mrap+}/routes",
            &super::GET_MULTI_REGION_ACCESS_POINT_ROUTES_INPUT,
            &super::GET_MULTI_REGION_ACCESS_POINT_ROUTES_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_PUBLIC_ACCESS_BLOCK: Operation = Operation::new(
            "GetPublicAccessBlock",
            "GET",
            "/v20180820/configuration/publicAccessBlock",
            &super::GET_PUBLIC_ACCESS_BLOCK_INPUT,
            &super::GET_PUBLIC_ACCESS_BLOCK_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION])
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_STORAGE_LENS_CONFIGURATION: Operation = Operation::new(
            "GetStorageLensConfiguration",
            "GET",
            "/v20180820/storagelens/{storagelensid}",
            &super::GET_STORAGE_LENS_CONFIGURATION_INPUT,
            &super::GET_STORAGE_LENS_CONFIGURATION_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_STORAGE_LENS_CONFIGURATION_TAGGING: Operation = Operation::new(
            "GetStorageLensConfigurationTagging",
            "GET",
            "/v20180820/storagelens/{storagelensid}/tagging",
            &super::GET_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT,
            &super::GET_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static GET_STORAGE_LENS_GROUP: Operation = Operation::new(
            "GetStorageLensGroup",
            "GET",
            "/v20180820/storagelensgroup/{name}",
            &super::GET_STORAGE_LENS_GROUP_INPUT,
            &super::GET_STORAGE_LENS_GROUP_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_ACCESS_GRANTS: Operation = Operation::new(
            "ListAccessGrants",
            "GET",
            "/v20180820/accessgrantsinstance/grants",
            &super::LIST_ACCESS_GRANTS_INPUT,
            &super::LIST_ACCESS_GRANTS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_ACCESS_GRANTS_INSTANCES: Operation = Operation::new(
            "ListAccessGrantsInstances",
            "GET",
            "/v20180820/accessgrantsinstances",
            &super::LIST_ACCESS_GRANTS_INSTANCES_INPUT,
            &super::LIST_ACCESS_GRANTS_INSTANCES_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_ACCESS_GRANTS_LOCATIONS: Operation = Operation::new(
            "ListAccessGrantsLocations",
            "GET",
            "/v20180820/accessgrantsinstance/locations",
            &super::LIST_ACCESS_GRANTS_LOCATIONS_INPUT,
            &super::LIST_ACCESS_GRANTS_LOCATIONS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_ACCESS_POINTS: Operation = Operation::new(
            "ListAccessPoints",
            "GET",
            "/v20180820/accesspoint",
            &super::LIST_ACCESS_POINTS_INPUT,
            &super::LIST_ACCESS_POINTS_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS: Operation = Operation::new(
            "ListAccessPointsForDirectoryBuckets",
            "GET",
            "/v20180820/accesspointfordirectory",
            &super::LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS_INPUT,
            &super::LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS_OUTPUT,
        )
        .static_context_params(
            &[
                ("RequiresAccountId", ParamValue::Bool(true)),
                ("UseS3ExpressControlEndpoint", ParamValue::Bool(true)),
            ],
        );
    pub static LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "ListAccessPointsForObjectLambda",
            "GET",
            "/v20180820/accesspointforobjectlambda",
            &super::LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA_INPUT,
            &super::LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_CALLER_ACCESS_GRANTS: Operation = Operation::new(
            "ListCallerAccessGrants",
            "GET",
            "/v20180820/accessgrantsinstance/caller/grants",
            &super::LIST_CALLER_ACCESS_GRANTS_INPUT,
            &super::LIST_CALLER_ACCESS_GRANTS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_JOBS: Operation = Operation::new(
            "ListJobs",
            "GET",
            "/v20180820/jobs",
            &super::LIST_JOBS_INPUT,
            &super::LIST_JOBS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INTERNAL_SERVICE_EXCEPTION,
                &super::INVALID_NEXT_TOKEN_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_MULTI_REGION_ACCESS_POINTS: Operation = Operation::new(
            "ListMultiRegionAccessPoints",
            "GET",
            "/v20180820/mrap/instances",
            &super::LIST_MULTI_REGION_ACCESS_POINTS_INPUT,
            &super::LIST_MULTI_REGION_ACCESS_POINTS_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_REGIONAL_BUCKETS: Operation = Operation::new(
            "ListRegionalBuckets",
            "GET",
            "/v20180820/bucket",
            &super::LIST_REGIONAL_BUCKETS_INPUT,
            &super::LIST_REGIONAL_BUCKETS_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_STORAGE_LENS_CONFIGURATIONS: Operation = Operation::new(
            "ListStorageLensConfigurations",
            "GET",
            "/v20180820/storagelens",
            &super::LIST_STORAGE_LENS_CONFIGURATIONS_INPUT,
            &super::LIST_STORAGE_LENS_CONFIGURATIONS_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_STORAGE_LENS_GROUPS: Operation = Operation::new(
            "ListStorageLensGroups",
            "GET",
            "/v20180820/storagelensgroup",
            &super::LIST_STORAGE_LENS_GROUPS_INPUT,
            &super::LIST_STORAGE_LENS_GROUPS_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static LIST_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ListTagsForResource",
            "GET",
            "/v20180820/tags/{resourceArn+}",
            &super::LIST_TAGS_FOR_RESOURCE_INPUT,
            &super::LIST_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY: Operation = Operation::new(
            "PutAccessGrantsInstanceResourcePolicy",
            "PUT",
            "/v20180820/accessgrantsinstance/resourcepolicy",
            &super::PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_INPUT,
            &super::PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutAccessGrantsInstanceResourcePolicyRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "PutAccessPointConfigurationForObjectLambda",
            "PUT",
            "/v20180820/accesspointforobjectlambda/{name}/configuration",
            &super::PUT_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutAccessPointConfigurationForObjectLambdaRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_ACCESS_POINT_POLICY: Operation = Operation::new(
            "PutAccessPointPolicy",
            "PUT",
            "/v20180820/accesspoint/{name}/policy",
            &super::PUT_ACCESS_POINT_POLICY_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutAccessPointPolicyRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA: Operation = Operation::new(
            "PutAccessPointPolicyForObjectLambda",
            "PUT",
            "/v20180820/accesspointforobjectlambda/{name}/policy",
            &super::PUT_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutAccessPointPolicyForObjectLambdaRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_ACCESS_POINT_SCOPE: Operation = Operation::new(
            "PutAccessPointScope",
            "PUT",
            "/v20180820/accesspoint/{name}/scope",
            &super::PUT_ACCESS_POINT_SCOPE_INPUT,
            &p::UNIT,
        )
        .static_context_params(
            &[
                ("RequiresAccountId", ParamValue::Bool(true)),
                ("UseS3ExpressControlEndpoint", ParamValue::Bool(true)),
            ],
        )
        .input_xml(
            "PutAccessPointScopeRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_BUCKET_LIFECYCLE_CONFIGURATION: Operation = Operation::new(
            "PutBucketLifecycleConfiguration",
            "PUT",
            "/v20180820/bucket/{name}/lifecycleconfiguration",
            &super::PUT_BUCKET_LIFECYCLE_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static PUT_BUCKET_POLICY: Operation = Operation::new(
            "PutBucketPolicy",
            "PUT",
            "/v20180820/bucket/{name}/policy",
            &super::PUT_BUCKET_POLICY_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutBucketPolicyRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_BUCKET_REPLICATION: Operation = Operation::new(
            "PutBucketReplication",
            "PUT",
            "/v20180820/bucket/{name}/replication",
            &super::PUT_BUCKET_REPLICATION_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static PUT_BUCKET_TAGGING: Operation = Operation::new(
            "PutBucketTagging",
            "PUT",
            "/v20180820/bucket/{name}/tagging",
            &super::PUT_BUCKET_TAGGING_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static PUT_BUCKET_VERSIONING: Operation = Operation::new(
            "PutBucketVersioning",
            "PUT",
            "/v20180820/bucket/{name}/versioning",
            &super::PUT_BUCKET_VERSIONING_INPUT,
            &p::UNIT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static PUT_JOB_TAGGING: Operation = Operation::new(
            "PutJobTagging",
            "PUT",
            "/v20180820/jobs/{id}/tagging",
            &super::PUT_JOB_TAGGING_INPUT,
            &super::PUT_JOB_TAGGING_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_SERVICE_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::TOO_MANY_TAGS_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutJobTaggingRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_MULTI_REGION_ACCESS_POINT_POLICY: Operation = Operation::new(
            "PutMultiRegionAccessPointPolicy",
            "POST",
            "/v20180820/async-requests/mrap/put-policy",
            &super::PUT_MULTI_REGION_ACCESS_POINT_POLICY_INPUT,
            &super::PUT_MULTI_REGION_ACCESS_POINT_POLICY_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutMultiRegionAccessPointPolicyRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_PUBLIC_ACCESS_BLOCK: Operation = Operation::new(
            "PutPublicAccessBlock",
            "PUT",
            "/v20180820/configuration/publicAccessBlock",
            &super::PUT_PUBLIC_ACCESS_BLOCK_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static PUT_STORAGE_LENS_CONFIGURATION: Operation = Operation::new(
            "PutStorageLensConfiguration",
            "PUT",
            "/v20180820/storagelens/{storagelensid}",
            &super::PUT_STORAGE_LENS_CONFIGURATION_INPUT,
            &p::UNIT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutStorageLensConfigurationRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static PUT_STORAGE_LENS_CONFIGURATION_TAGGING: Operation = Operation::new(
            "PutStorageLensConfigurationTagging",
            "PUT",
            "/v20180820/storagelens/{storagelensid}/tagging",
            &super::PUT_STORAGE_LENS_CONFIGURATION_TAGGING_INPUT,
            &super::PUT_STORAGE_LENS_CONFIGURATION_TAGGING_OUTPUT,
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "PutStorageLensConfigurationTaggingRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES: Operation = Operation::new(
            "SubmitMultiRegionAccessPointRoutes",
            "PATCH",
            "/v20180820/mrap/instances/{mrap+}/routes",
            &super::SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES_INPUT,
            &super::SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "SubmitMultiRegionAccessPointRoutesRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/v20180820/tags/{resourceArn+}",
            &super::TAG_RESOURCE_INPUT,
            &super::TAG_RESOURCE_OUTPUT,
        )
        .response_code(204u16)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "TagResourceRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "DELETE",
            "/v20180820/tags/{resourceArn+}",
            &super::UNTAG_RESOURCE_INPUT,
            &super::UNTAG_RESOURCE_OUTPUT,
        )
        .response_code(204u16)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static UPDATE_ACCESS_GRANTS_LOCATION: Operation = Operation::new(
            "UpdateAccessGrantsLocation",
            "PUT",
            "/v20180820/accessgrantsinstance/location/{id}",
            &super::UPDATE_ACCESS_GRANTS_LOCATION_INPUT,
            &super::UPDATE_ACCESS_GRANTS_LOCATION_OUTPUT,
        )
        .with(op_flags::CHECKSUM_REQUIRED)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "UpdateAccessGrantsLocationRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    pub static UPDATE_JOB_PRIORITY: Operation = Operation::new(
            "UpdateJobPriority",
            "POST",
            "/v20180820/jobs/{id}/priority",
            &super::UPDATE_JOB_PRIORITY_INPUT,
            &super::UPDATE_JOB_PRIORITY_OUTPUT,
        )
        .errors(
            &[
                &super::BAD_REQUEST_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVICE_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static UPDATE_JOB_STATUS: Operation = Operation::new(
            "UpdateJobStatus",
            "POST",
            "/v20180820/jobs/{id}/status",
            &super::UPDATE_JOB_STATUS_INPUT,
            &super::UPDATE_JOB_STATUS_OUTPUT,
        )
        .errors(
            &[
                &super::BAD_REQUEST_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::JOB_STATUS_EXCEPTION,
                &super::INTERNAL_SERVICE_EXCEPTION,
            ],
        )
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))]);
    pub static UPDATE_STORAGE_LENS_GROUP: Operation = Operation::new(
            "UpdateStorageLensGroup",
            "PUT",
            "/v20180820/storagelensgroup/{name}",
            &super::UPDATE_STORAGE_LENS_GROUP_INPUT,
            &p::UNIT,
        )
        .response_code(204u16)
        .static_context_params(&[("RequiresAccountId", ParamValue::Bool(true))])
        .input_xml(
            "UpdateStorageLensGroupRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "http://awss3control.amazonaws.com/doc/2018-08-20/",
            }),
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ASSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER,
        &CREATE_ACCESS_GRANT,
        &CREATE_ACCESS_GRANTS_INSTANCE,
        &CREATE_ACCESS_GRANTS_LOCATION,
        &CREATE_ACCESS_POINT,
        &CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA,
        &CREATE_BUCKET,
        &CREATE_JOB,
        &CREATE_MULTI_REGION_ACCESS_POINT,
        &CREATE_STORAGE_LENS_GROUP,
        &DELETE_ACCESS_GRANT,
        &DELETE_ACCESS_GRANTS_INSTANCE,
        &DELETE_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY,
        &DELETE_ACCESS_GRANTS_LOCATION,
        &DELETE_ACCESS_POINT,
        &DELETE_ACCESS_POINT_FOR_OBJECT_LAMBDA,
        &DELETE_ACCESS_POINT_POLICY,
        &DELETE_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA,
        &DELETE_ACCESS_POINT_SCOPE,
        &DELETE_BUCKET,
        &DELETE_BUCKET_LIFECYCLE_CONFIGURATION,
        &DELETE_BUCKET_POLICY,
        &DELETE_BUCKET_REPLICATION,
        &DELETE_BUCKET_TAGGING,
        &DELETE_JOB_TAGGING,
        &DELETE_MULTI_REGION_ACCESS_POINT,
        &DELETE_PUBLIC_ACCESS_BLOCK,
        &DELETE_STORAGE_LENS_CONFIGURATION,
        &DELETE_STORAGE_LENS_CONFIGURATION_TAGGING,
        &DELETE_STORAGE_LENS_GROUP,
        &DESCRIBE_JOB,
        &DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION,
        &DISSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER,
        &GET_ACCESS_GRANT,
        &GET_ACCESS_GRANTS_INSTANCE,
        &GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX,
        &GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY,
        &GET_ACCESS_GRANTS_LOCATION,
        &GET_ACCESS_POINT,
        &GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA,
        &GET_ACCESS_POINT_FOR_OBJECT_LAMBDA,
        &GET_ACCESS_POINT_POLICY,
        &GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA,
        &GET_ACCESS_POINT_POLICY_STATUS,
        &GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA,
        &GET_ACCESS_POINT_SCOPE,
        &GET_BUCKET,
        &GET_BUCKET_LIFECYCLE_CONFIGURATION,
        &GET_BUCKET_POLICY,
        &GET_BUCKET_REPLICATION,
        &GET_BUCKET_TAGGING,
        &GET_BUCKET_VERSIONING,
        &GET_DATA_ACCESS,
        &GET_JOB_TAGGING,
        &GET_MULTI_REGION_ACCESS_POINT,
        &GET_MULTI_REGION_ACCESS_POINT_POLICY,
        &GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS,
        &GET_MULTI_REGION_ACCESS_POINT_ROUTES,
        &GET_PUBLIC_ACCESS_BLOCK,
        &GET_STORAGE_LENS_CONFIGURATION,
        &GET_STORAGE_LENS_CONFIGURATION_TAGGING,
        &GET_STORAGE_LENS_GROUP,
        &LIST_ACCESS_GRANTS,
        &LIST_ACCESS_GRANTS_INSTANCES,
        &LIST_ACCESS_GRANTS_LOCATIONS,
        &LIST_ACCESS_POINTS,
        &LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS,
        &LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA,
        &LIST_CALLER_ACCESS_GRANTS,
        &LIST_JOBS,
        &LIST_MULTI_REGION_ACCESS_POINTS,
        &LIST_REGIONAL_BUCKETS,
        &LIST_STORAGE_LENS_CONFIGURATIONS,
        &LIST_STORAGE_LENS_GROUPS,
        &LIST_TAGS_FOR_RESOURCE,
        &PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY,
        &PUT_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA,
        &PUT_ACCESS_POINT_POLICY,
        &PUT_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA,
        &PUT_ACCESS_POINT_SCOPE,
        &PUT_BUCKET_LIFECYCLE_CONFIGURATION,
        &PUT_BUCKET_POLICY,
        &PUT_BUCKET_REPLICATION,
        &PUT_BUCKET_TAGGING,
        &PUT_BUCKET_VERSIONING,
        &PUT_JOB_TAGGING,
        &PUT_MULTI_REGION_ACCESS_POINT_POLICY,
        &PUT_PUBLIC_ACCESS_BLOCK,
        &PUT_STORAGE_LENS_CONFIGURATION,
        &PUT_STORAGE_LENS_CONFIGURATION_TAGGING,
        &SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_ACCESS_GRANTS_LOCATION,
        &UPDATE_JOB_PRIORITY,
        &UPDATE_JOB_STATUS,
        &UPDATE_STORAGE_LENS_GROUP,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ACCESS_POINTS_FOR_DIRECTORY_BUCKETS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["AccessPointList"],
    };
    pub static LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["ObjectLambdaAccessPointList"],
    };
    pub static LIST_CALLER_ACCESS_GRANTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CALLER_ACCESS_GRANTS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["CallerAccessGrantsList"],
    };
}

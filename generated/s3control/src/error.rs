//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AssociateAccessGrantsIdentityCenter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateAccessGrantsIdentityCenterError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateAccessGrantsIdentityCenterError, []);
/// The errors `CreateAccessGrant` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessGrantError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateAccessGrantError, []);
/// The errors `CreateAccessGrantsInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessGrantsInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateAccessGrantsInstanceError, []);
/// The errors `CreateAccessGrantsLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessGrantsLocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateAccessGrantsLocationError, []);
/// The errors `CreateAccessPoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessPointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateAccessPointError, []);
/// The errors `CreateAccessPointForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAccessPointForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateAccessPointForObjectLambdaError, []);
/// The errors `CreateBucket` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateBucketError {
    /// The requested Outposts bucket name is not available. The bucket namespace is shared by all users of the Outposts in this Region. Select a different name and try again.
    BucketAlreadyExists(super::types::BucketAlreadyExists),
    /// The Outposts bucket you tried to create already exists, and you own it.
    BucketAlreadyOwnedByYou(super::types::BucketAlreadyOwnedByYou),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateBucketError, [BucketAlreadyExists, BucketAlreadyOwnedByYou]
);
/// The errors `CreateJob` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateJobError {
    TooManyRequestsException(super::types::TooManyRequestsException),
    BadRequestException(super::types::BadRequestException),
    IdempotencyException(super::types::IdempotencyException),
    InternalServiceException(super::types::InternalServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateJobError, [TooManyRequestsException, BadRequestException, IdempotencyException,
    InternalServiceException]
);
/// The errors `CreateMultiRegionAccessPoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateMultiRegionAccessPointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateMultiRegionAccessPointError, []);
/// The errors `CreateStorageLensGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateStorageLensGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateStorageLensGroupError, []);
/// The errors `DeleteAccessGrant` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessGrantError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessGrantError, []);
/// The errors `DeleteAccessGrantsInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessGrantsInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessGrantsInstanceError, []);
/// The errors `DeleteAccessGrantsInstanceResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessGrantsInstanceResourcePolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessGrantsInstanceResourcePolicyError, []);
/// The errors `DeleteAccessGrantsLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessGrantsLocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessGrantsLocationError, []);
/// The errors `DeleteAccessPoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessPointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessPointError, []);
/// The errors `DeleteAccessPointForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessPointForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessPointForObjectLambdaError, []);
/// The errors `DeleteAccessPointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessPointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessPointPolicyError, []);
/// The errors `DeleteAccessPointPolicyForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessPointPolicyForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessPointPolicyForObjectLambdaError, []);
/// The errors `DeleteAccessPointScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAccessPointScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAccessPointScopeError, []);
/// The errors `DeleteBucket` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketError, []);
/// The errors `DeleteBucketLifecycleConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketLifecycleConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketLifecycleConfigurationError, []);
/// The errors `DeleteBucketPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketPolicyError, []);
/// The errors `DeleteBucketReplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketReplicationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketReplicationError, []);
/// The errors `DeleteBucketTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketTaggingError, []);
/// The errors `DeleteJobTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteJobTaggingError {
    InternalServiceException(super::types::InternalServiceException),
    TooManyRequestsException(super::types::TooManyRequestsException),
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteJobTaggingError, [InternalServiceException, TooManyRequestsException,
    NotFoundException]
);
/// The errors `DeleteMultiRegionAccessPoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMultiRegionAccessPointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteMultiRegionAccessPointError, []);
/// The errors `DeletePublicAccessBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePublicAccessBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeletePublicAccessBlockError, []);
/// The errors `DeleteStorageLensConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteStorageLensConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteStorageLensConfigurationError, []);
/// The errors `DeleteStorageLensConfigurationTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteStorageLensConfigurationTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteStorageLensConfigurationTaggingError, []);
/// The errors `DeleteStorageLensGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteStorageLensGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteStorageLensGroupError, []);
/// The errors `DescribeJob` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeJobError {
    BadRequestException(super::types::BadRequestException),
    TooManyRequestsException(super::types::TooManyRequestsException),
    NotFoundException(super::types::NotFoundException),
    InternalServiceException(super::types::InternalServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeJobError, [BadRequestException, TooManyRequestsException, NotFoundException,
    InternalServiceException]
);
/// The errors `DescribeMultiRegionAccessPointOperation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMultiRegionAccessPointOperationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeMultiRegionAccessPointOperationError, []);
/// The errors `DissociateAccessGrantsIdentityCenter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DissociateAccessGrantsIdentityCenterError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DissociateAccessGrantsIdentityCenterError, []);
/// The errors `GetAccessGrant` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessGrantError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessGrantError, []);
/// The errors `GetAccessGrantsInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessGrantsInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessGrantsInstanceError, []);
/// The errors `GetAccessGrantsInstanceForPrefix` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessGrantsInstanceForPrefixError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessGrantsInstanceForPrefixError, []);
/// The errors `GetAccessGrantsInstanceResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessGrantsInstanceResourcePolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessGrantsInstanceResourcePolicyError, []);
/// The errors `GetAccessGrantsLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessGrantsLocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessGrantsLocationError, []);
/// The errors `GetAccessPoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointError, []);
/// The errors `GetAccessPointConfigurationForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointConfigurationForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointConfigurationForObjectLambdaError, []);
/// The errors `GetAccessPointForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointForObjectLambdaError, []);
/// The errors `GetAccessPointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointPolicyError, []);
/// The errors `GetAccessPointPolicyForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointPolicyForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointPolicyForObjectLambdaError, []);
/// The errors `GetAccessPointPolicyStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointPolicyStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointPolicyStatusError, []);
/// The errors `GetAccessPointPolicyStatusForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointPolicyStatusForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointPolicyStatusForObjectLambdaError, []);
/// The errors `GetAccessPointScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccessPointScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccessPointScopeError, []);
/// The errors `GetBucket` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketError, []);
/// The errors `GetBucketLifecycleConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketLifecycleConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketLifecycleConfigurationError, []);
/// The errors `GetBucketPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketPolicyError, []);
/// The errors `GetBucketReplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketReplicationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketReplicationError, []);
/// The errors `GetBucketTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketTaggingError, []);
/// The errors `GetBucketVersioning` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketVersioningError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketVersioningError, []);
/// The errors `GetDataAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDataAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetDataAccessError, []);
/// The errors `GetJobTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetJobTaggingError {
    InternalServiceException(super::types::InternalServiceException),
    TooManyRequestsException(super::types::TooManyRequestsException),
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetJobTaggingError, [InternalServiceException, TooManyRequestsException,
    NotFoundException]
);
/// The errors `GetMultiRegionAccessPoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMultiRegionAccessPointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetMultiRegionAccessPointError, []);
/// The errors `GetMultiRegionAccessPointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMultiRegionAccessPointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetMultiRegionAccessPointPolicyError, []);
/// The errors `GetMultiRegionAccessPointPolicyStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMultiRegionAccessPointPolicyStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetMultiRegionAccessPointPolicyStatusError, []);
/// The errors `GetMultiRegionAccessPointRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMultiRegionAccessPointRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetMultiRegionAccessPointRoutesError, []);
/// The errors `GetPublicAccessBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPublicAccessBlockError {
    /// Amazon S3 throws this exception if you make a `GetPublicAccessBlock` request against an account that doesn't have a `PublicAccessBlockConfiguration` set.
    NoSuchPublicAccessBlockConfiguration(
        super::types::NoSuchPublicAccessBlockConfiguration,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPublicAccessBlockError, [NoSuchPublicAccessBlockConfiguration]
);
/// The errors `GetStorageLensConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetStorageLensConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetStorageLensConfigurationError, []);
/// The errors `GetStorageLensConfigurationTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetStorageLensConfigurationTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetStorageLensConfigurationTaggingError, []);
/// The errors `GetStorageLensGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetStorageLensGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetStorageLensGroupError, []);
/// The errors `ListAccessGrants` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessGrantsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccessGrantsError, []);
/// The errors `ListAccessGrantsInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessGrantsInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccessGrantsInstancesError, []);
/// The errors `ListAccessGrantsLocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessGrantsLocationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccessGrantsLocationsError, []);
/// The errors `ListAccessPoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessPointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccessPointsError, []);
/// The errors `ListAccessPointsForDirectoryBuckets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessPointsForDirectoryBucketsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccessPointsForDirectoryBucketsError, []);
/// The errors `ListAccessPointsForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAccessPointsForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListAccessPointsForObjectLambdaError, []);
/// The errors `ListCallerAccessGrants` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCallerAccessGrantsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListCallerAccessGrantsError, []);
/// The errors `ListJobs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListJobsError {
    InvalidRequestException(super::types::InvalidRequestException),
    InternalServiceException(super::types::InternalServiceException),
    InvalidNextTokenException(super::types::InvalidNextTokenException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListJobsError, [InvalidRequestException, InternalServiceException,
    InvalidNextTokenException]
);
/// The errors `ListMultiRegionAccessPoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMultiRegionAccessPointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListMultiRegionAccessPointsError, []);
/// The errors `ListRegionalBuckets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRegionalBucketsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListRegionalBucketsError, []);
/// The errors `ListStorageLensConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListStorageLensConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListStorageLensConfigurationsError, []);
/// The errors `ListStorageLensGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListStorageLensGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListStorageLensGroupsError, []);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListTagsForResourceError, []);
/// The errors `PutAccessGrantsInstanceResourcePolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccessGrantsInstanceResourcePolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutAccessGrantsInstanceResourcePolicyError, []);
/// The errors `PutAccessPointConfigurationForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccessPointConfigurationForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutAccessPointConfigurationForObjectLambdaError, []);
/// The errors `PutAccessPointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccessPointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutAccessPointPolicyError, []);
/// The errors `PutAccessPointPolicyForObjectLambda` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccessPointPolicyForObjectLambdaError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutAccessPointPolicyForObjectLambdaError, []);
/// The errors `PutAccessPointScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAccessPointScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutAccessPointScopeError, []);
/// The errors `PutBucketLifecycleConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketLifecycleConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketLifecycleConfigurationError, []);
/// The errors `PutBucketPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketPolicyError, []);
/// The errors `PutBucketReplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketReplicationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketReplicationError, []);
/// The errors `PutBucketTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketTaggingError, []);
/// The errors `PutBucketVersioning` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketVersioningError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketVersioningError, []);
/// The errors `PutJobTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutJobTaggingError {
    InternalServiceException(super::types::InternalServiceException),
    TooManyRequestsException(super::types::TooManyRequestsException),
    NotFoundException(super::types::NotFoundException),
    /// Amazon S3 throws this exception if you have too many tags in your tag set.
    TooManyTagsException(super::types::TooManyTagsException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutJobTaggingError, [InternalServiceException, TooManyRequestsException,
    NotFoundException, TooManyTagsException]
);
/// The errors `PutMultiRegionAccessPointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMultiRegionAccessPointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutMultiRegionAccessPointPolicyError, []);
/// The errors `PutPublicAccessBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutPublicAccessBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutPublicAccessBlockError, []);
/// The errors `PutStorageLensConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutStorageLensConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutStorageLensConfigurationError, []);
/// The errors `PutStorageLensConfigurationTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutStorageLensConfigurationTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutStorageLensConfigurationTaggingError, []);
/// The errors `SubmitMultiRegionAccessPointRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SubmitMultiRegionAccessPointRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(SubmitMultiRegionAccessPointRoutesError, []);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(TagResourceError, []);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UntagResourceError, []);
/// The errors `UpdateAccessGrantsLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAccessGrantsLocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateAccessGrantsLocationError, []);
/// The errors `UpdateJobPriority` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateJobPriorityError {
    BadRequestException(super::types::BadRequestException),
    TooManyRequestsException(super::types::TooManyRequestsException),
    NotFoundException(super::types::NotFoundException),
    InternalServiceException(super::types::InternalServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateJobPriorityError, [BadRequestException, TooManyRequestsException,
    NotFoundException, InternalServiceException]
);
/// The errors `UpdateJobStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateJobStatusError {
    BadRequestException(super::types::BadRequestException),
    TooManyRequestsException(super::types::TooManyRequestsException),
    NotFoundException(super::types::NotFoundException),
    JobStatusException(super::types::JobStatusException),
    InternalServiceException(super::types::InternalServiceException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateJobStatusError, [BadRequestException, TooManyRequestsException,
    NotFoundException, JobStatusException, InternalServiceException]
);
/// The errors `UpdateStorageLensGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateStorageLensGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateStorageLensGroupError, []);

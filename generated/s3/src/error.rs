//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AbortMultipartUpload` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AbortMultipartUploadError {
    /// The specified multipart upload does not exist.
    NoSuchUpload(super::types::NoSuchUpload),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AbortMultipartUploadError, [NoSuchUpload]);
/// The errors `CompleteMultipartUpload` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CompleteMultipartUploadError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CompleteMultipartUploadError, []);
/// The errors `CopyObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CopyObjectError {
    /// The source object of the COPY action is not in the active tier and is only stored in Amazon S3 Glacier.
    ObjectNotInActiveTierError(super::types::ObjectNotInActiveTierError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CopyObjectError, [ObjectNotInActiveTierError]);
/// The errors `CreateBucket` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateBucketError {
    /// The requested bucket name is not available. The bucket namespace is shared by all users of the system. Select a different name and try again.
    BucketAlreadyExists(super::types::BucketAlreadyExists),
    /// The bucket you tried to create already exists, and you own it. Amazon S3 returns this error in all Amazon Web Services Regions except in the North Virginia Region. For legacy compatibility, if you re-create an existing bucket that you already own in the North Virginia Region, Amazon S3 returns 200 OK and resets the bucket access control lists (ACLs).
    BucketAlreadyOwnedByYou(super::types::BucketAlreadyOwnedByYou),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateBucketError, [BucketAlreadyExists, BucketAlreadyOwnedByYou]
);
/// The errors `CreateBucketMetadataConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateBucketMetadataConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateBucketMetadataConfigurationError, []);
/// The errors `CreateBucketMetadataTableConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateBucketMetadataTableConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateBucketMetadataTableConfigurationError, []);
/// The errors `CreateMultipartUpload` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateMultipartUploadError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateMultipartUploadError, []);
/// The errors `CreateSession` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSessionError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSessionError, [NoSuchBucket]);
/// The errors `DeleteBucket` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketError, []);
/// The errors `DeleteBucketAnalyticsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketAnalyticsConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketAnalyticsConfigurationError, []);
/// The errors `DeleteBucketCors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketCorsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketCorsError, []);
/// The errors `DeleteBucketEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketEncryptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketEncryptionError, []);
/// The errors `DeleteBucketIntelligentTieringConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketIntelligentTieringConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketIntelligentTieringConfigurationError, []);
/// The errors `DeleteBucketInventoryConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketInventoryConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketInventoryConfigurationError, []);
/// The errors `DeleteBucketLifecycle` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketLifecycleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketLifecycleError, []);
/// The errors `DeleteBucketMetadataConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketMetadataConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketMetadataConfigurationError, []);
/// The errors `DeleteBucketMetadataTableConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketMetadataTableConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketMetadataTableConfigurationError, []);
/// The errors `DeleteBucketMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketMetricsConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketMetricsConfigurationError, []);
/// The errors `DeleteBucketOwnershipControls` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketOwnershipControlsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketOwnershipControlsError, []);
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
/// The errors `DeleteBucketWebsite` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteBucketWebsiteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteBucketWebsiteError, []);
/// The errors `DeleteObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteObjectError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteObjectError, []);
/// The errors `DeleteObjectAnnotation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteObjectAnnotationError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteObjectAnnotationError, [NoSuchBucket, NoSuchKey]);
/// The errors `DeleteObjectTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteObjectTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteObjectTaggingError, []);
/// The errors `DeleteObjects` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteObjectsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteObjectsError, []);
/// The errors `DeletePublicAccessBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePublicAccessBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeletePublicAccessBlockError, []);
/// The errors `GetBucketAbac` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketAbacError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketAbacError, []);
/// The errors `GetBucketAccelerateConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketAccelerateConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketAccelerateConfigurationError, []);
/// The errors `GetBucketAcl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketAclError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketAclError, []);
/// The errors `GetBucketAnalyticsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketAnalyticsConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketAnalyticsConfigurationError, []);
/// The errors `GetBucketCors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketCorsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketCorsError, []);
/// The errors `GetBucketEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketEncryptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketEncryptionError, []);
/// The errors `GetBucketIntelligentTieringConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketIntelligentTieringConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketIntelligentTieringConfigurationError, []);
/// The errors `GetBucketInventoryConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketInventoryConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketInventoryConfigurationError, []);
/// The errors `GetBucketLifecycle` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketLifecycleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketLifecycleError, []);
/// The errors `GetBucketLifecycleConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketLifecycleConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketLifecycleConfigurationError, []);
/// The errors `GetBucketLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketLocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketLocationError, []);
/// The errors `GetBucketLogging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketLoggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketLoggingError, []);
/// The errors `GetBucketMetadataConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketMetadataConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketMetadataConfigurationError, []);
/// The errors `GetBucketMetadataTableConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketMetadataTableConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketMetadataTableConfigurationError, []);
/// The errors `GetBucketMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketMetricsConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketMetricsConfigurationError, []);
/// The errors `GetBucketNotification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketNotificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketNotificationError, []);
/// The errors `GetBucketNotificationConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketNotificationConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketNotificationConfigurationError, []);
/// The errors `GetBucketOwnershipControls` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketOwnershipControlsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketOwnershipControlsError, []);
/// The errors `GetBucketPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketPolicyError, []);
/// The errors `GetBucketPolicyStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketPolicyStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketPolicyStatusError, []);
/// The errors `GetBucketReplication` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketReplicationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketReplicationError, []);
/// The errors `GetBucketRequestPayment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketRequestPaymentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketRequestPaymentError, []);
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
/// The errors `GetBucketWebsite` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetBucketWebsiteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetBucketWebsiteError, []);
/// The errors `GetObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectError {
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// Object is archived and inaccessible until restored.
    ///
    /// If the object you are retrieving is stored in the S3 Glacier Flexible Retrieval storage class, the S3 Glacier Deep Archive storage class, the S3 Intelligent-Tiering Archive Access tier, or the S3 Intelligent-Tiering Deep Archive Access tier, before you can retrieve the object you must first restore a copy using [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html). Otherwise, this operation returns an `InvalidObjectState` error. For information about restoring archived objects, see [Restoring Archived Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/restoring-objects.html) in the *Amazon S3 User Guide*.
    InvalidObjectState(super::types::InvalidObjectState),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectError, [NoSuchKey, InvalidObjectState]);
/// The errors `GetObjectAcl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectAclError {
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectAclError, [NoSuchKey]);
/// The errors `GetObjectAnnotation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectAnnotationError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// The specified annotation does not exist on this object.
    NoSuchAnnotation(super::types::NoSuchAnnotation),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetObjectAnnotationError, [NoSuchBucket, NoSuchKey, NoSuchAnnotation]
);
/// The errors `GetObjectAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectAttributesError {
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectAttributesError, [NoSuchKey]);
/// The errors `GetObjectLegalHold` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectLegalHoldError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectLegalHoldError, []);
/// The errors `GetObjectLockConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectLockConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectLockConfigurationError, []);
/// The errors `GetObjectRetention` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectRetentionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectRetentionError, []);
/// The errors `GetObjectTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectTaggingError, []);
/// The errors `GetObjectTorrent` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetObjectTorrentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetObjectTorrentError, []);
/// The errors `GetPublicAccessBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPublicAccessBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetPublicAccessBlockError, []);
/// The errors `HeadBucket` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum HeadBucketError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(HeadBucketError, [NoSuchBucket]);
/// The errors `HeadObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum HeadObjectError {
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(HeadObjectError, [NoSuchKey]);
/// The errors `ListBucketAnalyticsConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBucketAnalyticsConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBucketAnalyticsConfigurationsError, []);
/// The errors `ListBucketIntelligentTieringConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBucketIntelligentTieringConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBucketIntelligentTieringConfigurationsError, []);
/// The errors `ListBucketInventoryConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBucketInventoryConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBucketInventoryConfigurationsError, []);
/// The errors `ListBucketMetricsConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBucketMetricsConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBucketMetricsConfigurationsError, []);
/// The errors `ListBuckets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListBucketsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListBucketsError, []);
/// The errors `ListDirectoryBuckets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDirectoryBucketsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListDirectoryBucketsError, []);
/// The errors `ListMultipartUploads` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMultipartUploadsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListMultipartUploadsError, []);
/// The errors `ListObjectAnnotations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListObjectAnnotationsError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// The annotation prefix you provided is invalid.
    InvalidPrefix(super::types::InvalidPrefix),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListObjectAnnotationsError, [NoSuchBucket, NoSuchKey, InvalidPrefix]
);
/// The errors `ListObjectVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListObjectVersionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListObjectVersionsError, []);
/// The errors `ListObjects` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListObjectsError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListObjectsError, [NoSuchBucket]);
/// The errors `ListObjectsV2` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListObjectsV2Error {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListObjectsV2Error, [NoSuchBucket]);
/// The errors `ListParts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPartsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListPartsError, []);
/// The errors `PutBucketAbac` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketAbacError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketAbacError, []);
/// The errors `PutBucketAccelerateConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketAccelerateConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketAccelerateConfigurationError, []);
/// The errors `PutBucketAcl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketAclError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketAclError, []);
/// The errors `PutBucketAnalyticsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketAnalyticsConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketAnalyticsConfigurationError, []);
/// The errors `PutBucketCors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketCorsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketCorsError, []);
/// The errors `PutBucketEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketEncryptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketEncryptionError, []);
/// The errors `PutBucketIntelligentTieringConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketIntelligentTieringConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketIntelligentTieringConfigurationError, []);
/// The errors `PutBucketInventoryConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketInventoryConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketInventoryConfigurationError, []);
/// The errors `PutBucketLifecycle` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketLifecycleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketLifecycleError, []);
/// The errors `PutBucketLifecycleConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketLifecycleConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketLifecycleConfigurationError, []);
/// The errors `PutBucketLogging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketLoggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketLoggingError, []);
/// The errors `PutBucketMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketMetricsConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketMetricsConfigurationError, []);
/// The errors `PutBucketNotification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketNotificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketNotificationError, []);
/// The errors `PutBucketNotificationConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketNotificationConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketNotificationConfigurationError, []);
/// The errors `PutBucketOwnershipControls` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketOwnershipControlsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketOwnershipControlsError, []);
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
/// The errors `PutBucketRequestPayment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketRequestPaymentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketRequestPaymentError, []);
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
/// The errors `PutBucketWebsite` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutBucketWebsiteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutBucketWebsiteError, []);
/// The errors `PutObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectError {
    /// A parameter or header in your request isn't valid. For details, see the description of this API operation.
    InvalidRequest(super::types::InvalidRequest),
    /// The write offset value that you specified does not match the current object size.
    InvalidWriteOffset(super::types::InvalidWriteOffset),
    /// You have attempted to add more parts than the maximum of 10000 that are allowed for this object. You can use the CopyObject operation to copy this object to another and then add more data to the newly copied object.
    TooManyParts(super::types::TooManyParts),
    /// The existing object was created with a different encryption type. Subsequent write requests must include the appropriate encryption parameters in the request or while creating the session.
    EncryptionTypeMismatch(super::types::EncryptionTypeMismatch),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutObjectError, [InvalidRequest, InvalidWriteOffset, TooManyParts,
    EncryptionTypeMismatch]
);
/// The errors `PutObjectAcl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectAclError {
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutObjectAclError, [NoSuchKey]);
/// The errors `PutObjectAnnotation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectAnnotationError {
    /// The specified bucket does not exist.
    NoSuchBucket(super::types::NoSuchBucket),
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// A parameter or header in your request isn't valid. For details, see the description of this API operation.
    InvalidRequest(super::types::InvalidRequest),
    /// The annotation name exceeds 512 bytes.
    AnnotationNameTooLong(super::types::AnnotationNameTooLong),
    /// The request would exceed the maximum number of annotations allowed per object.
    AnnotationLimitExceeded(super::types::AnnotationLimitExceeded),
    /// The annotation name you provided is invalid.
    InvalidAnnotationName(super::types::InvalidAnnotationName),
    /// The annotation payload is not valid UTF-8 encoded text.
    UnsupportedMediaType(super::types::UnsupportedMediaType),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutObjectAnnotationError, [NoSuchBucket, NoSuchKey, InvalidRequest,
    AnnotationNameTooLong, AnnotationLimitExceeded, InvalidAnnotationName,
    UnsupportedMediaType]
);
/// The errors `PutObjectLegalHold` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectLegalHoldError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutObjectLegalHoldError, []);
/// The errors `PutObjectLockConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectLockConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutObjectLockConfigurationError, []);
/// The errors `PutObjectRetention` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectRetentionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutObjectRetentionError, []);
/// The errors `PutObjectTagging` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutObjectTaggingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutObjectTaggingError, []);
/// The errors `PutPublicAccessBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutPublicAccessBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutPublicAccessBlockError, []);
/// The errors `RenameObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RenameObjectError {
    /// Parameters on this idempotent request are inconsistent with parameters used in previous request(s).
    ///
    /// For a list of error codes and more information on Amazon S3 errors, see [Error codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
    ///
    /// Idempotency ensures that an API request completes no more than one time. With an idempotent request, if the original request completes successfully, any subsequent retries complete successfully without performing any further actions.
    IdempotencyParameterMismatch(super::types::IdempotencyParameterMismatch),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RenameObjectError, [IdempotencyParameterMismatch]);
/// The errors `RestoreObject` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreObjectError {
    /// This action is not allowed against this storage tier.
    ObjectAlreadyInActiveTierError(super::types::ObjectAlreadyInActiveTierError),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreObjectError, [ObjectAlreadyInActiveTierError]);
/// The errors `SelectObjectContent` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SelectObjectContentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(SelectObjectContentError, []);
/// The errors `UpdateBucketMetadataAnnotationTableConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateBucketMetadataAnnotationTableConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateBucketMetadataAnnotationTableConfigurationError, []
);
/// The errors `UpdateBucketMetadataInventoryTableConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateBucketMetadataInventoryTableConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateBucketMetadataInventoryTableConfigurationError, []);
/// The errors `UpdateBucketMetadataJournalTableConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateBucketMetadataJournalTableConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateBucketMetadataJournalTableConfigurationError, []);
/// The errors `UpdateObjectEncryption` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateObjectEncryptionError {
    /// The specified key does not exist.
    NoSuchKey(super::types::NoSuchKey),
    /// A parameter or header in your request isn't valid. For details, see the description of this API operation.
    InvalidRequest(super::types::InvalidRequest),
    /// You might receive this error for several reasons. For details, see the description of this API operation.
    AccessDenied(super::types::AccessDenied),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateObjectEncryptionError, [NoSuchKey, InvalidRequest, AccessDenied]
);
/// The errors `UploadPart` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadPartError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UploadPartError, []);
/// The errors `UploadPartCopy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadPartCopyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UploadPartCopyError, []);
/// The errors `WriteGetObjectResponse` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum WriteGetObjectResponseError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(WriteGetObjectResponseError, []);

//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `ActivateKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ActivateKeySigningKeyError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// The specified key-signing key (KSK) doesn't exist.
    NoSuchKeySigningKey(super::types::NoSuchKeySigningKey),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(super::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(super::types::InvalidSigningStatus),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(super::types::InvalidKmsArn),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ActivateKeySigningKeyError, [ConcurrentModification, NoSuchKeySigningKey,
    InvalidKeySigningKeyStatus, InvalidSigningStatus, InvalidKmsArn, InvalidInput]
);
/// The errors `AssociateVPCWithHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateVpcWithHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// Associating the specified VPC with the specified hosted zone has not been authorized.
    NotAuthorizedException(super::types::NotAuthorizedException),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(super::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// You're trying to associate a VPC with a public hosted zone. Amazon Route 53 doesn't support associating a VPC with a public hosted zone.
    PublicZoneVpcAssociation(super::types::PublicZoneVpcAssociation),
    /// The cause of this error depends on the operation that you're performing:
    ///
    /// - **Create a public hosted zone:** Two hosted zones that have the same name or that have a parent/child relationship (example.com and test.example.com) can't have any common name servers. You tried to create a hosted zone that has the same name as an existing hosted zone or that's the parent or child of an existing hosted zone, and you specified a delegation set that shares one or more name servers with the existing hosted zone. For more information, see [CreateReusableDelegationSet](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html).
    ///
    /// - **Create a private hosted zone:** A hosted zone with the specified name already exists and is already associated with the Amazon VPC that you specified.
    ///
    /// - **Associate VPCs with a private hosted zone:** The VPC that you specified is already associated with another hosted zone that has the same name.
    ConflictingDomainExists(super::types::ConflictingDomainExists),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(super::types::LimitsExceeded),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateVpcWithHostedZoneError, [NoSuchHostedZone, NotAuthorizedException,
    InvalidVpcId, InvalidInput, PublicZoneVpcAssociation, ConflictingDomainExists,
    LimitsExceeded, PriorRequestNotComplete]
);
/// The errors `ChangeCidrCollection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeCidrCollectionError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(super::types::NoSuchCidrCollectionException),
    /// The CIDR collection version you provided, doesn't match the one in the `ListCidrCollections` operation.
    CidrCollectionVersionMismatchException(
        super::types::CidrCollectionVersionMismatchException,
    ),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// This CIDR block is already in use.
    CidrBlockInUseException(super::types::CidrBlockInUseException),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(super::types::LimitsExceeded),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeCidrCollectionError, [NoSuchCidrCollectionException,
    CidrCollectionVersionMismatchException, InvalidInput, CidrBlockInUseException,
    LimitsExceeded, ConcurrentModification]
);
/// The errors `ChangeResourceRecordSets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeResourceRecordSetsError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// This exception contains a list of messages that might contain one or more error messages. Each error message indicates one error in the change batch.
    ///
    /// Route 53 also returns this error when the change batch creates, updates, or deletes a resource record set whose name and type have a resource record set protection. To make the change, first delete the protection by using `DeleteResourceRecordSetProtections`.
    InvalidChangeBatch(super::types::InvalidChangeBatch),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeResourceRecordSetsError, [NoSuchHostedZone, NoSuchHealthCheck,
    InvalidChangeBatch, InvalidInput, PriorRequestNotComplete]
);
/// The errors `ChangeTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeTagsForResourceError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// The limit on the number of requests per second was exceeded.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeTagsForResourceError, [InvalidInput, NoSuchHealthCheck, NoSuchHostedZone,
    PriorRequestNotComplete, ThrottlingException]
);
/// The errors `CreateCidrCollection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCidrCollectionError {
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(super::types::LimitsExceeded),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// A CIDR collection with this name and a different caller reference already exists in this account.
    CidrCollectionAlreadyExistsException(
        super::types::CidrCollectionAlreadyExistsException,
    ),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCidrCollectionError, [LimitsExceeded, InvalidInput,
    CidrCollectionAlreadyExistsException, ConcurrentModification]
);
/// The errors `CreateHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateHealthCheckError {
    /// This health check can't be created because the current account has reached the limit on the number of active health checks.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// For information about how to get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html). To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    ///
    /// You have reached the maximum number of active health checks for an Amazon Web Services account. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyHealthChecks(super::types::TooManyHealthChecks),
    /// The health check you're attempting to create already exists. Amazon Route 53 returns this error when you submit a request that has the following values:
    ///
    /// - The same value for `CallerReference` as an existing health check, and one or more values that differ from the existing health check that has the same caller reference.
    ///
    /// - The same value for `CallerReference` as a health check that you created and later deleted, regardless of the other settings in the request.
    HealthCheckAlreadyExists(super::types::HealthCheckAlreadyExists),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateHealthCheckError, [TooManyHealthChecks, HealthCheckAlreadyExists, InvalidInput]
);
/// The errors `CreateHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateHostedZoneError {
    /// The specified domain name is not valid.
    InvalidDomainName(super::types::InvalidDomainName),
    /// The hosted zone you're trying to create already exists. Amazon Route 53 returns this error when a hosted zone has already been created with the specified `CallerReference`.
    HostedZoneAlreadyExists(super::types::HostedZoneAlreadyExists),
    /// This operation can't be completed either because the current account has reached the limit on the number of hosted zones or because you've reached the limit on the number of hosted zones that can be associated with a reusable delegation set.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// To get the current limit on hosted zones that can be created by an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
    ///
    /// To get the current limit on hosted zones that can be associated with a reusable delegation set, see [GetReusableDelegationSetLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetReusableDelegationSetLimit.html).
    ///
    /// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyHostedZones(super::types::TooManyHostedZones),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(super::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// You can create a hosted zone that has the same name as an existing hosted zone (example.com is common), but there is a limit to the number of hosted zones that have the same name. If you get this error, Amazon Route 53 has reached that limit. If you own the domain name and Route 53 generates this error, contact Customer Support.
    DelegationSetNotAvailable(super::types::DelegationSetNotAvailable),
    /// The cause of this error depends on the operation that you're performing:
    ///
    /// - **Create a public hosted zone:** Two hosted zones that have the same name or that have a parent/child relationship (example.com and test.example.com) can't have any common name servers. You tried to create a hosted zone that has the same name as an existing hosted zone or that's the parent or child of an existing hosted zone, and you specified a delegation set that shares one or more name servers with the existing hosted zone. For more information, see [CreateReusableDelegationSet](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html).
    ///
    /// - **Create a private hosted zone:** A hosted zone with the specified name already exists and is already associated with the Amazon VPC that you specified.
    ///
    /// - **Associate VPCs with a private hosted zone:** The VPC that you specified is already associated with another hosted zone that has the same name.
    ConflictingDomainExists(super::types::ConflictingDomainExists),
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(super::types::NoSuchDelegationSet),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(super::types::DelegationSetNotReusable),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateHostedZoneError, [InvalidDomainName, HostedZoneAlreadyExists,
    TooManyHostedZones, InvalidVpcId, InvalidInput, DelegationSetNotAvailable,
    ConflictingDomainExists, NoSuchDelegationSet, DelegationSetNotReusable]
);
/// The errors `CreateKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateKeySigningKeyError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(super::types::InvalidArgument),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(super::types::InvalidKmsArn),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(super::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(super::types::InvalidSigningStatus),
    /// The key-signing key (KSK) name that you specified isn't a valid name.
    InvalidKeySigningKeyName(super::types::InvalidKeySigningKeyName),
    /// You've already created a key-signing key (KSK) with this name or with the same customer managed key ARN.
    KeySigningKeyAlreadyExists(super::types::KeySigningKeyAlreadyExists),
    /// You've reached the limit for the number of key-signing keys (KSKs). Remove at least one KSK, and then try again.
    TooManyKeySigningKeys(super::types::TooManyKeySigningKeys),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateKeySigningKeyError, [NoSuchHostedZone, InvalidArgument, InvalidInput,
    InvalidKmsArn, InvalidKeySigningKeyStatus, InvalidSigningStatus,
    InvalidKeySigningKeyName, KeySigningKeyAlreadyExists, TooManyKeySigningKeys,
    ConcurrentModification]
);
/// The errors `CreateQueryLoggingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateQueryLoggingConfigError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// There is no CloudWatch Logs log group with the specified ARN.
    NoSuchCloudWatchLogsLogGroup(super::types::NoSuchCloudWatchLogsLogGroup),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// You can create only one query logging configuration for a hosted zone, and a query logging configuration already exists for this hosted zone.
    QueryLoggingConfigAlreadyExists(super::types::QueryLoggingConfigAlreadyExists),
    /// Amazon Route 53 doesn't have the permissions required to create log streams and send query logs to log streams. Possible causes include the following:
    ///
    /// - There is no resource policy that specifies the log group ARN in the value for `Resource`.
    ///
    /// - The resource policy that includes the log group ARN in the value for `Resource` doesn't have the necessary permissions.
    ///
    /// - The resource policy hasn't finished propagating yet.
    ///
    /// - The Key management service (KMS) key you specified doesn’t exist or it can’t be used with the log group associated with query log. Update or provide a resource policy to grant permissions for the KMS key.
    ///
    /// - The Key management service (KMS) key you specified is marked as disabled for the log group associated with query log. Update or provide a resource policy to grant permissions for the KMS key.
    InsufficientCloudWatchLogsResourcePolicy(
        super::types::InsufficientCloudWatchLogsResourcePolicy,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateQueryLoggingConfigError, [ConcurrentModification, NoSuchHostedZone,
    NoSuchCloudWatchLogsLogGroup, InvalidInput, QueryLoggingConfigAlreadyExists,
    InsufficientCloudWatchLogsResourcePolicy]
);
/// The errors `CreateResourceRecordSetProtections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateResourceRecordSetProtectionsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// One or more entries in the request couldn't be processed, so Route 53 didn't create or delete any of the protections in the request. The `Errors` element lists the failing entries and the reason that each one failed.
    InvalidResourceRecordSetProtectionBatch(
        super::types::InvalidResourceRecordSetProtectionBatch,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// A protection already exists for every name and type in the request, so Route 53 didn't create any protections. The `Errors` element lists each entry.
    ProtectionAlreadyExists(super::types::ProtectionAlreadyExists),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(super::types::LimitsExceeded),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateResourceRecordSetProtectionsError, [InvalidInput,
    InvalidResourceRecordSetProtectionBatch, NoSuchHostedZone, ProtectionAlreadyExists,
    LimitsExceeded, PriorRequestNotComplete]
);
/// The errors `CreateReusableDelegationSet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateReusableDelegationSetError {
    /// A delegation set with the same owner and caller reference combination has already been created.
    DelegationSetAlreadyCreated(super::types::DelegationSetAlreadyCreated),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(super::types::LimitsExceeded),
    /// The specified HostedZone can't be found.
    HostedZoneNotFound(super::types::HostedZoneNotFound),
    /// Parameter name is not valid.
    InvalidArgument(super::types::InvalidArgument),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// You can create a hosted zone that has the same name as an existing hosted zone (example.com is common), but there is a limit to the number of hosted zones that have the same name. If you get this error, Amazon Route 53 has reached that limit. If you own the domain name and Route 53 generates this error, contact Customer Support.
    DelegationSetNotAvailable(super::types::DelegationSetNotAvailable),
    /// The specified delegation set has already been marked as reusable.
    DelegationSetAlreadyReusable(super::types::DelegationSetAlreadyReusable),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateReusableDelegationSetError, [DelegationSetAlreadyCreated, LimitsExceeded,
    HostedZoneNotFound, InvalidArgument, InvalidInput, DelegationSetNotAvailable,
    DelegationSetAlreadyReusable]
);
/// The errors `CreateTrafficPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficPolicyError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// This traffic policy can't be created because the current account has reached the limit on the number of traffic policies.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// To get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
    ///
    /// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyTrafficPolicies(super::types::TooManyTrafficPolicies),
    /// A traffic policy that has the same value for `Name` already exists.
    TrafficPolicyAlreadyExists(super::types::TrafficPolicyAlreadyExists),
    /// The format of the traffic policy document that you specified in the `Document` element is not valid.
    InvalidTrafficPolicyDocument(super::types::InvalidTrafficPolicyDocument),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTrafficPolicyError, [InvalidInput, TooManyTrafficPolicies,
    TrafficPolicyAlreadyExists, InvalidTrafficPolicyDocument]
);
/// The errors `CreateTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficPolicyInstanceError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// This traffic policy instance can't be created because the current account has reached the limit on the number of traffic policy instances.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// For information about how to get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
    ///
    /// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyTrafficPolicyInstances(super::types::TooManyTrafficPolicyInstances),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// There is already a traffic policy instance with the specified ID.
    TrafficPolicyInstanceAlreadyExists(super::types::TrafficPolicyInstanceAlreadyExists),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTrafficPolicyInstanceError, [NoSuchHostedZone, InvalidInput,
    TooManyTrafficPolicyInstances, NoSuchTrafficPolicy,
    TrafficPolicyInstanceAlreadyExists]
);
/// The errors `CreateTrafficPolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficPolicyVersionError {
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// This traffic policy version can't be created because you've reached the limit of 1000 on the number of versions that you can create for the current traffic policy.
    ///
    /// To create more traffic policy versions, you can use [GetTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetTrafficPolicy.html) to get the traffic policy document for a specified traffic policy version, and then use [CreateTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicy.html) to create a new traffic policy using the traffic policy document.
    TooManyTrafficPolicyVersionsForCurrentPolicy(
        super::types::TooManyTrafficPolicyVersionsForCurrentPolicy,
    ),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// The format of the traffic policy document that you specified in the `Document` element is not valid.
    InvalidTrafficPolicyDocument(super::types::InvalidTrafficPolicyDocument),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTrafficPolicyVersionError, [NoSuchTrafficPolicy, InvalidInput,
    TooManyTrafficPolicyVersionsForCurrentPolicy, ConcurrentModification,
    InvalidTrafficPolicyDocument]
);
/// The errors `CreateVPCAssociationAuthorization` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcAssociationAuthorizationError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// You've created the maximum number of authorizations that can be created for the specified hosted zone. To authorize another VPC to be associated with the hosted zone, submit a `DeleteVPCAssociationAuthorization` request to remove an existing authorization. To get a list of existing authorizations, submit a `ListVPCAssociationAuthorizations` request.
    TooManyVpcAssociationAuthorizations(
        super::types::TooManyVpcAssociationAuthorizations,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(super::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateVpcAssociationAuthorizationError, [ConcurrentModification,
    TooManyVpcAssociationAuthorizations, NoSuchHostedZone, InvalidVpcId, InvalidInput]
);
/// The errors `DeactivateKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeactivateKeySigningKeyError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// The specified key-signing key (KSK) doesn't exist.
    NoSuchKeySigningKey(super::types::NoSuchKeySigningKey),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(super::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(super::types::InvalidSigningStatus),
    /// The key-signing key (KSK) that you specified can't be deactivated because it's the only KSK for a currently-enabled DNSSEC. Disable DNSSEC signing, or add or enable another KSK.
    KeySigningKeyInUse(super::types::KeySigningKeyInUse),
    /// The key-signing key (KSK) is specified in a parent DS record.
    KeySigningKeyInParentDsRecord(super::types::KeySigningKeyInParentDsRecord),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeactivateKeySigningKeyError, [ConcurrentModification, NoSuchKeySigningKey,
    InvalidKeySigningKeyStatus, InvalidSigningStatus, KeySigningKeyInUse,
    KeySigningKeyInParentDsRecord, InvalidInput]
);
/// The errors `DeleteCidrCollection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCidrCollectionError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(super::types::NoSuchCidrCollectionException),
    /// This CIDR collection is in use, and isn't empty.
    CidrCollectionInUseException(super::types::CidrCollectionInUseException),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCidrCollectionError, [NoSuchCidrCollectionException,
    CidrCollectionInUseException, InvalidInput, ConcurrentModification]
);
/// The errors `DeleteHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteHealthCheckError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// This error code is not in use.
    HealthCheckInUse(super::types::HealthCheckInUse),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteHealthCheckError, [NoSuchHealthCheck, HealthCheckInUse, InvalidInput]
);
/// The errors `DeleteHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The hosted zone contains resource records that are not SOA or NS records.
    HostedZoneNotEmpty(super::types::HostedZoneNotEmpty),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The specified domain name is not valid.
    InvalidDomainName(super::types::InvalidDomainName),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteHostedZoneError, [NoSuchHostedZone, HostedZoneNotEmpty,
    PriorRequestNotComplete, InvalidInput, InvalidDomainName]
);
/// The errors `DeleteKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteKeySigningKeyError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// The specified key-signing key (KSK) doesn't exist.
    NoSuchKeySigningKey(super::types::NoSuchKeySigningKey),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(super::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(super::types::InvalidSigningStatus),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(super::types::InvalidKmsArn),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteKeySigningKeyError, [ConcurrentModification, NoSuchKeySigningKey,
    InvalidKeySigningKeyStatus, InvalidSigningStatus, InvalidKmsArn, InvalidInput]
);
/// The errors `DeleteQueryLoggingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueryLoggingConfigError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// There is no DNS query logging configuration with the specified ID.
    NoSuchQueryLoggingConfig(super::types::NoSuchQueryLoggingConfig),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueryLoggingConfigError, [ConcurrentModification, NoSuchQueryLoggingConfig,
    InvalidInput]
);
/// The errors `DeleteResourceRecordSetProtections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourceRecordSetProtectionsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// One or more entries in the request couldn't be processed, so Route 53 didn't create or delete any of the protections in the request. The `Errors` element lists the failing entries and the reason that each one failed.
    InvalidResourceRecordSetProtectionBatch(
        super::types::InvalidResourceRecordSetProtectionBatch,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourceRecordSetProtectionsError, [InvalidInput,
    InvalidResourceRecordSetProtectionBatch, NoSuchHostedZone, PriorRequestNotComplete]
);
/// The errors `DeleteReusableDelegationSet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteReusableDelegationSetError {
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(super::types::NoSuchDelegationSet),
    /// The specified delegation contains associated hosted zones which must be deleted before the reusable delegation set can be deleted.
    DelegationSetInUse(super::types::DelegationSetInUse),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(super::types::DelegationSetNotReusable),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteReusableDelegationSetError, [NoSuchDelegationSet, DelegationSetInUse,
    DelegationSetNotReusable, InvalidInput]
);
/// The errors `DeleteTrafficPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficPolicyError {
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// One or more traffic policy instances were created by using the specified traffic policy.
    TrafficPolicyInUse(super::types::TrafficPolicyInUse),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTrafficPolicyError, [NoSuchTrafficPolicy, InvalidInput, TrafficPolicyInUse,
    ConcurrentModification]
);
/// The errors `DeleteTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficPolicyInstanceError {
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(super::types::NoSuchTrafficPolicyInstance),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTrafficPolicyInstanceError, [NoSuchTrafficPolicyInstance, InvalidInput,
    PriorRequestNotComplete]
);
/// The errors `DeleteVPCAssociationAuthorization` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcAssociationAuthorizationError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// The VPC that you specified is not authorized to be associated with the hosted zone.
    VpcAssociationAuthorizationNotFound(
        super::types::VpcAssociationAuthorizationNotFound,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(super::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteVpcAssociationAuthorizationError, [ConcurrentModification,
    VpcAssociationAuthorizationNotFound, NoSuchHostedZone, InvalidVpcId, InvalidInput]
);
/// The errors `DisableHostedZoneDNSSEC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableHostedZoneDnssecError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(super::types::InvalidArgument),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// The key-signing key (KSK) is specified in a parent DS record.
    KeySigningKeyInParentDsRecord(super::types::KeySigningKeyInParentDsRecord),
    /// The hosted zone doesn't have any DNSSEC resources.
    DnssecNotFound(super::types::DnssecNotFound),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(super::types::InvalidKeySigningKeyStatus),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(super::types::InvalidKmsArn),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableHostedZoneDnssecError, [NoSuchHostedZone, InvalidArgument,
    ConcurrentModification, KeySigningKeyInParentDsRecord, DnssecNotFound,
    InvalidKeySigningKeyStatus, InvalidKmsArn, InvalidInput]
);
/// The errors `DisassociateVPCFromHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateVpcFromHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(super::types::InvalidVpcId),
    /// The specified VPC and hosted zone are not currently associated.
    VpcAssociationNotFound(super::types::VpcAssociationNotFound),
    /// The VPC that you're trying to disassociate from the private hosted zone is the last VPC that is associated with the hosted zone. Amazon Route 53 doesn't support disassociating the last VPC from a hosted zone.
    LastVpcAssociation(super::types::LastVpcAssociation),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateVpcFromHostedZoneError, [NoSuchHostedZone, InvalidVpcId,
    VpcAssociationNotFound, LastVpcAssociation, InvalidInput]
);
/// The errors `EnableHostedZoneDNSSEC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableHostedZoneDnssecError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(super::types::InvalidArgument),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// A key-signing key (KSK) with `ACTIVE` status wasn't found.
    KeySigningKeyWithActiveStatusNotFound(
        super::types::KeySigningKeyWithActiveStatusNotFound,
    ),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(super::types::InvalidKmsArn),
    /// The hosted zone nameservers don't match the parent nameservers. The hosted zone and parent must have the same nameservers.
    HostedZonePartiallyDelegated(super::types::HostedZonePartiallyDelegated),
    /// The hosted zone doesn't have any DNSSEC resources.
    DnssecNotFound(super::types::DnssecNotFound),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(super::types::InvalidKeySigningKeyStatus),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableHostedZoneDnssecError, [NoSuchHostedZone, InvalidArgument,
    ConcurrentModification, KeySigningKeyWithActiveStatusNotFound, InvalidKmsArn,
    HostedZonePartiallyDelegated, DnssecNotFound, InvalidKeySigningKeyStatus,
    InvalidInput]
);
/// The errors `GetAccountLimit` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountLimitError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccountLimitError, [InvalidInput]);
/// The errors `GetChange` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetChangeError {
    /// A change with the specified change ID does not exist.
    NoSuchChange(super::types::NoSuchChange),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetChangeError, [NoSuchChange, InvalidInput]);
/// The errors `GetCheckerIpRanges` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCheckerIpRangesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCheckerIpRangesError, []);
/// The errors `GetDNSSEC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDnssecError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(super::types::InvalidArgument),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDnssecError, [NoSuchHostedZone, InvalidArgument, InvalidInput]
);
/// The errors `GetGeoLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGeoLocationError {
    /// Amazon Route 53 doesn't support the specified geographic location. For a list of supported geolocation codes, see the [GeoLocation](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoLocation.html) data type.
    NoSuchGeoLocation(super::types::NoSuchGeoLocation),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetGeoLocationError, [NoSuchGeoLocation, InvalidInput]);
/// The errors `GetHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The resource you're trying to access is unsupported on this Amazon Route 53 endpoint.
    IncompatibleVersion(super::types::IncompatibleVersion),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHealthCheckError, [NoSuchHealthCheck, InvalidInput, IncompatibleVersion]
);
/// The errors `GetHealthCheckCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckCountError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetHealthCheckCountError, []);
/// The errors `GetHealthCheckLastFailureReason` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckLastFailureReasonError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHealthCheckLastFailureReasonError, [NoSuchHealthCheck, InvalidInput]
);
/// The errors `GetHealthCheckStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckStatusError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHealthCheckStatusError, [NoSuchHealthCheck, InvalidInput]
);
/// The errors `GetHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetHostedZoneError, [NoSuchHostedZone, InvalidInput]);
/// The errors `GetHostedZoneCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostedZoneCountError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetHostedZoneCountError, [InvalidInput]);
/// The errors `GetHostedZoneLimit` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostedZoneLimitError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The specified hosted zone is a public hosted zone, not a private hosted zone.
    HostedZoneNotPrivate(super::types::HostedZoneNotPrivate),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHostedZoneLimitError, [NoSuchHostedZone, InvalidInput, HostedZoneNotPrivate]
);
/// The errors `GetQueryLoggingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueryLoggingConfigError {
    /// There is no DNS query logging configuration with the specified ID.
    NoSuchQueryLoggingConfig(super::types::NoSuchQueryLoggingConfig),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueryLoggingConfigError, [NoSuchQueryLoggingConfig, InvalidInput]
);
/// The errors `GetReusableDelegationSet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetReusableDelegationSetError {
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(super::types::NoSuchDelegationSet),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(super::types::DelegationSetNotReusable),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetReusableDelegationSetError, [NoSuchDelegationSet, DelegationSetNotReusable,
    InvalidInput]
);
/// The errors `GetReusableDelegationSetLimit` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetReusableDelegationSetLimitError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(super::types::NoSuchDelegationSet),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetReusableDelegationSetLimitError, [InvalidInput, NoSuchDelegationSet]
);
/// The errors `GetTrafficPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTrafficPolicyError {
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTrafficPolicyError, [NoSuchTrafficPolicy, InvalidInput]
);
/// The errors `GetTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTrafficPolicyInstanceError {
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(super::types::NoSuchTrafficPolicyInstance),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTrafficPolicyInstanceError, [NoSuchTrafficPolicyInstance, InvalidInput]
);
/// The errors `GetTrafficPolicyInstanceCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTrafficPolicyInstanceCountError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTrafficPolicyInstanceCountError, []);
/// The errors `ListCidrBlocks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCidrBlocksError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(super::types::NoSuchCidrCollectionException),
    /// The CIDR collection location doesn't match any locations in your account.
    NoSuchCidrLocationException(super::types::NoSuchCidrLocationException),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCidrBlocksError, [NoSuchCidrCollectionException, NoSuchCidrLocationException,
    InvalidInput]
);
/// The errors `ListCidrCollections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCidrCollectionsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListCidrCollectionsError, [InvalidInput]);
/// The errors `ListCidrLocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCidrLocationsError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(super::types::NoSuchCidrCollectionException),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCidrLocationsError, [NoSuchCidrCollectionException, InvalidInput]
);
/// The errors `ListGeoLocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGeoLocationsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListGeoLocationsError, [InvalidInput]);
/// The errors `ListHealthChecks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHealthChecksError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The resource you're trying to access is unsupported on this Amazon Route 53 endpoint.
    IncompatibleVersion(super::types::IncompatibleVersion),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHealthChecksError, [InvalidInput, IncompatibleVersion]
);
/// The errors `ListHostedZones` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHostedZonesError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(super::types::NoSuchDelegationSet),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(super::types::DelegationSetNotReusable),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHostedZonesError, [InvalidInput, NoSuchDelegationSet, DelegationSetNotReusable]
);
/// The errors `ListHostedZonesByName` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHostedZonesByNameError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The specified domain name is not valid.
    InvalidDomainName(super::types::InvalidDomainName),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHostedZonesByNameError, [InvalidInput, InvalidDomainName]
);
/// The errors `ListHostedZonesByVPC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHostedZonesByVpcError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(super::types::InvalidPaginationToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHostedZonesByVpcError, [InvalidInput, InvalidPaginationToken]
);
/// The errors `ListQueryLoggingConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListQueryLoggingConfigsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(super::types::InvalidPaginationToken),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueryLoggingConfigsError, [InvalidInput, InvalidPaginationToken,
    NoSuchHostedZone]
);
/// The errors `ListResourceRecordSetProtections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourceRecordSetProtectionsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(super::types::InvalidPaginationToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourceRecordSetProtectionsError, [InvalidInput, NoSuchHostedZone,
    InvalidPaginationToken]
);
/// The errors `ListResourceRecordSets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourceRecordSetsError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourceRecordSetsError, [NoSuchHostedZone, InvalidInput]
);
/// The errors `ListReusableDelegationSets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListReusableDelegationSetsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListReusableDelegationSetsError, [InvalidInput]);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// The limit on the number of requests per second was exceeded.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, [InvalidInput, NoSuchHealthCheck, NoSuchHostedZone,
    PriorRequestNotComplete, ThrottlingException]
);
/// The errors `ListTagsForResources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourcesError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// The limit on the number of requests per second was exceeded.
    ThrottlingException(super::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourcesError, [InvalidInput, NoSuchHealthCheck, NoSuchHostedZone,
    PriorRequestNotComplete, ThrottlingException]
);
/// The errors `ListTrafficPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPoliciesError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListTrafficPoliciesError, [InvalidInput]);
/// The errors `ListTrafficPolicyInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyInstancesError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(super::types::NoSuchTrafficPolicyInstance),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyInstancesError, [InvalidInput, NoSuchTrafficPolicyInstance]
);
/// The errors `ListTrafficPolicyInstancesByHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyInstancesByHostedZoneError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(super::types::NoSuchTrafficPolicyInstance),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyInstancesByHostedZoneError, [InvalidInput,
    NoSuchTrafficPolicyInstance, NoSuchHostedZone]
);
/// The errors `ListTrafficPolicyInstancesByPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyInstancesByPolicyError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(super::types::NoSuchTrafficPolicyInstance),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyInstancesByPolicyError, [InvalidInput, NoSuchTrafficPolicyInstance,
    NoSuchTrafficPolicy]
);
/// The errors `ListTrafficPolicyVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyVersionsError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyVersionsError, [InvalidInput, NoSuchTrafficPolicy]
);
/// The errors `ListVPCAssociationAuthorizations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVpcAssociationAuthorizationsError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(super::types::InvalidPaginationToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListVpcAssociationAuthorizationsError, [NoSuchHostedZone, InvalidInput,
    InvalidPaginationToken]
);
/// The errors `TestDNSAnswer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestDnsAnswerError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(TestDnsAnswerError, [NoSuchHostedZone, InvalidInput]);
/// The errors `UpdateHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateHealthCheckError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(super::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// The value of `HealthCheckVersion` in the request doesn't match the value of `HealthCheckVersion` in the health check.
    HealthCheckVersionMismatch(super::types::HealthCheckVersionMismatch),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateHealthCheckError, [NoSuchHealthCheck, InvalidInput, HealthCheckVersionMismatch]
);
/// The errors `UpdateHostedZoneComment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateHostedZoneCommentError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateHostedZoneCommentError, [NoSuchHostedZone, InvalidInput,
    PriorRequestNotComplete]
);
/// The errors `UpdateHostedZoneFeatures` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateHostedZoneFeaturesError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(super::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(super::types::LimitsExceeded),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateHostedZoneFeaturesError, [NoSuchHostedZone, InvalidInput,
    PriorRequestNotComplete, LimitsExceeded]
);
/// The errors `UpdateTrafficPolicyComment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTrafficPolicyCommentError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(super::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTrafficPolicyCommentError, [InvalidInput, NoSuchTrafficPolicy,
    ConcurrentModification]
);
/// The errors `UpdateTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTrafficPolicyInstanceError {
    /// The input is not valid.
    InvalidInput(super::types::InvalidInput),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(super::types::NoSuchTrafficPolicy),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(super::types::NoSuchTrafficPolicyInstance),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(super::types::PriorRequestNotComplete),
    /// You tried to update a traffic policy instance by using a traffic policy version that has a different DNS type than the current type for the instance. You specified the type in the JSON document in the `CreateTrafficPolicy` or `CreateTrafficPolicyVersion`request.
    ConflictingTypes(super::types::ConflictingTypes),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTrafficPolicyInstanceError, [InvalidInput, NoSuchTrafficPolicy,
    NoSuchTrafficPolicyInstance, PriorRequestNotComplete, ConflictingTypes]
);

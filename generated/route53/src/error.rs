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
    ConcurrentModification(crate::types::ConcurrentModification),
    /// The specified key-signing key (KSK) doesn't exist.
    NoSuchKeySigningKey(crate::types::NoSuchKeySigningKey),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(crate::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(crate::types::InvalidSigningStatus),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(crate::types::InvalidKmsArn),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ActivateKeySigningKeyError, { 0 => ConcurrentModification, 1 => NoSuchKeySigningKey,
    2 => InvalidKeySigningKeyStatus, 3 => InvalidSigningStatus, 4 => InvalidKmsArn, 5 =>
    InvalidInput }
);
/// The errors `AssociateVPCWithHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateVpcWithHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// Associating the specified VPC with the specified hosted zone has not been authorized.
    NotAuthorizedException(crate::types::NotAuthorizedException),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(crate::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// You're trying to associate a VPC with a public hosted zone. Amazon Route 53 doesn't support associating a VPC with a public hosted zone.
    PublicZoneVpcAssociation(crate::types::PublicZoneVpcAssociation),
    /// The cause of this error depends on the operation that you're performing:
    ///
    /// - **Create a public hosted zone:** Two hosted zones that have the same name or that have a parent/child relationship (example.com and test.example.com) can't have any common name servers. You tried to create a hosted zone that has the same name as an existing hosted zone or that's the parent or child of an existing hosted zone, and you specified a delegation set that shares one or more name servers with the existing hosted zone. For more information, see [CreateReusableDelegationSet](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html).
    ///
    /// - **Create a private hosted zone:** A hosted zone with the specified name already exists and is already associated with the Amazon VPC that you specified.
    ///
    /// - **Associate VPCs with a private hosted zone:** The VPC that you specified is already associated with another hosted zone that has the same name.
    ConflictingDomainExists(crate::types::ConflictingDomainExists),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(crate::types::LimitsExceeded),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateVpcWithHostedZoneError, { 0 => NoSuchHostedZone, 1 =>
    NotAuthorizedException, 2 => InvalidVpcId, 3 => InvalidInput, 4 =>
    PublicZoneVpcAssociation, 5 => ConflictingDomainExists, 6 => LimitsExceeded, 7 =>
    PriorRequestNotComplete }
);
/// The errors `ChangeCidrCollection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeCidrCollectionError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(crate::types::NoSuchCidrCollectionException),
    /// The CIDR collection version you provided, doesn't match the one in the `ListCidrCollections` operation.
    CidrCollectionVersionMismatchException(
        crate::types::CidrCollectionVersionMismatchException,
    ),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// This CIDR block is already in use.
    CidrBlockInUseException(crate::types::CidrBlockInUseException),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(crate::types::LimitsExceeded),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeCidrCollectionError, { 0 => NoSuchCidrCollectionException, 1 =>
    CidrCollectionVersionMismatchException, 2 => InvalidInput, 3 =>
    CidrBlockInUseException, 4 => LimitsExceeded, 5 => ConcurrentModification }
);
/// The errors `ChangeResourceRecordSets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeResourceRecordSetsError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// This exception contains a list of messages that might contain one or more error messages. Each error message indicates one error in the change batch.
    ///
    /// Route 53 also returns this error when the change batch creates, updates, or deletes a resource record set whose name and type have a resource record set protection. To make the change, first delete the protection by using `DeleteResourceRecordSetProtections`.
    InvalidChangeBatch(crate::types::InvalidChangeBatch),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeResourceRecordSetsError, { 0 => NoSuchHostedZone, 1 => NoSuchHealthCheck, 2 =>
    InvalidChangeBatch, 3 => InvalidInput, 4 => PriorRequestNotComplete }
);
/// The errors `ChangeTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ChangeTagsForResourceError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// The limit on the number of requests per second was exceeded.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ChangeTagsForResourceError, { 0 => InvalidInput, 1 => NoSuchHealthCheck, 2 =>
    NoSuchHostedZone, 3 => PriorRequestNotComplete, 4 => ThrottlingException }
);
/// The errors `CreateCidrCollection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCidrCollectionError {
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(crate::types::LimitsExceeded),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// A CIDR collection with this name and a different caller reference already exists in this account.
    CidrCollectionAlreadyExistsException(
        crate::types::CidrCollectionAlreadyExistsException,
    ),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCidrCollectionError, { 0 => LimitsExceeded, 1 => InvalidInput, 2 =>
    CidrCollectionAlreadyExistsException, 3 => ConcurrentModification }
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
    TooManyHealthChecks(crate::types::TooManyHealthChecks),
    /// The health check you're attempting to create already exists. Amazon Route 53 returns this error when you submit a request that has the following values:
    ///
    /// - The same value for `CallerReference` as an existing health check, and one or more values that differ from the existing health check that has the same caller reference.
    ///
    /// - The same value for `CallerReference` as a health check that you created and later deleted, regardless of the other settings in the request.
    HealthCheckAlreadyExists(crate::types::HealthCheckAlreadyExists),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateHealthCheckError, { 0 => TooManyHealthChecks, 1 => HealthCheckAlreadyExists, 2
    => InvalidInput }
);
/// The errors `CreateHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateHostedZoneError {
    /// The specified domain name is not valid.
    InvalidDomainName(crate::types::InvalidDomainName),
    /// The hosted zone you're trying to create already exists. Amazon Route 53 returns this error when a hosted zone has already been created with the specified `CallerReference`.
    HostedZoneAlreadyExists(crate::types::HostedZoneAlreadyExists),
    /// This operation can't be completed either because the current account has reached the limit on the number of hosted zones or because you've reached the limit on the number of hosted zones that can be associated with a reusable delegation set.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// To get the current limit on hosted zones that can be created by an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
    ///
    /// To get the current limit on hosted zones that can be associated with a reusable delegation set, see [GetReusableDelegationSetLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetReusableDelegationSetLimit.html).
    ///
    /// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyHostedZones(crate::types::TooManyHostedZones),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(crate::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// You can create a hosted zone that has the same name as an existing hosted zone (example.com is common), but there is a limit to the number of hosted zones that have the same name. If you get this error, Amazon Route 53 has reached that limit. If you own the domain name and Route 53 generates this error, contact Customer Support.
    DelegationSetNotAvailable(crate::types::DelegationSetNotAvailable),
    /// The cause of this error depends on the operation that you're performing:
    ///
    /// - **Create a public hosted zone:** Two hosted zones that have the same name or that have a parent/child relationship (example.com and test.example.com) can't have any common name servers. You tried to create a hosted zone that has the same name as an existing hosted zone or that's the parent or child of an existing hosted zone, and you specified a delegation set that shares one or more name servers with the existing hosted zone. For more information, see [CreateReusableDelegationSet](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html).
    ///
    /// - **Create a private hosted zone:** A hosted zone with the specified name already exists and is already associated with the Amazon VPC that you specified.
    ///
    /// - **Associate VPCs with a private hosted zone:** The VPC that you specified is already associated with another hosted zone that has the same name.
    ConflictingDomainExists(crate::types::ConflictingDomainExists),
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(crate::types::NoSuchDelegationSet),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(crate::types::DelegationSetNotReusable),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateHostedZoneError, { 0 => InvalidDomainName, 1 => HostedZoneAlreadyExists, 2 =>
    TooManyHostedZones, 3 => InvalidVpcId, 4 => InvalidInput, 5 =>
    DelegationSetNotAvailable, 6 => ConflictingDomainExists, 7 => NoSuchDelegationSet, 8
    => DelegationSetNotReusable }
);
/// The errors `CreateKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateKeySigningKeyError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(crate::types::InvalidArgument),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(crate::types::InvalidKmsArn),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(crate::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(crate::types::InvalidSigningStatus),
    /// The key-signing key (KSK) name that you specified isn't a valid name.
    InvalidKeySigningKeyName(crate::types::InvalidKeySigningKeyName),
    /// You've already created a key-signing key (KSK) with this name or with the same customer managed key ARN.
    KeySigningKeyAlreadyExists(crate::types::KeySigningKeyAlreadyExists),
    /// You've reached the limit for the number of key-signing keys (KSKs). Remove at least one KSK, and then try again.
    TooManyKeySigningKeys(crate::types::TooManyKeySigningKeys),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateKeySigningKeyError, { 0 => NoSuchHostedZone, 1 => InvalidArgument, 2 =>
    InvalidInput, 3 => InvalidKmsArn, 4 => InvalidKeySigningKeyStatus, 5 =>
    InvalidSigningStatus, 6 => InvalidKeySigningKeyName, 7 => KeySigningKeyAlreadyExists,
    8 => TooManyKeySigningKeys, 9 => ConcurrentModification }
);
/// The errors `CreateQueryLoggingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateQueryLoggingConfigError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// There is no CloudWatch Logs log group with the specified ARN.
    NoSuchCloudWatchLogsLogGroup(crate::types::NoSuchCloudWatchLogsLogGroup),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// You can create only one query logging configuration for a hosted zone, and a query logging configuration already exists for this hosted zone.
    QueryLoggingConfigAlreadyExists(crate::types::QueryLoggingConfigAlreadyExists),
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
        crate::types::InsufficientCloudWatchLogsResourcePolicy,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateQueryLoggingConfigError, { 0 => ConcurrentModification, 1 => NoSuchHostedZone,
    2 => NoSuchCloudWatchLogsLogGroup, 3 => InvalidInput, 4 =>
    QueryLoggingConfigAlreadyExists, 5 => InsufficientCloudWatchLogsResourcePolicy }
);
/// The errors `CreateResourceRecordSetProtections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateResourceRecordSetProtectionsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// One or more entries in the request couldn't be processed, so Route 53 didn't create or delete any of the protections in the request. The `Errors` element lists the failing entries and the reason that each one failed.
    InvalidResourceRecordSetProtectionBatch(
        crate::types::InvalidResourceRecordSetProtectionBatch,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// A protection already exists for every name and type in the request, so Route 53 didn't create any protections. The `Errors` element lists each entry.
    ProtectionAlreadyExists(crate::types::ProtectionAlreadyExists),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(crate::types::LimitsExceeded),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateResourceRecordSetProtectionsError, { 0 => InvalidInput, 1 =>
    InvalidResourceRecordSetProtectionBatch, 2 => NoSuchHostedZone, 3 =>
    ProtectionAlreadyExists, 4 => LimitsExceeded, 5 => PriorRequestNotComplete }
);
/// The errors `CreateReusableDelegationSet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateReusableDelegationSetError {
    /// A delegation set with the same owner and caller reference combination has already been created.
    DelegationSetAlreadyCreated(crate::types::DelegationSetAlreadyCreated),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(crate::types::LimitsExceeded),
    /// The specified HostedZone can't be found.
    HostedZoneNotFound(crate::types::HostedZoneNotFound),
    /// Parameter name is not valid.
    InvalidArgument(crate::types::InvalidArgument),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// You can create a hosted zone that has the same name as an existing hosted zone (example.com is common), but there is a limit to the number of hosted zones that have the same name. If you get this error, Amazon Route 53 has reached that limit. If you own the domain name and Route 53 generates this error, contact Customer Support.
    DelegationSetNotAvailable(crate::types::DelegationSetNotAvailable),
    /// The specified delegation set has already been marked as reusable.
    DelegationSetAlreadyReusable(crate::types::DelegationSetAlreadyReusable),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateReusableDelegationSetError, { 0 => DelegationSetAlreadyCreated, 1 =>
    LimitsExceeded, 2 => HostedZoneNotFound, 3 => InvalidArgument, 4 => InvalidInput, 5
    => DelegationSetNotAvailable, 6 => DelegationSetAlreadyReusable }
);
/// The errors `CreateTrafficPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficPolicyError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// This traffic policy can't be created because the current account has reached the limit on the number of traffic policies.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// To get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
    ///
    /// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyTrafficPolicies(crate::types::TooManyTrafficPolicies),
    /// A traffic policy that has the same value for `Name` already exists.
    TrafficPolicyAlreadyExists(crate::types::TrafficPolicyAlreadyExists),
    /// The format of the traffic policy document that you specified in the `Document` element is not valid.
    InvalidTrafficPolicyDocument(crate::types::InvalidTrafficPolicyDocument),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTrafficPolicyError, { 0 => InvalidInput, 1 => TooManyTrafficPolicies, 2 =>
    TrafficPolicyAlreadyExists, 3 => InvalidTrafficPolicyDocument }
);
/// The errors `CreateTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficPolicyInstanceError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// This traffic policy instance can't be created because the current account has reached the limit on the number of traffic policy instances.
    ///
    /// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// For information about how to get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
    ///
    /// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    TooManyTrafficPolicyInstances(crate::types::TooManyTrafficPolicyInstances),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// There is already a traffic policy instance with the specified ID.
    TrafficPolicyInstanceAlreadyExists(crate::types::TrafficPolicyInstanceAlreadyExists),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTrafficPolicyInstanceError, { 0 => NoSuchHostedZone, 1 => InvalidInput, 2 =>
    TooManyTrafficPolicyInstances, 3 => NoSuchTrafficPolicy, 4 =>
    TrafficPolicyInstanceAlreadyExists }
);
/// The errors `CreateTrafficPolicyVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficPolicyVersionError {
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// This traffic policy version can't be created because you've reached the limit of 1000 on the number of versions that you can create for the current traffic policy.
    ///
    /// To create more traffic policy versions, you can use [GetTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetTrafficPolicy.html) to get the traffic policy document for a specified traffic policy version, and then use [CreateTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicy.html) to create a new traffic policy using the traffic policy document.
    TooManyTrafficPolicyVersionsForCurrentPolicy(
        crate::types::TooManyTrafficPolicyVersionsForCurrentPolicy,
    ),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// The format of the traffic policy document that you specified in the `Document` element is not valid.
    InvalidTrafficPolicyDocument(crate::types::InvalidTrafficPolicyDocument),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateTrafficPolicyVersionError, { 0 => NoSuchTrafficPolicy, 1 => InvalidInput, 2 =>
    TooManyTrafficPolicyVersionsForCurrentPolicy, 3 => ConcurrentModification, 4 =>
    InvalidTrafficPolicyDocument }
);
/// The errors `CreateVPCAssociationAuthorization` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcAssociationAuthorizationError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// You've created the maximum number of authorizations that can be created for the specified hosted zone. To authorize another VPC to be associated with the hosted zone, submit a `DeleteVPCAssociationAuthorization` request to remove an existing authorization. To get a list of existing authorizations, submit a `ListVPCAssociationAuthorizations` request.
    TooManyVpcAssociationAuthorizations(
        crate::types::TooManyVpcAssociationAuthorizations,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(crate::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateVpcAssociationAuthorizationError, { 0 => ConcurrentModification, 1 =>
    TooManyVpcAssociationAuthorizations, 2 => NoSuchHostedZone, 3 => InvalidVpcId, 4 =>
    InvalidInput }
);
/// The errors `DeactivateKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeactivateKeySigningKeyError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// The specified key-signing key (KSK) doesn't exist.
    NoSuchKeySigningKey(crate::types::NoSuchKeySigningKey),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(crate::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(crate::types::InvalidSigningStatus),
    /// The key-signing key (KSK) that you specified can't be deactivated because it's the only KSK for a currently-enabled DNSSEC. Disable DNSSEC signing, or add or enable another KSK.
    KeySigningKeyInUse(crate::types::KeySigningKeyInUse),
    /// The key-signing key (KSK) is specified in a parent DS record.
    KeySigningKeyInParentDsRecord(crate::types::KeySigningKeyInParentDsRecord),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeactivateKeySigningKeyError, { 0 => ConcurrentModification, 1 =>
    NoSuchKeySigningKey, 2 => InvalidKeySigningKeyStatus, 3 => InvalidSigningStatus, 4 =>
    KeySigningKeyInUse, 5 => KeySigningKeyInParentDsRecord, 6 => InvalidInput }
);
/// The errors `DeleteCidrCollection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCidrCollectionError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(crate::types::NoSuchCidrCollectionException),
    /// This CIDR collection is in use, and isn't empty.
    CidrCollectionInUseException(crate::types::CidrCollectionInUseException),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCidrCollectionError, { 0 => NoSuchCidrCollectionException, 1 =>
    CidrCollectionInUseException, 2 => InvalidInput, 3 => ConcurrentModification }
);
/// The errors `DeleteHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteHealthCheckError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// This error code is not in use.
    HealthCheckInUse(crate::types::HealthCheckInUse),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteHealthCheckError, { 0 => NoSuchHealthCheck, 1 => HealthCheckInUse, 2 =>
    InvalidInput }
);
/// The errors `DeleteHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The hosted zone contains resource records that are not SOA or NS records.
    HostedZoneNotEmpty(crate::types::HostedZoneNotEmpty),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The specified domain name is not valid.
    InvalidDomainName(crate::types::InvalidDomainName),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteHostedZoneError, { 0 => NoSuchHostedZone, 1 => HostedZoneNotEmpty, 2 =>
    PriorRequestNotComplete, 3 => InvalidInput, 4 => InvalidDomainName }
);
/// The errors `DeleteKeySigningKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteKeySigningKeyError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// The specified key-signing key (KSK) doesn't exist.
    NoSuchKeySigningKey(crate::types::NoSuchKeySigningKey),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(crate::types::InvalidKeySigningKeyStatus),
    /// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
    InvalidSigningStatus(crate::types::InvalidSigningStatus),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(crate::types::InvalidKmsArn),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteKeySigningKeyError, { 0 => ConcurrentModification, 1 => NoSuchKeySigningKey, 2
    => InvalidKeySigningKeyStatus, 3 => InvalidSigningStatus, 4 => InvalidKmsArn, 5 =>
    InvalidInput }
);
/// The errors `DeleteQueryLoggingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueryLoggingConfigError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// There is no DNS query logging configuration with the specified ID.
    NoSuchQueryLoggingConfig(crate::types::NoSuchQueryLoggingConfig),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteQueryLoggingConfigError, { 0 => ConcurrentModification, 1 =>
    NoSuchQueryLoggingConfig, 2 => InvalidInput }
);
/// The errors `DeleteResourceRecordSetProtections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourceRecordSetProtectionsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// One or more entries in the request couldn't be processed, so Route 53 didn't create or delete any of the protections in the request. The `Errors` element lists the failing entries and the reason that each one failed.
    InvalidResourceRecordSetProtectionBatch(
        crate::types::InvalidResourceRecordSetProtectionBatch,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourceRecordSetProtectionsError, { 0 => InvalidInput, 1 =>
    InvalidResourceRecordSetProtectionBatch, 2 => NoSuchHostedZone, 3 =>
    PriorRequestNotComplete }
);
/// The errors `DeleteReusableDelegationSet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteReusableDelegationSetError {
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(crate::types::NoSuchDelegationSet),
    /// The specified delegation contains associated hosted zones which must be deleted before the reusable delegation set can be deleted.
    DelegationSetInUse(crate::types::DelegationSetInUse),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(crate::types::DelegationSetNotReusable),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteReusableDelegationSetError, { 0 => NoSuchDelegationSet, 1 =>
    DelegationSetInUse, 2 => DelegationSetNotReusable, 3 => InvalidInput }
);
/// The errors `DeleteTrafficPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficPolicyError {
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// One or more traffic policy instances were created by using the specified traffic policy.
    TrafficPolicyInUse(crate::types::TrafficPolicyInUse),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTrafficPolicyError, { 0 => NoSuchTrafficPolicy, 1 => InvalidInput, 2 =>
    TrafficPolicyInUse, 3 => ConcurrentModification }
);
/// The errors `DeleteTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficPolicyInstanceError {
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(crate::types::NoSuchTrafficPolicyInstance),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteTrafficPolicyInstanceError, { 0 => NoSuchTrafficPolicyInstance, 1 =>
    InvalidInput, 2 => PriorRequestNotComplete }
);
/// The errors `DeleteVPCAssociationAuthorization` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcAssociationAuthorizationError {
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// The VPC that you specified is not authorized to be associated with the hosted zone.
    VpcAssociationAuthorizationNotFound(
        crate::types::VpcAssociationAuthorizationNotFound,
    ),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(crate::types::InvalidVpcId),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteVpcAssociationAuthorizationError, { 0 => ConcurrentModification, 1 =>
    VpcAssociationAuthorizationNotFound, 2 => NoSuchHostedZone, 3 => InvalidVpcId, 4 =>
    InvalidInput }
);
/// The errors `DisableHostedZoneDNSSEC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableHostedZoneDnssecError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(crate::types::InvalidArgument),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// The key-signing key (KSK) is specified in a parent DS record.
    KeySigningKeyInParentDsRecord(crate::types::KeySigningKeyInParentDsRecord),
    /// The hosted zone doesn't have any DNSSEC resources.
    DnssecNotFound(crate::types::DnssecNotFound),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(crate::types::InvalidKeySigningKeyStatus),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(crate::types::InvalidKmsArn),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableHostedZoneDnssecError, { 0 => NoSuchHostedZone, 1 => InvalidArgument, 2 =>
    ConcurrentModification, 3 => KeySigningKeyInParentDsRecord, 4 => DnssecNotFound, 5 =>
    InvalidKeySigningKeyStatus, 6 => InvalidKmsArn, 7 => InvalidInput }
);
/// The errors `DisassociateVPCFromHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateVpcFromHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
    InvalidVpcId(crate::types::InvalidVpcId),
    /// The specified VPC and hosted zone are not currently associated.
    VpcAssociationNotFound(crate::types::VpcAssociationNotFound),
    /// The VPC that you're trying to disassociate from the private hosted zone is the last VPC that is associated with the hosted zone. Amazon Route 53 doesn't support disassociating the last VPC from a hosted zone.
    LastVpcAssociation(crate::types::LastVpcAssociation),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateVpcFromHostedZoneError, { 0 => NoSuchHostedZone, 1 => InvalidVpcId, 2 =>
    VpcAssociationNotFound, 3 => LastVpcAssociation, 4 => InvalidInput }
);
/// The errors `EnableHostedZoneDNSSEC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableHostedZoneDnssecError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(crate::types::InvalidArgument),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// A key-signing key (KSK) with `ACTIVE` status wasn't found.
    KeySigningKeyWithActiveStatusNotFound(
        crate::types::KeySigningKeyWithActiveStatusNotFound,
    ),
    /// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
    InvalidKmsArn(crate::types::InvalidKmsArn),
    /// The hosted zone nameservers don't match the parent nameservers. The hosted zone and parent must have the same nameservers.
    HostedZonePartiallyDelegated(crate::types::HostedZonePartiallyDelegated),
    /// The hosted zone doesn't have any DNSSEC resources.
    DnssecNotFound(crate::types::DnssecNotFound),
    /// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
    InvalidKeySigningKeyStatus(crate::types::InvalidKeySigningKeyStatus),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableHostedZoneDnssecError, { 0 => NoSuchHostedZone, 1 => InvalidArgument, 2 =>
    ConcurrentModification, 3 => KeySigningKeyWithActiveStatusNotFound, 4 =>
    InvalidKmsArn, 5 => HostedZonePartiallyDelegated, 6 => DnssecNotFound, 7 =>
    InvalidKeySigningKeyStatus, 8 => InvalidInput }
);
/// The errors `GetAccountLimit` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAccountLimitError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAccountLimitError, { 0 => InvalidInput });
/// The errors `GetChange` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetChangeError {
    /// A change with the specified change ID does not exist.
    NoSuchChange(crate::types::NoSuchChange),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetChangeError, { 0 => NoSuchChange, 1 => InvalidInput });
/// The errors `GetCheckerIpRanges` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCheckerIpRangesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCheckerIpRangesError, {});
/// The errors `GetDNSSEC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDnssecError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// Parameter name is not valid.
    InvalidArgument(crate::types::InvalidArgument),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDnssecError, { 0 => NoSuchHostedZone, 1 => InvalidArgument, 2 => InvalidInput }
);
/// The errors `GetGeoLocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGeoLocationError {
    /// Amazon Route 53 doesn't support the specified geographic location. For a list of supported geolocation codes, see the [GeoLocation](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoLocation.html) data type.
    NoSuchGeoLocation(crate::types::NoSuchGeoLocation),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetGeoLocationError, { 0 => NoSuchGeoLocation, 1 => InvalidInput }
);
/// The errors `GetHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The resource you're trying to access is unsupported on this Amazon Route 53 endpoint.
    IncompatibleVersion(crate::types::IncompatibleVersion),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHealthCheckError, { 0 => NoSuchHealthCheck, 1 => InvalidInput, 2 =>
    IncompatibleVersion }
);
/// The errors `GetHealthCheckCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckCountError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetHealthCheckCountError, {});
/// The errors `GetHealthCheckLastFailureReason` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckLastFailureReasonError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHealthCheckLastFailureReasonError, { 0 => NoSuchHealthCheck, 1 => InvalidInput }
);
/// The errors `GetHealthCheckStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHealthCheckStatusError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHealthCheckStatusError, { 0 => NoSuchHealthCheck, 1 => InvalidInput }
);
/// The errors `GetHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostedZoneError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHostedZoneError, { 0 => NoSuchHostedZone, 1 => InvalidInput }
);
/// The errors `GetHostedZoneCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostedZoneCountError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetHostedZoneCountError, { 0 => InvalidInput });
/// The errors `GetHostedZoneLimit` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostedZoneLimitError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The specified hosted zone is a public hosted zone, not a private hosted zone.
    HostedZoneNotPrivate(crate::types::HostedZoneNotPrivate),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetHostedZoneLimitError, { 0 => NoSuchHostedZone, 1 => InvalidInput, 2 =>
    HostedZoneNotPrivate }
);
/// The errors `GetQueryLoggingConfig` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetQueryLoggingConfigError {
    /// There is no DNS query logging configuration with the specified ID.
    NoSuchQueryLoggingConfig(crate::types::NoSuchQueryLoggingConfig),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetQueryLoggingConfigError, { 0 => NoSuchQueryLoggingConfig, 1 => InvalidInput }
);
/// The errors `GetReusableDelegationSet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetReusableDelegationSetError {
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(crate::types::NoSuchDelegationSet),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(crate::types::DelegationSetNotReusable),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetReusableDelegationSetError, { 0 => NoSuchDelegationSet, 1 =>
    DelegationSetNotReusable, 2 => InvalidInput }
);
/// The errors `GetReusableDelegationSetLimit` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetReusableDelegationSetLimitError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(crate::types::NoSuchDelegationSet),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetReusableDelegationSetLimitError, { 0 => InvalidInput, 1 => NoSuchDelegationSet }
);
/// The errors `GetTrafficPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTrafficPolicyError {
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTrafficPolicyError, { 0 => NoSuchTrafficPolicy, 1 => InvalidInput }
);
/// The errors `GetTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTrafficPolicyInstanceError {
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(crate::types::NoSuchTrafficPolicyInstance),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetTrafficPolicyInstanceError, { 0 => NoSuchTrafficPolicyInstance, 1 => InvalidInput
    }
);
/// The errors `GetTrafficPolicyInstanceCount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTrafficPolicyInstanceCountError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTrafficPolicyInstanceCountError, {});
/// The errors `ListCidrBlocks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCidrBlocksError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(crate::types::NoSuchCidrCollectionException),
    /// The CIDR collection location doesn't match any locations in your account.
    NoSuchCidrLocationException(crate::types::NoSuchCidrLocationException),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCidrBlocksError, { 0 => NoSuchCidrCollectionException, 1 =>
    NoSuchCidrLocationException, 2 => InvalidInput }
);
/// The errors `ListCidrCollections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCidrCollectionsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListCidrCollectionsError, { 0 => InvalidInput });
/// The errors `ListCidrLocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListCidrLocationsError {
    /// The CIDR collection you specified, doesn't exist.
    NoSuchCidrCollectionException(crate::types::NoSuchCidrCollectionException),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListCidrLocationsError, { 0 => NoSuchCidrCollectionException, 1 => InvalidInput }
);
/// The errors `ListGeoLocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGeoLocationsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListGeoLocationsError, { 0 => InvalidInput });
/// The errors `ListHealthChecks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHealthChecksError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The resource you're trying to access is unsupported on this Amazon Route 53 endpoint.
    IncompatibleVersion(crate::types::IncompatibleVersion),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHealthChecksError, { 0 => InvalidInput, 1 => IncompatibleVersion }
);
/// The errors `ListHostedZones` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHostedZonesError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// A reusable delegation set with the specified ID does not exist.
    NoSuchDelegationSet(crate::types::NoSuchDelegationSet),
    /// A reusable delegation set with the specified ID does not exist.
    DelegationSetNotReusable(crate::types::DelegationSetNotReusable),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHostedZonesError, { 0 => InvalidInput, 1 => NoSuchDelegationSet, 2 =>
    DelegationSetNotReusable }
);
/// The errors `ListHostedZonesByName` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHostedZonesByNameError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The specified domain name is not valid.
    InvalidDomainName(crate::types::InvalidDomainName),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHostedZonesByNameError, { 0 => InvalidInput, 1 => InvalidDomainName }
);
/// The errors `ListHostedZonesByVPC` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListHostedZonesByVpcError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(crate::types::InvalidPaginationToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListHostedZonesByVpcError, { 0 => InvalidInput, 1 => InvalidPaginationToken }
);
/// The errors `ListQueryLoggingConfigs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListQueryLoggingConfigsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(crate::types::InvalidPaginationToken),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListQueryLoggingConfigsError, { 0 => InvalidInput, 1 => InvalidPaginationToken, 2 =>
    NoSuchHostedZone }
);
/// The errors `ListResourceRecordSetProtections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourceRecordSetProtectionsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(crate::types::InvalidPaginationToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourceRecordSetProtectionsError, { 0 => InvalidInput, 1 => NoSuchHostedZone, 2
    => InvalidPaginationToken }
);
/// The errors `ListResourceRecordSets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourceRecordSetsError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourceRecordSetsError, { 0 => NoSuchHostedZone, 1 => InvalidInput }
);
/// The errors `ListReusableDelegationSets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListReusableDelegationSetsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListReusableDelegationSetsError, { 0 => InvalidInput });
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// The limit on the number of requests per second was exceeded.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, { 0 => InvalidInput, 1 => NoSuchHealthCheck, 2 =>
    NoSuchHostedZone, 3 => PriorRequestNotComplete, 4 => ThrottlingException }
);
/// The errors `ListTagsForResources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourcesError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// The limit on the number of requests per second was exceeded.
    ThrottlingException(crate::types::ThrottlingException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourcesError, { 0 => InvalidInput, 1 => NoSuchHealthCheck, 2 =>
    NoSuchHostedZone, 3 => PriorRequestNotComplete, 4 => ThrottlingException }
);
/// The errors `ListTrafficPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPoliciesError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListTrafficPoliciesError, { 0 => InvalidInput });
/// The errors `ListTrafficPolicyInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyInstancesError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(crate::types::NoSuchTrafficPolicyInstance),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyInstancesError, { 0 => InvalidInput, 1 =>
    NoSuchTrafficPolicyInstance }
);
/// The errors `ListTrafficPolicyInstancesByHostedZone` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyInstancesByHostedZoneError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(crate::types::NoSuchTrafficPolicyInstance),
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyInstancesByHostedZoneError, { 0 => InvalidInput, 1 =>
    NoSuchTrafficPolicyInstance, 2 => NoSuchHostedZone }
);
/// The errors `ListTrafficPolicyInstancesByPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyInstancesByPolicyError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(crate::types::NoSuchTrafficPolicyInstance),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyInstancesByPolicyError, { 0 => InvalidInput, 1 =>
    NoSuchTrafficPolicyInstance, 2 => NoSuchTrafficPolicy }
);
/// The errors `ListTrafficPolicyVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrafficPolicyVersionsError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTrafficPolicyVersionsError, { 0 => InvalidInput, 1 => NoSuchTrafficPolicy }
);
/// The errors `ListVPCAssociationAuthorizations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVpcAssociationAuthorizationsError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The value that you specified to get the second or subsequent page of results is invalid.
    InvalidPaginationToken(crate::types::InvalidPaginationToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListVpcAssociationAuthorizationsError, { 0 => NoSuchHostedZone, 1 => InvalidInput, 2
    => InvalidPaginationToken }
);
/// The errors `TestDNSAnswer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestDnsAnswerError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TestDnsAnswerError, { 0 => NoSuchHostedZone, 1 => InvalidInput }
);
/// The errors `UpdateHealthCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateHealthCheckError {
    /// No health check exists with the specified ID.
    NoSuchHealthCheck(crate::types::NoSuchHealthCheck),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// The value of `HealthCheckVersion` in the request doesn't match the value of `HealthCheckVersion` in the health check.
    HealthCheckVersionMismatch(crate::types::HealthCheckVersionMismatch),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateHealthCheckError, { 0 => NoSuchHealthCheck, 1 => InvalidInput, 2 =>
    HealthCheckVersionMismatch }
);
/// The errors `UpdateHostedZoneComment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateHostedZoneCommentError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateHostedZoneCommentError, { 0 => NoSuchHostedZone, 1 => InvalidInput, 2 =>
    PriorRequestNotComplete }
);
/// The errors `UpdateHostedZoneFeatures` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateHostedZoneFeaturesError {
    /// No hosted zone exists with the ID that you specified.
    NoSuchHostedZone(crate::types::NoSuchHostedZone),
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
    LimitsExceeded(crate::types::LimitsExceeded),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateHostedZoneFeaturesError, { 0 => NoSuchHostedZone, 1 => InvalidInput, 2 =>
    PriorRequestNotComplete, 3 => LimitsExceeded }
);
/// The errors `UpdateTrafficPolicyComment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTrafficPolicyCommentError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
    ConcurrentModification(crate::types::ConcurrentModification),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTrafficPolicyCommentError, { 0 => InvalidInput, 1 => NoSuchTrafficPolicy, 2 =>
    ConcurrentModification }
);
/// The errors `UpdateTrafficPolicyInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateTrafficPolicyInstanceError {
    /// The input is not valid.
    InvalidInput(crate::types::InvalidInput),
    /// No traffic policy exists with the specified ID.
    NoSuchTrafficPolicy(crate::types::NoSuchTrafficPolicy),
    /// No traffic policy instance exists with the specified ID.
    NoSuchTrafficPolicyInstance(crate::types::NoSuchTrafficPolicyInstance),
    /// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
    PriorRequestNotComplete(crate::types::PriorRequestNotComplete),
    /// You tried to update a traffic policy instance by using a traffic policy version that has a different DNS type than the current type for the instance. You specified the type in the JSON document in the `CreateTrafficPolicy` or `CreateTrafficPolicyVersion`request.
    ConflictingTypes(crate::types::ConflictingTypes),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateTrafficPolicyInstanceError, { 0 => InvalidInput, 1 => NoSuchTrafficPolicy, 2 =>
    NoSuchTrafficPolicyInstance, 3 => PriorRequestNotComplete, 4 => ConflictingTypes }
);

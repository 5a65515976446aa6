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
    service_id: "Route 53",
    endpoint_prefix: "route53",
    signing_name: "route53",
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("route53", "2013-04-01", Protocol::RestXml)
};
pub static ACCOUNT_LIMIT: Schema = Schema::structure(
    "AccountLimit",
    &[
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::LONG).with(f::REQUIRED),
    ],
);
pub static ACTIVATE_KEY_SIGNING_KEY_INPUT: Schema = Schema::structure(
    "ActivateKeySigningKeyRequest",
    &[
        Member::new("HostedZoneId", &p::STRING)
            .at(Uri, "HostedZoneId")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).at(Uri, "Name").with(f::REQUIRED),
    ],
);
pub static ACTIVATE_KEY_SIGNING_KEY_OUTPUT: Schema = Schema::structure(
    "ActivateKeySigningKeyResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static ALARM_IDENTIFIER: Schema = Schema::structure(
    "AlarmIdentifier",
    &[
        Member::new("Region", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ALIAS_TARGET: Schema = Schema::structure(
    "AliasTarget",
    &[
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("DNSName", &p::STRING).with(f::REQUIRED),
        Member::new("EvaluateTargetHealth", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static ASSOCIATE_VPC_WITH_HOSTED_ZONE_INPUT: Schema = Schema::structure(
    "AssociateVPCWithHostedZoneRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("VPC", &VPC).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static ASSOCIATE_VPC_WITH_HOSTED_ZONE_OUTPUT: Schema = Schema::structure(
    "AssociateVPCWithHostedZoneResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static CHANGE: Schema = Schema::structure(
    "Change",
    &[
        Member::new("Action", &p::STRING).with(f::REQUIRED),
        Member::new("ResourceRecordSet", &RESOURCE_RECORD_SET).with(f::REQUIRED),
    ],
);
pub static CHANGE_BATCH: Schema = Schema::structure(
    "ChangeBatch",
    &[
        Member::new("Comment", &p::STRING),
        Member::new("Changes", &CHANGES).with(f::REQUIRED),
    ],
);
pub static CHANGE_CIDR_COLLECTION_INPUT: Schema = Schema::structure(
    "ChangeCidrCollectionRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "CidrCollectionId").with(f::REQUIRED),
        Member::new("CollectionVersion", &p::LONG),
        Member::new("Changes", &CIDR_COLLECTION_CHANGES).with(f::REQUIRED),
    ],
);
pub static CHANGE_CIDR_COLLECTION_OUTPUT: Schema = Schema::structure(
    "ChangeCidrCollectionResponse",
    &[Member::new("Id", &p::STRING).with(f::REQUIRED)],
);
pub static CHANGE_INFO: Schema = Schema::structure(
    "ChangeInfo",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("SubmittedAt", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static CHANGE_RESOURCE_RECORD_SETS_INPUT: Schema = Schema::structure(
    "ChangeResourceRecordSetsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("ChangeBatch", &CHANGE_BATCH).with(f::REQUIRED),
    ],
);
pub static CHANGE_RESOURCE_RECORD_SETS_OUTPUT: Schema = Schema::structure(
    "ChangeResourceRecordSetsResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static CHANGE_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ChangeTagsForResourceRequest",
    &[
        Member::new("ResourceType", &p::STRING)
            .at(Uri, "ResourceType")
            .with(f::REQUIRED),
        Member::new("ResourceId", &p::STRING).at(Uri, "ResourceId").with(f::REQUIRED),
        Member::new("AddTags", &TAG_LIST),
        Member::new("RemoveTagKeys", &TAG_KEY_LIST),
    ],
);
pub static CHANGE_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ChangeTagsForResourceResponse",
    &[],
);
pub static CHANGES: Schema = Schema::list(
    "Changes",
    &[Member::new("member", &CHANGE).name("Change")],
);
pub static CHECKER_IP_RANGES: Schema = Schema::list(
    "CheckerIpRanges",
    &[Member::new("member", &p::STRING)],
);
pub static CHILD_HEALTH_CHECK_LIST: Schema = Schema::list(
    "ChildHealthCheckList",
    &[Member::new("member", &p::STRING).name("ChildHealthCheck")],
);
pub static CIDR_BLOCK_IN_USE_EXCEPTION: Schema = Schema::structure(
        "CidrBlockInUseException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("CidrBlockInUseException", 400u16);
pub static CIDR_BLOCK_SUMMARIES: Schema = Schema::list(
    "CidrBlockSummaries",
    &[Member::new("member", &CIDR_BLOCK_SUMMARY)],
);
pub static CIDR_BLOCK_SUMMARY: Schema = Schema::structure(
    "CidrBlockSummary",
    &[Member::new("CidrBlock", &p::STRING), Member::new("LocationName", &p::STRING)],
);
pub static CIDR_COLLECTION: Schema = Schema::structure(
    "CidrCollection",
    &[
        Member::new("Arn", &p::STRING),
        Member::new("Id", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Version", &p::LONG),
    ],
);
pub static CIDR_COLLECTION_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "CidrCollectionAlreadyExistsException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("CidrCollectionAlreadyExistsException", 400u16);
pub static CIDR_COLLECTION_CHANGE: Schema = Schema::structure(
    "CidrCollectionChange",
    &[
        Member::new("LocationName", &p::STRING).with(f::REQUIRED),
        Member::new("Action", &p::STRING).with(f::REQUIRED),
        Member::new("CidrList", &CIDR_LIST).with(f::REQUIRED),
    ],
);
pub static CIDR_COLLECTION_CHANGES: Schema = Schema::list(
    "CidrCollectionChanges",
    &[Member::new("member", &CIDR_COLLECTION_CHANGE)],
);
pub static CIDR_COLLECTION_IN_USE_EXCEPTION: Schema = Schema::structure(
        "CidrCollectionInUseException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("CidrCollectionInUseException", 400u16);
pub static CIDR_COLLECTION_VERSION_MISMATCH_EXCEPTION: Schema = Schema::structure(
        "CidrCollectionVersionMismatchException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("CidrCollectionVersionMismatchException", 409u16);
pub static CIDR_LIST: Schema = Schema::list(
    "CidrList",
    &[Member::new("member", &p::STRING).name("Cidr")],
);
pub static CIDR_ROUTING_CONFIG: Schema = Schema::structure(
    "CidrRoutingConfig",
    &[
        Member::new("CollectionId", &p::STRING).with(f::REQUIRED),
        Member::new("LocationName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CLOUD_WATCH_ALARM_CONFIGURATION: Schema = Schema::structure(
    "CloudWatchAlarmConfiguration",
    &[
        Member::new("EvaluationPeriods", &p::INTEGER).with(f::REQUIRED),
        Member::new("Threshold", &p::DOUBLE).with(f::REQUIRED),
        Member::new("ComparisonOperator", &p::STRING).with(f::REQUIRED),
        Member::new("Period", &p::INTEGER).with(f::REQUIRED),
        Member::new("MetricName", &p::STRING).with(f::REQUIRED),
        Member::new("Namespace", &p::STRING).with(f::REQUIRED),
        Member::new("Statistic", &p::STRING).with(f::REQUIRED),
        Member::new("Dimensions", &DIMENSION_LIST),
    ],
);
pub static COLLECTION_SUMMARIES: Schema = Schema::list(
    "CollectionSummaries",
    &[Member::new("member", &COLLECTION_SUMMARY)],
);
pub static COLLECTION_SUMMARY: Schema = Schema::structure(
    "CollectionSummary",
    &[
        Member::new("Arn", &p::STRING),
        Member::new("Id", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("Version", &p::LONG),
    ],
);
pub static CONCURRENT_MODIFICATION: Schema = Schema::structure(
        "ConcurrentModification",
        &[Member::new("message", &p::STRING)],
    )
    .error("ConcurrentModification", 400u16);
pub static CONFLICTING_DOMAIN_EXISTS: Schema = Schema::structure(
        "ConflictingDomainExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("ConflictingDomainExists", 400u16);
pub static CONFLICTING_TYPES: Schema = Schema::structure(
        "ConflictingTypes",
        &[Member::new("message", &p::STRING)],
    )
    .error("ConflictingTypes", 400u16);
pub static COORDINATES: Schema = Schema::structure(
    "Coordinates",
    &[
        Member::new("Latitude", &p::STRING).with(f::REQUIRED),
        Member::new("Longitude", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_CIDR_COLLECTION_INPUT: Schema = Schema::structure(
    "CreateCidrCollectionRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_CIDR_COLLECTION_OUTPUT: Schema = Schema::structure(
    "CreateCidrCollectionResponse",
    &[
        Member::new("Collection", &CIDR_COLLECTION),
        Member::new("Location", &p::STRING).at(Header, "Location"),
    ],
);
pub static CREATE_HEALTH_CHECK_INPUT: Schema = Schema::structure(
    "CreateHealthCheckRequest",
    &[
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
        Member::new("HealthCheckConfig", &HEALTH_CHECK_CONFIG).with(f::REQUIRED),
    ],
);
pub static CREATE_HEALTH_CHECK_OUTPUT: Schema = Schema::structure(
    "CreateHealthCheckResponse",
    &[
        Member::new("HealthCheck", &HEALTH_CHECK).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_HOSTED_ZONE_INPUT: Schema = Schema::structure(
    "CreateHostedZoneRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("VPC", &VPC),
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
        Member::new("HostedZoneConfig", &HOSTED_ZONE_CONFIG),
        Member::new("DelegationSetId", &p::STRING),
    ],
);
pub static CREATE_HOSTED_ZONE_OUTPUT: Schema = Schema::structure(
    "CreateHostedZoneResponse",
    &[
        Member::new("HostedZone", &HOSTED_ZONE).with(f::REQUIRED),
        Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED),
        Member::new("DelegationSet", &DELEGATION_SET).with(f::REQUIRED),
        Member::new("VPC", &VPC),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_KEY_SIGNING_KEY_INPUT: Schema = Schema::structure(
    "CreateKeySigningKeyRequest",
    &[
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("KeyManagementServiceArn", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_KEY_SIGNING_KEY_OUTPUT: Schema = Schema::structure(
    "CreateKeySigningKeyResponse",
    &[
        Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED),
        Member::new("KeySigningKey", &KEY_SIGNING_KEY).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_QUERY_LOGGING_CONFIG_INPUT: Schema = Schema::structure(
    "CreateQueryLoggingConfigRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("CloudWatchLogsLogGroupArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_QUERY_LOGGING_CONFIG_OUTPUT: Schema = Schema::structure(
    "CreateQueryLoggingConfigResponse",
    &[
        Member::new("QueryLoggingConfig", &QUERY_LOGGING_CONFIG).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_RESOURCE_RECORD_SET_PROTECTIONS_INPUT: Schema = Schema::structure(
    "CreateResourceRecordSetProtectionsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Protections", &RESOURCE_RECORD_SET_PROTECTION_CONFIG_BATCH)
            .with(f::REQUIRED),
    ],
);
pub static CREATE_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT: Schema = Schema::structure(
    "CreateResourceRecordSetProtectionsResponse",
    &[],
);
pub static CREATE_REUSABLE_DELEGATION_SET_INPUT: Schema = Schema::structure(
    "CreateReusableDelegationSetRequest",
    &[
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
        Member::new("HostedZoneId", &p::STRING),
    ],
);
pub static CREATE_REUSABLE_DELEGATION_SET_OUTPUT: Schema = Schema::structure(
    "CreateReusableDelegationSetResponse",
    &[
        Member::new("DelegationSet", &DELEGATION_SET).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_TRAFFIC_POLICY_INSTANCE_INPUT: Schema = Schema::structure(
    "CreateTrafficPolicyInstanceRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("TTL", &p::LONG).with(f::REQUIRED),
        Member::new("TrafficPolicyId", &p::STRING).with(f::REQUIRED),
        Member::new("TrafficPolicyVersion", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static CREATE_TRAFFIC_POLICY_INSTANCE_OUTPUT: Schema = Schema::structure(
    "CreateTrafficPolicyInstanceResponse",
    &[
        Member::new("TrafficPolicyInstance", &TRAFFIC_POLICY_INSTANCE).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_TRAFFIC_POLICY_INPUT: Schema = Schema::structure(
    "CreateTrafficPolicyRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Document", &p::STRING).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static CREATE_TRAFFIC_POLICY_OUTPUT: Schema = Schema::structure(
    "CreateTrafficPolicyResponse",
    &[
        Member::new("TrafficPolicy", &TRAFFIC_POLICY).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_TRAFFIC_POLICY_VERSION_INPUT: Schema = Schema::structure(
    "CreateTrafficPolicyVersionRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Document", &p::STRING).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static CREATE_TRAFFIC_POLICY_VERSION_OUTPUT: Schema = Schema::structure(
    "CreateTrafficPolicyVersionResponse",
    &[
        Member::new("TrafficPolicy", &TRAFFIC_POLICY).with(f::REQUIRED),
        Member::new("Location", &p::STRING).at(Header, "Location").with(f::REQUIRED),
    ],
);
pub static CREATE_VPC_ASSOCIATION_AUTHORIZATION_INPUT: Schema = Schema::structure(
    "CreateVPCAssociationAuthorizationRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("VPC", &VPC).with(f::REQUIRED),
    ],
);
pub static CREATE_VPC_ASSOCIATION_AUTHORIZATION_OUTPUT: Schema = Schema::structure(
    "CreateVPCAssociationAuthorizationResponse",
    &[
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("VPC", &VPC).with(f::REQUIRED),
    ],
);
pub static DNSSEC_NOT_FOUND: Schema = Schema::structure(
        "DNSSECNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .error("DNSSECNotFound", 400u16);
pub static DNSSEC_STATUS: Schema = Schema::structure(
    "DNSSECStatus",
    &[
        Member::new("ServeSignature", &p::STRING),
        Member::new("StatusMessage", &p::STRING),
    ],
);
pub static DEACTIVATE_KEY_SIGNING_KEY_INPUT: Schema = Schema::structure(
    "DeactivateKeySigningKeyRequest",
    &[
        Member::new("HostedZoneId", &p::STRING)
            .at(Uri, "HostedZoneId")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).at(Uri, "Name").with(f::REQUIRED),
    ],
);
pub static DEACTIVATE_KEY_SIGNING_KEY_OUTPUT: Schema = Schema::structure(
    "DeactivateKeySigningKeyResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static DELEGATION_SET: Schema = Schema::structure(
    "DelegationSet",
    &[
        Member::new("Id", &p::STRING),
        Member::new("CallerReference", &p::STRING),
        Member::new("NameServers", &DELEGATION_SET_NAME_SERVERS).with(f::REQUIRED),
    ],
);
pub static DELEGATION_SET_ALREADY_CREATED: Schema = Schema::structure(
        "DelegationSetAlreadyCreated",
        &[Member::new("message", &p::STRING)],
    )
    .error("DelegationSetAlreadyCreated", 400u16);
pub static DELEGATION_SET_ALREADY_REUSABLE: Schema = Schema::structure(
        "DelegationSetAlreadyReusable",
        &[Member::new("message", &p::STRING)],
    )
    .error("DelegationSetAlreadyReusable", 400u16);
pub static DELEGATION_SET_IN_USE: Schema = Schema::structure(
        "DelegationSetInUse",
        &[Member::new("message", &p::STRING)],
    )
    .error("DelegationSetInUse", 400u16);
pub static DELEGATION_SET_NAME_SERVERS: Schema = Schema::list(
    "DelegationSetNameServers",
    &[Member::new("member", &p::STRING).name("NameServer")],
);
pub static DELEGATION_SET_NOT_AVAILABLE: Schema = Schema::structure(
        "DelegationSetNotAvailable",
        &[Member::new("message", &p::STRING)],
    )
    .error("DelegationSetNotAvailable", 400u16);
pub static DELEGATION_SET_NOT_REUSABLE: Schema = Schema::structure(
        "DelegationSetNotReusable",
        &[Member::new("message", &p::STRING)],
    )
    .error("DelegationSetNotReusable", 400u16);
pub static DELEGATION_SETS: Schema = Schema::list(
    "DelegationSets",
    &[Member::new("member", &DELEGATION_SET).name("DelegationSet")],
);
pub static DELETE_CIDR_COLLECTION_INPUT: Schema = Schema::structure(
    "DeleteCidrCollectionRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "CidrCollectionId").with(f::REQUIRED)],
);
pub static DELETE_CIDR_COLLECTION_OUTPUT: Schema = Schema::structure(
    "DeleteCidrCollectionResponse",
    &[],
);
pub static DELETE_HEALTH_CHECK_INPUT: Schema = Schema::structure(
    "DeleteHealthCheckRequest",
    &[
        Member::new("HealthCheckId", &p::STRING)
            .at(Uri, "HealthCheckId")
            .with(f::REQUIRED),
    ],
);
pub static DELETE_HEALTH_CHECK_OUTPUT: Schema = Schema::structure(
    "DeleteHealthCheckResponse",
    &[],
);
pub static DELETE_HOSTED_ZONE_INPUT: Schema = Schema::structure(
    "DeleteHostedZoneRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static DELETE_HOSTED_ZONE_OUTPUT: Schema = Schema::structure(
    "DeleteHostedZoneResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static DELETE_KEY_SIGNING_KEY_INPUT: Schema = Schema::structure(
    "DeleteKeySigningKeyRequest",
    &[
        Member::new("HostedZoneId", &p::STRING)
            .at(Uri, "HostedZoneId")
            .with(f::REQUIRED),
        Member::new("Name", &p::STRING).at(Uri, "Name").with(f::REQUIRED),
    ],
);
pub static DELETE_KEY_SIGNING_KEY_OUTPUT: Schema = Schema::structure(
    "DeleteKeySigningKeyResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static DELETE_QUERY_LOGGING_CONFIG_INPUT: Schema = Schema::structure(
    "DeleteQueryLoggingConfigRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static DELETE_QUERY_LOGGING_CONFIG_OUTPUT: Schema = Schema::structure(
    "DeleteQueryLoggingConfigResponse",
    &[],
);
pub static DELETE_RESOURCE_RECORD_SET_PROTECTIONS_INPUT: Schema = Schema::structure(
    "DeleteResourceRecordSetProtectionsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Protections", &RESOURCE_RECORD_SET_PROTECTION_KEY_BATCH)
            .with(f::REQUIRED),
    ],
);
pub static DELETE_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT: Schema = Schema::structure(
    "DeleteResourceRecordSetProtectionsResponse",
    &[],
);
pub static DELETE_REUSABLE_DELEGATION_SET_INPUT: Schema = Schema::structure(
    "DeleteReusableDelegationSetRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static DELETE_REUSABLE_DELEGATION_SET_OUTPUT: Schema = Schema::structure(
    "DeleteReusableDelegationSetResponse",
    &[],
);
pub static DELETE_TRAFFIC_POLICY_INSTANCE_INPUT: Schema = Schema::structure(
    "DeleteTrafficPolicyInstanceRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static DELETE_TRAFFIC_POLICY_INSTANCE_OUTPUT: Schema = Schema::structure(
    "DeleteTrafficPolicyInstanceResponse",
    &[],
);
pub static DELETE_TRAFFIC_POLICY_INPUT: Schema = Schema::structure(
    "DeleteTrafficPolicyRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Version", &p::INTEGER).at(Uri, "Version").with(f::REQUIRED),
    ],
);
pub static DELETE_TRAFFIC_POLICY_OUTPUT: Schema = Schema::structure(
    "DeleteTrafficPolicyResponse",
    &[],
);
pub static DELETE_VPC_ASSOCIATION_AUTHORIZATION_INPUT: Schema = Schema::structure(
    "DeleteVPCAssociationAuthorizationRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("VPC", &VPC).with(f::REQUIRED),
    ],
);
pub static DELETE_VPC_ASSOCIATION_AUTHORIZATION_OUTPUT: Schema = Schema::structure(
    "DeleteVPCAssociationAuthorizationResponse",
    &[],
);
pub static DIMENSION: Schema = Schema::structure(
    "Dimension",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DIMENSION_LIST: Schema = Schema::list(
    "DimensionList",
    &[Member::new("member", &DIMENSION).name("Dimension")],
);
pub static DISABLE_HOSTED_ZONE_DNSSEC_INPUT: Schema = Schema::structure(
    "DisableHostedZoneDNSSECRequest",
    &[Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static DISABLE_HOSTED_ZONE_DNSSEC_OUTPUT: Schema = Schema::structure(
    "DisableHostedZoneDNSSECResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static DISASSOCIATE_VPC_FROM_HOSTED_ZONE_INPUT: Schema = Schema::structure(
    "DisassociateVPCFromHostedZoneRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("VPC", &VPC).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static DISASSOCIATE_VPC_FROM_HOSTED_ZONE_OUTPUT: Schema = Schema::structure(
    "DisassociateVPCFromHostedZoneResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static ENABLE_HOSTED_ZONE_DNSSEC_INPUT: Schema = Schema::structure(
    "EnableHostedZoneDNSSECRequest",
    &[Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static ENABLE_HOSTED_ZONE_DNSSEC_OUTPUT: Schema = Schema::structure(
    "EnableHostedZoneDNSSECResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static ERROR_MESSAGES: Schema = Schema::list(
    "ErrorMessages",
    &[Member::new("member", &p::STRING).name("Message")],
);
pub static GEO_LOCATION: Schema = Schema::structure(
    "GeoLocation",
    &[
        Member::new("ContinentCode", &p::STRING),
        Member::new("CountryCode", &p::STRING),
        Member::new("SubdivisionCode", &p::STRING),
    ],
);
pub static GEO_LOCATION_DETAILS: Schema = Schema::structure(
    "GeoLocationDetails",
    &[
        Member::new("ContinentCode", &p::STRING),
        Member::new("ContinentName", &p::STRING),
        Member::new("CountryCode", &p::STRING),
        Member::new("CountryName", &p::STRING),
        Member::new("SubdivisionCode", &p::STRING),
        Member::new("SubdivisionName", &p::STRING),
    ],
);
pub static GEO_LOCATION_DETAILS_LIST: Schema = Schema::list(
    "GeoLocationDetailsList",
    &[Member::new("member", &GEO_LOCATION_DETAILS).name("GeoLocationDetails")],
);
pub static GEO_PROXIMITY_LOCATION: Schema = Schema::structure(
    "GeoProximityLocation",
    &[
        Member::new("AWSRegion", &p::STRING),
        Member::new("LocalZoneGroup", &p::STRING),
        Member::new("Coordinates", &COORDINATES),
        Member::new("Bias", &p::INTEGER),
    ],
);
pub static GET_ACCOUNT_LIMIT_INPUT: Schema = Schema::structure(
    "GetAccountLimitRequest",
    &[Member::new("Type", &p::STRING).at(Uri, "Type").with(f::REQUIRED)],
);
pub static GET_ACCOUNT_LIMIT_OUTPUT: Schema = Schema::structure(
    "GetAccountLimitResponse",
    &[
        Member::new("Limit", &ACCOUNT_LIMIT).with(f::REQUIRED),
        Member::new("Count", &p::LONG).with(f::REQUIRED),
    ],
);
pub static GET_CHANGE_INPUT: Schema = Schema::structure(
    "GetChangeRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static GET_CHANGE_OUTPUT: Schema = Schema::structure(
    "GetChangeResponse",
    &[Member::new("ChangeInfo", &CHANGE_INFO).with(f::REQUIRED)],
);
pub static GET_CHECKER_IP_RANGES_INPUT: Schema = Schema::structure(
    "GetCheckerIpRangesRequest",
    &[],
);
pub static GET_CHECKER_IP_RANGES_OUTPUT: Schema = Schema::structure(
    "GetCheckerIpRangesResponse",
    &[Member::new("CheckerIpRanges", &CHECKER_IP_RANGES).with(f::REQUIRED)],
);
pub static GET_DNSSEC_INPUT: Schema = Schema::structure(
    "GetDNSSECRequest",
    &[Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static GET_DNSSEC_OUTPUT: Schema = Schema::structure(
    "GetDNSSECResponse",
    &[
        Member::new("Status", &DNSSEC_STATUS).with(f::REQUIRED),
        Member::new("KeySigningKeys", &KEY_SIGNING_KEYS).with(f::REQUIRED),
    ],
);
pub static GET_GEO_LOCATION_INPUT: Schema = Schema::structure(
    "GetGeoLocationRequest",
    &[
        Member::new("ContinentCode", &p::STRING).at(QueryString, "continentcode"),
        Member::new("CountryCode", &p::STRING).at(QueryString, "countrycode"),
        Member::new("SubdivisionCode", &p::STRING).at(QueryString, "subdivisioncode"),
    ],
);
pub static GET_GEO_LOCATION_OUTPUT: Schema = Schema::structure(
    "GetGeoLocationResponse",
    &[Member::new("GeoLocationDetails", &GEO_LOCATION_DETAILS).with(f::REQUIRED)],
);
pub static GET_HEALTH_CHECK_COUNT_INPUT: Schema = Schema::structure(
    "GetHealthCheckCountRequest",
    &[],
);
pub static GET_HEALTH_CHECK_COUNT_OUTPUT: Schema = Schema::structure(
    "GetHealthCheckCountResponse",
    &[Member::new("HealthCheckCount", &p::LONG).with(f::REQUIRED)],
);
pub static GET_HEALTH_CHECK_LAST_FAILURE_REASON_INPUT: Schema = Schema::structure(
    "GetHealthCheckLastFailureReasonRequest",
    &[
        Member::new("HealthCheckId", &p::STRING)
            .at(Uri, "HealthCheckId")
            .with(f::REQUIRED),
    ],
);
pub static GET_HEALTH_CHECK_LAST_FAILURE_REASON_OUTPUT: Schema = Schema::structure(
    "GetHealthCheckLastFailureReasonResponse",
    &[
        Member::new("HealthCheckObservations", &HEALTH_CHECK_OBSERVATIONS)
            .with(f::REQUIRED),
    ],
);
pub static GET_HEALTH_CHECK_INPUT: Schema = Schema::structure(
    "GetHealthCheckRequest",
    &[
        Member::new("HealthCheckId", &p::STRING)
            .at(Uri, "HealthCheckId")
            .with(f::REQUIRED),
    ],
);
pub static GET_HEALTH_CHECK_OUTPUT: Schema = Schema::structure(
    "GetHealthCheckResponse",
    &[Member::new("HealthCheck", &HEALTH_CHECK).with(f::REQUIRED)],
);
pub static GET_HEALTH_CHECK_STATUS_INPUT: Schema = Schema::structure(
    "GetHealthCheckStatusRequest",
    &[
        Member::new("HealthCheckId", &p::STRING)
            .at(Uri, "HealthCheckId")
            .with(f::REQUIRED),
    ],
);
pub static GET_HEALTH_CHECK_STATUS_OUTPUT: Schema = Schema::structure(
    "GetHealthCheckStatusResponse",
    &[
        Member::new("HealthCheckObservations", &HEALTH_CHECK_OBSERVATIONS)
            .with(f::REQUIRED),
    ],
);
pub static GET_HOSTED_ZONE_COUNT_INPUT: Schema = Schema::structure(
    "GetHostedZoneCountRequest",
    &[],
);
pub static GET_HOSTED_ZONE_COUNT_OUTPUT: Schema = Schema::structure(
    "GetHostedZoneCountResponse",
    &[Member::new("HostedZoneCount", &p::LONG).with(f::REQUIRED)],
);
pub static GET_HOSTED_ZONE_LIMIT_INPUT: Schema = Schema::structure(
    "GetHostedZoneLimitRequest",
    &[
        Member::new("Type", &p::STRING).at(Uri, "Type").with(f::REQUIRED),
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
    ],
);
pub static GET_HOSTED_ZONE_LIMIT_OUTPUT: Schema = Schema::structure(
    "GetHostedZoneLimitResponse",
    &[
        Member::new("Limit", &HOSTED_ZONE_LIMIT).with(f::REQUIRED),
        Member::new("Count", &p::LONG).with(f::REQUIRED),
    ],
);
pub static GET_HOSTED_ZONE_INPUT: Schema = Schema::structure(
    "GetHostedZoneRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static GET_HOSTED_ZONE_OUTPUT: Schema = Schema::structure(
    "GetHostedZoneResponse",
    &[
        Member::new("HostedZone", &HOSTED_ZONE).with(f::REQUIRED),
        Member::new("DelegationSet", &DELEGATION_SET),
        Member::new("VPCs", &VP_CS),
    ],
);
pub static GET_QUERY_LOGGING_CONFIG_INPUT: Schema = Schema::structure(
    "GetQueryLoggingConfigRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static GET_QUERY_LOGGING_CONFIG_OUTPUT: Schema = Schema::structure(
    "GetQueryLoggingConfigResponse",
    &[Member::new("QueryLoggingConfig", &QUERY_LOGGING_CONFIG).with(f::REQUIRED)],
);
pub static GET_REUSABLE_DELEGATION_SET_LIMIT_INPUT: Schema = Schema::structure(
    "GetReusableDelegationSetLimitRequest",
    &[
        Member::new("Type", &p::STRING).at(Uri, "Type").with(f::REQUIRED),
        Member::new("DelegationSetId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
    ],
);
pub static GET_REUSABLE_DELEGATION_SET_LIMIT_OUTPUT: Schema = Schema::structure(
    "GetReusableDelegationSetLimitResponse",
    &[
        Member::new("Limit", &REUSABLE_DELEGATION_SET_LIMIT).with(f::REQUIRED),
        Member::new("Count", &p::LONG).with(f::REQUIRED),
    ],
);
pub static GET_REUSABLE_DELEGATION_SET_INPUT: Schema = Schema::structure(
    "GetReusableDelegationSetRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static GET_REUSABLE_DELEGATION_SET_OUTPUT: Schema = Schema::structure(
    "GetReusableDelegationSetResponse",
    &[Member::new("DelegationSet", &DELEGATION_SET).with(f::REQUIRED)],
);
pub static GET_TRAFFIC_POLICY_INSTANCE_COUNT_INPUT: Schema = Schema::structure(
    "GetTrafficPolicyInstanceCountRequest",
    &[],
);
pub static GET_TRAFFIC_POLICY_INSTANCE_COUNT_OUTPUT: Schema = Schema::structure(
    "GetTrafficPolicyInstanceCountResponse",
    &[Member::new("TrafficPolicyInstanceCount", &p::INTEGER).with(f::REQUIRED)],
);
pub static GET_TRAFFIC_POLICY_INSTANCE_INPUT: Schema = Schema::structure(
    "GetTrafficPolicyInstanceRequest",
    &[Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED)],
);
pub static GET_TRAFFIC_POLICY_INSTANCE_OUTPUT: Schema = Schema::structure(
    "GetTrafficPolicyInstanceResponse",
    &[Member::new("TrafficPolicyInstance", &TRAFFIC_POLICY_INSTANCE).with(f::REQUIRED)],
);
pub static GET_TRAFFIC_POLICY_INPUT: Schema = Schema::structure(
    "GetTrafficPolicyRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Version", &p::INTEGER).at(Uri, "Version").with(f::REQUIRED),
    ],
);
pub static GET_TRAFFIC_POLICY_OUTPUT: Schema = Schema::structure(
    "GetTrafficPolicyResponse",
    &[Member::new("TrafficPolicy", &TRAFFIC_POLICY).with(f::REQUIRED)],
);
pub static HEALTH_CHECK: Schema = Schema::structure(
    "HealthCheck",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
        Member::new("LinkedService", &LINKED_SERVICE),
        Member::new("HealthCheckConfig", &HEALTH_CHECK_CONFIG).with(f::REQUIRED),
        Member::new("HealthCheckVersion", &p::LONG).with(f::REQUIRED),
        Member::new("CloudWatchAlarmConfiguration", &CLOUD_WATCH_ALARM_CONFIGURATION),
    ],
);
pub static HEALTH_CHECK_ALREADY_EXISTS: Schema = Schema::structure(
        "HealthCheckAlreadyExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("HealthCheckAlreadyExists", 409u16);
pub static HEALTH_CHECK_CONFIG: Schema = Schema::structure(
    "HealthCheckConfig",
    &[
        Member::new("IPAddress", &p::STRING),
        Member::new("Port", &p::INTEGER),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("ResourcePath", &p::STRING),
        Member::new("FullyQualifiedDomainName", &p::STRING),
        Member::new("SearchString", &p::STRING),
        Member::new("RequestInterval", &p::INTEGER),
        Member::new("FailureThreshold", &p::INTEGER),
        Member::new("MeasureLatency", &p::BOOLEAN),
        Member::new("Inverted", &p::BOOLEAN),
        Member::new("Disabled", &p::BOOLEAN),
        Member::new("HealthThreshold", &p::INTEGER),
        Member::new("ChildHealthChecks", &CHILD_HEALTH_CHECK_LIST),
        Member::new("EnableSNI", &p::BOOLEAN),
        Member::new("Regions", &HEALTH_CHECK_REGION_LIST),
        Member::new("AlarmIdentifier", &ALARM_IDENTIFIER),
        Member::new("InsufficientDataHealthStatus", &p::STRING),
        Member::new("RoutingControlArn", &p::STRING),
    ],
);
pub static HEALTH_CHECK_IN_USE: Schema = Schema::structure(
        "HealthCheckInUse",
        &[Member::new("message", &p::STRING)],
    )
    .error("HealthCheckInUse", 400u16);
pub static HEALTH_CHECK_OBSERVATION: Schema = Schema::structure(
    "HealthCheckObservation",
    &[
        Member::new("Region", &p::STRING),
        Member::new("IPAddress", &p::STRING),
        Member::new("StatusReport", &STATUS_REPORT),
    ],
);
pub static HEALTH_CHECK_OBSERVATIONS: Schema = Schema::list(
    "HealthCheckObservations",
    &[Member::new("member", &HEALTH_CHECK_OBSERVATION).name("HealthCheckObservation")],
);
pub static HEALTH_CHECK_REGION_LIST: Schema = Schema::list(
    "HealthCheckRegionList",
    &[Member::new("member", &p::STRING).name("Region")],
);
pub static HEALTH_CHECK_VERSION_MISMATCH: Schema = Schema::structure(
        "HealthCheckVersionMismatch",
        &[Member::new("message", &p::STRING)],
    )
    .error("HealthCheckVersionMismatch", 409u16);
pub static HEALTH_CHECKS: Schema = Schema::list(
    "HealthChecks",
    &[Member::new("member", &HEALTH_CHECK).name("HealthCheck")],
);
pub static HOSTED_ZONE: Schema = Schema::structure(
    "HostedZone",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("CallerReference", &p::STRING).with(f::REQUIRED),
        Member::new("Config", &HOSTED_ZONE_CONFIG),
        Member::new("ResourceRecordSetCount", &p::LONG),
        Member::new("LinkedService", &LINKED_SERVICE),
        Member::new("Features", &HOSTED_ZONE_FEATURES),
    ],
);
pub static HOSTED_ZONE_ALREADY_EXISTS: Schema = Schema::structure(
        "HostedZoneAlreadyExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("HostedZoneAlreadyExists", 409u16);
pub static HOSTED_ZONE_CONFIG: Schema = Schema::structure(
    "HostedZoneConfig",
    &[Member::new("Comment", &p::STRING), Member::new("PrivateZone", &p::BOOLEAN)],
);
pub static HOSTED_ZONE_FAILURE_REASONS: Schema = Schema::structure(
    "HostedZoneFailureReasons",
    &[Member::new("AcceleratedRecovery", &p::STRING)],
);
pub static HOSTED_ZONE_FEATURES: Schema = Schema::structure(
    "HostedZoneFeatures",
    &[
        Member::new("AcceleratedRecoveryStatus", &p::STRING),
        Member::new("FailureReasons", &HOSTED_ZONE_FAILURE_REASONS),
    ],
);
pub static HOSTED_ZONE_LIMIT: Schema = Schema::structure(
    "HostedZoneLimit",
    &[
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::LONG).with(f::REQUIRED),
    ],
);
pub static HOSTED_ZONE_NOT_EMPTY: Schema = Schema::structure(
        "HostedZoneNotEmpty",
        &[Member::new("message", &p::STRING)],
    )
    .error("HostedZoneNotEmpty", 400u16);
pub static HOSTED_ZONE_NOT_FOUND: Schema = Schema::structure(
        "HostedZoneNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .error("HostedZoneNotFound", 400u16);
pub static HOSTED_ZONE_NOT_PRIVATE: Schema = Schema::structure(
        "HostedZoneNotPrivate",
        &[Member::new("message", &p::STRING)],
    )
    .error("HostedZoneNotPrivate", 400u16);
pub static HOSTED_ZONE_OWNER: Schema = Schema::structure(
    "HostedZoneOwner",
    &[Member::new("OwningAccount", &p::STRING), Member::new("OwningService", &p::STRING)],
);
pub static HOSTED_ZONE_PARTIALLY_DELEGATED: Schema = Schema::structure(
        "HostedZonePartiallyDelegated",
        &[Member::new("message", &p::STRING)],
    )
    .error("HostedZonePartiallyDelegated", 400u16);
pub static HOSTED_ZONE_SUMMARIES: Schema = Schema::list(
    "HostedZoneSummaries",
    &[Member::new("member", &HOSTED_ZONE_SUMMARY).name("HostedZoneSummary")],
);
pub static HOSTED_ZONE_SUMMARY: Schema = Schema::structure(
    "HostedZoneSummary",
    &[
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Owner", &HOSTED_ZONE_OWNER).with(f::REQUIRED),
    ],
);
pub static HOSTED_ZONES: Schema = Schema::list(
    "HostedZones",
    &[Member::new("member", &HOSTED_ZONE).name("HostedZone")],
);
pub static INCOMPATIBLE_VERSION: Schema = Schema::structure(
        "IncompatibleVersion",
        &[Member::new("message", &p::STRING)],
    )
    .error("IncompatibleVersion", 400u16);
pub static INSUFFICIENT_CLOUD_WATCH_LOGS_RESOURCE_POLICY: Schema = Schema::structure(
        "InsufficientCloudWatchLogsResourcePolicy",
        &[Member::new("message", &p::STRING)],
    )
    .error("InsufficientCloudWatchLogsResourcePolicy", 400u16);
pub static INVALID_ARGUMENT: Schema = Schema::structure(
        "InvalidArgument",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidArgument", 400u16);
pub static INVALID_CHANGE_BATCH: Schema = Schema::structure(
        "InvalidChangeBatch",
        &[Member::new("messages", &ERROR_MESSAGES), Member::new("message", &p::STRING)],
    )
    .error("InvalidChangeBatch", 400u16);
pub static INVALID_DOMAIN_NAME: Schema = Schema::structure(
        "InvalidDomainName",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidDomainName", 400u16);
pub static INVALID_INPUT: Schema = Schema::structure(
        "InvalidInput",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidInput", 400u16);
pub static INVALID_KMS_ARN: Schema = Schema::structure(
        "InvalidKMSArn",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidKMSArn", 400u16);
pub static INVALID_KEY_SIGNING_KEY_NAME: Schema = Schema::structure(
        "InvalidKeySigningKeyName",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidKeySigningKeyName", 400u16);
pub static INVALID_KEY_SIGNING_KEY_STATUS: Schema = Schema::structure(
        "InvalidKeySigningKeyStatus",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidKeySigningKeyStatus", 400u16);
pub static INVALID_PAGINATION_TOKEN: Schema = Schema::structure(
        "InvalidPaginationToken",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidPaginationToken", 400u16);
pub static INVALID_RESOURCE_RECORD_SET_PROTECTION_BATCH: Schema = Schema::structure(
        "InvalidResourceRecordSetProtectionBatch",
        &[
            Member::new("Message", &p::STRING),
            Member::new("Errors", &PROTECTION_ERRORS).with(f::REQUIRED),
        ],
    )
    .error("InvalidResourceRecordSetProtectionBatch", 400u16);
pub static INVALID_SIGNING_STATUS: Schema = Schema::structure(
        "InvalidSigningStatus",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidSigningStatus", 400u16);
pub static INVALID_TRAFFIC_POLICY_DOCUMENT: Schema = Schema::structure(
        "InvalidTrafficPolicyDocument",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidTrafficPolicyDocument", 400u16);
pub static INVALID_VPC_ID: Schema = Schema::structure(
        "InvalidVPCId",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidVPCId", 400u16);
pub static KEY_SIGNING_KEY: Schema = Schema::structure(
    "KeySigningKey",
    &[
        Member::new("Name", &p::STRING),
        Member::new("KmsArn", &p::STRING),
        Member::new("Flag", &p::INTEGER),
        Member::new("SigningAlgorithmMnemonic", &p::STRING),
        Member::new("SigningAlgorithmType", &p::INTEGER),
        Member::new("DigestAlgorithmMnemonic", &p::STRING),
        Member::new("DigestAlgorithmType", &p::INTEGER),
        Member::new("KeyTag", &p::INTEGER),
        Member::new("DigestValue", &p::STRING),
        Member::new("PublicKey", &p::STRING),
        Member::new("DSRecord", &p::STRING),
        Member::new("DNSKEYRecord", &p::STRING),
        Member::new("Status", &p::STRING),
        Member::new("StatusMessage", &p::STRING),
        Member::new("CreatedDate", &p::TIMESTAMP),
        Member::new("LastModifiedDate", &p::TIMESTAMP),
    ],
);
pub static KEY_SIGNING_KEY_ALREADY_EXISTS: Schema = Schema::structure(
        "KeySigningKeyAlreadyExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("KeySigningKeyAlreadyExists", 409u16);
pub static KEY_SIGNING_KEY_IN_PARENT_DS_RECORD: Schema = Schema::structure(
        "KeySigningKeyInParentDSRecord",
        &[Member::new("message", &p::STRING)],
    )
    .error("KeySigningKeyInParentDSRecord", 400u16);
pub static KEY_SIGNING_KEY_IN_USE: Schema = Schema::structure(
        "KeySigningKeyInUse",
        &[Member::new("message", &p::STRING)],
    )
    .error("KeySigningKeyInUse", 400u16);
pub static KEY_SIGNING_KEY_WITH_ACTIVE_STATUS_NOT_FOUND: Schema = Schema::structure(
        "KeySigningKeyWithActiveStatusNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .error("KeySigningKeyWithActiveStatusNotFound", 400u16);
pub static KEY_SIGNING_KEYS: Schema = Schema::list(
    "KeySigningKeys",
    &[Member::new("member", &KEY_SIGNING_KEY)],
);
pub static LAST_VPC_ASSOCIATION: Schema = Schema::structure(
        "LastVPCAssociation",
        &[Member::new("message", &p::STRING)],
    )
    .error("LastVPCAssociation", 400u16);
pub static LIMITS_EXCEEDED: Schema = Schema::structure(
        "LimitsExceeded",
        &[Member::new("message", &p::STRING)],
    )
    .error("LimitsExceeded", 400u16);
pub static LINKED_SERVICE: Schema = Schema::structure(
    "LinkedService",
    &[
        Member::new("ServicePrincipal", &p::STRING),
        Member::new("Description", &p::STRING),
    ],
);
pub static LIST_CIDR_BLOCKS_INPUT: Schema = Schema::structure(
    "ListCidrBlocksRequest",
    &[
        Member::new("CollectionId", &p::STRING)
            .at(Uri, "CidrCollectionId")
            .with(f::REQUIRED),
        Member::new("LocationName", &p::STRING).at(QueryString, "location"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
        Member::new("MaxResults", &p::STRING).at(QueryString, "maxresults"),
    ],
);
pub static LIST_CIDR_BLOCKS_OUTPUT: Schema = Schema::structure(
    "ListCidrBlocksResponse",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("CidrBlocks", &CIDR_BLOCK_SUMMARIES),
    ],
);
pub static LIST_CIDR_COLLECTIONS_INPUT: Schema = Schema::structure(
    "ListCidrCollectionsRequest",
    &[
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
        Member::new("MaxResults", &p::STRING).at(QueryString, "maxresults"),
    ],
);
pub static LIST_CIDR_COLLECTIONS_OUTPUT: Schema = Schema::structure(
    "ListCidrCollectionsResponse",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("CidrCollections", &COLLECTION_SUMMARIES),
    ],
);
pub static LIST_CIDR_LOCATIONS_INPUT: Schema = Schema::structure(
    "ListCidrLocationsRequest",
    &[
        Member::new("CollectionId", &p::STRING)
            .at(Uri, "CidrCollectionId")
            .with(f::REQUIRED),
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
        Member::new("MaxResults", &p::STRING).at(QueryString, "maxresults"),
    ],
);
pub static LIST_CIDR_LOCATIONS_OUTPUT: Schema = Schema::structure(
    "ListCidrLocationsResponse",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("CidrLocations", &LOCATION_SUMMARIES),
    ],
);
pub static LIST_GEO_LOCATIONS_INPUT: Schema = Schema::structure(
    "ListGeoLocationsRequest",
    &[
        Member::new("StartContinentCode", &p::STRING)
            .at(QueryString, "startcontinentcode"),
        Member::new("StartCountryCode", &p::STRING).at(QueryString, "startcountrycode"),
        Member::new("StartSubdivisionCode", &p::STRING)
            .at(QueryString, "startsubdivisioncode"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_GEO_LOCATIONS_OUTPUT: Schema = Schema::structure(
    "ListGeoLocationsResponse",
    &[
        Member::new("GeoLocationDetailsList", &GEO_LOCATION_DETAILS_LIST)
            .with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextContinentCode", &p::STRING),
        Member::new("NextCountryCode", &p::STRING),
        Member::new("NextSubdivisionCode", &p::STRING),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_HEALTH_CHECKS_INPUT: Schema = Schema::structure(
    "ListHealthChecksRequest",
    &[
        Member::new("Marker", &p::STRING).at(QueryString, "marker"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_HEALTH_CHECKS_OUTPUT: Schema = Schema::structure(
    "ListHealthChecksResponse",
    &[
        Member::new("HealthChecks", &HEALTH_CHECKS).with(f::REQUIRED),
        Member::new("Marker", &p::STRING).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_HOSTED_ZONES_BY_NAME_INPUT: Schema = Schema::structure(
    "ListHostedZonesByNameRequest",
    &[
        Member::new("DNSName", &p::STRING).at(QueryString, "dnsname"),
        Member::new("HostedZoneId", &p::STRING).at(QueryString, "hostedzoneid"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_HOSTED_ZONES_BY_NAME_OUTPUT: Schema = Schema::structure(
    "ListHostedZonesByNameResponse",
    &[
        Member::new("HostedZones", &HOSTED_ZONES).with(f::REQUIRED),
        Member::new("DNSName", &p::STRING),
        Member::new("HostedZoneId", &p::STRING),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextDNSName", &p::STRING),
        Member::new("NextHostedZoneId", &p::STRING),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_HOSTED_ZONES_BY_VPC_INPUT: Schema = Schema::structure(
    "ListHostedZonesByVPCRequest",
    &[
        Member::new("VPCId", &p::STRING).at(QueryString, "vpcid").with(f::REQUIRED),
        Member::new("VPCRegion", &p::STRING)
            .at(QueryString, "vpcregion")
            .with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
    ],
);
pub static LIST_HOSTED_ZONES_BY_VPC_OUTPUT: Schema = Schema::structure(
    "ListHostedZonesByVPCResponse",
    &[
        Member::new("HostedZoneSummaries", &HOSTED_ZONE_SUMMARIES).with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_HOSTED_ZONES_INPUT: Schema = Schema::structure(
    "ListHostedZonesRequest",
    &[
        Member::new("Marker", &p::STRING).at(QueryString, "marker"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
        Member::new("DelegationSetId", &p::STRING).at(QueryString, "delegationsetid"),
        Member::new("HostedZoneType", &p::STRING).at(QueryString, "hostedzonetype"),
    ],
);
pub static LIST_HOSTED_ZONES_OUTPUT: Schema = Schema::structure(
    "ListHostedZonesResponse",
    &[
        Member::new("HostedZones", &HOSTED_ZONES).with(f::REQUIRED),
        Member::new("Marker", &p::STRING).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_QUERY_LOGGING_CONFIGS_INPUT: Schema = Schema::structure(
    "ListQueryLoggingConfigsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(QueryString, "hostedzoneid"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
        Member::new("MaxResults", &p::STRING).at(QueryString, "maxresults"),
    ],
);
pub static LIST_QUERY_LOGGING_CONFIGS_OUTPUT: Schema = Schema::structure(
    "ListQueryLoggingConfigsResponse",
    &[
        Member::new("QueryLoggingConfigs", &QUERY_LOGGING_CONFIGS).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_RESOURCE_RECORD_SET_PROTECTIONS_INPUT: Schema = Schema::structure(
    "ListResourceRecordSetProtectionsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("StartRecordName", &p::STRING).at(QueryString, "name"),
        Member::new("StartRecordType", &p::STRING).at(QueryString, "type"),
        Member::new("MaxResults", &p::STRING).at(QueryString, "maxresults"),
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
    ],
);
pub static LIST_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT: Schema = Schema::structure(
    "ListResourceRecordSetProtectionsResponse",
    &[
        Member::new("ResourceRecordSetProtections", &RESOURCE_RECORD_SET_PROTECTIONS)
            .with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_RESOURCE_RECORD_SETS_INPUT: Schema = Schema::structure(
    "ListResourceRecordSetsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("StartRecordName", &p::STRING).at(QueryString, "name"),
        Member::new("StartRecordType", &p::STRING).at(QueryString, "type"),
        Member::new("StartRecordIdentifier", &p::STRING).at(QueryString, "identifier"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_RESOURCE_RECORD_SETS_OUTPUT: Schema = Schema::structure(
    "ListResourceRecordSetsResponse",
    &[
        Member::new("ResourceRecordSets", &RESOURCE_RECORD_SETS).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextRecordName", &p::STRING),
        Member::new("NextRecordType", &p::STRING),
        Member::new("NextRecordIdentifier", &p::STRING),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_REUSABLE_DELEGATION_SETS_INPUT: Schema = Schema::structure(
    "ListReusableDelegationSetsRequest",
    &[
        Member::new("Marker", &p::STRING).at(QueryString, "marker"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_REUSABLE_DELEGATION_SETS_OUTPUT: Schema = Schema::structure(
    "ListReusableDelegationSetsResponse",
    &[
        Member::new("DelegationSets", &DELEGATION_SETS).with(f::REQUIRED),
        Member::new("Marker", &p::STRING).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("NextMarker", &p::STRING),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceRequest",
    &[
        Member::new("ResourceType", &p::STRING)
            .at(Uri, "ResourceType")
            .with(f::REQUIRED),
        Member::new("ResourceId", &p::STRING).at(Uri, "ResourceId").with(f::REQUIRED),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceResponse",
    &[Member::new("ResourceTagSet", &RESOURCE_TAG_SET).with(f::REQUIRED)],
);
pub static LIST_TAGS_FOR_RESOURCES_INPUT: Schema = Schema::structure(
    "ListTagsForResourcesRequest",
    &[
        Member::new("ResourceType", &p::STRING)
            .at(Uri, "ResourceType")
            .with(f::REQUIRED),
        Member::new("ResourceIds", &TAG_RESOURCE_ID_LIST).with(f::REQUIRED),
    ],
);
pub static LIST_TAGS_FOR_RESOURCES_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourcesResponse",
    &[Member::new("ResourceTagSets", &RESOURCE_TAG_SET_LIST).with(f::REQUIRED)],
);
pub static LIST_TRAFFIC_POLICIES_INPUT: Schema = Schema::structure(
    "ListTrafficPoliciesRequest",
    &[
        Member::new("TrafficPolicyIdMarker", &p::STRING)
            .at(QueryString, "trafficpolicyid"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_TRAFFIC_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListTrafficPoliciesResponse",
    &[
        Member::new("TrafficPolicySummaries", &TRAFFIC_POLICY_SUMMARIES)
            .with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("TrafficPolicyIdMarker", &p::STRING).with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE_INPUT: Schema = Schema::structure(
    "ListTrafficPolicyInstancesByHostedZoneRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(QueryString, "id").with(f::REQUIRED),
        Member::new("TrafficPolicyInstanceNameMarker", &p::STRING)
            .at(QueryString, "trafficpolicyinstancename"),
        Member::new("TrafficPolicyInstanceTypeMarker", &p::STRING)
            .at(QueryString, "trafficpolicyinstancetype"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE_OUTPUT: Schema = Schema::structure(
    "ListTrafficPolicyInstancesByHostedZoneResponse",
    &[
        Member::new("TrafficPolicyInstances", &TRAFFIC_POLICY_INSTANCES)
            .with(f::REQUIRED),
        Member::new("TrafficPolicyInstanceNameMarker", &p::STRING),
        Member::new("TrafficPolicyInstanceTypeMarker", &p::STRING),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY_INPUT: Schema = Schema::structure(
    "ListTrafficPolicyInstancesByPolicyRequest",
    &[
        Member::new("TrafficPolicyId", &p::STRING)
            .at(QueryString, "id")
            .with(f::REQUIRED),
        Member::new("TrafficPolicyVersion", &p::INTEGER)
            .at(QueryString, "version")
            .with(f::REQUIRED),
        Member::new("HostedZoneIdMarker", &p::STRING).at(QueryString, "hostedzoneid"),
        Member::new("TrafficPolicyInstanceNameMarker", &p::STRING)
            .at(QueryString, "trafficpolicyinstancename"),
        Member::new("TrafficPolicyInstanceTypeMarker", &p::STRING)
            .at(QueryString, "trafficpolicyinstancetype"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY_OUTPUT: Schema = Schema::structure(
    "ListTrafficPolicyInstancesByPolicyResponse",
    &[
        Member::new("TrafficPolicyInstances", &TRAFFIC_POLICY_INSTANCES)
            .with(f::REQUIRED),
        Member::new("HostedZoneIdMarker", &p::STRING),
        Member::new("TrafficPolicyInstanceNameMarker", &p::STRING),
        Member::new("TrafficPolicyInstanceTypeMarker", &p::STRING),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_TRAFFIC_POLICY_INSTANCES_INPUT: Schema = Schema::structure(
    "ListTrafficPolicyInstancesRequest",
    &[
        Member::new("HostedZoneIdMarker", &p::STRING).at(QueryString, "hostedzoneid"),
        Member::new("TrafficPolicyInstanceNameMarker", &p::STRING)
            .at(QueryString, "trafficpolicyinstancename"),
        Member::new("TrafficPolicyInstanceTypeMarker", &p::STRING)
            .at(QueryString, "trafficpolicyinstancetype"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_TRAFFIC_POLICY_INSTANCES_OUTPUT: Schema = Schema::structure(
    "ListTrafficPolicyInstancesResponse",
    &[
        Member::new("TrafficPolicyInstances", &TRAFFIC_POLICY_INSTANCES)
            .with(f::REQUIRED),
        Member::new("HostedZoneIdMarker", &p::STRING),
        Member::new("TrafficPolicyInstanceNameMarker", &p::STRING),
        Member::new("TrafficPolicyInstanceTypeMarker", &p::STRING),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_TRAFFIC_POLICY_VERSIONS_INPUT: Schema = Schema::structure(
    "ListTrafficPolicyVersionsRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("TrafficPolicyVersionMarker", &p::STRING)
            .at(QueryString, "trafficpolicyversion"),
        Member::new("MaxItems", &p::STRING).at(QueryString, "maxitems"),
    ],
);
pub static LIST_TRAFFIC_POLICY_VERSIONS_OUTPUT: Schema = Schema::structure(
    "ListTrafficPolicyVersionsResponse",
    &[
        Member::new("TrafficPolicies", &TRAFFIC_POLICIES).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN).with(f::REQUIRED),
        Member::new("TrafficPolicyVersionMarker", &p::STRING).with(f::REQUIRED),
        Member::new("MaxItems", &p::STRING).with(f::REQUIRED),
    ],
);
pub static LIST_VPC_ASSOCIATION_AUTHORIZATIONS_INPUT: Schema = Schema::structure(
    "ListVPCAssociationAuthorizationsRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("NextToken", &p::STRING).at(QueryString, "nexttoken"),
        Member::new("MaxResults", &p::STRING).at(QueryString, "maxresults"),
    ],
);
pub static LIST_VPC_ASSOCIATION_AUTHORIZATIONS_OUTPUT: Schema = Schema::structure(
    "ListVPCAssociationAuthorizationsResponse",
    &[
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
        Member::new("VPCs", &VP_CS).with(f::REQUIRED),
    ],
);
pub static LOCATION_SUMMARIES: Schema = Schema::list(
    "LocationSummaries",
    &[Member::new("member", &LOCATION_SUMMARY)],
);
pub static LOCATION_SUMMARY: Schema = Schema::structure(
    "LocationSummary",
    &[Member::new("LocationName", &p::STRING)],
);
pub static NO_SUCH_CHANGE: Schema = Schema::structure(
        "NoSuchChange",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchChange", 404u16);
pub static NO_SUCH_CIDR_COLLECTION_EXCEPTION: Schema = Schema::structure(
        "NoSuchCidrCollectionException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("NoSuchCidrCollectionException", 404u16);
pub static NO_SUCH_CIDR_LOCATION_EXCEPTION: Schema = Schema::structure(
        "NoSuchCidrLocationException",
        &[Member::new("Message", &p::STRING)],
    )
    .error("NoSuchCidrLocationException", 404u16);
pub static NO_SUCH_CLOUD_WATCH_LOGS_LOG_GROUP: Schema = Schema::structure(
        "NoSuchCloudWatchLogsLogGroup",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchCloudWatchLogsLogGroup", 404u16);
pub static NO_SUCH_DELEGATION_SET: Schema = Schema::structure(
        "NoSuchDelegationSet",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchDelegationSet", 400u16);
pub static NO_SUCH_GEO_LOCATION: Schema = Schema::structure(
        "NoSuchGeoLocation",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchGeoLocation", 404u16);
pub static NO_SUCH_HEALTH_CHECK: Schema = Schema::structure(
        "NoSuchHealthCheck",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchHealthCheck", 404u16);
pub static NO_SUCH_HOSTED_ZONE: Schema = Schema::structure(
        "NoSuchHostedZone",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchHostedZone", 404u16);
pub static NO_SUCH_KEY_SIGNING_KEY: Schema = Schema::structure(
        "NoSuchKeySigningKey",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchKeySigningKey", 404u16);
pub static NO_SUCH_QUERY_LOGGING_CONFIG: Schema = Schema::structure(
        "NoSuchQueryLoggingConfig",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchQueryLoggingConfig", 404u16);
pub static NO_SUCH_TRAFFIC_POLICY: Schema = Schema::structure(
        "NoSuchTrafficPolicy",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchTrafficPolicy", 404u16);
pub static NO_SUCH_TRAFFIC_POLICY_INSTANCE: Schema = Schema::structure(
        "NoSuchTrafficPolicyInstance",
        &[Member::new("message", &p::STRING)],
    )
    .error("NoSuchTrafficPolicyInstance", 404u16);
pub static NOT_AUTHORIZED_EXCEPTION: Schema = Schema::structure(
        "NotAuthorizedException",
        &[Member::new("message", &p::STRING)],
    )
    .error("NotAuthorizedException", 401u16);
pub static PRIOR_REQUEST_NOT_COMPLETE: Schema = Schema::structure(
        "PriorRequestNotComplete",
        &[Member::new("message", &p::STRING)],
    )
    .error("PriorRequestNotComplete", 400u16);
pub static PROTECTION_ALREADY_EXISTS: Schema = Schema::structure(
        "ProtectionAlreadyExists",
        &[
            Member::new("Message", &p::STRING),
            Member::new("Errors", &PROTECTION_ERRORS).with(f::REQUIRED),
        ],
    )
    .error("ProtectionAlreadyExists", 409u16);
pub static PROTECTION_ERROR: Schema = Schema::structure(
    "ProtectionError",
    &[
        Member::new("RecordName", &p::STRING).with(f::REQUIRED),
        Member::new("RecordType", &p::STRING).with(f::REQUIRED),
        Member::new("Code", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PROTECTION_ERRORS: Schema = Schema::list(
    "ProtectionErrors",
    &[Member::new("member", &PROTECTION_ERROR).name("ProtectionError")],
);
pub static PUBLIC_ZONE_VPC_ASSOCIATION: Schema = Schema::structure(
        "PublicZoneVPCAssociation",
        &[Member::new("message", &p::STRING)],
    )
    .error("PublicZoneVPCAssociation", 400u16);
pub static QUERY_LOGGING_CONFIG: Schema = Schema::structure(
    "QueryLoggingConfig",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("CloudWatchLogsLogGroupArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static QUERY_LOGGING_CONFIG_ALREADY_EXISTS: Schema = Schema::structure(
        "QueryLoggingConfigAlreadyExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("QueryLoggingConfigAlreadyExists", 409u16);
pub static QUERY_LOGGING_CONFIGS: Schema = Schema::list(
    "QueryLoggingConfigs",
    &[Member::new("member", &QUERY_LOGGING_CONFIG).name("QueryLoggingConfig")],
);
pub static RECORD_DATA: Schema = Schema::list(
    "RecordData",
    &[Member::new("member", &p::STRING).name("RecordDataEntry")],
);
pub static RESETTABLE_ELEMENT_NAME_LIST: Schema = Schema::list(
    "ResettableElementNameList",
    &[Member::new("member", &p::STRING).name("ResettableElementName")],
);
pub static RESOURCE_RECORD: Schema = Schema::structure(
    "ResourceRecord",
    &[Member::new("Value", &p::STRING).with(f::REQUIRED)],
);
pub static RESOURCE_RECORD_SET: Schema = Schema::structure(
    "ResourceRecordSet",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("SetIdentifier", &p::STRING),
        Member::new("Weight", &p::LONG),
        Member::new("Region", &p::STRING),
        Member::new("GeoLocation", &GEO_LOCATION),
        Member::new("Failover", &p::STRING),
        Member::new("MultiValueAnswer", &p::BOOLEAN),
        Member::new("TTL", &p::LONG),
        Member::new("ResourceRecords", &RESOURCE_RECORDS),
        Member::new("AliasTarget", &ALIAS_TARGET),
        Member::new("HealthCheckId", &p::STRING),
        Member::new("TrafficPolicyInstanceId", &p::STRING),
        Member::new("CidrRoutingConfig", &CIDR_ROUTING_CONFIG),
        Member::new("GeoProximityLocation", &GEO_PROXIMITY_LOCATION),
    ],
);
pub static RESOURCE_RECORD_SET_PROTECTION: Schema = Schema::structure(
    "ResourceRecordSetProtection",
    &[
        Member::new("RecordName", &p::STRING).with(f::REQUIRED),
        Member::new("RecordType", &p::STRING).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static RESOURCE_RECORD_SET_PROTECTION_CONFIG: Schema = Schema::structure(
    "ResourceRecordSetProtectionConfig",
    &[
        Member::new("RecordName", &p::STRING).with(f::REQUIRED),
        Member::new("RecordType", &p::STRING).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static RESOURCE_RECORD_SET_PROTECTION_CONFIG_BATCH: Schema = Schema::list(
    "ResourceRecordSetProtectionConfigBatch",
    &[
        Member::new("member", &RESOURCE_RECORD_SET_PROTECTION_CONFIG)
            .name("ResourceRecordSetProtectionConfig"),
    ],
);
pub static RESOURCE_RECORD_SET_PROTECTION_KEY: Schema = Schema::structure(
    "ResourceRecordSetProtectionKey",
    &[
        Member::new("RecordName", &p::STRING).with(f::REQUIRED),
        Member::new("RecordType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static RESOURCE_RECORD_SET_PROTECTION_KEY_BATCH: Schema = Schema::list(
    "ResourceRecordSetProtectionKeyBatch",
    &[
        Member::new("member", &RESOURCE_RECORD_SET_PROTECTION_KEY)
            .name("ResourceRecordSetProtectionKey"),
    ],
);
pub static RESOURCE_RECORD_SET_PROTECTIONS: Schema = Schema::list(
    "ResourceRecordSetProtections",
    &[
        Member::new("member", &RESOURCE_RECORD_SET_PROTECTION)
            .name("ResourceRecordSetProtection"),
    ],
);
pub static RESOURCE_RECORD_SETS: Schema = Schema::list(
    "ResourceRecordSets",
    &[Member::new("member", &RESOURCE_RECORD_SET).name("ResourceRecordSet")],
);
pub static RESOURCE_RECORDS: Schema = Schema::list(
    "ResourceRecords",
    &[Member::new("member", &RESOURCE_RECORD).name("ResourceRecord")],
);
pub static RESOURCE_TAG_SET: Schema = Schema::structure(
    "ResourceTagSet",
    &[
        Member::new("ResourceType", &p::STRING),
        Member::new("ResourceId", &p::STRING),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static RESOURCE_TAG_SET_LIST: Schema = Schema::list(
    "ResourceTagSetList",
    &[Member::new("member", &RESOURCE_TAG_SET).name("ResourceTagSet")],
);
pub static REUSABLE_DELEGATION_SET_LIMIT: Schema = Schema::structure(
    "ReusableDelegationSetLimit",
    &[
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::LONG).with(f::REQUIRED),
    ],
);
pub static STATUS_REPORT: Schema = Schema::structure(
    "StatusReport",
    &[Member::new("Status", &p::STRING), Member::new("CheckedTime", &p::TIMESTAMP)],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[Member::new("Key", &p::STRING), Member::new("Value", &p::STRING)],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING).name("Key")],
);
pub static TAG_LIST: Schema = Schema::list(
    "TagList",
    &[Member::new("member", &TAG).name("Tag")],
);
pub static TAG_RESOURCE_ID_LIST: Schema = Schema::list(
    "TagResourceIdList",
    &[Member::new("member", &p::STRING).name("ResourceId")],
);
pub static TEST_DNS_ANSWER_INPUT: Schema = Schema::structure(
    "TestDNSAnswerRequest",
    &[
        Member::new("HostedZoneId", &p::STRING)
            .at(QueryString, "hostedzoneid")
            .with(f::REQUIRED),
        Member::new("RecordName", &p::STRING)
            .at(QueryString, "recordname")
            .with(f::REQUIRED),
        Member::new("RecordType", &p::STRING)
            .at(QueryString, "recordtype")
            .with(f::REQUIRED),
        Member::new("ResolverIP", &p::STRING).at(QueryString, "resolverip"),
        Member::new("EDNS0ClientSubnetIP", &p::STRING)
            .at(QueryString, "edns0clientsubnetip"),
        Member::new("EDNS0ClientSubnetMask", &p::STRING)
            .at(QueryString, "edns0clientsubnetmask"),
    ],
);
pub static TEST_DNS_ANSWER_OUTPUT: Schema = Schema::structure(
    "TestDNSAnswerResponse",
    &[
        Member::new("Nameserver", &p::STRING).with(f::REQUIRED),
        Member::new("RecordName", &p::STRING).with(f::REQUIRED),
        Member::new("RecordType", &p::STRING).with(f::REQUIRED),
        Member::new("RecordData", &RECORD_DATA).with(f::REQUIRED),
        Member::new("ResponseCode", &p::STRING).with(f::REQUIRED),
        Member::new("Protocol", &p::STRING).with(f::REQUIRED),
    ],
);
pub static THROTTLING_EXCEPTION: Schema = Schema::structure(
        "ThrottlingException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ThrottlingException", 400u16);
pub static TOO_MANY_HEALTH_CHECKS: Schema = Schema::structure(
        "TooManyHealthChecks",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyHealthChecks", 400u16);
pub static TOO_MANY_HOSTED_ZONES: Schema = Schema::structure(
        "TooManyHostedZones",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyHostedZones", 400u16);
pub static TOO_MANY_KEY_SIGNING_KEYS: Schema = Schema::structure(
        "TooManyKeySigningKeys",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyKeySigningKeys", 400u16);
pub static TOO_MANY_TRAFFIC_POLICIES: Schema = Schema::structure(
        "TooManyTrafficPolicies",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyTrafficPolicies", 400u16);
pub static TOO_MANY_TRAFFIC_POLICY_INSTANCES: Schema = Schema::structure(
        "TooManyTrafficPolicyInstances",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyTrafficPolicyInstances", 400u16);
pub static TOO_MANY_TRAFFIC_POLICY_VERSIONS_FOR_CURRENT_POLICY: Schema = Schema::structure(
        "TooManyTrafficPolicyVersionsForCurrentPolicy",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyTrafficPolicyVersionsForCurrentPolicy", 400u16);
pub static TOO_MANY_VPC_ASSOCIATION_AUTHORIZATIONS: Schema = Schema::structure(
        "TooManyVPCAssociationAuthorizations",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyVPCAssociationAuthorizations", 400u16);
pub static TRAFFIC_POLICIES: Schema = Schema::list(
    "TrafficPolicies",
    &[Member::new("member", &TRAFFIC_POLICY).name("TrafficPolicy")],
);
pub static TRAFFIC_POLICY: Schema = Schema::structure(
    "TrafficPolicy",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Version", &p::INTEGER).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Document", &p::STRING).with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static TRAFFIC_POLICY_ALREADY_EXISTS: Schema = Schema::structure(
        "TrafficPolicyAlreadyExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("TrafficPolicyAlreadyExists", 409u16);
pub static TRAFFIC_POLICY_IN_USE: Schema = Schema::structure(
        "TrafficPolicyInUse",
        &[Member::new("message", &p::STRING)],
    )
    .error("TrafficPolicyInUse", 400u16);
pub static TRAFFIC_POLICY_INSTANCE: Schema = Schema::structure(
    "TrafficPolicyInstance",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("HostedZoneId", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("TTL", &p::LONG).with(f::REQUIRED),
        Member::new("State", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &p::STRING).with(f::REQUIRED),
        Member::new("TrafficPolicyId", &p::STRING).with(f::REQUIRED),
        Member::new("TrafficPolicyVersion", &p::INTEGER).with(f::REQUIRED),
        Member::new("TrafficPolicyType", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TRAFFIC_POLICY_INSTANCE_ALREADY_EXISTS: Schema = Schema::structure(
        "TrafficPolicyInstanceAlreadyExists",
        &[Member::new("message", &p::STRING)],
    )
    .error("TrafficPolicyInstanceAlreadyExists", 409u16);
pub static TRAFFIC_POLICY_INSTANCES: Schema = Schema::list(
    "TrafficPolicyInstances",
    &[Member::new("member", &TRAFFIC_POLICY_INSTANCE).name("TrafficPolicyInstance")],
);
pub static TRAFFIC_POLICY_SUMMARIES: Schema = Schema::list(
    "TrafficPolicySummaries",
    &[Member::new("member", &TRAFFIC_POLICY_SUMMARY).name("TrafficPolicySummary")],
);
pub static TRAFFIC_POLICY_SUMMARY: Schema = Schema::structure(
    "TrafficPolicySummary",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("LatestVersion", &p::INTEGER).with(f::REQUIRED),
        Member::new("TrafficPolicyCount", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_HEALTH_CHECK_INPUT: Schema = Schema::structure(
    "UpdateHealthCheckRequest",
    &[
        Member::new("HealthCheckId", &p::STRING)
            .at(Uri, "HealthCheckId")
            .with(f::REQUIRED),
        Member::new("HealthCheckVersion", &p::LONG),
        Member::new("IPAddress", &p::STRING),
        Member::new("Port", &p::INTEGER),
        Member::new("ResourcePath", &p::STRING),
        Member::new("FullyQualifiedDomainName", &p::STRING),
        Member::new("SearchString", &p::STRING),
        Member::new("FailureThreshold", &p::INTEGER),
        Member::new("Inverted", &p::BOOLEAN),
        Member::new("Disabled", &p::BOOLEAN),
        Member::new("HealthThreshold", &p::INTEGER),
        Member::new("ChildHealthChecks", &CHILD_HEALTH_CHECK_LIST),
        Member::new("EnableSNI", &p::BOOLEAN),
        Member::new("Regions", &HEALTH_CHECK_REGION_LIST),
        Member::new("AlarmIdentifier", &ALARM_IDENTIFIER),
        Member::new("InsufficientDataHealthStatus", &p::STRING),
        Member::new("ResetElements", &RESETTABLE_ELEMENT_NAME_LIST),
    ],
);
pub static UPDATE_HEALTH_CHECK_OUTPUT: Schema = Schema::structure(
    "UpdateHealthCheckResponse",
    &[Member::new("HealthCheck", &HEALTH_CHECK).with(f::REQUIRED)],
);
pub static UPDATE_HOSTED_ZONE_COMMENT_INPUT: Schema = Schema::structure(
    "UpdateHostedZoneCommentRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Comment", &p::STRING),
    ],
);
pub static UPDATE_HOSTED_ZONE_COMMENT_OUTPUT: Schema = Schema::structure(
    "UpdateHostedZoneCommentResponse",
    &[Member::new("HostedZone", &HOSTED_ZONE).with(f::REQUIRED)],
);
pub static UPDATE_HOSTED_ZONE_FEATURES_INPUT: Schema = Schema::structure(
    "UpdateHostedZoneFeaturesRequest",
    &[
        Member::new("HostedZoneId", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("EnableAcceleratedRecovery", &p::BOOLEAN),
    ],
);
pub static UPDATE_HOSTED_ZONE_FEATURES_OUTPUT: Schema = Schema::structure(
    "UpdateHostedZoneFeaturesResponse",
    &[],
);
pub static UPDATE_TRAFFIC_POLICY_COMMENT_INPUT: Schema = Schema::structure(
    "UpdateTrafficPolicyCommentRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("Version", &p::INTEGER).at(Uri, "Version").with(f::REQUIRED),
        Member::new("Comment", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_TRAFFIC_POLICY_COMMENT_OUTPUT: Schema = Schema::structure(
    "UpdateTrafficPolicyCommentResponse",
    &[Member::new("TrafficPolicy", &TRAFFIC_POLICY).with(f::REQUIRED)],
);
pub static UPDATE_TRAFFIC_POLICY_INSTANCE_INPUT: Schema = Schema::structure(
    "UpdateTrafficPolicyInstanceRequest",
    &[
        Member::new("Id", &p::STRING).at(Uri, "Id").with(f::REQUIRED),
        Member::new("TTL", &p::LONG).with(f::REQUIRED),
        Member::new("TrafficPolicyId", &p::STRING).with(f::REQUIRED),
        Member::new("TrafficPolicyVersion", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static UPDATE_TRAFFIC_POLICY_INSTANCE_OUTPUT: Schema = Schema::structure(
    "UpdateTrafficPolicyInstanceResponse",
    &[Member::new("TrafficPolicyInstance", &TRAFFIC_POLICY_INSTANCE).with(f::REQUIRED)],
);
pub static VPC: Schema = Schema::structure(
    "VPC",
    &[Member::new("VPCRegion", &p::STRING), Member::new("VPCId", &p::STRING)],
);
pub static VPC_ASSOCIATION_AUTHORIZATION_NOT_FOUND: Schema = Schema::structure(
        "VPCAssociationAuthorizationNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .error("VPCAssociationAuthorizationNotFound", 404u16);
pub static VPC_ASSOCIATION_NOT_FOUND: Schema = Schema::structure(
        "VPCAssociationNotFound",
        &[Member::new("message", &p::STRING)],
    )
    .error("VPCAssociationNotFound", 404u16);
pub static VP_CS: Schema = Schema::list(
    "VPCs",
    &[Member::new("member", &VPC).name("VPC")],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ACTIVATE_KEY_SIGNING_KEY: Operation = Operation::new(
            "ActivateKeySigningKey",
            "POST",
            "/2013-04-01/keysigningkey/{HostedZoneId}/{Name}/activate",
            &super::ACTIVATE_KEY_SIGNING_KEY_INPUT,
            &super::ACTIVATE_KEY_SIGNING_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::NO_SUCH_KEY_SIGNING_KEY,
                &super::INVALID_KEY_SIGNING_KEY_STATUS,
                &super::INVALID_SIGNING_STATUS,
                &super::INVALID_KMS_ARN,
                &super::INVALID_INPUT,
            ],
        );
    pub static ASSOCIATE_VPC_WITH_HOSTED_ZONE: Operation = Operation::new(
            "AssociateVPCWithHostedZone",
            "POST",
            "/2013-04-01/hostedzone/{Id}/associatevpc",
            &super::ASSOCIATE_VPC_WITH_HOSTED_ZONE_INPUT,
            &super::ASSOCIATE_VPC_WITH_HOSTED_ZONE_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::NOT_AUTHORIZED_EXCEPTION,
                &super::INVALID_VPC_ID,
                &super::INVALID_INPUT,
                &super::PUBLIC_ZONE_VPC_ASSOCIATION,
                &super::CONFLICTING_DOMAIN_EXISTS,
                &super::LIMITS_EXCEEDED,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
            ],
        )
        .input_xml(
            "AssociateVPCWithHostedZoneRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CHANGE_CIDR_COLLECTION: Operation = Operation::new(
            "ChangeCidrCollection",
            "POST",
            "/2013-04-01/cidrcollection/{CidrCollectionId}",
            &super::CHANGE_CIDR_COLLECTION_INPUT,
            &super::CHANGE_CIDR_COLLECTION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_CIDR_COLLECTION_EXCEPTION,
                &super::CIDR_COLLECTION_VERSION_MISMATCH_EXCEPTION,
                &super::INVALID_INPUT,
                &super::CIDR_BLOCK_IN_USE_EXCEPTION,
                &super::LIMITS_EXCEEDED,
                &super::CONCURRENT_MODIFICATION,
            ],
        )
        .input_xml(
            "ChangeCidrCollectionRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CHANGE_RESOURCE_RECORD_SETS: Operation = Operation::new(
            "ChangeResourceRecordSets",
            "POST",
            "/2013-04-01/hostedzone/{Id}/rrset/",
            &super::CHANGE_RESOURCE_RECORD_SETS_INPUT,
            &super::CHANGE_RESOURCE_RECORD_SETS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::NO_SUCH_HEALTH_CHECK,
                &super::INVALID_CHANGE_BATCH,
                &super::INVALID_INPUT,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
            ],
        )
        .input_xml(
            "ChangeResourceRecordSetsRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CHANGE_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ChangeTagsForResource",
            "POST",
            "/2013-04-01/tags/{ResourceType}/{ResourceId}",
            &super::CHANGE_TAGS_FOR_RESOURCE_INPUT,
            &super::CHANGE_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_HEALTH_CHECK,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .input_xml(
            "ChangeTagsForResourceRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_CIDR_COLLECTION: Operation = Operation::new(
            "CreateCidrCollection",
            "POST",
            "/2013-04-01/cidrcollection",
            &super::CREATE_CIDR_COLLECTION_INPUT,
            &super::CREATE_CIDR_COLLECTION_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::LIMITS_EXCEEDED,
                &super::INVALID_INPUT,
                &super::CIDR_COLLECTION_ALREADY_EXISTS_EXCEPTION,
                &super::CONCURRENT_MODIFICATION,
            ],
        )
        .input_xml(
            "CreateCidrCollectionRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_HEALTH_CHECK: Operation = Operation::new(
            "CreateHealthCheck",
            "POST",
            "/2013-04-01/healthcheck",
            &super::CREATE_HEALTH_CHECK_INPUT,
            &super::CREATE_HEALTH_CHECK_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::TOO_MANY_HEALTH_CHECKS,
                &super::HEALTH_CHECK_ALREADY_EXISTS,
                &super::INVALID_INPUT,
            ],
        )
        .input_xml(
            "CreateHealthCheckRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_HOSTED_ZONE: Operation = Operation::new(
            "CreateHostedZone",
            "POST",
            "/2013-04-01/hostedzone",
            &super::CREATE_HOSTED_ZONE_INPUT,
            &super::CREATE_HOSTED_ZONE_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_DOMAIN_NAME,
                &super::HOSTED_ZONE_ALREADY_EXISTS,
                &super::TOO_MANY_HOSTED_ZONES,
                &super::INVALID_VPC_ID,
                &super::INVALID_INPUT,
                &super::DELEGATION_SET_NOT_AVAILABLE,
                &super::CONFLICTING_DOMAIN_EXISTS,
                &super::NO_SUCH_DELEGATION_SET,
                &super::DELEGATION_SET_NOT_REUSABLE,
            ],
        )
        .input_xml(
            "CreateHostedZoneRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_KEY_SIGNING_KEY: Operation = Operation::new(
            "CreateKeySigningKey",
            "POST",
            "/2013-04-01/keysigningkey",
            &super::CREATE_KEY_SIGNING_KEY_INPUT,
            &super::CREATE_KEY_SIGNING_KEY_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_ARGUMENT,
                &super::INVALID_INPUT,
                &super::INVALID_KMS_ARN,
                &super::INVALID_KEY_SIGNING_KEY_STATUS,
                &super::INVALID_SIGNING_STATUS,
                &super::INVALID_KEY_SIGNING_KEY_NAME,
                &super::KEY_SIGNING_KEY_ALREADY_EXISTS,
                &super::TOO_MANY_KEY_SIGNING_KEYS,
                &super::CONCURRENT_MODIFICATION,
            ],
        )
        .input_xml(
            "CreateKeySigningKeyRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_QUERY_LOGGING_CONFIG: Operation = Operation::new(
            "CreateQueryLoggingConfig",
            "POST",
            "/2013-04-01/queryloggingconfig",
            &super::CREATE_QUERY_LOGGING_CONFIG_INPUT,
            &super::CREATE_QUERY_LOGGING_CONFIG_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::NO_SUCH_CLOUD_WATCH_LOGS_LOG_GROUP,
                &super::INVALID_INPUT,
                &super::QUERY_LOGGING_CONFIG_ALREADY_EXISTS,
                &super::INSUFFICIENT_CLOUD_WATCH_LOGS_RESOURCE_POLICY,
            ],
        )
        .input_xml(
            "CreateQueryLoggingConfigRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_RESOURCE_RECORD_SET_PROTECTIONS: Operation = Operation::new(
            "CreateResourceRecordSetProtections",
            "POST",
            "/2013-04-01/hostedzone/{Id}/rrsetprotection",
            &super::CREATE_RESOURCE_RECORD_SET_PROTECTIONS_INPUT,
            &super::CREATE_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::INVALID_RESOURCE_RECORD_SET_PROTECTION_BATCH,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::PROTECTION_ALREADY_EXISTS,
                &super::LIMITS_EXCEEDED,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
            ],
        )
        .input_xml(
            "CreateResourceRecordSetProtectionsRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_REUSABLE_DELEGATION_SET: Operation = Operation::new(
            "CreateReusableDelegationSet",
            "POST",
            "/2013-04-01/delegationset",
            &super::CREATE_REUSABLE_DELEGATION_SET_INPUT,
            &super::CREATE_REUSABLE_DELEGATION_SET_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::DELEGATION_SET_ALREADY_CREATED,
                &super::LIMITS_EXCEEDED,
                &super::HOSTED_ZONE_NOT_FOUND,
                &super::INVALID_ARGUMENT,
                &super::INVALID_INPUT,
                &super::DELEGATION_SET_NOT_AVAILABLE,
                &super::DELEGATION_SET_ALREADY_REUSABLE,
            ],
        )
        .input_xml(
            "CreateReusableDelegationSetRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_TRAFFIC_POLICY: Operation = Operation::new(
            "CreateTrafficPolicy",
            "POST",
            "/2013-04-01/trafficpolicy",
            &super::CREATE_TRAFFIC_POLICY_INPUT,
            &super::CREATE_TRAFFIC_POLICY_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::TOO_MANY_TRAFFIC_POLICIES,
                &super::TRAFFIC_POLICY_ALREADY_EXISTS,
                &super::INVALID_TRAFFIC_POLICY_DOCUMENT,
            ],
        )
        .input_xml(
            "CreateTrafficPolicyRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_TRAFFIC_POLICY_INSTANCE: Operation = Operation::new(
            "CreateTrafficPolicyInstance",
            "POST",
            "/2013-04-01/trafficpolicyinstance",
            &super::CREATE_TRAFFIC_POLICY_INSTANCE_INPUT,
            &super::CREATE_TRAFFIC_POLICY_INSTANCE_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_INPUT,
                &super::TOO_MANY_TRAFFIC_POLICY_INSTANCES,
                &super::NO_SUCH_TRAFFIC_POLICY,
                &super::TRAFFIC_POLICY_INSTANCE_ALREADY_EXISTS,
            ],
        )
        .input_xml(
            "CreateTrafficPolicyInstanceRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_TRAFFIC_POLICY_VERSION: Operation = Operation::new(
            "CreateTrafficPolicyVersion",
            "POST",
            "/2013-04-01/trafficpolicy/{Id}",
            &super::CREATE_TRAFFIC_POLICY_VERSION_INPUT,
            &super::CREATE_TRAFFIC_POLICY_VERSION_OUTPUT,
        )
        .response_code(201u16)
        .errors(
            &[
                &super::NO_SUCH_TRAFFIC_POLICY,
                &super::INVALID_INPUT,
                &super::TOO_MANY_TRAFFIC_POLICY_VERSIONS_FOR_CURRENT_POLICY,
                &super::CONCURRENT_MODIFICATION,
                &super::INVALID_TRAFFIC_POLICY_DOCUMENT,
            ],
        )
        .input_xml(
            "CreateTrafficPolicyVersionRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static CREATE_VPC_ASSOCIATION_AUTHORIZATION: Operation = Operation::new(
            "CreateVPCAssociationAuthorization",
            "POST",
            "/2013-04-01/hostedzone/{Id}/authorizevpcassociation",
            &super::CREATE_VPC_ASSOCIATION_AUTHORIZATION_INPUT,
            &super::CREATE_VPC_ASSOCIATION_AUTHORIZATION_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::TOO_MANY_VPC_ASSOCIATION_AUTHORIZATIONS,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_VPC_ID,
                &super::INVALID_INPUT,
            ],
        )
        .input_xml(
            "CreateVPCAssociationAuthorizationRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static DEACTIVATE_KEY_SIGNING_KEY: Operation = Operation::new(
            "DeactivateKeySigningKey",
            "POST",
            "/2013-04-01/keysigningkey/{HostedZoneId}/{Name}/deactivate",
            &super::DEACTIVATE_KEY_SIGNING_KEY_INPUT,
            &super::DEACTIVATE_KEY_SIGNING_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::NO_SUCH_KEY_SIGNING_KEY,
                &super::INVALID_KEY_SIGNING_KEY_STATUS,
                &super::INVALID_SIGNING_STATUS,
                &super::KEY_SIGNING_KEY_IN_USE,
                &super::KEY_SIGNING_KEY_IN_PARENT_DS_RECORD,
                &super::INVALID_INPUT,
            ],
        );
    pub static DELETE_CIDR_COLLECTION: Operation = Operation::new(
            "DeleteCidrCollection",
            "DELETE",
            "/2013-04-01/cidrcollection/{CidrCollectionId}",
            &super::DELETE_CIDR_COLLECTION_INPUT,
            &super::DELETE_CIDR_COLLECTION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_CIDR_COLLECTION_EXCEPTION,
                &super::CIDR_COLLECTION_IN_USE_EXCEPTION,
                &super::INVALID_INPUT,
                &super::CONCURRENT_MODIFICATION,
            ],
        );
    pub static DELETE_HEALTH_CHECK: Operation = Operation::new(
            "DeleteHealthCheck",
            "DELETE",
            "/2013-04-01/healthcheck/{HealthCheckId}",
            &super::DELETE_HEALTH_CHECK_INPUT,
            &super::DELETE_HEALTH_CHECK_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HEALTH_CHECK,
                &super::HEALTH_CHECK_IN_USE,
                &super::INVALID_INPUT,
            ],
        );
    pub static DELETE_HOSTED_ZONE: Operation = Operation::new(
            "DeleteHostedZone",
            "DELETE",
            "/2013-04-01/hostedzone/{Id}",
            &super::DELETE_HOSTED_ZONE_INPUT,
            &super::DELETE_HOSTED_ZONE_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::HOSTED_ZONE_NOT_EMPTY,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
                &super::INVALID_INPUT,
                &super::INVALID_DOMAIN_NAME,
            ],
        );
    pub static DELETE_KEY_SIGNING_KEY: Operation = Operation::new(
            "DeleteKeySigningKey",
            "DELETE",
            "/2013-04-01/keysigningkey/{HostedZoneId}/{Name}",
            &super::DELETE_KEY_SIGNING_KEY_INPUT,
            &super::DELETE_KEY_SIGNING_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::NO_SUCH_KEY_SIGNING_KEY,
                &super::INVALID_KEY_SIGNING_KEY_STATUS,
                &super::INVALID_SIGNING_STATUS,
                &super::INVALID_KMS_ARN,
                &super::INVALID_INPUT,
            ],
        );
    pub static DELETE_QUERY_LOGGING_CONFIG: Operation = Operation::new(
            "DeleteQueryLoggingConfig",
            "DELETE",
            "/2013-04-01/queryloggingconfig/{Id}",
            &super::DELETE_QUERY_LOGGING_CONFIG_INPUT,
            &super::DELETE_QUERY_LOGGING_CONFIG_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::NO_SUCH_QUERY_LOGGING_CONFIG,
                &super::INVALID_INPUT,
            ],
        );
    pub static DELETE_RESOURCE_RECORD_SET_PROTECTIONS: Operation = Operation::new(
            "DeleteResourceRecordSetProtections",
            "POST",
            "/2013-04-01/hostedzone/{Id}/rrsetprotection/delete",
            &super::DELETE_RESOURCE_RECORD_SET_PROTECTIONS_INPUT,
            &super::DELETE_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::INVALID_RESOURCE_RECORD_SET_PROTECTION_BATCH,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
            ],
        )
        .input_xml(
            "DeleteResourceRecordSetProtectionsRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static DELETE_REUSABLE_DELEGATION_SET: Operation = Operation::new(
            "DeleteReusableDelegationSet",
            "DELETE",
            "/2013-04-01/delegationset/{Id}",
            &super::DELETE_REUSABLE_DELEGATION_SET_INPUT,
            &super::DELETE_REUSABLE_DELEGATION_SET_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_DELEGATION_SET,
                &super::DELEGATION_SET_IN_USE,
                &super::DELEGATION_SET_NOT_REUSABLE,
                &super::INVALID_INPUT,
            ],
        );
    pub static DELETE_TRAFFIC_POLICY: Operation = Operation::new(
            "DeleteTrafficPolicy",
            "DELETE",
            "/2013-04-01/trafficpolicy/{Id}/{Version}",
            &super::DELETE_TRAFFIC_POLICY_INPUT,
            &super::DELETE_TRAFFIC_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_TRAFFIC_POLICY,
                &super::INVALID_INPUT,
                &super::TRAFFIC_POLICY_IN_USE,
                &super::CONCURRENT_MODIFICATION,
            ],
        );
    pub static DELETE_TRAFFIC_POLICY_INSTANCE: Operation = Operation::new(
            "DeleteTrafficPolicyInstance",
            "DELETE",
            "/2013-04-01/trafficpolicyinstance/{Id}",
            &super::DELETE_TRAFFIC_POLICY_INSTANCE_INPUT,
            &super::DELETE_TRAFFIC_POLICY_INSTANCE_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_TRAFFIC_POLICY_INSTANCE,
                &super::INVALID_INPUT,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
            ],
        );
    pub static DELETE_VPC_ASSOCIATION_AUTHORIZATION: Operation = Operation::new(
            "DeleteVPCAssociationAuthorization",
            "POST",
            "/2013-04-01/hostedzone/{Id}/deauthorizevpcassociation",
            &super::DELETE_VPC_ASSOCIATION_AUTHORIZATION_INPUT,
            &super::DELETE_VPC_ASSOCIATION_AUTHORIZATION_OUTPUT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION,
                &super::VPC_ASSOCIATION_AUTHORIZATION_NOT_FOUND,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_VPC_ID,
                &super::INVALID_INPUT,
            ],
        )
        .input_xml(
            "DeleteVPCAssociationAuthorizationRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static DISABLE_HOSTED_ZONE_DNSSEC: Operation = Operation::new(
            "DisableHostedZoneDNSSEC",
            "POST",
            "/2013-04-01/hostedzone/{Id}/disable-dnssec",
            &super::DISABLE_HOSTED_ZONE_DNSSEC_INPUT,
            &super::DISABLE_HOSTED_ZONE_DNSSEC_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_ARGUMENT,
                &super::CONCURRENT_MODIFICATION,
                &super::KEY_SIGNING_KEY_IN_PARENT_DS_RECORD,
                &super::DNSSEC_NOT_FOUND,
                &super::INVALID_KEY_SIGNING_KEY_STATUS,
                &super::INVALID_KMS_ARN,
                &super::INVALID_INPUT,
            ],
        );
    pub static DISASSOCIATE_VPC_FROM_HOSTED_ZONE: Operation = Operation::new(
            "DisassociateVPCFromHostedZone",
            "POST",
            "/2013-04-01/hostedzone/{Id}/disassociatevpc",
            &super::DISASSOCIATE_VPC_FROM_HOSTED_ZONE_INPUT,
            &super::DISASSOCIATE_VPC_FROM_HOSTED_ZONE_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_VPC_ID,
                &super::VPC_ASSOCIATION_NOT_FOUND,
                &super::LAST_VPC_ASSOCIATION,
                &super::INVALID_INPUT,
            ],
        )
        .input_xml(
            "DisassociateVPCFromHostedZoneRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static ENABLE_HOSTED_ZONE_DNSSEC: Operation = Operation::new(
            "EnableHostedZoneDNSSEC",
            "POST",
            "/2013-04-01/hostedzone/{Id}/enable-dnssec",
            &super::ENABLE_HOSTED_ZONE_DNSSEC_INPUT,
            &super::ENABLE_HOSTED_ZONE_DNSSEC_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_ARGUMENT,
                &super::CONCURRENT_MODIFICATION,
                &super::KEY_SIGNING_KEY_WITH_ACTIVE_STATUS_NOT_FOUND,
                &super::INVALID_KMS_ARN,
                &super::HOSTED_ZONE_PARTIALLY_DELEGATED,
                &super::DNSSEC_NOT_FOUND,
                &super::INVALID_KEY_SIGNING_KEY_STATUS,
                &super::INVALID_INPUT,
            ],
        );
    pub static GET_ACCOUNT_LIMIT: Operation = Operation::new(
            "GetAccountLimit",
            "GET",
            "/2013-04-01/accountlimit/{Type}",
            &super::GET_ACCOUNT_LIMIT_INPUT,
            &super::GET_ACCOUNT_LIMIT_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT]);
    pub static GET_CHANGE: Operation = Operation::new(
            "GetChange",
            "GET",
            "/2013-04-01/change/{Id}",
            &super::GET_CHANGE_INPUT,
            &super::GET_CHANGE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_CHANGE, &super::INVALID_INPUT]);
    pub static GET_CHECKER_IP_RANGES: Operation = Operation::new(
        "GetCheckerIpRanges",
        "GET",
        "/2013-04-01/checkeripranges",
        &super::GET_CHECKER_IP_RANGES_INPUT,
        &super::GET_CHECKER_IP_RANGES_OUTPUT,
    );
    pub static GET_DNSSEC: Operation = Operation::new(
            "GetDNSSEC",
            "GET",
            "/2013-04-01/hostedzone/{Id}/dnssec",
            &super::GET_DNSSEC_INPUT,
            &super::GET_DNSSEC_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_ARGUMENT,
                &super::INVALID_INPUT,
            ],
        );
    pub static GET_GEO_LOCATION: Operation = Operation::new(
            "GetGeoLocation",
            "GET",
            "/2013-04-01/geolocation",
            &super::GET_GEO_LOCATION_INPUT,
            &super::GET_GEO_LOCATION_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_GEO_LOCATION, &super::INVALID_INPUT]);
    pub static GET_HEALTH_CHECK: Operation = Operation::new(
            "GetHealthCheck",
            "GET",
            "/2013-04-01/healthcheck/{HealthCheckId}",
            &super::GET_HEALTH_CHECK_INPUT,
            &super::GET_HEALTH_CHECK_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HEALTH_CHECK,
                &super::INVALID_INPUT,
                &super::INCOMPATIBLE_VERSION,
            ],
        );
    pub static GET_HEALTH_CHECK_COUNT: Operation = Operation::new(
        "GetHealthCheckCount",
        "GET",
        "/2013-04-01/healthcheckcount",
        &super::GET_HEALTH_CHECK_COUNT_INPUT,
        &super::GET_HEALTH_CHECK_COUNT_OUTPUT,
    );
    pub static GET_HEALTH_CHECK_LAST_FAILURE_REASON: Operation = Operation::new(
            "GetHealthCheckLastFailureReason",
            "GET",
            "/2013-04-01/healthcheck/{HealthCheckId}/lastfailurereason",
            &super::GET_HEALTH_CHECK_LAST_FAILURE_REASON_INPUT,
            &super::GET_HEALTH_CHECK_LAST_FAILURE_REASON_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_HEALTH_CHECK, &super::INVALID_INPUT]);
    pub static GET_HEALTH_CHECK_STATUS: Operation = Operation::new(
            "GetHealthCheckStatus",
            "GET",
            "/2013-04-01/healthcheck/{HealthCheckId}/status",
            &super::GET_HEALTH_CHECK_STATUS_INPUT,
            &super::GET_HEALTH_CHECK_STATUS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_HEALTH_CHECK, &super::INVALID_INPUT]);
    pub static GET_HOSTED_ZONE: Operation = Operation::new(
            "GetHostedZone",
            "GET",
            "/2013-04-01/hostedzone/{Id}",
            &super::GET_HOSTED_ZONE_INPUT,
            &super::GET_HOSTED_ZONE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_HOSTED_ZONE, &super::INVALID_INPUT]);
    pub static GET_HOSTED_ZONE_COUNT: Operation = Operation::new(
            "GetHostedZoneCount",
            "GET",
            "/2013-04-01/hostedzonecount",
            &super::GET_HOSTED_ZONE_COUNT_INPUT,
            &super::GET_HOSTED_ZONE_COUNT_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT]);
    pub static GET_HOSTED_ZONE_LIMIT: Operation = Operation::new(
            "GetHostedZoneLimit",
            "GET",
            "/2013-04-01/hostedzonelimit/{Id}/{Type}",
            &super::GET_HOSTED_ZONE_LIMIT_INPUT,
            &super::GET_HOSTED_ZONE_LIMIT_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_INPUT,
                &super::HOSTED_ZONE_NOT_PRIVATE,
            ],
        );
    pub static GET_QUERY_LOGGING_CONFIG: Operation = Operation::new(
            "GetQueryLoggingConfig",
            "GET",
            "/2013-04-01/queryloggingconfig/{Id}",
            &super::GET_QUERY_LOGGING_CONFIG_INPUT,
            &super::GET_QUERY_LOGGING_CONFIG_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_QUERY_LOGGING_CONFIG, &super::INVALID_INPUT]);
    pub static GET_REUSABLE_DELEGATION_SET: Operation = Operation::new(
            "GetReusableDelegationSet",
            "GET",
            "/2013-04-01/delegationset/{Id}",
            &super::GET_REUSABLE_DELEGATION_SET_INPUT,
            &super::GET_REUSABLE_DELEGATION_SET_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_DELEGATION_SET,
                &super::DELEGATION_SET_NOT_REUSABLE,
                &super::INVALID_INPUT,
            ],
        );
    pub static GET_REUSABLE_DELEGATION_SET_LIMIT: Operation = Operation::new(
            "GetReusableDelegationSetLimit",
            "GET",
            "/2013-04-01/reusabledelegationsetlimit/{Id}/{Type}",
            &super::GET_REUSABLE_DELEGATION_SET_LIMIT_INPUT,
            &super::GET_REUSABLE_DELEGATION_SET_LIMIT_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT, &super::NO_SUCH_DELEGATION_SET]);
    pub static GET_TRAFFIC_POLICY: Operation = Operation::new(
            "GetTrafficPolicy",
            "GET",
            "/2013-04-01/trafficpolicy/{Id}/{Version}",
            &super::GET_TRAFFIC_POLICY_INPUT,
            &super::GET_TRAFFIC_POLICY_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_TRAFFIC_POLICY, &super::INVALID_INPUT]);
    pub static GET_TRAFFIC_POLICY_INSTANCE: Operation = Operation::new(
            "GetTrafficPolicyInstance",
            "GET",
            "/2013-04-01/trafficpolicyinstance/{Id}",
            &super::GET_TRAFFIC_POLICY_INSTANCE_INPUT,
            &super::GET_TRAFFIC_POLICY_INSTANCE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_TRAFFIC_POLICY_INSTANCE, &super::INVALID_INPUT]);
    pub static GET_TRAFFIC_POLICY_INSTANCE_COUNT: Operation = Operation::new(
        "GetTrafficPolicyInstanceCount",
        "GET",
        "/2013-04-01/trafficpolicyinstancecount",
        &super::GET_TRAFFIC_POLICY_INSTANCE_COUNT_INPUT,
        &super::GET_TRAFFIC_POLICY_INSTANCE_COUNT_OUTPUT,
    );
    pub static LIST_CIDR_BLOCKS: Operation = Operation::new(
            "ListCidrBlocks",
            "GET",
            "/2013-04-01/cidrcollection/{CidrCollectionId}/cidrblocks",
            &super::LIST_CIDR_BLOCKS_INPUT,
            &super::LIST_CIDR_BLOCKS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_CIDR_COLLECTION_EXCEPTION,
                &super::NO_SUCH_CIDR_LOCATION_EXCEPTION,
                &super::INVALID_INPUT,
            ],
        );
    pub static LIST_CIDR_COLLECTIONS: Operation = Operation::new(
            "ListCidrCollections",
            "GET",
            "/2013-04-01/cidrcollection",
            &super::LIST_CIDR_COLLECTIONS_INPUT,
            &super::LIST_CIDR_COLLECTIONS_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT]);
    pub static LIST_CIDR_LOCATIONS: Operation = Operation::new(
            "ListCidrLocations",
            "GET",
            "/2013-04-01/cidrcollection/{CidrCollectionId}",
            &super::LIST_CIDR_LOCATIONS_INPUT,
            &super::LIST_CIDR_LOCATIONS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_CIDR_COLLECTION_EXCEPTION, &super::INVALID_INPUT]);
    pub static LIST_GEO_LOCATIONS: Operation = Operation::new(
            "ListGeoLocations",
            "GET",
            "/2013-04-01/geolocations",
            &super::LIST_GEO_LOCATIONS_INPUT,
            &super::LIST_GEO_LOCATIONS_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT]);
    pub static LIST_HEALTH_CHECKS: Operation = Operation::new(
            "ListHealthChecks",
            "GET",
            "/2013-04-01/healthcheck",
            &super::LIST_HEALTH_CHECKS_INPUT,
            &super::LIST_HEALTH_CHECKS_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT, &super::INCOMPATIBLE_VERSION]);
    pub static LIST_HOSTED_ZONES: Operation = Operation::new(
            "ListHostedZones",
            "GET",
            "/2013-04-01/hostedzone",
            &super::LIST_HOSTED_ZONES_INPUT,
            &super::LIST_HOSTED_ZONES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_DELEGATION_SET,
                &super::DELEGATION_SET_NOT_REUSABLE,
            ],
        );
    pub static LIST_HOSTED_ZONES_BY_NAME: Operation = Operation::new(
            "ListHostedZonesByName",
            "GET",
            "/2013-04-01/hostedzonesbyname",
            &super::LIST_HOSTED_ZONES_BY_NAME_INPUT,
            &super::LIST_HOSTED_ZONES_BY_NAME_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT, &super::INVALID_DOMAIN_NAME]);
    pub static LIST_HOSTED_ZONES_BY_VPC: Operation = Operation::new(
            "ListHostedZonesByVPC",
            "GET",
            "/2013-04-01/hostedzonesbyvpc",
            &super::LIST_HOSTED_ZONES_BY_VPC_INPUT,
            &super::LIST_HOSTED_ZONES_BY_VPC_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT, &super::INVALID_PAGINATION_TOKEN]);
    pub static LIST_QUERY_LOGGING_CONFIGS: Operation = Operation::new(
            "ListQueryLoggingConfigs",
            "GET",
            "/2013-04-01/queryloggingconfig",
            &super::LIST_QUERY_LOGGING_CONFIGS_INPUT,
            &super::LIST_QUERY_LOGGING_CONFIGS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::INVALID_PAGINATION_TOKEN,
                &super::NO_SUCH_HOSTED_ZONE,
            ],
        );
    pub static LIST_RESOURCE_RECORD_SET_PROTECTIONS: Operation = Operation::new(
            "ListResourceRecordSetProtections",
            "GET",
            "/2013-04-01/hostedzone/{Id}/rrsetprotection",
            &super::LIST_RESOURCE_RECORD_SET_PROTECTIONS_INPUT,
            &super::LIST_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_PAGINATION_TOKEN,
            ],
        );
    pub static LIST_RESOURCE_RECORD_SETS: Operation = Operation::new(
            "ListResourceRecordSets",
            "GET",
            "/2013-04-01/hostedzone/{Id}/rrset",
            &super::LIST_RESOURCE_RECORD_SETS_INPUT,
            &super::LIST_RESOURCE_RECORD_SETS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_HOSTED_ZONE, &super::INVALID_INPUT]);
    pub static LIST_REUSABLE_DELEGATION_SETS: Operation = Operation::new(
            "ListReusableDelegationSets",
            "GET",
            "/2013-04-01/delegationset",
            &super::LIST_REUSABLE_DELEGATION_SETS_INPUT,
            &super::LIST_REUSABLE_DELEGATION_SETS_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT]);
    pub static LIST_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ListTagsForResource",
            "GET",
            "/2013-04-01/tags/{ResourceType}/{ResourceId}",
            &super::LIST_TAGS_FOR_RESOURCE_INPUT,
            &super::LIST_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_HEALTH_CHECK,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
                &super::THROTTLING_EXCEPTION,
            ],
        );
    pub static LIST_TAGS_FOR_RESOURCES: Operation = Operation::new(
            "ListTagsForResources",
            "POST",
            "/2013-04-01/tags/{ResourceType}",
            &super::LIST_TAGS_FOR_RESOURCES_INPUT,
            &super::LIST_TAGS_FOR_RESOURCES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_HEALTH_CHECK,
                &super::NO_SUCH_HOSTED_ZONE,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
                &super::THROTTLING_EXCEPTION,
            ],
        )
        .input_xml(
            "ListTagsForResourcesRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static LIST_TRAFFIC_POLICIES: Operation = Operation::new(
            "ListTrafficPolicies",
            "GET",
            "/2013-04-01/trafficpolicies",
            &super::LIST_TRAFFIC_POLICIES_INPUT,
            &super::LIST_TRAFFIC_POLICIES_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT]);
    pub static LIST_TRAFFIC_POLICY_INSTANCES: Operation = Operation::new(
            "ListTrafficPolicyInstances",
            "GET",
            "/2013-04-01/trafficpolicyinstances",
            &super::LIST_TRAFFIC_POLICY_INSTANCES_INPUT,
            &super::LIST_TRAFFIC_POLICY_INSTANCES_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT, &super::NO_SUCH_TRAFFIC_POLICY_INSTANCE]);
    pub static LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE: Operation = Operation::new(
            "ListTrafficPolicyInstancesByHostedZone",
            "GET",
            "/2013-04-01/trafficpolicyinstances/hostedzone",
            &super::LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE_INPUT,
            &super::LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_TRAFFIC_POLICY_INSTANCE,
                &super::NO_SUCH_HOSTED_ZONE,
            ],
        );
    pub static LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY: Operation = Operation::new(
            "ListTrafficPolicyInstancesByPolicy",
            "GET",
            "/2013-04-01/trafficpolicyinstances/trafficpolicy",
            &super::LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY_INPUT,
            &super::LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_TRAFFIC_POLICY_INSTANCE,
                &super::NO_SUCH_TRAFFIC_POLICY,
            ],
        );
    pub static LIST_TRAFFIC_POLICY_VERSIONS: Operation = Operation::new(
            "ListTrafficPolicyVersions",
            "GET",
            "/2013-04-01/trafficpolicies/{Id}/versions",
            &super::LIST_TRAFFIC_POLICY_VERSIONS_INPUT,
            &super::LIST_TRAFFIC_POLICY_VERSIONS_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT, &super::NO_SUCH_TRAFFIC_POLICY]);
    pub static LIST_VPC_ASSOCIATION_AUTHORIZATIONS: Operation = Operation::new(
            "ListVPCAssociationAuthorizations",
            "GET",
            "/2013-04-01/hostedzone/{Id}/authorizevpcassociation",
            &super::LIST_VPC_ASSOCIATION_AUTHORIZATIONS_INPUT,
            &super::LIST_VPC_ASSOCIATION_AUTHORIZATIONS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_INPUT,
                &super::INVALID_PAGINATION_TOKEN,
            ],
        );
    pub static TEST_DNS_ANSWER: Operation = Operation::new(
            "TestDNSAnswer",
            "GET",
            "/2013-04-01/testdnsanswer",
            &super::TEST_DNS_ANSWER_INPUT,
            &super::TEST_DNS_ANSWER_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_HOSTED_ZONE, &super::INVALID_INPUT]);
    pub static UPDATE_HEALTH_CHECK: Operation = Operation::new(
            "UpdateHealthCheck",
            "POST",
            "/2013-04-01/healthcheck/{HealthCheckId}",
            &super::UPDATE_HEALTH_CHECK_INPUT,
            &super::UPDATE_HEALTH_CHECK_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HEALTH_CHECK,
                &super::INVALID_INPUT,
                &super::HEALTH_CHECK_VERSION_MISMATCH,
            ],
        )
        .input_xml(
            "UpdateHealthCheckRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static UPDATE_HOSTED_ZONE_COMMENT: Operation = Operation::new(
            "UpdateHostedZoneComment",
            "POST",
            "/2013-04-01/hostedzone/{Id}",
            &super::UPDATE_HOSTED_ZONE_COMMENT_INPUT,
            &super::UPDATE_HOSTED_ZONE_COMMENT_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_INPUT,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
            ],
        )
        .input_xml(
            "UpdateHostedZoneCommentRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static UPDATE_HOSTED_ZONE_FEATURES: Operation = Operation::new(
            "UpdateHostedZoneFeatures",
            "POST",
            "/2013-04-01/hostedzone/{Id}/features",
            &super::UPDATE_HOSTED_ZONE_FEATURES_INPUT,
            &super::UPDATE_HOSTED_ZONE_FEATURES_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_HOSTED_ZONE,
                &super::INVALID_INPUT,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
                &super::LIMITS_EXCEEDED,
            ],
        )
        .input_xml(
            "UpdateHostedZoneFeaturesRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static UPDATE_TRAFFIC_POLICY_COMMENT: Operation = Operation::new(
            "UpdateTrafficPolicyComment",
            "POST",
            "/2013-04-01/trafficpolicy/{Id}/{Version}",
            &super::UPDATE_TRAFFIC_POLICY_COMMENT_INPUT,
            &super::UPDATE_TRAFFIC_POLICY_COMMENT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_TRAFFIC_POLICY,
                &super::CONCURRENT_MODIFICATION,
            ],
        )
        .input_xml(
            "UpdateTrafficPolicyCommentRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    pub static UPDATE_TRAFFIC_POLICY_INSTANCE: Operation = Operation::new(
            "UpdateTrafficPolicyInstance",
            "POST",
            "/2013-04-01/trafficpolicyinstance/{Id}",
            &super::UPDATE_TRAFFIC_POLICY_INSTANCE_INPUT,
            &super::UPDATE_TRAFFIC_POLICY_INSTANCE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT,
                &super::NO_SUCH_TRAFFIC_POLICY,
                &super::NO_SUCH_TRAFFIC_POLICY_INSTANCE,
                &super::PRIOR_REQUEST_NOT_COMPLETE,
                &super::CONFLICTING_TYPES,
            ],
        )
        .input_xml(
            "UpdateTrafficPolicyInstanceRequest",
            Some(XmlNamespace {
                prefix: None,
                uri: "https://route53.amazonaws.com/doc/2013-04-01/",
            }),
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ACTIVATE_KEY_SIGNING_KEY,
        &ASSOCIATE_VPC_WITH_HOSTED_ZONE,
        &CHANGE_CIDR_COLLECTION,
        &CHANGE_RESOURCE_RECORD_SETS,
        &CHANGE_TAGS_FOR_RESOURCE,
        &CREATE_CIDR_COLLECTION,
        &CREATE_HEALTH_CHECK,
        &CREATE_HOSTED_ZONE,
        &CREATE_KEY_SIGNING_KEY,
        &CREATE_QUERY_LOGGING_CONFIG,
        &CREATE_RESOURCE_RECORD_SET_PROTECTIONS,
        &CREATE_REUSABLE_DELEGATION_SET,
        &CREATE_TRAFFIC_POLICY,
        &CREATE_TRAFFIC_POLICY_INSTANCE,
        &CREATE_TRAFFIC_POLICY_VERSION,
        &CREATE_VPC_ASSOCIATION_AUTHORIZATION,
        &DEACTIVATE_KEY_SIGNING_KEY,
        &DELETE_CIDR_COLLECTION,
        &DELETE_HEALTH_CHECK,
        &DELETE_HOSTED_ZONE,
        &DELETE_KEY_SIGNING_KEY,
        &DELETE_QUERY_LOGGING_CONFIG,
        &DELETE_RESOURCE_RECORD_SET_PROTECTIONS,
        &DELETE_REUSABLE_DELEGATION_SET,
        &DELETE_TRAFFIC_POLICY,
        &DELETE_TRAFFIC_POLICY_INSTANCE,
        &DELETE_VPC_ASSOCIATION_AUTHORIZATION,
        &DISABLE_HOSTED_ZONE_DNSSEC,
        &DISASSOCIATE_VPC_FROM_HOSTED_ZONE,
        &ENABLE_HOSTED_ZONE_DNSSEC,
        &GET_ACCOUNT_LIMIT,
        &GET_CHANGE,
        &GET_CHECKER_IP_RANGES,
        &GET_DNSSEC,
        &GET_GEO_LOCATION,
        &GET_HEALTH_CHECK,
        &GET_HEALTH_CHECK_COUNT,
        &GET_HEALTH_CHECK_LAST_FAILURE_REASON,
        &GET_HEALTH_CHECK_STATUS,
        &GET_HOSTED_ZONE,
        &GET_HOSTED_ZONE_COUNT,
        &GET_HOSTED_ZONE_LIMIT,
        &GET_QUERY_LOGGING_CONFIG,
        &GET_REUSABLE_DELEGATION_SET,
        &GET_REUSABLE_DELEGATION_SET_LIMIT,
        &GET_TRAFFIC_POLICY,
        &GET_TRAFFIC_POLICY_INSTANCE,
        &GET_TRAFFIC_POLICY_INSTANCE_COUNT,
        &LIST_CIDR_BLOCKS,
        &LIST_CIDR_COLLECTIONS,
        &LIST_CIDR_LOCATIONS,
        &LIST_GEO_LOCATIONS,
        &LIST_HEALTH_CHECKS,
        &LIST_HOSTED_ZONES,
        &LIST_HOSTED_ZONES_BY_NAME,
        &LIST_HOSTED_ZONES_BY_VPC,
        &LIST_QUERY_LOGGING_CONFIGS,
        &LIST_RESOURCE_RECORD_SET_PROTECTIONS,
        &LIST_RESOURCE_RECORD_SETS,
        &LIST_REUSABLE_DELEGATION_SETS,
        &LIST_TAGS_FOR_RESOURCE,
        &LIST_TAGS_FOR_RESOURCES,
        &LIST_TRAFFIC_POLICIES,
        &LIST_TRAFFIC_POLICY_INSTANCES,
        &LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE,
        &LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY,
        &LIST_TRAFFIC_POLICY_VERSIONS,
        &LIST_VPC_ASSOCIATION_AUTHORIZATIONS,
        &TEST_DNS_ANSWER,
        &UPDATE_HEALTH_CHECK,
        &UPDATE_HOSTED_ZONE_COMMENT,
        &UPDATE_HOSTED_ZONE_FEATURES,
        &UPDATE_TRAFFIC_POLICY_COMMENT,
        &UPDATE_TRAFFIC_POLICY_INSTANCE,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_CIDR_BLOCKS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CIDR_BLOCKS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["CidrBlocks"],
    };
    pub static LIST_CIDR_COLLECTIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CIDR_COLLECTIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["CidrCollections"],
    };
    pub static LIST_CIDR_LOCATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_CIDR_LOCATIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["CidrLocations"],
    };
    pub static LIST_HEALTH_CHECKS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_HEALTH_CHECKS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["HealthChecks"],
    };
    pub static LIST_HOSTED_ZONES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_HOSTED_ZONES,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["HostedZones"],
    };
    pub static LIST_QUERY_LOGGING_CONFIGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_QUERY_LOGGING_CONFIGS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["QueryLoggingConfigs"],
    };
    pub static LIST_RESOURCE_RECORD_SET_PROTECTIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_RESOURCE_RECORD_SET_PROTECTIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["ResourceRecordSetProtections"],
    };
    pub static LIST_RESOURCE_RECORD_SETS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_RESOURCE_RECORD_SETS,
        input_token: &["StartRecordName", "StartRecordType", "StartRecordIdentifier"],
        output_token: &["NextRecordName", "NextRecordType", "NextRecordIdentifier"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["ResourceRecordSets"],
    };
    pub static LIST_VPC_ASSOCIATION_AUTHORIZATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_VPC_ASSOCIATION_AUTHORIZATIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["VPCs"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static RESOURCE_RECORD_SETS_CHANGED: WaiterSpec = WaiterSpec {
        name: "ResourceRecordSetsChanged",
        operation: &super::ops::GET_CHANGE,
        delay: 30u32,
        max_attempts: 60u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Path,
                argument: "ChangeInfo.Status",
                expected: Expected::Str("INSYNC"),
            },
        ],
    };
}

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
    service_id: "STS",
    endpoint_prefix: "sts",
    signing_name: "sts",
    xml_namespace: Some("https://sts.amazonaws.com/doc/2011-06-15/"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("sts", "2011-06-15", Protocol::Query)
};
pub static ASSUME_ROLE_INPUT: Schema = Schema::structure(
    "AssumeRoleRequest",
    &[
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("RoleSessionName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArns", &POLICY_DESCRIPTOR_LIST_TYPE),
        Member::new("Policy", &p::STRING),
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("TransitiveTagKeys", &TAG_KEY_LIST_TYPE),
        Member::new("ExternalId", &p::STRING),
        Member::new("SerialNumber", &p::STRING),
        Member::new("TokenCode", &p::STRING),
        Member::new("SourceIdentity", &p::STRING),
        Member::new("ProvidedContexts", &PROVIDED_CONTEXTS_LIST_TYPE),
        Member::new("MinimumSessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROLE_OUTPUT: Schema = Schema::structure(
    "AssumeRoleResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("AssumedRoleUser", &ASSUMED_ROLE_USER),
        Member::new("PackedPolicySize", &p::INTEGER),
        Member::new("SourceIdentity", &p::STRING),
        Member::new("SessionTokenUtilization", &p::INTEGER),
        Member::new("SessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROLE_WITH_SAML_INPUT: Schema = Schema::structure(
    "AssumeRoleWithSAMLRequest",
    &[
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("PrincipalArn", &p::STRING).with(f::REQUIRED),
        Member::new("SAMLAssertion", &SAML_ASSERTION_TYPE).with(f::REQUIRED),
        Member::new("PolicyArns", &POLICY_DESCRIPTOR_LIST_TYPE),
        Member::new("Policy", &p::STRING),
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("MinimumSessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROLE_WITH_SAML_OUTPUT: Schema = Schema::structure(
    "AssumeRoleWithSAMLResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("AssumedRoleUser", &ASSUMED_ROLE_USER),
        Member::new("PackedPolicySize", &p::INTEGER),
        Member::new("Subject", &p::STRING),
        Member::new("SubjectType", &p::STRING),
        Member::new("Issuer", &p::STRING),
        Member::new("Audience", &p::STRING),
        Member::new("NameQualifier", &p::STRING),
        Member::new("SourceIdentity", &p::STRING),
        Member::new("SessionTokenUtilization", &p::INTEGER),
        Member::new("SessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROLE_WITH_WEB_IDENTITY_INPUT: Schema = Schema::structure(
    "AssumeRoleWithWebIdentityRequest",
    &[
        Member::new("RoleArn", &p::STRING).with(f::REQUIRED),
        Member::new("RoleSessionName", &p::STRING).with(f::REQUIRED),
        Member::new("WebIdentityToken", &CLIENT_TOKEN_TYPE).with(f::REQUIRED),
        Member::new("ProviderId", &p::STRING),
        Member::new("PolicyArns", &POLICY_DESCRIPTOR_LIST_TYPE),
        Member::new("Policy", &p::STRING),
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("MinimumSessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROLE_WITH_WEB_IDENTITY_OUTPUT: Schema = Schema::structure(
    "AssumeRoleWithWebIdentityResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("SubjectFromWebIdentityToken", &p::STRING),
        Member::new("AssumedRoleUser", &ASSUMED_ROLE_USER),
        Member::new("PackedPolicySize", &p::INTEGER),
        Member::new("Provider", &p::STRING),
        Member::new("Audience", &p::STRING),
        Member::new("SourceIdentity", &p::STRING),
        Member::new("SessionTokenUtilization", &p::INTEGER),
        Member::new("SessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROOT_INPUT: Schema = Schema::structure(
    "AssumeRootRequest",
    &[
        Member::new("TargetPrincipal", &p::STRING).with(f::REQUIRED),
        Member::new("TaskPolicyArn", &POLICY_DESCRIPTOR_TYPE).with(f::REQUIRED),
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("MinimumSessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUME_ROOT_OUTPUT: Schema = Schema::structure(
    "AssumeRootResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("SourceIdentity", &p::STRING),
        Member::new("SessionTokenUtilization", &p::INTEGER),
        Member::new("SessionTokenSize", &p::INTEGER),
    ],
);
pub static ASSUMED_ROLE_USER: Schema = Schema::structure(
    "AssumedRoleUser",
    &[
        Member::new("AssumedRoleId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREDENTIALS: Schema = Schema::structure(
    "Credentials",
    &[
        Member::new("AccessKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("SecretAccessKey", &ACCESS_KEY_SECRET_TYPE).with(f::REQUIRED),
        Member::new("SessionToken", &p::STRING).with(f::REQUIRED),
        Member::new("Expiration", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static DECODE_AUTHORIZATION_MESSAGE_INPUT: Schema = Schema::structure(
    "DecodeAuthorizationMessageRequest",
    &[Member::new("EncodedMessage", &p::STRING).with(f::REQUIRED)],
);
pub static DECODE_AUTHORIZATION_MESSAGE_OUTPUT: Schema = Schema::structure(
    "DecodeAuthorizationMessageResponse",
    &[Member::new("DecodedMessage", &p::STRING)],
);
pub static EXPIRED_TOKEN_EXCEPTION: Schema = Schema::structure(
        "ExpiredTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ExpiredTokenException", 400u16);
pub static EXPIRED_TRADE_IN_TOKEN_EXCEPTION: Schema = Schema::structure(
        "ExpiredTradeInTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ExpiredTradeInTokenException", 400u16);
pub static FEDERATED_USER: Schema = Schema::structure(
    "FederatedUser",
    &[
        Member::new("FederatedUserId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_ACCESS_KEY_INFO_INPUT: Schema = Schema::structure(
    "GetAccessKeyInfoRequest",
    &[Member::new("AccessKeyId", &p::STRING).with(f::REQUIRED)],
);
pub static GET_ACCESS_KEY_INFO_OUTPUT: Schema = Schema::structure(
    "GetAccessKeyInfoResponse",
    &[Member::new("Account", &p::STRING)],
);
pub static GET_CALLER_IDENTITY_INPUT: Schema = Schema::structure(
    "GetCallerIdentityRequest",
    &[],
);
pub static GET_CALLER_IDENTITY_OUTPUT: Schema = Schema::structure(
    "GetCallerIdentityResponse",
    &[
        Member::new("UserId", &p::STRING),
        Member::new("Account", &p::STRING),
        Member::new("Arn", &p::STRING),
    ],
);
pub static GET_DELEGATED_ACCESS_TOKEN_INPUT: Schema = Schema::structure(
    "GetDelegatedAccessTokenRequest",
    &[Member::new("TradeInToken", &TRADE_IN_TOKEN_TYPE).with(f::REQUIRED)],
);
pub static GET_DELEGATED_ACCESS_TOKEN_OUTPUT: Schema = Schema::structure(
    "GetDelegatedAccessTokenResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("PackedPolicySize", &p::INTEGER),
        Member::new("AssumedPrincipal", &p::STRING),
    ],
);
pub static GET_FEDERATION_TOKEN_INPUT: Schema = Schema::structure(
    "GetFederationTokenRequest",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Policy", &p::STRING),
        Member::new("PolicyArns", &POLICY_DESCRIPTOR_LIST_TYPE),
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("MinimumSessionTokenSize", &p::INTEGER),
    ],
);
pub static GET_FEDERATION_TOKEN_OUTPUT: Schema = Schema::structure(
    "GetFederationTokenResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("FederatedUser", &FEDERATED_USER),
        Member::new("PackedPolicySize", &p::INTEGER),
        Member::new("SessionTokenUtilization", &p::INTEGER),
        Member::new("SessionTokenSize", &p::INTEGER),
    ],
);
pub static GET_SESSION_TOKEN_INPUT: Schema = Schema::structure(
    "GetSessionTokenRequest",
    &[
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("SerialNumber", &p::STRING),
        Member::new("TokenCode", &p::STRING),
        Member::new("MinimumSessionTokenSize", &p::INTEGER),
    ],
);
pub static GET_SESSION_TOKEN_OUTPUT: Schema = Schema::structure(
    "GetSessionTokenResponse",
    &[
        Member::new("Credentials", &CREDENTIALS),
        Member::new("SessionTokenUtilization", &p::INTEGER),
        Member::new("SessionTokenSize", &p::INTEGER),
    ],
);
pub static GET_WEB_IDENTITY_TOKEN_INPUT: Schema = Schema::structure(
    "GetWebIdentityTokenRequest",
    &[
        Member::new("Audience", &WEB_IDENTITY_TOKEN_AUDIENCE_LIST_TYPE)
            .with(f::REQUIRED),
        Member::new("DurationSeconds", &p::INTEGER),
        Member::new("SigningAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static GET_WEB_IDENTITY_TOKEN_OUTPUT: Schema = Schema::structure(
    "GetWebIdentityTokenResponse",
    &[
        Member::new("WebIdentityToken", &WEB_IDENTITY_TOKEN_TYPE),
        Member::new("Expiration", &p::TIMESTAMP),
    ],
);
pub static IDP_COMMUNICATION_ERROR_EXCEPTION: Schema = Schema::structure(
        "IDPCommunicationErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("IDPCommunicationError", 400u16);
pub static IDP_REJECTED_CLAIM_EXCEPTION: Schema = Schema::structure(
        "IDPRejectedClaimException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("IDPRejectedClaim", 403u16);
pub static INVALID_AUTHORIZATION_MESSAGE_EXCEPTION: Schema = Schema::structure(
        "InvalidAuthorizationMessageException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidAuthorizationMessageException", 400u16);
pub static INVALID_IDENTITY_TOKEN_EXCEPTION: Schema = Schema::structure(
        "InvalidIdentityTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidIdentityToken", 400u16);
pub static JWT_PAYLOAD_SIZE_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "JWTPayloadSizeExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("JWTPayloadSizeExceededException", 400u16);
pub static MALFORMED_POLICY_DOCUMENT_EXCEPTION: Schema = Schema::structure(
        "MalformedPolicyDocumentException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("MalformedPolicyDocument", 400u16);
pub static OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED_EXCEPTION: Schema = Schema::structure(
        "OutboundWebIdentityFederationDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("OutboundWebIdentityFederationDisabledException", 403u16);
pub static PACKED_POLICY_TOO_LARGE_EXCEPTION: Schema = Schema::structure(
        "PackedPolicyTooLargeException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PackedPolicyTooLarge", 400u16);
pub static POLICY_DESCRIPTOR_TYPE: Schema = Schema::structure(
    "PolicyDescriptorType",
    &[Member::new("arn", &p::STRING)],
);
pub static PROVIDED_CONTEXT: Schema = Schema::structure(
    "ProvidedContext",
    &[
        Member::new("ProviderArn", &p::STRING),
        Member::new("ContextAssertion", &p::STRING),
    ],
);
pub static PROVIDED_CONTEXTS_LIST_TYPE: Schema = Schema::list(
    "ProvidedContextsListType",
    &[Member::new("member", &PROVIDED_CONTEXT)],
);
pub static REGION_DISABLED_EXCEPTION: Schema = Schema::structure(
        "RegionDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RegionDisabledException", 403u16);
pub static SAML_ASSERTION_TYPE: Schema = Schema::scalar(
        "SAMLAssertionType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static SESSION_DURATION_ESCALATION_EXCEPTION: Schema = Schema::structure(
        "SessionDurationEscalationException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SessionDurationEscalationException", 403u16);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ACCESS_KEY_SECRET_TYPE: Schema = Schema::scalar(
        "accessKeySecretType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static CLIENT_TOKEN_TYPE: Schema = Schema::scalar("clientTokenType", Kind::String)
    .with(f::SENSITIVE);
pub static POLICY_DESCRIPTOR_LIST_TYPE: Schema = Schema::list(
    "policyDescriptorListType",
    &[Member::new("member", &POLICY_DESCRIPTOR_TYPE)],
);
pub static TAG_KEY_LIST_TYPE: Schema = Schema::list(
    "tagKeyListType",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST_TYPE: Schema = Schema::list(
    "tagListType",
    &[Member::new("member", &TAG)],
);
pub static TRADE_IN_TOKEN_TYPE: Schema = Schema::scalar("tradeInTokenType", Kind::String)
    .with(f::SENSITIVE);
pub static WEB_IDENTITY_TOKEN_AUDIENCE_LIST_TYPE: Schema = Schema::list(
    "webIdentityTokenAudienceListType",
    &[Member::new("member", &p::STRING)],
);
pub static WEB_IDENTITY_TOKEN_TYPE: Schema = Schema::scalar(
        "webIdentityTokenType",
        Kind::String,
    )
    .with(f::SENSITIVE);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ASSUME_ROLE: Operation = Operation::new(
            "AssumeRole",
            "POST",
            "/",
            &super::ASSUME_ROLE_INPUT,
            &super::ASSUME_ROLE_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::PACKED_POLICY_TOO_LARGE_EXCEPTION,
                &super::REGION_DISABLED_EXCEPTION,
                &super::EXPIRED_TOKEN_EXCEPTION,
            ],
        )
        .result_wrapper("AssumeRoleResult");
    pub static ASSUME_ROLE_WITH_SAML: Operation = Operation::new(
            "AssumeRoleWithSAML",
            "POST",
            "/",
            &super::ASSUME_ROLE_WITH_SAML_INPUT,
            &super::ASSUME_ROLE_WITH_SAML_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::PACKED_POLICY_TOO_LARGE_EXCEPTION,
                &super::IDP_REJECTED_CLAIM_EXCEPTION,
                &super::INVALID_IDENTITY_TOKEN_EXCEPTION,
                &super::EXPIRED_TOKEN_EXCEPTION,
                &super::REGION_DISABLED_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None)
        .result_wrapper("AssumeRoleWithSAMLResult");
    pub static ASSUME_ROLE_WITH_WEB_IDENTITY: Operation = Operation::new(
            "AssumeRoleWithWebIdentity",
            "POST",
            "/",
            &super::ASSUME_ROLE_WITH_WEB_IDENTITY_INPUT,
            &super::ASSUME_ROLE_WITH_WEB_IDENTITY_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::PACKED_POLICY_TOO_LARGE_EXCEPTION,
                &super::IDP_REJECTED_CLAIM_EXCEPTION,
                &super::IDP_COMMUNICATION_ERROR_EXCEPTION,
                &super::INVALID_IDENTITY_TOKEN_EXCEPTION,
                &super::EXPIRED_TOKEN_EXCEPTION,
                &super::REGION_DISABLED_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None)
        .result_wrapper("AssumeRoleWithWebIdentityResult");
    pub static ASSUME_ROOT: Operation = Operation::new(
            "AssumeRoot",
            "POST",
            "/",
            &super::ASSUME_ROOT_INPUT,
            &super::ASSUME_ROOT_OUTPUT,
        )
        .errors(&[&super::REGION_DISABLED_EXCEPTION, &super::EXPIRED_TOKEN_EXCEPTION])
        .result_wrapper("AssumeRootResult");
    pub static DECODE_AUTHORIZATION_MESSAGE: Operation = Operation::new(
            "DecodeAuthorizationMessage",
            "POST",
            "/",
            &super::DECODE_AUTHORIZATION_MESSAGE_INPUT,
            &super::DECODE_AUTHORIZATION_MESSAGE_OUTPUT,
        )
        .errors(&[&super::INVALID_AUTHORIZATION_MESSAGE_EXCEPTION])
        .result_wrapper("DecodeAuthorizationMessageResult");
    pub static GET_ACCESS_KEY_INFO: Operation = Operation::new(
            "GetAccessKeyInfo",
            "POST",
            "/",
            &super::GET_ACCESS_KEY_INFO_INPUT,
            &super::GET_ACCESS_KEY_INFO_OUTPUT,
        )
        .result_wrapper("GetAccessKeyInfoResult");
    pub static GET_CALLER_IDENTITY: Operation = Operation::new(
            "GetCallerIdentity",
            "POST",
            "/",
            &super::GET_CALLER_IDENTITY_INPUT,
            &super::GET_CALLER_IDENTITY_OUTPUT,
        )
        .result_wrapper("GetCallerIdentityResult");
    pub static GET_DELEGATED_ACCESS_TOKEN: Operation = Operation::new(
            "GetDelegatedAccessToken",
            "POST",
            "/",
            &super::GET_DELEGATED_ACCESS_TOKEN_INPUT,
            &super::GET_DELEGATED_ACCESS_TOKEN_OUTPUT,
        )
        .errors(
            &[
                &super::EXPIRED_TRADE_IN_TOKEN_EXCEPTION,
                &super::REGION_DISABLED_EXCEPTION,
                &super::PACKED_POLICY_TOO_LARGE_EXCEPTION,
            ],
        )
        .result_wrapper("GetDelegatedAccessTokenResult");
    pub static GET_FEDERATION_TOKEN: Operation = Operation::new(
            "GetFederationToken",
            "POST",
            "/",
            &super::GET_FEDERATION_TOKEN_INPUT,
            &super::GET_FEDERATION_TOKEN_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::PACKED_POLICY_TOO_LARGE_EXCEPTION,
                &super::REGION_DISABLED_EXCEPTION,
            ],
        )
        .result_wrapper("GetFederationTokenResult");
    pub static GET_SESSION_TOKEN: Operation = Operation::new(
            "GetSessionToken",
            "POST",
            "/",
            &super::GET_SESSION_TOKEN_INPUT,
            &super::GET_SESSION_TOKEN_OUTPUT,
        )
        .errors(&[&super::REGION_DISABLED_EXCEPTION])
        .result_wrapper("GetSessionTokenResult");
    pub static GET_WEB_IDENTITY_TOKEN: Operation = Operation::new(
            "GetWebIdentityToken",
            "POST",
            "/",
            &super::GET_WEB_IDENTITY_TOKEN_INPUT,
            &super::GET_WEB_IDENTITY_TOKEN_OUTPUT,
        )
        .errors(
            &[
                &super::SESSION_DURATION_ESCALATION_EXCEPTION,
                &super::OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED_EXCEPTION,
                &super::JWT_PAYLOAD_SIZE_EXCEEDED_EXCEPTION,
            ],
        )
        .result_wrapper("GetWebIdentityTokenResult");
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ASSUME_ROLE,
        &ASSUME_ROLE_WITH_SAML,
        &ASSUME_ROLE_WITH_WEB_IDENTITY,
        &ASSUME_ROOT,
        &DECODE_AUTHORIZATION_MESSAGE,
        &GET_ACCESS_KEY_INFO,
        &GET_CALLER_IDENTITY,
        &GET_DELEGATED_ACCESS_TOKEN,
        &GET_FEDERATION_TOKEN,
        &GET_SESSION_TOKEN,
        &GET_WEB_IDENTITY_TOKEN,
    ];
}

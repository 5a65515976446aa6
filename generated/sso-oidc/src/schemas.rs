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
    service_id: "SSO OIDC",
    endpoint_prefix: "oidc",
    signing_name: "sso-oauth",
    json_version: Some("1.1"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("sso-oidc", "2019-06-10", Protocol::RestJson)
};
pub static ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "AccessDeniedException",
        &[
            Member::new("error", &p::STRING),
            Member::new("reason", &p::STRING),
            Member::new("error_description", &p::STRING),
        ],
    )
    .error("AccessDeniedException", 400u16);
pub static ACCESS_TOKEN: Schema = Schema::scalar("AccessToken", Kind::String)
    .with(f::SENSITIVE);
pub static ASSERTION: Schema = Schema::scalar("Assertion", Kind::String)
    .with(f::SENSITIVE);
pub static AUTHORIZATION_PENDING_EXCEPTION: Schema = Schema::structure(
        "AuthorizationPendingException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("AuthorizationPendingException", 400u16);
pub static AWS_ADDITIONAL_DETAILS: Schema = Schema::structure(
    "AwsAdditionalDetails",
    &[Member::new("identityContext", &p::STRING)],
);
pub static CLIENT_SECRET: Schema = Schema::scalar("ClientSecret", Kind::String)
    .with(f::SENSITIVE);
pub static CODE_VERIFIER: Schema = Schema::scalar("CodeVerifier", Kind::String)
    .with(f::SENSITIVE);
pub static CREATE_TOKEN_INPUT: Schema = Schema::structure(
    "CreateTokenRequest",
    &[
        Member::new("clientId", &p::STRING).with(f::REQUIRED),
        Member::new("clientSecret", &CLIENT_SECRET).with(f::REQUIRED),
        Member::new("grantType", &p::STRING).with(f::REQUIRED),
        Member::new("deviceCode", &p::STRING),
        Member::new("code", &p::STRING),
        Member::new("refreshToken", &REFRESH_TOKEN),
        Member::new("scope", &SCOPES),
        Member::new("redirectUri", &p::STRING),
        Member::new("codeVerifier", &CODE_VERIFIER),
    ],
);
pub static CREATE_TOKEN_OUTPUT: Schema = Schema::structure(
    "CreateTokenResponse",
    &[
        Member::new("accessToken", &ACCESS_TOKEN),
        Member::new("tokenType", &p::STRING),
        Member::new("expiresIn", &p::INTEGER),
        Member::new("refreshToken", &REFRESH_TOKEN),
        Member::new("idToken", &ID_TOKEN),
    ],
);
pub static CREATE_TOKEN_WITH_IAM_INPUT: Schema = Schema::structure(
    "CreateTokenWithIAMRequest",
    &[
        Member::new("clientId", &p::STRING).with(f::REQUIRED),
        Member::new("grantType", &p::STRING).with(f::REQUIRED),
        Member::new("code", &p::STRING),
        Member::new("refreshToken", &REFRESH_TOKEN),
        Member::new("assertion", &ASSERTION),
        Member::new("scope", &SCOPES),
        Member::new("redirectUri", &p::STRING),
        Member::new("subjectToken", &SUBJECT_TOKEN),
        Member::new("subjectTokenType", &p::STRING),
        Member::new("requestedTokenType", &p::STRING),
        Member::new("codeVerifier", &CODE_VERIFIER),
    ],
);
pub static CREATE_TOKEN_WITH_IAM_OUTPUT: Schema = Schema::structure(
    "CreateTokenWithIAMResponse",
    &[
        Member::new("accessToken", &ACCESS_TOKEN),
        Member::new("tokenType", &p::STRING),
        Member::new("expiresIn", &p::INTEGER),
        Member::new("refreshToken", &REFRESH_TOKEN),
        Member::new("idToken", &ID_TOKEN),
        Member::new("issuedTokenType", &p::STRING),
        Member::new("scope", &SCOPES),
        Member::new("awsAdditionalDetails", &AWS_ADDITIONAL_DETAILS),
    ],
);
pub static EXPIRED_TOKEN_EXCEPTION: Schema = Schema::structure(
        "ExpiredTokenException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("ExpiredTokenException", 400u16);
pub static GRANT_TYPES: Schema = Schema::list(
    "GrantTypes",
    &[Member::new("member", &p::STRING)],
);
pub static ID_TOKEN: Schema = Schema::scalar("IdToken", Kind::String).with(f::SENSITIVE);
pub static INTERNAL_SERVER_EXCEPTION: Schema = Schema::structure(
        "InternalServerException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("InternalServerException", 500u16);
pub static INVALID_CLIENT_EXCEPTION: Schema = Schema::structure(
        "InvalidClientException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("InvalidClientException", 401u16);
pub static INVALID_CLIENT_METADATA_EXCEPTION: Schema = Schema::structure(
        "InvalidClientMetadataException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("InvalidClientMetadataException", 400u16);
pub static INVALID_GRANT_EXCEPTION: Schema = Schema::structure(
        "InvalidGrantException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("InvalidGrantException", 400u16);
pub static INVALID_REDIRECT_URI_EXCEPTION: Schema = Schema::structure(
        "InvalidRedirectUriException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("InvalidRedirectUriException", 400u16);
pub static INVALID_REQUEST_EXCEPTION: Schema = Schema::structure(
        "InvalidRequestException",
        &[
            Member::new("error", &p::STRING),
            Member::new("reason", &p::STRING),
            Member::new("error_description", &p::STRING),
        ],
    )
    .error("InvalidRequestException", 400u16);
pub static INVALID_REQUEST_REGION_EXCEPTION: Schema = Schema::structure(
        "InvalidRequestRegionException",
        &[
            Member::new("error", &p::STRING),
            Member::new("error_description", &p::STRING),
            Member::new("endpoint", &p::STRING),
            Member::new("region", &p::STRING),
        ],
    )
    .error("InvalidRequestRegionException", 400u16);
pub static INVALID_SCOPE_EXCEPTION: Schema = Schema::structure(
        "InvalidScopeException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("InvalidScopeException", 400u16);
pub static REDIRECT_URIS: Schema = Schema::list(
    "RedirectUris",
    &[Member::new("member", &p::STRING)],
);
pub static REFRESH_TOKEN: Schema = Schema::scalar("RefreshToken", Kind::String)
    .with(f::SENSITIVE);
pub static REGISTER_CLIENT_INPUT: Schema = Schema::structure(
    "RegisterClientRequest",
    &[
        Member::new("clientName", &p::STRING).with(f::REQUIRED),
        Member::new("clientType", &p::STRING).with(f::REQUIRED),
        Member::new("scopes", &SCOPES),
        Member::new("redirectUris", &REDIRECT_URIS),
        Member::new("grantTypes", &GRANT_TYPES),
        Member::new("issuerUrl", &p::STRING),
        Member::new("entitledApplicationArn", &p::STRING),
    ],
);
pub static REGISTER_CLIENT_OUTPUT: Schema = Schema::structure(
    "RegisterClientResponse",
    &[
        Member::new("clientId", &p::STRING),
        Member::new("clientSecret", &CLIENT_SECRET),
        Member::new("clientIdIssuedAt", &p::LONG),
        Member::new("clientSecretExpiresAt", &p::LONG),
        Member::new("authorizationEndpoint", &p::STRING),
        Member::new("tokenEndpoint", &p::STRING),
    ],
);
pub static SCOPES: Schema = Schema::list("Scopes", &[Member::new("member", &p::STRING)]);
pub static SLOW_DOWN_EXCEPTION: Schema = Schema::structure(
        "SlowDownException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("SlowDownException", 400u16);
pub static START_DEVICE_AUTHORIZATION_INPUT: Schema = Schema::structure(
    "StartDeviceAuthorizationRequest",
    &[
        Member::new("clientId", &p::STRING).with(f::REQUIRED),
        Member::new("clientSecret", &CLIENT_SECRET).with(f::REQUIRED),
        Member::new("startUrl", &p::STRING).with(f::REQUIRED),
    ],
);
pub static START_DEVICE_AUTHORIZATION_OUTPUT: Schema = Schema::structure(
    "StartDeviceAuthorizationResponse",
    &[
        Member::new("deviceCode", &p::STRING),
        Member::new("userCode", &p::STRING),
        Member::new("verificationUri", &p::STRING),
        Member::new("verificationUriComplete", &p::STRING),
        Member::new("expiresIn", &p::INTEGER),
        Member::new("interval", &p::INTEGER),
    ],
);
pub static SUBJECT_TOKEN: Schema = Schema::scalar("SubjectToken", Kind::String)
    .with(f::SENSITIVE);
pub static UNAUTHORIZED_CLIENT_EXCEPTION: Schema = Schema::structure(
        "UnauthorizedClientException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("UnauthorizedClientException", 400u16);
pub static UNSUPPORTED_GRANT_TYPE_EXCEPTION: Schema = Schema::structure(
        "UnsupportedGrantTypeException",
        &[Member::new("error", &p::STRING), Member::new("error_description", &p::STRING)],
    )
    .error("UnsupportedGrantTypeException", 400u16);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static CREATE_TOKEN: Operation = Operation::new(
            "CreateToken",
            "POST",
            "/token",
            &super::CREATE_TOKEN_INPUT,
            &super::CREATE_TOKEN_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_CLIENT_EXCEPTION,
                &super::INVALID_GRANT_EXCEPTION,
                &super::UNAUTHORIZED_CLIENT_EXCEPTION,
                &super::UNSUPPORTED_GRANT_TYPE_EXCEPTION,
                &super::INVALID_SCOPE_EXCEPTION,
                &super::AUTHORIZATION_PENDING_EXCEPTION,
                &super::SLOW_DOWN_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::EXPIRED_TOKEN_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    pub static CREATE_TOKEN_WITH_IAM: Operation = Operation::new(
            "CreateTokenWithIAM",
            "POST",
            "/token?aws_iam=t",
            &super::CREATE_TOKEN_WITH_IAM_INPUT,
            &super::CREATE_TOKEN_WITH_IAM_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_CLIENT_EXCEPTION,
                &super::INVALID_GRANT_EXCEPTION,
                &super::UNAUTHORIZED_CLIENT_EXCEPTION,
                &super::UNSUPPORTED_GRANT_TYPE_EXCEPTION,
                &super::INVALID_SCOPE_EXCEPTION,
                &super::AUTHORIZATION_PENDING_EXCEPTION,
                &super::SLOW_DOWN_EXCEPTION,
                &super::ACCESS_DENIED_EXCEPTION,
                &super::EXPIRED_TOKEN_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::INVALID_REQUEST_REGION_EXCEPTION,
            ],
        );
    pub static REGISTER_CLIENT: Operation = Operation::new(
            "RegisterClient",
            "POST",
            "/client/register",
            &super::REGISTER_CLIENT_INPUT,
            &super::REGISTER_CLIENT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_SCOPE_EXCEPTION,
                &super::INVALID_CLIENT_METADATA_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::INVALID_REDIRECT_URI_EXCEPTION,
                &super::UNSUPPORTED_GRANT_TYPE_EXCEPTION,
                &super::SLOW_DOWN_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    pub static START_DEVICE_AUTHORIZATION: Operation = Operation::new(
            "StartDeviceAuthorization",
            "POST",
            "/device_authorization",
            &super::START_DEVICE_AUTHORIZATION_INPUT,
            &super::START_DEVICE_AUTHORIZATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::INVALID_CLIENT_EXCEPTION,
                &super::UNAUTHORIZED_CLIENT_EXCEPTION,
                &super::SLOW_DOWN_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &CREATE_TOKEN,
        &CREATE_TOKEN_WITH_IAM,
        &REGISTER_CLIENT,
        &START_DEVICE_AUTHORIZATION,
    ];
}

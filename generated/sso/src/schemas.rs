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
    service_id: "SSO",
    endpoint_prefix: "portal.sso",
    signing_name: "awsssoportal",
    json_version: Some("1.1"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("sso", "2019-06-10", Protocol::RestJson)
};
pub static ACCESS_TOKEN_TYPE: Schema = Schema::scalar("AccessTokenType", Kind::String)
    .with(f::SENSITIVE);
pub static ACCOUNT_INFO: Schema = Schema::structure(
    "AccountInfo",
    &[
        Member::new("accountId", &p::STRING),
        Member::new("accountName", &p::STRING),
        Member::new("emailAddress", &p::STRING),
    ],
);
pub static ACCOUNT_LIST_TYPE: Schema = Schema::list(
    "AccountListType",
    &[Member::new("member", &ACCOUNT_INFO)],
);
pub static GET_ROLE_CREDENTIALS_INPUT: Schema = Schema::structure(
    "GetRoleCredentialsRequest",
    &[
        Member::new("roleName", &p::STRING)
            .at(QueryString, "role_name")
            .with(f::REQUIRED),
        Member::new("accountId", &p::STRING)
            .at(QueryString, "account_id")
            .with(f::REQUIRED),
        Member::new("accessToken", &ACCESS_TOKEN_TYPE)
            .at(Header, "x-amz-sso_bearer_token")
            .with(f::REQUIRED),
    ],
);
pub static GET_ROLE_CREDENTIALS_OUTPUT: Schema = Schema::structure(
    "GetRoleCredentialsResponse",
    &[Member::new("roleCredentials", &ROLE_CREDENTIALS)],
);
pub static INVALID_REQUEST_EXCEPTION: Schema = Schema::structure(
        "InvalidRequestException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidRequestException", 400u16);
pub static LIST_ACCOUNT_ROLES_INPUT: Schema = Schema::structure(
    "ListAccountRolesRequest",
    &[
        Member::new("nextToken", &p::STRING).at(QueryString, "next_token"),
        Member::new("maxResults", &p::INTEGER).at(QueryString, "max_result"),
        Member::new("accessToken", &ACCESS_TOKEN_TYPE)
            .at(Header, "x-amz-sso_bearer_token")
            .with(f::REQUIRED),
        Member::new("accountId", &p::STRING)
            .at(QueryString, "account_id")
            .with(f::REQUIRED),
    ],
);
pub static LIST_ACCOUNT_ROLES_OUTPUT: Schema = Schema::structure(
    "ListAccountRolesResponse",
    &[Member::new("nextToken", &p::STRING), Member::new("roleList", &ROLE_LIST_TYPE)],
);
pub static LIST_ACCOUNTS_INPUT: Schema = Schema::structure(
    "ListAccountsRequest",
    &[
        Member::new("nextToken", &p::STRING).at(QueryString, "next_token"),
        Member::new("maxResults", &p::INTEGER).at(QueryString, "max_result"),
        Member::new("accessToken", &ACCESS_TOKEN_TYPE)
            .at(Header, "x-amz-sso_bearer_token")
            .with(f::REQUIRED),
    ],
);
pub static LIST_ACCOUNTS_OUTPUT: Schema = Schema::structure(
    "ListAccountsResponse",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("accountList", &ACCOUNT_LIST_TYPE),
    ],
);
pub static LOGOUT_INPUT: Schema = Schema::structure(
    "LogoutRequest",
    &[
        Member::new("accessToken", &ACCESS_TOKEN_TYPE)
            .at(Header, "x-amz-sso_bearer_token")
            .with(f::REQUIRED),
    ],
);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ResourceNotFoundException", 404u16);
pub static ROLE_CREDENTIALS: Schema = Schema::structure(
    "RoleCredentials",
    &[
        Member::new("accessKeyId", &p::STRING),
        Member::new("secretAccessKey", &SECRET_ACCESS_KEY_TYPE),
        Member::new("sessionToken", &SESSION_TOKEN_TYPE),
        Member::new("expiration", &p::LONG),
    ],
);
pub static ROLE_INFO: Schema = Schema::structure(
    "RoleInfo",
    &[Member::new("roleName", &p::STRING), Member::new("accountId", &p::STRING)],
);
pub static ROLE_LIST_TYPE: Schema = Schema::list(
    "RoleListType",
    &[Member::new("member", &ROLE_INFO)],
);
pub static SECRET_ACCESS_KEY_TYPE: Schema = Schema::scalar(
        "SecretAccessKeyType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static SESSION_TOKEN_TYPE: Schema = Schema::scalar("SessionTokenType", Kind::String)
    .with(f::SENSITIVE);
pub static TOO_MANY_REQUESTS_EXCEPTION: Schema = Schema::structure(
        "TooManyRequestsException",
        &[Member::new("message", &p::STRING)],
    )
    .error("TooManyRequestsException", 429u16);
pub static UNAUTHORIZED_EXCEPTION: Schema = Schema::structure(
        "UnauthorizedException",
        &[Member::new("message", &p::STRING)],
    )
    .error("UnauthorizedException", 401u16);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static GET_ROLE_CREDENTIALS: Operation = Operation::new(
            "GetRoleCredentials",
            "GET",
            "/federation/credentials",
            &super::GET_ROLE_CREDENTIALS_INPUT,
            &super::GET_ROLE_CREDENTIALS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::UNAUTHORIZED_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    pub static LIST_ACCOUNT_ROLES: Operation = Operation::new(
            "ListAccountRoles",
            "GET",
            "/assignment/roles",
            &super::LIST_ACCOUNT_ROLES_INPUT,
            &super::LIST_ACCOUNT_ROLES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::UNAUTHORIZED_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    pub static LIST_ACCOUNTS: Operation = Operation::new(
            "ListAccounts",
            "GET",
            "/assignment/accounts",
            &super::LIST_ACCOUNTS_INPUT,
            &super::LIST_ACCOUNTS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::UNAUTHORIZED_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    pub static LOGOUT: Operation = Operation::new(
            "Logout",
            "POST",
            "/logout",
            &super::LOGOUT_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_REQUEST_EXCEPTION,
                &super::UNAUTHORIZED_EXCEPTION,
                &super::TOO_MANY_REQUESTS_EXCEPTION,
            ],
        )
        .auth(AuthScheme::None);
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &GET_ROLE_CREDENTIALS,
        &LIST_ACCOUNT_ROLES,
        &LIST_ACCOUNTS,
        &LOGOUT,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_ACCOUNT_ROLES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ACCOUNT_ROLES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["roleList"],
    };
    pub static LIST_ACCOUNTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ACCOUNTS,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["accountList"],
    };
}

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
    service_id: "IAM",
    endpoint_prefix: "iam",
    signing_name: "iam",
    xml_namespace: Some("https://iam.amazonaws.com/doc/2010-05-08/"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("iam", "2010-05-08", Protocol::Query)
};
pub static ACCEPT_DELEGATION_REQUEST_INPUT: Schema = Schema::structure(
    "AcceptDelegationRequestRequest",
    &[Member::new("DelegationRequestId", &p::STRING).with(f::REQUIRED)],
);
pub static ACCESS_DETAIL: Schema = Schema::structure(
    "AccessDetail",
    &[
        Member::new("ServiceName", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceNamespace", &p::STRING).with(f::REQUIRED),
        Member::new("Region", &p::STRING),
        Member::new("EntityPath", &p::STRING),
        Member::new("LastAuthenticatedTime", &p::TIMESTAMP),
        Member::new("TotalAuthenticatedEntities", &p::INTEGER),
    ],
);
pub static ACCESS_DETAILS: Schema = Schema::list(
    "AccessDetails",
    &[Member::new("member", &ACCESS_DETAIL)],
);
pub static ACCESS_KEY: Schema = Schema::structure(
    "AccessKey",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("AccessKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("SecretAccessKey", &ACCESS_KEY_SECRET_TYPE).with(f::REQUIRED),
        Member::new("CreateDate", &p::TIMESTAMP),
    ],
);
pub static ACCESS_KEY_LAST_USED: Schema = Schema::structure(
    "AccessKeyLastUsed",
    &[
        Member::new("LastUsedDate", &p::TIMESTAMP),
        Member::new("ServiceName", &p::STRING).with(f::REQUIRED),
        Member::new("Region", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ACCESS_KEY_METADATA: Schema = Schema::structure(
    "AccessKeyMetadata",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("AccessKeyId", &p::STRING),
        Member::new("Status", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
    ],
);
pub static ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION: Schema = Schema::structure(
        "AccountNotManagementOrDelegatedAdministratorException",
        &[],
    )
    .error("AccountNotManagementOrDelegatedAdministratorException", 400u16);
pub static ACQUIRE_ROLE_INPUT: Schema = Schema::structure(
    "AcquireRoleRequest",
    &[
        Member::new("TemplateArn", &p::STRING).with(f::REQUIRED),
        Member::new("TemplateMinorVersion", &p::INTEGER),
        Member::new("ReplacementValues", &MAP_STRING_REPLACEMENT_VALUE_ENTRY),
    ],
);
pub static ACQUIRE_ROLE_OUTPUT: Schema = Schema::structure(
    "AcquireRoleResponse",
    &[Member::new("Role", &ROLE).with(f::REQUIRED)],
);
pub static ACTION_NAME_LIST_TYPE: Schema = Schema::list(
    "ActionNameListType",
    &[Member::new("member", &p::STRING)],
);
pub static ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "AddClientIDToOpenIDConnectProviderRequest",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("ClientID", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ADD_ROLE_TO_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "AddRoleToInstanceProfileRequest",
    &[
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ADD_USER_TO_GROUP_INPUT: Schema = Schema::structure(
    "AddUserToGroupRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ARN_LIST_TYPE: Schema = Schema::list(
    "ArnListType",
    &[Member::new("member", &p::STRING)],
);
pub static ASSOCIATE_DELEGATION_REQUEST_INPUT: Schema = Schema::structure(
    "AssociateDelegationRequestRequest",
    &[Member::new("DelegationRequestId", &p::STRING).with(f::REQUIRED)],
);
pub static ATTACH_GROUP_POLICY_INPUT: Schema = Schema::structure(
    "AttachGroupPolicyRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ATTACH_ROLE_POLICY_INPUT: Schema = Schema::structure(
    "AttachRolePolicyRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ATTACH_USER_POLICY_INPUT: Schema = Schema::structure(
    "AttachUserPolicyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ATTACHED_PERMISSIONS_BOUNDARY: Schema = Schema::structure(
    "AttachedPermissionsBoundary",
    &[
        Member::new("PermissionsBoundaryType", &p::STRING),
        Member::new("PermissionsBoundaryArn", &p::STRING),
    ],
);
pub static ATTACHED_POLICY: Schema = Schema::structure(
    "AttachedPolicy",
    &[Member::new("PolicyName", &p::STRING), Member::new("PolicyArn", &p::STRING)],
);
pub static BOOTSTRAP_DATUM: Schema = Schema::scalar("BootstrapDatum", Kind::Blob)
    .with(f::SENSITIVE);
pub static CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION: Schema = Schema::structure(
        "CallerIsNotManagementAccountException",
        &[],
    )
    .error("CallerIsNotManagementAccountException", 400u16);
pub static CERTIFICATION_MAP_TYPE: Schema = Schema::map(
    "CertificationMapType",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static CHANGE_PASSWORD_INPUT: Schema = Schema::structure(
    "ChangePasswordRequest",
    &[
        Member::new("OldPassword", &PASSWORD_TYPE).with(f::REQUIRED),
        Member::new("NewPassword", &PASSWORD_TYPE).with(f::REQUIRED),
    ],
);
pub static CONCURRENT_MODIFICATION_EXCEPTION: Schema = Schema::structure(
        "ConcurrentModificationException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ConcurrentModification", 409u16);
pub static CONTEXT_ENTRY: Schema = Schema::structure(
    "ContextEntry",
    &[
        Member::new("ContextKeyName", &p::STRING),
        Member::new("ContextKeyValues", &CONTEXT_KEY_VALUE_LIST_TYPE),
        Member::new("ContextKeyType", &p::STRING),
    ],
);
pub static CONTEXT_ENTRY_LIST_TYPE: Schema = Schema::list(
    "ContextEntryListType",
    &[Member::new("member", &CONTEXT_ENTRY)],
);
pub static CONTEXT_KEY_NAMES_RESULT_LIST_TYPE: Schema = Schema::list(
    "ContextKeyNamesResultListType",
    &[Member::new("member", &p::STRING)],
);
pub static CONTEXT_KEY_VALUE_LIST_TYPE: Schema = Schema::list(
    "ContextKeyValueListType",
    &[Member::new("member", &p::STRING)],
);
pub static CREATE_ACCESS_KEY_INPUT: Schema = Schema::structure(
    "CreateAccessKeyRequest",
    &[Member::new("UserName", &p::STRING)],
);
pub static CREATE_ACCESS_KEY_OUTPUT: Schema = Schema::structure(
    "CreateAccessKeyResponse",
    &[Member::new("AccessKey", &ACCESS_KEY).with(f::REQUIRED)],
);
pub static CREATE_ACCOUNT_ALIAS_INPUT: Schema = Schema::structure(
    "CreateAccountAliasRequest",
    &[Member::new("AccountAlias", &p::STRING).with(f::REQUIRED)],
);
pub static CREATE_DELEGATION_REQUEST_INPUT: Schema = Schema::structure(
    "CreateDelegationRequestRequest",
    &[
        Member::new("OwnerAccountId", &p::STRING),
        Member::new("Description", &p::STRING).with(f::REQUIRED),
        Member::new("Permissions", &DELEGATION_PERMISSION).with(f::REQUIRED),
        Member::new("RequestMessage", &p::STRING),
        Member::new("RequestorWorkflowId", &p::STRING).with(f::REQUIRED),
        Member::new("RedirectUrl", &p::STRING),
        Member::new("NotificationChannel", &p::STRING).with(f::REQUIRED),
        Member::new("SessionDuration", &p::INTEGER).with(f::REQUIRED),
        Member::new("OnlySendByOwner", &p::BOOLEAN),
    ],
);
pub static CREATE_DELEGATION_REQUEST_OUTPUT: Schema = Schema::structure(
    "CreateDelegationRequestResponse",
    &[
        Member::new("ConsoleDeepLink", &p::STRING),
        Member::new("DelegationRequestId", &p::STRING),
    ],
);
pub static CREATE_GROUP_INPUT: Schema = Schema::structure(
    "CreateGroupRequest",
    &[
        Member::new("Path", &p::STRING),
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_GROUP_OUTPUT: Schema = Schema::structure(
    "CreateGroupResponse",
    &[Member::new("Group", &GROUP).with(f::REQUIRED)],
);
pub static CREATE_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "CreateInstanceProfileRequest",
    &[
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("Path", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_INSTANCE_PROFILE_OUTPUT: Schema = Schema::structure(
    "CreateInstanceProfileResponse",
    &[Member::new("InstanceProfile", &INSTANCE_PROFILE).with(f::REQUIRED)],
);
pub static CREATE_LOGIN_PROFILE_INPUT: Schema = Schema::structure(
    "CreateLoginProfileRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("Password", &PASSWORD_TYPE),
        Member::new("PasswordResetRequired", &p::BOOLEAN),
    ],
);
pub static CREATE_LOGIN_PROFILE_OUTPUT: Schema = Schema::structure(
    "CreateLoginProfileResponse",
    &[Member::new("LoginProfile", &LOGIN_PROFILE).with(f::REQUIRED)],
);
pub static CREATE_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "CreateOpenIDConnectProviderRequest",
    &[
        Member::new("Url", &p::STRING).with(f::REQUIRED),
        Member::new("ClientIDList", &CLIENT_ID_LIST_TYPE),
        Member::new("ThumbprintList", &THUMBPRINT_LIST_TYPE),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_OPEN_ID_CONNECT_PROVIDER_OUTPUT: Schema = Schema::structure(
    "CreateOpenIDConnectProviderResponse",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_POLICY_INPUT: Schema = Schema::structure(
    "CreatePolicyRequest",
    &[
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("Path", &p::STRING),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_POLICY_OUTPUT: Schema = Schema::structure(
    "CreatePolicyResponse",
    &[Member::new("Policy", &POLICY)],
);
pub static CREATE_POLICY_VERSION_INPUT: Schema = Schema::structure(
    "CreatePolicyVersionRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
        Member::new("SetAsDefault", &p::BOOLEAN),
    ],
);
pub static CREATE_POLICY_VERSION_OUTPUT: Schema = Schema::structure(
    "CreatePolicyVersionResponse",
    &[Member::new("PolicyVersion", &POLICY_VERSION)],
);
pub static CREATE_ROLE_INPUT: Schema = Schema::structure(
    "CreateRoleRequest",
    &[
        Member::new("Path", &p::STRING),
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("AssumeRolePolicyDocument", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("MaxSessionDuration", &p::INTEGER),
        Member::new("PermissionsBoundary", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_ROLE_OUTPUT: Schema = Schema::structure(
    "CreateRoleResponse",
    &[Member::new("Role", &ROLE).with(f::REQUIRED)],
);
pub static CREATE_SAML_PROVIDER_INPUT: Schema = Schema::structure(
    "CreateSAMLProviderRequest",
    &[
        Member::new("SAMLMetadataDocument", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("AssertionEncryptionMode", &p::STRING),
        Member::new("AddPrivateKey", &PRIVATE_KEY_TYPE),
    ],
);
pub static CREATE_SAML_PROVIDER_OUTPUT: Schema = Schema::structure(
    "CreateSAMLProviderResponse",
    &[Member::new("SAMLProviderArn", &p::STRING), Member::new("Tags", &TAG_LIST_TYPE)],
);
pub static CREATE_SERVICE_LINKED_ROLE_INPUT: Schema = Schema::structure(
    "CreateServiceLinkedRoleRequest",
    &[
        Member::new("AWSServiceName", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("CustomSuffix", &p::STRING),
    ],
);
pub static CREATE_SERVICE_LINKED_ROLE_OUTPUT: Schema = Schema::structure(
    "CreateServiceLinkedRoleResponse",
    &[Member::new("Role", &ROLE)],
);
pub static CREATE_SERVICE_SPECIFIC_CREDENTIAL_INPUT: Schema = Schema::structure(
    "CreateServiceSpecificCredentialRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceName", &p::STRING).with(f::REQUIRED),
        Member::new("CredentialAgeDays", &p::INTEGER),
    ],
);
pub static CREATE_SERVICE_SPECIFIC_CREDENTIAL_OUTPUT: Schema = Schema::structure(
    "CreateServiceSpecificCredentialResponse",
    &[Member::new("ServiceSpecificCredential", &SERVICE_SPECIFIC_CREDENTIAL)],
);
pub static CREATE_USER_INPUT: Schema = Schema::structure(
    "CreateUserRequest",
    &[
        Member::new("Path", &p::STRING),
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PermissionsBoundary", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_USER_OUTPUT: Schema = Schema::structure(
    "CreateUserResponse",
    &[Member::new("User", &USER)],
);
pub static CREATE_VIRTUAL_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "CreateVirtualMFADeviceRequest",
    &[
        Member::new("Path", &p::STRING),
        Member::new("VirtualMFADeviceName", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static CREATE_VIRTUAL_MFA_DEVICE_OUTPUT: Schema = Schema::structure(
    "CreateVirtualMFADeviceResponse",
    &[Member::new("VirtualMFADevice", &VIRTUAL_MFA_DEVICE).with(f::REQUIRED)],
);
pub static CREDENTIAL_REPORT_EXPIRED_EXCEPTION: Schema = Schema::structure(
        "CredentialReportExpiredException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ReportExpired", 410u16);
pub static CREDENTIAL_REPORT_NOT_PRESENT_EXCEPTION: Schema = Schema::structure(
        "CredentialReportNotPresentException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ReportNotPresent", 410u16);
pub static CREDENTIAL_REPORT_NOT_READY_EXCEPTION: Schema = Schema::structure(
        "CredentialReportNotReadyException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ReportInProgress", 404u16);
pub static DEACTIVATE_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "DeactivateMFADeviceRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELEGATION_PERMISSION: Schema = Schema::structure(
    "DelegationPermission",
    &[
        Member::new("PolicyTemplateArn", &p::STRING),
        Member::new("Parameters", &POLICY_PARAMETER_LIST_TYPE),
    ],
);
pub static DELEGATION_REQUEST: Schema = Schema::structure(
    "DelegationRequest",
    &[
        Member::new("DelegationRequestId", &p::STRING),
        Member::new("OwnerAccountId", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("RequestMessage", &p::STRING),
        Member::new("Permissions", &DELEGATION_PERMISSION),
        Member::new("PermissionPolicy", &p::STRING),
        Member::new(
            "RolePermissionRestrictionArns",
            &ROLE_PERMISSION_RESTRICTION_ARN_LIST_TYPE,
        ),
        Member::new("OwnerId", &p::STRING),
        Member::new("ApproverId", &p::STRING),
        Member::new("State", &p::STRING),
        Member::new("ExpirationTime", &p::TIMESTAMP),
        Member::new("RequestorId", &p::STRING),
        Member::new("RequestorName", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("SessionDuration", &p::INTEGER),
        Member::new("RedirectUrl", &p::STRING),
        Member::new("Notes", &p::STRING),
        Member::new("RejectionReason", &p::STRING),
        Member::new("OnlySendByOwner", &p::BOOLEAN),
        Member::new("UpdatedTime", &p::TIMESTAMP),
    ],
);
pub static DELETE_ACCESS_KEY_INPUT: Schema = Schema::structure(
    "DeleteAccessKeyRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("AccessKeyId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_ACCOUNT_ALIAS_INPUT: Schema = Schema::structure(
    "DeleteAccountAliasRequest",
    &[Member::new("AccountAlias", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "DeleteConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DeleteConflict", 409u16);
pub static DELETE_GROUP_POLICY_INPUT: Schema = Schema::structure(
    "DeleteGroupPolicyRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_GROUP_INPUT: Schema = Schema::structure(
    "DeleteGroupRequest",
    &[Member::new("GroupName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "DeleteInstanceProfileRequest",
    &[Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_LOGIN_PROFILE_INPUT: Schema = Schema::structure(
    "DeleteLoginProfileRequest",
    &[Member::new("UserName", &p::STRING)],
);
pub static DELETE_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "DeleteOpenIDConnectProviderRequest",
    &[Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_POLICY_INPUT: Schema = Schema::structure(
    "DeletePolicyRequest",
    &[Member::new("PolicyArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_POLICY_VERSION_INPUT: Schema = Schema::structure(
    "DeletePolicyVersionRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_ROLE_PERMISSIONS_BOUNDARY_INPUT: Schema = Schema::structure(
    "DeleteRolePermissionsBoundaryRequest",
    &[Member::new("RoleName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_ROLE_POLICY_INPUT: Schema = Schema::structure(
    "DeleteRolePolicyRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_ROLE_INPUT: Schema = Schema::structure(
    "DeleteRoleRequest",
    &[Member::new("RoleName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SAML_PROVIDER_INPUT: Schema = Schema::structure(
    "DeleteSAMLProviderRequest",
    &[Member::new("SAMLProviderArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SSH_PUBLIC_KEY_INPUT: Schema = Schema::structure(
    "DeleteSSHPublicKeyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_SERVER_CERTIFICATE_INPUT: Schema = Schema::structure(
    "DeleteServerCertificateRequest",
    &[Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SERVICE_LINKED_ROLE_INPUT: Schema = Schema::structure(
    "DeleteServiceLinkedRoleRequest",
    &[Member::new("RoleName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SERVICE_LINKED_ROLE_OUTPUT: Schema = Schema::structure(
    "DeleteServiceLinkedRoleResponse",
    &[Member::new("DeletionTaskId", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SERVICE_SPECIFIC_CREDENTIAL_INPUT: Schema = Schema::structure(
    "DeleteServiceSpecificCredentialRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("ServiceSpecificCredentialId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_SIGNING_CERTIFICATE_INPUT: Schema = Schema::structure(
    "DeleteSigningCertificateRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("CertificateId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_USER_PERMISSIONS_BOUNDARY_INPUT: Schema = Schema::structure(
    "DeleteUserPermissionsBoundaryRequest",
    &[Member::new("UserName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_USER_POLICY_INPUT: Schema = Schema::structure(
    "DeleteUserPolicyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DELETE_USER_INPUT: Schema = Schema::structure(
    "DeleteUserRequest",
    &[Member::new("UserName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_VIRTUAL_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "DeleteVirtualMFADeviceRequest",
    &[Member::new("SerialNumber", &p::STRING).with(f::REQUIRED)],
);
pub static DELETION_TASK_FAILURE_REASON_TYPE: Schema = Schema::structure(
    "DeletionTaskFailureReasonType",
    &[
        Member::new("Reason", &p::STRING),
        Member::new("RoleUsageList", &ROLE_USAGE_LIST_TYPE),
    ],
);
pub static DETACH_GROUP_POLICY_INPUT: Schema = Schema::structure(
    "DetachGroupPolicyRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DETACH_ROLE_POLICY_INPUT: Schema = Schema::structure(
    "DetachRolePolicyRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DETACH_USER_POLICY_INPUT: Schema = Schema::structure(
    "DetachUserPolicyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
    ],
);
pub static DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_INPUT: Schema = Schema::structure(
    "DisableOrganizationsRootCredentialsManagementRequest",
    &[],
);
pub static DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_OUTPUT: Schema = Schema::structure(
    "DisableOrganizationsRootCredentialsManagementResponse",
    &[
        Member::new("OrganizationId", &p::STRING),
        Member::new("EnabledFeatures", &FEATURES_LIST_TYPE),
    ],
);
pub static DISABLE_ORGANIZATIONS_ROOT_SESSIONS_INPUT: Schema = Schema::structure(
    "DisableOrganizationsRootSessionsRequest",
    &[],
);
pub static DISABLE_ORGANIZATIONS_ROOT_SESSIONS_OUTPUT: Schema = Schema::structure(
    "DisableOrganizationsRootSessionsResponse",
    &[
        Member::new("OrganizationId", &p::STRING),
        Member::new("EnabledFeatures", &FEATURES_LIST_TYPE),
    ],
);
pub static DUPLICATE_CERTIFICATE_EXCEPTION: Schema = Schema::structure(
        "DuplicateCertificateException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DuplicateCertificate", 409u16);
pub static DUPLICATE_SSH_PUBLIC_KEY_EXCEPTION: Schema = Schema::structure(
        "DuplicateSSHPublicKeyException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("DuplicateSSHPublicKey", 400u16);
pub static ENABLE_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "EnableMFADeviceRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("AuthenticationCode1", &p::STRING).with(f::REQUIRED),
        Member::new("AuthenticationCode2", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_INPUT: Schema = Schema::structure(
    "EnableOrganizationsRootCredentialsManagementRequest",
    &[],
);
pub static ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_OUTPUT: Schema = Schema::structure(
    "EnableOrganizationsRootCredentialsManagementResponse",
    &[
        Member::new("OrganizationId", &p::STRING),
        Member::new("EnabledFeatures", &FEATURES_LIST_TYPE),
    ],
);
pub static ENABLE_ORGANIZATIONS_ROOT_SESSIONS_INPUT: Schema = Schema::structure(
    "EnableOrganizationsRootSessionsRequest",
    &[],
);
pub static ENABLE_ORGANIZATIONS_ROOT_SESSIONS_OUTPUT: Schema = Schema::structure(
    "EnableOrganizationsRootSessionsResponse",
    &[
        Member::new("OrganizationId", &p::STRING),
        Member::new("EnabledFeatures", &FEATURES_LIST_TYPE),
    ],
);
pub static ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION_OUTPUT: Schema = Schema::structure(
    "EnableOutboundWebIdentityFederationResponse",
    &[Member::new("IssuerIdentifier", &p::STRING)],
);
pub static ENTITY_ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "EntityAlreadyExistsException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EntityAlreadyExists", 409u16);
pub static ENTITY_DETAILS: Schema = Schema::structure(
    "EntityDetails",
    &[
        Member::new("EntityInfo", &ENTITY_INFO).with(f::REQUIRED),
        Member::new("LastAuthenticated", &p::TIMESTAMP),
    ],
);
pub static ENTITY_INFO: Schema = Schema::structure(
    "EntityInfo",
    &[
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Path", &p::STRING),
    ],
);
pub static ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION: Schema = Schema::structure(
        "EntityTemporarilyUnmodifiableException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EntityTemporarilyUnmodifiable", 409u16);
pub static ERROR_DETAILS: Schema = Schema::structure(
    "ErrorDetails",
    &[
        Member::new("Message", &p::STRING).with(f::REQUIRED),
        Member::new("Code", &p::STRING).with(f::REQUIRED),
    ],
);
pub static EVAL_DECISION_DETAILS_TYPE: Schema = Schema::map(
    "EvalDecisionDetailsType",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static EVALUATION_RESULT: Schema = Schema::structure(
    "EvaluationResult",
    &[
        Member::new("EvalActionName", &p::STRING).with(f::REQUIRED),
        Member::new("EvalResourceName", &p::STRING),
        Member::new("EvalDecision", &p::STRING).with(f::REQUIRED),
        Member::new("MatchedStatements", &STATEMENT_LIST_TYPE),
        Member::new("MissingContextValues", &CONTEXT_KEY_NAMES_RESULT_LIST_TYPE),
        Member::new("OrganizationsDecisionDetail", &ORGANIZATIONS_DECISION_DETAIL),
        Member::new(
            "PermissionsBoundaryDecisionDetail",
            &PERMISSIONS_BOUNDARY_DECISION_DETAIL,
        ),
        Member::new("EvalDecisionDetails", &EVAL_DECISION_DETAILS_TYPE),
        Member::new("ResourceSpecificResults", &RESOURCE_SPECIFIC_RESULT_LIST_TYPE),
    ],
);
pub static EVALUATION_RESULTS_LIST_TYPE: Schema = Schema::list(
    "EvaluationResultsListType",
    &[Member::new("member", &EVALUATION_RESULT)],
);
pub static FEATURE_DISABLED_EXCEPTION: Schema = Schema::structure(
        "FeatureDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("FeatureDisabled", 404u16);
pub static FEATURE_ENABLED_EXCEPTION: Schema = Schema::structure(
        "FeatureEnabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("FeatureEnabled", 409u16);
pub static FEATURES_LIST_TYPE: Schema = Schema::list(
    "FeaturesListType",
    &[Member::new("member", &p::STRING)],
);
pub static GENERATE_CREDENTIAL_REPORT_OUTPUT: Schema = Schema::structure(
    "GenerateCredentialReportResponse",
    &[Member::new("State", &p::STRING), Member::new("Description", &p::STRING)],
);
pub static GENERATE_ORGANIZATIONS_ACCESS_REPORT_INPUT: Schema = Schema::structure(
    "GenerateOrganizationsAccessReportRequest",
    &[
        Member::new("EntityPath", &p::STRING).with(f::REQUIRED),
        Member::new("OrganizationsPolicyId", &p::STRING),
    ],
);
pub static GENERATE_ORGANIZATIONS_ACCESS_REPORT_OUTPUT: Schema = Schema::structure(
    "GenerateOrganizationsAccessReportResponse",
    &[Member::new("JobId", &p::STRING)],
);
pub static GENERATE_SERVICE_LAST_ACCESSED_DETAILS_INPUT: Schema = Schema::structure(
    "GenerateServiceLastAccessedDetailsRequest",
    &[
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("Granularity", &p::STRING),
    ],
);
pub static GENERATE_SERVICE_LAST_ACCESSED_DETAILS_OUTPUT: Schema = Schema::structure(
    "GenerateServiceLastAccessedDetailsResponse",
    &[Member::new("JobId", &p::STRING)],
);
pub static GET_ACCESS_KEY_LAST_USED_INPUT: Schema = Schema::structure(
    "GetAccessKeyLastUsedRequest",
    &[Member::new("AccessKeyId", &p::STRING).with(f::REQUIRED)],
);
pub static GET_ACCESS_KEY_LAST_USED_OUTPUT: Schema = Schema::structure(
    "GetAccessKeyLastUsedResponse",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("AccessKeyLastUsed", &ACCESS_KEY_LAST_USED),
    ],
);
pub static GET_ACCOUNT_AUTHORIZATION_DETAILS_INPUT: Schema = Schema::structure(
    "GetAccountAuthorizationDetailsRequest",
    &[
        Member::new("Filter", &ENTITY_LIST_TYPE),
        Member::new("MaxItems", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static GET_ACCOUNT_AUTHORIZATION_DETAILS_OUTPUT: Schema = Schema::structure(
    "GetAccountAuthorizationDetailsResponse",
    &[
        Member::new("UserDetailList", &USER_DETAIL_LIST_TYPE),
        Member::new("GroupDetailList", &GROUP_DETAIL_LIST_TYPE),
        Member::new("RoleDetailList", &ROLE_DETAIL_LIST_TYPE),
        Member::new("Policies", &MANAGED_POLICY_DETAIL_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static GET_ACCOUNT_PASSWORD_POLICY_OUTPUT: Schema = Schema::structure(
    "GetAccountPasswordPolicyResponse",
    &[Member::new("PasswordPolicy", &PASSWORD_POLICY).with(f::REQUIRED)],
);
pub static GET_ACCOUNT_PROPERTIES_INPUT: Schema = Schema::structure(
    "GetAccountPropertiesRequest",
    &[],
);
pub static GET_ACCOUNT_PROPERTIES_OUTPUT: Schema = Schema::structure(
    "GetAccountPropertiesResponse",
    &[Member::new("Properties", &ACCOUNT_PROPERTIES_MAP_TYPE)],
);
pub static GET_ACCOUNT_SUMMARY_OUTPUT: Schema = Schema::structure(
    "GetAccountSummaryResponse",
    &[Member::new("SummaryMap", &SUMMARY_MAP_TYPE)],
);
pub static GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY_INPUT: Schema = Schema::structure(
    "GetContextKeysForCustomPolicyRequest",
    &[Member::new("PolicyInputList", &SIMULATION_POLICY_LIST_TYPE).with(f::REQUIRED)],
);
pub static GET_CONTEXT_KEYS_FOR_POLICY_RESPONSE: Schema = Schema::structure(
    "GetContextKeysForPolicyResponse",
    &[Member::new("ContextKeyNames", &CONTEXT_KEY_NAMES_RESULT_LIST_TYPE)],
);
pub static GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY_INPUT: Schema = Schema::structure(
    "GetContextKeysForPrincipalPolicyRequest",
    &[
        Member::new("PolicySourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyInputList", &SIMULATION_POLICY_LIST_TYPE),
    ],
);
pub static GET_CREDENTIAL_REPORT_OUTPUT: Schema = Schema::structure(
    "GetCredentialReportResponse",
    &[
        Member::new("Content", &p::BLOB),
        Member::new("ReportFormat", &p::STRING),
        Member::new("GeneratedTime", &p::TIMESTAMP),
    ],
);
pub static GET_DELEGATION_REQUEST_INPUT: Schema = Schema::structure(
    "GetDelegationRequestRequest",
    &[
        Member::new("DelegationRequestId", &p::STRING).with(f::REQUIRED),
        Member::new("DelegationPermissionCheck", &p::BOOLEAN),
    ],
);
pub static GET_DELEGATION_REQUEST_OUTPUT: Schema = Schema::structure(
    "GetDelegationRequestResponse",
    &[
        Member::new("DelegationRequest", &DELEGATION_REQUEST),
        Member::new("PermissionCheckStatus", &p::STRING),
        Member::new("PermissionCheckResult", &p::STRING),
    ],
);
pub static GET_GROUP_POLICY_INPUT: Schema = Schema::structure(
    "GetGroupPolicyRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_GROUP_POLICY_OUTPUT: Schema = Schema::structure(
    "GetGroupPolicyResponse",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_GROUP_INPUT: Schema = Schema::structure(
    "GetGroupRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static GET_GROUP_OUTPUT: Schema = Schema::structure(
    "GetGroupResponse",
    &[
        Member::new("Group", &GROUP).with(f::REQUIRED),
        Member::new("Users", &USER_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static GET_HUMAN_READABLE_SUMMARY_INPUT: Schema = Schema::structure(
    "GetHumanReadableSummaryRequest",
    &[
        Member::new("EntityArn", &p::STRING).with(f::REQUIRED),
        Member::new("Locale", &p::STRING),
    ],
);
pub static GET_HUMAN_READABLE_SUMMARY_OUTPUT: Schema = Schema::structure(
    "GetHumanReadableSummaryResponse",
    &[
        Member::new("SummaryContent", &p::STRING),
        Member::new("Locale", &p::STRING),
        Member::new("SummaryState", &p::STRING),
    ],
);
pub static GET_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "GetInstanceProfileRequest",
    &[Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_INSTANCE_PROFILE_OUTPUT: Schema = Schema::structure(
    "GetInstanceProfileResponse",
    &[Member::new("InstanceProfile", &INSTANCE_PROFILE).with(f::REQUIRED)],
);
pub static GET_LOGIN_PROFILE_INPUT: Schema = Schema::structure(
    "GetLoginProfileRequest",
    &[Member::new("UserName", &p::STRING)],
);
pub static GET_LOGIN_PROFILE_OUTPUT: Schema = Schema::structure(
    "GetLoginProfileResponse",
    &[Member::new("LoginProfile", &LOGIN_PROFILE).with(f::REQUIRED)],
);
pub static GET_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "GetMFADeviceRequest",
    &[
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("UserName", &p::STRING),
    ],
);
pub static GET_MFA_DEVICE_OUTPUT: Schema = Schema::structure(
    "GetMFADeviceResponse",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("EnableDate", &p::TIMESTAMP),
        Member::new("Certifications", &CERTIFICATION_MAP_TYPE),
    ],
);
pub static GET_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "GetOpenIDConnectProviderRequest",
    &[Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_OPEN_ID_CONNECT_PROVIDER_OUTPUT: Schema = Schema::structure(
    "GetOpenIDConnectProviderResponse",
    &[
        Member::new("Url", &p::STRING),
        Member::new("ClientIDList", &CLIENT_ID_LIST_TYPE),
        Member::new("ThumbprintList", &THUMBPRINT_LIST_TYPE),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static GET_ORGANIZATIONS_ACCESS_REPORT_INPUT: Schema = Schema::structure(
    "GetOrganizationsAccessReportRequest",
    &[
        Member::new("JobId", &p::STRING).with(f::REQUIRED),
        Member::new("MaxItems", &p::INTEGER),
        Member::new("Marker", &p::STRING),
        Member::new("SortKey", &p::STRING),
    ],
);
pub static GET_ORGANIZATIONS_ACCESS_REPORT_OUTPUT: Schema = Schema::structure(
    "GetOrganizationsAccessReportResponse",
    &[
        Member::new("JobStatus", &p::STRING).with(f::REQUIRED),
        Member::new("JobCreationDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("JobCompletionDate", &p::TIMESTAMP),
        Member::new("NumberOfServicesAccessible", &p::INTEGER),
        Member::new("NumberOfServicesNotAccessed", &p::INTEGER),
        Member::new("AccessDetails", &ACCESS_DETAILS),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
        Member::new("ErrorDetails", &ERROR_DETAILS),
    ],
);
pub static GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO_OUTPUT: Schema = Schema::structure(
    "GetOutboundWebIdentityFederationInfoResponse",
    &[
        Member::new("IssuerIdentifier", &p::STRING),
        Member::new("JwtVendingEnabled", &p::BOOLEAN),
    ],
);
pub static GET_POLICY_INPUT: Schema = Schema::structure(
    "GetPolicyRequest",
    &[Member::new("PolicyArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_POLICY_OUTPUT: Schema = Schema::structure(
    "GetPolicyResponse",
    &[Member::new("Policy", &POLICY)],
);
pub static GET_POLICY_VERSION_INPUT: Schema = Schema::structure(
    "GetPolicyVersionRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_POLICY_VERSION_OUTPUT: Schema = Schema::structure(
    "GetPolicyVersionResponse",
    &[Member::new("PolicyVersion", &POLICY_VERSION)],
);
pub static GET_ROLE_POLICY_INPUT: Schema = Schema::structure(
    "GetRolePolicyRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_ROLE_POLICY_OUTPUT: Schema = Schema::structure(
    "GetRolePolicyResponse",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_ROLE_INPUT: Schema = Schema::structure(
    "GetRoleRequest",
    &[Member::new("RoleName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_ROLE_OUTPUT: Schema = Schema::structure(
    "GetRoleResponse",
    &[Member::new("Role", &ROLE).with(f::REQUIRED)],
);
pub static GET_ROLE_TEMPLATE_VERSION_INPUT: Schema = Schema::structure(
    "GetRoleTemplateVersionRequest",
    &[
        Member::new("TemplateArn", &p::STRING).with(f::REQUIRED),
        Member::new("MinorVersion", &p::INTEGER),
    ],
);
pub static GET_ROLE_TEMPLATE_VERSION_OUTPUT: Schema = Schema::structure(
    "GetRoleTemplateVersionResponse",
    &[Member::new("RoleTemplateVersion", &ROLE_TEMPLATE_VERSION).with(f::REQUIRED)],
);
pub static GET_SAML_PROVIDER_INPUT: Schema = Schema::structure(
    "GetSAMLProviderRequest",
    &[Member::new("SAMLProviderArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_SAML_PROVIDER_OUTPUT: Schema = Schema::structure(
    "GetSAMLProviderResponse",
    &[
        Member::new("SAMLProviderUUID", &p::STRING),
        Member::new("SAMLMetadataDocument", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("ValidUntil", &p::TIMESTAMP),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("AssertionEncryptionMode", &p::STRING),
        Member::new("PrivateKeyList", &PRIVATE_KEY_LIST),
    ],
);
pub static GET_SSH_PUBLIC_KEY_INPUT: Schema = Schema::structure(
    "GetSSHPublicKeyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Encoding", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_SSH_PUBLIC_KEY_OUTPUT: Schema = Schema::structure(
    "GetSSHPublicKeyResponse",
    &[Member::new("SSHPublicKey", &SSH_PUBLIC_KEY)],
);
pub static GET_SERVER_CERTIFICATE_INPUT: Schema = Schema::structure(
    "GetServerCertificateRequest",
    &[Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED)],
);
pub static GET_SERVER_CERTIFICATE_OUTPUT: Schema = Schema::structure(
    "GetServerCertificateResponse",
    &[Member::new("ServerCertificate", &SERVER_CERTIFICATE).with(f::REQUIRED)],
);
pub static GET_SERVICE_LAST_ACCESSED_DETAILS_INPUT: Schema = Schema::structure(
    "GetServiceLastAccessedDetailsRequest",
    &[
        Member::new("JobId", &p::STRING).with(f::REQUIRED),
        Member::new("MaxItems", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static GET_SERVICE_LAST_ACCESSED_DETAILS_OUTPUT: Schema = Schema::structure(
    "GetServiceLastAccessedDetailsResponse",
    &[
        Member::new("JobStatus", &p::STRING).with(f::REQUIRED),
        Member::new("JobType", &p::STRING),
        Member::new("JobCreationDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ServicesLastAccessed", &SERVICES_LAST_ACCESSED).with(f::REQUIRED),
        Member::new("JobCompletionDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
        Member::new("Error", &ERROR_DETAILS),
    ],
);
pub static GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES_INPUT: Schema = Schema::structure(
    "GetServiceLastAccessedDetailsWithEntitiesRequest",
    &[
        Member::new("JobId", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceNamespace", &p::STRING).with(f::REQUIRED),
        Member::new("MaxItems", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES_OUTPUT: Schema = Schema::structure(
    "GetServiceLastAccessedDetailsWithEntitiesResponse",
    &[
        Member::new("JobStatus", &p::STRING).with(f::REQUIRED),
        Member::new("JobCreationDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("JobCompletionDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("EntityDetailsList", &ENTITY_DETAILS_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
        Member::new("Error", &ERROR_DETAILS),
    ],
);
pub static GET_SERVICE_LINKED_ROLE_DELETION_STATUS_INPUT: Schema = Schema::structure(
    "GetServiceLinkedRoleDeletionStatusRequest",
    &[Member::new("DeletionTaskId", &p::STRING).with(f::REQUIRED)],
);
pub static GET_SERVICE_LINKED_ROLE_DELETION_STATUS_OUTPUT: Schema = Schema::structure(
    "GetServiceLinkedRoleDeletionStatusResponse",
    &[
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("Reason", &DELETION_TASK_FAILURE_REASON_TYPE),
    ],
);
pub static GET_USER_POLICY_INPUT: Schema = Schema::structure(
    "GetUserPolicyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_USER_POLICY_OUTPUT: Schema = Schema::structure(
    "GetUserPolicyResponse",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_USER_INPUT: Schema = Schema::structure(
    "GetUserRequest",
    &[Member::new("UserName", &p::STRING)],
);
pub static GET_USER_OUTPUT: Schema = Schema::structure(
    "GetUserResponse",
    &[Member::new("User", &USER).with(f::REQUIRED)],
);
pub static GROUP: Schema = Schema::structure(
    "Group",
    &[
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("GroupId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static GROUP_DETAIL: Schema = Schema::structure(
    "GroupDetail",
    &[
        Member::new("Path", &p::STRING),
        Member::new("GroupName", &p::STRING),
        Member::new("GroupId", &p::STRING),
        Member::new("Arn", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("GroupPolicyList", &POLICY_DETAIL_LIST_TYPE),
        Member::new("AttachedManagedPolicies", &ATTACHED_POLICIES_LIST_TYPE),
    ],
);
pub static INLINE_POLICY: Schema = Schema::structure(
    "InlinePolicy",
    &[
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static INLINE_POLICY_IDENTIFIER_TYPE: Schema = Schema::structure(
    "InlinePolicyIdentifierType",
    &[
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("AttachmentType", &p::STRING).with(f::REQUIRED),
        Member::new("AttachmentName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static INSTANCE_PROFILE: Schema = Schema::structure(
    "InstanceProfile",
    &[
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("InstanceProfileId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("Roles", &ROLE_LIST_TYPE).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static INVALID_AUTHENTICATION_CODE_EXCEPTION: Schema = Schema::structure(
        "InvalidAuthenticationCodeException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidAuthenticationCode", 403u16);
pub static INVALID_CERTIFICATE_EXCEPTION: Schema = Schema::structure(
        "InvalidCertificateException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidCertificate", 400u16);
pub static INVALID_INPUT_EXCEPTION: Schema = Schema::structure(
        "InvalidInputException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidInput", 400u16);
pub static INVALID_PUBLIC_KEY_EXCEPTION: Schema = Schema::structure(
        "InvalidPublicKeyException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidPublicKey", 400u16);
pub static INVALID_USER_TYPE_EXCEPTION: Schema = Schema::structure(
        "InvalidUserTypeException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidUserType", 400u16);
pub static KEY_PAIR_MISMATCH_EXCEPTION: Schema = Schema::structure(
        "KeyPairMismatchException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KeyPairMismatch", 400u16);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("LimitExceeded", 409u16);
pub static LIST_ACCESS_KEYS_INPUT: Schema = Schema::structure(
    "ListAccessKeysRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ACCESS_KEYS_OUTPUT: Schema = Schema::structure(
    "ListAccessKeysResponse",
    &[
        Member::new("AccessKeyMetadata", &ACCESS_KEY_METADATA_LIST_TYPE)
            .with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ACCOUNT_ALIASES_INPUT: Schema = Schema::structure(
    "ListAccountAliasesRequest",
    &[Member::new("Marker", &p::STRING), Member::new("MaxItems", &p::INTEGER)],
);
pub static LIST_ACCOUNT_ALIASES_OUTPUT: Schema = Schema::structure(
    "ListAccountAliasesResponse",
    &[
        Member::new("AccountAliases", &ACCOUNT_ALIAS_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ATTACHED_GROUP_POLICIES_INPUT: Schema = Schema::structure(
    "ListAttachedGroupPoliciesRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ATTACHED_GROUP_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListAttachedGroupPoliciesResponse",
    &[
        Member::new("AttachedPolicies", &ATTACHED_POLICIES_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ATTACHED_ROLE_POLICIES_INPUT: Schema = Schema::structure(
    "ListAttachedRolePoliciesRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ATTACHED_ROLE_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListAttachedRolePoliciesResponse",
    &[
        Member::new("AttachedPolicies", &ATTACHED_POLICIES_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ATTACHED_USER_POLICIES_INPUT: Schema = Schema::structure(
    "ListAttachedUserPoliciesRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ATTACHED_USER_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListAttachedUserPoliciesResponse",
    &[
        Member::new("AttachedPolicies", &ATTACHED_POLICIES_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_DELEGATION_REQUESTS_INPUT: Schema = Schema::structure(
    "ListDelegationRequestsRequest",
    &[
        Member::new("OwnerId", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_DELEGATION_REQUESTS_OUTPUT: Schema = Schema::structure(
    "ListDelegationRequestsResponse",
    &[
        Member::new("DelegationRequests", &DELEGATION_REQUESTS_LIST_TYPE),
        Member::new("Marker", &p::STRING),
        Member::new("isTruncated", &p::BOOLEAN),
    ],
);
pub static LIST_ENTITIES_FOR_POLICY_INPUT: Schema = Schema::structure(
    "ListEntitiesForPolicyRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("EntityFilter", &p::STRING),
        Member::new("PathPrefix", &p::STRING),
        Member::new("PolicyUsageFilter", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ENTITIES_FOR_POLICY_OUTPUT: Schema = Schema::structure(
    "ListEntitiesForPolicyResponse",
    &[
        Member::new("PolicyGroups", &POLICY_GROUP_LIST_TYPE),
        Member::new("PolicyUsers", &POLICY_USER_LIST_TYPE),
        Member::new("PolicyRoles", &POLICY_ROLE_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_GROUP_POLICIES_INPUT: Schema = Schema::structure(
    "ListGroupPoliciesRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_GROUP_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListGroupPoliciesResponse",
    &[
        Member::new("PolicyNames", &POLICY_NAME_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_GROUPS_FOR_USER_INPUT: Schema = Schema::structure(
    "ListGroupsForUserRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_GROUPS_FOR_USER_OUTPUT: Schema = Schema::structure(
    "ListGroupsForUserResponse",
    &[
        Member::new("Groups", &GROUP_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_GROUPS_INPUT: Schema = Schema::structure(
    "ListGroupsRequest",
    &[
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_GROUPS_OUTPUT: Schema = Schema::structure(
    "ListGroupsResponse",
    &[
        Member::new("Groups", &GROUP_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_INSTANCE_PROFILE_TAGS_INPUT: Schema = Schema::structure(
    "ListInstanceProfileTagsRequest",
    &[
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_INSTANCE_PROFILE_TAGS_OUTPUT: Schema = Schema::structure(
    "ListInstanceProfileTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_INSTANCE_PROFILES_FOR_ROLE_INPUT: Schema = Schema::structure(
    "ListInstanceProfilesForRoleRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_INSTANCE_PROFILES_FOR_ROLE_OUTPUT: Schema = Schema::structure(
    "ListInstanceProfilesForRoleResponse",
    &[
        Member::new("InstanceProfiles", &INSTANCE_PROFILE_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_INSTANCE_PROFILES_INPUT: Schema = Schema::structure(
    "ListInstanceProfilesRequest",
    &[
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_INSTANCE_PROFILES_OUTPUT: Schema = Schema::structure(
    "ListInstanceProfilesResponse",
    &[
        Member::new("InstanceProfiles", &INSTANCE_PROFILE_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_MFA_DEVICE_TAGS_INPUT: Schema = Schema::structure(
    "ListMFADeviceTagsRequest",
    &[
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_MFA_DEVICE_TAGS_OUTPUT: Schema = Schema::structure(
    "ListMFADeviceTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_MFA_DEVICES_INPUT: Schema = Schema::structure(
    "ListMFADevicesRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_MFA_DEVICES_OUTPUT: Schema = Schema::structure(
    "ListMFADevicesResponse",
    &[
        Member::new("MFADevices", &MFA_DEVICE_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_OPEN_ID_CONNECT_PROVIDER_TAGS_INPUT: Schema = Schema::structure(
    "ListOpenIDConnectProviderTagsRequest",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_OPEN_ID_CONNECT_PROVIDER_TAGS_OUTPUT: Schema = Schema::structure(
    "ListOpenIDConnectProviderTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_OPEN_ID_CONNECT_PROVIDERS_INPUT: Schema = Schema::structure(
    "ListOpenIDConnectProvidersRequest",
    &[],
);
pub static LIST_OPEN_ID_CONNECT_PROVIDERS_OUTPUT: Schema = Schema::structure(
    "ListOpenIDConnectProvidersResponse",
    &[Member::new("OpenIDConnectProviderList", &OPEN_ID_CONNECT_PROVIDER_LIST_TYPE)],
);
pub static LIST_ORGANIZATIONS_FEATURES_INPUT: Schema = Schema::structure(
    "ListOrganizationsFeaturesRequest",
    &[],
);
pub static LIST_ORGANIZATIONS_FEATURES_OUTPUT: Schema = Schema::structure(
    "ListOrganizationsFeaturesResponse",
    &[
        Member::new("OrganizationId", &p::STRING),
        Member::new("EnabledFeatures", &FEATURES_LIST_TYPE),
    ],
);
pub static LIST_POLICIES_GRANTING_SERVICE_ACCESS_ENTRY: Schema = Schema::structure(
    "ListPoliciesGrantingServiceAccessEntry",
    &[
        Member::new("ServiceNamespace", &p::STRING),
        Member::new("Policies", &POLICY_GRANTING_SERVICE_ACCESS_LIST_TYPE),
    ],
);
pub static LIST_POLICIES_GRANTING_SERVICE_ACCESS_INPUT: Schema = Schema::structure(
    "ListPoliciesGrantingServiceAccessRequest",
    &[
        Member::new("Marker", &p::STRING),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceNamespaces", &SERVICE_NAMESPACE_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static LIST_POLICIES_GRANTING_SERVICE_ACCESS_OUTPUT: Schema = Schema::structure(
    "ListPoliciesGrantingServiceAccessResponse",
    &[
        Member::new(
                "PoliciesGrantingServiceAccess",
                &LIST_POLICY_GRANTING_SERVICE_ACCESS_RESPONSE_LIST_TYPE,
            )
            .with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_POLICIES_INPUT: Schema = Schema::structure(
    "ListPoliciesRequest",
    &[
        Member::new("Scope", &p::STRING),
        Member::new("OnlyAttached", &p::BOOLEAN),
        Member::new("PathPrefix", &p::STRING),
        Member::new("PolicyUsageFilter", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListPoliciesResponse",
    &[
        Member::new("Policies", &POLICY_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_POLICY_TAGS_INPUT: Schema = Schema::structure(
    "ListPolicyTagsRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_POLICY_TAGS_OUTPUT: Schema = Schema::structure(
    "ListPolicyTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_POLICY_VERSIONS_INPUT: Schema = Schema::structure(
    "ListPolicyVersionsRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_POLICY_VERSIONS_OUTPUT: Schema = Schema::structure(
    "ListPolicyVersionsResponse",
    &[
        Member::new("Versions", &POLICY_DOCUMENT_VERSION_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ROLE_POLICIES_INPUT: Schema = Schema::structure(
    "ListRolePoliciesRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ROLE_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListRolePoliciesResponse",
    &[
        Member::new("PolicyNames", &POLICY_NAME_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ROLE_TAGS_INPUT: Schema = Schema::structure(
    "ListRoleTagsRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ROLE_TAGS_OUTPUT: Schema = Schema::structure(
    "ListRoleTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ROLES_INPUT: Schema = Schema::structure(
    "ListRolesRequest",
    &[
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_ROLES_OUTPUT: Schema = Schema::structure(
    "ListRolesResponse",
    &[
        Member::new("Roles", &ROLE_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_SAML_PROVIDER_TAGS_INPUT: Schema = Schema::structure(
    "ListSAMLProviderTagsRequest",
    &[
        Member::new("SAMLProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_SAML_PROVIDER_TAGS_OUTPUT: Schema = Schema::structure(
    "ListSAMLProviderTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_SAML_PROVIDERS_INPUT: Schema = Schema::structure(
    "ListSAMLProvidersRequest",
    &[],
);
pub static LIST_SAML_PROVIDERS_OUTPUT: Schema = Schema::structure(
    "ListSAMLProvidersResponse",
    &[Member::new("SAMLProviderList", &SAML_PROVIDER_LIST_TYPE)],
);
pub static LIST_SSH_PUBLIC_KEYS_INPUT: Schema = Schema::structure(
    "ListSSHPublicKeysRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_SSH_PUBLIC_KEYS_OUTPUT: Schema = Schema::structure(
    "ListSSHPublicKeysResponse",
    &[
        Member::new("SSHPublicKeys", &SSH_PUBLIC_KEY_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_SERVER_CERTIFICATE_TAGS_INPUT: Schema = Schema::structure(
    "ListServerCertificateTagsRequest",
    &[
        Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_SERVER_CERTIFICATE_TAGS_OUTPUT: Schema = Schema::structure(
    "ListServerCertificateTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_SERVER_CERTIFICATES_INPUT: Schema = Schema::structure(
    "ListServerCertificatesRequest",
    &[
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_SERVER_CERTIFICATES_OUTPUT: Schema = Schema::structure(
    "ListServerCertificatesResponse",
    &[
        Member::new(
                "ServerCertificateMetadataList",
                &SERVER_CERTIFICATE_METADATA_LIST_TYPE,
            )
            .with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_SERVICE_SPECIFIC_CREDENTIALS_INPUT: Schema = Schema::structure(
    "ListServiceSpecificCredentialsRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("ServiceName", &p::STRING),
        Member::new("AllUsers", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_SERVICE_SPECIFIC_CREDENTIALS_OUTPUT: Schema = Schema::structure(
    "ListServiceSpecificCredentialsResponse",
    &[
        Member::new(
            "ServiceSpecificCredentials",
            &SERVICE_SPECIFIC_CREDENTIALS_LIST_TYPE,
        ),
        Member::new("Marker", &p::STRING),
        Member::new("IsTruncated", &p::BOOLEAN),
    ],
);
pub static LIST_SIGNING_CERTIFICATES_INPUT: Schema = Schema::structure(
    "ListSigningCertificatesRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_SIGNING_CERTIFICATES_OUTPUT: Schema = Schema::structure(
    "ListSigningCertificatesResponse",
    &[
        Member::new("Certificates", &CERTIFICATE_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_USER_POLICIES_INPUT: Schema = Schema::structure(
    "ListUserPoliciesRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_USER_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListUserPoliciesResponse",
    &[
        Member::new("PolicyNames", &POLICY_NAME_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_USER_TAGS_INPUT: Schema = Schema::structure(
    "ListUserTagsRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_USER_TAGS_OUTPUT: Schema = Schema::structure(
    "ListUserTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_USERS_INPUT: Schema = Schema::structure(
    "ListUsersRequest",
    &[
        Member::new("PathPrefix", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_USERS_OUTPUT: Schema = Schema::structure(
    "ListUsersResponse",
    &[
        Member::new("Users", &USER_LIST_TYPE).with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_VIRTUAL_MFA_DEVICES_INPUT: Schema = Schema::structure(
    "ListVirtualMFADevicesRequest",
    &[
        Member::new("AssignmentStatus", &p::STRING),
        Member::new("Marker", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
    ],
);
pub static LIST_VIRTUAL_MFA_DEVICES_OUTPUT: Schema = Schema::structure(
    "ListVirtualMFADevicesResponse",
    &[
        Member::new("VirtualMFADevices", &VIRTUAL_MFA_DEVICE_LIST_TYPE)
            .with(f::REQUIRED),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LOGIN_PROFILE: Schema = Schema::structure(
    "LoginProfile",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("PasswordResetRequired", &p::BOOLEAN),
    ],
);
pub static MFA_DEVICE: Schema = Schema::structure(
    "MFADevice",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("EnableDate", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static MALFORMED_CERTIFICATE_EXCEPTION: Schema = Schema::structure(
        "MalformedCertificateException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("MalformedCertificate", 400u16);
pub static MALFORMED_POLICY_DOCUMENT_EXCEPTION: Schema = Schema::structure(
        "MalformedPolicyDocumentException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("MalformedPolicyDocument", 400u16);
pub static MANAGED_POLICY_DETAIL: Schema = Schema::structure(
    "ManagedPolicyDetail",
    &[
        Member::new("PolicyName", &p::STRING),
        Member::new("PolicyId", &p::STRING),
        Member::new("Arn", &p::STRING),
        Member::new("Path", &p::STRING),
        Member::new("DefaultVersionId", &p::STRING),
        Member::new("AttachmentCount", &p::INTEGER),
        Member::new("PermissionsBoundaryUsageCount", &p::INTEGER),
        Member::new("IsAttachable", &p::BOOLEAN),
        Member::new("Description", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("UpdateDate", &p::TIMESTAMP),
        Member::new("PolicyVersionList", &POLICY_DOCUMENT_VERSION_LIST_TYPE),
    ],
);
pub static MANAGED_POLICY_DETAIL_LIST_TYPE: Schema = Schema::list(
    "ManagedPolicyDetailListType",
    &[Member::new("member", &MANAGED_POLICY_DETAIL)],
);
pub static NAME_CONFLICT_EXCEPTION: Schema = Schema::structure(
        "NameConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("NameConflict", 409u16);
pub static NO_SUCH_ENTITY_EXCEPTION: Schema = Schema::structure(
        "NoSuchEntityException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("NoSuchEntity", 404u16);
pub static OPEN_ID_CONNECT_PROVIDER_LIST_ENTRY: Schema = Schema::structure(
    "OpenIDConnectProviderListEntry",
    &[Member::new("Arn", &p::STRING)],
);
pub static OPEN_ID_CONNECT_PROVIDER_LIST_TYPE: Schema = Schema::list(
    "OpenIDConnectProviderListType",
    &[Member::new("member", &OPEN_ID_CONNECT_PROVIDER_LIST_ENTRY)],
);
pub static OPEN_ID_IDP_COMMUNICATION_ERROR_EXCEPTION: Schema = Schema::structure(
        "OpenIdIdpCommunicationErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("OpenIdIdpCommunicationError", 400u16);
pub static ORDERED_ORGANIZATION_POLICY_TYPE: Schema = Schema::structure(
    "OrderedOrganizationPolicyType",
    &[Member::new("ServiceControlPolicyInputList", &SIMULATION_POLICY_LIST_TYPE)],
);
pub static ORGANIZATION_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "OrganizationNotFoundException",
        &[],
    )
    .error("OrganizationNotFoundException", 400u16);
pub static ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION: Schema = Schema::structure(
        "OrganizationNotInAllFeaturesModeException",
        &[],
    )
    .error("OrganizationNotInAllFeaturesModeException", 400u16);
pub static ORGANIZATION_POLICY_LIST_TYPE: Schema = Schema::list(
    "OrganizationPolicyListType",
    &[Member::new("member", &ORDERED_ORGANIZATION_POLICY_TYPE)],
);
pub static ORGANIZATIONS_DECISION_DETAIL: Schema = Schema::structure(
    "OrganizationsDecisionDetail",
    &[Member::new("AllowedByOrganizations", &p::BOOLEAN)],
);
pub static PARAMETER_DEFINITION: Schema = Schema::structure(
    "ParameterDefinition",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Type", &p::STRING).with(f::REQUIRED),
        Member::new("SubType", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("IsRequired", &p::BOOLEAN),
        Member::new("DefaultValue", &p::STRING),
        Member::new("Immutable", &p::BOOLEAN),
    ],
);
pub static PASSWORD_POLICY: Schema = Schema::structure(
    "PasswordPolicy",
    &[
        Member::new("MinimumPasswordLength", &p::INTEGER),
        Member::new("RequireSymbols", &p::BOOLEAN),
        Member::new("RequireNumbers", &p::BOOLEAN),
        Member::new("RequireUppercaseCharacters", &p::BOOLEAN),
        Member::new("RequireLowercaseCharacters", &p::BOOLEAN),
        Member::new("AllowUsersToChangePassword", &p::BOOLEAN),
        Member::new("ExpirePasswords", &p::BOOLEAN),
        Member::new("MaxPasswordAge", &p::INTEGER),
        Member::new("PasswordReusePrevention", &p::INTEGER),
        Member::new("HardExpiry", &p::BOOLEAN),
    ],
);
pub static PASSWORD_POLICY_VIOLATION_EXCEPTION: Schema = Schema::structure(
        "PasswordPolicyViolationException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PasswordPolicyViolation", 400u16);
pub static PERMISSIONS_BOUNDARY_DECISION_DETAIL: Schema = Schema::structure(
    "PermissionsBoundaryDecisionDetail",
    &[Member::new("AllowedByPermissionsBoundary", &p::BOOLEAN)],
);
pub static POLICY: Schema = Schema::structure(
    "Policy",
    &[
        Member::new("PolicyName", &p::STRING),
        Member::new("PolicyId", &p::STRING),
        Member::new("Arn", &p::STRING),
        Member::new("Path", &p::STRING),
        Member::new("DefaultVersionId", &p::STRING),
        Member::new("AttachmentCount", &p::INTEGER),
        Member::new("PermissionsBoundaryUsageCount", &p::INTEGER),
        Member::new("IsAttachable", &p::BOOLEAN),
        Member::new("Description", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("UpdateDate", &p::TIMESTAMP),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static POLICY_DETAIL: Schema = Schema::structure(
    "PolicyDetail",
    &[Member::new("PolicyName", &p::STRING), Member::new("PolicyDocument", &p::STRING)],
);
pub static POLICY_EVALUATION_EXCEPTION: Schema = Schema::structure(
        "PolicyEvaluationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("PolicyEvaluation", 500u16);
pub static POLICY_EXCLUSIONS_LIST_TYPE: Schema = Schema::list(
    "PolicyExclusionsListType",
    &[Member::new("member", &POLICY_IDENTIFIER)],
);
pub static POLICY_GRANTING_SERVICE_ACCESS: Schema = Schema::structure(
    "PolicyGrantingServiceAccess",
    &[
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyType", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyArn", &p::STRING),
        Member::new("EntityType", &p::STRING),
        Member::new("EntityName", &p::STRING),
    ],
);
pub static POLICY_GROUP: Schema = Schema::structure(
    "PolicyGroup",
    &[Member::new("GroupName", &p::STRING), Member::new("GroupId", &p::STRING)],
);
pub static POLICY_GROUP_LIST_TYPE: Schema = Schema::list(
    "PolicyGroupListType",
    &[Member::new("member", &POLICY_GROUP)],
);
pub static POLICY_IDENTIFIER: Schema = Schema::union(
    "PolicyIdentifier",
    &[
        Member::new("PolicyType", &p::STRING),
        Member::new("PolicyArn", &p::STRING),
        Member::new("InlinePolicyIdentifier", &INLINE_POLICY_IDENTIFIER_TYPE),
    ],
);
pub static POLICY_NOT_ATTACHABLE_EXCEPTION: Schema = Schema::structure(
        "PolicyNotAttachableException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PolicyNotAttachable", 400u16);
pub static POLICY_PARAMETER: Schema = Schema::structure(
    "PolicyParameter",
    &[
        Member::new("Name", &p::STRING),
        Member::new("Values", &POLICY_PARAMETER_VALUES_LIST_TYPE),
        Member::new("Type", &p::STRING),
    ],
);
pub static POLICY_ROLE: Schema = Schema::structure(
    "PolicyRole",
    &[Member::new("RoleName", &p::STRING), Member::new("RoleId", &p::STRING)],
);
pub static POLICY_ROLE_LIST_TYPE: Schema = Schema::list(
    "PolicyRoleListType",
    &[Member::new("member", &POLICY_ROLE)],
);
pub static POLICY_USER: Schema = Schema::structure(
    "PolicyUser",
    &[Member::new("UserName", &p::STRING), Member::new("UserId", &p::STRING)],
);
pub static POLICY_USER_LIST_TYPE: Schema = Schema::list(
    "PolicyUserListType",
    &[Member::new("member", &POLICY_USER)],
);
pub static POLICY_VERSION: Schema = Schema::structure(
    "PolicyVersion",
    &[
        Member::new("Document", &p::STRING),
        Member::new("VersionId", &p::STRING),
        Member::new("IsDefaultVersion", &p::BOOLEAN),
        Member::new("CreateDate", &p::TIMESTAMP),
    ],
);
pub static POSITION: Schema = Schema::structure(
    "Position",
    &[Member::new("Line", &p::INTEGER), Member::new("Column", &p::INTEGER)],
);
pub static PUT_ACCOUNT_PROPERTIES_INPUT: Schema = Schema::structure(
    "PutAccountPropertiesRequest",
    &[Member::new("Properties", &ACCOUNT_PROPERTIES_MAP_TYPE).with(f::REQUIRED)],
);
pub static PUT_ACCOUNT_PROPERTIES_OUTPUT: Schema = Schema::structure(
    "PutAccountPropertiesResponse",
    &[],
);
pub static PUT_GROUP_POLICY_INPUT: Schema = Schema::structure(
    "PutGroupPolicyRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_ROLE_PERMISSIONS_BOUNDARY_INPUT: Schema = Schema::structure(
    "PutRolePermissionsBoundaryRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PermissionsBoundary", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_ROLE_POLICY_INPUT: Schema = Schema::structure(
    "PutRolePolicyRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_USER_PERMISSIONS_BOUNDARY_INPUT: Schema = Schema::structure(
    "PutUserPermissionsBoundaryRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PermissionsBoundary", &p::STRING).with(f::REQUIRED),
    ],
);
pub static PUT_USER_POLICY_INPUT: Schema = Schema::structure(
    "PutUserPolicyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REJECT_DELEGATION_REQUEST_INPUT: Schema = Schema::structure(
    "RejectDelegationRequestRequest",
    &[
        Member::new("DelegationRequestId", &p::STRING).with(f::REQUIRED),
        Member::new("Notes", &p::STRING),
    ],
);
pub static REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "RemoveClientIDFromOpenIDConnectProviderRequest",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("ClientID", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REMOVE_ROLE_FROM_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "RemoveRoleFromInstanceProfileRequest",
    &[
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REMOVE_USER_FROM_GROUP_INPUT: Schema = Schema::structure(
    "RemoveUserFromGroupRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REPLACEMENT_VALUE_ENTRY: Schema = Schema::structure(
    "ReplacementValueEntry",
    &[Member::new("Values", &REPLACEMENT_VALUE_LIST_TYPE).with(f::REQUIRED)],
);
pub static REPORT_GENERATION_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ReportGenerationLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ReportGenerationLimitExceeded", 409u16);
pub static RESET_SERVICE_SPECIFIC_CREDENTIAL_INPUT: Schema = Schema::structure(
    "ResetServiceSpecificCredentialRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("ServiceSpecificCredentialId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static RESET_SERVICE_SPECIFIC_CREDENTIAL_OUTPUT: Schema = Schema::structure(
    "ResetServiceSpecificCredentialResponse",
    &[Member::new("ServiceSpecificCredential", &SERVICE_SPECIFIC_CREDENTIAL)],
);
pub static RESOURCE_NAME_LIST_TYPE: Schema = Schema::list(
    "ResourceNameListType",
    &[Member::new("member", &p::STRING)],
);
pub static RESOURCE_SPECIFIC_RESULT: Schema = Schema::structure(
    "ResourceSpecificResult",
    &[
        Member::new("EvalResourceName", &p::STRING).with(f::REQUIRED),
        Member::new("EvalResourceDecision", &p::STRING).with(f::REQUIRED),
        Member::new("MatchedStatements", &STATEMENT_LIST_TYPE),
        Member::new("MissingContextValues", &CONTEXT_KEY_NAMES_RESULT_LIST_TYPE),
        Member::new("EvalDecisionDetails", &EVAL_DECISION_DETAILS_TYPE),
        Member::new(
            "PermissionsBoundaryDecisionDetail",
            &PERMISSIONS_BOUNDARY_DECISION_DETAIL,
        ),
    ],
);
pub static RESOURCE_SPECIFIC_RESULT_LIST_TYPE: Schema = Schema::list(
    "ResourceSpecificResultListType",
    &[Member::new("member", &RESOURCE_SPECIFIC_RESULT)],
);
pub static RESYNC_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "ResyncMFADeviceRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("AuthenticationCode1", &p::STRING).with(f::REQUIRED),
        Member::new("AuthenticationCode2", &p::STRING).with(f::REQUIRED),
    ],
);
pub static ROLE: Schema = Schema::structure(
    "Role",
    &[
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("RoleId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("AssumeRolePolicyDocument", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("MaxSessionDuration", &p::INTEGER),
        Member::new("PermissionsBoundary", &ATTACHED_PERMISSIONS_BOUNDARY),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("RoleLastUsed", &ROLE_LAST_USED),
        Member::new("SourceRoleTemplate", &SOURCE_ROLE_TEMPLATE),
    ],
);
pub static ROLE_DETAIL: Schema = Schema::structure(
    "RoleDetail",
    &[
        Member::new("Path", &p::STRING),
        Member::new("RoleName", &p::STRING),
        Member::new("RoleId", &p::STRING),
        Member::new("Arn", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("AssumeRolePolicyDocument", &p::STRING),
        Member::new("InstanceProfileList", &INSTANCE_PROFILE_LIST_TYPE),
        Member::new("RolePolicyList", &POLICY_DETAIL_LIST_TYPE),
        Member::new("AttachedManagedPolicies", &ATTACHED_POLICIES_LIST_TYPE),
        Member::new("PermissionsBoundary", &ATTACHED_PERMISSIONS_BOUNDARY),
        Member::new("Tags", &TAG_LIST_TYPE),
        Member::new("RoleLastUsed", &ROLE_LAST_USED),
    ],
);
pub static ROLE_LAST_USED: Schema = Schema::structure(
    "RoleLastUsed",
    &[Member::new("LastUsedDate", &p::TIMESTAMP), Member::new("Region", &p::STRING)],
);
pub static ROLE_MODIFIED_EXCEPTION: Schema = Schema::structure(
        "RoleModifiedException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RoleModified", 409u16);
pub static ROLE_TEMPLATE_DISABLED_EXCEPTION: Schema = Schema::structure(
        "RoleTemplateDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("RoleTemplateDisabled", 400u16);
pub static ROLE_TEMPLATE_VERSION: Schema = Schema::structure(
    "RoleTemplateVersion",
    &[
        Member::new("TemplateArn", &p::STRING),
        Member::new("TemplateName", &p::STRING),
        Member::new("TemplateVersionId", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("MajorVersion", &p::INTEGER),
        Member::new("DefaultMinorVersion", &p::INTEGER),
        Member::new("ManagedByType", &p::STRING),
        Member::new("ManagedByValue", &p::STRING),
        Member::new("Enabled", &p::BOOLEAN),
        Member::new("MinorVersion", &p::INTEGER),
        Member::new("RoleNamePattern", &p::STRING),
        Member::new("RolePathPattern", &p::STRING),
        Member::new("RoleDescriptionPattern", &p::STRING),
        Member::new("AssumeRolePolicyDocumentTemplate", &p::STRING),
        Member::new("InlinePolicyTemplates", &INLINE_POLICY_TEMPLATE_LIST_TYPE),
        Member::new("ManagedPolicyArns", &MANAGED_POLICY_ARN_LIST_TYPE),
        Member::new("PermissionBoundaryArn", &p::STRING),
        Member::new("ParametersDefinition", &PARAMETERS_DEFINITION_LIST_TYPE),
        Member::new("RoleTagsTemplate", &TAG_TEMPLATE_LIST_TYPE),
        Member::new("MaxSessionDuration", &p::INTEGER),
        Member::new("VersionEnabled", &p::BOOLEAN),
        Member::new("CreateTimestamp", &p::TIMESTAMP),
        Member::new("UpdateTimestamp", &p::TIMESTAMP),
    ],
);
pub static ROLE_USAGE_LIST_TYPE: Schema = Schema::list(
    "RoleUsageListType",
    &[Member::new("member", &ROLE_USAGE_TYPE)],
);
pub static ROLE_USAGE_TYPE: Schema = Schema::structure(
    "RoleUsageType",
    &[Member::new("Region", &p::STRING), Member::new("Resources", &ARN_LIST_TYPE)],
);
pub static SAML_PRIVATE_KEY: Schema = Schema::structure(
    "SAMLPrivateKey",
    &[Member::new("KeyId", &p::STRING), Member::new("Timestamp", &p::TIMESTAMP)],
);
pub static SAML_PROVIDER_LIST_ENTRY: Schema = Schema::structure(
    "SAMLProviderListEntry",
    &[
        Member::new("Arn", &p::STRING),
        Member::new("ValidUntil", &p::TIMESTAMP),
        Member::new("CreateDate", &p::TIMESTAMP),
    ],
);
pub static SAML_PROVIDER_LIST_TYPE: Schema = Schema::list(
    "SAMLProviderListType",
    &[Member::new("member", &SAML_PROVIDER_LIST_ENTRY)],
);
pub static SSH_PUBLIC_KEY: Schema = Schema::structure(
    "SSHPublicKey",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Fingerprint", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyBody", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("UploadDate", &p::TIMESTAMP),
    ],
);
pub static SSH_PUBLIC_KEY_LIST_TYPE: Schema = Schema::list(
    "SSHPublicKeyListType",
    &[Member::new("member", &SSH_PUBLIC_KEY_METADATA)],
);
pub static SSH_PUBLIC_KEY_METADATA: Schema = Schema::structure(
    "SSHPublicKeyMetadata",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("UploadDate", &p::TIMESTAMP).with(f::REQUIRED),
    ],
);
pub static SEND_DELEGATION_TOKEN_INPUT: Schema = Schema::structure(
    "SendDelegationTokenRequest",
    &[Member::new("DelegationRequestId", &p::STRING).with(f::REQUIRED)],
);
pub static SERVER_CERTIFICATE: Schema = Schema::structure(
    "ServerCertificate",
    &[
        Member::new("ServerCertificateMetadata", &SERVER_CERTIFICATE_METADATA)
            .with(f::REQUIRED),
        Member::new("CertificateBody", &p::STRING).with(f::REQUIRED),
        Member::new("CertificateChain", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static SERVER_CERTIFICATE_METADATA: Schema = Schema::structure(
    "ServerCertificateMetadata",
    &[
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED),
        Member::new("ServerCertificateId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("UploadDate", &p::TIMESTAMP),
        Member::new("Expiration", &p::TIMESTAMP),
    ],
);
pub static SERVICE_ACCESS_NOT_ENABLED_EXCEPTION: Schema = Schema::structure(
        "ServiceAccessNotEnabledException",
        &[],
    )
    .error("ServiceAccessNotEnabledException", 400u16);
pub static SERVICE_FAILURE_EXCEPTION: Schema = Schema::structure(
        "ServiceFailureException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ServiceFailure", 500u16);
pub static SERVICE_LAST_ACCESSED: Schema = Schema::structure(
    "ServiceLastAccessed",
    &[
        Member::new("ServiceName", &p::STRING).with(f::REQUIRED),
        Member::new("LastAuthenticated", &p::TIMESTAMP),
        Member::new("ServiceNamespace", &p::STRING).with(f::REQUIRED),
        Member::new("LastAuthenticatedEntity", &p::STRING),
        Member::new("LastAuthenticatedRegion", &p::STRING),
        Member::new("TotalAuthenticatedEntities", &p::INTEGER),
        Member::new("TrackedActionsLastAccessed", &TRACKED_ACTIONS_LAST_ACCESSED),
    ],
);
pub static SERVICE_NOT_SUPPORTED_EXCEPTION: Schema = Schema::structure(
        "ServiceNotSupportedException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("NotSupportedService", 404u16);
pub static SERVICE_SPECIFIC_CREDENTIAL: Schema = Schema::structure(
    "ServiceSpecificCredential",
    &[
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ExpirationDate", &p::TIMESTAMP),
        Member::new("ServiceName", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceUserName", &p::STRING),
        Member::new("ServicePassword", &SERVICE_PASSWORD),
        Member::new("ServiceCredentialAlias", &p::STRING),
        Member::new("ServiceCredentialSecret", &SERVICE_CREDENTIAL_SECRET),
        Member::new("ServiceSpecificCredentialId", &p::STRING).with(f::REQUIRED),
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
    ],
);
pub static SERVICE_SPECIFIC_CREDENTIAL_METADATA: Schema = Schema::structure(
    "ServiceSpecificCredentialMetadata",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceUserName", &p::STRING),
        Member::new("ServiceCredentialAlias", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("ExpirationDate", &p::TIMESTAMP),
        Member::new("ServiceSpecificCredentialId", &p::STRING).with(f::REQUIRED),
        Member::new("ServiceName", &p::STRING).with(f::REQUIRED),
    ],
);
pub static SERVICE_SPECIFIC_CREDENTIALS_LIST_TYPE: Schema = Schema::list(
    "ServiceSpecificCredentialsListType",
    &[Member::new("member", &SERVICE_SPECIFIC_CREDENTIAL_METADATA)],
);
pub static SERVICES_LAST_ACCESSED: Schema = Schema::list(
    "ServicesLastAccessed",
    &[Member::new("member", &SERVICE_LAST_ACCESSED)],
);
pub static SET_DEFAULT_POLICY_VERSION_INPUT: Schema = Schema::structure(
    "SetDefaultPolicyVersionRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("VersionId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static SET_SECURITY_TOKEN_SERVICE_PREFERENCES_INPUT: Schema = Schema::structure(
    "SetSecurityTokenServicePreferencesRequest",
    &[Member::new("GlobalEndpointTokenVersion", &p::STRING).with(f::REQUIRED)],
);
pub static SIGNING_CERTIFICATE: Schema = Schema::structure(
    "SigningCertificate",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("CertificateId", &p::STRING).with(f::REQUIRED),
        Member::new("CertificateBody", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
        Member::new("UploadDate", &p::TIMESTAMP),
    ],
);
pub static SIMULATE_CUSTOM_POLICY_INPUT: Schema = Schema::structure(
    "SimulateCustomPolicyRequest",
    &[
        Member::new("PolicyInputList", &SIMULATION_POLICY_LIST_TYPE).with(f::REQUIRED),
        Member::new("PermissionsBoundaryPolicyInputList", &SIMULATION_POLICY_LIST_TYPE),
        Member::new(
            "OrderedOrganizationPolicyInputList",
            &ORGANIZATION_POLICY_LIST_TYPE,
        ),
        Member::new("ActionNames", &ACTION_NAME_LIST_TYPE).with(f::REQUIRED),
        Member::new("ResourceArns", &RESOURCE_NAME_LIST_TYPE),
        Member::new("ResourcePolicy", &p::STRING),
        Member::new("ResourceOwner", &p::STRING),
        Member::new("CallerArn", &p::STRING),
        Member::new("ContextEntries", &CONTEXT_ENTRY_LIST_TYPE),
        Member::new("ResourceHandlingOption", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static SIMULATE_POLICY_RESPONSE: Schema = Schema::structure(
    "SimulatePolicyResponse",
    &[
        Member::new("EvaluationResults", &EVALUATION_RESULTS_LIST_TYPE),
        Member::new("IsTruncated", &p::BOOLEAN),
        Member::new("Marker", &p::STRING),
    ],
);
pub static SIMULATE_PRINCIPAL_POLICY_INPUT: Schema = Schema::structure(
    "SimulatePrincipalPolicyRequest",
    &[
        Member::new("PolicySourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyInputList", &SIMULATION_POLICY_LIST_TYPE),
        Member::new("PermissionsBoundaryPolicyInputList", &SIMULATION_POLICY_LIST_TYPE),
        Member::new("PolicyExclusionList", &POLICY_EXCLUSIONS_LIST_TYPE),
        Member::new("ActionNames", &ACTION_NAME_LIST_TYPE).with(f::REQUIRED),
        Member::new("ResourceArns", &RESOURCE_NAME_LIST_TYPE),
        Member::new("ResourcePolicy", &p::STRING),
        Member::new("ResourceOwner", &p::STRING),
        Member::new("CallerArn", &p::STRING),
        Member::new("ContextEntries", &CONTEXT_ENTRY_LIST_TYPE),
        Member::new("ResourceHandlingOption", &p::STRING),
        Member::new("MaxItems", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static SIMULATION_POLICY_LIST_TYPE: Schema = Schema::list(
    "SimulationPolicyListType",
    &[Member::new("member", &p::STRING)],
);
pub static SOURCE_ROLE_TEMPLATE: Schema = Schema::structure(
    "SourceRoleTemplate",
    &[
        Member::new("TemplateArn", &p::STRING).with(f::REQUIRED),
        Member::new("TemplateMinorVersion", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static STATEMENT: Schema = Schema::structure(
    "Statement",
    &[
        Member::new("SourcePolicyId", &p::STRING),
        Member::new("SourcePolicyType", &p::STRING),
        Member::new("StartPosition", &POSITION),
        Member::new("EndPosition", &POSITION),
    ],
);
pub static STATEMENT_LIST_TYPE: Schema = Schema::list(
    "StatementListType",
    &[Member::new("member", &STATEMENT)],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "TagInstanceProfileRequest",
    &[
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "TagMFADeviceRequest",
    &[
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "TagOpenIDConnectProviderRequest",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_POLICY_INPUT: Schema = Schema::structure(
    "TagPolicyRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_ROLE_INPUT: Schema = Schema::structure(
    "TagRoleRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_SAML_PROVIDER_INPUT: Schema = Schema::structure(
    "TagSAMLProviderRequest",
    &[
        Member::new("SAMLProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_SERVER_CERTIFICATE_INPUT: Schema = Schema::structure(
    "TagServerCertificateRequest",
    &[
        Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TAG_TEMPLATE: Schema = Schema::structure(
    "TagTemplate",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_USER_INPUT: Schema = Schema::structure(
    "TagUserRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static TRACKED_ACTION_LAST_ACCESSED: Schema = Schema::structure(
    "TrackedActionLastAccessed",
    &[
        Member::new("ActionName", &p::STRING),
        Member::new("LastAccessedEntity", &p::STRING),
        Member::new("LastAccessedTime", &p::TIMESTAMP),
        Member::new("LastAccessedRegion", &p::STRING),
    ],
);
pub static TRACKED_ACTIONS_LAST_ACCESSED: Schema = Schema::list(
    "TrackedActionsLastAccessed",
    &[Member::new("member", &TRACKED_ACTION_LAST_ACCESSED)],
);
pub static UNMODIFIABLE_ENTITY_EXCEPTION: Schema = Schema::structure(
        "UnmodifiableEntityException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("UnmodifiableEntity", 400u16);
pub static UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION: Schema = Schema::structure(
        "UnrecognizedPublicKeyEncodingException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("UnrecognizedPublicKeyEncoding", 400u16);
pub static UNTAG_INSTANCE_PROFILE_INPUT: Schema = Schema::structure(
    "UntagInstanceProfileRequest",
    &[
        Member::new("InstanceProfileName", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_MFA_DEVICE_INPUT: Schema = Schema::structure(
    "UntagMFADeviceRequest",
    &[
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_OPEN_ID_CONNECT_PROVIDER_INPUT: Schema = Schema::structure(
    "UntagOpenIDConnectProviderRequest",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_POLICY_INPUT: Schema = Schema::structure(
    "UntagPolicyRequest",
    &[
        Member::new("PolicyArn", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_ROLE_INPUT: Schema = Schema::structure(
    "UntagRoleRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_SAML_PROVIDER_INPUT: Schema = Schema::structure(
    "UntagSAMLProviderRequest",
    &[
        Member::new("SAMLProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_SERVER_CERTIFICATE_INPUT: Schema = Schema::structure(
    "UntagServerCertificateRequest",
    &[
        Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UNTAG_USER_INPUT: Schema = Schema::structure(
    "UntagUserRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UPDATE_ACCESS_KEY_INPUT: Schema = Schema::structure(
    "UpdateAccessKeyRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("AccessKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_ACCOUNT_PASSWORD_POLICY_INPUT: Schema = Schema::structure(
    "UpdateAccountPasswordPolicyRequest",
    &[
        Member::new("MinimumPasswordLength", &p::INTEGER),
        Member::new("RequireSymbols", &p::BOOLEAN),
        Member::new("RequireNumbers", &p::BOOLEAN),
        Member::new("RequireUppercaseCharacters", &p::BOOLEAN),
        Member::new("RequireLowercaseCharacters", &p::BOOLEAN),
        Member::new("AllowUsersToChangePassword", &p::BOOLEAN),
        Member::new("MaxPasswordAge", &p::INTEGER),
        Member::new("PasswordReusePrevention", &p::INTEGER),
        Member::new("HardExpiry", &p::BOOLEAN),
    ],
);
pub static UPDATE_ASSUME_ROLE_POLICY_INPUT: Schema = Schema::structure(
    "UpdateAssumeRolePolicyRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyDocument", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_DELEGATION_REQUEST_INPUT: Schema = Schema::structure(
    "UpdateDelegationRequestRequest",
    &[
        Member::new("DelegationRequestId", &p::STRING).with(f::REQUIRED),
        Member::new("Notes", &p::STRING),
    ],
);
pub static UPDATE_GROUP_INPUT: Schema = Schema::structure(
    "UpdateGroupRequest",
    &[
        Member::new("GroupName", &p::STRING).with(f::REQUIRED),
        Member::new("NewPath", &p::STRING),
        Member::new("NewGroupName", &p::STRING),
    ],
);
pub static UPDATE_LOGIN_PROFILE_INPUT: Schema = Schema::structure(
    "UpdateLoginProfileRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("Password", &PASSWORD_TYPE),
        Member::new("PasswordResetRequired", &p::BOOLEAN),
    ],
);
pub static UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT_INPUT: Schema = Schema::structure(
    "UpdateOpenIDConnectProviderThumbprintRequest",
    &[
        Member::new("OpenIDConnectProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("ThumbprintList", &THUMBPRINT_LIST_TYPE).with(f::REQUIRED),
    ],
);
pub static UPDATE_ROLE_DESCRIPTION_INPUT: Schema = Schema::structure(
    "UpdateRoleDescriptionRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_ROLE_DESCRIPTION_OUTPUT: Schema = Schema::structure(
    "UpdateRoleDescriptionResponse",
    &[Member::new("Role", &ROLE)],
);
pub static UPDATE_ROLE_INPUT: Schema = Schema::structure(
    "UpdateRoleRequest",
    &[
        Member::new("RoleName", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING),
        Member::new("MaxSessionDuration", &p::INTEGER),
    ],
);
pub static UPDATE_ROLE_OUTPUT: Schema = Schema::structure("UpdateRoleResponse", &[]);
pub static UPDATE_SAML_PROVIDER_INPUT: Schema = Schema::structure(
    "UpdateSAMLProviderRequest",
    &[
        Member::new("SAMLMetadataDocument", &p::STRING),
        Member::new("SAMLProviderArn", &p::STRING).with(f::REQUIRED),
        Member::new("AssertionEncryptionMode", &p::STRING),
        Member::new("AddPrivateKey", &PRIVATE_KEY_TYPE),
        Member::new("RemovePrivateKey", &p::STRING),
    ],
);
pub static UPDATE_SAML_PROVIDER_OUTPUT: Schema = Schema::structure(
    "UpdateSAMLProviderResponse",
    &[Member::new("SAMLProviderArn", &p::STRING)],
);
pub static UPDATE_SSH_PUBLIC_KEY_INPUT: Schema = Schema::structure(
    "UpdateSSHPublicKeyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_SERVER_CERTIFICATE_INPUT: Schema = Schema::structure(
    "UpdateServerCertificateRequest",
    &[
        Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED),
        Member::new("NewPath", &p::STRING),
        Member::new("NewServerCertificateName", &p::STRING),
    ],
);
pub static UPDATE_SERVICE_SPECIFIC_CREDENTIAL_INPUT: Schema = Schema::structure(
    "UpdateServiceSpecificCredentialRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("ServiceSpecificCredentialId", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_SIGNING_CERTIFICATE_INPUT: Schema = Schema::structure(
    "UpdateSigningCertificateRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("CertificateId", &p::STRING).with(f::REQUIRED),
        Member::new("Status", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_USER_INPUT: Schema = Schema::structure(
    "UpdateUserRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("NewPath", &p::STRING),
        Member::new("NewUserName", &p::STRING),
    ],
);
pub static UPLOAD_SSH_PUBLIC_KEY_INPUT: Schema = Schema::structure(
    "UploadSSHPublicKeyRequest",
    &[
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("SSHPublicKeyBody", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPLOAD_SSH_PUBLIC_KEY_OUTPUT: Schema = Schema::structure(
    "UploadSSHPublicKeyResponse",
    &[Member::new("SSHPublicKey", &SSH_PUBLIC_KEY)],
);
pub static UPLOAD_SERVER_CERTIFICATE_INPUT: Schema = Schema::structure(
    "UploadServerCertificateRequest",
    &[
        Member::new("Path", &p::STRING),
        Member::new("ServerCertificateName", &p::STRING).with(f::REQUIRED),
        Member::new("CertificateBody", &p::STRING).with(f::REQUIRED),
        Member::new("PrivateKey", &PRIVATE_KEY_TYPE).with(f::REQUIRED),
        Member::new("CertificateChain", &p::STRING),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static UPLOAD_SERVER_CERTIFICATE_OUTPUT: Schema = Schema::structure(
    "UploadServerCertificateResponse",
    &[
        Member::new("ServerCertificateMetadata", &SERVER_CERTIFICATE_METADATA),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static UPLOAD_SIGNING_CERTIFICATE_INPUT: Schema = Schema::structure(
    "UploadSigningCertificateRequest",
    &[
        Member::new("UserName", &p::STRING),
        Member::new("CertificateBody", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPLOAD_SIGNING_CERTIFICATE_OUTPUT: Schema = Schema::structure(
    "UploadSigningCertificateResponse",
    &[Member::new("Certificate", &SIGNING_CERTIFICATE).with(f::REQUIRED)],
);
pub static USER: Schema = Schema::structure(
    "User",
    &[
        Member::new("Path", &p::STRING).with(f::REQUIRED),
        Member::new("UserName", &p::STRING).with(f::REQUIRED),
        Member::new("UserId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING).with(f::REQUIRED),
        Member::new("CreateDate", &p::TIMESTAMP).with(f::REQUIRED),
        Member::new("PasswordLastUsed", &p::TIMESTAMP),
        Member::new("PermissionsBoundary", &ATTACHED_PERMISSIONS_BOUNDARY),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static USER_DETAIL: Schema = Schema::structure(
    "UserDetail",
    &[
        Member::new("Path", &p::STRING),
        Member::new("UserName", &p::STRING),
        Member::new("UserId", &p::STRING),
        Member::new("Arn", &p::STRING),
        Member::new("CreateDate", &p::TIMESTAMP),
        Member::new("UserPolicyList", &POLICY_DETAIL_LIST_TYPE),
        Member::new("GroupList", &GROUP_NAME_LIST_TYPE),
        Member::new("AttachedManagedPolicies", &ATTACHED_POLICIES_LIST_TYPE),
        Member::new("PermissionsBoundary", &ATTACHED_PERMISSIONS_BOUNDARY),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static VIRTUAL_MFA_DEVICE: Schema = Schema::structure(
    "VirtualMFADevice",
    &[
        Member::new("SerialNumber", &p::STRING).with(f::REQUIRED),
        Member::new("Base32StringSeed", &BOOTSTRAP_DATUM),
        Member::new("QRCodePNG", &BOOTSTRAP_DATUM),
        Member::new("User", &USER),
        Member::new("EnableDate", &p::TIMESTAMP),
        Member::new("Tags", &TAG_LIST_TYPE),
    ],
);
pub static ACCESS_KEY_METADATA_LIST_TYPE: Schema = Schema::list(
    "accessKeyMetadataListType",
    &[Member::new("member", &ACCESS_KEY_METADATA)],
);
pub static ACCESS_KEY_SECRET_TYPE: Schema = Schema::scalar(
        "accessKeySecretType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static ACCOUNT_ALIAS_LIST_TYPE: Schema = Schema::list(
    "accountAliasListType",
    &[Member::new("member", &p::STRING)],
);
pub static ACCOUNT_PROPERTIES_MAP_TYPE: Schema = Schema::map(
    "accountPropertiesMapType",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static ATTACHED_POLICIES_LIST_TYPE: Schema = Schema::list(
    "attachedPoliciesListType",
    &[Member::new("member", &ATTACHED_POLICY)],
);
pub static CERTIFICATE_LIST_TYPE: Schema = Schema::list(
    "certificateListType",
    &[Member::new("member", &SIGNING_CERTIFICATE)],
);
pub static CLIENT_ID_LIST_TYPE: Schema = Schema::list(
    "clientIDListType",
    &[Member::new("member", &p::STRING)],
);
pub static DELEGATION_REQUESTS_LIST_TYPE: Schema = Schema::list(
    "delegationRequestsListType",
    &[Member::new("member", &DELEGATION_REQUEST)],
);
pub static ENTITY_DETAILS_LIST_TYPE: Schema = Schema::list(
    "entityDetailsListType",
    &[Member::new("member", &ENTITY_DETAILS)],
);
pub static ENTITY_LIST_TYPE: Schema = Schema::list(
    "entityListType",
    &[Member::new("member", &p::STRING)],
);
pub static GROUP_DETAIL_LIST_TYPE: Schema = Schema::list(
    "groupDetailListType",
    &[Member::new("member", &GROUP_DETAIL)],
);
pub static GROUP_LIST_TYPE: Schema = Schema::list(
    "groupListType",
    &[Member::new("member", &GROUP)],
);
pub static GROUP_NAME_LIST_TYPE: Schema = Schema::list(
    "groupNameListType",
    &[Member::new("member", &p::STRING)],
);
pub static INLINE_POLICY_TEMPLATE_LIST_TYPE: Schema = Schema::list(
    "inlinePolicyTemplateListType",
    &[Member::new("member", &INLINE_POLICY)],
);
pub static INSTANCE_PROFILE_LIST_TYPE: Schema = Schema::list(
    "instanceProfileListType",
    &[Member::new("member", &INSTANCE_PROFILE)],
);
pub static LIST_POLICY_GRANTING_SERVICE_ACCESS_RESPONSE_LIST_TYPE: Schema = Schema::list(
    "listPolicyGrantingServiceAccessResponseListType",
    &[Member::new("member", &LIST_POLICIES_GRANTING_SERVICE_ACCESS_ENTRY)],
);
pub static MANAGED_POLICY_ARN_LIST_TYPE: Schema = Schema::list(
    "managedPolicyArnListType",
    &[Member::new("member", &p::STRING)],
);
pub static MAP_STRING_REPLACEMENT_VALUE_ENTRY: Schema = Schema::map(
    "mapStringReplacementValueEntry",
    &[Member::new("key", &p::STRING), Member::new("value", &REPLACEMENT_VALUE_ENTRY)],
);
pub static MFA_DEVICE_LIST_TYPE: Schema = Schema::list(
    "mfaDeviceListType",
    &[Member::new("member", &MFA_DEVICE)],
);
pub static PARAMETERS_DEFINITION_LIST_TYPE: Schema = Schema::list(
    "parametersDefinitionListType",
    &[Member::new("member", &PARAMETER_DEFINITION)],
);
pub static PASSWORD_TYPE: Schema = Schema::scalar("passwordType", Kind::String)
    .with(f::SENSITIVE);
pub static POLICY_DETAIL_LIST_TYPE: Schema = Schema::list(
    "policyDetailListType",
    &[Member::new("member", &POLICY_DETAIL)],
);
pub static POLICY_DOCUMENT_VERSION_LIST_TYPE: Schema = Schema::list(
    "policyDocumentVersionListType",
    &[Member::new("member", &POLICY_VERSION)],
);
pub static POLICY_GRANTING_SERVICE_ACCESS_LIST_TYPE: Schema = Schema::list(
    "policyGrantingServiceAccessListType",
    &[Member::new("member", &POLICY_GRANTING_SERVICE_ACCESS)],
);
pub static POLICY_LIST_TYPE: Schema = Schema::list(
    "policyListType",
    &[Member::new("member", &POLICY)],
);
pub static POLICY_NAME_LIST_TYPE: Schema = Schema::list(
    "policyNameListType",
    &[Member::new("member", &p::STRING)],
);
pub static POLICY_PARAMETER_LIST_TYPE: Schema = Schema::list(
    "policyParameterListType",
    &[Member::new("member", &POLICY_PARAMETER)],
);
pub static POLICY_PARAMETER_VALUES_LIST_TYPE: Schema = Schema::list(
    "policyParameterValuesListType",
    &[Member::new("member", &p::STRING)],
);
pub static PRIVATE_KEY_LIST: Schema = Schema::list(
    "privateKeyList",
    &[Member::new("member", &SAML_PRIVATE_KEY)],
);
pub static PRIVATE_KEY_TYPE: Schema = Schema::scalar("privateKeyType", Kind::String)
    .with(f::SENSITIVE);
pub static REPLACEMENT_VALUE_LIST_TYPE: Schema = Schema::list(
    "replacementValueListType",
    &[Member::new("member", &p::STRING)],
);
pub static ROLE_DETAIL_LIST_TYPE: Schema = Schema::list(
    "roleDetailListType",
    &[Member::new("member", &ROLE_DETAIL)],
);
pub static ROLE_LIST_TYPE: Schema = Schema::list(
    "roleListType",
    &[Member::new("member", &ROLE)],
);
pub static ROLE_PERMISSION_RESTRICTION_ARN_LIST_TYPE: Schema = Schema::list(
    "rolePermissionRestrictionArnListType",
    &[Member::new("member", &p::STRING)],
);
pub static SERVER_CERTIFICATE_METADATA_LIST_TYPE: Schema = Schema::list(
    "serverCertificateMetadataListType",
    &[Member::new("member", &SERVER_CERTIFICATE_METADATA)],
);
pub static SERVICE_CREDENTIAL_SECRET: Schema = Schema::scalar(
        "serviceCredentialSecret",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static SERVICE_NAMESPACE_LIST_TYPE: Schema = Schema::list(
    "serviceNamespaceListType",
    &[Member::new("member", &p::STRING)],
);
pub static SERVICE_PASSWORD: Schema = Schema::scalar("servicePassword", Kind::String)
    .with(f::SENSITIVE);
pub static SUMMARY_MAP_TYPE: Schema = Schema::map(
    "summaryMapType",
    &[Member::new("key", &p::STRING), Member::new("value", &p::INTEGER)],
);
pub static TAG_KEY_LIST_TYPE: Schema = Schema::list(
    "tagKeyListType",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST_TYPE: Schema = Schema::list(
    "tagListType",
    &[Member::new("member", &TAG)],
);
pub static TAG_TEMPLATE_LIST_TYPE: Schema = Schema::list(
    "tagTemplateListType",
    &[Member::new("member", &TAG_TEMPLATE)],
);
pub static THUMBPRINT_LIST_TYPE: Schema = Schema::list(
    "thumbprintListType",
    &[Member::new("member", &p::STRING)],
);
pub static USER_DETAIL_LIST_TYPE: Schema = Schema::list(
    "userDetailListType",
    &[Member::new("member", &USER_DETAIL)],
);
pub static USER_LIST_TYPE: Schema = Schema::list(
    "userListType",
    &[Member::new("member", &USER)],
);
pub static VIRTUAL_MFA_DEVICE_LIST_TYPE: Schema = Schema::list(
    "virtualMFADeviceListType",
    &[Member::new("member", &VIRTUAL_MFA_DEVICE)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ACCEPT_DELEGATION_REQUEST: Operation = Operation::new(
            "AcceptDelegationRequest",
            "POST",
            "/",
            &super::ACCEPT_DELEGATION_REQUEST_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        );
    pub static ACQUIRE_ROLE: Operation = Operation::new(
            "AcquireRole",
            "POST",
            "/",
            &super::ACQUIRE_ROLE_INPUT,
            &super::ACQUIRE_ROLE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::ROLE_MODIFIED_EXCEPTION,
                &super::NAME_CONFLICT_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::ROLE_TEMPLATE_DISABLED_EXCEPTION,
            ],
        )
        .result_wrapper("AcquireRoleResult");
    pub static ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "AddClientIDToOpenIDConnectProvider",
            "POST",
            "/",
            &super::ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static ADD_ROLE_TO_INSTANCE_PROFILE: Operation = Operation::new(
            "AddRoleToInstanceProfile",
            "POST",
            "/",
            &super::ADD_ROLE_TO_INSTANCE_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static ADD_USER_TO_GROUP: Operation = Operation::new(
            "AddUserToGroup",
            "POST",
            "/",
            &super::ADD_USER_TO_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static ASSOCIATE_DELEGATION_REQUEST: Operation = Operation::new(
            "AssociateDelegationRequest",
            "POST",
            "/",
            &super::ASSOCIATE_DELEGATION_REQUEST_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        );
    pub static ATTACH_GROUP_POLICY: Operation = Operation::new(
            "AttachGroupPolicy",
            "POST",
            "/",
            &super::ATTACH_GROUP_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::POLICY_NOT_ATTACHABLE_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static ATTACH_ROLE_POLICY: Operation = Operation::new(
            "AttachRolePolicy",
            "POST",
            "/",
            &super::ATTACH_ROLE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::POLICY_NOT_ATTACHABLE_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static ATTACH_USER_POLICY: Operation = Operation::new(
            "AttachUserPolicy",
            "POST",
            "/",
            &super::ATTACH_USER_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::POLICY_NOT_ATTACHABLE_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static CHANGE_PASSWORD: Operation = Operation::new(
            "ChangePassword",
            "POST",
            "/",
            &super::CHANGE_PASSWORD_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_USER_TYPE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
                &super::PASSWORD_POLICY_VIOLATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static CREATE_ACCESS_KEY: Operation = Operation::new(
            "CreateAccessKey",
            "POST",
            "/",
            &super::CREATE_ACCESS_KEY_INPUT,
            &super::CREATE_ACCESS_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateAccessKeyResult");
    pub static CREATE_ACCOUNT_ALIAS: Operation = Operation::new(
            "CreateAccountAlias",
            "POST",
            "/",
            &super::CREATE_ACCOUNT_ALIAS_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static CREATE_DELEGATION_REQUEST: Operation = Operation::new(
            "CreateDelegationRequest",
            "POST",
            "/",
            &super::CREATE_DELEGATION_REQUEST_INPUT,
            &super::CREATE_DELEGATION_REQUEST_OUTPUT,
        )
        .errors(
            &[
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        )
        .result_wrapper("CreateDelegationRequestResult");
    pub static CREATE_GROUP: Operation = Operation::new(
            "CreateGroup",
            "POST",
            "/",
            &super::CREATE_GROUP_INPUT,
            &super::CREATE_GROUP_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateGroupResult");
    pub static CREATE_INSTANCE_PROFILE: Operation = Operation::new(
            "CreateInstanceProfile",
            "POST",
            "/",
            &super::CREATE_INSTANCE_PROFILE_INPUT,
            &super::CREATE_INSTANCE_PROFILE_OUTPUT,
        )
        .errors(
            &[
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateInstanceProfileResult");
    pub static CREATE_LOGIN_PROFILE: Operation = Operation::new(
            "CreateLoginProfile",
            "POST",
            "/",
            &super::CREATE_LOGIN_PROFILE_INPUT,
            &super::CREATE_LOGIN_PROFILE_OUTPUT,
        )
        .errors(
            &[
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::PASSWORD_POLICY_VIOLATION_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateLoginProfileResult");
    pub static CREATE_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "CreateOpenIDConnectProvider",
            "POST",
            "/",
            &super::CREATE_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &super::CREATE_OPEN_ID_CONNECT_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::OPEN_ID_IDP_COMMUNICATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("CreateOpenIDConnectProviderResult");
    pub static CREATE_POLICY: Operation = Operation::new(
            "CreatePolicy",
            "POST",
            "/",
            &super::CREATE_POLICY_INPUT,
            &super::CREATE_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreatePolicyResult");
    pub static CREATE_POLICY_VERSION: Operation = Operation::new(
            "CreatePolicyVersion",
            "POST",
            "/",
            &super::CREATE_POLICY_VERSION_INPUT,
            &super::CREATE_POLICY_VERSION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreatePolicyVersionResult");
    pub static CREATE_ROLE: Operation = Operation::new(
            "CreateRole",
            "POST",
            "/",
            &super::CREATE_ROLE_INPUT,
            &super::CREATE_ROLE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateRoleResult");
    pub static CREATE_SAML_PROVIDER: Operation = Operation::new(
            "CreateSAMLProvider",
            "POST",
            "/",
            &super::CREATE_SAML_PROVIDER_INPUT,
            &super::CREATE_SAML_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateSAMLProviderResult");
    pub static CREATE_SERVICE_LINKED_ROLE: Operation = Operation::new(
            "CreateServiceLinkedRole",
            "POST",
            "/",
            &super::CREATE_SERVICE_LINKED_ROLE_INPUT,
            &super::CREATE_SERVICE_LINKED_ROLE_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateServiceLinkedRoleResult");
    pub static CREATE_SERVICE_SPECIFIC_CREDENTIAL: Operation = Operation::new(
            "CreateServiceSpecificCredential",
            "POST",
            "/",
            &super::CREATE_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
            &super::CREATE_SERVICE_SPECIFIC_CREDENTIAL_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_NOT_SUPPORTED_EXCEPTION,
            ],
        )
        .result_wrapper("CreateServiceSpecificCredentialResult");
    pub static CREATE_USER: Operation = Operation::new(
            "CreateUser",
            "POST",
            "/",
            &super::CREATE_USER_INPUT,
            &super::CREATE_USER_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateUserResult");
    pub static CREATE_VIRTUAL_MFA_DEVICE: Operation = Operation::new(
            "CreateVirtualMFADevice",
            "POST",
            "/",
            &super::CREATE_VIRTUAL_MFA_DEVICE_INPUT,
            &super::CREATE_VIRTUAL_MFA_DEVICE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("CreateVirtualMFADeviceResult");
    pub static DEACTIVATE_MFA_DEVICE: Operation = Operation::new(
            "DeactivateMFADevice",
            "POST",
            "/",
            &super::DEACTIVATE_MFA_DEVICE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        );
    pub static DELETE_ACCESS_KEY: Operation = Operation::new(
            "DeleteAccessKey",
            "POST",
            "/",
            &super::DELETE_ACCESS_KEY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_ACCOUNT_ALIAS: Operation = Operation::new(
            "DeleteAccountAlias",
            "POST",
            "/",
            &super::DELETE_ACCOUNT_ALIAS_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_ACCOUNT_PASSWORD_POLICY: Operation = Operation::new(
            "DeleteAccountPasswordPolicy",
            "POST",
            "/",
            &p::UNIT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_GROUP: Operation = Operation::new(
            "DeleteGroup",
            "POST",
            "/",
            &super::DELETE_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_GROUP_POLICY: Operation = Operation::new(
            "DeleteGroupPolicy",
            "POST",
            "/",
            &super::DELETE_GROUP_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_INSTANCE_PROFILE: Operation = Operation::new(
            "DeleteInstanceProfile",
            "POST",
            "/",
            &super::DELETE_INSTANCE_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_LOGIN_PROFILE: Operation = Operation::new(
            "DeleteLoginProfile",
            "POST",
            "/",
            &super::DELETE_LOGIN_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "DeleteOpenIDConnectProvider",
            "POST",
            "/",
            &super::DELETE_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_POLICY: Operation = Operation::new(
            "DeletePolicy",
            "POST",
            "/",
            &super::DELETE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_POLICY_VERSION: Operation = Operation::new(
            "DeletePolicyVersion",
            "POST",
            "/",
            &super::DELETE_POLICY_VERSION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_ROLE: Operation = Operation::new(
            "DeleteRole",
            "POST",
            "/",
            &super::DELETE_ROLE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_ROLE_PERMISSIONS_BOUNDARY: Operation = Operation::new(
            "DeleteRolePermissionsBoundary",
            "POST",
            "/",
            &super::DELETE_ROLE_PERMISSIONS_BOUNDARY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_ROLE_POLICY: Operation = Operation::new(
            "DeleteRolePolicy",
            "POST",
            "/",
            &super::DELETE_ROLE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_SAML_PROVIDER: Operation = Operation::new(
            "DeleteSAMLProvider",
            "POST",
            "/",
            &super::DELETE_SAML_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_SSH_PUBLIC_KEY: Operation = Operation::new(
            "DeleteSSHPublicKey",
            "POST",
            "/",
            &super::DELETE_SSH_PUBLIC_KEY_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION]);
    pub static DELETE_SERVER_CERTIFICATE: Operation = Operation::new(
            "DeleteServerCertificate",
            "POST",
            "/",
            &super::DELETE_SERVER_CERTIFICATE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_SERVICE_LINKED_ROLE: Operation = Operation::new(
            "DeleteServiceLinkedRole",
            "POST",
            "/",
            &super::DELETE_SERVICE_LINKED_ROLE_INPUT,
            &super::DELETE_SERVICE_LINKED_ROLE_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("DeleteServiceLinkedRoleResult");
    pub static DELETE_SERVICE_SPECIFIC_CREDENTIAL: Operation = Operation::new(
            "DeleteServiceSpecificCredential",
            "POST",
            "/",
            &super::DELETE_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION]);
    pub static DELETE_SIGNING_CERTIFICATE: Operation = Operation::new(
            "DeleteSigningCertificate",
            "POST",
            "/",
            &super::DELETE_SIGNING_CERTIFICATE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_USER: Operation = Operation::new(
            "DeleteUser",
            "POST",
            "/",
            &super::DELETE_USER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_USER_PERMISSIONS_BOUNDARY: Operation = Operation::new(
            "DeleteUserPermissionsBoundary",
            "POST",
            "/",
            &super::DELETE_USER_PERMISSIONS_BOUNDARY_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION]);
    pub static DELETE_USER_POLICY: Operation = Operation::new(
            "DeleteUserPolicy",
            "POST",
            "/",
            &super::DELETE_USER_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DELETE_VIRTUAL_MFA_DEVICE: Operation = Operation::new(
            "DeleteVirtualMFADevice",
            "POST",
            "/",
            &super::DELETE_VIRTUAL_MFA_DEVICE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::DELETE_CONFLICT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        );
    pub static DETACH_GROUP_POLICY: Operation = Operation::new(
            "DetachGroupPolicy",
            "POST",
            "/",
            &super::DETACH_GROUP_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DETACH_ROLE_POLICY: Operation = Operation::new(
            "DetachRolePolicy",
            "POST",
            "/",
            &super::DETACH_ROLE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DETACH_USER_POLICY: Operation = Operation::new(
            "DetachUserPolicy",
            "POST",
            "/",
            &super::DETACH_USER_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT: Operation = Operation::new(
            "DisableOrganizationsRootCredentialsManagement",
            "POST",
            "/",
            &super::DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_INPUT,
            &super::DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_ACCESS_NOT_ENABLED_EXCEPTION,
                &super::ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION,
                &super::ORGANIZATION_NOT_FOUND_EXCEPTION,
                &super::ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
            ],
        )
        .result_wrapper("DisableOrganizationsRootCredentialsManagementResult");
    pub static DISABLE_ORGANIZATIONS_ROOT_SESSIONS: Operation = Operation::new(
            "DisableOrganizationsRootSessions",
            "POST",
            "/",
            &super::DISABLE_ORGANIZATIONS_ROOT_SESSIONS_INPUT,
            &super::DISABLE_ORGANIZATIONS_ROOT_SESSIONS_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_ACCESS_NOT_ENABLED_EXCEPTION,
                &super::ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION,
                &super::ORGANIZATION_NOT_FOUND_EXCEPTION,
                &super::ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
            ],
        )
        .result_wrapper("DisableOrganizationsRootSessionsResult");
    pub static DISABLE_OUTBOUND_WEB_IDENTITY_FEDERATION: Operation = Operation::new(
            "DisableOutboundWebIdentityFederation",
            "POST",
            "/",
            &p::UNIT,
            &p::UNIT,
        )
        .errors(&[&super::FEATURE_DISABLED_EXCEPTION]);
    pub static ENABLE_MFA_DEVICE: Operation = Operation::new(
            "EnableMFADevice",
            "POST",
            "/",
            &super::ENABLE_MFA_DEVICE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
                &super::INVALID_AUTHENTICATION_CODE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        );
    pub static ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT: Operation = Operation::new(
            "EnableOrganizationsRootCredentialsManagement",
            "POST",
            "/",
            &super::ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_INPUT,
            &super::ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_ACCESS_NOT_ENABLED_EXCEPTION,
                &super::ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION,
                &super::ORGANIZATION_NOT_FOUND_EXCEPTION,
                &super::ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
                &super::CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION,
            ],
        )
        .result_wrapper("EnableOrganizationsRootCredentialsManagementResult");
    pub static ENABLE_ORGANIZATIONS_ROOT_SESSIONS: Operation = Operation::new(
            "EnableOrganizationsRootSessions",
            "POST",
            "/",
            &super::ENABLE_ORGANIZATIONS_ROOT_SESSIONS_INPUT,
            &super::ENABLE_ORGANIZATIONS_ROOT_SESSIONS_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_ACCESS_NOT_ENABLED_EXCEPTION,
                &super::ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION,
                &super::ORGANIZATION_NOT_FOUND_EXCEPTION,
                &super::ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
                &super::CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION,
            ],
        )
        .result_wrapper("EnableOrganizationsRootSessionsResult");
    pub static ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION: Operation = Operation::new(
            "EnableOutboundWebIdentityFederation",
            "POST",
            "/",
            &p::UNIT,
            &super::ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION_OUTPUT,
        )
        .errors(&[&super::FEATURE_ENABLED_EXCEPTION])
        .result_wrapper("EnableOutboundWebIdentityFederationResult");
    pub static GENERATE_CREDENTIAL_REPORT: Operation = Operation::new(
            "GenerateCredentialReport",
            "POST",
            "/",
            &p::UNIT,
            &super::GENERATE_CREDENTIAL_REPORT_OUTPUT,
        )
        .errors(&[&super::LIMIT_EXCEEDED_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GenerateCredentialReportResult");
    pub static GENERATE_ORGANIZATIONS_ACCESS_REPORT: Operation = Operation::new(
            "GenerateOrganizationsAccessReport",
            "POST",
            "/",
            &super::GENERATE_ORGANIZATIONS_ACCESS_REPORT_INPUT,
            &super::GENERATE_ORGANIZATIONS_ACCESS_REPORT_OUTPUT,
        )
        .errors(&[&super::REPORT_GENERATION_LIMIT_EXCEEDED_EXCEPTION])
        .result_wrapper("GenerateOrganizationsAccessReportResult");
    pub static GENERATE_SERVICE_LAST_ACCESSED_DETAILS: Operation = Operation::new(
            "GenerateServiceLastAccessedDetails",
            "POST",
            "/",
            &super::GENERATE_SERVICE_LAST_ACCESSED_DETAILS_INPUT,
            &super::GENERATE_SERVICE_LAST_ACCESSED_DETAILS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::INVALID_INPUT_EXCEPTION])
        .result_wrapper("GenerateServiceLastAccessedDetailsResult");
    pub static GET_ACCESS_KEY_LAST_USED: Operation = Operation::new(
            "GetAccessKeyLastUsed",
            "POST",
            "/",
            &super::GET_ACCESS_KEY_LAST_USED_INPUT,
            &super::GET_ACCESS_KEY_LAST_USED_OUTPUT,
        )
        .result_wrapper("GetAccessKeyLastUsedResult");
    pub static GET_ACCOUNT_AUTHORIZATION_DETAILS: Operation = Operation::new(
            "GetAccountAuthorizationDetails",
            "POST",
            "/",
            &super::GET_ACCOUNT_AUTHORIZATION_DETAILS_INPUT,
            &super::GET_ACCOUNT_AUTHORIZATION_DETAILS_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetAccountAuthorizationDetailsResult");
    pub static GET_ACCOUNT_PASSWORD_POLICY: Operation = Operation::new(
            "GetAccountPasswordPolicy",
            "POST",
            "/",
            &p::UNIT,
            &super::GET_ACCOUNT_PASSWORD_POLICY_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetAccountPasswordPolicyResult");
    pub static GET_ACCOUNT_PROPERTIES: Operation = Operation::new(
            "GetAccountProperties",
            "POST",
            "/",
            &super::GET_ACCOUNT_PROPERTIES_INPUT,
            &super::GET_ACCOUNT_PROPERTIES_OUTPUT,
        )
        .errors(&[&super::INVALID_INPUT_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetAccountPropertiesResult");
    pub static GET_ACCOUNT_SUMMARY: Operation = Operation::new(
            "GetAccountSummary",
            "POST",
            "/",
            &p::UNIT,
            &super::GET_ACCOUNT_SUMMARY_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetAccountSummaryResult");
    pub static GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY: Operation = Operation::new(
            "GetContextKeysForCustomPolicy",
            "POST",
            "/",
            &super::GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY_INPUT,
            &super::GET_CONTEXT_KEYS_FOR_POLICY_RESPONSE,
        )
        .errors(&[&super::INVALID_INPUT_EXCEPTION])
        .result_wrapper("GetContextKeysForCustomPolicyResult");
    pub static GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY: Operation = Operation::new(
            "GetContextKeysForPrincipalPolicy",
            "POST",
            "/",
            &super::GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY_INPUT,
            &super::GET_CONTEXT_KEYS_FOR_POLICY_RESPONSE,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::INVALID_INPUT_EXCEPTION])
        .result_wrapper("GetContextKeysForPrincipalPolicyResult");
    pub static GET_CREDENTIAL_REPORT: Operation = Operation::new(
            "GetCredentialReport",
            "POST",
            "/",
            &p::UNIT,
            &super::GET_CREDENTIAL_REPORT_OUTPUT,
        )
        .errors(
            &[
                &super::CREDENTIAL_REPORT_NOT_PRESENT_EXCEPTION,
                &super::CREDENTIAL_REPORT_EXPIRED_EXCEPTION,
                &super::CREDENTIAL_REPORT_NOT_READY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetCredentialReportResult");
    pub static GET_DELEGATION_REQUEST: Operation = Operation::new(
            "GetDelegationRequest",
            "POST",
            "/",
            &super::GET_DELEGATION_REQUEST_INPUT,
            &super::GET_DELEGATION_REQUEST_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetDelegationRequestResult");
    pub static GET_GROUP: Operation = Operation::new(
            "GetGroup",
            "POST",
            "/",
            &super::GET_GROUP_INPUT,
            &super::GET_GROUP_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetGroupResult");
    pub static GET_GROUP_POLICY: Operation = Operation::new(
            "GetGroupPolicy",
            "POST",
            "/",
            &super::GET_GROUP_POLICY_INPUT,
            &super::GET_GROUP_POLICY_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetGroupPolicyResult");
    pub static GET_HUMAN_READABLE_SUMMARY: Operation = Operation::new(
            "GetHumanReadableSummary",
            "POST",
            "/",
            &super::GET_HUMAN_READABLE_SUMMARY_INPUT,
            &super::GET_HUMAN_READABLE_SUMMARY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetHumanReadableSummaryResult");
    pub static GET_INSTANCE_PROFILE: Operation = Operation::new(
            "GetInstanceProfile",
            "POST",
            "/",
            &super::GET_INSTANCE_PROFILE_INPUT,
            &super::GET_INSTANCE_PROFILE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetInstanceProfileResult");
    pub static GET_LOGIN_PROFILE: Operation = Operation::new(
            "GetLoginProfile",
            "POST",
            "/",
            &super::GET_LOGIN_PROFILE_INPUT,
            &super::GET_LOGIN_PROFILE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetLoginProfileResult");
    pub static GET_MFA_DEVICE: Operation = Operation::new(
            "GetMFADevice",
            "POST",
            "/",
            &super::GET_MFA_DEVICE_INPUT,
            &super::GET_MFA_DEVICE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetMFADeviceResult");
    pub static GET_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "GetOpenIDConnectProvider",
            "POST",
            "/",
            &super::GET_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &super::GET_OPEN_ID_CONNECT_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetOpenIDConnectProviderResult");
    pub static GET_ORGANIZATIONS_ACCESS_REPORT: Operation = Operation::new(
            "GetOrganizationsAccessReport",
            "POST",
            "/",
            &super::GET_ORGANIZATIONS_ACCESS_REPORT_INPUT,
            &super::GET_ORGANIZATIONS_ACCESS_REPORT_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION])
        .result_wrapper("GetOrganizationsAccessReportResult");
    pub static GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO: Operation = Operation::new(
            "GetOutboundWebIdentityFederationInfo",
            "POST",
            "/",
            &p::UNIT,
            &super::GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO_OUTPUT,
        )
        .errors(&[&super::FEATURE_DISABLED_EXCEPTION])
        .result_wrapper("GetOutboundWebIdentityFederationInfoResult");
    pub static GET_POLICY: Operation = Operation::new(
            "GetPolicy",
            "POST",
            "/",
            &super::GET_POLICY_INPUT,
            &super::GET_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetPolicyResult");
    pub static GET_POLICY_VERSION: Operation = Operation::new(
            "GetPolicyVersion",
            "POST",
            "/",
            &super::GET_POLICY_VERSION_INPUT,
            &super::GET_POLICY_VERSION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetPolicyVersionResult");
    pub static GET_ROLE: Operation = Operation::new(
            "GetRole",
            "POST",
            "/",
            &super::GET_ROLE_INPUT,
            &super::GET_ROLE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetRoleResult");
    pub static GET_ROLE_POLICY: Operation = Operation::new(
            "GetRolePolicy",
            "POST",
            "/",
            &super::GET_ROLE_POLICY_INPUT,
            &super::GET_ROLE_POLICY_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetRolePolicyResult");
    pub static GET_ROLE_TEMPLATE_VERSION: Operation = Operation::new(
            "GetRoleTemplateVersion",
            "POST",
            "/",
            &super::GET_ROLE_TEMPLATE_VERSION_INPUT,
            &super::GET_ROLE_TEMPLATE_VERSION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetRoleTemplateVersionResult");
    pub static GET_SAML_PROVIDER: Operation = Operation::new(
            "GetSAMLProvider",
            "POST",
            "/",
            &super::GET_SAML_PROVIDER_INPUT,
            &super::GET_SAML_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetSAMLProviderResult");
    pub static GET_SSH_PUBLIC_KEY: Operation = Operation::new(
            "GetSSHPublicKey",
            "POST",
            "/",
            &super::GET_SSH_PUBLIC_KEY_INPUT,
            &super::GET_SSH_PUBLIC_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION,
            ],
        )
        .result_wrapper("GetSSHPublicKeyResult");
    pub static GET_SERVER_CERTIFICATE: Operation = Operation::new(
            "GetServerCertificate",
            "POST",
            "/",
            &super::GET_SERVER_CERTIFICATE_INPUT,
            &super::GET_SERVER_CERTIFICATE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetServerCertificateResult");
    pub static GET_SERVICE_LAST_ACCESSED_DETAILS: Operation = Operation::new(
            "GetServiceLastAccessedDetails",
            "POST",
            "/",
            &super::GET_SERVICE_LAST_ACCESSED_DETAILS_INPUT,
            &super::GET_SERVICE_LAST_ACCESSED_DETAILS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::INVALID_INPUT_EXCEPTION])
        .result_wrapper("GetServiceLastAccessedDetailsResult");
    pub static GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES: Operation = Operation::new(
            "GetServiceLastAccessedDetailsWithEntities",
            "POST",
            "/",
            &super::GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES_INPUT,
            &super::GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::INVALID_INPUT_EXCEPTION])
        .result_wrapper("GetServiceLastAccessedDetailsWithEntitiesResult");
    pub static GET_SERVICE_LINKED_ROLE_DELETION_STATUS: Operation = Operation::new(
            "GetServiceLinkedRoleDeletionStatus",
            "POST",
            "/",
            &super::GET_SERVICE_LINKED_ROLE_DELETION_STATUS_INPUT,
            &super::GET_SERVICE_LINKED_ROLE_DELETION_STATUS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("GetServiceLinkedRoleDeletionStatusResult");
    pub static GET_USER: Operation = Operation::new(
            "GetUser",
            "POST",
            "/",
            &super::GET_USER_INPUT,
            &super::GET_USER_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetUserResult");
    pub static GET_USER_POLICY: Operation = Operation::new(
            "GetUserPolicy",
            "POST",
            "/",
            &super::GET_USER_POLICY_INPUT,
            &super::GET_USER_POLICY_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("GetUserPolicyResult");
    pub static LIST_ACCESS_KEYS: Operation = Operation::new(
            "ListAccessKeys",
            "POST",
            "/",
            &super::LIST_ACCESS_KEYS_INPUT,
            &super::LIST_ACCESS_KEYS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListAccessKeysResult");
    pub static LIST_ACCOUNT_ALIASES: Operation = Operation::new(
            "ListAccountAliases",
            "POST",
            "/",
            &super::LIST_ACCOUNT_ALIASES_INPUT,
            &super::LIST_ACCOUNT_ALIASES_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListAccountAliasesResult");
    pub static LIST_ATTACHED_GROUP_POLICIES: Operation = Operation::new(
            "ListAttachedGroupPolicies",
            "POST",
            "/",
            &super::LIST_ATTACHED_GROUP_POLICIES_INPUT,
            &super::LIST_ATTACHED_GROUP_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("ListAttachedGroupPoliciesResult");
    pub static LIST_ATTACHED_ROLE_POLICIES: Operation = Operation::new(
            "ListAttachedRolePolicies",
            "POST",
            "/",
            &super::LIST_ATTACHED_ROLE_POLICIES_INPUT,
            &super::LIST_ATTACHED_ROLE_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("ListAttachedRolePoliciesResult");
    pub static LIST_ATTACHED_USER_POLICIES: Operation = Operation::new(
            "ListAttachedUserPolicies",
            "POST",
            "/",
            &super::LIST_ATTACHED_USER_POLICIES_INPUT,
            &super::LIST_ATTACHED_USER_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("ListAttachedUserPoliciesResult");
    pub static LIST_DELEGATION_REQUESTS: Operation = Operation::new(
            "ListDelegationRequests",
            "POST",
            "/",
            &super::LIST_DELEGATION_REQUESTS_INPUT,
            &super::LIST_DELEGATION_REQUESTS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        )
        .result_wrapper("ListDelegationRequestsResult");
    pub static LIST_ENTITIES_FOR_POLICY: Operation = Operation::new(
            "ListEntitiesForPolicy",
            "POST",
            "/",
            &super::LIST_ENTITIES_FOR_POLICY_INPUT,
            &super::LIST_ENTITIES_FOR_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("ListEntitiesForPolicyResult");
    pub static LIST_GROUP_POLICIES: Operation = Operation::new(
            "ListGroupPolicies",
            "POST",
            "/",
            &super::LIST_GROUP_POLICIES_INPUT,
            &super::LIST_GROUP_POLICIES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListGroupPoliciesResult");
    pub static LIST_GROUPS: Operation = Operation::new(
            "ListGroups",
            "POST",
            "/",
            &super::LIST_GROUPS_INPUT,
            &super::LIST_GROUPS_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListGroupsResult");
    pub static LIST_GROUPS_FOR_USER: Operation = Operation::new(
            "ListGroupsForUser",
            "POST",
            "/",
            &super::LIST_GROUPS_FOR_USER_INPUT,
            &super::LIST_GROUPS_FOR_USER_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListGroupsForUserResult");
    pub static LIST_INSTANCE_PROFILE_TAGS: Operation = Operation::new(
            "ListInstanceProfileTags",
            "POST",
            "/",
            &super::LIST_INSTANCE_PROFILE_TAGS_INPUT,
            &super::LIST_INSTANCE_PROFILE_TAGS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListInstanceProfileTagsResult");
    pub static LIST_INSTANCE_PROFILES: Operation = Operation::new(
            "ListInstanceProfiles",
            "POST",
            "/",
            &super::LIST_INSTANCE_PROFILES_INPUT,
            &super::LIST_INSTANCE_PROFILES_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListInstanceProfilesResult");
    pub static LIST_INSTANCE_PROFILES_FOR_ROLE: Operation = Operation::new(
            "ListInstanceProfilesForRole",
            "POST",
            "/",
            &super::LIST_INSTANCE_PROFILES_FOR_ROLE_INPUT,
            &super::LIST_INSTANCE_PROFILES_FOR_ROLE_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListInstanceProfilesForRoleResult");
    pub static LIST_MFA_DEVICE_TAGS: Operation = Operation::new(
            "ListMFADeviceTags",
            "POST",
            "/",
            &super::LIST_MFA_DEVICE_TAGS_INPUT,
            &super::LIST_MFA_DEVICE_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("ListMFADeviceTagsResult");
    pub static LIST_MFA_DEVICES: Operation = Operation::new(
            "ListMFADevices",
            "POST",
            "/",
            &super::LIST_MFA_DEVICES_INPUT,
            &super::LIST_MFA_DEVICES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListMFADevicesResult");
    pub static LIST_OPEN_ID_CONNECT_PROVIDER_TAGS: Operation = Operation::new(
            "ListOpenIDConnectProviderTags",
            "POST",
            "/",
            &super::LIST_OPEN_ID_CONNECT_PROVIDER_TAGS_INPUT,
            &super::LIST_OPEN_ID_CONNECT_PROVIDER_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        )
        .result_wrapper("ListOpenIDConnectProviderTagsResult");
    pub static LIST_OPEN_ID_CONNECT_PROVIDERS: Operation = Operation::new(
            "ListOpenIDConnectProviders",
            "POST",
            "/",
            &super::LIST_OPEN_ID_CONNECT_PROVIDERS_INPUT,
            &super::LIST_OPEN_ID_CONNECT_PROVIDERS_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListOpenIDConnectProvidersResult");
    pub static LIST_ORGANIZATIONS_FEATURES: Operation = Operation::new(
            "ListOrganizationsFeatures",
            "POST",
            "/",
            &super::LIST_ORGANIZATIONS_FEATURES_INPUT,
            &super::LIST_ORGANIZATIONS_FEATURES_OUTPUT,
        )
        .errors(
            &[
                &super::SERVICE_ACCESS_NOT_ENABLED_EXCEPTION,
                &super::ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION,
                &super::ORGANIZATION_NOT_FOUND_EXCEPTION,
                &super::ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION,
            ],
        )
        .result_wrapper("ListOrganizationsFeaturesResult");
    pub static LIST_POLICIES: Operation = Operation::new(
            "ListPolicies",
            "POST",
            "/",
            &super::LIST_POLICIES_INPUT,
            &super::LIST_POLICIES_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListPoliciesResult");
    pub static LIST_POLICIES_GRANTING_SERVICE_ACCESS: Operation = Operation::new(
            "ListPoliciesGrantingServiceAccess",
            "POST",
            "/",
            &super::LIST_POLICIES_GRANTING_SERVICE_ACCESS_INPUT,
            &super::LIST_POLICIES_GRANTING_SERVICE_ACCESS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::INVALID_INPUT_EXCEPTION])
        .result_wrapper("ListPoliciesGrantingServiceAccessResult");
    pub static LIST_POLICY_TAGS: Operation = Operation::new(
            "ListPolicyTags",
            "POST",
            "/",
            &super::LIST_POLICY_TAGS_INPUT,
            &super::LIST_POLICY_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        )
        .result_wrapper("ListPolicyTagsResult");
    pub static LIST_POLICY_VERSIONS: Operation = Operation::new(
            "ListPolicyVersions",
            "POST",
            "/",
            &super::LIST_POLICY_VERSIONS_INPUT,
            &super::LIST_POLICY_VERSIONS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("ListPolicyVersionsResult");
    pub static LIST_ROLE_POLICIES: Operation = Operation::new(
            "ListRolePolicies",
            "POST",
            "/",
            &super::LIST_ROLE_POLICIES_INPUT,
            &super::LIST_ROLE_POLICIES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListRolePoliciesResult");
    pub static LIST_ROLE_TAGS: Operation = Operation::new(
            "ListRoleTags",
            "POST",
            "/",
            &super::LIST_ROLE_TAGS_INPUT,
            &super::LIST_ROLE_TAGS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListRoleTagsResult");
    pub static LIST_ROLES: Operation = Operation::new(
            "ListRoles",
            "POST",
            "/",
            &super::LIST_ROLES_INPUT,
            &super::LIST_ROLES_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListRolesResult");
    pub static LIST_SAML_PROVIDER_TAGS: Operation = Operation::new(
            "ListSAMLProviderTags",
            "POST",
            "/",
            &super::LIST_SAML_PROVIDER_TAGS_INPUT,
            &super::LIST_SAML_PROVIDER_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        )
        .result_wrapper("ListSAMLProviderTagsResult");
    pub static LIST_SAML_PROVIDERS: Operation = Operation::new(
            "ListSAMLProviders",
            "POST",
            "/",
            &super::LIST_SAML_PROVIDERS_INPUT,
            &super::LIST_SAML_PROVIDERS_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListSAMLProvidersResult");
    pub static LIST_SSH_PUBLIC_KEYS: Operation = Operation::new(
            "ListSSHPublicKeys",
            "POST",
            "/",
            &super::LIST_SSH_PUBLIC_KEYS_INPUT,
            &super::LIST_SSH_PUBLIC_KEYS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION])
        .result_wrapper("ListSSHPublicKeysResult");
    pub static LIST_SERVER_CERTIFICATE_TAGS: Operation = Operation::new(
            "ListServerCertificateTags",
            "POST",
            "/",
            &super::LIST_SERVER_CERTIFICATE_TAGS_INPUT,
            &super::LIST_SERVER_CERTIFICATE_TAGS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListServerCertificateTagsResult");
    pub static LIST_SERVER_CERTIFICATES: Operation = Operation::new(
            "ListServerCertificates",
            "POST",
            "/",
            &super::LIST_SERVER_CERTIFICATES_INPUT,
            &super::LIST_SERVER_CERTIFICATES_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListServerCertificatesResult");
    pub static LIST_SERVICE_SPECIFIC_CREDENTIALS: Operation = Operation::new(
            "ListServiceSpecificCredentials",
            "POST",
            "/",
            &super::LIST_SERVICE_SPECIFIC_CREDENTIALS_INPUT,
            &super::LIST_SERVICE_SPECIFIC_CREDENTIALS_OUTPUT,
        )
        .errors(
            &[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_NOT_SUPPORTED_EXCEPTION],
        )
        .result_wrapper("ListServiceSpecificCredentialsResult");
    pub static LIST_SIGNING_CERTIFICATES: Operation = Operation::new(
            "ListSigningCertificates",
            "POST",
            "/",
            &super::LIST_SIGNING_CERTIFICATES_INPUT,
            &super::LIST_SIGNING_CERTIFICATES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListSigningCertificatesResult");
    pub static LIST_USER_POLICIES: Operation = Operation::new(
            "ListUserPolicies",
            "POST",
            "/",
            &super::LIST_USER_POLICIES_INPUT,
            &super::LIST_USER_POLICIES_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListUserPoliciesResult");
    pub static LIST_USER_TAGS: Operation = Operation::new(
            "ListUserTags",
            "POST",
            "/",
            &super::LIST_USER_TAGS_INPUT,
            &super::LIST_USER_TAGS_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListUserTagsResult");
    pub static LIST_USERS: Operation = Operation::new(
            "ListUsers",
            "POST",
            "/",
            &super::LIST_USERS_INPUT,
            &super::LIST_USERS_OUTPUT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION])
        .result_wrapper("ListUsersResult");
    pub static LIST_VIRTUAL_MFA_DEVICES: Operation = Operation::new(
            "ListVirtualMFADevices",
            "POST",
            "/",
            &super::LIST_VIRTUAL_MFA_DEVICES_INPUT,
            &super::LIST_VIRTUAL_MFA_DEVICES_OUTPUT,
        )
        .result_wrapper("ListVirtualMFADevicesResult");
    pub static PUT_ACCOUNT_PROPERTIES: Operation = Operation::new(
            "PutAccountProperties",
            "POST",
            "/",
            &super::PUT_ACCOUNT_PROPERTIES_INPUT,
            &super::PUT_ACCOUNT_PROPERTIES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("PutAccountPropertiesResult");
    pub static PUT_GROUP_POLICY: Operation = Operation::new(
            "PutGroupPolicy",
            "POST",
            "/",
            &super::PUT_GROUP_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static PUT_ROLE_PERMISSIONS_BOUNDARY: Operation = Operation::new(
            "PutRolePermissionsBoundary",
            "POST",
            "/",
            &super::PUT_ROLE_PERMISSIONS_BOUNDARY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::POLICY_NOT_ATTACHABLE_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static PUT_ROLE_POLICY: Operation = Operation::new(
            "PutRolePolicy",
            "POST",
            "/",
            &super::PUT_ROLE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static PUT_USER_PERMISSIONS_BOUNDARY: Operation = Operation::new(
            "PutUserPermissionsBoundary",
            "POST",
            "/",
            &super::PUT_USER_PERMISSIONS_BOUNDARY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::POLICY_NOT_ATTACHABLE_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static PUT_USER_POLICY: Operation = Operation::new(
            "PutUserPolicy",
            "POST",
            "/",
            &super::PUT_USER_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static REJECT_DELEGATION_REQUEST: Operation = Operation::new(
            "RejectDelegationRequest",
            "POST",
            "/",
            &super::REJECT_DELEGATION_REQUEST_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        );
    pub static REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "RemoveClientIDFromOpenIDConnectProvider",
            "POST",
            "/",
            &super::REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static REMOVE_ROLE_FROM_INSTANCE_PROFILE: Operation = Operation::new(
            "RemoveRoleFromInstanceProfile",
            "POST",
            "/",
            &super::REMOVE_ROLE_FROM_INSTANCE_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static REMOVE_USER_FROM_GROUP: Operation = Operation::new(
            "RemoveUserFromGroup",
            "POST",
            "/",
            &super::REMOVE_USER_FROM_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static RESET_SERVICE_SPECIFIC_CREDENTIAL: Operation = Operation::new(
            "ResetServiceSpecificCredential",
            "POST",
            "/",
            &super::RESET_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
            &super::RESET_SERVICE_SPECIFIC_CREDENTIAL_OUTPUT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION])
        .result_wrapper("ResetServiceSpecificCredentialResult");
    pub static RESYNC_MFA_DEVICE: Operation = Operation::new(
            "ResyncMFADevice",
            "POST",
            "/",
            &super::RESYNC_MFA_DEVICE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_AUTHENTICATION_CODE_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        );
    pub static SEND_DELEGATION_TOKEN: Operation = Operation::new(
            "SendDelegationToken",
            "POST",
            "/",
            &super::SEND_DELEGATION_TOKEN_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        );
    pub static SET_DEFAULT_POLICY_VERSION: Operation = Operation::new(
            "SetDefaultPolicyVersion",
            "POST",
            "/",
            &super::SET_DEFAULT_POLICY_VERSION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static SET_SECURITY_TOKEN_SERVICE_PREFERENCES: Operation = Operation::new(
            "SetSecurityTokenServicePreferences",
            "POST",
            "/",
            &super::SET_SECURITY_TOKEN_SERVICE_PREFERENCES_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::SERVICE_FAILURE_EXCEPTION]);
    pub static SIMULATE_CUSTOM_POLICY: Operation = Operation::new(
            "SimulateCustomPolicy",
            "POST",
            "/",
            &super::SIMULATE_CUSTOM_POLICY_INPUT,
            &super::SIMULATE_POLICY_RESPONSE,
        )
        .errors(&[&super::INVALID_INPUT_EXCEPTION, &super::POLICY_EVALUATION_EXCEPTION])
        .result_wrapper("SimulateCustomPolicyResult");
    pub static SIMULATE_PRINCIPAL_POLICY: Operation = Operation::new(
            "SimulatePrincipalPolicy",
            "POST",
            "/",
            &super::SIMULATE_PRINCIPAL_POLICY_INPUT,
            &super::SIMULATE_POLICY_RESPONSE,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::POLICY_EVALUATION_EXCEPTION,
            ],
        )
        .result_wrapper("SimulatePrincipalPolicyResult");
    pub static TAG_INSTANCE_PROFILE: Operation = Operation::new(
            "TagInstanceProfile",
            "POST",
            "/",
            &super::TAG_INSTANCE_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_MFA_DEVICE: Operation = Operation::new(
            "TagMFADevice",
            "POST",
            "/",
            &super::TAG_MFA_DEVICE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "TagOpenIDConnectProvider",
            "POST",
            "/",
            &super::TAG_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_POLICY: Operation = Operation::new(
            "TagPolicy",
            "POST",
            "/",
            &super::TAG_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_ROLE: Operation = Operation::new(
            "TagRole",
            "POST",
            "/",
            &super::TAG_ROLE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_SAML_PROVIDER: Operation = Operation::new(
            "TagSAMLProvider",
            "POST",
            "/",
            &super::TAG_SAML_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_SERVER_CERTIFICATE: Operation = Operation::new(
            "TagServerCertificate",
            "POST",
            "/",
            &super::TAG_SERVER_CERTIFICATE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static TAG_USER: Operation = Operation::new(
            "TagUser",
            "POST",
            "/",
            &super::TAG_USER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_INSTANCE_PROFILE: Operation = Operation::new(
            "UntagInstanceProfile",
            "POST",
            "/",
            &super::UNTAG_INSTANCE_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_MFA_DEVICE: Operation = Operation::new(
            "UntagMFADevice",
            "POST",
            "/",
            &super::UNTAG_MFA_DEVICE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_OPEN_ID_CONNECT_PROVIDER: Operation = Operation::new(
            "UntagOpenIDConnectProvider",
            "POST",
            "/",
            &super::UNTAG_OPEN_ID_CONNECT_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_POLICY: Operation = Operation::new(
            "UntagPolicy",
            "POST",
            "/",
            &super::UNTAG_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_ROLE: Operation = Operation::new(
            "UntagRole",
            "POST",
            "/",
            &super::UNTAG_ROLE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_SAML_PROVIDER: Operation = Operation::new(
            "UntagSAMLProvider",
            "POST",
            "/",
            &super::UNTAG_SAML_PROVIDER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_SERVER_CERTIFICATE: Operation = Operation::new(
            "UntagServerCertificate",
            "POST",
            "/",
            &super::UNTAG_SERVER_CERTIFICATE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UNTAG_USER: Operation = Operation::new(
            "UntagUser",
            "POST",
            "/",
            &super::UNTAG_USER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_ACCESS_KEY: Operation = Operation::new(
            "UpdateAccessKey",
            "POST",
            "/",
            &super::UPDATE_ACCESS_KEY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        );
    pub static UPDATE_ACCOUNT_PASSWORD_POLICY: Operation = Operation::new(
            "UpdateAccountPasswordPolicy",
            "POST",
            "/",
            &super::UPDATE_ACCOUNT_PASSWORD_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_ASSUME_ROLE_POLICY: Operation = Operation::new(
            "UpdateAssumeRolePolicy",
            "POST",
            "/",
            &super::UPDATE_ASSUME_ROLE_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_DELEGATION_REQUEST: Operation = Operation::new(
            "UpdateDelegationRequest",
            "POST",
            "/",
            &super::UPDATE_DELEGATION_REQUEST_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        );
    pub static UPDATE_GROUP: Operation = Operation::new(
            "UpdateGroup",
            "POST",
            "/",
            &super::UPDATE_GROUP_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_LOGIN_PROFILE: Operation = Operation::new(
            "UpdateLoginProfile",
            "POST",
            "/",
            &super::UPDATE_LOGIN_PROFILE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::PASSWORD_POLICY_VIOLATION_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT: Operation = Operation::new(
            "UpdateOpenIDConnectProviderThumbprint",
            "POST",
            "/",
            &super::UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_ROLE: Operation = Operation::new(
            "UpdateRole",
            "POST",
            "/",
            &super::UPDATE_ROLE_INPUT,
            &super::UPDATE_ROLE_OUTPUT,
        )
        .errors(
            &[
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("UpdateRoleResult");
    pub static UPDATE_ROLE_DESCRIPTION: Operation = Operation::new(
            "UpdateRoleDescription",
            "POST",
            "/",
            &super::UPDATE_ROLE_DESCRIPTION_INPUT,
            &super::UPDATE_ROLE_DESCRIPTION_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::UNMODIFIABLE_ENTITY_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("UpdateRoleDescriptionResult");
    pub static UPDATE_SAML_PROVIDER: Operation = Operation::new(
            "UpdateSAMLProvider",
            "POST",
            "/",
            &super::UPDATE_SAML_PROVIDER_INPUT,
            &super::UPDATE_SAML_PROVIDER_OUTPUT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
            ],
        )
        .result_wrapper("UpdateSAMLProviderResult");
    pub static UPDATE_SSH_PUBLIC_KEY: Operation = Operation::new(
            "UpdateSSHPublicKey",
            "POST",
            "/",
            &super::UPDATE_SSH_PUBLIC_KEY_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION, &super::INVALID_INPUT_EXCEPTION]);
    pub static UPDATE_SERVER_CERTIFICATE: Operation = Operation::new(
            "UpdateServerCertificate",
            "POST",
            "/",
            &super::UPDATE_SERVER_CERTIFICATE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPDATE_SERVICE_SPECIFIC_CREDENTIAL: Operation = Operation::new(
            "UpdateServiceSpecificCredential",
            "POST",
            "/",
            &super::UPDATE_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
            &p::UNIT,
        )
        .errors(&[&super::NO_SUCH_ENTITY_EXCEPTION]);
    pub static UPDATE_SIGNING_CERTIFICATE: Operation = Operation::new(
            "UpdateSigningCertificate",
            "POST",
            "/",
            &super::UPDATE_SIGNING_CERTIFICATE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
            ],
        );
    pub static UPDATE_USER: Operation = Operation::new(
            "UpdateUser",
            "POST",
            "/",
            &super::UPDATE_USER_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        );
    pub static UPLOAD_SSH_PUBLIC_KEY: Operation = Operation::new(
            "UploadSSHPublicKey",
            "POST",
            "/",
            &super::UPLOAD_SSH_PUBLIC_KEY_INPUT,
            &super::UPLOAD_SSH_PUBLIC_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::INVALID_PUBLIC_KEY_EXCEPTION,
                &super::DUPLICATE_SSH_PUBLIC_KEY_EXCEPTION,
                &super::UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION,
            ],
        )
        .result_wrapper("UploadSSHPublicKeyResult");
    pub static UPLOAD_SERVER_CERTIFICATE: Operation = Operation::new(
            "UploadServerCertificate",
            "POST",
            "/",
            &super::UPLOAD_SERVER_CERTIFICATE_INPUT,
            &super::UPLOAD_SERVER_CERTIFICATE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_INPUT_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::MALFORMED_CERTIFICATE_EXCEPTION,
                &super::KEY_PAIR_MISMATCH_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("UploadServerCertificateResult");
    pub static UPLOAD_SIGNING_CERTIFICATE: Operation = Operation::new(
            "UploadSigningCertificate",
            "POST",
            "/",
            &super::UPLOAD_SIGNING_CERTIFICATE_INPUT,
            &super::UPLOAD_SIGNING_CERTIFICATE_OUTPUT,
        )
        .errors(
            &[
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::ENTITY_ALREADY_EXISTS_EXCEPTION,
                &super::MALFORMED_CERTIFICATE_EXCEPTION,
                &super::INVALID_CERTIFICATE_EXCEPTION,
                &super::DUPLICATE_CERTIFICATE_EXCEPTION,
                &super::NO_SUCH_ENTITY_EXCEPTION,
                &super::CONCURRENT_MODIFICATION_EXCEPTION,
                &super::SERVICE_FAILURE_EXCEPTION,
            ],
        )
        .result_wrapper("UploadSigningCertificateResult");
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ACCEPT_DELEGATION_REQUEST,
        &ACQUIRE_ROLE,
        &ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER,
        &ADD_ROLE_TO_INSTANCE_PROFILE,
        &ADD_USER_TO_GROUP,
        &ASSOCIATE_DELEGATION_REQUEST,
        &ATTACH_GROUP_POLICY,
        &ATTACH_ROLE_POLICY,
        &ATTACH_USER_POLICY,
        &CHANGE_PASSWORD,
        &CREATE_ACCESS_KEY,
        &CREATE_ACCOUNT_ALIAS,
        &CREATE_DELEGATION_REQUEST,
        &CREATE_GROUP,
        &CREATE_INSTANCE_PROFILE,
        &CREATE_LOGIN_PROFILE,
        &CREATE_OPEN_ID_CONNECT_PROVIDER,
        &CREATE_POLICY,
        &CREATE_POLICY_VERSION,
        &CREATE_ROLE,
        &CREATE_SAML_PROVIDER,
        &CREATE_SERVICE_LINKED_ROLE,
        &CREATE_SERVICE_SPECIFIC_CREDENTIAL,
        &CREATE_USER,
        &CREATE_VIRTUAL_MFA_DEVICE,
        &DEACTIVATE_MFA_DEVICE,
        &DELETE_ACCESS_KEY,
        &DELETE_ACCOUNT_ALIAS,
        &DELETE_ACCOUNT_PASSWORD_POLICY,
        &DELETE_GROUP,
        &DELETE_GROUP_POLICY,
        &DELETE_INSTANCE_PROFILE,
        &DELETE_LOGIN_PROFILE,
        &DELETE_OPEN_ID_CONNECT_PROVIDER,
        &DELETE_POLICY,
        &DELETE_POLICY_VERSION,
        &DELETE_ROLE,
        &DELETE_ROLE_PERMISSIONS_BOUNDARY,
        &DELETE_ROLE_POLICY,
        &DELETE_SAML_PROVIDER,
        &DELETE_SSH_PUBLIC_KEY,
        &DELETE_SERVER_CERTIFICATE,
        &DELETE_SERVICE_LINKED_ROLE,
        &DELETE_SERVICE_SPECIFIC_CREDENTIAL,
        &DELETE_SIGNING_CERTIFICATE,
        &DELETE_USER,
        &DELETE_USER_PERMISSIONS_BOUNDARY,
        &DELETE_USER_POLICY,
        &DELETE_VIRTUAL_MFA_DEVICE,
        &DETACH_GROUP_POLICY,
        &DETACH_ROLE_POLICY,
        &DETACH_USER_POLICY,
        &DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT,
        &DISABLE_ORGANIZATIONS_ROOT_SESSIONS,
        &DISABLE_OUTBOUND_WEB_IDENTITY_FEDERATION,
        &ENABLE_MFA_DEVICE,
        &ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT,
        &ENABLE_ORGANIZATIONS_ROOT_SESSIONS,
        &ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION,
        &GENERATE_CREDENTIAL_REPORT,
        &GENERATE_ORGANIZATIONS_ACCESS_REPORT,
        &GENERATE_SERVICE_LAST_ACCESSED_DETAILS,
        &GET_ACCESS_KEY_LAST_USED,
        &GET_ACCOUNT_AUTHORIZATION_DETAILS,
        &GET_ACCOUNT_PASSWORD_POLICY,
        &GET_ACCOUNT_PROPERTIES,
        &GET_ACCOUNT_SUMMARY,
        &GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY,
        &GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY,
        &GET_CREDENTIAL_REPORT,
        &GET_DELEGATION_REQUEST,
        &GET_GROUP,
        &GET_GROUP_POLICY,
        &GET_HUMAN_READABLE_SUMMARY,
        &GET_INSTANCE_PROFILE,
        &GET_LOGIN_PROFILE,
        &GET_MFA_DEVICE,
        &GET_OPEN_ID_CONNECT_PROVIDER,
        &GET_ORGANIZATIONS_ACCESS_REPORT,
        &GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO,
        &GET_POLICY,
        &GET_POLICY_VERSION,
        &GET_ROLE,
        &GET_ROLE_POLICY,
        &GET_ROLE_TEMPLATE_VERSION,
        &GET_SAML_PROVIDER,
        &GET_SSH_PUBLIC_KEY,
        &GET_SERVER_CERTIFICATE,
        &GET_SERVICE_LAST_ACCESSED_DETAILS,
        &GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES,
        &GET_SERVICE_LINKED_ROLE_DELETION_STATUS,
        &GET_USER,
        &GET_USER_POLICY,
        &LIST_ACCESS_KEYS,
        &LIST_ACCOUNT_ALIASES,
        &LIST_ATTACHED_GROUP_POLICIES,
        &LIST_ATTACHED_ROLE_POLICIES,
        &LIST_ATTACHED_USER_POLICIES,
        &LIST_DELEGATION_REQUESTS,
        &LIST_ENTITIES_FOR_POLICY,
        &LIST_GROUP_POLICIES,
        &LIST_GROUPS,
        &LIST_GROUPS_FOR_USER,
        &LIST_INSTANCE_PROFILE_TAGS,
        &LIST_INSTANCE_PROFILES,
        &LIST_INSTANCE_PROFILES_FOR_ROLE,
        &LIST_MFA_DEVICE_TAGS,
        &LIST_MFA_DEVICES,
        &LIST_OPEN_ID_CONNECT_PROVIDER_TAGS,
        &LIST_OPEN_ID_CONNECT_PROVIDERS,
        &LIST_ORGANIZATIONS_FEATURES,
        &LIST_POLICIES,
        &LIST_POLICIES_GRANTING_SERVICE_ACCESS,
        &LIST_POLICY_TAGS,
        &LIST_POLICY_VERSIONS,
        &LIST_ROLE_POLICIES,
        &LIST_ROLE_TAGS,
        &LIST_ROLES,
        &LIST_SAML_PROVIDER_TAGS,
        &LIST_SAML_PROVIDERS,
        &LIST_SSH_PUBLIC_KEYS,
        &LIST_SERVER_CERTIFICATE_TAGS,
        &LIST_SERVER_CERTIFICATES,
        &LIST_SERVICE_SPECIFIC_CREDENTIALS,
        &LIST_SIGNING_CERTIFICATES,
        &LIST_USER_POLICIES,
        &LIST_USER_TAGS,
        &LIST_USERS,
        &LIST_VIRTUAL_MFA_DEVICES,
        &PUT_ACCOUNT_PROPERTIES,
        &PUT_GROUP_POLICY,
        &PUT_ROLE_PERMISSIONS_BOUNDARY,
        &PUT_ROLE_POLICY,
        &PUT_USER_PERMISSIONS_BOUNDARY,
        &PUT_USER_POLICY,
        &REJECT_DELEGATION_REQUEST,
        &REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER,
        &REMOVE_ROLE_FROM_INSTANCE_PROFILE,
        &REMOVE_USER_FROM_GROUP,
        &RESET_SERVICE_SPECIFIC_CREDENTIAL,
        &RESYNC_MFA_DEVICE,
        &SEND_DELEGATION_TOKEN,
        &SET_DEFAULT_POLICY_VERSION,
        &SET_SECURITY_TOKEN_SERVICE_PREFERENCES,
        &SIMULATE_CUSTOM_POLICY,
        &SIMULATE_PRINCIPAL_POLICY,
        &TAG_INSTANCE_PROFILE,
        &TAG_MFA_DEVICE,
        &TAG_OPEN_ID_CONNECT_PROVIDER,
        &TAG_POLICY,
        &TAG_ROLE,
        &TAG_SAML_PROVIDER,
        &TAG_SERVER_CERTIFICATE,
        &TAG_USER,
        &UNTAG_INSTANCE_PROFILE,
        &UNTAG_MFA_DEVICE,
        &UNTAG_OPEN_ID_CONNECT_PROVIDER,
        &UNTAG_POLICY,
        &UNTAG_ROLE,
        &UNTAG_SAML_PROVIDER,
        &UNTAG_SERVER_CERTIFICATE,
        &UNTAG_USER,
        &UPDATE_ACCESS_KEY,
        &UPDATE_ACCOUNT_PASSWORD_POLICY,
        &UPDATE_ASSUME_ROLE_POLICY,
        &UPDATE_DELEGATION_REQUEST,
        &UPDATE_GROUP,
        &UPDATE_LOGIN_PROFILE,
        &UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT,
        &UPDATE_ROLE,
        &UPDATE_ROLE_DESCRIPTION,
        &UPDATE_SAML_PROVIDER,
        &UPDATE_SSH_PUBLIC_KEY,
        &UPDATE_SERVER_CERTIFICATE,
        &UPDATE_SERVICE_SPECIFIC_CREDENTIAL,
        &UPDATE_SIGNING_CERTIFICATE,
        &UPDATE_USER,
        &UPLOAD_SSH_PUBLIC_KEY,
        &UPLOAD_SERVER_CERTIFICATE,
        &UPLOAD_SIGNING_CERTIFICATE,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static GET_ACCOUNT_AUTHORIZATION_DETAILS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::GET_ACCOUNT_AUTHORIZATION_DETAILS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"],
    };
    pub static GET_GROUP: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::GET_GROUP,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Users"],
    };
    pub static LIST_ACCESS_KEYS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ACCESS_KEYS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["AccessKeyMetadata"],
    };
    pub static LIST_ACCOUNT_ALIASES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ACCOUNT_ALIASES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["AccountAliases"],
    };
    pub static LIST_ATTACHED_GROUP_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ATTACHED_GROUP_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["AttachedPolicies"],
    };
    pub static LIST_ATTACHED_ROLE_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ATTACHED_ROLE_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["AttachedPolicies"],
    };
    pub static LIST_ATTACHED_USER_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ATTACHED_USER_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["AttachedPolicies"],
    };
    pub static LIST_ENTITIES_FOR_POLICY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ENTITIES_FOR_POLICY,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["PolicyGroups", "PolicyUsers", "PolicyRoles"],
    };
    pub static LIST_GROUP_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_GROUP_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["PolicyNames"],
    };
    pub static LIST_GROUPS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_GROUPS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Groups"],
    };
    pub static LIST_GROUPS_FOR_USER: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_GROUPS_FOR_USER,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Groups"],
    };
    pub static LIST_INSTANCE_PROFILE_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_INSTANCE_PROFILE_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_INSTANCE_PROFILES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_INSTANCE_PROFILES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["InstanceProfiles"],
    };
    pub static LIST_INSTANCE_PROFILES_FOR_ROLE: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_INSTANCE_PROFILES_FOR_ROLE,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["InstanceProfiles"],
    };
    pub static LIST_MFA_DEVICE_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_MFA_DEVICE_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_MFA_DEVICES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_MFA_DEVICES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["MFADevices"],
    };
    pub static LIST_OPEN_ID_CONNECT_PROVIDER_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_OPEN_ID_CONNECT_PROVIDER_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Policies"],
    };
    pub static LIST_POLICY_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_POLICY_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_POLICY_VERSIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_POLICY_VERSIONS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Versions"],
    };
    pub static LIST_ROLE_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ROLE_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["PolicyNames"],
    };
    pub static LIST_ROLE_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ROLE_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_ROLES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ROLES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Roles"],
    };
    pub static LIST_SAML_PROVIDER_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SAML_PROVIDER_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_SSH_PUBLIC_KEYS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SSH_PUBLIC_KEYS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["SSHPublicKeys"],
    };
    pub static LIST_SERVER_CERTIFICATE_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SERVER_CERTIFICATE_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_SERVER_CERTIFICATES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SERVER_CERTIFICATES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["ServerCertificateMetadataList"],
    };
    pub static LIST_SIGNING_CERTIFICATES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SIGNING_CERTIFICATES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Certificates"],
    };
    pub static LIST_USER_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_USER_POLICIES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["PolicyNames"],
    };
    pub static LIST_USER_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_USER_TAGS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Tags"],
    };
    pub static LIST_USERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_USERS,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["Users"],
    };
    pub static LIST_VIRTUAL_MFA_DEVICES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_VIRTUAL_MFA_DEVICES,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["VirtualMFADevices"],
    };
    pub static SIMULATE_CUSTOM_POLICY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::SIMULATE_CUSTOM_POLICY,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["EvaluationResults"],
    };
    pub static SIMULATE_PRINCIPAL_POLICY: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::SIMULATE_PRINCIPAL_POLICY,
        input_token: &["Marker"],
        output_token: &["Marker"],
        limit_key: Some("MaxItems"),
        more_results: Some("IsTruncated"),
        result_key: &["EvaluationResults"],
    };
}
/// The service's waiters (`waiters-2.json`).
pub mod waiters {
    use kumo_runtime::waiter::{Acceptor, Expected, Matcher, State, WaiterSpec};
    pub static INSTANCE_PROFILE_EXISTS: WaiterSpec = WaiterSpec {
        name: "InstanceProfileExists",
        operation: &super::ops::GET_INSTANCE_PROFILE,
        delay: 1u32,
        max_attempts: 40u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(404i64),
            },
        ],
    };
    pub static POLICY_EXISTS: WaiterSpec = WaiterSpec {
        name: "PolicyExists",
        operation: &super::ops::GET_POLICY,
        delay: 1u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("NoSuchEntity"),
            },
        ],
    };
    pub static ROLE_EXISTS: WaiterSpec = WaiterSpec {
        name: "RoleExists",
        operation: &super::ops::GET_ROLE,
        delay: 1u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("NoSuchEntity"),
            },
        ],
    };
    pub static USER_EXISTS: WaiterSpec = WaiterSpec {
        name: "UserExists",
        operation: &super::ops::GET_USER,
        delay: 1u32,
        max_attempts: 20u32,
        acceptors: &[
            Acceptor {
                state: State::Success,
                matcher: Matcher::Status,
                argument: "",
                expected: Expected::Int(200i64),
            },
            Acceptor {
                state: State::Retry,
                matcher: Matcher::Error,
                argument: "",
                expected: Expected::Str("NoSuchEntity"),
            },
        ],
    };
}

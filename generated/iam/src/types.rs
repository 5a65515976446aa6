//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
#[derive(Clone, Default, PartialEq)]
pub struct AcceptDelegationRequestInput {
    /// The unique identifier of the delegation request to accept.
    pub delegation_request_id: String,
}
rt::structure!(
    AcceptDelegationRequestInput, ACCEPT_DELEGATION_REQUEST_INPUT,
    [delegation_request_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessAdvisorUsageGranularityType {
    /// `SERVICE_LEVEL`
    ServiceLevel,
    /// `ACTION_LEVEL`
    ActionLevel,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AccessAdvisorUsageGranularityType, { ServiceLevel => "SERVICE_LEVEL", ActionLevel =>
    "ACTION_LEVEL" }
);
/// An object that contains details about when a principal in the reported Organizations entity last attempted to access an Amazon Web Services service. A principal can be an IAM user, an IAM role, or the Amazon Web Services account root user within the reported Organizations entity.
///
/// This data type is a response element in the [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct AccessDetail {
    /// The name of the service in which access was attempted.
    pub service_name: String,
    /// The namespace of the service in which access was attempted.
    ///
    /// To learn the service namespace of a service, see [Actions, resources, and condition keys for Amazon Web Services services](https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html) in the *Service Authorization Reference*. Choose the name of the service to view details for that service. In the first paragraph, find the service prefix. For example, `(service prefix: a4b)`. For more information about service namespaces, see [Amazon Web Services service namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#genref-aws-service-namespaces) in the *Amazon Web Services General Reference*.
    pub service_namespace: String,
    /// The Region where the last service access attempt occurred.
    ///
    /// This field is null if no principals in the reported Organizations entity attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub region: Option<String>,
    /// The path of the Organizations entity (root, organizational unit, or account) from which an authenticated principal last attempted to access the service. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no principals (IAM users, IAM roles, or root user) in the reported Organizations entity attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub entity_path: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when an authenticated principal most recently attempted to access the service. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no principals in the reported Organizations entity attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_authenticated_time: Option<rt::DateTime>,
    /// The number of accounts with authenticated principals (root user, IAM users, and IAM roles) that attempted to access the service in the tracking period.
    pub total_authenticated_entities: Option<i32>,
}
rt::structure!(
    AccessDetail, ACCESS_DETAIL, [service_name, service_namespace, region, entity_path,
    last_authenticated_time, total_authenticated_entities]
);
/// Contains information about an Amazon Web Services access key.
///
/// This data type is used as a response element in the [CreateAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html) and [ListAccessKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html) operations.
///
/// The `SecretAccessKey` value is returned only in response to [CreateAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html). You can get a secret access key only when you first create an access key; you cannot recover the secret access key later. If you lose a secret access key, you must create a new access key.
#[derive(Clone, Default, PartialEq)]
pub struct AccessKey {
    /// The name of the IAM user that the access key is associated with.
    pub user_name: String,
    /// The ID for this access key.
    pub access_key_id: String,
    /// The status of the access key. `Active` means that the key is valid for API calls, while `Inactive` means it is not.
    pub status: StatusType,
    /// The secret key used to sign requests.
    pub secret_access_key: String,
    /// The date when the access key was created.
    pub create_date: Option<rt::DateTime>,
}
rt::structure!(
    AccessKey, ACCESS_KEY, [user_name, access_key_id, status, secret_access_key,
    create_date]
);
/// Contains information about the last time an Amazon Web Services access key was used since IAM began tracking this information on April 22, 2015.
///
/// This data type is used as a response element in the [GetAccessKeyLastUsed](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct AccessKeyLastUsed {
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the access key was most recently used. This field is null in the following situations:
    ///
    /// - The user does not have an access key.
    ///
    /// - An access key exists but has not been used since IAM began tracking this information.
    ///
    /// - There is no sign-in data associated with the user.
    pub last_used_date: Option<rt::DateTime>,
    /// The name of the Amazon Web Services service with which this access key was most recently used. The value of this field is "N/A" in the following situations:
    ///
    /// - The user does not have an access key.
    ///
    /// - An access key exists but has not been used since IAM started tracking this information.
    ///
    /// - There is no sign-in data associated with the user.
    pub service_name: String,
    /// The Amazon Web Services Region where this access key was most recently used. The value for this field is "N/A" in the following situations:
    ///
    /// - The user does not have an access key.
    ///
    /// - An access key exists but has not been used since IAM began tracking this information.
    ///
    /// - There is no sign-in data associated with the user.
    ///
    /// For more information about Amazon Web Services Regions, see [Regions and endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html) in the Amazon Web Services General Reference.
    pub region: String,
}
rt::structure!(
    AccessKeyLastUsed, ACCESS_KEY_LAST_USED, [last_used_date, service_name, region]
);
/// Contains information about an Amazon Web Services access key, without its secret key.
///
/// This data type is used as a response element in the [ListAccessKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct AccessKeyMetadata {
    /// The name of the IAM user that the key is associated with.
    pub user_name: Option<String>,
    /// The ID for this access key.
    pub access_key_id: Option<String>,
    /// The status of the access key. `Active` means that the key is valid for API calls; `Inactive` means it is not.
    pub status: Option<StatusType>,
    /// The date when the access key was created.
    pub create_date: Option<rt::DateTime>,
}
rt::structure!(
    AccessKeyMetadata, ACCESS_KEY_METADATA, [user_name, access_key_id, status,
    create_date]
);
/// The request was rejected because the account making the request is not the management account or delegated administrator account for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
#[derive(Clone, Default, PartialEq)]
pub struct AccountNotManagementOrDelegatedAdministratorException {}
rt::structure!(
    AccountNotManagementOrDelegatedAdministratorException,
    ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR_EXCEPTION, []
);
#[derive(Clone, Default, PartialEq)]
pub struct AcquireRoleInput {
    /// The Amazon Resource Name (ARN) of the role template to create the role from.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub template_arn: String,
    /// The minor version of the role template to use. If you do not specify a minor version, the service uses the template's default minor version.
    pub template_minor_version: Option<i32>,
    /// A map of values to substitute for the parameters that are defined in the role template version. Each key is a parameter name from the template, and each value is a structure that contains the replacement values for that parameter.
    pub replacement_values: Option<rt::IndexMap<String, ReplacementValueEntry>>,
}
rt::structure!(
    AcquireRoleInput, ACQUIRE_ROLE_INPUT, [template_arn, template_minor_version,
    replacement_values]
);
#[derive(Clone, Default, PartialEq)]
pub struct AcquireRoleOutput {
    /// A structure that contains details about the IAM role that was created.
    pub role: Role,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(AcquireRoleOutput, ACQUIRE_ROLE_OUTPUT, [role], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct AddClientIdToOpenIdConnectProviderInput {
    /// The Amazon Resource Name (ARN) of the IAM OpenID Connect (OIDC) provider resource to add the client ID to. You can get a list of OIDC provider ARNs by using the [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html) operation.
    pub open_id_connect_provider_arn: String,
    /// The client ID (also known as audience) to add to the IAM OpenID Connect provider resource.
    pub client_id: String,
}
rt::structure!(
    AddClientIdToOpenIdConnectProviderInput,
    ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER_INPUT, [open_id_connect_provider_arn,
    client_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct AddRoleToInstanceProfileInput {
    /// The name of the instance profile to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
    /// The name of the role to add.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
}
rt::structure!(
    AddRoleToInstanceProfileInput, ADD_ROLE_TO_INSTANCE_PROFILE_INPUT,
    [instance_profile_name, role_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct AddUserToGroupInput {
    /// The name of the group to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The name of the user to add.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
}
rt::structure!(AddUserToGroupInput, ADD_USER_TO_GROUP_INPUT, [group_name, user_name]);
#[derive(Clone, Default, PartialEq)]
pub struct AssociateDelegationRequestInput {
    /// The unique identifier of the delegation request to associate.
    pub delegation_request_id: String,
}
rt::structure!(
    AssociateDelegationRequestInput, ASSOCIATE_DELEGATION_REQUEST_INPUT,
    [delegation_request_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct AttachGroupPolicyInput {
    /// The name (friendly name, not ARN) of the group to attach the policy to.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(
    AttachGroupPolicyInput, ATTACH_GROUP_POLICY_INPUT, [group_name, policy_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct AttachRolePolicyInput {
    /// The name (friendly name, not ARN) of the role to attach the policy to.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(AttachRolePolicyInput, ATTACH_ROLE_POLICY_INPUT, [role_name, policy_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct AttachUserPolicyInput {
    /// The name (friendly name, not ARN) of the IAM user to attach the policy to.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(AttachUserPolicyInput, ATTACH_USER_POLICY_INPUT, [user_name, policy_arn]);
/// Contains information about an attached permissions boundary.
///
/// An attached permissions boundary is a managed policy that has been attached to a user or role to set the permissions boundary.
///
/// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AttachedPermissionsBoundary {
    /// The permissions boundary usage type that indicates what type of IAM resource is used as the permissions boundary for an entity. This data type can only have a value of `Policy`.
    pub permissions_boundary_type: Option<PermissionsBoundaryAttachmentType>,
    /// The ARN of the policy used to set the permissions boundary for the user or role.
    pub permissions_boundary_arn: Option<String>,
}
rt::structure!(
    AttachedPermissionsBoundary, ATTACHED_PERMISSIONS_BOUNDARY,
    [permissions_boundary_type, permissions_boundary_arn]
);
/// Contains information about an attached policy.
///
/// An attached policy is a managed policy that has been attached to a user, group, or role. This data type is used as a response element in the [ListAttachedGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html), [ListAttachedRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html), [ListAttachedUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html), and [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operations.
///
/// For more information about managed policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct AttachedPolicy {
    /// The friendly name of the attached policy.
    pub policy_name: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: Option<String>,
}
rt::structure!(AttachedPolicy, ATTACHED_POLICY, [policy_name, policy_arn]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttachmentType {
    /// `user`
    User,
    /// `group`
    Group,
    /// `role`
    Role,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(AttachmentType, { User => "user", Group => "group", Role => "role" });
/// The request was rejected because the account making the request is not the management account for the organization.
#[derive(Clone, Default, PartialEq)]
pub struct CallerIsNotManagementAccountException {}
rt::structure!(
    CallerIsNotManagementAccountException, CALLER_IS_NOT_MANAGEMENT_ACCOUNT_EXCEPTION, []
);
#[derive(Clone, Default, PartialEq)]
pub struct ChangePasswordInput {
    /// The IAM user's current password.
    pub old_password: String,
    /// The new password. The new password must conform to the Amazon Web Services account's password policy, if one exists.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) that is used to validate this parameter is a string of characters. That string can include almost any printable ASCII character from the space (`\u0020`) through the end of the ASCII character range (`\u00FF`). You can also include the tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`) characters. Any of these characters are valid in a password. However, many tools, such as the Amazon Web Services Management Console, might restrict the ability to type certain characters because they have special meaning within that tool.
    pub new_password: String,
}
rt::structure!(ChangePasswordInput, CHANGE_PASSWORD_INPUT, [old_password, new_password]);
/// The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.
#[derive(Clone, Default, PartialEq)]
pub struct ConcurrentModificationException {
    pub message: Option<String>,
}
rt::structure!(
    ConcurrentModificationException, CONCURRENT_MODIFICATION_EXCEPTION, [message]
);
/// Contains information about a condition context key. It includes the name of the key and specifies the value (or values, if the context key supports multiple values) to use in the simulation. This information is used when evaluating the `Condition` elements of the input policies.
///
/// This data type is used as an input parameter to [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html) and [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html).
#[derive(Clone, Default, PartialEq)]
pub struct ContextEntry {
    /// The full name of a condition context key, including the service prefix. For example, `aws:SourceIp` or `s3:VersionId`.
    pub context_key_name: Option<String>,
    /// The value (or values, if the condition context key supports multiple values) to provide to the simulation when the key is referenced by a `Condition` element in an input policy.
    pub context_key_values: Option<Vec<String>>,
    /// The data type of the value (or values) specified in the `ContextKeyValues` parameter.
    pub context_key_type: Option<ContextKeyTypeEnum>,
}
rt::structure!(
    ContextEntry, CONTEXT_ENTRY, [context_key_name, context_key_values, context_key_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContextKeyTypeEnum {
    /// `string`
    String,
    /// `stringList`
    StringList,
    /// `numeric`
    Numeric,
    /// `numericList`
    NumericList,
    /// `boolean`
    Boolean,
    /// `booleanList`
    BooleanList,
    /// `ip`
    Ip,
    /// `ipList`
    IpList,
    /// `binary`
    Binary,
    /// `binaryList`
    BinaryList,
    /// `date`
    Date,
    /// `dateList`
    DateList,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ContextKeyTypeEnum, { String => "string", StringList => "stringList", Numeric =>
    "numeric", NumericList => "numericList", Boolean => "boolean", BooleanList =>
    "booleanList", Ip => "ip", IpList => "ipList", Binary => "binary", BinaryList =>
    "binaryList", Date => "date", DateList => "dateList" }
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessKeyInput {
    /// The name of the IAM user that the new key will belong to.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
}
rt::structure!(CreateAccessKeyInput, CREATE_ACCESS_KEY_INPUT, [user_name]);
/// Contains the response to a successful [CreateAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccessKeyOutput {
    /// A structure with details about the access key.
    pub access_key: AccessKey,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateAccessKeyOutput, CREATE_ACCESS_KEY_OUTPUT, [access_key], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccountAliasInput {
    /// The account alias to create.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of lowercase letters, digits, and dashes. You cannot start or finish with a dash, nor can you have two dashes in a row.
    pub account_alias: String,
}
rt::structure!(CreateAccountAliasInput, CREATE_ACCOUNT_ALIAS_INPUT, [account_alias]);
#[derive(Clone, Default, PartialEq)]
pub struct CreateDelegationRequestInput {
    /// The Amazon Web Services account ID this delegation request is targeted to.
    ///
    /// If the account ID is not known, this parameter can be omitted, resulting in a request that can be associated by any account. If the account ID passed, then the created delegation request can only be associated with an identity of that target account.
    pub owner_account_id: Option<String>,
    /// A description of the delegation request.
    pub description: String,
    /// The permissions to be delegated in this delegation request.
    pub permissions: DelegationPermission,
    /// A message explaining the reason for the delegation request.
    ///
    /// Requesters can utilize this field to add a custom note to the delegation request. This field is different from the description such that this is to be utilized for a custom messaging on a case-by-case basis.
    ///
    /// For example, if the current delegation request is in response to a previous request being rejected, this explanation can be added to the request via this field.
    pub request_message: Option<String>,
    /// The workflow ID associated with the requestor.
    ///
    /// This is the unique identifier on the partner side that can be used to track the progress of the request.
    ///
    /// IAM maintains a uniqueness check on this workflow id for each request - if a workflow id for an existing request is passed, this API call will fail.
    pub requestor_workflow_id: String,
    /// The URL to redirect to after the delegation request is processed.
    ///
    /// This URL is used by the IAM console to show a link to the customer to re-load the partner workflow.
    pub redirect_url: Option<String>,
    /// The notification channel for updates about the delegation request.
    ///
    /// At this time,only SNS topic ARNs are accepted for notification. This topic ARN must have a resource policy granting `SNS:Publish` permission to the IAM service principal (`iam.amazonaws.com`). See [partner onboarding documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation-partner-guide.html) for more details.
    pub notification_channel: String,
    /// The duration for which the delegated session should remain active, in seconds.
    ///
    /// The active time window for the session starts when the customer calls the [SendDelegationToken](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SendDelegationToken.html) API.
    pub session_duration: i32,
    /// Specifies whether the delegation token should only be sent by the owner.
    ///
    /// This flag prevents any party other than the owner from calling `SendDelegationToken` API for this delegation request. This behavior becomes useful when the delegation request owner needs to be present for subsequent partner interactions, but the delegation request was sent to a more privileged user for approval due to the owner lacking sufficient delegation permissions.
    pub only_send_by_owner: Option<bool>,
}
rt::structure!(
    CreateDelegationRequestInput, CREATE_DELEGATION_REQUEST_INPUT, [owner_account_id,
    description, permissions, request_message, requestor_workflow_id, redirect_url,
    notification_channel, session_duration, only_send_by_owner]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateDelegationRequestOutput {
    /// A deep link URL to the Amazon Web Services Management Console for managing the delegation request.
    ///
    /// For a console based workflow, partners should redirect the customer to this URL. If the customer is not logged in to any Amazon Web Services account, the Amazon Web Services workflow will automatically direct the customer to log in and then display the delegation request approval page.
    pub console_deep_link: Option<String>,
    /// The unique identifier for the created delegation request.
    pub delegation_request_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateDelegationRequestOutput, CREATE_DELEGATION_REQUEST_OUTPUT, [console_deep_link,
    delegation_request_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateGroupInput {
    /// The path to the group. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path: Option<String>,
    /// The name of the group to create. Do not include the path in this value.
    ///
    /// IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case. For example, you cannot create resources named both "MyResource" and "myresource".
    pub group_name: String,
}
rt::structure!(CreateGroupInput, CREATE_GROUP_INPUT, [path, group_name]);
/// Contains the response to a successful [CreateGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateGroupOutput {
    /// A structure containing details about the new group.
    pub group: Group,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateGroupOutput, CREATE_GROUP_OUTPUT, [group], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateInstanceProfileInput {
    /// The name of the instance profile to create.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
    /// The path to the instance profile. For more information about paths, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path: Option<String>,
    /// A list of tags that you want to attach to the newly created IAM instance profile. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateInstanceProfileInput, CREATE_INSTANCE_PROFILE_INPUT, [instance_profile_name,
    path, tags]
);
/// Contains the response to a successful [CreateInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateInstanceProfileOutput {
    /// A structure containing details about the new instance profile.
    pub instance_profile: InstanceProfile,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateInstanceProfileOutput, CREATE_INSTANCE_PROFILE_OUTPUT, [instance_profile], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateLoginProfileInput {
    /// The name of the IAM user to create a password for. The user must already exist.
    ///
    /// This parameter is optional. If no user name is included, it defaults to the principal making the request. When you make this request with root user credentials, you must use an [AssumeRoot](https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html) session to omit the user name.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The new password for the user.
    ///
    /// This parameter must be omitted when you make the request with an [AssumeRoot](https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html) session. It is required in all other cases.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) that is used to validate this parameter is a string of characters. That string can include almost any printable ASCII character from the space (`\u0020`) through the end of the ASCII character range (`\u00FF`). You can also include the tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`) characters. Any of these characters are valid in a password. However, many tools, such as the Amazon Web Services Management Console, might restrict the ability to type certain characters because they have special meaning within that tool.
    pub password: Option<String>,
    /// Specifies whether the user is required to set a new password on next sign-in.
    pub password_reset_required: Option<bool>,
}
rt::structure!(
    CreateLoginProfileInput, CREATE_LOGIN_PROFILE_INPUT, [user_name, password,
    password_reset_required]
);
/// Contains the response to a successful [CreateLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateLoginProfileOutput {
    /// A structure containing the user name and password create date.
    pub login_profile: LoginProfile,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateLoginProfileOutput, CREATE_LOGIN_PROFILE_OUTPUT, [login_profile], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateOpenIdConnectProviderInput {
    /// The URL of the identity provider. The URL must begin with `https://` and should correspond to the `iss` claim in the provider's OpenID Connect ID tokens. Per the OIDC standard, path components are allowed but query parameters are not. Typically the URL consists of only a hostname, like `https://server.example.org` or `https://example.com`. The URL should not contain a port number.
    ///
    /// You cannot register the same provider multiple times in a single Amazon Web Services account. If you try to submit a URL that has already been used for an OpenID Connect provider in the Amazon Web Services account, you will get an error.
    pub url: String,
    /// Provides a list of client IDs, also known as audiences. When a mobile or web app registers with an OpenID Connect provider, they establish a value that identifies the application. This is the value that's sent as the `client\_id` parameter on OAuth requests.
    ///
    /// You can register multiple client IDs with the same provider. For example, you might have multiple applications that use the same OIDC provider. You cannot register more than 100 client IDs with a single IAM OIDC provider.
    ///
    /// There is no defined format for a client ID. The `CreateOpenIDConnectProviderRequest` operation accepts client IDs up to 255 characters long.
    pub client_id_list: Option<Vec<String>>,
    /// A list of server certificate thumbprints for the OpenID Connect (OIDC) identity provider's server certificates. Typically this list includes only one entry. However, IAM lets you have up to five thumbprints for an OIDC provider. This lets you maintain multiple thumbprints if the identity provider is rotating certificates.
    ///
    /// This parameter is optional. If it is not included, IAM will retrieve and use the top intermediate certificate authority (CA) thumbprint of the OpenID Connect identity provider server certificate.
    ///
    /// The server certificate thumbprint is the hex-encoded SHA-1 hash value of the X.509 certificate used by the domain where the OpenID Connect provider makes its keys available. It is always a 40-character string.
    ///
    /// For example, assume that the OIDC provider is `server.example.com` and the provider stores its keys at <https://keys.server.example.com/openid-connect>. In that case, the thumbprint string would be the hex-encoded SHA-1 hash value of the certificate used by `https://keys.server.example.com.`
    ///
    /// For more information about obtaining the OIDC provider thumbprint, see [Obtaining the thumbprint for an OpenID Connect provider](https://docs.aws.amazon.com/IAM/latest/UserGuide/identity-providers-oidc-obtain-thumbprint.html) in the *IAM user Guide*.
    ///
    /// If your OIDC provider's discovery endpoint and JWKS endpoint (`jwks\_uri`) use different certificates or hosts, include the thumbprints for both endpoints in this list.
    pub thumbprint_list: Option<Vec<String>>,
    /// A list of tags that you want to attach to the new IAM OpenID Connect (OIDC) provider. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateOpenIdConnectProviderInput, CREATE_OPEN_ID_CONNECT_PROVIDER_INPUT, [url,
    client_id_list, thumbprint_list, tags]
);
/// Contains the response to a successful [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateOpenIdConnectProviderOutput {
    /// The Amazon Resource Name (ARN) of the new IAM OpenID Connect provider that is created. For more information, see [OpenIDConnectProviderListEntry](https://docs.aws.amazon.com/IAM/latest/APIReference/API_OpenIDConnectProviderListEntry.html).
    pub open_id_connect_provider_arn: Option<String>,
    /// A list of tags that are attached to the new IAM OIDC provider. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateOpenIdConnectProviderOutput, CREATE_OPEN_ID_CONNECT_PROVIDER_OUTPUT,
    [open_id_connect_provider_arn, tags], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreatePolicyInput {
    /// The friendly name of the policy.
    ///
    /// IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case. For example, you cannot create resources named both "MyResource" and "myresource".
    pub policy_name: String,
    /// The path for the policy.
    ///
    /// For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    ///
    /// You cannot use an asterisk (\*) in the path name.
    pub path: Option<String>,
    /// The JSON policy document that you want to use as the content for the new policy.
    ///
    /// You must provide policies in JSON format in IAM. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// To learn more about JSON policy grammar, see [Grammar of the IAM JSON policy language](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html) in the *IAM User Guide*.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_document: String,
    /// A friendly description of the policy.
    ///
    /// Typically used to store information about the permissions defined in the policy. For example, "Grants access to production DynamoDB tables."
    ///
    /// The policy description is immutable. After a value is assigned, it cannot be changed.
    pub description: Option<String>,
    /// A list of tags that you want to attach to the new IAM customer managed policy. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreatePolicyInput, CREATE_POLICY_INPUT, [policy_name, path, policy_document,
    description, tags]
);
/// Contains the response to a successful [CreatePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreatePolicyOutput {
    /// A structure containing details about the new policy.
    pub policy: Option<Policy>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreatePolicyOutput, CREATE_POLICY_OUTPUT, [policy], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreatePolicyVersionInput {
    /// The Amazon Resource Name (ARN) of the IAM policy to which you want to add a new version.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
    /// The JSON policy document that you want to use as the content for this new version of the policy.
    ///
    /// You must provide policies in JSON format in IAM. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_document: String,
    /// Specifies whether to set this version as the policy's default version.
    ///
    /// When this parameter is `true`, the new policy version becomes the operative version. That is, it becomes the version that is in effect for the IAM users, groups, and roles that the policy is attached to.
    ///
    /// For more information about managed policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub set_as_default: Option<bool>,
}
rt::structure!(
    CreatePolicyVersionInput, CREATE_POLICY_VERSION_INPUT, [policy_arn, policy_document,
    set_as_default]
);
/// Contains the response to a successful [CreatePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreatePolicyVersionOutput {
    /// A structure containing details about the new policy version.
    pub policy_version: Option<PolicyVersion>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreatePolicyVersionOutput, CREATE_POLICY_VERSION_OUTPUT, [policy_version], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateRoleInput {
    /// The path to the role. For more information about paths, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path: Option<String>,
    /// The name of the role to create.
    ///
    /// IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case. For example, you cannot create resources named both "MyResource" and "myresource".
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The trust relationship policy document that grants an entity permission to assume the role.
    ///
    /// In IAM, you must provide a JSON policy that has been converted to a string. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    ///
    /// Upon success, the response includes the same trust policy in JSON format.
    pub assume_role_policy_document: String,
    /// A description of the role.
    pub description: Option<String>,
    /// The maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default value of one hour is applied. This setting can have a value from 1 hour to 12 hours.
    ///
    /// Anyone who assumes the role from the CLI or API can use the `DurationSeconds` API parameter or the `duration-seconds` CLI parameter to request a longer session. The `MaxSessionDuration` setting determines the maximum duration that can be requested using the `DurationSeconds` parameter. If users don't specify a value for the `DurationSeconds` parameter, their security credentials are valid for one hour by default. This applies when you use the `AssumeRole\*` API operations or the `assume-role\*` CLI operations but does not apply when you use those operations to create a console URL. For more information, see [Using IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html) in the *IAM User Guide*.
    pub max_session_duration: Option<i32>,
    /// The ARN of the managed policy that is used to set the permissions boundary for the role.
    ///
    /// A permissions boundary policy defines the maximum permissions that identity-based policies can grant to an entity, but does not grant permissions. Permissions boundaries do not define the maximum permissions that a resource-based policy can grant to an entity. To learn more, see [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    ///
    /// For more information about policy types, see [Policy types ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types) in the *IAM User Guide*.
    pub permissions_boundary: Option<String>,
    /// A list of tags that you want to attach to the new role. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateRoleInput, CREATE_ROLE_INPUT, [path, role_name, assume_role_policy_document,
    description, max_session_duration, permissions_boundary, tags]
);
/// Contains the response to a successful [CreateRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateRoleOutput {
    /// A structure containing details about the new role.
    pub role: Role,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(CreateRoleOutput, CREATE_ROLE_OUTPUT, [role], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSamlProviderInput {
    /// An XML document generated by an identity provider (IdP) that supports SAML 2.0. The document includes the issuer's name, expiration information, and keys that can be used to validate the SAML authentication response (assertions) that are received from the IdP. You must generate the metadata document using the identity management software that is used as your organization's IdP.
    ///
    /// For more information, see [About SAML 2.0-based federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html) in the *IAM User Guide*
    pub saml_metadata_document: String,
    /// The name of the provider to create.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub name: String,
    /// A list of tags that you want to attach to the new IAM SAML provider. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
    /// Specifies the encryption setting for the SAML provider.
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// The private key generated from your external identity provider. The private key must be a .pem file that uses AES-GCM or AES-CBC encryption algorithm to decrypt SAML assertions.
    pub add_private_key: Option<String>,
}
rt::structure!(
    CreateSamlProviderInput, CREATE_SAML_PROVIDER_INPUT, [saml_metadata_document, name,
    tags, assertion_encryption_mode, add_private_key]
);
/// Contains the response to a successful [CreateSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateSamlProviderOutput {
    /// The Amazon Resource Name (ARN) of the new SAML provider resource in IAM.
    pub saml_provider_arn: Option<String>,
    /// A list of tags that are attached to the new IAM SAML provider. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateSamlProviderOutput, CREATE_SAML_PROVIDER_OUTPUT, [saml_provider_arn, tags],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateServiceLinkedRoleInput {
    /// The service principal for the Amazon Web Services service to which this role is attached. You use a string similar to a URL but without the http:// in front. For example: `elasticbeanstalk.amazonaws.com`.
    ///
    /// Service principals are unique and case-sensitive. To find the exact service principal for your service-linked role, see [Amazon Web Services services that work with IAM](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html) in the *IAM User Guide*. Look for the services that have **Yes **in the **Service-Linked Role** column. Choose the **Yes** link to view the service-linked role documentation for that service.
    pub aws_service_name: String,
    /// The description of the role.
    pub description: Option<String>,
    /// A string that you provide, which is combined with the service-provided prefix to form the complete role name. If you make multiple requests for the same service, then you must supply a different `CustomSuffix` for each request. Otherwise the request fails with a duplicate role name error. For example, you could add `-1` or `-debug` to the suffix.
    ///
    /// Some services do not support the `CustomSuffix` parameter. If you provide an optional suffix and the operation fails, try the operation again without the suffix.
    pub custom_suffix: Option<String>,
}
rt::structure!(
    CreateServiceLinkedRoleInput, CREATE_SERVICE_LINKED_ROLE_INPUT, [aws_service_name,
    description, custom_suffix]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateServiceLinkedRoleOutput {
    /// A [Role](https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html) object that contains details about the newly created role.
    pub role: Option<Role>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateServiceLinkedRoleOutput, CREATE_SERVICE_LINKED_ROLE_OUTPUT, [role], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateServiceSpecificCredentialInput {
    /// The name of the IAM user that is to be associated with the credentials. The new service-specific credentials have the same permissions as the associated user except that they can be used only to access the specified service.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The name of the Amazon Web Services service that is to be associated with the credentials. The service you specify here is the only service that can be accessed using these credentials.
    pub service_name: String,
    /// The number of days until the service specific credential expires. This field is only valid for services that support long-term API keys and must be a positive integer. When not specified, the credential will not expire.
    ///
    /// To see which services support long-term API keys, refer to [API keys for Amazon Web Services services](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_api_keys_for_aws_services.html) in the *IAM User Guide*.
    pub credential_age_days: Option<i32>,
}
rt::structure!(
    CreateServiceSpecificCredentialInput, CREATE_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
    [user_name, service_name, credential_age_days]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateServiceSpecificCredentialOutput {
    /// A structure that contains information about the newly created service-specific credential.
    ///
    /// This is the only time that the password for this credential set is available. It cannot be recovered later. Instead, you must reset the password with [ResetServiceSpecificCredential](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResetServiceSpecificCredential.html).
    pub service_specific_credential: Option<ServiceSpecificCredential>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateServiceSpecificCredentialOutput, CREATE_SERVICE_SPECIFIC_CREDENTIAL_OUTPUT,
    [service_specific_credential], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateUserInput {
    /// The path for the user name. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path: Option<String>,
    /// The name of the user to create.
    ///
    /// IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case. For example, you cannot create resources named both "MyResource" and "myresource".
    pub user_name: String,
    /// The ARN of the managed policy that is used to set the permissions boundary for the user.
    ///
    /// A permissions boundary policy defines the maximum permissions that identity-based policies can grant to an entity, but does not grant permissions. Permissions boundaries do not define the maximum permissions that a resource-based policy can grant to an entity. To learn more, see [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    ///
    /// For more information about policy types, see [Policy types ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types) in the *IAM User Guide*.
    pub permissions_boundary: Option<String>,
    /// A list of tags that you want to attach to the new user. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateUserInput, CREATE_USER_INPUT, [path, user_name, permissions_boundary, tags]
);
/// Contains the response to a successful [CreateUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateUserOutput {
    /// A structure with details about the new IAM user.
    pub user: Option<User>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(CreateUserOutput, CREATE_USER_OUTPUT, [user], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct CreateVirtualMfaDeviceInput {
    /// The path for the virtual MFA device. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path: Option<String>,
    /// The name of the virtual MFA device, which must be unique. Use with path to uniquely identify a virtual MFA device.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub virtual_mfa_device_name: String,
    /// A list of tags that you want to attach to the new IAM virtual MFA device. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    CreateVirtualMfaDeviceInput, CREATE_VIRTUAL_MFA_DEVICE_INPUT, [path,
    virtual_mfa_device_name, tags]
);
/// Contains the response to a successful [CreateVirtualMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateVirtualMfaDeviceOutput {
    /// A structure containing details about the new virtual MFA device.
    pub virtual_mfa_device: VirtualMfaDevice,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateVirtualMfaDeviceOutput, CREATE_VIRTUAL_MFA_DEVICE_OUTPUT, [virtual_mfa_device],
    meta = response_metadata
);
/// The request was rejected because the most recent credential report has expired. To generate a new credential report, use [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html). For more information about credential report expiration, see [Getting credential reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct CredentialReportExpiredException {
    pub message: Option<String>,
}
rt::structure!(
    CredentialReportExpiredException, CREDENTIAL_REPORT_EXPIRED_EXCEPTION, [message]
);
/// The request was rejected because the credential report does not exist. To generate a credential report, use [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html).
#[derive(Clone, Default, PartialEq)]
pub struct CredentialReportNotPresentException {
    pub message: Option<String>,
}
rt::structure!(
    CredentialReportNotPresentException, CREDENTIAL_REPORT_NOT_PRESENT_EXCEPTION,
    [message]
);
/// The request was rejected because the credential report is still being generated.
#[derive(Clone, Default, PartialEq)]
pub struct CredentialReportNotReadyException {
    pub message: Option<String>,
}
rt::structure!(
    CredentialReportNotReadyException, CREDENTIAL_REPORT_NOT_READY_EXCEPTION, [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeactivateMfaDeviceInput {
    /// The name of the user whose MFA device you want to deactivate.
    ///
    /// This parameter is optional. If no user name is included, it defaults to the principal making the request. When you make this request with root user credentials, you must use an [AssumeRoot](https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html) session to omit the user name.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the serial number is the device ARN.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: =,.@:/-
    pub serial_number: String,
}
rt::structure!(
    DeactivateMfaDeviceInput, DEACTIVATE_MFA_DEVICE_INPUT, [user_name, serial_number]
);
/// Contains information about the permissions being delegated in a delegation request.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationPermission {
    /// This ARN maps to a pre-registered policy content for this partner. See the [partner onboarding documentation]() to understand how to create a delegation template.
    pub policy_template_arn: Option<String>,
    /// A list of policy parameters that define the scope and constraints of the delegated permissions.
    pub parameters: Option<Vec<PolicyParameter>>,
}
rt::structure!(
    DelegationPermission, DELEGATION_PERMISSION, [policy_template_arn, parameters]
);
/// Contains information about a delegation request, including its status, permissions, and associated metadata.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationRequest {
    /// The unique identifier for the delegation request.
    pub delegation_request_id: Option<String>,
    /// Amazon Web Services account ID of the owner of the delegation request.
    pub owner_account_id: Option<String>,
    /// Description of the delegation request. This is a message that is provided by the Amazon Web Services partner that filed the delegation request.
    pub description: Option<String>,
    /// A custom message that is added to the delegation request by the partner.
    ///
    /// This element is different from the `Description` element such that this is a request specific message injected by the partner. The `Description` is typically a generic explanation of what the delegation request is targeted to do.
    pub request_message: Option<String>,
    /// Contains information about the permissions being delegated in a delegation request.
    pub permissions: Option<DelegationPermission>,
    /// JSON content of the associated permission policy of this delegation request.
    pub permission_policy: Option<String>,
    /// If the `PermissionPolicy` includes role creation permissions, this element will include the list of permissions boundary policies associated with the role creation. See [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) for more details about IAM permission boundaries.
    pub role_permission_restriction_arns: Option<Vec<String>>,
    /// ARN of the owner of this delegation request.
    pub owner_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub approver_id: Option<String>,
    /// The state of this delegation request.
    ///
    /// See the [Understanding the Request Lifecycle](https://docs.aws.amazon.com/IAM/latest/UserGuide/temporary-delegation-building-integration.html#temporary-delegation-request-lifecycle) for an explanation of how these states are transitioned.
    pub state: Option<StateType>,
    /// The expiry time of this delegation request
    ///
    /// See the [Understanding the Request Lifecycle](https://docs.aws.amazon.com/IAM/latest/UserGuide/temporary-delegation-building-integration.html#temporary-delegation-request-lifecycle) for details on the life time of a delegation request at each state.
    pub expiration_time: Option<rt::DateTime>,
    /// Identity of the requestor of this delegation request. This will be an Amazon Web Services account ID.
    pub requestor_id: Option<String>,
    /// A friendly name of the requestor.
    pub requestor_name: Option<String>,
    /// Creation date (timestamp) of this delegation request.
    pub create_date: Option<rt::DateTime>,
    /// The life-time of the requested session credential.
    pub session_duration: Option<i32>,
    /// A URL to be redirected to once the delegation request is approved. Partners provide this URL when creating the delegation request.
    pub redirect_url: Option<String>,
    /// Notes added to this delegation request, if this request was updated via the [UpdateDelegationRequest](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateDelegationRequest.html) API.
    pub notes: Option<String>,
    /// Reasons for rejecting this delegation request, if this request was rejected. See also [RejectDelegationRequest](https://docs.aws.amazon.com/IAM/latest/APIReference/API_RejectDelegationRequest.html) API documentation.
    pub rejection_reason: Option<String>,
    /// A flag indicating whether the [SendDelegationToken](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SendDelegationToken.html) must be called by the owner of this delegation request. This is set by the requesting partner.
    pub only_send_by_owner: Option<bool>,
    /// Last updated timestamp of the request.
    pub updated_time: Option<rt::DateTime>,
}
rt::structure!(
    DelegationRequest, DELEGATION_REQUEST, [delegation_request_id, owner_account_id,
    description, request_message, permissions, permission_policy,
    role_permission_restriction_arns, owner_id, approver_id, state, expiration_time,
    requestor_id, requestor_name, create_date, session_duration, redirect_url, notes,
    rejection_reason, only_send_by_owner, updated_time]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccessKeyInput {
    /// The name of the user whose access key pair you want to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The access key ID for the access key ID and secret access key you want to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub access_key_id: String,
}
rt::structure!(
    DeleteAccessKeyInput, DELETE_ACCESS_KEY_INPUT, [user_name, access_key_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAccountAliasInput {
    /// The name of the account alias to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of lowercase letters, digits, and dashes. You cannot start or finish with a dash, nor can you have two dashes in a row.
    pub account_alias: String,
}
rt::structure!(DeleteAccountAliasInput, DELETE_ACCOUNT_ALIAS_INPUT, [account_alias]);
/// The request was rejected because it attempted to delete a resource that has attached subordinate entities. The error message describes these entities.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteConflictException {
    pub message: Option<String>,
}
rt::structure!(DeleteConflictException, DELETE_CONFLICT_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteGroupPolicyInput {
    /// The name (friendly name, not ARN) identifying the group that the policy is embedded in.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The name identifying the policy document to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
}
rt::structure!(
    DeleteGroupPolicyInput, DELETE_GROUP_POLICY_INPUT, [group_name, policy_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteGroupInput {
    /// The name of the IAM group to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
}
rt::structure!(DeleteGroupInput, DELETE_GROUP_INPUT, [group_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteInstanceProfileInput {
    /// The name of the instance profile to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
}
rt::structure!(
    DeleteInstanceProfileInput, DELETE_INSTANCE_PROFILE_INPUT, [instance_profile_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteLoginProfileInput {
    /// The name of the user whose password you want to delete.
    ///
    /// This parameter is optional. If no user name is included, it defaults to the principal making the request. When you make this request with root user credentials, you must use an [AssumeRoot](https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html) session to omit the user name.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
}
rt::structure!(DeleteLoginProfileInput, DELETE_LOGIN_PROFILE_INPUT, [user_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteOpenIdConnectProviderInput {
    /// The Amazon Resource Name (ARN) of the IAM OpenID Connect provider resource object to delete. You can get a list of OpenID Connect provider resource ARNs by using the [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html) operation.
    pub open_id_connect_provider_arn: String,
}
rt::structure!(
    DeleteOpenIdConnectProviderInput, DELETE_OPEN_ID_CONNECT_PROVIDER_INPUT,
    [open_id_connect_provider_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeletePolicyInput {
    /// The Amazon Resource Name (ARN) of the IAM policy you want to delete.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(DeletePolicyInput, DELETE_POLICY_INPUT, [policy_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeletePolicyVersionInput {
    /// The Amazon Resource Name (ARN) of the IAM policy from which you want to delete a version.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
    /// The policy version to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that consists of the lowercase letter 'v' followed by one or two digits, and optionally followed by a period '.' and a string of letters and digits.
    ///
    /// For more information about managed policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub version_id: String,
}
rt::structure!(
    DeletePolicyVersionInput, DELETE_POLICY_VERSION_INPUT, [policy_arn, version_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteRolePermissionsBoundaryInput {
    /// The name (friendly name, not ARN) of the IAM role from which you want to remove the permissions boundary.
    pub role_name: String,
}
rt::structure!(
    DeleteRolePermissionsBoundaryInput, DELETE_ROLE_PERMISSIONS_BOUNDARY_INPUT,
    [role_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteRolePolicyInput {
    /// The name (friendly name, not ARN) identifying the role that the policy is embedded in.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The name of the inline policy to delete from the specified IAM role.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
}
rt::structure!(
    DeleteRolePolicyInput, DELETE_ROLE_POLICY_INPUT, [role_name, policy_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteRoleInput {
    /// The name of the role to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
}
rt::structure!(DeleteRoleInput, DELETE_ROLE_INPUT, [role_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSamlProviderInput {
    /// The Amazon Resource Name (ARN) of the SAML provider to delete.
    pub saml_provider_arn: String,
}
rt::structure!(DeleteSamlProviderInput, DELETE_SAML_PROVIDER_INPUT, [saml_provider_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSshPublicKeyInput {
    /// The name of the IAM user associated with the SSH public key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub ssh_public_key_id: String,
}
rt::structure!(
    DeleteSshPublicKeyInput, DELETE_SSH_PUBLIC_KEY_INPUT, [user_name, ssh_public_key_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteServerCertificateInput {
    /// The name of the server certificate you want to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
}
rt::structure!(
    DeleteServerCertificateInput, DELETE_SERVER_CERTIFICATE_INPUT,
    [server_certificate_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteServiceLinkedRoleInput {
    /// The name of the service-linked role to be deleted.
    pub role_name: String,
}
rt::structure!(
    DeleteServiceLinkedRoleInput, DELETE_SERVICE_LINKED_ROLE_INPUT, [role_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteServiceLinkedRoleOutput {
    /// The deletion task identifier that you can use to check the status of the deletion. This identifier is returned in the format `task/aws-service-role/\<service-principal-name\>/\<role-name\>/\<task-uuid\>`.
    pub deletion_task_id: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteServiceLinkedRoleOutput, DELETE_SERVICE_LINKED_ROLE_OUTPUT, [deletion_task_id],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteServiceSpecificCredentialInput {
    /// The name of the IAM user associated with the service-specific credential. If this value is not specified, then the operation assumes the user whose credentials are used to call the operation.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The unique identifier of the service-specific credential. You can get this value by calling [ListServiceSpecificCredentials](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServiceSpecificCredentials.html).
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub service_specific_credential_id: String,
}
rt::structure!(
    DeleteServiceSpecificCredentialInput, DELETE_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
    [user_name, service_specific_credential_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSigningCertificateInput {
    /// The name of the user the signing certificate belongs to.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The ID of the signing certificate to delete.
    ///
    /// The format of this parameter, as described by its [regex](http://wikipedia.org/wiki/regex) pattern, is a string of characters that can be upper- or lower-cased letters or digits.
    pub certificate_id: String,
}
rt::structure!(
    DeleteSigningCertificateInput, DELETE_SIGNING_CERTIFICATE_INPUT, [user_name,
    certificate_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteUserPermissionsBoundaryInput {
    /// The name (friendly name, not ARN) of the IAM user from which you want to remove the permissions boundary.
    pub user_name: String,
}
rt::structure!(
    DeleteUserPermissionsBoundaryInput, DELETE_USER_PERMISSIONS_BOUNDARY_INPUT,
    [user_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteUserPolicyInput {
    /// The name (friendly name, not ARN) identifying the user that the policy is embedded in.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The name identifying the policy document to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
}
rt::structure!(
    DeleteUserPolicyInput, DELETE_USER_POLICY_INPUT, [user_name, policy_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteUserInput {
    /// The name of the user to delete.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
}
rt::structure!(DeleteUserInput, DELETE_USER_INPUT, [user_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteVirtualMfaDeviceInput {
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the serial number is the same as the ARN.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: =,.@:/-
    pub serial_number: String,
}
rt::structure!(
    DeleteVirtualMfaDeviceInput, DELETE_VIRTUAL_MFA_DEVICE_INPUT, [serial_number]
);
/// The reason that the service-linked role deletion failed.
///
/// This data type is used as a response element in the [GetServiceLinkedRoleDeletionStatus](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLinkedRoleDeletionStatus.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct DeletionTaskFailureReasonType {
    /// A short description of the reason that the service-linked role deletion failed.
    pub reason: Option<String>,
    /// A list of objects that contains details about the service-linked role deletion failure, if that information is returned by the service. If the service-linked role has active sessions or if any resources that were used by the role have not been deleted from the linked service, the role can't be deleted. This parameter includes a list of the resources that are associated with the role and the Region in which the resources are being used.
    pub role_usage_list: Option<Vec<RoleUsageType>>,
}
rt::structure!(
    DeletionTaskFailureReasonType, DELETION_TASK_FAILURE_REASON_TYPE, [reason,
    role_usage_list]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionTaskStatusType {
    /// `SUCCEEDED`
    Succeeded,
    /// `IN_PROGRESS`
    InProgress,
    /// `FAILED`
    Failed,
    /// `NOT_STARTED`
    NotStarted,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DeletionTaskStatusType, { Succeeded => "SUCCEEDED", InProgress => "IN_PROGRESS",
    Failed => "FAILED", NotStarted => "NOT_STARTED" }
);
#[derive(Clone, Default, PartialEq)]
pub struct DetachGroupPolicyInput {
    /// The name (friendly name, not ARN) of the IAM group to detach the policy from.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to detach.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(
    DetachGroupPolicyInput, DETACH_GROUP_POLICY_INPUT, [group_name, policy_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DetachRolePolicyInput {
    /// The name (friendly name, not ARN) of the IAM role to detach the policy from.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to detach.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(DetachRolePolicyInput, DETACH_ROLE_POLICY_INPUT, [role_name, policy_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DetachUserPolicyInput {
    /// The name (friendly name, not ARN) of the IAM user to detach the policy from.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The Amazon Resource Name (ARN) of the IAM policy you want to detach.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(DetachUserPolicyInput, DETACH_USER_POLICY_INPUT, [user_name, policy_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootCredentialsManagementInput {}
rt::structure!(
    DisableOrganizationsRootCredentialsManagementInput,
    DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_INPUT, []
);
#[derive(Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootCredentialsManagementOutput {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features enabled for centralized root access for member accounts in your organization.
    pub enabled_features: Option<Vec<FeatureType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisableOrganizationsRootCredentialsManagementOutput,
    DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_OUTPUT, [organization_id,
    enabled_features], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootSessionsInput {}
rt::structure!(
    DisableOrganizationsRootSessionsInput, DISABLE_ORGANIZATIONS_ROOT_SESSIONS_INPUT, []
);
#[derive(Clone, Default, PartialEq)]
pub struct DisableOrganizationsRootSessionsOutput {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features you have enabled for centralized root access of member accounts in your organization.
    pub enabled_features: Option<Vec<FeatureType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisableOrganizationsRootSessionsOutput, DISABLE_ORGANIZATIONS_ROOT_SESSIONS_OUTPUT,
    [organization_id, enabled_features], meta = response_metadata
);
/// The request was rejected because the same certificate is associated with an IAM user in the account.
#[derive(Clone, Default, PartialEq)]
pub struct DuplicateCertificateException {
    pub message: Option<String>,
}
rt::structure!(
    DuplicateCertificateException, DUPLICATE_CERTIFICATE_EXCEPTION, [message]
);
/// The request was rejected because the SSH public key is already associated with the specified IAM user.
#[derive(Clone, Default, PartialEq)]
pub struct DuplicateSshPublicKeyException {
    pub message: Option<String>,
}
rt::structure!(
    DuplicateSshPublicKeyException, DUPLICATE_SSH_PUBLIC_KEY_EXCEPTION, [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableMfaDeviceInput {
    /// The name of the IAM user for whom you want to enable the MFA device.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the serial number is the device ARN.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: =,.@:/-
    pub serial_number: String,
    /// An authentication code emitted by the device.
    ///
    /// The format for this parameter is a string of six digits.
    ///
    /// Submit your request immediately after generating the authentication codes. If you generate the codes and then wait too long to submit the request, the MFA device successfully associates with the user but the MFA device becomes out of sync. This happens because time-based one-time passwords (TOTP) expire after a short period of time. If this happens, you can [resync the device](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html).
    pub authentication_code1: String,
    /// A subsequent authentication code emitted by the device.
    ///
    /// The format for this parameter is a string of six digits.
    ///
    /// Submit your request immediately after generating the authentication codes. If you generate the codes and then wait too long to submit the request, the MFA device successfully associates with the user but the MFA device becomes out of sync. This happens because time-based one-time passwords (TOTP) expire after a short period of time. If this happens, you can [resync the device](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html).
    pub authentication_code2: String,
}
rt::structure!(
    EnableMfaDeviceInput, ENABLE_MFA_DEVICE_INPUT, [user_name, serial_number,
    authentication_code1, authentication_code2]
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootCredentialsManagementInput {}
rt::structure!(
    EnableOrganizationsRootCredentialsManagementInput,
    ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_INPUT, []
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootCredentialsManagementOutput {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features you have enabled for centralized root access.
    pub enabled_features: Option<Vec<FeatureType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EnableOrganizationsRootCredentialsManagementOutput,
    ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT_OUTPUT, [organization_id,
    enabled_features], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootSessionsInput {}
rt::structure!(
    EnableOrganizationsRootSessionsInput, ENABLE_ORGANIZATIONS_ROOT_SESSIONS_INPUT, []
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableOrganizationsRootSessionsOutput {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// The features you have enabled for centralized root access.
    pub enabled_features: Option<Vec<FeatureType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EnableOrganizationsRootSessionsOutput, ENABLE_ORGANIZATIONS_ROOT_SESSIONS_OUTPUT,
    [organization_id, enabled_features], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableOutboundWebIdentityFederationOutput {
    /// A unique issuer URL for your Amazon Web Services account that hosts the OpenID Connect (OIDC) discovery endpoints at `/.well-known/openid-configuration and /.well-known/jwks.json`. The OpenID Connect (OIDC) discovery endpoints contain verification keys and metadata necessary for token verification.
    pub issuer_identifier: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EnableOutboundWebIdentityFederationOutput,
    ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION_OUTPUT, [issuer_identifier], meta =
    response_metadata
);
/// The request was rejected because it attempted to create a resource that already exists.
#[derive(Clone, Default, PartialEq)]
pub struct EntityAlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(EntityAlreadyExistsException, ENTITY_ALREADY_EXISTS_EXCEPTION, [message]);
/// An object that contains details about when the IAM entities (users or roles) were last used in an attempt to access the specified Amazon Web Services service.
///
/// This data type is a response element in the [GetServiceLastAccessedDetailsWithEntities](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct EntityDetails {
    /// The `EntityInfo` object that contains details about the entity (user or role).
    pub entity_info: EntityInfo,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the authenticated entity last attempted to access Amazon Web Services. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no IAM entities attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_authenticated: Option<rt::DateTime>,
}
rt::structure!(EntityDetails, ENTITY_DETAILS, [entity_info, last_authenticated]);
/// Contains details about the specified entity (user or role).
///
/// This data type is an element of the [EntityDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EntityDetails.html) object.
#[derive(Clone, Default, PartialEq)]
pub struct EntityInfo {
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: String,
    /// The name of the entity (user or role).
    pub name: String,
    /// The type of entity (user or role).
    pub r#type: PolicyOwnerEntityType,
    /// The identifier of the entity (user or role).
    pub id: String,
    /// The path to the entity (user or role). For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: Option<String>,
}
rt::structure!(EntityInfo, ENTITY_INFO, [arn, name, r#type, id, path]);
/// The request was rejected because it referenced an entity that is temporarily unmodifiable, such as a user name that was deleted and then recreated. The error indicates that the request is likely to succeed if you try again after waiting several minutes. The error message describes the entity.
#[derive(Clone, Default, PartialEq)]
pub struct EntityTemporarilyUnmodifiableException {
    pub message: Option<String>,
}
rt::structure!(
    EntityTemporarilyUnmodifiableException, ENTITY_TEMPORARILY_UNMODIFIABLE_EXCEPTION,
    [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityType {
    /// `User`
    User,
    /// `Role`
    Role,
    /// `Group`
    Group,
    /// `LocalManagedPolicy`
    LocalManagedPolicy,
    /// `AWSManagedPolicy`
    AwsManagedPolicy,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EntityType, { User => "User", Role => "Role", Group => "Group", LocalManagedPolicy =>
    "LocalManagedPolicy", AwsManagedPolicy => "AWSManagedPolicy" }
);
/// Contains information about the reason that the operation failed.
///
/// This data type is used as a response element in the [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html), [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html), and [GetServiceLastAccessedDetailsWithEntities](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct ErrorDetails {
    /// Detailed information about the reason that the operation failed.
    pub message: String,
    /// The error code associated with the operation failure.
    pub code: String,
}
rt::structure!(ErrorDetails, ERROR_DETAILS, [message, code]);
/// Contains the results of a simulation.
///
/// This data type is used by the return parameter of ` [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html) ` and ` [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html) `.
///
/// The simulator now returns a single `EvaluationResult` per action, regardless of how many resource ARNs are provided. Previously, simulating one action against N resources returned N evaluation results, each containing the same aggregate decision. The top-level fields (`EvalDecision`, `MatchedStatements`, `MissingContextValues`, `EvalDecisionDetails`) now represent the *aggregate* decision across all requested resources. The top-level `EvalDecision` reflects the most restrictive decision across all resources (for example, if any resource produces `explicitDeny`, the top-level decision is `explicitDeny`).
///
/// To see the decision for each individual resource, use `ResourceSpecificResults`. If your application parses evaluation results per resource ARN, update your code to read per-resource decisions from `ResourceSpecificResults` rather than from the top-level result.
#[derive(Clone, Default, PartialEq)]
pub struct EvaluationResult {
    /// The name of the API operation tested on the indicated resource.
    pub eval_action_name: String,
    /// The ARN template for the simulated resource type (for example, `arn:${Partition}:s3:::${BucketName}/${KeyName}`), or `\*` if no ARN format is defined for the action. This is not a specific customer-provided resource ARN. To find the decision for a specific resource, use `ResourceSpecificResults`.
    ///
    /// If you previously relied on `EvalResourceName` to identify which specific resource a result applies to, you must now use the `EvalResourceName` field within individual entries in `ResourceSpecificResults` instead.
    pub eval_resource_name: Option<String>,
    /// The result of the simulation.
    pub eval_decision: PolicyEvaluationDecisionType,
    /// A list of the statements in the input policies that determine the result for this scenario. Remember that even if multiple statements allow the operation on the resource, if only one statement denies that operation, then the explicit deny overrides any allow. In addition, the deny statement is the only entry included in the result.
    ///
    /// In the top-level result, this field contains the union of matched statements across all requested resources. Only statements that contributed to the reported decision are included. For per-resource matched statements, see `ResourceSpecificResults`. This field doesn't include statements from service control policies (SCPs). Only statements from identity-based and resource-based policies appear here.
    pub matched_statements: Option<Vec<Statement>>,
    /// A list of context keys that are required by the included input policies but that were not provided by one of the input parameters. This list is used when the resource in a simulation is "\*", either explicitly, or when the `ResourceArns` parameter blank. If you include a list of resources, then any missing context values are instead included under the `ResourceSpecificResults` section. To discover the context keys used by a set of policies, you can call [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html) or [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    ///
    /// In the top-level result, this field contains the deduplicated set of missing context values across all requested resources. This field doesn't include context keys referenced by service control policies (SCPs). Only context keys referenced by identity-based and resource-based policies appear here.
    pub missing_context_values: Option<Vec<String>>,
    /// A structure that details how Organizations and its service control policies affect the results of the simulation. Only applies if the simulated user's account is part of an organization.
    ///
    /// For resources that don't support organization-level evaluation, this field is omitted from the top-level result. For per-resource details, see `ResourceSpecificResults`.
    pub organizations_decision_detail: Option<OrganizationsDecisionDetail>,
    /// Contains information about the effect that a permissions boundary has on a policy simulation when the boundary is applied to an IAM entity.
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
    /// Additional details about the results of the cross-account evaluation decision. This parameter is populated for only cross-account simulations. It contains a brief summary of how each policy type contributes to the final evaluation decision.
    ///
    /// In the top-level result, this map reports the most restrictive decision per policy type across all requested resources.
    ///
    /// If the simulation evaluates policies within the same account and includes a resource ARN, then the parameter is present but the response is empty. If the simulation evaluates policies within the same account and specifies all resources (`\*`), then the parameter is not returned.
    ///
    /// When you make a cross-account request, Amazon Web Services evaluates the request in the trusting account and the trusted account. The request is allowed only if both evaluations return `true`. For more information about how policies are evaluated, see [Evaluating policies within a single account](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics).
    ///
    /// If an Organizations SCP included in the evaluation denies access, the simulation ends. In this case, policy evaluation does not proceed any further and this parameter is not returned.
    pub eval_decision_details: Option<
        rt::IndexMap<String, PolicyEvaluationDecisionType>,
    >,
    /// The individual results of the simulation of the API operation specified in EvalActionName on each resource.
    pub resource_specific_results: Option<Vec<ResourceSpecificResult>>,
}
rt::structure!(
    EvaluationResult, EVALUATION_RESULT, [eval_action_name, eval_resource_name,
    eval_decision, matched_statements, missing_context_values,
    organizations_decision_detail, permissions_boundary_decision_detail,
    eval_decision_details, resource_specific_results]
);
/// The request failed because outbound identity federation is already disabled for your Amazon Web Services account. You cannot disable the feature multiple times
#[derive(Clone, Default, PartialEq)]
pub struct FeatureDisabledException {
    pub message: Option<String>,
}
rt::structure!(FeatureDisabledException, FEATURE_DISABLED_EXCEPTION, [message]);
/// The request failed because outbound identity federation is already enabled for your Amazon Web Services account. You cannot enable the feature multiple times. To fetch the current configuration (including the unique issuer URL), use the `GetOutboundWebIdentityFederationInfo` operation.
#[derive(Clone, Default, PartialEq)]
pub struct FeatureEnabledException {
    pub message: Option<String>,
}
rt::structure!(FeatureEnabledException, FEATURE_ENABLED_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureType {
    /// `RootCredentialsManagement`
    RootCredentialsManagement,
    /// `RootSessions`
    RootSessions,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    FeatureType, { RootCredentialsManagement => "RootCredentialsManagement", RootSessions
    => "RootSessions" }
);
/// Contains the response to a successful [GenerateCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GenerateCredentialReportOutput {
    /// Information about the state of the credential report.
    pub state: Option<ReportStateType>,
    /// Information about the credential report.
    pub description: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateCredentialReportOutput, GENERATE_CREDENTIAL_REPORT_OUTPUT, [state,
    description], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateOrganizationsAccessReportInput {
    /// The path of the Organizations entity (root, OU, or account). You can build an entity path using the known structure of your organization. For example, assume that your account ID is `123456789012` and its parent OU ID is `ou-rge0-awsabcde`. The organization root ID is `r-f6g7h8i9j0example` and your organization ID is `o-a1b2c3d4e5`. Your entity path is `o-a1b2c3d4e5/r-f6g7h8i9j0example/ou-rge0-awsabcde/123456789012`.
    pub entity_path: String,
    /// The identifier of the Organizations service control policy (SCP). This parameter is optional.
    ///
    /// This ID is used to generate information about when an account principal that is limited by the SCP attempted to access an Amazon Web Services service.
    pub organizations_policy_id: Option<String>,
}
rt::structure!(
    GenerateOrganizationsAccessReportInput, GENERATE_ORGANIZATIONS_ACCESS_REPORT_INPUT,
    [entity_path, organizations_policy_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateOrganizationsAccessReportOutput {
    /// The job identifier that you can use in the [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html) operation.
    pub job_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateOrganizationsAccessReportOutput, GENERATE_ORGANIZATIONS_ACCESS_REPORT_OUTPUT,
    [job_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateServiceLastAccessedDetailsInput {
    /// The ARN of the IAM resource (user, group, role, or managed policy) used to generate information about when the resource was last used in an attempt to access an Amazon Web Services service.
    pub arn: String,
    /// The level of detail that you want to generate. You can specify whether you want to generate information about the last attempt to access services or actions. If you specify service-level granularity, this operation generates only service data. If you specify action-level granularity, it generates service and action data. If you don't include this optional parameter, the operation generates service data.
    pub granularity: Option<AccessAdvisorUsageGranularityType>,
}
rt::structure!(
    GenerateServiceLastAccessedDetailsInput,
    GENERATE_SERVICE_LAST_ACCESSED_DETAILS_INPUT, [arn, granularity]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateServiceLastAccessedDetailsOutput {
    /// The `JobId` that you can use in the [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html) or [GetServiceLastAccessedDetailsWithEntities](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html) operations. The `JobId` returned by `GenerateServiceLastAccessedDetail` must be used by the same role within a session, or by the same user when used to call `GetServiceLastAccessedDetail`.
    pub job_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateServiceLastAccessedDetailsOutput,
    GENERATE_SERVICE_LAST_ACCESSED_DETAILS_OUTPUT, [job_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessKeyLastUsedInput {
    /// The identifier of an access key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub access_key_id: String,
}
rt::structure!(
    GetAccessKeyLastUsedInput, GET_ACCESS_KEY_LAST_USED_INPUT, [access_key_id]
);
/// Contains the response to a successful [GetAccessKeyLastUsed](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html) request. It is also returned as a member of the [AccessKeyMetaData](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyMetaData.html) structure returned by the [ListAccessKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html) action.
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessKeyLastUsedOutput {
    /// The name of the IAM user that owns this access key.
    pub user_name: Option<String>,
    /// Contains information about the last time the access key was used.
    pub access_key_last_used: Option<AccessKeyLastUsed>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessKeyLastUsedOutput, GET_ACCESS_KEY_LAST_USED_OUTPUT, [user_name,
    access_key_last_used], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountAuthorizationDetailsInput {
    /// A list of entity types used to filter the results. Only the entities that match the types you specify are included in the output. Use the value `LocalManagedPolicy` to include customer managed policies.
    ///
    /// The format for this parameter is a comma-separated (if more than one) list of strings. Each string value in the list must be one of the valid values listed below.
    pub filter: Option<Vec<EntityType>>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}
rt::structure!(
    GetAccountAuthorizationDetailsInput, GET_ACCOUNT_AUTHORIZATION_DETAILS_INPUT,
    [filter, max_items, marker]
);
/// Contains the response to a successful [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountAuthorizationDetailsOutput {
    /// A list containing information about IAM users.
    pub user_detail_list: Option<Vec<UserDetail>>,
    /// A list containing information about IAM groups.
    pub group_detail_list: Option<Vec<GroupDetail>>,
    /// A list containing information about IAM roles.
    pub role_detail_list: Option<Vec<RoleDetail>>,
    /// A list containing information about managed policies.
    pub policies: Option<Vec<ManagedPolicyDetail>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccountAuthorizationDetailsOutput, GET_ACCOUNT_AUTHORIZATION_DETAILS_OUTPUT,
    [user_detail_list, group_detail_list, role_detail_list, policies, is_truncated,
    marker], meta = response_metadata
);
/// Contains the response to a successful [GetAccountPasswordPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountPasswordPolicyOutput {
    /// A structure that contains details about the account's password policy.
    pub password_policy: PasswordPolicy,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccountPasswordPolicyOutput, GET_ACCOUNT_PASSWORD_POLICY_OUTPUT,
    [password_policy], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountPropertiesInput {}
rt::structure!(GetAccountPropertiesInput, GET_ACCOUNT_PROPERTIES_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountPropertiesOutput {
    /// A map of account property key-value pairs. Keys are in the format `Namespace/PropertyName`.
    pub properties: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccountPropertiesOutput, GET_ACCOUNT_PROPERTIES_OUTPUT, [properties], meta =
    response_metadata
);
/// Contains the response to a successful [GetAccountSummary](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountSummaryOutput {
    /// A set of key–value pairs containing information about IAM entity usage and IAM quotas.
    pub summary_map: Option<rt::IndexMap<String, i32>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccountSummaryOutput, GET_ACCOUNT_SUMMARY_OUTPUT, [summary_map], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetContextKeysForCustomPolicyInput {
    /// A list of policies for which you want the list of context keys referenced in those policies. Each document is specified as a string containing the complete, valid JSON text of an IAM policy.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_input_list: Vec<String>,
}
rt::structure!(
    GetContextKeysForCustomPolicyInput, GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY_INPUT,
    [policy_input_list]
);
/// Contains the response to a successful [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html) or [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetContextKeysForPolicyResponse {
    /// The list of context keys that are referenced in the input policies.
    pub context_key_names: Option<Vec<String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetContextKeysForPolicyResponse, GET_CONTEXT_KEYS_FOR_POLICY_RESPONSE,
    [context_key_names], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetContextKeysForPrincipalPolicyInput {
    /// The ARN of a user, group, or role whose policies contain the context keys that you want listed. If you specify a user, the list includes context keys that are found in all policies that are attached to the user. The list also includes all groups that the user is a member of. If you pick a group or a role, then it includes only those context keys that are found in policies attached to that entity. Note that all parameters are shown in unencoded form here for clarity, but must be URL encoded to be included as a part of a real HTML request.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_source_arn: String,
    /// An optional list of additional policies for which you want the list of context keys that are referenced.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_input_list: Option<Vec<String>>,
}
rt::structure!(
    GetContextKeysForPrincipalPolicyInput, GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY_INPUT,
    [policy_source_arn, policy_input_list]
);
/// Contains the response to a successful [GetCredentialReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetCredentialReportOutput {
    /// Contains the credential report. The report is Base64-encoded.
    pub content: Option<Vec<u8>>,
    /// The format (MIME type) of the credential report.
    pub report_format: Option<ReportFormatType>,
    /// The date and time when the credential report was created, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601).
    pub generated_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetCredentialReportOutput, GET_CREDENTIAL_REPORT_OUTPUT, [content, report_format,
    generated_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDelegationRequestInput {
    /// The unique identifier of the delegation request to retrieve.
    pub delegation_request_id: String,
    /// Specifies whether to perform a permission check for the delegation request.
    ///
    /// If set to true, the `GetDelegationRequest` API call will start a permission check process. This process calculates whether the caller has sufficient permissions to cover the asks from this delegation request.
    ///
    /// Setting this parameter to true does not guarantee an answer in the response. See the `PermissionCheckStatus` and the `PermissionCheckResult` response attributes for further details.
    pub delegation_permission_check: Option<bool>,
}
rt::structure!(
    GetDelegationRequestInput, GET_DELEGATION_REQUEST_INPUT, [delegation_request_id,
    delegation_permission_check]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDelegationRequestOutput {
    /// The delegation request object containing all details about the request.
    pub delegation_request: Option<DelegationRequest>,
    /// The status of the permission check for the delegation request.
    ///
    /// This value indicates the status of the process to check whether the caller has sufficient permissions to cover the requested actions in the delegation request. Since this is an asynchronous process, there are three potential values:
    ///
    /// - `IN\_PROGRESS` : The permission check process has started.
    ///
    /// - `COMPLETED` : The permission check process has completed. The `PermissionCheckResult` will include the result.
    ///
    /// - `FAILED` : The permission check process has failed.
    pub permission_check_status: Option<PermissionCheckStatusType>,
    /// The result of the permission check, indicating whether the caller has sufficient permissions to cover the requested permissions. This is an approximate result.
    ///
    /// - `ALLOWED` : The caller has sufficient permissions cover all the requested permissions.
    ///
    /// - `DENIED` : The caller does not have sufficient permissions to cover all the requested permissions.
    ///
    /// - `UNSURE` : It is not possible to determine whether the caller has all the permissions needed. This output is most likely for cases when the caller has permissions with conditions.
    pub permission_check_result: Option<PermissionCheckResultType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDelegationRequestOutput, GET_DELEGATION_REQUEST_OUTPUT, [delegation_request,
    permission_check_status, permission_check_result], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetGroupPolicyInput {
    /// The name of the group the policy is associated with.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The name of the policy document to get.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
}
rt::structure!(GetGroupPolicyInput, GET_GROUP_POLICY_INPUT, [group_name, policy_name]);
/// Contains the response to a successful [GetGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetGroupPolicyOutput {
    /// The group the policy is associated with.
    pub group_name: String,
    /// The name of the policy.
    pub policy_name: String,
    /// The policy document.
    ///
    /// IAM stores policies in JSON format. However, resources that were created using CloudFormation templates can be formatted in YAML. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    pub policy_document: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetGroupPolicyOutput, GET_GROUP_POLICY_OUTPUT, [group_name, policy_name,
    policy_document], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetGroupInput {
    /// The name of the group.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(GetGroupInput, GET_GROUP_INPUT, [group_name, marker, max_items]);
/// Contains the response to a successful [GetGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetGroupOutput {
    /// A structure that contains details about the group.
    pub group: Group,
    /// A list of users in the group.
    pub users: Vec<User>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetGroupOutput, GET_GROUP_OUTPUT, [group, users, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetHumanReadableSummaryInput {
    /// Arn of the entity to be summarized. At this time, the only supported entity type is `delegation-request`
    pub entity_arn: String,
    /// A string representing the locale to use for the summary generation. The supported locale strings are based on the [ Supported languages of the Amazon Web Services Management Console ](/awsconsolehelpdocs/latest/gsg/change-language.html#supported-languages).
    pub locale: Option<String>,
}
rt::structure!(
    GetHumanReadableSummaryInput, GET_HUMAN_READABLE_SUMMARY_INPUT, [entity_arn, locale]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetHumanReadableSummaryOutput {
    /// Summary content in the specified locale. Summary content is non-empty only if the `SummaryState` is `AVAILABLE`.
    pub summary_content: Option<String>,
    /// The locale that this response was generated for. This maps to the input locale.
    pub locale: Option<String>,
    /// State of summary generation. This generation process is asynchronous and this attribute indicates the state of the generation process.
    pub summary_state: Option<SummaryStateType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHumanReadableSummaryOutput, GET_HUMAN_READABLE_SUMMARY_OUTPUT, [summary_content,
    locale, summary_state], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetInstanceProfileInput {
    /// The name of the instance profile to get information about.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
}
rt::structure!(
    GetInstanceProfileInput, GET_INSTANCE_PROFILE_INPUT, [instance_profile_name]
);
/// Contains the response to a successful [GetInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetInstanceProfileOutput {
    /// A structure containing details about the instance profile.
    pub instance_profile: InstanceProfile,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetInstanceProfileOutput, GET_INSTANCE_PROFILE_OUTPUT, [instance_profile], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetLoginProfileInput {
    /// The name of the user whose login profile you want to retrieve.
    ///
    /// This parameter is optional. If no user name is included, it defaults to the principal making the request. When you make this request with root user credentials, you must use an [AssumeRoot](https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html) session to omit the user name.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
}
rt::structure!(GetLoginProfileInput, GET_LOGIN_PROFILE_INPUT, [user_name]);
/// Contains the response to a successful [GetLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetLoginProfileOutput {
    /// A structure containing the user name and the profile creation date for the user.
    pub login_profile: LoginProfile,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetLoginProfileOutput, GET_LOGIN_PROFILE_OUTPUT, [login_profile], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetMfaDeviceInput {
    /// Serial number that uniquely identifies the MFA device. For this API, we only accept FIDO security key [ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
    pub serial_number: String,
    /// The friendly name identifying the user.
    pub user_name: Option<String>,
}
rt::structure!(GetMfaDeviceInput, GET_MFA_DEVICE_INPUT, [serial_number, user_name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetMfaDeviceOutput {
    /// The friendly name identifying the user.
    pub user_name: Option<String>,
    /// Serial number that uniquely identifies the MFA device. For this API, we only accept FIDO security key [ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
    pub serial_number: String,
    /// The date that a specified user's MFA device was first enabled.
    pub enable_date: Option<rt::DateTime>,
    /// The certifications of a specified user's MFA device. We currently provide FIPS-140-2, FIPS-140-3, and FIDO certification levels obtained from [ FIDO Alliance Metadata Service (MDS)](https://fidoalliance.org/metadata/).
    pub certifications: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetMfaDeviceOutput, GET_MFA_DEVICE_OUTPUT, [user_name, serial_number, enable_date,
    certifications], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetOpenIdConnectProviderInput {
    /// The Amazon Resource Name (ARN) of the OIDC provider resource object in IAM to get information for. You can get a list of OIDC provider resource ARNs by using the [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html) operation.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub open_id_connect_provider_arn: String,
}
rt::structure!(
    GetOpenIdConnectProviderInput, GET_OPEN_ID_CONNECT_PROVIDER_INPUT,
    [open_id_connect_provider_arn]
);
/// Contains the response to a successful [GetOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOpenIDConnectProvider.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetOpenIdConnectProviderOutput {
    /// The URL that the IAM OIDC provider resource object is associated with. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub url: Option<String>,
    /// A list of client IDs (also known as audiences) that are associated with the specified IAM OIDC provider resource object. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub client_id_list: Option<Vec<String>>,
    /// A list of certificate thumbprints that are associated with the specified IAM OIDC provider resource object. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub thumbprint_list: Option<Vec<String>>,
    /// The date and time when the IAM OIDC provider resource object was created in the Amazon Web Services account.
    pub create_date: Option<rt::DateTime>,
    /// A list of tags that are attached to the specified IAM OIDC provider. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetOpenIdConnectProviderOutput, GET_OPEN_ID_CONNECT_PROVIDER_OUTPUT, [url,
    client_id_list, thumbprint_list, create_date, tags], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetOrganizationsAccessReportInput {
    /// The identifier of the request generated by the [GenerateOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html) operation.
    pub job_id: String,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// The key that is used to sort the results. If you choose the namespace key, the results are returned in alphabetical order. If you choose the time key, the results are sorted numerically by the date and time.
    pub sort_key: Option<SortKeyType>,
}
rt::structure!(
    GetOrganizationsAccessReportInput, GET_ORGANIZATIONS_ACCESS_REPORT_INPUT, [job_id,
    max_items, marker, sort_key]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetOrganizationsAccessReportOutput {
    /// The status of the job.
    pub job_status: JobStatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the report job was created.
    pub job_creation_date: rt::DateTime,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the generated report job was completed or failed.
    ///
    /// This field is null if the job is still in progress, as indicated by a job status value of `IN\_PROGRESS`.
    pub job_completion_date: Option<rt::DateTime>,
    /// The number of services that the applicable SCPs allow account principals to access.
    pub number_of_services_accessible: Option<i32>,
    /// The number of services that account principals are allowed but did not attempt to access.
    pub number_of_services_not_accessed: Option<i32>,
    /// An object that contains details about the most recent attempt to access the service.
    pub access_details: Option<Vec<AccessDetail>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Contains information about the reason that the operation failed.
    ///
    /// This data type is used as a response element in the [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html), [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html), and [GetServiceLastAccessedDetailsWithEntities](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html) operations.
    pub error_details: Option<ErrorDetails>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetOrganizationsAccessReportOutput, GET_ORGANIZATIONS_ACCESS_REPORT_OUTPUT,
    [job_status, job_creation_date, job_completion_date, number_of_services_accessible,
    number_of_services_not_accessed, access_details, is_truncated, marker,
    error_details], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetOutboundWebIdentityFederationInfoOutput {
    /// A unique issuer URL for your Amazon Web Services account that hosts the OpenID Connect (OIDC) discovery endpoints at `/.well-known/openid-configuration and /.well-known/jwks.json`. The OpenID Connect (OIDC) discovery endpoints contain verification keys and metadata necessary for token verification.
    pub issuer_identifier: Option<String>,
    /// Indicates whether outbound identity federation is currently enabled for your Amazon Web Services account. When true, IAM principals in the account can call the `GetWebIdentityToken` API to obtain JSON Web Tokens (JWTs) for authentication with external services.
    pub jwt_vending_enabled: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetOutboundWebIdentityFederationInfoOutput,
    GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO_OUTPUT, [issuer_identifier,
    jwt_vending_enabled], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyInput {
    /// The Amazon Resource Name (ARN) of the managed policy that you want information about.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
}
rt::structure!(GetPolicyInput, GET_POLICY_INPUT, [policy_arn]);
/// Contains the response to a successful [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyOutput {
    /// A structure containing details about the policy.
    pub policy: Option<Policy>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(GetPolicyOutput, GET_POLICY_OUTPUT, [policy], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyVersionInput {
    /// The Amazon Resource Name (ARN) of the managed policy that you want information about.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
    /// Identifies the policy version to retrieve.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that consists of the lowercase letter 'v' followed by one or two digits, and optionally followed by a period '.' and a string of letters and digits.
    pub version_id: String,
}
rt::structure!(
    GetPolicyVersionInput, GET_POLICY_VERSION_INPUT, [policy_arn, version_id]
);
/// Contains the response to a successful [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyVersionOutput {
    /// A structure containing details about the policy version.
    pub policy_version: Option<PolicyVersion>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetPolicyVersionOutput, GET_POLICY_VERSION_OUTPUT, [policy_version], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRolePolicyInput {
    /// The name of the role associated with the policy.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The name of the policy document to get.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
}
rt::structure!(GetRolePolicyInput, GET_ROLE_POLICY_INPUT, [role_name, policy_name]);
/// Contains the response to a successful [GetRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetRolePolicyOutput {
    /// The role the policy is associated with.
    pub role_name: String,
    /// The name of the policy.
    pub policy_name: String,
    /// The policy document.
    ///
    /// IAM stores policies in JSON format. However, resources that were created using CloudFormation templates can be formatted in YAML. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    pub policy_document: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetRolePolicyOutput, GET_ROLE_POLICY_OUTPUT, [role_name, policy_name,
    policy_document], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleInput {
    /// The name of the IAM role to get information about.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
}
rt::structure!(GetRoleInput, GET_ROLE_INPUT, [role_name]);
/// Contains the response to a successful [GetRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleOutput {
    /// A structure containing details about the IAM role.
    pub role: Role,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(GetRoleOutput, GET_ROLE_OUTPUT, [role], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleTemplateVersionInput {
    /// The Amazon Resource Name (ARN) of the role template whose version you want to retrieve.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub template_arn: String,
    /// The minor version of the role template to retrieve. If you do not specify a minor version, the service returns the template's default minor version.
    pub minor_version: Option<i32>,
}
rt::structure!(
    GetRoleTemplateVersionInput, GET_ROLE_TEMPLATE_VERSION_INPUT, [template_arn,
    minor_version]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetRoleTemplateVersionOutput {
    /// A structure that contains details about the requested role template version.
    pub role_template_version: RoleTemplateVersion,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetRoleTemplateVersionOutput, GET_ROLE_TEMPLATE_VERSION_OUTPUT,
    [role_template_version], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSamlProviderInput {
    /// The Amazon Resource Name (ARN) of the SAML provider resource object in IAM to get information about.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub saml_provider_arn: String,
}
rt::structure!(GetSamlProviderInput, GET_SAML_PROVIDER_INPUT, [saml_provider_arn]);
/// Contains the response to a successful [GetSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetSamlProviderOutput {
    /// The unique identifier assigned to the SAML provider.
    pub saml_provider_uuid: Option<String>,
    /// The XML metadata document that includes information about an identity provider.
    pub saml_metadata_document: Option<String>,
    /// The date and time when the SAML provider was created.
    pub create_date: Option<rt::DateTime>,
    /// The expiration date and time for the SAML provider.
    pub valid_until: Option<rt::DateTime>,
    /// A list of tags that are attached to the specified IAM SAML provider. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Specifies the encryption setting for the SAML provider.
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// The private key metadata for the SAML provider.
    pub private_key_list: Option<Vec<SamlPrivateKey>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSamlProviderOutput, GET_SAML_PROVIDER_OUTPUT, [saml_provider_uuid,
    saml_metadata_document, create_date, valid_until, tags, assertion_encryption_mode,
    private_key_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSshPublicKeyInput {
    /// The name of the IAM user associated with the SSH public key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub ssh_public_key_id: String,
    /// Specifies the public key encoding format to use in the response. To retrieve the public key in ssh-rsa format, use `SSH`. To retrieve the public key in PEM format, use `PEM`.
    pub encoding: EncodingType,
}
rt::structure!(
    GetSshPublicKeyInput, GET_SSH_PUBLIC_KEY_INPUT, [user_name, ssh_public_key_id,
    encoding]
);
/// Contains the response to a successful [GetSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSSHPublicKey.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetSshPublicKeyOutput {
    /// A structure containing details about the SSH public key.
    pub ssh_public_key: Option<SshPublicKey>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSshPublicKeyOutput, GET_SSH_PUBLIC_KEY_OUTPUT, [ssh_public_key], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServerCertificateInput {
    /// The name of the server certificate you want to retrieve information about.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
}
rt::structure!(
    GetServerCertificateInput, GET_SERVER_CERTIFICATE_INPUT, [server_certificate_name]
);
/// Contains the response to a successful [GetServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServerCertificate.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetServerCertificateOutput {
    /// A structure containing details about the server certificate.
    pub server_certificate: ServerCertificate,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetServerCertificateOutput, GET_SERVER_CERTIFICATE_OUTPUT, [server_certificate], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsInput {
    /// The ID of the request generated by the [GenerateServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateServiceLastAccessedDetails.html) operation. The `JobId` returned by `GenerateServiceLastAccessedDetail` must be used by the same role within a session, or by the same user when used to call `GetServiceLastAccessedDetail`.
    pub job_id: String,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}
rt::structure!(
    GetServiceLastAccessedDetailsInput, GET_SERVICE_LAST_ACCESSED_DETAILS_INPUT, [job_id,
    max_items, marker]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsOutput {
    /// The status of the job.
    pub job_status: JobStatusType,
    /// The type of job. Service jobs return information about when each service was last accessed. Action jobs also include information about when tracked actions within the service were last accessed.
    pub job_type: Option<AccessAdvisorUsageGranularityType>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the report job was created.
    pub job_creation_date: rt::DateTime,
    /// A `ServiceLastAccessed` object that contains details about the most recent attempt to access the service.
    pub services_last_accessed: Vec<ServiceLastAccessed>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the generated report job was completed or failed.
    ///
    /// This field is null if the job is still in progress, as indicated by a job status value of `IN\_PROGRESS`.
    pub job_completion_date: rt::DateTime,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// An object that contains details about the reason the operation failed.
    pub error: Option<ErrorDetails>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetServiceLastAccessedDetailsOutput, GET_SERVICE_LAST_ACCESSED_DETAILS_OUTPUT,
    [job_status, job_type, job_creation_date, services_last_accessed,
    job_completion_date, is_truncated, marker, error], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesInput {
    /// The ID of the request generated by the `GenerateServiceLastAccessedDetails` operation.
    pub job_id: String,
    /// The service namespace for an Amazon Web Services service. Provide the service namespace to learn when the IAM entity last attempted to access the specified service.
    ///
    /// To learn the service namespace for a service, see [Actions, resources, and condition keys for Amazon Web Services services](https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html) in the *IAM User Guide*. Choose the name of the service to view details for that service. In the first paragraph, find the service prefix. For example, `(service prefix: a4b)`. For more information about service namespaces, see [Amazon Web Services service namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#genref-aws-service-namespaces) in the *Amazon Web Services General Reference*.
    pub service_namespace: String,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}
rt::structure!(
    GetServiceLastAccessedDetailsWithEntitiesInput,
    GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES_INPUT, [job_id, service_namespace,
    max_items, marker]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesOutput {
    /// The status of the job.
    pub job_status: JobStatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the report job was created.
    pub job_creation_date: rt::DateTime,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the generated report job was completed or failed.
    ///
    /// This field is null if the job is still in progress, as indicated by a job status value of `IN\_PROGRESS`.
    pub job_completion_date: rt::DateTime,
    /// An `EntityDetailsList` object that contains details about when an IAM entity (user or role) used group or policy permissions in an attempt to access the specified Amazon Web Services service.
    pub entity_details_list: Vec<EntityDetails>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// An object that contains details about the reason the operation failed.
    pub error: Option<ErrorDetails>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetServiceLastAccessedDetailsWithEntitiesOutput,
    GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES_OUTPUT, [job_status,
    job_creation_date, job_completion_date, entity_details_list, is_truncated, marker,
    error], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusInput {
    /// The deletion task identifier. This identifier is returned by the [DeleteServiceLinkedRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html) operation in the format `task/aws-service-role/\<service-principal-name\>/\<role-name\>/\<task-uuid\>`.
    pub deletion_task_id: String,
}
rt::structure!(
    GetServiceLinkedRoleDeletionStatusInput,
    GET_SERVICE_LINKED_ROLE_DELETION_STATUS_INPUT, [deletion_task_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusOutput {
    /// The status of the deletion.
    pub status: DeletionTaskStatusType,
    /// An object that contains details about the reason the deletion failed.
    pub reason: Option<DeletionTaskFailureReasonType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetServiceLinkedRoleDeletionStatusOutput,
    GET_SERVICE_LINKED_ROLE_DELETION_STATUS_OUTPUT, [status, reason], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetUserPolicyInput {
    /// The name of the user who the policy is associated with.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The name of the policy document to get.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
}
rt::structure!(GetUserPolicyInput, GET_USER_POLICY_INPUT, [user_name, policy_name]);
/// Contains the response to a successful [GetUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetUserPolicyOutput {
    /// The user the policy is associated with.
    pub user_name: String,
    /// The name of the policy.
    pub policy_name: String,
    /// The policy document.
    ///
    /// IAM stores policies in JSON format. However, resources that were created using CloudFormation templates can be formatted in YAML. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    pub policy_document: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetUserPolicyOutput, GET_USER_POLICY_OUTPUT, [user_name, policy_name,
    policy_document], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetUserInput {
    /// The name of the user to get information about.
    ///
    /// This parameter is optional. If it is not included, it defaults to the user making the request. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
}
rt::structure!(GetUserInput, GET_USER_INPUT, [user_name]);
/// Contains the response to a successful [GetUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct GetUserOutput {
    /// A structure containing details about the IAM user.
    ///
    /// Due to a service issue, password last used data does not include password use from May 3, 2018 22:50 PDT to May 23, 2018 14:08 PDT. This affects [last sign-in](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html) dates shown in the IAM console and password last used dates in the [IAM credential report](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html), and returned by this operation. If users signed in during the affected time, the password last used date that is returned is the date the user last signed in before May 3, 2018. For users that signed in after May 23, 2018 14:08 PDT, the returned password last used date is accurate.
    ///
    /// You can use password last used information to identify unused credentials for deletion. For example, you might delete users who did not sign in to Amazon Web Services in the last 90 days. In cases like this, we recommend that you adjust your evaluation window to include dates after May 23, 2018. Alternatively, if your users use access keys to access Amazon Web Services programmatically you can refer to access key last used information because it is accurate for all dates.
    pub user: User,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(GetUserOutput, GET_USER_OUTPUT, [user], meta = response_metadata);
/// Contains information about an IAM group entity.
///
/// This data type is used as a response element in the following operations:
///
/// - [CreateGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html)
///
/// - [GetGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html)
///
/// - [ListGroups](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html)
#[derive(Clone, Default, PartialEq)]
pub struct Group {
    /// The path to the group. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: String,
    /// The friendly name that identifies the group.
    pub group_name: String,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub group_id: String,
    /// The Amazon Resource Name (ARN) specifying the group. For more information about ARNs and how to use them in policies, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the group was created.
    pub create_date: rt::DateTime,
}
rt::structure!(Group, GROUP, [path, group_name, group_id, arn, create_date]);
/// Contains information about an IAM group, including all of the group's policies.
///
/// This data type is used as a response element in the [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct GroupDetail {
    /// The path to the group. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: Option<String>,
    /// The friendly name that identifies the group.
    pub group_name: Option<String>,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub group_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the group was created.
    pub create_date: Option<rt::DateTime>,
    /// A list of the inline policies embedded in the group.
    pub group_policy_list: Option<Vec<PolicyDetail>>,
    /// A list of the managed policies attached to the group.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
}
rt::structure!(
    GroupDetail, GROUP_DETAIL, [path, group_name, group_id, arn, create_date,
    group_policy_list, attached_managed_policies]
);
/// Contains an inline policy template that the service embeds in roles that you create from a role template.
#[derive(Clone, Default, PartialEq)]
pub struct InlinePolicy {
    /// The name of the inline policy.
    pub policy_name: String,
    /// The inline policy document.
    pub policy_document: String,
}
rt::structure!(InlinePolicy, INLINE_POLICY, [policy_name, policy_document]);
/// Identifies one or more inline policies that are embedded in IAM users, groups, or roles, by the name of the policy together with the type and name of the entity that it is attached to. Wildcard characters in the entity name can match multiple entities, so a single identifier can select more than one attached inline policy.
#[derive(Clone, Default, PartialEq)]
pub struct InlinePolicyIdentifierType {
    /// The name of the inline policy.
    pub policy_name: String,
    /// The type of IAM entity that the inline policy is attached to.
    pub attachment_type: AttachmentType,
    /// The name of the IAM user, group, or role that the inline policy is attached to. Wildcard characters are supported to match multiple entities: use at most one `\*` (matches any sequence of characters, including none), and any number of `?` (each matches exactly one character).
    pub attachment_name: String,
}
rt::structure!(
    InlinePolicyIdentifierType, INLINE_POLICY_IDENTIFIER_TYPE, [policy_name,
    attachment_type, attachment_name]
);
/// Contains information about an instance profile.
///
/// This data type is used as a response element in the following operations:
///
/// - [CreateInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html)
///
/// - [GetInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html)
///
/// - [ListInstanceProfiles](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html)
///
/// - [ListInstanceProfilesForRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html)
#[derive(Clone, Default, PartialEq)]
pub struct InstanceProfile {
    /// The path to the instance profile. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: String,
    /// The name identifying the instance profile.
    pub instance_profile_name: String,
    /// The stable and unique string identifying the instance profile. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub instance_profile_id: String,
    /// The Amazon Resource Name (ARN) specifying the instance profile. For more information about ARNs and how to use them in policies, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub arn: String,
    /// The date when the instance profile was created.
    pub create_date: rt::DateTime,
    /// The role associated with the instance profile.
    pub roles: Vec<Role>,
    /// A list of tags that are attached to the instance profile. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    InstanceProfile, INSTANCE_PROFILE, [path, instance_profile_name, instance_profile_id,
    arn, create_date, roles, tags]
);
/// The request was rejected because the authentication code was not recognized. The error message describes the specific error.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAuthenticationCodeException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidAuthenticationCodeException, INVALID_AUTHENTICATION_CODE_EXCEPTION, [message]
);
/// The request was rejected because the certificate is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidCertificateException {
    pub message: Option<String>,
}
rt::structure!(InvalidCertificateException, INVALID_CERTIFICATE_EXCEPTION, [message]);
/// The request was rejected because an invalid or out-of-range value was supplied for an input parameter.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidInputException {
    pub message: Option<String>,
}
rt::structure!(InvalidInputException, INVALID_INPUT_EXCEPTION, [message]);
/// The request was rejected because the public key is malformed or otherwise invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidPublicKeyException {
    pub message: Option<String>,
}
rt::structure!(InvalidPublicKeyException, INVALID_PUBLIC_KEY_EXCEPTION, [message]);
/// The request was rejected because the type of user for the transaction was incorrect.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidUserTypeException {
    pub message: Option<String>,
}
rt::structure!(InvalidUserTypeException, INVALID_USER_TYPE_EXCEPTION, [message]);
/// The request was rejected because the public key certificate and the private key do not match.
#[derive(Clone, Default, PartialEq)]
pub struct KeyPairMismatchException {
    pub message: Option<String>,
}
rt::structure!(KeyPairMismatchException, KEY_PAIR_MISMATCH_EXCEPTION, [message]);
/// The request was rejected because it attempted to create resources beyond the current Amazon Web Services account limits. The error message describes the limit exceeded.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {
    pub message: Option<String>,
}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessKeysInput {
    /// The name of the user.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListAccessKeysInput, LIST_ACCESS_KEYS_INPUT, [user_name, marker, max_items]
);
/// Contains the response to a successful [ListAccessKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListAccessKeysOutput {
    /// A list of objects containing metadata about the access keys.
    pub access_key_metadata: Vec<AccessKeyMetadata>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccessKeysOutput, LIST_ACCESS_KEYS_OUTPUT, [access_key_metadata, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountAliasesInput {
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(ListAccountAliasesInput, LIST_ACCOUNT_ALIASES_INPUT, [marker, max_items]);
/// Contains the response to a successful [ListAccountAliases](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListAccountAliasesOutput {
    /// A list of aliases associated with the account. Amazon Web Services supports only one alias per account.
    pub account_aliases: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAccountAliasesOutput, LIST_ACCOUNT_ALIASES_OUTPUT, [account_aliases,
    is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAttachedGroupPoliciesInput {
    /// The name (friendly name, not ARN) of the group to list attached policies for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all policies.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListAttachedGroupPoliciesInput, LIST_ATTACHED_GROUP_POLICIES_INPUT, [group_name,
    path_prefix, marker, max_items]
);
/// Contains the response to a successful [ListAttachedGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListAttachedGroupPoliciesOutput {
    /// A list of the attached policies.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAttachedGroupPoliciesOutput, LIST_ATTACHED_GROUP_POLICIES_OUTPUT,
    [attached_policies, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAttachedRolePoliciesInput {
    /// The name (friendly name, not ARN) of the role to list attached policies for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all policies.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListAttachedRolePoliciesInput, LIST_ATTACHED_ROLE_POLICIES_INPUT, [role_name,
    path_prefix, marker, max_items]
);
/// Contains the response to a successful [ListAttachedRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListAttachedRolePoliciesOutput {
    /// A list of the attached policies.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAttachedRolePoliciesOutput, LIST_ATTACHED_ROLE_POLICIES_OUTPUT,
    [attached_policies, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAttachedUserPoliciesInput {
    /// The name (friendly name, not ARN) of the user to list attached policies for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all policies.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListAttachedUserPoliciesInput, LIST_ATTACHED_USER_POLICIES_INPUT, [user_name,
    path_prefix, marker, max_items]
);
/// Contains the response to a successful [ListAttachedUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListAttachedUserPoliciesOutput {
    /// A list of the attached policies.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAttachedUserPoliciesOutput, LIST_ATTACHED_USER_POLICIES_OUTPUT,
    [attached_policies, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDelegationRequestsInput {
    /// The owner ID to filter delegation requests by.
    pub owner_id: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM may return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListDelegationRequestsInput, LIST_DELEGATION_REQUESTS_INPUT, [owner_id, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListDelegationRequestsOutput {
    /// A list of delegation requests that match the specified criteria.
    pub delegation_requests: Option<Vec<DelegationRequest>>,
    /// When `isTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items.
    pub is_truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListDelegationRequestsOutput, LIST_DELEGATION_REQUESTS_OUTPUT, [delegation_requests,
    marker, is_truncated], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListEntitiesForPolicyInput {
    /// The Amazon Resource Name (ARN) of the IAM policy for which you want the versions.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
    /// The entity type to use for filtering the results.
    ///
    /// For example, when `EntityFilter` is `Role`, only the roles that are attached to the specified policy are returned. This parameter is optional. If it is not included, all attached entities (users, groups, and roles) are returned. The argument for this parameter must be one of the valid values listed below.
    pub entity_filter: Option<EntityType>,
    /// The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all entities.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// The policy usage method to use for filtering the results.
    ///
    /// To list only permissions policies, set `PolicyUsageFilter` to `PermissionsPolicy`. To list only the policies used to set permissions boundaries, set the value to `PermissionsBoundary`.
    ///
    /// This parameter is optional. If it is not included, all policies are returned.
    pub policy_usage_filter: Option<PolicyUsageType>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListEntitiesForPolicyInput, LIST_ENTITIES_FOR_POLICY_INPUT, [policy_arn,
    entity_filter, path_prefix, policy_usage_filter, marker, max_items]
);
/// Contains the response to a successful [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListEntitiesForPolicyOutput {
    /// A list of IAM groups that the policy is attached to.
    pub policy_groups: Option<Vec<PolicyGroup>>,
    /// A list of IAM users that the policy is attached to.
    pub policy_users: Option<Vec<PolicyUser>>,
    /// A list of IAM roles that the policy is attached to.
    pub policy_roles: Option<Vec<PolicyRole>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListEntitiesForPolicyOutput, LIST_ENTITIES_FOR_POLICY_OUTPUT, [policy_groups,
    policy_users, policy_roles, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGroupPoliciesInput {
    /// The name of the group to list policies for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListGroupPoliciesInput, LIST_GROUP_POLICIES_INPUT, [group_name, marker, max_items]
);
/// Contains the response to a successful [ListGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupPolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListGroupPoliciesOutput {
    /// A list of policy names.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_names: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListGroupPoliciesOutput, LIST_GROUP_POLICIES_OUTPUT, [policy_names, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGroupsForUserInput {
    /// The name of the user to list groups for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListGroupsForUserInput, LIST_GROUPS_FOR_USER_INPUT, [user_name, marker, max_items]
);
/// Contains the response to a successful [ListGroupsForUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupsForUser.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListGroupsForUserOutput {
    /// A list of groups.
    pub groups: Vec<Group>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListGroupsForUserOutput, LIST_GROUPS_FOR_USER_OUTPUT, [groups, is_truncated, marker],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGroupsInput {
    /// The path prefix for filtering the results. For example, the prefix `/division\_abc/subdivision\_xyz/` gets all groups whose path starts with `/division\_abc/subdivision\_xyz/`.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/), listing all groups. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(ListGroupsInput, LIST_GROUPS_INPUT, [path_prefix, marker, max_items]);
/// Contains the response to a successful [ListGroups](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListGroupsOutput {
    /// A list of groups.
    pub groups: Vec<Group>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListGroupsOutput, LIST_GROUPS_OUTPUT, [groups, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListInstanceProfileTagsInput {
    /// The name of the IAM instance profile whose tags you want to see.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListInstanceProfileTagsInput, LIST_INSTANCE_PROFILE_TAGS_INPUT,
    [instance_profile_name, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListInstanceProfileTagsOutput {
    /// The list of tags that are currently attached to the IAM instance profile. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListInstanceProfileTagsOutput, LIST_INSTANCE_PROFILE_TAGS_OUTPUT, [tags,
    is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListInstanceProfilesForRoleInput {
    /// The name of the role to list instance profiles for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListInstanceProfilesForRoleInput, LIST_INSTANCE_PROFILES_FOR_ROLE_INPUT, [role_name,
    marker, max_items]
);
/// Contains the response to a successful [ListInstanceProfilesForRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListInstanceProfilesForRoleOutput {
    /// A list of instance profiles.
    pub instance_profiles: Vec<InstanceProfile>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListInstanceProfilesForRoleOutput, LIST_INSTANCE_PROFILES_FOR_ROLE_OUTPUT,
    [instance_profiles, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListInstanceProfilesInput {
    /// The path prefix for filtering the results. For example, the prefix `/application\_abc/component\_xyz/` gets all instance profiles whose path starts with `/application\_abc/component\_xyz/`.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/), listing all instance profiles. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListInstanceProfilesInput, LIST_INSTANCE_PROFILES_INPUT, [path_prefix, marker,
    max_items]
);
/// Contains the response to a successful [ListInstanceProfiles](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListInstanceProfilesOutput {
    /// A list of instance profiles.
    pub instance_profiles: Vec<InstanceProfile>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListInstanceProfilesOutput, LIST_INSTANCE_PROFILES_OUTPUT, [instance_profiles,
    is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMfaDeviceTagsInput {
    /// The unique identifier for the IAM virtual MFA device whose tags you want to see. For virtual MFA devices, the serial number is the same as the ARN.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub serial_number: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListMfaDeviceTagsInput, LIST_MFA_DEVICE_TAGS_INPUT, [serial_number, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMfaDeviceTagsOutput {
    /// The list of tags that are currently attached to the virtual MFA device. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMfaDeviceTagsOutput, LIST_MFA_DEVICE_TAGS_OUTPUT, [tags, is_truncated, marker],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListMfaDevicesInput {
    /// The name of the user whose MFA devices you want to list.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListMfaDevicesInput, LIST_MFA_DEVICES_INPUT, [user_name, marker, max_items]
);
/// Contains the response to a successful [ListMFADevices](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADevices.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListMfaDevicesOutput {
    /// A list of MFA devices.
    pub mfa_devices: Vec<MfaDevice>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListMfaDevicesOutput, LIST_MFA_DEVICES_OUTPUT, [mfa_devices, is_truncated, marker],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListOpenIdConnectProviderTagsInput {
    /// The ARN of the OpenID Connect (OIDC) identity provider whose tags you want to see.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub open_id_connect_provider_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListOpenIdConnectProviderTagsInput, LIST_OPEN_ID_CONNECT_PROVIDER_TAGS_INPUT,
    [open_id_connect_provider_arn, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListOpenIdConnectProviderTagsOutput {
    /// The list of tags that are currently attached to the OpenID Connect (OIDC) identity provider. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListOpenIdConnectProviderTagsOutput, LIST_OPEN_ID_CONNECT_PROVIDER_TAGS_OUTPUT,
    [tags, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListOpenIdConnectProvidersInput {}
rt::structure!(
    ListOpenIdConnectProvidersInput, LIST_OPEN_ID_CONNECT_PROVIDERS_INPUT, []
);
/// Contains the response to a successful [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListOpenIdConnectProvidersOutput {
    /// The list of IAM OIDC provider resource objects defined in the Amazon Web Services account.
    pub open_id_connect_provider_list: Option<Vec<OpenIdConnectProviderListEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListOpenIdConnectProvidersOutput, LIST_OPEN_ID_CONNECT_PROVIDERS_OUTPUT,
    [open_id_connect_provider_list], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListOrganizationsFeaturesInput {}
rt::structure!(ListOrganizationsFeaturesInput, LIST_ORGANIZATIONS_FEATURES_INPUT, []);
#[derive(Clone, Default, PartialEq)]
pub struct ListOrganizationsFeaturesOutput {
    /// The unique identifier (ID) of an organization.
    pub organization_id: Option<String>,
    /// Specifies the features that are currently available in your organization.
    pub enabled_features: Option<Vec<FeatureType>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListOrganizationsFeaturesOutput, LIST_ORGANIZATIONS_FEATURES_OUTPUT,
    [organization_id, enabled_features], meta = response_metadata
);
/// Contains details about the permissions policies that are attached to the specified identity (user, group, or role).
///
/// This data type is used as a response element in the [ListPoliciesGrantingServiceAccess](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPoliciesGrantingServiceAccess.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct ListPoliciesGrantingServiceAccessEntry {
    /// The namespace of the service that was accessed.
    ///
    /// To learn the service namespace of a service, see [Actions, resources, and condition keys for Amazon Web Services services](https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html) in the *Service Authorization Reference*. Choose the name of the service to view details for that service. In the first paragraph, find the service prefix. For example, `(service prefix: a4b)`. For more information about service namespaces, see [Amazon Web Services service namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#genref-aws-service-namespaces) in the *Amazon Web Services General Reference*.
    pub service_namespace: Option<String>,
    /// The `PoliciesGrantingServiceAccess` object that contains details about the policy.
    pub policies: Option<Vec<PolicyGrantingServiceAccess>>,
}
rt::structure!(
    ListPoliciesGrantingServiceAccessEntry, LIST_POLICIES_GRANTING_SERVICE_ACCESS_ENTRY,
    [service_namespace, policies]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPoliciesGrantingServiceAccessInput {
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// The ARN of the IAM identity (user, group, or role) whose policies you want to list.
    pub arn: String,
    /// The service namespace for the Amazon Web Services services whose policies you want to list.
    ///
    /// To learn the service namespace for a service, see [Actions, resources, and condition keys for Amazon Web Services services](https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html) in the *IAM User Guide*. Choose the name of the service to view details for that service. In the first paragraph, find the service prefix. For example, `(service prefix: a4b)`. For more information about service namespaces, see [Amazon Web Services service namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#genref-aws-service-namespaces) in the *Amazon Web Services General Reference*.
    pub service_namespaces: Vec<String>,
}
rt::structure!(
    ListPoliciesGrantingServiceAccessInput, LIST_POLICIES_GRANTING_SERVICE_ACCESS_INPUT,
    [marker, arn, service_namespaces]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPoliciesGrantingServiceAccessOutput {
    /// A `ListPoliciesGrantingServiceAccess` object that contains details about the permissions policies attached to the specified identity (user, group, or role).
    pub policies_granting_service_access: Vec<ListPoliciesGrantingServiceAccessEntry>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPoliciesGrantingServiceAccessOutput,
    LIST_POLICIES_GRANTING_SERVICE_ACCESS_OUTPUT, [policies_granting_service_access,
    is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPoliciesInput {
    /// The scope to use for filtering the results.
    ///
    /// To list only Amazon Web Services managed policies, set `Scope` to `AWS`. To list only the customer managed policies in your Amazon Web Services account, set `Scope` to `Local`.
    ///
    /// This parameter is optional. If it is not included, or if it is set to `All`, all policies are returned.
    pub scope: Option<PolicyScopeType>,
    /// A flag to filter the results to only the attached policies.
    ///
    /// When `OnlyAttached` is `true`, the returned list contains only the policies that are attached to an IAM user, group, or role. When `OnlyAttached` is `false`, or when the parameter is not included, all policies are returned.
    pub only_attached: Option<bool>,
    /// The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all policies. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// The policy usage method to use for filtering the results.
    ///
    /// To list only permissions policies, set `PolicyUsageFilter` to `PermissionsPolicy`. To list only the policies used to set permissions boundaries, set the value to `PermissionsBoundary`.
    ///
    /// This parameter is optional. If it is not included, all policies are returned.
    pub policy_usage_filter: Option<PolicyUsageType>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListPoliciesInput, LIST_POLICIES_INPUT, [scope, only_attached, path_prefix,
    policy_usage_filter, marker, max_items]
);
/// Contains the response to a successful [ListPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListPoliciesOutput {
    /// A list of policies.
    pub policies: Option<Vec<Policy>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPoliciesOutput, LIST_POLICIES_OUTPUT, [policies, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPolicyTagsInput {
    /// The ARN of the IAM customer managed policy whose tags you want to see.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListPolicyTagsInput, LIST_POLICY_TAGS_INPUT, [policy_arn, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPolicyTagsOutput {
    /// The list of tags that are currently attached to the IAM customer managed policy. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPolicyTagsOutput, LIST_POLICY_TAGS_OUTPUT, [tags, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListPolicyVersionsInput {
    /// The Amazon Resource Name (ARN) of the IAM policy for which you want the versions.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListPolicyVersionsInput, LIST_POLICY_VERSIONS_INPUT, [policy_arn, marker, max_items]
);
/// Contains the response to a successful [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListPolicyVersionsOutput {
    /// A list of policy versions.
    ///
    /// For more information about managed policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub versions: Option<Vec<PolicyVersion>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPolicyVersionsOutput, LIST_POLICY_VERSIONS_OUTPUT, [versions, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListRolePoliciesInput {
    /// The name of the role to list policies for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListRolePoliciesInput, LIST_ROLE_POLICIES_INPUT, [role_name, marker, max_items]
);
/// Contains the response to a successful [ListRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListRolePoliciesOutput {
    /// A list of policy names.
    pub policy_names: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListRolePoliciesOutput, LIST_ROLE_POLICIES_OUTPUT, [policy_names, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListRoleTagsInput {
    /// The name of the IAM role for which you want to see the list of tags.
    ///
    /// This parameter accepts (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that consist of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(ListRoleTagsInput, LIST_ROLE_TAGS_INPUT, [role_name, marker, max_items]);
#[derive(Clone, Default, PartialEq)]
pub struct ListRoleTagsOutput {
    /// The list of tags that are currently attached to the role. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListRoleTagsOutput, LIST_ROLE_TAGS_OUTPUT, [tags, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListRolesInput {
    /// The path prefix for filtering the results. For example, the prefix `/application\_abc/component\_xyz/` gets all roles whose path starts with `/application\_abc/component\_xyz/`.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/), listing all roles. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(ListRolesInput, LIST_ROLES_INPUT, [path_prefix, marker, max_items]);
/// Contains the response to a successful [ListRoles](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListRolesOutput {
    /// A list of roles.
    pub roles: Vec<Role>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListRolesOutput, LIST_ROLES_OUTPUT, [roles, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSamlProviderTagsInput {
    /// The ARN of the Security Assertion Markup Language (SAML) identity provider whose tags you want to see.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub saml_provider_arn: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListSamlProviderTagsInput, LIST_SAML_PROVIDER_TAGS_INPUT, [saml_provider_arn, marker,
    max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSamlProviderTagsOutput {
    /// The list of tags that are currently attached to the Security Assertion Markup Language (SAML) identity provider. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSamlProviderTagsOutput, LIST_SAML_PROVIDER_TAGS_OUTPUT, [tags, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSamlProvidersInput {}
rt::structure!(ListSamlProvidersInput, LIST_SAML_PROVIDERS_INPUT, []);
/// Contains the response to a successful [ListSAMLProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSAMLProviders.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListSamlProvidersOutput {
    /// The list of SAML provider resource objects defined in IAM for this Amazon Web Services account.
    pub saml_provider_list: Option<Vec<SamlProviderListEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSamlProvidersOutput, LIST_SAML_PROVIDERS_OUTPUT, [saml_provider_list], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSshPublicKeysInput {
    /// The name of the IAM user to list SSH public keys for. If none is specified, the `UserName` field is determined implicitly based on the Amazon Web Services access key used to sign the request.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListSshPublicKeysInput, LIST_SSH_PUBLIC_KEYS_INPUT, [user_name, marker, max_items]
);
/// Contains the response to a successful [ListSSHPublicKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSSHPublicKeys.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListSshPublicKeysOutput {
    /// A list of the SSH public keys assigned to IAM user.
    pub ssh_public_keys: Option<Vec<SshPublicKeyMetadata>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSshPublicKeysOutput, LIST_SSH_PUBLIC_KEYS_OUTPUT, [ssh_public_keys, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListServerCertificateTagsInput {
    /// The name of the IAM server certificate whose tags you want to see.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListServerCertificateTagsInput, LIST_SERVER_CERTIFICATE_TAGS_INPUT,
    [server_certificate_name, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListServerCertificateTagsOutput {
    /// The list of tags that are currently attached to the IAM server certificate. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListServerCertificateTagsOutput, LIST_SERVER_CERTIFICATE_TAGS_OUTPUT, [tags,
    is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListServerCertificatesInput {
    /// The path prefix for filtering the results. For example: `/company/servercerts` would get all server certificates for which the path starts with `/company/servercerts`.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/), listing all server certificates. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListServerCertificatesInput, LIST_SERVER_CERTIFICATES_INPUT, [path_prefix, marker,
    max_items]
);
/// Contains the response to a successful [ListServerCertificates](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServerCertificates.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListServerCertificatesOutput {
    /// A list of server certificates.
    pub server_certificate_metadata_list: Vec<ServerCertificateMetadata>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListServerCertificatesOutput, LIST_SERVER_CERTIFICATES_OUTPUT,
    [server_certificate_metadata_list, is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListServiceSpecificCredentialsInput {
    /// The name of the user whose service-specific credentials you want information about. If this value is not specified, then the operation assumes the user whose credentials are used to call the operation.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// Filters the returned results to only those for the specified Amazon Web Services service. If not specified, then Amazon Web Services returns service-specific credentials for all services.
    pub service_name: Option<String>,
    /// A flag indicating whether to list service specific credentials for all users. This parameter cannot be specified together with UserName. When true, returns all credentials associated with the specified service.
    pub all_users: Option<bool>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the Marker from the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the IsTruncated response element is true.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListServiceSpecificCredentialsInput, LIST_SERVICE_SPECIFIC_CREDENTIALS_INPUT,
    [user_name, service_name, all_users, marker, max_items]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListServiceSpecificCredentialsOutput {
    /// A list of structures that each contain details about a service-specific credential.
    pub service_specific_credentials: Option<Vec<ServiceSpecificCredentialMetadata>>,
    /// When IsTruncated is true, this element is present and contains the value to use for the Marker parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the Marker request parameter to retrieve more items.
    pub is_truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListServiceSpecificCredentialsOutput, LIST_SERVICE_SPECIFIC_CREDENTIALS_OUTPUT,
    [service_specific_credentials, marker, is_truncated], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSigningCertificatesInput {
    /// The name of the IAM user whose signing certificates you want to examine.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListSigningCertificatesInput, LIST_SIGNING_CERTIFICATES_INPUT, [user_name, marker,
    max_items]
);
/// Contains the response to a successful [ListSigningCertificates](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSigningCertificates.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListSigningCertificatesOutput {
    /// A list of the user's signing certificate information.
    pub certificates: Vec<SigningCertificate>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSigningCertificatesOutput, LIST_SIGNING_CERTIFICATES_OUTPUT, [certificates,
    is_truncated, marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListUserPoliciesInput {
    /// The name of the user to list policies for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListUserPoliciesInput, LIST_USER_POLICIES_INPUT, [user_name, marker, max_items]
);
/// Contains the response to a successful [ListUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserPolicies.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListUserPoliciesOutput {
    /// A list of policy names.
    pub policy_names: Vec<String>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListUserPoliciesOutput, LIST_USER_POLICIES_OUTPUT, [policy_names, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListUserTagsInput {
    /// The name of the IAM user whose tags you want to see.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(ListUserTagsInput, LIST_USER_TAGS_INPUT, [user_name, marker, max_items]);
#[derive(Clone, Default, PartialEq)]
pub struct ListUserTagsOutput {
    /// The list of tags that are currently attached to the user. Each tag consists of a key name and an associated value. If no tags are attached to the specified resource, the response contains an empty list.
    pub tags: Vec<Tag>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListUserTagsOutput, LIST_USER_TAGS_OUTPUT, [tags, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListUsersInput {
    /// The path prefix for filtering the results. For example: `/division\_abc/subdivision\_xyz/`, which would get all user names whose path starts with `/division\_abc/subdivision\_xyz/`.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/), listing all user names. This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub path_prefix: Option<String>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(ListUsersInput, LIST_USERS_INPUT, [path_prefix, marker, max_items]);
/// Contains the response to a successful [ListUsers](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListUsersOutput {
    /// A list of users.
    pub users: Vec<User>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListUsersOutput, LIST_USERS_OUTPUT, [users, is_truncated, marker], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListVirtualMfaDevicesInput {
    /// The status (`Unassigned` or `Assigned`) of the devices to list. If you do not specify an `AssignmentStatus`, the operation defaults to `Any`, which lists both assigned and unassigned virtual MFA devices.,
    pub assignment_status: Option<AssignmentStatusType>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
}
rt::structure!(
    ListVirtualMfaDevicesInput, LIST_VIRTUAL_MFA_DEVICES_INPUT, [assignment_status,
    marker, max_items]
);
/// Contains the response to a successful [ListVirtualMFADevices](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct ListVirtualMfaDevicesOutput {
    /// The list of virtual MFA devices in the current account that match the `AssignmentStatus` value that was passed in the request.
    pub virtual_mfa_devices: Vec<VirtualMfaDevice>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListVirtualMfaDevicesOutput, LIST_VIRTUAL_MFA_DEVICES_OUTPUT, [virtual_mfa_devices,
    is_truncated, marker], meta = response_metadata
);
/// Contains the user name and password create date for a user.
///
/// This data type is used as a response element in the [CreateLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html) and [GetLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct LoginProfile {
    /// The name of the user, which can be used for signing in to the Amazon Web Services Management Console.
    pub user_name: String,
    /// The date when the password for the user was created.
    pub create_date: rt::DateTime,
    /// Specifies whether the user is required to set a new password on next sign-in.
    pub password_reset_required: Option<bool>,
}
rt::structure!(
    LoginProfile, LOGIN_PROFILE, [user_name, create_date, password_reset_required]
);
/// Contains information about an MFA device.
///
/// This data type is used as a response element in the [ListMFADevices](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADevices.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct MfaDevice {
    /// The user with whom the MFA device is associated.
    pub user_name: String,
    /// The serial number that uniquely identifies the MFA device. For virtual MFA devices, the serial number is the device ARN.
    pub serial_number: String,
    /// The date when the MFA device was enabled for the user.
    pub enable_date: rt::DateTime,
}
rt::structure!(MfaDevice, MFA_DEVICE, [user_name, serial_number, enable_date]);
/// The request was rejected because the certificate was malformed or expired. The error message describes the specific error.
#[derive(Clone, Default, PartialEq)]
pub struct MalformedCertificateException {
    pub message: Option<String>,
}
rt::structure!(
    MalformedCertificateException, MALFORMED_CERTIFICATE_EXCEPTION, [message]
);
/// The request was rejected because the policy document was malformed. The error message describes the specific error.
#[derive(Clone, Default, PartialEq)]
pub struct MalformedPolicyDocumentException {
    pub message: Option<String>,
}
rt::structure!(
    MalformedPolicyDocumentException, MALFORMED_POLICY_DOCUMENT_EXCEPTION, [message]
);
/// Contains information about a managed policy, including the policy's ARN, versions, and the number of principal entities (users, groups, and roles) that the policy is attached to.
///
/// This data type is used as a response element in the [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operation.
///
/// For more information about managed policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ManagedPolicyDetail {
    /// The friendly name (not ARN) identifying the policy.
    pub policy_name: Option<String>,
    /// The stable and unique string identifying the policy.
    ///
    /// For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub policy_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The path to the policy.
    ///
    /// For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: Option<String>,
    /// The identifier for the version of the policy that is set as the default (operative) version.
    ///
    /// For more information about policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub default_version_id: Option<String>,
    /// The number of principal entities (users, groups, and roles) that the policy is attached to.
    pub attachment_count: Option<i32>,
    /// The number of entities (users and roles) for which the policy is used as the permissions boundary.
    ///
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    pub permissions_boundary_usage_count: Option<i32>,
    /// Specifies whether the policy can be attached to an IAM user, group, or role.
    pub is_attachable: Option<bool>,
    /// A friendly description of the policy.
    pub description: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the policy was created.
    pub create_date: Option<rt::DateTime>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the policy was last updated.
    ///
    /// When a policy has only one version, this field contains the date and time when the policy was created. When a policy has more than one version, this field contains the date and time when the most recent policy version was created.
    pub update_date: Option<rt::DateTime>,
    /// A list containing information about the versions of the policy.
    pub policy_version_list: Option<Vec<PolicyVersion>>,
}
rt::structure!(
    ManagedPolicyDetail, MANAGED_POLICY_DETAIL, [policy_name, policy_id, arn, path,
    default_version_id, attachment_count, permissions_boundary_usage_count,
    is_attachable, description, create_date, update_date, policy_version_list]
);
/// The request was rejected because the resulting role name conflicts with an existing role in the account.
#[derive(Clone, Default, PartialEq)]
pub struct NameConflictException {
    pub message: Option<String>,
}
rt::structure!(NameConflictException, NAME_CONFLICT_EXCEPTION, [message]);
/// The request was rejected because it referenced a resource entity that does not exist. The error message describes the resource.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchEntityException {
    pub message: Option<String>,
}
rt::structure!(NoSuchEntityException, NO_SUCH_ENTITY_EXCEPTION, [message]);
/// Contains the Amazon Resource Name (ARN) for an IAM OpenID Connect provider.
#[derive(Clone, Default, PartialEq)]
pub struct OpenIdConnectProviderListEntry {
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
}
rt::structure!(
    OpenIdConnectProviderListEntry, OPEN_ID_CONNECT_PROVIDER_LIST_ENTRY, [arn]
);
/// The request failed because IAM cannot connect to the OpenID Connect identity provider URL.
#[derive(Clone, Default, PartialEq)]
pub struct OpenIdIdpCommunicationErrorException {
    pub message: Option<String>,
}
rt::structure!(
    OpenIdIdpCommunicationErrorException, OPEN_ID_IDP_COMMUNICATION_ERROR_EXCEPTION,
    [message]
);
/// Represents one level of an Organizations hierarchy—the organization root, an organizational unit (OU), or an account—together with the service control policies (SCPs) that apply at that level. Each element in the list represents one level of the hierarchy, ordered from the organization root down to the account.
///
/// For more information about SCPs, see [Service control policies (SCPs)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html) in the *Organizations User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct OrderedOrganizationPolicyType {
    /// A list of SCP documents that apply at this level of the Organizations hierarchy. Each document is specified as a string containing the complete, valid JSON text of an SCP.
    pub service_control_policy_input_list: Option<Vec<String>>,
}
rt::structure!(
    OrderedOrganizationPolicyType, ORDERED_ORGANIZATION_POLICY_TYPE,
    [service_control_policy_input_list]
);
/// The request was rejected because no organization is associated with your account.
#[derive(Clone, Default, PartialEq)]
pub struct OrganizationNotFoundException {}
rt::structure!(OrganizationNotFoundException, ORGANIZATION_NOT_FOUND_EXCEPTION, []);
/// The request was rejected because your organization does not have All features enabled. For more information, see [Available feature sets](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set) in the *Organizations User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct OrganizationNotInAllFeaturesModeException {}
rt::structure!(
    OrganizationNotInAllFeaturesModeException,
    ORGANIZATION_NOT_IN_ALL_FEATURES_MODE_EXCEPTION, []
);
/// Contains information about the effect that Organizations has on a policy simulation.
#[derive(Clone, Default, PartialEq)]
pub struct OrganizationsDecisionDetail {
    /// Specifies whether the simulated operation is allowed by the Organizations service control policies that impact the simulated user's account.
    pub allowed_by_organizations: Option<bool>,
}
rt::structure!(
    OrganizationsDecisionDetail, ORGANIZATIONS_DECISION_DETAIL,
    [allowed_by_organizations]
);
/// Defines a parameter that a role template accepts. You supply values for these parameters when you create a role with [AcquireRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html).
#[derive(Clone, Default, PartialEq)]
pub struct ParameterDefinition {
    /// The name of the parameter.
    pub name: String,
    /// The data type of the parameter. Valid values are `String`, `StringList`, `Number`, `NumberList`, `Arn`, and `ArnList`.
    pub r#type: ParameterTypeType,
    /// An optional subtype that further constrains the values that are allowed for the parameter.
    pub sub_type: Option<String>,
    /// A description of the parameter.
    pub description: Option<String>,
    /// Specifies whether you must supply a value for the parameter when you create a role from the template.
    pub is_required: Option<bool>,
    /// The value that the service uses for the parameter when you do not supply one.
    pub default_value: Option<String>,
    /// Specifies whether you can change the parameter value after you create the role.
    pub immutable: Option<bool>,
}
rt::structure!(
    ParameterDefinition, PARAMETER_DEFINITION, [name, r#type, sub_type, description,
    is_required, default_value, immutable]
);
/// Contains information about the account password policy.
///
/// This data type is used as a response element in the [GetAccountPasswordPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct PasswordPolicy {
    /// Minimum length to require for IAM user passwords.
    pub minimum_password_length: Option<i32>,
    /// Specifies whether IAM user passwords must contain at least one of the following symbols:
    ///
    /// ! @ \# $ % ^ & \* ( ) \_ + - = \[ \] { } \| '
    pub require_symbols: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one numeric character (0 to 9).
    pub require_numbers: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one uppercase character (A to Z).
    pub require_uppercase_characters: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one lowercase character (a to z).
    pub require_lowercase_characters: Option<bool>,
    /// Specifies whether IAM users are allowed to change their own password. Gives IAM users permissions to `iam:ChangePassword` for only their user and to the `iam:GetAccountPasswordPolicy` action. This option does not attach a permissions policy to each user, rather the permissions are applied at the account-level for all users by IAM.
    pub allow_users_to_change_password: Option<bool>,
    /// Indicates whether passwords in the account expire. Returns true if `MaxPasswordAge` contains a value greater than 0. Returns false if MaxPasswordAge is 0 or not present.
    pub expire_passwords: Option<bool>,
    /// The number of days that an IAM user password is valid.
    pub max_password_age: Option<i32>,
    /// Specifies the number of previous passwords that IAM users are prevented from reusing.
    pub password_reuse_prevention: Option<i32>,
    /// Specifies whether IAM users are prevented from setting a new password via the Amazon Web Services Management Console after their password has expired. The IAM user cannot access the console until an administrator resets the password. IAM users with `iam:ChangePassword` permission and active access keys can reset their own expired console password using the CLI or API.
    pub hard_expiry: Option<bool>,
}
rt::structure!(
    PasswordPolicy, PASSWORD_POLICY, [minimum_password_length, require_symbols,
    require_numbers, require_uppercase_characters, require_lowercase_characters,
    allow_users_to_change_password, expire_passwords, max_password_age,
    password_reuse_prevention, hard_expiry]
);
/// The request was rejected because the provided password did not meet the requirements imposed by the account password policy.
#[derive(Clone, Default, PartialEq)]
pub struct PasswordPolicyViolationException {
    pub message: Option<String>,
}
rt::structure!(
    PasswordPolicyViolationException, PASSWORD_POLICY_VIOLATION_EXCEPTION, [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionsBoundaryAttachmentType {
    /// `PermissionsBoundaryPolicy`
    PermissionsBoundaryPolicy,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PermissionsBoundaryAttachmentType, { PermissionsBoundaryPolicy =>
    "PermissionsBoundaryPolicy" }
);
/// Contains information about the effect that a permissions boundary has on a policy simulation when the boundary is applied to an IAM entity.
#[derive(Clone, Default, PartialEq)]
pub struct PermissionsBoundaryDecisionDetail {
    /// Specifies whether an action is allowed by a permissions boundary that is applied to an IAM entity (user or role). A value of `true` means that the permissions boundary does not deny the action. This means that the policy includes an `Allow` statement that matches the request. In this case, if an identity-based policy also allows the action, the request is allowed. A value of `false` means that either the requested action is not allowed (implicitly denied) or that the action is explicitly denied by the permissions boundary. In both of these cases, the action is not allowed, regardless of the identity-based policy.
    pub allowed_by_permissions_boundary: Option<bool>,
}
rt::structure!(
    PermissionsBoundaryDecisionDetail, PERMISSIONS_BOUNDARY_DECISION_DETAIL,
    [allowed_by_permissions_boundary]
);
/// Contains information about a managed policy.
///
/// This data type is used as a response element in the [CreatePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html), [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html), and [ListPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html) operations.
///
/// For more information about managed policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Policy {
    /// The friendly name (not ARN) identifying the policy.
    pub policy_name: Option<String>,
    /// The stable and unique string identifying the policy.
    ///
    /// For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub policy_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The path to the policy.
    ///
    /// For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: Option<String>,
    /// The identifier for the version of the policy that is set as the default version.
    pub default_version_id: Option<String>,
    /// The number of entities (users, groups, and roles) that the policy is attached to.
    pub attachment_count: Option<i32>,
    /// The number of entities (users and roles) for which the policy is used to set the permissions boundary.
    ///
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    pub permissions_boundary_usage_count: Option<i32>,
    /// Specifies whether the policy can be attached to an IAM user, group, or role.
    pub is_attachable: Option<bool>,
    /// A friendly description of the policy.
    ///
    /// This element is included in the response to the [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html) operation. It is not included in the response to the [ListPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html) operation.
    pub description: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the policy was created.
    pub create_date: Option<rt::DateTime>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the policy was last updated.
    ///
    /// When a policy has only one version, this field contains the date and time when the policy was created. When a policy has more than one version, this field contains the date and time when the most recent policy version was created.
    pub update_date: Option<rt::DateTime>,
    /// A list of tags that are attached to the instance profile. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    Policy, POLICY, [policy_name, policy_id, arn, path, default_version_id,
    attachment_count, permissions_boundary_usage_count, is_attachable, description,
    create_date, update_date, tags]
);
/// Contains information about an IAM policy, including the policy document.
///
/// This data type is used as a response element in the [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyDetail {
    /// The name of the policy.
    pub policy_name: Option<String>,
    /// The policy document.
    pub policy_document: Option<String>,
}
rt::structure!(PolicyDetail, POLICY_DETAIL, [policy_name, policy_document]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyEvaluationDecisionType {
    /// `allowed`
    Allowed,
    /// `explicitDeny`
    ExplicitDeny,
    /// `implicitDeny`
    ImplicitDeny,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicyEvaluationDecisionType, { Allowed => "allowed", ExplicitDeny => "explicitDeny",
    ImplicitDeny => "implicitDeny" }
);
/// The request failed because a provided policy could not be successfully evaluated. An additional detailed message indicates the source of the failure.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyEvaluationException {
    pub message: Option<String>,
}
rt::structure!(PolicyEvaluationException, POLICY_EVALUATION_EXCEPTION, [message]);
/// Contains details about the permissions policies that are attached to the specified identity (user, group, or role).
///
/// This data type is an element of the [ListPoliciesGrantingServiceAccessEntry](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPoliciesGrantingServiceAccessEntry.html) object.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyGrantingServiceAccess {
    /// The policy name.
    pub policy_name: String,
    /// The policy type. For more information about these policy types, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html) in the *IAM User Guide*.
    pub policy_type: PolicyType,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: Option<String>,
    /// The type of entity (user or role) that used the policy to access the service to which the inline policy is attached.
    ///
    /// This field is null for managed policies. For more information about these policy types, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html) in the *IAM User Guide*.
    pub entity_type: Option<PolicyOwnerEntityType>,
    /// The name of the entity (user or role) to which the inline policy is attached.
    ///
    /// This field is null for managed policies. For more information about these policy types, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html) in the *IAM User Guide*.
    pub entity_name: Option<String>,
}
rt::structure!(
    PolicyGrantingServiceAccess, POLICY_GRANTING_SERVICE_ACCESS, [policy_name,
    policy_type, policy_arn, entity_type, entity_name]
);
/// Contains information about a group that a managed policy is attached to.
///
/// This data type is used as a response element in the [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html) operation.
///
/// For more information about managed policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyGroup {
    /// The name (friendly name, not ARN) identifying the group.
    pub group_name: Option<String>,
    /// The stable and unique string identifying the group. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*.
    pub group_id: Option<String>,
}
rt::structure!(PolicyGroup, POLICY_GROUP, [group_name, group_id]);
/// Identifies one or more policies as a union type. Specify exactly one of `PolicyType`, `PolicyArn`, or `InlinePolicyIdentifier` to identify policies by their type, by Amazon Resource Name (ARN), or by the name of an inline policy and the entity it is attached to.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum PolicyIdentifier {
    /// The policy type to identify. All policies of the specified type are matched.
    PolicyType(PolicyIdentifierPolicyType),
    /// The Amazon Resource Name (ARN) of an Amazon Web Services managed policy or a customer managed policy that is attached to an IAM user, group, or role. Wildcard characters are supported in the resource name portion of the ARN to match multiple managed policies: use at most one `\*` (matches any sequence of characters, including none), and any number of `?` (each matches exactly one character).
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    PolicyArn(String),
    /// An inline policy identifier consisting of a policy name and the entity it is attached to. Wildcard characters (`\*` and `?`) in the entity name can match multiple entities.
    InlinePolicyIdentifier(InlinePolicyIdentifierType),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    PolicyIdentifier, POLICY_IDENTIFIER, [PolicyType, PolicyArn, InlinePolicyIdentifier]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyIdentifierPolicyType {
    /// `inline`
    Inline,
    /// `aws-managed`
    AwsManaged,
    /// `user-managed`
    UserManaged,
    /// `permission-boundary`
    PermissionBoundary,
    /// `scp`
    Scp,
    /// `rcp`
    Rcp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicyIdentifierPolicyType, { Inline => "inline", AwsManaged => "aws-managed",
    UserManaged => "user-managed", PermissionBoundary => "permission-boundary", Scp =>
    "scp", Rcp => "rcp" }
);
/// The request failed because Amazon Web Services service role policies can only be attached to the service-linked role for that service.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyNotAttachableException {
    pub message: Option<String>,
}
rt::structure!(PolicyNotAttachableException, POLICY_NOT_ATTACHABLE_EXCEPTION, [message]);
/// Contains information about a policy parameter used to customize delegated permissions.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyParameter {
    /// The name of the policy parameter.
    pub name: Option<String>,
    /// The allowed values for the policy parameter.
    pub values: Option<Vec<String>>,
    /// The data type of the policy parameter value.
    pub r#type: Option<PolicyParameterTypeEnum>,
}
rt::structure!(PolicyParameter, POLICY_PARAMETER, [name, values, r#type]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyParameterTypeEnum {
    /// `string`
    String,
    /// `stringList`
    StringList,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicyParameterTypeEnum, { String => "string", StringList => "stringList" }
);
/// Contains information about a role that a managed policy is attached to.
///
/// This data type is used as a response element in the [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html) operation.
///
/// For more information about managed policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyRole {
    /// The name (friendly name, not ARN) identifying the role.
    pub role_name: Option<String>,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*.
    pub role_id: Option<String>,
}
rt::structure!(PolicyRole, POLICY_ROLE, [role_name, role_id]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicySourceType {
    /// `user`
    User,
    /// `group`
    Group,
    /// `role`
    Role,
    /// `aws-managed`
    AwsManaged,
    /// `user-managed`
    UserManaged,
    /// `resource`
    Resource,
    /// `none`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicySourceType, { User => "user", Group => "group", Role => "role", AwsManaged =>
    "aws-managed", UserManaged => "user-managed", Resource => "resource", None => "none"
    }
);
/// The policy usage type that indicates whether the policy is used as a permissions policy or as the permissions boundary for an entity.
///
/// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyUsageType {
    /// `PermissionsPolicy`
    PermissionsPolicy,
    /// `PermissionsBoundary`
    PermissionsBoundary,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicyUsageType, { PermissionsPolicy => "PermissionsPolicy", PermissionsBoundary =>
    "PermissionsBoundary" }
);
/// Contains information about a user that a managed policy is attached to.
///
/// This data type is used as a response element in the [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html) operation.
///
/// For more information about managed policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyUser {
    /// The name (friendly name, not ARN) identifying the user.
    pub user_name: Option<String>,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*.
    pub user_id: Option<String>,
}
rt::structure!(PolicyUser, POLICY_USER, [user_name, user_id]);
/// Contains information about a version of a managed policy.
///
/// This data type is used as a response element in the [CreatePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html), [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html), [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html), and [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operations.
///
/// For more information about managed policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyVersion {
    /// The policy document.
    ///
    /// The policy document is returned in the response to the [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html) and [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operations. It is not returned in the response to the [CreatePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html) or [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html) operations.
    ///
    /// The policy document returned in this structure is URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality.
    pub document: Option<String>,
    /// The identifier for the policy version.
    ///
    /// Policy version identifiers always begin with `v` (always lowercase). When a policy is created, the first policy version is `v1`.
    pub version_id: Option<String>,
    /// Specifies whether the policy version is set as the policy's default version.
    pub is_default_version: Option<bool>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the policy version was created.
    pub create_date: Option<rt::DateTime>,
}
rt::structure!(
    PolicyVersion, POLICY_VERSION, [document, version_id, is_default_version,
    create_date]
);
/// Contains the row and column of a location of a `Statement` element in a policy document.
///
/// This data type is used as a member of the ` [Statement](https://docs.aws.amazon.com/IAM/latest/APIReference/API_Statement.html) ` type.
#[derive(Clone, Default, PartialEq)]
pub struct Position {
    /// The line containing the specified position in the document.
    pub line: Option<i32>,
    /// The column in the line containing the specified position in the document.
    pub column: Option<i32>,
}
rt::structure!(Position, POSITION, [line, column]);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccountPropertiesInput {
    /// A map of property key-value pairs to set. All keys must belong to the same namespace.
    ///
    /// Each key uses the format `Namespace/PropertyName`. The key must contain exactly one `/` separating the namespace from the property name, and cannot start or end with `/`.
    ///
    /// The service validates each value based on the property key's expected type. For example, boolean properties expect `true` or `false`.
    pub properties: rt::IndexMap<String, String>,
}
rt::structure!(PutAccountPropertiesInput, PUT_ACCOUNT_PROPERTIES_INPUT, [properties]);
#[derive(Clone, Default, PartialEq)]
pub struct PutAccountPropertiesOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutAccountPropertiesOutput, PUT_ACCOUNT_PROPERTIES_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutGroupPolicyInput {
    /// The name of the group to associate the policy with.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-.
    pub group_name: String,
    /// The name of the policy document.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
    /// The policy document.
    ///
    /// You must provide policies in JSON format in IAM. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_document: String,
}
rt::structure!(
    PutGroupPolicyInput, PUT_GROUP_POLICY_INPUT, [group_name, policy_name,
    policy_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRolePermissionsBoundaryInput {
    /// The name (friendly name, not ARN) of the IAM role for which you want to set the permissions boundary.
    pub role_name: String,
    /// The ARN of the managed policy that is used to set the permissions boundary for the role.
    ///
    /// A permissions boundary policy defines the maximum permissions that identity-based policies can grant to an entity, but does not grant permissions. Permissions boundaries do not define the maximum permissions that a resource-based policy can grant to an entity. To learn more, see [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    ///
    /// For more information about policy types, see [Policy types ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types) in the *IAM User Guide*.
    pub permissions_boundary: String,
}
rt::structure!(
    PutRolePermissionsBoundaryInput, PUT_ROLE_PERMISSIONS_BOUNDARY_INPUT, [role_name,
    permissions_boundary]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRolePolicyInput {
    /// The name of the role to associate the policy with.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The name of the policy document.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
    /// The policy document.
    ///
    /// You must provide policies in JSON format in IAM. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_document: String,
}
rt::structure!(
    PutRolePolicyInput, PUT_ROLE_POLICY_INPUT, [role_name, policy_name, policy_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutUserPermissionsBoundaryInput {
    /// The name (friendly name, not ARN) of the IAM user for which you want to set the permissions boundary.
    pub user_name: String,
    /// The ARN of the managed policy that is used to set the permissions boundary for the user.
    ///
    /// A permissions boundary policy defines the maximum permissions that identity-based policies can grant to an entity, but does not grant permissions. Permissions boundaries do not define the maximum permissions that a resource-based policy can grant to an entity. To learn more, see [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    ///
    /// For more information about policy types, see [Policy types ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types) in the *IAM User Guide*.
    pub permissions_boundary: String,
}
rt::structure!(
    PutUserPermissionsBoundaryInput, PUT_USER_PERMISSIONS_BOUNDARY_INPUT, [user_name,
    permissions_boundary]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutUserPolicyInput {
    /// The name of the user to associate the policy with.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The name of the policy document.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_name: String,
    /// The policy document.
    ///
    /// You must provide policies in JSON format in IAM. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_document: String,
}
rt::structure!(
    PutUserPolicyInput, PUT_USER_POLICY_INPUT, [user_name, policy_name, policy_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct RejectDelegationRequestInput {
    /// The unique identifier of the delegation request to reject.
    pub delegation_request_id: String,
    /// Optional notes explaining the reason for rejecting the delegation request.
    pub notes: Option<String>,
}
rt::structure!(
    RejectDelegationRequestInput, REJECT_DELEGATION_REQUEST_INPUT,
    [delegation_request_id, notes]
);
#[derive(Clone, Default, PartialEq)]
pub struct RemoveClientIdFromOpenIdConnectProviderInput {
    /// The Amazon Resource Name (ARN) of the IAM OIDC provider resource to remove the client ID from. You can get a list of OIDC provider ARNs by using the [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html) operation.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub open_id_connect_provider_arn: String,
    /// The client ID (also known as audience) to remove from the IAM OIDC provider resource. For more information about client IDs, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub client_id: String,
}
rt::structure!(
    RemoveClientIdFromOpenIdConnectProviderInput,
    REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER_INPUT, [open_id_connect_provider_arn,
    client_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct RemoveRoleFromInstanceProfileInput {
    /// The name of the instance profile to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
    /// The name of the role to remove.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
}
rt::structure!(
    RemoveRoleFromInstanceProfileInput, REMOVE_ROLE_FROM_INSTANCE_PROFILE_INPUT,
    [instance_profile_name, role_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct RemoveUserFromGroupInput {
    /// The name of the group to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// The name of the user to remove.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
}
rt::structure!(
    RemoveUserFromGroupInput, REMOVE_USER_FROM_GROUP_INPUT, [group_name, user_name]
);
/// Contains the list of replacement values for a single template parameter used when creating a role from a role template.
#[derive(Clone, Default, PartialEq)]
pub struct ReplacementValueEntry {
    /// The list of replacement values for the template parameter.
    pub values: Vec<String>,
}
rt::structure!(ReplacementValueEntry, REPLACEMENT_VALUE_ENTRY, [values]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportFormatType {
    /// `text/csv`
    TextCsv,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ReportFormatType, { TextCsv => "text/csv" });
/// The request failed because the maximum number of concurrent requests for this account are already running.
#[derive(Clone, Default, PartialEq)]
pub struct ReportGenerationLimitExceededException {
    pub message: Option<String>,
}
rt::structure!(
    ReportGenerationLimitExceededException, REPORT_GENERATION_LIMIT_EXCEEDED_EXCEPTION,
    [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportStateType {
    /// `STARTED`
    Started,
    /// `INPROGRESS`
    Inprogress,
    /// `COMPLETE`
    Complete,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReportStateType, { Started => "STARTED", Inprogress => "INPROGRESS", Complete =>
    "COMPLETE" }
);
#[derive(Clone, Default, PartialEq)]
pub struct ResetServiceSpecificCredentialInput {
    /// The name of the IAM user associated with the service-specific credential. If this value is not specified, then the operation assumes the user whose credentials are used to call the operation.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The unique identifier of the service-specific credential.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub service_specific_credential_id: String,
}
rt::structure!(
    ResetServiceSpecificCredentialInput, RESET_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
    [user_name, service_specific_credential_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ResetServiceSpecificCredentialOutput {
    /// A structure with details about the updated service-specific credential, including the new password.
    ///
    /// This is the **only** time that you can access the password. You cannot recover the password later, but you can reset it again.
    pub service_specific_credential: Option<ServiceSpecificCredential>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ResetServiceSpecificCredentialOutput, RESET_SERVICE_SPECIFIC_CREDENTIAL_OUTPUT,
    [service_specific_credential], meta = response_metadata
);
/// Contains the result of the simulation of a single API operation call on a single resource.
///
/// This data type is used by a member of the [EvaluationResult](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html) data type.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceSpecificResult {
    /// The name of the simulated resource, in Amazon Resource Name (ARN) format.
    pub eval_resource_name: String,
    /// The result of the simulation of the simulated API operation on the resource specified in `EvalResourceName`.
    pub eval_resource_decision: PolicyEvaluationDecisionType,
    /// A list of the statements in the input policies that determine the result for this part of the simulation. Remember that even if multiple statements allow the operation on the resource, if *any* statement denies that operation, then the explicit deny overrides any allow. In addition, the deny statement is the only entry included in the result.
    pub matched_statements: Option<Vec<Statement>>,
    /// A list of context keys that are required by the included input policies but that were not provided by one of the input parameters. This list is used when a list of ARNs is included in the `ResourceArns` parameter instead of "\*". If you do not specify individual resources, by setting `ResourceArns` to "\*" or by not including the `ResourceArns` parameter, then any missing context values are instead included under the `EvaluationResults` section. To discover the context keys used by a set of policies, you can call [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html) or [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    pub missing_context_values: Option<Vec<String>>,
    /// Additional details about the results of the evaluation decision on a single resource. This parameter is returned only for cross-account simulations. This parameter explains how each policy type contributes to the resource-specific evaluation decision.
    pub eval_decision_details: Option<
        rt::IndexMap<String, PolicyEvaluationDecisionType>,
    >,
    /// Contains information about the effect that a permissions boundary has on a policy simulation when that boundary is applied to an IAM entity.
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
}
rt::structure!(
    ResourceSpecificResult, RESOURCE_SPECIFIC_RESULT, [eval_resource_name,
    eval_resource_decision, matched_statements, missing_context_values,
    eval_decision_details, permissions_boundary_decision_detail]
);
#[derive(Clone, Default, PartialEq)]
pub struct ResyncMfaDeviceInput {
    /// The name of the user whose MFA device you want to resynchronize.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// Serial number that uniquely identifies the MFA device.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub serial_number: String,
    /// An authentication code emitted by the device.
    ///
    /// The format for this parameter is a sequence of six digits.
    pub authentication_code1: String,
    /// A subsequent authentication code emitted by the device.
    ///
    /// The format for this parameter is a sequence of six digits.
    pub authentication_code2: String,
}
rt::structure!(
    ResyncMfaDeviceInput, RESYNC_MFA_DEVICE_INPUT, [user_name, serial_number,
    authentication_code1, authentication_code2]
);
/// Contains information about an IAM role. This structure is returned as a response element in several API operations that interact with roles.
#[derive(Clone, Default, PartialEq)]
pub struct Role {
    /// The path to the role. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: String,
    /// The friendly name that identifies the role.
    pub role_name: String,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub role_id: String,
    /// The Amazon Resource Name (ARN) specifying the role. For more information about ARNs and how to use them in policies, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* guide.
    pub arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the role was created.
    pub create_date: rt::DateTime,
    /// The policy that grants an entity permission to assume the role.
    pub assume_role_policy_document: Option<String>,
    /// A description of the role that you provide.
    pub description: Option<String>,
    /// The maximum session duration (in seconds) for the specified role. Anyone who uses the CLI, or API to assume the role can specify the duration using the optional `DurationSeconds` API parameter or `duration-seconds` CLI parameter.
    pub max_session_duration: Option<i32>,
    /// The ARN of the policy used to set the permissions boundary for the role.
    ///
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are attached to the role. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Contains information about the last time that an IAM role was used. This includes the date and time and the Region in which the role was last used. Activity is only reported for the trailing 400 days. This period can be shorter if your Region began supporting these features within the last year. The role might have been used more than 400 days ago. For more information, see [Regions where data is tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period) in the *IAM user Guide*.
    pub role_last_used: Option<RoleLastUsed>,
    /// Contains information about the role template that this role was created from. This member is present only for roles created with [AcquireRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html).
    pub source_role_template: Option<SourceRoleTemplate>,
}
rt::structure!(
    Role, ROLE, [path, role_name, role_id, arn, create_date, assume_role_policy_document,
    description, max_session_duration, permissions_boundary, tags, role_last_used,
    source_role_template]
);
/// Contains information about an IAM role, including all of the role's policies.
///
/// This data type is used as a response element in the [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct RoleDetail {
    /// The path to the role. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: Option<String>,
    /// The friendly name that identifies the role.
    pub role_name: Option<String>,
    /// The stable and unique string identifying the role. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub role_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the role was created.
    pub create_date: Option<rt::DateTime>,
    /// The trust policy that grants permission to assume the role.
    pub assume_role_policy_document: Option<String>,
    /// A list of instance profiles that contain this role.
    pub instance_profile_list: Option<Vec<InstanceProfile>>,
    /// A list of inline policies embedded in the role. These policies are the role's access (permissions) policies.
    pub role_policy_list: Option<Vec<PolicyDetail>>,
    /// A list of managed policies attached to the role. These policies are the role's access (permissions) policies.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// The ARN of the policy used to set the permissions boundary for the role.
    ///
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are attached to the role. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Contains information about the last time that an IAM role was used. This includes the date and time and the Region in which the role was last used. Activity is only reported for the trailing 400 days. This period can be shorter if your Region began supporting these features within the last year. The role might have been used more than 400 days ago. For more information, see [Regions where data is tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period) in the *IAM User Guide*.
    pub role_last_used: Option<RoleLastUsed>,
}
rt::structure!(
    RoleDetail, ROLE_DETAIL, [path, role_name, role_id, arn, create_date,
    assume_role_policy_document, instance_profile_list, role_policy_list,
    attached_managed_policies, permissions_boundary, tags, role_last_used]
);
/// Contains information about the last time that an IAM role was used. This includes the date and time and the Region in which the role was last used. Activity is only reported for the trailing 400 days. This period can be shorter if your Region began supporting these features within the last year. The role might have been used more than 400 days ago. For more information, see [Regions where data is tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period) in the *IAM user Guide*.
///
/// This data type is returned as a response element in the [GetRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html) and [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct RoleLastUsed {
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601) that the role was last used.
    ///
    /// This field is null if the role has not been used within the IAM tracking period. For more information about the tracking period, see [Regions where data is tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period) in the *IAM User Guide*.
    pub last_used_date: Option<rt::DateTime>,
    /// The name of the Amazon Web Services Region in which the role was last used.
    pub region: Option<String>,
}
rt::structure!(RoleLastUsed, ROLE_LAST_USED, [last_used_date, region]);
/// The request was rejected because someone modified the role template while the service was creating the role. Wait a few minutes and try the request again.
#[derive(Clone, Default, PartialEq)]
pub struct RoleModifiedException {
    pub message: Option<String>,
}
rt::structure!(RoleModifiedException, ROLE_MODIFIED_EXCEPTION, [message]);
/// The request was rejected because the specified role template is disabled. A disabled role template cannot be used to create new roles. Contact your administrator to enable the role template, or use a different role template.
#[derive(Clone, Default, PartialEq)]
pub struct RoleTemplateDisabledException {
    pub message: Option<String>,
}
rt::structure!(
    RoleTemplateDisabledException, ROLE_TEMPLATE_DISABLED_EXCEPTION, [message]
);
/// Contains information about a version of an IAM role template, including the configuration that is used to create roles with [AcquireRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html). This structure is returned as a response element by the [GetRoleTemplateVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRoleTemplateVersion.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct RoleTemplateVersion {
    /// The Amazon Resource Name (ARN) that identifies the role template.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub template_arn: Option<String>,
    /// The friendly name that identifies the role template.
    pub template_name: Option<String>,
    /// The identifier of the role template version.
    pub template_version_id: Option<String>,
    /// The description of the role template.
    pub description: Option<String>,
    /// The major version number of the role template.
    pub major_version: Option<i32>,
    /// The minor version that the service uses by default when you create a role from this template without specifying a minor version.
    pub default_minor_version: Option<i32>,
    /// Indicates that the role template is managed by an Amazon Web Services service.
    pub managed_by_type: Option<ManagedByTypeType>,
    /// The identifier of the Amazon Web Services service that manages the role template.
    pub managed_by_value: Option<String>,
    /// Specifies whether the role template is enabled. When a template is disabled, you cannot create roles from it.
    pub enabled: Option<bool>,
    /// The minor version number of this role template version.
    pub minor_version: Option<i32>,
    /// The pattern that is used to generate the name of a role that is created from this template. The pattern can include `@{parameter}` placeholders that are replaced with the values you supply in the `ReplacementValues` parameter of [AcquireRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html).
    pub role_name_pattern: Option<String>,
    /// The pattern that is used to generate the path of a role that is created from this template.
    pub role_path_pattern: Option<String>,
    /// The pattern that is used to generate the description of a role that is created from this template.
    pub role_description_pattern: Option<String>,
    /// The trust policy template that grants an entity permission to assume roles that you create from this template.
    pub assume_role_policy_document_template: Option<String>,
    /// A list of inline policy templates that the service embeds in roles that you create from this template.
    pub inline_policy_templates: Option<Vec<InlinePolicy>>,
    /// A list of the ARNs of the managed policies that the service attaches to roles that you create from this template.
    pub managed_policy_arns: Option<Vec<String>>,
    /// The ARN of the policy that sets the permissions boundary for roles that you create from this template.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub permission_boundary_arn: Option<String>,
    /// A list of the parameters that are defined for this role template version. You supply values for these parameters when you create a role with [AcquireRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html).
    pub parameters_definition: Option<Vec<ParameterDefinition>>,
    /// A list of tag templates that are applied to roles that are created from this template.
    pub role_tags_template: Option<Vec<TagTemplate>>,
    /// The maximum session duration (in seconds) for roles that are created from this template.
    pub max_session_duration: Option<i32>,
    /// Specifies whether this specific minor version of the role template is enabled.
    pub version_enabled: Option<bool>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the role template version was created.
    pub create_timestamp: Option<rt::DateTime>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the role template version was last updated.
    pub update_timestamp: Option<rt::DateTime>,
}
rt::structure!(
    RoleTemplateVersion, ROLE_TEMPLATE_VERSION, [template_arn, template_name,
    template_version_id, description, major_version, default_minor_version,
    managed_by_type, managed_by_value, enabled, minor_version, role_name_pattern,
    role_path_pattern, role_description_pattern, assume_role_policy_document_template,
    inline_policy_templates, managed_policy_arns, permission_boundary_arn,
    parameters_definition, role_tags_template, max_session_duration, version_enabled,
    create_timestamp, update_timestamp]
);
/// An object that contains details about how a service-linked role is used, if that information is returned by the service.
///
/// This data type is used as a response element in the [GetServiceLinkedRoleDeletionStatus](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLinkedRoleDeletionStatus.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct RoleUsageType {
    /// The name of the Region where the service-linked role is being used.
    pub region: Option<String>,
    /// The name of the resource that is using the service-linked role.
    pub resources: Option<Vec<String>>,
}
rt::structure!(RoleUsageType, ROLE_USAGE_TYPE, [region, resources]);
/// Contains the private keys for the SAML provider.
///
/// This data type is used as a response element in the [GetSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct SamlPrivateKey {
    /// The unique identifier for the SAML private key.
    pub key_id: Option<String>,
    /// The date and time, in [ISO 8601 date-time ](http://www.iso.org/iso/iso8601) format, when the private key was uploaded.
    pub timestamp: Option<rt::DateTime>,
}
rt::structure!(SamlPrivateKey, SAML_PRIVATE_KEY, [key_id, timestamp]);
/// Contains the list of SAML providers for this account.
#[derive(Clone, Default, PartialEq)]
pub struct SamlProviderListEntry {
    /// The Amazon Resource Name (ARN) of the SAML provider.
    pub arn: Option<String>,
    /// The expiration date and time for the SAML provider.
    pub valid_until: Option<rt::DateTime>,
    /// The date and time when the SAML provider was created.
    pub create_date: Option<rt::DateTime>,
}
rt::structure!(
    SamlProviderListEntry, SAML_PROVIDER_LIST_ENTRY, [arn, valid_until, create_date]
);
/// Contains information about an SSH public key.
///
/// This data type is used as a response element in the [GetSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSSHPublicKey.html) and [UploadSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct SshPublicKey {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    pub ssh_public_key_id: String,
    /// The MD5 message digest of the SSH public key.
    pub fingerprint: String,
    /// The SSH public key.
    pub ssh_public_key_body: String,
    /// The status of the SSH public key. `Active` means that the key can be used for authentication with an CodeCommit repository. `Inactive` means that the key cannot be used.
    pub status: StatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the SSH public key was uploaded.
    pub upload_date: Option<rt::DateTime>,
}
rt::structure!(
    SshPublicKey, SSH_PUBLIC_KEY, [user_name, ssh_public_key_id, fingerprint,
    ssh_public_key_body, status, upload_date]
);
/// Contains information about an SSH public key, without the key's body or fingerprint.
///
/// This data type is used as a response element in the [ListSSHPublicKeys](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSSHPublicKeys.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct SshPublicKeyMetadata {
    /// The name of the IAM user associated with the SSH public key.
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    pub ssh_public_key_id: String,
    /// The status of the SSH public key. `Active` means that the key can be used for authentication with an CodeCommit repository. `Inactive` means that the key cannot be used.
    pub status: StatusType,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the SSH public key was uploaded.
    pub upload_date: rt::DateTime,
}
rt::structure!(
    SshPublicKeyMetadata, SSH_PUBLIC_KEY_METADATA, [user_name, ssh_public_key_id, status,
    upload_date]
);
#[derive(Clone, Default, PartialEq)]
pub struct SendDelegationTokenInput {
    /// The unique identifier of the delegation request for which to send the token.
    pub delegation_request_id: String,
}
rt::structure!(
    SendDelegationTokenInput, SEND_DELEGATION_TOKEN_INPUT, [delegation_request_id]
);
/// Contains information about a server certificate.
///
/// This data type is used as a response element in the [GetServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServerCertificate.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct ServerCertificate {
    /// The meta information of the server certificate, such as its name, path, ID, and ARN.
    pub server_certificate_metadata: ServerCertificateMetadata,
    /// The contents of the public key certificate.
    pub certificate_body: String,
    /// The contents of the public key certificate chain.
    pub certificate_chain: Option<String>,
    /// A list of tags that are attached to the server certificate. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    ServerCertificate, SERVER_CERTIFICATE, [server_certificate_metadata,
    certificate_body, certificate_chain, tags]
);
/// Contains information about a server certificate without its certificate body, certificate chain, and private key.
///
/// This data type is used as a response element in the [UploadServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html) and [ListServerCertificates](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServerCertificates.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct ServerCertificateMetadata {
    /// The path to the server certificate. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: String,
    /// The name that identifies the server certificate.
    pub server_certificate_name: String,
    /// The stable and unique string identifying the server certificate. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub server_certificate_id: String,
    /// The Amazon Resource Name (ARN) specifying the server certificate. For more information about ARNs and how to use them in policies, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub arn: String,
    /// The date when the server certificate was uploaded.
    pub upload_date: Option<rt::DateTime>,
    /// The date on which the certificate is set to expire.
    pub expiration: Option<rt::DateTime>,
}
rt::structure!(
    ServerCertificateMetadata, SERVER_CERTIFICATE_METADATA, [path,
    server_certificate_name, server_certificate_id, arn, upload_date, expiration]
);
/// The request was rejected because trusted access is not enabled for IAM in Organizations. For details, see IAM and Organizations in the *Organizations User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceAccessNotEnabledException {}
rt::structure!(
    ServiceAccessNotEnabledException, SERVICE_ACCESS_NOT_ENABLED_EXCEPTION, []
);
/// The request processing has failed because of an unknown error, exception or failure.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceFailureException {
    pub message: Option<String>,
}
rt::structure!(ServiceFailureException, SERVICE_FAILURE_EXCEPTION, [message]);
/// Contains details about the most recent attempt to access the service.
///
/// This data type is used as a response element in the [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceLastAccessed {
    /// The name of the service in which access was attempted.
    pub service_name: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when an authenticated entity most recently attempted to access the service. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no IAM entities attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_authenticated: Option<rt::DateTime>,
    /// The namespace of the service in which access was attempted.
    ///
    /// To learn the service namespace of a service, see [Actions, resources, and condition keys for Amazon Web Services services](https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html) in the *Service Authorization Reference*. Choose the name of the service to view details for that service. In the first paragraph, find the service prefix. For example, `(service prefix: a4b)`. For more information about service namespaces, see [Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#genref-aws-service-namespaces) in the *Amazon Web Services General Reference*.
    pub service_namespace: String,
    /// The ARN of the authenticated entity (user or role) that last attempted to access the service. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no IAM entities attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_authenticated_entity: Option<String>,
    /// The Region from which the authenticated entity (user or role) last attempted to access the service. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no IAM entities attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_authenticated_region: Option<String>,
    /// The total number of authenticated principals (root user, IAM users, or IAM roles) that have attempted to access the service.
    ///
    /// This field is null if no principals attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub total_authenticated_entities: Option<i32>,
    /// An object that contains details about the most recent attempt to access a tracked action within the service.
    ///
    /// This field is null if there no tracked actions or if the principal did not use the tracked actions within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period). This field is also null if the report was generated at the service level and not the action level. For more information, see the `Granularity` field in [GenerateServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateServiceLastAccessedDetails.html).
    pub tracked_actions_last_accessed: Option<Vec<TrackedActionLastAccessed>>,
}
rt::structure!(
    ServiceLastAccessed, SERVICE_LAST_ACCESSED, [service_name, last_authenticated,
    service_namespace, last_authenticated_entity, last_authenticated_region,
    total_authenticated_entities, tracked_actions_last_accessed]
);
/// The specified service does not support service-specific credentials.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceNotSupportedException {
    pub message: Option<String>,
}
rt::structure!(ServiceNotSupportedException, SERVICE_NOT_SUPPORTED_EXCEPTION, [message]);
/// Contains the details of a service-specific credential.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceSpecificCredential {
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the service-specific credential were created.
    pub create_date: rt::DateTime,
    /// The date and time when the service specific credential expires. This field is only present for Bedrock API keys and CloudWatch Logs API keys that were created with an expiration period.
    pub expiration_date: Option<rt::DateTime>,
    /// The name of the service associated with the service-specific credential.
    pub service_name: String,
    /// The generated user name for the service-specific credential. This value is generated by combining the IAM user's name combined with the ID number of the Amazon Web Services account, as in `jane-at-123456789012`, for example. This value cannot be configured by the user.
    pub service_user_name: Option<String>,
    /// The generated password for the service-specific credential.
    pub service_password: Option<String>,
    /// For Bedrock API keys and CloudWatch Logs API keys, this is the public portion of the credential that includes the IAM user name and a suffix containing version and creation information.
    pub service_credential_alias: Option<String>,
    /// For Bedrock API keys and CloudWatch Logs API keys, this is the secret portion of the credential that should be used to authenticate API calls. This value is returned only when the credential is created.
    pub service_credential_secret: Option<String>,
    /// The unique identifier for the service-specific credential.
    pub service_specific_credential_id: String,
    /// The name of the IAM user associated with the service-specific credential.
    pub user_name: String,
    /// The status of the service-specific credential. `Active` means that the key is valid for API calls, while `Inactive` means it is not.
    pub status: StatusType,
}
rt::structure!(
    ServiceSpecificCredential, SERVICE_SPECIFIC_CREDENTIAL, [create_date,
    expiration_date, service_name, service_user_name, service_password,
    service_credential_alias, service_credential_secret, service_specific_credential_id,
    user_name, status]
);
/// Contains additional details about a service-specific credential.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceSpecificCredentialMetadata {
    /// The name of the IAM user associated with the service-specific credential.
    pub user_name: String,
    /// The status of the service-specific credential. `Active` means that the key is valid for API calls, while `Inactive` means it is not.
    pub status: StatusType,
    /// The generated user name for the service-specific credential.
    pub service_user_name: Option<String>,
    /// For Bedrock API keys and CloudWatch Logs API keys, this is the public portion of the credential that includes the IAM user name and a suffix containing version and creation information.
    pub service_credential_alias: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the service-specific credential were created.
    pub create_date: rt::DateTime,
    /// The date and time when the service specific credential expires. This field is only present for Bedrock API keys and CloudWatch Logs API keys that were created with an expiration period.
    pub expiration_date: Option<rt::DateTime>,
    /// The unique identifier for the service-specific credential.
    pub service_specific_credential_id: String,
    /// The name of the service associated with the service-specific credential.
    pub service_name: String,
}
rt::structure!(
    ServiceSpecificCredentialMetadata, SERVICE_SPECIFIC_CREDENTIAL_METADATA, [user_name,
    status, service_user_name, service_credential_alias, create_date, expiration_date,
    service_specific_credential_id, service_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct SetDefaultPolicyVersionInput {
    /// The Amazon Resource Name (ARN) of the IAM policy whose default version you want to set.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_arn: String,
    /// The version of the policy to set as the default (operative) version.
    ///
    /// For more information about managed policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub version_id: String,
}
rt::structure!(
    SetDefaultPolicyVersionInput, SET_DEFAULT_POLICY_VERSION_INPUT, [policy_arn,
    version_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct SetSecurityTokenServicePreferencesInput {
    /// The version of the global endpoint token. Version 1 tokens are valid only in Amazon Web Services Regions that are available by default. These tokens do not work in manually enabled Regions, such as Asia Pacific (Hong Kong). Version 2 tokens are valid in all Regions. However, version 2 tokens are longer and might affect systems where you temporarily store tokens.
    ///
    /// For information, see [Activating and deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html) in the *IAM User Guide*.
    pub global_endpoint_token_version: GlobalEndpointTokenVersion,
}
rt::structure!(
    SetSecurityTokenServicePreferencesInput,
    SET_SECURITY_TOKEN_SERVICE_PREFERENCES_INPUT, [global_endpoint_token_version]
);
/// Contains information about an X.509 signing certificate.
///
/// This data type is used as a response element in the [UploadSigningCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html) and [ListSigningCertificates](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSigningCertificates.html) operations.
#[derive(Clone, Default, PartialEq)]
pub struct SigningCertificate {
    /// The name of the user the signing certificate is associated with.
    pub user_name: String,
    /// The ID for the signing certificate.
    pub certificate_id: String,
    /// The contents of the signing certificate.
    pub certificate_body: String,
    /// The status of the signing certificate. `Active` means that the key is valid for API calls, while `Inactive` means it is not.
    pub status: StatusType,
    /// The date when the signing certificate was uploaded.
    pub upload_date: Option<rt::DateTime>,
}
rt::structure!(
    SigningCertificate, SIGNING_CERTIFICATE, [user_name, certificate_id,
    certificate_body, status, upload_date]
);
#[derive(Clone, Default, PartialEq)]
pub struct SimulateCustomPolicyInput {
    /// A list of policy documents to include in the simulation. Each document is specified as a string containing the complete, valid JSON text of an IAM policy. Do not include any resource-based policies in this parameter. Any resource-based policy must be submitted with the `ResourcePolicy` parameter. The policies cannot be "scope-down" policies, such as you could include in a call to [GetFederationToken](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetFederationToken.html) or one of the [AssumeRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AssumeRole.html) API operations. In other words, do not use policies designed to restrict what a user can do while using the temporary credentials.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_input_list: Vec<String>,
    /// The IAM permissions boundary policy to simulate. The permissions boundary sets the maximum permissions that an IAM entity can have. You can input only one permissions boundary when you pass a policy to this operation. For more information about permissions boundaries, see [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*. The policy input is specified as a string that contains the complete, valid JSON text of a permissions boundary policy.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// An ordered list of service control policies (SCPs) to include in the simulation. Each element represents one level of an Organizations hierarchy, from the organization root to the account.
    ///
    /// The simulator evaluates SCPs in the order that you provide, consistent with how Organizations enforces SCPs. The first element must represent the organization root, and the last element must represent the account. Any elements between them represent organizational units (OUs) in descending order.
    ///
    /// Use this parameter to simulate the effect of an SCP hierarchy without calling [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html).
    pub ordered_organization_policy_input_list: Option<
        Vec<OrderedOrganizationPolicyType>,
    >,
    /// A list of names of API operations to evaluate in the simulation. Each operation is evaluated against each resource. Each operation must include the service identifier, such as `iam:CreateUser`. This operation does not support using wildcards (\*) in an action name.
    pub action_names: Vec<String>,
    /// A list of ARNs of Amazon Web Services resources to include in the simulation. If this parameter is not provided, then the value defaults to `\*` (all resources). Each API in the `ActionNames` parameter is evaluated for each resource in this list. The simulation determines the access result (allowed or denied) of each combination and reports it in the response. You can simulate resources that don't exist in your account.
    ///
    /// The simulation does not automatically retrieve policies for the specified resources. If you want to include a resource policy in the simulation, then you must include the policy as a string in the `ResourcePolicy` parameter.
    ///
    /// If you include a `ResourcePolicy`, then it must be applicable to all of the resources included in the simulation or you receive an invalid input error.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    ///
    /// Simulation of resource-based policies isn't supported for IAM roles.
    pub resource_arns: Option<Vec<String>>,
    /// A resource-based policy to include in the simulation provided as a string. Each resource in the simulation is treated as if it had this policy attached. You can include only one resource-based policy in a simulation.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    ///
    /// Simulation of resource-based policies isn't supported for IAM roles.
    pub resource_policy: Option<String>,
    /// An ARN representing the Amazon Web Services account ID that specifies the owner of any simulated resource that does not identify its owner in the resource ARN. Examples of resource ARNs include an S3 bucket or object. If `ResourceOwner` is specified, it is also used as the account owner of any `ResourcePolicy` included in the simulation. If the `ResourceOwner` parameter is not specified, then the owner of the resources and the resource policy defaults to the account of the identity provided in `CallerArn`. This parameter is required only if you specify a resource-based policy and account that owns the resource is different from the account that owns the simulated calling user `CallerArn`.
    ///
    /// The ARN for an account uses the following syntax: `arn:aws:iam::*AWS-account-ID*:root`. For example, to represent the account with the 112233445566 ID, use the following ARN: `arn:aws:iam::112233445566-ID:root`.
    pub resource_owner: Option<String>,
    /// The ARN of the IAM user, group, or role that you want to use as the simulated caller of the API operations. `CallerArn` is required if you include a `ResourcePolicy` so that the policy's `Principal` element has a value to use in evaluating the policy.
    ///
    /// You cannot specify the ARN of an assumed role, federated user, or a service principal.
    pub caller_arn: Option<String>,
    /// A list of context keys and corresponding values for the simulation to use. Whenever a context key is evaluated in one of the simulated IAM permissions policies, the corresponding value is supplied.
    pub context_entries: Option<Vec<ContextEntry>>,
    /// Specifies the type of simulation to run. Different API operations that support resource-based policies require different combinations of resources. By specifying the type of simulation to run, you enable the policy simulator to enforce the presence of the required resources to ensure reliable simulation results. If your simulation does not match one of the following scenarios, then you can omit this parameter. The following list shows each of the supported scenario values and the resources that you must define to run the simulation.
    ///
    /// Each of the Amazon EC2 scenarios requires that you specify instance, image, and security group resources. If your scenario includes an EBS volume, then you must specify that volume as a resource. If the Amazon EC2 scenario includes VPC, then you must supply the network interface resource. If it includes an IP subnet, then you must specify the subnet resource. For more information on the Amazon EC2 scenario options, see [Supported platforms](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-supported-platforms.html) in the *Amazon EC2 User Guide*.
    ///
    /// - **EC2-VPC-InstanceStore**
    ///
    /// instance, image, security group, network interface
    ///
    /// - **EC2-VPC-InstanceStore-Subnet**
    ///
    /// instance, image, security group, network interface, subnet
    ///
    /// - **EC2-VPC-EBS**
    ///
    /// instance, image, security group, network interface, volume
    ///
    /// - **EC2-VPC-EBS-Subnet**
    ///
    /// instance, image, security group, network interface, subnet, volume
    pub resource_handling_option: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}
rt::structure!(
    SimulateCustomPolicyInput, SIMULATE_CUSTOM_POLICY_INPUT, [policy_input_list,
    permissions_boundary_policy_input_list, ordered_organization_policy_input_list,
    action_names, resource_arns, resource_policy, resource_owner, caller_arn,
    context_entries, resource_handling_option, max_items, marker]
);
/// Contains the response to a successful [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html) or [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct SimulatePolicyResponse {
    /// The results of the simulation.
    pub evaluation_results: Option<Vec<EvaluationResult>>,
    /// A flag that indicates whether there are more items to return. If your results were truncated, you can make a subsequent pagination request using the `Marker` request parameter to retrieve more items. Note that IAM might return fewer than the `MaxItems` number of results even when there are more results available. We recommend that you check `IsTruncated` after every call to ensure that you receive all your results.
    pub is_truncated: Option<bool>,
    /// When `IsTruncated` is `true`, this element is present and contains the value to use for the `Marker` parameter in a subsequent pagination request.
    pub marker: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SimulatePolicyResponse, SIMULATE_POLICY_RESPONSE, [evaluation_results, is_truncated,
    marker], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct SimulatePrincipalPolicyInput {
    /// The Amazon Resource Name (ARN) of a user, group, or role whose policies you want to include in the simulation. If you specify a user, group, or role, the simulation includes all policies that are associated with that entity. If you specify a user, the simulation also includes all policies that are attached to any groups the user belongs to.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub policy_source_arn: String,
    /// An optional list of additional policy documents to include in the simulation. Each document is specified as a string containing the complete, valid JSON text of an IAM policy.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_input_list: Option<Vec<String>>,
    /// The IAM permissions boundary policy to simulate. The permissions boundary sets the maximum permissions that the entity can have. You can input only one permissions boundary when you pass a policy to this operation. An IAM entity can only have one permissions boundary in effect at a time. For example, if a permissions boundary is attached to an entity and you pass in a different permissions boundary policy using this parameter, then the new permissions boundary policy is used for the simulation. For more information about permissions boundaries, see [Permissions boundaries for IAM entities](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*. The policy input is specified as a string containing the complete, valid JSON text of a permissions boundary policy.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// A list of policies to exclude from the simulation. Use this parameter to test what the simulation result would be if a policy were removed, without changing which policies are actually attached to the principal identified by `PolicySourceArn`.
    ///
    /// Each entry is a [PolicyIdentifier](https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyIdentifier.html) that identifies one or more policies to exclude by policy type, by Amazon Resource Name (ARN), or by the name of an inline policy and the entity it is attached to.
    ///
    /// Syntactically invalid identifiers, such as malformed ARNs or wildcards in disallowed positions, cause the request to fail with an `InvalidInput` error. Syntactically valid identifiers that don't match any attached policy are ignored. Resource control policies (RCPs) are not supported in this release; identifiers that target RCPs are also ignored.
    pub policy_exclusion_list: Option<Vec<PolicyIdentifier>>,
    /// A list of names of API operations to evaluate in the simulation. Each operation is evaluated for each resource. Each operation must include the service identifier, such as `iam:CreateUser`.
    pub action_names: Vec<String>,
    /// A list of ARNs of Amazon Web Services resources to include in the simulation. If this parameter is not provided, then the value defaults to `\*` (all resources). Each API in the `ActionNames` parameter is evaluated for each resource in this list. The simulation determines the access result (allowed or denied) of each combination and reports it in the response. You can simulate resources that don't exist in your account.
    ///
    /// The simulation does not automatically retrieve policies for the specified resources. If you want to include a resource policy in the simulation, then you must include the policy as a string in the `ResourcePolicy` parameter.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    ///
    /// Simulation of resource-based policies isn't supported for IAM roles.
    pub resource_arns: Option<Vec<String>>,
    /// A resource-based policy to include in the simulation provided as a string. Each resource in the simulation is treated as if it had this policy attached. You can include only one resource-based policy in a simulation.
    ///
    /// The maximum length of the policy document that you can pass in this operation, including whitespace, is listed below. To view the maximum character counts of a managed policy with no whitespaces, see [IAM and STS character quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length).
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    ///
    /// Simulation of resource-based policies isn't supported for IAM roles.
    pub resource_policy: Option<String>,
    /// An Amazon Web Services account ID that specifies the owner of any simulated resource that does not identify its owner in the resource ARN. Examples of resource ARNs include an S3 bucket or object. If `ResourceOwner` is specified, it is also used as the account owner of any `ResourcePolicy` included in the simulation. If the `ResourceOwner` parameter is not specified, then the owner of the resources and the resource policy defaults to the account of the identity provided in `CallerArn`. This parameter is required only if you specify a resource-based policy and account that owns the resource is different from the account that owns the simulated calling user `CallerArn`.
    pub resource_owner: Option<String>,
    /// The ARN of the IAM user, group, or role that you want to specify as the simulated caller of the API operations. If you do not specify a `CallerArn`, it defaults to the ARN of the user, group, or role that you specify in `PolicySourceArn`. If you include both a `PolicySourceArn` (for example, `arn:aws:iam::123456789012:user/David`) and a `CallerArn` (for example, `arn:aws:iam::123456789012:user/Bob`), the result is that you simulate calling the API operations as Bob, as if Bob had David's policies.
    ///
    /// You can specify the ARN of an IAM user, group, or role. You cannot specify the ARN of an assumed role, federated user, or a service principal.
    ///
    /// `CallerArn` is required if you include a `ResourcePolicy` and the `PolicySourceArn` is not the ARN for an IAM user, group, or role. This is required so that the resource-based policy's `Principal` element has a value to use in evaluating the policy.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub caller_arn: Option<String>,
    /// A list of context keys and corresponding values for the simulation to use. Whenever a context key is evaluated in one of the simulated IAM permissions policies, the corresponding value is supplied.
    pub context_entries: Option<Vec<ContextEntry>>,
    /// Specifies the type of simulation to run. Different API operations that support resource-based policies require different combinations of resources. By specifying the type of simulation to run, you enable the policy simulator to enforce the presence of the required resources to ensure reliable simulation results. If your simulation does not match one of the following scenarios, then you can omit this parameter. The following list shows each of the supported scenario values and the resources that you must define to run the simulation.
    ///
    /// Each of the Amazon EC2 scenarios requires that you specify instance, image, and security group resources. If your scenario includes an EBS volume, then you must specify that volume as a resource. If the Amazon EC2 scenario includes VPC, then you must supply the network interface resource. If it includes an IP subnet, then you must specify the subnet resource. For more information on the Amazon EC2 scenario options, see [Supported platforms](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-supported-platforms.html) in the *Amazon EC2 User Guide*.
    ///
    /// - **EC2-VPC-InstanceStore**
    ///
    /// instance, image, security group, network interface
    ///
    /// - **EC2-VPC-InstanceStore-Subnet**
    ///
    /// instance, image, security group, network interface, subnet
    ///
    /// - **EC2-VPC-EBS**
    ///
    /// instance, image, security group, network interface, volume
    ///
    /// - **EC2-VPC-EBS-Subnet**
    ///
    /// instance, image, security group, network interface, subnet, volume
    pub resource_handling_option: Option<String>,
    /// Use this only when paginating results to indicate the maximum number of items you want in the response. If additional items exist beyond the maximum you specify, the `IsTruncated` response element is `true`.
    ///
    /// If you do not include this parameter, the number of items defaults to 100. Note that IAM might return fewer results, even when there are more results available. In that case, the `IsTruncated` response element returns `true`, and `Marker` contains a value to include in the subsequent call that tells the service where to continue from.
    pub max_items: Option<i32>,
    /// Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the `Marker` element in the response that you received to indicate where the next call should start.
    pub marker: Option<String>,
}
rt::structure!(
    SimulatePrincipalPolicyInput, SIMULATE_PRINCIPAL_POLICY_INPUT, [policy_source_arn,
    policy_input_list, permissions_boundary_policy_input_list, policy_exclusion_list,
    action_names, resource_arns, resource_policy, resource_owner, caller_arn,
    context_entries, resource_handling_option, max_items, marker]
);
/// Contains information about the role template that a role was created from.
#[derive(Clone, Default, PartialEq)]
pub struct SourceRoleTemplate {
    /// The Amazon Resource Name (ARN) of the role template that the role was created from.
    pub template_arn: String,
    /// The minor version of the role template that was used to create the role.
    pub template_minor_version: i32,
}
rt::structure!(
    SourceRoleTemplate, SOURCE_ROLE_TEMPLATE, [template_arn, template_minor_version]
);
/// Contains a reference to a `Statement` element in a policy document that determines the result of the simulation.
///
/// This data type is used by the `MatchedStatements` member of the ` [EvaluationResult](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html) ` type.
#[derive(Clone, Default, PartialEq)]
pub struct Statement {
    /// The identifier of the policy that was provided as an input.
    pub source_policy_id: Option<String>,
    /// The type of the policy.
    pub source_policy_type: Option<PolicySourceType>,
    /// The row and column of the beginning of the `Statement` in an IAM policy.
    pub start_position: Option<Position>,
    /// The row and column of the end of a `Statement` in an IAM policy.
    pub end_position: Option<Position>,
}
rt::structure!(
    Statement, STATEMENT, [source_policy_id, source_policy_type, start_position,
    end_position]
);
/// A structure that represents user-provided metadata that can be associated with an IAM resource. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The key name that can be used to look up or retrieve the associated value. For example, `Department` or `Cost Center` are common choices.
    pub key: String,
    /// The value associated with this tag. For example, tags with a key name of `Department` could have values such as `Human Resources`, `Accounting`, and `Support`. Tags with a key name of `Cost Center` might have values that consist of the number associated with the different cost centers in your company. Typically, many resources have tags with the same key name but with different values.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagInstanceProfileInput {
    /// The name of the IAM instance profile to which you want to add tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
    /// The list of tags that you want to attach to the IAM instance profile. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(
    TagInstanceProfileInput, TAG_INSTANCE_PROFILE_INPUT, [instance_profile_name, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct TagMfaDeviceInput {
    /// The unique identifier for the IAM virtual MFA device to which you want to add tags. For virtual MFA devices, the serial number is the same as the ARN.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub serial_number: String,
    /// The list of tags that you want to attach to the IAM virtual MFA device. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(TagMfaDeviceInput, TAG_MFA_DEVICE_INPUT, [serial_number, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagOpenIdConnectProviderInput {
    /// The ARN of the OIDC identity provider in IAM to which you want to add tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub open_id_connect_provider_arn: String,
    /// The list of tags that you want to attach to the OIDC identity provider in IAM. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(
    TagOpenIdConnectProviderInput, TAG_OPEN_ID_CONNECT_PROVIDER_INPUT,
    [open_id_connect_provider_arn, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct TagPolicyInput {
    /// The ARN of the IAM customer managed policy to which you want to add tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_arn: String,
    /// The list of tags that you want to attach to the IAM customer managed policy. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(TagPolicyInput, TAG_POLICY_INPUT, [policy_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagRoleInput {
    /// The name of the IAM role to which you want to add tags.
    ///
    /// This parameter accepts (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that consist of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The list of tags that you want to attach to the IAM role. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(TagRoleInput, TAG_ROLE_INPUT, [role_name, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagSamlProviderInput {
    /// The ARN of the SAML identity provider in IAM to which you want to add tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub saml_provider_arn: String,
    /// The list of tags that you want to attach to the SAML identity provider in IAM. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(TagSamlProviderInput, TAG_SAML_PROVIDER_INPUT, [saml_provider_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagServerCertificateInput {
    /// The name of the IAM server certificate to which you want to add tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
    /// The list of tags that you want to attach to the IAM server certificate. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(
    TagServerCertificateInput, TAG_SERVER_CERTIFICATE_INPUT, [server_certificate_name,
    tags]
);
/// Represents a tag that is applied to roles that are created from a role template. The key and value can include `@{parameter}` placeholders that are replaced with template parameter values when the role is created.
#[derive(Clone, Default, PartialEq)]
pub struct TagTemplate {
    /// The key name of the tag.
    pub key: String,
    /// The value associated with the tag key.
    pub value: String,
}
rt::structure!(TagTemplate, TAG_TEMPLATE, [key, value]);
#[derive(Clone, Default, PartialEq)]
pub struct TagUserInput {
    /// The name of the IAM user to which you want to add tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The list of tags that you want to attach to the IAM user. Each tag consists of a key name and an associated value.
    pub tags: Vec<Tag>,
}
rt::structure!(TagUserInput, TAG_USER_INPUT, [user_name, tags]);
/// Contains details about the most recent attempt to access an action within the service.
///
/// This data type is used as a response element in the [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct TrackedActionLastAccessed {
    /// The name of the tracked action to which access was attempted. Tracked actions are actions that report activity to IAM.
    pub action_name: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub last_accessed_entity: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when an authenticated entity most recently attempted to access the tracked service. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no IAM entities attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_accessed_time: Option<rt::DateTime>,
    /// The Region from which the authenticated entity (user or role) last attempted to access the tracked action. Amazon Web Services does not report unauthenticated requests.
    ///
    /// This field is null if no IAM entities attempted to access the service within the [tracking period](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#service-last-accessed-reporting-period).
    pub last_accessed_region: Option<String>,
}
rt::structure!(
    TrackedActionLastAccessed, TRACKED_ACTION_LAST_ACCESSED, [action_name,
    last_accessed_entity, last_accessed_time, last_accessed_region]
);
/// The request was rejected because service-linked roles are protected Amazon Web Services resources. Only the service that depends on the service-linked role can modify or delete the role on your behalf. The error message includes the name of the service that depends on this service-linked role. You must request the change through that service.
#[derive(Clone, Default, PartialEq)]
pub struct UnmodifiableEntityException {
    pub message: Option<String>,
}
rt::structure!(UnmodifiableEntityException, UNMODIFIABLE_ENTITY_EXCEPTION, [message]);
/// The request was rejected because the public key encoding format is unsupported or unrecognized.
#[derive(Clone, Default, PartialEq)]
pub struct UnrecognizedPublicKeyEncodingException {
    pub message: Option<String>,
}
rt::structure!(
    UnrecognizedPublicKeyEncodingException, UNRECOGNIZED_PUBLIC_KEY_ENCODING_EXCEPTION,
    [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagInstanceProfileInput {
    /// The name of the IAM instance profile from which you want to remove tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub instance_profile_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified instance profile.
    pub tag_keys: Vec<String>,
}
rt::structure!(
    UntagInstanceProfileInput, UNTAG_INSTANCE_PROFILE_INPUT, [instance_profile_name,
    tag_keys]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagMfaDeviceInput {
    /// The unique identifier for the IAM virtual MFA device from which you want to remove tags. For virtual MFA devices, the serial number is the same as the ARN.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub serial_number: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified instance profile.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagMfaDeviceInput, UNTAG_MFA_DEVICE_INPUT, [serial_number, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagOpenIdConnectProviderInput {
    /// The ARN of the OIDC provider in IAM from which you want to remove tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub open_id_connect_provider_arn: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified OIDC provider.
    pub tag_keys: Vec<String>,
}
rt::structure!(
    UntagOpenIdConnectProviderInput, UNTAG_OPEN_ID_CONNECT_PROVIDER_INPUT,
    [open_id_connect_provider_arn, tag_keys]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagPolicyInput {
    /// The ARN of the IAM customer managed policy from which you want to remove tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub policy_arn: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified policy.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagPolicyInput, UNTAG_POLICY_INPUT, [policy_arn, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagRoleInput {
    /// The name of the IAM role from which you want to remove tags.
    ///
    /// This parameter accepts (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that consist of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified role.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagRoleInput, UNTAG_ROLE_INPUT, [role_name, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagSamlProviderInput {
    /// The ARN of the SAML identity provider in IAM from which you want to remove tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub saml_provider_arn: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified SAML identity provider.
    pub tag_keys: Vec<String>,
}
rt::structure!(
    UntagSamlProviderInput, UNTAG_SAML_PROVIDER_INPUT, [saml_provider_arn, tag_keys]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagServerCertificateInput {
    /// The name of the IAM server certificate from which you want to remove tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified IAM server certificate.
    pub tag_keys: Vec<String>,
}
rt::structure!(
    UntagServerCertificateInput, UNTAG_SERVER_CERTIFICATE_INPUT,
    [server_certificate_name, tag_keys]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagUserInput {
    /// The name of the IAM user from which you want to remove tags.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// A list of key names as a simple array of strings. The tags with matching keys are removed from the specified user.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagUserInput, UNTAG_USER_INPUT, [user_name, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccessKeyInput {
    /// The name of the user whose key you want to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The access key ID of the secret access key you want to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub access_key_id: String,
    /// The status you want to assign to the secret access key. `Active` means that the key can be used for programmatic calls to Amazon Web Services, while `Inactive` means that the key cannot be used.
    pub status: StatusType,
}
rt::structure!(
    UpdateAccessKeyInput, UPDATE_ACCESS_KEY_INPUT, [user_name, access_key_id, status]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccountPasswordPolicyInput {
    /// The minimum number of characters allowed in an IAM user password.
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `6`.
    pub minimum_password_length: Option<i32>,
    /// Specifies whether IAM user passwords must contain at least one of the following non-alphanumeric characters:
    ///
    /// ! @ \# $ % ^ & \* ( ) \_ + - = \[ \] { } \| '
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `false`. The result is that passwords do not require at least one symbol character.
    pub require_symbols: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one numeric character (0 to 9).
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `false`. The result is that passwords do not require at least one numeric character.
    pub require_numbers: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one uppercase character from the ISO basic Latin alphabet (A to Z).
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `false`. The result is that passwords do not require at least one uppercase character.
    pub require_uppercase_characters: Option<bool>,
    /// Specifies whether IAM user passwords must contain at least one lowercase character from the ISO basic Latin alphabet (a to z).
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `false`. The result is that passwords do not require at least one lowercase character.
    pub require_lowercase_characters: Option<bool>,
    /// Allows all IAM users in your account to use the Amazon Web Services Management Console to change their own passwords. For more information, see [Permitting IAM users to change their own passwords](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html) in the *IAM User Guide*.
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `false`. The result is that IAM users in the account do not automatically have permissions to change their own password.
    pub allow_users_to_change_password: Option<bool>,
    /// The number of days that an IAM user password is valid.
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `0`. The result is that IAM user passwords never expire.
    pub max_password_age: Option<i32>,
    /// Specifies the number of previous passwords that IAM users are prevented from reusing.
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `0`. The result is that IAM users are not prevented from reusing previous passwords.
    pub password_reuse_prevention: Option<i32>,
    /// Prevents IAM users who are accessing the account via the Amazon Web Services Management Console from setting a new console password after their password has expired. The IAM user cannot access the console until an administrator resets the password.
    ///
    /// If you do not specify a value for this parameter, then the operation uses the default value of `false`. The result is that IAM users can change their passwords after they expire and continue to sign in as the user.
    ///
    /// In the Amazon Web Services Management Console, the custom password policy option **Allow users to change their own password** gives IAM users permissions to `iam:ChangePassword` for only their user and to the `iam:GetAccountPasswordPolicy` action. This option does not attach a permissions policy to each user, rather the permissions are applied at the account-level for all users by IAM. IAM users with `iam:ChangePassword` permission and active access keys can reset their own expired console password using the CLI or API.
    pub hard_expiry: Option<bool>,
}
rt::structure!(
    UpdateAccountPasswordPolicyInput, UPDATE_ACCOUNT_PASSWORD_POLICY_INPUT,
    [minimum_password_length, require_symbols, require_numbers,
    require_uppercase_characters, require_lowercase_characters,
    allow_users_to_change_password, max_password_age, password_reuse_prevention,
    hard_expiry]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAssumeRolePolicyInput {
    /// The name of the role to update with the new policy.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub role_name: String,
    /// The policy that grants an entity permission to assume the role.
    ///
    /// You must provide policies in JSON format in IAM. However, for CloudFormation templates formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always converts a YAML policy to JSON format before submitting it to IAM.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub policy_document: String,
}
rt::structure!(
    UpdateAssumeRolePolicyInput, UPDATE_ASSUME_ROLE_POLICY_INPUT, [role_name,
    policy_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateDelegationRequestInput {
    /// The unique identifier of the delegation request to update.
    pub delegation_request_id: String,
    /// Additional notes or comments to add to the delegation request.
    pub notes: Option<String>,
}
rt::structure!(
    UpdateDelegationRequestInput, UPDATE_DELEGATION_REQUEST_INPUT,
    [delegation_request_id, notes]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateGroupInput {
    /// Name of the IAM group to update. If you're changing the name of the group, this is the original name.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub group_name: String,
    /// New path for the IAM group. Only include this if changing the group's path.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub new_path: Option<String>,
    /// New name for the IAM group. Only include this if changing the group's name.
    ///
    /// IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case. For example, you cannot create resources named both "MyResource" and "myresource".
    pub new_group_name: Option<String>,
}
rt::structure!(
    UpdateGroupInput, UPDATE_GROUP_INPUT, [group_name, new_path, new_group_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateLoginProfileInput {
    /// The name of the user whose password you want to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The new password for the specified IAM user.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    ///
    /// However, the format can be further restricted by the account administrator by setting a password policy on the Amazon Web Services account. For more information, see [UpdateAccountPasswordPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html).
    pub password: Option<String>,
    /// Allows this new password to be used only once by requiring the specified IAM user to set a new password on next sign-in.
    pub password_reset_required: Option<bool>,
}
rt::structure!(
    UpdateLoginProfileInput, UPDATE_LOGIN_PROFILE_INPUT, [user_name, password,
    password_reset_required]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateOpenIdConnectProviderThumbprintInput {
    /// The Amazon Resource Name (ARN) of the IAM OIDC provider resource object for which you want to update the thumbprint. You can get a list of OIDC provider ARNs by using the [ListOpenIDConnectProviders](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html) operation.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub open_id_connect_provider_arn: String,
    /// A list of certificate thumbprints that are associated with the specified IAM OpenID Connect provider. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html).
    pub thumbprint_list: Vec<String>,
}
rt::structure!(
    UpdateOpenIdConnectProviderThumbprintInput,
    UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT_INPUT, [open_id_connect_provider_arn,
    thumbprint_list]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateRoleDescriptionInput {
    /// The name of the role that you want to modify.
    pub role_name: String,
    /// The new description that you want to apply to the specified role.
    pub description: String,
}
rt::structure!(
    UpdateRoleDescriptionInput, UPDATE_ROLE_DESCRIPTION_INPUT, [role_name, description]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateRoleDescriptionOutput {
    /// A structure that contains details about the modified role.
    pub role: Option<Role>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateRoleDescriptionOutput, UPDATE_ROLE_DESCRIPTION_OUTPUT, [role], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateRoleInput {
    /// The name of the role that you want to modify.
    pub role_name: String,
    /// The new description that you want to apply to the specified role.
    pub description: Option<String>,
    /// The maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default value of one hour is applied. This setting can have a value from 1 hour to 12 hours.
    ///
    /// Anyone who assumes the role from the CLI or API can use the `DurationSeconds` API parameter or the `duration-seconds` CLI parameter to request a longer session. The `MaxSessionDuration` setting determines the maximum duration that can be requested using the `DurationSeconds` parameter. If users don't specify a value for the `DurationSeconds` parameter, their security credentials are valid for one hour by default. This applies when you use the `AssumeRole\*` API operations or the `assume-role\*` CLI operations but does not apply when you use those operations to create a console URL. For more information, see [Using IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html) in the *IAM User Guide*.
    ///
    /// IAM role credentials provided by Amazon EC2 instances assigned to the role are not subject to the specified maximum session duration.
    pub max_session_duration: Option<i32>,
}
rt::structure!(
    UpdateRoleInput, UPDATE_ROLE_INPUT, [role_name, description, max_session_duration]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateRoleOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(UpdateRoleOutput, UPDATE_ROLE_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSamlProviderInput {
    /// An XML document generated by an identity provider (IdP) that supports SAML 2.0. The document includes the issuer's name, expiration information, and keys that can be used to validate the SAML authentication response (assertions) that are received from the IdP. You must generate the metadata document using the identity management software that is used as your IdP.
    pub saml_metadata_document: Option<String>,
    /// The Amazon Resource Name (ARN) of the SAML provider to update.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub saml_provider_arn: String,
    /// Specifies the encryption setting for the SAML provider.
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// Specifies the new private key from your external identity provider. The private key must be a .pem file that uses AES-GCM or AES-CBC encryption algorithm to decrypt SAML assertions.
    pub add_private_key: Option<String>,
    /// The Key ID of the private key to remove.
    pub remove_private_key: Option<String>,
}
rt::structure!(
    UpdateSamlProviderInput, UPDATE_SAML_PROVIDER_INPUT, [saml_metadata_document,
    saml_provider_arn, assertion_encryption_mode, add_private_key, remove_private_key]
);
/// Contains the response to a successful [UpdateSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSAMLProvider.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSamlProviderOutput {
    /// The Amazon Resource Name (ARN) of the SAML provider that was updated.
    pub saml_provider_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateSamlProviderOutput, UPDATE_SAML_PROVIDER_OUTPUT, [saml_provider_arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSshPublicKeyInput {
    /// The name of the IAM user associated with the SSH public key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The unique identifier for the SSH public key.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub ssh_public_key_id: String,
    /// The status to assign to the SSH public key. `Active` means that the key can be used for authentication with an CodeCommit repository. `Inactive` means that the key cannot be used.
    pub status: StatusType,
}
rt::structure!(
    UpdateSshPublicKeyInput, UPDATE_SSH_PUBLIC_KEY_INPUT, [user_name, ssh_public_key_id,
    status]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateServerCertificateInput {
    /// The name of the server certificate that you want to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
    /// The new path for the server certificate. Include this only if you are updating the server certificate's path.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub new_path: Option<String>,
    /// The new name for the server certificate. Include this only if you are updating the server certificate's name. The name of the certificate cannot contain any spaces.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub new_server_certificate_name: Option<String>,
}
rt::structure!(
    UpdateServerCertificateInput, UPDATE_SERVER_CERTIFICATE_INPUT,
    [server_certificate_name, new_path, new_server_certificate_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateServiceSpecificCredentialInput {
    /// The name of the IAM user associated with the service-specific credential. If you do not specify this value, then the operation assumes the user whose credentials are used to call the operation.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The unique identifier of the service-specific credential.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub service_specific_credential_id: String,
    /// The status to be assigned to the service-specific credential.
    pub status: StatusType,
}
rt::structure!(
    UpdateServiceSpecificCredentialInput, UPDATE_SERVICE_SPECIFIC_CREDENTIAL_INPUT,
    [user_name, service_specific_credential_id, status]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSigningCertificateInput {
    /// The name of the IAM user the signing certificate belongs to.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The ID of the signing certificate you want to update.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters that can consist of any upper or lowercased letter or digit.
    pub certificate_id: String,
    /// The status you want to assign to the certificate. `Active` means that the certificate can be used for programmatic calls to Amazon Web Services `Inactive` means that the certificate cannot be used.
    pub status: StatusType,
}
rt::structure!(
    UpdateSigningCertificateInput, UPDATE_SIGNING_CERTIFICATE_INPUT, [user_name,
    certificate_id, status]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateUserInput {
    /// Name of the user to update. If you're changing the name of the user, this is the original user name.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// New path for the IAM user. Include this parameter only if you're changing the user's path.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    pub new_path: Option<String>,
    /// New name for the user. Include this parameter only if you're changing the user's name.
    ///
    /// IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case. For example, you cannot create resources named both "MyResource" and "myresource".
    pub new_user_name: Option<String>,
}
rt::structure!(UpdateUserInput, UPDATE_USER_INPUT, [user_name, new_path, new_user_name]);
#[derive(Clone, Default, PartialEq)]
pub struct UploadSshPublicKeyInput {
    /// The name of the IAM user to associate the SSH public key with.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: String,
    /// The SSH public key. The public key must be encoded in ssh-rsa format or PEM format. The minimum bit-length of the public key is 2048 bits. For example, you can generate a 2048-bit key, and the resulting PEM file is 1679 bytes long.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub ssh_public_key_body: String,
}
rt::structure!(
    UploadSshPublicKeyInput, UPLOAD_SSH_PUBLIC_KEY_INPUT, [user_name,
    ssh_public_key_body]
);
/// Contains the response to a successful [UploadSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct UploadSshPublicKeyOutput {
    /// Contains information about the SSH public key.
    pub ssh_public_key: Option<SshPublicKey>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UploadSshPublicKeyOutput, UPLOAD_SSH_PUBLIC_KEY_OUTPUT, [ssh_public_key], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UploadServerCertificateInput {
    /// The path for the server certificate. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. If it is not included, it defaults to a slash (/). This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (`\u0021`) through the DEL character (`\u007F`), including most punctuation characters, digits, and upper and lowercased letters.
    ///
    /// If you are uploading a server certificate specifically for use with Amazon CloudFront distributions, you must specify a path using the `path` parameter. The path must begin with `/cloudfront` and must include a trailing slash (for example, `/cloudfront/test/`).
    pub path: Option<String>,
    /// The name for the server certificate. Do not include the path in this value. The name of the certificate cannot contain any spaces.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub server_certificate_name: String,
    /// The contents of the public key certificate in PEM-encoded format.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub certificate_body: String,
    /// The contents of the private key in PEM-encoded format.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub private_key: String,
    /// The contents of the certificate chain. This is typically a concatenation of the PEM-encoded public key certificates of the chain.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub certificate_chain: Option<String>,
    /// A list of tags that you want to attach to the new IAM server certificate resource. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    UploadServerCertificateInput, UPLOAD_SERVER_CERTIFICATE_INPUT, [path,
    server_certificate_name, certificate_body, private_key, certificate_chain, tags]
);
/// Contains the response to a successful [UploadServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct UploadServerCertificateOutput {
    /// The meta information of the uploaded server certificate without its certificate body, certificate chain, and private key.
    pub server_certificate_metadata: Option<ServerCertificateMetadata>,
    /// A list of tags that are attached to the new IAM server certificate. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UploadServerCertificateOutput, UPLOAD_SERVER_CERTIFICATE_OUTPUT,
    [server_certificate_metadata, tags], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UploadSigningCertificateInput {
    /// The name of the user the signing certificate is for.
    ///
    /// This parameter allows (through its [regex pattern](http://wikipedia.org/wiki/regex)) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: \_+=,.@-
    pub user_name: Option<String>,
    /// The contents of the signing certificate.
    ///
    /// The [regex pattern](http://wikipedia.org/wiki/regex) used to validate this parameter is a string of characters consisting of the following:
    ///
    /// - Any printable ASCII character ranging from the space character (`\u0020`) through the end of the ASCII character range
    ///
    /// - The printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`)
    ///
    /// - The special characters tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`)
    pub certificate_body: String,
}
rt::structure!(
    UploadSigningCertificateInput, UPLOAD_SIGNING_CERTIFICATE_INPUT, [user_name,
    certificate_body]
);
/// Contains the response to a successful [UploadSigningCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html) request.
#[derive(Clone, Default, PartialEq)]
pub struct UploadSigningCertificateOutput {
    /// Information about the certificate.
    pub certificate: SigningCertificate,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UploadSigningCertificateOutput, UPLOAD_SIGNING_CERTIFICATE_OUTPUT, [certificate],
    meta = response_metadata
);
/// Contains information about an IAM user entity.
///
/// This data type is used as a response element in the following operations:
///
/// - [CreateUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html)
///
/// - [GetUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html)
///
/// - [ListUsers](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html)
#[derive(Clone, Default, PartialEq)]
pub struct User {
    /// The path to the user. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    ///
    /// The ARN of the policy used to set the permissions boundary for the user.
    pub path: String,
    /// The friendly name identifying the user.
    pub user_name: String,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub user_id: String,
    /// The Amazon Resource Name (ARN) that identifies the user. For more information about ARNs and how to use ARNs in policies, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub arn: String,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the user was created.
    pub create_date: rt::DateTime,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the user's password was last used to sign in to an Amazon Web Services website. For a list of Amazon Web Services websites that capture a user's last sign-in time, see the [Credential reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) topic in the *IAM User Guide*. If a password is used more than once in a five-minute span, only the first use is returned in this field. If the field is null (no value), then it indicates that they never signed in with a password. This can be because:
    ///
    /// - The user never had a password.
    ///
    /// - A password exists but has not been used since IAM started tracking this information on October 20, 2014.
    ///
    /// A null value does not mean that the user *never* had a password. Also, if the user does not currently have a password but had one in the past, then this field contains the date and time the most recent password was used.
    ///
    /// This value is returned only in the [GetUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html) and [ListUsers](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html) operations.
    pub password_last_used: Option<rt::DateTime>,
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are associated with the user. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    User, USER, [path, user_name, user_id, arn, create_date, password_last_used,
    permissions_boundary, tags]
);
/// Contains information about an IAM user, including all the user's policies and all the IAM groups the user is in.
///
/// This data type is used as a response element in the [GetAccountAuthorizationDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct UserDetail {
    /// The path to the user. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub path: Option<String>,
    /// The friendly name identifying the user.
    pub user_name: Option<String>,
    /// The stable and unique string identifying the user. For more information about IDs, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide*.
    pub user_id: Option<String>,
    /// The Amazon Resource Name (ARN). ARNs are unique identifiers for Amazon Web Services resources.
    ///
    /// For more information about ARNs, go to [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the user was created.
    pub create_date: Option<rt::DateTime>,
    /// A list of the inline policies embedded in the user.
    pub user_policy_list: Option<Vec<PolicyDetail>>,
    /// A list of IAM groups that the user is in.
    pub group_list: Option<Vec<String>>,
    /// A list of the managed policies attached to the user.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// The ARN of the policy used to set the permissions boundary for the user.
    ///
    /// For more information about permissions boundaries, see [Permissions boundaries for IAM identities ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html) in the *IAM User Guide*.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// A list of tags that are associated with the user. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    UserDetail, USER_DETAIL, [path, user_name, user_id, arn, create_date,
    user_policy_list, group_list, attached_managed_policies, permissions_boundary, tags]
);
/// Contains information about a virtual MFA device.
#[derive(Clone, Default, PartialEq)]
pub struct VirtualMfaDevice {
    /// The serial number associated with `VirtualMFADevice`.
    pub serial_number: String,
    /// The base32 seed defined as specified in [RFC3548](https://tools.ietf.org/html/rfc3548.txt). The `Base32StringSeed` is base32-encoded.
    pub base32_string_seed: Option<Vec<u8>>,
    /// A QR code PNG image that encodes `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String` where `$virtualMFADeviceName` is one of the create call arguments. `AccountName` is the user name if set (otherwise, the account ID otherwise), and `Base32String` is the seed in base32 format. The `Base32String` value is base64-encoded.
    pub qr_code_png: Option<Vec<u8>>,
    /// The IAM user associated with this virtual MFA device.
    pub user: Option<User>,
    /// The date and time on which the virtual MFA device was enabled.
    pub enable_date: Option<rt::DateTime>,
    /// A list of tags that are attached to the virtual MFA device. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    VirtualMfaDevice, VIRTUAL_MFA_DEVICE, [serial_number, base32_string_seed,
    qr_code_png, user, enable_date, tags]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssertionEncryptionModeType {
    /// `Required`
    Required,
    /// `Allowed`
    Allowed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AssertionEncryptionModeType, { Required => "Required", Allowed => "Allowed" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignmentStatusType {
    /// `Assigned`
    Assigned,
    /// `Unassigned`
    Unassigned,
    /// `Any`
    Any,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AssignmentStatusType, { Assigned => "Assigned", Unassigned => "Unassigned", Any =>
    "Any" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingType {
    /// `SSH`
    Ssh,
    /// `PEM`
    Pem,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(EncodingType, { Ssh => "SSH", Pem => "PEM" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GlobalEndpointTokenVersion {
    /// `v1Token`
    V1Token,
    /// `v2Token`
    V2Token,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GlobalEndpointTokenVersion, { V1Token => "v1Token", V2Token => "v2Token" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobStatusType {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    JobStatusType, { InProgress => "IN_PROGRESS", Completed => "COMPLETED", Failed =>
    "FAILED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManagedByTypeType {
    /// `Service`
    Service,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ManagedByTypeType, { Service => "Service" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParameterTypeType {
    /// `String`
    String,
    /// `StringList`
    StringList,
    /// `Number`
    Number,
    /// `NumberList`
    NumberList,
    /// `Arn`
    Arn,
    /// `ArnList`
    ArnList,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ParameterTypeType, { String => "String", StringList => "StringList", Number =>
    "Number", NumberList => "NumberList", Arn => "Arn", ArnList => "ArnList" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionCheckResultType {
    /// `ALLOWED`
    Allowed,
    /// `DENIED`
    Denied,
    /// `UNSURE`
    Unsure,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PermissionCheckResultType, { Allowed => "ALLOWED", Denied => "DENIED", Unsure =>
    "UNSURE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionCheckStatusType {
    /// `COMPLETE`
    Complete,
    /// `IN_PROGRESS`
    InProgress,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PermissionCheckStatusType, { Complete => "COMPLETE", InProgress => "IN_PROGRESS",
    Failed => "FAILED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyOwnerEntityType {
    /// `USER`
    User,
    /// `ROLE`
    Role,
    /// `GROUP`
    Group,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PolicyOwnerEntityType, { User => "USER", Role => "ROLE", Group => "GROUP" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyScopeType {
    /// `All`
    All,
    /// `AWS`
    Aws,
    /// `Local`
    Local,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PolicyScopeType, { All => "All", Aws => "AWS", Local => "Local" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `INLINE`
    Inline,
    /// `MANAGED`
    Managed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PolicyType, { Inline => "INLINE", Managed => "MANAGED" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortKeyType {
    /// `SERVICE_NAMESPACE_ASCENDING`
    ServiceNamespaceAscending,
    /// `SERVICE_NAMESPACE_DESCENDING`
    ServiceNamespaceDescending,
    /// `LAST_AUTHENTICATED_TIME_ASCENDING`
    LastAuthenticatedTimeAscending,
    /// `LAST_AUTHENTICATED_TIME_DESCENDING`
    LastAuthenticatedTimeDescending,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SortKeyType, { ServiceNamespaceAscending => "SERVICE_NAMESPACE_ASCENDING",
    ServiceNamespaceDescending => "SERVICE_NAMESPACE_DESCENDING",
    LastAuthenticatedTimeAscending => "LAST_AUTHENTICATED_TIME_ASCENDING",
    LastAuthenticatedTimeDescending => "LAST_AUTHENTICATED_TIME_DESCENDING" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StateType {
    /// `UNASSIGNED`
    Unassigned,
    /// `ASSIGNED`
    Assigned,
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `FINALIZED`
    Finalized,
    /// `ACCEPTED`
    Accepted,
    /// `REJECTED`
    Rejected,
    /// `EXPIRED`
    Expired,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StateType, { Unassigned => "UNASSIGNED", Assigned => "ASSIGNED", PendingApproval =>
    "PENDING_APPROVAL", Finalized => "FINALIZED", Accepted => "ACCEPTED", Rejected =>
    "REJECTED", Expired => "EXPIRED" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusType {
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// `Expired`
    Expired,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StatusType, { Active => "Active", Inactive => "Inactive", Expired => "Expired" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SummaryKeyType {
    /// `Users`
    Users,
    /// `UsersQuota`
    UsersQuota,
    /// `Groups`
    Groups,
    /// `GroupsQuota`
    GroupsQuota,
    /// `ServerCertificates`
    ServerCertificates,
    /// `ServerCertificatesQuota`
    ServerCertificatesQuota,
    /// `UserPolicySizeQuota`
    UserPolicySizeQuota,
    /// `GroupPolicySizeQuota`
    GroupPolicySizeQuota,
    /// `GroupsPerUserQuota`
    GroupsPerUserQuota,
    /// `SigningCertificatesPerUserQuota`
    SigningCertificatesPerUserQuota,
    /// `AccessKeysPerUserQuota`
    AccessKeysPerUserQuota,
    /// `MFADevices`
    MfaDevices,
    /// `MFADevicesInUse`
    MfaDevicesInUse,
    /// `AccountMFAEnabled`
    AccountMfaEnabled,
    /// `AccountAccessKeysPresent`
    AccountAccessKeysPresent,
    /// `AccountPasswordPresent`
    AccountPasswordPresent,
    /// `AccountSigningCertificatesPresent`
    AccountSigningCertificatesPresent,
    /// `AttachedPoliciesPerGroupQuota`
    AttachedPoliciesPerGroupQuota,
    /// `AttachedPoliciesPerRoleQuota`
    AttachedPoliciesPerRoleQuota,
    /// `AttachedPoliciesPerUserQuota`
    AttachedPoliciesPerUserQuota,
    /// `Policies`
    Policies,
    /// `PoliciesQuota`
    PoliciesQuota,
    /// `PolicySizeQuota`
    PolicySizeQuota,
    /// `PolicyVersionsInUse`
    PolicyVersionsInUse,
    /// `PolicyVersionsInUseQuota`
    PolicyVersionsInUseQuota,
    /// `VersionsPerPolicyQuota`
    VersionsPerPolicyQuota,
    /// `GlobalEndpointTokenVersion`
    GlobalEndpointTokenVersion,
    /// `AssumeRolePolicySizeQuota`
    AssumeRolePolicySizeQuota,
    /// `InstanceProfiles`
    InstanceProfiles,
    /// `InstanceProfilesQuota`
    InstanceProfilesQuota,
    /// `Providers`
    Providers,
    /// `RolePolicySizeQuota`
    RolePolicySizeQuota,
    /// `Roles`
    Roles,
    /// `RolesQuota`
    RolesQuota,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SummaryKeyType, { Users => "Users", UsersQuota => "UsersQuota", Groups => "Groups",
    GroupsQuota => "GroupsQuota", ServerCertificates => "ServerCertificates",
    ServerCertificatesQuota => "ServerCertificatesQuota", UserPolicySizeQuota =>
    "UserPolicySizeQuota", GroupPolicySizeQuota => "GroupPolicySizeQuota",
    GroupsPerUserQuota => "GroupsPerUserQuota", SigningCertificatesPerUserQuota =>
    "SigningCertificatesPerUserQuota", AccessKeysPerUserQuota =>
    "AccessKeysPerUserQuota", MfaDevices => "MFADevices", MfaDevicesInUse =>
    "MFADevicesInUse", AccountMfaEnabled => "AccountMFAEnabled", AccountAccessKeysPresent
    => "AccountAccessKeysPresent", AccountPasswordPresent => "AccountPasswordPresent",
    AccountSigningCertificatesPresent => "AccountSigningCertificatesPresent",
    AttachedPoliciesPerGroupQuota => "AttachedPoliciesPerGroupQuota",
    AttachedPoliciesPerRoleQuota => "AttachedPoliciesPerRoleQuota",
    AttachedPoliciesPerUserQuota => "AttachedPoliciesPerUserQuota", Policies =>
    "Policies", PoliciesQuota => "PoliciesQuota", PolicySizeQuota => "PolicySizeQuota",
    PolicyVersionsInUse => "PolicyVersionsInUse", PolicyVersionsInUseQuota =>
    "PolicyVersionsInUseQuota", VersionsPerPolicyQuota => "VersionsPerPolicyQuota",
    GlobalEndpointTokenVersion => "GlobalEndpointTokenVersion", AssumeRolePolicySizeQuota
    => "AssumeRolePolicySizeQuota", InstanceProfiles => "InstanceProfiles",
    InstanceProfilesQuota => "InstanceProfilesQuota", Providers => "Providers",
    RolePolicySizeQuota => "RolePolicySizeQuota", Roles => "Roles", RolesQuota =>
    "RolesQuota" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SummaryStateType {
    /// `AVAILABLE`
    Available,
    /// `NOT_AVAILABLE`
    NotAvailable,
    /// `NOT_SUPPORTED`
    NotSupported,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SummaryStateType, { Available => "AVAILABLE", NotAvailable => "NOT_AVAILABLE",
    NotSupported => "NOT_SUPPORTED", Failed => "FAILED" }
);

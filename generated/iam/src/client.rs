//! The service client: one async method per operation.
#![allow(deprecated, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
use kumo_runtime::Error;
use crate::{error, schemas, types};
/// A client for the service: one async method per operation.
#[derive(Clone, Debug)]
pub struct Client {
    handle: kumo_runtime::client::Handle,
}
impl kumo_runtime::client::FromHandle for Client {
    fn from_handle(handle: kumo_runtime::client::Handle) -> Client {
        Client { handle }
    }
}
impl Client {
    /// A client configured like `boto3.client(...)` with no arguments: region,
    /// credentials, endpoint and retries from the environment and the profile.
    pub fn new() -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().build()
    }
    /// A client with explicit configuration, which wins over the environment and profile.
    pub fn from_config(
        config: kumo_runtime::config::Config,
    ) -> Result<Client, kumo_runtime::SdkError> {
        Client::builder().config(config).build()
    }
    /// A builder for a client with explicit credentials, HTTP client or timeouts.
    pub fn builder() -> kumo_runtime::client::Builder<Client> {
        kumo_runtime::client::Builder::new(&schemas::SERVICE)
    }
    /// The runtime handle (configuration, presigning).
    pub fn handle(&self) -> &kumo_runtime::client::Handle {
        &self.handle
    }
    /// A presigned URL for an operation (boto3's `generate_presigned_url`):
    /// `operation` is its model or snake_case name (`"GetObject"`, `"get_object"`),
    /// `input` that operation's input.
    pub async fn generate_presigned_url(
        &self,
        operation: &str,
        input: impl kumo_runtime::data::Struct,
        expires_in: std::time::Duration,
    ) -> Result<String, kumo_runtime::SdkError> {
        self.handle
            .presign_by_name(schemas::ops::ALL, operation, input, expires_in)
            .await
    }
    /// Accepts a delegation request, granting the requested temporary access.
    ///
    /// Once the delegation request is accepted, it is eligible to send the exchange token to the partner. The [SendDelegationToken](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SendDelegationToken.html) API has to be explicitly called to send the delegation token.
    ///
    /// At the time of acceptance, IAM records the details and the state of the identity that called this API. This is the identity that gets mapped to the delegated credential.
    ///
    /// An accepted request may be rejected before the exchange token is sent to the partner.
    pub async fn accept_delegation_request(
        &self,
        input: types::AcceptDelegationRequestInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AcceptDelegationRequestError>> {
        self.handle.invoke(&schemas::ops::ACCEPT_DELEGATION_REQUEST, input).await
    }
    /// Creates an IAM role from the specified role template. The new role takes its configuration—including its name, path, trust policy, inline and managed policies, permissions boundary, tags, and maximum session duration—from the role template version that you specify. For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*.
    ///
    /// If the template version defines parameters, use the `ReplacementValues` parameter to supply the values that the service substitutes into the role during creation.
    pub async fn acquire_role(
        &self,
        input: types::AcquireRoleInput,
    ) -> Result<types::AcquireRoleOutput, Error<error::AcquireRoleError>> {
        self.handle.invoke(&schemas::ops::ACQUIRE_ROLE, input).await
    }
    /// Adds a new client ID (also known as audience) to the list of client IDs already registered for the specified IAM OpenID Connect (OIDC) provider resource.
    ///
    /// This operation is idempotent; it does not fail or return an error if you add an existing client ID to the provider.
    pub async fn add_client_id_to_open_id_connect_provider(
        &self,
        input: types::AddClientIdToOpenIdConnectProviderInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::AddClientIdToOpenIdConnectProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::ADD_CLIENT_ID_TO_OPEN_ID_CONNECT_PROVIDER, input)
            .await
    }
    /// Adds the specified IAM role to the specified instance profile. An instance profile can contain only one role, and this quota cannot be increased. You can remove the existing role and then add a different role to an instance profile. You must then wait for the change to appear across all of Amazon Web Services because of [eventual consistency](https://en.wikipedia.org/wiki/Eventual_consistency). To force the change, you must [disassociate the instance profile](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateIamInstanceProfile.html) and then [associate the instance profile](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html), or you can stop your instance and then restart it.
    ///
    /// The caller of this operation must be granted the `PassRole` permission on the IAM role by a permissions policy.
    ///
    /// When using the [iam:AssociatedResourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#available-keys-for-iam) condition in a policy to restrict the [PassRole](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html) IAM action, special considerations apply if the policy is intended to define access for the `AddRoleToInstanceProfile` action. In this case, you cannot specify a Region or instance ID in the EC2 instance ARN. The ARN value must be `arn:aws:ec2:\*:CallerAccountId:instance/\*`. Using any other ARN value may lead to unexpected evaluation results.
    ///
    /// For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*. For more information about instance profiles, see [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) in the *IAM User Guide*.
    pub async fn add_role_to_instance_profile(
        &self,
        input: types::AddRoleToInstanceProfileInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AddRoleToInstanceProfileError>> {
        self.handle.invoke(&schemas::ops::ADD_ROLE_TO_INSTANCE_PROFILE, input).await
    }
    /// Adds the specified user to the specified group.
    pub async fn add_user_to_group(
        &self,
        input: types::AddUserToGroupInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AddUserToGroupError>> {
        self.handle.invoke(&schemas::ops::ADD_USER_TO_GROUP, input).await
    }
    /// Associates a delegation request with the current identity.
    ///
    /// If the partner that created the delegation request has specified the owner account during creation, only an identity from that owner account can call the `AssociateDelegationRequest` API for the specified delegation request. Once the `AssociateDelegationRequest` API call is successful, the ARN of the current calling identity will be stored as the `ownerId` of the request.
    ///
    /// If the partner that created the delegation request has not specified the owner account during creation, any caller from any account can call the `AssociateDelegationRequest` API for the delegation request. Once this API call is successful, the ARN of the current calling identity will be stored as the `ownerId` and the Amazon Web Services account ID of the current calling identity will be stored as the `ownerAccount` of the request.
    ///
    /// For more details, see [ Managing Permissions for Delegation Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions).
    pub async fn associate_delegation_request(
        &self,
        input: types::AssociateDelegationRequestInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AssociateDelegationRequestError>> {
        self.handle.invoke(&schemas::ops::ASSOCIATE_DELEGATION_REQUEST, input).await
    }
    /// Attaches the specified managed policy to the specified IAM group.
    ///
    /// You use this operation to attach a managed policy to a group. To embed an inline policy in a group, use [ `PutGroupPolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutGroupPolicy.html).
    ///
    /// As a best practice, you can validate your IAM policies. To learn more, see [Validating IAM policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-validator.html) in the *IAM User Guide*.
    ///
    /// For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn attach_group_policy(
        &self,
        input: types::AttachGroupPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AttachGroupPolicyError>> {
        self.handle.invoke(&schemas::ops::ATTACH_GROUP_POLICY, input).await
    }
    /// Attaches the specified managed policy to the specified IAM role. When you attach a managed policy to a role, the managed policy becomes part of the role's permission (access) policy.
    ///
    /// You cannot use a managed policy as the role's trust policy. The role's trust policy is created at the same time as the role, using [ `CreateRole` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html). You can update a role's trust policy using [ `UpdateAssumerolePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html).
    ///
    /// Use this operation to attach a *managed* policy to a role. To embed an inline policy in a role, use [ `PutRolePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html). For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// As a best practice, you can validate your IAM policies. To learn more, see [Validating IAM policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-validator.html) in the *IAM User Guide*.
    pub async fn attach_role_policy(
        &self,
        input: types::AttachRolePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AttachRolePolicyError>> {
        self.handle.invoke(&schemas::ops::ATTACH_ROLE_POLICY, input).await
    }
    /// Attaches the specified managed policy to the specified user.
    ///
    /// You use this operation to attach a *managed* policy to a user. To embed an inline policy in a user, use [ `PutUserPolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html).
    ///
    /// As a best practice, you can validate your IAM policies. To learn more, see [Validating IAM policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-validator.html) in the *IAM User Guide*.
    ///
    /// For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn attach_user_policy(
        &self,
        input: types::AttachUserPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AttachUserPolicyError>> {
        self.handle.invoke(&schemas::ops::ATTACH_USER_POLICY, input).await
    }
    /// Changes the password of the IAM user who is calling this operation. This operation can be performed using the CLI, the Amazon Web Services API, or the **My Security Credentials** page in the Amazon Web Services Management Console. The Amazon Web Services account root user password is not affected by this operation.
    ///
    /// Use [UpdateLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html) to use the CLI, the Amazon Web Services API, or the **Users** page in the IAM console to change the password for any IAM user. For more information about modifying passwords, see [Managing passwords](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingLogins.html) in the *IAM User Guide*.
    pub async fn change_password(
        &self,
        input: types::ChangePasswordInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ChangePasswordError>> {
        self.handle.invoke(&schemas::ops::CHANGE_PASSWORD, input).await
    }
    /// Creates a new Amazon Web Services secret access key and corresponding Amazon Web Services access key ID for the specified user. The default status for new keys is `Active`.
    ///
    /// If you do not specify a user name, IAM determines the user name implicitly based on the Amazon Web Services access key ID signing the request. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials. This is true even if the Amazon Web Services account has no associated users.
    ///
    /// For information about quotas on the number of keys you can create, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    ///
    /// To ensure the security of your Amazon Web Services account, the secret access key is accessible only during key and user creation. You must save the key (for example, in a text file) if you want to be able to access it again. If a secret key is lost, you can delete the access keys for the associated user and then create new keys.
    pub async fn create_access_key(
        &self,
        input: types::CreateAccessKeyInput,
    ) -> Result<types::CreateAccessKeyOutput, Error<error::CreateAccessKeyError>> {
        self.handle.invoke(&schemas::ops::CREATE_ACCESS_KEY, input).await
    }
    /// Creates an alias for your Amazon Web Services account. For information about using an Amazon Web Services account alias, see [Creating, deleting, and listing an Amazon Web Services account alias](https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html) in the *Amazon Web Services Sign-In User Guide*.
    pub async fn create_account_alias(
        &self,
        input: types::CreateAccountAliasInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CreateAccountAliasError>> {
        self.handle.invoke(&schemas::ops::CREATE_ACCOUNT_ALIAS, input).await
    }
    /// Creates an IAM delegation request for temporary access delegation.
    ///
    /// This API is not available for general use. In order to use this API, a caller first need to go through an onboarding process described in the [partner onboarding documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation-partner-guide.html).
    pub async fn create_delegation_request(
        &self,
        input: types::CreateDelegationRequestInput,
    ) -> Result<
        types::CreateDelegationRequestOutput,
        Error<error::CreateDelegationRequestError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_DELEGATION_REQUEST, input).await
    }
    /// Creates a new group.
    ///
    /// For information about the number of groups you can create, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    pub async fn create_group(
        &self,
        input: types::CreateGroupInput,
    ) -> Result<types::CreateGroupOutput, Error<error::CreateGroupError>> {
        self.handle.invoke(&schemas::ops::CREATE_GROUP, input).await
    }
    /// Creates a new instance profile. For information about instance profiles, see [Using roles for applications on Amazon EC2](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html) in the *IAM User Guide*, and [Instance profiles](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html#ec2-instance-profile) in the *Amazon EC2 User Guide*.
    ///
    /// For information about the number of instance profiles you can create, see [IAM object quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    pub async fn create_instance_profile(
        &self,
        input: types::CreateInstanceProfileInput,
    ) -> Result<
        types::CreateInstanceProfileOutput,
        Error<error::CreateInstanceProfileError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_INSTANCE_PROFILE, input).await
    }
    /// Creates a password for the specified IAM user. A password allows an IAM user to access Amazon Web Services services through the Amazon Web Services Management Console.
    ///
    /// You can use the CLI, the Amazon Web Services API, or the **Users** page in the IAM console to create a password for any IAM user. Use [ChangePassword](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html) to update your own existing password in the **My Security Credentials** page in the Amazon Web Services Management Console.
    ///
    /// For more information about managing passwords, see [Managing passwords](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingLogins.html) in the *IAM User Guide*.
    pub async fn create_login_profile(
        &self,
        input: types::CreateLoginProfileInput,
    ) -> Result<types::CreateLoginProfileOutput, Error<error::CreateLoginProfileError>> {
        self.handle.invoke(&schemas::ops::CREATE_LOGIN_PROFILE, input).await
    }
    /// Creates an IAM entity to describe an identity provider (IdP) that supports [OpenID Connect (OIDC)](http://openid.net/connect/).
    ///
    /// The OIDC provider that you create with this operation can be used as a principal in a role's trust policy. Such a policy establishes a trust relationship between Amazon Web Services and the OIDC provider.
    ///
    /// If you are using an OIDC identity provider from Google, Facebook, or Amazon Cognito, you don't need to create a separate IAM identity provider. These OIDC identity providers are already built-in to Amazon Web Services and are available for your use. Instead, you can move directly to creating new roles using your identity provider. To learn more, see [Creating a role for web identity or OpenID connect federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html) in the *IAM User Guide*.
    ///
    /// When you create the IAM OIDC provider, you specify the following:
    ///
    /// - The URL of the OIDC identity provider (IdP) to trust
    ///
    /// - A list of client IDs (also known as audiences) that identify the application or applications allowed to authenticate using the OIDC provider
    ///
    /// - A list of tags that are attached to the specified IAM OIDC provider
    ///
    /// - A list of thumbprints of one or more server certificates that the IdP uses
    ///
    /// You get all of this information from the OIDC IdP you want to use to access Amazon Web Services.
    ///
    /// Amazon Web Services secures communication with OIDC identity providers (IdPs) using our library of trusted root certificate authorities (CAs) to verify the JSON Web Key Set (JWKS) endpoint's TLS certificate. If your OIDC IdP relies on a certificate that is not signed by one of these trusted CAs, only then we secure communication using the thumbprints set in the IdP's configuration.
    ///
    /// The trust for the OIDC provider is derived from the IAM provider that this operation creates. Therefore, it is best to limit access to the [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html) operation to highly privileged users.
    pub async fn create_open_id_connect_provider(
        &self,
        input: types::CreateOpenIdConnectProviderInput,
    ) -> Result<
        types::CreateOpenIdConnectProviderOutput,
        Error<error::CreateOpenIdConnectProviderError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_OPEN_ID_CONNECT_PROVIDER, input).await
    }
    /// Creates a new managed policy for your Amazon Web Services account.
    ///
    /// This operation creates a policy version with a version identifier of `v1` and sets v1 as the policy's default version. For more information about policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    ///
    /// As a best practice, you can validate your IAM policies. To learn more, see [Validating IAM policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-validator.html) in the *IAM User Guide*.
    ///
    /// For more information about managed policies in general, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn create_policy(
        &self,
        input: types::CreatePolicyInput,
    ) -> Result<types::CreatePolicyOutput, Error<error::CreatePolicyError>> {
        self.handle.invoke(&schemas::ops::CREATE_POLICY, input).await
    }
    /// Creates a new version of the specified managed policy. To update a managed policy, you create a new policy version. A managed policy can have up to five versions. If the policy has five versions, you must delete an existing version using [DeletePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicyVersion.html) before you create a new version.
    ///
    /// Optionally, you can set the new version as the policy's default version. The default version is the version that is in effect for the IAM users, groups, and roles to which the policy is attached.
    ///
    /// For more information about managed policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub async fn create_policy_version(
        &self,
        input: types::CreatePolicyVersionInput,
    ) -> Result<
        types::CreatePolicyVersionOutput,
        Error<error::CreatePolicyVersionError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_POLICY_VERSION, input).await
    }
    /// Creates a new role for your Amazon Web Services account.
    ///
    /// For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*. For information about quotas for role names and the number of roles you can create, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    pub async fn create_role(
        &self,
        input: types::CreateRoleInput,
    ) -> Result<types::CreateRoleOutput, Error<error::CreateRoleError>> {
        self.handle.invoke(&schemas::ops::CREATE_ROLE, input).await
    }
    /// Creates an IAM resource that describes an identity provider (IdP) that supports SAML 2.0.
    ///
    /// The SAML provider resource that you create with this operation can be used as a principal in an IAM role's trust policy. Such a policy can enable federated users who sign in using the SAML IdP to assume the role. You can create an IAM role that supports Web-based single sign-on (SSO) to the Amazon Web Services Management Console or one that supports API access to Amazon Web Services.
    ///
    /// When you create the SAML provider resource, you upload a SAML metadata document that you get from your IdP. That document includes the issuer's name, expiration information, and keys that can be used to validate the SAML authentication response (assertions) that the IdP sends. You must generate the metadata document using the identity management software that is used as your organization's IdP.
    ///
    /// This operation requires [Signature Version 4](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html).
    ///
    /// For more information, see [Enabling SAML 2.0 federated users to access the Amazon Web Services Management Console](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-saml.html) and [About SAML 2.0-based federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html) in the *IAM User Guide*.
    pub async fn create_saml_provider(
        &self,
        input: types::CreateSamlProviderInput,
    ) -> Result<types::CreateSamlProviderOutput, Error<error::CreateSamlProviderError>> {
        self.handle.invoke(&schemas::ops::CREATE_SAML_PROVIDER, input).await
    }
    /// Creates an IAM role that is linked to a specific Amazon Web Services service. The service controls the attached policies and when the role can be deleted. This helps ensure that the service is not broken by an unexpectedly changed or deleted role, which could put your Amazon Web Services resources into an unknown state. Allowing the service to control the role helps improve service stability and proper cleanup when a service and its role are no longer needed. For more information, see [Using service-linked roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html) in the *IAM User Guide*.
    ///
    /// To attach a policy to this service-linked role, you must make the request using the Amazon Web Services service that depends on this role.
    pub async fn create_service_linked_role(
        &self,
        input: types::CreateServiceLinkedRoleInput,
    ) -> Result<
        types::CreateServiceLinkedRoleOutput,
        Error<error::CreateServiceLinkedRoleError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SERVICE_LINKED_ROLE, input).await
    }
    /// Generates a set of credentials consisting of a user name and password that can be used to access the service specified in the request. These credentials are generated by IAM, and can be used only for the specified service.
    ///
    /// You can have a maximum of two sets of service-specific credentials for each supported service per user.
    ///
    /// You can reset the password to a new service-generated value by calling [ResetServiceSpecificCredential](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResetServiceSpecificCredential.html).
    ///
    /// For more information about using service-specific credentials to authenticate to an Amazon Web Services service, refer to the following docs:
    ///
    /// - For service-specific credentials with CodeCommit, refer to [IAM credentials for CodeCommit: Git credentials, SSH keys, and Amazon Web Services access keys](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_ssh-keys.html) in the *IAM User Guide*.
    ///
    /// - For service-specific credentials with Amazon Keyspaces (for Apache Cassandra), refer to [Use IAM with Amazon Keyspaces (for Apache Cassandra)](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_keyspaces.html) in the *IAM User Guide*.
    ///
    /// - For services that support long-term API keys, refer to [API keys for Amazon Web Services services](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_api_keys_for_aws_services.html) in the *IAM User Guide*.
    pub async fn create_service_specific_credential(
        &self,
        input: types::CreateServiceSpecificCredentialInput,
    ) -> Result<
        types::CreateServiceSpecificCredentialOutput,
        Error<error::CreateServiceSpecificCredentialError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_SERVICE_SPECIFIC_CREDENTIAL, input)
            .await
    }
    /// Creates a new IAM user for your Amazon Web Services account.
    ///
    /// For information about quotas for the number of IAM users you can create, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    pub async fn create_user(
        &self,
        input: types::CreateUserInput,
    ) -> Result<types::CreateUserOutput, Error<error::CreateUserError>> {
        self.handle.invoke(&schemas::ops::CREATE_USER, input).await
    }
    /// Creates a new virtual MFA device for the Amazon Web Services account. After creating the virtual MFA, use [EnableMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html) to attach the MFA device to an IAM user. For more information about creating and working with virtual MFA devices, see [Using a virtual MFA device](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_VirtualMFA.html) in the *IAM User Guide*.
    ///
    /// For information about the maximum number of MFA devices you can create, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    ///
    /// The seed information contained in the QR code and the Base32 string should be treated like any other secret access information. In other words, protect the seed information as you would your Amazon Web Services access keys or your passwords. After you provision your virtual device, you should ensure that the information is destroyed following secure procedures.
    pub async fn create_virtual_mfa_device(
        &self,
        input: types::CreateVirtualMfaDeviceInput,
    ) -> Result<
        types::CreateVirtualMfaDeviceOutput,
        Error<error::CreateVirtualMfaDeviceError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VIRTUAL_MFA_DEVICE, input).await
    }
    /// Deactivates the specified MFA device and removes it from association with the user name for which it was originally enabled.
    ///
    /// For more information about creating and working with virtual MFA devices, see [Enabling a virtual multi-factor authentication (MFA) device](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_VirtualMFA.html) in the *IAM User Guide*.
    pub async fn deactivate_mfa_device(
        &self,
        input: types::DeactivateMfaDeviceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeactivateMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::DEACTIVATE_MFA_DEVICE, input).await
    }
    /// Deletes the access key pair associated with the specified IAM user.
    ///
    /// If you do not specify a user name, IAM determines the user name implicitly based on the Amazon Web Services access key ID signing the request. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials even if the Amazon Web Services account has no associated users.
    pub async fn delete_access_key(
        &self,
        input: types::DeleteAccessKeyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteAccessKeyError>> {
        self.handle.invoke(&schemas::ops::DELETE_ACCESS_KEY, input).await
    }
    /// Deletes the specified Amazon Web Services account alias. For information about using an Amazon Web Services account alias, see [Creating, deleting, and listing an Amazon Web Services account alias](https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html) in the *Amazon Web Services Sign-In User Guide*.
    pub async fn delete_account_alias(
        &self,
        input: types::DeleteAccountAliasInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteAccountAliasError>> {
        self.handle.invoke(&schemas::ops::DELETE_ACCOUNT_ALIAS, input).await
    }
    /// Deletes the password policy for the Amazon Web Services account. There are no parameters.
    pub async fn delete_account_password_policy(
        &self,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteAccountPasswordPolicyError>> {
        self.handle
            .invoke(&schemas::ops::DELETE_ACCOUNT_PASSWORD_POLICY, kumo_runtime::Unit)
            .await
    }
    /// Deletes the specified IAM group. The group must not contain any users or have any attached policies.
    pub async fn delete_group(
        &self,
        input: types::DeleteGroupInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteGroupError>> {
        self.handle.invoke(&schemas::ops::DELETE_GROUP, input).await
    }
    /// Deletes the specified inline policy that is embedded in the specified IAM group.
    ///
    /// A group can also have managed policies attached to it. To detach a managed policy from a group, use [DetachGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachGroupPolicy.html). For more information about policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn delete_group_policy(
        &self,
        input: types::DeleteGroupPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteGroupPolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_GROUP_POLICY, input).await
    }
    /// Deletes the specified instance profile. The instance profile must not have an associated role.
    ///
    /// Make sure that you do not have any Amazon EC2 instances running with the instance profile you are about to delete. Deleting a role or instance profile that is associated with a running instance will break any applications running on the instance.
    ///
    /// For more information about instance profiles, see [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) in the *IAM User Guide*.
    pub async fn delete_instance_profile(
        &self,
        input: types::DeleteInstanceProfileInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteInstanceProfileError>> {
        self.handle.invoke(&schemas::ops::DELETE_INSTANCE_PROFILE, input).await
    }
    /// Deletes the password for the specified IAM user or root user, For more information, see [Managing passwords for IAM users](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html).
    ///
    /// You can use the CLI, the Amazon Web Services API, or the **Users** page in the IAM console to delete a password for any IAM user. You can use [ChangePassword](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html) to update, but not delete, your own password in the **My Security Credentials** page in the Amazon Web Services Management Console.
    ///
    /// Deleting a user's password does not prevent a user from accessing Amazon Web Services through the command line interface or the API. To prevent all user access, you must also either make any access keys inactive or delete them. For more information about making keys inactive or deleting them, see [UpdateAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html) and [DeleteAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html).
    pub async fn delete_login_profile(
        &self,
        input: types::DeleteLoginProfileInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteLoginProfileError>> {
        self.handle.invoke(&schemas::ops::DELETE_LOGIN_PROFILE, input).await
    }
    /// Deletes an OpenID Connect identity provider (IdP) resource object in IAM.
    ///
    /// Deleting an IAM OIDC provider resource does not update any roles that reference the provider as a principal in their trust policies. Any attempt to assume a role that references a deleted provider fails.
    ///
    /// This operation is idempotent; it does not fail or return an error if you call the operation for a provider that does not exist.
    pub async fn delete_open_id_connect_provider(
        &self,
        input: types::DeleteOpenIdConnectProviderInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteOpenIdConnectProviderError>> {
        self.handle.invoke(&schemas::ops::DELETE_OPEN_ID_CONNECT_PROVIDER, input).await
    }
    /// Deletes the specified managed policy.
    ///
    /// Before you can delete a managed policy, you must first detach the policy from all users, groups, and roles that it is attached to. In addition, you must delete all the policy's versions. The following steps describe the process for deleting a managed policy:
    ///
    /// - Detach the policy from all users, groups, and roles that the policy is attached to, using [DetachUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html), [DetachGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachGroupPolicy.html), or [DetachRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html). To list all the users, groups, and roles that a policy is attached to, use [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html).
    ///
    /// - Delete all versions of the policy using [DeletePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicyVersion.html). To list the policy's versions, use [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html). You cannot use [DeletePolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicyVersion.html) to delete the version that is marked as the default version. You delete the policy's default version in the next step of the process.
    ///
    /// - Delete the policy (this automatically deletes the policy's default version) using this operation.
    ///
    /// For information about managed policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn delete_policy(
        &self,
        input: types::DeletePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeletePolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_POLICY, input).await
    }
    /// Deletes the specified version from the specified managed policy.
    ///
    /// You cannot delete the default version from a policy using this operation. To delete the default version from a policy, use [DeletePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html). To find out which version of a policy is marked as the default version, use [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html).
    ///
    /// For information about versions for managed policies, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub async fn delete_policy_version(
        &self,
        input: types::DeletePolicyVersionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeletePolicyVersionError>> {
        self.handle.invoke(&schemas::ops::DELETE_POLICY_VERSION, input).await
    }
    /// Deletes the specified role. Unlike the Amazon Web Services Management Console, when you delete a role programmatically, you must delete the items attached to the role manually, or the deletion fails. For more information, see [Deleting an IAM role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html#roles-managingrole-deleting-cli). Before attempting to delete a role, remove the following attached items:
    ///
    /// - Inline policies ([DeleteRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html))
    ///
    /// - Attached managed policies ([DetachRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html))
    ///
    /// - Instance profile ([RemoveRoleFromInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveRoleFromInstanceProfile.html))
    ///
    /// - Optional – Delete instance profile after detaching from role for resource clean up ([DeleteInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteInstanceProfile.html))
    ///
    /// Make sure that you do not have any Amazon EC2 instances running with the role you are about to delete. Deleting a role or instance profile that is associated with a running instance will break any applications running on the instance.
    pub async fn delete_role(
        &self,
        input: types::DeleteRoleInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteRoleError>> {
        self.handle.invoke(&schemas::ops::DELETE_ROLE, input).await
    }
    /// Deletes the permissions boundary for the specified IAM role.
    ///
    /// You cannot set the boundary for a service-linked role.
    ///
    /// Deleting the permissions boundary for a role might increase its permissions. For example, it might allow anyone who assumes the role to perform all the actions granted in its permissions policies.
    pub async fn delete_role_permissions_boundary(
        &self,
        input: types::DeleteRolePermissionsBoundaryInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteRolePermissionsBoundaryError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_ROLE_PERMISSIONS_BOUNDARY, input).await
    }
    /// Deletes the specified inline policy that is embedded in the specified IAM role.
    ///
    /// A role can also have managed policies attached to it. To detach a managed policy from a role, use [DetachRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html). For more information about policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn delete_role_policy(
        &self,
        input: types::DeleteRolePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteRolePolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_ROLE_POLICY, input).await
    }
    /// Deletes a SAML provider resource in IAM.
    ///
    /// Deleting the provider resource from IAM does not update any roles that reference the SAML provider resource's ARN as a principal in their trust policies. Any attempt to assume a role that references a non-existent provider resource ARN fails.
    ///
    /// This operation requires [Signature Version 4](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html).
    pub async fn delete_saml_provider(
        &self,
        input: types::DeleteSamlProviderInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteSamlProviderError>> {
        self.handle.invoke(&schemas::ops::DELETE_SAML_PROVIDER, input).await
    }
    /// Deletes the specified SSH public key.
    ///
    /// The SSH public key deleted by this operation is used only for authenticating the associated IAM user to an CodeCommit repository. For more information about using SSH keys to authenticate to an CodeCommit repository, see [Set up CodeCommit for SSH connections](https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-credentials-ssh.html) in the *CodeCommit User Guide*.
    pub async fn delete_ssh_public_key(
        &self,
        input: types::DeleteSshPublicKeyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteSshPublicKeyError>> {
        self.handle.invoke(&schemas::ops::DELETE_SSH_PUBLIC_KEY, input).await
    }
    /// Deletes the specified server certificate.
    ///
    /// For more information about working with server certificates, see [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*. This topic also includes a list of Amazon Web Services services that can use the server certificates that you manage with IAM.
    ///
    /// If you are using a server certificate with Elastic Load Balancing, deleting the certificate could have implications for your application. If Elastic Load Balancing doesn't detect the deletion of bound certificates, it may continue to use the certificates. This could cause Elastic Load Balancing to stop accepting traffic. We recommend that you remove the reference to the certificate from Elastic Load Balancing before using this command to delete the certificate. For more information, see [DeleteLoadBalancerListeners](https://docs.aws.amazon.com/ElasticLoadBalancing/latest/APIReference/API_DeleteLoadBalancerListeners.html) in the *Elastic Load Balancing API Reference*.
    pub async fn delete_server_certificate(
        &self,
        input: types::DeleteServerCertificateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteServerCertificateError>> {
        self.handle.invoke(&schemas::ops::DELETE_SERVER_CERTIFICATE, input).await
    }
    /// Submits a service-linked role deletion request and returns a `DeletionTaskId`, which you can use to check the status of the deletion. Before you call this operation, confirm that the role has no active sessions and that any resources used by the role in the linked service are deleted. If you call this operation more than once for the same service-linked role and an earlier deletion task is not complete, then the `DeletionTaskId` of the earlier request is returned.
    ///
    /// If you submit a deletion request for a service-linked role whose linked service is still accessing a resource, then the deletion task fails. If it fails, the [GetServiceLinkedRoleDeletionStatus](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLinkedRoleDeletionStatus.html) operation returns the reason for the failure, usually including the resources that must be deleted. To delete the service-linked role, you must first remove those resources from the linked service and then submit the deletion request again. Resources are specific to the service that is linked to the role. For more information about removing resources from a service, see the [Amazon Web Services documentation](http://docs.aws.amazon.com/) for your service.
    ///
    /// For more information about service-linked roles, see [Roles terms and concepts: Amazon Web Services service-linked role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-service-linked-role) in the *IAM User Guide*.
    pub async fn delete_service_linked_role(
        &self,
        input: types::DeleteServiceLinkedRoleInput,
    ) -> Result<
        types::DeleteServiceLinkedRoleOutput,
        Error<error::DeleteServiceLinkedRoleError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SERVICE_LINKED_ROLE, input).await
    }
    /// Deletes the specified service-specific credential.
    pub async fn delete_service_specific_credential(
        &self,
        input: types::DeleteServiceSpecificCredentialInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteServiceSpecificCredentialError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_SERVICE_SPECIFIC_CREDENTIAL, input)
            .await
    }
    /// Deletes a signing certificate associated with the specified IAM user.
    ///
    /// If you do not specify a user name, IAM determines the user name implicitly based on the Amazon Web Services access key ID signing the request. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials even if the Amazon Web Services account has no associated IAM users.
    pub async fn delete_signing_certificate(
        &self,
        input: types::DeleteSigningCertificateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteSigningCertificateError>> {
        self.handle.invoke(&schemas::ops::DELETE_SIGNING_CERTIFICATE, input).await
    }
    /// Deletes the specified IAM user. Unlike the Amazon Web Services Management Console, when you delete a user programmatically, you must delete the items attached to the user manually, or the deletion fails. For more information, see [Deleting an IAM user](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_manage.html#id_users_deleting_cli). Before attempting to delete a user, remove the following items:
    ///
    /// - Password ([DeleteLoginProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteLoginProfile.html))
    ///
    /// - Access keys ([DeleteAccessKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html))
    ///
    /// - Signing certificate ([DeleteSigningCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteSigningCertificate.html))
    ///
    /// - SSH public key ([DeleteSSHPublicKey](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteSSHPublicKey.html))
    ///
    /// - Git credentials ([DeleteServiceSpecificCredential](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceSpecificCredential.html))
    ///
    /// - Multi-factor authentication (MFA) device ([DeactivateMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeactivateMFADevice.html), [DeleteVirtualMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteVirtualMFADevice.html))
    ///
    /// - Inline policies ([DeleteUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPolicy.html))
    ///
    /// - Attached managed policies ([DetachUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html))
    ///
    /// - Group memberships ([RemoveUserFromGroup](https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveUserFromGroup.html))
    pub async fn delete_user(
        &self,
        input: types::DeleteUserInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteUserError>> {
        self.handle.invoke(&schemas::ops::DELETE_USER, input).await
    }
    /// Deletes the permissions boundary for the specified IAM user.
    ///
    /// Deleting the permissions boundary for a user might increase its permissions by allowing the user to perform all the actions granted in its permissions policies.
    pub async fn delete_user_permissions_boundary(
        &self,
        input: types::DeleteUserPermissionsBoundaryInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteUserPermissionsBoundaryError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_USER_PERMISSIONS_BOUNDARY, input).await
    }
    /// Deletes the specified inline policy that is embedded in the specified IAM user.
    ///
    /// A user can also have managed policies attached to it. To detach a managed policy from a user, use [DetachUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html). For more information about policies, refer to [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn delete_user_policy(
        &self,
        input: types::DeleteUserPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteUserPolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_USER_POLICY, input).await
    }
    /// Deletes a virtual MFA device.
    ///
    /// You must deactivate a user's virtual MFA device before you can delete it. For information about deactivating MFA devices, see [DeactivateMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeactivateMFADevice.html).
    pub async fn delete_virtual_mfa_device(
        &self,
        input: types::DeleteVirtualMfaDeviceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteVirtualMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::DELETE_VIRTUAL_MFA_DEVICE, input).await
    }
    /// Removes the specified managed policy from the specified IAM group.
    ///
    /// A group can also have inline policies embedded with it. To delete an inline policy, use [DeleteGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroupPolicy.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn detach_group_policy(
        &self,
        input: types::DetachGroupPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DetachGroupPolicyError>> {
        self.handle.invoke(&schemas::ops::DETACH_GROUP_POLICY, input).await
    }
    /// Removes the specified managed policy from the specified role.
    ///
    /// A role can also have inline policies embedded with it. To delete an inline policy, use [DeleteRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn detach_role_policy(
        &self,
        input: types::DetachRolePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DetachRolePolicyError>> {
        self.handle.invoke(&schemas::ops::DETACH_ROLE_POLICY, input).await
    }
    /// Removes the specified managed policy from the specified user.
    ///
    /// A user can also have inline policies embedded with it. To delete an inline policy, use [DeleteUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPolicy.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn detach_user_policy(
        &self,
        input: types::DetachUserPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DetachUserPolicyError>> {
        self.handle.invoke(&schemas::ops::DETACH_USER_POLICY, input).await
    }
    /// Disables the management of privileged root user credentials across member accounts in your organization. When you disable this feature, the management account and the delegated administrator for IAM can no longer manage root user credentials for member accounts in your organization.
    pub async fn disable_organizations_root_credentials_management(
        &self,
        input: types::DisableOrganizationsRootCredentialsManagementInput,
    ) -> Result<
        types::DisableOrganizationsRootCredentialsManagementOutput,
        Error<error::DisableOrganizationsRootCredentialsManagementError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DISABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT,
                input,
            )
            .await
    }
    /// Disables root user sessions for privileged tasks across member accounts in your organization. When you disable this feature, the management account and the delegated administrator for IAM can no longer perform privileged tasks on member accounts in your organization.
    pub async fn disable_organizations_root_sessions(
        &self,
        input: types::DisableOrganizationsRootSessionsInput,
    ) -> Result<
        types::DisableOrganizationsRootSessionsOutput,
        Error<error::DisableOrganizationsRootSessionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_ORGANIZATIONS_ROOT_SESSIONS, input)
            .await
    }
    /// Disables the outbound identity federation feature for your Amazon Web Services account. When disabled, IAM principals in the account cannot use the `GetWebIdentityToken` API to obtain JSON Web Tokens (JWTs) for authentication with external services. This operation does not affect tokens that were issued before the feature was disabled.
    pub async fn disable_outbound_web_identity_federation(
        &self,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DisableOutboundWebIdentityFederationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DISABLE_OUTBOUND_WEB_IDENTITY_FEDERATION,
                kumo_runtime::Unit,
            )
            .await
    }
    /// Enables the specified MFA device and associates it with the specified IAM user. When enabled, the MFA device is required for every subsequent login by the IAM user associated with the device.
    pub async fn enable_mfa_device(
        &self,
        input: types::EnableMfaDeviceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::EnableMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::ENABLE_MFA_DEVICE, input).await
    }
    /// Enables the management of privileged root user credentials across member accounts in your organization. When you enable root credentials management for [centralized root access](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management), the management account and the delegated administrator for IAM can manage root user credentials for member accounts in your organization.
    ///
    /// Before you enable centralized root access, you must have an account configured with the following settings:
    ///
    /// - You must manage your Amazon Web Services accounts in [Organizations](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html).
    ///
    /// - Enable trusted access for Identity and Access Management in Organizations. For details, see [IAM and Organizations](https://docs.aws.amazon.com/organizations/latest/userguide/services-that-can-integrate-iam.html) in the *Organizations User Guide*.
    pub async fn enable_organizations_root_credentials_management(
        &self,
        input: types::EnableOrganizationsRootCredentialsManagementInput,
    ) -> Result<
        types::EnableOrganizationsRootCredentialsManagementOutput,
        Error<error::EnableOrganizationsRootCredentialsManagementError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::ENABLE_ORGANIZATIONS_ROOT_CREDENTIALS_MANAGEMENT,
                input,
            )
            .await
    }
    /// Allows the management account or delegated administrator to perform privileged tasks on member accounts in your organization. For more information, see [Centrally manage root access for member accounts](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management) in the *Identity and Access Management User Guide*.
    ///
    /// Before you enable this feature, you must have an account configured with the following settings:
    ///
    /// - You must manage your Amazon Web Services accounts in [Organizations](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html).
    ///
    /// - Enable trusted access for Identity and Access Management in Organizations. For details, see [IAM and Organizations](https://docs.aws.amazon.com/organizations/latest/userguide/services-that-can-integrate-ra.html) in the *Organizations User Guide*.
    pub async fn enable_organizations_root_sessions(
        &self,
        input: types::EnableOrganizationsRootSessionsInput,
    ) -> Result<
        types::EnableOrganizationsRootSessionsOutput,
        Error<error::EnableOrganizationsRootSessionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_ORGANIZATIONS_ROOT_SESSIONS, input)
            .await
    }
    /// Enables the outbound identity federation feature for your Amazon Web Services account. When enabled, IAM principals in your account can use the `GetWebIdentityToken` API to obtain JSON Web Tokens (JWTs) for secure authentication with external services. This operation also generates a unique issuer URL for your Amazon Web Services account.
    pub async fn enable_outbound_web_identity_federation(
        &self,
    ) -> Result<
        types::EnableOutboundWebIdentityFederationOutput,
        Error<error::EnableOutboundWebIdentityFederationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::ENABLE_OUTBOUND_WEB_IDENTITY_FEDERATION,
                kumo_runtime::Unit,
            )
            .await
    }
    /// Generates a credential report for the Amazon Web Services account. For more information about the credential report, see [Getting credential reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the *IAM User Guide*.
    pub async fn generate_credential_report(
        &self,
    ) -> Result<
        types::GenerateCredentialReportOutput,
        Error<error::GenerateCredentialReportError>,
    > {
        self.handle
            .invoke(&schemas::ops::GENERATE_CREDENTIAL_REPORT, kumo_runtime::Unit)
            .await
    }
    /// Generates a report for service last accessed data for Organizations. You can generate a report for any entities (organization root, organizational unit, or account) or policies in your organization.
    ///
    /// To call this operation, you must be signed in using your Organizations management account credentials. You can use your long-term IAM user or root user credentials, or temporary credentials from assuming an IAM role. SCPs must be enabled for your organization root. You must have the required IAM and Organizations permissions. For more information, see [Refining permissions using service last accessed data](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html) in the *IAM User Guide*.
    ///
    /// You can generate a service last accessed data report for entities by specifying only the entity's path. This data includes a list of services that are allowed by any service control policies (SCPs) that apply to the entity.
    ///
    /// You can generate a service last accessed data report for a policy by specifying an entity's path and an optional Organizations policy ID. This data includes a list of services that are allowed by the specified SCP.
    ///
    /// For each service in both report types, the data includes the most recent account activity that the policy allows to account principals in the entity or the entity's children. For important information about the data, reporting period, permissions required, troubleshooting, and supported Regions see [Reducing permissions using service last accessed data](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html) in the *IAM User Guide*.
    ///
    /// The data includes all attempts to access Amazon Web Services, not just the successful ones. This includes all attempts that were made using the Amazon Web Services Management Console, the Amazon Web Services API through any of the SDKs, or any of the command line tools. An unexpected entry in the service last accessed data does not mean that an account has been compromised, because the request might have been denied. Refer to your CloudTrail logs as the authoritative source for information about all API calls and whether they were successful or denied access. For more information, see [Logging IAM events with CloudTrail](https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html) in the *IAM User Guide*.
    ///
    /// This operation returns a `JobId`. Use this parameter in the ` [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html) ` operation to check the status of the report generation. To check the status of this request, use the `JobId` parameter in the ` [GetOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html) ` operation and test the `JobStatus` response parameter. When the job is complete, you can retrieve the report.
    ///
    /// To generate a service last accessed data report for entities, specify an entity path without specifying the optional Organizations policy ID. The type of entity that you specify determines the data returned in the report.
    ///
    /// - **Root** – When you specify the organizations root as the entity, the resulting report lists all of the services allowed by SCPs that are attached to your root. For each service, the report includes data for all accounts in your organization except the management account, because the management account is not limited by SCPs.
    ///
    /// - **OU** – When you specify an organizational unit (OU) as the entity, the resulting report lists all of the services allowed by SCPs that are attached to the OU and its parents. For each service, the report includes data for all accounts in the OU or its children. This data excludes the management account, because the management account is not limited by SCPs.
    ///
    /// - **management account** – When you specify the management account, the resulting report lists all Amazon Web Services services, because the management account is not limited by SCPs. For each service, the report includes data for only the management account.
    ///
    /// - **Account** – When you specify another account as the entity, the resulting report lists all of the services allowed by SCPs that are attached to the account and its parents. For each service, the report includes data for only the specified account.
    ///
    /// To generate a service last accessed data report for policies, specify an entity path and the optional Organizations policy ID. The type of entity that you specify determines the data returned for each service.
    ///
    /// - **Root** – When you specify the root entity and a policy ID, the resulting report lists all of the services that are allowed by the specified SCP. For each service, the report includes data for all accounts in your organization to which the SCP applies. This data excludes the management account, because the management account is not limited by SCPs. If the SCP is not attached to any entities in the organization, then the report will return a list of services with no data.
    ///
    /// - **OU** – When you specify an OU entity and a policy ID, the resulting report lists all of the services that are allowed by the specified SCP. For each service, the report includes data for all accounts in the OU or its children to which the SCP applies. This means that other accounts outside the OU that are affected by the SCP might not be included in the data. This data excludes the management account, because the management account is not limited by SCPs. If the SCP is not attached to the OU or one of its children, the report will return a list of services with no data.
    ///
    /// - **management account** – When you specify the management account, the resulting report lists all Amazon Web Services services, because the management account is not limited by SCPs. If you specify a policy ID in the CLI or API, the policy is ignored. For each service, the report includes data for only the management account.
    ///
    /// - **Account** – When you specify another account entity and a policy ID, the resulting report lists all of the services that are allowed by the specified SCP. For each service, the report includes data for only the specified account. This means that other accounts in the organization that are affected by the SCP might not be included in the data. If the SCP is not attached to the account, the report will return a list of services with no data.
    ///
    /// Service last accessed data does not use other policy types when determining whether a principal could access a service. These other policy types include identity-based policies, resource-based policies, access control lists, IAM permissions boundaries, and STS assume role policies. It only applies SCP logic. For more about the evaluation of policy types, see [Evaluating policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics) in the *IAM User Guide*.
    ///
    /// For more information about service last accessed data, see [Reducing policy scope by viewing user activity](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html) in the *IAM User Guide*.
    pub async fn generate_organizations_access_report(
        &self,
        input: types::GenerateOrganizationsAccessReportInput,
    ) -> Result<
        types::GenerateOrganizationsAccessReportOutput,
        Error<error::GenerateOrganizationsAccessReportError>,
    > {
        self.handle
            .invoke(&schemas::ops::GENERATE_ORGANIZATIONS_ACCESS_REPORT, input)
            .await
    }
    /// Generates a report that includes details about when an IAM resource (user, group, role, or policy) was last used in an attempt to access Amazon Web Services services. Recent activity usually appears within four hours. IAM reports activity for at least the last 400 days, or less if your Region began supporting this feature within the last year. For more information, see [Regions where data is tracked](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html#access-advisor_tracking-period). For more information about services and actions for which action last accessed information is displayed, see [IAM action last accessed information services and actions](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor-action-last-accessed.html).
    ///
    /// The service last accessed data includes all attempts to access an Amazon Web Services API, not just the successful ones. This includes all attempts that were made using the Amazon Web Services Management Console, the Amazon Web Services API through any of the SDKs, or any of the command line tools. An unexpected entry in the service last accessed data does not mean that your account has been compromised, because the request might have been denied. Refer to your CloudTrail logs as the authoritative source for information about all API calls and whether they were successful or denied access. For more information, see [Logging IAM events with CloudTrail](https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html) in the *IAM User Guide*.
    ///
    /// The `GenerateServiceLastAccessedDetails` operation returns a `JobId`. Use this parameter in the following operations to retrieve the following details from your report:
    ///
    /// - [GetServiceLastAccessedDetails](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html) – Use this operation for users, groups, roles, or policies to list every Amazon Web Services service that the resource could access using permissions policies. For each service, the response includes information about the most recent access attempt.
    ///
    /// The `JobId` returned by `GenerateServiceLastAccessedDetail` must be used by the same role within a session, or by the same user when used to call `GetServiceLastAccessedDetail`.
    ///
    /// - [GetServiceLastAccessedDetailsWithEntities](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html) – Use this operation for groups and policies to list information about the associated entities (users or roles) that attempted to access a specific Amazon Web Services service.
    ///
    /// To check the status of the `GenerateServiceLastAccessedDetails` request, use the `JobId` parameter in the same operations and test the `JobStatus` response parameter.
    ///
    /// For additional information about the permissions policies that allow an identity (user, group, or role) to access specific services, use the [ListPoliciesGrantingServiceAccess](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPoliciesGrantingServiceAccess.html) operation.
    ///
    /// Service last accessed data does not use other policy types when determining whether a resource could access a service. These other policy types include resource-based policies, access control lists, Organizations policies, IAM permissions boundaries, and STS assume role policies. It only applies permissions policy logic. For more about the evaluation of policy types, see [Evaluating policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics) in the *IAM User Guide*.
    ///
    /// For more information about service and action last accessed data, see [Reducing permissions using service last accessed data](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html) in the *IAM User Guide*.
    pub async fn generate_service_last_accessed_details(
        &self,
        input: types::GenerateServiceLastAccessedDetailsInput,
    ) -> Result<
        types::GenerateServiceLastAccessedDetailsOutput,
        Error<error::GenerateServiceLastAccessedDetailsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GENERATE_SERVICE_LAST_ACCESSED_DETAILS, input)
            .await
    }
    /// Retrieves information about when the specified access key was last used. The information includes the date and time of last use, along with the Amazon Web Services service and Region that were specified in the last request made with that key.
    pub async fn get_access_key_last_used(
        &self,
        input: types::GetAccessKeyLastUsedInput,
    ) -> Result<
        types::GetAccessKeyLastUsedOutput,
        Error<error::GetAccessKeyLastUsedError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ACCESS_KEY_LAST_USED, input).await
    }
    /// Retrieves information about all IAM users, groups, roles, and policies in your Amazon Web Services account, including their relationships to one another. Use this operation to obtain a snapshot of the configuration of IAM permissions (users, groups, roles, and policies) in your account.
    ///
    /// Policies returned by this operation are URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality, and some SDKs do this decoding automatically.
    ///
    /// You can optionally filter the results using the `Filter` parameter. You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn get_account_authorization_details(
        &self,
        input: types::GetAccountAuthorizationDetailsInput,
    ) -> Result<
        types::GetAccountAuthorizationDetailsOutput,
        Error<error::GetAccountAuthorizationDetailsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ACCOUNT_AUTHORIZATION_DETAILS, input).await
    }
    /// Retrieves the password policy for the Amazon Web Services account. This tells you the complexity requirements and mandatory rotation periods for the IAM user passwords in your account. For more information about using a password policy, see [Managing an IAM password policy](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingPasswordPolicies.html).
    pub async fn get_account_password_policy(
        &self,
    ) -> Result<
        types::GetAccountPasswordPolicyOutput,
        Error<error::GetAccountPasswordPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_ACCOUNT_PASSWORD_POLICY, kumo_runtime::Unit)
            .await
    }
    /// Retrieves the account-level properties for the caller's Amazon Web Services account. Account properties are configuration settings that control account-wide IAM features such as Role Manager.
    ///
    /// The service returns properties as key-value pairs in `Namespace/PropertyName` format. Each namespace groups related configuration settings. Use [PutAccountProperties](https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutAccountProperties.html) to modify these properties.
    pub async fn get_account_properties(
        &self,
        input: types::GetAccountPropertiesInput,
    ) -> Result<
        types::GetAccountPropertiesOutput,
        Error<error::GetAccountPropertiesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ACCOUNT_PROPERTIES, input).await
    }
    /// Retrieves information about IAM entity usage and IAM quotas in the Amazon Web Services account.
    ///
    /// For information about IAM quotas, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    pub async fn get_account_summary(
        &self,
    ) -> Result<types::GetAccountSummaryOutput, Error<error::GetAccountSummaryError>> {
        self.handle.invoke(&schemas::ops::GET_ACCOUNT_SUMMARY, kumo_runtime::Unit).await
    }
    /// Gets a list of all of the context keys referenced in the input policies. The policies are supplied as a list of one or more strings. To get the context keys from policies associated with an IAM user, group, or role, use [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    ///
    /// Context keys are variables maintained by Amazon Web Services and its services that provide details about the context of an API query request. Context keys can be evaluated by testing against a value specified in an IAM policy. Use `GetContextKeysForCustomPolicy` to understand what key names and values you must supply when you call [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html). Note that all parameters are shown in unencoded form here for clarity but must be URL encoded to be included as a part of a real HTML request.
    pub async fn get_context_keys_for_custom_policy(
        &self,
        input: types::GetContextKeysForCustomPolicyInput,
    ) -> Result<
        types::GetContextKeysForPolicyResponse,
        Error<error::GetContextKeysForCustomPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CONTEXT_KEYS_FOR_CUSTOM_POLICY, input)
            .await
    }
    /// Gets a list of all of the context keys referenced in all the IAM policies that are attached to the specified IAM entity. The entity can be an IAM user, group, or role. If you specify a user, then the request also includes all of the policies attached to groups that the user is a member of.
    ///
    /// You can optionally include a list of one or more additional policies, specified as strings. If you want to include *only* a list of policies by string, use [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html) instead.
    ///
    /// **Note:** This operation discloses information about the permissions granted to other users. If you do not want users to see other user's permissions, then consider allowing them to use [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html) instead.
    ///
    /// Context keys are variables maintained by Amazon Web Services and its services that provide details about the context of an API query request. Context keys can be evaluated by testing against a value in an IAM policy. Use [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html) to understand what key names and values you must supply when you call [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html). This operation doesn't return context keys referenced by service control policies (SCPs). Only context keys referenced by the identity-based policies attached to the specified entity, and any additional policies that you provide, are included.
    pub async fn get_context_keys_for_principal_policy(
        &self,
        input: types::GetContextKeysForPrincipalPolicyInput,
    ) -> Result<
        types::GetContextKeysForPolicyResponse,
        Error<error::GetContextKeysForPrincipalPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CONTEXT_KEYS_FOR_PRINCIPAL_POLICY, input)
            .await
    }
    /// Retrieves a credential report for the Amazon Web Services account. For more information about the credential report, see [Getting credential reports](https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html) in the *IAM User Guide*.
    pub async fn get_credential_report(
        &self,
    ) -> Result<
        types::GetCredentialReportOutput,
        Error<error::GetCredentialReportError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CREDENTIAL_REPORT, kumo_runtime::Unit)
            .await
    }
    /// Retrieves information about a specific delegation request.
    ///
    /// If a delegation request has no owner or owner account, `GetDelegationRequest` for that delegation request can be called by any account. If the owner account is assigned but there is no owner id, only identities within that owner account can call `GetDelegationRequest` for the delegation request. Once the delegation request is fully owned, the owner of the request gets a default permission to get that delegation request. For more details, see [ Managing Permissions for Delegation Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions).
    pub async fn get_delegation_request(
        &self,
        input: types::GetDelegationRequestInput,
    ) -> Result<
        types::GetDelegationRequestOutput,
        Error<error::GetDelegationRequestError>,
    > {
        self.handle.invoke(&schemas::ops::GET_DELEGATION_REQUEST, input).await
    }
    /// Returns a list of IAM users that are in the specified IAM group. You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn get_group(
        &self,
        input: types::GetGroupInput,
    ) -> Result<types::GetGroupOutput, Error<error::GetGroupError>> {
        self.handle.invoke(&schemas::ops::GET_GROUP, input).await
    }
    /// Retrieves the specified inline policy document that is embedded in the specified IAM group.
    ///
    /// Policies returned by this operation are URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality, and some SDKs do this decoding automatically.
    ///
    /// An IAM group can also have managed policies attached to it. To retrieve a managed policy document that is attached to a group, use [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html) to determine the policy's default version, then use [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html) to retrieve the policy document.
    ///
    /// For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn get_group_policy(
        &self,
        input: types::GetGroupPolicyInput,
    ) -> Result<types::GetGroupPolicyOutput, Error<error::GetGroupPolicyError>> {
        self.handle.invoke(&schemas::ops::GET_GROUP_POLICY, input).await
    }
    /// Retrieves a human readable summary for a given entity. At this time, the only supported entity type is `delegation-request`
    ///
    /// This method uses a Large Language Model (LLM) to generate the summary.
    ///
    /// If a delegation request has no owner or owner account, `GetHumanReadableSummary` for that delegation request can be called by any account. If the owner account is assigned but there is no owner id, only identities within that owner account can call `GetHumanReadableSummary` for the delegation request to retrieve a summary of that request. Once the delegation request is fully owned, the owner of the request gets a default permission to get that delegation request. For more details, read [default permissions granted to delegation requests](). These rules are identical to [GetDelegationRequest](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetDelegationRequest.html) API behavior, such that a party who has permissions to call [GetDelegationRequest](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetDelegationRequest.html) for a given delegation request will always be able to retrieve the human readable summary for that request.
    pub async fn get_human_readable_summary(
        &self,
        input: types::GetHumanReadableSummaryInput,
    ) -> Result<
        types::GetHumanReadableSummaryOutput,
        Error<error::GetHumanReadableSummaryError>,
    > {
        self.handle.invoke(&schemas::ops::GET_HUMAN_READABLE_SUMMARY, input).await
    }
    /// Retrieves information about the specified instance profile, including the instance profile's path, GUID, ARN, and role. For more information about instance profiles, see [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) in the *IAM User Guide*.
    pub async fn get_instance_profile(
        &self,
        input: types::GetInstanceProfileInput,
    ) -> Result<types::GetInstanceProfileOutput, Error<error::GetInstanceProfileError>> {
        self.handle.invoke(&schemas::ops::GET_INSTANCE_PROFILE, input).await
    }
    /// Retrieves the user name for the specified IAM user. A login profile is created when you create a password for the user to access the Amazon Web Services Management Console. If the user does not exist or does not have a password, the operation returns a 404 (`NoSuchEntity`) error.
    ///
    /// If you create an IAM user with access to the console, the `CreateDate` reflects the date you created the initial password for the user.
    ///
    /// If you create an IAM user with programmatic access, and then later add a password for the user to access the Amazon Web Services Management Console, the `CreateDate` reflects the initial password creation date. A user with programmatic access does not have a login profile unless you create a password for the user to access the Amazon Web Services Management Console.
    pub async fn get_login_profile(
        &self,
        input: types::GetLoginProfileInput,
    ) -> Result<types::GetLoginProfileOutput, Error<error::GetLoginProfileError>> {
        self.handle.invoke(&schemas::ops::GET_LOGIN_PROFILE, input).await
    }
    /// Retrieves information about an MFA device for a specified user.
    pub async fn get_mfa_device(
        &self,
        input: types::GetMfaDeviceInput,
    ) -> Result<types::GetMfaDeviceOutput, Error<error::GetMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::GET_MFA_DEVICE, input).await
    }
    /// Returns information about the specified OpenID Connect (OIDC) provider resource object in IAM.
    pub async fn get_open_id_connect_provider(
        &self,
        input: types::GetOpenIdConnectProviderInput,
    ) -> Result<
        types::GetOpenIdConnectProviderOutput,
        Error<error::GetOpenIdConnectProviderError>,
    > {
        self.handle.invoke(&schemas::ops::GET_OPEN_ID_CONNECT_PROVIDER, input).await
    }
    /// Retrieves the service last accessed data report for Organizations that was previously generated using the ` [GenerateOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html) ` operation. This operation retrieves the status of your report job and the report contents.
    ///
    /// Depending on the parameters that you passed when you generated the report, the data returned could include different information. For details, see [GenerateOrganizationsAccessReport](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html).
    ///
    /// To call this operation, you must be signed in to the management account in your organization. SCPs must be enabled for your organization root. You must have permissions to perform this operation. For more information, see [Refining permissions using service last accessed data](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html) in the *IAM User Guide*.
    ///
    /// For each service that principals in an account (root user, IAM users, or IAM roles) could access using SCPs, the operation returns details about the most recent access attempt. If there was no attempt, the service is listed without details about the most recent attempt to access the service. If the operation fails, it returns the reason that it failed.
    ///
    /// By default, the list is sorted by service namespace.
    pub async fn get_organizations_access_report(
        &self,
        input: types::GetOrganizationsAccessReportInput,
    ) -> Result<
        types::GetOrganizationsAccessReportOutput,
        Error<error::GetOrganizationsAccessReportError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ORGANIZATIONS_ACCESS_REPORT, input).await
    }
    /// Retrieves the configuration information for the outbound identity federation feature in your Amazon Web Services account. The response includes the unique issuer URL for your Amazon Web Services account and the current enabled/disabled status of the feature. Use this operation to obtain the issuer URL that you need to configure trust relationships with external services.
    pub async fn get_outbound_web_identity_federation_info(
        &self,
    ) -> Result<
        types::GetOutboundWebIdentityFederationInfoOutput,
        Error<error::GetOutboundWebIdentityFederationInfoError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_OUTBOUND_WEB_IDENTITY_FEDERATION_INFO,
                kumo_runtime::Unit,
            )
            .await
    }
    /// Retrieves information about the specified managed policy, including the policy's default version and the total number of IAM users, groups, and roles to which the policy is attached. To retrieve the list of the specific users, groups, and roles that the policy is attached to, use [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html). This operation returns metadata about the policy. To retrieve the actual policy document for a specific version of the policy, use [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html).
    ///
    /// This operation retrieves information about managed policies. To retrieve information about an inline policy that is embedded with an IAM user, group, or role, use [GetUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html), [GetGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html), or [GetRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html).
    ///
    /// For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn get_policy(
        &self,
        input: types::GetPolicyInput,
    ) -> Result<types::GetPolicyOutput, Error<error::GetPolicyError>> {
        self.handle.invoke(&schemas::ops::GET_POLICY, input).await
    }
    /// Retrieves information about the specified version of the specified managed policy, including the policy document.
    ///
    /// Policies returned by this operation are URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality, and some SDKs do this decoding automatically.
    ///
    /// To list the available versions for a policy, use [ListPolicyVersions](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html).
    ///
    /// This operation retrieves information about managed policies. To retrieve information about an inline policy that is embedded in a user, group, or role, use [GetUserPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html), [GetGroupPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html), or [GetRolePolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html).
    ///
    /// For more information about the types of policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// For more information about managed policy versions, see [Versioning for managed policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html) in the *IAM User Guide*.
    pub async fn get_policy_version(
        &self,
        input: types::GetPolicyVersionInput,
    ) -> Result<types::GetPolicyVersionOutput, Error<error::GetPolicyVersionError>> {
        self.handle.invoke(&schemas::ops::GET_POLICY_VERSION, input).await
    }
    /// Retrieves information about the specified role, including the role's path, GUID, ARN, and the role's trust policy that grants permission to assume the role. For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*.
    ///
    /// Policies returned by this operation are URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality, and some SDKs do this decoding automatically.
    pub async fn get_role(
        &self,
        input: types::GetRoleInput,
    ) -> Result<types::GetRoleOutput, Error<error::GetRoleError>> {
        self.handle.invoke(&schemas::ops::GET_ROLE, input).await
    }
    /// Retrieves the specified inline policy document that is embedded with the specified IAM role.
    ///
    /// Policies returned by this operation are URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality, and some SDKs do this decoding automatically.
    ///
    /// An IAM role can also have managed policies attached to it. To retrieve a managed policy document that is attached to a role, use [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html) to determine the policy's default version, then use [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html) to retrieve the policy document.
    ///
    /// For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*.
    pub async fn get_role_policy(
        &self,
        input: types::GetRolePolicyInput,
    ) -> Result<types::GetRolePolicyOutput, Error<error::GetRolePolicyError>> {
        self.handle.invoke(&schemas::ops::GET_ROLE_POLICY, input).await
    }
    /// Retrieves information about a version of the specified role template. Role templates define a reusable configuration—including role name and path patterns, trust policy, inline and managed policies, permissions boundary, tags, and maximum session duration—that you use to create IAM roles with [AcquireRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AcquireRole.html).
    ///
    /// If you do not specify a minor version, the service returns the template's default minor version.
    pub async fn get_role_template_version(
        &self,
        input: types::GetRoleTemplateVersionInput,
    ) -> Result<
        types::GetRoleTemplateVersionOutput,
        Error<error::GetRoleTemplateVersionError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ROLE_TEMPLATE_VERSION, input).await
    }
    /// Returns the SAML provider metadocument that was uploaded when the IAM SAML provider resource object was created or updated.
    ///
    /// This operation requires [Signature Version 4](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html).
    pub async fn get_saml_provider(
        &self,
        input: types::GetSamlProviderInput,
    ) -> Result<types::GetSamlProviderOutput, Error<error::GetSamlProviderError>> {
        self.handle.invoke(&schemas::ops::GET_SAML_PROVIDER, input).await
    }
    /// Retrieves the specified SSH public key, including metadata about the key.
    ///
    /// The SSH public key retrieved by this operation is used only for authenticating the associated IAM user to an CodeCommit repository. For more information about using SSH keys to authenticate to an CodeCommit repository, see [Set up CodeCommit for SSH connections](https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-credentials-ssh.html) in the *CodeCommit User Guide*.
    pub async fn get_ssh_public_key(
        &self,
        input: types::GetSshPublicKeyInput,
    ) -> Result<types::GetSshPublicKeyOutput, Error<error::GetSshPublicKeyError>> {
        self.handle.invoke(&schemas::ops::GET_SSH_PUBLIC_KEY, input).await
    }
    /// Retrieves information about the specified server certificate stored in IAM.
    ///
    /// For more information about working with server certificates, see [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*. This topic includes a list of Amazon Web Services services that can use the server certificates that you manage with IAM.
    pub async fn get_server_certificate(
        &self,
        input: types::GetServerCertificateInput,
    ) -> Result<
        types::GetServerCertificateOutput,
        Error<error::GetServerCertificateError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SERVER_CERTIFICATE, input).await
    }
    /// Retrieves a service last accessed report that was created using the `GenerateServiceLastAccessedDetails` operation. You can use the `JobId` parameter in `GetServiceLastAccessedDetails` to retrieve the status of your report job. When the report is complete, you can retrieve the generated report. The report includes a list of Amazon Web Services services that the resource (user, group, role, or managed policy) can access.
    ///
    /// Service last accessed data does not use other policy types when determining whether a resource could access a service. These other policy types include resource-based policies, access control lists, Organizations policies, IAM permissions boundaries, and STS assume role policies. It only applies permissions policy logic. For more about the evaluation of policy types, see [Evaluating policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics) in the *IAM User Guide*.
    ///
    /// For each service that the resource could access using permissions policies, the operation returns details about the most recent access attempt. If there was no attempt, the service is listed without details about the most recent attempt to access the service. If the operation fails, the `GetServiceLastAccessedDetails` operation returns the reason that it failed.
    ///
    /// The `GetServiceLastAccessedDetails` operation returns a list of services. This list includes the number of entities that have attempted to access the service and the date and time of the last attempt. It also returns the ARN of the following entity, depending on the resource ARN that you used to generate the report:
    ///
    /// - **User** – Returns the user ARN that you used to generate the report
    ///
    /// - **Group** – Returns the ARN of the group member (user) that last attempted to access the service
    ///
    /// - **Role** – Returns the role ARN that you used to generate the report
    ///
    /// - **Policy** – Returns the ARN of the user or role that last used the policy to attempt to access the service
    ///
    /// By default, the list is sorted by service namespace.
    ///
    /// If you specified `ACTION\_LEVEL` granularity when you generated the report, this operation returns service and action last accessed data. This includes the most recent access attempt for each tracked action within a service. Otherwise, this operation returns only service data.
    ///
    /// For more information about service and action last accessed data, see [Reducing permissions using service last accessed data](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html) in the *IAM User Guide*.
    pub async fn get_service_last_accessed_details(
        &self,
        input: types::GetServiceLastAccessedDetailsInput,
    ) -> Result<
        types::GetServiceLastAccessedDetailsOutput,
        Error<error::GetServiceLastAccessedDetailsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SERVICE_LAST_ACCESSED_DETAILS, input).await
    }
    /// After you generate a group or policy report using the `GenerateServiceLastAccessedDetails` operation, you can use the `JobId` parameter in `GetServiceLastAccessedDetailsWithEntities`. This operation retrieves the status of your report job and a list of entities that could have used group or policy permissions to access the specified service.
    ///
    /// - **Group** – For a group report, this operation returns a list of users in the group that could have used the group’s policies in an attempt to access the service.
    ///
    /// - **Policy** – For a policy report, this operation returns a list of entities (users or roles) that could have used the policy in an attempt to access the service.
    ///
    /// You can also use this operation for user or role reports to retrieve details about those entities.
    ///
    /// If the operation fails, the `GetServiceLastAccessedDetailsWithEntities` operation returns the reason that it failed.
    ///
    /// By default, the list of associated entities is sorted by date, with the most recent access listed first.
    pub async fn get_service_last_accessed_details_with_entities(
        &self,
        input: types::GetServiceLastAccessedDetailsWithEntitiesInput,
    ) -> Result<
        types::GetServiceLastAccessedDetailsWithEntitiesOutput,
        Error<error::GetServiceLastAccessedDetailsWithEntitiesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_SERVICE_LAST_ACCESSED_DETAILS_WITH_ENTITIES,
                input,
            )
            .await
    }
    /// Retrieves the status of your service-linked role deletion. After you use [DeleteServiceLinkedRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html) to submit a service-linked role for deletion, you can use the `DeletionTaskId` parameter in `GetServiceLinkedRoleDeletionStatus` to check the status of the deletion. If the deletion fails, this operation returns the reason that it failed, if that information is returned by the service.
    pub async fn get_service_linked_role_deletion_status(
        &self,
        input: types::GetServiceLinkedRoleDeletionStatusInput,
    ) -> Result<
        types::GetServiceLinkedRoleDeletionStatusOutput,
        Error<error::GetServiceLinkedRoleDeletionStatusError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_SERVICE_LINKED_ROLE_DELETION_STATUS, input)
            .await
    }
    /// Retrieves information about the specified IAM user, including the user's creation date, path, unique ID, and ARN.
    ///
    /// If you do not specify a user name, IAM determines the user name implicitly based on the Amazon Web Services access key ID used to sign the request to this operation.
    pub async fn get_user(
        &self,
        input: types::GetUserInput,
    ) -> Result<types::GetUserOutput, Error<error::GetUserError>> {
        self.handle.invoke(&schemas::ops::GET_USER, input).await
    }
    /// Retrieves the specified inline policy document that is embedded in the specified IAM user.
    ///
    /// Policies returned by this operation are URL-encoded compliant with [RFC 3986](https://tools.ietf.org/html/rfc3986). You can use a URL decoding method to convert the policy back to plain JSON text. For example, if you use Java, you can use the `decode` method of the `java.net.URLDecoder` utility class in the Java SDK. Other languages and SDKs provide similar functionality, and some SDKs do this decoding automatically.
    ///
    /// An IAM user can also have managed policies attached to it. To retrieve a managed policy document that is attached to a user, use [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html) to determine the policy's default version. Then use [GetPolicyVersion](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html) to retrieve the policy document.
    ///
    /// For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn get_user_policy(
        &self,
        input: types::GetUserPolicyInput,
    ) -> Result<types::GetUserPolicyOutput, Error<error::GetUserPolicyError>> {
        self.handle.invoke(&schemas::ops::GET_USER_POLICY, input).await
    }
    /// Returns information about the access key IDs associated with the specified IAM user. If there is none, the operation returns an empty list.
    ///
    /// Although each user is limited to a small number of keys, you can still paginate the results using the `MaxItems` and `Marker` parameters.
    ///
    /// If the `UserName` is not specified, the user name is determined implicitly based on the Amazon Web Services access key ID used to sign the request. If a temporary access key is used, then `UserName` is required. If a long-term key is assigned to the user, then `UserName` is not required.
    ///
    /// This operation works for access keys under the Amazon Web Services account. If the Amazon Web Services account has no associated users, the root user returns it's own access key IDs by running this command.
    ///
    /// To ensure the security of your Amazon Web Services account, the secret access key is accessible only during key and user creation.
    pub async fn list_access_keys(
        &self,
        input: types::ListAccessKeysInput,
    ) -> Result<types::ListAccessKeysOutput, Error<error::ListAccessKeysError>> {
        self.handle.invoke(&schemas::ops::LIST_ACCESS_KEYS, input).await
    }
    /// Lists the account alias associated with the Amazon Web Services account (Note: you can have only one). For information about using an Amazon Web Services account alias, see [Creating, deleting, and listing an Amazon Web Services account alias](https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html#CreateAccountAlias) in the *IAM User Guide*.
    pub async fn list_account_aliases(
        &self,
        input: types::ListAccountAliasesInput,
    ) -> Result<types::ListAccountAliasesOutput, Error<error::ListAccountAliasesError>> {
        self.handle.invoke(&schemas::ops::LIST_ACCOUNT_ALIASES, input).await
    }
    /// Lists all managed policies that are attached to the specified IAM group.
    ///
    /// An IAM group can also have inline policies embedded with it. To list the inline policies for a group, use [ListGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupPolicies.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters. You can use the `PathPrefix` parameter to limit the list of policies to only those matching the specified path prefix. If there are no policies attached to the specified group (or none that match the specified path prefix), the operation returns an empty list.
    pub async fn list_attached_group_policies(
        &self,
        input: types::ListAttachedGroupPoliciesInput,
    ) -> Result<
        types::ListAttachedGroupPoliciesOutput,
        Error<error::ListAttachedGroupPoliciesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_ATTACHED_GROUP_POLICIES, input).await
    }
    /// Lists all managed policies that are attached to the specified IAM role.
    ///
    /// An IAM role can also have inline policies embedded with it. To list the inline policies for a role, use [ListRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters. You can use the `PathPrefix` parameter to limit the list of policies to only those matching the specified path prefix. If there are no policies attached to the specified role (or none that match the specified path prefix), the operation returns an empty list.
    pub async fn list_attached_role_policies(
        &self,
        input: types::ListAttachedRolePoliciesInput,
    ) -> Result<
        types::ListAttachedRolePoliciesOutput,
        Error<error::ListAttachedRolePoliciesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_ATTACHED_ROLE_POLICIES, input).await
    }
    /// Lists all managed policies that are attached to the specified IAM user.
    ///
    /// An IAM user can also have inline policies embedded with it. To list the inline policies for a user, use [ListUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserPolicies.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters. You can use the `PathPrefix` parameter to limit the list of policies to only those matching the specified path prefix. If there are no policies attached to the specified group (or none that match the specified path prefix), the operation returns an empty list.
    pub async fn list_attached_user_policies(
        &self,
        input: types::ListAttachedUserPoliciesInput,
    ) -> Result<
        types::ListAttachedUserPoliciesOutput,
        Error<error::ListAttachedUserPoliciesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_ATTACHED_USER_POLICIES, input).await
    }
    /// Lists delegation requests based on the specified criteria.
    ///
    /// If a delegation request has no owner, even if it is assigned to a specific account, it will not be part of the `ListDelegationRequests` output for that account.
    ///
    /// For more details, see [ Managing Permissions for Delegation Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions).
    pub async fn list_delegation_requests(
        &self,
        input: types::ListDelegationRequestsInput,
    ) -> Result<
        types::ListDelegationRequestsOutput,
        Error<error::ListDelegationRequestsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_DELEGATION_REQUESTS, input).await
    }
    /// Lists all IAM users, groups, and roles that the specified managed policy is attached to.
    ///
    /// You can use the optional `EntityFilter` parameter to limit the results to a particular type of entity (users, groups, or roles). For example, to list only the roles that are attached to the specified policy, set `EntityFilter` to `Role`.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_entities_for_policy(
        &self,
        input: types::ListEntitiesForPolicyInput,
    ) -> Result<
        types::ListEntitiesForPolicyOutput,
        Error<error::ListEntitiesForPolicyError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_ENTITIES_FOR_POLICY, input).await
    }
    /// Lists the names of the inline policies that are embedded in the specified IAM group.
    ///
    /// An IAM group can also have managed policies attached to it. To list the managed policies that are attached to a group, use [ListAttachedGroupPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html). For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters. If there are no inline policies embedded with the specified group, the operation returns an empty list.
    pub async fn list_group_policies(
        &self,
        input: types::ListGroupPoliciesInput,
    ) -> Result<types::ListGroupPoliciesOutput, Error<error::ListGroupPoliciesError>> {
        self.handle.invoke(&schemas::ops::LIST_GROUP_POLICIES, input).await
    }
    /// Lists the IAM groups that have the specified path prefix.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_groups(
        &self,
        input: types::ListGroupsInput,
    ) -> Result<types::ListGroupsOutput, Error<error::ListGroupsError>> {
        self.handle.invoke(&schemas::ops::LIST_GROUPS, input).await
    }
    /// Lists the IAM groups that the specified IAM user belongs to.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_groups_for_user(
        &self,
        input: types::ListGroupsForUserInput,
    ) -> Result<types::ListGroupsForUserOutput, Error<error::ListGroupsForUserError>> {
        self.handle.invoke(&schemas::ops::LIST_GROUPS_FOR_USER, input).await
    }
    /// Lists the tags that are attached to the specified IAM instance profile. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_instance_profile_tags(
        &self,
        input: types::ListInstanceProfileTagsInput,
    ) -> Result<
        types::ListInstanceProfileTagsOutput,
        Error<error::ListInstanceProfileTagsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_INSTANCE_PROFILE_TAGS, input).await
    }
    /// Lists the instance profiles that have the specified path prefix. If there are none, the operation returns an empty list. For more information about instance profiles, see [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) in the *IAM User Guide*.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. For example, this operation does not return tags, even though they are an attribute of the returned object. To view all of the information for an instance profile, see [GetInstanceProfile](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html).
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_instance_profiles(
        &self,
        input: types::ListInstanceProfilesInput,
    ) -> Result<
        types::ListInstanceProfilesOutput,
        Error<error::ListInstanceProfilesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_INSTANCE_PROFILES, input).await
    }
    /// Lists the instance profiles that have the specified associated IAM role. If there are none, the operation returns an empty list. For more information about instance profiles, go to [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_instance_profiles_for_role(
        &self,
        input: types::ListInstanceProfilesForRoleInput,
    ) -> Result<
        types::ListInstanceProfilesForRoleOutput,
        Error<error::ListInstanceProfilesForRoleError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_INSTANCE_PROFILES_FOR_ROLE, input).await
    }
    /// Lists the tags that are attached to the specified IAM virtual multi-factor authentication (MFA) device. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_mfa_device_tags(
        &self,
        input: types::ListMfaDeviceTagsInput,
    ) -> Result<types::ListMfaDeviceTagsOutput, Error<error::ListMfaDeviceTagsError>> {
        self.handle.invoke(&schemas::ops::LIST_MFA_DEVICE_TAGS, input).await
    }
    /// Lists the MFA devices for an IAM user. If the request includes a IAM user name, then this operation lists all the MFA devices associated with the specified user. If you do not specify a user name, IAM determines the user name implicitly based on the Amazon Web Services access key ID signing the request for this operation.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_mfa_devices(
        &self,
        input: types::ListMfaDevicesInput,
    ) -> Result<types::ListMfaDevicesOutput, Error<error::ListMfaDevicesError>> {
        self.handle.invoke(&schemas::ops::LIST_MFA_DEVICES, input).await
    }
    /// Lists the tags that are attached to the specified OpenID Connect (OIDC)-compatible identity provider. The returned list of tags is sorted by tag key. For more information, see [About web identity federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html).
    ///
    /// For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_open_id_connect_provider_tags(
        &self,
        input: types::ListOpenIdConnectProviderTagsInput,
    ) -> Result<
        types::ListOpenIdConnectProviderTagsOutput,
        Error<error::ListOpenIdConnectProviderTagsError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_OPEN_ID_CONNECT_PROVIDER_TAGS, input)
            .await
    }
    /// Lists information about the IAM OpenID Connect (OIDC) provider resource objects defined in the Amazon Web Services account.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. For example, this operation does not return tags, even though they are an attribute of the returned object. To view all of the information for an OIDC provider, see [GetOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOpenIDConnectProvider.html).
    pub async fn list_open_id_connect_providers(
        &self,
        input: types::ListOpenIdConnectProvidersInput,
    ) -> Result<
        types::ListOpenIdConnectProvidersOutput,
        Error<error::ListOpenIdConnectProvidersError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_OPEN_ID_CONNECT_PROVIDERS, input).await
    }
    /// Lists the centralized root access features enabled for your organization. For more information, see [Centrally manage root access for member accounts](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management).
    pub async fn list_organizations_features(
        &self,
        input: types::ListOrganizationsFeaturesInput,
    ) -> Result<
        types::ListOrganizationsFeaturesOutput,
        Error<error::ListOrganizationsFeaturesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_ORGANIZATIONS_FEATURES, input).await
    }
    /// Lists all the managed policies that are available in your Amazon Web Services account, including your own customer-defined managed policies and all Amazon Web Services managed policies.
    ///
    /// You can filter the list of policies that is returned using the optional `OnlyAttached`, `Scope`, and `PathPrefix` parameters. For example, to list only the customer managed policies in your Amazon Web Services account, set `Scope` to `Local`. To list only Amazon Web Services managed policies, set `Scope` to `AWS`.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    ///
    /// For more information about managed policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. For example, this operation does not return tags, even though they are an attribute of the returned object. To view all of the information for a customer manged policy, see [GetPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html).
    pub async fn list_policies(
        &self,
        input: types::ListPoliciesInput,
    ) -> Result<types::ListPoliciesOutput, Error<error::ListPoliciesError>> {
        self.handle.invoke(&schemas::ops::LIST_POLICIES, input).await
    }
    /// Retrieves a list of policies that the IAM identity (user, group, or role) can use to access each specified service.
    ///
    /// This operation does not use other policy types when determining whether a resource could access a service. These other policy types include resource-based policies, access control lists, Organizations policies, IAM permissions boundaries, and STS assume role policies. It only applies permissions policy logic. For more about the evaluation of policy types, see [Evaluating policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics) in the *IAM User Guide*.
    ///
    /// The list of policies returned by the operation depends on the ARN of the identity that you provide.
    ///
    /// - **User** – The list of policies includes the managed and inline policies that are attached to the user directly. The list also includes any additional managed and inline policies that are attached to the group to which the user belongs.
    ///
    /// - **Group** – The list of policies includes only the managed and inline policies that are attached to the group directly. Policies that are attached to the group’s user are not included.
    ///
    /// - **Role** – The list of policies includes only the managed and inline policies that are attached to the role.
    ///
    /// For each managed policy, this operation returns the ARN and policy name. For each inline policy, it returns the policy name and the entity to which it is attached. Inline policies do not have an ARN. For more information about these policy types, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// Policies that are attached to users and roles as permissions boundaries are not returned. To view which managed policy is currently used to set the permissions boundary for a user or role, use the [GetUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html) or [GetRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html) operations.
    pub async fn list_policies_granting_service_access(
        &self,
        input: types::ListPoliciesGrantingServiceAccessInput,
    ) -> Result<
        types::ListPoliciesGrantingServiceAccessOutput,
        Error<error::ListPoliciesGrantingServiceAccessError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_POLICIES_GRANTING_SERVICE_ACCESS, input)
            .await
    }
    /// Lists the tags that are attached to the specified IAM customer managed policy. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_policy_tags(
        &self,
        input: types::ListPolicyTagsInput,
    ) -> Result<types::ListPolicyTagsOutput, Error<error::ListPolicyTagsError>> {
        self.handle.invoke(&schemas::ops::LIST_POLICY_TAGS, input).await
    }
    /// Lists information about the versions of the specified managed policy, including the version that is currently set as the policy's default version.
    ///
    /// For more information about managed policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn list_policy_versions(
        &self,
        input: types::ListPolicyVersionsInput,
    ) -> Result<types::ListPolicyVersionsOutput, Error<error::ListPolicyVersionsError>> {
        self.handle.invoke(&schemas::ops::LIST_POLICY_VERSIONS, input).await
    }
    /// Lists the names of the inline policies that are embedded in the specified IAM role.
    ///
    /// An IAM role can also have managed policies attached to it. To list the managed policies that are attached to a role, use [ListAttachedRolePolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html). For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters. If there are no inline policies embedded with the specified role, the operation returns an empty list.
    pub async fn list_role_policies(
        &self,
        input: types::ListRolePoliciesInput,
    ) -> Result<types::ListRolePoliciesOutput, Error<error::ListRolePoliciesError>> {
        self.handle.invoke(&schemas::ops::LIST_ROLE_POLICIES, input).await
    }
    /// Lists the tags that are attached to the specified role. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_role_tags(
        &self,
        input: types::ListRoleTagsInput,
    ) -> Result<types::ListRoleTagsOutput, Error<error::ListRoleTagsError>> {
        self.handle.invoke(&schemas::ops::LIST_ROLE_TAGS, input).await
    }
    /// Lists the IAM roles that have the specified path prefix. If there are none, the operation returns an empty list. For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. This operation does not return the following attributes, even though they are an attribute of the returned object:
    ///
    /// - PermissionsBoundary
    ///
    /// - RoleLastUsed
    ///
    /// - Tags
    ///
    /// To view all of the information for a role, see [GetRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html).
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_roles(
        &self,
        input: types::ListRolesInput,
    ) -> Result<types::ListRolesOutput, Error<error::ListRolesError>> {
        self.handle.invoke(&schemas::ops::LIST_ROLES, input).await
    }
    /// Lists the tags that are attached to the specified Security Assertion Markup Language (SAML) identity provider. The returned list of tags is sorted by tag key. For more information, see [About SAML 2.0-based federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html).
    ///
    /// For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_saml_provider_tags(
        &self,
        input: types::ListSamlProviderTagsInput,
    ) -> Result<
        types::ListSamlProviderTagsOutput,
        Error<error::ListSamlProviderTagsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SAML_PROVIDER_TAGS, input).await
    }
    /// Lists the SAML provider resource objects defined in IAM in the account. IAM resource-listing operations return a subset of the available attributes for the resource. For example, this operation does not return tags, even though they are an attribute of the returned object. To view all of the information for a SAML provider, see [GetSAMLProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html).
    ///
    /// This operation requires [Signature Version 4](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html).
    pub async fn list_saml_providers(
        &self,
        input: types::ListSamlProvidersInput,
    ) -> Result<types::ListSamlProvidersOutput, Error<error::ListSamlProvidersError>> {
        self.handle.invoke(&schemas::ops::LIST_SAML_PROVIDERS, input).await
    }
    /// Returns information about the SSH public keys associated with the specified IAM user. If none exists, the operation returns an empty list.
    ///
    /// The SSH public keys returned by this operation are used only for authenticating the IAM user to an CodeCommit repository. For more information about using SSH keys to authenticate to an CodeCommit repository, see [Set up CodeCommit for SSH connections](https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-credentials-ssh.html) in the *CodeCommit User Guide*.
    ///
    /// Although each user is limited to a small number of keys, you can still paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_ssh_public_keys(
        &self,
        input: types::ListSshPublicKeysInput,
    ) -> Result<types::ListSshPublicKeysOutput, Error<error::ListSshPublicKeysError>> {
        self.handle.invoke(&schemas::ops::LIST_SSH_PUBLIC_KEYS, input).await
    }
    /// Lists the tags that are attached to the specified IAM server certificate. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// For certificates in a Region supported by Certificate Manager (ACM), we recommend that you don't use IAM server certificates. Instead, use ACM to provision, manage, and deploy your server certificates. For more information about IAM server certificates, [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*.
    pub async fn list_server_certificate_tags(
        &self,
        input: types::ListServerCertificateTagsInput,
    ) -> Result<
        types::ListServerCertificateTagsOutput,
        Error<error::ListServerCertificateTagsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SERVER_CERTIFICATE_TAGS, input).await
    }
    /// Lists the server certificates stored in IAM that have the specified path prefix. If none exist, the operation returns an empty list.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    ///
    /// For more information about working with server certificates, see [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*. This topic also includes a list of Amazon Web Services services that can use the server certificates that you manage with IAM.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. For example, this operation does not return tags, even though they are an attribute of the returned object. To view all of the information for a servercertificate, see [GetServerCertificate](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServerCertificate.html).
    pub async fn list_server_certificates(
        &self,
        input: types::ListServerCertificatesInput,
    ) -> Result<
        types::ListServerCertificatesOutput,
        Error<error::ListServerCertificatesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SERVER_CERTIFICATES, input).await
    }
    /// Returns information about the service-specific credentials associated with the specified IAM user. If none exists, the operation returns an empty list. The service-specific credentials returned by this operation are used only for authenticating the IAM user to a specific service. For more information about using service-specific credentials to authenticate to an Amazon Web Services service, refer to the following docs:
    ///
    /// - For service-specific credentials with CodeCommit, refer to [IAM credentials for CodeCommit: Git credentials, SSH keys, and Amazon Web Services access keys](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_ssh-keys.html) in the *IAM User Guide*.
    ///
    /// - For service-specific credentials with Amazon Keyspaces (for Apache Cassandra), refer to [Use IAM with Amazon Keyspaces (for Apache Cassandra)](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_keyspaces.html) in the *IAM User Guide*.
    ///
    /// - For services that support long-term API keys, refer to [API keys for Amazon Web Services services](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_api_keys_for_aws_services.html) in the *IAM User Guide*.
    pub async fn list_service_specific_credentials(
        &self,
        input: types::ListServiceSpecificCredentialsInput,
    ) -> Result<
        types::ListServiceSpecificCredentialsOutput,
        Error<error::ListServiceSpecificCredentialsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SERVICE_SPECIFIC_CREDENTIALS, input).await
    }
    /// Returns information about the signing certificates associated with the specified IAM user. If none exists, the operation returns an empty list.
    ///
    /// Although each user is limited to a small number of signing certificates, you can still paginate the results using the `MaxItems` and `Marker` parameters.
    ///
    /// If the `UserName` field is not specified, the user name is determined implicitly based on the Amazon Web Services access key ID used to sign the request for this operation. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials even if the Amazon Web Services account has no associated users.
    pub async fn list_signing_certificates(
        &self,
        input: types::ListSigningCertificatesInput,
    ) -> Result<
        types::ListSigningCertificatesOutput,
        Error<error::ListSigningCertificatesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SIGNING_CERTIFICATES, input).await
    }
    /// Lists the names of the inline policies embedded in the specified IAM user.
    ///
    /// An IAM user can also have managed policies attached to it. To list the managed policies that are attached to a user, use [ListAttachedUserPolicies](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html). For more information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters. If there are no inline policies embedded with the specified user, the operation returns an empty list.
    pub async fn list_user_policies(
        &self,
        input: types::ListUserPoliciesInput,
    ) -> Result<types::ListUserPoliciesOutput, Error<error::ListUserPoliciesError>> {
        self.handle.invoke(&schemas::ops::LIST_USER_POLICIES, input).await
    }
    /// Lists the tags that are attached to the specified IAM user. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn list_user_tags(
        &self,
        input: types::ListUserTagsInput,
    ) -> Result<types::ListUserTagsOutput, Error<error::ListUserTagsError>> {
        self.handle.invoke(&schemas::ops::LIST_USER_TAGS, input).await
    }
    /// Lists the IAM users that have the specified path prefix. If no path prefix is specified, the operation returns all users in the Amazon Web Services account. If there are none, the operation returns an empty list.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. This operation does not return the following attributes, even though they are an attribute of the returned object:
    ///
    /// - PermissionsBoundary
    ///
    /// - Tags
    ///
    /// To view all of the information for a user, see [GetUser](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html).
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_users(
        &self,
        input: types::ListUsersInput,
    ) -> Result<types::ListUsersOutput, Error<error::ListUsersError>> {
        self.handle.invoke(&schemas::ops::LIST_USERS, input).await
    }
    /// Lists the virtual MFA devices defined in the Amazon Web Services account by assignment status. If you do not specify an assignment status, the operation returns a list of all virtual MFA devices. Assignment status can be `Assigned`, `Unassigned`, or `Any`.
    ///
    /// IAM resource-listing operations return a subset of the available attributes for the resource. For example, this operation does not return tags, even though they are an attribute of the returned object. To view tag information for a virtual MFA device, see [ListMFADeviceTags](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListMFADeviceTags.html).
    ///
    /// You can paginate the results using the `MaxItems` and `Marker` parameters.
    pub async fn list_virtual_mfa_devices(
        &self,
        input: types::ListVirtualMfaDevicesInput,
    ) -> Result<
        types::ListVirtualMfaDevicesOutput,
        Error<error::ListVirtualMfaDevicesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_VIRTUAL_MFA_DEVICES, input).await
    }
    /// Sets account-level properties for the caller's Amazon Web Services account. Account properties are configuration settings that control account-wide IAM features such as Role Manager.
    ///
    /// Specify properties as key-value pairs in `Namespace/PropertyName` format. All properties in a single request must belong to the same namespace. Use [GetAccountProperties](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountProperties.html) to view the current properties.
    pub async fn put_account_properties(
        &self,
        input: types::PutAccountPropertiesInput,
    ) -> Result<
        types::PutAccountPropertiesOutput,
        Error<error::PutAccountPropertiesError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_ACCOUNT_PROPERTIES, input).await
    }
    /// Adds or updates an inline policy document that is embedded in the specified IAM group.
    ///
    /// A user can also have managed policies attached to it. To attach a managed policy to a group, use [ `AttachGroupPolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachGroupPolicy.html). To create a new managed policy, use [ `CreatePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// For information about the maximum number of inline policies that you can embed in a group, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    ///
    /// Because policy documents can be large, you should use POST rather than GET when calling `PutGroupPolicy`. For general information about using the Query API with IAM, see [Making query requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/IAM_UsingQueryAPI.html) in the *IAM User Guide*.
    pub async fn put_group_policy(
        &self,
        input: types::PutGroupPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutGroupPolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_GROUP_POLICY, input).await
    }
    /// Adds or updates the policy that is specified as the IAM role's permissions boundary. You can use an Amazon Web Services managed policy or a customer managed policy to set the boundary for a role. Use the boundary to control the maximum permissions that the role can have. Setting a permissions boundary is an advanced feature that can affect the permissions for the role.
    ///
    /// You cannot set the boundary for a service-linked role.
    ///
    /// Policies used as permissions boundaries do not provide permissions. You must also attach a permissions policy to the role. To learn how the effective permissions for a role are evaluated, see [IAM JSON policy evaluation logic](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html) in the IAM User Guide.
    pub async fn put_role_permissions_boundary(
        &self,
        input: types::PutRolePermissionsBoundaryInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutRolePermissionsBoundaryError>> {
        self.handle.invoke(&schemas::ops::PUT_ROLE_PERMISSIONS_BOUNDARY, input).await
    }
    /// Adds or updates an inline policy document that is embedded in the specified IAM role.
    ///
    /// When you embed an inline policy in a role, the inline policy is used as part of the role's access (permissions) policy. The role's trust policy is created at the same time as the role, using [ `CreateRole` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html). You can update a role's trust policy using [ `UpdateAssumeRolePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html). For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/roles-toplevel.html) in the *IAM User Guide*.
    ///
    /// A role can also have a managed policy attached to it. To attach a managed policy to a role, use [ `AttachRolePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html). To create a new managed policy, use [ `CreatePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// For information about the maximum number of inline policies that you can embed with a role, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    ///
    /// Because policy documents can be large, you should use POST rather than GET when calling `PutRolePolicy`. For general information about using the Query API with IAM, see [Making query requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/IAM_UsingQueryAPI.html) in the *IAM User Guide*.
    pub async fn put_role_policy(
        &self,
        input: types::PutRolePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutRolePolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_ROLE_POLICY, input).await
    }
    /// Adds or updates the policy that is specified as the IAM user's permissions boundary. You can use an Amazon Web Services managed policy or a customer managed policy to set the boundary for a user. Use the boundary to control the maximum permissions that the user can have. Setting a permissions boundary is an advanced feature that can affect the permissions for the user.
    ///
    /// Policies that are used as permissions boundaries do not provide permissions. You must also attach a permissions policy to the user. To learn how the effective permissions for a user are evaluated, see [IAM JSON policy evaluation logic](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html) in the IAM User Guide.
    pub async fn put_user_permissions_boundary(
        &self,
        input: types::PutUserPermissionsBoundaryInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutUserPermissionsBoundaryError>> {
        self.handle.invoke(&schemas::ops::PUT_USER_PERMISSIONS_BOUNDARY, input).await
    }
    /// Adds or updates an inline policy document that is embedded in the specified IAM user.
    ///
    /// An IAM user can also have a managed policy attached to it. To attach a managed policy to a user, use [ `AttachUserPolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html). To create a new managed policy, use [ `CreatePolicy` ](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html). For information about policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    ///
    /// For information about the maximum number of inline policies that you can embed in a user, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    ///
    /// Because policy documents can be large, you should use POST rather than GET when calling `PutUserPolicy`. For general information about using the Query API with IAM, see [Making query requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/IAM_UsingQueryAPI.html) in the *IAM User Guide*.
    pub async fn put_user_policy(
        &self,
        input: types::PutUserPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutUserPolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_USER_POLICY, input).await
    }
    /// Rejects a delegation request, denying the requested temporary access.
    ///
    /// Once a request is rejected, it cannot be accepted or updated later. Rejected requests expire after 7 days.
    ///
    /// When rejecting a request, an optional explanation can be added using the `Notes` request parameter.
    ///
    /// For more details, see [ Managing Permissions for Delegation Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions).
    pub async fn reject_delegation_request(
        &self,
        input: types::RejectDelegationRequestInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::RejectDelegationRequestError>> {
        self.handle.invoke(&schemas::ops::REJECT_DELEGATION_REQUEST, input).await
    }
    /// Removes the specified client ID (also known as audience) from the list of client IDs registered for the specified IAM OpenID Connect (OIDC) provider resource object.
    ///
    /// This operation is idempotent; it does not fail or return an error if you try to remove a client ID that does not exist.
    pub async fn remove_client_id_from_open_id_connect_provider(
        &self,
        input: types::RemoveClientIdFromOpenIdConnectProviderInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::RemoveClientIdFromOpenIdConnectProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::REMOVE_CLIENT_ID_FROM_OPEN_ID_CONNECT_PROVIDER, input)
            .await
    }
    /// Removes the specified IAM role from the specified Amazon EC2 instance profile.
    ///
    /// Make sure that you do not have any Amazon EC2 instances running with the role you are about to remove from the instance profile. Removing a role from an instance profile that is associated with a running instance might break any applications running on the instance.
    ///
    /// For more information about roles, see [IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html) in the *IAM User Guide*. For more information about instance profiles, see [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) in the *IAM User Guide*.
    pub async fn remove_role_from_instance_profile(
        &self,
        input: types::RemoveRoleFromInstanceProfileInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::RemoveRoleFromInstanceProfileError>,
    > {
        self.handle.invoke(&schemas::ops::REMOVE_ROLE_FROM_INSTANCE_PROFILE, input).await
    }
    /// Removes the specified user from the specified group.
    pub async fn remove_user_from_group(
        &self,
        input: types::RemoveUserFromGroupInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::RemoveUserFromGroupError>> {
        self.handle.invoke(&schemas::ops::REMOVE_USER_FROM_GROUP, input).await
    }
    /// Resets the password for a service-specific credential. The new password is Amazon Web Services generated and cryptographically strong. It cannot be configured by the user. Resetting the password immediately invalidates the previous password associated with this user.
    pub async fn reset_service_specific_credential(
        &self,
        input: types::ResetServiceSpecificCredentialInput,
    ) -> Result<
        types::ResetServiceSpecificCredentialOutput,
        Error<error::ResetServiceSpecificCredentialError>,
    > {
        self.handle.invoke(&schemas::ops::RESET_SERVICE_SPECIFIC_CREDENTIAL, input).await
    }
    /// Synchronizes the specified MFA device with its IAM resource object on the Amazon Web Services servers.
    ///
    /// For more information about creating and working with virtual MFA devices, see [Using a virtual MFA device](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_VirtualMFA.html) in the *IAM User Guide*.
    pub async fn resync_mfa_device(
        &self,
        input: types::ResyncMfaDeviceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ResyncMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::RESYNC_MFA_DEVICE, input).await
    }
    /// Sends the exchange token for an accepted delegation request.
    ///
    /// The exchange token is sent to the partner via an asynchronous notification channel, established by the partner.
    ///
    /// The delegation request must be in the `ACCEPTED` state when calling this API. After the `SendDelegationToken` API call is successful, the request transitions to a `FINALIZED` state and cannot be rolled back. However, a user may reject an accepted request before the `SendDelegationToken` API is called.
    ///
    /// For more details, see [ Managing Permissions for Delegation Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions).
    pub async fn send_delegation_token(
        &self,
        input: types::SendDelegationTokenInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SendDelegationTokenError>> {
        self.handle.invoke(&schemas::ops::SEND_DELEGATION_TOKEN, input).await
    }
    /// Sets the specified version of the specified policy as the policy's default (operative) version.
    ///
    /// This operation affects all users, groups, and roles that the policy is attached to. To list the users, groups, and roles that the policy is attached to, use [ListEntitiesForPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html).
    ///
    /// For information about managed policies, see [Managed policies and inline policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html) in the *IAM User Guide*.
    pub async fn set_default_policy_version(
        &self,
        input: types::SetDefaultPolicyVersionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SetDefaultPolicyVersionError>> {
        self.handle.invoke(&schemas::ops::SET_DEFAULT_POLICY_VERSION, input).await
    }
    /// Sets the specified version of the global endpoint token as the token version used for the Amazon Web Services account.
    ///
    /// By default, Security Token Service (STS) is available as a global service, and all STS requests go to a single endpoint at `https://sts.amazonaws.com`. Amazon Web Services recommends using Regional STS endpoints to reduce latency, build in redundancy, and increase session token availability. For information about Regional endpoints for STS, see [Security Token Service endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/sts.html) in the *Amazon Web Services General Reference*.
    ///
    /// If you make an STS call to the global endpoint, the resulting session tokens might be valid in some Regions but not others. It depends on the version that is set in this operation. Version 1 tokens are valid only in Amazon Web Services Regions that are available by default. These tokens do not work in manually enabled Regions, such as Asia Pacific (Hong Kong). Version 2 tokens are valid in all Regions. However, version 2 tokens are longer and might affect systems where you temporarily store tokens. For information, see [Activating and deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html) in the *IAM User Guide*.
    ///
    /// To view the current session token version, see the `GlobalEndpointTokenVersion` entry in the response of the [GetAccountSummary](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html) operation.
    pub async fn set_security_token_service_preferences(
        &self,
        input: types::SetSecurityTokenServicePreferencesInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::SetSecurityTokenServicePreferencesError>,
    > {
        self.handle
            .invoke(&schemas::ops::SET_SECURITY_TOKEN_SERVICE_PREFERENCES, input)
            .await
    }
    /// Simulate how a set of IAM policies and optionally a resource-based policy works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions. The policies are provided as strings.
    ///
    /// The simulation does not perform the API operations; it only checks the authorization to determine if the simulated policies allow or deny the operations. You can simulate resources that don't exist in your account.
    ///
    /// If you want to simulate existing policies that are attached to an IAM user, group, or role, use [SimulatePrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html) instead.
    ///
    /// Context keys are variables that are maintained by Amazon Web Services and its services and which provide details about the context of an API query request. You can use the `Condition` element of an IAM policy to evaluate context keys. To get the list of context keys that the policies require for correct simulation, use [GetContextKeysForCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html).
    ///
    /// If the output is long, you can use `MaxItems` and `Marker` parameters to paginate the results.
    ///
    /// The IAM policy simulator evaluates statements in identity-based policies, service control policies (SCPs) including their condition keys and resource scoping, and the inputs that you provide during simulation. The policy simulator results can differ from your live Amazon Web Services environment. We recommend that you check your policies against your live Amazon Web Services environment after testing using the policy simulator to confirm that you have the desired results. For more information about using the policy simulator, see [Testing IAM policies with the IAM policy simulator ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html)in the *IAM User Guide*.
    pub async fn simulate_custom_policy(
        &self,
        input: types::SimulateCustomPolicyInput,
    ) -> Result<types::SimulatePolicyResponse, Error<error::SimulateCustomPolicyError>> {
        self.handle.invoke(&schemas::ops::SIMULATE_CUSTOM_POLICY, input).await
    }
    /// Simulate how a set of IAM policies attached to an IAM entity works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions. The entity can be an IAM user, group, or role. If you specify a user, then the simulation also includes all of the policies that are attached to groups that the user belongs to. You can simulate resources that don't exist in your account.
    ///
    /// You can optionally include a list of one or more additional policies specified as strings to include in the simulation. If you want to simulate only policies specified as strings, use [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html) instead.
    ///
    /// You can also optionally include one resource-based policy to be evaluated with each of the resources included in the simulation for IAM users only.
    ///
    /// The simulation does not perform the API operations; it only checks the authorization to determine if the simulated policies allow or deny the operations.
    ///
    /// For cross-account simulations, `EvalDecisionDetails` returns the decision for each policy type (identity-based policy, resource-based policy, and permissions boundary). This helps you identify which policy type is responsible for an allow or deny decision when policies span multiple accounts.
    ///
    /// **Note:** This operation discloses information about the permissions granted to other users. If you do not want users to see other user's permissions, then consider allowing them to use [SimulateCustomPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html) instead.
    ///
    /// Context keys are variables maintained by Amazon Web Services and its services that provide details about the context of an API query request. You can use the `Condition` element of an IAM policy to evaluate context keys. To get the list of context keys that the policies require for correct simulation, use [GetContextKeysForPrincipalPolicy](https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html).
    ///
    /// If the output is long, you can use the `MaxItems` and `Marker` parameters to paginate the results.
    ///
    /// The IAM policy simulator evaluates statements in identity-based policies, service control policies (SCPs) including their condition keys and resource scoping, and the inputs that you provide during simulation. The policy simulator results can differ from your live Amazon Web Services environment. We recommend that you check your policies against your live Amazon Web Services environment after testing using the policy simulator to confirm that you have the desired results. For more information about using the policy simulator, see [Testing IAM policies with the IAM policy simulator ](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html)in the *IAM User Guide*.
    pub async fn simulate_principal_policy(
        &self,
        input: types::SimulatePrincipalPolicyInput,
    ) -> Result<
        types::SimulatePolicyResponse,
        Error<error::SimulatePrincipalPolicyError>,
    > {
        self.handle.invoke(&schemas::ops::SIMULATE_PRINCIPAL_POLICY, input).await
    }
    /// Adds one or more tags to an IAM instance profile. If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// Each tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM user-based and resource-based policies. You can use tags to restrict access to only an IAM instance profile that has a specified tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    pub async fn tag_instance_profile(
        &self,
        input: types::TagInstanceProfileInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagInstanceProfileError>> {
        self.handle.invoke(&schemas::ops::TAG_INSTANCE_PROFILE, input).await
    }
    /// Adds one or more tags to an IAM virtual multi-factor authentication (MFA) device. If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM user-based and resource-based policies. You can use tags to restrict access to only an IAM virtual MFA device that has a specified tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    pub async fn tag_mfa_device(
        &self,
        input: types::TagMfaDeviceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::TAG_MFA_DEVICE, input).await
    }
    /// Adds one or more tags to an OpenID Connect (OIDC)-compatible identity provider. For more information about these providers, see [About web identity federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html). If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM identity-based and resource-based policies. You can use tags to restrict access to only an OIDC provider that has a specified tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    pub async fn tag_open_id_connect_provider(
        &self,
        input: types::TagOpenIdConnectProviderInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagOpenIdConnectProviderError>> {
        self.handle.invoke(&schemas::ops::TAG_OPEN_ID_CONNECT_PROVIDER, input).await
    }
    /// Adds one or more tags to an IAM customer managed policy. If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM user-based and resource-based policies. You can use tags to restrict access to only an IAM customer managed policy that has a specified tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    pub async fn tag_policy(
        &self,
        input: types::TagPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagPolicyError>> {
        self.handle.invoke(&schemas::ops::TAG_POLICY, input).await
    }
    /// Adds one or more tags to an IAM role. The role can be a regular role or a service-linked role. If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM user-based and resource-based policies. You can use tags to restrict access to only an IAM role that has a specified tag attached. You can also restrict access to only those resources that have a certain tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - **Cost allocation** - Use tags to help track which individuals and teams are using which Amazon Web Services resources.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    ///
    /// For more information about tagging, see [Tagging IAM identities](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn tag_role(
        &self,
        input: types::TagRoleInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagRoleError>> {
        self.handle.invoke(&schemas::ops::TAG_ROLE, input).await
    }
    /// Adds one or more tags to a Security Assertion Markup Language (SAML) identity provider. For more information about these providers, see [About SAML 2.0-based federation ](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html). If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM user-based and resource-based policies. You can use tags to restrict access to only a SAML identity provider that has a specified tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    pub async fn tag_saml_provider(
        &self,
        input: types::TagSamlProviderInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagSamlProviderError>> {
        self.handle.invoke(&schemas::ops::TAG_SAML_PROVIDER, input).await
    }
    /// Adds one or more tags to an IAM server certificate. If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// For certificates in a Region supported by Certificate Manager (ACM), we recommend that you don't use IAM server certificates. Instead, use ACM to provision, manage, and deploy your server certificates. For more information about IAM server certificates, [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM user-based and resource-based policies. You can use tags to restrict access to only a server certificate that has a specified tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - **Cost allocation** - Use tags to help track which individuals and teams are using which Amazon Web Services resources.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    pub async fn tag_server_certificate(
        &self,
        input: types::TagServerCertificateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagServerCertificateError>> {
        self.handle.invoke(&schemas::ops::TAG_SERVER_CERTIFICATE, input).await
    }
    /// Adds one or more tags to an IAM user. If a tag with the same key name already exists, then that tag is overwritten with the new value.
    ///
    /// A tag consists of a key name and an associated value. By assigning tags to your resources, you can do the following:
    ///
    /// - **Administrative grouping and discovery** - Attach tags to resources to aid in organization and search. For example, you could search for all resources with the key name *Project* and the value *MyImportantProject*. Or search for all resources with the key name *Cost Center* and the value *41200*.
    ///
    /// - **Access control** - Include tags in IAM identity-based and resource-based policies. You can use tags to restrict access to only an IAM requesting user that has a specified tag attached. You can also restrict access to only those resources that have a certain tag attached. For examples of policies that show how to use tags to control access, see [Control access using IAM tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html) in the *IAM User Guide*.
    ///
    /// - **Cost allocation** - Use tags to help track which individuals and teams are using which Amazon Web Services resources.
    ///
    /// - If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then the entire request fails and the resource is not created. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// - Amazon Web Services always interprets the tag `Value` as a single string. If you need to store an array, you can store comma-separated values in the string. However, you must interpret the value in your code.
    ///
    /// For more information about tagging, see [Tagging IAM identities](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn tag_user(
        &self,
        input: types::TagUserInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagUserError>> {
        self.handle.invoke(&schemas::ops::TAG_USER, input).await
    }
    /// Removes the specified tags from the IAM instance profile. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_instance_profile(
        &self,
        input: types::UntagInstanceProfileInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagInstanceProfileError>> {
        self.handle.invoke(&schemas::ops::UNTAG_INSTANCE_PROFILE, input).await
    }
    /// Removes the specified tags from the IAM virtual multi-factor authentication (MFA) device. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_mfa_device(
        &self,
        input: types::UntagMfaDeviceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagMfaDeviceError>> {
        self.handle.invoke(&schemas::ops::UNTAG_MFA_DEVICE, input).await
    }
    /// Removes the specified tags from the specified OpenID Connect (OIDC)-compatible identity provider in IAM. For more information about OIDC providers, see [About web identity federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html). For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_open_id_connect_provider(
        &self,
        input: types::UntagOpenIdConnectProviderInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagOpenIdConnectProviderError>> {
        self.handle.invoke(&schemas::ops::UNTAG_OPEN_ID_CONNECT_PROVIDER, input).await
    }
    /// Removes the specified tags from the customer managed policy. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_policy(
        &self,
        input: types::UntagPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagPolicyError>> {
        self.handle.invoke(&schemas::ops::UNTAG_POLICY, input).await
    }
    /// Removes the specified tags from the role. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_role(
        &self,
        input: types::UntagRoleInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagRoleError>> {
        self.handle.invoke(&schemas::ops::UNTAG_ROLE, input).await
    }
    /// Removes the specified tags from the specified Security Assertion Markup Language (SAML) identity provider in IAM. For more information about these providers, see [About web identity federation](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html). For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_saml_provider(
        &self,
        input: types::UntagSamlProviderInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagSamlProviderError>> {
        self.handle.invoke(&schemas::ops::UNTAG_SAML_PROVIDER, input).await
    }
    /// Removes the specified tags from the IAM server certificate. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    ///
    /// For certificates in a Region supported by Certificate Manager (ACM), we recommend that you don't use IAM server certificates. Instead, use ACM to provision, manage, and deploy your server certificates. For more information about IAM server certificates, [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*.
    pub async fn untag_server_certificate(
        &self,
        input: types::UntagServerCertificateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagServerCertificateError>> {
        self.handle.invoke(&schemas::ops::UNTAG_SERVER_CERTIFICATE, input).await
    }
    /// Removes the specified tags from the user. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide*.
    pub async fn untag_user(
        &self,
        input: types::UntagUserInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagUserError>> {
        self.handle.invoke(&schemas::ops::UNTAG_USER, input).await
    }
    /// Changes the status of the specified access key from Active to Inactive, or vice versa. This operation can be used to disable a user's key as part of a key rotation workflow.
    ///
    /// If the `UserName` is not specified, the user name is determined implicitly based on the Amazon Web Services access key ID used to sign the request. If a temporary access key is used, then `UserName` is required. If a long-term key is assigned to the user, then `UserName` is not required. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials even if the Amazon Web Services account has no associated users.
    ///
    /// For information about rotating keys, see [Managing keys and certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/ManagingCredentials.html) in the *IAM User Guide*.
    pub async fn update_access_key(
        &self,
        input: types::UpdateAccessKeyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateAccessKeyError>> {
        self.handle.invoke(&schemas::ops::UPDATE_ACCESS_KEY, input).await
    }
    /// Updates the password policy settings for the Amazon Web Services account.
    ///
    /// This operation does not support partial updates. No parameters are required, but if you do not specify a parameter, that parameter's value reverts to its default value. See the **Request Parameters** section for each parameter's default value. Also note that some parameters do not allow the default parameter to be explicitly set. Instead, to invoke the default value, do not include that parameter when you invoke the operation.
    ///
    /// For more information about using a password policy, see [Managing an IAM password policy](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingPasswordPolicies.html) in the *IAM User Guide*.
    pub async fn update_account_password_policy(
        &self,
        input: types::UpdateAccountPasswordPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateAccountPasswordPolicyError>> {
        self.handle.invoke(&schemas::ops::UPDATE_ACCOUNT_PASSWORD_POLICY, input).await
    }
    /// Updates the policy that grants an IAM entity permission to assume a role. This is typically referred to as the "role trust policy". For more information about roles, see [Using roles to delegate permissions and federate identities](https://docs.aws.amazon.com/IAM/latest/UserGuide/roles-toplevel.html).
    pub async fn update_assume_role_policy(
        &self,
        input: types::UpdateAssumeRolePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateAssumeRolePolicyError>> {
        self.handle.invoke(&schemas::ops::UPDATE_ASSUME_ROLE_POLICY, input).await
    }
    /// Updates an existing delegation request with additional information. When the delegation request is updated, it reaches the `PENDING\_APPROVAL` state.
    ///
    /// Once a delegation request has an owner, that owner gets a default permission to update the delegation request. For more details, see [ Managing Permissions for Delegation Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions).
    pub async fn update_delegation_request(
        &self,
        input: types::UpdateDelegationRequestInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateDelegationRequestError>> {
        self.handle.invoke(&schemas::ops::UPDATE_DELEGATION_REQUEST, input).await
    }
    /// Updates the name and/or the path of the specified IAM group.
    ///
    /// You should understand the implications of changing a group's path or name. For more information, see [Renaming users and groups](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_WorkingWithGroupsAndUsers.html) in the *IAM User Guide*.
    ///
    /// The person making the request (the principal), must have permission to change the role group with the old name and the new name. For example, to change the group named `Managers` to `MGRs`, the principal must have a policy that allows them to update both groups. If the principal has permission to update the `Managers` group, but not the `MGRs` group, then the update fails. For more information about permissions, see [Access management](https://docs.aws.amazon.com/IAM/latest/UserGuide/access.html).
    pub async fn update_group(
        &self,
        input: types::UpdateGroupInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateGroupError>> {
        self.handle.invoke(&schemas::ops::UPDATE_GROUP, input).await
    }
    /// Changes the password for the specified IAM user. You can use the CLI, the Amazon Web Services API, or the **Users** page in the IAM console to change the password for any IAM user. Use [ChangePassword](https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html) to change your own password in the **My Security Credentials** page in the Amazon Web Services Management Console.
    ///
    /// For more information about modifying passwords, see [Managing passwords](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingLogins.html) in the *IAM User Guide*.
    pub async fn update_login_profile(
        &self,
        input: types::UpdateLoginProfileInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateLoginProfileError>> {
        self.handle.invoke(&schemas::ops::UPDATE_LOGIN_PROFILE, input).await
    }
    /// Replaces the existing list of server certificate thumbprints associated with an OpenID Connect (OIDC) provider resource object with a new list of thumbprints.
    ///
    /// The list that you pass with this operation completely replaces the existing list of thumbprints. (The lists are not merged.)
    ///
    /// Typically, you need to update a thumbprint only when the identity provider certificate changes, which occurs rarely. However, if the provider's certificate *does* change, any attempt to assume an IAM role that specifies the OIDC provider as a principal fails until the certificate thumbprint is updated.
    ///
    /// Amazon Web Services secures communication with OIDC identity providers (IdPs) using our library of trusted root certificate authorities (CAs) to verify the JSON Web Key Set (JWKS) endpoint's TLS certificate. If your OIDC IdP relies on a certificate that is not signed by one of these trusted CAs, only then we secure communication using the thumbprints set in the IdP's configuration.
    ///
    /// Trust for the OIDC provider is derived from the provider certificate and is validated by the thumbprint. Therefore, it is best to limit access to the `UpdateOpenIDConnectProviderThumbprint` operation to highly privileged users.
    pub async fn update_open_id_connect_provider_thumbprint(
        &self,
        input: types::UpdateOpenIdConnectProviderThumbprintInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::UpdateOpenIdConnectProviderThumbprintError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_OPEN_ID_CONNECT_PROVIDER_THUMBPRINT, input)
            .await
    }
    /// Updates the description or maximum session duration setting of a role.
    pub async fn update_role(
        &self,
        input: types::UpdateRoleInput,
    ) -> Result<types::UpdateRoleOutput, Error<error::UpdateRoleError>> {
        self.handle.invoke(&schemas::ops::UPDATE_ROLE, input).await
    }
    /// Use [UpdateRole](https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html) instead.
    ///
    /// Modifies only the description of a role. This operation performs the same function as the `Description` parameter in the `UpdateRole` operation.
    pub async fn update_role_description(
        &self,
        input: types::UpdateRoleDescriptionInput,
    ) -> Result<
        types::UpdateRoleDescriptionOutput,
        Error<error::UpdateRoleDescriptionError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_ROLE_DESCRIPTION, input).await
    }
    /// Updates the metadata document, SAML encryption settings, and private keys for an existing SAML provider. To rotate private keys, add your new private key and then remove the old key in a separate request.
    pub async fn update_saml_provider(
        &self,
        input: types::UpdateSamlProviderInput,
    ) -> Result<types::UpdateSamlProviderOutput, Error<error::UpdateSamlProviderError>> {
        self.handle.invoke(&schemas::ops::UPDATE_SAML_PROVIDER, input).await
    }
    /// Sets the status of an IAM user's SSH public key to active or inactive. SSH public keys that are inactive cannot be used for authentication. This operation can be used to disable a user's SSH public key as part of a key rotation work flow.
    ///
    /// The SSH public key affected by this operation is used only for authenticating the associated IAM user to an CodeCommit repository. For more information about using SSH keys to authenticate to an CodeCommit repository, see [Set up CodeCommit for SSH connections](https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-credentials-ssh.html) in the *CodeCommit User Guide*.
    pub async fn update_ssh_public_key(
        &self,
        input: types::UpdateSshPublicKeyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateSshPublicKeyError>> {
        self.handle.invoke(&schemas::ops::UPDATE_SSH_PUBLIC_KEY, input).await
    }
    /// Updates the name and/or the path of the specified server certificate stored in IAM.
    ///
    /// For more information about working with server certificates, see [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*. This topic also includes a list of Amazon Web Services services that can use the server certificates that you manage with IAM.
    ///
    /// You should understand the implications of changing a server certificate's path or name. For more information, see [Renaming a server certificate](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs_manage.html#RenamingServerCerts) in the *IAM User Guide*.
    ///
    /// The person making the request (the principal), must have permission to change the server certificate with the old name and the new name. For example, to change the certificate named `ProductionCert` to `ProdCert`, the principal must have a policy that allows them to update both certificates. If the principal has permission to update the `ProductionCert` group, but not the `ProdCert` certificate, then the update fails. For more information about permissions, see [Access management](https://docs.aws.amazon.com/IAM/latest/UserGuide/access.html) in the *IAM User Guide*.
    pub async fn update_server_certificate(
        &self,
        input: types::UpdateServerCertificateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateServerCertificateError>> {
        self.handle.invoke(&schemas::ops::UPDATE_SERVER_CERTIFICATE, input).await
    }
    /// Sets the status of a service-specific credential to `Active` or `Inactive`. Service-specific credentials that are inactive cannot be used for authentication to the service. This operation can be used to disable a user's service-specific credential as part of a credential rotation work flow.
    pub async fn update_service_specific_credential(
        &self,
        input: types::UpdateServiceSpecificCredentialInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::UpdateServiceSpecificCredentialError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_SERVICE_SPECIFIC_CREDENTIAL, input)
            .await
    }
    /// Changes the status of the specified user signing certificate from active to disabled, or vice versa. This operation can be used to disable an IAM user's signing certificate as part of a certificate rotation work flow.
    ///
    /// If the `UserName` field is not specified, the user name is determined implicitly based on the Amazon Web Services access key ID used to sign the request. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials even if the Amazon Web Services account has no associated users.
    pub async fn update_signing_certificate(
        &self,
        input: types::UpdateSigningCertificateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateSigningCertificateError>> {
        self.handle.invoke(&schemas::ops::UPDATE_SIGNING_CERTIFICATE, input).await
    }
    /// Updates the name and/or the path of the specified IAM user.
    ///
    /// You should understand the implications of changing an IAM user's path or name. For more information, see [Renaming an IAM user](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_manage.html#id_users_renaming) and [Renaming an IAM group](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_rename.html) in the *IAM User Guide*.
    ///
    /// To change a user name, the requester must have appropriate permissions on both the source object and the target object. For example, to change Bob to Robert, the entity making the request must have permission on Bob and Robert, or must have permission on all (\*). For more information about permissions, see [Permissions and policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/PermissionsAndPolicies.html).
    pub async fn update_user(
        &self,
        input: types::UpdateUserInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UpdateUserError>> {
        self.handle.invoke(&schemas::ops::UPDATE_USER, input).await
    }
    /// Uploads an SSH public key and associates it with the specified IAM user.
    ///
    /// The SSH public key uploaded by this operation can be used only for authenticating the associated IAM user to an CodeCommit repository. For more information about using SSH keys to authenticate to an CodeCommit repository, see [Set up CodeCommit for SSH connections](https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-credentials-ssh.html) in the *CodeCommit User Guide*.
    pub async fn upload_ssh_public_key(
        &self,
        input: types::UploadSshPublicKeyInput,
    ) -> Result<types::UploadSshPublicKeyOutput, Error<error::UploadSshPublicKeyError>> {
        self.handle.invoke(&schemas::ops::UPLOAD_SSH_PUBLIC_KEY, input).await
    }
    /// Uploads a server certificate entity for the Amazon Web Services account. The server certificate entity includes a public key certificate, a private key, and an optional certificate chain, which should all be PEM-encoded.
    ///
    /// We recommend that you use [Certificate Manager](https://docs.aws.amazon.com/acm/) to provision, manage, and deploy your server certificates. With ACM you can request a certificate, deploy it to Amazon Web Services resources, and let ACM handle certificate renewals for you. Certificates provided by ACM are free. For more information about using ACM, see the [Certificate Manager User Guide](https://docs.aws.amazon.com/acm/latest/userguide/).
    ///
    /// For more information about working with server certificates, see [Working with server certificates](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*. This topic includes a list of Amazon Web Services services that can use the server certificates that you manage with IAM.
    ///
    /// For information about the number of server certificates you can upload, see [IAM and STS quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) in the *IAM User Guide*.
    ///
    /// Because the body of the public key certificate, private key, and the certificate chain can be large, you should use POST rather than GET when calling `UploadServerCertificate`. For information about setting up signatures and authorization through the API, see [Signing Amazon Web Services API requests](https://docs.aws.amazon.com/general/latest/gr/signing_aws_api_requests.html) in the *Amazon Web Services General Reference*. For general information about using the Query API with IAM, see [Calling the API by making HTTP query requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/programming.html) in the *IAM User Guide*.
    pub async fn upload_server_certificate(
        &self,
        input: types::UploadServerCertificateInput,
    ) -> Result<
        types::UploadServerCertificateOutput,
        Error<error::UploadServerCertificateError>,
    > {
        self.handle.invoke(&schemas::ops::UPLOAD_SERVER_CERTIFICATE, input).await
    }
    /// Uploads an X.509 signing certificate and associates it with the specified IAM user. Some Amazon Web Services services require you to use certificates to validate requests that are signed with a corresponding private key. When you upload the certificate, its default status is `Active`.
    ///
    /// For information about when you would use an X.509 signing certificate, see [Managing server certificates in IAM](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html) in the *IAM User Guide*.
    ///
    /// If the `UserName` is not specified, the IAM user name is determined implicitly based on the Amazon Web Services access key ID used to sign the request. This operation works for access keys under the Amazon Web Services account. Consequently, you can use this operation to manage Amazon Web Services account root user credentials even if the Amazon Web Services account has no associated users.
    ///
    /// Because the body of an X.509 certificate can be large, you should use POST rather than GET when calling `UploadSigningCertificate`. For information about setting up signatures and authorization through the API, see [Signing Amazon Web Services API requests](https://docs.aws.amazon.com/general/latest/gr/signing_aws_api_requests.html) in the *Amazon Web Services General Reference*. For general information about using the Query API with IAM, see [Making query requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/IAM_UsingQueryAPI.html) in the *IAM User Guide*.
    pub async fn upload_signing_certificate(
        &self,
        input: types::UploadSigningCertificateInput,
    ) -> Result<
        types::UploadSigningCertificateOutput,
        Error<error::UploadSigningCertificateError>,
    > {
        self.handle.invoke(&schemas::ops::UPLOAD_SIGNING_CERTIFICATE, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::get_account_authorization_details`], one request each (paginator `GetAccountAuthorizationDetails`).
    pub fn get_account_authorization_details_pages(
        &self,
        input: types::GetAccountAuthorizationDetailsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetAccountAuthorizationDetailsInput,
        types::GetAccountAuthorizationDetailsOutput,
        error::GetAccountAuthorizationDetailsError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_ACCOUNT_AUTHORIZATION_DETAILS, input)
    }
    /// The pages of [`Client::get_group`], one request each (paginator `GetGroup`).
    pub fn get_group_pages(
        &self,
        input: types::GetGroupInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetGroupInput,
        types::GetGroupOutput,
        error::GetGroupError,
    > {
        self.handle.paginate(&schemas::paginators::GET_GROUP, input)
    }
    /// The pages of [`Client::list_access_keys`], one request each (paginator `ListAccessKeys`).
    pub fn list_access_keys_pages(
        &self,
        input: types::ListAccessKeysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAccessKeysInput,
        types::ListAccessKeysOutput,
        error::ListAccessKeysError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ACCESS_KEYS, input)
    }
    /// The pages of [`Client::list_account_aliases`], one request each (paginator `ListAccountAliases`).
    pub fn list_account_aliases_pages(
        &self,
        input: types::ListAccountAliasesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAccountAliasesInput,
        types::ListAccountAliasesOutput,
        error::ListAccountAliasesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ACCOUNT_ALIASES, input)
    }
    /// The pages of [`Client::list_attached_group_policies`], one request each (paginator `ListAttachedGroupPolicies`).
    pub fn list_attached_group_policies_pages(
        &self,
        input: types::ListAttachedGroupPoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAttachedGroupPoliciesInput,
        types::ListAttachedGroupPoliciesOutput,
        error::ListAttachedGroupPoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ATTACHED_GROUP_POLICIES, input)
    }
    /// The pages of [`Client::list_attached_role_policies`], one request each (paginator `ListAttachedRolePolicies`).
    pub fn list_attached_role_policies_pages(
        &self,
        input: types::ListAttachedRolePoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAttachedRolePoliciesInput,
        types::ListAttachedRolePoliciesOutput,
        error::ListAttachedRolePoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ATTACHED_ROLE_POLICIES, input)
    }
    /// The pages of [`Client::list_attached_user_policies`], one request each (paginator `ListAttachedUserPolicies`).
    pub fn list_attached_user_policies_pages(
        &self,
        input: types::ListAttachedUserPoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAttachedUserPoliciesInput,
        types::ListAttachedUserPoliciesOutput,
        error::ListAttachedUserPoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ATTACHED_USER_POLICIES, input)
    }
    /// The pages of [`Client::list_entities_for_policy`], one request each (paginator `ListEntitiesForPolicy`).
    pub fn list_entities_for_policy_pages(
        &self,
        input: types::ListEntitiesForPolicyInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListEntitiesForPolicyInput,
        types::ListEntitiesForPolicyOutput,
        error::ListEntitiesForPolicyError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ENTITIES_FOR_POLICY, input)
    }
    /// The pages of [`Client::list_group_policies`], one request each (paginator `ListGroupPolicies`).
    pub fn list_group_policies_pages(
        &self,
        input: types::ListGroupPoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListGroupPoliciesInput,
        types::ListGroupPoliciesOutput,
        error::ListGroupPoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_GROUP_POLICIES, input)
    }
    /// The pages of [`Client::list_groups`], one request each (paginator `ListGroups`).
    pub fn list_groups_pages(
        &self,
        input: types::ListGroupsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListGroupsInput,
        types::ListGroupsOutput,
        error::ListGroupsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_GROUPS, input)
    }
    /// The pages of [`Client::list_groups_for_user`], one request each (paginator `ListGroupsForUser`).
    pub fn list_groups_for_user_pages(
        &self,
        input: types::ListGroupsForUserInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListGroupsForUserInput,
        types::ListGroupsForUserOutput,
        error::ListGroupsForUserError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_GROUPS_FOR_USER, input)
    }
    /// The pages of [`Client::list_instance_profile_tags`], one request each (paginator `ListInstanceProfileTags`).
    pub fn list_instance_profile_tags_pages(
        &self,
        input: types::ListInstanceProfileTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListInstanceProfileTagsInput,
        types::ListInstanceProfileTagsOutput,
        error::ListInstanceProfileTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_INSTANCE_PROFILE_TAGS, input)
    }
    /// The pages of [`Client::list_instance_profiles`], one request each (paginator `ListInstanceProfiles`).
    pub fn list_instance_profiles_pages(
        &self,
        input: types::ListInstanceProfilesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListInstanceProfilesInput,
        types::ListInstanceProfilesOutput,
        error::ListInstanceProfilesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_INSTANCE_PROFILES, input)
    }
    /// The pages of [`Client::list_instance_profiles_for_role`], one request each (paginator `ListInstanceProfilesForRole`).
    pub fn list_instance_profiles_for_role_pages(
        &self,
        input: types::ListInstanceProfilesForRoleInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListInstanceProfilesForRoleInput,
        types::ListInstanceProfilesForRoleOutput,
        error::ListInstanceProfilesForRoleError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_INSTANCE_PROFILES_FOR_ROLE, input)
    }
    /// The pages of [`Client::list_mfa_device_tags`], one request each (paginator `ListMFADeviceTags`).
    pub fn list_mfa_device_tags_pages(
        &self,
        input: types::ListMfaDeviceTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListMfaDeviceTagsInput,
        types::ListMfaDeviceTagsOutput,
        error::ListMfaDeviceTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_MFA_DEVICE_TAGS, input)
    }
    /// The pages of [`Client::list_mfa_devices`], one request each (paginator `ListMFADevices`).
    pub fn list_mfa_devices_pages(
        &self,
        input: types::ListMfaDevicesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListMfaDevicesInput,
        types::ListMfaDevicesOutput,
        error::ListMfaDevicesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_MFA_DEVICES, input)
    }
    /// The pages of [`Client::list_open_id_connect_provider_tags`], one request each (paginator `ListOpenIDConnectProviderTags`).
    pub fn list_open_id_connect_provider_tags_pages(
        &self,
        input: types::ListOpenIdConnectProviderTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListOpenIdConnectProviderTagsInput,
        types::ListOpenIdConnectProviderTagsOutput,
        error::ListOpenIdConnectProviderTagsError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_OPEN_ID_CONNECT_PROVIDER_TAGS, input)
    }
    /// The pages of [`Client::list_policies`], one request each (paginator `ListPolicies`).
    pub fn list_policies_pages(
        &self,
        input: types::ListPoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListPoliciesInput,
        types::ListPoliciesOutput,
        error::ListPoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_POLICIES, input)
    }
    /// The pages of [`Client::list_policy_tags`], one request each (paginator `ListPolicyTags`).
    pub fn list_policy_tags_pages(
        &self,
        input: types::ListPolicyTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListPolicyTagsInput,
        types::ListPolicyTagsOutput,
        error::ListPolicyTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_POLICY_TAGS, input)
    }
    /// The pages of [`Client::list_policy_versions`], one request each (paginator `ListPolicyVersions`).
    pub fn list_policy_versions_pages(
        &self,
        input: types::ListPolicyVersionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListPolicyVersionsInput,
        types::ListPolicyVersionsOutput,
        error::ListPolicyVersionsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_POLICY_VERSIONS, input)
    }
    /// The pages of [`Client::list_role_policies`], one request each (paginator `ListRolePolicies`).
    pub fn list_role_policies_pages(
        &self,
        input: types::ListRolePoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListRolePoliciesInput,
        types::ListRolePoliciesOutput,
        error::ListRolePoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ROLE_POLICIES, input)
    }
    /// The pages of [`Client::list_role_tags`], one request each (paginator `ListRoleTags`).
    pub fn list_role_tags_pages(
        &self,
        input: types::ListRoleTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListRoleTagsInput,
        types::ListRoleTagsOutput,
        error::ListRoleTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ROLE_TAGS, input)
    }
    /// The pages of [`Client::list_roles`], one request each (paginator `ListRoles`).
    pub fn list_roles_pages(
        &self,
        input: types::ListRolesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListRolesInput,
        types::ListRolesOutput,
        error::ListRolesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ROLES, input)
    }
    /// The pages of [`Client::list_saml_provider_tags`], one request each (paginator `ListSAMLProviderTags`).
    pub fn list_saml_provider_tags_pages(
        &self,
        input: types::ListSamlProviderTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSamlProviderTagsInput,
        types::ListSamlProviderTagsOutput,
        error::ListSamlProviderTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SAML_PROVIDER_TAGS, input)
    }
    /// The pages of [`Client::list_ssh_public_keys`], one request each (paginator `ListSSHPublicKeys`).
    pub fn list_ssh_public_keys_pages(
        &self,
        input: types::ListSshPublicKeysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSshPublicKeysInput,
        types::ListSshPublicKeysOutput,
        error::ListSshPublicKeysError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SSH_PUBLIC_KEYS, input)
    }
    /// The pages of [`Client::list_server_certificate_tags`], one request each (paginator `ListServerCertificateTags`).
    pub fn list_server_certificate_tags_pages(
        &self,
        input: types::ListServerCertificateTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListServerCertificateTagsInput,
        types::ListServerCertificateTagsOutput,
        error::ListServerCertificateTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SERVER_CERTIFICATE_TAGS, input)
    }
    /// The pages of [`Client::list_server_certificates`], one request each (paginator `ListServerCertificates`).
    pub fn list_server_certificates_pages(
        &self,
        input: types::ListServerCertificatesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListServerCertificatesInput,
        types::ListServerCertificatesOutput,
        error::ListServerCertificatesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SERVER_CERTIFICATES, input)
    }
    /// The pages of [`Client::list_signing_certificates`], one request each (paginator `ListSigningCertificates`).
    pub fn list_signing_certificates_pages(
        &self,
        input: types::ListSigningCertificatesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSigningCertificatesInput,
        types::ListSigningCertificatesOutput,
        error::ListSigningCertificatesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SIGNING_CERTIFICATES, input)
    }
    /// The pages of [`Client::list_user_policies`], one request each (paginator `ListUserPolicies`).
    pub fn list_user_policies_pages(
        &self,
        input: types::ListUserPoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListUserPoliciesInput,
        types::ListUserPoliciesOutput,
        error::ListUserPoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_USER_POLICIES, input)
    }
    /// The pages of [`Client::list_user_tags`], one request each (paginator `ListUserTags`).
    pub fn list_user_tags_pages(
        &self,
        input: types::ListUserTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListUserTagsInput,
        types::ListUserTagsOutput,
        error::ListUserTagsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_USER_TAGS, input)
    }
    /// The pages of [`Client::list_users`], one request each (paginator `ListUsers`).
    pub fn list_users_pages(
        &self,
        input: types::ListUsersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListUsersInput,
        types::ListUsersOutput,
        error::ListUsersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_USERS, input)
    }
    /// The pages of [`Client::list_virtual_mfa_devices`], one request each (paginator `ListVirtualMFADevices`).
    pub fn list_virtual_mfa_devices_pages(
        &self,
        input: types::ListVirtualMfaDevicesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListVirtualMfaDevicesInput,
        types::ListVirtualMfaDevicesOutput,
        error::ListVirtualMfaDevicesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_VIRTUAL_MFA_DEVICES, input)
    }
    /// The pages of [`Client::simulate_custom_policy`], one request each (paginator `SimulateCustomPolicy`).
    pub fn simulate_custom_policy_pages(
        &self,
        input: types::SimulateCustomPolicyInput,
    ) -> kumo_runtime::paginate::Pages<
        types::SimulateCustomPolicyInput,
        types::SimulatePolicyResponse,
        error::SimulateCustomPolicyError,
    > {
        self.handle.paginate(&schemas::paginators::SIMULATE_CUSTOM_POLICY, input)
    }
    /// The pages of [`Client::simulate_principal_policy`], one request each (paginator `SimulatePrincipalPolicy`).
    pub fn simulate_principal_policy_pages(
        &self,
        input: types::SimulatePrincipalPolicyInput,
    ) -> kumo_runtime::paginate::Pages<
        types::SimulatePrincipalPolicyInput,
        types::SimulatePolicyResponse,
        error::SimulatePrincipalPolicyError,
    > {
        self.handle.paginate(&schemas::paginators::SIMULATE_PRINCIPAL_POLICY, input)
    }
    /// Polls [`Client::get_instance_profile`] every 1 s (at most 40 times) until waiter `InstanceProfileExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_instance_profile_exists(
        &self,
        input: types::GetInstanceProfileInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::GetInstanceProfileOutput>,
        Error<error::GetInstanceProfileError>,
    > {
        self.handle.wait(&schemas::waiters::INSTANCE_PROFILE_EXISTS, input, config).await
    }
    /// Polls [`Client::get_policy`] every 1 s (at most 20 times) until waiter `PolicyExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_policy_exists(
        &self,
        input: types::GetPolicyInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::GetPolicyOutput>, Error<error::GetPolicyError>> {
        self.handle.wait(&schemas::waiters::POLICY_EXISTS, input, config).await
    }
    /// Polls [`Client::get_role`] every 1 s (at most 20 times) until waiter `RoleExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_role_exists(
        &self,
        input: types::GetRoleInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::GetRoleOutput>, Error<error::GetRoleError>> {
        self.handle.wait(&schemas::waiters::ROLE_EXISTS, input, config).await
    }
    /// Polls [`Client::get_user`] every 1 s (at most 20 times) until waiter `UserExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_user_exists(
        &self,
        input: types::GetUserInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::GetUserOutput>, Error<error::GetUserError>> {
        self.handle.wait(&schemas::waiters::USER_EXISTS, input, config).await
    }
}

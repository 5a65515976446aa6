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
pub struct AssumeRoleInput {
    /// The Amazon Resource Name (ARN) of the role to assume.
    pub role_arn: String,
    /// An identifier for the assumed role session.
    ///
    /// Use the role session name to uniquely identify a session when the same role is assumed by different principals or for different reasons. In cross-account scenarios, the role session name is visible to, and can be logged by the account that owns the role. The role session name is also used in the ARN of the assumed role principal. This means that subsequent cross-account API requests that use the temporary security credentials will expose the role session name to the external account in their CloudTrail logs.
    ///
    /// For security purposes, administrators can view this field in [CloudTrail logs](https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html#cloudtrail-integration_signin-tempcreds) to help identify who performed an action in Amazon Web Services. Your administrator might require that you specify your user name as the session name when you assume the role. For more information, see [ `sts:RoleSessionName` ](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_rolesessionname).
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: +=,.@-
    pub role_session_name: String,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies. The policies must exist in the same account as the role.
    ///
    /// This parameter is optional. You can provide up to 10 managed policy ARNs. However, the plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    ///
    /// This parameter is optional. Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. The JSON policy characters can be any ASCII character from the space character to the end of the valid character list (\u0020 through \u00FF). It can also include the tab (\u0009), linefeed (\u000A), and carriage return (\u000D) characters.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// For more information about role session permissions, see [Session policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session. The value specified can range from 900 seconds (15 minutes) up to the maximum session duration set for the role. The maximum session duration setting can have a value from 1 hour to 12 hours. If you specify a value higher than this setting or the administrator setting (whichever is lower), the operation fails. For example, if you specify a session duration of 12 hours, but your administrator set the maximum session duration to 6 hours, your operation fails.
    ///
    /// Role chaining limits your Amazon Web Services CLI or Amazon Web Services API role session to a maximum of one hour. When you use the `AssumeRole` API operation to assume a role, you can specify the duration of your role session with the `DurationSeconds` parameter. You can specify a parameter value of up to 43200 seconds (12 hours), depending on the maximum session duration setting for your role. However, if you assume a role using role chaining and provide a `DurationSeconds` parameter value greater than one hour, the operation fails. To learn how to view the maximum value for your role, see [Update the maximum session duration for a role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html#id_roles_update-session-duration).
    ///
    /// By default, the value is set to `3600` seconds.
    ///
    /// The `DurationSeconds` parameter is separate from the duration of a console session that you might request using the returned credentials. The request to the federation endpoint for a console sign-in token takes a `SessionDuration` parameter that specifies the maximum length of the console session. For more information, see [Creating a URL that Enables Federated Users to Access the Amazon Web Services Management Console](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html) in the *IAM User Guide*.
    pub duration_seconds: Option<i32>,
    /// A list of session tags that you want to pass. Each session tag consists of a key name and an associated value. For more information about session tags, see [Tagging Amazon Web Services STS Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. You can pass up to 50 session tags. The plaintext session tag keys can’t exceed 128 characters, and the values can’t exceed 256 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// You can pass a session tag with the same key as a tag that is already attached to the role. When you do, session tags override a role tag with the same key.
    ///
    /// Tag key–value pairs are not case sensitive, but case is preserved. This means that you cannot have separate `Department` and `department` tag keys. Assume that the role has the `Department`=`Marketing` tag and you pass the `department`=`engineering` session tag. `Department` and `department` are not saved as separate tags, and the session tag passed in the request takes precedence over the role tag.
    ///
    /// Additionally, if you used temporary credentials to perform this operation, the new session inherits any transitive session tags from the calling session. If you pass a session tag with the same key as an inherited tag, the operation fails. To view the inherited tags for a session, see the CloudTrail logs. For more information, see [Viewing Session Tags in CloudTrail](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_ctlogs) in the *IAM User Guide*.
    pub tags: Option<Vec<Tag>>,
    /// A list of keys for session tags that you want to set as transitive. If you set a tag key as transitive, the corresponding key and value passes to subsequent sessions in a role chain. For more information, see [Chaining Roles with Session Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining) in the *IAM User Guide*.
    ///
    /// This parameter is optional. The transitive status of a session tag does not impact its packed binary size.
    ///
    /// If you choose not to specify a transitive tag key, then no tags are passed from this session to any subsequent sessions.
    pub transitive_tag_keys: Option<Vec<String>>,
    /// A unique identifier that might be required when you assume a role in another account. If the administrator of the account to which the role belongs provided you with an external ID, then provide that value in the `ExternalId` parameter. This value can be any string, such as a passphrase or account number. A cross-account role is usually set up to trust everyone in an account. Therefore, the administrator of the trusting account might send an external ID to the administrator of the trusted account. That way, only someone with the ID can assume the role, rather than everyone in the account. For more information about the external ID, see [How to Use an External ID When Granting Access to Your Amazon Web Services Resources to a Third Party](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: +=,.@:\/-
    pub external_id: Option<String>,
    /// The identification number of the MFA device that is associated with the user who is making the `AssumeRole` call. Specify this value if the trust policy of the role being assumed includes a condition that requires MFA authentication. The value is either the serial number for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as `arn:aws:iam::123456789012:mfa/user`).
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: +=/:,.@-
    pub serial_number: Option<String>,
    /// The value provided by the MFA device, if the trust policy of the role being assumed requires MFA. (In other words, if the policy includes a condition that tests for MFA). If the role being assumed requires MFA and if the `TokenCode` value is missing or expired, the `AssumeRole` call returns an "access denied" error.
    ///
    /// The format for this parameter, as described by its regex pattern, is a sequence of six numeric digits.
    pub token_code: Option<String>,
    /// The source identity specified by the principal that is calling the `AssumeRole` operation. The source identity value persists across [chained role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining) sessions.
    ///
    /// You can require users to specify a source identity when they assume a role. You do this by using the [ `sts:SourceIdentity` ](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceidentity) condition key in a role trust policy. You can use source identity information in CloudTrail logs to determine who took actions with a role. You can use the `aws:SourceIdentity` condition key to further control access to Amazon Web Services resources based on the value of source identity. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: +=,.@-. You cannot use a value that begins with the text `aws:`. This prefix is reserved for Amazon Web Services internal use.
    pub source_identity: Option<String>,
    /// A list of previously acquired trusted context assertions in the format of a JSON array. The trusted context assertion is signed and encrypted by Amazon Web Services STS.
    ///
    /// The following is an example of a `ProvidedContext` value that includes a single trusted context assertion and the ARN of the context provider from which the trusted context assertion was generated.
    ///
    /// `\[{"ProviderArn":"arn:aws:iam::aws:contextProvider/IdentityCenter","ContextAssertion":"trusted-context-assertion"}\]`
    pub provided_contexts: Option<Vec<ProvidedContext>>,
    /// The minimum size, in bytes, of the session token that STS issues for the request. STS increases the session token to at least this size, regardless of its actual content. The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged.
    pub minimum_session_token_size: Option<i32>,
}
rt::structure!(
    AssumeRoleInput, ASSUME_ROLE_INPUT, [role_arn, role_session_name, policy_arns,
    policy, duration_seconds, tags, transitive_tag_keys, external_id, serial_number,
    token_code, source_identity, provided_contexts, minimum_session_token_size]
);
/// Contains the response to a successful AssumeRole request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRoleOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
    ///
    /// The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: Option<Credentials>,
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can use to refer to the resulting temporary security credentials. For example, you can reference these credentials as a principal in a resource-based policy by using the ARN or assumed role ID. The ARN and ID include the `RoleSessionName` that you specified when you called `AssumeRole`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request. The request fails if the packed size is greater than 100 percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The source identity specified by the principal that is calling the `AssumeRole` operation.
    ///
    /// You can require users to specify a source identity when they assume a role. You do this by using the `sts:SourceIdentity` condition key in a role trust policy. You can use source identity information in CloudTrail logs to determine who took actions with a role. You can use the `aws:SourceIdentity` condition key to further control access to Amazon Web Services resources based on the value of source identity. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub source_identity: Option<String>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned session token consumes.
    pub session_token_utilization: Option<i32>,
    /// The size, in bytes, of the session token returned in the Credentials for this response.
    pub session_token_size: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssumeRoleOutput, ASSUME_ROLE_OUTPUT, [credentials, assumed_role_user,
    packed_policy_size, source_identity, session_token_utilization, session_token_size],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRoleWithSamlInput {
    /// The Amazon Resource Name (ARN) of the role that the caller is assuming.
    pub role_arn: String,
    /// The Amazon Resource Name (ARN) of the SAML provider in IAM that describes the IdP.
    pub principal_arn: String,
    /// The base64 encoded SAML authentication response provided by the IdP.
    ///
    /// For more information, see [Configuring a Relying Party and Adding Claims](https://docs.aws.amazon.com/IAM/latest/UserGuide/create-role-saml-IdP-tasks.html) in the *IAM User Guide*.
    pub saml_assertion: String,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies. The policies must exist in the same account as the role.
    ///
    /// This parameter is optional. You can provide up to 10 managed policy ARNs. However, the plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    ///
    /// This parameter is optional. Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. The JSON policy characters can be any ASCII character from the space character to the end of the valid character list (\u0020 through \u00FF). It can also include the tab (\u0009), linefeed (\u000A), and carriage return (\u000D) characters.
    ///
    /// For more information about role session permissions, see [Session policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session. Your role session lasts for the duration that you specify for the `DurationSeconds` parameter, or until the time specified in the SAML authentication response's `SessionNotOnOrAfter` value, whichever is shorter. You can provide a `DurationSeconds` value from 900 seconds (15 minutes) up to the maximum session duration setting for the role. This setting can have a value from 1 hour to 12 hours. If you specify a value higher than this setting, the operation fails. For example, if you specify a session duration of 12 hours, but your administrator set the maximum session duration to 6 hours, your operation fails. To learn how to view the maximum value for your role, see [View the Maximum Session Duration Setting for a Role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html#id_roles_use_view-role-max-session) in the *IAM User Guide*.
    ///
    /// By default, the value is set to `3600` seconds.
    ///
    /// The `DurationSeconds` parameter is separate from the duration of a console session that you might request using the returned credentials. The request to the federation endpoint for a console sign-in token takes a `SessionDuration` parameter that specifies the maximum length of the console session. For more information, see [Creating a URL that Enables Federated Users to Access the Amazon Web Services Management Console](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html) in the *IAM User Guide*.
    pub duration_seconds: Option<i32>,
    /// The minimum size, in bytes, of the session token that STS issues for the request. STS increases the session token to at least this size, regardless of its actual content. The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged.
    pub minimum_session_token_size: Option<i32>,
}
rt::structure!(
    AssumeRoleWithSamlInput, ASSUME_ROLE_WITH_SAML_INPUT, [role_arn, principal_arn,
    saml_assertion, policy_arns, policy, duration_seconds, minimum_session_token_size]
);
/// Contains the response to a successful AssumeRoleWithSAML request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRoleWithSamlOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
    ///
    /// The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: Option<Credentials>,
    /// The identifiers for the temporary security credentials that the operation returns.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request. The request fails if the packed size is greater than 100 percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The value of the `NameID` element in the `Subject` element of the SAML assertion.
    pub subject: Option<String>,
    /// The format of the name ID, as defined by the `Format` attribute in the `NameID` element of the SAML assertion. Typical examples of the format are `transient` or `persistent`.
    ///
    /// If the format includes the prefix `urn:oasis:names:tc:SAML:2.0:nameid-format`, that prefix is removed. For example, `urn:oasis:names:tc:SAML:2.0:nameid-format:transient` is returned as `transient`. If the format includes any other prefix, the format is returned with no modifications.
    pub subject_type: Option<String>,
    /// The value of the `Issuer` element of the SAML assertion.
    pub issuer: Option<String>,
    /// The value of the `Recipient` attribute of the `SubjectConfirmationData` element of the SAML assertion.
    pub audience: Option<String>,
    /// A hash value based on the concatenation of the following:
    ///
    /// - The `Issuer` response value.
    ///
    /// - The Amazon Web Services account ID.
    ///
    /// - The friendly name (the last part of the ARN) of the SAML provider in IAM.
    ///
    /// The combination of `NameQualifier` and `Subject` can be used to uniquely identify a user.
    ///
    /// The following pseudocode shows how the hash value is calculated:
    ///
    /// `BASE64 ( SHA1 ( "https://example.com/saml" + "123456789012" + "/MySAMLIdP" ) )`
    pub name_qualifier: Option<String>,
    /// The value in the `SourceIdentity` attribute in the SAML assertion. The source identity value persists across [chained role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining) sessions.
    ///
    /// You can require users to set a source identity value when they assume a role. You do this by using the `sts:SourceIdentity` condition key in a role trust policy. That way, actions that are taken with the role are associated with that user. After the source identity is set, the value cannot be changed. It is present in the request for all actions that are taken by the role and persists across [chained role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#id_roles_terms-and-concepts) sessions. You can configure your SAML identity provider to use an attribute associated with your users, like user name or email, as the source identity when calling `AssumeRoleWithSAML`. You do this by adding an attribute to the SAML assertion. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub source_identity: Option<String>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned session token consumes.
    pub session_token_utilization: Option<i32>,
    /// The size, in bytes, of the session token returned in the Credentials for this response.
    pub session_token_size: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssumeRoleWithSamlOutput, ASSUME_ROLE_WITH_SAML_OUTPUT, [credentials,
    assumed_role_user, packed_policy_size, subject, subject_type, issuer, audience,
    name_qualifier, source_identity, session_token_utilization, session_token_size], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRoleWithWebIdentityInput {
    /// The Amazon Resource Name (ARN) of the role that the caller is assuming.
    ///
    /// Additional considerations apply to Amazon Cognito identity pools that assume [cross-account IAM roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-cross-account-resource-access.html). The trust policies of these roles must accept the `cognito-identity.amazonaws.com` service principal and must contain the `cognito-identity.amazonaws.com:aud` condition key to restrict role assumption to users from your intended identity pools. A policy that trusts Amazon Cognito identity pools without this condition creates a risk that a user from an unintended identity pool can assume the role. For more information, see [ Trust policies for IAM roles in Basic (Classic) authentication ](https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html#trust-policies) in the *Amazon Cognito Developer Guide*.
    pub role_arn: String,
    /// An identifier for the assumed role session. Typically, you pass the name or identifier that is associated with the user who is using your application. That way, the temporary security credentials that your application will use are associated with that user. This session name is included as part of the ARN and assumed role ID in the `AssumedRoleUser` response element.
    ///
    /// For security purposes, administrators can view this field in [CloudTrail logs](https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html#cloudtrail-integration_signin-tempcreds) to help identify who performed an action in Amazon Web Services. Your administrator might require that you specify your user name as the session name when you assume the role. For more information, see [ `sts:RoleSessionName` ](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_rolesessionname).
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub role_session_name: String,
    /// The OAuth 2.0 access token or OpenID Connect ID token that is provided by the identity provider. Your application must get this token by authenticating the user who is using your application with a web identity provider before the application makes an `AssumeRoleWithWebIdentity` call. Timestamps in the token must be formatted as either an integer or a long integer. Tokens must be signed using either RSA keys (RS256, RS384, or RS512) or ECDSA keys (ES256, ES384, or ES512).
    pub web_identity_token: String,
    /// The fully qualified host component of the domain name of the OAuth 2.0 identity provider. Do not specify this value for an OpenID Connect identity provider.
    ///
    /// Currently `www.amazon.com` and `graph.facebook.com` are the only supported identity providers for OAuth 2.0 access tokens. Do not include URL schemes and port numbers.
    ///
    /// Do not specify this value for OpenID Connect ID tokens.
    pub provider_id: Option<String>,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies. The policies must exist in the same account as the role.
    ///
    /// This parameter is optional. You can provide up to 10 managed policy ARNs. However, the plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    ///
    /// This parameter is optional. Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. The JSON policy characters can be any ASCII character from the space character to the end of the valid character list (\u0020 through \u00FF). It can also include the tab (\u0009), linefeed (\u000A), and carriage return (\u000D) characters.
    ///
    /// For more information about role session permissions, see [Session policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    pub policy: Option<String>,
    /// The duration, in seconds, of the role session. The value can range from 900 seconds (15 minutes) up to the maximum session duration setting for the role. This setting can have a value from 1 hour to 12 hours. If you specify a value higher than this setting, the operation fails. For example, if you specify a session duration of 12 hours, but your administrator set the maximum session duration to 6 hours, your operation fails. To learn how to view the maximum value for your role, see [View the Maximum Session Duration Setting for a Role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html#id_roles_use_view-role-max-session) in the *IAM User Guide*.
    ///
    /// By default, the value is set to `3600` seconds.
    ///
    /// The `DurationSeconds` parameter is separate from the duration of a console session that you might request using the returned credentials. The request to the federation endpoint for a console sign-in token takes a `SessionDuration` parameter that specifies the maximum length of the console session. For more information, see [Creating a URL that Enables Federated Users to Access the Amazon Web Services Management Console](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html) in the *IAM User Guide*.
    pub duration_seconds: Option<i32>,
    /// The minimum size, in bytes, of the session token that STS issues for the request. STS increases the session token to at least this size, regardless of its actual content. The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged.
    pub minimum_session_token_size: Option<i32>,
}
rt::structure!(
    AssumeRoleWithWebIdentityInput, ASSUME_ROLE_WITH_WEB_IDENTITY_INPUT, [role_arn,
    role_session_name, web_identity_token, provider_id, policy_arns, policy,
    duration_seconds, minimum_session_token_size]
);
/// Contains the response to a successful AssumeRoleWithWebIdentity request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRoleWithWebIdentityOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security token.
    ///
    /// The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: Option<Credentials>,
    /// The unique user identifier that is returned by the identity provider. This identifier is associated with the `WebIdentityToken` that was submitted with the `AssumeRoleWithWebIdentity` call. The identifier is typically unique to the user and the application that acquired the `WebIdentityToken` (pairwise identifier). For OpenID Connect ID tokens, this field contains the value returned by the identity provider as the token's `sub` (Subject) claim.
    pub subject_from_web_identity_token: Option<String>,
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can use to refer to the resulting temporary security credentials. For example, you can reference these credentials as a principal in a resource-based policy by using the ARN or assumed role ID. The ARN and ID include the `RoleSessionName` that you specified when you called `AssumeRole`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request. The request fails if the packed size is greater than 100 percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The issuing authority of the web identity token presented. For OpenID Connect ID tokens, this contains the value of the `iss` field. For OAuth 2.0 access tokens, this contains the value of the `ProviderId` parameter that was passed in the `AssumeRoleWithWebIdentity` request.
    pub provider: Option<String>,
    /// The intended audience (also known as client ID) of the web identity token. This is traditionally the client identifier issued to the application that requested the web identity token.
    pub audience: Option<String>,
    /// The value of the source identity that is returned in the JSON web token (JWT) from the identity provider.
    ///
    /// You can require users to set a source identity value when they assume a role. You do this by using the `sts:SourceIdentity` condition key in a role trust policy. That way, actions that are taken with the role are associated with that user. After the source identity is set, the value cannot be changed. It is present in the request for all actions that are taken by the role and persists across [chained role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#id_roles_terms-and-concepts) sessions. You can configure your identity provider to use an attribute associated with your users, like user name or email, as the source identity when calling `AssumeRoleWithWebIdentity`. You do this by adding a claim to the JSON web token. To learn more about OIDC tokens and claims, see [Using Tokens with User Pools](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html) in the *Amazon Cognito Developer Guide*. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub source_identity: Option<String>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned session token consumes.
    pub session_token_utilization: Option<i32>,
    /// The size, in bytes, of the session token returned in the Credentials for this response.
    pub session_token_size: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssumeRoleWithWebIdentityOutput, ASSUME_ROLE_WITH_WEB_IDENTITY_OUTPUT, [credentials,
    subject_from_web_identity_token, assumed_role_user, packed_policy_size, provider,
    audience, source_identity, session_token_utilization, session_token_size], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRootInput {
    /// The member account principal ARN or account ID.
    pub target_principal: String,
    /// The identity based policy that scopes the session to the privileged tasks that can be performed. You must use one of following Amazon Web Services managed policies to scope root session actions:
    ///
    /// - [IAMAuditRootUserCredentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/security-iam-awsmanpol.html#security-iam-awsmanpol-IAMAuditRootUserCredentials)
    ///
    /// - [IAMCreateRootUserPassword](https://docs.aws.amazon.com/IAM/latest/UserGuide/security-iam-awsmanpol.html#security-iam-awsmanpol-IAMCreateRootUserPassword)
    ///
    /// - [IAMDeleteRootUserCredentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/security-iam-awsmanpol.html#security-iam-awsmanpol-IAMDeleteRootUserCredentials)
    ///
    /// - [S3UnlockBucketPolicy](https://docs.aws.amazon.com/IAM/latest/UserGuide/security-iam-awsmanpol.html#security-iam-awsmanpol-S3UnlockBucketPolicy)
    ///
    /// - [SQSUnlockQueuePolicy](https://docs.aws.amazon.com/IAM/latest/UserGuide/security-iam-awsmanpol.html#security-iam-awsmanpol-SQSUnlockQueuePolicy)
    pub task_policy_arn: PolicyDescriptorType,
    /// The duration, in seconds, of the privileged session. The value can range from 0 seconds up to the maximum session duration of 900 seconds (15 minutes). If you specify a value higher than this setting, the operation fails.
    ///
    /// By default, the value is set to `900` seconds.
    pub duration_seconds: Option<i32>,
    /// The minimum size, in bytes, of the session token that STS issues for the request. STS increases the session token to at least this size, regardless of its actual content. The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged.
    pub minimum_session_token_size: Option<i32>,
}
rt::structure!(
    AssumeRootInput, ASSUME_ROOT_INPUT, [target_principal, task_policy_arn,
    duration_seconds, minimum_session_token_size]
);
#[derive(Clone, Default, PartialEq)]
pub struct AssumeRootOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security token.
    ///
    /// The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: Option<Credentials>,
    /// The source identity specified by the principal that is calling the `AssumeRoot` operation.
    ///
    /// You can use the `aws:SourceIdentity` condition key to control access based on the value of source identity. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub source_identity: Option<String>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned session token consumes.
    pub session_token_utilization: Option<i32>,
    /// The size, in bytes, of the session token returned in the Credentials for this response.
    pub session_token_size: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssumeRootOutput, ASSUME_ROOT_OUTPUT, [credentials, source_identity,
    session_token_utilization, session_token_size], meta = response_metadata
);
/// The identifiers for the temporary security credentials that the operation returns.
#[derive(Clone, Default, PartialEq)]
pub struct AssumedRoleUser {
    /// A unique identifier that contains the role ID and the role session name of the role that is being assumed. The role ID is generated by Amazon Web Services when the role is created.
    pub assumed_role_id: String,
    /// The ARN of the temporary security credentials that are returned from the AssumeRole action. For more information about ARNs and how to use them in policies, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*.
    pub arn: String,
}
rt::structure!(AssumedRoleUser, ASSUMED_ROLE_USER, [assumed_role_id, arn]);
/// Amazon Web Services credentials for API authentication.
#[derive(Clone, Default, PartialEq)]
pub struct Credentials {
    /// The access key ID that identifies the temporary security credentials.
    pub access_key_id: String,
    /// The secret access key that can be used to sign requests.
    pub secret_access_key: String,
    /// The token that users must pass to the service API to use the temporary credentials.
    pub session_token: String,
    /// The date on which the current credentials expire.
    pub expiration: rt::DateTime,
}
rt::structure!(
    Credentials, CREDENTIALS, [access_key_id, secret_access_key, session_token,
    expiration]
);
#[derive(Clone, Default, PartialEq)]
pub struct DecodeAuthorizationMessageInput {
    /// The encoded message that was returned with the response.
    pub encoded_message: String,
}
rt::structure!(
    DecodeAuthorizationMessageInput, DECODE_AUTHORIZATION_MESSAGE_INPUT,
    [encoded_message]
);
/// A document that contains additional information about the authorization status of a request from an encoded message that is returned in response to an Amazon Web Services request.
#[derive(Clone, Default, PartialEq)]
pub struct DecodeAuthorizationMessageOutput {
    /// The API returns a response with the decoded message.
    pub decoded_message: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DecodeAuthorizationMessageOutput, DECODE_AUTHORIZATION_MESSAGE_OUTPUT,
    [decoded_message], meta = response_metadata
);
/// The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct ExpiredTokenException {
    pub message: Option<String>,
}
rt::structure!(ExpiredTokenException, EXPIRED_TOKEN_EXCEPTION, [message]);
/// The trade-in token provided in the request has expired and can no longer be exchanged for credentials. Request a new token and retry the operation.
#[derive(Clone, Default, PartialEq)]
pub struct ExpiredTradeInTokenException {
    pub message: Option<String>,
}
rt::structure!(
    ExpiredTradeInTokenException, EXPIRED_TRADE_IN_TOKEN_EXCEPTION, [message]
);
/// Identifiers for the federated user that is associated with the credentials.
#[derive(Clone, Default, PartialEq)]
pub struct FederatedUser {
    /// The string that identifies the federated user associated with the credentials, similar to the unique ID of an IAM user.
    pub federated_user_id: String,
    /// The ARN that specifies the federated user that is associated with the credentials. For more information about ARNs and how to use them in policies, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*.
    pub arn: String,
}
rt::structure!(FederatedUser, FEDERATED_USER, [federated_user_id, arn]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessKeyInfoInput {
    /// The identifier of an access key.
    ///
    /// This parameter allows (through its regex pattern) a string of characters that can consist of any upper- or lowercase letter or digit.
    pub access_key_id: String,
}
rt::structure!(GetAccessKeyInfoInput, GET_ACCESS_KEY_INFO_INPUT, [access_key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAccessKeyInfoOutput {
    /// The number used to identify the Amazon Web Services account.
    pub account: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccessKeyInfoOutput, GET_ACCESS_KEY_INFO_OUTPUT, [account], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetCallerIdentityInput {}
rt::structure!(GetCallerIdentityInput, GET_CALLER_IDENTITY_INPUT, []);
/// Contains the response to a successful GetCallerIdentity request, including information about the entity making the request.
#[derive(Clone, Default, PartialEq)]
pub struct GetCallerIdentityOutput {
    /// The unique identifier of the calling entity. The exact value depends on the type of entity that is making the call. The values returned are those listed in the **aws:userid** column in the [Principal table](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable) found on the **Policy Variables** reference page in the *IAM User Guide*.
    pub user_id: Option<String>,
    /// The Amazon Web Services account ID number of the account that owns or contains the calling entity.
    pub account: Option<String>,
    /// The Amazon Web Services ARN associated with the calling entity.
    pub arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetCallerIdentityOutput, GET_CALLER_IDENTITY_OUTPUT, [user_id, account, arn], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDelegatedAccessTokenInput {
    /// The token to exchange for temporary Amazon Web Services credentials. This token must be valid and unexpired at the time of the request.
    pub trade_in_token: String,
}
rt::structure!(
    GetDelegatedAccessTokenInput, GET_DELEGATED_ACCESS_TOKEN_INPUT, [trade_in_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDelegatedAccessTokenOutput {
    /// Amazon Web Services credentials for API authentication.
    pub credentials: Option<Credentials>,
    /// The percentage of the maximum policy size that is used by the session policy. The policy size is calculated as the sum of all the session policies and permission boundaries attached to the session. If the packed size exceeds 100%, the request fails.
    pub packed_policy_size: Option<i32>,
    /// The Amazon Resource Name (ARN) of the principal that was assumed when obtaining the delegated access token. This ARN identifies the IAM entity whose permissions are granted by the temporary credentials.
    pub assumed_principal: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDelegatedAccessTokenOutput, GET_DELEGATED_ACCESS_TOKEN_OUTPUT, [credentials,
    packed_policy_size, assumed_principal], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetFederationTokenInput {
    /// The name of the federated user. The name is used as an identifier for the temporary security credentials (such as `Bob`). For example, you can reference the federated user name in a resource-based policy, such as in an Amazon S3 bucket policy.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub name: String,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    ///
    /// You must pass an inline or managed [session policy](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) to this operation. You can pass a single JSON policy document to use as an inline session policy. You can also specify up to 10 managed policy Amazon Resource Names (ARNs) to use as managed session policies.
    ///
    /// This parameter is optional. However, if you do not pass any session policies, then the resulting federated user session has no permissions.
    ///
    /// When you pass session policies, the session permissions are the intersection of the IAM user policies and the session policies that you pass. This gives you a way to further restrict the permissions for a federated user. You cannot use session policies to grant more permissions than those that are defined in the permissions policy of the IAM user. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// The resulting credentials can be used to access a resource that has a resource-based policy. If that policy specifically references the federated user session in the `Principal` element of the policy, the session has the permissions allowed by the policy. These permissions are granted in addition to the permissions that are granted by the session policies.
    ///
    /// The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. The JSON policy characters can be any ASCII character from the space character to the end of the valid character list (\u0020 through \u00FF). It can also include the tab (\u0009), linefeed (\u000A), and carriage return (\u000D) characters.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    pub policy: Option<String>,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as a managed session policy. The policies must exist in the same account as the IAM user that is requesting federated access.
    ///
    /// You must pass an inline or managed [session policy](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) to this operation. You can pass a single JSON policy document to use as an inline session policy. You can also specify up to 10 managed policy Amazon Resource Names (ARNs) to use as managed session policies. The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. You can provide up to 10 managed policy ARNs. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    ///
    /// This parameter is optional. However, if you do not pass any session policies, then the resulting federated user session has no permissions.
    ///
    /// When you pass session policies, the session permissions are the intersection of the IAM user policies and the session policies that you pass. This gives you a way to further restrict the permissions for a federated user. You cannot use session policies to grant more permissions than those that are defined in the permissions policy of the IAM user. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// The resulting credentials can be used to access a resource that has a resource-based policy. If that policy specifically references the federated user session in the `Principal` element of the policy, the session has the permissions allowed by the policy. These permissions are granted in addition to the permissions that are granted by the session policies.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// The duration, in seconds, that the session should last. Acceptable durations for federation sessions range from 900 seconds (15 minutes) to 129,600 seconds (36 hours), with 43,200 seconds (12 hours) as the default. Sessions obtained using root user credentials are restricted to a maximum of 3,600 seconds (one hour). If the specified duration is longer than one hour, the session obtained by using root user credentials defaults to one hour.
    pub duration_seconds: Option<i32>,
    /// A list of session tags. Each session tag consists of a key name and an associated value. For more information about session tags, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. You can pass up to 50 session tags. The plaintext session tag keys can’t exceed 128 characters and the values can’t exceed 256 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    ///
    /// An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// You can pass a session tag with the same key as a tag that is already attached to the user you are federating. When you do, session tags override a user tag with the same key.
    ///
    /// Tag key–value pairs are not case sensitive, but case is preserved. This means that you cannot have separate `Department` and `department` tag keys. Assume that the role has the `Department`=`Marketing` tag and you pass the `department`=`engineering` session tag. `Department` and `department` are not saved as separate tags, and the session tag passed in the request takes precedence over the role tag.
    pub tags: Option<Vec<Tag>>,
    /// The minimum size, in bytes, of the session token that STS issues for the request. STS increases the session token to at least this size, regardless of its actual content. The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged.
    pub minimum_session_token_size: Option<i32>,
}
rt::structure!(
    GetFederationTokenInput, GET_FEDERATION_TOKEN_INPUT, [name, policy, policy_arns,
    duration_seconds, tags, minimum_session_token_size]
);
/// Contains the response to a successful GetFederationToken request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Default, PartialEq)]
pub struct GetFederationTokenOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
    ///
    /// The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: Option<Credentials>,
    /// Identifiers for the federated user associated with the credentials (such as `arn:aws:sts::123456789012:federated-user/Bob` or `123456789012:Bob`). You can use the federated user's ARN in your resource-based policies, such as an Amazon S3 bucket policy.
    pub federated_user: Option<FederatedUser>,
    /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request. The request fails if the packed size is greater than 100 percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: Option<i32>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned session token consumes.
    pub session_token_utilization: Option<i32>,
    /// The size, in bytes, of the session token returned in the Credentials for this response.
    pub session_token_size: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetFederationTokenOutput, GET_FEDERATION_TOKEN_OUTPUT, [credentials, federated_user,
    packed_policy_size, session_token_utilization, session_token_size], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSessionTokenInput {
    /// The duration, in seconds, that the credentials should remain valid. Acceptable durations for IAM user sessions range from 900 seconds (15 minutes) to 129,600 seconds (36 hours), with 43,200 seconds (12 hours) as the default. Sessions for Amazon Web Services account owners are restricted to a maximum of 3,600 seconds (one hour). If the duration is longer than one hour, the session for Amazon Web Services account owners defaults to one hour.
    pub duration_seconds: Option<i32>,
    /// The identification number of the MFA device that is associated with the IAM user who is making the `GetSessionToken` call. Specify this value if the IAM user has a policy that requires MFA authentication. The value is either the serial number for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as `arn:aws:iam::123456789012:mfa/user`). You can find the device for an IAM user by going to the Amazon Web Services Management Console and viewing the user's security credentials.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@:/-
    pub serial_number: Option<String>,
    /// The value provided by the MFA device, if MFA is required. If any policy requires the IAM user to submit an MFA code, specify this value. If MFA authentication is required, the user must provide a code when requesting a set of temporary security credentials. A user who fails to provide the code receives an "access denied" response when requesting resources that require MFA authentication.
    ///
    /// The format for this parameter, as described by its regex pattern, is a sequence of six numeric digits.
    pub token_code: Option<String>,
    /// The minimum size, in bytes, of the session token that STS issues for the request. STS increases the session token to at least this size, regardless of its actual content. The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged.
    pub minimum_session_token_size: Option<i32>,
}
rt::structure!(
    GetSessionTokenInput, GET_SESSION_TOKEN_INPUT, [duration_seconds, serial_number,
    token_code, minimum_session_token_size]
);
/// Contains the response to a successful GetSessionToken request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Default, PartialEq)]
pub struct GetSessionTokenOutput {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
    ///
    /// The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: Option<Credentials>,
    /// The percentage (0-100) of the maximum allowed session token size that the returned session token consumes.
    pub session_token_utilization: Option<i32>,
    /// The size, in bytes, of the session token returned in the Credentials for this response.
    pub session_token_size: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSessionTokenOutput, GET_SESSION_TOKEN_OUTPUT, [credentials,
    session_token_utilization, session_token_size], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetWebIdentityTokenInput {
    /// The intended recipient of the web identity token. This value populates the `aud` claim in the JWT and should identify the service or application that will validate and use the token. The external service should verify this claim to ensure the token was intended for their use.
    pub audience: Vec<String>,
    /// The duration, in seconds, for which the JSON Web Token (JWT) will remain valid. The value can range from 60 seconds (1 minute) to 3600 seconds (1 hour). If not specified, the default duration is 300 seconds (5 minutes). The token is designed to be short-lived and should be used for proof of identity, then exchanged for credentials or short-lived tokens in the external service.
    pub duration_seconds: Option<i32>,
    /// The cryptographic algorithm to use for signing the JSON Web Token (JWT). Valid values are RS256 (RSA with SHA-256) and ES384 (ECDSA using P-384 curve with SHA-384).
    pub signing_algorithm: String,
    /// An optional list of tags to include in the JSON Web Token (JWT). These tags are added as custom claims to the JWT and can be used by the downstream service for authorization decisions.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    GetWebIdentityTokenInput, GET_WEB_IDENTITY_TOKEN_INPUT, [audience, duration_seconds,
    signing_algorithm, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetWebIdentityTokenOutput {
    /// A signed JSON Web Token (JWT) that represents the caller's Amazon Web Services identity. The token contains standard JWT claims such as subject, audience, expiration time, and additional identity attributes added by STS as custom claims. You can also add your own custom claims to the token by passing tags as request parameters to the `GetWebIdentityToken` API. The token is signed using the specified signing algorithm and can be verified using the verification keys available at the issuer's JWKS endpoint.
    pub web_identity_token: Option<String>,
    /// The date and time when the web identity token expires, in UTC. The expiration is determined by adding the `DurationSeconds` value to the time the token was issued. After this time, the token should no longer be considered valid.
    pub expiration: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetWebIdentityTokenOutput, GET_WEB_IDENTITY_TOKEN_OUTPUT, [web_identity_token,
    expiration], meta = response_metadata
);
/// The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. This is often a transient error caused by network conditions. Retry the request a limited number of times so that you don't exceed the request rate. If the error persists, the identity provider might be down or not responding.
#[derive(Clone, Default, PartialEq)]
pub struct IdpCommunicationErrorException {
    pub message: Option<String>,
}
rt::structure!(
    IdpCommunicationErrorException, IDP_COMMUNICATION_ERROR_EXCEPTION, [message]
);
/// The identity provider (IdP) reported that authentication failed. This might be because the claim is invalid.
///
/// If this error is returned for the `AssumeRoleWithWebIdentity` operation, it can also mean that the claim has expired or has been explicitly revoked.
#[derive(Clone, Default, PartialEq)]
pub struct IdpRejectedClaimException {
    pub message: Option<String>,
}
rt::structure!(IdpRejectedClaimException, IDP_REJECTED_CLAIM_EXCEPTION, [message]);
/// The error returned if the message passed to `DecodeAuthorizationMessage` was invalid. This can happen if the token contains invalid characters, such as line breaks, or if the message has expired.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAuthorizationMessageException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidAuthorizationMessageException, INVALID_AUTHORIZATION_MESSAGE_EXCEPTION,
    [message]
);
/// The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidIdentityTokenException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidIdentityTokenException, INVALID_IDENTITY_TOKEN_EXCEPTION, [message]
);
/// The requested token payload size exceeds the maximum allowed size. Reduce the number of request tags included in the `GetWebIdentityToken` API call to reduce the token payload size.
#[derive(Clone, Default, PartialEq)]
pub struct JwtPayloadSizeExceededException {
    pub message: Option<String>,
}
rt::structure!(
    JwtPayloadSizeExceededException, JWT_PAYLOAD_SIZE_EXCEEDED_EXCEPTION, [message]
);
/// The request was rejected because the policy document was malformed. The error message describes the specific error.
#[derive(Clone, Default, PartialEq)]
pub struct MalformedPolicyDocumentException {
    pub message: Option<String>,
}
rt::structure!(
    MalformedPolicyDocumentException, MALFORMED_POLICY_DOCUMENT_EXCEPTION, [message]
);
/// The outbound web identity federation feature is not enabled for this account. To use this feature, you must first enable it through the Amazon Web Services Management Console or API.
#[derive(Clone, Default, PartialEq)]
pub struct OutboundWebIdentityFederationDisabledException {
    pub message: Option<String>,
}
rt::structure!(
    OutboundWebIdentityFederationDisabledException,
    OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED_EXCEPTION, [message]
);
/// The request was rejected because the total packed size of the session policies and session tags combined was too large. An Amazon Web Services conversion compresses the session policy document, session policy ARNs, and session tags into a packed binary format that has a separate limit. The error message indicates by percentage how close the policies and tags are to the upper size limit. For more information, see [Passing Session Tags in STS](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
///
/// You could receive this error even though you meet other defined session policy and session tag limits. For more information, see [IAM and STS Entity Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct PackedPolicyTooLargeException {
    pub message: Option<String>,
}
rt::structure!(
    PackedPolicyTooLargeException, PACKED_POLICY_TOO_LARGE_EXCEPTION, [message]
);
/// A reference to the IAM managed policy that is passed as a session policy for a role session or a federated user session.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyDescriptorType {
    /// The Amazon Resource Name (ARN) of the IAM managed policy to use as a session policy for the role. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
}
rt::structure!(PolicyDescriptorType, POLICY_DESCRIPTOR_TYPE, [arn]);
/// Contains information about the provided context. This includes the signed and encrypted trusted context assertion and the context provider ARN from which the trusted context assertion was generated.
#[derive(Clone, Default, PartialEq)]
pub struct ProvidedContext {
    /// The context provider ARN from which the trusted context assertion was generated.
    pub provider_arn: Option<String>,
    /// The signed and encrypted trusted context assertion generated by the context provider. The trusted context assertion is signed and encrypted by Amazon Web Services STS.
    pub context_assertion: Option<String>,
}
rt::structure!(ProvidedContext, PROVIDED_CONTEXT, [provider_arn, context_assertion]);
/// STS is not activated in the requested region for the account that is being asked to generate credentials. The account administrator must use the IAM console to activate STS in that region. For more information, see [Activating and Deactivating STS in an Amazon Web Services Region](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html#sts-regions-activate-deactivate) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct RegionDisabledException {
    pub message: Option<String>,
}
rt::structure!(RegionDisabledException, REGION_DISABLED_EXCEPTION, [message]);
/// The requested token duration would extend the session beyond its original expiration time. You cannot use this operation to extend the lifetime of a session beyond what was granted when the session was originally created.
#[derive(Clone, Default, PartialEq)]
pub struct SessionDurationEscalationException {
    pub message: Option<String>,
}
rt::structure!(
    SessionDurationEscalationException, SESSION_DURATION_ESCALATION_EXCEPTION, [message]
);
/// You can pass custom key-value pair attributes when you assume a role or federate a user. These are called session tags. You can then use the session tags to control access to resources. For more information, see [Tagging Amazon Web Services STS Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The key for a session tag.
    ///
    /// You can pass up to 50 session tags. The plain text session tag keys can’t exceed 128 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    pub key: String,
    /// The value for a session tag.
    ///
    /// You can pass up to 50 session tags. The plain text session tag values can’t exceed 256 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);

//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AlgorithmSpec {
    /// `RSAES_PKCS1_V1_5`
    RsaesPkcs1V15,
    /// `RSAES_OAEP_SHA_1`
    RsaesOaepSha1,
    /// `RSAES_OAEP_SHA_256`
    RsaesOaepSha256,
    /// `RSA_AES_KEY_WRAP_SHA_1`
    RsaAesKeyWrapSha1,
    /// `RSA_AES_KEY_WRAP_SHA_256`
    RsaAesKeyWrapSha256,
    /// `SM2PKE`
    Sm2pke,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AlgorithmSpec, { RsaesPkcs1V15 => "RSAES_PKCS1_V1_5", RsaesOaepSha1 =>
    "RSAES_OAEP_SHA_1", RsaesOaepSha256 => "RSAES_OAEP_SHA_256", RsaAesKeyWrapSha1 =>
    "RSA_AES_KEY_WRAP_SHA_1", RsaAesKeyWrapSha256 => "RSA_AES_KEY_WRAP_SHA_256", Sm2pke
    => "SM2PKE" }
);
/// Contains information about an alias.
#[derive(Clone, Default, PartialEq)]
pub struct AliasListEntry {
    /// String that contains the alias. This value begins with `alias/`.
    pub alias_name: Option<String>,
    /// String that contains the key ARN.
    pub alias_arn: Option<String>,
    /// String that contains the key identifier of the KMS key associated with the alias.
    pub target_key_id: Option<String>,
    /// Date and time that the alias was most recently created in the account and Region. Formatted as Unix time.
    pub creation_date: Option<rt::DateTime>,
    /// Date and time that the alias was most recently associated with a KMS key in the account and Region. Formatted as Unix time.
    pub last_updated_date: Option<rt::DateTime>,
}
rt::structure!(
    AliasListEntry, ALIAS_LIST_ENTRY, [alias_name, alias_arn, target_key_id,
    creation_date, last_updated_date]
);
/// The request was rejected because it attempted to create a resource that already exists.
#[derive(Clone, Default, PartialEq)]
pub struct AlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(AlreadyExistsException, ALREADY_EXISTS_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct CancelKeyDeletionInput {
    /// Identifies the KMS key whose deletion is being canceled.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(CancelKeyDeletionInput, CANCEL_KEY_DELETION_INPUT, [key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct CancelKeyDeletionOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key whose deletion is canceled.
    pub key_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CancelKeyDeletionOutput, CANCEL_KEY_DELETION_OUTPUT, [key_id], meta =
    response_metadata
);
/// The request was rejected because the specified CloudHSM cluster is already associated with an CloudHSM key store in the account, or it shares a backup history with an CloudHSM key store in the account. Each CloudHSM key store in the account must be associated with a different CloudHSM cluster.
///
/// CloudHSM clusters that share a backup history have the same cluster certificate. To view the cluster certificate of an CloudHSM cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct CloudHsmClusterInUseException {
    pub message: Option<String>,
}
rt::structure!(
    CloudHsmClusterInUseException, CLOUD_HSM_CLUSTER_IN_USE_EXCEPTION, [message]
);
/// The request was rejected because the associated CloudHSM cluster did not meet the configuration requirements for an CloudHSM key store.
///
/// - The CloudHSM cluster must be configured with private subnets in at least two different Availability Zones in the Region.
///
/// - The [security group for the cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/configure-sg.html) (cloudhsm-cluster-*\<cluster-id\>*-sg) must include inbound rules and outbound rules that allow TCP traffic on ports 2223-2225. The **Source** in the inbound rules and the **Destination** in the outbound rules must match the security group ID. These rules are set by default when you create the CloudHSM cluster. Do not delete or change them. To get information about a particular security group, use the [DescribeSecurityGroups](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html) operation.
///
/// - The CloudHSM cluster must contain at least as many HSMs as the operation requires. To add HSMs, use the CloudHSM [CreateHsm](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_CreateHsm.html) operation.
///
/// For the CreateCustomKeyStore, UpdateCustomKeyStore, and CreateKey operations, the CloudHSM cluster must have at least two active HSMs, each in a different Availability Zone. For the ConnectCustomKeyStore operation, the CloudHSM must contain at least one active HSM.
///
/// For information about the requirements for an CloudHSM cluster that is associated with an CloudHSM key store, see [Assemble the Prerequisites](https://docs.aws.amazon.com/kms/latest/developerguide/create-keystore.html#before-keystore) in the *Key Management Service Developer Guide*. For information about creating a private subnet for an CloudHSM cluster, see [Create a Private Subnet](https://docs.aws.amazon.com/cloudhsm/latest/userguide/create-subnets.html) in the *CloudHSM User Guide*. For information about cluster security groups, see [Configure a Default Security Group](https://docs.aws.amazon.com/cloudhsm/latest/userguide/configure-sg.html) in the * *CloudHSM User Guide* *.
#[derive(Clone, Default, PartialEq)]
pub struct CloudHsmClusterInvalidConfigurationException {
    pub message: Option<String>,
}
rt::structure!(
    CloudHsmClusterInvalidConfigurationException,
    CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION_EXCEPTION, [message]
);
/// The request was rejected because the CloudHSM cluster associated with the CloudHSM key store is not active. Initialize and activate the cluster and try the command again. For detailed instructions, see [Getting Started](https://docs.aws.amazon.com/cloudhsm/latest/userguide/getting-started.html) in the *CloudHSM User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct CloudHsmClusterNotActiveException {
    pub message: Option<String>,
}
rt::structure!(
    CloudHsmClusterNotActiveException, CLOUD_HSM_CLUSTER_NOT_ACTIVE_EXCEPTION, [message]
);
/// The request was rejected because KMS cannot find the CloudHSM cluster with the specified cluster ID. Retry the request with a different cluster ID.
#[derive(Clone, Default, PartialEq)]
pub struct CloudHsmClusterNotFoundException {
    pub message: Option<String>,
}
rt::structure!(
    CloudHsmClusterNotFoundException, CLOUD_HSM_CLUSTER_NOT_FOUND_EXCEPTION, [message]
);
/// The request was rejected because the specified CloudHSM cluster has a different cluster certificate than the original cluster. You cannot use the operation to specify an unrelated cluster for an CloudHSM key store.
///
/// Specify an CloudHSM cluster that shares a backup history with the original cluster. This includes clusters that were created from a backup of the current cluster, and clusters that were created from the same backup that produced the current cluster.
///
/// CloudHSM clusters that share a backup history have the same cluster certificate. To view the cluster certificate of an CloudHSM cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct CloudHsmClusterNotRelatedException {
    pub message: Option<String>,
}
rt::structure!(
    CloudHsmClusterNotRelatedException, CLOUD_HSM_CLUSTER_NOT_RELATED_EXCEPTION,
    [message]
);
/// The request was rejected because an automatic rotation of this key is currently in progress or scheduled to begin within the next 20 minutes.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictException {
    pub message: Option<String>,
}
rt::structure!(ConflictException, CONFLICT_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ConnectCustomKeyStoreInput {
    /// Enter the key store ID of the custom key store that you want to connect. To find the ID of a custom key store, use the DescribeCustomKeyStores operation.
    pub custom_key_store_id: String,
}
rt::structure!(
    ConnectCustomKeyStoreInput, CONNECT_CUSTOM_KEY_STORE_INPUT, [custom_key_store_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ConnectCustomKeyStoreOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ConnectCustomKeyStoreOutput, CONNECT_CUSTOM_KEY_STORE_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionErrorCodeType {
    /// `INVALID_CREDENTIALS`
    InvalidCredentials,
    /// `CLUSTER_NOT_FOUND`
    ClusterNotFound,
    /// `NETWORK_ERRORS`
    NetworkErrors,
    /// `INTERNAL_ERROR`
    InternalError,
    /// `INSUFFICIENT_CLOUDHSM_HSMS`
    InsufficientCloudhsmHsms,
    /// `USER_LOCKED_OUT`
    UserLockedOut,
    /// `USER_NOT_FOUND`
    UserNotFound,
    /// `USER_LOGGED_IN`
    UserLoggedIn,
    /// `SUBNET_NOT_FOUND`
    SubnetNotFound,
    /// `INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET`
    InsufficientFreeAddressesInSubnet,
    /// `XKS_PROXY_ACCESS_DENIED`
    XksProxyAccessDenied,
    /// `XKS_PROXY_NOT_REACHABLE`
    XksProxyNotReachable,
    /// `XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND`
    XksVpcEndpointServiceNotFound,
    /// `XKS_PROXY_INVALID_RESPONSE`
    XksProxyInvalidResponse,
    /// `XKS_PROXY_INVALID_CONFIGURATION`
    XksProxyInvalidConfiguration,
    /// `XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION`
    XksVpcEndpointServiceInvalidConfiguration,
    /// `XKS_PROXY_TIMED_OUT`
    XksProxyTimedOut,
    /// `XKS_PROXY_INVALID_TLS_CONFIGURATION`
    XksProxyInvalidTlsConfiguration,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ConnectionErrorCodeType, { InvalidCredentials => "INVALID_CREDENTIALS",
    ClusterNotFound => "CLUSTER_NOT_FOUND", NetworkErrors => "NETWORK_ERRORS",
    InternalError => "INTERNAL_ERROR", InsufficientCloudhsmHsms =>
    "INSUFFICIENT_CLOUDHSM_HSMS", UserLockedOut => "USER_LOCKED_OUT", UserNotFound =>
    "USER_NOT_FOUND", UserLoggedIn => "USER_LOGGED_IN", SubnetNotFound =>
    "SUBNET_NOT_FOUND", InsufficientFreeAddressesInSubnet =>
    "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET", XksProxyAccessDenied =>
    "XKS_PROXY_ACCESS_DENIED", XksProxyNotReachable => "XKS_PROXY_NOT_REACHABLE",
    XksVpcEndpointServiceNotFound => "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND",
    XksProxyInvalidResponse => "XKS_PROXY_INVALID_RESPONSE", XksProxyInvalidConfiguration
    => "XKS_PROXY_INVALID_CONFIGURATION", XksVpcEndpointServiceInvalidConfiguration =>
    "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION", XksProxyTimedOut =>
    "XKS_PROXY_TIMED_OUT", XksProxyInvalidTlsConfiguration =>
    "XKS_PROXY_INVALID_TLS_CONFIGURATION" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionStateType {
    /// `CONNECTED`
    Connected,
    /// `CONNECTING`
    Connecting,
    /// `FAILED`
    Failed,
    /// `DISCONNECTED`
    Disconnected,
    /// `DISCONNECTING`
    Disconnecting,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ConnectionStateType, { Connected => "CONNECTED", Connecting => "CONNECTING", Failed
    => "FAILED", Disconnected => "DISCONNECTED", Disconnecting => "DISCONNECTING" }
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateAliasInput {
    /// Specifies the alias name. This value must begin with `alias/` followed by a name, such as `alias/ExampleAlias`.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// The `AliasName` value must be string of 1-256 characters. It can contain only alphanumeric characters, forward slashes (/), underscores (\_), and dashes (-). The alias name cannot begin with `alias/aws/`. The `alias/aws/` prefix is reserved for [Amazon Web Services managed keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    pub alias_name: String,
    /// Associates the alias with the specified [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key). The KMS key must be in the same Amazon Web Services Region.
    ///
    /// A valid key ID is required. If you supply a null or empty string value, this operation returns an error.
    ///
    /// For help finding the key ID and ARN, see [Find the key ID and key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/find-cmk-id-arn.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub target_key_id: String,
}
rt::structure!(CreateAliasInput, CREATE_ALIAS_INPUT, [alias_name, target_key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCustomKeyStoreInput {
    /// Specifies a friendly name for the custom key store. The name must be unique in your Amazon Web Services account and Region. This parameter is required for all custom key stores.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    pub custom_key_store_name: String,
    /// Identifies the CloudHSM cluster for an CloudHSM key store. This parameter is required for custom key stores with `CustomKeyStoreType` of `AWS\_CLOUDHSM`.
    ///
    /// Enter the cluster ID of any active CloudHSM cluster that is not already associated with a custom key store. To find the cluster ID, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Specifies the certificate for an CloudHSM key store. This parameter is required for custom key stores with a `CustomKeyStoreType` of `AWS\_CLOUDHSM`.
    ///
    /// Enter the content of the trust anchor certificate for the CloudHSM cluster. This is the content of the `customerCA.crt` file that you created when you [initialized the cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/initialize-cluster.html).
    pub trust_anchor_certificate: Option<String>,
    /// Specifies the `kmsuser` password for an CloudHSM key store. This parameter is required for custom key stores with a `CustomKeyStoreType` of `AWS\_CLOUDHSM`.
    ///
    /// Enter the password of the [ `kmsuser` crypto user (CU) account](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html#concept-kmsuser) in the specified CloudHSM cluster. KMS logs into the cluster as this user to manage key material on your behalf.
    ///
    /// The password must be a string of 7 to 32 characters. Its value is case sensitive.
    ///
    /// This parameter tells KMS the `kmsuser` account password; it does not change the password in the CloudHSM cluster.
    pub key_store_password: Option<String>,
    /// Specifies the type of custom key store. The default value is `AWS\_CLOUDHSM`.
    ///
    /// For a custom key store backed by an CloudHSM cluster, omit the parameter or enter `AWS\_CLOUDHSM`. For a custom key store backed by an external key manager outside of Amazon Web Services, enter `EXTERNAL\_KEY\_STORE`. You cannot change this property after the key store is created.
    pub custom_key_store_type: Option<CustomKeyStoreType>,
    /// Specifies the endpoint that KMS uses to send requests to the external key store proxy (XKS proxy). This parameter is required for custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// The protocol must be HTTPS. KMS communicates on port 443. Do not specify the port in the `XksProxyUriEndpoint` value.
    ///
    /// For external key stores with `XksProxyConnectivity` value of `VPC\_ENDPOINT\_SERVICE`, specify `https://` followed by the private DNS name of the VPC endpoint service.
    ///
    /// For external key stores with `PUBLIC\_ENDPOINT` connectivity, this endpoint must be reachable before you create the custom key store. KMS connects to the external key store proxy while creating the custom key store. For external key stores with `VPC\_ENDPOINT\_SERVICE` connectivity, KMS connects when you call the ConnectCustomKeyStore operation.
    ///
    /// The value of this parameter must begin with `https://`. The remainder can contain upper and lower case letters (A-Z and a-z), numbers (0-9), dots (`.`), and hyphens (`-`). Additional slashes (`/` and `\`) are not permitted.
    ///
    /// **Uniqueness requirements: **
    ///
    /// - The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    ///
    /// - An external key store with `PUBLIC\_ENDPOINT` connectivity cannot use the same `XksProxyUriEndpoint` value as an external key store with `VPC\_ENDPOINT\_SERVICE` connectivity in this Amazon Web Services Region.
    ///
    /// - Each external key store with `VPC\_ENDPOINT\_SERVICE` connectivity must have its own private DNS name. The `XksProxyUriEndpoint` value for external key stores with `VPC\_ENDPOINT\_SERVICE` connectivity (private DNS name) must be unique in the Amazon Web Services account and Region.
    pub xks_proxy_uri_endpoint: Option<String>,
    /// Specifies the base path to the proxy APIs for this external key store. To find this value, see the documentation for your external key store proxy. This parameter is required for all custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// The value must start with `/` and must end with `/kms/xks/v1` where `v1` represents the version of the KMS external key store proxy API. This path can include an optional prefix between the required elements such as `/*prefix*/kms/xks/v1`.
    ///
    /// **Uniqueness requirements: **
    ///
    /// - The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    pub xks_proxy_uri_path: Option<String>,
    /// Specifies the name of the Amazon VPC endpoint service for interface endpoints that is used to communicate with your external key store proxy (XKS proxy). This parameter is required when the value of `CustomKeyStoreType` is `EXTERNAL\_KEY\_STORE` and the value of `XksProxyConnectivity` is `VPC\_ENDPOINT\_SERVICE`.
    ///
    /// The Amazon VPC endpoint service must [fulfill all requirements](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keystore.html#xks-requirements) for use with an external key store.
    ///
    /// **Uniqueness requirements:**
    ///
    /// - External key stores with `VPC\_ENDPOINT\_SERVICE` connectivity can share an Amazon VPC, but each external key store must have its own VPC endpoint service and private DNS name.
    pub xks_proxy_vpc_endpoint_service_name: Option<String>,
    /// Specifies the Amazon Web Services account ID that owns the Amazon VPC service endpoint for the interface that is used to communicate with your external key store proxy (XKS proxy). This parameter is optional. If not provided, the Amazon Web Services account ID calling the action will be used.
    pub xks_proxy_vpc_endpoint_service_owner: Option<String>,
    /// Specifies an authentication credential for the external key store proxy (XKS proxy). This parameter is required for all custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// The `XksProxyAuthenticationCredential` has two required elements: `RawSecretAccessKey`, a secret key, and `AccessKeyId`, a unique identifier for the `RawSecretAccessKey`. For character requirements, see [XksProxyAuthenticationCredentialType](API_XksProxyAuthenticationCredentialType.html).
    ///
    /// KMS uses this authentication credential to sign requests to the external key store proxy on your behalf. This credential is unrelated to Identity and Access Management (IAM) and Amazon Web Services credentials.
    ///
    /// This parameter doesn't set or change the authentication credentials on the XKS proxy. It just tells KMS the credential that you established on your external key store proxy. If you rotate your proxy authentication credential, use the UpdateCustomKeyStore operation to provide the new credential to KMS.
    pub xks_proxy_authentication_credential: Option<
        XksProxyAuthenticationCredentialType,
    >,
    /// Indicates how KMS communicates with the external key store proxy. This parameter is required for custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// If the external key store proxy uses a public endpoint, specify `PUBLIC\_ENDPOINT`. If the external key store proxy uses a Amazon VPC endpoint service for communication with KMS, specify `VPC\_ENDPOINT\_SERVICE`. For help making this choice, see [Choosing a connectivity option](https://docs.aws.amazon.com/kms/latest/developerguide/choose-xks-connectivity.html) in the *Key Management Service Developer Guide*.
    ///
    /// An Amazon VPC endpoint service keeps your communication with KMS in a private address space entirely within Amazon Web Services, but it requires more configuration, including establishing a Amazon VPC with multiple subnets, a VPC endpoint service, a network load balancer, and a verified private DNS name. A public endpoint is simpler to set up, but it might be slower and might not fulfill your security requirements. You might consider testing with a public endpoint, and then establishing a VPC endpoint service for production tasks. Note that this choice does not determine the location of the external key store proxy. Even if you choose a VPC endpoint service, the proxy can be hosted within the VPC or outside of Amazon Web Services such as in your corporate data center.
    pub xks_proxy_connectivity: Option<XksProxyConnectivityType>,
}
rt::structure!(
    CreateCustomKeyStoreInput, CREATE_CUSTOM_KEY_STORE_INPUT, [custom_key_store_name,
    cloud_hsm_cluster_id, trust_anchor_certificate, key_store_password,
    custom_key_store_type, xks_proxy_uri_endpoint, xks_proxy_uri_path,
    xks_proxy_vpc_endpoint_service_name, xks_proxy_vpc_endpoint_service_owner,
    xks_proxy_authentication_credential, xks_proxy_connectivity]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCustomKeyStoreOutput {
    /// A unique identifier for the new custom key store.
    pub custom_key_store_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateCustomKeyStoreOutput, CREATE_CUSTOM_KEY_STORE_OUTPUT, [custom_key_store_id],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateGrantInput {
    /// Identifies the KMS key for the grant. The grant gives principals permission to use this KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The identity that gets the permissions specified in the grant.
    ///
    /// To specify the grantee principal, use the Amazon Resource Name (ARN) of an Amazon Web Services principal. Valid principals include Amazon Web Services accounts, IAM users, IAM roles, federated users, and assumed role users. For help with the ARN syntax for a principal, see [IAM ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns) in the * *Identity and Access Management User Guide* *.
    ///
    /// You must specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_principal: Option<String>,
    /// The principal that has permission to use the RetireGrant operation to retire the grant.
    ///
    /// To specify the principal, use the [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of an Amazon Web Services principal. Valid principals include Amazon Web Services accounts, IAM users, IAM roles, federated users, and assumed role users. For help with the ARN syntax for a principal, see [IAM ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns) in the * *Identity and Access Management User Guide* *.
    ///
    /// The grant determines the retiring principal. Other principals might have permission to retire the grant or revoke the grant. For details, see RevokeGrant and [Retiring and revoking grants](https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html) in the *Key Management Service Developer Guide*.
    ///
    /// You can specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_principal: Option<String>,
    /// A list of operations that the grant permits.
    ///
    /// This list must include only operations that are permitted in a grant. Also, the operation must be supported on the KMS key. For example, you cannot create a grant for a symmetric encryption KMS key that allows the Sign operation, or a grant for an asymmetric KMS key that allows the GenerateDataKey operation. If you try, KMS returns a `ValidationError` exception. For details, see [Grant operations](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations) in the *Key Management Service Developer Guide*.
    pub operations: Vec<GrantOperation>,
    /// Specifies a grant constraint.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// KMS supports the following grant constraints.
    ///
    /// - `EncryptionContextEquals` and `EncryptionContextSubset` — These encryption context grant constraints allow the permissions in the grant only when the encryption context in the request matches (`EncryptionContextEquals`) or includes (`EncryptionContextSubset`) the encryption context specified in the constraint.
    ///
    /// Encryption context grant constraints are supported only on [grant operations](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations) that include an `EncryptionContext` parameter, such as cryptographic operations on symmetric encryption KMS keys. You cannot use an encryption context grant constraint for cryptographic operations with asymmetric KMS keys or HMAC KMS keys. Operations with these keys don't support an encryption context. Grants with encryption context grant constraints can include the DescribeKey and RetireGrant operations, but the constraint doesn't apply to these operations. If a grant with an encryption context grant constraint includes the `CreateGrant` operation, the constraint requires that any grants created with the `CreateGrant` permission have an equally strict or stricter encryption context constraint.
    ///
    /// Each constraint value can include up to 8 encryption context pairs. The encryption context value in each constraint cannot exceed 384 characters. For more information about encryption context, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the * *Key Management Service Developer Guide* *.
    ///
    /// - `SourceArn` — This grant constraint allows the permissions in the grant only when the request is made on behalf of a specific Amazon Web Services resource, identified by its [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html). This is effectively the same as having the [aws:SourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn) global condition key in the grant. The SourceArn constraint is supported on grants for all types of KMS keys and can also be applied to the DescribeKey operation when specified in the request. However, it does not apply to RetireGrant operation.
    ///
    /// For information about grant constraints, see [Using grant constraints](https://docs.aws.amazon.com/kms/latest/developerguide/create-grant-overview.html#grant-constraints) in the *Key Management Service Developer Guide*.
    pub constraints: Option<GrantConstraints>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// A friendly name for the grant. Use this value to prevent the unintended creation of duplicate grants when retrying this request.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// When this value is absent, all `CreateGrant` requests result in a new grant with a unique `GrantId` even if all the supplied parameters are identical. This can result in unintended duplicates when you retry the `CreateGrant` request.
    ///
    /// When this value is present, you can retry a `CreateGrant` request with identical parameters; if the grant already exists, the original `GrantId` is returned without creating a new grant. Note that the returned grant token is unique with every `CreateGrant` request, even when a duplicate `GrantId` is returned. All grant tokens for the same grant ID can be used interchangeably.
    pub name: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// The Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services) that gets the permissions specified in the grant.
    ///
    /// When you specify a `GranteeServicePrincipal`, you must also specify a `SourceArn` grant constraint. In addition, you must specify either a `RetiringPrincipal` or a `RetiringServicePrincipal`.
    ///
    /// You must specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_service_principal: Option<String>,
    /// The Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services) that has permission to use the RetireGrant operation to retire the grant.
    ///
    /// You can specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_service_principal: Option<String>,
}
rt::structure!(
    CreateGrantInput, CREATE_GRANT_INPUT, [key_id, grantee_principal, retiring_principal,
    operations, constraints, grant_tokens, name, dry_run, grantee_service_principal,
    retiring_service_principal]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateGrantOutput {
    /// The grant token.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_token: Option<String>,
    /// The unique identifier for the grant.
    ///
    /// You can use the `GrantId` in a ListGrants, RetireGrant, or RevokeGrant operation.
    pub grant_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateGrantOutput, CREATE_GRANT_OUTPUT, [grant_token, grant_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateKeyInput {
    /// The key policy to attach to the KMS key.
    ///
    /// If you provide a key policy, it must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    ///
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// If either of the required `Resource` or `Action` elements are missing from a key policy statement, the policy statement has no effect. When a key policy statement is missing one of these elements, the KMS console correctly reports an error, but the `CreateKey` and `PutKeyPolicy` API requests succeed, even though the policy statement is ineffective.
    ///
    /// For more information on required key policy elements, see [Elements in a key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-elements) in the *Key Management Service Developer Guide*.
    ///
    /// If you do not provide a key policy, KMS attaches a default key policy to the KMS key. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html) in the *Key Management Service Developer Guide*.
    ///
    /// If the key policy exceeds the length constraint, KMS returns a `LimitExceededException`.
    ///
    /// For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the * *Identity and Access Management User Guide* *.
    pub policy: Option<String>,
    /// A description of the KMS key. Use a description that helps you decide whether the KMS key is appropriate for a task. The default value is an empty string (no description).
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// To set or change the description after the key is created, use UpdateKeyDescription.
    pub description: Option<String>,
    /// Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) for which you can use the KMS key. The default value is `ENCRYPT\_DECRYPT`. This parameter is optional when you are creating a symmetric encryption KMS key; otherwise, it is required. You can't change the [ `KeyUsage` ](https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html#key-usage) value after the KMS key is created. Each KMS key can have only one key usage. This follows key usage best practices according to [NIST SP 800-57 Recommendations for Key Management](https://csrc.nist.gov/pubs/sp/800/57/pt1/r5/final), section 5.2, Key usage.
    ///
    /// Select only one valid value.
    ///
    /// - For symmetric encryption KMS keys, omit the parameter or specify `ENCRYPT\_DECRYPT`.
    ///
    /// - For HMAC KMS keys (symmetric), specify `GENERATE\_VERIFY\_MAC`.
    ///
    /// - For asymmetric KMS keys with RSA key pairs, specify `ENCRYPT\_DECRYPT` or `SIGN\_VERIFY`.
    ///
    /// - For asymmetric KMS keys with NIST-standard elliptic curve key pairs, specify `SIGN\_VERIFY` or `KEY\_AGREEMENT`.
    ///
    /// - For asymmetric KMS keys with `ECC\_SECG\_P256K1` key pairs, specify `SIGN\_VERIFY`.
    ///
    /// - For asymmetric KMS keys with ML-DSA key pairs, specify `SIGN\_VERIFY`.
    ///
    /// - For asymmetric KMS keys with ML-KEM key pairs, specify `ENCAPSULATE\_DECAPSULATE`.
    ///
    /// - For asymmetric KMS keys with SM2 key pairs (China Regions only), specify `ENCRYPT\_DECRYPT`, `SIGN\_VERIFY`, or `KEY\_AGREEMENT`.
    pub key_usage: Option<KeyUsageType>,
    /// Instead, use the `KeySpec` parameter.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` parameters work the same way. Only the names differ. We recommend that you use `KeySpec` parameter in your code. However, to avoid breaking changes, KMS supports both parameters.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// Specifies the type of KMS key to create. The default value, `SYMMETRIC\_DEFAULT`, creates a KMS key with a 256-bit AES-GCM key that is used for encryption and decryption, except in China Regions, where it creates a 128-bit symmetric key that uses SM4 encryption. For a detailed description of all supported key specs, see [Key spec reference](https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// The `KeySpec` determines whether the KMS key contains a symmetric key or an asymmetric key pair. It also determines the algorithms that the KMS key supports. You can't change the `KeySpec` after the KMS key is created. To further restrict the algorithms that can be used with the KMS key, use a condition key in its key policy or IAM policy. For more information, see [kms:EncryptionAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-encryption-algorithm), [kms:MacAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-mac-algorithm), [kms:KeyAgreementAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-key-agreement-algorithm), or [kms:SigningAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-signing-algorithm) in the * *Key Management Service Developer Guide* *.
    ///
    /// [Amazon Web Services services that are integrated with KMS](http://aws.amazon.com/kms/features/#AWS_Service_Integration) use symmetric encryption KMS keys to protect your data. These services do not support asymmetric KMS keys or HMAC KMS keys.
    ///
    /// KMS supports the following key specs for KMS keys:
    ///
    /// - Symmetric encryption key (default)
    ///
    ///   - `SYMMETRIC\_DEFAULT`
    ///
    /// - HMAC keys (symmetric)
    ///
    ///   - `HMAC\_224`
    ///
    ///   - `HMAC\_256`
    ///
    ///   - `HMAC\_384`
    ///
    ///   - `HMAC\_512`
    ///
    /// - Asymmetric RSA key pairs (encryption and decryption -or- signing and verification)
    ///
    ///   - `RSA\_2048`
    ///
    ///   - `RSA\_3072`
    ///
    ///   - `RSA\_4096`
    ///
    /// - Asymmetric NIST-standard elliptic curve key pairs (signing and verification -or- deriving shared secrets)
    ///
    ///   - `ECC\_NIST\_P256` (secp256r1)
    ///
    ///   - `ECC\_NIST\_P384` (secp384r1)
    ///
    ///   - `ECC\_NIST\_P521` (secp521r1)
    ///
    ///   - `ECC\_NIST\_EDWARDS25519` (ed25519) - signing and verification only
    ///
    ///   - **Note:** For ECC\_NIST\_EDWARDS25519 KMS keys, the ED25519\_SHA\_512 signing algorithm requires [ `MessageType:RAW` ](kms/latest/APIReference/API_Sign.html#KMS-Sign-request-MessageType), while ED25519\_PH\_SHA\_512 requires [ `MessageType:DIGEST` ](kms/latest/APIReference/API_Sign.html#KMS-Sign-request-MessageType). These message types cannot be used interchangeably.
    ///
    /// - Other asymmetric elliptic curve key pairs (signing and verification)
    ///
    ///   - `ECC\_SECG\_P256K1` (secp256k1), commonly used for cryptocurrencies.
    ///
    /// - Asymmetric ML-DSA key pairs (signing and verification)
    ///
    ///   - `ML\_DSA\_44`
    ///
    ///   - `ML\_DSA\_65`
    ///
    ///   - `ML\_DSA\_87`
    ///
    /// - Asymmetric ML-KEM key pairs (establishing shared secrets)
    ///
    ///   - `ML\_KEM\_512`
    ///
    ///   - `ML\_KEM\_768`
    ///
    ///   - `ML\_KEM\_1024`
    ///
    /// The ML-KEM key specs are not available in China Regions.
    ///
    /// - SM2 key pairs (encryption and decryption -or- signing and verification -or- deriving shared secrets)
    ///
    ///   - `SM2` (China Regions only)
    pub key_spec: Option<KeySpec>,
    /// The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is `AWS\_KMS`, which means that KMS creates the key material.
    ///
    /// To [create a KMS key with no key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-create-cmk.html) (for imported key material), set this value to `EXTERNAL`. For more information about importing key material into KMS, see [Importing Key Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the *Key Management Service Developer Guide*. The `EXTERNAL` origin value is valid only for symmetric KMS keys.
    ///
    /// To [create a KMS key in an CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-cmk-keystore.html) and create its key material in the associated CloudHSM cluster, set this value to `AWS\_CLOUDHSM`. You must also use the `CustomKeyStoreId` parameter to identify the CloudHSM key store. The `KeySpec` value must be `SYMMETRIC\_DEFAULT`.
    ///
    /// To [create a KMS key in an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keys.html), set this value to `EXTERNAL\_KEY\_STORE`. You must also use the `CustomKeyStoreId` parameter to identify the external key store and the `XksKeyId` parameter to identify the associated external key. The `KeySpec` value must be `SYMMETRIC\_DEFAULT`.
    pub origin: Option<OriginType>,
    /// Creates the KMS key in the specified [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). The `ConnectionState` of the custom key store must be `CONNECTED`. To find the CustomKeyStoreID and ConnectionState use the DescribeCustomKeyStores operation.
    ///
    /// This parameter is valid only for symmetric encryption KMS keys in a single Region. You cannot create any other type of KMS key in a custom key store.
    ///
    /// When you create a KMS key in an CloudHSM key store, KMS generates a non-exportable 256-bit symmetric key in its associated CloudHSM cluster and associates it with the KMS key. When you create a KMS key in an external key store, you must use the `XksKeyId` parameter to specify an external key that serves as key material for the KMS key.
    pub custom_key_store_id: Option<String>,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    pub bypass_policy_lockout_safety_check: Option<bool>,
    /// Assigns one or more tags to the KMS key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the TagResource operation.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    ///
    /// To use this parameter, you must have [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission in an IAM policy.
    ///
    /// Each tag consists of a tag key and a tag value. Both the tag key and the tag value are required, but the tag value can be an empty (null) string. You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
    ///
    /// When you add tags to an Amazon Web Services resource, Amazon Web Services generates a cost allocation report with usage and costs aggregated by tags. Tags can also be used to control access to a KMS key. For details, see [Tags in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html).
    pub tags: Option<Vec<Tag>>,
    /// Creates a multi-Region primary key that you can replicate into other Amazon Web Services Regions. You cannot change this value after you create the KMS key.
    ///
    /// For a multi-Region key, set this parameter to `True`. For a single-Region KMS key, omit this parameter or set it to `False`. The default value is `False`.
    ///
    /// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    ///
    /// This value creates a *primary key*, not a replica. To create a *replica key*, use the ReplicateKey operation.
    ///
    /// You can create a symmetric or asymmetric multi-Region key, and you can create a multi-Region key with imported key material. However, you cannot create a multi-Region key in a custom key store.
    pub multi_region: Option<bool>,
    /// Identifies the [external key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) that serves as key material for the KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html). Specify the ID that the [external key store proxy](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-xks-proxy) uses to refer to the external key. For help, see the documentation for your external key store proxy.
    ///
    /// This parameter is required for a KMS key with an `Origin` value of `EXTERNAL\_KEY\_STORE`. It is not valid for KMS keys with any other `Origin` value.
    ///
    /// The external key must be an existing 256-bit AES symmetric encryption key hosted outside of Amazon Web Services in an external key manager associated with the external key store specified by the `CustomKeyStoreId` parameter. This key must be enabled and configured to perform encryption and decryption. Each KMS key in an external key store must use a different external key. For details, see [Requirements for a KMS key in an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keys.html#xks-key-requirements) in the *Key Management Service Developer Guide*.
    ///
    /// Each KMS key in an external key store is associated two backing keys. One is key material that KMS generates. The other is the external key specified by this parameter. When you use the KMS key in an external key store to encrypt data, the encryption operation is performed first by KMS using the KMS key material, and then by the external key manager using the specified external key, a process known as *double encryption*. For details, see [Double encryption](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-double-encryption) in the *Key Management Service Developer Guide*.
    pub xks_key_id: Option<String>,
}
rt::structure!(
    CreateKeyInput, CREATE_KEY_INPUT, [policy, description, key_usage,
    customer_master_key_spec, key_spec, origin, custom_key_store_id,
    bypass_policy_lockout_safety_check, tags, multi_region, xks_key_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateKeyOutput {
    /// Metadata associated with the KMS key.
    pub key_metadata: Option<KeyMetadata>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateKeyOutput, CREATE_KEY_OUTPUT, [key_metadata], meta = response_metadata
);
/// The request was rejected because the custom key store contains KMS keys. After verifying that you do not need to use the KMS keys, use the ScheduleKeyDeletion operation to delete the KMS keys. After they are deleted, you can delete the custom key store.
#[derive(Clone, Default, PartialEq)]
pub struct CustomKeyStoreHasCmKsException {
    pub message: Option<String>,
}
rt::structure!(
    CustomKeyStoreHasCmKsException, CUSTOM_KEY_STORE_HAS_CM_KS_EXCEPTION, [message]
);
/// The request was rejected because of the `ConnectionState` of the custom key store. To get the `ConnectionState` of a custom key store, use the DescribeCustomKeyStores operation.
///
/// This exception is thrown under the following conditions:
///
/// - You requested the ConnectCustomKeyStore operation on a custom key store with a `ConnectionState` of `DISCONNECTING` or `FAILED`. This operation is valid for all other `ConnectionState` values. To reconnect a custom key store in a `FAILED` state, disconnect it (DisconnectCustomKeyStore), then connect it (`ConnectCustomKeyStore`).
///
/// - You requested the CreateKey operation in a custom key store that is not connected. This operations is valid only when the custom key store `ConnectionState` is `CONNECTED`.
///
/// - You requested the DisconnectCustomKeyStore operation on a custom key store with a `ConnectionState` of `DISCONNECTING` or `DISCONNECTED`. This operation is valid for all other `ConnectionState` values.
///
/// - You requested the UpdateCustomKeyStore or DeleteCustomKeyStore operation on a custom key store that is not disconnected. `UpdateCustomKeyStore` can be called on a custom key store in the `CONNECTED` state only to update `NewCustomKeyStoreName`. For all other properties, the custom key store `ConnectionState` must be `DISCONNECTED`.
///
/// - You requested the GenerateRandom operation in an CloudHSM key store that is not connected. This operation is valid only when the CloudHSM key store `ConnectionState` is `CONNECTED`.
#[derive(Clone, Default, PartialEq)]
pub struct CustomKeyStoreInvalidStateException {
    pub message: Option<String>,
}
rt::structure!(
    CustomKeyStoreInvalidStateException, CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
    [message]
);
/// The request was rejected because the specified custom key store name is already assigned to another custom key store in the account. Try again with a custom key store name that is unique in the account.
#[derive(Clone, Default, PartialEq)]
pub struct CustomKeyStoreNameInUseException {
    pub message: Option<String>,
}
rt::structure!(
    CustomKeyStoreNameInUseException, CUSTOM_KEY_STORE_NAME_IN_USE_EXCEPTION, [message]
);
/// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
#[derive(Clone, Default, PartialEq)]
pub struct CustomKeyStoreNotFoundException {
    pub message: Option<String>,
}
rt::structure!(
    CustomKeyStoreNotFoundException, CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION, [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomKeyStoreType {
    /// `AWS_CLOUDHSM`
    AwsCloudhsm,
    /// `EXTERNAL_KEY_STORE`
    ExternalKeyStore,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    CustomKeyStoreType, { AwsCloudhsm => "AWS_CLOUDHSM", ExternalKeyStore =>
    "EXTERNAL_KEY_STORE" }
);
/// Contains information about each custom key store in the custom key store list.
#[derive(Clone, Default, PartialEq)]
pub struct CustomKeyStoresListEntry {
    /// A unique identifier for the custom key store.
    pub custom_key_store_id: Option<String>,
    /// The user-specified friendly name for the custom key store.
    pub custom_key_store_name: Option<String>,
    /// A unique identifier for the CloudHSM cluster that is associated with an CloudHSM key store. This field appears only when the `CustomKeyStoreType` is `AWS\_CLOUDHSM`.
    pub cloud_hsm_cluster_id: Option<String>,
    /// The trust anchor certificate of the CloudHSM cluster associated with an CloudHSM key store. When you [initialize the cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/initialize-cluster.html#sign-csr), you create this certificate and save it in the `customerCA.crt` file.
    ///
    /// This field appears only when the `CustomKeyStoreType` is `AWS\_CLOUDHSM`.
    pub trust_anchor_certificate: Option<String>,
    /// Indicates whether the custom key store is connected to its backing key store. For an CloudHSM key store, the `ConnectionState` indicates whether it is connected to its CloudHSM cluster. For an external key store, the `ConnectionState` indicates whether it is connected to the external key store proxy that communicates with your external key manager.
    ///
    /// You can create and use KMS keys in your custom key stores only when its `ConnectionState` is `CONNECTED`.
    ///
    /// The `ConnectionState` value is `DISCONNECTED` only if the key store has never been connected or you use the DisconnectCustomKeyStore operation to disconnect it. If the value is `CONNECTED` but you are having trouble using the custom key store, make sure that the backing key store is reachable and active. For an CloudHSM key store, verify that its associated CloudHSM cluster is active and contains at least one active HSM. For an external key store, verify that the external key store proxy and external key manager are connected and enabled.
    ///
    /// A value of `FAILED` indicates that an attempt to connect was unsuccessful. The `ConnectionErrorCode` field in the response indicates the cause of the failure. For help resolving a connection failure, see [Troubleshooting a custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html) in the *Key Management Service Developer Guide*.
    pub connection_state: Option<ConnectionStateType>,
    /// Describes the connection error. This field appears in the response only when the `ConnectionState` is `FAILED`.
    ///
    /// Many failures can be resolved by updating the properties of the custom key store. To update a custom key store, disconnect it (DisconnectCustomKeyStore), correct the errors (UpdateCustomKeyStore), and try to connect again (ConnectCustomKeyStore). For additional help resolving these errors, see [How to Fix a Connection Failure](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html#fix-keystore-failed) in *Key Management Service Developer Guide*.
    ///
    /// **All custom key stores:**
    ///
    /// - `INTERNAL\_ERROR` — KMS could not complete the request due to an internal error. Retry the request. For `ConnectCustomKeyStore` requests, disconnect the custom key store before trying to connect again.
    ///
    /// - `NETWORK\_ERRORS` — Network errors are preventing KMS from connecting the custom key store to its backing key store.
    ///
    /// **CloudHSM key stores:**
    ///
    /// - `CLUSTER\_NOT\_FOUND` — KMS cannot find the CloudHSM cluster with the specified cluster ID.
    ///
    /// - `INSUFFICIENT\_CLOUDHSM\_HSMS` — The associated CloudHSM cluster does not contain any active HSMs. To connect a custom key store to its CloudHSM cluster, the cluster must contain at least one active HSM.
    ///
    /// - `INSUFFICIENT\_FREE\_ADDRESSES\_IN\_SUBNET` — At least one private subnet associated with the CloudHSM cluster doesn't have any available IP addresses. A CloudHSM key store connection requires one free IP address in each of the associated private subnets, although two are preferable. For details, see [How to Fix a Connection Failure](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html#fix-keystore-failed) in the *Key Management Service Developer Guide*.
    ///
    /// - `INVALID\_CREDENTIALS` — The `KeyStorePassword` for the custom key store doesn't match the current password of the `kmsuser` crypto user in the CloudHSM cluster. Before you can connect your custom key store to its CloudHSM cluster, you must change the `kmsuser` account password and update the `KeyStorePassword` value for the custom key store.
    ///
    /// - `SUBNET\_NOT\_FOUND` — A subnet in the CloudHSM cluster configuration was deleted. If KMS cannot find all of the subnets in the cluster configuration, attempts to connect the custom key store to the CloudHSM cluster fail. To fix this error, create a cluster from a recent backup and associate it with your custom key store. (This process creates a new cluster configuration with a VPC and private subnets.) For details, see [How to Fix a Connection Failure](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html#fix-keystore-failed) in the *Key Management Service Developer Guide*.
    ///
    /// - `USER\_LOCKED\_OUT` — The `kmsuser` CU account is locked out of the associated CloudHSM cluster due to too many failed password attempts. Before you can connect your custom key store to its CloudHSM cluster, you must change the `kmsuser` account password and update the key store password value for the custom key store.
    ///
    /// - `USER\_LOGGED\_IN` — The `kmsuser` CU account is logged into the associated CloudHSM cluster. This prevents KMS from rotating the `kmsuser` account password and logging into the cluster. Before you can connect your custom key store to its CloudHSM cluster, you must log the `kmsuser` CU out of the cluster. If you changed the `kmsuser` password to log into the cluster, you must also and update the key store password value for the custom key store. For help, see [How to Log Out and Reconnect](https://docs.aws.amazon.com/kms/latest/developerguide/fix-keystore.html#login-kmsuser-2) in the *Key Management Service Developer Guide*.
    ///
    /// - `USER\_NOT\_FOUND` — KMS cannot find a `kmsuser` CU account in the associated CloudHSM cluster. Before you can connect your custom key store to its CloudHSM cluster, you must create a `kmsuser` CU account in the cluster, and then update the key store password value for the custom key store.
    ///
    /// **External key stores:**
    ///
    /// - `INVALID\_CREDENTIALS` — One or both of the `XksProxyAuthenticationCredential` values is not valid on the specified external key store proxy.
    ///
    /// - `XKS\_PROXY\_ACCESS\_DENIED` — KMS requests are denied access to the external key store proxy. If the external key store proxy has authorization rules, verify that they permit KMS to communicate with the proxy on your behalf.
    ///
    /// - `XKS\_PROXY\_INVALID\_CONFIGURATION` — A configuration error is preventing the external key store from connecting to its proxy. Verify the value of the `XksProxyUriPath`.
    ///
    /// - `XKS\_PROXY\_INVALID\_RESPONSE` — KMS cannot interpret the response from the external key store proxy. If you see this connection error code repeatedly, notify your external key store proxy vendor.
    ///
    /// - `XKS\_PROXY\_INVALID\_TLS\_CONFIGURATION` — KMS cannot connect to the external key store proxy because the TLS configuration is invalid. Verify that the XKS proxy supports TLS 1.2 or 1.3. Also, verify that the TLS certificate is not expired, and that it matches the hostname in the `XksProxyUriEndpoint` value, and that it is signed by a certificate authority included in the [Trusted Certificate Authorities](https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/TrustedCertificateAuthorities) list.
    ///
    /// - `XKS\_PROXY\_NOT\_REACHABLE` — KMS can't communicate with your external key store proxy. Verify that the `XksProxyUriEndpoint` and `XksProxyUriPath` are correct. Use the tools for your external key store proxy to verify that the proxy is active and available on its network. Also, verify that your external key manager instances are operating properly. Connection attempts fail with this connection error code if the proxy reports that all external key manager instances are unavailable.
    ///
    /// - `XKS\_PROXY\_TIMED\_OUT` — KMS can connect to the external key store proxy, but the proxy does not respond to KMS in the time allotted. If you see this connection error code repeatedly, notify your external key store proxy vendor.
    ///
    /// - `XKS\_VPC\_ENDPOINT\_SERVICE\_INVALID\_CONFIGURATION` — The Amazon VPC endpoint service configuration doesn't conform to the requirements for an KMS external key store.
    ///
    ///   - The VPC endpoint service must be an endpoint service for interface endpoints in the caller's Amazon Web Services account.
    ///
    ///   - It must have a network load balancer (NLB) connected to at least two subnets, each in a different Availability Zone.
    ///
    ///   - The `Allow principals` list must include the KMS service principal for the Region, `cks.kms.\<region\>.amazonaws.com`, such as `cks.kms.us-east-1.amazonaws.com`.
    ///
    ///   - It must *not* require [acceptance](https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html) of connection requests.
    ///
    ///   - It must have a private DNS name. The private DNS name for an external key store with `VPC\_ENDPOINT\_SERVICE` connectivity must be unique in its Amazon Web Services Region.
    ///
    ///   - The domain of the private DNS name must have a [verification status](https://docs.aws.amazon.com/vpc/latest/privatelink/verify-domains.html) of `verified`.
    ///
    ///   - The [TLS certificate](https://docs.aws.amazon.com/elasticloadbalancing/latest/network/create-tls-listener.html) specifies the private DNS hostname at which the endpoint is reachable.
    ///
    /// - `XKS\_VPC\_ENDPOINT\_SERVICE\_NOT\_FOUND` — KMS can't find the VPC endpoint service that it uses to communicate with the external key store proxy. Verify that the `XksProxyVpcEndpointServiceName` is correct and the KMS service principal has service consumer permissions on the Amazon VPC endpoint service.
    pub connection_error_code: Option<ConnectionErrorCodeType>,
    /// The date and time when the custom key store was created.
    pub creation_date: Option<rt::DateTime>,
    /// Indicates the type of the custom key store. `AWS\_CLOUDHSM` indicates a custom key store backed by an CloudHSM cluster. `EXTERNAL\_KEY\_STORE` indicates a custom key store backed by an external key store proxy and external key manager outside of Amazon Web Services.
    pub custom_key_store_type: Option<CustomKeyStoreType>,
    /// Configuration settings for the external key store proxy (XKS proxy). The external key store proxy translates KMS requests into a format that your external key manager can understand. The proxy configuration includes connection information that KMS requires.
    ///
    /// This field appears only when the `CustomKeyStoreType` is `EXTERNAL\_KEY\_STORE`.
    pub xks_proxy_configuration: Option<XksProxyConfigurationType>,
}
rt::structure!(
    CustomKeyStoresListEntry, CUSTOM_KEY_STORES_LIST_ENTRY, [custom_key_store_id,
    custom_key_store_name, cloud_hsm_cluster_id, trust_anchor_certificate,
    connection_state, connection_error_code, creation_date, custom_key_store_type,
    xks_proxy_configuration]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomerMasterKeySpec {
    /// `RSA_2048`
    Rsa2048,
    /// `RSA_3072`
    Rsa3072,
    /// `RSA_4096`
    Rsa4096,
    /// `ECC_NIST_P256`
    EccNistP256,
    /// `ECC_NIST_P384`
    EccNistP384,
    /// `ECC_NIST_P521`
    EccNistP521,
    /// `ECC_SECG_P256K1`
    EccSecgP256k1,
    /// `SYMMETRIC_DEFAULT`
    SymmetricDefault,
    /// `HMAC_224`
    Hmac224,
    /// `HMAC_256`
    Hmac256,
    /// `HMAC_384`
    Hmac384,
    /// `HMAC_512`
    Hmac512,
    /// `SM2`
    Sm2,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    CustomerMasterKeySpec, { Rsa2048 => "RSA_2048", Rsa3072 => "RSA_3072", Rsa4096 =>
    "RSA_4096", EccNistP256 => "ECC_NIST_P256", EccNistP384 => "ECC_NIST_P384",
    EccNistP521 => "ECC_NIST_P521", EccSecgP256k1 => "ECC_SECG_P256K1", SymmetricDefault
    => "SYMMETRIC_DEFAULT", Hmac224 => "HMAC_224", Hmac256 => "HMAC_256", Hmac384 =>
    "HMAC_384", Hmac512 => "HMAC_512", Sm2 => "SM2" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataKeyPairSpec {
    /// `RSA_2048`
    Rsa2048,
    /// `RSA_3072`
    Rsa3072,
    /// `RSA_4096`
    Rsa4096,
    /// `ECC_NIST_P256`
    EccNistP256,
    /// `ECC_NIST_P384`
    EccNistP384,
    /// `ECC_NIST_P521`
    EccNistP521,
    /// `ECC_SECG_P256K1`
    EccSecgP256k1,
    /// `SM2`
    Sm2,
    /// `ECC_NIST_EDWARDS25519`
    EccNistEdwards25519,
    /// `ML_KEM_512`
    MlKem512,
    /// `ML_KEM_768`
    MlKem768,
    /// `ML_KEM_1024`
    MlKem1024,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DataKeyPairSpec, { Rsa2048 => "RSA_2048", Rsa3072 => "RSA_3072", Rsa4096 =>
    "RSA_4096", EccNistP256 => "ECC_NIST_P256", EccNistP384 => "ECC_NIST_P384",
    EccNistP521 => "ECC_NIST_P521", EccSecgP256k1 => "ECC_SECG_P256K1", Sm2 => "SM2",
    EccNistEdwards25519 => "ECC_NIST_EDWARDS25519", MlKem512 => "ML_KEM_512", MlKem768 =>
    "ML_KEM_768", MlKem1024 => "ML_KEM_1024" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataKeySpec {
    /// `AES_256`
    Aes256,
    /// `AES_128`
    Aes128,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(DataKeySpec, { Aes256 => "AES_256", Aes128 => "AES_128" });
#[derive(Clone, Default, PartialEq)]
pub struct DecapsulateInput {
    /// Identifies the asymmetric ML-KEM KMS key whose public key was used to produce the encapsulated shared secret. KMS uses the private key in the specified key pair to decapsulate the shared secret.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// The encapsulated (ciphertext) form of the shared secret to recover. This is the `SharedSecretCiphertextBlob` value that the Encapsulate operation returns. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub shared_secret_ciphertext_blob: Vec<u8>,
    /// Specifies the key encapsulation algorithm used to recover the shared secret. The only valid value is `ML\_KEM`.
    pub encapsulation_algorithm: EncapsulationAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    DecapsulateInput, DECAPSULATE_INPUT, [key_id, shared_secret_ciphertext_blob,
    encapsulation_algorithm, grant_tokens, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct DecapsulateOutput {
    /// The identifier of the ML-KEM KMS key used to decapsulate the shared secret.
    pub key_id: Option<String>,
    /// The plaintext shared secret recovered from the encapsulated form. It is a 32-byte value that matches the shared secret held by the encapsulating party. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub shared_secret: Option<Vec<u8>>,
    /// The key encapsulation algorithm used to recover the shared secret.
    pub encapsulation_algorithm: Option<EncapsulationAlgorithmSpec>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DecapsulateOutput, DECAPSULATE_OUTPUT, [key_id, shared_secret,
    encapsulation_algorithm], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DecryptInput {
    /// Ciphertext to be decrypted. The blob includes metadata.
    ///
    /// This parameter is required in all cases except when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE\_CIPHERTEXT`.
    pub ciphertext_blob: Option<Vec<u8>>,
    /// Specifies the encryption context to use when decrypting the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<rt::IndexMap<String, String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the KMS key that KMS uses to decrypt the ciphertext.
    ///
    /// Enter a key ID of the KMS key that was used to encrypt the ciphertext. If you identify a different KMS key, the `Decrypt` operation throws an `IncorrectKeyException`.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key or when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE\_CIPHERTEXT`. If you used a symmetric encryption KMS key, KMS can get the KMS key from metadata that it adds to the symmetric ciphertext blob. However, it is always recommended as a best practice. This practice ensures that you use the KMS key that you intend.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you should use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: Option<String>,
    /// Specifies the encryption algorithm that will be used to decrypt the ciphertext. Specify the same algorithm that was used to encrypt the data. If you specify a different algorithm, the `Decrypt` operation fails.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key. The default value, `SYMMETRIC\_DEFAULT`, represents the only supported algorithm that is valid for symmetric encryption KMS keys.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// A signed [attestation document](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES\_OAEP\_SHA\_256`.
    ///
    /// This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
    ///
    /// When you use this parameter, instead of returning the plaintext data, KMS encrypts the plaintext data with the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional parameter that only applies when `DryRun` is set to `true`.
    ///
    /// When set to `IGNORE\_CIPHERTEXT`, KMS performs only authorization validation without ciphertext validation. This allows you to test permissions without requiring a valid ciphertext blob.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run_modifiers: Option<Vec<DryRunModifierType>>,
}
rt::structure!(
    DecryptInput, DECRYPT_INPUT, [ciphertext_blob, encryption_context, grant_tokens,
    key_id, encryption_algorithm, recipient, dry_run, dry_run_modifiers]
);
#[derive(Clone, Default, PartialEq)]
pub struct DecryptOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to decrypt the ciphertext.
    pub key_id: Option<String>,
    /// Decrypted plaintext data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: Option<Vec<u8>>,
    /// The encryption algorithm that was used to decrypt the ciphertext.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The plaintext data encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<Vec<u8>>,
    /// The identifier of the key material used to decrypt the ciphertext. This field is present only when the operation uses a symmetric encryption KMS key. This field is omitted if the request includes the `Recipient` parameter.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DecryptOutput, DECRYPT_OUTPUT, [key_id, plaintext, encryption_algorithm,
    ciphertext_for_recipient, key_material_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteAliasInput {
    /// The alias to be deleted. The alias name must begin with `alias/` followed by the alias name, such as `alias/ExampleAlias`.
    pub alias_name: String,
}
rt::structure!(DeleteAliasInput, DELETE_ALIAS_INPUT, [alias_name]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCustomKeyStoreInput {
    /// Enter the ID of the custom key store you want to delete. To find the ID of a custom key store, use the DescribeCustomKeyStores operation.
    pub custom_key_store_id: String,
}
rt::structure!(
    DeleteCustomKeyStoreInput, DELETE_CUSTOM_KEY_STORE_INPUT, [custom_key_store_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCustomKeyStoreOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteCustomKeyStoreOutput, DELETE_CUSTOM_KEY_STORE_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteImportedKeyMaterialInput {
    /// Identifies the KMS key from which you are deleting imported key material. The `Origin` of the KMS key must be `EXTERNAL`.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Identifies the imported key material you are deleting.
    ///
    /// If no KeyMaterialId is specified, KMS deletes the current key material.
    ///
    /// To get the list of key material IDs associated with a KMS key, use ListKeyRotations.
    pub key_material_id: Option<String>,
}
rt::structure!(
    DeleteImportedKeyMaterialInput, DELETE_IMPORTED_KEY_MATERIAL_INPUT, [key_id,
    key_material_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteImportedKeyMaterialOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key from which the key material was deleted.
    pub key_id: Option<String>,
    /// Identifies the deleted key material.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteImportedKeyMaterialOutput, DELETE_IMPORTED_KEY_MATERIAL_OUTPUT, [key_id,
    key_material_id], meta = response_metadata
);
/// The system timed out while trying to fulfill the request. You can retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct DependencyTimeoutException {
    pub message: Option<String>,
}
rt::structure!(DependencyTimeoutException, DEPENDENCY_TIMEOUT_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct DeriveSharedSecretInput {
    /// Identifies an asymmetric NIST-standard ECC or SM2 (China Regions only) KMS key. KMS uses the private key in the specified key pair to derive the shared secret. The key usage of the KMS key must be `KEY\_AGREEMENT`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Specifies the key agreement algorithm used to derive the shared secret. The only valid value is `ECDH`.
    pub key_agreement_algorithm: KeyAgreementAlgorithmSpec,
    /// Specifies the public key in your peer's NIST-standard elliptic curve (ECC) or SM2 (China Regions only) key pair.
    ///
    /// The public key must be a DER-encoded X.509 public key, also known as `SubjectPublicKeyInfo` (SPKI), as defined in [RFC 5280](https://tools.ietf.org/html/rfc5280).
    ///
    /// GetPublicKey returns the public key of an asymmetric KMS key pair in the required DER-encoded format.
    ///
    /// If you use [Amazon Web Services CLI version 1](https://docs.aws.amazon.com/cli/v1/userguide/cli-chap-welcome.html), you must provide the DER-encoded X.509 public key in a file. Otherwise, the Amazon Web Services CLI Base64-encodes the public key a second time, resulting in a `ValidationException`.
    ///
    /// You can specify the public key as binary data in a file using fileb (`fileb://\<path-to-file\>`) or in-line using a Base64 encoded string.
    pub public_key: Vec<u8>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES\_OAEP\_SHA\_256`.
    ///
    /// This parameter only supports attestation documents for Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM. To call DeriveSharedSecret generate an attestation document use either [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) for an Amazon Web Services Nitro Enclaves or [Amazon Web Services NitroTPM tools](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/attestation-get-doc.html) for Amazon Web Services NitroTPM. Then use the Recipient parameter from any Amazon Web Services SDK to provide the attestation document for the attested environment.
    ///
    /// When you use this parameter, instead of returning a plaintext copy of the shared secret, KMS encrypts the plaintext shared secret under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `CiphertextBlob` field in the response contains the encrypted shared secret derived from the KMS key specified by the `KeyId` parameter and public key specified by the `PublicKey` parameter. The `SharedSecret` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
}
rt::structure!(
    DeriveSharedSecretInput, DERIVE_SHARED_SECRET_INPUT, [key_id,
    key_agreement_algorithm, public_key, grant_tokens, dry_run, recipient]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeriveSharedSecretOutput {
    /// Identifies the KMS key used to derive the shared secret.
    pub key_id: Option<String>,
    /// The raw secret derived from the specified key agreement algorithm, private key in the asymmetric KMS key, and your peer's public key.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `SharedSecret` field is null or empty.
    pub shared_secret: Option<Vec<u8>>,
    /// The plaintext shared secret encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<Vec<u8>>,
    /// Identifies the key agreement algorithm used to derive the shared secret.
    pub key_agreement_algorithm: Option<KeyAgreementAlgorithmSpec>,
    /// The source of the key material for the specified KMS key.
    ///
    /// When this value is `AWS\_KMS`, KMS created the key material. When this value is `EXTERNAL`, the key material was imported or the KMS key doesn't have any key material.
    ///
    /// The only valid values for DeriveSharedSecret are `AWS\_KMS` and `EXTERNAL`. DeriveSharedSecret does not support KMS keys with a `KeyOrigin` value of `AWS\_CLOUDHSM` or `EXTERNAL\_KEY\_STORE`.
    pub key_origin: Option<OriginType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeriveSharedSecretOutput, DERIVE_SHARED_SECRET_OUTPUT, [key_id, shared_secret,
    ciphertext_for_recipient, key_agreement_algorithm, key_origin], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeCustomKeyStoresInput {
    /// Gets only information about the specified custom key store. Enter the key store ID.
    ///
    /// By default, this operation gets information about all custom key stores in the account and Region. To limit the output to a particular custom key store, provide either the `CustomKeyStoreId` or `CustomKeyStoreName` parameter, but not both.
    pub custom_key_store_id: Option<String>,
    /// Gets only information about the specified custom key store. Enter the friendly name of the custom key store.
    ///
    /// By default, this operation gets information about all custom key stores in the account and Region. To limit the output to a particular custom key store, provide either the `CustomKeyStoreId` or `CustomKeyStoreName` parameter, but not both.
    pub custom_key_store_name: Option<String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}
rt::structure!(
    DescribeCustomKeyStoresInput, DESCRIBE_CUSTOM_KEY_STORES_INPUT, [custom_key_store_id,
    custom_key_store_name, limit, marker]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeCustomKeyStoresOutput {
    /// Contains metadata about each custom key store.
    pub custom_key_stores: Option<Vec<CustomKeyStoresListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeCustomKeyStoresOutput, DESCRIBE_CUSTOM_KEY_STORES_OUTPUT, [custom_key_stores,
    next_marker, truncated], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeKeyInput {
    /// Describes the specified KMS key.
    ///
    /// If you specify a predefined Amazon Web Services alias (an Amazon Web Services alias with no key ID), KMS associates the alias with an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key) and returns its `KeyId` and `Arn` in the response.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
}
rt::structure!(DescribeKeyInput, DESCRIBE_KEY_INPUT, [key_id, grant_tokens]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeKeyOutput {
    /// Metadata associated with the key.
    pub key_metadata: Option<KeyMetadata>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeKeyOutput, DESCRIBE_KEY_OUTPUT, [key_metadata], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DisableKeyInput {
    /// Identifies the KMS key to disable.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(DisableKeyInput, DISABLE_KEY_INPUT, [key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct DisableKeyRotationInput {
    /// Identifies a symmetric encryption KMS key. You cannot enable or disable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html#asymmetric-cmks), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html).
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(DisableKeyRotationInput, DISABLE_KEY_ROTATION_INPUT, [key_id]);
/// The request was rejected because the specified KMS key is not enabled.
#[derive(Clone, Default, PartialEq)]
pub struct DisabledException {
    pub message: Option<String>,
}
rt::structure!(DisabledException, DISABLED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct DisconnectCustomKeyStoreInput {
    /// Enter the ID of the custom key store you want to disconnect. To find the ID of a custom key store, use the DescribeCustomKeyStores operation.
    pub custom_key_store_id: String,
}
rt::structure!(
    DisconnectCustomKeyStoreInput, DISCONNECT_CUSTOM_KEY_STORE_INPUT,
    [custom_key_store_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisconnectCustomKeyStoreOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisconnectCustomKeyStoreOutput, DISCONNECT_CUSTOM_KEY_STORE_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DryRunModifierType {
    /// `IGNORE_CIPHERTEXT`
    IgnoreCiphertext,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(DryRunModifierType, { IgnoreCiphertext => "IGNORE_CIPHERTEXT" });
/// The request was rejected because the DryRun parameter was specified.
#[derive(Clone, Default, PartialEq)]
pub struct DryRunOperationException {
    pub message: Option<String>,
}
rt::structure!(DryRunOperationException, DRY_RUN_OPERATION_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct EnableKeyInput {
    /// Identifies the KMS key to enable.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(EnableKeyInput, ENABLE_KEY_INPUT, [key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct EnableKeyRotationInput {
    /// Identifies a symmetric encryption KMS key. You cannot enable automatic rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To enable or disable automatic rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), set the property on the primary key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Use this parameter to specify a custom period of time between each rotation date. If no value is specified, the default value is 365 days.
    ///
    /// The rotation period defines the number of days after you enable automatic key rotation that KMS will rotate your key material, and the number of days between each automatic rotation thereafter.
    ///
    /// You can use the [ `kms:RotationPeriodInDays` ](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-rotation-period-in-days) condition key to further constrain the values that principals can specify in the `RotationPeriodInDays` parameter.
    pub rotation_period_in_days: Option<i32>,
}
rt::structure!(
    EnableKeyRotationInput, ENABLE_KEY_ROTATION_INPUT, [key_id, rotation_period_in_days]
);
#[derive(Clone, Default, PartialEq)]
pub struct EncapsulateInput {
    /// Identifies an asymmetric ML-KEM KMS key. KMS uses the public key in the specified key pair to encapsulate the shared secret. ML-KEM KMS keys have a `KeySpec` value of `ML\_KEM\_512`, `ML\_KEM\_768`, or `ML\_KEM\_1024` and a `KeyUsage` value of `ENCAPSULATE\_DECAPSULATE`. To find the `KeySpec` and `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Specifies the key encapsulation algorithm used to generate the shared secret and its encapsulated form. The only valid value is `ML\_KEM`.
    pub encapsulation_algorithm: EncapsulationAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    EncapsulateInput, ENCAPSULATE_INPUT, [key_id, encapsulation_algorithm, grant_tokens,
    dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct EncapsulateOutput {
    /// The identifier of the ML-KEM KMS key used to encapsulate the shared secret.
    pub key_id: Option<String>,
    /// The plaintext shared secret. It is a 32-byte cryptographically random value that both parties can use directly as key material or pass through a key derivation function to generate multiple keys and nonces. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub shared_secret: Option<Vec<u8>>,
    /// The encapsulated form of the shared secret. Pass this value to the Decapsulate operation to recover the shared secret. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. The length of `SharedSecretCiphertextBlob` depends on the ML-KEM key spec. Before Base64 encoding, the encapsulated shared secret is 768 bytes for `ML\_KEM\_512`, 1088 bytes for `ML\_KEM\_768`, and 1568 bytes for `ML\_KEM\_1024`.
    pub shared_secret_ciphertext_blob: Option<Vec<u8>>,
    /// The key encapsulation algorithm used to generate the shared secret.
    pub encapsulation_algorithm: Option<EncapsulationAlgorithmSpec>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EncapsulateOutput, ENCAPSULATE_OUTPUT, [key_id, shared_secret,
    shared_secret_ciphertext_blob, encapsulation_algorithm], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncapsulationAlgorithmSpec {
    /// `ML_KEM`
    MlKem,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(EncapsulationAlgorithmSpec, { MlKem => "ML_KEM" });
#[derive(Clone, Default, PartialEq)]
pub struct EncryptInput {
    /// Identifies the KMS key to use in the encryption operation. The KMS key must have a `KeyUsage` of `ENCRYPT\_DECRYPT`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Data to be encrypted.
    pub plaintext: Vec<u8>,
    /// Specifies the encryption context that will be used to encrypt the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<rt::IndexMap<String, String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the encryption algorithm that KMS will use to encrypt the plaintext message. The algorithm must be compatible with the KMS key that you specify.
    ///
    /// This parameter is required only for asymmetric KMS keys. The default value, `SYMMETRIC\_DEFAULT`, is the algorithm used for symmetric encryption KMS keys. If you are using an asymmetric KMS key, we recommend RSAES\_OAEP\_SHA\_256.
    ///
    /// The SM2PKE algorithm is only available in China Regions.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    EncryptInput, ENCRYPT_INPUT, [key_id, plaintext, encryption_context, grant_tokens,
    encryption_algorithm, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct EncryptOutput {
    /// The encrypted plaintext. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Vec<u8>>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to encrypt the plaintext.
    pub key_id: Option<String>,
    /// The encryption algorithm that was used to encrypt the plaintext.
    pub encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EncryptOutput, ENCRYPT_OUTPUT, [ciphertext_blob, key_id, encryption_algorithm], meta
    = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionAlgorithmSpec {
    /// `SYMMETRIC_DEFAULT`
    SymmetricDefault,
    /// `RSAES_OAEP_SHA_1`
    RsaesOaepSha1,
    /// `RSAES_OAEP_SHA_256`
    RsaesOaepSha256,
    /// `SM2PKE`
    Sm2pke,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EncryptionAlgorithmSpec, { SymmetricDefault => "SYMMETRIC_DEFAULT", RsaesOaepSha1 =>
    "RSAES_OAEP_SHA_1", RsaesOaepSha256 => "RSAES_OAEP_SHA_256", Sm2pke => "SM2PKE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpirationModelType {
    /// `KEY_MATERIAL_EXPIRES`
    KeyMaterialExpires,
    /// `KEY_MATERIAL_DOES_NOT_EXPIRE`
    KeyMaterialDoesNotExpire,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ExpirationModelType, { KeyMaterialExpires => "KEY_MATERIAL_EXPIRES",
    KeyMaterialDoesNotExpire => "KEY_MATERIAL_DOES_NOT_EXPIRE" }
);
/// The request was rejected because the specified import token is expired. Use GetParametersForImport to get a new import token and public key, use the new public key to encrypt the key material, and then try the request again.
#[derive(Clone, Default, PartialEq)]
pub struct ExpiredImportTokenException {
    pub message: Option<String>,
}
rt::structure!(ExpiredImportTokenException, EXPIRED_IMPORT_TOKEN_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairInput {
    /// Specifies the encryption context that will be used when encrypting the private key in the data key pair.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<rt::IndexMap<String, String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the private key in the data key pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Determines the type of data key pair that is generated.
    ///
    /// The KMS rule that restricts the use of asymmetric RSA and SM2 KMS keys to encrypt and decrypt or to sign and verify (but not both), the rule that permits you to use ECC KMS keys only to sign and verify, and the rule that permits you to use ML-DSA key pairs to sign and verify only are not effective on data key pairs, which are used outside of KMS. The SM2 key spec is only available in China Regions. The ML-KEM key specs are not available in China Regions.
    pub key_pair_spec: DataKeyPairSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES\_OAEP\_SHA\_256`.
    ///
    /// This parameter only supports attestation documents for Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM. To call GenerateDataKeyPair generate an attestation document use either [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) for an Amazon Web Services Nitro Enclaves or [Amazon Web Services NitroTPM tools](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/attestation-get-doc.html) for Amazon Web Services NitroTPM. Then use the Recipient parameter from any Amazon Web Services SDK to provide the attestation document for the attested environment.
    ///
    /// When you use this parameter, instead of returning a plaintext copy of the private data key, KMS encrypts the plaintext private data key under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `CiphertextBlob` field in the response contains a copy of the private data key encrypted under the KMS key specified by the `KeyId` parameter. The `PrivateKeyPlaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GenerateDataKeyPairInput, GENERATE_DATA_KEY_PAIR_INPUT, [encryption_context, key_id,
    key_pair_spec, grant_tokens, recipient, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairOutput {
    /// The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_ciphertext_blob: Option<Vec<u8>>,
    /// The plaintext copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `PrivateKeyPlaintext` field is null or empty.
    pub private_key_plaintext: Option<Vec<u8>>,
    /// The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<Vec<u8>>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the private key.
    pub key_id: Option<String>,
    /// The type of data key pair that was generated.
    pub key_pair_spec: Option<DataKeyPairSpec>,
    /// The plaintext private data key encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<Vec<u8>>,
    /// The identifier of the key material used to encrypt the private key.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateDataKeyPairOutput, GENERATE_DATA_KEY_PAIR_OUTPUT,
    [private_key_ciphertext_blob, private_key_plaintext, public_key, key_id,
    key_pair_spec, ciphertext_for_recipient, key_material_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairWithoutPlaintextInput {
    /// Specifies the encryption context that will be used when encrypting the private key in the data key pair.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<rt::IndexMap<String, String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the private key in the data key pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Determines the type of data key pair that is generated.
    ///
    /// The KMS rule that restricts the use of asymmetric RSA and SM2 KMS keys to encrypt and decrypt or to sign and verify (but not both), the rule that permits you to use ECC KMS keys only to sign and verify, and the rule that permits you to use ML-DSA key pairs to sign and verify only are not effective on data key pairs, which are used outside of KMS. The SM2 key spec is only available in China Regions. The ML-KEM key specs are not available in China Regions.
    pub key_pair_spec: DataKeyPairSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GenerateDataKeyPairWithoutPlaintextInput,
    GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT_INPUT, [encryption_context, key_id,
    key_pair_spec, grant_tokens, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyPairWithoutPlaintextOutput {
    /// The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub private_key_ciphertext_blob: Option<Vec<u8>>,
    /// The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<Vec<u8>>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the private key.
    pub key_id: Option<String>,
    /// The type of data key pair that was generated.
    pub key_pair_spec: Option<DataKeyPairSpec>,
    /// The identifier of the key material used to encrypt the private key.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateDataKeyPairWithoutPlaintextOutput,
    GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT_OUTPUT, [private_key_ciphertext_blob,
    public_key, key_id, key_pair_spec, key_material_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyInput {
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Specifies the encryption context that will be used when encrypting the data key.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<rt::IndexMap<String, String>>,
    /// Specifies the length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For 128-bit (16-byte) and 256-bit (32-byte) data keys, use the `KeySpec` parameter.
    ///
    /// You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
    pub number_of_bytes: Option<i32>,
    /// Specifies the length of the data key. Use `AES\_128` to generate a 128-bit symmetric key, or `AES\_256` to generate a 256-bit symmetric key.
    ///
    /// You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
    pub key_spec: Option<DataKeySpec>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES\_OAEP\_SHA\_256`.
    ///
    /// This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
    ///
    /// When you use this parameter, instead of returning the plaintext data key, KMS encrypts the plaintext data key under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the enclave. The `CiphertextBlob` field in the response contains a copy of the data key encrypted under the KMS key specified by the `KeyId` parameter. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GenerateDataKeyInput, GENERATE_DATA_KEY_INPUT, [key_id, encryption_context,
    number_of_bytes, key_spec, grant_tokens, recipient, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyOutput {
    /// The encrypted copy of the data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Vec<u8>>,
    /// The plaintext data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. Use this data key to encrypt your data outside of KMS. Then, remove it from memory as soon as possible.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: Option<Vec<u8>>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key.
    pub key_id: Option<String>,
    /// The plaintext data key encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<Vec<u8>>,
    /// The identifier of the key material used to encrypt the data key. This field is omitted if the request includes the `Recipient` parameter.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateDataKeyOutput, GENERATE_DATA_KEY_OUTPUT, [ciphertext_blob, plaintext, key_id,
    ciphertext_for_recipient, key_material_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyWithoutPlaintextInput {
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Specifies the encryption context that will be used when encrypting the data key.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub encryption_context: Option<rt::IndexMap<String, String>>,
    /// The length of the data key. Use `AES\_128` to generate a 128-bit symmetric key, or `AES\_256` to generate a 256-bit symmetric key.
    pub key_spec: Option<DataKeySpec>,
    /// The length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For common key lengths (128-bit and 256-bit symmetric keys), we recommend that you use the `KeySpec` field instead of this one.
    pub number_of_bytes: Option<i32>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GenerateDataKeyWithoutPlaintextInput, GENERATE_DATA_KEY_WITHOUT_PLAINTEXT_INPUT,
    [key_id, encryption_context, key_spec, number_of_bytes, grant_tokens, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyWithoutPlaintextOutput {
    /// The encrypted data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Vec<u8>>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key.
    pub key_id: Option<String>,
    /// The identifier of the key material used to encrypt the data key.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateDataKeyWithoutPlaintextOutput, GENERATE_DATA_KEY_WITHOUT_PLAINTEXT_OUTPUT,
    [ciphertext_blob, key_id, key_material_id], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateMacInput {
    /// The message to be hashed. Specify a message of up to 4,096 bytes.
    ///
    /// `GenerateMac` and VerifyMac do not provide special handling for message digests. If you generate an HMAC for a hash digest of a message, you must verify the HMAC of the same hash digest.
    pub message: Vec<u8>,
    /// The HMAC KMS key to use in the operation. The MAC algorithm computes the HMAC for the message and the key as described in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
    ///
    /// To identify an HMAC KMS key, use the DescribeKey operation and see the `KeySpec` field in the response.
    pub key_id: String,
    /// The MAC algorithm used in the operation.
    ///
    /// The algorithm must be compatible with the HMAC KMS key that you specify. To find the MAC algorithms that your HMAC KMS key supports, use the DescribeKey operation and see the `MacAlgorithms` field in the `DescribeKey` response.
    pub mac_algorithm: MacAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    GenerateMacInput, GENERATE_MAC_INPUT, [message, key_id, mac_algorithm, grant_tokens,
    dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateMacOutput {
    /// The hash-based message authentication code (HMAC) that was generated for the specified message, HMAC KMS key, and MAC algorithm.
    ///
    /// This is the standard, raw HMAC defined in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
    pub mac: Option<Vec<u8>>,
    /// The MAC algorithm that was used to generate the HMAC.
    pub mac_algorithm: Option<MacAlgorithmSpec>,
    /// The HMAC KMS key used in the operation.
    pub key_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateMacOutput, GENERATE_MAC_OUTPUT, [mac, mac_algorithm, key_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateRandomInput {
    /// The length of the random byte string. This parameter is required.
    pub number_of_bytes: Option<i32>,
    /// Generates the random byte string in the CloudHSM cluster that is associated with the specified CloudHSM key store. To find the ID of a custom key store, use the DescribeCustomKeyStores operation.
    ///
    /// External key store IDs are not valid for this parameter. If you specify the ID of an external key store, `GenerateRandom` throws an `UnsupportedOperationException`.
    pub custom_key_store_id: Option<String>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES\_OAEP\_SHA\_256`.
    ///
    /// This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
    ///
    /// When you use this parameter, instead of returning plaintext bytes, KMS encrypts the plaintext bytes under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the attested environment. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub recipient: Option<RecipientInfo>,
}
rt::structure!(
    GenerateRandomInput, GENERATE_RANDOM_INPUT, [number_of_bytes, custom_key_store_id,
    recipient]
);
#[derive(Clone, Default, PartialEq)]
pub struct GenerateRandomOutput {
    /// The random byte string. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: Option<Vec<u8>>,
    /// The plaintext random bytes encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: Option<Vec<u8>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GenerateRandomOutput, GENERATE_RANDOM_OUTPUT, [plaintext, ciphertext_for_recipient],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetKeyLastUsageInput {
    /// Identifies the KMS key to get usage information for. To specify a KMS key, use its key ID or key ARN. Alias names are not supported.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(GetKeyLastUsageInput, GET_KEY_LAST_USAGE_INPUT, [key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetKeyLastUsageOutput {
    /// The globally unique identifier for the KMS key.
    pub key_id: Option<String>,
    /// Contains usage information about the last time the KMS key was used for a successful cryptographic operation. If the key has not been used since tracking began, this response element is an empty object.
    pub key_last_usage: Option<KeyLastUsageData>,
    /// The date from which KMS began recording cryptographic activity for this key, or the date the KMS key was created, whichever is later.
    pub tracking_start_date: Option<rt::DateTime>,
    /// The date and time when the KMS key was created.
    pub key_creation_date: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetKeyLastUsageOutput, GET_KEY_LAST_USAGE_OUTPUT, [key_id, key_last_usage,
    tracking_start_date, key_creation_date], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetKeyPolicyInput {
    /// Identifies the KMS key whose key policy you want to get.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Specifies the name of the key policy. If no policy name is specified, the default value is `default`. Valid values are `default` and `AWS\_RAM`. Use `AWS\_RAM` to get the key policy that RAM manages for a KMS key that you share through RAM. If the KMS key doesn't have an `AWS\_RAM` key policy, the request fails with a `NotFoundException`. To get the names of key policies, use ListKeyPolicies.
    pub policy_name: Option<String>,
}
rt::structure!(GetKeyPolicyInput, GET_KEY_POLICY_INPUT, [key_id, policy_name]);
#[derive(Clone, Default, PartialEq)]
pub struct GetKeyPolicyOutput {
    /// A key policy document in JSON format.
    pub policy: Option<String>,
    /// The name of the key policy. Valid values are:
    ///
    /// default
    ///
    /// The key policy that you manage.
    ///
    /// AWS\_RAM
    ///
    /// The key policy that RAM manages for KMS keys that you share through RAM.
    pub policy_name: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetKeyPolicyOutput, GET_KEY_POLICY_OUTPUT, [policy, policy_name], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetKeyRotationStatusInput {
    /// Gets the rotation status for the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(GetKeyRotationStatusInput, GET_KEY_ROTATION_STATUS_INPUT, [key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetKeyRotationStatusOutput {
    /// A Boolean value that specifies whether key rotation is enabled.
    pub key_rotation_enabled: Option<bool>,
    /// Identifies the specified symmetric encryption KMS key.
    pub key_id: Option<String>,
    /// The number of days between each automatic rotation. The default value is 365 days.
    pub rotation_period_in_days: Option<i32>,
    /// The next date that KMS will automatically rotate the key material.
    pub next_rotation_date: Option<rt::DateTime>,
    /// Identifies the date and time that an in progress on-demand rotation was initiated.
    ///
    /// KMS uses a background process to perform rotations. As a result, there might be a slight delay between initiating on-demand key rotation and the rotation's completion. Once the on-demand rotation is complete, KMS removes this field from the response. You can use ListKeyRotations to view the details of the completed on-demand rotation.
    pub on_demand_rotation_start_date: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetKeyRotationStatusOutput, GET_KEY_ROTATION_STATUS_OUTPUT, [key_rotation_enabled,
    key_id, rotation_period_in_days, next_rotation_date, on_demand_rotation_start_date],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetParametersForImportInput {
    /// The identifier of the KMS key that will be associated with the imported key material. The `Origin` of the KMS key must be `EXTERNAL`.
    ///
    /// All KMS key types are supported, including multi-Region keys. However, you cannot import key material into a KMS key in a custom key store.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The algorithm you will use with the RSA public key (`PublicKey`) in the response to protect your key material during import. For more information, see [Select a wrapping algorithm](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-get-public-key-and-token.html#select-wrapping-algorithm) in the *Key Management Service Developer Guide*.
    ///
    /// For RSA\_AES wrapping algorithms, you encrypt your key material with an AES key that you generate, then encrypt your AES key with the RSA public key from KMS. For RSAES wrapping algorithms, you encrypt your key material directly with the RSA public key from KMS.
    ///
    /// The wrapping algorithms that you can use depend on the type of key material that you are importing. To import an RSA private key, you must use an RSA\_AES wrapping algorithm.
    ///
    /// - **RSA\_AES\_KEY\_WRAP\_SHA\_256** — Supported for wrapping RSA and ECC key material.
    ///
    /// - **RSA\_AES\_KEY\_WRAP\_SHA\_1** — Supported for wrapping RSA and ECC key material.
    ///
    /// - **RSAES\_OAEP\_SHA\_256** — Supported for all types of key material, except RSA key material (private key).
    ///
    /// You cannot use the RSAES\_OAEP\_SHA\_256 wrapping algorithm with the RSA\_2048 wrapping key spec to wrap ECC\_NIST\_P521 key material.
    ///
    /// - **RSAES\_OAEP\_SHA\_1** — Supported for all types of key material, except RSA key material (private key).
    ///
    /// You cannot use the RSAES\_OAEP\_SHA\_1 wrapping algorithm with the RSA\_2048 wrapping key spec to wrap ECC\_NIST\_P521 key material.
    ///
    /// - **RSAES\_PKCS1\_V1\_5** (Deprecated) — As of October 10, 2023, KMS does not support the RSAES\_PKCS1\_V1\_5 wrapping algorithm.
    pub wrapping_algorithm: AlgorithmSpec,
    /// The type of RSA public key to return in the response. You will use this wrapping key with the specified wrapping algorithm to protect your key material during import.
    ///
    /// Use the longest RSA wrapping key that is practical.
    ///
    /// You cannot use an RSA\_2048 public key to directly wrap an ECC\_NIST\_P521 private key. Instead, use an RSA\_AES wrapping algorithm or choose a longer RSA public key.
    pub wrapping_key_spec: WrappingKeySpec,
}
rt::structure!(
    GetParametersForImportInput, GET_PARAMETERS_FOR_IMPORT_INPUT, [key_id,
    wrapping_algorithm, wrapping_key_spec]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetParametersForImportOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key to use in a subsequent ImportKeyMaterial request. This is the same KMS key specified in the `GetParametersForImport` request.
    pub key_id: Option<String>,
    /// The import token to send in a subsequent ImportKeyMaterial request.
    pub import_token: Option<Vec<u8>>,
    /// The public key to use to encrypt the key material before importing it with ImportKeyMaterial.
    pub public_key: Option<Vec<u8>>,
    /// The time at which the import token and public key are no longer valid. After this time, you cannot use them to make an ImportKeyMaterial request and you must send another `GetParametersForImport` request to get new ones.
    pub parameters_valid_to: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetParametersForImportOutput, GET_PARAMETERS_FOR_IMPORT_OUTPUT, [key_id,
    import_token, public_key, parameters_valid_to], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetPublicKeyInput {
    /// Identifies the asymmetric KMS key that includes the public key.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
}
rt::structure!(GetPublicKeyInput, GET_PUBLIC_KEY_INPUT, [key_id, grant_tokens]);
#[derive(Clone, Default, PartialEq)]
pub struct GetPublicKeyOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key from which the public key was downloaded.
    pub key_id: Option<String>,
    /// The exported public key.
    ///
    /// The value is a DER-encoded X.509 public key, also known as `SubjectPublicKeyInfo` (SPKI), as defined in [RFC 5280](https://tools.ietf.org/html/rfc5280). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub public_key: Option<Vec<u8>>,
    /// Instead, use the `KeySpec` field in the `GetPublicKey` response.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` fields have the same value. We recommend that you use the `KeySpec` field in your code. However, to avoid breaking changes, KMS supports both fields.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// The type of the of the public key that was downloaded.
    pub key_spec: Option<KeySpec>,
    /// The permitted use of the public key. Valid values for asymmetric key pairs are `ENCRYPT\_DECRYPT`, `SIGN\_VERIFY`, and `KEY\_AGREEMENT`.
    ///
    /// This information is critical. For example, if a public key with `SIGN\_VERIFY` key usage encrypts data outside of KMS, the ciphertext cannot be decrypted.
    pub key_usage: Option<KeyUsageType>,
    /// The encryption algorithms that KMS supports for this key.
    ///
    /// This information is critical. If a public key encrypts data outside of KMS by using an unsupported encryption algorithm, the ciphertext cannot be decrypted.
    ///
    /// This field appears in the response only when the `KeyUsage` of the public key is `ENCRYPT\_DECRYPT`.
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    /// The signing algorithms that KMS supports for this key.
    ///
    /// This field appears in the response only when the `KeyUsage` of the public key is `SIGN\_VERIFY`.
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    /// The key agreement algorithm used to derive a shared secret. This field is present only when the KMS key has a `KeyUsage` value of `KEY\_AGREEMENT`.
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
    /// The key encapsulation algorithm used to establish a shared secret. This field is present only when the KMS key has a `KeyUsage` value of `ENCAPSULATE\_DECAPSULATE`.
    pub encapsulation_algorithms: Option<Vec<EncapsulationAlgorithmSpec>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetPublicKeyOutput, GET_PUBLIC_KEY_OUTPUT, [key_id, public_key,
    customer_master_key_spec, key_spec, key_usage, encryption_algorithms,
    signing_algorithms, key_agreement_algorithms, encapsulation_algorithms], meta =
    response_metadata
);
/// Use this structure to allow [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) in the grant only when the operation request meets the specified constraints.
///
/// KMS supports the following grant constraints:
///
/// - `EncryptionContextEquals` and `EncryptionContextSubset` — These encryption context constraints apply only to cryptographic operations that support an encryption context, that is, all cryptographic operations with a symmetric KMS key. Encryption context grant constraints are not applied to operations that do not support an encryption context, such as cryptographic operations with asymmetric KMS keys and management operations, such as DescribeKey or RetireGrant.
///
/// In a cryptographic operation, the encryption context in the decryption operation must be an exact, case-sensitive match for the keys and values in the encryption context of the encryption operation. Only the order of the pairs can vary.
///
/// However, in a grant constraint, the key in each key-value pair is not case sensitive, but the value is case sensitive.
///
/// To avoid confusion, do not use multiple encryption context pairs that differ only by case. To require a fully case-sensitive encryption context, use the `kms:EncryptionContext:` and `kms:EncryptionContextKeys` conditions in an IAM or key policy. For details, see [kms:EncryptionContext:context-key](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-encryption-context) in the * *Key Management Service Developer Guide* *.
///
/// - `SourceArn` — This grant constraint allows the permissions in the grant only when the request is made on behalf of a specific Amazon Web Services resource, identified by its [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html). This is effectively the same as having the [aws:SourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn) global condition key in the grant. The SourceArn constraint is supported on grants for all types of KMS keys and can also be applied to the DescribeKey operation when specified in the request. However, it does not apply to RetireGrant operation.
#[derive(Clone, Default, PartialEq)]
pub struct GrantConstraints {
    /// A list of key-value pairs that must be included in the encryption context of the [cryptographic operation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) request. The grant allows the cryptographic operation only when the encryption context in the request includes the key-value pairs specified in this constraint, although it can include additional key-value pairs.
    pub encryption_context_subset: Option<rt::IndexMap<String, String>>,
    /// A list of key-value pairs that must match the encryption context in the [cryptographic operation](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) request. The grant allows the operation only when the encryption context in the request is the same as the encryption context specified in this constraint.
    pub encryption_context_equals: Option<rt::IndexMap<String, String>>,
    /// The [ Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of an Amazon Web Services resource on behalf of which the request is made. This is effectively the same as having the [aws:SourceArn](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn) global condition key in the grant. The SourceArn constraint ensures that the principal can use the KMS key only when the request is made on behalf of the specified resource.
    pub source_arn: Option<String>,
}
rt::structure!(
    GrantConstraints, GRANT_CONSTRAINTS, [encryption_context_subset,
    encryption_context_equals, source_arn]
);
/// Contains information about a grant.
#[derive(Clone, Default, PartialEq)]
pub struct GrantListEntry {
    /// The unique identifier for the KMS key to which the grant applies.
    pub key_id: Option<String>,
    /// The unique identifier for the grant.
    pub grant_id: Option<String>,
    /// The friendly name that identifies the grant. If a name was provided in the CreateGrant request, that name is returned. Otherwise this value is null.
    pub name: Option<String>,
    /// The date and time when the grant was created.
    pub creation_date: Option<rt::DateTime>,
    /// The identity that gets the permissions in the grant.
    ///
    /// When a grant is created with the `GranteePrincipal` field, the `ListGrants` response usually contains the user or role designated as the grantee principal in the grant. However, if the grantee principal is an Amazon Web Services service, the `GranteePrincipal` field contains an Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services), which might correspond to several different grantee principals, such as an IAM user, IAM role, or Amazon Web Services account.
    pub grantee_principal: Option<String>,
    /// The principal that can retire the grant.
    pub retiring_principal: Option<String>,
    /// The Amazon Web Services account under which the grant was issued.
    pub issuing_account: Option<String>,
    /// The list of operations permitted by the grant.
    pub operations: Option<Vec<GrantOperation>>,
    /// The constraints on the grant, such as encryption context pairs or a SourceArn, that restrict the subsequent operations the grant allows.
    pub constraints: Option<GrantConstraints>,
    /// The Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services) that gets the permissions in the grant.
    pub grantee_service_principal: Option<String>,
    /// The Amazon Web Services [service principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services) that can retire the grant.
    pub retiring_service_principal: Option<String>,
}
rt::structure!(
    GrantListEntry, GRANT_LIST_ENTRY, [key_id, grant_id, name, creation_date,
    grantee_principal, retiring_principal, issuing_account, operations, constraints,
    grantee_service_principal, retiring_service_principal]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GrantOperation {
    /// `Decrypt`
    Decrypt,
    /// `Encrypt`
    Encrypt,
    /// `GenerateDataKey`
    GenerateDataKey,
    /// `GenerateDataKeyWithoutPlaintext`
    GenerateDataKeyWithoutPlaintext,
    /// `ReEncryptFrom`
    ReEncryptFrom,
    /// `ReEncryptTo`
    ReEncryptTo,
    /// `Sign`
    Sign,
    /// `Verify`
    Verify,
    /// `GetPublicKey`
    GetPublicKey,
    /// `CreateGrant`
    CreateGrant,
    /// `RetireGrant`
    RetireGrant,
    /// `DescribeKey`
    DescribeKey,
    /// `GenerateDataKeyPair`
    GenerateDataKeyPair,
    /// `GenerateDataKeyPairWithoutPlaintext`
    GenerateDataKeyPairWithoutPlaintext,
    /// `GenerateMac`
    GenerateMac,
    /// `VerifyMac`
    VerifyMac,
    /// `DeriveSharedSecret`
    DeriveSharedSecret,
    /// `Encapsulate`
    Encapsulate,
    /// `Decapsulate`
    Decapsulate,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GrantOperation, { Decrypt => "Decrypt", Encrypt => "Encrypt", GenerateDataKey =>
    "GenerateDataKey", GenerateDataKeyWithoutPlaintext =>
    "GenerateDataKeyWithoutPlaintext", ReEncryptFrom => "ReEncryptFrom", ReEncryptTo =>
    "ReEncryptTo", Sign => "Sign", Verify => "Verify", GetPublicKey => "GetPublicKey",
    CreateGrant => "CreateGrant", RetireGrant => "RetireGrant", DescribeKey =>
    "DescribeKey", GenerateDataKeyPair => "GenerateDataKeyPair",
    GenerateDataKeyPairWithoutPlaintext => "GenerateDataKeyPairWithoutPlaintext",
    GenerateMac => "GenerateMac", VerifyMac => "VerifyMac", DeriveSharedSecret =>
    "DeriveSharedSecret", Encapsulate => "Encapsulate", Decapsulate => "Decapsulate" }
);
#[derive(Clone, Default, PartialEq)]
pub struct ImportKeyMaterialInput {
    /// The identifier of the KMS key that will be associated with the imported key material. This must be the same KMS key specified in the `KeyID` parameter of the corresponding GetParametersForImport request. The `Origin` of the KMS key must be `EXTERNAL` and its `KeyState` must be `PendingImport`.
    ///
    /// The KMS key can be a symmetric encryption KMS key, HMAC KMS key, asymmetric encryption KMS key, or asymmetric signing KMS key, including a [multi-Region key](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) of any supported type. You cannot perform this operation on a KMS key in a custom key store, or on a KMS key in a different Amazon Web Services account.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The import token that you received in the response to a previous GetParametersForImport request. It must be from the same response that contained the public key that you used to encrypt the key material.
    pub import_token: Vec<u8>,
    /// The encrypted key material to import. The key material must be encrypted under the public wrapping key that GetParametersForImport returned, using the wrapping algorithm that you specified in the same `GetParametersForImport` request.
    pub encrypted_key_material: Vec<u8>,
    /// The date and time when the imported key material expires. This parameter is required when the value of the `ExpirationModel` parameter is `KEY\_MATERIAL\_EXPIRES`. Otherwise it is not valid.
    ///
    /// The value of this parameter must be a future date and time. The maximum value is 365 days from the request date.
    ///
    /// When the key material expires, KMS deletes the key material from the KMS key. Without its key material, the KMS key is unusable. To use the KMS key in cryptographic operations, you must reimport the same key material.
    ///
    /// You cannot change the `ExpirationModel` or `ValidTo` values for the current import after the request completes. To change either value, you must delete (DeleteImportedKeyMaterial) and reimport the key material.
    pub valid_to: Option<rt::DateTime>,
    /// Specifies whether the key material expires. The default is `KEY\_MATERIAL\_EXPIRES`. For help with this choice, see [Setting an expiration time](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html#importing-keys-expiration) in the *Key Management Service Developer Guide*.
    ///
    /// When the value of `ExpirationModel` is `KEY\_MATERIAL\_EXPIRES`, you must specify a value for the `ValidTo` parameter. When value is `KEY\_MATERIAL\_DOES\_NOT\_EXPIRE`, you must omit the `ValidTo` parameter.
    ///
    /// You cannot change the `ExpirationModel` or `ValidTo` values for the current import after the request completes. To change either value, you must reimport the key material.
    pub expiration_model: Option<ExpirationModelType>,
    /// Indicates whether the key material being imported is previously associated with this KMS key or not. This parameter is optional and only usable with symmetric encryption keys. If no key material has ever been imported into the KMS key, and this parameter is omitted, the parameter defaults to `NEW\_KEY\_MATERIAL`. After the first key material is imported, if this parameter is omitted then the parameter defaults to `EXISTING\_KEY\_MATERIAL`.
    ///
    /// For multi-Region keys, you must first import new key material into the primary Region key. You should use the `NEW\_KEY\_MATERIAL` import type when importing key material into the primary Region key. Then, you can import the same key material into the replica Region key. The import type for the replica Region key should be `EXISTING\_KEY\_MATERIAL`.
    pub import_type: Option<ImportType>,
    /// Description for the key material being imported. This parameter is optional and only usable with symmetric encryption keys. If you do not specify a key material description, KMS retains the value you specified when you last imported the same key material into this KMS key.
    pub key_material_description: Option<String>,
    /// Identifies the key material being imported. This parameter is optional and only usable with symmetric encryption keys. You cannot specify a key material ID with `ImportType` set to `NEW\_KEY\_MATERIAL`. Whenever you import key material into a symmetric encryption key, KMS assigns a unique identifier to the key material based on the KMS key ID and the imported key material. When you re-import key material with a specified key material ID, KMS:
    ///
    /// - Computes the identifier for the key material
    ///
    /// - Matches the computed identifier against the specified key material ID
    ///
    /// - Verifies that the key material ID is already associated with the KMS key
    ///
    /// To get the list of key material IDs associated with a KMS key, use ListKeyRotations.
    pub key_material_id: Option<String>,
}
rt::structure!(
    ImportKeyMaterialInput, IMPORT_KEY_MATERIAL_INPUT, [key_id, import_token,
    encrypted_key_material, valid_to, expiration_model, import_type,
    key_material_description, key_material_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct ImportKeyMaterialOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key into which key material was imported.
    pub key_id: Option<String>,
    /// Identifies the imported key material.
    pub key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ImportKeyMaterialOutput, IMPORT_KEY_MATERIAL_OUTPUT, [key_id, key_material_id], meta
    = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportState {
    /// `IMPORTED`
    Imported,
    /// `PENDING_IMPORT`
    PendingImport,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ImportState, { Imported => "IMPORTED", PendingImport => "PENDING_IMPORT" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportType {
    /// `NEW_KEY_MATERIAL`
    NewKeyMaterial,
    /// `EXISTING_KEY_MATERIAL`
    ExistingKeyMaterial,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ImportType, { NewKeyMaterial => "NEW_KEY_MATERIAL", ExistingKeyMaterial =>
    "EXISTING_KEY_MATERIAL" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludeKeyMaterial {
    /// `ALL_KEY_MATERIAL`
    AllKeyMaterial,
    /// `ROTATIONS_ONLY`
    RotationsOnly,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    IncludeKeyMaterial, { AllKeyMaterial => "ALL_KEY_MATERIAL", RotationsOnly =>
    "ROTATIONS_ONLY" }
);
/// The request was rejected because the specified KMS key cannot decrypt the data. The `KeyId` in a Decrypt request and the `SourceKeyId` in a ReEncrypt request must identify the same KMS key that was used to encrypt the ciphertext.
#[derive(Clone, Default, PartialEq)]
pub struct IncorrectKeyException {
    pub message: Option<String>,
}
rt::structure!(IncorrectKeyException, INCORRECT_KEY_EXCEPTION, [message]);
/// The request was rejected because the key material in the request is, expired, invalid, or does not meet expectations. For example, it is not the same key material that was previously imported or KMS expected new key material but the key material being imported is already associated with the KMS key.
#[derive(Clone, Default, PartialEq)]
pub struct IncorrectKeyMaterialException {
    pub message: Option<String>,
}
rt::structure!(
    IncorrectKeyMaterialException, INCORRECT_KEY_MATERIAL_EXCEPTION, [message]
);
/// The request was rejected because the trust anchor certificate in the request to create an CloudHSM key store is not the trust anchor certificate for the specified CloudHSM cluster.
///
/// When you [initialize the CloudHSM cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/initialize-cluster.html#sign-csr), you create the trust anchor certificate and save it in the `customerCA.crt` file.
#[derive(Clone, Default, PartialEq)]
pub struct IncorrectTrustAnchorException {
    pub message: Option<String>,
}
rt::structure!(
    IncorrectTrustAnchorException, INCORRECT_TRUST_ANCHOR_EXCEPTION, [message]
);
/// The request was rejected because the specified alias name is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidAliasNameException {
    pub message: Option<String>,
}
rt::structure!(InvalidAliasNameException, INVALID_ALIAS_NAME_EXCEPTION, [message]);
/// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidArnException {
    pub message: Option<String>,
}
rt::structure!(InvalidArnException, INVALID_ARN_EXCEPTION, [message]);
/// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
///
/// From the ImportKeyMaterial operation, the request was rejected because KMS could not decrypt the encrypted (wrapped) key material.
///
/// From the Decapsulate operation, the request was rejected because the length of the `SharedSecretCiphertextBlob` is inconsistent with the specified ML-KEM key spec.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidCiphertextException {
    pub message: Option<String>,
}
rt::structure!(InvalidCiphertextException, INVALID_CIPHERTEXT_EXCEPTION, [message]);
/// The request was rejected because the specified `GrantId` is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidGrantIdException {
    pub message: Option<String>,
}
rt::structure!(InvalidGrantIdException, INVALID_GRANT_ID_EXCEPTION, [message]);
/// The request was rejected because the specified grant token is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidGrantTokenException {
    pub message: Option<String>,
}
rt::structure!(InvalidGrantTokenException, INVALID_GRANT_TOKEN_EXCEPTION, [message]);
/// The request was rejected because the provided import token is invalid or is associated with a different KMS key.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidImportTokenException {
    pub message: Option<String>,
}
rt::structure!(InvalidImportTokenException, INVALID_IMPORT_TOKEN_EXCEPTION, [message]);
/// The request was rejected for one of the following reasons:
///
/// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
///
/// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
///
/// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
///
/// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidKeyUsageException {
    pub message: Option<String>,
}
rt::structure!(InvalidKeyUsageException, INVALID_KEY_USAGE_EXCEPTION, [message]);
/// The request was rejected because the marker that specifies where pagination should next begin is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidMarkerException {
    pub message: Option<String>,
}
rt::structure!(InvalidMarkerException, INVALID_MARKER_EXCEPTION, [message]);
/// The request was rejected because an internal exception occurred. The request can be retried.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInternalException {
    pub message: Option<String>,
}
rt::structure!(KmsInternalException, KMS_INTERNAL_EXCEPTION, [message]);
/// The request was rejected because the HMAC verification failed. HMAC verification fails when the HMAC computed by using the specified message, HMAC KMS key, and MAC algorithm does not match the HMAC specified in the request.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidMacException {
    pub message: Option<String>,
}
rt::structure!(KmsInvalidMacException, KMS_INVALID_MAC_EXCEPTION, [message]);
/// The request was rejected because the signature verification failed. Signature verification fails when it cannot confirm that signature was produced by signing the specified message with the specified KMS key and signing algorithm.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidSignatureException {
    pub message: Option<String>,
}
rt::structure!(KmsInvalidSignatureException, KMS_INVALID_SIGNATURE_EXCEPTION, [message]);
/// The request was rejected because the state of the specified resource is not valid for this request.
///
/// This exceptions means one of the following:
///
/// - The key state of the KMS key is not compatible with the operation.
///
/// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
///
/// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidStateException {
    pub message: Option<String>,
}
rt::structure!(KmsInvalidStateException, KMS_INVALID_STATE_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyAgreementAlgorithmSpec {
    /// `ECDH`
    Ecdh,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(KeyAgreementAlgorithmSpec, { Ecdh => "ECDH" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyEncryptionMechanism {
    /// `RSAES_OAEP_SHA_256`
    RsaesOaepSha256,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(KeyEncryptionMechanism, { RsaesOaepSha256 => "RSAES_OAEP_SHA_256" });
/// Contains usage information about the last time the KMS key was used for a successful cryptographic operation.
#[derive(Clone, Default, PartialEq)]
pub struct KeyLastUsageData {
    /// The last successful cryptographic operation the KMS key was used for. Absent if the key has not been used since KMS began tracking.
    pub operation: Option<KeyLastUsageTrackingOperation>,
    /// The date and time when the KMS key was most recently used for a successful cryptographic operation. Absent if the key has not been used since KMS began tracking.
    pub timestamp: Option<rt::DateTime>,
    /// The CloudTrail `eventId` associated with the last successful cryptographic operation. Absent if the key has not been used since KMS began tracking.
    pub cloud_trail_event_id: Option<String>,
    /// The KMS request ID associated with the last successful cryptographic operation. Absent if the key has not been used since KMS began tracking.
    pub kms_request_id: Option<String>,
}
rt::structure!(
    KeyLastUsageData, KEY_LAST_USAGE_DATA, [operation, timestamp, cloud_trail_event_id,
    kms_request_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyLastUsageTrackingOperation {
    /// `Decrypt`
    Decrypt,
    /// `DeriveSharedSecret`
    DeriveSharedSecret,
    /// `Encrypt`
    Encrypt,
    /// `GenerateDataKey`
    GenerateDataKey,
    /// `GenerateDataKeyPair`
    GenerateDataKeyPair,
    /// `GenerateDataKeyPairWithoutPlaintext`
    GenerateDataKeyPairWithoutPlaintext,
    /// `GenerateDataKeyWithoutPlaintext`
    GenerateDataKeyWithoutPlaintext,
    /// `GenerateMac`
    GenerateMac,
    /// `ReEncrypt`
    ReEncrypt,
    /// `Sign`
    Sign,
    /// `Verify`
    Verify,
    /// `VerifyMac`
    VerifyMac,
    /// `Encapsulate`
    Encapsulate,
    /// `Decapsulate`
    Decapsulate,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KeyLastUsageTrackingOperation, { Decrypt => "Decrypt", DeriveSharedSecret =>
    "DeriveSharedSecret", Encrypt => "Encrypt", GenerateDataKey => "GenerateDataKey",
    GenerateDataKeyPair => "GenerateDataKeyPair", GenerateDataKeyPairWithoutPlaintext =>
    "GenerateDataKeyPairWithoutPlaintext", GenerateDataKeyWithoutPlaintext =>
    "GenerateDataKeyWithoutPlaintext", GenerateMac => "GenerateMac", ReEncrypt =>
    "ReEncrypt", Sign => "Sign", Verify => "Verify", VerifyMac => "VerifyMac",
    Encapsulate => "Encapsulate", Decapsulate => "Decapsulate" }
);
/// Contains information about each entry in the key list.
#[derive(Clone, Default, PartialEq)]
pub struct KeyListEntry {
    /// Unique identifier of the key.
    pub key_id: Option<String>,
    /// ARN of the key.
    pub key_arn: Option<String>,
}
rt::structure!(KeyListEntry, KEY_LIST_ENTRY, [key_id, key_arn]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyManagerType {
    /// `AWS`
    Aws,
    /// `CUSTOMER`
    Customer,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(KeyManagerType, { Aws => "AWS", Customer => "CUSTOMER" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyMaterialState {
    /// `NON_CURRENT`
    NonCurrent,
    /// `CURRENT`
    Current,
    /// `PENDING_ROTATION`
    PendingRotation,
    /// `PENDING_MULTI_REGION_IMPORT_AND_ROTATION`
    PendingMultiRegionImportAndRotation,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KeyMaterialState, { NonCurrent => "NON_CURRENT", Current => "CURRENT",
    PendingRotation => "PENDING_ROTATION", PendingMultiRegionImportAndRotation =>
    "PENDING_MULTI_REGION_IMPORT_AND_ROTATION" }
);
/// Contains metadata about a KMS key.
///
/// This data type is used as a response element for the CreateKey, DescribeKey, and ReplicateKey operations.
#[derive(Clone, Default, PartialEq)]
pub struct KeyMetadata {
    /// The twelve-digit account ID of the Amazon Web Services account that owns the KMS key.
    pub aws_account_id: Option<String>,
    /// The globally unique identifier for the KMS key.
    pub key_id: String,
    /// The Amazon Resource Name (ARN) of the KMS key. For examples, see [Key Management Service (KMS)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms) in the Example ARNs section of the *Amazon Web Services General Reference*.
    pub arn: Option<String>,
    /// The date and time when the KMS key was created.
    pub creation_date: Option<rt::DateTime>,
    /// Specifies whether the KMS key is enabled. When `KeyState` is `Enabled` this value is true, otherwise it is false.
    pub enabled: Option<bool>,
    /// The description of the KMS key.
    pub description: Option<String>,
    /// The [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) for which you can use the KMS key.
    pub key_usage: Option<KeyUsageType>,
    /// The current status of the KMS key.
    ///
    /// For more information about how key state affects the use of a KMS key, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    pub key_state: Option<KeyState>,
    /// The date and time after which KMS deletes this KMS key. This value is present only when the KMS key is scheduled for deletion, that is, when its `KeyState` is `PendingDeletion`.
    ///
    /// When the primary key in a multi-Region key is scheduled for deletion but still has replica keys, its key state is `PendingReplicaDeletion` and the length of its waiting period is displayed in the `PendingDeletionWindowInDays` field.
    pub deletion_date: Option<rt::DateTime>,
    /// The earliest time at which any imported key material permanently associated with this KMS key expires. When a key material expires, KMS deletes the key material and the KMS key becomes unusable. This value is present only for KMS keys whose `Origin` is `EXTERNAL` and the `ExpirationModel` is `KEY\_MATERIAL\_EXPIRES`, otherwise this value is omitted.
    pub valid_to: Option<rt::DateTime>,
    /// The source of the key material for the KMS key. When this value is `AWS\_KMS`, KMS created the key material. When this value is `EXTERNAL`, the key material was imported or the KMS key doesn't have any key material. When this value is `AWS\_CLOUDHSM`, the key material was created in the CloudHSM cluster associated with a custom key store.
    pub origin: Option<OriginType>,
    /// A unique identifier for the [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) that contains the KMS key. This field is present only when the KMS key is created in a custom key store.
    pub custom_key_store_id: Option<String>,
    /// The cluster ID of the CloudHSM cluster that contains the key material for the KMS key. When you create a KMS key in an CloudHSM [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html), KMS creates the key material for the KMS key in the associated CloudHSM cluster. This field is present only when the KMS key is created in an CloudHSM key store.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Specifies whether the KMS key's key material expires. This value is present only when `Origin` is `EXTERNAL`, otherwise this value is omitted.
    pub expiration_model: Option<ExpirationModelType>,
    /// The manager of the KMS key. KMS keys in your Amazon Web Services account are either customer managed or Amazon Web Services managed. For more information about the difference, see [KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in the *Key Management Service Developer Guide*.
    pub key_manager: Option<KeyManagerType>,
    /// Instead, use the `KeySpec` field.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` fields have the same value. We recommend that you use the `KeySpec` field in your code. However, to avoid breaking changes, KMS supports both fields.
    pub customer_master_key_spec: Option<CustomerMasterKeySpec>,
    /// Describes the type of key material in the KMS key.
    pub key_spec: Option<KeySpec>,
    /// The encryption algorithms that the KMS key supports. You cannot use the KMS key with other encryption algorithms within KMS.
    ///
    /// This value is present only when the `KeyUsage` of the KMS key is `ENCRYPT\_DECRYPT`.
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    /// The signing algorithms that the KMS key supports. You cannot use the KMS key with other signing algorithms within KMS.
    ///
    /// This field appears only when the `KeyUsage` of the KMS key is `SIGN\_VERIFY`.
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    /// The key agreement algorithm used to derive a shared secret.
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
    /// The key encapsulation algorithm that the KMS key supports. This field appears only for KMS keys with a `KeyUsage` value of `ENCAPSULATE\_DECAPSULATE`.
    pub encapsulation_algorithms: Option<Vec<EncapsulationAlgorithmSpec>>,
    /// Indicates whether the KMS key is a multi-Region (`True`) or regional (`False`) key. This value is `True` for multi-Region primary and replica keys and `False` for regional KMS keys.
    ///
    /// For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    pub multi_region: Option<bool>,
    /// Lists the primary and replica keys in same multi-Region key. This field is present only when the value of the `MultiRegion` field is `True`.
    ///
    /// For more information about any listed KMS key, use the DescribeKey operation.
    ///
    /// - `MultiRegionKeyType` indicates whether the KMS key is a `PRIMARY` or `REPLICA` key.
    ///
    /// - `PrimaryKey` displays the key ARN and Region of the primary key. This field displays the current KMS key if it is the primary key.
    ///
    /// - `ReplicaKeys` displays the key ARNs and Regions of all replica keys. This field includes the current KMS key if it is a replica key.
    pub multi_region_configuration: Option<MultiRegionConfiguration>,
    /// The waiting period before the primary key in a multi-Region key is deleted. This waiting period begins when the last of its replica keys is deleted. This value is present only when the `KeyState` of the KMS key is `PendingReplicaDeletion`. That indicates that the KMS key is the primary key in a multi-Region key, it is scheduled for deletion, and it still has existing replica keys.
    ///
    /// When a single-Region KMS key or a multi-Region replica key is scheduled for deletion, its deletion date is displayed in the `DeletionDate` field. However, when the primary key in a multi-Region key is scheduled for deletion, its waiting period doesn't begin until all of its replica keys are deleted. This value displays that waiting period. When the last replica key in the multi-Region key is deleted, the `KeyState` of the scheduled primary key changes from `PendingReplicaDeletion` to `PendingDeletion` and the deletion date appears in the `DeletionDate` field.
    pub pending_deletion_window_in_days: Option<i32>,
    /// The message authentication code (MAC) algorithm that the HMAC KMS key supports.
    ///
    /// This value is present only when the `KeyUsage` of the KMS key is `GENERATE\_VERIFY\_MAC`.
    pub mac_algorithms: Option<Vec<MacAlgorithmSpec>>,
    /// Information about the external key that is associated with a KMS key in an external key store.
    ///
    /// For more information, see [External key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) in the *Key Management Service Developer Guide*.
    pub xks_key_configuration: Option<XksKeyConfigurationType>,
    /// Identifies the current key material. This value is present for symmetric encryption keys with `AWS\_KMS` or `EXTERNAL` origin. These KMS keys support automatic or on-demand key rotation and can have multiple key materials associated with them. KMS uses the current key material for both encryption and decryption, and the non-current key material for decryption operations only.
    pub current_key_material_id: Option<String>,
}
rt::structure!(
    KeyMetadata, KEY_METADATA, [aws_account_id, key_id, arn, creation_date, enabled,
    description, key_usage, key_state, deletion_date, valid_to, origin,
    custom_key_store_id, cloud_hsm_cluster_id, expiration_model, key_manager,
    customer_master_key_spec, key_spec, encryption_algorithms, signing_algorithms,
    key_agreement_algorithms, encapsulation_algorithms, multi_region,
    multi_region_configuration, pending_deletion_window_in_days, mac_algorithms,
    xks_key_configuration, current_key_material_id]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeySpec {
    /// `RSA_2048`
    Rsa2048,
    /// `RSA_3072`
    Rsa3072,
    /// `RSA_4096`
    Rsa4096,
    /// `ECC_NIST_P256`
    EccNistP256,
    /// `ECC_NIST_P384`
    EccNistP384,
    /// `ECC_NIST_P521`
    EccNistP521,
    /// `ECC_SECG_P256K1`
    EccSecgP256k1,
    /// `SYMMETRIC_DEFAULT`
    SymmetricDefault,
    /// `HMAC_224`
    Hmac224,
    /// `HMAC_256`
    Hmac256,
    /// `HMAC_384`
    Hmac384,
    /// `HMAC_512`
    Hmac512,
    /// `SM2`
    Sm2,
    /// `ML_DSA_44`
    MlDsa44,
    /// `ML_DSA_65`
    MlDsa65,
    /// `ML_DSA_87`
    MlDsa87,
    /// `ECC_NIST_EDWARDS25519`
    EccNistEdwards25519,
    /// `ML_KEM_512`
    MlKem512,
    /// `ML_KEM_768`
    MlKem768,
    /// `ML_KEM_1024`
    MlKem1024,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KeySpec, { Rsa2048 => "RSA_2048", Rsa3072 => "RSA_3072", Rsa4096 => "RSA_4096",
    EccNistP256 => "ECC_NIST_P256", EccNistP384 => "ECC_NIST_P384", EccNistP521 =>
    "ECC_NIST_P521", EccSecgP256k1 => "ECC_SECG_P256K1", SymmetricDefault =>
    "SYMMETRIC_DEFAULT", Hmac224 => "HMAC_224", Hmac256 => "HMAC_256", Hmac384 =>
    "HMAC_384", Hmac512 => "HMAC_512", Sm2 => "SM2", MlDsa44 => "ML_DSA_44", MlDsa65 =>
    "ML_DSA_65", MlDsa87 => "ML_DSA_87", EccNistEdwards25519 => "ECC_NIST_EDWARDS25519",
    MlKem512 => "ML_KEM_512", MlKem768 => "ML_KEM_768", MlKem1024 => "ML_KEM_1024" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyState {
    /// `Creating`
    Creating,
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// `PendingDeletion`
    PendingDeletion,
    /// `PendingImport`
    PendingImport,
    /// `PendingReplicaDeletion`
    PendingReplicaDeletion,
    /// `Unavailable`
    Unavailable,
    /// `Updating`
    Updating,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KeyState, { Creating => "Creating", Enabled => "Enabled", Disabled => "Disabled",
    PendingDeletion => "PendingDeletion", PendingImport => "PendingImport",
    PendingReplicaDeletion => "PendingReplicaDeletion", Unavailable => "Unavailable",
    Updating => "Updating" }
);
/// The request was rejected because the specified KMS key was not available. You can retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct KeyUnavailableException {
    pub message: Option<String>,
}
rt::structure!(KeyUnavailableException, KEY_UNAVAILABLE_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyUsageType {
    /// `SIGN_VERIFY`
    SignVerify,
    /// `ENCRYPT_DECRYPT`
    EncryptDecrypt,
    /// `GENERATE_VERIFY_MAC`
    GenerateVerifyMac,
    /// `KEY_AGREEMENT`
    KeyAgreement,
    /// `ENCAPSULATE_DECAPSULATE`
    EncapsulateDecapsulate,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    KeyUsageType, { SignVerify => "SIGN_VERIFY", EncryptDecrypt => "ENCRYPT_DECRYPT",
    GenerateVerifyMac => "GENERATE_VERIFY_MAC", KeyAgreement => "KEY_AGREEMENT",
    EncapsulateDecapsulate => "ENCAPSULATE_DECAPSULATE" }
);
/// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {
    pub message: Option<String>,
}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListAliasesInput {
    /// Lists only aliases that are associated with the specified KMS key. Enter a KMS key in your Amazon Web Services account.
    ///
    /// This parameter is optional. If you omit it, `ListAliases` returns all aliases in the account and Region.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: Option<String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}
rt::structure!(ListAliasesInput, LIST_ALIASES_INPUT, [key_id, limit, marker]);
#[derive(Clone, Default, PartialEq)]
pub struct ListAliasesOutput {
    /// A list of aliases.
    pub aliases: Option<Vec<AliasListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAliasesOutput, LIST_ALIASES_OUTPUT, [aliases, next_marker, truncated], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGrantsInput {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// Returns only grants for the specified KMS key. This parameter is required.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Returns only the grant with the specified grant ID. The grant ID uniquely identifies the grant.
    pub grant_id: Option<String>,
    /// Returns only grants where the specified principal is the grantee principal for the grant.
    ///
    /// You can specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_principal: Option<String>,
    /// Returns only grants where the specified Amazon Web Services service principal is the grantee service principal for the grant. This filter is only usable by callers in a service principal.
    ///
    /// You can specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both.
    pub grantee_service_principal: Option<String>,
}
rt::structure!(
    ListGrantsInput, LIST_GRANTS_INPUT, [limit, marker, key_id, grant_id,
    grantee_principal, grantee_service_principal]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListGrantsResponse {
    /// A list of grants.
    pub grants: Option<Vec<GrantListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListGrantsResponse, LIST_GRANTS_RESPONSE, [grants, next_marker, truncated], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListKeyPoliciesInput {
    /// Gets the names of key policies for the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    ///
    /// A KMS key can have at most two key policies, `default` and `AWS\_RAM`.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}
rt::structure!(ListKeyPoliciesInput, LIST_KEY_POLICIES_INPUT, [key_id, limit, marker]);
#[derive(Clone, Default, PartialEq)]
pub struct ListKeyPoliciesOutput {
    /// A list of key policy names. Valid values are:
    ///
    /// default
    ///
    /// The key policy that you manage.
    ///
    /// AWS\_RAM
    ///
    /// The key policy that RAM manages for KMS keys that you share through RAM.
    pub policy_names: Option<Vec<String>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListKeyPoliciesOutput, LIST_KEY_POLICIES_OUTPUT, [policy_names, next_marker,
    truncated], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListKeyRotationsInput {
    /// Gets the key rotations for the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Use this optional parameter to control which key materials associated with this key are listed in the response. The default value of this parameter is `ROTATIONS\_ONLY`. If you omit this parameter, KMS returns information on the key materials created by automatic or on-demand key rotation. When you specify a value of `ALL\_KEY\_MATERIAL`, KMS adds the first key material and any imported key material pending rotation to the response. This parameter can only be used with KMS keys that support automatic or on-demand key rotation.
    pub include_key_material: Option<IncludeKeyMaterial>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}
rt::structure!(
    ListKeyRotationsInput, LIST_KEY_ROTATIONS_INPUT, [key_id, include_key_material,
    limit, marker]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListKeyRotationsOutput {
    /// A list of completed key material rotations. When the optional input parameter `IncludeKeyMaterial` is specified with a value of `ALL\_KEY\_MATERIAL`, this list includes the first key material and any imported key material pending rotation.
    pub rotations: Option<Vec<RotationsListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListKeyRotationsOutput, LIST_KEY_ROTATIONS_OUTPUT, [rotations, next_marker,
    truncated], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListKeysInput {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// Specifies whose KMS keys to list. Use this parameter to list KMS keys that other Amazon Web Services accounts shared with your Amazon Web Services account through Resource Access Manager (RAM).
    ///
    /// Specify one or two values. Valid values are:
    ///
    /// SELF
    ///
    /// Lists the KMS keys in your Amazon Web Services account and Region.
    ///
    /// OTHER\_ACCOUNTS\_VIA\_RAM
    ///
    /// Lists the KMS keys in the Region that other Amazon Web Services accounts currently share with your Amazon Web Services account through RAM. This list doesn't include KMS keys that your Amazon Web Services account owns. For each of these KMS keys, the key ARN in the response contains the account ID of the Amazon Web Services account that owns the KMS key.
    ///
    /// If you omit this parameter, `ListKeys` lists only the KMS keys in your Amazon Web Services account. If you specify both values, in either order, `ListKeys` returns the KMS keys in your Amazon Web Services account first, and then the KMS keys that other Amazon Web Services accounts shared with you. A single response doesn't contain both kinds of KMS keys.
    ///
    /// When `ResourceOwners` includes `OTHER\_ACCOUNTS\_VIA\_RAM`, a response can contain fewer KMS keys than the `Limit` value, or none, even when `Truncated` is true. To get all of the KMS keys, continue calling `ListKeys` with the `NextMarker` value from each response until `Truncated` is false. Use a `NextMarker` value only in a request that has the same `ResourceOwners` value as the request that returned it. Otherwise, the request can fail with an `InvalidMarkerException`.
    ///
    /// KMS keys that other Amazon Web Services accounts share with you can take some time to appear in or disappear from the results after changes to resource shares.
    pub resource_owners: Option<Vec<ResourceOwnerType>>,
}
rt::structure!(ListKeysInput, LIST_KEYS_INPUT, [limit, marker, resource_owners]);
#[derive(Clone, Default, PartialEq)]
pub struct ListKeysOutput {
    /// A list of KMS keys. For a KMS key that another Amazon Web Services account shared with you through RAM, the key ARN contains the account ID of the Amazon Web Services account that owns the KMS key.
    pub keys: Option<Vec<KeyListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListKeysOutput, LIST_KEYS_OUTPUT, [keys, next_marker, truncated], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceTagsInput {
    /// Gets tags on the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 50, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    ///
    /// Do not attempt to construct this value. Use only the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
}
rt::structure!(ListResourceTagsInput, LIST_RESOURCE_TAGS_INPUT, [key_id, limit, marker]);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceTagsOutput {
    /// A list of tags. Each tag consists of a tag key and a tag value.
    ///
    /// Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    pub tags: Option<Vec<Tag>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    ///
    /// Do not assume or infer any information from this value.
    pub next_marker: Option<String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListResourceTagsOutput, LIST_RESOURCE_TAGS_OUTPUT, [tags, next_marker, truncated],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListRetirableGrantsInput {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: Option<String>,
    /// The retiring principal for which to list grants. Enter a principal in your Amazon Web Services account.
    ///
    /// To specify the retiring principal, use the [Amazon Resource Name (ARN)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) of an Amazon Web Services principal. Valid principals include Amazon Web Services accounts, IAM users, IAM roles, federated users, and assumed role users. For help with the ARN syntax for a principal, see [IAM ARNs](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns) in the * *Identity and Access Management User Guide* *.
    ///
    /// You must specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_principal: Option<String>,
    /// The retiring service principal for which to list grants. This filter is only usable by callers in a service principal.
    ///
    /// You must specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both.
    pub retiring_service_principal: Option<String>,
}
rt::structure!(
    ListRetirableGrantsInput, LIST_RETIRABLE_GRANTS_INPUT, [limit, marker,
    retiring_principal, retiring_service_principal]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MacAlgorithmSpec {
    /// `HMAC_SHA_224`
    HmacSha224,
    /// `HMAC_SHA_256`
    HmacSha256,
    /// `HMAC_SHA_384`
    HmacSha384,
    /// `HMAC_SHA_512`
    HmacSha512,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MacAlgorithmSpec, { HmacSha224 => "HMAC_SHA_224", HmacSha256 => "HMAC_SHA_256",
    HmacSha384 => "HMAC_SHA_384", HmacSha512 => "HMAC_SHA_512" }
);
/// The request was rejected because the specified policy is not syntactically or semantically correct.
#[derive(Clone, Default, PartialEq)]
pub struct MalformedPolicyDocumentException {
    pub message: Option<String>,
}
rt::structure!(
    MalformedPolicyDocumentException, MALFORMED_POLICY_DOCUMENT_EXCEPTION, [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageType {
    /// `RAW`
    Raw,
    /// `DIGEST`
    Digest,
    /// `EXTERNAL_MU`
    ExternalMu,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    MessageType, { Raw => "RAW", Digest => "DIGEST", ExternalMu => "EXTERNAL_MU" }
);
/// Describes the configuration of this multi-Region key. This field appears only when the KMS key is a primary or replica of a multi-Region key.
///
/// For more information about any listed KMS key, use the DescribeKey operation.
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionConfiguration {
    /// Indicates whether the KMS key is a `PRIMARY` or `REPLICA` key.
    pub multi_region_key_type: Option<MultiRegionKeyType>,
    /// Displays the key ARN and Region of the primary key. This field includes the current KMS key if it is the primary key.
    pub primary_key: Option<MultiRegionKey>,
    /// displays the key ARNs and Regions of all replica keys. This field includes the current KMS key if it is a replica key.
    pub replica_keys: Option<Vec<MultiRegionKey>>,
}
rt::structure!(
    MultiRegionConfiguration, MULTI_REGION_CONFIGURATION, [multi_region_key_type,
    primary_key, replica_keys]
);
/// Describes the primary or replica key in a multi-Region key.
#[derive(Clone, Default, PartialEq)]
pub struct MultiRegionKey {
    /// Displays the key ARN of a primary or replica key of a multi-Region key.
    pub arn: Option<String>,
    /// Displays the Amazon Web Services Region of a primary or replica key in a multi-Region key.
    pub region: Option<String>,
}
rt::structure!(MultiRegionKey, MULTI_REGION_KEY, [arn, region]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiRegionKeyType {
    /// `PRIMARY`
    Primary,
    /// `REPLICA`
    Replica,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(MultiRegionKeyType, { Primary => "PRIMARY", Replica => "REPLICA" });
/// The request was rejected because the specified entity or resource could not be found.
#[derive(Clone, Default, PartialEq)]
pub struct NotFoundException {
    pub message: Option<String>,
}
rt::structure!(NotFoundException, NOT_FOUND_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OriginType {
    /// `AWS_KMS`
    AwsKms,
    /// `EXTERNAL`
    External,
    /// `AWS_CLOUDHSM`
    AwsCloudhsm,
    /// `EXTERNAL_KEY_STORE`
    ExternalKeyStore,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    OriginType, { AwsKms => "AWS_KMS", External => "EXTERNAL", AwsCloudhsm =>
    "AWS_CLOUDHSM", ExternalKeyStore => "EXTERNAL_KEY_STORE" }
);
#[derive(Clone, Default, PartialEq)]
pub struct PutKeyPolicyInput {
    /// Sets the key policy on the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The name of the key policy. If no policy name is specified, the default value is `default`. Valid values are `default` and `AWS\_RAM`, but you can set only the `default` key policy. RAM manages the `AWS\_RAM` key policy for KMS keys that you share through RAM. If you specify `AWS\_RAM`, the request fails with a `ValidationException`, or with an `AccessDeniedException` if you don't have permission to call `PutKeyPolicy` with that policy name.
    pub policy_name: Option<String>,
    /// The key policy to attach to the KMS key.
    ///
    /// The key policy must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    ///
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// If either of the required `Resource` or `Action` elements are missing from a key policy statement, the policy statement has no effect. When a key policy statement is missing one of these elements, the KMS console correctly reports an error, but the `PutKeyPolicy` API request succeeds, even though the policy statement is ineffective.
    ///
    /// For more information on required key policy elements, see [Elements in a key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-elements) in the *Key Management Service Developer Guide*.
    ///
    /// A key policy document can include only the following characters:
    ///
    /// - Printable ASCII characters from the space character (`\u0020`) through the end of the ASCII character range.
    ///
    /// - Printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`).
    ///
    /// - The tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`) special characters
    ///
    /// If the key policy exceeds the length constraint, KMS returns a `LimitExceededException`.
    ///
    /// For information about key policies, see [Key policies in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html) in the *Key Management Service Developer Guide*.For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the * *Identity and Access Management User Guide* *.
    pub policy: String,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    ///
    /// The key policy lockout safety check and the `BypassPolicyLockoutSafetyCheck` parameter apply only to the `default` key policy. The check evaluates only the new `default` key policy, with `kms:PolicyName` set to `default`. It doesn't consider permissions in the `AWS\_RAM` key policy.
    pub bypass_policy_lockout_safety_check: Option<bool>,
}
rt::structure!(
    PutKeyPolicyInput, PUT_KEY_POLICY_INPUT, [key_id, policy_name, policy,
    bypass_policy_lockout_safety_check]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReEncryptInput {
    /// Ciphertext of the data to reencrypt.
    ///
    /// This parameter is required in all cases except when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE\_CIPHERTEXT`.
    pub ciphertext_blob: Option<Vec<u8>>,
    /// Specifies the encryption context to use to decrypt the ciphertext. Enter the same encryption context that was used to encrypt the ciphertext.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub source_encryption_context: Option<rt::IndexMap<String, String>>,
    /// Specifies the KMS key that KMS will use to decrypt the ciphertext before it is re-encrypted.
    ///
    /// Enter a key ID of the KMS key that was used to encrypt the ciphertext. If you identify a different KMS key, the `ReEncrypt` operation throws an `IncorrectKeyException`.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key or when `DryRun` is `true` and `DryRunModifiers` is set to `IGNORE\_CIPHERTEXT`. If you used a symmetric encryption KMS key, KMS can get the KMS key from metadata that it adds to the symmetric ciphertext blob. However, it is always recommended as a best practice. This practice ensures that you use the KMS key that you intend.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you should use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub source_key_id: Option<String>,
    /// A unique identifier for the KMS key that is used to reencrypt the data. Specify a symmetric encryption KMS key or an asymmetric KMS key with a `KeyUsage` value of `ENCRYPT\_DECRYPT`. To find the `KeyUsage` value of a KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub destination_key_id: String,
    /// Specifies that encryption context to use when the reencrypting the data.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// A destination encryption context is valid only when the destination KMS key is a symmetric encryption KMS key. The standard ciphertext format for asymmetric KMS keys does not include fields for metadata.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
    pub destination_encryption_context: Option<rt::IndexMap<String, String>>,
    /// Specifies the encryption algorithm that KMS will use to decrypt the ciphertext before it is reencrypted. The default value, `SYMMETRIC\_DEFAULT`, represents the algorithm used for symmetric encryption KMS keys.
    ///
    /// Specify the same algorithm that was used to encrypt the ciphertext. If you specify a different algorithm, the decrypt attempt fails.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key.
    pub source_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// Specifies the encryption algorithm that KMS will use to reecrypt the data after it has decrypted it. The default value, `SYMMETRIC\_DEFAULT`, represents the encryption algorithm used for symmetric encryption KMS keys.
    ///
    /// This parameter is required only when the destination KMS key is an asymmetric KMS key.
    pub destination_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
    /// Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional parameter that only applies when `DryRun` is set to `true`.
    ///
    /// When set to `IGNORE\_CIPHERTEXT`, KMS performs only authorization validation without ciphertext validation. This allows you to test permissions without requiring a valid ciphertext blob.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run_modifiers: Option<Vec<DryRunModifierType>>,
}
rt::structure!(
    ReEncryptInput, RE_ENCRYPT_INPUT, [ciphertext_blob, source_encryption_context,
    source_key_id, destination_key_id, destination_encryption_context,
    source_encryption_algorithm, destination_encryption_algorithm, grant_tokens, dry_run,
    dry_run_modifiers]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReEncryptOutput {
    /// The reencrypted data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: Option<Vec<u8>>,
    /// Unique identifier of the KMS key used to originally encrypt the data.
    pub source_key_id: Option<String>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to reencrypt the data.
    pub key_id: Option<String>,
    /// The encryption algorithm that was used to decrypt the ciphertext before it was reencrypted.
    pub source_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The encryption algorithm that was used to reencrypt the data.
    pub destination_encryption_algorithm: Option<EncryptionAlgorithmSpec>,
    /// The identifier of the key material used to originally encrypt the data. This field is present only when the original encryption used a symmetric encryption KMS key.
    pub source_key_material_id: Option<String>,
    /// The identifier of the key material used to reencrypt the data. This field is present only when data is reencrypted using a symmetric encryption KMS key.
    pub destination_key_material_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ReEncryptOutput, RE_ENCRYPT_OUTPUT, [ciphertext_blob, source_key_id, key_id,
    source_encryption_algorithm, destination_encryption_algorithm,
    source_key_material_id, destination_key_material_id], meta = response_metadata
);
/// Contains information about the party that receives the response from the API operation.
///
/// This data type is designed to support Amazon Web Services Nitro Enclaves and Amazon Web Services NitroTPM, which lets you create an attested environment in Amazon EC2. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct RecipientInfo {
    /// The encryption algorithm that KMS should use with the public key for an Amazon Web Services Nitro Enclave or NitroTPM to encrypt plaintext values for the response. The only valid value is `RSAES\_OAEP\_SHA\_256`.
    pub key_encryption_algorithm: Option<KeyEncryptionMechanism>,
    /// The attestation document for an Amazon Web Services Nitro Enclave or a NitroTPM. This document includes the enclave's public key.
    pub attestation_document: Option<Vec<u8>>,
}
rt::structure!(
    RecipientInfo, RECIPIENT_INFO, [key_encryption_algorithm, attestation_document]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReplicateKeyInput {
    /// Identifies the multi-Region primary key that is being replicated. To determine whether a KMS key is a multi-Region primary key, use the DescribeKey operation to check the value of the `MultiRegionKeyType` property.
    ///
    /// Specify the key ID or key ARN of a multi-Region primary key.
    ///
    /// For example:
    ///
    /// - Key ID: `mrk-1234abcd12ab34cd56ef1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The Region ID of the Amazon Web Services Region for this replica key.
    ///
    /// Enter the Region ID, such as `us-east-1` or `ap-southeast-2`. For a list of Amazon Web Services Regions in which KMS is supported, see [KMS service endpoints](https://docs.aws.amazon.com/general/latest/gr/kms.html#kms_region) in the *Amazon Web Services General Reference*.
    ///
    /// The replica must be in a different Amazon Web Services Region than its primary key and other replicas of that primary key, but in the same Amazon Web Services partition. KMS must be available in the replica Region. If the Region is not enabled by default, the Amazon Web Services account must be enabled in the Region. For information about Amazon Web Services partitions, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*. For information about enabling and disabling Regions, see [Enabling a Region](https://docs.aws.amazon.com/general/latest/gr/rande-manage.html#rande-manage-enable) and [Disabling a Region](https://docs.aws.amazon.com/general/latest/gr/rande-manage.html#rande-manage-disable) in the *Amazon Web Services General Reference*.
    pub replica_region: String,
    /// The key policy to attach to the KMS key. This parameter is optional. If you do not provide a key policy, KMS attaches the [default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html) to the KMS key.
    ///
    /// The key policy is not a shared property of multi-Region keys. You can specify the same key policy or a different key policy for each key in a set of related multi-Region keys. KMS does not synchronize this property.
    ///
    /// If you provide a key policy, it must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    ///
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// A key policy document can include only the following characters:
    ///
    /// - Printable ASCII characters from the space character (`\u0020`) through the end of the ASCII character range.
    ///
    /// - Printable characters in the Basic Latin and Latin-1 Supplement character set (through `\u00FF`).
    ///
    /// - The tab (`\u0009`), line feed (`\u000A`), and carriage return (`\u000D`) special characters
    ///
    /// For information about key policies, see [Key policies in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html) in the *Key Management Service Developer Guide*. For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the * *Identity and Access Management User Guide* *.
    pub policy: Option<String>,
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    pub bypass_policy_lockout_safety_check: Option<bool>,
    /// A description of the KMS key. The default value is an empty string (no description).
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// The description is not a shared property of multi-Region keys. You can specify the same description or a different description for each key in a set of related multi-Region keys. KMS does not synchronize this property.
    pub description: Option<String>,
    /// Assigns one or more tags to the replica key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the TagResource operation.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    ///
    /// To use this parameter, you must have [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission in an IAM policy.
    ///
    /// Tags are not a shared property of multi-Region keys. You can specify the same tags or different tags for each key in a set of related multi-Region keys. KMS does not synchronize this property.
    ///
    /// Each tag consists of a tag key and a tag value. Both the tag key and the tag value are required, but the tag value can be an empty (null) string. You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
    ///
    /// When you add tags to an Amazon Web Services resource, Amazon Web Services generates a cost allocation report with usage and costs aggregated by tags. Tags can also be used to control access to a KMS key. For details, see [Tags in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html).
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    ReplicateKeyInput, REPLICATE_KEY_INPUT, [key_id, replica_region, policy,
    bypass_policy_lockout_safety_check, description, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct ReplicateKeyOutput {
    /// Displays details about the new replica key, including its Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) and [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html). It also includes the ARN and Amazon Web Services Region of its primary key and other replica keys.
    pub replica_key_metadata: Option<KeyMetadata>,
    /// The key policy of the new replica key. The value is a key policy document in JSON format.
    pub replica_policy: Option<String>,
    /// The tags on the new replica key. The value is a list of tag key and tag value pairs.
    pub replica_tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ReplicateKeyOutput, REPLICATE_KEY_OUTPUT, [replica_key_metadata, replica_policy,
    replica_tags], meta = response_metadata
);
/// Identifies whose KMS keys ListKeys lists. `SELF` identifies the KMS keys in your Amazon Web Services account. `OTHER\_ACCOUNTS\_VIA\_RAM` identifies the KMS keys that other Amazon Web Services accounts shared with your Amazon Web Services account through Resource Access Manager (RAM).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceOwnerType {
    /// `SELF`
    SelfValue,
    /// `OTHER_ACCOUNTS_VIA_RAM`
    OtherAccountsViaRam,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ResourceOwnerType, { SelfValue => "SELF", OtherAccountsViaRam =>
    "OTHER_ACCOUNTS_VIA_RAM" }
);
#[derive(Clone, Default, PartialEq)]
pub struct RetireGrantInput {
    /// Identifies the grant to be retired. You can use a grant token to identify a new grant even before it has achieved eventual consistency.
    ///
    /// Only the CreateGrant operation returns a grant token. For details, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-eventual-consistency) in the *Key Management Service Developer Guide*.
    pub grant_token: Option<String>,
    /// The key ARN KMS key associated with the grant. To find the key ARN, use the ListKeys operation.
    ///
    /// For example: `arn:aws:kms:us-east-2:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    pub key_id: Option<String>,
    /// Identifies the grant to retire. To get the grant ID, use CreateGrant, ListGrants, or ListRetirableGrants.
    ///
    /// - Grant ID Example - 0123456789012345678901234567890123456789012345678901234567890123
    pub grant_id: Option<String>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    RetireGrantInput, RETIRE_GRANT_INPUT, [grant_token, key_id, grant_id, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct RevokeGrantInput {
    /// A unique identifier for the KMS key associated with the grant. To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    ///
    /// Specify the key ID or key ARN of the KMS key. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// Identifies the grant to revoke. To get the grant ID, use CreateGrant, ListGrants, or ListRetirableGrants.
    pub grant_id: String,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(RevokeGrantInput, REVOKE_GRANT_INPUT, [key_id, grant_id, dry_run]);
#[derive(Clone, Default, PartialEq)]
pub struct RotateKeyOnDemandInput {
    /// Identifies a symmetric encryption KMS key. You cannot perform on-demand rotation of [asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html), [HMAC KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html), multi-Region KMS keys with [imported key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html), or KMS keys in a [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). To perform on-demand rotation of a set of related [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#multi-region-rotate), invoke the on-demand rotation on the primary key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
}
rt::structure!(RotateKeyOnDemandInput, ROTATE_KEY_ON_DEMAND_INPUT, [key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct RotateKeyOnDemandOutput {
    /// Identifies the symmetric encryption KMS key that you initiated on-demand rotation on.
    pub key_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RotateKeyOnDemandOutput, ROTATE_KEY_ON_DEMAND_OUTPUT, [key_id], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RotationType {
    /// `AUTOMATIC`
    Automatic,
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RotationType, { Automatic => "AUTOMATIC", OnDemand => "ON_DEMAND" });
/// Each entry contains information about one of the key materials associated with a KMS key.
#[derive(Clone, Default, PartialEq)]
pub struct RotationsListEntry {
    /// Unique identifier of the key.
    pub key_id: Option<String>,
    /// Unique identifier of the key material.
    pub key_material_id: Option<String>,
    /// User-specified description of the key material. This field is only present for symmetric encryption KMS keys with `EXTERNAL` origin.
    pub key_material_description: Option<String>,
    /// Indicates if the key material is currently imported into KMS. It has two possible values: `IMPORTED` or `PENDING\_IMPORT`. This field is only present for symmetric encryption KMS keys with `EXTERNAL` origin.
    pub import_state: Option<ImportState>,
    /// There are four possible values for this field: `CURRENT`, `NON\_CURRENT`, `PENDING\_MULTI\_REGION\_IMPORT\_AND\_ROTATION` and `PENDING\_ROTATION`. KMS uses `CURRENT` key material for both encryption and decryption and `NON\_CURRENT` key material only for decryption. `PENDING\_ROTATION` identifies key material that has been imported for on-demand key rotation but the rotation hasn't completed. The key material state `PENDING\_MULTI\_REGION\_IMPORT\_AND\_ROTATION` is unique to multi-region, symmetric encryption keys with imported key material. It indicates key material that has been imported into the primary Region key but not all of the replica Region keys. When this key material is imported in to all of the replica Region keys, the key material state will change to `PENDING\_ROTATION`. Key material in `PENDING\_MULTI\_REGION\_IMPORT\_AND\_ROTATION` or `PENDING\_ROTATION` state is not permanently associated with the KMS key. You can delete this key material and import different key material in its place. The `PENDING\_MULTI\_REGION\_IMPORT\_AND\_ROTATION` and `PENDING\_ROTATION` values are only used in symmetric encryption keys with imported key material. The other values, `CURRENT` and `NON\_CURRENT`, are used for all KMS keys that support automatic or on-demand key rotation.
    pub key_material_state: Option<KeyMaterialState>,
    /// Indicates if the key material is configured to automatically expire. There are two possible values for this field: `KEY\_MATERIAL\_EXPIRES` and `KEY\_MATERIAL\_DOES\_NOT\_EXPIRE`. For any key material that expires, the expiration date and time is indicated in `ValidTo`. This field is only present for symmetric encryption KMS keys with `EXTERNAL` origin.
    pub expiration_model: Option<ExpirationModelType>,
    /// Date and time at which the key material expires. This field is only present for symmetric encryption KMS keys with `EXTERNAL` origin in rotation list entries with an `ExpirationModel` value of `KEY\_MATERIAL\_EXPIRES`.
    pub valid_to: Option<rt::DateTime>,
    /// Date and time that the key material rotation completed. Formatted as Unix time. This field is not present for the first key material or an imported key material in `PENDING\_ROTATION` state.
    pub rotation_date: Option<rt::DateTime>,
    /// Identifies whether the key material rotation was a scheduled [automatic rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html) or an [on-demand rotation](https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html). This field is not present for the first key material or an imported key material in `PENDING\_ROTATION` state.
    pub rotation_type: Option<RotationType>,
}
rt::structure!(
    RotationsListEntry, ROTATIONS_LIST_ENTRY, [key_id, key_material_id,
    key_material_description, import_state, key_material_state, expiration_model,
    valid_to, rotation_date, rotation_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct ScheduleKeyDeletionInput {
    /// The unique identifier of the KMS key to delete.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The waiting period, specified in number of days. After the waiting period ends, KMS deletes the KMS key.
    ///
    /// If the KMS key is a multi-Region primary key with replica keys, the waiting period begins when the last of its replica keys is deleted. Otherwise, the waiting period begins immediately.
    ///
    /// This value is optional. If you include a value, it must be between 7 and 30, inclusive. If you do not include a value, it defaults to 30. You can use the [ `kms:ScheduleKeyDeletionPendingWindowInDays` ](https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-schedule-key-deletion-pending-window-in-days) condition key to further constrain the values that principals can specify in the `PendingWindowInDays` parameter.
    pub pending_window_in_days: Option<i32>,
}
rt::structure!(
    ScheduleKeyDeletionInput, SCHEDULE_KEY_DELETION_INPUT, [key_id,
    pending_window_in_days]
);
#[derive(Clone, Default, PartialEq)]
pub struct ScheduleKeyDeletionOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key whose deletion is scheduled.
    pub key_id: Option<String>,
    /// The date and time after which KMS deletes the KMS key.
    ///
    /// If the KMS key is a multi-Region primary key with replica keys, this field does not appear. The deletion date for the primary key isn't known until its last replica key is deleted.
    pub deletion_date: Option<rt::DateTime>,
    /// The current status of the KMS key.
    ///
    /// For more information about how key state affects the use of a KMS key, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    pub key_state: Option<KeyState>,
    /// The waiting period before the KMS key is deleted.
    ///
    /// If the KMS key is a multi-Region primary key with replicas, the waiting period begins when the last of its replica keys is deleted. Otherwise, the waiting period begins immediately.
    pub pending_window_in_days: Option<i32>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ScheduleKeyDeletionOutput, SCHEDULE_KEY_DELETION_OUTPUT, [key_id, deletion_date,
    key_state, pending_window_in_days], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct SignInput {
    /// Identifies an asymmetric KMS key. KMS uses the private key in the asymmetric KMS key to sign the message. The `KeyUsage` type of the KMS key must be `SIGN\_VERIFY`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Specifies the message or message digest to sign. Messages can be 0-4096 bytes. To sign a larger message, provide a message digest.
    ///
    /// If you provide a message digest, use the `DIGEST` value of `MessageType` to prevent the digest from being hashed again while signing.
    pub message: Vec<u8>,
    /// Tells KMS whether the value of the `Message` parameter should be hashed as part of the signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which are already hashed; use `EXTERNAL\_MU` for 64-byte representative μ used in ML-DSA signing as defined in NIST FIPS 204 Section 6.2.
    ///
    /// When the value of `MessageType` is `RAW`, KMS uses the standard signing algorithm, which begins with a hash function. When the value is `DIGEST`, KMS skips the hashing step in the signing algorithm. When the value is `EXTERNAL\_MU` KMS skips the concatenated hashing of the public key hash and the message done in the ML-DSA signing algorithm.
    ///
    /// Use the `DIGEST` or `EXTERNAL\_MU` value only when the value of the `Message` parameter is a message digest. If you use the `DIGEST` value with an unhashed message, the security of the signing operation can be compromised.
    ///
    /// When using ECC\_NIST\_EDWARDS25519 KMS keys:
    ///
    /// - ED25519\_SHA\_512 signing algorithm requires KMS `MessageType:RAW`
    ///
    /// - ED25519\_PH\_SHA\_512 signing algorithm requires KMS `MessageType:DIGEST`
    ///
    /// When you specify the ED25519\_PH\_SHA\_512 signing algorithm with `MessageType:DIGEST`, KMS still performs the SHA-512 prehash described in [Step 1 of Section 7.8.1 in FIPS 186-5](https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.186-5.pdf#page=39). This means the input is hashed twice: once by you and once by KMS.
    ///
    /// When the value of `MessageType` is `DIGEST`, the length of the `Message` value must match the length of hashed messages for the specified signing algorithm.
    ///
    /// When the value of `MessageType` is `EXTERNAL\_MU` the length of the `Message` value must be 64 bytes.
    ///
    /// You can submit a message digest and omit the `MessageType` or specify `RAW` so the digest is hashed again while signing. However, this can cause verification failures when verifying with a system that assumes a single hash.
    ///
    /// The hashing algorithm that `Sign` uses is based on the `SigningAlgorithm` value.
    ///
    /// - Signing algorithms that end in SHA\_256 use the SHA\_256 hashing algorithm.
    ///
    /// - Signing algorithms that end in SHA\_384 use the SHA\_384 hashing algorithm.
    ///
    /// - Signing algorithms that end in SHA\_512 use the SHA\_512 hashing algorithm.
    ///
    /// - Signing algorithms that end in SHAKE\_256 use the SHAKE\_256 hashing algorithm.
    ///
    /// - SM2DSA uses the SM3 hashing algorithm. For details, see [Offline verification with SM2 key pairs](https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html#key-spec-sm-offline-verification).
    pub message_type: Option<MessageType>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Specifies the signing algorithm to use when signing the message.
    ///
    /// Choose an algorithm that is compatible with the type and size of the specified asymmetric KMS key. When signing with RSA key pairs, RSASSA-PSS algorithms are preferred. We include RSASSA-PKCS1-v1\_5 algorithms for compatibility with existing applications.
    pub signing_algorithm: SigningAlgorithmSpec,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    SignInput, SIGN_INPUT, [key_id, message, message_type, grant_tokens,
    signing_algorithm, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct SignOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key that was used to sign the message.
    pub key_id: Option<String>,
    /// The cryptographic signature that was generated for the message.
    ///
    /// - When used with the supported RSA signing algorithms, the encoding of this value is defined by [PKCS \#1 in RFC 8017](https://tools.ietf.org/html/rfc8017).
    ///
    /// - When used with the `ECDSA\_SHA\_256`, `ECDSA\_SHA\_384`, or `ECDSA\_SHA\_512` signing algorithms, this value is a DER-encoded object as defined by ANSI X9.62–2005 and [RFC 3279 Section 2.2.3](https://tools.ietf.org/html/rfc3279#section-2.2.3). This is the most commonly used signature format and is appropriate for most uses.
    ///
    /// When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub signature: Option<Vec<u8>>,
    /// The signing algorithm that was used to sign the message.
    pub signing_algorithm: Option<SigningAlgorithmSpec>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SignOutput, SIGN_OUTPUT, [key_id, signature, signing_algorithm], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SigningAlgorithmSpec {
    /// `RSASSA_PSS_SHA_256`
    RsassaPssSha256,
    /// `RSASSA_PSS_SHA_384`
    RsassaPssSha384,
    /// `RSASSA_PSS_SHA_512`
    RsassaPssSha512,
    /// `RSASSA_PKCS1_V1_5_SHA_256`
    RsassaPkcs1V15Sha256,
    /// `RSASSA_PKCS1_V1_5_SHA_384`
    RsassaPkcs1V15Sha384,
    /// `RSASSA_PKCS1_V1_5_SHA_512`
    RsassaPkcs1V15Sha512,
    /// `ECDSA_SHA_256`
    EcdsaSha256,
    /// `ECDSA_SHA_384`
    EcdsaSha384,
    /// `ECDSA_SHA_512`
    EcdsaSha512,
    /// `SM2DSA`
    Sm2dsa,
    /// `ML_DSA_SHAKE_256`
    MlDsaShake256,
    /// `ED25519_SHA_512`
    Ed25519Sha512,
    /// `ED25519_PH_SHA_512`
    Ed25519PhSha512,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SigningAlgorithmSpec, { RsassaPssSha256 => "RSASSA_PSS_SHA_256", RsassaPssSha384 =>
    "RSASSA_PSS_SHA_384", RsassaPssSha512 => "RSASSA_PSS_SHA_512", RsassaPkcs1V15Sha256
    => "RSASSA_PKCS1_V1_5_SHA_256", RsassaPkcs1V15Sha384 => "RSASSA_PKCS1_V1_5_SHA_384",
    RsassaPkcs1V15Sha512 => "RSASSA_PKCS1_V1_5_SHA_512", EcdsaSha256 => "ECDSA_SHA_256",
    EcdsaSha384 => "ECDSA_SHA_384", EcdsaSha512 => "ECDSA_SHA_512", Sm2dsa => "SM2DSA",
    MlDsaShake256 => "ML_DSA_SHAKE_256", Ed25519Sha512 => "ED25519_SHA_512",
    Ed25519PhSha512 => "ED25519_PH_SHA_512" }
);
/// A key-value pair. A tag consists of a tag key and a tag value. Tag keys and tag values are both required, but tag values can be empty (null) strings.
///
/// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
///
/// For information about the rules that apply to tag keys and tag values, see [User-Defined Tag Restrictions](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/allocation-tag-restrictions.html) in the *Amazon Web Services Billing and Cost Management User Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    pub tag_key: String,
    /// The value of the tag.
    pub tag_value: String,
}
rt::structure!(Tag, TAG, [tag_key, tag_value]);
/// The request was rejected because one or more tags are not valid.
#[derive(Clone, Default, PartialEq)]
pub struct TagException {
    pub message: Option<String>,
}
rt::structure!(TagException, TAG_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// Identifies a customer managed key in the account and Region.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// One or more tags. Each tag consists of a tag key and a tag value. The tag value can be an empty (null) string.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
    pub tags: Vec<Tag>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [key_id, tags]);
/// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
#[derive(Clone, Default, PartialEq)]
pub struct UnsupportedOperationException {
    pub message: Option<String>,
}
rt::structure!(
    UnsupportedOperationException, UNSUPPORTED_OPERATION_EXCEPTION, [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// Identifies the KMS key from which you are removing tags.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// One or more tag keys. Specify only the tag keys, not the tag values.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [key_id, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAliasInput {
    /// Identifies the alias that is changing its KMS key. This value must begin with `alias/` followed by the alias name, such as `alias/ExampleAlias`. You cannot use `UpdateAlias` to change the alias name.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    pub alias_name: String,
    /// Identifies the [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key) to associate with the alias. You don't have permission to associate an alias with an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
    ///
    /// The KMS key must be in the same Amazon Web Services account and Region as the alias. Also, the new target KMS key must be the same type as the current target KMS key (both symmetric or both asymmetric or both HMAC) and they must have the same key usage.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    ///
    /// To verify that the alias is mapped to the correct KMS key, use ListAliases.
    pub target_key_id: String,
}
rt::structure!(UpdateAliasInput, UPDATE_ALIAS_INPUT, [alias_name, target_key_id]);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateCustomKeyStoreInput {
    /// Identifies the custom key store that you want to update. Enter the ID of the custom key store. To find the ID of a custom key store, use the DescribeCustomKeyStores operation.
    pub custom_key_store_id: String,
    /// Changes the friendly name of the custom key store to the value that you specify. The custom key store name must be unique in the Amazon Web Services account.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// To change this value, the custom key store can be connected or disconnected.
    pub new_custom_key_store_name: Option<String>,
    /// Enter the current password of the `kmsuser` crypto user (CU) in the CloudHSM cluster that is associated with the custom key store. This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `AWS\_CLOUDHSM`.
    ///
    /// This parameter tells KMS the current password of the `kmsuser` crypto user (CU). It does not set or change the password of any users in the CloudHSM cluster.
    ///
    /// To change this value, the CloudHSM key store must be disconnected.
    pub key_store_password: Option<String>,
    /// Associates the custom key store with a related CloudHSM cluster. This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `AWS\_CLOUDHSM`.
    ///
    /// Enter the cluster ID of the cluster that you used to create the custom key store or a cluster that shares a backup history and has the same cluster certificate as the original cluster. You cannot use this parameter to associate a custom key store with an unrelated cluster. In addition, the replacement cluster must [fulfill the requirements](https://docs.aws.amazon.com/kms/latest/developerguide/create-keystore.html#before-keystore) for a cluster associated with a custom key store. To view the cluster certificate of a cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
    ///
    /// To change this value, the CloudHSM key store must be disconnected.
    pub cloud_hsm_cluster_id: Option<String>,
    /// Changes the URI endpoint that KMS uses to connect to your external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// For external key stores with an `XksProxyConnectivity` value of `PUBLIC\_ENDPOINT`, the protocol must be HTTPS.
    ///
    /// For external key stores with an `XksProxyConnectivity` value of `VPC\_ENDPOINT\_SERVICE`, specify `https://` followed by the private DNS name associated with the VPC endpoint service. Each external key store must use a different private DNS name.
    ///
    /// The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_uri_endpoint: Option<String>,
    /// Changes the base path to the proxy APIs for this external key store. To find this value, see the documentation for your external key manager and external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// The value must start with `/` and must end with `/kms/xks/v1`, where `v1` represents the version of the KMS external key store proxy API. You can include an optional prefix between the required elements such as `/*example*/kms/xks/v1`.
    ///
    /// The combined `XksProxyUriEndpoint` and `XksProxyUriPath` values must be unique in the Amazon Web Services account and Region.
    ///
    /// You can change this value when the external key store is connected or disconnected.
    pub xks_proxy_uri_path: Option<String>,
    /// Changes the name that KMS uses to identify the Amazon VPC endpoint service for your external key store proxy (XKS proxy). This parameter is valid when the `CustomKeyStoreType` is `EXTERNAL\_KEY\_STORE` and the `XksProxyConnectivity` is `VPC\_ENDPOINT\_SERVICE`.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_vpc_endpoint_service_name: Option<String>,
    /// Changes the Amazon Web Services account ID that KMS uses to identify the Amazon VPC endpoint service for your external key store proxy (XKS proxy). This parameter is optional. If not specified, the current Amazon Web Services account ID for the VPC endpoint service will not be updated.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_vpc_endpoint_service_owner: Option<String>,
    /// Changes the credentials that KMS uses to sign requests to the external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL\_KEY\_STORE`.
    ///
    /// You must specify both the `AccessKeyId` and `SecretAccessKey` value in the authentication credential, even if you are only updating one value.
    ///
    /// This parameter doesn't establish or change your authentication credentials on the proxy. It just tells KMS the credential that you established with your external key store proxy. For example, if you rotate the credential on your external key store proxy, you can use this parameter to update the credential in KMS.
    ///
    /// You can change this value when the external key store is connected or disconnected.
    pub xks_proxy_authentication_credential: Option<
        XksProxyAuthenticationCredentialType,
    >,
    /// Changes the connectivity setting for the external key store. To indicate that the external key store proxy uses a Amazon VPC endpoint service to communicate with KMS, specify `VPC\_ENDPOINT\_SERVICE`. Otherwise, specify `PUBLIC\_ENDPOINT`.
    ///
    /// If you change the `XksProxyConnectivity` to `VPC\_ENDPOINT\_SERVICE`, you must also change the `XksProxyUriEndpoint` and add an `XksProxyVpcEndpointServiceName` value.
    ///
    /// If you change the `XksProxyConnectivity` to `PUBLIC\_ENDPOINT`, you must also change the `XksProxyUriEndpoint` and specify a null or empty string for the `XksProxyVpcEndpointServiceName` value.
    ///
    /// To change this value, the external key store must be disconnected.
    pub xks_proxy_connectivity: Option<XksProxyConnectivityType>,
}
rt::structure!(
    UpdateCustomKeyStoreInput, UPDATE_CUSTOM_KEY_STORE_INPUT, [custom_key_store_id,
    new_custom_key_store_name, key_store_password, cloud_hsm_cluster_id,
    xks_proxy_uri_endpoint, xks_proxy_uri_path, xks_proxy_vpc_endpoint_service_name,
    xks_proxy_vpc_endpoint_service_owner, xks_proxy_authentication_credential,
    xks_proxy_connectivity]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateCustomKeyStoreOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateCustomKeyStoreOutput, UPDATE_CUSTOM_KEY_STORE_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateKeyDescriptionInput {
    /// Updates the description of the specified KMS key.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// New description for the KMS key.
    ///
    /// Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    pub description: String,
}
rt::structure!(
    UpdateKeyDescriptionInput, UPDATE_KEY_DESCRIPTION_INPUT, [key_id, description]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdatePrimaryRegionInput {
    /// Identifies the current primary key. When the operation completes, this KMS key will be a replica key.
    ///
    /// Specify the key ID or key ARN of a multi-Region primary key.
    ///
    /// For example:
    ///
    /// - Key ID: `mrk-1234abcd12ab34cd56ef1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: String,
    /// The Amazon Web Services Region of the new primary key. Enter the Region ID, such as `us-east-1` or `ap-southeast-2`. There must be an existing replica key in this Region.
    ///
    /// When the operation completes, the multi-Region key in this Region will be the primary key.
    pub primary_region: String,
}
rt::structure!(
    UpdatePrimaryRegionInput, UPDATE_PRIMARY_REGION_INPUT, [key_id, primary_region]
);
#[derive(Clone, Default, PartialEq)]
pub struct VerifyMacInput {
    /// The message that will be used in the verification. Enter the same message that was used to generate the HMAC.
    ///
    /// GenerateMac and `VerifyMac` do not provide special handling for message digests. If you generated an HMAC for a hash digest of a message, you must verify the HMAC for the same hash digest.
    pub message: Vec<u8>,
    /// The KMS key that will be used in the verification.
    ///
    /// Enter a key ID of the KMS key that was used to generate the HMAC. If you identify a different KMS key, the `VerifyMac` operation fails.
    pub key_id: String,
    /// The MAC algorithm that will be used in the verification. Enter the same MAC algorithm that was used to compute the HMAC. This algorithm must be supported by the HMAC KMS key identified by the `KeyId` parameter.
    pub mac_algorithm: MacAlgorithmSpec,
    /// The HMAC to verify. Enter the HMAC that was generated by the GenerateMac operation when you specified the same message, HMAC KMS key, and MAC algorithm as the values specified in this request.
    pub mac: Vec<u8>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    VerifyMacInput, VERIFY_MAC_INPUT, [message, key_id, mac_algorithm, mac, grant_tokens,
    dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct VerifyMacOutput {
    /// The HMAC KMS key used in the verification.
    pub key_id: Option<String>,
    /// A Boolean value that indicates whether the HMAC was verified. A value of `True` indicates that the HMAC (`Mac`) was generated with the specified `Message`, HMAC KMS key (`KeyID`) and `MacAlgorithm.`.
    ///
    /// If the HMAC is not verified, the `VerifyMac` operation fails with a `KMSInvalidMacException` exception. This exception indicates that one or more of the inputs changed since the HMAC was computed.
    pub mac_valid: Option<bool>,
    /// The MAC algorithm used in the verification.
    pub mac_algorithm: Option<MacAlgorithmSpec>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    VerifyMacOutput, VERIFY_MAC_OUTPUT, [key_id, mac_valid, mac_algorithm], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct VerifyInput {
    /// Identifies the asymmetric KMS key that will be used to verify the signature. This must be the same KMS key that was used to generate the signature. If you specify a different KMS key, the signature verification fails.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// - Alias name: `alias/ExampleAlias`
    ///
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: String,
    /// Specifies the message that was signed. You can submit a raw message of up to 4096 bytes, or a hash digest of the message. If you submit a digest, use the `MessageType` parameter with a value of `DIGEST`.
    ///
    /// If the message specified here is different from the message that was signed, the signature verification fails. A message and its hash digest are considered to be the same message.
    pub message: Vec<u8>,
    /// Tells KMS whether the value of the `Message` parameter should be hashed as part of the signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which are already hashed; use `EXTERNAL\_MU` for 64-byte representative μ used in ML-DSA signing as defined in NIST FIPS 204 Section 6.2.
    ///
    /// When the value of `MessageType` is `RAW`, KMS uses the standard signing algorithm, which begins with a hash function. When the value is `DIGEST`, KMS skips the hashing step in the signing algorithm. When the value is `EXTERNAL\_MU` KMS skips the concatenated hashing of the public key hash and the message done in the ML-DSA signing algorithm.
    ///
    /// Use the `DIGEST` or `EXTERNAL\_MU` value only when the value of the `Message` parameter is a message digest. If you use the `DIGEST` value with an unhashed message, the security of the signing operation can be compromised.
    ///
    /// When using ECC\_NIST\_EDWARDS25519 KMS keys:
    ///
    /// - ED25519\_SHA\_512 signing algorithm requires KMS `MessageType:RAW`
    ///
    /// - ED25519\_PH\_SHA\_512 signing algorithm requires KMS `MessageType:DIGEST`
    ///
    /// When you specify the ED25519\_PH\_SHA\_512 signing algorithm with `MessageType:DIGEST`, KMS still performs the SHA-512 prehash described in [Step 1 of Section 7.8.1 in FIPS 186-5](https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.186-5.pdf#page=39). This means the input is hashed twice: once by you and once by KMS.
    ///
    /// When the value of `MessageType` is `DIGEST`, the length of the `Message` value must match the length of hashed messages for the specified signing algorithm.
    ///
    /// When the value of `MessageType` is `EXTERNAL\_MU` the length of the `Message` value must be 64 bytes.
    ///
    /// You can submit a message digest and omit the `MessageType` or specify `RAW` so the digest is hashed again while signing. However, if the signed message is hashed once while signing, but twice while verifying, verification fails, even when the message hasn't changed.
    ///
    /// The hashing algorithm that `Verify` uses is based on the `SigningAlgorithm` value.
    ///
    /// - Signing algorithms that end in SHA\_256 use the SHA\_256 hashing algorithm.
    ///
    /// - Signing algorithms that end in SHA\_384 use the SHA\_384 hashing algorithm.
    ///
    /// - Signing algorithms that end in SHA\_512 use the SHA\_512 hashing algorithm.
    ///
    /// - Signing algorithms that end in SHAKE\_256 use the SHAKE\_256 hashing algorithm.
    ///
    /// - SM2DSA uses the SM3 hashing algorithm. For details, see [Offline verification with SM2 key pairs](https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html#key-spec-sm-offline-verification).
    pub message_type: Option<MessageType>,
    /// The signature that the `Sign` operation generated.
    pub signature: Vec<u8>,
    /// The signing algorithm that was used to sign the message. If you submit a different algorithm, the signature verification fails.
    pub signing_algorithm: SigningAlgorithmSpec,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
    pub grant_tokens: Option<Vec<String>>,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
    pub dry_run: Option<bool>,
}
rt::structure!(
    VerifyInput, VERIFY_INPUT, [key_id, message, message_type, signature,
    signing_algorithm, grant_tokens, dry_run]
);
#[derive(Clone, Default, PartialEq)]
pub struct VerifyOutput {
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key that was used to verify the signature.
    pub key_id: Option<String>,
    /// A Boolean value that indicates whether the signature was verified. A value of `True` indicates that the `Signature` was produced by signing the `Message` with the specified `KeyID` and `SigningAlgorithm.` If the signature is not verified, the `Verify` operation fails with a `KMSInvalidSignatureException` exception.
    pub signature_valid: Option<bool>,
    /// The signing algorithm that was used to verify the signature.
    pub signing_algorithm: Option<SigningAlgorithmSpec>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    VerifyOutput, VERIFY_OUTPUT, [key_id, signature_valid, signing_algorithm], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WrappingKeySpec {
    /// `RSA_2048`
    Rsa2048,
    /// `RSA_3072`
    Rsa3072,
    /// `RSA_4096`
    Rsa4096,
    /// `SM2`
    Sm2,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    WrappingKeySpec, { Rsa2048 => "RSA_2048", Rsa3072 => "RSA_3072", Rsa4096 =>
    "RSA_4096", Sm2 => "SM2" }
);
/// The request was rejected because the (`XksKeyId`) is already associated with another KMS key in this external key store. Each KMS key in an external key store must be associated with a different external key.
#[derive(Clone, Default, PartialEq)]
pub struct XksKeyAlreadyInUseException {
    pub message: Option<String>,
}
rt::structure!(XksKeyAlreadyInUseException, XKS_KEY_ALREADY_IN_USE_EXCEPTION, [message]);
/// Information about the [external key ](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key)that is associated with a KMS key in an external key store.
///
/// This element appears in a CreateKey or DescribeKey response only for a KMS key in an external key store.
///
/// The *external key* is a symmetric encryption key that is hosted by an external key manager outside of Amazon Web Services. When you use the KMS key in an external key store in a cryptographic operation, the cryptographic operation is performed in the external key manager using the specified external key. For more information, see [External key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) in the *Key Management Service Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct XksKeyConfigurationType {
    /// The ID of the external key in its external key manager. This is the ID that the external key store proxy uses to identify the external key.
    pub id: Option<String>,
}
rt::structure!(XksKeyConfigurationType, XKS_KEY_CONFIGURATION_TYPE, [id]);
/// The request was rejected because the external key specified by the `XksKeyId` parameter did not meet the configuration requirements for an external key store.
///
/// The external key must be an AES-256 symmetric key that is enabled and performs encryption and decryption.
#[derive(Clone, Default, PartialEq)]
pub struct XksKeyInvalidConfigurationException {
    pub message: Option<String>,
}
rt::structure!(
    XksKeyInvalidConfigurationException, XKS_KEY_INVALID_CONFIGURATION_EXCEPTION,
    [message]
);
/// The request was rejected because the external key store proxy could not find the external key. This exception is thrown when the value of the `XksKeyId` parameter doesn't identify a key in the external key manager associated with the external key proxy.
///
/// Verify that the `XksKeyId` represents an existing key in the external key manager. Use the key identifier that the external key store proxy uses to identify the key. For details, see the documentation provided with your external key store proxy or key manager.
#[derive(Clone, Default, PartialEq)]
pub struct XksKeyNotFoundException {
    pub message: Option<String>,
}
rt::structure!(XksKeyNotFoundException, XKS_KEY_NOT_FOUND_EXCEPTION, [message]);
/// KMS uses the authentication credential to sign requests that it sends to the external key store proxy (XKS proxy) on your behalf. You establish these credentials on your external key store proxy and report them to KMS.
///
/// The `XksProxyAuthenticationCredential` includes two required elements.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyAuthenticationCredentialType {
    /// A unique identifier for the raw secret access key.
    pub access_key_id: String,
    /// A secret string of 43-64 characters. Valid characters are a-z, A-Z, 0-9, /, +, and =.
    pub raw_secret_access_key: String,
}
rt::structure!(
    XksProxyAuthenticationCredentialType, XKS_PROXY_AUTHENTICATION_CREDENTIAL_TYPE,
    [access_key_id, raw_secret_access_key]
);
/// Detailed information about the external key store proxy (XKS proxy). Your external key store proxy translates KMS requests into a format that your external key manager can understand. These fields appear in a DescribeCustomKeyStores response only when the `CustomKeyStoreType` is `EXTERNAL\_KEY\_STORE`.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyConfigurationType {
    /// Indicates whether the external key store proxy uses a public endpoint or an Amazon VPC endpoint service to communicate with KMS.
    pub connectivity: Option<XksProxyConnectivityType>,
    /// The part of the external key store [proxy authentication credential](https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateCustomKeyStore.html#KMS-CreateCustomKeyStore-request-XksProxyAuthenticationCredential) that uniquely identifies the secret access key.
    pub access_key_id: Option<String>,
    /// The URI endpoint for the external key store proxy.
    ///
    /// If the external key store proxy has a public endpoint, it is displayed here.
    ///
    /// If the external key store proxy uses an Amazon VPC endpoint service name, this field displays the private DNS name associated with the VPC endpoint service.
    pub uri_endpoint: Option<String>,
    /// The path to the external key store proxy APIs.
    pub uri_path: Option<String>,
    /// The Amazon VPC endpoint service used to communicate with the external key store proxy. This field appears only when the external key store proxy uses an Amazon VPC endpoint service to communicate with KMS.
    pub vpc_endpoint_service_name: Option<String>,
    /// The Amazon Web Services account ID that owns the Amazon VPC endpoint service used to communicate with the external key store proxy (XKS). This field appears only when the XKS uses an VPC endpoint service to communicate with KMS.
    pub vpc_endpoint_service_owner: Option<String>,
}
rt::structure!(
    XksProxyConfigurationType, XKS_PROXY_CONFIGURATION_TYPE, [connectivity,
    access_key_id, uri_endpoint, uri_path, vpc_endpoint_service_name,
    vpc_endpoint_service_owner]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum XksProxyConnectivityType {
    /// `PUBLIC_ENDPOINT`
    PublicEndpoint,
    /// `VPC_ENDPOINT_SERVICE`
    VpcEndpointService,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    XksProxyConnectivityType, { PublicEndpoint => "PUBLIC_ENDPOINT", VpcEndpointService
    => "VPC_ENDPOINT_SERVICE" }
);
/// The request was rejected because the proxy credentials failed to authenticate to the specified external key store proxy. The specified external key store proxy rejected a status request from KMS due to invalid credentials. This can indicate an error in the credentials or in the identification of the external key store proxy.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyIncorrectAuthenticationCredentialException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyIncorrectAuthenticationCredentialException,
    XKS_PROXY_INCORRECT_AUTHENTICATION_CREDENTIAL_EXCEPTION, [message]
);
/// The request was rejected because the external key store proxy is not configured correctly. To identify the cause, see the error message that accompanies the exception.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyInvalidConfigurationException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyInvalidConfigurationException, XKS_PROXY_INVALID_CONFIGURATION_EXCEPTION,
    [message]
);
/// KMS cannot interpret the response it received from the external key store proxy. The problem might be a poorly constructed response, but it could also be a transient network issue. If you see this error repeatedly, report it to the proxy vendor.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyInvalidResponseException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyInvalidResponseException, XKS_PROXY_INVALID_RESPONSE_EXCEPTION, [message]
);
/// The request was rejected because the `XksProxyUriEndpoint` is already associated with another external key store in this Amazon Web Services Region. To identify the cause, see the error message that accompanies the exception.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyUriEndpointInUseException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyUriEndpointInUseException, XKS_PROXY_URI_ENDPOINT_IN_USE_EXCEPTION, [message]
);
/// The request was rejected because the concatenation of the `XksProxyUriEndpoint` and `XksProxyUriPath` is already associated with another external key store in this Amazon Web Services Region. Each external key store in a Region must use a unique external key store proxy API address.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyUriInUseException {
    pub message: Option<String>,
}
rt::structure!(XksProxyUriInUseException, XKS_PROXY_URI_IN_USE_EXCEPTION, [message]);
/// KMS was unable to reach the specified `XksProxyUriPath`. The path must be reachable before you create the external key store or update its settings.
///
/// This exception is also thrown when the external key store proxy response to a `GetHealthStatus` request indicates that all external key manager instances are unavailable.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyUriUnreachableException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyUriUnreachableException, XKS_PROXY_URI_UNREACHABLE_EXCEPTION, [message]
);
/// The request was rejected because the specified Amazon VPC endpoint service is already associated with another external key store in this Amazon Web Services Region. Each external key store in a Region must use a different Amazon VPC endpoint service.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyVpcEndpointServiceInUseException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyVpcEndpointServiceInUseException,
    XKS_PROXY_VPC_ENDPOINT_SERVICE_IN_USE_EXCEPTION, [message]
);
/// The request was rejected because the Amazon VPC endpoint service configuration does not fulfill the requirements for an external key store. To identify the cause, see the error message that accompanies the exception and [review the requirements](https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html#xks-vpc-requirements) for Amazon VPC endpoint service connectivity for an external key store.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyVpcEndpointServiceInvalidConfigurationException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyVpcEndpointServiceInvalidConfigurationException,
    XKS_PROXY_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION_EXCEPTION, [message]
);
/// The request was rejected because KMS could not find the specified VPC endpoint service. Use DescribeCustomKeyStores to verify the VPC endpoint service name for the external key store. Also, confirm that the `Allow principals` list for the VPC endpoint service includes the KMS service principal for the Region, such as `cks.kms.us-east-1.amazonaws.com`.
#[derive(Clone, Default, PartialEq)]
pub struct XksProxyVpcEndpointServiceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(
    XksProxyVpcEndpointServiceNotFoundException,
    XKS_PROXY_VPC_ENDPOINT_SERVICE_NOT_FOUND_EXCEPTION, [message]
);

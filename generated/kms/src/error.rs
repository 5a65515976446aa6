//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `CancelKeyDeletion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelKeyDeletionError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CancelKeyDeletionError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException]
);
/// The errors `ConnectCustomKeyStore` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConnectCustomKeyStoreError {
    /// The request was rejected because the CloudHSM cluster associated with the CloudHSM key store is not active. Initialize and activate the cluster and try the command again. For detailed instructions, see [Getting Started](https://docs.aws.amazon.com/cloudhsm/latest/userguide/getting-started.html) in the *CloudHSM User Guide*.
    CloudHsmClusterNotActiveException(super::types::CloudHsmClusterNotActiveException),
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
    CustomKeyStoreInvalidStateException(
        super::types::CustomKeyStoreInvalidStateException,
    ),
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
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
    CloudHsmClusterInvalidConfigurationException(
        super::types::CloudHsmClusterInvalidConfigurationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ConnectCustomKeyStoreError, [CloudHsmClusterNotActiveException,
    CustomKeyStoreInvalidStateException, CustomKeyStoreNotFoundException,
    KmsInternalException, CloudHsmClusterInvalidConfigurationException]
);
/// The errors `CreateAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateAliasError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because it attempted to create a resource that already exists.
    AlreadyExistsException(super::types::AlreadyExistsException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified alias name is not valid.
    InvalidAliasNameException(super::types::InvalidAliasNameException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateAliasError, [DependencyTimeoutException, AlreadyExistsException,
    NotFoundException, InvalidAliasNameException, KmsInternalException,
    LimitExceededException, KmsInvalidStateException]
);
/// The errors `CreateCustomKeyStore` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCustomKeyStoreError {
    /// The request was rejected because the specified CloudHSM cluster is already associated with an CloudHSM key store in the account, or it shares a backup history with an CloudHSM key store in the account. Each CloudHSM key store in the account must be associated with a different CloudHSM cluster.
    ///
    /// CloudHSM clusters that share a backup history have the same cluster certificate. To view the cluster certificate of an CloudHSM cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
    CloudHsmClusterInUseException(super::types::CloudHsmClusterInUseException),
    /// The request was rejected because the specified custom key store name is already assigned to another custom key store in the account. Try again with a custom key store name that is unique in the account.
    CustomKeyStoreNameInUseException(super::types::CustomKeyStoreNameInUseException),
    /// The request was rejected because KMS cannot find the CloudHSM cluster with the specified cluster ID. Retry the request with a different cluster ID.
    CloudHsmClusterNotFoundException(super::types::CloudHsmClusterNotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the CloudHSM cluster associated with the CloudHSM key store is not active. Initialize and activate the cluster and try the command again. For detailed instructions, see [Getting Started](https://docs.aws.amazon.com/cloudhsm/latest/userguide/getting-started.html) in the *CloudHSM User Guide*.
    CloudHsmClusterNotActiveException(super::types::CloudHsmClusterNotActiveException),
    /// The request was rejected because the trust anchor certificate in the request to create an CloudHSM key store is not the trust anchor certificate for the specified CloudHSM cluster.
    ///
    /// When you [initialize the CloudHSM cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/initialize-cluster.html#sign-csr), you create the trust anchor certificate and save it in the `customerCA.crt` file.
    IncorrectTrustAnchorException(super::types::IncorrectTrustAnchorException),
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
    CloudHsmClusterInvalidConfigurationException(
        super::types::CloudHsmClusterInvalidConfigurationException,
    ),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the concatenation of the `XksProxyUriEndpoint` and `XksProxyUriPath` is already associated with another external key store in this Amazon Web Services Region. Each external key store in a Region must use a unique external key store proxy API address.
    XksProxyUriInUseException(super::types::XksProxyUriInUseException),
    /// The request was rejected because the `XksProxyUriEndpoint` is already associated with another external key store in this Amazon Web Services Region. To identify the cause, see the error message that accompanies the exception.
    XksProxyUriEndpointInUseException(super::types::XksProxyUriEndpointInUseException),
    /// KMS was unable to reach the specified `XksProxyUriPath`. The path must be reachable before you create the external key store or update its settings.
    ///
    /// This exception is also thrown when the external key store proxy response to a `GetHealthStatus` request indicates that all external key manager instances are unavailable.
    XksProxyUriUnreachableException(super::types::XksProxyUriUnreachableException),
    /// The request was rejected because the proxy credentials failed to authenticate to the specified external key store proxy. The specified external key store proxy rejected a status request from KMS due to invalid credentials. This can indicate an error in the credentials or in the identification of the external key store proxy.
    XksProxyIncorrectAuthenticationCredentialException(
        super::types::XksProxyIncorrectAuthenticationCredentialException,
    ),
    /// The request was rejected because the specified Amazon VPC endpoint service is already associated with another external key store in this Amazon Web Services Region. Each external key store in a Region must use a different Amazon VPC endpoint service.
    XksProxyVpcEndpointServiceInUseException(
        super::types::XksProxyVpcEndpointServiceInUseException,
    ),
    /// The request was rejected because KMS could not find the specified VPC endpoint service. Use DescribeCustomKeyStores to verify the VPC endpoint service name for the external key store. Also, confirm that the `Allow principals` list for the VPC endpoint service includes the KMS service principal for the Region, such as `cks.kms.us-east-1.amazonaws.com`.
    XksProxyVpcEndpointServiceNotFoundException(
        super::types::XksProxyVpcEndpointServiceNotFoundException,
    ),
    /// The request was rejected because the Amazon VPC endpoint service configuration does not fulfill the requirements for an external key store. To identify the cause, see the error message that accompanies the exception and [review the requirements](https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html#xks-vpc-requirements) for Amazon VPC endpoint service connectivity for an external key store.
    XksProxyVpcEndpointServiceInvalidConfigurationException(
        super::types::XksProxyVpcEndpointServiceInvalidConfigurationException,
    ),
    /// KMS cannot interpret the response it received from the external key store proxy. The problem might be a poorly constructed response, but it could also be a transient network issue. If you see this error repeatedly, report it to the proxy vendor.
    XksProxyInvalidResponseException(super::types::XksProxyInvalidResponseException),
    /// The request was rejected because the external key store proxy is not configured correctly. To identify the cause, see the error message that accompanies the exception.
    XksProxyInvalidConfigurationException(
        super::types::XksProxyInvalidConfigurationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateCustomKeyStoreError, [CloudHsmClusterInUseException,
    CustomKeyStoreNameInUseException, CloudHsmClusterNotFoundException,
    KmsInternalException, CloudHsmClusterNotActiveException,
    IncorrectTrustAnchorException, CloudHsmClusterInvalidConfigurationException,
    LimitExceededException, XksProxyUriInUseException, XksProxyUriEndpointInUseException,
    XksProxyUriUnreachableException, XksProxyIncorrectAuthenticationCredentialException,
    XksProxyVpcEndpointServiceInUseException,
    XksProxyVpcEndpointServiceNotFoundException,
    XksProxyVpcEndpointServiceInvalidConfigurationException,
    XksProxyInvalidResponseException, XksProxyInvalidConfigurationException]
);
/// The errors `CreateGrant` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateGrantError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateGrantError, [NotFoundException, DisabledException, DependencyTimeoutException,
    InvalidArnException, KmsInternalException, InvalidGrantTokenException,
    LimitExceededException, KmsInvalidStateException, DryRunOperationException]
);
/// The errors `CreateKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateKeyError {
    /// The request was rejected because the specified policy is not syntactically or semantically correct.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because one or more tags are not valid.
    TagException(super::types::TagException),
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
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
    CustomKeyStoreInvalidStateException(
        super::types::CustomKeyStoreInvalidStateException,
    ),
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
    CloudHsmClusterInvalidConfigurationException(
        super::types::CloudHsmClusterInvalidConfigurationException,
    ),
    /// The request was rejected because the external key specified by the `XksKeyId` parameter did not meet the configuration requirements for an external key store.
    ///
    /// The external key must be an AES-256 symmetric key that is enabled and performs encryption and decryption.
    XksKeyInvalidConfigurationException(
        super::types::XksKeyInvalidConfigurationException,
    ),
    /// The request was rejected because the (`XksKeyId`) is already associated with another KMS key in this external key store. Each KMS key in an external key store must be associated with a different external key.
    XksKeyAlreadyInUseException(super::types::XksKeyAlreadyInUseException),
    /// The request was rejected because the external key store proxy could not find the external key. This exception is thrown when the value of the `XksKeyId` parameter doesn't identify a key in the external key manager associated with the external key proxy.
    ///
    /// Verify that the `XksKeyId` represents an existing key in the external key manager. Use the key identifier that the external key store proxy uses to identify the key. For details, see the documentation provided with your external key store proxy or key manager.
    XksKeyNotFoundException(super::types::XksKeyNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateKeyError, [MalformedPolicyDocumentException, DependencyTimeoutException,
    InvalidArnException, UnsupportedOperationException, KmsInternalException,
    LimitExceededException, TagException, CustomKeyStoreNotFoundException,
    CustomKeyStoreInvalidStateException, CloudHsmClusterInvalidConfigurationException,
    XksKeyInvalidConfigurationException, XksKeyAlreadyInUseException,
    XksKeyNotFoundException]
);
/// The errors `Decapsulate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecapsulateError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
    ///
    /// From the ImportKeyMaterial operation, the request was rejected because KMS could not decrypt the encrypted (wrapped) key material.
    ///
    /// From the Decapsulate operation, the request was rejected because the length of the `SharedSecretCiphertextBlob` is inconsistent with the specified ML-KEM key spec.
    InvalidCiphertextException(super::types::InvalidCiphertextException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DecapsulateError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, InvalidGrantTokenException, InvalidKeyUsageException,
    InvalidCiphertextException, KmsInternalException, KmsInvalidStateException,
    DryRunOperationException]
);
/// The errors `Decrypt` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecryptError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
    ///
    /// From the ImportKeyMaterial operation, the request was rejected because KMS could not decrypt the encrypted (wrapped) key material.
    ///
    /// From the Decapsulate operation, the request was rejected because the length of the `SharedSecretCiphertextBlob` is inconsistent with the specified ML-KEM key spec.
    InvalidCiphertextException(super::types::InvalidCiphertextException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The request was rejected because the specified KMS key cannot decrypt the data. The `KeyId` in a Decrypt request and the `SourceKeyId` in a ReEncrypt request must identify the same KMS key that was used to encrypt the ciphertext.
    IncorrectKeyException(super::types::IncorrectKeyException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DecryptError, [NotFoundException, DisabledException, InvalidCiphertextException,
    KeyUnavailableException, IncorrectKeyException, InvalidKeyUsageException,
    DependencyTimeoutException, InvalidGrantTokenException, KmsInternalException,
    KmsInvalidStateException, DryRunOperationException]
);
/// The errors `DeleteAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAliasError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAliasError, [DependencyTimeoutException, NotFoundException,
    KmsInternalException, KmsInvalidStateException]
);
/// The errors `DeleteCustomKeyStore` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCustomKeyStoreError {
    /// The request was rejected because the custom key store contains KMS keys. After verifying that you do not need to use the KMS keys, use the ScheduleKeyDeletion operation to delete the KMS keys. After they are deleted, you can delete the custom key store.
    CustomKeyStoreHasCmKsException(super::types::CustomKeyStoreHasCmKsException),
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
    CustomKeyStoreInvalidStateException(
        super::types::CustomKeyStoreInvalidStateException,
    ),
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteCustomKeyStoreError, [CustomKeyStoreHasCmKsException,
    CustomKeyStoreInvalidStateException, CustomKeyStoreNotFoundException,
    KmsInternalException]
);
/// The errors `DeleteImportedKeyMaterial` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteImportedKeyMaterialError {
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteImportedKeyMaterialError, [InvalidArnException, UnsupportedOperationException,
    DependencyTimeoutException, NotFoundException, KmsInternalException,
    KmsInvalidStateException]
);
/// The errors `DeriveSharedSecret` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeriveSharedSecretError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeriveSharedSecretError, [NotFoundException, DisabledException,
    KeyUnavailableException, DependencyTimeoutException, InvalidGrantTokenException,
    InvalidKeyUsageException, KmsInternalException, KmsInvalidStateException,
    DryRunOperationException]
);
/// The errors `DescribeCustomKeyStores` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCustomKeyStoresError {
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeCustomKeyStoresError, [CustomKeyStoreNotFoundException,
    InvalidMarkerException, KmsInternalException]
);
/// The errors `DescribeKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeKeyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeKeyError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException]
);
/// The errors `DisableKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableKeyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableKeyError, [NotFoundException, InvalidArnException, DependencyTimeoutException,
    KmsInternalException, KmsInvalidStateException]
);
/// The errors `DisableKeyRotation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableKeyRotationError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableKeyRotationError, [NotFoundException, DisabledException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException]
);
/// The errors `DisconnectCustomKeyStore` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisconnectCustomKeyStoreError {
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
    CustomKeyStoreInvalidStateException(
        super::types::CustomKeyStoreInvalidStateException,
    ),
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisconnectCustomKeyStoreError, [CustomKeyStoreInvalidStateException,
    CustomKeyStoreNotFoundException, KmsInternalException]
);
/// The errors `EnableKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableKeyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableKeyError, [NotFoundException, InvalidArnException, DependencyTimeoutException,
    KmsInternalException, LimitExceededException, KmsInvalidStateException]
);
/// The errors `EnableKeyRotation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableKeyRotationError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableKeyRotationError, [NotFoundException, DisabledException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException]
);
/// The errors `Encapsulate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EncapsulateError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EncapsulateError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, InvalidGrantTokenException, InvalidKeyUsageException,
    KmsInternalException, KmsInvalidStateException, DryRunOperationException]
);
/// The errors `Encrypt` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EncryptError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EncryptError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, InvalidKeyUsageException, InvalidGrantTokenException,
    KmsInternalException, KmsInvalidStateException, DryRunOperationException]
);
/// The errors `GenerateDataKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateDataKeyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateDataKeyError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, InvalidKeyUsageException, InvalidGrantTokenException,
    KmsInternalException, KmsInvalidStateException, DryRunOperationException]
);
/// The errors `GenerateDataKeyPair` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateDataKeyPairError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateDataKeyPairError, [NotFoundException, DisabledException,
    KeyUnavailableException, DependencyTimeoutException, InvalidKeyUsageException,
    InvalidGrantTokenException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException, DryRunOperationException]
);
/// The errors `GenerateDataKeyPairWithoutPlaintext` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateDataKeyPairWithoutPlaintextError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateDataKeyPairWithoutPlaintextError, [NotFoundException, DisabledException,
    KeyUnavailableException, DependencyTimeoutException, InvalidKeyUsageException,
    InvalidGrantTokenException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException, DryRunOperationException]
);
/// The errors `GenerateDataKeyWithoutPlaintext` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateDataKeyWithoutPlaintextError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateDataKeyWithoutPlaintextError, [NotFoundException, DisabledException,
    KeyUnavailableException, DependencyTimeoutException, InvalidKeyUsageException,
    InvalidGrantTokenException, KmsInternalException, KmsInvalidStateException,
    DryRunOperationException]
);
/// The errors `GenerateMac` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateMacError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateMacError, [NotFoundException, DisabledException, KeyUnavailableException,
    InvalidKeyUsageException, InvalidGrantTokenException, KmsInternalException,
    KmsInvalidStateException, DryRunOperationException]
);
/// The errors `GenerateRandom` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerateRandomError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
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
    CustomKeyStoreInvalidStateException(
        super::types::CustomKeyStoreInvalidStateException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GenerateRandomError, [DependencyTimeoutException, KmsInternalException,
    UnsupportedOperationException, CustomKeyStoreNotFoundException,
    CustomKeyStoreInvalidStateException]
);
/// The errors `GetKeyLastUsage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetKeyLastUsageError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetKeyLastUsageError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException]
);
/// The errors `GetKeyPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetKeyPolicyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetKeyPolicyError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException]
);
/// The errors `GetKeyRotationStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetKeyRotationStatusError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetKeyRotationStatusError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException]
);
/// The errors `GetParametersForImport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetParametersForImportError {
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetParametersForImportError, [InvalidArnException, UnsupportedOperationException,
    DependencyTimeoutException, NotFoundException, KmsInternalException,
    KmsInvalidStateException]
);
/// The errors `GetPublicKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPublicKeyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetPublicKeyError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, UnsupportedOperationException, InvalidArnException,
    InvalidGrantTokenException, InvalidKeyUsageException, KmsInternalException,
    KmsInvalidStateException]
);
/// The errors `ImportKeyMaterial` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportKeyMaterialError {
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
    ///
    /// From the ImportKeyMaterial operation, the request was rejected because KMS could not decrypt the encrypted (wrapped) key material.
    ///
    /// From the Decapsulate operation, the request was rejected because the length of the `SharedSecretCiphertextBlob` is inconsistent with the specified ML-KEM key spec.
    InvalidCiphertextException(super::types::InvalidCiphertextException),
    /// The request was rejected because the key material in the request is, expired, invalid, or does not meet expectations. For example, it is not the same key material that was previously imported or KMS expected new key material but the key material being imported is already associated with the KMS key.
    IncorrectKeyMaterialException(super::types::IncorrectKeyMaterialException),
    /// The request was rejected because the specified import token is expired. Use GetParametersForImport to get a new import token and public key, use the new public key to encrypt the key material, and then try the request again.
    ExpiredImportTokenException(super::types::ExpiredImportTokenException),
    /// The request was rejected because the provided import token is invalid or is associated with a different KMS key.
    InvalidImportTokenException(super::types::InvalidImportTokenException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ImportKeyMaterialError, [InvalidArnException, UnsupportedOperationException,
    DependencyTimeoutException, NotFoundException, KmsInternalException,
    KmsInvalidStateException, InvalidCiphertextException, IncorrectKeyMaterialException,
    ExpiredImportTokenException, InvalidImportTokenException]
);
/// The errors `ListAliases` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAliasesError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAliasesError, [DependencyTimeoutException, InvalidMarkerException,
    KmsInternalException, InvalidArnException, NotFoundException]
);
/// The errors `ListGrants` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListGrantsError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// The request was rejected because the specified `GrantId` is not valid.
    InvalidGrantIdException(super::types::InvalidGrantIdException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListGrantsError, [NotFoundException, DependencyTimeoutException,
    InvalidMarkerException, InvalidGrantIdException, InvalidArnException,
    KmsInternalException, KmsInvalidStateException]
);
/// The errors `ListKeyPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListKeyPoliciesError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListKeyPoliciesError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException]
);
/// The errors `ListKeyRotations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListKeyRotationsError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListKeyRotationsError, [NotFoundException, InvalidArnException,
    InvalidMarkerException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException]
);
/// The errors `ListKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListKeysError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListKeysError, [DependencyTimeoutException, KmsInternalException,
    InvalidMarkerException]
);
/// The errors `ListResourceTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListResourceTagsError {
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListResourceTagsError, [KmsInternalException, NotFoundException, InvalidArnException,
    InvalidMarkerException]
);
/// The errors `ListRetirableGrants` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListRetirableGrantsError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
    InvalidMarkerException(super::types::InvalidMarkerException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListRetirableGrantsError, [DependencyTimeoutException, InvalidMarkerException,
    InvalidArnException, NotFoundException, KmsInternalException]
);
/// The errors `PutKeyPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutKeyPolicyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the specified policy is not syntactically or semantically correct.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutKeyPolicyError, [NotFoundException, InvalidArnException,
    MalformedPolicyDocumentException, DependencyTimeoutException,
    UnsupportedOperationException, KmsInternalException, LimitExceededException,
    KmsInvalidStateException]
);
/// The errors `ReEncrypt` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReEncryptError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
    ///
    /// From the ImportKeyMaterial operation, the request was rejected because KMS could not decrypt the encrypted (wrapped) key material.
    ///
    /// From the Decapsulate operation, the request was rejected because the length of the `SharedSecretCiphertextBlob` is inconsistent with the specified ML-KEM key spec.
    InvalidCiphertextException(super::types::InvalidCiphertextException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The request was rejected because the specified KMS key cannot decrypt the data. The `KeyId` in a Decrypt request and the `SourceKeyId` in a ReEncrypt request must identify the same KMS key that was used to encrypt the ciphertext.
    IncorrectKeyException(super::types::IncorrectKeyException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReEncryptError, [NotFoundException, DisabledException, InvalidCiphertextException,
    KeyUnavailableException, IncorrectKeyException, DependencyTimeoutException,
    InvalidKeyUsageException, InvalidGrantTokenException, KmsInternalException,
    KmsInvalidStateException, DryRunOperationException]
);
/// The errors `ReplicateKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplicateKeyError {
    /// The request was rejected because it attempted to create a resource that already exists.
    AlreadyExistsException(super::types::AlreadyExistsException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the specified policy is not syntactically or semantically correct.
    MalformedPolicyDocumentException(super::types::MalformedPolicyDocumentException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because one or more tags are not valid.
    TagException(super::types::TagException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ReplicateKeyError, [AlreadyExistsException, DisabledException, InvalidArnException,
    KmsInvalidStateException, KmsInternalException, LimitExceededException,
    MalformedPolicyDocumentException, NotFoundException, TagException,
    UnsupportedOperationException]
);
/// The errors `RetireGrant` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetireGrantError {
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because the specified `GrantId` is not valid.
    InvalidGrantIdException(super::types::InvalidGrantIdException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RetireGrantError, [InvalidArnException, InvalidGrantTokenException,
    InvalidGrantIdException, NotFoundException, DependencyTimeoutException,
    KmsInternalException, KmsInvalidStateException, DryRunOperationException]
);
/// The errors `RevokeGrant` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RevokeGrantError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the specified `GrantId` is not valid.
    InvalidGrantIdException(super::types::InvalidGrantIdException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RevokeGrantError, [NotFoundException, DependencyTimeoutException,
    InvalidArnException, InvalidGrantIdException, KmsInternalException,
    KmsInvalidStateException, DryRunOperationException]
);
/// The errors `RotateKeyOnDemand` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RotateKeyOnDemandError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because an automatic rotation of this key is currently in progress or scheduled to begin within the next 20 minutes.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    RotateKeyOnDemandError, [NotFoundException, DisabledException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException,
    UnsupportedOperationException, LimitExceededException, ConflictException]
);
/// The errors `ScheduleKeyDeletion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ScheduleKeyDeletionError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ScheduleKeyDeletionError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException]
);
/// The errors `Sign` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SignError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SignError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, InvalidKeyUsageException, InvalidGrantTokenException,
    KmsInternalException, KmsInvalidStateException, DryRunOperationException]
);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because one or more tags are not valid.
    TagException(super::types::TagException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [KmsInternalException, NotFoundException, InvalidArnException,
    KmsInvalidStateException, LimitExceededException, TagException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because one or more tags are not valid.
    TagException(super::types::TagException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [KmsInternalException, NotFoundException, InvalidArnException,
    KmsInvalidStateException, TagException]
);
/// The errors `UpdateAlias` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateAliasError {
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because a length constraint or quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
    LimitExceededException(super::types::LimitExceededException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateAliasError, [DependencyTimeoutException, NotFoundException,
    KmsInternalException, LimitExceededException, KmsInvalidStateException]
);
/// The errors `UpdateCustomKeyStore` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCustomKeyStoreError {
    /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
    CustomKeyStoreNotFoundException(super::types::CustomKeyStoreNotFoundException),
    /// The request was rejected because the specified custom key store name is already assigned to another custom key store in the account. Try again with a custom key store name that is unique in the account.
    CustomKeyStoreNameInUseException(super::types::CustomKeyStoreNameInUseException),
    /// The request was rejected because KMS cannot find the CloudHSM cluster with the specified cluster ID. Retry the request with a different cluster ID.
    CloudHsmClusterNotFoundException(super::types::CloudHsmClusterNotFoundException),
    /// The request was rejected because the specified CloudHSM cluster has a different cluster certificate than the original cluster. You cannot use the operation to specify an unrelated cluster for an CloudHSM key store.
    ///
    /// Specify an CloudHSM cluster that shares a backup history with the original cluster. This includes clusters that were created from a backup of the current cluster, and clusters that were created from the same backup that produced the current cluster.
    ///
    /// CloudHSM clusters that share a backup history have the same cluster certificate. To view the cluster certificate of an CloudHSM cluster, use the [DescribeClusters](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeClusters.html) operation.
    CloudHsmClusterNotRelatedException(super::types::CloudHsmClusterNotRelatedException),
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
    CustomKeyStoreInvalidStateException(
        super::types::CustomKeyStoreInvalidStateException,
    ),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the CloudHSM cluster associated with the CloudHSM key store is not active. Initialize and activate the cluster and try the command again. For detailed instructions, see [Getting Started](https://docs.aws.amazon.com/cloudhsm/latest/userguide/getting-started.html) in the *CloudHSM User Guide*.
    CloudHsmClusterNotActiveException(super::types::CloudHsmClusterNotActiveException),
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
    CloudHsmClusterInvalidConfigurationException(
        super::types::CloudHsmClusterInvalidConfigurationException,
    ),
    /// The request was rejected because the concatenation of the `XksProxyUriEndpoint` and `XksProxyUriPath` is already associated with another external key store in this Amazon Web Services Region. Each external key store in a Region must use a unique external key store proxy API address.
    XksProxyUriInUseException(super::types::XksProxyUriInUseException),
    /// The request was rejected because the `XksProxyUriEndpoint` is already associated with another external key store in this Amazon Web Services Region. To identify the cause, see the error message that accompanies the exception.
    XksProxyUriEndpointInUseException(super::types::XksProxyUriEndpointInUseException),
    /// KMS was unable to reach the specified `XksProxyUriPath`. The path must be reachable before you create the external key store or update its settings.
    ///
    /// This exception is also thrown when the external key store proxy response to a `GetHealthStatus` request indicates that all external key manager instances are unavailable.
    XksProxyUriUnreachableException(super::types::XksProxyUriUnreachableException),
    /// The request was rejected because the proxy credentials failed to authenticate to the specified external key store proxy. The specified external key store proxy rejected a status request from KMS due to invalid credentials. This can indicate an error in the credentials or in the identification of the external key store proxy.
    XksProxyIncorrectAuthenticationCredentialException(
        super::types::XksProxyIncorrectAuthenticationCredentialException,
    ),
    /// The request was rejected because the specified Amazon VPC endpoint service is already associated with another external key store in this Amazon Web Services Region. Each external key store in a Region must use a different Amazon VPC endpoint service.
    XksProxyVpcEndpointServiceInUseException(
        super::types::XksProxyVpcEndpointServiceInUseException,
    ),
    /// The request was rejected because KMS could not find the specified VPC endpoint service. Use DescribeCustomKeyStores to verify the VPC endpoint service name for the external key store. Also, confirm that the `Allow principals` list for the VPC endpoint service includes the KMS service principal for the Region, such as `cks.kms.us-east-1.amazonaws.com`.
    XksProxyVpcEndpointServiceNotFoundException(
        super::types::XksProxyVpcEndpointServiceNotFoundException,
    ),
    /// The request was rejected because the Amazon VPC endpoint service configuration does not fulfill the requirements for an external key store. To identify the cause, see the error message that accompanies the exception and [review the requirements](https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html#xks-vpc-requirements) for Amazon VPC endpoint service connectivity for an external key store.
    XksProxyVpcEndpointServiceInvalidConfigurationException(
        super::types::XksProxyVpcEndpointServiceInvalidConfigurationException,
    ),
    /// KMS cannot interpret the response it received from the external key store proxy. The problem might be a poorly constructed response, but it could also be a transient network issue. If you see this error repeatedly, report it to the proxy vendor.
    XksProxyInvalidResponseException(super::types::XksProxyInvalidResponseException),
    /// The request was rejected because the external key store proxy is not configured correctly. To identify the cause, see the error message that accompanies the exception.
    XksProxyInvalidConfigurationException(
        super::types::XksProxyInvalidConfigurationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateCustomKeyStoreError, [CustomKeyStoreNotFoundException,
    CustomKeyStoreNameInUseException, CloudHsmClusterNotFoundException,
    CloudHsmClusterNotRelatedException, CustomKeyStoreInvalidStateException,
    KmsInternalException, CloudHsmClusterNotActiveException,
    CloudHsmClusterInvalidConfigurationException, XksProxyUriInUseException,
    XksProxyUriEndpointInUseException, XksProxyUriUnreachableException,
    XksProxyIncorrectAuthenticationCredentialException,
    XksProxyVpcEndpointServiceInUseException,
    XksProxyVpcEndpointServiceNotFoundException,
    XksProxyVpcEndpointServiceInvalidConfigurationException,
    XksProxyInvalidResponseException, XksProxyInvalidConfigurationException]
);
/// The errors `UpdateKeyDescription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateKeyDescriptionError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateKeyDescriptionError, [NotFoundException, InvalidArnException,
    DependencyTimeoutException, KmsInternalException, KmsInvalidStateException]
);
/// The errors `UpdatePrimaryRegion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdatePrimaryRegionError {
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
    InvalidArnException(super::types::InvalidArnException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
    UnsupportedOperationException(super::types::UnsupportedOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdatePrimaryRegionError, [DisabledException, InvalidArnException,
    KmsInvalidStateException, KmsInternalException, NotFoundException,
    UnsupportedOperationException]
);
/// The errors `Verify` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum VerifyError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The system timed out while trying to fulfill the request. You can retry the request.
    DependencyTimeoutException(super::types::DependencyTimeoutException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the signature verification failed. Signature verification fails when it cannot confirm that signature was produced by signing the specified message with the specified KMS key and signing algorithm.
    KmsInvalidSignatureException(super::types::KmsInvalidSignatureException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    VerifyError, [NotFoundException, DisabledException, KeyUnavailableException,
    DependencyTimeoutException, InvalidKeyUsageException, InvalidGrantTokenException,
    KmsInternalException, KmsInvalidStateException, KmsInvalidSignatureException,
    DryRunOperationException]
);
/// The errors `VerifyMac` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum VerifyMacError {
    /// The request was rejected because the specified entity or resource could not be found.
    NotFoundException(super::types::NotFoundException),
    /// The request was rejected because the specified KMS key is not enabled.
    DisabledException(super::types::DisabledException),
    /// The request was rejected because the specified KMS key was not available. You can retry the request.
    KeyUnavailableException(super::types::KeyUnavailableException),
    /// The request was rejected for one of the following reasons:
    ///
    /// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
    ///
    /// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
    ///
    /// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT\_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN\_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE\_VERIFY\_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY\_AGREEMENT`. For encapsulating and decapsulating shared secrets, the `KeyUsage` must be `ENCAPSULATE\_DECAPSULATE`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
    InvalidKeyUsageException(super::types::InvalidKeyUsageException),
    /// The request was rejected because the specified grant token is not valid.
    InvalidGrantTokenException(super::types::InvalidGrantTokenException),
    /// The request was rejected because an internal exception occurred. The request can be retried.
    KmsInternalException(super::types::KmsInternalException),
    /// The request was rejected because the HMAC verification failed. HMAC verification fails when the HMAC computed by using the specified message, HMAC KMS key, and MAC algorithm does not match the HMAC specified in the request.
    KmsInvalidMacException(super::types::KmsInvalidMacException),
    /// The request was rejected because the state of the specified resource is not valid for this request.
    ///
    /// This exceptions means one of the following:
    ///
    /// - The key state of the KMS key is not compatible with the operation.
    ///
    /// To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
    KmsInvalidStateException(super::types::KmsInvalidStateException),
    /// The request was rejected because the DryRun parameter was specified.
    DryRunOperationException(super::types::DryRunOperationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    VerifyMacError, [NotFoundException, DisabledException, KeyUnavailableException,
    InvalidKeyUsageException, InvalidGrantTokenException, KmsInternalException,
    KmsInvalidMacException, KmsInvalidStateException, DryRunOperationException]
);

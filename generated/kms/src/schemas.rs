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
    service_id: "KMS",
    endpoint_prefix: "kms",
    signing_name: "kms",
    json_version: Some("1.1"),
    target_prefix: Some("TrentService"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("kms", "2014-11-01", Protocol::Json)
};
pub static ALIAS_LIST: Schema = Schema::list(
    "AliasList",
    &[Member::new("member", &ALIAS_LIST_ENTRY)],
);
pub static ALIAS_LIST_ENTRY: Schema = Schema::structure(
    "AliasListEntry",
    &[
        Member::new("AliasName", &p::STRING),
        Member::new("AliasArn", &p::STRING),
        Member::new("TargetKeyId", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("LastUpdatedDate", &p::TIMESTAMP),
    ],
);
pub static ALREADY_EXISTS_EXCEPTION: Schema = Schema::structure(
        "AlreadyExistsException",
        &[Member::new("message", &p::STRING)],
    )
    .error("AlreadyExistsException", 400u16);
pub static CANCEL_KEY_DELETION_INPUT: Schema = Schema::structure(
    "CancelKeyDeletionRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static CANCEL_KEY_DELETION_OUTPUT: Schema = Schema::structure(
    "CancelKeyDeletionResponse",
    &[Member::new("KeyId", &p::STRING)],
);
pub static CLOUD_HSM_CLUSTER_IN_USE_EXCEPTION: Schema = Schema::structure(
        "CloudHsmClusterInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CloudHsmClusterInUseException", 400u16);
pub static CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION_EXCEPTION: Schema = Schema::structure(
        "CloudHsmClusterInvalidConfigurationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CloudHsmClusterInvalidConfigurationException", 400u16);
pub static CLOUD_HSM_CLUSTER_NOT_ACTIVE_EXCEPTION: Schema = Schema::structure(
        "CloudHsmClusterNotActiveException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CloudHsmClusterNotActiveException", 400u16);
pub static CLOUD_HSM_CLUSTER_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "CloudHsmClusterNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CloudHsmClusterNotFoundException", 400u16);
pub static CLOUD_HSM_CLUSTER_NOT_RELATED_EXCEPTION: Schema = Schema::structure(
        "CloudHsmClusterNotRelatedException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CloudHsmClusterNotRelatedException", 400u16);
pub static CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ConflictException", 400u16);
pub static CONNECT_CUSTOM_KEY_STORE_INPUT: Schema = Schema::structure(
    "ConnectCustomKeyStoreRequest",
    &[Member::new("CustomKeyStoreId", &p::STRING).with(f::REQUIRED)],
);
pub static CONNECT_CUSTOM_KEY_STORE_OUTPUT: Schema = Schema::structure(
    "ConnectCustomKeyStoreResponse",
    &[],
);
pub static CREATE_ALIAS_INPUT: Schema = Schema::structure(
    "CreateAliasRequest",
    &[
        Member::new("AliasName", &p::STRING).with(f::REQUIRED),
        Member::new("TargetKeyId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_CUSTOM_KEY_STORE_INPUT: Schema = Schema::structure(
    "CreateCustomKeyStoreRequest",
    &[
        Member::new("CustomKeyStoreName", &p::STRING).with(f::REQUIRED),
        Member::new("CloudHsmClusterId", &p::STRING),
        Member::new("TrustAnchorCertificate", &p::STRING),
        Member::new("KeyStorePassword", &KEY_STORE_PASSWORD_TYPE),
        Member::new("CustomKeyStoreType", &p::STRING),
        Member::new("XksProxyUriEndpoint", &p::STRING),
        Member::new("XksProxyUriPath", &p::STRING),
        Member::new("XksProxyVpcEndpointServiceName", &p::STRING),
        Member::new("XksProxyVpcEndpointServiceOwner", &p::STRING),
        Member::new(
            "XksProxyAuthenticationCredential",
            &XKS_PROXY_AUTHENTICATION_CREDENTIAL_TYPE,
        ),
        Member::new("XksProxyConnectivity", &p::STRING),
    ],
);
pub static CREATE_CUSTOM_KEY_STORE_OUTPUT: Schema = Schema::structure(
    "CreateCustomKeyStoreResponse",
    &[Member::new("CustomKeyStoreId", &p::STRING)],
);
pub static CREATE_GRANT_INPUT: Schema = Schema::structure(
    "CreateGrantRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("GranteePrincipal", &p::STRING),
        Member::new("RetiringPrincipal", &p::STRING),
        Member::new("Operations", &GRANT_OPERATION_LIST).with(f::REQUIRED),
        Member::new("Constraints", &GRANT_CONSTRAINTS),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("Name", &p::STRING),
        Member::new("DryRun", &p::BOOLEAN),
        Member::new("GranteeServicePrincipal", &p::STRING),
        Member::new("RetiringServicePrincipal", &p::STRING),
    ],
);
pub static CREATE_GRANT_OUTPUT: Schema = Schema::structure(
    "CreateGrantResponse",
    &[Member::new("GrantToken", &p::STRING), Member::new("GrantId", &p::STRING)],
);
pub static CREATE_KEY_INPUT: Schema = Schema::structure(
    "CreateKeyRequest",
    &[
        Member::new("Policy", &p::STRING),
        Member::new("Description", &p::STRING),
        Member::new("KeyUsage", &p::STRING),
        Member::new("CustomerMasterKeySpec", &p::STRING),
        Member::new("KeySpec", &p::STRING),
        Member::new("Origin", &p::STRING),
        Member::new("CustomKeyStoreId", &p::STRING),
        Member::new("BypassPolicyLockoutSafetyCheck", &p::BOOLEAN),
        Member::new("Tags", &TAG_LIST),
        Member::new("MultiRegion", &p::BOOLEAN),
        Member::new("XksKeyId", &p::STRING),
    ],
);
pub static CREATE_KEY_OUTPUT: Schema = Schema::structure(
    "CreateKeyResponse",
    &[Member::new("KeyMetadata", &KEY_METADATA)],
);
pub static CUSTOM_KEY_STORE_HAS_CM_KS_EXCEPTION: Schema = Schema::structure(
        "CustomKeyStoreHasCMKsException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CustomKeyStoreHasCMKsException", 400u16);
pub static CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "CustomKeyStoreInvalidStateException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CustomKeyStoreInvalidStateException", 400u16);
pub static CUSTOM_KEY_STORE_NAME_IN_USE_EXCEPTION: Schema = Schema::structure(
        "CustomKeyStoreNameInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CustomKeyStoreNameInUseException", 400u16);
pub static CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "CustomKeyStoreNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("CustomKeyStoreNotFoundException", 400u16);
pub static CUSTOM_KEY_STORES_LIST: Schema = Schema::list(
    "CustomKeyStoresList",
    &[Member::new("member", &CUSTOM_KEY_STORES_LIST_ENTRY)],
);
pub static CUSTOM_KEY_STORES_LIST_ENTRY: Schema = Schema::structure(
    "CustomKeyStoresListEntry",
    &[
        Member::new("CustomKeyStoreId", &p::STRING),
        Member::new("CustomKeyStoreName", &p::STRING),
        Member::new("CloudHsmClusterId", &p::STRING),
        Member::new("TrustAnchorCertificate", &p::STRING),
        Member::new("ConnectionState", &p::STRING),
        Member::new("ConnectionErrorCode", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("CustomKeyStoreType", &p::STRING),
        Member::new("XksProxyConfiguration", &XKS_PROXY_CONFIGURATION_TYPE),
    ],
);
pub static DECAPSULATE_INPUT: Schema = Schema::structure(
    "DecapsulateRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("SharedSecretCiphertextBlob", &p::BLOB).with(f::REQUIRED),
        Member::new("EncapsulationAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static DECAPSULATE_OUTPUT: Schema = Schema::structure(
    "DecapsulateResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("SharedSecret", &PLAINTEXT_TYPE),
        Member::new("EncapsulationAlgorithm", &p::STRING),
    ],
);
pub static DECRYPT_INPUT: Schema = Schema::structure(
    "DecryptRequest",
    &[
        Member::new("CiphertextBlob", &p::BLOB),
        Member::new("EncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("KeyId", &p::STRING),
        Member::new("EncryptionAlgorithm", &p::STRING),
        Member::new("Recipient", &RECIPIENT_INFO),
        Member::new("DryRun", &p::BOOLEAN),
        Member::new("DryRunModifiers", &DRY_RUN_MODIFIER_LIST),
    ],
);
pub static DECRYPT_OUTPUT: Schema = Schema::structure(
    "DecryptResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("Plaintext", &PLAINTEXT_TYPE),
        Member::new("EncryptionAlgorithm", &p::STRING),
        Member::new("CiphertextForRecipient", &p::BLOB),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static DELETE_ALIAS_INPUT: Schema = Schema::structure(
    "DeleteAliasRequest",
    &[Member::new("AliasName", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_CUSTOM_KEY_STORE_INPUT: Schema = Schema::structure(
    "DeleteCustomKeyStoreRequest",
    &[Member::new("CustomKeyStoreId", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_CUSTOM_KEY_STORE_OUTPUT: Schema = Schema::structure(
    "DeleteCustomKeyStoreResponse",
    &[],
);
pub static DELETE_IMPORTED_KEY_MATERIAL_INPUT: Schema = Schema::structure(
    "DeleteImportedKeyMaterialRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static DELETE_IMPORTED_KEY_MATERIAL_OUTPUT: Schema = Schema::structure(
    "DeleteImportedKeyMaterialResponse",
    &[Member::new("KeyId", &p::STRING), Member::new("KeyMaterialId", &p::STRING)],
);
pub static DEPENDENCY_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "DependencyTimeoutException",
        &[Member::new("message", &p::STRING)],
    )
    .error("DependencyTimeoutException", 500u16);
pub static DERIVE_SHARED_SECRET_INPUT: Schema = Schema::structure(
    "DeriveSharedSecretRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("KeyAgreementAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("PublicKey", &p::BLOB).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
        Member::new("Recipient", &RECIPIENT_INFO),
    ],
);
pub static DERIVE_SHARED_SECRET_OUTPUT: Schema = Schema::structure(
    "DeriveSharedSecretResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("SharedSecret", &PLAINTEXT_TYPE),
        Member::new("CiphertextForRecipient", &p::BLOB),
        Member::new("KeyAgreementAlgorithm", &p::STRING),
        Member::new("KeyOrigin", &p::STRING),
    ],
);
pub static DESCRIBE_CUSTOM_KEY_STORES_INPUT: Schema = Schema::structure(
    "DescribeCustomKeyStoresRequest",
    &[
        Member::new("CustomKeyStoreId", &p::STRING),
        Member::new("CustomKeyStoreName", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static DESCRIBE_CUSTOM_KEY_STORES_OUTPUT: Schema = Schema::structure(
    "DescribeCustomKeyStoresResponse",
    &[
        Member::new("CustomKeyStores", &CUSTOM_KEY_STORES_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static DESCRIBE_KEY_INPUT: Schema = Schema::structure(
    "DescribeKeyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
    ],
);
pub static DESCRIBE_KEY_OUTPUT: Schema = Schema::structure(
    "DescribeKeyResponse",
    &[Member::new("KeyMetadata", &KEY_METADATA)],
);
pub static DISABLE_KEY_INPUT: Schema = Schema::structure(
    "DisableKeyRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static DISABLE_KEY_ROTATION_INPUT: Schema = Schema::structure(
    "DisableKeyRotationRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static DISABLED_EXCEPTION: Schema = Schema::structure(
        "DisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .error("DisabledException", 400u16);
pub static DISCONNECT_CUSTOM_KEY_STORE_INPUT: Schema = Schema::structure(
    "DisconnectCustomKeyStoreRequest",
    &[Member::new("CustomKeyStoreId", &p::STRING).with(f::REQUIRED)],
);
pub static DISCONNECT_CUSTOM_KEY_STORE_OUTPUT: Schema = Schema::structure(
    "DisconnectCustomKeyStoreResponse",
    &[],
);
pub static DRY_RUN_MODIFIER_LIST: Schema = Schema::list(
    "DryRunModifierList",
    &[Member::new("member", &p::STRING)],
);
pub static DRY_RUN_OPERATION_EXCEPTION: Schema = Schema::structure(
        "DryRunOperationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("DryRunOperationException", 400u16);
pub static ENABLE_KEY_INPUT: Schema = Schema::structure(
    "EnableKeyRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static ENABLE_KEY_ROTATION_INPUT: Schema = Schema::structure(
    "EnableKeyRotationRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("RotationPeriodInDays", &p::INTEGER),
    ],
);
pub static ENCAPSULATE_INPUT: Schema = Schema::structure(
    "EncapsulateRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("EncapsulationAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static ENCAPSULATE_OUTPUT: Schema = Schema::structure(
    "EncapsulateResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("SharedSecret", &PLAINTEXT_TYPE),
        Member::new("SharedSecretCiphertextBlob", &p::BLOB),
        Member::new("EncapsulationAlgorithm", &p::STRING),
    ],
);
pub static ENCAPSULATION_ALGORITHM_SPEC_LIST: Schema = Schema::list(
    "EncapsulationAlgorithmSpecList",
    &[Member::new("member", &p::STRING)],
);
pub static ENCRYPT_INPUT: Schema = Schema::structure(
    "EncryptRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Plaintext", &PLAINTEXT_TYPE).with(f::REQUIRED),
        Member::new("EncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("EncryptionAlgorithm", &p::STRING),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static ENCRYPT_OUTPUT: Schema = Schema::structure(
    "EncryptResponse",
    &[
        Member::new("CiphertextBlob", &p::BLOB),
        Member::new("KeyId", &p::STRING),
        Member::new("EncryptionAlgorithm", &p::STRING),
    ],
);
pub static ENCRYPTION_ALGORITHM_SPEC_LIST: Schema = Schema::list(
    "EncryptionAlgorithmSpecList",
    &[Member::new("member", &p::STRING)],
);
pub static ENCRYPTION_CONTEXT_TYPE: Schema = Schema::map(
    "EncryptionContextType",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static EXPIRED_IMPORT_TOKEN_EXCEPTION: Schema = Schema::structure(
        "ExpiredImportTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ExpiredImportTokenException", 400u16);
pub static GENERATE_DATA_KEY_PAIR_INPUT: Schema = Schema::structure(
    "GenerateDataKeyPairRequest",
    &[
        Member::new("EncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("KeyPairSpec", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("Recipient", &RECIPIENT_INFO),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GENERATE_DATA_KEY_PAIR_OUTPUT: Schema = Schema::structure(
    "GenerateDataKeyPairResponse",
    &[
        Member::new("PrivateKeyCiphertextBlob", &p::BLOB),
        Member::new("PrivateKeyPlaintext", &PLAINTEXT_TYPE),
        Member::new("PublicKey", &p::BLOB),
        Member::new("KeyId", &p::STRING),
        Member::new("KeyPairSpec", &p::STRING),
        Member::new("CiphertextForRecipient", &p::BLOB),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT_INPUT: Schema = Schema::structure(
    "GenerateDataKeyPairWithoutPlaintextRequest",
    &[
        Member::new("EncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("KeyPairSpec", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT_OUTPUT: Schema = Schema::structure(
    "GenerateDataKeyPairWithoutPlaintextResponse",
    &[
        Member::new("PrivateKeyCiphertextBlob", &p::BLOB),
        Member::new("PublicKey", &p::BLOB),
        Member::new("KeyId", &p::STRING),
        Member::new("KeyPairSpec", &p::STRING),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static GENERATE_DATA_KEY_INPUT: Schema = Schema::structure(
    "GenerateDataKeyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("NumberOfBytes", &p::INTEGER),
        Member::new("KeySpec", &p::STRING),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("Recipient", &RECIPIENT_INFO),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GENERATE_DATA_KEY_OUTPUT: Schema = Schema::structure(
    "GenerateDataKeyResponse",
    &[
        Member::new("CiphertextBlob", &p::BLOB),
        Member::new("Plaintext", &PLAINTEXT_TYPE),
        Member::new("KeyId", &p::STRING),
        Member::new("CiphertextForRecipient", &p::BLOB),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static GENERATE_DATA_KEY_WITHOUT_PLAINTEXT_INPUT: Schema = Schema::structure(
    "GenerateDataKeyWithoutPlaintextRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("EncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("KeySpec", &p::STRING),
        Member::new("NumberOfBytes", &p::INTEGER),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GENERATE_DATA_KEY_WITHOUT_PLAINTEXT_OUTPUT: Schema = Schema::structure(
    "GenerateDataKeyWithoutPlaintextResponse",
    &[
        Member::new("CiphertextBlob", &p::BLOB),
        Member::new("KeyId", &p::STRING),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static GENERATE_MAC_INPUT: Schema = Schema::structure(
    "GenerateMacRequest",
    &[
        Member::new("Message", &PLAINTEXT_TYPE).with(f::REQUIRED),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("MacAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static GENERATE_MAC_OUTPUT: Schema = Schema::structure(
    "GenerateMacResponse",
    &[
        Member::new("Mac", &p::BLOB),
        Member::new("MacAlgorithm", &p::STRING),
        Member::new("KeyId", &p::STRING),
    ],
);
pub static GENERATE_RANDOM_INPUT: Schema = Schema::structure(
    "GenerateRandomRequest",
    &[
        Member::new("NumberOfBytes", &p::INTEGER),
        Member::new("CustomKeyStoreId", &p::STRING),
        Member::new("Recipient", &RECIPIENT_INFO),
    ],
);
pub static GENERATE_RANDOM_OUTPUT: Schema = Schema::structure(
    "GenerateRandomResponse",
    &[
        Member::new("Plaintext", &PLAINTEXT_TYPE),
        Member::new("CiphertextForRecipient", &p::BLOB),
    ],
);
pub static GET_KEY_LAST_USAGE_INPUT: Schema = Schema::structure(
    "GetKeyLastUsageRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static GET_KEY_LAST_USAGE_OUTPUT: Schema = Schema::structure(
    "GetKeyLastUsageResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("KeyLastUsage", &KEY_LAST_USAGE_DATA),
        Member::new("TrackingStartDate", &p::TIMESTAMP),
        Member::new("KeyCreationDate", &p::TIMESTAMP),
    ],
);
pub static GET_KEY_POLICY_INPUT: Schema = Schema::structure(
    "GetKeyPolicyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
    ],
);
pub static GET_KEY_POLICY_OUTPUT: Schema = Schema::structure(
    "GetKeyPolicyResponse",
    &[Member::new("Policy", &p::STRING), Member::new("PolicyName", &p::STRING)],
);
pub static GET_KEY_ROTATION_STATUS_INPUT: Schema = Schema::structure(
    "GetKeyRotationStatusRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static GET_KEY_ROTATION_STATUS_OUTPUT: Schema = Schema::structure(
    "GetKeyRotationStatusResponse",
    &[
        Member::new("KeyRotationEnabled", &p::BOOLEAN),
        Member::new("KeyId", &p::STRING),
        Member::new("RotationPeriodInDays", &p::INTEGER),
        Member::new("NextRotationDate", &p::TIMESTAMP),
        Member::new("OnDemandRotationStartDate", &p::TIMESTAMP),
    ],
);
pub static GET_PARAMETERS_FOR_IMPORT_INPUT: Schema = Schema::structure(
    "GetParametersForImportRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("WrappingAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("WrappingKeySpec", &p::STRING).with(f::REQUIRED),
    ],
);
pub static GET_PARAMETERS_FOR_IMPORT_OUTPUT: Schema = Schema::structure(
    "GetParametersForImportResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("ImportToken", &p::BLOB),
        Member::new("PublicKey", &PLAINTEXT_TYPE),
        Member::new("ParametersValidTo", &p::TIMESTAMP),
    ],
);
pub static GET_PUBLIC_KEY_INPUT: Schema = Schema::structure(
    "GetPublicKeyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
    ],
);
pub static GET_PUBLIC_KEY_OUTPUT: Schema = Schema::structure(
    "GetPublicKeyResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("PublicKey", &p::BLOB),
        Member::new("CustomerMasterKeySpec", &p::STRING),
        Member::new("KeySpec", &p::STRING),
        Member::new("KeyUsage", &p::STRING),
        Member::new("EncryptionAlgorithms", &ENCRYPTION_ALGORITHM_SPEC_LIST),
        Member::new("SigningAlgorithms", &SIGNING_ALGORITHM_SPEC_LIST),
        Member::new("KeyAgreementAlgorithms", &KEY_AGREEMENT_ALGORITHM_SPEC_LIST),
        Member::new("EncapsulationAlgorithms", &ENCAPSULATION_ALGORITHM_SPEC_LIST),
    ],
);
pub static GRANT_CONSTRAINTS: Schema = Schema::structure(
    "GrantConstraints",
    &[
        Member::new("EncryptionContextSubset", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("EncryptionContextEquals", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("SourceArn", &p::STRING),
    ],
);
pub static GRANT_LIST: Schema = Schema::list(
    "GrantList",
    &[Member::new("member", &GRANT_LIST_ENTRY)],
);
pub static GRANT_LIST_ENTRY: Schema = Schema::structure(
    "GrantListEntry",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("GrantId", &p::STRING),
        Member::new("Name", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("GranteePrincipal", &p::STRING),
        Member::new("RetiringPrincipal", &p::STRING),
        Member::new("IssuingAccount", &p::STRING),
        Member::new("Operations", &GRANT_OPERATION_LIST),
        Member::new("Constraints", &GRANT_CONSTRAINTS),
        Member::new("GranteeServicePrincipal", &p::STRING),
        Member::new("RetiringServicePrincipal", &p::STRING),
    ],
);
pub static GRANT_OPERATION_LIST: Schema = Schema::list(
    "GrantOperationList",
    &[Member::new("member", &p::STRING)],
);
pub static GRANT_TOKEN_LIST: Schema = Schema::list(
    "GrantTokenList",
    &[Member::new("member", &p::STRING)],
);
pub static IMPORT_KEY_MATERIAL_INPUT: Schema = Schema::structure(
    "ImportKeyMaterialRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("ImportToken", &p::BLOB).with(f::REQUIRED),
        Member::new("EncryptedKeyMaterial", &p::BLOB).with(f::REQUIRED),
        Member::new("ValidTo", &p::TIMESTAMP),
        Member::new("ExpirationModel", &p::STRING),
        Member::new("ImportType", &p::STRING),
        Member::new("KeyMaterialDescription", &p::STRING),
        Member::new("KeyMaterialId", &p::STRING),
    ],
);
pub static IMPORT_KEY_MATERIAL_OUTPUT: Schema = Schema::structure(
    "ImportKeyMaterialResponse",
    &[Member::new("KeyId", &p::STRING), Member::new("KeyMaterialId", &p::STRING)],
);
pub static INCORRECT_KEY_EXCEPTION: Schema = Schema::structure(
        "IncorrectKeyException",
        &[Member::new("message", &p::STRING)],
    )
    .error("IncorrectKeyException", 400u16);
pub static INCORRECT_KEY_MATERIAL_EXCEPTION: Schema = Schema::structure(
        "IncorrectKeyMaterialException",
        &[Member::new("message", &p::STRING)],
    )
    .error("IncorrectKeyMaterialException", 400u16);
pub static INCORRECT_TRUST_ANCHOR_EXCEPTION: Schema = Schema::structure(
        "IncorrectTrustAnchorException",
        &[Member::new("message", &p::STRING)],
    )
    .error("IncorrectTrustAnchorException", 400u16);
pub static INVALID_ALIAS_NAME_EXCEPTION: Schema = Schema::structure(
        "InvalidAliasNameException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidAliasNameException", 400u16);
pub static INVALID_ARN_EXCEPTION: Schema = Schema::structure(
        "InvalidArnException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidArnException", 400u16);
pub static INVALID_CIPHERTEXT_EXCEPTION: Schema = Schema::structure(
        "InvalidCiphertextException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidCiphertextException", 400u16);
pub static INVALID_GRANT_ID_EXCEPTION: Schema = Schema::structure(
        "InvalidGrantIdException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidGrantIdException", 400u16);
pub static INVALID_GRANT_TOKEN_EXCEPTION: Schema = Schema::structure(
        "InvalidGrantTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidGrantTokenException", 400u16);
pub static INVALID_IMPORT_TOKEN_EXCEPTION: Schema = Schema::structure(
        "InvalidImportTokenException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidImportTokenException", 400u16);
pub static INVALID_KEY_USAGE_EXCEPTION: Schema = Schema::structure(
        "InvalidKeyUsageException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidKeyUsageException", 400u16);
pub static INVALID_MARKER_EXCEPTION: Schema = Schema::structure(
        "InvalidMarkerException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InvalidMarkerException", 400u16);
pub static KMS_INTERNAL_EXCEPTION: Schema = Schema::structure(
        "KMSInternalException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSInternalException", 500u16);
pub static KMS_INVALID_MAC_EXCEPTION: Schema = Schema::structure(
        "KMSInvalidMacException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSInvalidMacException", 400u16);
pub static KMS_INVALID_SIGNATURE_EXCEPTION: Schema = Schema::structure(
        "KMSInvalidSignatureException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSInvalidSignatureException", 400u16);
pub static KMS_INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "KMSInvalidStateException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KMSInvalidStateException", 400u16);
pub static KEY_AGREEMENT_ALGORITHM_SPEC_LIST: Schema = Schema::list(
    "KeyAgreementAlgorithmSpecList",
    &[Member::new("member", &p::STRING)],
);
pub static KEY_LAST_USAGE_DATA: Schema = Schema::structure(
    "KeyLastUsageData",
    &[
        Member::new("Operation", &p::STRING),
        Member::new("Timestamp", &p::TIMESTAMP),
        Member::new("CloudTrailEventId", &p::STRING),
        Member::new("KmsRequestId", &p::STRING),
    ],
);
pub static KEY_LIST: Schema = Schema::list(
    "KeyList",
    &[Member::new("member", &KEY_LIST_ENTRY)],
);
pub static KEY_LIST_ENTRY: Schema = Schema::structure(
    "KeyListEntry",
    &[Member::new("KeyId", &p::STRING), Member::new("KeyArn", &p::STRING)],
);
pub static KEY_METADATA: Schema = Schema::structure(
    "KeyMetadata",
    &[
        Member::new("AWSAccountId", &p::STRING),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Arn", &p::STRING),
        Member::new("CreationDate", &p::TIMESTAMP),
        Member::new("Enabled", &p::BOOLEAN),
        Member::new("Description", &p::STRING),
        Member::new("KeyUsage", &p::STRING),
        Member::new("KeyState", &p::STRING),
        Member::new("DeletionDate", &p::TIMESTAMP),
        Member::new("ValidTo", &p::TIMESTAMP),
        Member::new("Origin", &p::STRING),
        Member::new("CustomKeyStoreId", &p::STRING),
        Member::new("CloudHsmClusterId", &p::STRING),
        Member::new("ExpirationModel", &p::STRING),
        Member::new("KeyManager", &p::STRING),
        Member::new("CustomerMasterKeySpec", &p::STRING),
        Member::new("KeySpec", &p::STRING),
        Member::new("EncryptionAlgorithms", &ENCRYPTION_ALGORITHM_SPEC_LIST),
        Member::new("SigningAlgorithms", &SIGNING_ALGORITHM_SPEC_LIST),
        Member::new("KeyAgreementAlgorithms", &KEY_AGREEMENT_ALGORITHM_SPEC_LIST),
        Member::new("EncapsulationAlgorithms", &ENCAPSULATION_ALGORITHM_SPEC_LIST),
        Member::new("MultiRegion", &p::BOOLEAN),
        Member::new("MultiRegionConfiguration", &MULTI_REGION_CONFIGURATION),
        Member::new("PendingDeletionWindowInDays", &p::INTEGER),
        Member::new("MacAlgorithms", &MAC_ALGORITHM_SPEC_LIST),
        Member::new("XksKeyConfiguration", &XKS_KEY_CONFIGURATION_TYPE),
        Member::new("CurrentKeyMaterialId", &p::STRING),
    ],
);
pub static KEY_STORE_PASSWORD_TYPE: Schema = Schema::scalar(
        "KeyStorePasswordType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static KEY_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "KeyUnavailableException",
        &[Member::new("message", &p::STRING)],
    )
    .error("KeyUnavailableException", 500u16);
pub static LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "LimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .error("LimitExceededException", 400u16);
pub static LIST_ALIASES_INPUT: Schema = Schema::structure(
    "ListAliasesRequest",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_ALIASES_OUTPUT: Schema = Schema::structure(
    "ListAliasesResponse",
    &[
        Member::new("Aliases", &ALIAS_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static LIST_GRANTS_INPUT: Schema = Schema::structure(
    "ListGrantsRequest",
    &[
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("GrantId", &p::STRING),
        Member::new("GranteePrincipal", &p::STRING),
        Member::new("GranteeServicePrincipal", &p::STRING),
    ],
);
pub static LIST_GRANTS_RESPONSE: Schema = Schema::structure(
    "ListGrantsResponse",
    &[
        Member::new("Grants", &GRANT_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static LIST_KEY_POLICIES_INPUT: Schema = Schema::structure(
    "ListKeyPoliciesRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_KEY_POLICIES_OUTPUT: Schema = Schema::structure(
    "ListKeyPoliciesResponse",
    &[
        Member::new("PolicyNames", &POLICY_NAME_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static LIST_KEY_ROTATIONS_INPUT: Schema = Schema::structure(
    "ListKeyRotationsRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("IncludeKeyMaterial", &p::STRING),
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_KEY_ROTATIONS_OUTPUT: Schema = Schema::structure(
    "ListKeyRotationsResponse",
    &[
        Member::new("Rotations", &ROTATIONS_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static LIST_KEYS_INPUT: Schema = Schema::structure(
    "ListKeysRequest",
    &[
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
        Member::new("ResourceOwners", &RESOURCE_OWNERS_LIST),
    ],
);
pub static LIST_KEYS_OUTPUT: Schema = Schema::structure(
    "ListKeysResponse",
    &[
        Member::new("Keys", &KEY_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static LIST_RESOURCE_TAGS_INPUT: Schema = Schema::structure(
    "ListResourceTagsRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
    ],
);
pub static LIST_RESOURCE_TAGS_OUTPUT: Schema = Schema::structure(
    "ListResourceTagsResponse",
    &[
        Member::new("Tags", &TAG_LIST),
        Member::new("NextMarker", &p::STRING),
        Member::new("Truncated", &p::BOOLEAN),
    ],
);
pub static LIST_RETIRABLE_GRANTS_INPUT: Schema = Schema::structure(
    "ListRetirableGrantsRequest",
    &[
        Member::new("Limit", &p::INTEGER),
        Member::new("Marker", &p::STRING),
        Member::new("RetiringPrincipal", &p::STRING),
        Member::new("RetiringServicePrincipal", &p::STRING),
    ],
);
pub static MAC_ALGORITHM_SPEC_LIST: Schema = Schema::list(
    "MacAlgorithmSpecList",
    &[Member::new("member", &p::STRING)],
);
pub static MALFORMED_POLICY_DOCUMENT_EXCEPTION: Schema = Schema::structure(
        "MalformedPolicyDocumentException",
        &[Member::new("message", &p::STRING)],
    )
    .error("MalformedPolicyDocumentException", 400u16);
pub static MULTI_REGION_CONFIGURATION: Schema = Schema::structure(
    "MultiRegionConfiguration",
    &[
        Member::new("MultiRegionKeyType", &p::STRING),
        Member::new("PrimaryKey", &MULTI_REGION_KEY),
        Member::new("ReplicaKeys", &MULTI_REGION_KEY_LIST),
    ],
);
pub static MULTI_REGION_KEY: Schema = Schema::structure(
    "MultiRegionKey",
    &[Member::new("Arn", &p::STRING), Member::new("Region", &p::STRING)],
);
pub static MULTI_REGION_KEY_LIST: Schema = Schema::list(
    "MultiRegionKeyList",
    &[Member::new("member", &MULTI_REGION_KEY)],
);
pub static NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "NotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("NotFoundException", 400u16);
pub static PLAINTEXT_TYPE: Schema = Schema::scalar("PlaintextType", Kind::Blob)
    .with(f::SENSITIVE);
pub static POLICY_NAME_LIST: Schema = Schema::list(
    "PolicyNameList",
    &[Member::new("member", &p::STRING)],
);
pub static PUT_KEY_POLICY_INPUT: Schema = Schema::structure(
    "PutKeyPolicyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("PolicyName", &p::STRING),
        Member::new("Policy", &p::STRING).with(f::REQUIRED),
        Member::new("BypassPolicyLockoutSafetyCheck", &p::BOOLEAN),
    ],
);
pub static RE_ENCRYPT_INPUT: Schema = Schema::structure(
    "ReEncryptRequest",
    &[
        Member::new("CiphertextBlob", &p::BLOB),
        Member::new("SourceEncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("SourceKeyId", &p::STRING),
        Member::new("DestinationKeyId", &p::STRING).with(f::REQUIRED),
        Member::new("DestinationEncryptionContext", &ENCRYPTION_CONTEXT_TYPE),
        Member::new("SourceEncryptionAlgorithm", &p::STRING),
        Member::new("DestinationEncryptionAlgorithm", &p::STRING),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
        Member::new("DryRunModifiers", &DRY_RUN_MODIFIER_LIST),
    ],
);
pub static RE_ENCRYPT_OUTPUT: Schema = Schema::structure(
    "ReEncryptResponse",
    &[
        Member::new("CiphertextBlob", &p::BLOB),
        Member::new("SourceKeyId", &p::STRING),
        Member::new("KeyId", &p::STRING),
        Member::new("SourceEncryptionAlgorithm", &p::STRING),
        Member::new("DestinationEncryptionAlgorithm", &p::STRING),
        Member::new("SourceKeyMaterialId", &p::STRING),
        Member::new("DestinationKeyMaterialId", &p::STRING),
    ],
);
pub static RECIPIENT_INFO: Schema = Schema::structure(
    "RecipientInfo",
    &[
        Member::new("KeyEncryptionAlgorithm", &p::STRING),
        Member::new("AttestationDocument", &p::BLOB),
    ],
);
pub static REPLICATE_KEY_INPUT: Schema = Schema::structure(
    "ReplicateKeyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("ReplicaRegion", &p::STRING).with(f::REQUIRED),
        Member::new("Policy", &p::STRING),
        Member::new("BypassPolicyLockoutSafetyCheck", &p::BOOLEAN),
        Member::new("Description", &p::STRING),
        Member::new("Tags", &TAG_LIST),
    ],
);
pub static REPLICATE_KEY_OUTPUT: Schema = Schema::structure(
    "ReplicateKeyResponse",
    &[
        Member::new("ReplicaKeyMetadata", &KEY_METADATA),
        Member::new("ReplicaPolicy", &p::STRING),
        Member::new("ReplicaTags", &TAG_LIST),
    ],
);
pub static RESOURCE_OWNERS_LIST: Schema = Schema::list(
    "ResourceOwnersList",
    &[Member::new("member", &p::STRING)],
);
pub static RETIRE_GRANT_INPUT: Schema = Schema::structure(
    "RetireGrantRequest",
    &[
        Member::new("GrantToken", &p::STRING),
        Member::new("KeyId", &p::STRING),
        Member::new("GrantId", &p::STRING),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static REVOKE_GRANT_INPUT: Schema = Schema::structure(
    "RevokeGrantRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("GrantId", &p::STRING).with(f::REQUIRED),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static ROTATE_KEY_ON_DEMAND_INPUT: Schema = Schema::structure(
    "RotateKeyOnDemandRequest",
    &[Member::new("KeyId", &p::STRING).with(f::REQUIRED)],
);
pub static ROTATE_KEY_ON_DEMAND_OUTPUT: Schema = Schema::structure(
    "RotateKeyOnDemandResponse",
    &[Member::new("KeyId", &p::STRING)],
);
pub static ROTATIONS_LIST: Schema = Schema::list(
    "RotationsList",
    &[Member::new("member", &ROTATIONS_LIST_ENTRY)],
);
pub static ROTATIONS_LIST_ENTRY: Schema = Schema::structure(
    "RotationsListEntry",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("KeyMaterialId", &p::STRING),
        Member::new("KeyMaterialDescription", &p::STRING),
        Member::new("ImportState", &p::STRING),
        Member::new("KeyMaterialState", &p::STRING),
        Member::new("ExpirationModel", &p::STRING),
        Member::new("ValidTo", &p::TIMESTAMP),
        Member::new("RotationDate", &p::TIMESTAMP),
        Member::new("RotationType", &p::STRING),
    ],
);
pub static SCHEDULE_KEY_DELETION_INPUT: Schema = Schema::structure(
    "ScheduleKeyDeletionRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("PendingWindowInDays", &p::INTEGER),
    ],
);
pub static SCHEDULE_KEY_DELETION_OUTPUT: Schema = Schema::structure(
    "ScheduleKeyDeletionResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("DeletionDate", &p::TIMESTAMP),
        Member::new("KeyState", &p::STRING),
        Member::new("PendingWindowInDays", &p::INTEGER),
    ],
);
pub static SIGN_INPUT: Schema = Schema::structure(
    "SignRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &PLAINTEXT_TYPE).with(f::REQUIRED),
        Member::new("MessageType", &p::STRING),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("SigningAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static SIGN_OUTPUT: Schema = Schema::structure(
    "SignResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("Signature", &p::BLOB),
        Member::new("SigningAlgorithm", &p::STRING),
    ],
);
pub static SIGNING_ALGORITHM_SPEC_LIST: Schema = Schema::list(
    "SigningAlgorithmSpecList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("TagKey", &p::STRING).with(f::REQUIRED),
        Member::new("TagValue", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_EXCEPTION: Schema = Schema::structure(
        "TagException",
        &[Member::new("message", &p::STRING)],
    )
    .error("TagException", 400u16);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIST: Schema = Schema::list("TagList", &[Member::new("member", &TAG)]);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST).with(f::REQUIRED),
    ],
);
pub static UNSUPPORTED_OPERATION_EXCEPTION: Schema = Schema::structure(
        "UnsupportedOperationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("UnsupportedOperationException", 400u16);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
    ],
);
pub static UPDATE_ALIAS_INPUT: Schema = Schema::structure(
    "UpdateAliasRequest",
    &[
        Member::new("AliasName", &p::STRING).with(f::REQUIRED),
        Member::new("TargetKeyId", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_CUSTOM_KEY_STORE_INPUT: Schema = Schema::structure(
    "UpdateCustomKeyStoreRequest",
    &[
        Member::new("CustomKeyStoreId", &p::STRING).with(f::REQUIRED),
        Member::new("NewCustomKeyStoreName", &p::STRING),
        Member::new("KeyStorePassword", &KEY_STORE_PASSWORD_TYPE),
        Member::new("CloudHsmClusterId", &p::STRING),
        Member::new("XksProxyUriEndpoint", &p::STRING),
        Member::new("XksProxyUriPath", &p::STRING),
        Member::new("XksProxyVpcEndpointServiceName", &p::STRING),
        Member::new("XksProxyVpcEndpointServiceOwner", &p::STRING),
        Member::new(
            "XksProxyAuthenticationCredential",
            &XKS_PROXY_AUTHENTICATION_CREDENTIAL_TYPE,
        ),
        Member::new("XksProxyConnectivity", &p::STRING),
    ],
);
pub static UPDATE_CUSTOM_KEY_STORE_OUTPUT: Schema = Schema::structure(
    "UpdateCustomKeyStoreResponse",
    &[],
);
pub static UPDATE_KEY_DESCRIPTION_INPUT: Schema = Schema::structure(
    "UpdateKeyDescriptionRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Description", &p::STRING).with(f::REQUIRED),
    ],
);
pub static UPDATE_PRIMARY_REGION_INPUT: Schema = Schema::structure(
    "UpdatePrimaryRegionRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("PrimaryRegion", &p::STRING).with(f::REQUIRED),
    ],
);
pub static VERIFY_MAC_INPUT: Schema = Schema::structure(
    "VerifyMacRequest",
    &[
        Member::new("Message", &PLAINTEXT_TYPE).with(f::REQUIRED),
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("MacAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("Mac", &p::BLOB).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static VERIFY_MAC_OUTPUT: Schema = Schema::structure(
    "VerifyMacResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("MacValid", &p::BOOLEAN),
        Member::new("MacAlgorithm", &p::STRING),
    ],
);
pub static VERIFY_INPUT: Schema = Schema::structure(
    "VerifyRequest",
    &[
        Member::new("KeyId", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &PLAINTEXT_TYPE).with(f::REQUIRED),
        Member::new("MessageType", &p::STRING),
        Member::new("Signature", &p::BLOB).with(f::REQUIRED),
        Member::new("SigningAlgorithm", &p::STRING).with(f::REQUIRED),
        Member::new("GrantTokens", &GRANT_TOKEN_LIST),
        Member::new("DryRun", &p::BOOLEAN),
    ],
);
pub static VERIFY_OUTPUT: Schema = Schema::structure(
    "VerifyResponse",
    &[
        Member::new("KeyId", &p::STRING),
        Member::new("SignatureValid", &p::BOOLEAN),
        Member::new("SigningAlgorithm", &p::STRING),
    ],
);
pub static XKS_KEY_ALREADY_IN_USE_EXCEPTION: Schema = Schema::structure(
        "XksKeyAlreadyInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksKeyAlreadyInUseException", 400u16);
pub static XKS_KEY_CONFIGURATION_TYPE: Schema = Schema::structure(
    "XksKeyConfigurationType",
    &[Member::new("Id", &p::STRING)],
);
pub static XKS_KEY_INVALID_CONFIGURATION_EXCEPTION: Schema = Schema::structure(
        "XksKeyInvalidConfigurationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksKeyInvalidConfigurationException", 400u16);
pub static XKS_KEY_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "XksKeyNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksKeyNotFoundException", 400u16);
pub static XKS_PROXY_AUTHENTICATION_ACCESS_KEY_ID_TYPE: Schema = Schema::scalar(
        "XksProxyAuthenticationAccessKeyIdType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static XKS_PROXY_AUTHENTICATION_CREDENTIAL_TYPE: Schema = Schema::structure(
    "XksProxyAuthenticationCredentialType",
    &[
        Member::new("AccessKeyId", &XKS_PROXY_AUTHENTICATION_ACCESS_KEY_ID_TYPE)
            .with(f::REQUIRED),
        Member::new(
                "RawSecretAccessKey",
                &XKS_PROXY_AUTHENTICATION_RAW_SECRET_ACCESS_KEY_TYPE,
            )
            .with(f::REQUIRED),
    ],
);
pub static XKS_PROXY_AUTHENTICATION_RAW_SECRET_ACCESS_KEY_TYPE: Schema = Schema::scalar(
        "XksProxyAuthenticationRawSecretAccessKeyType",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static XKS_PROXY_CONFIGURATION_TYPE: Schema = Schema::structure(
    "XksProxyConfigurationType",
    &[
        Member::new("Connectivity", &p::STRING),
        Member::new("AccessKeyId", &XKS_PROXY_AUTHENTICATION_ACCESS_KEY_ID_TYPE),
        Member::new("UriEndpoint", &p::STRING),
        Member::new("UriPath", &p::STRING),
        Member::new("VpcEndpointServiceName", &p::STRING),
        Member::new("VpcEndpointServiceOwner", &p::STRING),
    ],
);
pub static XKS_PROXY_INCORRECT_AUTHENTICATION_CREDENTIAL_EXCEPTION: Schema = Schema::structure(
        "XksProxyIncorrectAuthenticationCredentialException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyIncorrectAuthenticationCredentialException", 400u16);
pub static XKS_PROXY_INVALID_CONFIGURATION_EXCEPTION: Schema = Schema::structure(
        "XksProxyInvalidConfigurationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyInvalidConfigurationException", 400u16);
pub static XKS_PROXY_INVALID_RESPONSE_EXCEPTION: Schema = Schema::structure(
        "XksProxyInvalidResponseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyInvalidResponseException", 400u16);
pub static XKS_PROXY_URI_ENDPOINT_IN_USE_EXCEPTION: Schema = Schema::structure(
        "XksProxyUriEndpointInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyUriEndpointInUseException", 400u16);
pub static XKS_PROXY_URI_IN_USE_EXCEPTION: Schema = Schema::structure(
        "XksProxyUriInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyUriInUseException", 400u16);
pub static XKS_PROXY_URI_UNREACHABLE_EXCEPTION: Schema = Schema::structure(
        "XksProxyUriUnreachableException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyUriUnreachableException", 400u16);
pub static XKS_PROXY_VPC_ENDPOINT_SERVICE_IN_USE_EXCEPTION: Schema = Schema::structure(
        "XksProxyVpcEndpointServiceInUseException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyVpcEndpointServiceInUseException", 400u16);
pub static XKS_PROXY_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION_EXCEPTION: Schema = Schema::structure(
        "XksProxyVpcEndpointServiceInvalidConfigurationException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyVpcEndpointServiceInvalidConfigurationException", 400u16);
pub static XKS_PROXY_VPC_ENDPOINT_SERVICE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "XksProxyVpcEndpointServiceNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .error("XksProxyVpcEndpointServiceNotFoundException", 400u16);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static CANCEL_KEY_DELETION: Operation = Operation::new(
            "CancelKeyDeletion",
            "POST",
            "/",
            &super::CANCEL_KEY_DELETION_INPUT,
            &super::CANCEL_KEY_DELETION_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static CONNECT_CUSTOM_KEY_STORE: Operation = Operation::new(
            "ConnectCustomKeyStore",
            "POST",
            "/",
            &super::CONNECT_CUSTOM_KEY_STORE_INPUT,
            &super::CONNECT_CUSTOM_KEY_STORE_OUTPUT,
        )
        .errors(
            &[
                &super::CLOUD_HSM_CLUSTER_NOT_ACTIVE_EXCEPTION,
                &super::CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION_EXCEPTION,
            ],
        );
    pub static CREATE_ALIAS: Operation = Operation::new(
            "CreateAlias",
            "POST",
            "/",
            &super::CREATE_ALIAS_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::ALREADY_EXISTS_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ALIAS_NAME_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static CREATE_CUSTOM_KEY_STORE: Operation = Operation::new(
            "CreateCustomKeyStore",
            "POST",
            "/",
            &super::CREATE_CUSTOM_KEY_STORE_INPUT,
            &super::CREATE_CUSTOM_KEY_STORE_OUTPUT,
        )
        .errors(
            &[
                &super::CLOUD_HSM_CLUSTER_IN_USE_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NAME_IN_USE_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_NOT_ACTIVE_EXCEPTION,
                &super::INCORRECT_TRUST_ANCHOR_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::XKS_PROXY_URI_IN_USE_EXCEPTION,
                &super::XKS_PROXY_URI_ENDPOINT_IN_USE_EXCEPTION,
                &super::XKS_PROXY_URI_UNREACHABLE_EXCEPTION,
                &super::XKS_PROXY_INCORRECT_AUTHENTICATION_CREDENTIAL_EXCEPTION,
                &super::XKS_PROXY_VPC_ENDPOINT_SERVICE_IN_USE_EXCEPTION,
                &super::XKS_PROXY_VPC_ENDPOINT_SERVICE_NOT_FOUND_EXCEPTION,
                &super::XKS_PROXY_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION_EXCEPTION,
                &super::XKS_PROXY_INVALID_RESPONSE_EXCEPTION,
                &super::XKS_PROXY_INVALID_CONFIGURATION_EXCEPTION,
            ],
        );
    pub static CREATE_GRANT: Operation = Operation::new(
            "CreateGrant",
            "POST",
            "/",
            &super::CREATE_GRANT_INPUT,
            &super::CREATE_GRANT_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static CREATE_KEY: Operation = Operation::new(
            "CreateKey",
            "POST",
            "/",
            &super::CREATE_KEY_INPUT,
            &super::CREATE_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::TAG_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION_EXCEPTION,
                &super::XKS_KEY_INVALID_CONFIGURATION_EXCEPTION,
                &super::XKS_KEY_ALREADY_IN_USE_EXCEPTION,
                &super::XKS_KEY_NOT_FOUND_EXCEPTION,
            ],
        );
    pub static DECAPSULATE: Operation = Operation::new(
            "Decapsulate",
            "POST",
            "/",
            &super::DECAPSULATE_INPUT,
            &super::DECAPSULATE_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_CIPHERTEXT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static DECRYPT: Operation = Operation::new(
            "Decrypt",
            "POST",
            "/",
            &super::DECRYPT_INPUT,
            &super::DECRYPT_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::INVALID_CIPHERTEXT_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::INCORRECT_KEY_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static DELETE_ALIAS: Operation = Operation::new(
            "DeleteAlias",
            "POST",
            "/",
            &super::DELETE_ALIAS_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static DELETE_CUSTOM_KEY_STORE: Operation = Operation::new(
            "DeleteCustomKeyStore",
            "POST",
            "/",
            &super::DELETE_CUSTOM_KEY_STORE_INPUT,
            &super::DELETE_CUSTOM_KEY_STORE_OUTPUT,
        )
        .errors(
            &[
                &super::CUSTOM_KEY_STORE_HAS_CM_KS_EXCEPTION,
                &super::CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
            ],
        );
    pub static DELETE_IMPORTED_KEY_MATERIAL: Operation = Operation::new(
            "DeleteImportedKeyMaterial",
            "POST",
            "/",
            &super::DELETE_IMPORTED_KEY_MATERIAL_INPUT,
            &super::DELETE_IMPORTED_KEY_MATERIAL_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARN_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static DERIVE_SHARED_SECRET: Operation = Operation::new(
            "DeriveSharedSecret",
            "POST",
            "/",
            &super::DERIVE_SHARED_SECRET_INPUT,
            &super::DERIVE_SHARED_SECRET_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static DESCRIBE_CUSTOM_KEY_STORES: Operation = Operation::new(
            "DescribeCustomKeyStores",
            "POST",
            "/",
            &super::DESCRIBE_CUSTOM_KEY_STORES_INPUT,
            &super::DESCRIBE_CUSTOM_KEY_STORES_OUTPUT,
        )
        .errors(
            &[
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
            ],
        );
    pub static DESCRIBE_KEY: Operation = Operation::new(
            "DescribeKey",
            "POST",
            "/",
            &super::DESCRIBE_KEY_INPUT,
            &super::DESCRIBE_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
            ],
        );
    pub static DISABLE_KEY: Operation = Operation::new(
            "DisableKey",
            "POST",
            "/",
            &super::DISABLE_KEY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static DISABLE_KEY_ROTATION: Operation = Operation::new(
            "DisableKeyRotation",
            "POST",
            "/",
            &super::DISABLE_KEY_ROTATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
            ],
        );
    pub static DISCONNECT_CUSTOM_KEY_STORE: Operation = Operation::new(
            "DisconnectCustomKeyStore",
            "POST",
            "/",
            &super::DISCONNECT_CUSTOM_KEY_STORE_INPUT,
            &super::DISCONNECT_CUSTOM_KEY_STORE_OUTPUT,
        )
        .errors(
            &[
                &super::CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
            ],
        );
    pub static ENABLE_KEY: Operation = Operation::new(
            "EnableKey",
            "POST",
            "/",
            &super::ENABLE_KEY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static ENABLE_KEY_ROTATION: Operation = Operation::new(
            "EnableKeyRotation",
            "POST",
            "/",
            &super::ENABLE_KEY_ROTATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
            ],
        );
    pub static ENCAPSULATE: Operation = Operation::new(
            "Encapsulate",
            "POST",
            "/",
            &super::ENCAPSULATE_INPUT,
            &super::ENCAPSULATE_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static ENCRYPT: Operation = Operation::new(
            "Encrypt",
            "POST",
            "/",
            &super::ENCRYPT_INPUT,
            &super::ENCRYPT_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static GENERATE_DATA_KEY: Operation = Operation::new(
            "GenerateDataKey",
            "POST",
            "/",
            &super::GENERATE_DATA_KEY_INPUT,
            &super::GENERATE_DATA_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static GENERATE_DATA_KEY_PAIR: Operation = Operation::new(
            "GenerateDataKeyPair",
            "POST",
            "/",
            &super::GENERATE_DATA_KEY_PAIR_INPUT,
            &super::GENERATE_DATA_KEY_PAIR_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT: Operation = Operation::new(
            "GenerateDataKeyPairWithoutPlaintext",
            "POST",
            "/",
            &super::GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT_INPUT,
            &super::GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static GENERATE_DATA_KEY_WITHOUT_PLAINTEXT: Operation = Operation::new(
            "GenerateDataKeyWithoutPlaintext",
            "POST",
            "/",
            &super::GENERATE_DATA_KEY_WITHOUT_PLAINTEXT_INPUT,
            &super::GENERATE_DATA_KEY_WITHOUT_PLAINTEXT_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static GENERATE_MAC: Operation = Operation::new(
            "GenerateMac",
            "POST",
            "/",
            &super::GENERATE_MAC_INPUT,
            &super::GENERATE_MAC_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static GENERATE_RANDOM: Operation = Operation::new(
            "GenerateRandom",
            "POST",
            "/",
            &super::GENERATE_RANDOM_INPUT,
            &super::GENERATE_RANDOM_OUTPUT,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static GET_KEY_LAST_USAGE: Operation = Operation::new(
            "GetKeyLastUsage",
            "POST",
            "/",
            &super::GET_KEY_LAST_USAGE_INPUT,
            &super::GET_KEY_LAST_USAGE_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
            ],
        );
    pub static GET_KEY_POLICY: Operation = Operation::new(
            "GetKeyPolicy",
            "POST",
            "/",
            &super::GET_KEY_POLICY_INPUT,
            &super::GET_KEY_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static GET_KEY_ROTATION_STATUS: Operation = Operation::new(
            "GetKeyRotationStatus",
            "POST",
            "/",
            &super::GET_KEY_ROTATION_STATUS_INPUT,
            &super::GET_KEY_ROTATION_STATUS_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
            ],
        );
    pub static GET_PARAMETERS_FOR_IMPORT: Operation = Operation::new(
            "GetParametersForImport",
            "POST",
            "/",
            &super::GET_PARAMETERS_FOR_IMPORT_INPUT,
            &super::GET_PARAMETERS_FOR_IMPORT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARN_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static GET_PUBLIC_KEY: Operation = Operation::new(
            "GetPublicKey",
            "POST",
            "/",
            &super::GET_PUBLIC_KEY_INPUT,
            &super::GET_PUBLIC_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static IMPORT_KEY_MATERIAL: Operation = Operation::new(
            "ImportKeyMaterial",
            "POST",
            "/",
            &super::IMPORT_KEY_MATERIAL_INPUT,
            &super::IMPORT_KEY_MATERIAL_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_ARN_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::INVALID_CIPHERTEXT_EXCEPTION,
                &super::INCORRECT_KEY_MATERIAL_EXCEPTION,
                &super::EXPIRED_IMPORT_TOKEN_EXCEPTION,
                &super::INVALID_IMPORT_TOKEN_EXCEPTION,
            ],
        );
    pub static LIST_ALIASES: Operation = Operation::new(
            "ListAliases",
            "POST",
            "/",
            &super::LIST_ALIASES_INPUT,
            &super::LIST_ALIASES_OUTPUT,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    pub static LIST_GRANTS: Operation = Operation::new(
            "ListGrants",
            "POST",
            "/",
            &super::LIST_GRANTS_INPUT,
            &super::LIST_GRANTS_RESPONSE,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
                &super::INVALID_GRANT_ID_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static LIST_KEY_POLICIES: Operation = Operation::new(
            "ListKeyPolicies",
            "POST",
            "/",
            &super::LIST_KEY_POLICIES_INPUT,
            &super::LIST_KEY_POLICIES_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static LIST_KEY_ROTATIONS: Operation = Operation::new(
            "ListKeyRotations",
            "POST",
            "/",
            &super::LIST_KEY_ROTATIONS_INPUT,
            &super::LIST_KEY_ROTATIONS_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
            ],
        );
    pub static LIST_KEYS: Operation = Operation::new(
            "ListKeys",
            "POST",
            "/",
            &super::LIST_KEYS_INPUT,
            &super::LIST_KEYS_OUTPUT,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
            ],
        );
    pub static LIST_RESOURCE_TAGS: Operation = Operation::new(
            "ListResourceTags",
            "POST",
            "/",
            &super::LIST_RESOURCE_TAGS_INPUT,
            &super::LIST_RESOURCE_TAGS_OUTPUT,
        )
        .errors(
            &[
                &super::KMS_INTERNAL_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
            ],
        );
    pub static LIST_RETIRABLE_GRANTS: Operation = Operation::new(
            "ListRetirableGrants",
            "POST",
            "/",
            &super::LIST_RETIRABLE_GRANTS_INPUT,
            &super::LIST_GRANTS_RESPONSE,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_MARKER_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
            ],
        );
    pub static PUT_KEY_POLICY: Operation = Operation::new(
            "PutKeyPolicy",
            "POST",
            "/",
            &super::PUT_KEY_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static RE_ENCRYPT: Operation = Operation::new(
            "ReEncrypt",
            "POST",
            "/",
            &super::RE_ENCRYPT_INPUT,
            &super::RE_ENCRYPT_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::INVALID_CIPHERTEXT_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::INCORRECT_KEY_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static REPLICATE_KEY: Operation = Operation::new(
            "ReplicateKey",
            "POST",
            "/",
            &super::REPLICATE_KEY_INPUT,
            &super::REPLICATE_KEY_OUTPUT,
        )
        .errors(
            &[
                &super::ALREADY_EXISTS_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::MALFORMED_POLICY_DOCUMENT_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::TAG_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
            ],
        );
    pub static RETIRE_GRANT: Operation = Operation::new(
            "RetireGrant",
            "POST",
            "/",
            &super::RETIRE_GRANT_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_ARN_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::INVALID_GRANT_ID_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static REVOKE_GRANT: Operation = Operation::new(
            "RevokeGrant",
            "POST",
            "/",
            &super::REVOKE_GRANT_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::INVALID_GRANT_ID_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static ROTATE_KEY_ON_DEMAND: Operation = Operation::new(
            "RotateKeyOnDemand",
            "POST",
            "/",
            &super::ROTATE_KEY_ON_DEMAND_INPUT,
            &super::ROTATE_KEY_ON_DEMAND_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
            ],
        );
    pub static SCHEDULE_KEY_DELETION: Operation = Operation::new(
            "ScheduleKeyDeletion",
            "POST",
            "/",
            &super::SCHEDULE_KEY_DELETION_INPUT,
            &super::SCHEDULE_KEY_DELETION_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static SIGN: Operation = Operation::new(
            "Sign",
            "POST",
            "/",
            &super::SIGN_INPUT,
            &super::SIGN_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::KMS_INTERNAL_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::TAG_EXCEPTION,
            ],
        );
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::KMS_INTERNAL_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::TAG_EXCEPTION,
            ],
        );
    pub static UPDATE_ALIAS: Operation = Operation::new(
            "UpdateAlias",
            "POST",
            "/",
            &super::UPDATE_ALIAS_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::LIMIT_EXCEEDED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static UPDATE_CUSTOM_KEY_STORE: Operation = Operation::new(
            "UpdateCustomKeyStore",
            "POST",
            "/",
            &super::UPDATE_CUSTOM_KEY_STORE_INPUT,
            &super::UPDATE_CUSTOM_KEY_STORE_OUTPUT,
        )
        .errors(
            &[
                &super::CUSTOM_KEY_STORE_NOT_FOUND_EXCEPTION,
                &super::CUSTOM_KEY_STORE_NAME_IN_USE_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_NOT_FOUND_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_NOT_RELATED_EXCEPTION,
                &super::CUSTOM_KEY_STORE_INVALID_STATE_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_NOT_ACTIVE_EXCEPTION,
                &super::CLOUD_HSM_CLUSTER_INVALID_CONFIGURATION_EXCEPTION,
                &super::XKS_PROXY_URI_IN_USE_EXCEPTION,
                &super::XKS_PROXY_URI_ENDPOINT_IN_USE_EXCEPTION,
                &super::XKS_PROXY_URI_UNREACHABLE_EXCEPTION,
                &super::XKS_PROXY_INCORRECT_AUTHENTICATION_CREDENTIAL_EXCEPTION,
                &super::XKS_PROXY_VPC_ENDPOINT_SERVICE_IN_USE_EXCEPTION,
                &super::XKS_PROXY_VPC_ENDPOINT_SERVICE_NOT_FOUND_EXCEPTION,
                &super::XKS_PROXY_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION_EXCEPTION,
                &super::XKS_PROXY_INVALID_RESPONSE_EXCEPTION,
                &super::XKS_PROXY_INVALID_CONFIGURATION_EXCEPTION,
            ],
        );
    pub static UPDATE_KEY_DESCRIPTION: Operation = Operation::new(
            "UpdateKeyDescription",
            "POST",
            "/",
            &super::UPDATE_KEY_DESCRIPTION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
            ],
        );
    pub static UPDATE_PRIMARY_REGION: Operation = Operation::new(
            "UpdatePrimaryRegion",
            "POST",
            "/",
            &super::UPDATE_PRIMARY_REGION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::DISABLED_EXCEPTION,
                &super::INVALID_ARN_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::UNSUPPORTED_OPERATION_EXCEPTION,
            ],
        );
    pub static VERIFY: Operation = Operation::new(
            "Verify",
            "POST",
            "/",
            &super::VERIFY_INPUT,
            &super::VERIFY_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::DEPENDENCY_TIMEOUT_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_INVALID_SIGNATURE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    pub static VERIFY_MAC: Operation = Operation::new(
            "VerifyMac",
            "POST",
            "/",
            &super::VERIFY_MAC_INPUT,
            &super::VERIFY_MAC_OUTPUT,
        )
        .errors(
            &[
                &super::NOT_FOUND_EXCEPTION,
                &super::DISABLED_EXCEPTION,
                &super::KEY_UNAVAILABLE_EXCEPTION,
                &super::INVALID_KEY_USAGE_EXCEPTION,
                &super::INVALID_GRANT_TOKEN_EXCEPTION,
                &super::KMS_INTERNAL_EXCEPTION,
                &super::KMS_INVALID_MAC_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::DRY_RUN_OPERATION_EXCEPTION,
            ],
        );
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &CANCEL_KEY_DELETION,
        &CONNECT_CUSTOM_KEY_STORE,
        &CREATE_ALIAS,
        &CREATE_CUSTOM_KEY_STORE,
        &CREATE_GRANT,
        &CREATE_KEY,
        &DECAPSULATE,
        &DECRYPT,
        &DELETE_ALIAS,
        &DELETE_CUSTOM_KEY_STORE,
        &DELETE_IMPORTED_KEY_MATERIAL,
        &DERIVE_SHARED_SECRET,
        &DESCRIBE_CUSTOM_KEY_STORES,
        &DESCRIBE_KEY,
        &DISABLE_KEY,
        &DISABLE_KEY_ROTATION,
        &DISCONNECT_CUSTOM_KEY_STORE,
        &ENABLE_KEY,
        &ENABLE_KEY_ROTATION,
        &ENCAPSULATE,
        &ENCRYPT,
        &GENERATE_DATA_KEY,
        &GENERATE_DATA_KEY_PAIR,
        &GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT,
        &GENERATE_DATA_KEY_WITHOUT_PLAINTEXT,
        &GENERATE_MAC,
        &GENERATE_RANDOM,
        &GET_KEY_LAST_USAGE,
        &GET_KEY_POLICY,
        &GET_KEY_ROTATION_STATUS,
        &GET_PARAMETERS_FOR_IMPORT,
        &GET_PUBLIC_KEY,
        &IMPORT_KEY_MATERIAL,
        &LIST_ALIASES,
        &LIST_GRANTS,
        &LIST_KEY_POLICIES,
        &LIST_KEY_ROTATIONS,
        &LIST_KEYS,
        &LIST_RESOURCE_TAGS,
        &LIST_RETIRABLE_GRANTS,
        &PUT_KEY_POLICY,
        &RE_ENCRYPT,
        &REPLICATE_KEY,
        &RETIRE_GRANT,
        &REVOKE_GRANT,
        &ROTATE_KEY_ON_DEMAND,
        &SCHEDULE_KEY_DELETION,
        &SIGN,
        &TAG_RESOURCE,
        &UNTAG_RESOURCE,
        &UPDATE_ALIAS,
        &UPDATE_CUSTOM_KEY_STORE,
        &UPDATE_KEY_DESCRIPTION,
        &UPDATE_PRIMARY_REGION,
        &VERIFY,
        &VERIFY_MAC,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static DESCRIBE_CUSTOM_KEY_STORES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::DESCRIBE_CUSTOM_KEY_STORES,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["CustomKeyStores"],
    };
    pub static LIST_ALIASES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ALIASES,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["Aliases"],
    };
    pub static LIST_GRANTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_GRANTS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["Grants"],
    };
    pub static LIST_KEY_POLICIES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_KEY_POLICIES,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["PolicyNames"],
    };
    pub static LIST_KEY_ROTATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_KEY_ROTATIONS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["Rotations"],
    };
    pub static LIST_KEYS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_KEYS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["Keys"],
    };
    pub static LIST_RESOURCE_TAGS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_RESOURCE_TAGS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["Tags"],
    };
    pub static LIST_RETIRABLE_GRANTS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_RETIRABLE_GRANTS,
        input_token: &["Marker"],
        output_token: &["NextMarker"],
        limit_key: Some("Limit"),
        more_results: Some("Truncated"),
        result_key: &["Grants"],
    };
}

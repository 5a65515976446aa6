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
    service_id: "SNS",
    endpoint_prefix: "sns",
    signing_name: "sns",
    xml_namespace: Some("http://sns.amazonaws.com/doc/2010-03-31/"),
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("sns", "2010-03-31", Protocol::Query)
};
pub static ACTIONS_LIST: Schema = Schema::list(
    "ActionsList",
    &[Member::new("member", &p::STRING)],
);
pub static ADD_PERMISSION_INPUT: Schema = Schema::structure(
    "AddPermissionInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("Label", &p::STRING).with(f::REQUIRED),
        Member::new("AWSAccountId", &DELEGATES_LIST).with(f::REQUIRED),
        Member::new("ActionName", &ACTIONS_LIST).with(f::REQUIRED),
    ],
);
pub static AUTHORIZATION_ERROR_EXCEPTION: Schema = Schema::structure(
        "AuthorizationErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("AuthorizationError", 403u16);
pub static BATCH_ENTRY_IDS_NOT_DISTINCT_EXCEPTION: Schema = Schema::structure(
        "BatchEntryIdsNotDistinctException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("BatchEntryIdsNotDistinct", 400u16);
pub static BATCH_REQUEST_TOO_LONG_EXCEPTION: Schema = Schema::structure(
        "BatchRequestTooLongException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("BatchRequestTooLong", 400u16);
pub static BATCH_RESULT_ERROR_ENTRY: Schema = Schema::structure(
    "BatchResultErrorEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Code", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &p::STRING),
        Member::new("SenderFault", &p::BOOLEAN).with(f::REQUIRED),
    ],
);
pub static BATCH_RESULT_ERROR_ENTRY_LIST: Schema = Schema::list(
    "BatchResultErrorEntryList",
    &[Member::new("member", &BATCH_RESULT_ERROR_ENTRY)],
);
pub static CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT_INPUT: Schema = Schema::structure(
    "CheckIfPhoneNumberIsOptedOutInput",
    &[Member::new("phoneNumber", &PHONE_NUMBER).with(f::REQUIRED)],
);
pub static CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT_OUTPUT: Schema = Schema::structure(
    "CheckIfPhoneNumberIsOptedOutResponse",
    &[Member::new("isOptedOut", &p::BOOLEAN)],
);
pub static CONCURRENT_ACCESS_EXCEPTION: Schema = Schema::structure(
        "ConcurrentAccessException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ConcurrentAccess", 400u16);
pub static CONFIRM_SUBSCRIPTION_INPUT: Schema = Schema::structure(
    "ConfirmSubscriptionInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("Token", &p::STRING).with(f::REQUIRED),
        Member::new("AuthenticateOnUnsubscribe", &p::STRING),
    ],
);
pub static CONFIRM_SUBSCRIPTION_OUTPUT: Schema = Schema::structure(
    "ConfirmSubscriptionResponse",
    &[Member::new("SubscriptionArn", &p::STRING)],
);
pub static CREATE_PLATFORM_ENDPOINT_OUTPUT: Schema = Schema::structure(
    "CreateEndpointResponse",
    &[Member::new("EndpointArn", &p::STRING)],
);
pub static CREATE_PLATFORM_APPLICATION_INPUT: Schema = Schema::structure(
    "CreatePlatformApplicationInput",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Platform", &p::STRING).with(f::REQUIRED),
        Member::new("Attributes", &MAP_STRING_TO_STRING).with(f::REQUIRED),
    ],
);
pub static CREATE_PLATFORM_APPLICATION_OUTPUT: Schema = Schema::structure(
    "CreatePlatformApplicationResponse",
    &[Member::new("PlatformApplicationArn", &p::STRING)],
);
pub static CREATE_PLATFORM_ENDPOINT_INPUT: Schema = Schema::structure(
    "CreatePlatformEndpointInput",
    &[
        Member::new("PlatformApplicationArn", &p::STRING).with(f::REQUIRED),
        Member::new("Token", &p::STRING).with(f::REQUIRED),
        Member::new("CustomUserData", &p::STRING),
        Member::new("Attributes", &MAP_STRING_TO_STRING),
    ],
);
pub static CREATE_SMS_SANDBOX_PHONE_NUMBER_INPUT: Schema = Schema::structure(
    "CreateSMSSandboxPhoneNumberInput",
    &[
        Member::new("PhoneNumber", &PHONE_NUMBER_STRING).with(f::REQUIRED),
        Member::new("LanguageCode", &p::STRING),
    ],
);
pub static CREATE_SMS_SANDBOX_PHONE_NUMBER_OUTPUT: Schema = Schema::structure(
    "CreateSMSSandboxPhoneNumberResult",
    &[],
);
pub static CREATE_TOPIC_INPUT: Schema = Schema::structure(
    "CreateTopicInput",
    &[
        Member::new("Name", &p::STRING).with(f::REQUIRED),
        Member::new("Attributes", &TOPIC_ATTRIBUTES_MAP),
        Member::new("Tags", &TAG_LIST),
        Member::new("DataProtectionPolicy", &p::STRING),
    ],
);
pub static CREATE_TOPIC_OUTPUT: Schema = Schema::structure(
    "CreateTopicResponse",
    &[Member::new("TopicArn", &p::STRING)],
);
pub static DELEGATES_LIST: Schema = Schema::list(
    "DelegatesList",
    &[Member::new("member", &p::STRING)],
);
pub static DELETE_ENDPOINT_INPUT: Schema = Schema::structure(
    "DeleteEndpointInput",
    &[Member::new("EndpointArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_PLATFORM_APPLICATION_INPUT: Schema = Schema::structure(
    "DeletePlatformApplicationInput",
    &[Member::new("PlatformApplicationArn", &p::STRING).with(f::REQUIRED)],
);
pub static DELETE_SMS_SANDBOX_PHONE_NUMBER_INPUT: Schema = Schema::structure(
    "DeleteSMSSandboxPhoneNumberInput",
    &[Member::new("PhoneNumber", &PHONE_NUMBER_STRING).with(f::REQUIRED)],
);
pub static DELETE_SMS_SANDBOX_PHONE_NUMBER_OUTPUT: Schema = Schema::structure(
    "DeleteSMSSandboxPhoneNumberResult",
    &[],
);
pub static DELETE_TOPIC_INPUT: Schema = Schema::structure(
    "DeleteTopicInput",
    &[Member::new("TopicArn", &p::STRING).with(f::REQUIRED)],
);
pub static EMPTY_BATCH_REQUEST_EXCEPTION: Schema = Schema::structure(
        "EmptyBatchRequestException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EmptyBatchRequest", 400u16);
pub static ENDPOINT: Schema = Schema::structure(
    "Endpoint",
    &[
        Member::new("EndpointArn", &p::STRING),
        Member::new("Attributes", &MAP_STRING_TO_STRING),
    ],
);
pub static ENDPOINT_DISABLED_EXCEPTION: Schema = Schema::structure(
        "EndpointDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("EndpointDisabled", 400u16);
pub static FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "FilterPolicyLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("FilterPolicyLimitExceeded", 403u16);
pub static GET_DATA_PROTECTION_POLICY_INPUT: Schema = Schema::structure(
    "GetDataProtectionPolicyInput",
    &[Member::new("ResourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_DATA_PROTECTION_POLICY_OUTPUT: Schema = Schema::structure(
    "GetDataProtectionPolicyResponse",
    &[Member::new("DataProtectionPolicy", &p::STRING)],
);
pub static GET_ENDPOINT_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetEndpointAttributesInput",
    &[Member::new("EndpointArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_ENDPOINT_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetEndpointAttributesResponse",
    &[Member::new("Attributes", &MAP_STRING_TO_STRING)],
);
pub static GET_PLATFORM_APPLICATION_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetPlatformApplicationAttributesInput",
    &[Member::new("PlatformApplicationArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_PLATFORM_APPLICATION_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetPlatformApplicationAttributesResponse",
    &[Member::new("Attributes", &MAP_STRING_TO_STRING)],
);
pub static GET_SMS_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetSMSAttributesInput",
    &[Member::new("attributes", &LIST_STRING)],
);
pub static GET_SMS_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetSMSAttributesResponse",
    &[Member::new("attributes", &MAP_STRING_TO_STRING)],
);
pub static GET_SMS_SANDBOX_ACCOUNT_STATUS_INPUT: Schema = Schema::structure(
    "GetSMSSandboxAccountStatusInput",
    &[],
);
pub static GET_SMS_SANDBOX_ACCOUNT_STATUS_OUTPUT: Schema = Schema::structure(
    "GetSMSSandboxAccountStatusResult",
    &[Member::new("IsInSandbox", &p::BOOLEAN).with(f::REQUIRED)],
);
pub static GET_SUBSCRIPTION_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetSubscriptionAttributesInput",
    &[Member::new("SubscriptionArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_SUBSCRIPTION_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetSubscriptionAttributesResponse",
    &[Member::new("Attributes", &SUBSCRIPTION_ATTRIBUTES_MAP)],
);
pub static GET_TOPIC_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "GetTopicAttributesInput",
    &[Member::new("TopicArn", &p::STRING).with(f::REQUIRED)],
);
pub static GET_TOPIC_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "GetTopicAttributesResponse",
    &[Member::new("Attributes", &TOPIC_ATTRIBUTES_MAP)],
);
pub static INTERNAL_ERROR_EXCEPTION: Schema = Schema::structure(
        "InternalErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InternalError", 500u16);
pub static INVALID_BATCH_ENTRY_ID_EXCEPTION: Schema = Schema::structure(
        "InvalidBatchEntryIdException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidBatchEntryId", 400u16);
pub static INVALID_PARAMETER_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidParameter", 400u16);
pub static INVALID_PARAMETER_VALUE_EXCEPTION: Schema = Schema::structure(
        "InvalidParameterValueException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ParameterValueInvalid", 400u16);
pub static INVALID_SECURITY_EXCEPTION: Schema = Schema::structure(
        "InvalidSecurityException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidSecurity", 403u16);
pub static INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "InvalidStateException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("InvalidState", 400u16);
pub static KMS_ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "KMSAccessDeniedException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KMSAccessDenied", 400u16);
pub static KMS_DISABLED_EXCEPTION: Schema = Schema::structure(
        "KMSDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KMSDisabled", 400u16);
pub static KMS_INVALID_STATE_EXCEPTION: Schema = Schema::structure(
        "KMSInvalidStateException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KMSInvalidState", 400u16);
pub static KMS_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "KMSNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KMSNotFound", 400u16);
pub static KMS_OPT_IN_REQUIRED: Schema = Schema::structure(
        "KMSOptInRequired",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KMSOptInRequired", 403u16);
pub static KMS_THROTTLING_EXCEPTION: Schema = Schema::structure(
        "KMSThrottlingException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("KMSThrottling", 400u16);
pub static LIST_ENDPOINTS_BY_PLATFORM_APPLICATION_INPUT: Schema = Schema::structure(
    "ListEndpointsByPlatformApplicationInput",
    &[
        Member::new("PlatformApplicationArn", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_ENDPOINTS_BY_PLATFORM_APPLICATION_OUTPUT: Schema = Schema::structure(
    "ListEndpointsByPlatformApplicationResponse",
    &[Member::new("Endpoints", &LIST_OF_ENDPOINTS), Member::new("NextToken", &p::STRING)],
);
pub static LIST_OF_ENDPOINTS: Schema = Schema::list(
    "ListOfEndpoints",
    &[Member::new("member", &ENDPOINT)],
);
pub static LIST_OF_PLATFORM_APPLICATIONS: Schema = Schema::list(
    "ListOfPlatformApplications",
    &[Member::new("member", &PLATFORM_APPLICATION)],
);
pub static LIST_ORIGINATION_NUMBERS_INPUT: Schema = Schema::structure(
    "ListOriginationNumbersRequest",
    &[Member::new("NextToken", &p::STRING), Member::new("MaxResults", &p::INTEGER)],
);
pub static LIST_ORIGINATION_NUMBERS_OUTPUT: Schema = Schema::structure(
    "ListOriginationNumbersResult",
    &[
        Member::new("NextToken", &p::STRING),
        Member::new("PhoneNumbers", &PHONE_NUMBER_INFORMATION_LIST),
    ],
);
pub static LIST_PHONE_NUMBERS_OPTED_OUT_INPUT: Schema = Schema::structure(
    "ListPhoneNumbersOptedOutInput",
    &[Member::new("nextToken", &p::STRING)],
);
pub static LIST_PHONE_NUMBERS_OPTED_OUT_OUTPUT: Schema = Schema::structure(
    "ListPhoneNumbersOptedOutResponse",
    &[
        Member::new("phoneNumbers", &PHONE_NUMBER_LIST),
        Member::new("nextToken", &p::STRING),
    ],
);
pub static LIST_PLATFORM_APPLICATIONS_INPUT: Schema = Schema::structure(
    "ListPlatformApplicationsInput",
    &[Member::new("NextToken", &p::STRING)],
);
pub static LIST_PLATFORM_APPLICATIONS_OUTPUT: Schema = Schema::structure(
    "ListPlatformApplicationsResponse",
    &[
        Member::new("PlatformApplications", &LIST_OF_PLATFORM_APPLICATIONS),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_SMS_SANDBOX_PHONE_NUMBERS_INPUT: Schema = Schema::structure(
    "ListSMSSandboxPhoneNumbersInput",
    &[Member::new("NextToken", &p::STRING), Member::new("MaxResults", &p::INTEGER)],
);
pub static LIST_SMS_SANDBOX_PHONE_NUMBERS_OUTPUT: Schema = Schema::structure(
    "ListSMSSandboxPhoneNumbersResult",
    &[
        Member::new("PhoneNumbers", &SMS_SANDBOX_PHONE_NUMBER_LIST).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_STRING: Schema = Schema::list(
    "ListString",
    &[Member::new("member", &p::STRING)],
);
pub static LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT: Schema = Schema::structure(
    "ListSubscriptionsByTopicInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_SUBSCRIPTIONS_BY_TOPIC_OUTPUT: Schema = Schema::structure(
    "ListSubscriptionsByTopicResponse",
    &[
        Member::new("Subscriptions", &SUBSCRIPTIONS_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_SUBSCRIPTIONS_INPUT: Schema = Schema::structure(
    "ListSubscriptionsInput",
    &[Member::new("NextToken", &p::STRING)],
);
pub static LIST_SUBSCRIPTIONS_OUTPUT: Schema = Schema::structure(
    "ListSubscriptionsResponse",
    &[
        Member::new("Subscriptions", &SUBSCRIPTIONS_LIST),
        Member::new("NextToken", &p::STRING),
    ],
);
pub static LIST_TAGS_FOR_RESOURCE_INPUT: Schema = Schema::structure(
    "ListTagsForResourceRequest",
    &[Member::new("ResourceArn", &p::STRING).with(f::REQUIRED)],
);
pub static LIST_TAGS_FOR_RESOURCE_OUTPUT: Schema = Schema::structure(
    "ListTagsForResourceResponse",
    &[Member::new("Tags", &TAG_LIST)],
);
pub static LIST_TOPICS_INPUT: Schema = Schema::structure(
    "ListTopicsInput",
    &[Member::new("NextToken", &p::STRING)],
);
pub static LIST_TOPICS_OUTPUT: Schema = Schema::structure(
    "ListTopicsResponse",
    &[Member::new("Topics", &TOPICS_LIST), Member::new("NextToken", &p::STRING)],
);
pub static MAP_STRING_TO_STRING: Schema = Schema::map(
    "MapStringToString",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static MESSAGE_ATTRIBUTE_MAP: Schema = Schema::map(
    "MessageAttributeMap",
    &[
        Member::new("key", &p::STRING).name("Name"),
        Member::new("value", &MESSAGE_ATTRIBUTE_VALUE).name("Value"),
    ],
);
pub static MESSAGE_ATTRIBUTE_VALUE: Schema = Schema::structure(
    "MessageAttributeValue",
    &[
        Member::new("DataType", &p::STRING).with(f::REQUIRED),
        Member::new("StringValue", &p::STRING),
        Member::new("BinaryValue", &p::BLOB),
    ],
);
pub static NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "NotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("NotFound", 404u16);
pub static NUMBER_CAPABILITY_LIST: Schema = Schema::list(
    "NumberCapabilityList",
    &[Member::new("member", &p::STRING)],
);
pub static OPT_IN_PHONE_NUMBER_INPUT: Schema = Schema::structure(
    "OptInPhoneNumberInput",
    &[Member::new("phoneNumber", &PHONE_NUMBER).with(f::REQUIRED)],
);
pub static OPT_IN_PHONE_NUMBER_OUTPUT: Schema = Schema::structure(
    "OptInPhoneNumberResponse",
    &[],
);
pub static OPTED_OUT_EXCEPTION: Schema = Schema::structure(
        "OptedOutException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("OptedOut", 400u16);
pub static PHONE_NUMBER: Schema = Schema::scalar("PhoneNumber", Kind::String)
    .with(f::SENSITIVE);
pub static PHONE_NUMBER_INFORMATION: Schema = Schema::structure(
    "PhoneNumberInformation",
    &[
        Member::new("CreatedAt", &p::TIMESTAMP),
        Member::new("PhoneNumber", &PHONE_NUMBER),
        Member::new("Status", &p::STRING),
        Member::new("Iso2CountryCode", &p::STRING),
        Member::new("RouteType", &p::STRING),
        Member::new("NumberCapabilities", &NUMBER_CAPABILITY_LIST),
    ],
);
pub static PHONE_NUMBER_INFORMATION_LIST: Schema = Schema::list(
    "PhoneNumberInformationList",
    &[Member::new("member", &PHONE_NUMBER_INFORMATION)],
);
pub static PHONE_NUMBER_LIST: Schema = Schema::list(
    "PhoneNumberList",
    &[Member::new("member", &PHONE_NUMBER)],
);
pub static PHONE_NUMBER_STRING: Schema = Schema::scalar(
        "PhoneNumberString",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static PLATFORM_APPLICATION: Schema = Schema::structure(
    "PlatformApplication",
    &[
        Member::new("PlatformApplicationArn", &p::STRING),
        Member::new("Attributes", &MAP_STRING_TO_STRING),
    ],
);
pub static PLATFORM_APPLICATION_DISABLED_EXCEPTION: Schema = Schema::structure(
        "PlatformApplicationDisabledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("PlatformApplicationDisabled", 400u16);
pub static PUBLISH_BATCH_INPUT: Schema = Schema::structure(
    "PublishBatchInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("PublishBatchRequestEntries", &PUBLISH_BATCH_REQUEST_ENTRY_LIST)
            .with(f::REQUIRED),
    ],
);
pub static PUBLISH_BATCH_REQUEST_ENTRY: Schema = Schema::structure(
    "PublishBatchRequestEntry",
    &[
        Member::new("Id", &p::STRING).with(f::REQUIRED),
        Member::new("Message", &p::STRING).with(f::REQUIRED),
        Member::new("Subject", &p::STRING),
        Member::new("MessageStructure", &p::STRING),
        Member::new("MessageAttributes", &MESSAGE_ATTRIBUTE_MAP),
        Member::new("MessageDeduplicationId", &p::STRING),
        Member::new("MessageGroupId", &p::STRING),
    ],
);
pub static PUBLISH_BATCH_REQUEST_ENTRY_LIST: Schema = Schema::list(
    "PublishBatchRequestEntryList",
    &[Member::new("member", &PUBLISH_BATCH_REQUEST_ENTRY)],
);
pub static PUBLISH_BATCH_OUTPUT: Schema = Schema::structure(
    "PublishBatchResponse",
    &[
        Member::new("Successful", &PUBLISH_BATCH_RESULT_ENTRY_LIST),
        Member::new("Failed", &BATCH_RESULT_ERROR_ENTRY_LIST),
    ],
);
pub static PUBLISH_BATCH_RESULT_ENTRY: Schema = Schema::structure(
    "PublishBatchResultEntry",
    &[
        Member::new("Id", &p::STRING),
        Member::new("MessageId", &p::STRING),
        Member::new("SequenceNumber", &p::STRING),
    ],
);
pub static PUBLISH_BATCH_RESULT_ENTRY_LIST: Schema = Schema::list(
    "PublishBatchResultEntryList",
    &[Member::new("member", &PUBLISH_BATCH_RESULT_ENTRY)],
);
pub static PUBLISH_INPUT: Schema = Schema::structure(
    "PublishInput",
    &[
        Member::new("TopicArn", &p::STRING),
        Member::new("TargetArn", &p::STRING),
        Member::new("PhoneNumber", &PHONE_NUMBER),
        Member::new("Message", &p::STRING).with(f::REQUIRED),
        Member::new("Subject", &p::STRING),
        Member::new("MessageStructure", &p::STRING),
        Member::new("MessageAttributes", &MESSAGE_ATTRIBUTE_MAP),
        Member::new("MessageDeduplicationId", &p::STRING),
        Member::new("MessageGroupId", &p::STRING),
    ],
);
pub static PUBLISH_OUTPUT: Schema = Schema::structure(
    "PublishResponse",
    &[Member::new("MessageId", &p::STRING), Member::new("SequenceNumber", &p::STRING)],
);
pub static PUT_DATA_PROTECTION_POLICY_INPUT: Schema = Schema::structure(
    "PutDataProtectionPolicyInput",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("DataProtectionPolicy", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REMOVE_PERMISSION_INPUT: Schema = Schema::structure(
    "RemovePermissionInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("Label", &p::STRING).with(f::REQUIRED),
    ],
);
pub static REPLAY_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ReplayLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ReplayLimitExceeded", 403u16);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFound", 404u16);
pub static SMS_SANDBOX_PHONE_NUMBER: Schema = Schema::structure(
    "SMSSandboxPhoneNumber",
    &[
        Member::new("PhoneNumber", &PHONE_NUMBER_STRING),
        Member::new("Status", &p::STRING),
    ],
);
pub static SMS_SANDBOX_PHONE_NUMBER_LIST: Schema = Schema::list(
    "SMSSandboxPhoneNumberList",
    &[Member::new("member", &SMS_SANDBOX_PHONE_NUMBER)],
);
pub static SET_ENDPOINT_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "SetEndpointAttributesInput",
    &[
        Member::new("EndpointArn", &p::STRING).with(f::REQUIRED),
        Member::new("Attributes", &MAP_STRING_TO_STRING).with(f::REQUIRED),
    ],
);
pub static SET_PLATFORM_APPLICATION_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "SetPlatformApplicationAttributesInput",
    &[
        Member::new("PlatformApplicationArn", &p::STRING).with(f::REQUIRED),
        Member::new("Attributes", &MAP_STRING_TO_STRING).with(f::REQUIRED),
    ],
);
pub static SET_SMS_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "SetSMSAttributesInput",
    &[Member::new("attributes", &MAP_STRING_TO_STRING).with(f::REQUIRED)],
);
pub static SET_SMS_ATTRIBUTES_OUTPUT: Schema = Schema::structure(
    "SetSMSAttributesResponse",
    &[],
);
pub static SET_SUBSCRIPTION_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "SetSubscriptionAttributesInput",
    &[
        Member::new("SubscriptionArn", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeName", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeValue", &p::STRING),
    ],
);
pub static SET_TOPIC_ATTRIBUTES_INPUT: Schema = Schema::structure(
    "SetTopicAttributesInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeName", &p::STRING).with(f::REQUIRED),
        Member::new("AttributeValue", &p::STRING),
    ],
);
pub static STALE_TAG_EXCEPTION: Schema = Schema::structure(
        "StaleTagException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("StaleTag", 400u16);
pub static SUBSCRIBE_INPUT: Schema = Schema::structure(
    "SubscribeInput",
    &[
        Member::new("TopicArn", &p::STRING).with(f::REQUIRED),
        Member::new("Protocol", &p::STRING).with(f::REQUIRED),
        Member::new("Endpoint", &p::STRING),
        Member::new("Attributes", &SUBSCRIPTION_ATTRIBUTES_MAP),
        Member::new("ReturnSubscriptionArn", &p::BOOLEAN),
    ],
);
pub static SUBSCRIBE_OUTPUT: Schema = Schema::structure(
    "SubscribeResponse",
    &[Member::new("SubscriptionArn", &p::STRING)],
);
pub static SUBSCRIPTION: Schema = Schema::structure(
    "Subscription",
    &[
        Member::new("SubscriptionArn", &p::STRING),
        Member::new("Owner", &p::STRING),
        Member::new("Protocol", &p::STRING),
        Member::new("Endpoint", &p::STRING),
        Member::new("TopicArn", &p::STRING),
    ],
);
pub static SUBSCRIPTION_ATTRIBUTES_MAP: Schema = Schema::map(
    "SubscriptionAttributesMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "SubscriptionLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("SubscriptionLimitExceeded", 403u16);
pub static SUBSCRIPTIONS_LIST: Schema = Schema::list(
    "SubscriptionsList",
    &[Member::new("member", &SUBSCRIPTION)],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("Key", &p::STRING).with(f::REQUIRED),
        Member::new("Value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_KEY_LIST: Schema = Schema::list(
    "TagKeyList",
    &[Member::new("member", &p::STRING)],
);
pub static TAG_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "TagLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("TagLimitExceeded", 400u16);
pub static TAG_LIST: Schema = Schema::list("TagList", &[Member::new("member", &TAG)]);
pub static TAG_POLICY_EXCEPTION: Schema = Schema::structure(
        "TagPolicyException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("TagPolicy", 400u16);
pub static TAG_RESOURCE_INPUT: Schema = Schema::structure(
    "TagResourceRequest",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("Tags", &TAG_LIST).with(f::REQUIRED),
    ],
);
pub static TAG_RESOURCE_OUTPUT: Schema = Schema::structure("TagResourceResponse", &[]);
pub static THROTTLED_EXCEPTION: Schema = Schema::structure(
        "ThrottledException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("Throttled", 429u16);
pub static TOO_MANY_ENTRIES_IN_BATCH_REQUEST_EXCEPTION: Schema = Schema::structure(
        "TooManyEntriesInBatchRequestException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("TooManyEntriesInBatchRequest", 400u16);
pub static TOPIC: Schema = Schema::structure(
    "Topic",
    &[Member::new("TopicArn", &p::STRING)],
);
pub static TOPIC_ATTRIBUTES_MAP: Schema = Schema::map(
    "TopicAttributesMap",
    &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
);
pub static TOPIC_LIMIT_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "TopicLimitExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("TopicLimitExceeded", 403u16);
pub static TOPICS_LIST: Schema = Schema::list(
    "TopicsList",
    &[Member::new("member", &TOPIC)],
);
pub static UNSUBSCRIBE_INPUT: Schema = Schema::structure(
    "UnsubscribeInput",
    &[Member::new("SubscriptionArn", &p::STRING).with(f::REQUIRED)],
);
pub static UNTAG_RESOURCE_INPUT: Schema = Schema::structure(
    "UntagResourceRequest",
    &[
        Member::new("ResourceArn", &p::STRING).with(f::REQUIRED),
        Member::new("TagKeys", &TAG_KEY_LIST).with(f::REQUIRED),
    ],
);
pub static UNTAG_RESOURCE_OUTPUT: Schema = Schema::structure(
    "UntagResourceResponse",
    &[],
);
pub static USER_ERROR_EXCEPTION: Schema = Schema::structure(
        "UserErrorException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("UserError", 400u16);
pub static VALIDATION_EXCEPTION: Schema = Schema::structure(
        "ValidationException",
        &[Member::new("Message", &p::STRING).with(f::REQUIRED)],
    )
    .with(f::SENDER_FAULT)
    .error("ValidationException", 400u16);
pub static VERIFICATION_EXCEPTION: Schema = Schema::structure(
        "VerificationException",
        &[
            Member::new("Message", &p::STRING).with(f::REQUIRED),
            Member::new("Status", &p::STRING).with(f::REQUIRED),
        ],
    )
    .error("VerificationException", 400u16);
pub static VERIFY_SMS_SANDBOX_PHONE_NUMBER_INPUT: Schema = Schema::structure(
    "VerifySMSSandboxPhoneNumberInput",
    &[
        Member::new("PhoneNumber", &PHONE_NUMBER_STRING).with(f::REQUIRED),
        Member::new("OneTimePassword", &p::STRING).with(f::REQUIRED),
    ],
);
pub static VERIFY_SMS_SANDBOX_PHONE_NUMBER_OUTPUT: Schema = Schema::structure(
    "VerifySMSSandboxPhoneNumberResult",
    &[],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static ADD_PERMISSION: Operation = Operation::new(
            "AddPermission",
            "POST",
            "/",
            &super::ADD_PERMISSION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    pub static CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT: Operation = Operation::new(
            "CheckIfPhoneNumberIsOptedOut",
            "POST",
            "/",
            &super::CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT_INPUT,
            &super::CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT_OUTPUT,
        )
        .errors(
            &[
                &super::THROTTLED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("CheckIfPhoneNumberIsOptedOutResult");
    pub static CONFIRM_SUBSCRIPTION: Operation = Operation::new(
            "ConfirmSubscription",
            "POST",
            "/",
            &super::CONFIRM_SUBSCRIPTION_INPUT,
            &super::CONFIRM_SUBSCRIPTION_OUTPUT,
        )
        .errors(
            &[
                &super::SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION,
                &super::REPLAY_LIMIT_EXCEEDED_EXCEPTION,
            ],
        )
        .result_wrapper("ConfirmSubscriptionResult");
    pub static CREATE_PLATFORM_APPLICATION: Operation = Operation::new(
            "CreatePlatformApplication",
            "POST",
            "/",
            &super::CREATE_PLATFORM_APPLICATION_INPUT,
            &super::CREATE_PLATFORM_APPLICATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("CreatePlatformApplicationResult");
    pub static CREATE_PLATFORM_ENDPOINT: Operation = Operation::new(
            "CreatePlatformEndpoint",
            "POST",
            "/",
            &super::CREATE_PLATFORM_ENDPOINT_INPUT,
            &super::CREATE_PLATFORM_ENDPOINT_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        )
        .result_wrapper("CreatePlatformEndpointResult");
    pub static CREATE_SMS_SANDBOX_PHONE_NUMBER: Operation = Operation::new(
            "CreateSMSSandboxPhoneNumber",
            "POST",
            "/",
            &super::CREATE_SMS_SANDBOX_PHONE_NUMBER_INPUT,
            &super::CREATE_SMS_SANDBOX_PHONE_NUMBER_OUTPUT,
        )
        .errors(
            &[
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::OPTED_OUT_EXCEPTION,
                &super::USER_ERROR_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
            ],
        )
        .result_wrapper("CreateSMSSandboxPhoneNumberResult");
    pub static CREATE_TOPIC: Operation = Operation::new(
            "CreateTopic",
            "POST",
            "/",
            &super::CREATE_TOPIC_INPUT,
            &super::CREATE_TOPIC_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::TOPIC_LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
                &super::TAG_LIMIT_EXCEEDED_EXCEPTION,
                &super::STALE_TAG_EXCEPTION,
                &super::TAG_POLICY_EXCEPTION,
                &super::CONCURRENT_ACCESS_EXCEPTION,
            ],
        )
        .result_wrapper("CreateTopicResult");
    pub static DELETE_ENDPOINT: Operation = Operation::new(
            "DeleteEndpoint",
            "POST",
            "/",
            &super::DELETE_ENDPOINT_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        );
    pub static DELETE_PLATFORM_APPLICATION: Operation = Operation::new(
            "DeletePlatformApplication",
            "POST",
            "/",
            &super::DELETE_PLATFORM_APPLICATION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        );
    pub static DELETE_SMS_SANDBOX_PHONE_NUMBER: Operation = Operation::new(
            "DeleteSMSSandboxPhoneNumber",
            "POST",
            "/",
            &super::DELETE_SMS_SANDBOX_PHONE_NUMBER_INPUT,
            &super::DELETE_SMS_SANDBOX_PHONE_NUMBER_OUTPUT,
        )
        .errors(
            &[
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::USER_ERROR_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
            ],
        )
        .result_wrapper("DeleteSMSSandboxPhoneNumberResult");
    pub static DELETE_TOPIC: Operation = Operation::new(
            "DeleteTopic",
            "POST",
            "/",
            &super::DELETE_TOPIC_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_STATE_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::STALE_TAG_EXCEPTION,
                &super::TAG_POLICY_EXCEPTION,
                &super::CONCURRENT_ACCESS_EXCEPTION,
            ],
        );
    pub static GET_DATA_PROTECTION_POLICY: Operation = Operation::new(
            "GetDataProtectionPolicy",
            "POST",
            "/",
            &super::GET_DATA_PROTECTION_POLICY_INPUT,
            &super::GET_DATA_PROTECTION_POLICY_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
            ],
        )
        .result_wrapper("GetDataProtectionPolicyResult");
    pub static GET_ENDPOINT_ATTRIBUTES: Operation = Operation::new(
            "GetEndpointAttributes",
            "POST",
            "/",
            &super::GET_ENDPOINT_ATTRIBUTES_INPUT,
            &super::GET_ENDPOINT_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        )
        .result_wrapper("GetEndpointAttributesResult");
    pub static GET_PLATFORM_APPLICATION_ATTRIBUTES: Operation = Operation::new(
            "GetPlatformApplicationAttributes",
            "POST",
            "/",
            &super::GET_PLATFORM_APPLICATION_ATTRIBUTES_INPUT,
            &super::GET_PLATFORM_APPLICATION_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        )
        .result_wrapper("GetPlatformApplicationAttributesResult");
    pub static GET_SMS_ATTRIBUTES: Operation = Operation::new(
            "GetSMSAttributes",
            "POST",
            "/",
            &super::GET_SMS_ATTRIBUTES_INPUT,
            &super::GET_SMS_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::THROTTLED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("GetSMSAttributesResult");
    pub static GET_SMS_SANDBOX_ACCOUNT_STATUS: Operation = Operation::new(
            "GetSMSSandboxAccountStatus",
            "POST",
            "/",
            &super::GET_SMS_SANDBOX_ACCOUNT_STATUS_INPUT,
            &super::GET_SMS_SANDBOX_ACCOUNT_STATUS_OUTPUT,
        )
        .errors(
            &[
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
            ],
        )
        .result_wrapper("GetSMSSandboxAccountStatusResult");
    pub static GET_SUBSCRIPTION_ATTRIBUTES: Operation = Operation::new(
            "GetSubscriptionAttributes",
            "POST",
            "/",
            &super::GET_SUBSCRIPTION_ATTRIBUTES_INPUT,
            &super::GET_SUBSCRIPTION_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("GetSubscriptionAttributesResult");
    pub static GET_TOPIC_ATTRIBUTES: Operation = Operation::new(
            "GetTopicAttributes",
            "POST",
            "/",
            &super::GET_TOPIC_ATTRIBUTES_INPUT,
            &super::GET_TOPIC_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
            ],
        )
        .result_wrapper("GetTopicAttributesResult");
    pub static LIST_ENDPOINTS_BY_PLATFORM_APPLICATION: Operation = Operation::new(
            "ListEndpointsByPlatformApplication",
            "POST",
            "/",
            &super::LIST_ENDPOINTS_BY_PLATFORM_APPLICATION_INPUT,
            &super::LIST_ENDPOINTS_BY_PLATFORM_APPLICATION_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        )
        .result_wrapper("ListEndpointsByPlatformApplicationResult");
    pub static LIST_ORIGINATION_NUMBERS: Operation = Operation::new(
            "ListOriginationNumbers",
            "POST",
            "/",
            &super::LIST_ORIGINATION_NUMBERS_INPUT,
            &super::LIST_ORIGINATION_NUMBERS_OUTPUT,
        )
        .errors(
            &[
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .result_wrapper("ListOriginationNumbersResult");
    pub static LIST_PHONE_NUMBERS_OPTED_OUT: Operation = Operation::new(
            "ListPhoneNumbersOptedOut",
            "POST",
            "/",
            &super::LIST_PHONE_NUMBERS_OPTED_OUT_INPUT,
            &super::LIST_PHONE_NUMBERS_OPTED_OUT_OUTPUT,
        )
        .errors(
            &[
                &super::THROTTLED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("ListPhoneNumbersOptedOutResult");
    pub static LIST_PLATFORM_APPLICATIONS: Operation = Operation::new(
            "ListPlatformApplications",
            "POST",
            "/",
            &super::LIST_PLATFORM_APPLICATIONS_INPUT,
            &super::LIST_PLATFORM_APPLICATIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("ListPlatformApplicationsResult");
    pub static LIST_SMS_SANDBOX_PHONE_NUMBERS: Operation = Operation::new(
            "ListSMSSandboxPhoneNumbers",
            "POST",
            "/",
            &super::LIST_SMS_SANDBOX_PHONE_NUMBERS_INPUT,
            &super::LIST_SMS_SANDBOX_PHONE_NUMBERS_OUTPUT,
        )
        .errors(
            &[
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
            ],
        )
        .result_wrapper("ListSMSSandboxPhoneNumbersResult");
    pub static LIST_SUBSCRIPTIONS: Operation = Operation::new(
            "ListSubscriptions",
            "POST",
            "/",
            &super::LIST_SUBSCRIPTIONS_INPUT,
            &super::LIST_SUBSCRIPTIONS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("ListSubscriptionsResult");
    pub static LIST_SUBSCRIPTIONS_BY_TOPIC: Operation = Operation::new(
            "ListSubscriptionsByTopic",
            "POST",
            "/",
            &super::LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT,
            &super::LIST_SUBSCRIPTIONS_BY_TOPIC_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("ListSubscriptionsByTopicResult");
    pub static LIST_TAGS_FOR_RESOURCE: Operation = Operation::new(
            "ListTagsForResource",
            "POST",
            "/",
            &super::LIST_TAGS_FOR_RESOURCE_INPUT,
            &super::LIST_TAGS_FOR_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::TAG_POLICY_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::CONCURRENT_ACCESS_EXCEPTION,
            ],
        )
        .result_wrapper("ListTagsForResourceResult");
    pub static LIST_TOPICS: Operation = Operation::new(
            "ListTopics",
            "POST",
            "/",
            &super::LIST_TOPICS_INPUT,
            &super::LIST_TOPICS_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("ListTopicsResult");
    pub static OPT_IN_PHONE_NUMBER: Operation = Operation::new(
            "OptInPhoneNumber",
            "POST",
            "/",
            &super::OPT_IN_PHONE_NUMBER_INPUT,
            &super::OPT_IN_PHONE_NUMBER_OUTPUT,
        )
        .errors(
            &[
                &super::THROTTLED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
            ],
        )
        .result_wrapper("OptInPhoneNumberResult");
    pub static PUBLISH: Operation = Operation::new(
            "Publish",
            "POST",
            "/",
            &super::PUBLISH_INPUT,
            &super::PUBLISH_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::ENDPOINT_DISABLED_EXCEPTION,
                &super::PLATFORM_APPLICATION_DISABLED_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .result_wrapper("PublishResult");
    pub static PUBLISH_BATCH: Operation = Operation::new(
            "PublishBatch",
            "POST",
            "/",
            &super::PUBLISH_BATCH_INPUT,
            &super::PUBLISH_BATCH_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INVALID_PARAMETER_VALUE_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::ENDPOINT_DISABLED_EXCEPTION,
                &super::PLATFORM_APPLICATION_DISABLED_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::BATCH_ENTRY_IDS_NOT_DISTINCT_EXCEPTION,
                &super::BATCH_REQUEST_TOO_LONG_EXCEPTION,
                &super::EMPTY_BATCH_REQUEST_EXCEPTION,
                &super::INVALID_BATCH_ENTRY_ID_EXCEPTION,
                &super::TOO_MANY_ENTRIES_IN_BATCH_REQUEST_EXCEPTION,
                &super::KMS_DISABLED_EXCEPTION,
                &super::KMS_INVALID_STATE_EXCEPTION,
                &super::KMS_NOT_FOUND_EXCEPTION,
                &super::KMS_OPT_IN_REQUIRED,
                &super::KMS_THROTTLING_EXCEPTION,
                &super::KMS_ACCESS_DENIED_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        )
        .result_wrapper("PublishBatchResult");
    pub static PUT_DATA_PROTECTION_POLICY: Operation = Operation::new(
            "PutDataProtectionPolicy",
            "POST",
            "/",
            &super::PUT_DATA_PROTECTION_POLICY_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
            ],
        );
    pub static REMOVE_PERMISSION: Operation = Operation::new(
            "RemovePermission",
            "POST",
            "/",
            &super::REMOVE_PERMISSION_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    pub static SET_ENDPOINT_ATTRIBUTES: Operation = Operation::new(
            "SetEndpointAttributes",
            "POST",
            "/",
            &super::SET_ENDPOINT_ATTRIBUTES_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    pub static SET_PLATFORM_APPLICATION_ATTRIBUTES: Operation = Operation::new(
            "SetPlatformApplicationAttributes",
            "POST",
            "/",
            &super::SET_PLATFORM_APPLICATION_ATTRIBUTES_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
            ],
        );
    pub static SET_SMS_ATTRIBUTES: Operation = Operation::new(
            "SetSMSAttributes",
            "POST",
            "/",
            &super::SET_SMS_ATTRIBUTES_INPUT,
            &super::SET_SMS_ATTRIBUTES_OUTPUT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        )
        .result_wrapper("SetSMSAttributesResult");
    pub static SET_SUBSCRIPTION_ATTRIBUTES: Operation = Operation::new(
            "SetSubscriptionAttributes",
            "POST",
            "/",
            &super::SET_SUBSCRIPTION_ATTRIBUTES_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION,
                &super::REPLAY_LIMIT_EXCEEDED_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
            ],
        );
    pub static SET_TOPIC_ATTRIBUTES: Operation = Operation::new(
            "SetTopicAttributes",
            "POST",
            "/",
            &super::SET_TOPIC_ATTRIBUTES_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
            ],
        );
    pub static SUBSCRIBE: Operation = Operation::new(
            "Subscribe",
            "POST",
            "/",
            &super::SUBSCRIBE_INPUT,
            &super::SUBSCRIBE_OUTPUT,
        )
        .errors(
            &[
                &super::SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION,
                &super::FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION,
                &super::REPLAY_LIMIT_EXCEEDED_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
            ],
        )
        .result_wrapper("SubscribeResult");
    pub static TAG_RESOURCE: Operation = Operation::new(
            "TagResource",
            "POST",
            "/",
            &super::TAG_RESOURCE_INPUT,
            &super::TAG_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::TAG_LIMIT_EXCEEDED_EXCEPTION,
                &super::STALE_TAG_EXCEPTION,
                &super::TAG_POLICY_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::CONCURRENT_ACCESS_EXCEPTION,
            ],
        )
        .result_wrapper("TagResourceResult");
    pub static UNSUBSCRIBE: Operation = Operation::new(
            "Unsubscribe",
            "POST",
            "/",
            &super::UNSUBSCRIBE_INPUT,
            &p::UNIT,
        )
        .errors(
            &[
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::NOT_FOUND_EXCEPTION,
                &super::INVALID_SECURITY_EXCEPTION,
            ],
        );
    pub static UNTAG_RESOURCE: Operation = Operation::new(
            "UntagResource",
            "POST",
            "/",
            &super::UNTAG_RESOURCE_INPUT,
            &super::UNTAG_RESOURCE_OUTPUT,
        )
        .errors(
            &[
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::TAG_LIMIT_EXCEEDED_EXCEPTION,
                &super::STALE_TAG_EXCEPTION,
                &super::TAG_POLICY_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::CONCURRENT_ACCESS_EXCEPTION,
            ],
        )
        .result_wrapper("UntagResourceResult");
    pub static VERIFY_SMS_SANDBOX_PHONE_NUMBER: Operation = Operation::new(
            "VerifySMSSandboxPhoneNumber",
            "POST",
            "/",
            &super::VERIFY_SMS_SANDBOX_PHONE_NUMBER_INPUT,
            &super::VERIFY_SMS_SANDBOX_PHONE_NUMBER_OUTPUT,
        )
        .errors(
            &[
                &super::AUTHORIZATION_ERROR_EXCEPTION,
                &super::INTERNAL_ERROR_EXCEPTION,
                &super::INVALID_PARAMETER_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::VERIFICATION_EXCEPTION,
                &super::THROTTLED_EXCEPTION,
            ],
        )
        .result_wrapper("VerifySMSSandboxPhoneNumberResult");
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &ADD_PERMISSION,
        &CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT,
        &CONFIRM_SUBSCRIPTION,
        &CREATE_PLATFORM_APPLICATION,
        &CREATE_PLATFORM_ENDPOINT,
        &CREATE_SMS_SANDBOX_PHONE_NUMBER,
        &CREATE_TOPIC,
        &DELETE_ENDPOINT,
        &DELETE_PLATFORM_APPLICATION,
        &DELETE_SMS_SANDBOX_PHONE_NUMBER,
        &DELETE_TOPIC,
        &GET_DATA_PROTECTION_POLICY,
        &GET_ENDPOINT_ATTRIBUTES,
        &GET_PLATFORM_APPLICATION_ATTRIBUTES,
        &GET_SMS_ATTRIBUTES,
        &GET_SMS_SANDBOX_ACCOUNT_STATUS,
        &GET_SUBSCRIPTION_ATTRIBUTES,
        &GET_TOPIC_ATTRIBUTES,
        &LIST_ENDPOINTS_BY_PLATFORM_APPLICATION,
        &LIST_ORIGINATION_NUMBERS,
        &LIST_PHONE_NUMBERS_OPTED_OUT,
        &LIST_PLATFORM_APPLICATIONS,
        &LIST_SMS_SANDBOX_PHONE_NUMBERS,
        &LIST_SUBSCRIPTIONS,
        &LIST_SUBSCRIPTIONS_BY_TOPIC,
        &LIST_TAGS_FOR_RESOURCE,
        &LIST_TOPICS,
        &OPT_IN_PHONE_NUMBER,
        &PUBLISH,
        &PUBLISH_BATCH,
        &PUT_DATA_PROTECTION_POLICY,
        &REMOVE_PERMISSION,
        &SET_ENDPOINT_ATTRIBUTES,
        &SET_PLATFORM_APPLICATION_ATTRIBUTES,
        &SET_SMS_ATTRIBUTES,
        &SET_SUBSCRIPTION_ATTRIBUTES,
        &SET_TOPIC_ATTRIBUTES,
        &SUBSCRIBE,
        &TAG_RESOURCE,
        &UNSUBSCRIBE,
        &UNTAG_RESOURCE,
        &VERIFY_SMS_SANDBOX_PHONE_NUMBER,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_ENDPOINTS_BY_PLATFORM_APPLICATION: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ENDPOINTS_BY_PLATFORM_APPLICATION,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["Endpoints"],
    };
    pub static LIST_ORIGINATION_NUMBERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ORIGINATION_NUMBERS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["PhoneNumbers"],
    };
    pub static LIST_PHONE_NUMBERS_OPTED_OUT: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_PHONE_NUMBERS_OPTED_OUT,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["phoneNumbers"],
    };
    pub static LIST_PLATFORM_APPLICATIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_PLATFORM_APPLICATIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["PlatformApplications"],
    };
    pub static LIST_SMS_SANDBOX_PHONE_NUMBERS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SMS_SANDBOX_PHONE_NUMBERS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: Some("MaxResults"),
        more_results: None,
        result_key: &["PhoneNumbers"],
    };
    pub static LIST_SUBSCRIPTIONS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SUBSCRIPTIONS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["Subscriptions"],
    };
    pub static LIST_SUBSCRIPTIONS_BY_TOPIC: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_SUBSCRIPTIONS_BY_TOPIC,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["Subscriptions"],
    };
    pub static LIST_TOPICS: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_TOPICS,
        input_token: &["NextToken"],
        output_token: &["NextToken"],
        limit_key: None,
        more_results: None,
        result_key: &["Topics"],
    };
}

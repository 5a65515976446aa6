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
pub struct AddPermissionInput {
    /// The ARN of the topic whose access control policy you wish to modify.
    pub topic_arn: String,
    /// A unique identifier for the new policy statement.
    pub label: String,
    /// The Amazon Web Services account IDs of the users (principals) who will be given access to the specified actions. The users must have Amazon Web Services account, but do not need to be signed up for this service.
    pub aws_account_id: Vec<String>,
    /// The action you want to allow for the specified principal(s).
    ///
    /// Valid values: Any Amazon SNS action name, for example `Publish`.
    pub action_name: Vec<String>,
}
rt::structure!(
    AddPermissionInput, ADD_PERMISSION_INPUT, [topic_arn, label, aws_account_id,
    action_name]
);
/// Indicates that the user has been denied access to the requested resource.
#[derive(Clone, Default, PartialEq)]
pub struct AuthorizationErrorException {
    pub message: Option<String>,
}
rt::structure!(AuthorizationErrorException, AUTHORIZATION_ERROR_EXCEPTION, [message]);
/// Two or more batch entries in the request have the same `Id`.
#[derive(Clone, Default, PartialEq)]
pub struct BatchEntryIdsNotDistinctException {
    pub message: Option<String>,
}
rt::structure!(
    BatchEntryIdsNotDistinctException, BATCH_ENTRY_IDS_NOT_DISTINCT_EXCEPTION, [message]
);
/// The length of all the batch messages put together is more than the limit.
#[derive(Clone, Default, PartialEq)]
pub struct BatchRequestTooLongException {
    pub message: Option<String>,
}
rt::structure!(
    BatchRequestTooLongException, BATCH_REQUEST_TOO_LONG_EXCEPTION, [message]
);
/// Gives a detailed description of failed messages in the batch.
#[derive(Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The `Id` of an entry in a batch request
    pub id: String,
    /// An error code representing why the action failed on this entry.
    pub code: String,
    /// A message explaining why the action failed on this entry.
    pub message: Option<String>,
    /// Specifies whether the error happened due to the caller of the batch API action.
    pub sender_fault: bool,
}
rt::structure!(
    BatchResultErrorEntry, BATCH_RESULT_ERROR_ENTRY, [id, code, message, sender_fault]
);
/// The input for the `CheckIfPhoneNumberIsOptedOut` action.
#[derive(Clone, Default, PartialEq)]
pub struct CheckIfPhoneNumberIsOptedOutInput {
    /// The phone number for which you want to check the opt out status.
    pub phone_number: String,
}
rt::structure!(
    CheckIfPhoneNumberIsOptedOutInput, CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT_INPUT,
    [phone_number]
);
/// The response from the `CheckIfPhoneNumberIsOptedOut` action.
#[derive(Clone, Default, PartialEq)]
pub struct CheckIfPhoneNumberIsOptedOutOutput {
    /// Indicates whether the phone number is opted out:
    ///
    /// - `true` – The phone number is opted out, meaning you cannot publish SMS messages to it.
    ///
    /// - `false` – The phone number is opted in, meaning you can publish SMS messages to it.
    pub is_opted_out: Option<bool>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CheckIfPhoneNumberIsOptedOutOutput, CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT_OUTPUT,
    [is_opted_out], meta = response_metadata
);
/// Can't perform multiple operations on a tag simultaneously. Perform the operations sequentially.
#[derive(Clone, Default, PartialEq)]
pub struct ConcurrentAccessException {
    pub message: Option<String>,
}
rt::structure!(ConcurrentAccessException, CONCURRENT_ACCESS_EXCEPTION, [message]);
/// Input for ConfirmSubscription action.
#[derive(Clone, Default, PartialEq)]
pub struct ConfirmSubscriptionInput {
    /// The ARN of the topic for which you wish to confirm a subscription.
    pub topic_arn: String,
    /// Short-lived token sent to an endpoint during the `Subscribe` action.
    pub token: String,
    /// Disallows unauthenticated unsubscribes of the subscription. If the value of this parameter is `true` and the request has an Amazon Web Services signature, then only the topic owner and the subscription owner can unsubscribe the endpoint. The unsubscribe action requires Amazon Web Services authentication.
    pub authenticate_on_unsubscribe: Option<String>,
}
rt::structure!(
    ConfirmSubscriptionInput, CONFIRM_SUBSCRIPTION_INPUT, [topic_arn, token,
    authenticate_on_unsubscribe]
);
/// Response for ConfirmSubscriptions action.
#[derive(Clone, Default, PartialEq)]
pub struct ConfirmSubscriptionOutput {
    /// The ARN of the created subscription.
    pub subscription_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ConfirmSubscriptionOutput, CONFIRM_SUBSCRIPTION_OUTPUT, [subscription_arn], meta =
    response_metadata
);
/// Response from CreateEndpoint action.
#[derive(Clone, Default, PartialEq)]
pub struct CreatePlatformEndpointOutput {
    /// EndpointArn returned from CreateEndpoint action.
    pub endpoint_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreatePlatformEndpointOutput, CREATE_PLATFORM_ENDPOINT_OUTPUT, [endpoint_arn], meta =
    response_metadata
);
/// Input for CreatePlatformApplication action.
#[derive(Clone, Default, PartialEq)]
pub struct CreatePlatformApplicationInput {
    /// Application names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, hyphens, and periods, and must be between 1 and 256 characters long.
    pub name: String,
    /// The following platforms are supported: ADM (Amazon Device Messaging), APNS (Apple Push Notification Service), APNS\_SANDBOX, and GCM (Firebase Cloud Messaging).
    pub platform: String,
    /// For a list of attributes, see [ `SetPlatformApplicationAttributes` ](https://docs.aws.amazon.com/sns/latest/api/API_SetPlatformApplicationAttributes.html).
    pub attributes: rt::IndexMap<String, String>,
}
rt::structure!(
    CreatePlatformApplicationInput, CREATE_PLATFORM_APPLICATION_INPUT, [name, platform,
    attributes]
);
/// Response from CreatePlatformApplication action.
#[derive(Clone, Default, PartialEq)]
pub struct CreatePlatformApplicationOutput {
    /// `PlatformApplicationArn` is returned.
    pub platform_application_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreatePlatformApplicationOutput, CREATE_PLATFORM_APPLICATION_OUTPUT,
    [platform_application_arn], meta = response_metadata
);
/// Input for CreatePlatformEndpoint action.
#[derive(Clone, Default, PartialEq)]
pub struct CreatePlatformEndpointInput {
    /// `PlatformApplicationArn` returned from CreatePlatformApplication is used to create a an endpoint.
    pub platform_application_arn: String,
    /// Unique identifier created by the notification service for an app on a device. The specific name for Token will vary, depending on which notification service is being used. For example, when using APNS as the notification service, you need the device token. Alternatively, when using GCM (Firebase Cloud Messaging) or ADM, the device token equivalent is called the registration ID.
    pub token: String,
    /// Arbitrary user data to associate with the endpoint. Amazon SNS does not use this data. The data must be in UTF-8 format and less than 2KB.
    pub custom_user_data: Option<String>,
    /// For a list of attributes, see [ `SetEndpointAttributes` ](https://docs.aws.amazon.com/sns/latest/api/API_SetEndpointAttributes.html).
    pub attributes: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    CreatePlatformEndpointInput, CREATE_PLATFORM_ENDPOINT_INPUT,
    [platform_application_arn, token, custom_user_data, attributes]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSmsSandboxPhoneNumberInput {
    /// The destination phone number to verify. On verification, Amazon SNS adds this phone number to the list of verified phone numbers that you can send SMS messages to.
    pub phone_number: String,
    /// The language to use for sending the OTP. The default value is `en-US`.
    pub language_code: Option<LanguageCodeString>,
}
rt::structure!(
    CreateSmsSandboxPhoneNumberInput, CREATE_SMS_SANDBOX_PHONE_NUMBER_INPUT,
    [phone_number, language_code]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSmsSandboxPhoneNumberOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateSmsSandboxPhoneNumberOutput, CREATE_SMS_SANDBOX_PHONE_NUMBER_OUTPUT, [], meta =
    response_metadata
);
/// Input for CreateTopic action.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTopicInput {
    /// The name of the topic you want to create.
    ///
    /// Constraints: Topic names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.
    ///
    /// For a FIFO (first-in-first-out) topic, the name must end with the `.fifo` suffix.
    pub name: String,
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists names, descriptions, and values of the special request parameters that the `CreateTopic` action uses:
    ///
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    ///
    /// - `DisplayName` – The display name to use for a topic with SMS, `email`, and `email-json` subscriptions. For `email` and `email-json` subscriptions, the display name is used as the sender name for regular notification messages. Subscription confirmation and unsubscribe confirmation emails always use "Amazon Web Services Notifications" as the sender name.
    ///
    /// - `MaximumMessageSize` – The maximum size, in bytes, of a message that can be published to the topic. Valid values are `1024` to `1048576` (1 MiB). The default is `262144` (256 KiB).
    ///
    /// A topic with a `MaximumMessageSize` above 256 KiB must have 100 or fewer subscriptions, and each subscription must be an Amazon SQS, Amazon Data Firehose, or Lambda subscription.
    ///
    /// - `Policy` – The policy that defines who can access your topic. By default, only the topic owner can publish or subscribe to the topic.
    ///
    /// - `TracingConfig` – Tracing mode of an Amazon SNS topic. By default `TracingConfig` is set to `PassThrough`, and the topic passes through the tracing header it receives from an Amazon SNS publisher to its subscriptions. If set to `Active`, Amazon SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true. This is only supported on standard topics.
    ///
    /// - HTTP
    ///
    ///   - `HTTPSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    ///
    ///   - `HTTPSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    ///
    ///   - `HTTPFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    ///
    /// - Amazon Data Firehose
    ///
    ///   - `FirehoseSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon Data Firehose endpoint.
    ///
    ///   - `FirehoseSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon Data Firehose endpoint.
    ///
    ///   - `FirehoseFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon Data Firehose endpoint.
    ///
    /// - Lambda
    ///
    ///   - `LambdaSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    ///
    ///   - `LambdaSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    ///
    ///   - `LambdaFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    ///
    /// - Platform application endpoint
    ///
    ///   - `ApplicationSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to a platform application endpoint.
    ///
    ///   - `ApplicationSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an platform application endpoint.
    ///
    ///   - `ApplicationFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an platform application endpoint.
    ///
    /// In addition to being able to configure topic attributes for message delivery status of notification messages sent to Amazon SNS application endpoints, you can also configure application attributes for the delivery status of push notification messages sent to push notification services.
    ///
    /// For example, For more information, see [Using Amazon SNS Application Attributes for Message Delivery Status](https://docs.aws.amazon.com/sns/latest/dg/sns-msg-status.html).
    ///
    /// - Amazon SQS
    ///
    ///   - `SQSSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    ///   - `SQSSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    ///   - `SQSFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    /// The \<ENDPOINT\>SuccessFeedbackRoleArn and \<ENDPOINT\>FailureFeedbackRoleArn attributes are used to give Amazon SNS write access to use CloudWatch Logs on your behalf. The \<ENDPOINT\>SuccessFeedbackSampleRate attribute is for specifying the sample rate percentage (0-100) of successfully delivered messages. After you configure the \<ENDPOINT\>FailureFeedbackRoleArn attribute, then all failed message deliveries generate CloudWatch Logs.
    ///
    /// The following attribute applies only to [server-side encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SNS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms). For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// The following attributes apply only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ArchivePolicy` – The policy that sets the retention period for messages stored in the message archive of an Amazon SNS FIFO topic.
    ///
    /// - `ContentBasedDeduplication` – Enables content-based deduplication for FIFO topics.
    ///
    ///   - By default, `ContentBasedDeduplication` is set to `false`. If you create a FIFO topic and this attribute is `false`, you must specify a value for the `MessageDeduplicationId` parameter for the [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) action.
    ///
    ///   - When you set `ContentBasedDeduplication` to `true`, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    /// (Optional) To override the generated value, you can specify a value for the `MessageDeduplicationId` parameter for the `Publish` action.
    ///
    /// - `FifoThroughputScope` – Enables higher throughput for your FIFO topic by adjusting the scope of deduplication. This attribute has two possible values:
    ///
    ///   - `Topic` – The scope of message deduplication is across the entire topic. This is the default value and maintains existing behavior, with a maximum throughput of 3000 messages per second or 20MB per second, whichever comes first.
    ///
    ///   - `MessageGroup` – The scope of deduplication is within each individual message group, which enables higher throughput per topic subject to regional quotas. For more information on quotas or to request an increase, see [Amazon SNS service quotas](https://docs.aws.amazon.com/general/latest/gr/sns.html) in the Amazon Web Services General Reference.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// The list of tags to add to a new topic.
    ///
    /// To be able to tag a topic on creation, you must have the `sns:CreateTopic` and `sns:TagResource` permissions.
    pub tags: Option<Vec<Tag>>,
    /// Amazon SNS message data protection is no longer available to new customers. For more information and guidance on alternatives, see [Amazon SNS message data protection availability change](https://docs.aws.amazon.com/sns/latest/dg/sns-message-data-protection-availability-change.html).
    ///
    /// The body of the policy document you want to use for this topic.
    ///
    /// You can only add one policy per topic.
    ///
    /// The policy must be in JSON string format.
    ///
    /// Length Constraints: Maximum length of 30,720.
    pub data_protection_policy: Option<String>,
}
rt::structure!(
    CreateTopicInput, CREATE_TOPIC_INPUT, [name, attributes, tags,
    data_protection_policy]
);
/// Response from CreateTopic action.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTopicOutput {
    /// The Amazon Resource Name (ARN) assigned to the created topic.
    pub topic_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateTopicOutput, CREATE_TOPIC_OUTPUT, [topic_arn], meta = response_metadata
);
/// Input for `DeleteEndpoint` action.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteEndpointInput {
    /// `EndpointArn` of endpoint to delete.
    pub endpoint_arn: String,
}
rt::structure!(DeleteEndpointInput, DELETE_ENDPOINT_INPUT, [endpoint_arn]);
/// Input for `DeletePlatformApplication` action.
#[derive(Clone, Default, PartialEq)]
pub struct DeletePlatformApplicationInput {
    /// `PlatformApplicationArn` of platform application object to delete.
    pub platform_application_arn: String,
}
rt::structure!(
    DeletePlatformApplicationInput, DELETE_PLATFORM_APPLICATION_INPUT,
    [platform_application_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSmsSandboxPhoneNumberInput {
    /// The destination phone number to delete.
    pub phone_number: String,
}
rt::structure!(
    DeleteSmsSandboxPhoneNumberInput, DELETE_SMS_SANDBOX_PHONE_NUMBER_INPUT,
    [phone_number]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSmsSandboxPhoneNumberOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteSmsSandboxPhoneNumberOutput, DELETE_SMS_SANDBOX_PHONE_NUMBER_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTopicInput {
    /// The ARN of the topic you want to delete.
    pub topic_arn: String,
}
rt::structure!(DeleteTopicInput, DELETE_TOPIC_INPUT, [topic_arn]);
/// The batch request doesn't contain any entries.
#[derive(Clone, Default, PartialEq)]
pub struct EmptyBatchRequestException {
    pub message: Option<String>,
}
rt::structure!(EmptyBatchRequestException, EMPTY_BATCH_REQUEST_EXCEPTION, [message]);
/// The endpoint for mobile app and device.
#[derive(Clone, Default, PartialEq)]
pub struct Endpoint {
    /// The `EndpointArn` for mobile app and device.
    pub endpoint_arn: Option<String>,
    /// Attributes for endpoint.
    pub attributes: Option<rt::IndexMap<String, String>>,
}
rt::structure!(Endpoint, ENDPOINT, [endpoint_arn, attributes]);
/// Exception error indicating endpoint disabled.
#[derive(Clone, Default, PartialEq)]
pub struct EndpointDisabledException {
    /// Message for endpoint disabled.
    pub message: Option<String>,
}
rt::structure!(EndpointDisabledException, ENDPOINT_DISABLED_EXCEPTION, [message]);
/// Indicates that the number of filter polices in your Amazon Web Services account exceeds the limit. To add more filter polices, submit an Amazon SNS Limit Increase case in the Amazon Web Services Support Center.
#[derive(Clone, Default, PartialEq)]
pub struct FilterPolicyLimitExceededException {
    pub message: Option<String>,
}
rt::structure!(
    FilterPolicyLimitExceededException, FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION, [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyInput {
    /// The ARN of the topic whose `DataProtectionPolicy` you want to get.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    pub resource_arn: String,
}
rt::structure!(
    GetDataProtectionPolicyInput, GET_DATA_PROTECTION_POLICY_INPUT, [resource_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyOutput {
    /// Retrieves the `DataProtectionPolicy` in JSON string format.
    pub data_protection_policy: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDataProtectionPolicyOutput, GET_DATA_PROTECTION_POLICY_OUTPUT,
    [data_protection_policy], meta = response_metadata
);
/// Input for `GetEndpointAttributes` action.
#[derive(Clone, Default, PartialEq)]
pub struct GetEndpointAttributesInput {
    /// `EndpointArn` for `GetEndpointAttributes` input.
    pub endpoint_arn: String,
}
rt::structure!(
    GetEndpointAttributesInput, GET_ENDPOINT_ATTRIBUTES_INPUT, [endpoint_arn]
);
/// Response from `GetEndpointAttributes` of the `EndpointArn`.
#[derive(Clone, Default, PartialEq)]
pub struct GetEndpointAttributesOutput {
    /// Attributes include the following:
    ///
    /// - `CustomUserData` – arbitrary user data to associate with the endpoint. Amazon SNS does not use this data. The data must be in UTF-8 format and less than 2KB.
    ///
    /// - `Enabled` – flag that enables/disables delivery to the endpoint. Amazon SNS will set this to false when a notification service indicates to Amazon SNS that the endpoint is invalid. Users can set it back to true, typically after updating Token.
    ///
    /// - `Token` – device token, also referred to as a registration id, for an app and mobile device. This is returned from the notification service when an app and mobile device are registered with the notification service.
    ///
    /// The device token for the iOS platform is returned in lowercase.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetEndpointAttributesOutput, GET_ENDPOINT_ATTRIBUTES_OUTPUT, [attributes], meta =
    response_metadata
);
/// Input for `GetPlatformApplicationAttributes` action.
#[derive(Clone, Default, PartialEq)]
pub struct GetPlatformApplicationAttributesInput {
    /// `PlatformApplicationArn` for GetPlatformApplicationAttributesInput.
    pub platform_application_arn: String,
}
rt::structure!(
    GetPlatformApplicationAttributesInput, GET_PLATFORM_APPLICATION_ATTRIBUTES_INPUT,
    [platform_application_arn]
);
/// Response for `GetPlatformApplicationAttributes` action.
#[derive(Clone, Default, PartialEq)]
pub struct GetPlatformApplicationAttributesOutput {
    /// Attributes include the following:
    ///
    /// - `AppleCertificateExpiryDate` – The expiry date of the SSL certificate used to configure certificate-based authentication.
    ///
    /// - `ApplePlatformTeamID` – The Apple developer account ID used to configure token-based authentication.
    ///
    /// - `ApplePlatformBundleID` – The app identifier used to configure token-based authentication.
    ///
    /// - `AuthenticationMethod` – Returns the credential type used when sending push notifications from application to APNS/APNS\_Sandbox, or application to GCM.
    ///
    ///   - APNS – Returns the token or certificate.
    ///
    ///   - GCM – Returns the token or key.
    ///
    /// - `EventEndpointCreated` – Topic ARN to which EndpointCreated event notifications should be sent.
    ///
    /// - `EventEndpointDeleted` – Topic ARN to which EndpointDeleted event notifications should be sent.
    ///
    /// - `EventEndpointUpdated` – Topic ARN to which EndpointUpdate event notifications should be sent.
    ///
    /// - `EventDeliveryFailure` – Topic ARN to which DeliveryFailure event notifications should be sent upon Direct Publish delivery failure (permanent) to one of the application's endpoints.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetPlatformApplicationAttributesOutput, GET_PLATFORM_APPLICATION_ATTRIBUTES_OUTPUT,
    [attributes], meta = response_metadata
);
/// The input for the `GetSMSAttributes` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetSmsAttributesInput {
    /// A list of the individual attribute names, such as `MonthlySpendLimit`, for which you want values.
    ///
    /// For all attribute names, see [SetSMSAttributes](https://docs.aws.amazon.com/sns/latest/api/API_SetSMSAttributes.html).
    ///
    /// If you don't use this parameter, Amazon SNS returns all SMS attributes.
    pub attributes: Option<Vec<String>>,
}
rt::structure!(GetSmsAttributesInput, GET_SMS_ATTRIBUTES_INPUT, [attributes]);
/// The response from the `GetSMSAttributes` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetSmsAttributesOutput {
    /// The SMS attribute names and their values.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSmsAttributesOutput, GET_SMS_ATTRIBUTES_OUTPUT, [attributes], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSmsSandboxAccountStatusInput {}
rt::structure!(
    GetSmsSandboxAccountStatusInput, GET_SMS_SANDBOX_ACCOUNT_STATUS_INPUT, []
);
#[derive(Clone, Default, PartialEq)]
pub struct GetSmsSandboxAccountStatusOutput {
    /// Indicates whether the calling Amazon Web Services account is in the SMS sandbox.
    pub is_in_sandbox: bool,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSmsSandboxAccountStatusOutput, GET_SMS_SANDBOX_ACCOUNT_STATUS_OUTPUT,
    [is_in_sandbox], meta = response_metadata
);
/// Input for GetSubscriptionAttributes.
#[derive(Clone, Default, PartialEq)]
pub struct GetSubscriptionAttributesInput {
    /// The ARN of the subscription whose properties you want to get.
    pub subscription_arn: String,
}
rt::structure!(
    GetSubscriptionAttributesInput, GET_SUBSCRIPTION_ATTRIBUTES_INPUT, [subscription_arn]
);
/// Response for GetSubscriptionAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct GetSubscriptionAttributesOutput {
    /// A map of the subscription's attributes. Attributes in this map include the following:
    ///
    /// - `ConfirmationWasAuthenticated` – `true` if the subscription confirmation request was authenticated.
    ///
    /// - `DeliveryPolicy` – The JSON serialization of the subscription's delivery policy.
    ///
    /// - `EffectiveDeliveryPolicy` – The JSON serialization of the effective delivery policy that takes into account the topic delivery policy and account system defaults.
    ///
    /// - `FilterPolicy` – The filter policy JSON that is assigned to the subscription. For more information, see [Amazon SNS Message Filtering](https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html) in the *Amazon SNS Developer Guide*.
    ///
    /// - `FilterPolicyScope` – This attribute lets you choose the filtering scope by using one of the following string value types:
    ///
    ///   - `MessageAttributes` (default) – The filter is applied on the message attributes.
    ///
    ///   - `MessageBody` – The filter is applied on the message body.
    ///
    /// - `Owner` – The Amazon Web Services account ID of the subscription's owner.
    ///
    /// - `PendingConfirmation` – `true` if the subscription hasn't been confirmed. To confirm a pending subscription, call the `ConfirmSubscription` action with a confirmation token.
    ///
    /// - `RawMessageDelivery` – `true` if raw message delivery is enabled for the subscription. Raw messages are free of JSON formatting and can be sent to HTTP/S and Amazon SQS endpoints.
    ///
    /// - `RedrivePolicy` – When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue. Messages that can't be delivered due to client errors (for example, when the subscribed endpoint is unreachable) or server errors (for example, when the service that powers the subscribed endpoint becomes unavailable) are held in the dead-letter queue for further analysis or reprocessing.
    ///
    /// - `SubscriptionArn` – The subscription's ARN.
    ///
    /// - `TopicArn` – The topic ARN that the subscription is associated with.
    ///
    /// The following attribute applies only to Amazon Data Firehose delivery stream subscriptions:
    ///
    /// - `SubscriptionRoleArn` – The ARN of the IAM role that has the following:
    ///
    ///   - Permission to write to the Firehose delivery stream
    ///
    ///   - Amazon SNS listed as a trusted entity
    ///
    /// Specifying a valid ARN for this attribute is required for Firehose delivery stream subscriptions. For more information, see [Fanout to Firehose delivery streams](https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html) in the *Amazon SNS Developer Guide*.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetSubscriptionAttributesOutput, GET_SUBSCRIPTION_ATTRIBUTES_OUTPUT, [attributes],
    meta = response_metadata
);
/// Input for GetTopicAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct GetTopicAttributesInput {
    /// The ARN of the topic whose properties you want to get.
    pub topic_arn: String,
}
rt::structure!(GetTopicAttributesInput, GET_TOPIC_ATTRIBUTES_INPUT, [topic_arn]);
/// Response for GetTopicAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct GetTopicAttributesOutput {
    /// A map of the topic's attributes. Attributes in this map include the following:
    ///
    /// - `DeliveryPolicy` – The JSON serialization of the topic's delivery policy.
    ///
    /// - `DisplayName` – The human-readable name used in the `From` field for notifications to `email` and `email-json` endpoints. For subscription confirmation and unsubscribe confirmation emails, the sender name is always "Amazon Web Services Notifications" regardless of this attribute.
    ///
    /// - `EffectiveDeliveryPolicy` – The JSON serialization of the effective delivery policy, taking system defaults into account.
    ///
    /// - `MaximumMessageSize` – The maximum size, in bytes, of a message that can be published to the topic. Amazon SNS returns this attribute only if you explicitly set it. If Amazon SNS doesn't return it, the topic uses the default of `262144` (256 KiB).
    ///
    /// - `Owner` – The Amazon Web Services account ID of the topic's owner.
    ///
    /// - `Policy` – The JSON serialization of the topic's access control policy.
    ///
    /// - `SignatureVersion` – The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS.
    ///
    ///   - By default, `SignatureVersion` is set to **1**. The signature is a Base64-encoded **SHA1withRSA** signature.
    ///
    ///   - When you set `SignatureVersion` to **2**. Amazon SNS uses a Base64-encoded **SHA256withRSA** signature.
    ///
    /// If the API response does not include the `SignatureVersion` attribute, it means that the `SignatureVersion` for the topic has value **1**.
    ///
    /// - `SubscriptionsConfirmed` – The number of confirmed subscriptions for the topic.
    ///
    /// - `SubscriptionsDeleted` – The number of deleted subscriptions for the topic.
    ///
    /// - `SubscriptionsPending` – The number of subscriptions pending confirmation for the topic.
    ///
    /// - `TopicArn` – The topic's ARN.
    ///
    /// - `TracingConfig` – Tracing mode of an Amazon SNS topic. By default `TracingConfig` is set to `PassThrough`, and the topic passes through the tracing header it receives from an Amazon SNS publisher to its subscriptions. If set to `Active`, Amazon SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true. This is only supported on standard topics.
    ///
    /// The following attribute applies only to [server-side-encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` - The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SNS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms). For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// The following attributes apply only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ArchivePolicy` – The policy that sets the retention period for messages stored in the message archive of an Amazon SNS FIFO topic.
    ///
    /// - `BeginningArchiveTime` – The earliest starting point at which a message in the topic’s archive can be replayed from. This point in time is based on the configured message retention period set by the topic’s message archiving policy.
    ///
    /// - `ContentBasedDeduplication` – Enables content-based deduplication for FIFO topics.
    ///
    ///   - By default, `ContentBasedDeduplication` is set to `false`. If you create a FIFO topic and this attribute is `false`, you must specify a value for the `MessageDeduplicationId` parameter for the [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) action.
    ///
    ///   - When you set `ContentBasedDeduplication` to `true`, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    /// (Optional) To override the generated value, you can specify a value for the `MessageDeduplicationId` parameter for the `Publish` action.
    ///
    /// - `FifoTopic` – When this is set to `true`, a FIFO topic is created.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetTopicAttributesOutput, GET_TOPIC_ATTRIBUTES_OUTPUT, [attributes], meta =
    response_metadata
);
/// Indicates an internal service error.
#[derive(Clone, Default, PartialEq)]
pub struct InternalErrorException {
    pub message: Option<String>,
}
rt::structure!(InternalErrorException, INTERNAL_ERROR_EXCEPTION, [message]);
/// The `Id` of a batch entry in a batch request doesn't abide by the specification.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidBatchEntryIdException {
    pub message: Option<String>,
}
rt::structure!(
    InvalidBatchEntryIdException, INVALID_BATCH_ENTRY_ID_EXCEPTION, [message]
);
/// Indicates that a request parameter does not comply with the associated constraints.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterException {
    pub message: Option<String>,
}
rt::structure!(InvalidParameterException, INVALID_PARAMETER_EXCEPTION, [message]);
/// Indicates that a request parameter does not comply with the associated constraints.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidParameterValueException {
    /// The parameter of an entry in a request doesn't abide by the specification.
    pub message: Option<String>,
}
rt::structure!(
    InvalidParameterValueException, INVALID_PARAMETER_VALUE_EXCEPTION, [message]
);
/// The credential signature isn't valid. You must use an HTTPS endpoint and sign your request using Signature Version 4.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSecurityException {
    pub message: Option<String>,
}
rt::structure!(InvalidSecurityException, INVALID_SECURITY_EXCEPTION, [message]);
/// Indicates that the specified state is not a valid state for an event source.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidStateException {
    pub message: Option<String>,
}
rt::structure!(InvalidStateException, INVALID_STATE_EXCEPTION, [message]);
/// The ciphertext references a key that doesn't exist or that you don't have access to.
#[derive(Clone, Default, PartialEq)]
pub struct KmsAccessDeniedException {
    pub message: Option<String>,
}
rt::structure!(KmsAccessDeniedException, KMS_ACCESS_DENIED_EXCEPTION, [message]);
/// The request was rejected because the specified Amazon Web Services KMS key isn't enabled.
#[derive(Clone, Default, PartialEq)]
pub struct KmsDisabledException {
    pub message: Option<String>,
}
rt::structure!(KmsDisabledException, KMS_DISABLED_EXCEPTION, [message]);
/// The request was rejected because the state of the specified resource isn't valid for this request. For more information, see [Key states of Amazon Web Services KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct KmsInvalidStateException {
    pub message: Option<String>,
}
rt::structure!(KmsInvalidStateException, KMS_INVALID_STATE_EXCEPTION, [message]);
/// The request was rejected because the specified entity or resource can't be found.
#[derive(Clone, Default, PartialEq)]
pub struct KmsNotFoundException {
    pub message: Option<String>,
}
rt::structure!(KmsNotFoundException, KMS_NOT_FOUND_EXCEPTION, [message]);
/// The Amazon Web Services access key ID needs a subscription for the service.
#[derive(Clone, Default, PartialEq)]
pub struct KmsOptInRequired {
    pub message: Option<String>,
}
rt::structure!(KmsOptInRequired, KMS_OPT_IN_REQUIRED, [message]);
/// The request was denied due to request throttling. For more information about throttling, see [Limits](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#requests-per-second) in the *Key Management Service Developer Guide.*
#[derive(Clone, Default, PartialEq)]
pub struct KmsThrottlingException {
    pub message: Option<String>,
}
rt::structure!(KmsThrottlingException, KMS_THROTTLING_EXCEPTION, [message]);
/// Supported language code for sending OTP message
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCodeString {
    /// `en-US`
    EnUs,
    /// `en-GB`
    EnGb,
    /// `es-419`
    Es419,
    /// `es-ES`
    EsEs,
    /// `de-DE`
    DeDe,
    /// `fr-CA`
    FrCa,
    /// `fr-FR`
    FrFr,
    /// `it-IT`
    ItIt,
    /// `ja-JP`
    JaJp,
    /// `pt-BR`
    PtBr,
    /// `kr-KR`
    KrKr,
    /// `zh-CN`
    ZhCn,
    /// `zh-TW`
    ZhTw,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    LanguageCodeString, { EnUs => "en-US", EnGb => "en-GB", Es419 => "es-419", EsEs =>
    "es-ES", DeDe => "de-DE", FrCa => "fr-CA", FrFr => "fr-FR", ItIt => "it-IT", JaJp =>
    "ja-JP", PtBr => "pt-BR", KrKr => "kr-KR", ZhCn => "zh-CN", ZhTw => "zh-TW" }
);
/// Input for `ListEndpointsByPlatformApplication` action.
#[derive(Clone, Default, PartialEq)]
pub struct ListEndpointsByPlatformApplicationInput {
    /// `PlatformApplicationArn` for `ListEndpointsByPlatformApplicationInput` action.
    pub platform_application_arn: String,
    /// `NextToken` string is used when calling `ListEndpointsByPlatformApplication` action to retrieve additional records that are available after the first page results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListEndpointsByPlatformApplicationInput,
    LIST_ENDPOINTS_BY_PLATFORM_APPLICATION_INPUT, [platform_application_arn, next_token]
);
/// Response for `ListEndpointsByPlatformApplication` action.
#[derive(Clone, Default, PartialEq)]
pub struct ListEndpointsByPlatformApplicationOutput {
    /// Endpoints returned for `ListEndpointsByPlatformApplication` action.
    pub endpoints: Option<Vec<Endpoint>>,
    /// `NextToken` string is returned when calling `ListEndpointsByPlatformApplication` action if additional records are available after the first page results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListEndpointsByPlatformApplicationOutput,
    LIST_ENDPOINTS_BY_PLATFORM_APPLICATION_OUTPUT, [endpoints, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListOriginationNumbersInput {
    /// Token that the previous `ListOriginationNumbers` request returns.
    pub next_token: Option<String>,
    /// The maximum number of origination numbers to return.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListOriginationNumbersInput, LIST_ORIGINATION_NUMBERS_INPUT, [next_token,
    max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListOriginationNumbersOutput {
    /// A `NextToken` string is returned when you call the `ListOriginationNumbers` operation if additional pages of records are available.
    pub next_token: Option<String>,
    /// A list of the calling account's verified and pending origination numbers.
    pub phone_numbers: Option<Vec<PhoneNumberInformation>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListOriginationNumbersOutput, LIST_ORIGINATION_NUMBERS_OUTPUT, [next_token,
    phone_numbers], meta = response_metadata
);
/// The input for the `ListPhoneNumbersOptedOut` action.
#[derive(Clone, Default, PartialEq)]
pub struct ListPhoneNumbersOptedOutInput {
    /// A `NextToken` string is used when you call the `ListPhoneNumbersOptedOut` action to retrieve additional records that are available after the first page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListPhoneNumbersOptedOutInput, LIST_PHONE_NUMBERS_OPTED_OUT_INPUT, [next_token]
);
/// The response from the `ListPhoneNumbersOptedOut` action.
#[derive(Clone, Default, PartialEq)]
pub struct ListPhoneNumbersOptedOutOutput {
    /// A list of phone numbers that are opted out of receiving SMS messages. The list is paginated, and each page can contain up to 100 phone numbers.
    pub phone_numbers: Option<Vec<String>>,
    /// A `NextToken` string is returned when you call the `ListPhoneNumbersOptedOut` action if additional records are available after the first page of results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPhoneNumbersOptedOutOutput, LIST_PHONE_NUMBERS_OPTED_OUT_OUTPUT, [phone_numbers,
    next_token], meta = response_metadata
);
/// Input for `ListPlatformApplications` action.
#[derive(Clone, Default, PartialEq)]
pub struct ListPlatformApplicationsInput {
    /// `NextToken` string is used when calling `ListPlatformApplications` action to retrieve additional records that are available after the first page results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListPlatformApplicationsInput, LIST_PLATFORM_APPLICATIONS_INPUT, [next_token]
);
/// Response for `ListPlatformApplications` action.
#[derive(Clone, Default, PartialEq)]
pub struct ListPlatformApplicationsOutput {
    /// Platform applications returned when calling `ListPlatformApplications` action.
    pub platform_applications: Option<Vec<PlatformApplication>>,
    /// `NextToken` string is returned when calling `ListPlatformApplications` action if additional records are available after the first page results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListPlatformApplicationsOutput, LIST_PLATFORM_APPLICATIONS_OUTPUT,
    [platform_applications, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSmsSandboxPhoneNumbersInput {
    /// Token that the previous `ListSMSSandboxPhoneNumbersInput` request returns.
    pub next_token: Option<String>,
    /// The maximum number of phone numbers to return.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListSmsSandboxPhoneNumbersInput, LIST_SMS_SANDBOX_PHONE_NUMBERS_INPUT, [next_token,
    max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSmsSandboxPhoneNumbersOutput {
    /// A list of the calling account's pending and verified phone numbers.
    pub phone_numbers: Vec<SmsSandboxPhoneNumber>,
    /// A `NextToken` string is returned when you call the `ListSMSSandboxPhoneNumbersInput` operation if additional pages of records are available.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSmsSandboxPhoneNumbersOutput, LIST_SMS_SANDBOX_PHONE_NUMBERS_OUTPUT,
    [phone_numbers, next_token], meta = response_metadata
);
/// Input for ListSubscriptionsByTopic action.
#[derive(Clone, Default, PartialEq)]
pub struct ListSubscriptionsByTopicInput {
    /// The ARN of the topic for which you wish to find subscriptions.
    pub topic_arn: String,
    /// Token returned by the previous `ListSubscriptionsByTopic` request.
    pub next_token: Option<String>,
}
rt::structure!(
    ListSubscriptionsByTopicInput, LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT, [topic_arn,
    next_token]
);
/// Response for ListSubscriptionsByTopic action.
#[derive(Clone, Default, PartialEq)]
pub struct ListSubscriptionsByTopicOutput {
    /// A list of subscriptions.
    pub subscriptions: Option<Vec<Subscription>>,
    /// Token to pass along to the next `ListSubscriptionsByTopic` request. This element is returned if there are more subscriptions to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSubscriptionsByTopicOutput, LIST_SUBSCRIPTIONS_BY_TOPIC_OUTPUT, [subscriptions,
    next_token], meta = response_metadata
);
/// Input for ListSubscriptions action.
#[derive(Clone, Default, PartialEq)]
pub struct ListSubscriptionsInput {
    /// Token returned by the previous `ListSubscriptions` request.
    pub next_token: Option<String>,
}
rt::structure!(ListSubscriptionsInput, LIST_SUBSCRIPTIONS_INPUT, [next_token]);
/// Response for ListSubscriptions action
#[derive(Clone, Default, PartialEq)]
pub struct ListSubscriptionsOutput {
    /// A list of subscriptions.
    pub subscriptions: Option<Vec<Subscription>>,
    /// Token to pass along to the next `ListSubscriptions` request. This element is returned if there are more subscriptions to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSubscriptionsOutput, LIST_SUBSCRIPTIONS_OUTPUT, [subscriptions, next_token], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The ARN of the topic for which to list tags.
    pub resource_arn: String,
}
rt::structure!(ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [resource_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// The tags associated with the specified topic.
    pub tags: Option<Vec<Tag>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [tags], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTopicsInput {
    /// Token returned by the previous `ListTopics` request.
    pub next_token: Option<String>,
}
rt::structure!(ListTopicsInput, LIST_TOPICS_INPUT, [next_token]);
/// Response for ListTopics action.
#[derive(Clone, Default, PartialEq)]
pub struct ListTopicsOutput {
    /// A list of topic ARNs.
    pub topics: Option<Vec<Topic>>,
    /// Token to pass along to the next `ListTopics` request. This element is returned if there are additional topics to retrieve.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTopicsOutput, LIST_TOPICS_OUTPUT, [topics, next_token], meta = response_metadata
);
/// The user-specified message attribute value. For string data types, the value attribute has the same restrictions on the content as the message body. For more information, see [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html).
///
/// Name, type, and value must not be empty or null. In addition, the message body should not be empty or null. All parts of the message attribute, including name, type, and value, are included in the message size restriction, which is 256 KiB (262,144 bytes) by default and is determined by the topic's `MaximumMessageSize` attribute. For more information, see [Large message payloads](https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html), [Amazon SNS message attributes](https://docs.aws.amazon.com/sns/latest/dg/SNSMessageAttributes.html) and [Publishing to a mobile phone](https://docs.aws.amazon.com/sns/latest/dg/sms_publish-to-phone.html) in the *Amazon SNS Developer Guide.*
#[derive(Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    /// Amazon SNS supports the following logical data types: String, String.Array, Number, and Binary. For more information, see [Message Attribute Data Types](https://docs.aws.amazon.com/sns/latest/dg/SNSMessageAttributes.html#SNSMessageAttributes.DataTypes).
    pub data_type: String,
    /// Strings are Unicode with UTF8 binary encoding. For a list of code values, see [ASCII Printable Characters](https://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, for example, compressed data, encrypted data, or images.
    pub binary_value: Option<Vec<u8>>,
}
rt::structure!(
    MessageAttributeValue, MESSAGE_ATTRIBUTE_VALUE, [data_type, string_value,
    binary_value]
);
/// Indicates that the requested resource does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct NotFoundException {
    pub message: Option<String>,
}
rt::structure!(NotFoundException, NOT_FOUND_EXCEPTION, [message]);
/// Enum listing out all supported number capabilities.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberCapability {
    /// `SMS`
    Sms,
    /// `MMS`
    Mms,
    /// `VOICE`
    Voice,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(NumberCapability, { Sms => "SMS", Mms => "MMS", Voice => "VOICE" });
/// Input for the OptInPhoneNumber action.
#[derive(Clone, Default, PartialEq)]
pub struct OptInPhoneNumberInput {
    /// The phone number to opt in. Use E.164 format.
    pub phone_number: String,
}
rt::structure!(OptInPhoneNumberInput, OPT_IN_PHONE_NUMBER_INPUT, [phone_number]);
/// The response for the OptInPhoneNumber action.
#[derive(Clone, Default, PartialEq)]
pub struct OptInPhoneNumberOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    OptInPhoneNumberOutput, OPT_IN_PHONE_NUMBER_OUTPUT, [], meta = response_metadata
);
/// Indicates that the specified phone number opted out of receiving SMS messages from your Amazon Web Services account. You can't send SMS messages to phone numbers that opt out.
#[derive(Clone, Default, PartialEq)]
pub struct OptedOutException {
    pub message: Option<String>,
}
rt::structure!(OptedOutException, OPTED_OUT_EXCEPTION, [message]);
/// A list of phone numbers and their metadata.
#[derive(Clone, Default, PartialEq)]
pub struct PhoneNumberInformation {
    /// The date and time when the phone number was created.
    pub created_at: Option<rt::DateTime>,
    /// The phone number.
    pub phone_number: Option<String>,
    /// The status of the phone number.
    pub status: Option<String>,
    /// The two-character code for the country or region, in ISO 3166-1 alpha-2 format.
    pub iso2_country_code: Option<String>,
    /// The list of supported routes.
    pub route_type: Option<RouteType>,
    /// The capabilities of each phone number.
    pub number_capabilities: Option<Vec<NumberCapability>>,
}
rt::structure!(
    PhoneNumberInformation, PHONE_NUMBER_INFORMATION, [created_at, phone_number, status,
    iso2_country_code, route_type, number_capabilities]
);
/// Platform application object.
#[derive(Clone, Default, PartialEq)]
pub struct PlatformApplication {
    /// PlatformApplicationArn for platform application object.
    pub platform_application_arn: Option<String>,
    /// Attributes for platform application object.
    pub attributes: Option<rt::IndexMap<String, String>>,
}
rt::structure!(
    PlatformApplication, PLATFORM_APPLICATION, [platform_application_arn, attributes]
);
/// Exception error indicating platform application disabled.
#[derive(Clone, Default, PartialEq)]
pub struct PlatformApplicationDisabledException {
    /// Message for platform application disabled.
    pub message: Option<String>,
}
rt::structure!(
    PlatformApplicationDisabledException, PLATFORM_APPLICATION_DISABLED_EXCEPTION,
    [message]
);
#[derive(Clone, Default, PartialEq)]
pub struct PublishBatchInput {
    /// The Amazon resource name (ARN) of the topic you want to batch publish to.
    pub topic_arn: String,
    /// A list of `PublishBatch` request entries to be sent to the SNS topic.
    pub publish_batch_request_entries: Vec<PublishBatchRequestEntry>,
}
rt::structure!(
    PublishBatchInput, PUBLISH_BATCH_INPUT, [topic_arn, publish_batch_request_entries]
);
/// Contains the details of a single Amazon SNS message along with an `Id` that identifies a message within the batch.
#[derive(Clone, Default, PartialEq)]
pub struct PublishBatchRequestEntry {
    /// An identifier for the message in this batch.
    ///
    /// The `Ids` of a batch request must be unique within a request.
    ///
    /// This identifier can have up to 80 characters. The following characters are accepted: alphanumeric characters, hyphens(-), and underscores (\_).
    pub id: String,
    /// The body of the message.
    pub message: String,
    /// The subject of the batch message.
    pub subject: Option<String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each protocol. For example, using one publish action, you can send a short message to your SMS subscribers and a longer message to your email subscribers. If you set `MessageStructure` to `json`, the value of the `Message` parameter must:
    ///
    /// - be a syntactically valid JSON object; and
    ///
    /// - contain at least a top-level JSON key of "default" with a value that is a string.
    ///
    /// You can define other top-level keys that define the message you want to send to a specific transport protocol (for example, http).
    pub message_structure: Option<String>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see [Amazon SNS message attributes](https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html) in the Amazon SNS Developer Guide.
    pub message_attributes: Option<rt::IndexMap<String, MessageAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    ///
    /// - This parameter applies only to FIFO (first-in-first-out) topics. The `MessageDeduplicationId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~)`.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`, which is a token used for deduplication of sent messages within the 5 minute minimum deduplication interval.
    ///
    /// - The scope of deduplication depends on the `FifoThroughputScope` attribute, when set to `Topic` the message deduplication scope is across the entire topic, when set to `MessageGroup` the message deduplication scope is within each individual message group.
    ///
    /// - If a message with a particular `MessageDeduplicationId` is sent successfully, subsequent messages within the deduplication scope and interval, with the same `MessageDeduplicationId`, are accepted successfully but aren't delivered.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`.
    ///
    ///   - You may provide a `MessageDeduplicationId` explicitly.
    ///
    ///   - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your topic, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    ///   - If you don't provide a `MessageDeduplicationId` and the topic doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    ///
    ///   - If the topic has a `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    ///
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication scope and interval are treated as duplicates and only one copy of the message is delivered.
    ///
    /// - If you send one message with `ContentBasedDeduplication` enabled, and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates, within the deduplication scope and interval, and only one copy of the message is delivered.
    ///
    /// The `MessageDeduplicationId` is available to the consumer of the message (this can be useful for troubleshooting delivery issues).
    ///
    /// If a message is sent successfully but the acknowledgement is lost and the message is resent with the same `MessageDeduplicationId` after the deduplication interval, Amazon SNS can't detect duplicate messages.
    ///
    /// Amazon SNS continues to keep track of the message deduplication ID even after the message is received and deleted.
    pub message_deduplication_id: Option<String>,
    /// FIFO topics: The tag that specifies that a message belongs to a specific message group. Messages that belong to the same message group are processed in a FIFO manner (however, messages in different message groups might be processed out of order). To interleave multiple ordered streams within a single topic, use `MessageGroupId` values (for example, session data for multiple users). In this scenario, multiple consumers can process the topic, but the session data of each user is processed in a FIFO fashion. You must associate a non-empty `MessageGroupId` with a message. If you do not provide a `MessageGroupId`, the action fails.
    ///
    /// Standard topics: The `MessageGroupId` is optional and is forwarded only to Amazon SQS standard subscriptions to activate [fair queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fair-queues.html). The `MessageGroupId` is not used for, or sent to, any other endpoint types.
    ///
    /// The length of `MessageGroupId` is 128 characters.
    ///
    /// `MessageGroupId` can contain alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~)`.
    pub message_group_id: Option<String>,
}
rt::structure!(
    PublishBatchRequestEntry, PUBLISH_BATCH_REQUEST_ENTRY, [id, message, subject,
    message_structure, message_attributes, message_deduplication_id, message_group_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PublishBatchOutput {
    /// A list of successful `PublishBatch` responses.
    pub successful: Option<Vec<PublishBatchResultEntry>>,
    /// A list of failed `PublishBatch` responses.
    pub failed: Option<Vec<BatchResultErrorEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PublishBatchOutput, PUBLISH_BATCH_OUTPUT, [successful, failed], meta =
    response_metadata
);
/// Encloses data related to a successful message in a batch request for topic.
#[derive(Clone, Default, PartialEq)]
pub struct PublishBatchResultEntry {
    /// The `Id` of an entry in a batch request.
    pub id: Option<String>,
    /// An identifier for the message.
    pub message_id: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    ///
    /// The large, non-consecutive number that Amazon SNS assigns to each message.
    ///
    /// The length of `SequenceNumber` is 128 bits. `SequenceNumber` continues to increase for a particular `MessageGroupId`.
    pub sequence_number: Option<String>,
}
rt::structure!(
    PublishBatchResultEntry, PUBLISH_BATCH_RESULT_ENTRY, [id, message_id,
    sequence_number]
);
/// Input for Publish action.
#[derive(Clone, Default, PartialEq)]
pub struct PublishInput {
    /// The topic you want to publish to.
    ///
    /// If you don't specify a value for the `TopicArn` parameter, you must specify a value for the `PhoneNumber` or `TargetArn` parameters.
    pub topic_arn: Option<String>,
    /// If you don't specify a value for the `TargetArn` parameter, you must specify a value for the `PhoneNumber` or `TopicArn` parameters.
    pub target_arn: Option<String>,
    /// The phone number to which you want to deliver an SMS message. Use E.164 format.
    ///
    /// If you don't specify a value for the `PhoneNumber` parameter, you must specify a value for the `TargetArn` or `TopicArn` parameters.
    pub phone_number: Option<String>,
    /// The message you want to send.
    ///
    /// If you are publishing to a topic and you want to send the same message to all transport protocols, include the text of the message as a String value. If you want to send different messages for each transport protocol, set the value of the `MessageStructure` parameter to `json` and use a JSON object for the `Message` parameter.
    ///
    /// Constraints:
    ///
    /// - With the exception of SMS, messages must be UTF-8 encoded strings. By default, a message can be at most 256 KiB in size (262,144 bytes, not 262,144 characters).
    ///
    /// When you publish to a topic, the maximum size is determined by the topic's `MaximumMessageSize` attribute, which supports values up to 1 MiB (1,048,576 bytes). Amazon SNS validates the combined size of the message body and message attributes against this value and returns an `InvalidParameter` error if the limit is exceeded.
    ///
    /// For more information, see [Large message payloads](https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html) in the *Amazon SNS Developer Guide.*
    ///
    /// - For SMS, each message can contain up to 140 characters. This character limit depends on the encoding schema. For example, an SMS message can contain 160 GSM characters, 140 ASCII characters, or 70 UCS-2 characters.
    ///
    /// If you publish a message that exceeds this size limit, Amazon SNS sends the message as multiple messages, each fitting within the size limit. Messages aren't truncated mid-word but are cut off at whole-word boundaries.
    ///
    /// The total size limit for a single SMS `Publish` action is 1,600 characters.
    ///
    /// JSON-specific constraints:
    ///
    /// - Keys in the JSON object that correspond to supported transport protocols must have simple JSON string values.
    ///
    /// - The values will be parsed (unescaped) before they are used in outgoing messages.
    ///
    /// - Outbound notifications are JSON encoded (meaning that the characters will be reescaped for sending).
    ///
    /// - Values have a minimum length of 0 (the empty string, "", is allowed).
    ///
    /// - Values have a maximum length bounded by the overall message size (so, including multiple protocols may limit message sizes).
    ///
    /// - Non-string values will cause the key to be ignored.
    ///
    /// - Keys that do not correspond to supported transport protocols are ignored.
    ///
    /// - Duplicate keys are not allowed.
    ///
    /// - Failure to parse or validate any key or value in the message will cause the `Publish` call to return an error (no partial delivery).
    pub message: String,
    /// Optional parameter to be used as the "Subject" line when the message is delivered to email endpoints. This field will also be included, if present, in the standard JSON messages delivered to other endpoints.
    ///
    /// Constraints: Subjects must be UTF-8 text with no line breaks or control characters, and less than 100 characters long.
    pub subject: Option<String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each protocol. For example, using one publish action, you can send a short message to your SMS subscribers and a longer message to your email subscribers. If you set `MessageStructure` to `json`, the value of the `Message` parameter must:
    ///
    /// - be a syntactically valid JSON object; and
    ///
    /// - contain at least a top-level JSON key of "default" with a value that is a string.
    ///
    /// You can define other top-level keys that define the message you want to send to a specific transport protocol (e.g., "http").
    ///
    /// Valid value: `json`
    pub message_structure: Option<String>,
    /// Message attributes for Publish action.
    pub message_attributes: Option<rt::IndexMap<String, MessageAttributeValue>>,
    /// - This parameter applies only to FIFO (first-in-first-out) topics. The `MessageDeduplicationId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~)`.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`, which is a token used for deduplication of sent messages within the 5 minute minimum deduplication interval.
    ///
    /// - The scope of deduplication depends on the `FifoThroughputScope` attribute, when set to `Topic` the message deduplication scope is across the entire topic, when set to `MessageGroup` the message deduplication scope is within each individual message group.
    ///
    /// - If a message with a particular `MessageDeduplicationId` is sent successfully, subsequent messages within the deduplication scope and interval, with the same `MessageDeduplicationId`, are accepted successfully but aren't delivered.
    ///
    /// - Every message must have a unique `MessageDeduplicationId`:
    ///
    ///   - You may provide a `MessageDeduplicationId` explicitly.
    ///
    ///   - If you aren't able to provide a `MessageDeduplicationId` and you enable `ContentBasedDeduplication` for your topic, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    ///   - If you don't provide a `MessageDeduplicationId` and the topic doesn't have `ContentBasedDeduplication` set, the action fails with an error.
    ///
    ///   - If the topic has a `ContentBasedDeduplication` set, your `MessageDeduplicationId` overrides the generated one.
    ///
    /// - When `ContentBasedDeduplication` is in effect, messages with identical content sent within the deduplication scope and interval are treated as duplicates and only one copy of the message is delivered.
    ///
    /// - If you send one message with `ContentBasedDeduplication` enabled, and then another message with a `MessageDeduplicationId` that is the same as the one generated for the first `MessageDeduplicationId`, the two messages are treated as duplicates, within the deduplication scope and interval, and only one copy of the message is delivered.
    pub message_deduplication_id: Option<String>,
    /// The `MessageGroupId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and punctuation `(!"\#$%&'()\*+,-./:;\<=\>?@\[\\]^\_\`{\|}~)`.
    ///
    /// For FIFO topics: The `MessageGroupId` is a tag that specifies that a message belongs to a specific message group. Messages that belong to the same message group are processed in a FIFO manner (however, messages in different message groups might be processed out of order). Every message must include a `MessageGroupId`.
    ///
    /// For standard topics: The `MessageGroupId` is optional and is forwarded only to Amazon SQS standard subscriptions to activate [fair queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fair-queues.html). The `MessageGroupId` is not used for, or sent to, any other endpoint types. When provided, the same validation rules apply as for FIFO topics.
    pub message_group_id: Option<String>,
}
rt::structure!(
    PublishInput, PUBLISH_INPUT, [topic_arn, target_arn, phone_number, message, subject,
    message_structure, message_attributes, message_deduplication_id, message_group_id]
);
/// Response for Publish action.
#[derive(Clone, Default, PartialEq)]
pub struct PublishOutput {
    /// Unique identifier assigned to the published message.
    ///
    /// Length Constraint: Maximum 100 characters
    pub message_id: Option<String>,
    /// This response element applies only to FIFO (first-in-first-out) topics.
    ///
    /// The sequence number is a large, non-consecutive number that Amazon SNS assigns to each message. The length of `SequenceNumber` is 128 bits. `SequenceNumber` continues to increase for each `MessageGroupId`.
    pub sequence_number: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PublishOutput, PUBLISH_OUTPUT, [message_id, sequence_number], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyInput {
    /// The ARN of the topic whose `DataProtectionPolicy` you want to add or update.
    ///
    /// For more information about ARNs, see [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    pub resource_arn: String,
    /// The JSON serialization of the topic's `DataProtectionPolicy`.
    ///
    /// The `DataProtectionPolicy` must be in JSON string format.
    ///
    /// Length Constraints: Maximum length of 30,720.
    pub data_protection_policy: String,
}
rt::structure!(
    PutDataProtectionPolicyInput, PUT_DATA_PROTECTION_POLICY_INPUT, [resource_arn,
    data_protection_policy]
);
/// Input for RemovePermission action.
#[derive(Clone, Default, PartialEq)]
pub struct RemovePermissionInput {
    /// The ARN of the topic whose access control policy you wish to modify.
    pub topic_arn: String,
    /// The unique label of the statement you want to remove.
    pub label: String,
}
rt::structure!(RemovePermissionInput, REMOVE_PERMISSION_INPUT, [topic_arn, label]);
/// Indicates that the request parameter has exceeded the maximum number of concurrent message replays.
#[derive(Clone, Default, PartialEq)]
pub struct ReplayLimitExceededException {
    pub message: Option<String>,
}
rt::structure!(ReplayLimitExceededException, REPLAY_LIMIT_EXCEEDED_EXCEPTION, [message]);
/// Can’t perform the action on the specified resource. Make sure that the resource exists.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// Enum listing out all supported route types. The following enum values are supported. 1. Transactional : Non-marketing traffic 2. Promotional : Marketing 3. Premium : Premium routes for OTP delivery to the carriers
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouteType {
    /// `Transactional`
    Transactional,
    /// `Promotional`
    Promotional,
    /// `Premium`
    Premium,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    RouteType, { Transactional => "Transactional", Promotional => "Promotional", Premium
    => "Premium" }
);
/// A verified or pending destination phone number in the SMS sandbox.
///
/// When you start using Amazon SNS to send SMS messages, your Amazon Web Services account is in the *SMS sandbox*. The SMS sandbox provides a safe environment for you to try Amazon SNS features without risking your reputation as an SMS sender. While your Amazon Web Services account is in the SMS sandbox, you can use all of the features of Amazon SNS. However, you can send SMS messages only to verified destination phone numbers. For more information, including how to move out of the sandbox to send messages without restrictions, see [SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html) in the *Amazon SNS Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct SmsSandboxPhoneNumber {
    /// The destination phone number.
    pub phone_number: Option<String>,
    /// The destination phone number's verification status.
    pub status: Option<SmsSandboxPhoneNumberVerificationStatus>,
}
rt::structure!(SmsSandboxPhoneNumber, SMS_SANDBOX_PHONE_NUMBER, [phone_number, status]);
/// Enum listing out all supported destination phone number verification statuses. The following enum values are supported. 1. PENDING : The destination phone number is pending verification. 2. VERIFIED : The destination phone number is verified.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmsSandboxPhoneNumberVerificationStatus {
    /// `Pending`
    Pending,
    /// `Verified`
    Verified,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SmsSandboxPhoneNumberVerificationStatus, { Pending => "Pending", Verified =>
    "Verified" }
);
/// Input for `SetEndpointAttributes` action.
#[derive(Clone, Default, PartialEq)]
pub struct SetEndpointAttributesInput {
    /// EndpointArn used for `SetEndpointAttributes` action.
    pub endpoint_arn: String,
    /// A map of the endpoint attributes. Attributes in this map include the following:
    ///
    /// - `CustomUserData` – arbitrary user data to associate with the endpoint. Amazon SNS does not use this data. The data must be in UTF-8 format and less than 2KB.
    ///
    /// - `Enabled` – flag that enables/disables delivery to the endpoint. Amazon SNS will set this to false when a notification service indicates to Amazon SNS that the endpoint is invalid. Users can set it back to true, typically after updating Token.
    ///
    /// - `Token` – device token, also referred to as a registration id, for an app and mobile device. This is returned from the notification service when an app and mobile device are registered with the notification service.
    pub attributes: rt::IndexMap<String, String>,
}
rt::structure!(
    SetEndpointAttributesInput, SET_ENDPOINT_ATTRIBUTES_INPUT, [endpoint_arn, attributes]
);
/// Input for `SetPlatformApplicationAttributes` action.
#[derive(Clone, Default, PartialEq)]
pub struct SetPlatformApplicationAttributesInput {
    /// `PlatformApplicationArn` for `SetPlatformApplicationAttributes` action.
    pub platform_application_arn: String,
    /// A map of the platform application attributes. Attributes in this map include the following:
    ///
    /// - `PlatformCredential` – The credential received from the notification service.
    ///
    ///   - For ADM, `PlatformCredential`is client secret.
    ///
    ///   - For Apple Services using certificate credentials, `PlatformCredential` is private key.
    ///
    ///   - For Apple Services using token credentials, `PlatformCredential` is signing key.
    ///
    ///   - For GCM (Firebase Cloud Messaging) using key credentials, there is no `PlatformPrincipal`. The `PlatformCredential` is `API key`.
    ///
    ///   - For GCM (Firebase Cloud Messaging) using token credentials, there is no `PlatformPrincipal`. The `PlatformCredential` is a JSON formatted private key file. When using the Amazon Web Services CLI, the file must be in string format and special characters must be ignored. To format the file correctly, Amazon SNS recommends using the following command: `SERVICE\_JSON=\`jq @json \<\<\< cat service.json\``.
    ///
    /// - `PlatformPrincipal` – The principal received from the notification service.
    ///
    ///   - For ADM, `PlatformPrincipal`is client id.
    ///
    ///   - For Apple Services using certificate credentials, `PlatformPrincipal` is SSL certificate.
    ///
    ///   - For Apple Services using token credentials, `PlatformPrincipal` is signing key ID.
    ///
    ///   - For GCM (Firebase Cloud Messaging), there is no `PlatformPrincipal`.
    ///
    /// - `EventEndpointCreated` – Topic ARN to which `EndpointCreated` event notifications are sent.
    ///
    /// - `EventEndpointDeleted` – Topic ARN to which `EndpointDeleted` event notifications are sent.
    ///
    /// - `EventEndpointUpdated` – Topic ARN to which `EndpointUpdate` event notifications are sent.
    ///
    /// - `EventDeliveryFailure` – Topic ARN to which `DeliveryFailure` event notifications are sent upon Direct Publish delivery failure (permanent) to one of the application's endpoints.
    ///
    /// - `SuccessFeedbackRoleArn` – IAM role ARN used to give Amazon SNS write access to use CloudWatch Logs on your behalf.
    ///
    /// - `FailureFeedbackRoleArn` – IAM role ARN used to give Amazon SNS write access to use CloudWatch Logs on your behalf.
    ///
    /// - `SuccessFeedbackSampleRate` – Sample rate percentage (0-100) of successfully delivered messages.
    ///
    /// The following attributes only apply to `APNs` token-based authentication:
    ///
    /// - `ApplePlatformTeamID` – The identifier that's assigned to your Apple developer account team.
    ///
    /// - `ApplePlatformBundleID` – The bundle identifier that's assigned to your iOS app.
    pub attributes: rt::IndexMap<String, String>,
}
rt::structure!(
    SetPlatformApplicationAttributesInput, SET_PLATFORM_APPLICATION_ATTRIBUTES_INPUT,
    [platform_application_arn, attributes]
);
/// The input for the SetSMSAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct SetSmsAttributesInput {
    /// The default settings for sending SMS messages from your Amazon Web Services account. You can set values for the following attribute names:
    ///
    /// `MonthlySpendLimit` – The maximum amount in USD that you are willing to spend each month to send SMS messages. When Amazon SNS determines that sending an SMS message would incur a cost that exceeds this limit, it stops sending SMS messages within minutes.
    ///
    /// Amazon SNS stops sending SMS messages within minutes of the limit being crossed. During that interval, if you continue to send SMS messages, you will incur costs that exceed your limit.
    ///
    /// By default, the spend limit is set to the maximum allowed by Amazon SNS. If you want to raise the limit, submit an [SNS Limit Increase case](https://console.aws.amazon.com/support/home#/case/create?issueType=service-limit-increase&limitType=service-code-sns). For **New limit value**, enter your desired monthly spend limit. In the **Use Case Description** field, explain that you are requesting an SMS monthly spend limit increase.
    ///
    /// `DeliveryStatusIAMRole` – The ARN of the IAM role that allows Amazon SNS to write logs about SMS deliveries in CloudWatch Logs. For each SMS message that you send, Amazon SNS writes a log that includes the message price, the success or failure status, the reason for failure (if the message failed), the message dwell time, and other information.
    ///
    /// `DeliveryStatusSuccessSamplingRate` – The percentage of successful SMS deliveries for which Amazon SNS will write logs in CloudWatch Logs. The value can be an integer from 0 - 100. For example, to write logs only for failed deliveries, set this value to `0`. To write logs for 10% of your successful deliveries, set it to `10`.
    ///
    /// `DefaultSenderID` – A string, such as your business brand, that is displayed as the sender on the receiving device. Support for sender IDs varies by country. The sender ID can be 1 - 11 alphanumeric characters, and it must contain at least one letter.
    ///
    /// `DefaultSMSType` – The type of SMS message that you will send by default. You can assign the following values:
    ///
    /// - `Promotional` – (Default) Noncritical messages, such as marketing messages. Amazon SNS optimizes the message delivery to incur the lowest cost.
    ///
    /// - `Transactional` – Critical messages that support customer transactions, such as one-time passcodes for multi-factor authentication. Amazon SNS optimizes the message delivery to achieve the highest reliability.
    ///
    /// `UsageReportS3Bucket` – The name of the Amazon S3 bucket to receive daily SMS usage reports from Amazon SNS. Each day, Amazon SNS will deliver a usage report as a CSV file to the bucket. The report includes the following information for each SMS message that was successfully delivered by your Amazon Web Services account:
    ///
    /// - Time that the message was published (in UTC)
    ///
    /// - Message ID
    ///
    /// - Destination phone number
    ///
    /// - Message type
    ///
    /// - Delivery status
    ///
    /// - Message price (in USD)
    ///
    /// - Part number (a message is split into multiple parts if it is too long for a single message)
    ///
    /// - Total number of parts
    ///
    /// To receive the report, the bucket must have a policy that allows the Amazon SNS service principal to perform the `s3:PutObject` and `s3:GetBucketLocation` actions.
    ///
    /// For an example bucket policy and usage report, see [Monitoring SMS Activity](https://docs.aws.amazon.com/sns/latest/dg/sms_stats.html) in the *Amazon SNS Developer Guide*.
    pub attributes: rt::IndexMap<String, String>,
}
rt::structure!(SetSmsAttributesInput, SET_SMS_ATTRIBUTES_INPUT, [attributes]);
/// The response for the SetSMSAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct SetSmsAttributesOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SetSmsAttributesOutput, SET_SMS_ATTRIBUTES_OUTPUT, [], meta = response_metadata
);
/// Input for SetSubscriptionAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct SetSubscriptionAttributesInput {
    /// The ARN of the subscription to modify.
    pub subscription_arn: String,
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that this action uses:
    ///
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    ///
    /// - `FilterPolicy` – The simple JSON object that lets your subscriber receive only a subset of messages, rather than receiving every message published to the topic.
    ///
    /// - `FilterPolicyScope` – This attribute lets you choose the filtering scope by using one of the following string value types:
    ///
    ///   - `MessageAttributes` (default) – The filter is applied on the message attributes.
    ///
    ///   - `MessageBody` – The filter is applied on the message body.
    ///
    /// - `RawMessageDelivery` – When set to `true`, enables raw message delivery to Amazon SQS or HTTP/S endpoints. This eliminates the need for the endpoints to process JSON formatting, which is otherwise created for Amazon SNS metadata.
    ///
    /// - `RedrivePolicy` – When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue. Messages that can't be delivered due to client errors (for example, when the subscribed endpoint is unreachable) or server errors (for example, when the service that powers the subscribed endpoint becomes unavailable) are held in the dead-letter queue for further analysis or reprocessing.
    ///
    /// The following attribute applies only to Amazon Data Firehose delivery stream subscriptions:
    ///
    /// - `SubscriptionRoleArn` – The ARN of the IAM role that has the following:
    ///
    ///   - Permission to write to the Firehose delivery stream
    ///
    ///   - Amazon SNS listed as a trusted entity
    ///
    /// Specifying a valid ARN for this attribute is required for Firehose delivery stream subscriptions. For more information, see [Fanout to Firehose delivery streams](https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html) in the *Amazon SNS Developer Guide*.
    pub attribute_name: String,
    /// The new value for the attribute in JSON format.
    pub attribute_value: Option<String>,
}
rt::structure!(
    SetSubscriptionAttributesInput, SET_SUBSCRIPTION_ATTRIBUTES_INPUT, [subscription_arn,
    attribute_name, attribute_value]
);
/// Input for SetTopicAttributes action.
#[derive(Clone, Default, PartialEq)]
pub struct SetTopicAttributesInput {
    /// The ARN of the topic to modify.
    pub topic_arn: String,
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `SetTopicAttributes` action uses:
    ///
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    ///
    /// - `DisplayName` – The display name to use for a topic with SMS, `email`, and `email-json` subscriptions. For `email` and `email-json` subscriptions, the display name is used as the sender name for regular notification messages. Subscription confirmation and unsubscribe confirmation emails always use "Amazon Web Services Notifications" as the sender name.
    ///
    /// - `MaximumMessageSize` – The maximum size, in bytes, of a message that can be published to the topic. Valid values are `1024` to `1048576` (1 MiB). The default is `262144` (256 KiB).
    ///
    /// A topic with a `MaximumMessageSize` above 256 KiB must have 100 or fewer subscriptions, and each subscription must be an Amazon SQS, Amazon Data Firehose, or Lambda subscription.
    ///
    /// You can increase or decrease this value at any time. If the topic doesn't meet these requirements when you set a value above 256 KiB, Amazon SNS returns an `InvalidParameter` error. For more information, see [Large message payloads](https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html) in the *Amazon SNS Developer Guide.*
    ///
    /// - `Policy` – The policy that defines who can access your topic. By default, only the topic owner can publish or subscribe to the topic.
    ///
    /// - `TracingConfig` – Tracing mode of an Amazon SNS topic. By default `TracingConfig` is set to `PassThrough`, and the topic passes through the tracing header it receives from an Amazon SNS publisher to its subscriptions. If set to `Active`, Amazon SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true. This is only supported on standard topics.
    ///
    /// - HTTP
    ///
    ///   - `HTTPSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    ///
    ///   - `HTTPSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    ///
    ///   - `HTTPFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an HTTP endpoint.
    ///
    /// - Amazon Data Firehose
    ///
    ///   - `FirehoseSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon Data Firehose endpoint.
    ///
    ///   - `FirehoseSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon Data Firehose endpoint.
    ///
    ///   - `FirehoseFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon Data Firehose endpoint.
    ///
    /// - Lambda
    ///
    ///   - `LambdaSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    ///
    ///   - `LambdaSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    ///
    ///   - `LambdaFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Lambda endpoint.
    ///
    /// - Platform application endpoint
    ///
    ///   - `ApplicationSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an platform application endpoint.
    ///
    ///   - `ApplicationSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an platform application endpoint.
    ///
    ///   - `ApplicationFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an platform application endpoint.
    ///
    /// In addition to being able to configure topic attributes for message delivery status of notification messages sent to Amazon SNS application endpoints, you can also configure application attributes for the delivery status of push notification messages sent to push notification services.
    ///
    /// For example, For more information, see [Using Amazon SNS Application Attributes for Message Delivery Status](https://docs.aws.amazon.com/sns/latest/dg/sns-msg-status.html).
    ///
    /// - Amazon SQS
    ///
    ///   - `SQSSuccessFeedbackRoleArn` – Indicates successful message delivery status for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    ///   - `SQSSuccessFeedbackSampleRate` – Indicates percentage of successful messages to sample for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    ///   - `SQSFailureFeedbackRoleArn` – Indicates failed message delivery status for an Amazon SNS topic that is subscribed to an Amazon SQS endpoint.
    ///
    /// The \<ENDPOINT\>SuccessFeedbackRoleArn and \<ENDPOINT\>FailureFeedbackRoleArn attributes are used to give Amazon SNS write access to use CloudWatch Logs on your behalf. The \<ENDPOINT\>SuccessFeedbackSampleRate attribute is for specifying the sample rate percentage (0-100) of successfully delivered messages. After you configure the \<ENDPOINT\>FailureFeedbackRoleArn attribute, then all failed message deliveries generate CloudWatch Logs.
    ///
    /// The following attribute applies only to [server-side-encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html):
    ///
    /// - `KmsMasterKeyId` – The ID of an Amazon Web Services managed customer master key (CMK) for Amazon SNS or a custom CMK. For more information, see [Key Terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms). For more examples, see [KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters) in the *Key Management Service API Reference*.
    ///
    /// - `SignatureVersion` – The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS. By default, `SignatureVersion` is set to `1`.
    ///
    /// The following attribute applies only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ArchivePolicy` – The policy that sets the retention period for messages stored in the message archive of an Amazon SNS FIFO topic.
    ///
    /// - `ContentBasedDeduplication` – Enables content-based deduplication for FIFO topics.
    ///
    ///   - By default, `ContentBasedDeduplication` is set to `false`. If you create a FIFO topic and this attribute is `false`, you must specify a value for the `MessageDeduplicationId` parameter for the [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) action.
    ///
    ///   - When you set `ContentBasedDeduplication` to `true`, Amazon SNS uses a SHA-256 hash to generate the `MessageDeduplicationId` using the body of the message (but not the attributes of the message).
    ///
    /// (Optional) To override the generated value, you can specify a value for the `MessageDeduplicationId` parameter for the `Publish` action.
    ///
    /// - `FifoThroughputScope` – Enables higher throughput for your FIFO topic by adjusting the scope of deduplication. This attribute has two possible values:
    ///
    ///   - `Topic` – The scope of message deduplication is across the entire topic. This is the default value and maintains existing behavior, with a maximum throughput of 3000 messages per second or 20MB per second, whichever comes first.
    ///
    ///   - `MessageGroup` – The scope of deduplication is within each individual message group, which enables higher throughput per topic subject to regional quotas. For more information on quotas or to request an increase, see [Amazon SNS service quotas](https://docs.aws.amazon.com/general/latest/gr/sns.html) in the Amazon Web Services General Reference.
    pub attribute_name: String,
    /// The new value for the attribute.
    pub attribute_value: Option<String>,
}
rt::structure!(
    SetTopicAttributesInput, SET_TOPIC_ATTRIBUTES_INPUT, [topic_arn, attribute_name,
    attribute_value]
);
/// A tag has been added to a resource with the same ARN as a deleted resource. Wait a short while and then retry the operation.
#[derive(Clone, Default, PartialEq)]
pub struct StaleTagException {
    pub message: Option<String>,
}
rt::structure!(StaleTagException, STALE_TAG_EXCEPTION, [message]);
/// Input for Subscribe action.
#[derive(Clone, Default, PartialEq)]
pub struct SubscribeInput {
    /// The ARN of the topic you want to subscribe to.
    pub topic_arn: String,
    /// The protocol that you want to use. Supported protocols include:
    ///
    /// - `http` – delivery of JSON-encoded message via HTTP POST
    ///
    /// - `https` – delivery of JSON-encoded message via HTTPS POST
    ///
    /// - `email` – delivery of message via SMTP
    ///
    /// - `email-json` – delivery of JSON-encoded message via SMTP
    ///
    /// - `sms` – delivery of message via SMS
    ///
    /// - `sqs` – delivery of JSON-encoded message to an Amazon SQS queue
    ///
    /// - `application` – delivery of JSON-encoded message to an EndpointArn for a mobile app and device
    ///
    /// - `lambda` – delivery of JSON-encoded message to an Lambda function
    ///
    /// - `firehose` – delivery of JSON-encoded message to an Amazon Data Firehose delivery stream.
    pub protocol: String,
    /// The endpoint that you want to receive notifications. Endpoints vary by protocol:
    ///
    /// - For the `http` protocol, the (public) endpoint is a URL beginning with `http://`.
    ///
    /// - For the `https` protocol, the (public) endpoint is a URL beginning with `https://`.
    ///
    /// - For the `email` protocol, the endpoint is an email address.
    ///
    /// - For the `email-json` protocol, the endpoint is an email address.
    ///
    /// - For the `sms` protocol, the endpoint is a phone number of an SMS-enabled device.
    ///
    /// - For the `sqs` protocol, the endpoint is the ARN of an Amazon SQS queue.
    ///
    /// - For the `application` protocol, the endpoint is the EndpointArn of a mobile app and device.
    ///
    /// - For the `lambda` protocol, the endpoint is the ARN of an Lambda function.
    ///
    /// - For the `firehose` protocol, the endpoint is the ARN of an Amazon Data Firehose delivery stream.
    pub endpoint: Option<String>,
    /// A map of attributes with their corresponding values.
    ///
    /// The following lists the names, descriptions, and values of the special request parameters that the `Subscribe` action uses:
    ///
    /// - `DeliveryPolicy` – The policy that defines how Amazon SNS retries failed deliveries to HTTP/S endpoints.
    ///
    /// - `FilterPolicy` – The simple JSON object that lets your subscriber receive only a subset of messages, rather than receiving every message published to the topic.
    ///
    /// - `FilterPolicyScope` – This attribute lets you choose the filtering scope by using one of the following string value types:
    ///
    ///   - `MessageAttributes` (default) – The filter is applied on the message attributes.
    ///
    ///   - `MessageBody` – The filter is applied on the message body.
    ///
    /// - `RawMessageDelivery` – When set to `true`, enables raw message delivery to Amazon SQS or HTTP/S endpoints. This eliminates the need for the endpoints to process JSON formatting, which is otherwise created for Amazon SNS metadata.
    ///
    /// - `RedrivePolicy` – When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue. Messages that can't be delivered due to client errors (for example, when the subscribed endpoint is unreachable) or server errors (for example, when the service that powers the subscribed endpoint becomes unavailable) are held in the dead-letter queue for further analysis or reprocessing.
    ///
    /// The following attribute applies only to Amazon Data Firehose delivery stream subscriptions:
    ///
    /// - `SubscriptionRoleArn` – The ARN of the IAM role that has the following:
    ///
    ///   - Permission to write to the Firehose delivery stream
    ///
    ///   - Amazon SNS listed as a trusted entity
    ///
    /// Specifying a valid ARN for this attribute is required for Firehose delivery stream subscriptions. For more information, see [Fanout to Firehose delivery streams](https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html) in the *Amazon SNS Developer Guide*.
    ///
    /// The following attributes apply only to [FIFO topics](https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html):
    ///
    /// - `ReplayPolicy` – Adds or updates an inline policy document for a subscription to replay messages stored in the specified Amazon SNS topic.
    ///
    /// - `ReplayStatus` – Retrieves the status of the subscription message replay, which can be one of the following:
    ///
    ///   - `Completed` – The replay has successfully redelivered all messages, and is now delivering newly published messages. If an ending point was specified in the `ReplayPolicy` then the subscription will no longer receive newly published messages.
    ///
    ///   - `In progress` – The replay is currently replaying the selected messages.
    ///
    ///   - `Failed` – The replay was unable to complete.
    ///
    ///   - `Pending` – The default state while the replay initiates.
    pub attributes: Option<rt::IndexMap<String, String>>,
    /// Sets whether the response from the `Subscribe` request includes the subscription ARN, even if the subscription is not yet confirmed.
    ///
    /// If you set this parameter to `true`, the response includes the ARN in all cases, even if the subscription is not yet confirmed. In addition to the ARN for confirmed subscriptions, the response also includes the `pending subscription` ARN value for subscriptions that aren't yet confirmed. A subscription becomes confirmed when the subscriber calls the `ConfirmSubscription` action with a confirmation token.
    ///
    /// The default value is `false`.
    pub return_subscription_arn: Option<bool>,
}
rt::structure!(
    SubscribeInput, SUBSCRIBE_INPUT, [topic_arn, protocol, endpoint, attributes,
    return_subscription_arn]
);
/// Response for Subscribe action.
#[derive(Clone, Default, PartialEq)]
pub struct SubscribeOutput {
    /// The ARN of the subscription if it is confirmed, or the string "pending confirmation" if the subscription requires confirmation. However, if the API request parameter `ReturnSubscriptionArn` is true, then the value is always the subscription ARN, even if the subscription requires confirmation.
    pub subscription_arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    SubscribeOutput, SUBSCRIBE_OUTPUT, [subscription_arn], meta = response_metadata
);
/// A wrapper type for the attributes of an Amazon SNS subscription.
#[derive(Clone, Default, PartialEq)]
pub struct Subscription {
    /// The subscription's ARN.
    pub subscription_arn: Option<String>,
    /// The subscription's owner.
    pub owner: Option<String>,
    /// The subscription's protocol.
    pub protocol: Option<String>,
    /// The subscription's endpoint (format depends on the protocol).
    pub endpoint: Option<String>,
    /// The ARN of the subscription's topic.
    pub topic_arn: Option<String>,
}
rt::structure!(
    Subscription, SUBSCRIPTION, [subscription_arn, owner, protocol, endpoint, topic_arn]
);
/// Indicates that the customer already owns the maximum allowed number of subscriptions.
#[derive(Clone, Default, PartialEq)]
pub struct SubscriptionLimitExceededException {
    pub message: Option<String>,
}
rt::structure!(
    SubscriptionLimitExceededException, SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION, [message]
);
/// The list of tags to be added to the specified topic.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The required key portion of the tag.
    pub key: String,
    /// The optional value portion of the tag.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
/// Can't add more than 50 tags to a topic.
#[derive(Clone, Default, PartialEq)]
pub struct TagLimitExceededException {
    pub message: Option<String>,
}
rt::structure!(TagLimitExceededException, TAG_LIMIT_EXCEEDED_EXCEPTION, [message]);
/// The request doesn't comply with the IAM tag policy. Correct your request and then retry it.
#[derive(Clone, Default, PartialEq)]
pub struct TagPolicyException {
    pub message: Option<String>,
}
rt::structure!(TagPolicyException, TAG_POLICY_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The ARN of the topic to which to add tags.
    pub resource_arn: String,
    /// The tags to be added to the specified topic. A tag consists of a required key and an optional value.
    pub tags: Vec<Tag>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [resource_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(TagResourceOutput, TAG_RESOURCE_OUTPUT, [], meta = response_metadata);
/// Indicates that the rate at which requests have been submitted for this action exceeds the limit for your Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottledException {
    /// Throttled request.
    pub message: Option<String>,
}
rt::structure!(ThrottledException, THROTTLED_EXCEPTION, [message]);
/// The batch request contains more entries than permissible (more than 10).
#[derive(Clone, Default, PartialEq)]
pub struct TooManyEntriesInBatchRequestException {
    pub message: Option<String>,
}
rt::structure!(
    TooManyEntriesInBatchRequestException, TOO_MANY_ENTRIES_IN_BATCH_REQUEST_EXCEPTION,
    [message]
);
/// A wrapper type for the topic's Amazon Resource Name (ARN). To retrieve a topic's attributes, use `GetTopicAttributes`.
#[derive(Clone, Default, PartialEq)]
pub struct Topic {
    /// The topic's ARN.
    pub topic_arn: Option<String>,
}
rt::structure!(Topic, TOPIC, [topic_arn]);
/// Indicates that the customer already owns the maximum allowed number of topics.
#[derive(Clone, Default, PartialEq)]
pub struct TopicLimitExceededException {
    pub message: Option<String>,
}
rt::structure!(TopicLimitExceededException, TOPIC_LIMIT_EXCEEDED_EXCEPTION, [message]);
/// Input for Unsubscribe action.
#[derive(Clone, Default, PartialEq)]
pub struct UnsubscribeInput {
    /// The ARN of the subscription to be deleted.
    pub subscription_arn: String,
}
rt::structure!(UnsubscribeInput, UNSUBSCRIBE_INPUT, [subscription_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The ARN of the topic from which to remove tags.
    pub resource_arn: String,
    /// The list of tag keys to remove from the specified topic.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [resource_arn, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(UntagResourceOutput, UNTAG_RESOURCE_OUTPUT, [], meta = response_metadata);
/// Indicates that a request parameter does not comply with the associated constraints.
#[derive(Clone, Default, PartialEq)]
pub struct UserErrorException {
    pub message: Option<String>,
}
rt::structure!(UserErrorException, USER_ERROR_EXCEPTION, [message]);
/// Indicates that a parameter in the request is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct ValidationException {
    pub message: String,
}
rt::structure!(ValidationException, VALIDATION_EXCEPTION, [message]);
/// Indicates that the one-time password (OTP) used for verification is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct VerificationException {
    pub message: String,
    /// The status of the verification error.
    pub status: String,
}
rt::structure!(VerificationException, VERIFICATION_EXCEPTION, [message, status]);
#[derive(Clone, Default, PartialEq)]
pub struct VerifySmsSandboxPhoneNumberInput {
    /// The destination phone number to verify.
    pub phone_number: String,
    /// The OTP sent to the destination number from the `CreateSMSSandBoxPhoneNumber` call.
    pub one_time_password: String,
}
rt::structure!(
    VerifySmsSandboxPhoneNumberInput, VERIFY_SMS_SANDBOX_PHONE_NUMBER_INPUT,
    [phone_number, one_time_password]
);
/// The destination phone number's verification status.
#[derive(Clone, Default, PartialEq)]
pub struct VerifySmsSandboxPhoneNumberOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    VerifySmsSandboxPhoneNumberOutput, VERIFY_SMS_SANDBOX_PHONE_NUMBER_OUTPUT, [], meta =
    response_metadata
);

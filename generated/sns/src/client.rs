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
    /// Adds a statement to a topic's access control policy, granting access for the specified Amazon Web Services accounts to the specified actions.
    ///
    /// To remove the ability to change topic permissions, you must deny permissions to the `AddPermission`, `RemovePermission`, and `SetTopicAttributes` actions in your IAM policy.
    pub async fn add_permission(
        &self,
        input: types::AddPermissionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AddPermissionError>> {
        self.handle.invoke(&schemas::ops::ADD_PERMISSION, input).await
    }
    /// Accepts a phone number and indicates whether the phone holder has opted out of receiving SMS messages from your Amazon Web Services account. You cannot send SMS messages to a number that is opted out.
    ///
    /// To resume sending messages, you can opt in the number by using the `OptInPhoneNumber` action.
    pub async fn check_if_phone_number_is_opted_out(
        &self,
        input: types::CheckIfPhoneNumberIsOptedOutInput,
    ) -> Result<
        types::CheckIfPhoneNumberIsOptedOutOutput,
        Error<error::CheckIfPhoneNumberIsOptedOutError>,
    > {
        self.handle
            .invoke(&schemas::ops::CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT, input)
            .await
    }
    /// Verifies an endpoint owner's intent to receive messages by validating the token sent to the endpoint by an earlier `Subscribe` action. If the token is valid, the action creates a new subscription and returns its Amazon Resource Name (ARN). This call requires an AWS signature only when the `AuthenticateOnUnsubscribe` flag is set to "true".
    pub async fn confirm_subscription(
        &self,
        input: types::ConfirmSubscriptionInput,
    ) -> Result<
        types::ConfirmSubscriptionOutput,
        Error<error::ConfirmSubscriptionError>,
    > {
        self.handle.invoke(&schemas::ops::CONFIRM_SUBSCRIPTION, input).await
    }
    /// Creates a platform application object for one of the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging), to which devices and mobile apps may register. You must specify `PlatformPrincipal` and `PlatformCredential` attributes when using the `CreatePlatformApplication` action.
    ///
    /// `PlatformPrincipal` and `PlatformCredential` are received from the notification service.
    ///
    /// - For ADM, `PlatformPrincipal` is `client id` and `PlatformCredential` is `client secret`.
    ///
    /// - For APNS and `APNS\_SANDBOX` using certificate credentials, `PlatformPrincipal` is `SSL certificate` and `PlatformCredential` is `private key`.
    ///
    /// - For APNS and `APNS\_SANDBOX` using token credentials, `PlatformPrincipal` is `signing key ID` and `PlatformCredential` is `signing key`.
    ///
    /// - For Baidu, `PlatformPrincipal` is `API key` and `PlatformCredential` is `secret key`.
    ///
    /// - For GCM (Firebase Cloud Messaging) using key credentials, there is no `PlatformPrincipal`. The `PlatformCredential` is `API key`.
    ///
    /// - For GCM (Firebase Cloud Messaging) using token credentials, there is no `PlatformPrincipal`. The `PlatformCredential` is a JSON formatted private key file. When using the Amazon Web Services CLI or Amazon Web Services SDKs, the file must be in string format and special characters must be ignored. To format the file correctly, Amazon SNS recommends using the following command: `SERVICE\_JSON=$(jq @json \< service.json)`.
    ///
    /// - For MPNS, `PlatformPrincipal` is `TLS certificate` and `PlatformCredential` is `private key`.
    ///
    /// - For WNS, `PlatformPrincipal` is `Package Security Identifier` and `PlatformCredential` is `secret key`.
    ///
    /// You can use the returned `PlatformApplicationArn` as an attribute for the `CreatePlatformEndpoint` action.
    pub async fn create_platform_application(
        &self,
        input: types::CreatePlatformApplicationInput,
    ) -> Result<
        types::CreatePlatformApplicationOutput,
        Error<error::CreatePlatformApplicationError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_PLATFORM_APPLICATION, input).await
    }
    /// Creates an endpoint for a device and mobile app on one of the supported push notification services, such as GCM (Firebase Cloud Messaging) and APNS. `CreatePlatformEndpoint` requires the `PlatformApplicationArn` that is returned from `CreatePlatformApplication`. You can use the returned `EndpointArn` to send a message to a mobile app or by the `Subscribe` action for subscription to a topic. The `CreatePlatformEndpoint` action is idempotent, so if the requester already owns an endpoint with the same device token and attributes, that endpoint's ARN is returned without creating a new endpoint. For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    ///
    /// When using `CreatePlatformEndpoint` with Baidu, two attributes must be provided: ChannelId and UserId. The token field must also contain the ChannelId. For more information, see [Creating an Amazon SNS Endpoint for Baidu](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePushBaiduEndpoint.html).
    pub async fn create_platform_endpoint(
        &self,
        input: types::CreatePlatformEndpointInput,
    ) -> Result<
        types::CreatePlatformEndpointOutput,
        Error<error::CreatePlatformEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_PLATFORM_ENDPOINT, input).await
    }
    /// Adds a destination phone number to an Amazon Web Services account in the SMS sandbox and sends a one-time password (OTP) to that phone number.
    ///
    /// When you start using Amazon SNS to send SMS messages, your Amazon Web Services account is in the *SMS sandbox*. The SMS sandbox provides a safe environment for you to try Amazon SNS features without risking your reputation as an SMS sender. While your Amazon Web Services account is in the SMS sandbox, you can use all of the features of Amazon SNS. However, you can send SMS messages only to verified destination phone numbers. For more information, including how to move out of the sandbox to send messages without restrictions, see [SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html) in the *Amazon SNS Developer Guide*.
    pub async fn create_sms_sandbox_phone_number(
        &self,
        input: types::CreateSmsSandboxPhoneNumberInput,
    ) -> Result<
        types::CreateSmsSandboxPhoneNumberOutput,
        Error<error::CreateSmsSandboxPhoneNumberError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SMS_SANDBOX_PHONE_NUMBER, input).await
    }
    /// Creates a topic to which notifications can be published. Users can create at most 100,000 standard topics (at most 1,000 FIFO topics). For more information, see [Creating an Amazon SNS topic](https://docs.aws.amazon.com/sns/latest/dg/sns-create-topic.html) in the *Amazon SNS Developer Guide*. This action is idempotent, so if the requester already owns a topic with the specified name, that topic's ARN is returned without creating a new topic.
    pub async fn create_topic(
        &self,
        input: types::CreateTopicInput,
    ) -> Result<types::CreateTopicOutput, Error<error::CreateTopicError>> {
        self.handle.invoke(&schemas::ops::CREATE_TOPIC, input).await
    }
    /// Deletes the endpoint for a device and mobile app from Amazon SNS. This action is idempotent. For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    ///
    /// When you delete an endpoint that is also subscribed to a topic, then you must also unsubscribe the endpoint from the topic.
    pub async fn delete_endpoint(
        &self,
        input: types::DeleteEndpointInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteEndpointError>> {
        self.handle.invoke(&schemas::ops::DELETE_ENDPOINT, input).await
    }
    /// Deletes a platform application object for one of the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging). For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    pub async fn delete_platform_application(
        &self,
        input: types::DeletePlatformApplicationInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeletePlatformApplicationError>> {
        self.handle.invoke(&schemas::ops::DELETE_PLATFORM_APPLICATION, input).await
    }
    /// Deletes an Amazon Web Services account's verified or pending phone number from the SMS sandbox.
    ///
    /// When you start using Amazon SNS to send SMS messages, your Amazon Web Services account is in the *SMS sandbox*. The SMS sandbox provides a safe environment for you to try Amazon SNS features without risking your reputation as an SMS sender. While your Amazon Web Services account is in the SMS sandbox, you can use all of the features of Amazon SNS. However, you can send SMS messages only to verified destination phone numbers. For more information, including how to move out of the sandbox to send messages without restrictions, see [SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html) in the *Amazon SNS Developer Guide*.
    pub async fn delete_sms_sandbox_phone_number(
        &self,
        input: types::DeleteSmsSandboxPhoneNumberInput,
    ) -> Result<
        types::DeleteSmsSandboxPhoneNumberOutput,
        Error<error::DeleteSmsSandboxPhoneNumberError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SMS_SANDBOX_PHONE_NUMBER, input).await
    }
    /// Deletes a topic and all its subscriptions. Deleting a topic might prevent some messages previously sent to the topic from being delivered to subscribers. This action is idempotent, so deleting a topic that does not exist does not result in an error.
    pub async fn delete_topic(
        &self,
        input: types::DeleteTopicInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteTopicError>> {
        self.handle.invoke(&schemas::ops::DELETE_TOPIC, input).await
    }
    /// Amazon SNS message data protection is no longer available to new customers. For more information and guidance on alternatives, see [Amazon SNS message data protection availability change](https://docs.aws.amazon.com/sns/latest/dg/sns-message-data-protection-availability-change.html).
    ///
    /// Retrieves the specified inline `DataProtectionPolicy` document that is stored in the specified Amazon SNS topic.
    pub async fn get_data_protection_policy(
        &self,
        input: types::GetDataProtectionPolicyInput,
    ) -> Result<
        types::GetDataProtectionPolicyOutput,
        Error<error::GetDataProtectionPolicyError>,
    > {
        self.handle.invoke(&schemas::ops::GET_DATA_PROTECTION_POLICY, input).await
    }
    /// Retrieves the endpoint attributes for a device on one of the supported push notification services, such as GCM (Firebase Cloud Messaging) and APNS. For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    pub async fn get_endpoint_attributes(
        &self,
        input: types::GetEndpointAttributesInput,
    ) -> Result<
        types::GetEndpointAttributesOutput,
        Error<error::GetEndpointAttributesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ENDPOINT_ATTRIBUTES, input).await
    }
    /// Retrieves the attributes of the platform application object for the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging). For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    pub async fn get_platform_application_attributes(
        &self,
        input: types::GetPlatformApplicationAttributesInput,
    ) -> Result<
        types::GetPlatformApplicationAttributesOutput,
        Error<error::GetPlatformApplicationAttributesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_PLATFORM_APPLICATION_ATTRIBUTES, input)
            .await
    }
    /// Returns the settings for sending SMS messages from your Amazon Web Services account.
    ///
    /// These settings are set with the `SetSMSAttributes` action.
    pub async fn get_sms_attributes(
        &self,
        input: types::GetSmsAttributesInput,
    ) -> Result<types::GetSmsAttributesOutput, Error<error::GetSmsAttributesError>> {
        self.handle.invoke(&schemas::ops::GET_SMS_ATTRIBUTES, input).await
    }
    /// Retrieves the SMS sandbox status for the calling Amazon Web Services account in the target Amazon Web Services Region.
    ///
    /// When you start using Amazon SNS to send SMS messages, your Amazon Web Services account is in the *SMS sandbox*. The SMS sandbox provides a safe environment for you to try Amazon SNS features without risking your reputation as an SMS sender. While your Amazon Web Services account is in the SMS sandbox, you can use all of the features of Amazon SNS. However, you can send SMS messages only to verified destination phone numbers. For more information, including how to move out of the sandbox to send messages without restrictions, see [SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html) in the *Amazon SNS Developer Guide*.
    pub async fn get_sms_sandbox_account_status(
        &self,
        input: types::GetSmsSandboxAccountStatusInput,
    ) -> Result<
        types::GetSmsSandboxAccountStatusOutput,
        Error<error::GetSmsSandboxAccountStatusError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SMS_SANDBOX_ACCOUNT_STATUS, input).await
    }
    /// Returns all of the properties of a subscription.
    pub async fn get_subscription_attributes(
        &self,
        input: types::GetSubscriptionAttributesInput,
    ) -> Result<
        types::GetSubscriptionAttributesOutput,
        Error<error::GetSubscriptionAttributesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SUBSCRIPTION_ATTRIBUTES, input).await
    }
    /// Returns all of the properties of a topic. Topic properties returned might differ based on the authorization of the user.
    pub async fn get_topic_attributes(
        &self,
        input: types::GetTopicAttributesInput,
    ) -> Result<types::GetTopicAttributesOutput, Error<error::GetTopicAttributesError>> {
        self.handle.invoke(&schemas::ops::GET_TOPIC_ATTRIBUTES, input).await
    }
    /// Lists the endpoints and endpoint attributes for devices in a supported push notification service, such as GCM (Firebase Cloud Messaging) and APNS. The results for `ListEndpointsByPlatformApplication` are paginated and return a limited list of endpoints, up to 100. If additional records are available after the first page results, then a NextToken string will be returned. To receive the next page, you call `ListEndpointsByPlatformApplication` again using the NextToken string received from the previous call. When there are no more records to return, NextToken will be null. For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    pub async fn list_endpoints_by_platform_application(
        &self,
        input: types::ListEndpointsByPlatformApplicationInput,
    ) -> Result<
        types::ListEndpointsByPlatformApplicationOutput,
        Error<error::ListEndpointsByPlatformApplicationError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_ENDPOINTS_BY_PLATFORM_APPLICATION, input)
            .await
    }
    /// Lists the calling Amazon Web Services account's dedicated origination numbers and their metadata. For more information about origination numbers, see [Origination numbers](https://docs.aws.amazon.com/sns/latest/dg/channels-sms-originating-identities-origination-numbers.html) in the *Amazon SNS Developer Guide*.
    pub async fn list_origination_numbers(
        &self,
        input: types::ListOriginationNumbersInput,
    ) -> Result<
        types::ListOriginationNumbersOutput,
        Error<error::ListOriginationNumbersError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_ORIGINATION_NUMBERS, input).await
    }
    /// Returns a list of phone numbers that are opted out, meaning you cannot send SMS messages to them.
    ///
    /// The results for `ListPhoneNumbersOptedOut` are paginated, and each page returns up to 100 phone numbers. If additional phone numbers are available after the first page of results, then a `NextToken` string will be returned. To receive the next page, you call `ListPhoneNumbersOptedOut` again using the `NextToken` string received from the previous call. When there are no more records to return, `NextToken` will be null.
    pub async fn list_phone_numbers_opted_out(
        &self,
        input: types::ListPhoneNumbersOptedOutInput,
    ) -> Result<
        types::ListPhoneNumbersOptedOutOutput,
        Error<error::ListPhoneNumbersOptedOutError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_PHONE_NUMBERS_OPTED_OUT, input).await
    }
    /// Lists the platform application objects for the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging). The results for `ListPlatformApplications` are paginated and return a limited list of applications, up to 100. If additional records are available after the first page results, then a NextToken string will be returned. To receive the next page, you call `ListPlatformApplications` using the NextToken string received from the previous call. When there are no more records to return, `NextToken` will be null. For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    ///
    /// This action is throttled at 15 transactions per second (TPS).
    pub async fn list_platform_applications(
        &self,
        input: types::ListPlatformApplicationsInput,
    ) -> Result<
        types::ListPlatformApplicationsOutput,
        Error<error::ListPlatformApplicationsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_PLATFORM_APPLICATIONS, input).await
    }
    /// Lists the calling Amazon Web Services account's current verified and pending destination phone numbers in the SMS sandbox.
    ///
    /// When you start using Amazon SNS to send SMS messages, your Amazon Web Services account is in the *SMS sandbox*. The SMS sandbox provides a safe environment for you to try Amazon SNS features without risking your reputation as an SMS sender. While your Amazon Web Services account is in the SMS sandbox, you can use all of the features of Amazon SNS. However, you can send SMS messages only to verified destination phone numbers. For more information, including how to move out of the sandbox to send messages without restrictions, see [SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html) in the *Amazon SNS Developer Guide*.
    pub async fn list_sms_sandbox_phone_numbers(
        &self,
        input: types::ListSmsSandboxPhoneNumbersInput,
    ) -> Result<
        types::ListSmsSandboxPhoneNumbersOutput,
        Error<error::ListSmsSandboxPhoneNumbersError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SMS_SANDBOX_PHONE_NUMBERS, input).await
    }
    /// Returns a list of the requester's subscriptions. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListSubscriptions` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    pub async fn list_subscriptions(
        &self,
        input: types::ListSubscriptionsInput,
    ) -> Result<types::ListSubscriptionsOutput, Error<error::ListSubscriptionsError>> {
        self.handle.invoke(&schemas::ops::LIST_SUBSCRIPTIONS, input).await
    }
    /// Returns a list of the subscriptions to a specific topic. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListSubscriptionsByTopic` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    pub async fn list_subscriptions_by_topic(
        &self,
        input: types::ListSubscriptionsByTopicInput,
    ) -> Result<
        types::ListSubscriptionsByTopicOutput,
        Error<error::ListSubscriptionsByTopicError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SUBSCRIPTIONS_BY_TOPIC, input).await
    }
    /// List all tags added to the specified Amazon SNS topic. For an overview, see [Amazon SNS Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon Simple Notification Service Developer Guide*.
    pub async fn list_tags_for_resource(
        &self,
        input: types::ListTagsForResourceInput,
    ) -> Result<
        types::ListTagsForResourceOutput,
        Error<error::ListTagsForResourceError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_TAGS_FOR_RESOURCE, input).await
    }
    /// Returns a list of the requester's topics. Each call returns a limited list of topics, up to 100. If there are more topics, a `NextToken` is also returned. Use the `NextToken` parameter in a new `ListTopics` call to get further results.
    ///
    /// This action is throttled at 30 transactions per second (TPS).
    pub async fn list_topics(
        &self,
        input: types::ListTopicsInput,
    ) -> Result<types::ListTopicsOutput, Error<error::ListTopicsError>> {
        self.handle.invoke(&schemas::ops::LIST_TOPICS, input).await
    }
    /// Use this request to opt in a phone number that is opted out, which enables you to resume sending SMS messages to the number.
    ///
    /// You can opt in a phone number only once every 30 days.
    pub async fn opt_in_phone_number(
        &self,
        input: types::OptInPhoneNumberInput,
    ) -> Result<types::OptInPhoneNumberOutput, Error<error::OptInPhoneNumberError>> {
        self.handle.invoke(&schemas::ops::OPT_IN_PHONE_NUMBER, input).await
    }
    /// Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone number, or a message to a mobile platform endpoint (when you specify the `TargetArn`).
    ///
    /// If you send a message to a topic, Amazon SNS delivers the message to each endpoint that is subscribed to the topic. The format of the message depends on the notification protocol for each subscribed endpoint.
    ///
    /// When a `messageId` is returned, the message is saved and Amazon SNS immediately delivers it to subscribers.
    ///
    /// To use the `Publish` action for publishing a message to a mobile endpoint, such as an app on a Kindle device or mobile phone, you must specify the EndpointArn for the TargetArn parameter. The EndpointArn is returned when making a call with the `CreatePlatformEndpoint` action.
    ///
    /// For more information about formatting messages, see [Send Custom Platform-Specific Payloads in Messages to Mobile Devices](https://docs.aws.amazon.com/sns/latest/dg/mobile-push-send-custommessage.html).
    ///
    /// You can publish messages only to topics and endpoints in the same Amazon Web Services Region.
    pub async fn publish(
        &self,
        input: types::PublishInput,
    ) -> Result<types::PublishOutput, Error<error::PublishError>> {
        self.handle.invoke(&schemas::ops::PUBLISH, input).await
    }
    /// Publishes up to 10 messages to the specified topic in a single batch. This is a batch version of the `Publish` API. If you try to send more than 10 messages in a single batch request, you will receive a `TooManyEntriesInBatchRequest` exception.
    ///
    /// For FIFO topics, multiple messages within a single batch are published in the order they are sent, and messages are deduplicated within the batch and across batches for five minutes.
    ///
    /// The result of publishing each message is reported individually in the response. Because the batch request can result in a combination of successful and unsuccessful actions, you should check for batch errors even when the call returns an HTTP status code of 200.
    ///
    /// By default, the maximum allowed individual message size and the maximum total payload size (the sum of the individual lengths of all of the batched messages) are both 256 KiB (262,144 bytes). To publish larger batches, set the topic's `MaximumMessageSize` attribute, which supports values up to 1 MiB (1,048,576 bytes). The combined size of all messages in the batch, including each message's body and attributes, must not exceed the topic's `MaximumMessageSize`.
    ///
    /// For more information, see [Large message payloads](https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html) in the *Amazon SNS Developer Guide.*
    ///
    /// The `PublishBatch` API can send up to 10 messages at a time. If you attempt to send more than 10 messages in one request, you will encounter a `TooManyEntriesInBatchRequest` exception. In such cases, split your messages into multiple requests, each containing no more than 10 messages.
    ///
    /// Some actions take lists of parameters. These lists are specified using the `param.n` notation. Values of `n` are integers starting from **1**. For example, a parameter list with two elements looks like this:
    ///
    /// `&AttributeName.1=first`
    ///
    /// `&AttributeName.2=second`
    ///
    /// If you send a batch message to a topic, Amazon SNS publishes the batch message to each endpoint that is subscribed to the topic. The format of the batch message depends on the notification protocol for each subscribed endpoint.
    ///
    /// When a `messageId` is returned, the batch message is saved, and Amazon SNS immediately delivers the message to subscribers.
    pub async fn publish_batch(
        &self,
        input: types::PublishBatchInput,
    ) -> Result<types::PublishBatchOutput, Error<error::PublishBatchError>> {
        self.handle.invoke(&schemas::ops::PUBLISH_BATCH, input).await
    }
    /// Amazon SNS message data protection is no longer available to new customers. For more information and guidance on alternatives, see [Amazon SNS message data protection availability change](https://docs.aws.amazon.com/sns/latest/dg/sns-message-data-protection-availability-change.html).
    ///
    /// Adds or updates an inline policy document that is stored in the specified Amazon SNS topic.
    pub async fn put_data_protection_policy(
        &self,
        input: types::PutDataProtectionPolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutDataProtectionPolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_DATA_PROTECTION_POLICY, input).await
    }
    /// Removes a statement from a topic's access control policy.
    ///
    /// To remove the ability to change topic permissions, you must deny permissions to the `AddPermission`, `RemovePermission`, and `SetTopicAttributes` actions in your IAM policy.
    pub async fn remove_permission(
        &self,
        input: types::RemovePermissionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::RemovePermissionError>> {
        self.handle.invoke(&schemas::ops::REMOVE_PERMISSION, input).await
    }
    /// Sets the attributes for an endpoint for a device on one of the supported push notification services, such as GCM (Firebase Cloud Messaging) and APNS. For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    pub async fn set_endpoint_attributes(
        &self,
        input: types::SetEndpointAttributesInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SetEndpointAttributesError>> {
        self.handle.invoke(&schemas::ops::SET_ENDPOINT_ATTRIBUTES, input).await
    }
    /// Sets the attributes of the platform application object for the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging). For more information, see [Using Amazon SNS Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html). For information on configuring attributes for message delivery status, see [Using Amazon SNS Application Attributes for Message Delivery Status](https://docs.aws.amazon.com/sns/latest/dg/sns-msg-status.html).
    pub async fn set_platform_application_attributes(
        &self,
        input: types::SetPlatformApplicationAttributesInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::SetPlatformApplicationAttributesError>,
    > {
        self.handle
            .invoke(&schemas::ops::SET_PLATFORM_APPLICATION_ATTRIBUTES, input)
            .await
    }
    /// Use this request to set the default settings for sending SMS messages and receiving daily SMS usage reports.
    ///
    /// You can override some of these settings for a single message when you use the `Publish` action with the `MessageAttributes.entry.N` parameter. For more information, see [Publishing to a mobile phone](https://docs.aws.amazon.com/sns/latest/dg/sms_publish-to-phone.html) in the *Amazon SNS Developer Guide*.
    ///
    /// To use this operation, you must grant the Amazon SNS service principal (`sns.amazonaws.com`) permission to perform the `s3:ListBucket` action.
    pub async fn set_sms_attributes(
        &self,
        input: types::SetSmsAttributesInput,
    ) -> Result<types::SetSmsAttributesOutput, Error<error::SetSmsAttributesError>> {
        self.handle.invoke(&schemas::ops::SET_SMS_ATTRIBUTES, input).await
    }
    /// Allows a subscription owner to set an attribute of the subscription to a new value.
    pub async fn set_subscription_attributes(
        &self,
        input: types::SetSubscriptionAttributesInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SetSubscriptionAttributesError>> {
        self.handle.invoke(&schemas::ops::SET_SUBSCRIPTION_ATTRIBUTES, input).await
    }
    /// Allows a topic owner to set an attribute of the topic to a new value.
    ///
    /// To remove the ability to change topic permissions, you must deny permissions to the `AddPermission`, `RemovePermission`, and `SetTopicAttributes` actions in your IAM policy.
    pub async fn set_topic_attributes(
        &self,
        input: types::SetTopicAttributesInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SetTopicAttributesError>> {
        self.handle.invoke(&schemas::ops::SET_TOPIC_ATTRIBUTES, input).await
    }
    /// Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is HTTP/S or email, or if the endpoint and the topic are not in the same Amazon Web Services account, the endpoint owner must run the `ConfirmSubscription` action to confirm the subscription.
    ///
    /// You call the `ConfirmSubscription` action with the token from the subscription response. Confirmation tokens are valid for two days.
    ///
    /// This action is throttled at 100 transactions per second (TPS).
    pub async fn subscribe(
        &self,
        input: types::SubscribeInput,
    ) -> Result<types::SubscribeOutput, Error<error::SubscribeError>> {
        self.handle.invoke(&schemas::ops::SUBSCRIBE, input).await
    }
    /// Add tags to the specified Amazon SNS topic. For an overview, see [Amazon SNS Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon SNS Developer Guide*.
    ///
    /// When you use topic tags, keep the following guidelines in mind:
    ///
    /// - Adding more than 50 tags to a topic isn't recommended.
    ///
    /// - Tags don't have any semantic meaning. Amazon SNS interprets tags as character strings.
    ///
    /// - Tags are case-sensitive.
    ///
    /// - A new tag with a key identical to that of an existing tag overwrites the existing tag.
    ///
    /// - Tagging actions are limited to 10 TPS per Amazon Web Services account, per Amazon Web Services Region. If your application requires a higher throughput, file a [technical support request](https://console.aws.amazon.com/support/home#/case/create?issueType=technical).
    pub async fn tag_resource(
        &self,
        input: types::TagResourceInput,
    ) -> Result<types::TagResourceOutput, Error<error::TagResourceError>> {
        self.handle.invoke(&schemas::ops::TAG_RESOURCE, input).await
    }
    /// Deletes a subscription. If the subscription requires authentication for deletion, only the owner of the subscription or the topic's owner can unsubscribe, and an Amazon Web Services signature is required. If the `Unsubscribe` call does not require authentication and the requester is not the subscription owner, a final cancellation message is delivered to the endpoint, so that the endpoint owner can easily resubscribe to the topic if the `Unsubscribe` request was unintended.
    ///
    /// This action is throttled at 100 transactions per second (TPS).
    pub async fn unsubscribe(
        &self,
        input: types::UnsubscribeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UnsubscribeError>> {
        self.handle.invoke(&schemas::ops::UNSUBSCRIBE, input).await
    }
    /// Remove tags from the specified Amazon SNS topic. For an overview, see [Amazon SNS Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon SNS Developer Guide*.
    pub async fn untag_resource(
        &self,
        input: types::UntagResourceInput,
    ) -> Result<types::UntagResourceOutput, Error<error::UntagResourceError>> {
        self.handle.invoke(&schemas::ops::UNTAG_RESOURCE, input).await
    }
    /// Verifies a destination phone number with a one-time password (OTP) for the calling Amazon Web Services account.
    ///
    /// When you start using Amazon SNS to send SMS messages, your Amazon Web Services account is in the *SMS sandbox*. The SMS sandbox provides a safe environment for you to try Amazon SNS features without risking your reputation as an SMS sender. While your Amazon Web Services account is in the SMS sandbox, you can use all of the features of Amazon SNS. However, you can send SMS messages only to verified destination phone numbers. For more information, including how to move out of the sandbox to send messages without restrictions, see [SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html) in the *Amazon SNS Developer Guide*.
    pub async fn verify_sms_sandbox_phone_number(
        &self,
        input: types::VerifySmsSandboxPhoneNumberInput,
    ) -> Result<
        types::VerifySmsSandboxPhoneNumberOutput,
        Error<error::VerifySmsSandboxPhoneNumberError>,
    > {
        self.handle.invoke(&schemas::ops::VERIFY_SMS_SANDBOX_PHONE_NUMBER, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::list_endpoints_by_platform_application`], one request each (paginator `ListEndpointsByPlatformApplication`).
    pub fn list_endpoints_by_platform_application_pages(
        &self,
        input: types::ListEndpointsByPlatformApplicationInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListEndpointsByPlatformApplicationInput,
        types::ListEndpointsByPlatformApplicationOutput,
        error::ListEndpointsByPlatformApplicationError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::LIST_ENDPOINTS_BY_PLATFORM_APPLICATION,
                input,
            )
    }
    /// The pages of [`Client::list_origination_numbers`], one request each (paginator `ListOriginationNumbers`).
    pub fn list_origination_numbers_pages(
        &self,
        input: types::ListOriginationNumbersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListOriginationNumbersInput,
        types::ListOriginationNumbersOutput,
        error::ListOriginationNumbersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ORIGINATION_NUMBERS, input)
    }
    /// The pages of [`Client::list_phone_numbers_opted_out`], one request each (paginator `ListPhoneNumbersOptedOut`).
    pub fn list_phone_numbers_opted_out_pages(
        &self,
        input: types::ListPhoneNumbersOptedOutInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListPhoneNumbersOptedOutInput,
        types::ListPhoneNumbersOptedOutOutput,
        error::ListPhoneNumbersOptedOutError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_PHONE_NUMBERS_OPTED_OUT, input)
    }
    /// The pages of [`Client::list_platform_applications`], one request each (paginator `ListPlatformApplications`).
    pub fn list_platform_applications_pages(
        &self,
        input: types::ListPlatformApplicationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListPlatformApplicationsInput,
        types::ListPlatformApplicationsOutput,
        error::ListPlatformApplicationsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_PLATFORM_APPLICATIONS, input)
    }
    /// The pages of [`Client::list_sms_sandbox_phone_numbers`], one request each (paginator `ListSMSSandboxPhoneNumbers`).
    pub fn list_sms_sandbox_phone_numbers_pages(
        &self,
        input: types::ListSmsSandboxPhoneNumbersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSmsSandboxPhoneNumbersInput,
        types::ListSmsSandboxPhoneNumbersOutput,
        error::ListSmsSandboxPhoneNumbersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SMS_SANDBOX_PHONE_NUMBERS, input)
    }
    /// The pages of [`Client::list_subscriptions`], one request each (paginator `ListSubscriptions`).
    pub fn list_subscriptions_pages(
        &self,
        input: types::ListSubscriptionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSubscriptionsInput,
        types::ListSubscriptionsOutput,
        error::ListSubscriptionsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SUBSCRIPTIONS, input)
    }
    /// The pages of [`Client::list_subscriptions_by_topic`], one request each (paginator `ListSubscriptionsByTopic`).
    pub fn list_subscriptions_by_topic_pages(
        &self,
        input: types::ListSubscriptionsByTopicInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSubscriptionsByTopicInput,
        types::ListSubscriptionsByTopicOutput,
        error::ListSubscriptionsByTopicError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SUBSCRIPTIONS_BY_TOPIC, input)
    }
    /// The pages of [`Client::list_topics`], one request each (paginator `ListTopics`).
    pub fn list_topics_pages(
        &self,
        input: types::ListTopicsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListTopicsInput,
        types::ListTopicsOutput,
        error::ListTopicsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_TOPICS, input)
    }
}

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
    /// The action to apply a guardrail.
    ///
    /// For troubleshooting some of the common errors you might encounter when using the `ApplyGuardrail` API, see [Troubleshooting Amazon Bedrock API Error Codes](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html) in the Amazon Bedrock User Guide
    pub async fn apply_guardrail(
        &self,
        input: types::ApplyGuardrailInput,
    ) -> Result<types::ApplyGuardrailOutput, Error<error::ApplyGuardrailError>> {
        self.handle.invoke(&schemas::ops::APPLY_GUARDRAIL, input).await
    }
    /// Sends messages to the specified Amazon Bedrock model. `Converse` provides a consistent interface that works with all models that support messages. This allows you to write code once and use it with different models. If a model has unique inference parameters, you can also pass those unique parameters to the model.
    ///
    /// Amazon Bedrock doesn't store any text, images, or documents that you provide as content. The data is only used to generate the response.
    ///
    /// You can submit a prompt by including it in the `messages` field, specifying the `modelId` of a foundation model or inference profile to run inference on it, and including any other fields that are relevant to your use case.
    ///
    /// You can also submit a prompt from Prompt management by specifying the ARN of the prompt version and including a map of variables to values in the `promptVariables` field. You can append more messages to the prompt by using the `messages` field. If you use a prompt from Prompt management, you can't include the following fields in the request: `additionalModelRequestFields`, `inferenceConfig`, `system`, or `toolConfig`. Instead, these fields must be defined through Prompt management. For more information, see [Use a prompt from Prompt management](https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-use.html).
    ///
    /// For information about the Converse API, see *Use the Converse API* in the *Amazon Bedrock User Guide*. To use a guardrail, see *Use a guardrail with the Converse API* in the *Amazon Bedrock User Guide*. To use a tool with a model, see *Tool use (Function calling)* in the *Amazon Bedrock User Guide*
    ///
    /// For example code, see *Converse API examples* in the *Amazon Bedrock User Guide*.
    ///
    /// This operation requires permission for the `bedrock:InvokeModel` action.
    ///
    /// To deny all inference access to resources that you specify in the modelId field, you need to deny access to the `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` actions. Doing this also denies access to the resource through the base inference actions ([InvokeModel](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html) and [InvokeModelWithResponseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html)). For more information see [Deny access for inference on specific models](https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-deny-inference).
    ///
    /// For troubleshooting some of the common errors you might encounter when using the `Converse` API, see [Troubleshooting Amazon Bedrock API Error Codes](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html) in the Amazon Bedrock User Guide
    pub async fn converse(
        &self,
        input: types::ConverseInput,
    ) -> Result<types::ConverseOutput, Error<error::ConverseError>> {
        self.handle.invoke(&schemas::ops::CONVERSE, input).await
    }
    /// Sends messages to the specified Amazon Bedrock model and returns the response in a stream. `ConverseStream` provides a consistent API that works with all Amazon Bedrock models that support messages. This allows you to write code once and use it with different models. Should a model have unique inference parameters, you can also pass those unique parameters to the model.
    ///
    /// To find out if a model supports streaming, call [GetFoundationModel](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetFoundationModel.html) and check the `responseStreamingSupported` field in the response.
    ///
    /// The CLI doesn't support streaming operations in Amazon Bedrock, including `ConverseStream`.
    ///
    /// Amazon Bedrock doesn't store any text, images, or documents that you provide as content. The data is only used to generate the response.
    ///
    /// You can submit a prompt by including it in the `messages` field, specifying the `modelId` of a foundation model or inference profile to run inference on it, and including any other fields that are relevant to your use case.
    ///
    /// You can also submit a prompt from Prompt management by specifying the ARN of the prompt version and including a map of variables to values in the `promptVariables` field. You can append more messages to the prompt by using the `messages` field. If you use a prompt from Prompt management, you can't include the following fields in the request: `additionalModelRequestFields`, `inferenceConfig`, `system`, or `toolConfig`. Instead, these fields must be defined through Prompt management. For more information, see [Use a prompt from Prompt management](https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-use.html).
    ///
    /// For information about the Converse API, see *Use the Converse API* in the *Amazon Bedrock User Guide*. To use a guardrail, see *Use a guardrail with the Converse API* in the *Amazon Bedrock User Guide*. To use a tool with a model, see *Tool use (Function calling)* in the *Amazon Bedrock User Guide*
    ///
    /// For example code, see *Conversation streaming example* in the *Amazon Bedrock User Guide*.
    ///
    /// This operation requires permission for the `bedrock:InvokeModelWithResponseStream` action.
    ///
    /// To deny all inference access to resources that you specify in the modelId field, you need to deny access to the `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` actions. Doing this also denies access to the resource through the base inference actions ([InvokeModel](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html) and [InvokeModelWithResponseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html)). For more information see [Deny access for inference on specific models](https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-deny-inference).
    ///
    /// For troubleshooting some of the common errors you might encounter when using the `ConverseStream` API, see [Troubleshooting Amazon Bedrock API Error Codes](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html) in the Amazon Bedrock User Guide
    pub async fn converse_stream(
        &self,
        input: types::ConverseStreamInput,
    ) -> Result<types::ConverseStreamOutput, Error<error::ConverseStreamError>> {
        self.handle.invoke(&schemas::ops::CONVERSE_STREAM, input).await
    }
    /// Returns the token count for a given inference request. This operation helps you estimate token usage before sending requests to foundation models by returning the token count that would be used if the same input were sent to the model in an inference request.
    ///
    /// Token counting is model-specific because different models use different tokenization strategies. The token count returned by this operation will match the token count that would be charged if the same input were sent to the model in an `InvokeModel` or `Converse` request.
    ///
    /// You can use this operation to:
    ///
    /// - Estimate costs before sending inference requests.
    ///
    /// - Optimize prompts to fit within token limits.
    ///
    /// - Plan for token usage in your applications.
    ///
    /// This operation accepts the same input formats as `InvokeModel` and `Converse`, allowing you to count tokens for both raw text inputs and structured conversation formats.
    ///
    /// The following operations are related to `CountTokens`:
    ///
    /// - [InvokeModel](https://docs.aws.amazon.com/bedrock/latest/API/API_runtime_InvokeModel.html) - Sends inference requests to foundation models
    ///
    /// - [Converse](https://docs.aws.amazon.com/bedrock/latest/API/API_runtime_Converse.html) - Sends conversation-based inference requests to foundation models
    pub async fn count_tokens(
        &self,
        input: types::CountTokensInput,
    ) -> Result<types::CountTokensOutput, Error<error::CountTokensError>> {
        self.handle.invoke(&schemas::ops::COUNT_TOKENS, input).await
    }
    /// Retrieve information about an asynchronous invocation.
    pub async fn get_async_invoke(
        &self,
        input: types::GetAsyncInvokeInput,
    ) -> Result<types::GetAsyncInvokeOutput, Error<error::GetAsyncInvokeError>> {
        self.handle.invoke(&schemas::ops::GET_ASYNC_INVOKE, input).await
    }
    /// Evaluates messages against inline guardrail checks. You specify the check configurations directly in the request, and Amazon Bedrock returns per-check results with severity or confidence scores.
    pub async fn invoke_guardrail_checks(
        &self,
        input: types::InvokeGuardrailChecksInput,
    ) -> Result<
        types::InvokeGuardrailChecksOutput,
        Error<error::InvokeGuardrailChecksError>,
    > {
        self.handle.invoke(&schemas::ops::INVOKE_GUARDRAIL_CHECKS, input).await
    }
    /// Invokes the specified Amazon Bedrock model to run inference using the prompt and inference parameters provided in the request body. You use model inference to generate text, images, and embeddings.
    ///
    /// For example code, see *Invoke model code examples* in the *Amazon Bedrock User Guide*.
    ///
    /// This operation requires permission for the `bedrock:InvokeModel` action.
    ///
    /// To deny all inference access to resources that you specify in the modelId field, you need to deny access to the `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` actions. Doing this also denies access to the resource through the Converse API actions ([Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) and [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html)). For more information see [Deny access for inference on specific models](https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-deny-inference).
    ///
    /// For troubleshooting some of the common errors you might encounter when using the `InvokeModel` API, see [Troubleshooting Amazon Bedrock API Error Codes](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html) in the Amazon Bedrock User Guide
    pub async fn invoke_model(
        &self,
        input: types::InvokeModelInput,
    ) -> Result<types::InvokeModelOutput, Error<error::InvokeModelError>> {
        self.handle.invoke(&schemas::ops::INVOKE_MODEL, input).await
    }
    /// Invoke the specified Amazon Bedrock model to run inference using the bidirectional stream. The response is returned in a stream that remains open for 8 minutes. A single session can contain multiple prompts and responses from the model. The prompts to the model are provided as audio files and the model's responses are spoken back to the user and transcribed.
    ///
    /// It is possible for users to interrupt the model's response with a new prompt, which will halt the response speech. The model will retain contextual awareness of the conversation while pivoting to respond to the new prompt.
    pub async fn invoke_model_with_bidirectional_stream(
        &self,
        input: types::InvokeModelWithBidirectionalStreamInput,
    ) -> Result<
        types::InvokeModelWithBidirectionalStreamOutput,
        Error<error::InvokeModelWithBidirectionalStreamError>,
    > {
        self.handle
            .invoke(&schemas::ops::INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM, input)
            .await
    }
    /// Invoke the specified Amazon Bedrock model to run inference using the prompt and inference parameters provided in the request body. The response is returned in a stream.
    ///
    /// To see if a model supports streaming, call [GetFoundationModel](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetFoundationModel.html) and check the `responseStreamingSupported` field in the response.
    ///
    /// The CLI doesn't support streaming operations in Amazon Bedrock, including `InvokeModelWithResponseStream`.
    ///
    /// For example code, see *Invoke model with streaming code example* in the *Amazon Bedrock User Guide*.
    ///
    /// This operation requires permissions to perform the `bedrock:InvokeModelWithResponseStream` action.
    ///
    /// To deny all inference access to resources that you specify in the modelId field, you need to deny access to the `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` actions. Doing this also denies access to the resource through the Converse API actions ([Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) and [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html)). For more information see [Deny access for inference on specific models](https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-deny-inference).
    ///
    /// For troubleshooting some of the common errors you might encounter when using the `InvokeModelWithResponseStream` API, see [Troubleshooting Amazon Bedrock API Error Codes](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html) in the Amazon Bedrock User Guide
    pub async fn invoke_model_with_response_stream(
        &self,
        input: types::InvokeModelWithResponseStreamInput,
    ) -> Result<
        types::InvokeModelWithResponseStreamOutput,
        Error<error::InvokeModelWithResponseStreamError>,
    > {
        self.handle.invoke(&schemas::ops::INVOKE_MODEL_WITH_RESPONSE_STREAM, input).await
    }
    /// Lists asynchronous invocations.
    pub async fn list_async_invokes(
        &self,
        input: types::ListAsyncInvokesInput,
    ) -> Result<types::ListAsyncInvokesOutput, Error<error::ListAsyncInvokesError>> {
        self.handle.invoke(&schemas::ops::LIST_ASYNC_INVOKES, input).await
    }
    /// Starts an asynchronous invocation.
    ///
    /// This operation requires permission for the `bedrock:InvokeModel` action.
    ///
    /// To deny all inference access to resources that you specify in the modelId field, you need to deny access to the `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` actions. Doing this also denies access to the resource through the Converse API actions ([Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) and [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html)). For more information see [Deny access for inference on specific models](https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_id-based-policy-examples.html#security_iam_id-based-policy-examples-deny-inference).
    pub async fn start_async_invoke(
        &self,
        input: types::StartAsyncInvokeInput,
    ) -> Result<types::StartAsyncInvokeOutput, Error<error::StartAsyncInvokeError>> {
        self.handle.invoke(&schemas::ops::START_ASYNC_INVOKE, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::list_async_invokes`], one request each (paginator `ListAsyncInvokes`).
    pub fn list_async_invokes_pages(
        &self,
        input: types::ListAsyncInvokesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAsyncInvokesInput,
        types::ListAsyncInvokesOutput,
        error::ListAsyncInvokesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ASYNC_INVOKES, input)
    }
}

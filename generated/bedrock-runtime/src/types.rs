//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// The request is denied because you do not have sufficient permissions to perform the requested action. For troubleshooting this error, see [AccessDeniedException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-access-denied) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct AccessDeniedException {
    pub message: Option<String>,
}
rt::structure!(AccessDeniedException, ACCESS_DENIED_EXCEPTION, [message]);
/// The model must request at least one tool (no text is generated). For example, `{"any" : {}}`. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct AnyToolChoice {}
rt::structure!(AnyToolChoice, ANY_TOOL_CHOICE, []);
/// Details about the specific guardrail that was applied during this assessment, including its identifier, version, ARN, origin, and ownership information.
#[derive(Clone, Default, PartialEq)]
pub struct AppliedGuardrailDetails {
    /// The unique ID of the guardrail that was applied.
    pub guardrail_id: Option<String>,
    /// The version of the guardrail that was applied.
    pub guardrail_version: Option<String>,
    /// The ARN of the guardrail that was applied.
    pub guardrail_arn: Option<String>,
    /// The origin of how the guardrail was applied. This can be either requested at the API level or enforced at the account or organization level as a default guardrail.
    pub guardrail_origin: Option<Vec<GuardrailOrigin>>,
    /// The ownership type of the guardrail, indicating whether it is owned by the requesting account or is a cross-account guardrail shared from another AWS account.
    pub guardrail_ownership: Option<GuardrailOwnership>,
}
rt::structure!(
    AppliedGuardrailDetails, APPLIED_GUARDRAIL_DETAILS, [guardrail_id, guardrail_version,
    guardrail_arn, guardrail_origin, guardrail_ownership]
);
#[derive(Clone, Default, PartialEq)]
pub struct ApplyGuardrailInput {
    /// The guardrail identifier used in the request to apply the guardrail.
    pub guardrail_identifier: String,
    /// The guardrail version used in the request to apply the guardrail.
    pub guardrail_version: String,
    /// The source of data used in the request to apply the guardrail.
    pub source: GuardrailContentSource,
    /// The content details used in the request to apply the guardrail.
    pub content: Vec<GuardrailContentBlock>,
    /// Specifies the scope of the output that you get in the response. Set to `FULL` to return the entire output, including any detected and non-detected entries in the response for enhanced debugging.
    ///
    /// Note that the full output scope doesn't apply to word filters or regex in sensitive information filters. It does apply to all other filtering policies, including sensitive information with filters that can detect personally identifiable information (PII).
    pub output_scope: Option<GuardrailOutputScope>,
}
rt::structure!(
    ApplyGuardrailInput, APPLY_GUARDRAIL_INPUT, [guardrail_identifier, guardrail_version,
    source, content, output_scope]
);
#[derive(Clone, Default, PartialEq)]
pub struct ApplyGuardrailOutput {
    /// The usage details in the response from the guardrail.
    pub usage: GuardrailUsage,
    /// The action taken in the response from the guardrail.
    pub action: GuardrailAction,
    /// The reason for the action taken when harmful content is detected.
    pub action_reason: Option<String>,
    /// The output details in the response from the guardrail.
    pub outputs: Vec<GuardrailOutputContent>,
    /// The assessment details in the response from the guardrail.
    pub assessments: Vec<GuardrailAssessment>,
    /// The guardrail coverage details in the apply guardrail response.
    pub guardrail_coverage: Option<GuardrailCoverage>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ApplyGuardrailOutput, APPLY_GUARDRAIL_OUTPUT, [usage, action, action_reason, outputs,
    assessments, guardrail_coverage], meta = response_metadata
);
/// Asynchronous invocation output data settings.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum AsyncInvokeOutputDataConfig {
    /// A storage location for the output data in an S3 bucket
    S3OutputDataConfig(AsyncInvokeS3OutputDataConfig),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    AsyncInvokeOutputDataConfig, ASYNC_INVOKE_OUTPUT_DATA_CONFIG, [S3OutputDataConfig]
);
/// Asynchronous invocation output data settings.
#[derive(Clone, Default, PartialEq)]
pub struct AsyncInvokeS3OutputDataConfig {
    /// An object URI starting with `s3://`.
    pub s3_uri: String,
    /// A KMS encryption key ID.
    pub kms_key_id: Option<String>,
    /// If the bucket belongs to another AWS account, specify that account's ID.
    pub bucket_owner: Option<String>,
}
rt::structure!(
    AsyncInvokeS3OutputDataConfig, ASYNC_INVOKE_S3_OUTPUT_DATA_CONFIG, [s3_uri,
    kms_key_id, bucket_owner]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AsyncInvokeStatus {
    /// `InProgress`
    InProgress,
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AsyncInvokeStatus, { InProgress => "InProgress", Completed => "Completed", Failed =>
    "Failed" }
);
/// A summary of an asynchronous invocation.
#[derive(Clone, Default, PartialEq)]
pub struct AsyncInvokeSummary {
    /// The invocation's ARN.
    pub invocation_arn: String,
    /// The invoked model's ARN.
    pub model_arn: String,
    /// The invocation's idempotency token.
    pub client_request_token: Option<String>,
    /// The invocation's status.
    pub status: Option<AsyncInvokeStatus>,
    /// An error message.
    pub failure_message: Option<String>,
    /// When the invocation was submitted.
    pub submit_time: rt::DateTime,
    /// When the invocation was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// When the invocation ended.
    pub end_time: Option<rt::DateTime>,
    /// The invocation's output data settings.
    pub output_data_config: AsyncInvokeOutputDataConfig,
}
rt::structure!(
    AsyncInvokeSummary, ASYNC_INVOKE_SUMMARY, [invocation_arn, model_arn,
    client_request_token, status, failure_message, submit_time, last_modified_time,
    end_time, output_data_config]
);
/// An audio content block that contains audio data in various supported formats.
#[derive(Clone, Default, PartialEq)]
pub struct AudioBlock {
    /// The format of the audio data, such as MP3, WAV, FLAC, or other supported audio formats.
    pub format: AudioFormat,
    /// The source of the audio data, which can be provided as raw bytes or an S3 location.
    pub source: AudioSource,
    /// Error information if the audio block could not be processed or contains invalid data.
    pub error: Option<ErrorBlock>,
}
rt::structure!(AudioBlock, AUDIO_BLOCK, [format, source, error]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioFormat {
    /// `mp3`
    Mp3,
    /// `opus`
    Opus,
    /// `wav`
    Wav,
    /// `aac`
    Aac,
    /// `flac`
    Flac,
    /// `mp4`
    Mp4,
    /// `ogg`
    Ogg,
    /// `mkv`
    Mkv,
    /// `mka`
    Mka,
    /// `x-aac`
    XAac,
    /// `m4a`
    M4a,
    /// `mpeg`
    Mpeg,
    /// `mpga`
    Mpga,
    /// `pcm`
    Pcm,
    /// `webm`
    Webm,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AudioFormat, { Mp3 => "mp3", Opus => "opus", Wav => "wav", Aac => "aac", Flac =>
    "flac", Mp4 => "mp4", Ogg => "ogg", Mkv => "mkv", Mka => "mka", XAac => "x-aac", M4a
    => "m4a", Mpeg => "mpeg", Mpga => "mpga", Pcm => "pcm", Webm => "webm" }
);
/// The source of audio data, which can be provided either as raw bytes or a reference to an S3 location.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum AudioSource {
    /// Audio data encoded in base64.
    Bytes(Vec<u8>),
    /// A reference to audio data stored in an Amazon S3 bucket. To see which models support S3 uploads, see [Supported models and features for Converse](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html).
    S3Location(S3Location),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(AudioSource, AUDIO_SOURCE, [Bytes, S3Location]);
/// The Model automatically decides if a tool should be called or whether to generate text instead. For example, `{"auto" : {}}`. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct AutoToolChoice {}
rt::structure!(AutoToolChoice, AUTO_TOOL_CHOICE, []);
/// Payload content for the bidirectional input. The input is an audio stream.
#[derive(Clone, Default, PartialEq)]
pub struct BidirectionalInputPayloadPart {
    /// The audio content for the bidirectional input.
    pub bytes: Option<Vec<u8>>,
}
rt::structure!(BidirectionalInputPayloadPart, BIDIRECTIONAL_INPUT_PAYLOAD_PART, [bytes]);
/// Output from the bidirectional stream. The output is speech and a text transcription.
#[derive(Clone, Default, PartialEq)]
pub struct BidirectionalOutputPayloadPart {
    /// The speech output of the bidirectional stream.
    pub bytes: Option<Vec<u8>>,
}
rt::structure!(
    BidirectionalOutputPayloadPart, BIDIRECTIONAL_OUTPUT_PAYLOAD_PART, [bytes]
);
/// Cache creation metrics for a specific TTL duration
#[derive(Clone, Default, PartialEq)]
pub struct CacheDetail {
    /// TTL duration for these cached tokens
    pub ttl: CacheTtl,
    /// Number of tokens written to cache with this TTL (cache creation tokens)
    pub input_tokens: i32,
}
rt::structure!(CacheDetail, CACHE_DETAIL, [ttl, input_tokens]);
/// Defines a section of content to be cached for reuse in subsequent API calls.
#[derive(Clone, Default, PartialEq)]
pub struct CachePointBlock {
    /// Specifies the type of cache point within the CachePointBlock.
    pub r#type: CachePointType,
    /// Optional TTL duration for cache entries. When specified, enables extended TTL caching with the specified duration. When omitted, uses `type` value for caching behavior.
    pub ttl: Option<CacheTtl>,
}
rt::structure!(CachePointBlock, CACHE_POINT_BLOCK, [r#type, ttl]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CachePointType {
    /// `default`
    Default,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(CachePointType, { Default => "default" });
/// Time-to-live duration for ephemeral cache entries
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CacheTtl {
    /// `5m`
    V5m,
    /// `1h`
    V1h,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(CacheTtl, { V5m => "5m", V1h => "1h" });
/// Contains information about a citation that references a specific source document. Citations provide traceability between the model's generated response and the source documents that informed that response.
#[derive(Clone, Default, PartialEq)]
pub struct Citation {
    /// The title or identifier of the source document being cited.
    pub title: Option<String>,
    /// The source from the original search result that provided the cited content.
    pub source: Option<String>,
    /// The specific content from the source document that was referenced or cited in the generated response.
    pub source_content: Option<Vec<CitationSourceContent>>,
    /// The precise location within the source document where the cited content can be found, including character positions, page numbers, or chunk identifiers.
    pub location: Option<CitationLocation>,
}
rt::structure!(Citation, CITATION, [title, source, source_content, location]);
/// Contains the generated text content that corresponds to or is supported by a citation from a source document.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum CitationGeneratedContent {
    /// The text content that was generated by the model and is supported by the associated citation.
    Text(String),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(CitationGeneratedContent, CITATION_GENERATED_CONTENT, [Text]);
/// Specifies the precise location within a source document where cited content can be found. This can include character-level positions, page numbers, or document chunks depending on the document type and indexing method.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum CitationLocation {
    /// The web URL that was cited for this reference.
    Web(WebLocation),
    /// The character-level location within the document where the cited content is found.
    DocumentChar(DocumentCharLocation),
    /// The page-level location within the document where the cited content is found.
    DocumentPage(DocumentPageLocation),
    /// The chunk-level location within the document where the cited content is found, typically used for documents that have been segmented into logical chunks.
    DocumentChunk(DocumentChunkLocation),
    /// The search result location where the cited content is found, including the search result index and block positions within the content array.
    SearchResultLocation(SearchResultLocation),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    CitationLocation, CITATION_LOCATION, [Web, DocumentChar, DocumentPage, DocumentChunk,
    SearchResultLocation]
);
/// Contains the actual text content from a source document that is being cited or referenced in the model's response.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum CitationSourceContent {
    /// The text content from the source document that is being cited.
    Text(String),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(CitationSourceContent, CITATION_SOURCE_CONTENT, [Text]);
/// Contains incremental updates to the source content text during streaming responses, allowing clients to build up the cited content progressively.
#[derive(Clone, Default, PartialEq)]
pub struct CitationSourceContentDelta {
    /// An incremental update to the text content from the source document that is being cited.
    pub text: Option<String>,
}
rt::structure!(CitationSourceContentDelta, CITATION_SOURCE_CONTENT_DELTA, [text]);
/// Configuration settings for enabling and controlling document citations in Converse API responses. When enabled, the model can include citation information that links generated content back to specific source documents.
#[derive(Clone, Default, PartialEq)]
pub struct CitationsConfig {
    /// Specifies whether citations from the selected document should be used in the model's response. When set to true, the model can generate citations that reference the source documents used to inform the response.
    pub enabled: bool,
}
rt::structure!(CitationsConfig, CITATIONS_CONFIG, [enabled]);
/// A content block that contains both generated text and associated citation information. This block type is returned when document citations are enabled, providing traceability between the generated content and the source documents that informed the response.
#[derive(Clone, Default, PartialEq)]
pub struct CitationsContentBlock {
    /// The generated content that is supported by the associated citations.
    pub content: Option<Vec<CitationGeneratedContent>>,
    /// An array of citations that reference the source documents used to generate the associated content.
    pub citations: Option<Vec<Citation>>,
}
rt::structure!(CitationsContentBlock, CITATIONS_CONTENT_BLOCK, [content, citations]);
/// Contains incremental updates to citation information during streaming responses. This allows clients to build up citation data progressively as the response is generated.
#[derive(Clone, Default, PartialEq)]
pub struct CitationsDelta {
    /// The title or identifier of the source document being cited.
    pub title: Option<String>,
    /// The source from the original search result that provided the cited content.
    pub source: Option<String>,
    /// The specific content from the source document that was referenced or cited in the generated response.
    pub source_content: Option<Vec<CitationSourceContentDelta>>,
    /// Specifies the precise location within a source document where cited content can be found. This can include character-level positions, page numbers, or document chunks depending on the document type and indexing method.
    pub location: Option<CitationLocation>,
}
rt::structure!(
    CitationsDelta, CITATIONS_DELTA, [title, source, source_content, location]
);
/// Error occurred because of a conflict while performing an operation.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictException {
    pub message: Option<String>,
}
rt::structure!(ConflictException, CONFLICT_EXCEPTION, [message]);
/// A block of content for a message that you pass to, or receive from, a model with the [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) or [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html) API operations.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ContentBlock {
    /// Text to include in the message.
    Text(String),
    /// Image to include in the message.
    ///
    /// This field is only supported by Anthropic Claude 3 models.
    Image(ImageBlock),
    /// A document to include in the message.
    Document(DocumentBlock),
    /// Video to include in the message.
    Video(VideoBlock),
    /// An audio content block containing audio data in the conversation.
    Audio(AudioBlock),
    /// Information about a tool use request from a model.
    ToolUse(ToolUseBlock),
    /// The result for a tool request that a model makes.
    ToolResult(ToolResultBlock),
    /// Contains the content to assess with the guardrail. If you don't specify `guardContent` in a call to the Converse API, the guardrail (if passed in the Converse API) assesses the entire message.
    ///
    /// For more information, see *Use a guardrail with the Converse API* in the *Amazon Bedrock User Guide*.
    GuardContent(GuardrailConverseContentBlock),
    /// CachePoint to include in the message.
    CachePoint(CachePointBlock),
    /// Contains content regarding the reasoning that is carried out by the model. Reasoning refers to a Chain of Thought (CoT) that the model generates to enhance the accuracy of its final response.
    ReasoningContent(ReasoningContentBlock),
    /// A content block that contains both generated text and associated citation information, providing traceability between the response and source documents.
    CitationsContent(CitationsContentBlock),
    /// Search result to include in the message.
    SearchResult(SearchResultBlock),
    ToolAddition(ToolAdditionBlock),
    ToolRemoval(ToolRemovalBlock),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ContentBlock, CONTENT_BLOCK, [Text, Image, Document, Video, Audio, ToolUse,
    ToolResult, GuardContent, CachePoint, ReasoningContent, CitationsContent,
    SearchResult, ToolAddition, ToolRemoval]
);
/// A block of content in a streaming response.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ContentBlockDelta {
    /// The content text.
    Text(String),
    /// Information about a tool that the model is requesting to use.
    ToolUse(ToolUseBlockDelta),
    /// An incremental update that contains the results from a tool call.
    ToolResult(Vec<ToolResultBlockDelta>),
    /// Contains content regarding the reasoning that is carried out by the model. Reasoning refers to a Chain of Thought (CoT) that the model generates to enhance the accuracy of its final response.
    ReasoningContent(ReasoningContentBlockDelta),
    /// Incremental citation information that is streamed as part of the response generation process.
    Citation(CitationsDelta),
    /// A streaming delta event containing incremental image data.
    Image(ImageBlockDelta),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ContentBlockDelta, CONTENT_BLOCK_DELTA, [Text, ToolUse, ToolResult, ReasoningContent,
    Citation, Image]
);
/// The content block delta event.
#[derive(Clone, Default, PartialEq)]
pub struct ContentBlockDeltaEvent {
    /// The delta for a content block delta event.
    pub delta: ContentBlockDelta,
    /// The block index for a content block delta event.
    pub content_block_index: i32,
}
rt::structure!(
    ContentBlockDeltaEvent, CONTENT_BLOCK_DELTA_EVENT, [delta, content_block_index]
);
/// Content block start information.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ContentBlockStart {
    /// Information about a tool that the model is requesting to use.
    ToolUse(ToolUseBlockStart),
    /// The
    ToolResult(ToolResultBlockStart),
    /// The initial event indicating the start of a streaming image block.
    Image(ImageBlockStart),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ContentBlockStart, CONTENT_BLOCK_START, [ToolUse, ToolResult, Image]);
/// Content block start event.
#[derive(Clone, Default, PartialEq)]
pub struct ContentBlockStartEvent {
    /// Start information about a content block start event.
    pub start: ContentBlockStart,
    /// The index for a content block start event.
    pub content_block_index: i32,
}
rt::structure!(
    ContentBlockStartEvent, CONTENT_BLOCK_START_EVENT, [start, content_block_index]
);
/// A content block stop event.
#[derive(Clone, Default, PartialEq)]
pub struct ContentBlockStopEvent {
    /// The index for a content block.
    pub content_block_index: i32,
}
rt::structure!(ContentBlockStopEvent, CONTENT_BLOCK_STOP_EVENT, [content_block_index]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConversationRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ConversationRole, { User => "user", Assistant => "assistant", System => "system" }
);
/// Metrics for a call to [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
#[derive(Clone, Default, PartialEq)]
pub struct ConverseMetrics {
    /// The latency of the call to `Converse`, in milliseconds.
    pub latency_ms: i64,
}
rt::structure!(ConverseMetrics, CONVERSE_METRICS, [latency_ms]);
/// The output from a call to [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ConverseOutput2 {
    /// The message that the model generates.
    Message(Message),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ConverseOutput2, CONVERSE_OUTPUT2, [Message]);
#[derive(Clone, Default, PartialEq)]
pub struct ConverseInput {
    /// Specifies the model or throughput with which to run inference, or the prompt resource to use in inference. The value depends on the resource that you use:
    ///
    /// - If you use a base model, specify the model ID or its ARN. For a list of model IDs for base models, see [Amazon Bedrock base model IDs (on-demand throughput)](https://docs.aws.amazon.com/bedrock/latest/userguide/model-ids.html#model-ids-arns) in the Amazon Bedrock User Guide.
    ///
    /// - If you use an inference profile, specify the inference profile ID or its ARN. For a list of inference profile IDs, see [Supported Regions and models for cross-region inference](https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference-support.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a provisioned model, specify the ARN of the Provisioned Throughput. For more information, see [Run inference using a Provisioned Throughput](https://docs.aws.amazon.com/bedrock/latest/userguide/prov-thru-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a custom model, first purchase Provisioned Throughput for it. Then specify the ARN of the resulting provisioned model. For more information, see [Use a custom model in Amazon Bedrock](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - To include a prompt that was defined in [Prompt management](https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management.html), specify the ARN of the prompt version to use.
    ///
    /// The Converse API doesn't support [imported models](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-import-model.html).
    pub model_id: String,
    /// The messages that you want to send to the model.
    pub messages: Option<Vec<Message>>,
    /// A prompt that provides instructions or context to the model about the task it should perform, or the persona it should adopt during the conversation.
    pub system: Option<Vec<SystemContentBlock>>,
    /// Inference parameters to pass to the model. `Converse` and `ConverseStream` support a base set of inference parameters. If you need to pass additional parameters that the model supports, use the `additionalModelRequestFields` request field.
    pub inference_config: Option<InferenceConfiguration>,
    /// Configuration information for the tools that the model can use when generating a response.
    ///
    /// For information about models that support tool use, see [Supported models and model features](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference.html#conversation-inference-supported-models-features).
    pub tool_config: Option<ToolConfiguration>,
    /// Configuration information for a guardrail that you want to use in the request. If you include `guardContent` blocks in the `content` field in the `messages` field, the guardrail operates only on those messages. If you include no `guardContent` blocks, the guardrail operates on all messages in the request body and in any included prompt resource.
    pub guardrail_config: Option<GuardrailConfiguration>,
    /// Additional inference parameters that the model supports, beyond the base set of inference parameters that `Converse` and `ConverseStream` support in the `inferenceConfig` field. For more information, see [Model parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub additional_model_request_fields: Option<rt::Document>,
    /// Contains a map of variables in a prompt from Prompt management to objects containing the values to fill in for them when running model invocation. This field is ignored if you don't specify a prompt resource in the `modelId` field.
    pub prompt_variables: Option<rt::IndexMap<String, PromptVariableValues>>,
    /// Additional model parameters field paths to return in the response. `Converse` and `ConverseStream` return the requested fields as a JSON Pointer object in the `additionalModelResponseFields` field. The following is example JSON for `additionalModelResponseFieldPaths`.
    ///
    /// `\[ "/stop\_sequence" \]`
    ///
    /// For information about the JSON Pointer syntax, see the [Internet Engineering Task Force (IETF)](https://datatracker.ietf.org/doc/html/rfc6901) documentation.
    ///
    /// `Converse` and `ConverseStream` reject an empty JSON Pointer or incorrectly structured JSON Pointer with a `400` error code. if the JSON Pointer is valid, but the requested field is not in the model response, it is ignored by `Converse`.
    pub additional_model_response_field_paths: Option<Vec<String>>,
    /// Key-value pairs that you can use to filter invocation logs.
    pub request_metadata: Option<rt::IndexMap<String, String>>,
    /// Model performance settings for the request.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
    /// Output configuration for a model response.
    pub output_config: Option<OutputConfig>,
}
rt::structure!(
    ConverseInput, CONVERSE_INPUT, [model_id, messages, system, inference_config,
    tool_config, guardrail_config, additional_model_request_fields, prompt_variables,
    additional_model_response_field_paths, request_metadata, performance_config,
    service_tier, output_config]
);
#[derive(Clone, Default, PartialEq)]
pub struct ConverseOutput {
    /// The result from the call to `Converse`.
    pub output: ConverseOutput2,
    /// The reason why the model stopped generating output.
    pub stop_reason: StopReason,
    /// The total number of tokens used in the call to `Converse`. The total includes the tokens input to the model and the tokens generated by the model.
    pub usage: TokenUsage,
    /// Metrics for the call to `Converse`.
    pub metrics: ConverseMetrics,
    /// Additional fields in the response that are unique to the model.
    pub additional_model_response_fields: Option<rt::Document>,
    /// A trace object that contains information about the Guardrail behavior.
    pub trace: Option<ConverseTrace>,
    /// Model performance settings for the request.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ConverseOutput, CONVERSE_OUTPUT, [output, stop_reason, usage, metrics,
    additional_model_response_fields, trace, performance_config, service_tier], meta =
    response_metadata
);
/// A conversation stream metadata event.
#[derive(Clone, Default, PartialEq)]
pub struct ConverseStreamMetadataEvent {
    /// Usage information for the conversation stream event.
    pub usage: TokenUsage,
    /// The metrics for the conversation stream metadata event.
    pub metrics: ConverseStreamMetrics,
    /// The trace object in the response from [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html) that contains information about the guardrail behavior.
    pub trace: Option<ConverseStreamTrace>,
    /// Model performance configuration metadata for the conversation stream event.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
}
rt::structure!(
    ConverseStreamMetadataEvent, CONVERSE_STREAM_METADATA_EVENT, [usage, metrics, trace,
    performance_config, service_tier]
);
/// Metrics for the stream.
#[derive(Clone, Default, PartialEq)]
pub struct ConverseStreamMetrics {
    /// The latency for the streaming request, in milliseconds.
    pub latency_ms: i64,
}
rt::structure!(ConverseStreamMetrics, CONVERSE_STREAM_METRICS, [latency_ms]);
/// The messages output stream
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ConverseStreamOutput2 {
    /// Message start information.
    MessageStart(MessageStartEvent),
    /// Start information for a content block.
    ContentBlockStart(ContentBlockStartEvent),
    /// The messages output content block delta.
    ContentBlockDelta(ContentBlockDeltaEvent),
    /// Stop information for a content block.
    ContentBlockStop(ContentBlockStopEvent),
    /// Message stop information.
    MessageStop(MessageStopEvent),
    /// Metadata for the converse output stream.
    Metadata(ConverseStreamMetadataEvent),
    /// An internal server error occurred. Retry your request.
    InternalServerException(InternalServerException),
    /// A streaming error occurred. Retry your request.
    ModelStreamErrorException(ModelStreamErrorException),
    /// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide.
    ValidationException(ValidationException),
    /// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide.
    ThrottlingException(ThrottlingException),
    /// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ConverseStreamOutput2, CONVERSE_STREAM_OUTPUT2, [MessageStart, ContentBlockStart,
    ContentBlockDelta, ContentBlockStop, MessageStop, Metadata, InternalServerException,
    ModelStreamErrorException, ValidationException, ThrottlingException,
    ServiceUnavailableException]
);
#[derive(Clone, Default, PartialEq)]
pub struct ConverseStreamInput {
    /// Specifies the model or throughput with which to run inference, or the prompt resource to use in inference. The value depends on the resource that you use:
    ///
    /// - If you use a base model, specify the model ID or its ARN. For a list of model IDs for base models, see [Amazon Bedrock base model IDs (on-demand throughput)](https://docs.aws.amazon.com/bedrock/latest/userguide/model-ids.html#model-ids-arns) in the Amazon Bedrock User Guide.
    ///
    /// - If you use an inference profile, specify the inference profile ID or its ARN. For a list of inference profile IDs, see [Supported Regions and models for cross-region inference](https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference-support.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a provisioned model, specify the ARN of the Provisioned Throughput. For more information, see [Run inference using a Provisioned Throughput](https://docs.aws.amazon.com/bedrock/latest/userguide/prov-thru-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a custom model, first purchase Provisioned Throughput for it. Then specify the ARN of the resulting provisioned model. For more information, see [Use a custom model in Amazon Bedrock](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - To include a prompt that was defined in [Prompt management](https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management.html), specify the ARN of the prompt version to use.
    ///
    /// The Converse API doesn't support [imported models](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-import-model.html).
    pub model_id: String,
    /// The messages that you want to send to the model.
    pub messages: Option<Vec<Message>>,
    /// A prompt that provides instructions or context to the model about the task it should perform, or the persona it should adopt during the conversation.
    pub system: Option<Vec<SystemContentBlock>>,
    /// Inference parameters to pass to the model. `Converse` and `ConverseStream` support a base set of inference parameters. If you need to pass additional parameters that the model supports, use the `additionalModelRequestFields` request field.
    pub inference_config: Option<InferenceConfiguration>,
    /// Configuration information for the tools that the model can use when generating a response.
    ///
    /// For information about models that support streaming tool use, see [Supported models and model features](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference.html#conversation-inference-supported-models-features).
    pub tool_config: Option<ToolConfiguration>,
    /// Configuration information for a guardrail that you want to use in the request. If you include `guardContent` blocks in the `content` field in the `messages` field, the guardrail operates only on those messages. If you include no `guardContent` blocks, the guardrail operates on all messages in the request body and in any included prompt resource.
    pub guardrail_config: Option<GuardrailStreamConfiguration>,
    /// Additional inference parameters that the model supports, beyond the base set of inference parameters that `Converse` and `ConverseStream` support in the `inferenceConfig` field. For more information, see [Model parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub additional_model_request_fields: Option<rt::Document>,
    /// Contains a map of variables in a prompt from Prompt management to objects containing the values to fill in for them when running model invocation. This field is ignored if you don't specify a prompt resource in the `modelId` field.
    pub prompt_variables: Option<rt::IndexMap<String, PromptVariableValues>>,
    /// Additional model parameters field paths to return in the response. `Converse` and `ConverseStream` return the requested fields as a JSON Pointer object in the `additionalModelResponseFields` field. The following is example JSON for `additionalModelResponseFieldPaths`.
    ///
    /// `\[ "/stop\_sequence" \]`
    ///
    /// For information about the JSON Pointer syntax, see the [Internet Engineering Task Force (IETF)](https://datatracker.ietf.org/doc/html/rfc6901) documentation.
    ///
    /// `Converse` and `ConverseStream` reject an empty JSON Pointer or incorrectly structured JSON Pointer with a `400` error code. if the JSON Pointer is valid, but the requested field is not in the model response, it is ignored by `Converse`.
    pub additional_model_response_field_paths: Option<Vec<String>>,
    /// Key-value pairs that you can use to filter invocation logs.
    pub request_metadata: Option<rt::IndexMap<String, String>>,
    /// Model performance settings for the request.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
    /// Output configuration for a model response.
    pub output_config: Option<OutputConfig>,
}
rt::structure!(
    ConverseStreamInput, CONVERSE_STREAM_INPUT, [model_id, messages, system,
    inference_config, tool_config, guardrail_config, additional_model_request_fields,
    prompt_variables, additional_model_response_field_paths, request_metadata,
    performance_config, service_tier, output_config]
);
#[derive(Default)]
pub struct ConverseStreamOutput {
    /// The output stream that the model generated.
    pub stream: rt::EventStream<ConverseStreamOutput2>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ConverseStreamOutput, CONVERSE_STREAM_OUTPUT, [stream], meta = response_metadata
);
/// The trace object in a response from [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html).
#[derive(Clone, Default, PartialEq)]
pub struct ConverseStreamTrace {
    /// The guardrail trace object.
    pub guardrail: Option<GuardrailTraceAssessment>,
    /// The request's prompt router.
    pub prompt_router: Option<PromptRouterTrace>,
}
rt::structure!(ConverseStreamTrace, CONVERSE_STREAM_TRACE, [guardrail, prompt_router]);
/// The inputs from a `Converse` API request for token counting.
///
/// This structure mirrors the input format for the `Converse` operation, allowing you to count tokens for conversation-based inference requests.
#[derive(Clone, Default, PartialEq)]
pub struct ConverseTokensRequest {
    /// An array of messages to count tokens for.
    pub messages: Option<Vec<Message>>,
    /// The system content blocks to count tokens for. System content provides instructions or context to the model about how it should behave or respond. The token count will include any system content provided.
    pub system: Option<Vec<SystemContentBlock>>,
    /// The toolConfig of Converse input request to count tokens for. Configuration information for the tools that the model can use when generating a response.
    pub tool_config: Option<ToolConfiguration>,
    /// The additionalModelRequestFields of Converse input request to count tokens for. Use this field when you want to pass additional parameters that the model supports.
    pub additional_model_request_fields: Option<rt::Document>,
}
rt::structure!(
    ConverseTokensRequest, CONVERSE_TOKENS_REQUEST, [messages, system, tool_config,
    additional_model_request_fields]
);
/// The trace object in a response from [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
#[derive(Clone, Default, PartialEq)]
pub struct ConverseTrace {
    /// The guardrail trace object.
    pub guardrail: Option<GuardrailTraceAssessment>,
    /// The request's prompt router.
    pub prompt_router: Option<PromptRouterTrace>,
}
rt::structure!(ConverseTrace, CONVERSE_TRACE, [guardrail, prompt_router]);
/// The input value for token counting. The value should be either an `InvokeModel` or `Converse` request body.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum CountTokensInput2 {
    /// An `InvokeModel` request for which to count tokens. Use this field when you want to count tokens for a raw text input that would be sent to the `InvokeModel` operation.
    InvokeModel(InvokeModelTokensRequest),
    /// A `Converse` request for which to count tokens. Use this field when you want to count tokens for a conversation-based input that would be sent to the `Converse` operation.
    Converse(ConverseTokensRequest),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(CountTokensInput2, COUNT_TOKENS_INPUT2, [InvokeModel, Converse]);
#[derive(Clone, Default, PartialEq)]
pub struct CountTokensInput {
    /// The unique identifier or ARN of the foundation model to use for token counting. Each model processes tokens differently, so the token count is specific to the model you specify.
    pub model_id: String,
    /// The input for which to count tokens. The structure of this parameter depends on whether you're counting tokens for an `InvokeModel` or `Converse` request:
    ///
    /// - For `InvokeModel` requests, provide the request body in the `invokeModel` field
    ///
    /// - For `Converse` requests, provide the messages and system content in the `converse` field
    ///
    /// The input format must be compatible with the model specified in the `modelId` parameter.
    pub input: CountTokensInput2,
}
rt::structure!(CountTokensInput, COUNT_TOKENS_INPUT, [model_id, input]);
#[derive(Clone, Default, PartialEq)]
pub struct CountTokensOutput {
    /// The number of tokens in the provided input according to the specified model's tokenization rules. This count represents the number of input tokens that would be processed if the same input were sent to the model in an inference request. Use this value to estimate costs and ensure your inputs stay within model token limits.
    pub input_tokens: i32,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CountTokensOutput, COUNT_TOKENS_OUTPUT, [input_tokens], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct Document {}
rt::structure!(Document, DOCUMENT, []);
/// A document to include in a message.
#[derive(Clone, Default, PartialEq)]
pub struct DocumentBlock {
    /// The format of a document, or its extension.
    pub format: Option<DocumentFormat>,
    /// A name for the document. The name can only contain the following characters:
    ///
    /// - Alphanumeric characters
    ///
    /// - Whitespace characters (no more than one in a row)
    ///
    /// - Hyphens
    ///
    /// - Parentheses
    ///
    /// - Square brackets
    ///
    /// This field is vulnerable to prompt injections, because the model might inadvertently interpret it as instructions. Therefore, we recommend that you specify a neutral name.
    pub name: String,
    /// Contains the content of the document.
    pub source: DocumentSource,
    /// Contextual information about how the document should be processed or interpreted by the model when generating citations.
    pub context: Option<String>,
    /// Configuration settings that control how citations should be generated for this specific document.
    pub citations: Option<CitationsConfig>,
}
rt::structure!(
    DocumentBlock, DOCUMENT_BLOCK, [format, name, source, context, citations]
);
/// Specifies a character-level location within a document, providing precise positioning information for cited content using start and end character indices.
#[derive(Clone, Default, PartialEq)]
pub struct DocumentCharLocation {
    /// The index of the document within the array of documents provided in the request.
    pub document_index: Option<i32>,
    /// The starting character position of the cited content within the document.
    pub start: Option<i32>,
    /// The ending character position of the cited content within the document.
    pub end: Option<i32>,
}
rt::structure!(
    DocumentCharLocation, DOCUMENT_CHAR_LOCATION, [document_index, start, end]
);
/// Specifies a chunk-level location within a document, providing positioning information for cited content using logical document segments or chunks.
#[derive(Clone, Default, PartialEq)]
pub struct DocumentChunkLocation {
    /// The index of the document within the array of documents provided in the request.
    pub document_index: Option<i32>,
    /// The starting chunk identifier or index of the cited content within the document.
    pub start: Option<i32>,
    /// The ending chunk identifier or index of the cited content within the document.
    pub end: Option<i32>,
}
rt::structure!(
    DocumentChunkLocation, DOCUMENT_CHUNK_LOCATION, [document_index, start, end]
);
/// Contains the actual content of a document that can be processed by the model and potentially cited in the response.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DocumentContentBlock {
    /// The text content of the document.
    Text(String),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(DocumentContentBlock, DOCUMENT_CONTENT_BLOCK, [Text]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentFormat {
    /// `pdf`
    Pdf,
    /// `csv`
    Csv,
    /// `doc`
    Doc,
    /// `docx`
    Docx,
    /// `xls`
    Xls,
    /// `xlsx`
    Xlsx,
    /// `html`
    Html,
    /// `txt`
    Txt,
    /// `md`
    Md,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    DocumentFormat, { Pdf => "pdf", Csv => "csv", Doc => "doc", Docx => "docx", Xls =>
    "xls", Xlsx => "xlsx", Html => "html", Txt => "txt", Md => "md" }
);
/// Specifies a page-level location within a document, providing positioning information for cited content using page numbers.
#[derive(Clone, Default, PartialEq)]
pub struct DocumentPageLocation {
    /// The index of the document within the array of documents provided in the request.
    pub document_index: Option<i32>,
    /// The starting page number of the cited content within the document.
    pub start: Option<i32>,
    /// The ending page number of the cited content within the document.
    pub end: Option<i32>,
}
rt::structure!(
    DocumentPageLocation, DOCUMENT_PAGE_LOCATION, [document_index, start, end]
);
/// Contains the content of a document.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DocumentSource {
    /// The raw bytes for the document. If you use an Amazon Web Services SDK, you don't need to encode the bytes in base64.
    Bytes(Vec<u8>),
    /// The location of a document object in an Amazon S3 bucket. To see which models support S3 uploads, see [Supported models and features for Converse](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html).
    S3Location(S3Location),
    /// The text content of the document source.
    Text(String),
    /// The structured content of the document source, which may include various content blocks such as text, images, or other document elements.
    Content(Vec<DocumentContentBlock>),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(DocumentSource, DOCUMENT_SOURCE, [Bytes, S3Location, Text, Content]);
/// A block containing error information when content processing fails.
#[derive(Clone, Default, PartialEq)]
pub struct ErrorBlock {
    /// A human-readable error message describing what went wrong during content processing.
    pub message: Option<String>,
}
rt::structure!(ErrorBlock, ERROR_BLOCK, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAsyncInvokeInput {
    /// The invocation's ARN.
    pub invocation_arn: String,
}
rt::structure!(GetAsyncInvokeInput, GET_ASYNC_INVOKE_INPUT, [invocation_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct GetAsyncInvokeOutput {
    /// The invocation's ARN.
    pub invocation_arn: String,
    /// The invocation's model ARN.
    pub model_arn: String,
    /// The invocation's idempotency token.
    pub client_request_token: Option<String>,
    /// The invocation's status.
    pub status: AsyncInvokeStatus,
    /// An error message.
    pub failure_message: Option<String>,
    /// When the invocation request was submitted.
    pub submit_time: rt::DateTime,
    /// The invocation's last modified time.
    pub last_modified_time: Option<rt::DateTime>,
    /// When the invocation ended.
    pub end_time: Option<rt::DateTime>,
    /// Output data settings.
    pub output_data_config: AsyncInvokeOutputDataConfig,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAsyncInvokeOutput, GET_ASYNC_INVOKE_OUTPUT, [invocation_arn, model_arn,
    client_request_token, status, failure_message, submit_time, last_modified_time,
    end_time, output_data_config], meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailAction {
    /// `NONE`
    None,
    /// `GUARDRAIL_INTERVENED`
    GuardrailIntervened,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailAction, { None => "NONE", GuardrailIntervened => "GUARDRAIL_INTERVENED" }
);
/// A behavior assessment of the guardrail policies used in a call to the Converse API.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAssessment {
    /// The topic policy.
    pub topic_policy: Option<GuardrailTopicPolicyAssessment>,
    /// The content policy.
    pub content_policy: Option<GuardrailContentPolicyAssessment>,
    /// The word policy.
    pub word_policy: Option<GuardrailWordPolicyAssessment>,
    /// The sensitive information policy.
    pub sensitive_information_policy: Option<
        GuardrailSensitiveInformationPolicyAssessment,
    >,
    /// The contextual grounding policy used for the guardrail assessment.
    pub contextual_grounding_policy: Option<
        GuardrailContextualGroundingPolicyAssessment,
    >,
    /// The automated reasoning policy assessment results, including logical validation findings for the input content.
    pub automated_reasoning_policy: Option<GuardrailAutomatedReasoningPolicyAssessment>,
    /// The invocation metrics for the guardrail assessment.
    pub invocation_metrics: Option<GuardrailInvocationMetrics>,
    /// Details about the specific guardrail that was applied during this assessment, including its identifier, version, ARN, origin, and ownership information.
    pub applied_guardrail_details: Option<AppliedGuardrailDetails>,
}
rt::structure!(
    GuardrailAssessment, GUARDRAIL_ASSESSMENT, [topic_policy, content_policy,
    word_policy, sensitive_information_policy, contextual_grounding_policy,
    automated_reasoning_policy, invocation_metrics, applied_guardrail_details]
);
/// Represents a logical validation result from automated reasoning policy evaluation. The finding indicates whether claims in the input are logically valid, invalid, satisfiable, impossible, or have other logical issues.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GuardrailAutomatedReasoningFinding {
    /// Contains the result when the automated reasoning evaluation determines that the claims in the input are logically valid and definitively true based on the provided premises and policy rules.
    Valid(GuardrailAutomatedReasoningValidFinding),
    /// Contains the result when the automated reasoning evaluation determines that the claims in the input are logically invalid and contradict the established premises or policy rules.
    Invalid(GuardrailAutomatedReasoningInvalidFinding),
    /// Contains the result when the automated reasoning evaluation determines that the claims in the input could be either true or false depending on additional assumptions not provided in the input context.
    Satisfiable(GuardrailAutomatedReasoningSatisfiableFinding),
    /// Contains the result when the automated reasoning evaluation determines that no valid logical conclusions can be drawn due to contradictions in the premises or policy rules themselves.
    Impossible(GuardrailAutomatedReasoningImpossibleFinding),
    /// Contains the result when the automated reasoning evaluation detects that the input has multiple valid logical interpretations, requiring additional context or clarification to proceed with validation.
    TranslationAmbiguous(GuardrailAutomatedReasoningTranslationAmbiguousFinding),
    /// Contains the result when the automated reasoning evaluation cannot process the input due to its complexity or volume exceeding the system's processing capacity for logical analysis.
    TooComplex(GuardrailAutomatedReasoningTooComplexFinding),
    /// Contains the result when the automated reasoning evaluation cannot extract any relevant logical information from the input that can be validated against the policy rules.
    NoTranslations(GuardrailAutomatedReasoningNoTranslationsFinding),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    GuardrailAutomatedReasoningFinding, GUARDRAIL_AUTOMATED_REASONING_FINDING, [Valid,
    Invalid, Satisfiable, Impossible, TranslationAmbiguous, TooComplex, NoTranslations]
);
/// Indicates that no valid claims can be made due to logical contradictions in the premises or rules.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningImpossibleFinding {
    /// The logical translation of the input that this finding evaluates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// The automated reasoning policy rules that contradict the claims and/or premises in the input.
    pub contradicting_rules: Option<Vec<GuardrailAutomatedReasoningRule>>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}
rt::structure!(
    GuardrailAutomatedReasoningImpossibleFinding,
    GUARDRAIL_AUTOMATED_REASONING_IMPOSSIBLE_FINDING, [translation, contradicting_rules,
    logic_warning]
);
/// References a portion of the original input text that corresponds to logical elements.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningInputTextReference {
    /// The specific text from the original input that this reference points to.
    pub text: Option<String>,
}
rt::structure!(
    GuardrailAutomatedReasoningInputTextReference,
    GUARDRAIL_AUTOMATED_REASONING_INPUT_TEXT_REFERENCE, [text]
);
/// Indicates that the claims are logically false and contradictory to the established rules or premises.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningInvalidFinding {
    /// The logical translation of the input that this finding invalidates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// The automated reasoning policy rules that contradict the claims in the input.
    pub contradicting_rules: Option<Vec<GuardrailAutomatedReasoningRule>>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}
rt::structure!(
    GuardrailAutomatedReasoningInvalidFinding,
    GUARDRAIL_AUTOMATED_REASONING_INVALID_FINDING, [translation, contradicting_rules,
    logic_warning]
);
/// Identifies logical issues in the translated statements that exist independent of any policy rules, such as statements that are always true or always false.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningLogicWarning {
    /// The category of the detected logical issue, such as statements that are always true or always false.
    pub r#type: Option<GuardrailAutomatedReasoningLogicWarningType>,
    /// The logical statements that serve as premises under which the claims are validated.
    pub premises: Option<Vec<GuardrailAutomatedReasoningStatement>>,
    /// The logical statements that are validated while assuming the policy and premises.
    pub claims: Option<Vec<GuardrailAutomatedReasoningStatement>>,
}
rt::structure!(
    GuardrailAutomatedReasoningLogicWarning, GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING,
    [r#type, premises, claims]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailAutomatedReasoningLogicWarningType {
    /// `ALWAYS_FALSE`
    AlwaysFalse,
    /// `ALWAYS_TRUE`
    AlwaysTrue,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailAutomatedReasoningLogicWarningType, { AlwaysFalse => "ALWAYS_FALSE",
    AlwaysTrue => "ALWAYS_TRUE" }
);
/// Indicates that no relevant logical information could be extracted from the input for validation.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningNoTranslationsFinding {}
rt::structure!(
    GuardrailAutomatedReasoningNoTranslationsFinding,
    GUARDRAIL_AUTOMATED_REASONING_NO_TRANSLATIONS_FINDING, []
);
/// Contains the results of automated reasoning policy evaluation, including logical findings about the validity of claims made in the input content.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningPolicyAssessment {
    /// List of logical validation results produced by evaluating the input content against automated reasoning policies.
    pub findings: Option<Vec<GuardrailAutomatedReasoningFinding>>,
}
rt::structure!(
    GuardrailAutomatedReasoningPolicyAssessment,
    GUARDRAIL_AUTOMATED_REASONING_POLICY_ASSESSMENT, [findings]
);
/// References a specific automated reasoning policy rule that was applied during evaluation.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningRule {
    /// The unique identifier of the automated reasoning rule.
    pub identifier: Option<String>,
    /// The ARN of the automated reasoning policy version that contains this rule.
    pub policy_version_arn: Option<String>,
}
rt::structure!(
    GuardrailAutomatedReasoningRule, GUARDRAIL_AUTOMATED_REASONING_RULE, [identifier,
    policy_version_arn]
);
/// Indicates that the claims could be either true or false depending on additional assumptions not provided in the input.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningSatisfiableFinding {
    /// The logical translation of the input that this finding evaluates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// An example scenario demonstrating how the claims could be logically true.
    pub claims_true_scenario: Option<GuardrailAutomatedReasoningScenario>,
    /// An example scenario demonstrating how the claims could be logically false.
    pub claims_false_scenario: Option<GuardrailAutomatedReasoningScenario>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}
rt::structure!(
    GuardrailAutomatedReasoningSatisfiableFinding,
    GUARDRAIL_AUTOMATED_REASONING_SATISFIABLE_FINDING, [translation,
    claims_true_scenario, claims_false_scenario, logic_warning]
);
/// Represents a logical scenario where claims can be evaluated as true or false, containing specific logical assignments.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningScenario {
    /// List of logical assignments and statements that define this scenario.
    pub statements: Option<Vec<GuardrailAutomatedReasoningStatement>>,
}
rt::structure!(
    GuardrailAutomatedReasoningScenario, GUARDRAIL_AUTOMATED_REASONING_SCENARIO,
    [statements]
);
/// A logical statement that includes both formal logic representation and natural language explanation.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningStatement {
    /// The formal logical representation of the statement.
    pub logic: Option<String>,
    /// The natural language explanation of the logical statement.
    pub natural_language: Option<String>,
}
rt::structure!(
    GuardrailAutomatedReasoningStatement, GUARDRAIL_AUTOMATED_REASONING_STATEMENT,
    [logic, natural_language]
);
/// Indicates that the input exceeds the processing capacity due to the volume or complexity of the logical information.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningTooComplexFinding {}
rt::structure!(
    GuardrailAutomatedReasoningTooComplexFinding,
    GUARDRAIL_AUTOMATED_REASONING_TOO_COMPLEX_FINDING, []
);
/// Contains the logical translation of natural language input into formal logical statements, including premises, claims, and confidence scores.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningTranslation {
    /// The logical statements that serve as the foundation or assumptions for the claims.
    pub premises: Option<Vec<GuardrailAutomatedReasoningStatement>>,
    /// The logical statements that are being validated against the premises and policy rules.
    pub claims: Option<Vec<GuardrailAutomatedReasoningStatement>>,
    /// References to portions of the original input text that correspond to the premises but could not be fully translated.
    pub untranslated_premises: Option<
        Vec<GuardrailAutomatedReasoningInputTextReference>,
    >,
    /// References to portions of the original input text that correspond to the claims but could not be fully translated.
    pub untranslated_claims: Option<Vec<GuardrailAutomatedReasoningInputTextReference>>,
    /// A confidence score between 0 and 1 indicating how certain the system is about the logical translation.
    pub confidence: Option<f64>,
}
rt::structure!(
    GuardrailAutomatedReasoningTranslation, GUARDRAIL_AUTOMATED_REASONING_TRANSLATION,
    [premises, claims, untranslated_premises, untranslated_claims, confidence]
);
/// Indicates that the input has multiple valid logical interpretations, requiring additional context or clarification.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningTranslationAmbiguousFinding {
    /// Different logical interpretations that were detected during translation of the input.
    pub options: Option<Vec<GuardrailAutomatedReasoningTranslationOption>>,
    /// Scenarios showing how the different translation options differ in meaning.
    pub difference_scenarios: Option<Vec<GuardrailAutomatedReasoningScenario>>,
}
rt::structure!(
    GuardrailAutomatedReasoningTranslationAmbiguousFinding,
    GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_AMBIGUOUS_FINDING, [options,
    difference_scenarios]
);
/// Represents one possible logical interpretation of ambiguous input content.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningTranslationOption {
    /// Example translations that provide this possible interpretation of the input.
    pub translations: Option<Vec<GuardrailAutomatedReasoningTranslation>>,
}
rt::structure!(
    GuardrailAutomatedReasoningTranslationOption,
    GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_OPTION, [translations]
);
/// Indicates that the claims are definitively true and logically implied by the premises, with no possible alternative interpretations.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailAutomatedReasoningValidFinding {
    /// The logical translation of the input that this finding validates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// An example scenario demonstrating how the claims are logically true.
    pub claims_true_scenario: Option<GuardrailAutomatedReasoningScenario>,
    /// The automated reasoning policy rules that support why this result is considered valid.
    pub supporting_rules: Option<Vec<GuardrailAutomatedReasoningRule>>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}
rt::structure!(
    GuardrailAutomatedReasoningValidFinding, GUARDRAIL_AUTOMATED_REASONING_VALID_FINDING,
    [translation, claims_true_scenario, supporting_rules, logic_warning]
);
/// The configuration for inline guardrail checks. Specify one or more check types to run against the messages.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksConfig {
    /// The content filter check configuration.
    pub content_filter: Option<GuardrailChecksContentFilterConfig>,
    /// The prompt attack check configuration.
    pub prompt_attack: Option<GuardrailChecksPromptAttackConfig>,
    /// The sensitive information check configuration.
    pub sensitive_information: Option<GuardrailChecksSensitiveInformationConfig>,
}
rt::structure!(
    GuardrailChecksConfig, GUARDRAIL_CHECKS_CONFIG, [content_filter, prompt_attack,
    sensitive_information]
);
/// A content block within a message to evaluate.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GuardrailChecksContentBlock {
    /// The text content to evaluate.
    Text(String),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(GuardrailChecksContentBlock, GUARDRAIL_CHECKS_CONTENT_BLOCK, [Text]);
/// The category for content filter evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailChecksContentFilterCategory {
    /// `VIOLENCE`
    Violence,
    /// `HATE`
    Hate,
    /// `SEXUAL`
    Sexual,
    /// `MISCONDUCT`
    Misconduct,
    /// `INSULTS`
    Insults,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailChecksContentFilterCategory, { Violence => "VIOLENCE", Hate => "HATE",
    Sexual => "SEXUAL", Misconduct => "MISCONDUCT", Insults => "INSULTS" }
);
/// The configuration for a single content filter category to evaluate.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksContentFilterCategoryConfig {
    /// The content filter category to evaluate.
    pub category: GuardrailChecksContentFilterCategory,
}
rt::structure!(
    GuardrailChecksContentFilterCategoryConfig,
    GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_CONFIG, [category]
);
/// The configuration for the content filter check, specifying which categories to evaluate.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksContentFilterConfig {
    /// The content filter categories to evaluate.
    pub categories: Vec<GuardrailChecksContentFilterCategoryConfig>,
}
rt::structure!(
    GuardrailChecksContentFilterConfig, GUARDRAIL_CHECKS_CONTENT_FILTER_CONFIG,
    [categories]
);
/// The content filter check results.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksContentFilterResult {
    /// The per-category content filter results.
    pub results: Vec<GuardrailChecksContentFilterResultEntry>,
}
rt::structure!(
    GuardrailChecksContentFilterResult, GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT, [results]
);
/// The evaluation result for a single content filter category.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksContentFilterResultEntry {
    /// The content filter category that was evaluated.
    pub category: GuardrailChecksContentFilterCategory,
    /// The severity score for the category, ranging from 0.0 to 1.0. Higher values indicate greater severity.
    pub severity_score: f64,
}
rt::structure!(
    GuardrailChecksContentFilterResultEntry,
    GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT_ENTRY, [category, severity_score]
);
/// The text unit usage for the content filter check.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksContentFilterUsage {
    /// The number of text units consumed by the content filter check.
    pub text_units: i32,
}
rt::structure!(
    GuardrailChecksContentFilterUsage, GUARDRAIL_CHECKS_CONTENT_FILTER_USAGE,
    [text_units]
);
/// A message to evaluate against guardrail checks, containing a role and content blocks.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksMessage {
    /// The role of the message sender.
    pub role: GuardrailChecksRole,
    /// The content blocks for the message.
    pub content: Vec<GuardrailChecksContentBlock>,
}
rt::structure!(GuardrailChecksMessage, GUARDRAIL_CHECKS_MESSAGE, [role, content]);
/// The category for prompt attack evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailChecksPromptAttackCategory {
    /// `JAILBREAK`
    Jailbreak,
    /// `PROMPT_INJECTION`
    PromptInjection,
    /// `PROMPT_LEAKAGE`
    PromptLeakage,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailChecksPromptAttackCategory, { Jailbreak => "JAILBREAK", PromptInjection =>
    "PROMPT_INJECTION", PromptLeakage => "PROMPT_LEAKAGE" }
);
/// The configuration for a single prompt attack category to evaluate.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksPromptAttackCategoryConfig {
    /// The prompt attack category to evaluate.
    pub category: GuardrailChecksPromptAttackCategory,
}
rt::structure!(
    GuardrailChecksPromptAttackCategoryConfig,
    GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_CONFIG, [category]
);
/// The configuration for the prompt attack check, specifying which categories to evaluate.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksPromptAttackConfig {
    /// The prompt attack categories to evaluate.
    pub categories: Vec<GuardrailChecksPromptAttackCategoryConfig>,
}
rt::structure!(
    GuardrailChecksPromptAttackConfig, GUARDRAIL_CHECKS_PROMPT_ATTACK_CONFIG,
    [categories]
);
/// The prompt attack check results.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksPromptAttackResult {
    /// The per-category prompt attack results.
    pub results: Vec<GuardrailChecksPromptAttackResultEntry>,
}
rt::structure!(
    GuardrailChecksPromptAttackResult, GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT, [results]
);
/// The evaluation result for a single prompt attack category.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksPromptAttackResultEntry {
    /// The prompt attack category that was evaluated.
    pub category: GuardrailChecksPromptAttackCategory,
    /// The severity score for the category, ranging from 0.0 to 1.0. Higher values indicate greater severity.
    pub severity_score: f64,
}
rt::structure!(
    GuardrailChecksPromptAttackResultEntry, GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT_ENTRY,
    [category, severity_score]
);
/// The text unit usage for the prompt attack check.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksPromptAttackUsage {
    /// The number of text units consumed by the prompt attack check.
    pub text_units: i32,
}
rt::structure!(
    GuardrailChecksPromptAttackUsage, GUARDRAIL_CHECKS_PROMPT_ATTACK_USAGE, [text_units]
);
/// The results from the guardrail checks evaluation, organized by check type.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksResults {
    /// The content filter check results.
    pub content_filter: Option<GuardrailChecksContentFilterResult>,
    /// The prompt attack check results.
    pub prompt_attack: Option<GuardrailChecksPromptAttackResult>,
    /// The sensitive information check results.
    pub sensitive_information: Option<GuardrailChecksSensitiveInformationResult>,
}
rt::structure!(
    GuardrailChecksResults, GUARDRAIL_CHECKS_RESULTS, [content_filter, prompt_attack,
    sensitive_information]
);
/// The role of the message sender in the conversation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailChecksRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailChecksRole, { User => "user", Assistant => "assistant", System => "system" }
);
/// The configuration for the sensitive information check, specifying which entity types to detect.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksSensitiveInformationConfig {
    /// The sensitive information entity types to detect.
    pub entities: Vec<GuardrailChecksSensitiveInformationEntityConfig>,
}
rt::structure!(
    GuardrailChecksSensitiveInformationConfig,
    GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_CONFIG, [entities]
);
/// The configuration for a single sensitive information entity type to detect.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksSensitiveInformationEntityConfig {
    /// The PII entity type to detect.
    pub r#type: GuardrailChecksSensitiveInformationEntityType,
}
rt::structure!(
    GuardrailChecksSensitiveInformationEntityConfig,
    GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_CONFIG, [r#type]
);
/// The type of personally identifiable information (PII) entity to detect.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailChecksSensitiveInformationEntityType {
    /// `ADDRESS`
    Address,
    /// `AGE`
    Age,
    /// `AWS_ACCESS_KEY`
    AwsAccessKey,
    /// `AWS_SECRET_KEY`
    AwsSecretKey,
    /// `CA_HEALTH_NUMBER`
    CaHealthNumber,
    /// `CA_SOCIAL_INSURANCE_NUMBER`
    CaSocialInsuranceNumber,
    /// `CREDIT_DEBIT_CARD_CVV`
    CreditDebitCardCvv,
    /// `CREDIT_DEBIT_CARD_EXPIRY`
    CreditDebitCardExpiry,
    /// `CREDIT_DEBIT_CARD_NUMBER`
    CreditDebitCardNumber,
    /// `DRIVER_ID`
    DriverId,
    /// `EMAIL`
    Email,
    /// `INTERNATIONAL_BANK_ACCOUNT_NUMBER`
    InternationalBankAccountNumber,
    /// `IP_ADDRESS`
    IpAddress,
    /// `LICENSE_PLATE`
    LicensePlate,
    /// `MAC_ADDRESS`
    MacAddress,
    /// `NAME`
    Name,
    /// `PASSWORD`
    Password,
    /// `PHONE`
    Phone,
    /// `PIN`
    Pin,
    /// `SWIFT_CODE`
    SwiftCode,
    /// `UK_NATIONAL_HEALTH_SERVICE_NUMBER`
    UkNationalHealthServiceNumber,
    /// `UK_NATIONAL_INSURANCE_NUMBER`
    UkNationalInsuranceNumber,
    /// `UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER`
    UkUniqueTaxpayerReferenceNumber,
    /// `URL`
    Url,
    /// `USERNAME`
    Username,
    /// `US_BANK_ACCOUNT_NUMBER`
    UsBankAccountNumber,
    /// `US_BANK_ROUTING_NUMBER`
    UsBankRoutingNumber,
    /// `US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER`
    UsIndividualTaxIdentificationNumber,
    /// `US_PASSPORT_NUMBER`
    UsPassportNumber,
    /// `US_SOCIAL_SECURITY_NUMBER`
    UsSocialSecurityNumber,
    /// `VEHICLE_IDENTIFICATION_NUMBER`
    VehicleIdentificationNumber,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailChecksSensitiveInformationEntityType, { Address => "ADDRESS", Age => "AGE",
    AwsAccessKey => "AWS_ACCESS_KEY", AwsSecretKey => "AWS_SECRET_KEY", CaHealthNumber =>
    "CA_HEALTH_NUMBER", CaSocialInsuranceNumber => "CA_SOCIAL_INSURANCE_NUMBER",
    CreditDebitCardCvv => "CREDIT_DEBIT_CARD_CVV", CreditDebitCardExpiry =>
    "CREDIT_DEBIT_CARD_EXPIRY", CreditDebitCardNumber => "CREDIT_DEBIT_CARD_NUMBER",
    DriverId => "DRIVER_ID", Email => "EMAIL", InternationalBankAccountNumber =>
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER", IpAddress => "IP_ADDRESS", LicensePlate =>
    "LICENSE_PLATE", MacAddress => "MAC_ADDRESS", Name => "NAME", Password => "PASSWORD",
    Phone => "PHONE", Pin => "PIN", SwiftCode => "SWIFT_CODE",
    UkNationalHealthServiceNumber => "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    UkNationalInsuranceNumber => "UK_NATIONAL_INSURANCE_NUMBER",
    UkUniqueTaxpayerReferenceNumber => "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER", Url =>
    "URL", Username => "USERNAME", UsBankAccountNumber => "US_BANK_ACCOUNT_NUMBER",
    UsBankRoutingNumber => "US_BANK_ROUTING_NUMBER", UsIndividualTaxIdentificationNumber
    => "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", UsPassportNumber =>
    "US_PASSPORT_NUMBER", UsSocialSecurityNumber => "US_SOCIAL_SECURITY_NUMBER",
    VehicleIdentificationNumber => "VEHICLE_IDENTIFICATION_NUMBER" }
);
/// The sensitive information check results.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksSensitiveInformationResult {
    /// The detected sensitive information entities.
    pub results: Vec<GuardrailChecksSensitiveInformationResultEntry>,
    /// Specifies whether the results were truncated because the number of detected entities exceeded the maximum limit.
    pub truncated: Option<bool>,
}
rt::structure!(
    GuardrailChecksSensitiveInformationResult,
    GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT, [results, truncated]
);
/// The detection result for a single sensitive information entity found in the evaluated messages.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksSensitiveInformationResultEntry {
    /// The PII entity type that was detected.
    pub r#type: GuardrailChecksSensitiveInformationEntityType,
    /// The confidence score for the detection, ranging from 0.0 to 1.0. Higher values indicate greater confidence.
    pub confidence_score: f64,
    /// The start character offset of the detected entity within the content block.
    pub begin_offset: i32,
    /// The end character offset of the detected entity within the content block.
    pub end_offset: i32,
    /// The zero-based index of the message in the input messages array where the entity was detected.
    pub message_index: i32,
    /// The zero-based index of the content block within the message where the entity was detected.
    pub content_index: i32,
}
rt::structure!(
    GuardrailChecksSensitiveInformationResultEntry,
    GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT_ENTRY, [r#type, confidence_score,
    begin_offset, end_offset, message_index, content_index]
);
/// The text unit usage for the sensitive information check.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksSensitiveInformationUsage {
    /// The number of text units consumed by the sensitive information check.
    pub text_units: i32,
}
rt::structure!(
    GuardrailChecksSensitiveInformationUsage,
    GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_USAGE, [text_units]
);
/// The text unit usage for the guardrail checks evaluation, organized by check type.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailChecksUsageResults {
    /// The text unit usage for the content filter check.
    pub content_filter: Option<GuardrailChecksContentFilterUsage>,
    /// The text unit usage for the prompt attack check.
    pub prompt_attack: Option<GuardrailChecksPromptAttackUsage>,
    /// The text unit usage for the sensitive information check.
    pub sensitive_information: Option<GuardrailChecksSensitiveInformationUsage>,
}
rt::structure!(
    GuardrailChecksUsageResults, GUARDRAIL_CHECKS_USAGE_RESULTS, [content_filter,
    prompt_attack, sensitive_information]
);
/// Configuration information for a guardrail that you use with the [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) operation.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailConfiguration {
    /// The identifier for the guardrail.
    pub guardrail_identifier: Option<String>,
    /// The version of the guardrail.
    pub guardrail_version: Option<String>,
    /// The trace behavior for the guardrail.
    pub trace: Option<GuardrailTrace>,
}
rt::structure!(
    GuardrailConfiguration, GUARDRAIL_CONFIGURATION, [guardrail_identifier,
    guardrail_version, trace]
);
/// The content block to be evaluated by the guardrail.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GuardrailContentBlock {
    /// Text within content block to be evaluated by the guardrail.
    Text(GuardrailTextBlock),
    /// Image within guardrail content block to be evaluated by the guardrail.
    Image(GuardrailImageBlock),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(GuardrailContentBlock, GUARDRAIL_CONTENT_BLOCK, [Text, Image]);
/// The content filter for a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailContentFilter {
    /// The guardrail type.
    pub r#type: GuardrailContentFilterType,
    /// The guardrail confidence.
    pub confidence: GuardrailContentFilterConfidence,
    /// The filter strength setting for the guardrail content filter.
    pub filter_strength: Option<GuardrailContentFilterStrength>,
    /// The guardrail action.
    pub action: GuardrailContentPolicyAction,
    /// Indicates whether content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}
rt::structure!(
    GuardrailContentFilter, GUARDRAIL_CONTENT_FILTER, [r#type, confidence,
    filter_strength, action, detected]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentFilterConfidence {
    /// `NONE`
    None,
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailContentFilterConfidence, { None => "NONE", Low => "LOW", Medium => "MEDIUM",
    High => "HIGH" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentFilterStrength {
    /// `NONE`
    None,
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailContentFilterStrength, { None => "NONE", Low => "LOW", Medium => "MEDIUM",
    High => "HIGH" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentFilterType {
    /// `INSULTS`
    Insults,
    /// `HATE`
    Hate,
    /// `SEXUAL`
    Sexual,
    /// `VIOLENCE`
    Violence,
    /// `MISCONDUCT`
    Misconduct,
    /// `PROMPT_ATTACK`
    PromptAttack,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailContentFilterType, { Insults => "INSULTS", Hate => "HATE", Sexual =>
    "SEXUAL", Violence => "VIOLENCE", Misconduct => "MISCONDUCT", PromptAttack =>
    "PROMPT_ATTACK" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentPolicyAction {
    /// `BLOCKED`
    Blocked,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailContentPolicyAction, { Blocked => "BLOCKED", None => "NONE" });
/// An assessment of a content policy for a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailContentPolicyAssessment {
    /// The content policy filters.
    pub filters: Vec<GuardrailContentFilter>,
}
rt::structure!(
    GuardrailContentPolicyAssessment, GUARDRAIL_CONTENT_POLICY_ASSESSMENT, [filters]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentQualifier {
    /// `grounding_source`
    GroundingSource,
    /// `query`
    Query,
    /// `guard_content`
    GuardContent,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailContentQualifier, { GroundingSource => "grounding_source", Query => "query",
    GuardContent => "guard_content" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentSource {
    /// `INPUT`
    Input,
    /// `OUTPUT`
    Output,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailContentSource, { Input => "INPUT", Output => "OUTPUT" });
/// The details for the guardrails contextual grounding filter.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailContextualGroundingFilter {
    /// The contextual grounding filter type.
    pub r#type: GuardrailContextualGroundingFilterType,
    /// The threshold used by contextual grounding filter to determine whether the content is grounded or not.
    pub threshold: f64,
    /// The score generated by contextual grounding filter.
    pub score: f64,
    /// The action performed by the guardrails contextual grounding filter.
    pub action: GuardrailContextualGroundingPolicyAction,
    /// Indicates whether content that fails the contextual grounding evaluation (grounding or relevance score less than the corresponding threshold) was detected.
    pub detected: Option<bool>,
}
rt::structure!(
    GuardrailContextualGroundingFilter, GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER, [r#type,
    threshold, score, action, detected]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContextualGroundingFilterType {
    /// `GROUNDING`
    Grounding,
    /// `RELEVANCE`
    Relevance,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailContextualGroundingFilterType, { Grounding => "GROUNDING", Relevance =>
    "RELEVANCE" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContextualGroundingPolicyAction {
    /// `BLOCKED`
    Blocked,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailContextualGroundingPolicyAction, { Blocked => "BLOCKED", None => "NONE" }
);
/// The policy assessment details for the guardrails contextual grounding filter.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailContextualGroundingPolicyAssessment {
    /// The filter details for the guardrails contextual grounding filter.
    pub filters: Option<Vec<GuardrailContextualGroundingFilter>>,
}
rt::structure!(
    GuardrailContextualGroundingPolicyAssessment,
    GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ASSESSMENT, [filters]
);
/// A content block for selective guarding with the [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) or [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html) API operations.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GuardrailConverseContentBlock {
    /// The text to guard.
    Text(GuardrailConverseTextBlock),
    /// Image within converse content block to be evaluated by the guardrail.
    Image(GuardrailConverseImageBlock),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    GuardrailConverseContentBlock, GUARDRAIL_CONVERSE_CONTENT_BLOCK, [Text, Image]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailConverseContentQualifier {
    /// `grounding_source`
    GroundingSource,
    /// `query`
    Query,
    /// `guard_content`
    GuardContent,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailConverseContentQualifier, { GroundingSource => "grounding_source", Query =>
    "query", GuardContent => "guard_content" }
);
/// An image block that contains images that you want to assess with a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailConverseImageBlock {
    /// The format details for the image type of the guardrail converse image block.
    pub format: GuardrailConverseImageFormat,
    /// The image source (image bytes) of the guardrail converse image block.
    pub source: GuardrailConverseImageSource,
}
rt::structure!(
    GuardrailConverseImageBlock, GUARDRAIL_CONVERSE_IMAGE_BLOCK, [format, source]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailConverseImageFormat {
    /// `png`
    Png,
    /// `jpeg`
    Jpeg,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailConverseImageFormat, { Png => "png", Jpeg => "jpeg" });
/// The image source (image bytes) of the guardrail converse image source.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GuardrailConverseImageSource {
    /// The raw image bytes for the image.
    Bytes(Vec<u8>),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(GuardrailConverseImageSource, GUARDRAIL_CONVERSE_IMAGE_SOURCE, [Bytes]);
/// A text block that contains text that you want to assess with a guardrail. For more information, see [GuardrailConverseContentBlock](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_GuardrailConverseContentBlock.html).
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailConverseTextBlock {
    /// The text that you want to guard.
    pub text: String,
    /// The qualifier details for the guardrails contextual grounding filter.
    pub qualifiers: Option<Vec<GuardrailConverseContentQualifier>>,
}
rt::structure!(
    GuardrailConverseTextBlock, GUARDRAIL_CONVERSE_TEXT_BLOCK, [text, qualifiers]
);
/// The action of the guardrail coverage details.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailCoverage {
    /// The text characters of the guardrail coverage details.
    pub text_characters: Option<GuardrailTextCharactersCoverage>,
    /// The guardrail coverage for images (the number of images that guardrails guarded).
    pub images: Option<GuardrailImageCoverage>,
}
rt::structure!(GuardrailCoverage, GUARDRAIL_COVERAGE, [text_characters, images]);
/// A custom word configured in a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailCustomWord {
    /// The match for the custom word.
    pub r#match: String,
    /// The action for the custom word.
    pub action: GuardrailWordPolicyAction,
    /// Indicates whether custom word content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}
rt::structure!(GuardrailCustomWord, GUARDRAIL_CUSTOM_WORD, [r#match, action, detected]);
/// Contain an image which user wants guarded. This block is accepted by the guardrails independent API.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailImageBlock {
    /// The format details for the file type of the image blocked by the guardrail.
    pub format: GuardrailImageFormat,
    /// The image source (image bytes) details of the image blocked by the guardrail.
    pub source: GuardrailImageSource,
}
rt::structure!(GuardrailImageBlock, GUARDRAIL_IMAGE_BLOCK, [format, source]);
/// The details of the guardrail image coverage.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailImageCoverage {
    /// The count (integer) of images guardrails guarded.
    pub guarded: Option<i32>,
    /// Represents the total number of images (integer) that were in the request (guarded and unguarded).
    pub total: Option<i32>,
}
rt::structure!(GuardrailImageCoverage, GUARDRAIL_IMAGE_COVERAGE, [guarded, total]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailImageFormat {
    /// `png`
    Png,
    /// `jpeg`
    Jpeg,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailImageFormat, { Png => "png", Jpeg => "jpeg" });
/// The image source (image bytes) of the guardrail image source. Object used in independent api.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GuardrailImageSource {
    /// The bytes details of the guardrail image source. Object used in independent api.
    Bytes(Vec<u8>),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(GuardrailImageSource, GUARDRAIL_IMAGE_SOURCE, [Bytes]);
/// The invocation metrics for the guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailInvocationMetrics {
    /// The processing latency details for the guardrail invocation metrics.
    pub guardrail_processing_latency: Option<i64>,
    /// The usage details for the guardrail invocation metrics.
    pub usage: Option<GuardrailUsage>,
    /// The coverage details for the guardrail invocation metrics.
    pub guardrail_coverage: Option<GuardrailCoverage>,
}
rt::structure!(
    GuardrailInvocationMetrics, GUARDRAIL_INVOCATION_METRICS,
    [guardrail_processing_latency, usage, guardrail_coverage]
);
/// A managed word configured in a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailManagedWord {
    /// The match for the managed word.
    pub r#match: String,
    /// The type for the managed word.
    pub r#type: GuardrailManagedWordType,
    /// The action for the managed word.
    pub action: GuardrailWordPolicyAction,
    /// Indicates whether managed word content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}
rt::structure!(
    GuardrailManagedWord, GUARDRAIL_MANAGED_WORD, [r#match, r#type, action, detected]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailManagedWordType {
    /// `PROFANITY`
    Profanity,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailManagedWordType, { Profanity => "PROFANITY" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailOrigin {
    /// `REQUEST`
    Request,
    /// `ACCOUNT_ENFORCED`
    AccountEnforced,
    /// `ORGANIZATION_ENFORCED`
    OrganizationEnforced,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailOrigin, { Request => "REQUEST", AccountEnforced => "ACCOUNT_ENFORCED",
    OrganizationEnforced => "ORGANIZATION_ENFORCED" }
);
/// The output content produced by the guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailOutputContent {
    /// The specific text for the output content produced by the guardrail.
    pub text: Option<String>,
}
rt::structure!(GuardrailOutputContent, GUARDRAIL_OUTPUT_CONTENT, [text]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailOutputScope {
    /// `INTERVENTIONS`
    Interventions,
    /// `FULL`
    Full,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailOutputScope, { Interventions => "INTERVENTIONS", Full => "FULL" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailOwnership {
    /// `SELF`
    SelfValue,
    /// `CROSS_ACCOUNT`
    CrossAccount,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailOwnership, { SelfValue => "SELF", CrossAccount => "CROSS_ACCOUNT" }
);
/// A Personally Identifiable Information (PII) entity configured in a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailPiiEntityFilter {
    /// The PII entity filter match.
    pub r#match: String,
    /// The PII entity filter type.
    pub r#type: GuardrailPiiEntityType,
    /// The PII entity filter action.
    pub action: GuardrailSensitiveInformationPolicyAction,
    /// Indicates whether personally identifiable information (PII) that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}
rt::structure!(
    GuardrailPiiEntityFilter, GUARDRAIL_PII_ENTITY_FILTER, [r#match, r#type, action,
    detected]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailPiiEntityType {
    /// `ADDRESS`
    Address,
    /// `AGE`
    Age,
    /// `AWS_ACCESS_KEY`
    AwsAccessKey,
    /// `AWS_SECRET_KEY`
    AwsSecretKey,
    /// `CA_HEALTH_NUMBER`
    CaHealthNumber,
    /// `CA_SOCIAL_INSURANCE_NUMBER`
    CaSocialInsuranceNumber,
    /// `CREDIT_DEBIT_CARD_CVV`
    CreditDebitCardCvv,
    /// `CREDIT_DEBIT_CARD_EXPIRY`
    CreditDebitCardExpiry,
    /// `CREDIT_DEBIT_CARD_NUMBER`
    CreditDebitCardNumber,
    /// `DRIVER_ID`
    DriverId,
    /// `EMAIL`
    Email,
    /// `INTERNATIONAL_BANK_ACCOUNT_NUMBER`
    InternationalBankAccountNumber,
    /// `IP_ADDRESS`
    IpAddress,
    /// `LICENSE_PLATE`
    LicensePlate,
    /// `MAC_ADDRESS`
    MacAddress,
    /// `NAME`
    Name,
    /// `PASSWORD`
    Password,
    /// `PHONE`
    Phone,
    /// `PIN`
    Pin,
    /// `SWIFT_CODE`
    SwiftCode,
    /// `UK_NATIONAL_HEALTH_SERVICE_NUMBER`
    UkNationalHealthServiceNumber,
    /// `UK_NATIONAL_INSURANCE_NUMBER`
    UkNationalInsuranceNumber,
    /// `UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER`
    UkUniqueTaxpayerReferenceNumber,
    /// `URL`
    Url,
    /// `USERNAME`
    Username,
    /// `US_BANK_ACCOUNT_NUMBER`
    UsBankAccountNumber,
    /// `US_BANK_ROUTING_NUMBER`
    UsBankRoutingNumber,
    /// `US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER`
    UsIndividualTaxIdentificationNumber,
    /// `US_PASSPORT_NUMBER`
    UsPassportNumber,
    /// `US_SOCIAL_SECURITY_NUMBER`
    UsSocialSecurityNumber,
    /// `VEHICLE_IDENTIFICATION_NUMBER`
    VehicleIdentificationNumber,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailPiiEntityType, { Address => "ADDRESS", Age => "AGE", AwsAccessKey =>
    "AWS_ACCESS_KEY", AwsSecretKey => "AWS_SECRET_KEY", CaHealthNumber =>
    "CA_HEALTH_NUMBER", CaSocialInsuranceNumber => "CA_SOCIAL_INSURANCE_NUMBER",
    CreditDebitCardCvv => "CREDIT_DEBIT_CARD_CVV", CreditDebitCardExpiry =>
    "CREDIT_DEBIT_CARD_EXPIRY", CreditDebitCardNumber => "CREDIT_DEBIT_CARD_NUMBER",
    DriverId => "DRIVER_ID", Email => "EMAIL", InternationalBankAccountNumber =>
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER", IpAddress => "IP_ADDRESS", LicensePlate =>
    "LICENSE_PLATE", MacAddress => "MAC_ADDRESS", Name => "NAME", Password => "PASSWORD",
    Phone => "PHONE", Pin => "PIN", SwiftCode => "SWIFT_CODE",
    UkNationalHealthServiceNumber => "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    UkNationalInsuranceNumber => "UK_NATIONAL_INSURANCE_NUMBER",
    UkUniqueTaxpayerReferenceNumber => "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER", Url =>
    "URL", Username => "USERNAME", UsBankAccountNumber => "US_BANK_ACCOUNT_NUMBER",
    UsBankRoutingNumber => "US_BANK_ROUTING_NUMBER", UsIndividualTaxIdentificationNumber
    => "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", UsPassportNumber =>
    "US_PASSPORT_NUMBER", UsSocialSecurityNumber => "US_SOCIAL_SECURITY_NUMBER",
    VehicleIdentificationNumber => "VEHICLE_IDENTIFICATION_NUMBER" }
);
/// A Regex filter configured in a guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailRegexFilter {
    /// The regex filter name.
    pub name: Option<String>,
    /// The regesx filter match.
    pub r#match: Option<String>,
    /// The regex query.
    pub regex: Option<String>,
    /// The region filter action.
    pub action: GuardrailSensitiveInformationPolicyAction,
    /// Indicates whether custom regex entities that breach the guardrail configuration are detected.
    pub detected: Option<bool>,
}
rt::structure!(
    GuardrailRegexFilter, GUARDRAIL_REGEX_FILTER, [name, r#match, regex, action,
    detected]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailSensitiveInformationPolicyAction {
    /// `ANONYMIZED`
    Anonymized,
    /// `BLOCKED`
    Blocked,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailSensitiveInformationPolicyAction, { Anonymized => "ANONYMIZED", Blocked =>
    "BLOCKED", None => "NONE" }
);
/// The assessment for a Personally Identifiable Information (PII) policy.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailSensitiveInformationPolicyAssessment {
    /// The PII entities in the assessment.
    pub pii_entities: Vec<GuardrailPiiEntityFilter>,
    /// The regex queries in the assessment.
    pub regexes: Vec<GuardrailRegexFilter>,
}
rt::structure!(
    GuardrailSensitiveInformationPolicyAssessment,
    GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ASSESSMENT, [pii_entities, regexes]
);
/// Configuration information for a guardrail that you use with the [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html) action.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailStreamConfiguration {
    /// The identifier for the guardrail.
    pub guardrail_identifier: Option<String>,
    /// The version of the guardrail.
    pub guardrail_version: Option<String>,
    /// The trace behavior for the guardrail.
    pub trace: Option<GuardrailTrace>,
    /// The processing mode.
    ///
    /// The processing mode. For more information, see *Configure streaming response behavior* in the *Amazon Bedrock User Guide*.
    pub stream_processing_mode: Option<GuardrailStreamProcessingMode>,
}
rt::structure!(
    GuardrailStreamConfiguration, GUARDRAIL_STREAM_CONFIGURATION, [guardrail_identifier,
    guardrail_version, trace, stream_processing_mode]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailStreamProcessingMode {
    /// `sync`
    Sync,
    /// `async`
    Async,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailStreamProcessingMode, { Sync => "sync", Async => "async" });
/// The text block to be evaluated by the guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailTextBlock {
    /// The input text details to be evaluated by the guardrail.
    pub text: String,
    /// The qualifiers describing the text block.
    pub qualifiers: Option<Vec<GuardrailContentQualifier>>,
}
rt::structure!(GuardrailTextBlock, GUARDRAIL_TEXT_BLOCK, [text, qualifiers]);
/// The guardrail coverage for the text characters.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailTextCharactersCoverage {
    /// The text characters that were guarded by the guardrail coverage.
    pub guarded: Option<i32>,
    /// The total text characters by the guardrail coverage.
    pub total: Option<i32>,
}
rt::structure!(
    GuardrailTextCharactersCoverage, GUARDRAIL_TEXT_CHARACTERS_COVERAGE, [guarded, total]
);
/// Information about a topic guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailTopic {
    /// The name for the guardrail.
    pub name: String,
    /// The type behavior that the guardrail should perform when the model detects the topic.
    pub r#type: GuardrailTopicType,
    /// The action the guardrail should take when it intervenes on a topic.
    pub action: GuardrailTopicPolicyAction,
    /// Indicates whether topic content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}
rt::structure!(GuardrailTopic, GUARDRAIL_TOPIC, [name, r#type, action, detected]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailTopicPolicyAction {
    /// `BLOCKED`
    Blocked,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailTopicPolicyAction, { Blocked => "BLOCKED", None => "NONE" });
/// A behavior assessment of a topic policy.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailTopicPolicyAssessment {
    /// The topics in the assessment.
    pub topics: Vec<GuardrailTopic>,
}
rt::structure!(
    GuardrailTopicPolicyAssessment, GUARDRAIL_TOPIC_POLICY_ASSESSMENT, [topics]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailTopicType {
    /// `DENY`
    Deny,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailTopicType, { Deny => "DENY" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailTrace {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `enabled_full`
    EnabledFull,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    GuardrailTrace, { Enabled => "enabled", Disabled => "disabled", EnabledFull =>
    "enabled_full" }
);
/// A Top level guardrail trace object. For more information, see [ConverseTrace](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseTrace.html).
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailTraceAssessment {
    /// The output from the model.
    pub model_output: Option<Vec<String>>,
    /// The input assessment.
    pub input_assessment: Option<rt::IndexMap<String, GuardrailAssessment>>,
    /// the output assessments.
    pub output_assessments: Option<rt::IndexMap<String, Vec<GuardrailAssessment>>>,
    /// Provides the reason for the action taken when harmful content is detected.
    pub action_reason: Option<String>,
}
rt::structure!(
    GuardrailTraceAssessment, GUARDRAIL_TRACE_ASSESSMENT, [model_output,
    input_assessment, output_assessments, action_reason]
);
/// The details on the use of the guardrail.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailUsage {
    /// The topic policy units processed by the guardrail.
    pub topic_policy_units: i32,
    /// The content policy units processed by the guardrail.
    pub content_policy_units: i32,
    /// The word policy units processed by the guardrail.
    pub word_policy_units: i32,
    /// The sensitive information policy units processed by the guardrail.
    pub sensitive_information_policy_units: i32,
    /// The sensitive information policy free units processed by the guardrail.
    pub sensitive_information_policy_free_units: i32,
    /// The contextual grounding policy units processed by the guardrail.
    pub contextual_grounding_policy_units: i32,
    /// The content policy image units processed by the guardrail.
    pub content_policy_image_units: Option<i32>,
    /// The number of text units processed by the automated reasoning policy.
    pub automated_reasoning_policy_units: Option<i32>,
    /// The number of automated reasoning policies that were processed during the guardrail evaluation.
    pub automated_reasoning_policies: Option<i32>,
}
rt::structure!(
    GuardrailUsage, GUARDRAIL_USAGE, [topic_policy_units, content_policy_units,
    word_policy_units, sensitive_information_policy_units,
    sensitive_information_policy_free_units, contextual_grounding_policy_units,
    content_policy_image_units, automated_reasoning_policy_units,
    automated_reasoning_policies]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailWordPolicyAction {
    /// `BLOCKED`
    Blocked,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(GuardrailWordPolicyAction, { Blocked => "BLOCKED", None => "NONE" });
/// The word policy assessment.
#[derive(Clone, Default, PartialEq)]
pub struct GuardrailWordPolicyAssessment {
    /// Custom words in the assessment.
    pub custom_words: Vec<GuardrailCustomWord>,
    /// Managed word lists in the assessment.
    pub managed_word_lists: Vec<GuardrailManagedWord>,
}
rt::structure!(
    GuardrailWordPolicyAssessment, GUARDRAIL_WORD_POLICY_ASSESSMENT, [custom_words,
    managed_word_lists]
);
/// Image content for a message.
#[derive(Clone, Default, PartialEq)]
pub struct ImageBlock {
    /// The format of the image.
    pub format: ImageFormat,
    /// The source for the image.
    pub source: ImageSource,
    /// Error information if the image block could not be processed or contains invalid data.
    pub error: Option<ErrorBlock>,
}
rt::structure!(ImageBlock, IMAGE_BLOCK, [format, source, error]);
/// A streaming delta event that contains incremental image data during streaming responses.
#[derive(Clone, Default, PartialEq)]
pub struct ImageBlockDelta {
    /// The incremental image source data for this delta event.
    pub source: Option<ImageSource>,
    /// Error information if this image delta could not be processed.
    pub error: Option<ErrorBlock>,
}
rt::structure!(ImageBlockDelta, IMAGE_BLOCK_DELTA, [source, error]);
/// The initial event in a streaming image block that indicates the start of image content.
#[derive(Clone, Default, PartialEq)]
pub struct ImageBlockStart {
    /// The format of the image data that will be streamed in subsequent delta events.
    pub format: ImageFormat,
}
rt::structure!(ImageBlockStart, IMAGE_BLOCK_START, [format]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageFormat {
    /// `png`
    Png,
    /// `jpeg`
    Jpeg,
    /// `gif`
    Gif,
    /// `webp`
    Webp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ImageFormat, { Png => "png", Jpeg => "jpeg", Gif => "gif", Webp => "webp" }
);
/// The source for an image.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ImageSource {
    /// The raw image bytes for the image. If you use an AWS SDK, you don't need to encode the image bytes in base64.
    Bytes(Vec<u8>),
    /// The location of an image object in an Amazon S3 bucket. To see which models support S3 uploads, see [Supported models and features for Converse](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html).
    S3Location(S3Location),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ImageSource, IMAGE_SOURCE, [Bytes, S3Location]);
/// Base inference parameters to pass to a model in a call to [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) or [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html). For more information, see [Inference parameters for foundation models](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
///
/// If you need to pass additional parameters that the model supports, use the `additionalModelRequestFields` request field in the call to `Converse` or `ConverseStream`. For more information, see [Model parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
#[derive(Clone, Default, PartialEq)]
pub struct InferenceConfiguration {
    /// The maximum number of tokens to allow in the generated response. The default value is the maximum allowed value for the model that you are using. For more information, see [Inference parameters for foundation models](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub max_tokens: Option<i32>,
    /// The likelihood of the model selecting higher-probability options while generating a response. A lower value makes the model more likely to choose higher-probability options, while a higher value makes the model more likely to choose lower-probability options.
    ///
    /// The default value is the default value for the model that you are using. For more information, see [Inference parameters for foundation models](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub temperature: Option<f32>,
    /// The percentage of most-likely candidates that the model considers for the next token. For example, if you choose a value of 0.8 for `topP`, the model selects from the top 80% of the probability distribution of tokens that could be next in the sequence.
    ///
    /// The default value is the default value for the model that you are using. For more information, see [Inference parameters for foundation models](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub top_p: Option<f32>,
    /// A list of stop sequences. A stop sequence is a sequence of characters that causes the model to stop generating the response.
    pub stop_sequences: Option<Vec<String>>,
}
rt::structure!(
    InferenceConfiguration, INFERENCE_CONFIGURATION, [max_tokens, temperature, top_p,
    stop_sequences]
);
/// An internal server error occurred. For troubleshooting this error, see [InternalFailure](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-internal-failure) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct InternalServerException {
    pub message: Option<String>,
}
rt::structure!(InternalServerException, INTERNAL_SERVER_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeGuardrailChecksInput {
    /// The messages to evaluate against the specified guardrail checks. Each message includes a role and one or more content blocks.
    pub messages: Vec<GuardrailChecksMessage>,
    /// The inline check configurations that specify which guardrail checks to run against the messages.
    pub checks: GuardrailChecksConfig,
}
rt::structure!(
    InvokeGuardrailChecksInput, INVOKE_GUARDRAIL_CHECKS_INPUT, [messages, checks]
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeGuardrailChecksOutput {
    /// The per-check results containing findings from the guardrail evaluation.
    pub results: GuardrailChecksResults,
    /// The per-check text unit consumption for the guardrail evaluation.
    pub usage: GuardrailChecksUsageResults,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeGuardrailChecksOutput, INVOKE_GUARDRAIL_CHECKS_OUTPUT, [results, usage], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeModelInput {
    /// The prompt and inference parameters in the format specified in the `contentType` in the header. You must provide the body in JSON format. To see the format and content of the request and response bodies for different models, refer to [Inference parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html). For more information, see [Run inference](https://docs.aws.amazon.com/bedrock/latest/userguide/api-methods-run.html) in the Bedrock User Guide.
    pub body: Option<Vec<u8>>,
    /// The MIME type of the input data in the request. You must specify `application/json`.
    pub content_type: Option<String>,
    /// The desired MIME type of the inference body in the response. The default value is `application/json`.
    pub accept: Option<String>,
    /// The unique identifier of the model to invoke to run inference.
    ///
    /// The `modelId` to provide depends on the type of model or throughput that you use:
    ///
    /// - If you use a base model, specify the model ID or its ARN. For a list of model IDs for base models, see [Amazon Bedrock base model IDs (on-demand throughput)](https://docs.aws.amazon.com/bedrock/latest/userguide/model-ids.html#model-ids-arns) in the Amazon Bedrock User Guide.
    ///
    /// - If you use an inference profile, specify the inference profile ID or its ARN. For a list of inference profile IDs, see [Supported Regions and models for cross-region inference](https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference-support.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a provisioned model, specify the ARN of the Provisioned Throughput. For more information, see [Run inference using a Provisioned Throughput](https://docs.aws.amazon.com/bedrock/latest/userguide/prov-thru-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a custom model, specify the ARN of the custom model deployment (for on-demand inference) or the ARN of your provisioned model (for Provisioned Throughput). For more information, see [Use a custom model in Amazon Bedrock](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use an [imported model](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-import-model.html), specify the ARN of the imported model. You can get the model ARN from a successful call to [CreateModelImportJob](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelImportJob.html) or from the Imported models page in the Amazon Bedrock console.
    pub model_id: String,
    /// Specifies whether to enable or disable the Bedrock trace. If enabled, you can see the full Bedrock trace.
    pub trace: Option<Trace>,
    /// The unique identifier of the guardrail that you want to use. If you don't provide a value, no guardrail is applied to the invocation.
    ///
    /// An error will be thrown in the following situations.
    ///
    /// - You don't provide a guardrail identifier but you specify the `amazon-bedrock-guardrailConfig` field in the request body.
    ///
    /// - You enable the guardrail but the `contentType` isn't `application/json`.
    ///
    /// - You provide a guardrail identifier, but `guardrailVersion` isn't specified.
    pub guardrail_identifier: Option<String>,
    /// The version number for the guardrail. The value can also be `DRAFT`.
    pub guardrail_version: Option<String>,
    /// Model performance settings for the request.
    pub performance_config_latency: Option<PerformanceConfigLatency>,
    /// Specifies the processing tier type used for serving the request.
    pub service_tier: Option<ServiceTierType>,
    /// Key-value pairs that you can use to filter invocation logs.
    pub request_metadata: Option<String>,
}
rt::structure!(
    InvokeModelInput, INVOKE_MODEL_INPUT, [body, content_type, accept, model_id, trace,
    guardrail_identifier, guardrail_version, performance_config_latency, service_tier,
    request_metadata]
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeModelOutput {
    /// Inference response from the model in the format specified in the `contentType` header. To see the format and content of the request and response bodies for different models, refer to [Inference parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub body: Vec<u8>,
    /// The MIME type of the inference result.
    pub content_type: String,
    /// Model performance settings for the request.
    pub performance_config_latency: Option<PerformanceConfigLatency>,
    /// Specifies the processing tier type used for serving the request.
    pub service_tier: Option<ServiceTierType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeModelOutput, INVOKE_MODEL_OUTPUT, [body, content_type,
    performance_config_latency, service_tier], meta = response_metadata
);
/// The body of an `InvokeModel` API request for token counting. This structure mirrors the input format for the `InvokeModel` operation, allowing you to count tokens for raw text inference requests.
#[derive(Clone, Default, PartialEq)]
pub struct InvokeModelTokensRequest {
    /// The request body to count tokens for, formatted according to the model's expected input format. To learn about the input format for different models, see [Model inference parameters and responses](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub body: Vec<u8>,
}
rt::structure!(InvokeModelTokensRequest, INVOKE_MODEL_TOKENS_REQUEST, [body]);
/// Payload content, the speech chunk, for the bidirectional input of the invocation step.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum InvokeModelWithBidirectionalStreamInput2 {
    /// The audio chunk that is used as input for the invocation step.
    Chunk(BidirectionalInputPayloadPart),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    InvokeModelWithBidirectionalStreamInput2,
    INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_INPUT2, [Chunk]
);
/// Output from the bidirectional stream that was used for model invocation.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum InvokeModelWithBidirectionalStreamOutput2 {
    /// The speech chunk that was provided as output from the invocation step.
    Chunk(BidirectionalOutputPayloadPart),
    /// The request encountered an unknown internal error.
    InternalServerException(InternalServerException),
    /// The request encountered an error with the model stream.
    ModelStreamErrorException(ModelStreamErrorException),
    /// The input fails to satisfy the constraints specified by an Amazon Web Services service.
    ValidationException(ValidationException),
    /// The request was denied due to request throttling.
    ThrottlingException(ThrottlingException),
    /// The connection was closed because a request was not received within the timeout period.
    ModelTimeoutException(ModelTimeoutException),
    /// The request has failed due to a temporary failure of the server.
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    InvokeModelWithBidirectionalStreamOutput2,
    INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_OUTPUT2, [Chunk, InternalServerException,
    ModelStreamErrorException, ValidationException, ThrottlingException,
    ModelTimeoutException, ServiceUnavailableException]
);
#[derive(Default)]
pub struct InvokeModelWithBidirectionalStreamInput {
    /// The model ID or ARN of the model ID to use. Currently, only `amazon.nova-sonic-v1:0` is supported.
    pub model_id: String,
    /// The prompt and inference parameters in the format specified in the `BidirectionalInputPayloadPart` in the header. You must provide the body in JSON format. To see the format and content of the request and response bodies for different models, refer to [Inference parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html). For more information, see [Run inference](https://docs.aws.amazon.com/bedrock/latest/userguide/api-methods-run.html) in the Bedrock User Guide.
    pub body: rt::events::EventInput<InvokeModelWithBidirectionalStreamInput2>,
}
rt::structure!(
    InvokeModelWithBidirectionalStreamInput,
    INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_INPUT, [model_id, body]
);
#[derive(Default)]
pub struct InvokeModelWithBidirectionalStreamOutput {
    /// Streaming response from the model in the format specified by the `BidirectionalOutputPayloadPart` header.
    pub body: rt::EventStream<InvokeModelWithBidirectionalStreamOutput2>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeModelWithBidirectionalStreamOutput,
    INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_OUTPUT, [body], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct InvokeModelWithResponseStreamInput {
    /// The prompt and inference parameters in the format specified in the `contentType` in the header. You must provide the body in JSON format. To see the format and content of the request and response bodies for different models, refer to [Inference parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html). For more information, see [Run inference](https://docs.aws.amazon.com/bedrock/latest/userguide/api-methods-run.html) in the Bedrock User Guide.
    pub body: Option<Vec<u8>>,
    /// The MIME type of the input data in the request. You must specify `application/json`.
    pub content_type: Option<String>,
    /// The desired MIME type of the inference body in the response. The default value is `application/json`.
    pub accept: Option<String>,
    /// The unique identifier of the model to invoke to run inference.
    ///
    /// The `modelId` to provide depends on the type of model or throughput that you use:
    ///
    /// - If you use a base model, specify the model ID or its ARN. For a list of model IDs for base models, see [Amazon Bedrock base model IDs (on-demand throughput)](https://docs.aws.amazon.com/bedrock/latest/userguide/model-ids.html#model-ids-arns) in the Amazon Bedrock User Guide.
    ///
    /// - If you use an inference profile, specify the inference profile ID or its ARN. For a list of inference profile IDs, see [Supported Regions and models for cross-region inference](https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference-support.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a provisioned model, specify the ARN of the Provisioned Throughput. For more information, see [Run inference using a Provisioned Throughput](https://docs.aws.amazon.com/bedrock/latest/userguide/prov-thru-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use a custom model, specify the ARN of the custom model deployment (for on-demand inference) or the ARN of your provisioned model (for Provisioned Throughput). For more information, see [Use a custom model in Amazon Bedrock](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-use.html) in the Amazon Bedrock User Guide.
    ///
    /// - If you use an [imported model](https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-import-model.html), specify the ARN of the imported model. You can get the model ARN from a successful call to [CreateModelImportJob](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelImportJob.html) or from the Imported models page in the Amazon Bedrock console.
    pub model_id: String,
    /// Specifies whether to enable or disable the Bedrock trace. If enabled, you can see the full Bedrock trace.
    pub trace: Option<Trace>,
    /// The unique identifier of the guardrail that you want to use. If you don't provide a value, no guardrail is applied to the invocation.
    ///
    /// An error is thrown in the following situations.
    ///
    /// - You don't provide a guardrail identifier but you specify the `amazon-bedrock-guardrailConfig` field in the request body.
    ///
    /// - You enable the guardrail but the `contentType` isn't `application/json`.
    ///
    /// - You provide a guardrail identifier, but `guardrailVersion` isn't specified.
    pub guardrail_identifier: Option<String>,
    /// The version number for the guardrail. The value can also be `DRAFT`.
    pub guardrail_version: Option<String>,
    /// Model performance settings for the request.
    pub performance_config_latency: Option<PerformanceConfigLatency>,
    /// Specifies the processing tier type used for serving the request.
    pub service_tier: Option<ServiceTierType>,
    /// Key-value pairs that you can use to filter invocation logs.
    pub request_metadata: Option<String>,
}
rt::structure!(
    InvokeModelWithResponseStreamInput, INVOKE_MODEL_WITH_RESPONSE_STREAM_INPUT, [body,
    content_type, accept, model_id, trace, guardrail_identifier, guardrail_version,
    performance_config_latency, service_tier, request_metadata]
);
#[derive(Default)]
pub struct InvokeModelWithResponseStreamOutput {
    /// Inference response from the model in the format specified by the `contentType` header. To see the format and content of this field for different models, refer to [Inference parameters](https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html).
    pub body: rt::EventStream<ResponseStream>,
    /// The MIME type of the inference result.
    pub content_type: String,
    /// Model performance settings for the request.
    pub performance_config_latency: Option<PerformanceConfigLatency>,
    /// Specifies the processing tier type used for serving the request.
    pub service_tier: Option<ServiceTierType>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    InvokeModelWithResponseStreamOutput, INVOKE_MODEL_WITH_RESPONSE_STREAM_OUTPUT, [body,
    content_type, performance_config_latency, service_tier], meta = response_metadata
);
/// JSON schema structured output format options.
#[derive(Clone, Default, PartialEq)]
pub struct JsonSchemaDefinition {
    /// The JSON schema to constrain the model's output. For more information, see [JSON Schema Reference](https://json-schema.org/understanding-json-schema/reference).
    pub schema: String,
    /// The name of the JSON schema.
    pub name: Option<String>,
    /// A description of the JSON schema.
    pub description: Option<String>,
}
rt::structure!(
    JsonSchemaDefinition, JSON_SCHEMA_DEFINITION, [schema, name, description]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAsyncInvokesInput {
    /// Include invocations submitted after this time.
    pub submit_time_after: Option<rt::DateTime>,
    /// Include invocations submitted before this time.
    pub submit_time_before: Option<rt::DateTime>,
    /// Filter invocations by status.
    pub status_equals: Option<AsyncInvokeStatus>,
    /// The maximum number of invocations to return in one page of results.
    pub max_results: Option<i32>,
    /// Specify the pagination token from a previous request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// How to sort the response.
    pub sort_by: Option<SortAsyncInvocationBy>,
    /// The sorting order for the response.
    pub sort_order: Option<SortOrder>,
}
rt::structure!(
    ListAsyncInvokesInput, LIST_ASYNC_INVOKES_INPUT, [submit_time_after,
    submit_time_before, status_equals, max_results, next_token, sort_by, sort_order]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListAsyncInvokesOutput {
    /// Specify the pagination token from a previous request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// A list of invocation summaries.
    pub async_invoke_summaries: Option<Vec<AsyncInvokeSummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListAsyncInvokesOutput, LIST_ASYNC_INVOKES_OUTPUT, [next_token,
    async_invoke_summaries], meta = response_metadata
);
/// A message input, or returned from, a call to [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) or [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html).
#[derive(Clone, Default, PartialEq)]
pub struct Message {
    /// The role that the message plays in the message.
    pub role: ConversationRole,
    /// The message content. Note the following restrictions:
    ///
    /// - You can include up to 20 images. Each image's size, height, and width must be no more than 3.75 MB, 8000 px, and 8000 px, respectively.
    ///
    /// - You can include up to five documents. Each document's size must be no more than 4.5 MB.
    ///
    /// - If you include a `ContentBlock` with a `document` field in the array, you must also include a `ContentBlock` with a `text` field.
    ///
    /// - You can only include images and documents if the `role` is `user`.
    pub content: Vec<ContentBlock>,
}
rt::structure!(Message, MESSAGE, [role, content]);
/// The start of a message.
#[derive(Clone, Default, PartialEq)]
pub struct MessageStartEvent {
    /// The role for the message.
    pub role: ConversationRole,
}
rt::structure!(MessageStartEvent, MESSAGE_START_EVENT, [role]);
/// The stop event for a message.
#[derive(Clone, Default, PartialEq)]
pub struct MessageStopEvent {
    /// The reason why the model stopped generating output.
    pub stop_reason: StopReason,
    /// The additional model response fields.
    pub additional_model_response_fields: Option<rt::Document>,
}
rt::structure!(
    MessageStopEvent, MESSAGE_STOP_EVENT, [stop_reason, additional_model_response_fields]
);
/// The request failed due to an error while processing the model.
#[derive(Clone, Default, PartialEq)]
pub struct ModelErrorException {
    pub message: Option<String>,
    /// The original status code.
    pub original_status_code: Option<i32>,
    /// The resource name.
    pub resource_name: Option<String>,
}
rt::structure!(
    ModelErrorException, MODEL_ERROR_EXCEPTION, [message, original_status_code,
    resource_name]
);
#[derive(Clone, Default, PartialEq)]
pub struct ModelInputPayload {}
rt::structure!(ModelInputPayload, MODEL_INPUT_PAYLOAD, []);
/// The model specified in the request is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see [Retry behavior](https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) in the *AWS SDKs and Tools* reference guide.
#[derive(Clone, Default, PartialEq)]
pub struct ModelNotReadyException {
    pub message: Option<String>,
}
rt::structure!(ModelNotReadyException, MODEL_NOT_READY_EXCEPTION, [message]);
/// An error occurred while streaming the response. Retry your request.
#[derive(Clone, Default, PartialEq)]
pub struct ModelStreamErrorException {
    pub message: Option<String>,
    /// The original status code.
    pub original_status_code: Option<i32>,
    /// The original message.
    pub original_message: Option<String>,
}
rt::structure!(
    ModelStreamErrorException, MODEL_STREAM_ERROR_EXCEPTION, [message,
    original_status_code, original_message]
);
/// The request took too long to process. Processing time exceeded the model timeout length.
#[derive(Clone, Default, PartialEq)]
pub struct ModelTimeoutException {
    pub message: Option<String>,
}
rt::structure!(ModelTimeoutException, MODEL_TIMEOUT_EXCEPTION, [message]);
/// Output configuration for a model response in a call to [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) or [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html).
#[derive(Clone, Default, PartialEq)]
pub struct OutputConfig {
    /// Structured output parameters to control the model's text response.
    pub text_format: Option<OutputFormat>,
    /// The effort level for the model to use when generating a response. Higher effort levels allow the model to spend more time reasoning before responding. Supported values are `low`, `medium`, `high`, `xhigh`, and `max`.
    ///
    /// When extended thinking is disabled, the effort level is capped at `high`. Use effort `high` or below, or enable thinking to use higher effort levels.
    pub effort: Option<String>,
}
rt::structure!(OutputConfig, OUTPUT_CONFIG, [text_format, effort]);
/// Structured output parameters to control the model's response.
#[derive(Clone, Default, PartialEq)]
pub struct OutputFormat {
    /// The type of structured output format.
    pub r#type: OutputFormatType,
    /// The structure that the model's output must adhere to.
    pub structure: OutputFormatStructure,
}
rt::structure!(OutputFormat, OUTPUT_FORMAT, [r#type, structure]);
/// The structure that the model's output must adhere to.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum OutputFormatStructure {
    /// A JSON schema structure that the model's output must adhere to.
    JsonSchema(JsonSchemaDefinition),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(OutputFormatStructure, OUTPUT_FORMAT_STRUCTURE, [JsonSchema]);
/// The type of structured output format. Available options are: json\_schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormatType {
    /// `json_schema`
    JsonSchema,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OutputFormatType, { JsonSchema => "json_schema" });
/// Payload content included in the response.
#[derive(Clone, Default, PartialEq)]
pub struct PayloadPart {
    /// Base64-encoded bytes of payload data.
    pub bytes: Option<Vec<u8>>,
}
rt::structure!(PayloadPart, PAYLOAD_PART, [bytes]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PerformanceConfigLatency {
    /// `standard`
    Standard,
    /// `optimized`
    Optimized,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    PerformanceConfigLatency, { Standard => "standard", Optimized => "optimized" }
);
/// Performance settings for a model.
#[derive(Clone, Default, PartialEq)]
pub struct PerformanceConfiguration {
    /// To use a latency-optimized version of the model, set to `optimized`.
    pub latency: Option<PerformanceConfigLatency>,
}
rt::structure!(PerformanceConfiguration, PERFORMANCE_CONFIGURATION, [latency]);
/// A prompt router trace.
#[derive(Clone, Default, PartialEq)]
pub struct PromptRouterTrace {
    /// The ID of the invoked model.
    pub invoked_model_id: Option<String>,
}
rt::structure!(PromptRouterTrace, PROMPT_ROUTER_TRACE, [invoked_model_id]);
/// Contains a map of variables in a prompt from Prompt management to an object containing the values to fill in for them when running model invocation. For more information, see [How Prompt management works](https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-management-how.html).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum PromptVariableValues {
    /// The text value that the variable maps to.
    Text(String),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(PromptVariableValues, PROMPT_VARIABLE_VALUES, [Text]);
/// Contains content regarding the reasoning that is carried out by the model with respect to the content in the content block. Reasoning refers to a Chain of Thought (CoT) that the model generates to enhance the accuracy of its final response.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ReasoningContentBlock {
    /// The reasoning that the model used to return the output.
    ReasoningText(ReasoningTextBlock),
    /// The content in the reasoning that was encrypted by the model provider for safety reasons. The encryption doesn't affect the quality of responses.
    RedactedContent(Vec<u8>),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ReasoningContentBlock, REASONING_CONTENT_BLOCK, [ReasoningText, RedactedContent]
);
/// Contains content regarding the reasoning that is carried out by the model with respect to the content in the content block. Reasoning refers to a Chain of Thought (CoT) that the model generates to enhance the accuracy of its final response.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ReasoningContentBlockDelta {
    /// The reasoning that the model used to return the output.
    Text(String),
    /// The content in the reasoning that was encrypted by the model provider for safety reasons. The encryption doesn't affect the quality of responses.
    RedactedContent(Vec<u8>),
    /// A token that verifies that the reasoning text was generated by the model. If you pass a reasoning block back to the API in a multi-turn conversation, include the text and its signature unmodified.
    Signature(String),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ReasoningContentBlockDelta, REASONING_CONTENT_BLOCK_DELTA, [Text, RedactedContent,
    Signature]
);
/// Contains the reasoning that the model used to return the output.
#[derive(Clone, Default, PartialEq)]
pub struct ReasoningTextBlock {
    /// The reasoning that the model used to return the output.
    pub text: String,
    /// A token that verifies that the reasoning text was generated by the model. If you pass a reasoning block back to the API in a multi-turn conversation, include the text and its signature unmodified.
    pub signature: Option<String>,
}
rt::structure!(ReasoningTextBlock, REASONING_TEXT_BLOCK, [text, signature]);
/// The specified resource ARN was not found. For troubleshooting this error, see [ResourceNotFound](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-resource-not-found) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// Definition of content in the response stream.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ResponseStream {
    /// Content included in the response.
    Chunk(PayloadPart),
    /// An internal server error occurred. Retry your request.
    InternalServerException(InternalServerException),
    /// An error occurred while streaming the response. Retry your request.
    ModelStreamErrorException(ModelStreamErrorException),
    /// Input validation failed. Check your request parameters and retry the request.
    ValidationException(ValidationException),
    /// Your request was throttled because of service-wide limitations. Resubmit your request later or in a different region. You can also purchase [Provisioned Throughput](https://docs.aws.amazon.com/bedrock/latest/userguide/prov-throughput.html) to increase the rate or number of tokens you can process.
    ThrottlingException(ThrottlingException),
    /// The request took too long to process. Processing time exceeded the model timeout length.
    ModelTimeoutException(ModelTimeoutException),
    /// The service isn't available. Try again later.
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ResponseStream, RESPONSE_STREAM, [Chunk, InternalServerException,
    ModelStreamErrorException, ValidationException, ThrottlingException,
    ModelTimeoutException, ServiceUnavailableException]
);
/// A storage location in an Amazon S3 bucket.
#[derive(Clone, Default, PartialEq)]
pub struct S3Location {
    /// An object URI starting with `s3://`.
    pub uri: String,
    /// If the bucket belongs to another AWS account, specify that account's ID.
    pub bucket_owner: Option<String>,
}
rt::structure!(S3Location, S3_LOCATION, [uri, bucket_owner]);
/// A search result block that enables natural citations with proper source attribution for retrieved content.
///
/// This field is only supported by Anthropic Claude Opus 4.1, Opus 4, Sonnet 4.5, Sonnet 4, Sonnet 3.7, and 3.5 Haiku models.
#[derive(Clone, Default, PartialEq)]
pub struct SearchResultBlock {
    /// The source URL or identifier for the content.
    pub source: String,
    /// A descriptive title for the search result.
    pub title: String,
    /// An array of search result content block.
    pub content: Vec<SearchResultContentBlock>,
    /// Configuration setting for citations
    pub citations: Option<CitationsConfig>,
}
rt::structure!(
    SearchResultBlock, SEARCH_RESULT_BLOCK, [source, title, content, citations]
);
/// A block within a search result that contains the content.
#[derive(Clone, Default, PartialEq)]
pub struct SearchResultContentBlock {
    /// The actual text content
    pub text: String,
}
rt::structure!(SearchResultContentBlock, SEARCH_RESULT_CONTENT_BLOCK, [text]);
/// Specifies a search result location within the content array, providing positioning information for cited content using search result index and block positions.
#[derive(Clone, Default, PartialEq)]
pub struct SearchResultLocation {
    /// The index of the search result content block where the cited content is found.
    pub search_result_index: Option<i32>,
    /// The starting position in the content array where the cited content begins.
    pub start: Option<i32>,
    /// The ending position in the content array where the cited content ends.
    pub end: Option<i32>,
}
rt::structure!(
    SearchResultLocation, SEARCH_RESULT_LOCATION, [search_result_index, start, end]
);
/// Your request exceeds the service quota for your account. You can view your quotas at [Viewing service quotas](https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html). You can resubmit your request later.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {
    pub message: Option<String>,
}
rt::structure!(
    ServiceQuotaExceededException, SERVICE_QUOTA_EXCEEDED_EXCEPTION, [message]
);
/// Specifies the processing tier configuration used for serving the request.
#[derive(Clone, Default, PartialEq)]
pub struct ServiceTier {
    /// Specifies the processing tier type used for serving the request.
    pub r#type: ServiceTierType,
}
rt::structure!(ServiceTier, SERVICE_TIER, [r#type]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceTierType {
    /// `priority`
    Priority,
    /// `default`
    Default,
    /// `flex`
    Flex,
    /// `reserved`
    Reserved,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ServiceTierType, { Priority => "priority", Default => "default", Flex => "flex",
    Reserved => "reserved" }
);
/// The service isn't currently available. For troubleshooting this error, see [ServiceUnavailable](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-service-unavailable) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct ServiceUnavailableException {
    pub message: Option<String>,
}
rt::structure!(ServiceUnavailableException, SERVICE_UNAVAILABLE_EXCEPTION, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortAsyncInvocationBy {
    /// `SubmissionTime`
    SubmissionTime,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SortAsyncInvocationBy, { SubmissionTime => "SubmissionTime" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortOrder {
    /// `Ascending`
    Ascending,
    /// `Descending`
    Descending,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SortOrder, { Ascending => "Ascending", Descending => "Descending" });
/// The model must request a specific tool. For example, `{"tool" : {"name" : "Your tool name"}}`. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide
///
/// This field is only supported by Anthropic Claude 3 models.
#[derive(Clone, Default, PartialEq)]
pub struct SpecificToolChoice {
    /// The name of the tool that the model must request.
    pub name: String,
}
rt::structure!(SpecificToolChoice, SPECIFIC_TOOL_CHOICE, [name]);
#[derive(Clone, Default, PartialEq)]
pub struct StartAsyncInvokeInput {
    /// Specify idempotency token to ensure that requests are not duplicated.
    pub client_request_token: Option<String>,
    /// The model to invoke.
    pub model_id: String,
    /// Input to send to the model.
    pub model_input: rt::Document,
    /// Where to store the output.
    pub output_data_config: AsyncInvokeOutputDataConfig,
    /// Tags to apply to the invocation.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(
    StartAsyncInvokeInput, START_ASYNC_INVOKE_INPUT, [client_request_token, model_id,
    model_input, output_data_config, tags]
);
#[derive(Clone, Default, PartialEq)]
pub struct StartAsyncInvokeOutput {
    /// The ARN of the invocation.
    pub invocation_arn: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    StartAsyncInvokeOutput, START_ASYNC_INVOKE_OUTPUT, [invocation_arn], meta =
    response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopReason {
    /// `end_turn`
    EndTurn,
    /// `tool_use`
    ToolUse,
    /// `max_tokens`
    MaxTokens,
    /// `stop_sequence`
    StopSequence,
    /// `guardrail_intervened`
    GuardrailIntervened,
    /// `content_filtered`
    ContentFiltered,
    /// `malformed_model_output`
    MalformedModelOutput,
    /// `malformed_tool_use`
    MalformedToolUse,
    /// `model_context_window_exceeded`
    ModelContextWindowExceeded,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StopReason, { EndTurn => "end_turn", ToolUse => "tool_use", MaxTokens =>
    "max_tokens", StopSequence => "stop_sequence", GuardrailIntervened =>
    "guardrail_intervened", ContentFiltered => "content_filtered", MalformedModelOutput
    => "malformed_model_output", MalformedToolUse => "malformed_tool_use",
    ModelContextWindowExceeded => "model_context_window_exceeded" }
);
/// Contains configurations for instructions to provide the model for how to handle input. To learn more, see [Using the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-call.html).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SystemContentBlock {
    /// A system prompt for the model.
    Text(String),
    /// A content block to assess with the guardrail. Use with the [Converse](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html) or [ConverseStream](https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html) API operations.
    ///
    /// For more information, see *Use a guardrail with the Converse API* in the *Amazon Bedrock User Guide*.
    GuardContent(GuardrailConverseContentBlock),
    /// CachePoint to include in the system prompt.
    CachePoint(CachePointBlock),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(SystemContentBlock, SYSTEM_CONTENT_BLOCK, [Text, GuardContent, CachePoint]);
/// Specifies a system-defined tool for the model to use. *System-defined tools* are tools that are created and provided by the model provider.
#[derive(Clone, Default, PartialEq)]
pub struct SystemTool {
    /// The name of the system-defined tool that you want to call.
    pub name: String,
}
rt::structure!(SystemTool, SYSTEM_TOOL, [name]);
/// A tag.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The tag's key.
    pub key: String,
    /// The tag's value.
    pub value: String,
}
rt::structure!(Tag, TAG, [key, value]);
/// Your request was denied due to exceeding the account quotas for *Amazon Bedrock*. For troubleshooting this error, see [ThrottlingException](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-throttling-exception) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingException {
    pub message: Option<String>,
}
rt::structure!(ThrottlingException, THROTTLING_EXCEPTION, [message]);
/// The tokens used in a message API inference call.
#[derive(Clone, Default, PartialEq)]
pub struct TokenUsage {
    /// The number of tokens sent in the request to the model.
    pub input_tokens: i32,
    /// The number of tokens that the model generated for the request.
    pub output_tokens: i32,
    /// The total of input tokens and tokens generated by the model.
    pub total_tokens: i32,
    /// The number of input tokens read from the cache for the request.
    pub cache_read_input_tokens: Option<i32>,
    /// The number of input tokens written to the cache for the request.
    pub cache_write_input_tokens: Option<i32>,
    /// Detailed breakdown of cache writes by TTL. Empty if no cache creation occurred. Sorted by TTL duration (1h before 5m).
    pub cache_details: Option<Vec<CacheDetail>>,
}
rt::structure!(
    TokenUsage, TOKEN_USAGE, [input_tokens, output_tokens, total_tokens,
    cache_read_input_tokens, cache_write_input_tokens, cache_details]
);
/// Information about a tool that you can use with the Converse API. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum Tool {
    /// The specfication for the tool.
    ToolSpec(ToolSpecification),
    /// Specifies the system-defined tool that you want use.
    SystemTool(SystemTool),
    /// CachePoint to include in the tool configuration.
    CachePoint(CachePointBlock),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(Tool, TOOL, [ToolSpec, SystemTool, CachePoint]);
/// A content block for adding a tool to the available tool set mid-conversation. Each block references a single tool via its `tool` field. Use within a `system` role message to make a tool available without re-sending the full tool configuration.
#[derive(Clone, Default, PartialEq)]
pub struct ToolAdditionBlock {
    /// A reference to the tool to add to the available tool set.
    pub tool: ToolReference,
}
rt::structure!(ToolAdditionBlock, TOOL_ADDITION_BLOCK, [tool]);
/// Determines which tools the model should request in a call to `Converse` or `ConverseStream`. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ToolChoice {
    /// (Default). The Model automatically decides if a tool should be called or whether to generate text instead.
    Auto(AutoToolChoice),
    /// The model must request at least one tool (no text is generated).
    Any(AnyToolChoice),
    /// The Model must request the specified tool. Only supported by Anthropic Claude 3 and Amazon Nova models.
    Tool(SpecificToolChoice),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ToolChoice, TOOL_CHOICE, [Auto, Any, Tool]);
/// Configuration information for the tools that you pass to a model. For more information, see [Tool use (function calling)](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct ToolConfiguration {
    /// An array of tools that you want to pass to a model.
    pub tools: Vec<Tool>,
    /// If supported by model, forces the model to request a tool.
    pub tool_choice: Option<ToolChoice>,
}
rt::structure!(ToolConfiguration, TOOL_CONFIGURATION, [tools, tool_choice]);
/// The schema for the tool. The top level schema type must be `object`. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ToolInputSchema {
    /// The JSON schema for the tool. For more information, see [JSON Schema Reference](https://json-schema.org/understanding-json-schema/reference).
    Json(rt::Document),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ToolInputSchema, TOOL_INPUT_SCHEMA, [Json]);
/// A reference to a tool in the tool configuration. Used with `ToolAdditionBlock` and `ToolRemovalBlock` to identify which tool to add or remove mid-conversation.
#[derive(Clone, Default, PartialEq)]
pub struct ToolReference {
    /// The type of tool reference.
    pub r#type: Option<String>,
    /// The name of the tool. Must match the name of a tool declared in the top-level tool configuration.
    pub name: Option<String>,
    /// The name of the MCP server that provides the tool. Required when referencing an MCP tool.
    pub server_name: Option<String>,
}
rt::structure!(ToolReference, TOOL_REFERENCE, [r#type, name, server_name]);
/// A content block for removing a tool from the available tool set mid-conversation. Each block references a single tool via its `tool` field. Use within a `system` role message to remove a tool without re-sending the full tool configuration.
#[derive(Clone, Default, PartialEq)]
pub struct ToolRemovalBlock {
    /// A reference to the tool to remove from the available tool set.
    pub tool: ToolReference,
}
rt::structure!(ToolRemovalBlock, TOOL_REMOVAL_BLOCK, [tool]);
/// A tool result block that contains the results for a tool request that the model previously made. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct ToolResultBlock {
    /// The ID of the tool request that this is the result for.
    pub tool_use_id: String,
    /// The content for tool result content block.
    pub content: Vec<ToolResultContentBlock>,
    /// The status for the tool result content block.
    ///
    /// This field is only supported by Amazon Nova and Anthropic Claude 3 and 4 models.
    pub status: Option<ToolResultStatus>,
    /// The type for the tool result content block.
    pub r#type: Option<String>,
}
rt::structure!(
    ToolResultBlock, TOOL_RESULT_BLOCK, [tool_use_id, content, status, r#type]
);
/// Contains incremental updates to tool results information during streaming responses. This allows clients to build up tool results data progressively as the response is generated.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ToolResultBlockDelta {
    /// The reasoning the model used to return the output.
    Text(String),
    /// The JSON schema for the tool result content block. see [JSON Schema Reference](https://json-schema.org/understanding-json-schema/reference).
    Json(rt::Document),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(ToolResultBlockDelta, TOOL_RESULT_BLOCK_DELTA, [Text, Json]);
/// The start of a tool result block. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct ToolResultBlockStart {
    /// The ID of the tool that was used to generate this tool result block.
    pub tool_use_id: String,
    /// The type for the tool that was used to generate this tool result block.
    pub r#type: Option<String>,
    /// The status of the tool result block.
    pub status: Option<ToolResultStatus>,
}
rt::structure!(
    ToolResultBlockStart, TOOL_RESULT_BLOCK_START, [tool_use_id, r#type, status]
);
/// The tool result content block. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ToolResultContentBlock {
    /// A tool result that is JSON format data.
    Json(rt::Document),
    /// A tool result that is text.
    Text(String),
    /// A tool result that is an image.
    ///
    /// This field is only supported by Amazon Nova and Anthropic Claude 3 and 4 models.
    Image(ImageBlock),
    /// A tool result that is a document.
    Document(DocumentBlock),
    /// A tool result that is video.
    Video(VideoBlock),
    /// A tool result that is a search result.
    SearchResult(SearchResultBlock),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    ToolResultContentBlock, TOOL_RESULT_CONTENT_BLOCK, [Json, Text, Image, Document,
    Video, SearchResult]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToolResultStatus {
    /// `success`
    Success,
    /// `error`
    Error,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ToolResultStatus, { Success => "success", Error => "error" });
/// The specification for the tool. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct ToolSpecification {
    /// The name for the tool.
    pub name: String,
    /// The description for the tool.
    pub description: Option<String>,
    /// The input schema for the tool in JSON format.
    pub input_schema: ToolInputSchema,
    /// Flag to enable structured output enforcement on a tool usage response.
    pub strict: Option<bool>,
}
rt::structure!(
    ToolSpecification, TOOL_SPECIFICATION, [name, description, input_schema, strict]
);
/// A tool use content block. Contains information about a tool that the model is requesting be run., The model uses the result from the tool to generate a response. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct ToolUseBlock {
    /// The ID for the tool request.
    pub tool_use_id: String,
    /// The name of the tool that the model wants to use.
    pub name: String,
    /// The input to pass to the tool.
    pub input: rt::Document,
    /// The type for the tool request.
    pub r#type: Option<ToolUseType>,
}
rt::structure!(ToolUseBlock, TOOL_USE_BLOCK, [tool_use_id, name, input, r#type]);
/// The delta for a tool use block.
#[derive(Clone, Default, PartialEq)]
pub struct ToolUseBlockDelta {
    /// The input for a requested tool.
    pub input: String,
}
rt::structure!(ToolUseBlockDelta, TOOL_USE_BLOCK_DELTA, [input]);
/// The start of a tool use block. For more information, see [Call a tool with the Converse API](https://docs.aws.amazon.com/bedrock/latest/userguide/tool-use.html) in the Amazon Bedrock User Guide.
#[derive(Clone, Default, PartialEq)]
pub struct ToolUseBlockStart {
    /// The ID for the tool request.
    pub tool_use_id: String,
    /// The name of the tool that the model is requesting to use.
    pub name: String,
    /// The type for the tool request.
    pub r#type: Option<ToolUseType>,
}
rt::structure!(ToolUseBlockStart, TOOL_USE_BLOCK_START, [tool_use_id, name, r#type]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToolUseType {
    /// `server_tool_use`
    ServerToolUse,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ToolUseType, { ServerToolUse => "server_tool_use" });
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Trace {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `ENABLED_FULL`
    EnabledFull,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Trace, { Enabled => "ENABLED", Disabled => "DISABLED", EnabledFull => "ENABLED_FULL"
    }
);
/// The input fails to satisfy the constraints specified by *Amazon Bedrock*. For troubleshooting this error, see [ValidationError](https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html#ts-validation-error) in the Amazon Bedrock User Guide
#[derive(Clone, Default, PartialEq)]
pub struct ValidationException {
    pub message: Option<String>,
}
rt::structure!(ValidationException, VALIDATION_EXCEPTION, [message]);
/// A video block.
#[derive(Clone, Default, PartialEq)]
pub struct VideoBlock {
    /// The block's format.
    pub format: VideoFormat,
    /// The block's source.
    pub source: VideoSource,
}
rt::structure!(VideoBlock, VIDEO_BLOCK, [format, source]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoFormat {
    /// `mkv`
    Mkv,
    /// `mov`
    Mov,
    /// `mp4`
    Mp4,
    /// `webm`
    Webm,
    /// `flv`
    Flv,
    /// `mpeg`
    Mpeg,
    /// `mpg`
    Mpg,
    /// `wmv`
    Wmv,
    /// `three_gp`
    ThreeGp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    VideoFormat, { Mkv => "mkv", Mov => "mov", Mp4 => "mp4", Webm => "webm", Flv =>
    "flv", Mpeg => "mpeg", Mpg => "mpg", Wmv => "wmv", ThreeGp => "three_gp" }
);
/// A video source. You can upload a smaller video as a base64-encoded string as long as the encoded file is less than 25MB. You can also transfer videos up to 1GB in size from an S3 bucket.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum VideoSource {
    /// Video content encoded in base64.
    Bytes(Vec<u8>),
    /// The location of a video object in an Amazon S3 bucket. To see which models support S3 uploads, see [Supported models and features for Converse](https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html).
    S3Location(S3Location),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(VideoSource, VIDEO_SOURCE, [Bytes, S3Location]);
/// Provides the URL and domain information for the website that was cited when performing a web search.
#[derive(Clone, Default, PartialEq)]
pub struct WebLocation {
    /// The URL that was cited when performing a web search.
    pub url: Option<String>,
    /// The domain that was cited when performing a web search.
    pub domain: Option<String>,
}
rt::structure!(WebLocation, WEB_LOCATION, [url, domain]);

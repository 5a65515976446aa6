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
    service_id: "Bedrock Runtime",
    endpoint_prefix: "bedrock-runtime",
    signing_name: "bedrock",
    rule_set: include_str!("endpoint-rule-set.json"),
    ..Service::new("bedrock-runtime", "2023-09-30", Protocol::RestJson)
};
pub static ACCESS_DENIED_EXCEPTION: Schema = Schema::structure(
        "AccessDeniedException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("AccessDeniedException", 403u16);
pub static ANY_TOOL_CHOICE: Schema = Schema::structure("AnyToolChoice", &[]);
pub static APPLIED_GUARDRAIL_DETAILS: Schema = Schema::structure(
    "AppliedGuardrailDetails",
    &[
        Member::new("guardrailId", &p::STRING),
        Member::new("guardrailVersion", &p::STRING),
        Member::new("guardrailArn", &p::STRING),
        Member::new("guardrailOrigin", &GUARDRAIL_ORIGIN_LIST),
        Member::new("guardrailOwnership", &p::STRING),
    ],
);
pub static APPLY_GUARDRAIL_INPUT: Schema = Schema::structure(
    "ApplyGuardrailRequest",
    &[
        Member::new("guardrailIdentifier", &p::STRING)
            .at(Uri, "guardrailIdentifier")
            .with(f::REQUIRED),
        Member::new("guardrailVersion", &p::STRING)
            .at(Uri, "guardrailVersion")
            .with(f::REQUIRED),
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("content", &GUARDRAIL_CONTENT_BLOCK_LIST).with(f::REQUIRED),
        Member::new("outputScope", &p::STRING),
    ],
);
pub static APPLY_GUARDRAIL_OUTPUT: Schema = Schema::structure(
    "ApplyGuardrailResponse",
    &[
        Member::new("usage", &GUARDRAIL_USAGE).with(f::REQUIRED),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("actionReason", &p::STRING),
        Member::new("outputs", &GUARDRAIL_OUTPUT_CONTENT_LIST).with(f::REQUIRED),
        Member::new("assessments", &GUARDRAIL_ASSESSMENT_LIST).with(f::REQUIRED),
        Member::new("guardrailCoverage", &GUARDRAIL_COVERAGE),
    ],
);
pub static ASYNC_INVOKE_MESSAGE: Schema = Schema::scalar(
        "AsyncInvokeMessage",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static ASYNC_INVOKE_OUTPUT_DATA_CONFIG: Schema = Schema::union(
    "AsyncInvokeOutputDataConfig",
    &[Member::new("s3OutputDataConfig", &ASYNC_INVOKE_S3_OUTPUT_DATA_CONFIG)],
);
pub static ASYNC_INVOKE_S3_OUTPUT_DATA_CONFIG: Schema = Schema::structure(
    "AsyncInvokeS3OutputDataConfig",
    &[
        Member::new("s3Uri", &p::STRING).with(f::REQUIRED),
        Member::new("kmsKeyId", &p::STRING),
        Member::new("bucketOwner", &p::STRING),
    ],
);
pub static ASYNC_INVOKE_SUMMARIES: Schema = Schema::list(
    "AsyncInvokeSummaries",
    &[Member::new("member", &ASYNC_INVOKE_SUMMARY)],
);
pub static ASYNC_INVOKE_SUMMARY: Schema = Schema::structure(
    "AsyncInvokeSummary",
    &[
        Member::new("invocationArn", &p::STRING).with(f::REQUIRED),
        Member::new("modelArn", &p::STRING).with(f::REQUIRED),
        Member::new("clientRequestToken", &p::STRING),
        Member::new("status", &p::STRING),
        Member::new("failureMessage", &ASYNC_INVOKE_MESSAGE),
        Member::new("submitTime", &TIMESTAMP).with(f::REQUIRED),
        Member::new("lastModifiedTime", &TIMESTAMP),
        Member::new("endTime", &TIMESTAMP),
        Member::new("outputDataConfig", &ASYNC_INVOKE_OUTPUT_DATA_CONFIG)
            .with(f::REQUIRED),
    ],
);
pub static AUDIO_BLOCK: Schema = Schema::structure(
    "AudioBlock",
    &[
        Member::new("format", &p::STRING).with(f::REQUIRED),
        Member::new("source", &AUDIO_SOURCE).with(f::REQUIRED),
        Member::new("error", &ERROR_BLOCK),
    ],
);
pub static AUDIO_SOURCE: Schema = Schema::union(
        "AudioSource",
        &[Member::new("bytes", &p::BLOB), Member::new("s3Location", &S3_LOCATION)],
    )
    .with(f::SENSITIVE);
pub static AUTO_TOOL_CHOICE: Schema = Schema::structure("AutoToolChoice", &[]);
pub static BIDIRECTIONAL_INPUT_PAYLOAD_PART: Schema = Schema::structure(
        "BidirectionalInputPayloadPart",
        &[Member::new("bytes", &PART_BODY)],
    )
    .with(f::SENSITIVE);
pub static BIDIRECTIONAL_OUTPUT_PAYLOAD_PART: Schema = Schema::structure(
        "BidirectionalOutputPayloadPart",
        &[Member::new("bytes", &PART_BODY)],
    )
    .with(f::SENSITIVE);
pub static BODY: Schema = Schema::scalar("Body", Kind::Blob).with(f::SENSITIVE);
pub static CACHE_DETAIL: Schema = Schema::structure(
    "CacheDetail",
    &[
        Member::new("ttl", &p::STRING).with(f::REQUIRED),
        Member::new("inputTokens", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static CACHE_DETAILS_LIST: Schema = Schema::list(
    "CacheDetailsList",
    &[Member::new("member", &CACHE_DETAIL)],
);
pub static CACHE_POINT_BLOCK: Schema = Schema::structure(
    "CachePointBlock",
    &[Member::new("type", &p::STRING).with(f::REQUIRED), Member::new("ttl", &p::STRING)],
);
pub static CITATION: Schema = Schema::structure(
    "Citation",
    &[
        Member::new("title", &p::STRING),
        Member::new("source", &p::STRING),
        Member::new("sourceContent", &CITATION_SOURCE_CONTENT_LIST),
        Member::new("location", &CITATION_LOCATION),
    ],
);
pub static CITATION_GENERATED_CONTENT: Schema = Schema::union(
    "CitationGeneratedContent",
    &[Member::new("text", &p::STRING)],
);
pub static CITATION_GENERATED_CONTENT_LIST: Schema = Schema::list(
    "CitationGeneratedContentList",
    &[Member::new("member", &CITATION_GENERATED_CONTENT)],
);
pub static CITATION_LOCATION: Schema = Schema::union(
    "CitationLocation",
    &[
        Member::new("web", &WEB_LOCATION),
        Member::new("documentChar", &DOCUMENT_CHAR_LOCATION),
        Member::new("documentPage", &DOCUMENT_PAGE_LOCATION),
        Member::new("documentChunk", &DOCUMENT_CHUNK_LOCATION),
        Member::new("searchResultLocation", &SEARCH_RESULT_LOCATION),
    ],
);
pub static CITATION_SOURCE_CONTENT: Schema = Schema::union(
    "CitationSourceContent",
    &[Member::new("text", &p::STRING)],
);
pub static CITATION_SOURCE_CONTENT_DELTA: Schema = Schema::structure(
    "CitationSourceContentDelta",
    &[Member::new("text", &p::STRING)],
);
pub static CITATION_SOURCE_CONTENT_LIST: Schema = Schema::list(
    "CitationSourceContentList",
    &[Member::new("member", &CITATION_SOURCE_CONTENT)],
);
pub static CITATION_SOURCE_CONTENT_LIST_DELTA: Schema = Schema::list(
    "CitationSourceContentListDelta",
    &[Member::new("member", &CITATION_SOURCE_CONTENT_DELTA)],
);
pub static CITATIONS: Schema = Schema::list(
    "Citations",
    &[Member::new("member", &CITATION)],
);
pub static CITATIONS_CONFIG: Schema = Schema::structure(
    "CitationsConfig",
    &[Member::new("enabled", &p::BOOLEAN).with(f::REQUIRED)],
);
pub static CITATIONS_CONTENT_BLOCK: Schema = Schema::structure(
    "CitationsContentBlock",
    &[
        Member::new("content", &CITATION_GENERATED_CONTENT_LIST),
        Member::new("citations", &CITATIONS),
    ],
);
pub static CITATIONS_DELTA: Schema = Schema::structure(
    "CitationsDelta",
    &[
        Member::new("title", &p::STRING),
        Member::new("source", &p::STRING),
        Member::new("sourceContent", &CITATION_SOURCE_CONTENT_LIST_DELTA),
        Member::new("location", &CITATION_LOCATION),
    ],
);
pub static CONFLICT_EXCEPTION: Schema = Schema::structure(
        "ConflictException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ConflictException", 400u16);
pub static CONTENT_BLOCK: Schema = Schema::union(
    "ContentBlock",
    &[
        Member::new("text", &p::STRING),
        Member::new("image", &IMAGE_BLOCK),
        Member::new("document", &DOCUMENT_BLOCK),
        Member::new("video", &VIDEO_BLOCK),
        Member::new("audio", &AUDIO_BLOCK),
        Member::new("toolUse", &TOOL_USE_BLOCK),
        Member::new("toolResult", &TOOL_RESULT_BLOCK),
        Member::new("guardContent", &GUARDRAIL_CONVERSE_CONTENT_BLOCK),
        Member::new("cachePoint", &CACHE_POINT_BLOCK),
        Member::new("reasoningContent", &REASONING_CONTENT_BLOCK),
        Member::new("citationsContent", &CITATIONS_CONTENT_BLOCK),
        Member::new("searchResult", &SEARCH_RESULT_BLOCK),
        Member::new("toolAddition", &TOOL_ADDITION_BLOCK),
        Member::new("toolRemoval", &TOOL_REMOVAL_BLOCK),
    ],
);
pub static CONTENT_BLOCK_DELTA: Schema = Schema::union(
    "ContentBlockDelta",
    &[
        Member::new("text", &p::STRING),
        Member::new("toolUse", &TOOL_USE_BLOCK_DELTA),
        Member::new("toolResult", &TOOL_RESULT_BLOCKS_DELTA),
        Member::new("reasoningContent", &REASONING_CONTENT_BLOCK_DELTA),
        Member::new("citation", &CITATIONS_DELTA),
        Member::new("image", &IMAGE_BLOCK_DELTA),
    ],
);
pub static CONTENT_BLOCK_DELTA_EVENT: Schema = Schema::structure(
    "ContentBlockDeltaEvent",
    &[
        Member::new("delta", &CONTENT_BLOCK_DELTA).with(f::REQUIRED),
        Member::new("contentBlockIndex", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static CONTENT_BLOCK_START: Schema = Schema::union(
    "ContentBlockStart",
    &[
        Member::new("toolUse", &TOOL_USE_BLOCK_START),
        Member::new("toolResult", &TOOL_RESULT_BLOCK_START),
        Member::new("image", &IMAGE_BLOCK_START),
    ],
);
pub static CONTENT_BLOCK_START_EVENT: Schema = Schema::structure(
    "ContentBlockStartEvent",
    &[
        Member::new("start", &CONTENT_BLOCK_START).with(f::REQUIRED),
        Member::new("contentBlockIndex", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static CONTENT_BLOCK_STOP_EVENT: Schema = Schema::structure(
    "ContentBlockStopEvent",
    &[Member::new("contentBlockIndex", &p::INTEGER).with(f::REQUIRED)],
);
pub static CONTENT_BLOCKS: Schema = Schema::list(
    "ContentBlocks",
    &[Member::new("member", &CONTENT_BLOCK)],
);
pub static CONVERSE_METRICS: Schema = Schema::structure(
    "ConverseMetrics",
    &[Member::new("latencyMs", &p::LONG).with(f::REQUIRED)],
);
pub static CONVERSE_OUTPUT2: Schema = Schema::union(
    "ConverseOutput",
    &[Member::new("message", &MESSAGE)],
);
pub static CONVERSE_INPUT: Schema = Schema::structure(
    "ConverseRequest",
    &[
        Member::new("modelId", &p::STRING).at(Uri, "modelId").with(f::REQUIRED),
        Member::new("messages", &MESSAGES),
        Member::new("system", &SYSTEM_CONTENT_BLOCKS),
        Member::new("inferenceConfig", &INFERENCE_CONFIGURATION),
        Member::new("toolConfig", &TOOL_CONFIGURATION),
        Member::new("guardrailConfig", &GUARDRAIL_CONFIGURATION),
        Member::new("additionalModelRequestFields", &DOCUMENT),
        Member::new("promptVariables", &PROMPT_VARIABLE_MAP),
        Member::new(
            "additionalModelResponseFieldPaths",
            &CONVERSE_REQUEST_ADDITIONAL_MODEL_RESPONSE_FIELD_PATHS_LIST,
        ),
        Member::new("requestMetadata", &REQUEST_METADATA),
        Member::new("performanceConfig", &PERFORMANCE_CONFIGURATION),
        Member::new("serviceTier", &SERVICE_TIER),
        Member::new("outputConfig", &OUTPUT_CONFIG),
    ],
);
pub static CONVERSE_REQUEST_ADDITIONAL_MODEL_RESPONSE_FIELD_PATHS_LIST: Schema = Schema::list(
    "ConverseRequestAdditionalModelResponseFieldPathsList",
    &[Member::new("member", &p::STRING)],
);
pub static CONVERSE_OUTPUT: Schema = Schema::structure(
    "ConverseResponse",
    &[
        Member::new("output", &CONVERSE_OUTPUT2).with(f::REQUIRED),
        Member::new("stopReason", &p::STRING).with(f::REQUIRED),
        Member::new("usage", &TOKEN_USAGE).with(f::REQUIRED),
        Member::new("metrics", &CONVERSE_METRICS).with(f::REQUIRED),
        Member::new("additionalModelResponseFields", &DOCUMENT),
        Member::new("trace", &CONVERSE_TRACE),
        Member::new("performanceConfig", &PERFORMANCE_CONFIGURATION),
        Member::new("serviceTier", &SERVICE_TIER),
    ],
);
pub static CONVERSE_STREAM_METADATA_EVENT: Schema = Schema::structure(
    "ConverseStreamMetadataEvent",
    &[
        Member::new("usage", &TOKEN_USAGE).with(f::REQUIRED),
        Member::new("metrics", &CONVERSE_STREAM_METRICS).with(f::REQUIRED),
        Member::new("trace", &CONVERSE_STREAM_TRACE),
        Member::new("performanceConfig", &PERFORMANCE_CONFIGURATION),
        Member::new("serviceTier", &SERVICE_TIER),
    ],
);
pub static CONVERSE_STREAM_METRICS: Schema = Schema::structure(
    "ConverseStreamMetrics",
    &[Member::new("latencyMs", &p::LONG).with(f::REQUIRED)],
);
pub static CONVERSE_STREAM_OUTPUT2: Schema = Schema::union(
        "ConverseStreamOutput",
        &[
            Member::new("messageStart", &MESSAGE_START_EVENT),
            Member::new("contentBlockStart", &CONTENT_BLOCK_START_EVENT),
            Member::new("contentBlockDelta", &CONTENT_BLOCK_DELTA_EVENT),
            Member::new("contentBlockStop", &CONTENT_BLOCK_STOP_EVENT),
            Member::new("messageStop", &MESSAGE_STOP_EVENT),
            Member::new("metadata", &CONVERSE_STREAM_METADATA_EVENT),
            Member::new("internalServerException", &INTERNAL_SERVER_EXCEPTION),
            Member::new("modelStreamErrorException", &MODEL_STREAM_ERROR_EXCEPTION),
            Member::new("validationException", &VALIDATION_EXCEPTION),
            Member::new("throttlingException", &THROTTLING_EXCEPTION),
            Member::new("serviceUnavailableException", &SERVICE_UNAVAILABLE_EXCEPTION),
        ],
    )
    .with(f::EVENT_STREAM);
pub static CONVERSE_STREAM_INPUT: Schema = Schema::structure(
    "ConverseStreamRequest",
    &[
        Member::new("modelId", &p::STRING).at(Uri, "modelId").with(f::REQUIRED),
        Member::new("messages", &MESSAGES),
        Member::new("system", &SYSTEM_CONTENT_BLOCKS),
        Member::new("inferenceConfig", &INFERENCE_CONFIGURATION),
        Member::new("toolConfig", &TOOL_CONFIGURATION),
        Member::new("guardrailConfig", &GUARDRAIL_STREAM_CONFIGURATION),
        Member::new("additionalModelRequestFields", &DOCUMENT),
        Member::new("promptVariables", &PROMPT_VARIABLE_MAP),
        Member::new(
            "additionalModelResponseFieldPaths",
            &CONVERSE_STREAM_REQUEST_ADDITIONAL_MODEL_RESPONSE_FIELD_PATHS_LIST,
        ),
        Member::new("requestMetadata", &REQUEST_METADATA),
        Member::new("performanceConfig", &PERFORMANCE_CONFIGURATION),
        Member::new("serviceTier", &SERVICE_TIER),
        Member::new("outputConfig", &OUTPUT_CONFIG),
    ],
);
pub static CONVERSE_STREAM_REQUEST_ADDITIONAL_MODEL_RESPONSE_FIELD_PATHS_LIST: Schema = Schema::list(
    "ConverseStreamRequestAdditionalModelResponseFieldPathsList",
    &[Member::new("member", &p::STRING)],
);
pub static CONVERSE_STREAM_OUTPUT: Schema = Schema::structure(
    "ConverseStreamResponse",
    &[Member::new("stream", &CONVERSE_STREAM_OUTPUT2).with(f::PAYLOAD | f::EVENT_STREAM)],
);
pub static CONVERSE_STREAM_TRACE: Schema = Schema::structure(
    "ConverseStreamTrace",
    &[
        Member::new("guardrail", &GUARDRAIL_TRACE_ASSESSMENT),
        Member::new("promptRouter", &PROMPT_ROUTER_TRACE),
    ],
);
pub static CONVERSE_TOKENS_REQUEST: Schema = Schema::structure(
    "ConverseTokensRequest",
    &[
        Member::new("messages", &MESSAGES),
        Member::new("system", &SYSTEM_CONTENT_BLOCKS),
        Member::new("toolConfig", &TOOL_CONFIGURATION),
        Member::new("additionalModelRequestFields", &DOCUMENT),
    ],
);
pub static CONVERSE_TRACE: Schema = Schema::structure(
    "ConverseTrace",
    &[
        Member::new("guardrail", &GUARDRAIL_TRACE_ASSESSMENT),
        Member::new("promptRouter", &PROMPT_ROUTER_TRACE),
    ],
);
pub static COUNT_TOKENS_INPUT2: Schema = Schema::union(
    "CountTokensInput",
    &[
        Member::new("invokeModel", &INVOKE_MODEL_TOKENS_REQUEST),
        Member::new("converse", &CONVERSE_TOKENS_REQUEST),
    ],
);
pub static COUNT_TOKENS_INPUT: Schema = Schema::structure(
    "CountTokensRequest",
    &[
        Member::new("modelId", &p::STRING).at(Uri, "modelId").with(f::REQUIRED),
        Member::new("input", &COUNT_TOKENS_INPUT2).with(f::REQUIRED),
    ],
);
pub static COUNT_TOKENS_OUTPUT: Schema = Schema::structure(
    "CountTokensResponse",
    &[Member::new("inputTokens", &p::INTEGER).with(f::REQUIRED)],
);
pub static DOCUMENT: Schema = Schema::scalar("Document", Kind::Document)
    .with(f::DOCUMENT);
pub static DOCUMENT_BLOCK: Schema = Schema::structure(
    "DocumentBlock",
    &[
        Member::new("format", &p::STRING),
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("source", &DOCUMENT_SOURCE).with(f::REQUIRED),
        Member::new("context", &p::STRING),
        Member::new("citations", &CITATIONS_CONFIG),
    ],
);
pub static DOCUMENT_CHAR_LOCATION: Schema = Schema::structure(
    "DocumentCharLocation",
    &[
        Member::new("documentIndex", &p::INTEGER),
        Member::new("start", &p::INTEGER),
        Member::new("end", &p::INTEGER),
    ],
);
pub static DOCUMENT_CHUNK_LOCATION: Schema = Schema::structure(
    "DocumentChunkLocation",
    &[
        Member::new("documentIndex", &p::INTEGER),
        Member::new("start", &p::INTEGER),
        Member::new("end", &p::INTEGER),
    ],
);
pub static DOCUMENT_CONTENT_BLOCK: Schema = Schema::union(
    "DocumentContentBlock",
    &[Member::new("text", &p::STRING)],
);
pub static DOCUMENT_CONTENT_BLOCKS: Schema = Schema::list(
    "DocumentContentBlocks",
    &[Member::new("member", &DOCUMENT_CONTENT_BLOCK)],
);
pub static DOCUMENT_PAGE_LOCATION: Schema = Schema::structure(
    "DocumentPageLocation",
    &[
        Member::new("documentIndex", &p::INTEGER),
        Member::new("start", &p::INTEGER),
        Member::new("end", &p::INTEGER),
    ],
);
pub static DOCUMENT_SOURCE: Schema = Schema::union(
    "DocumentSource",
    &[
        Member::new("bytes", &p::BLOB),
        Member::new("s3Location", &S3_LOCATION),
        Member::new("text", &p::STRING),
        Member::new("content", &DOCUMENT_CONTENT_BLOCKS),
    ],
);
pub static ERROR_BLOCK: Schema = Schema::structure(
        "ErrorBlock",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENSITIVE);
pub static GET_ASYNC_INVOKE_INPUT: Schema = Schema::structure(
    "GetAsyncInvokeRequest",
    &[
        Member::new("invocationArn", &p::STRING)
            .at(Uri, "invocationArn")
            .with(f::REQUIRED),
    ],
);
pub static GET_ASYNC_INVOKE_OUTPUT: Schema = Schema::structure(
    "GetAsyncInvokeResponse",
    &[
        Member::new("invocationArn", &p::STRING).with(f::REQUIRED),
        Member::new("modelArn", &p::STRING).with(f::REQUIRED),
        Member::new("clientRequestToken", &p::STRING),
        Member::new("status", &p::STRING).with(f::REQUIRED),
        Member::new("failureMessage", &ASYNC_INVOKE_MESSAGE),
        Member::new("submitTime", &TIMESTAMP).with(f::REQUIRED),
        Member::new("lastModifiedTime", &TIMESTAMP),
        Member::new("endTime", &TIMESTAMP),
        Member::new("outputDataConfig", &ASYNC_INVOKE_OUTPUT_DATA_CONFIG)
            .with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_ASSESSMENT: Schema = Schema::structure(
    "GuardrailAssessment",
    &[
        Member::new("topicPolicy", &GUARDRAIL_TOPIC_POLICY_ASSESSMENT),
        Member::new("contentPolicy", &GUARDRAIL_CONTENT_POLICY_ASSESSMENT),
        Member::new("wordPolicy", &GUARDRAIL_WORD_POLICY_ASSESSMENT),
        Member::new(
            "sensitiveInformationPolicy",
            &GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ASSESSMENT,
        ),
        Member::new(
            "contextualGroundingPolicy",
            &GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ASSESSMENT,
        ),
        Member::new(
            "automatedReasoningPolicy",
            &GUARDRAIL_AUTOMATED_REASONING_POLICY_ASSESSMENT,
        ),
        Member::new("invocationMetrics", &GUARDRAIL_INVOCATION_METRICS),
        Member::new("appliedGuardrailDetails", &APPLIED_GUARDRAIL_DETAILS),
    ],
);
pub static GUARDRAIL_ASSESSMENT_LIST: Schema = Schema::list(
    "GuardrailAssessmentList",
    &[Member::new("member", &GUARDRAIL_ASSESSMENT)],
);
pub static GUARDRAIL_ASSESSMENT_LIST_MAP: Schema = Schema::map(
    "GuardrailAssessmentListMap",
    &[Member::new("key", &p::STRING), Member::new("value", &GUARDRAIL_ASSESSMENT_LIST)],
);
pub static GUARDRAIL_ASSESSMENT_MAP: Schema = Schema::map(
    "GuardrailAssessmentMap",
    &[Member::new("key", &p::STRING), Member::new("value", &GUARDRAIL_ASSESSMENT)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_DIFFERENCE_SCENARIO_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningDifferenceScenarioList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_SCENARIO)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_FINDING: Schema = Schema::union(
    "GuardrailAutomatedReasoningFinding",
    &[
        Member::new("valid", &GUARDRAIL_AUTOMATED_REASONING_VALID_FINDING),
        Member::new("invalid", &GUARDRAIL_AUTOMATED_REASONING_INVALID_FINDING),
        Member::new("satisfiable", &GUARDRAIL_AUTOMATED_REASONING_SATISFIABLE_FINDING),
        Member::new("impossible", &GUARDRAIL_AUTOMATED_REASONING_IMPOSSIBLE_FINDING),
        Member::new(
            "translationAmbiguous",
            &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_AMBIGUOUS_FINDING,
        ),
        Member::new("tooComplex", &GUARDRAIL_AUTOMATED_REASONING_TOO_COMPLEX_FINDING),
        Member::new(
            "noTranslations",
            &GUARDRAIL_AUTOMATED_REASONING_NO_TRANSLATIONS_FINDING,
        ),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_FINDING_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningFindingList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_FINDING)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_IMPOSSIBLE_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningImpossibleFinding",
    &[
        Member::new("translation", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION),
        Member::new("contradictingRules", &GUARDRAIL_AUTOMATED_REASONING_RULE_LIST),
        Member::new("logicWarning", &GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_INPUT_TEXT_REFERENCE: Schema = Schema::structure(
    "GuardrailAutomatedReasoningInputTextReference",
    &[
        Member::new(
            "text",
            &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_NATURAL_LANGUAGE_CONTENT,
        ),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_INPUT_TEXT_REFERENCE_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningInputTextReferenceList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_INPUT_TEXT_REFERENCE)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_INVALID_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningInvalidFinding",
    &[
        Member::new("translation", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION),
        Member::new("contradictingRules", &GUARDRAIL_AUTOMATED_REASONING_RULE_LIST),
        Member::new("logicWarning", &GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningLogicWarning",
    &[
        Member::new("type", &p::STRING),
        Member::new("premises", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LIST),
        Member::new("claims", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LIST),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_NO_TRANSLATIONS_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningNoTranslationsFinding",
    &[],
);
pub static GUARDRAIL_AUTOMATED_REASONING_POLICY_ASSESSMENT: Schema = Schema::structure(
    "GuardrailAutomatedReasoningPolicyAssessment",
    &[Member::new("findings", &GUARDRAIL_AUTOMATED_REASONING_FINDING_LIST)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_RULE: Schema = Schema::structure(
    "GuardrailAutomatedReasoningRule",
    &[Member::new("identifier", &p::STRING), Member::new("policyVersionArn", &p::STRING)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_RULE_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningRuleList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_RULE)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_SATISFIABLE_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningSatisfiableFinding",
    &[
        Member::new("translation", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION),
        Member::new("claimsTrueScenario", &GUARDRAIL_AUTOMATED_REASONING_SCENARIO),
        Member::new("claimsFalseScenario", &GUARDRAIL_AUTOMATED_REASONING_SCENARIO),
        Member::new("logicWarning", &GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_SCENARIO: Schema = Schema::structure(
    "GuardrailAutomatedReasoningScenario",
    &[Member::new("statements", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LIST)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_STATEMENT: Schema = Schema::structure(
    "GuardrailAutomatedReasoningStatement",
    &[
        Member::new("logic", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LOGIC_CONTENT),
        Member::new(
            "naturalLanguage",
            &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_NATURAL_LANGUAGE_CONTENT,
        ),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningStatementList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LOGIC_CONTENT: Schema = Schema::scalar(
        "GuardrailAutomatedReasoningStatementLogicContent",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_AUTOMATED_REASONING_STATEMENT_NATURAL_LANGUAGE_CONTENT: Schema = Schema::scalar(
        "GuardrailAutomatedReasoningStatementNaturalLanguageContent",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_AUTOMATED_REASONING_TOO_COMPLEX_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningTooComplexFinding",
    &[],
);
pub static GUARDRAIL_AUTOMATED_REASONING_TRANSLATION: Schema = Schema::structure(
    "GuardrailAutomatedReasoningTranslation",
    &[
        Member::new("premises", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LIST),
        Member::new("claims", &GUARDRAIL_AUTOMATED_REASONING_STATEMENT_LIST),
        Member::new(
            "untranslatedPremises",
            &GUARDRAIL_AUTOMATED_REASONING_INPUT_TEXT_REFERENCE_LIST,
        ),
        Member::new(
            "untranslatedClaims",
            &GUARDRAIL_AUTOMATED_REASONING_INPUT_TEXT_REFERENCE_LIST,
        ),
        Member::new("confidence", &p::DOUBLE),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_AMBIGUOUS_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningTranslationAmbiguousFinding",
    &[
        Member::new("options", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_OPTION_LIST),
        Member::new(
            "differenceScenarios",
            &GUARDRAIL_AUTOMATED_REASONING_DIFFERENCE_SCENARIO_LIST,
        ),
    ],
);
pub static GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningTranslationList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_OPTION: Schema = Schema::structure(
    "GuardrailAutomatedReasoningTranslationOption",
    &[Member::new("translations", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_LIST)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_OPTION_LIST: Schema = Schema::list(
    "GuardrailAutomatedReasoningTranslationOptionList",
    &[Member::new("member", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION_OPTION)],
);
pub static GUARDRAIL_AUTOMATED_REASONING_VALID_FINDING: Schema = Schema::structure(
    "GuardrailAutomatedReasoningValidFinding",
    &[
        Member::new("translation", &GUARDRAIL_AUTOMATED_REASONING_TRANSLATION),
        Member::new("claimsTrueScenario", &GUARDRAIL_AUTOMATED_REASONING_SCENARIO),
        Member::new("supportingRules", &GUARDRAIL_AUTOMATED_REASONING_RULE_LIST),
        Member::new("logicWarning", &GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING),
    ],
);
pub static GUARDRAIL_CHECKS_CONFIG: Schema = Schema::structure(
    "GuardrailChecksConfig",
    &[
        Member::new("contentFilter", &GUARDRAIL_CHECKS_CONTENT_FILTER_CONFIG),
        Member::new("promptAttack", &GUARDRAIL_CHECKS_PROMPT_ATTACK_CONFIG),
        Member::new(
            "sensitiveInformation",
            &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_CONFIG,
        ),
    ],
);
pub static GUARDRAIL_CHECKS_CONTENT_BLOCK: Schema = Schema::union(
    "GuardrailChecksContentBlock",
    &[Member::new("text", &GUARDRAIL_CHECKS_TEXT_CONTENT)],
);
pub static GUARDRAIL_CHECKS_CONTENT_BLOCK_LIST: Schema = Schema::list(
    "GuardrailChecksContentBlockList",
    &[Member::new("member", &GUARDRAIL_CHECKS_CONTENT_BLOCK)],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_CONFIG: Schema = Schema::structure(
    "GuardrailChecksContentFilterCategoryConfig",
    &[Member::new("category", &p::STRING).with(f::REQUIRED)],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_CONFIG_LIST: Schema = Schema::list(
    "GuardrailChecksContentFilterCategoryConfigList",
    &[Member::new("member", &GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_CONFIG)],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_CONFIG: Schema = Schema::structure(
    "GuardrailChecksContentFilterConfig",
    &[
        Member::new("categories", &GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_CONFIG_LIST)
            .with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT: Schema = Schema::structure(
    "GuardrailChecksContentFilterResult",
    &[
        Member::new("results", &GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT_LIST)
            .with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT_ENTRY: Schema = Schema::structure(
    "GuardrailChecksContentFilterResultEntry",
    &[
        Member::new("category", &p::STRING).with(f::REQUIRED),
        Member::new("severityScore", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT_LIST: Schema = Schema::list(
    "GuardrailChecksContentFilterResultList",
    &[Member::new("member", &GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT_ENTRY)],
);
pub static GUARDRAIL_CHECKS_CONTENT_FILTER_USAGE: Schema = Schema::structure(
    "GuardrailChecksContentFilterUsage",
    &[Member::new("textUnits", &p::INTEGER).with(f::REQUIRED)],
);
pub static GUARDRAIL_CHECKS_MESSAGE: Schema = Schema::structure(
    "GuardrailChecksMessage",
    &[
        Member::new("role", &p::STRING).with(f::REQUIRED),
        Member::new("content", &GUARDRAIL_CHECKS_CONTENT_BLOCK_LIST).with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_MESSAGE_LIST: Schema = Schema::list(
    "GuardrailChecksMessageList",
    &[Member::new("member", &GUARDRAIL_CHECKS_MESSAGE)],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_CONFIG: Schema = Schema::structure(
    "GuardrailChecksPromptAttackCategoryConfig",
    &[Member::new("category", &p::STRING).with(f::REQUIRED)],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_CONFIG_LIST: Schema = Schema::list(
    "GuardrailChecksPromptAttackCategoryConfigList",
    &[Member::new("member", &GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_CONFIG)],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_CONFIG: Schema = Schema::structure(
    "GuardrailChecksPromptAttackConfig",
    &[
        Member::new("categories", &GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_CONFIG_LIST)
            .with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT: Schema = Schema::structure(
    "GuardrailChecksPromptAttackResult",
    &[
        Member::new("results", &GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT_LIST)
            .with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT_ENTRY: Schema = Schema::structure(
    "GuardrailChecksPromptAttackResultEntry",
    &[
        Member::new("category", &p::STRING).with(f::REQUIRED),
        Member::new("severityScore", &p::DOUBLE).with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT_LIST: Schema = Schema::list(
    "GuardrailChecksPromptAttackResultList",
    &[Member::new("member", &GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT_ENTRY)],
);
pub static GUARDRAIL_CHECKS_PROMPT_ATTACK_USAGE: Schema = Schema::structure(
    "GuardrailChecksPromptAttackUsage",
    &[Member::new("textUnits", &p::INTEGER).with(f::REQUIRED)],
);
pub static GUARDRAIL_CHECKS_RESULTS: Schema = Schema::structure(
    "GuardrailChecksResults",
    &[
        Member::new("contentFilter", &GUARDRAIL_CHECKS_CONTENT_FILTER_RESULT),
        Member::new("promptAttack", &GUARDRAIL_CHECKS_PROMPT_ATTACK_RESULT),
        Member::new(
            "sensitiveInformation",
            &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT,
        ),
    ],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_CONFIG: Schema = Schema::structure(
    "GuardrailChecksSensitiveInformationConfig",
    &[
        Member::new(
                "entities",
                &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_CONFIG_LIST,
            )
            .with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_CONFIG: Schema = Schema::structure(
    "GuardrailChecksSensitiveInformationEntityConfig",
    &[Member::new("type", &p::STRING).with(f::REQUIRED)],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_CONFIG_LIST: Schema = Schema::list(
    "GuardrailChecksSensitiveInformationEntityConfigList",
    &[Member::new("member", &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_CONFIG)],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT: Schema = Schema::structure(
    "GuardrailChecksSensitiveInformationResult",
    &[
        Member::new("results", &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT_LIST)
            .with(f::REQUIRED),
        Member::new("truncated", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT_ENTRY: Schema = Schema::structure(
    "GuardrailChecksSensitiveInformationResultEntry",
    &[
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("confidenceScore", &p::DOUBLE).with(f::REQUIRED),
        Member::new("beginOffset", &p::INTEGER).with(f::REQUIRED),
        Member::new("endOffset", &p::INTEGER).with(f::REQUIRED),
        Member::new("messageIndex", &p::INTEGER).with(f::REQUIRED),
        Member::new("contentIndex", &p::INTEGER).with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT_LIST: Schema = Schema::list(
    "GuardrailChecksSensitiveInformationResultList",
    &[Member::new("member", &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_RESULT_ENTRY)],
);
pub static GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_USAGE: Schema = Schema::structure(
    "GuardrailChecksSensitiveInformationUsage",
    &[Member::new("textUnits", &p::INTEGER).with(f::REQUIRED)],
);
pub static GUARDRAIL_CHECKS_TEXT_CONTENT: Schema = Schema::scalar(
        "GuardrailChecksTextContent",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_CHECKS_USAGE_RESULTS: Schema = Schema::structure(
    "GuardrailChecksUsageResults",
    &[
        Member::new("contentFilter", &GUARDRAIL_CHECKS_CONTENT_FILTER_USAGE),
        Member::new("promptAttack", &GUARDRAIL_CHECKS_PROMPT_ATTACK_USAGE),
        Member::new(
            "sensitiveInformation",
            &GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_USAGE,
        ),
    ],
);
pub static GUARDRAIL_CONFIGURATION: Schema = Schema::structure(
    "GuardrailConfiguration",
    &[
        Member::new("guardrailIdentifier", &p::STRING),
        Member::new("guardrailVersion", &p::STRING),
        Member::new("trace", &p::STRING),
    ],
);
pub static GUARDRAIL_CONTENT_BLOCK: Schema = Schema::union(
    "GuardrailContentBlock",
    &[
        Member::new("text", &GUARDRAIL_TEXT_BLOCK),
        Member::new("image", &GUARDRAIL_IMAGE_BLOCK),
    ],
);
pub static GUARDRAIL_CONTENT_BLOCK_LIST: Schema = Schema::list(
    "GuardrailContentBlockList",
    &[Member::new("member", &GUARDRAIL_CONTENT_BLOCK)],
);
pub static GUARDRAIL_CONTENT_FILTER: Schema = Schema::structure(
    "GuardrailContentFilter",
    &[
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("confidence", &p::STRING).with(f::REQUIRED),
        Member::new("filterStrength", &p::STRING),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_CONTENT_FILTER_LIST: Schema = Schema::list(
    "GuardrailContentFilterList",
    &[Member::new("member", &GUARDRAIL_CONTENT_FILTER)],
);
pub static GUARDRAIL_CONTENT_POLICY_ASSESSMENT: Schema = Schema::structure(
    "GuardrailContentPolicyAssessment",
    &[Member::new("filters", &GUARDRAIL_CONTENT_FILTER_LIST).with(f::REQUIRED)],
);
pub static GUARDRAIL_CONTENT_QUALIFIER_LIST: Schema = Schema::list(
    "GuardrailContentQualifierList",
    &[Member::new("member", &p::STRING)],
);
pub static GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER: Schema = Schema::structure(
    "GuardrailContextualGroundingFilter",
    &[
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("threshold", &p::DOUBLE).with(f::REQUIRED),
        Member::new("score", &p::DOUBLE).with(f::REQUIRED),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_CONTEXTUAL_GROUNDING_FILTERS: Schema = Schema::list(
    "GuardrailContextualGroundingFilters",
    &[Member::new("member", &GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER)],
);
pub static GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ASSESSMENT: Schema = Schema::structure(
    "GuardrailContextualGroundingPolicyAssessment",
    &[Member::new("filters", &GUARDRAIL_CONTEXTUAL_GROUNDING_FILTERS)],
);
pub static GUARDRAIL_CONVERSE_CONTENT_BLOCK: Schema = Schema::union(
    "GuardrailConverseContentBlock",
    &[
        Member::new("text", &GUARDRAIL_CONVERSE_TEXT_BLOCK),
        Member::new("image", &GUARDRAIL_CONVERSE_IMAGE_BLOCK),
    ],
);
pub static GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_LIST: Schema = Schema::list(
    "GuardrailConverseContentQualifierList",
    &[Member::new("member", &p::STRING)],
);
pub static GUARDRAIL_CONVERSE_IMAGE_BLOCK: Schema = Schema::structure(
        "GuardrailConverseImageBlock",
        &[
            Member::new("format", &p::STRING).with(f::REQUIRED),
            Member::new("source", &GUARDRAIL_CONVERSE_IMAGE_SOURCE).with(f::REQUIRED),
        ],
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_CONVERSE_IMAGE_SOURCE: Schema = Schema::union(
        "GuardrailConverseImageSource",
        &[Member::new("bytes", &p::BLOB)],
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_CONVERSE_TEXT_BLOCK: Schema = Schema::structure(
    "GuardrailConverseTextBlock",
    &[
        Member::new("text", &p::STRING).with(f::REQUIRED),
        Member::new("qualifiers", &GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_LIST),
    ],
);
pub static GUARDRAIL_COVERAGE: Schema = Schema::structure(
    "GuardrailCoverage",
    &[
        Member::new("textCharacters", &GUARDRAIL_TEXT_CHARACTERS_COVERAGE),
        Member::new("images", &GUARDRAIL_IMAGE_COVERAGE),
    ],
);
pub static GUARDRAIL_CUSTOM_WORD: Schema = Schema::structure(
    "GuardrailCustomWord",
    &[
        Member::new("match", &p::STRING).with(f::REQUIRED),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_CUSTOM_WORD_LIST: Schema = Schema::list(
    "GuardrailCustomWordList",
    &[Member::new("member", &GUARDRAIL_CUSTOM_WORD)],
);
pub static GUARDRAIL_IMAGE_BLOCK: Schema = Schema::structure(
        "GuardrailImageBlock",
        &[
            Member::new("format", &p::STRING).with(f::REQUIRED),
            Member::new("source", &GUARDRAIL_IMAGE_SOURCE).with(f::REQUIRED),
        ],
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_IMAGE_COVERAGE: Schema = Schema::structure(
    "GuardrailImageCoverage",
    &[Member::new("guarded", &p::INTEGER), Member::new("total", &p::INTEGER)],
);
pub static GUARDRAIL_IMAGE_SOURCE: Schema = Schema::union(
        "GuardrailImageSource",
        &[Member::new("bytes", &p::BLOB)],
    )
    .with(f::SENSITIVE);
pub static GUARDRAIL_INVOCATION_METRICS: Schema = Schema::structure(
    "GuardrailInvocationMetrics",
    &[
        Member::new("guardrailProcessingLatency", &p::LONG),
        Member::new("usage", &GUARDRAIL_USAGE),
        Member::new("guardrailCoverage", &GUARDRAIL_COVERAGE),
    ],
);
pub static GUARDRAIL_MANAGED_WORD: Schema = Schema::structure(
    "GuardrailManagedWord",
    &[
        Member::new("match", &p::STRING).with(f::REQUIRED),
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_MANAGED_WORD_LIST: Schema = Schema::list(
    "GuardrailManagedWordList",
    &[Member::new("member", &GUARDRAIL_MANAGED_WORD)],
);
pub static GUARDRAIL_ORIGIN_LIST: Schema = Schema::list(
    "GuardrailOriginList",
    &[Member::new("member", &p::STRING)],
);
pub static GUARDRAIL_OUTPUT_CONTENT: Schema = Schema::structure(
    "GuardrailOutputContent",
    &[Member::new("text", &p::STRING)],
);
pub static GUARDRAIL_OUTPUT_CONTENT_LIST: Schema = Schema::list(
    "GuardrailOutputContentList",
    &[Member::new("member", &GUARDRAIL_OUTPUT_CONTENT)],
);
pub static GUARDRAIL_PII_ENTITY_FILTER: Schema = Schema::structure(
    "GuardrailPiiEntityFilter",
    &[
        Member::new("match", &p::STRING).with(f::REQUIRED),
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_PII_ENTITY_FILTER_LIST: Schema = Schema::list(
    "GuardrailPiiEntityFilterList",
    &[Member::new("member", &GUARDRAIL_PII_ENTITY_FILTER)],
);
pub static GUARDRAIL_REGEX_FILTER: Schema = Schema::structure(
    "GuardrailRegexFilter",
    &[
        Member::new("name", &p::STRING),
        Member::new("match", &p::STRING),
        Member::new("regex", &p::STRING),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_REGEX_FILTER_LIST: Schema = Schema::list(
    "GuardrailRegexFilterList",
    &[Member::new("member", &GUARDRAIL_REGEX_FILTER)],
);
pub static GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ASSESSMENT: Schema = Schema::structure(
    "GuardrailSensitiveInformationPolicyAssessment",
    &[
        Member::new("piiEntities", &GUARDRAIL_PII_ENTITY_FILTER_LIST).with(f::REQUIRED),
        Member::new("regexes", &GUARDRAIL_REGEX_FILTER_LIST).with(f::REQUIRED),
    ],
);
pub static GUARDRAIL_STREAM_CONFIGURATION: Schema = Schema::structure(
    "GuardrailStreamConfiguration",
    &[
        Member::new("guardrailIdentifier", &p::STRING),
        Member::new("guardrailVersion", &p::STRING),
        Member::new("trace", &p::STRING),
        Member::new("streamProcessingMode", &p::STRING),
    ],
);
pub static GUARDRAIL_TEXT_BLOCK: Schema = Schema::structure(
    "GuardrailTextBlock",
    &[
        Member::new("text", &p::STRING).with(f::REQUIRED),
        Member::new("qualifiers", &GUARDRAIL_CONTENT_QUALIFIER_LIST),
    ],
);
pub static GUARDRAIL_TEXT_CHARACTERS_COVERAGE: Schema = Schema::structure(
    "GuardrailTextCharactersCoverage",
    &[Member::new("guarded", &p::INTEGER), Member::new("total", &p::INTEGER)],
);
pub static GUARDRAIL_TOPIC: Schema = Schema::structure(
    "GuardrailTopic",
    &[
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("action", &p::STRING).with(f::REQUIRED),
        Member::new("detected", &p::BOOLEAN),
    ],
);
pub static GUARDRAIL_TOPIC_LIST: Schema = Schema::list(
    "GuardrailTopicList",
    &[Member::new("member", &GUARDRAIL_TOPIC)],
);
pub static GUARDRAIL_TOPIC_POLICY_ASSESSMENT: Schema = Schema::structure(
    "GuardrailTopicPolicyAssessment",
    &[Member::new("topics", &GUARDRAIL_TOPIC_LIST).with(f::REQUIRED)],
);
pub static GUARDRAIL_TRACE_ASSESSMENT: Schema = Schema::structure(
    "GuardrailTraceAssessment",
    &[
        Member::new("modelOutput", &MODEL_OUTPUTS),
        Member::new("inputAssessment", &GUARDRAIL_ASSESSMENT_MAP),
        Member::new("outputAssessments", &GUARDRAIL_ASSESSMENT_LIST_MAP),
        Member::new("actionReason", &p::STRING),
    ],
);
pub static GUARDRAIL_USAGE: Schema = Schema::structure(
    "GuardrailUsage",
    &[
        Member::new("topicPolicyUnits", &p::INTEGER).with(f::REQUIRED),
        Member::new("contentPolicyUnits", &p::INTEGER).with(f::REQUIRED),
        Member::new("wordPolicyUnits", &p::INTEGER).with(f::REQUIRED),
        Member::new("sensitiveInformationPolicyUnits", &p::INTEGER).with(f::REQUIRED),
        Member::new("sensitiveInformationPolicyFreeUnits", &p::INTEGER)
            .with(f::REQUIRED),
        Member::new("contextualGroundingPolicyUnits", &p::INTEGER).with(f::REQUIRED),
        Member::new("contentPolicyImageUnits", &p::INTEGER),
        Member::new("automatedReasoningPolicyUnits", &p::INTEGER),
        Member::new("automatedReasoningPolicies", &p::INTEGER),
    ],
);
pub static GUARDRAIL_WORD_POLICY_ASSESSMENT: Schema = Schema::structure(
    "GuardrailWordPolicyAssessment",
    &[
        Member::new("customWords", &GUARDRAIL_CUSTOM_WORD_LIST).with(f::REQUIRED),
        Member::new("managedWordLists", &GUARDRAIL_MANAGED_WORD_LIST).with(f::REQUIRED),
    ],
);
pub static IMAGE_BLOCK: Schema = Schema::structure(
    "ImageBlock",
    &[
        Member::new("format", &p::STRING).with(f::REQUIRED),
        Member::new("source", &IMAGE_SOURCE).with(f::REQUIRED),
        Member::new("error", &ERROR_BLOCK),
    ],
);
pub static IMAGE_BLOCK_DELTA: Schema = Schema::structure(
    "ImageBlockDelta",
    &[Member::new("source", &IMAGE_SOURCE), Member::new("error", &ERROR_BLOCK)],
);
pub static IMAGE_BLOCK_START: Schema = Schema::structure(
    "ImageBlockStart",
    &[Member::new("format", &p::STRING).with(f::REQUIRED)],
);
pub static IMAGE_SOURCE: Schema = Schema::union(
        "ImageSource",
        &[Member::new("bytes", &p::BLOB), Member::new("s3Location", &S3_LOCATION)],
    )
    .with(f::SENSITIVE);
pub static INFERENCE_CONFIGURATION: Schema = Schema::structure(
    "InferenceConfiguration",
    &[
        Member::new("maxTokens", &p::INTEGER),
        Member::new("temperature", &p::FLOAT),
        Member::new("topP", &p::FLOAT),
        Member::new("stopSequences", &INFERENCE_CONFIGURATION_STOP_SEQUENCES_LIST),
    ],
);
pub static INFERENCE_CONFIGURATION_STOP_SEQUENCES_LIST: Schema = Schema::list(
    "InferenceConfigurationStopSequencesList",
    &[Member::new("member", &p::STRING)],
);
pub static INTERNAL_SERVER_EXCEPTION: Schema = Schema::structure(
        "InternalServerException",
        &[Member::new("message", &p::STRING)],
    )
    .error("InternalServerException", 500u16);
pub static INVOKE_GUARDRAIL_CHECKS_INPUT: Schema = Schema::structure(
    "InvokeGuardrailChecksRequest",
    &[
        Member::new("messages", &GUARDRAIL_CHECKS_MESSAGE_LIST).with(f::REQUIRED),
        Member::new("checks", &GUARDRAIL_CHECKS_CONFIG).with(f::REQUIRED),
    ],
);
pub static INVOKE_GUARDRAIL_CHECKS_OUTPUT: Schema = Schema::structure(
    "InvokeGuardrailChecksResponse",
    &[
        Member::new("results", &GUARDRAIL_CHECKS_RESULTS).with(f::REQUIRED),
        Member::new("usage", &GUARDRAIL_CHECKS_USAGE_RESULTS).with(f::REQUIRED),
    ],
);
pub static INVOKE_MODEL_INPUT: Schema = Schema::structure(
    "InvokeModelRequest",
    &[
        Member::new("body", &BODY).with(f::PAYLOAD),
        Member::new("contentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("accept", &p::STRING).at(Header, "Accept"),
        Member::new("modelId", &p::STRING).at(Uri, "modelId").with(f::REQUIRED),
        Member::new("trace", &p::STRING).at(Header, "X-Amzn-Bedrock-Trace"),
        Member::new("guardrailIdentifier", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-GuardrailIdentifier"),
        Member::new("guardrailVersion", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-GuardrailVersion"),
        Member::new("performanceConfigLatency", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-PerformanceConfig-Latency"),
        Member::new("serviceTier", &p::STRING).at(Header, "X-Amzn-Bedrock-Service-Tier"),
        Member::new("requestMetadata", &REQUEST_METADATA_JSON)
            .at(Header, "X-Amzn-Bedrock-Request-Metadata"),
    ],
);
pub static INVOKE_MODEL_OUTPUT: Schema = Schema::structure(
    "InvokeModelResponse",
    &[
        Member::new("body", &BODY).with(f::REQUIRED | f::PAYLOAD),
        Member::new("contentType", &p::STRING)
            .at(Header, "Content-Type")
            .with(f::REQUIRED),
        Member::new("performanceConfigLatency", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-PerformanceConfig-Latency"),
        Member::new("serviceTier", &p::STRING).at(Header, "X-Amzn-Bedrock-Service-Tier"),
    ],
);
pub static INVOKE_MODEL_TOKENS_REQUEST: Schema = Schema::structure(
    "InvokeModelTokensRequest",
    &[Member::new("body", &BODY).with(f::REQUIRED)],
);
pub static INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_INPUT2: Schema = Schema::union(
        "InvokeModelWithBidirectionalStreamInput",
        &[Member::new("chunk", &BIDIRECTIONAL_INPUT_PAYLOAD_PART)],
    )
    .with(f::STREAMING | f::EVENT_STREAM);
pub static INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_OUTPUT2: Schema = Schema::union(
        "InvokeModelWithBidirectionalStreamOutput",
        &[
            Member::new("chunk", &BIDIRECTIONAL_OUTPUT_PAYLOAD_PART),
            Member::new("internalServerException", &INTERNAL_SERVER_EXCEPTION),
            Member::new("modelStreamErrorException", &MODEL_STREAM_ERROR_EXCEPTION),
            Member::new("validationException", &VALIDATION_EXCEPTION),
            Member::new("throttlingException", &THROTTLING_EXCEPTION),
            Member::new("modelTimeoutException", &MODEL_TIMEOUT_EXCEPTION),
            Member::new("serviceUnavailableException", &SERVICE_UNAVAILABLE_EXCEPTION),
        ],
    )
    .with(f::EVENT_STREAM);
pub static INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_INPUT: Schema = Schema::structure(
    "InvokeModelWithBidirectionalStreamRequest",
    &[
        Member::new("modelId", &p::STRING).at(Uri, "modelId").with(f::REQUIRED),
        Member::new("body", &INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_INPUT2)
            .with(f::REQUIRED | f::PAYLOAD | f::EVENT_STREAM),
    ],
);
pub static INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_OUTPUT: Schema = Schema::structure(
    "InvokeModelWithBidirectionalStreamResponse",
    &[
        Member::new("body", &INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_OUTPUT2)
            .with(f::REQUIRED | f::PAYLOAD | f::EVENT_STREAM),
    ],
);
pub static INVOKE_MODEL_WITH_RESPONSE_STREAM_INPUT: Schema = Schema::structure(
    "InvokeModelWithResponseStreamRequest",
    &[
        Member::new("body", &BODY).with(f::PAYLOAD),
        Member::new("contentType", &p::STRING).at(Header, "Content-Type"),
        Member::new("accept", &p::STRING).at(Header, "X-Amzn-Bedrock-Accept"),
        Member::new("modelId", &p::STRING).at(Uri, "modelId").with(f::REQUIRED),
        Member::new("trace", &p::STRING).at(Header, "X-Amzn-Bedrock-Trace"),
        Member::new("guardrailIdentifier", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-GuardrailIdentifier"),
        Member::new("guardrailVersion", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-GuardrailVersion"),
        Member::new("performanceConfigLatency", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-PerformanceConfig-Latency"),
        Member::new("serviceTier", &p::STRING).at(Header, "X-Amzn-Bedrock-Service-Tier"),
        Member::new("requestMetadata", &REQUEST_METADATA_JSON)
            .at(Header, "X-Amzn-Bedrock-Request-Metadata"),
    ],
);
pub static INVOKE_MODEL_WITH_RESPONSE_STREAM_OUTPUT: Schema = Schema::structure(
    "InvokeModelWithResponseStreamResponse",
    &[
        Member::new("body", &RESPONSE_STREAM)
            .with(f::REQUIRED | f::PAYLOAD | f::EVENT_STREAM),
        Member::new("contentType", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-Content-Type")
            .with(f::REQUIRED),
        Member::new("performanceConfigLatency", &p::STRING)
            .at(Header, "X-Amzn-Bedrock-PerformanceConfig-Latency"),
        Member::new("serviceTier", &p::STRING).at(Header, "X-Amzn-Bedrock-Service-Tier"),
    ],
);
pub static JSON_SCHEMA_DEFINITION: Schema = Schema::structure(
    "JsonSchemaDefinition",
    &[
        Member::new("schema", &p::STRING).with(f::REQUIRED),
        Member::new("name", &p::STRING),
        Member::new("description", &p::STRING),
    ],
);
pub static LIST_ASYNC_INVOKES_INPUT: Schema = Schema::structure(
    "ListAsyncInvokesRequest",
    &[
        Member::new("submitTimeAfter", &TIMESTAMP).at(QueryString, "submitTimeAfter"),
        Member::new("submitTimeBefore", &TIMESTAMP).at(QueryString, "submitTimeBefore"),
        Member::new("statusEquals", &p::STRING).at(QueryString, "statusEquals"),
        Member::new("maxResults", &p::INTEGER).at(QueryString, "maxResults"),
        Member::new("nextToken", &p::STRING).at(QueryString, "nextToken"),
        Member::new("sortBy", &p::STRING).at(QueryString, "sortBy"),
        Member::new("sortOrder", &p::STRING).at(QueryString, "sortOrder"),
    ],
);
pub static LIST_ASYNC_INVOKES_OUTPUT: Schema = Schema::structure(
    "ListAsyncInvokesResponse",
    &[
        Member::new("nextToken", &p::STRING),
        Member::new("asyncInvokeSummaries", &ASYNC_INVOKE_SUMMARIES),
    ],
);
pub static MESSAGE: Schema = Schema::structure(
    "Message",
    &[
        Member::new("role", &p::STRING).with(f::REQUIRED),
        Member::new("content", &CONTENT_BLOCKS).with(f::REQUIRED),
    ],
);
pub static MESSAGE_START_EVENT: Schema = Schema::structure(
    "MessageStartEvent",
    &[Member::new("role", &p::STRING).with(f::REQUIRED)],
);
pub static MESSAGE_STOP_EVENT: Schema = Schema::structure(
    "MessageStopEvent",
    &[
        Member::new("stopReason", &p::STRING).with(f::REQUIRED),
        Member::new("additionalModelResponseFields", &DOCUMENT),
    ],
);
pub static MESSAGES: Schema = Schema::list(
    "Messages",
    &[Member::new("member", &MESSAGE)],
);
pub static MODEL_ERROR_EXCEPTION: Schema = Schema::structure(
        "ModelErrorException",
        &[
            Member::new("message", &p::STRING),
            Member::new("originalStatusCode", &p::INTEGER),
            Member::new("resourceName", &p::STRING),
        ],
    )
    .with(f::SENDER_FAULT)
    .error("ModelErrorException", 424u16);
pub static MODEL_INPUT_PAYLOAD: Schema = Schema::scalar(
        "ModelInputPayload",
        Kind::Document,
    )
    .with(f::SENSITIVE | f::DOCUMENT);
pub static MODEL_NOT_READY_EXCEPTION: Schema = Schema::structure(
        "ModelNotReadyException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT | f::RETRYABLE)
    .error("ModelNotReadyException", 429u16);
pub static MODEL_OUTPUTS: Schema = Schema::list(
    "ModelOutputs",
    &[Member::new("member", &p::STRING)],
);
pub static MODEL_STREAM_ERROR_EXCEPTION: Schema = Schema::structure(
        "ModelStreamErrorException",
        &[
            Member::new("message", &p::STRING),
            Member::new("originalStatusCode", &p::INTEGER),
            Member::new("originalMessage", &p::STRING),
        ],
    )
    .with(f::SENDER_FAULT)
    .error("ModelStreamErrorException", 424u16);
pub static MODEL_TIMEOUT_EXCEPTION: Schema = Schema::structure(
        "ModelTimeoutException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ModelTimeoutException", 408u16);
pub static OUTPUT_CONFIG: Schema = Schema::structure(
    "OutputConfig",
    &[Member::new("textFormat", &OUTPUT_FORMAT), Member::new("effort", &p::STRING)],
);
pub static OUTPUT_FORMAT: Schema = Schema::structure(
    "OutputFormat",
    &[
        Member::new("type", &p::STRING).with(f::REQUIRED),
        Member::new("structure", &OUTPUT_FORMAT_STRUCTURE).with(f::REQUIRED),
    ],
);
pub static OUTPUT_FORMAT_STRUCTURE: Schema = Schema::union(
        "OutputFormatStructure",
        &[Member::new("jsonSchema", &JSON_SCHEMA_DEFINITION)],
    )
    .with(f::SENSITIVE);
pub static PART_BODY: Schema = Schema::scalar("PartBody", Kind::Blob).with(f::SENSITIVE);
pub static PAYLOAD_PART: Schema = Schema::structure(
        "PayloadPart",
        &[Member::new("bytes", &PART_BODY)],
    )
    .with(f::SENSITIVE);
pub static PERFORMANCE_CONFIGURATION: Schema = Schema::structure(
    "PerformanceConfiguration",
    &[Member::new("latency", &p::STRING)],
);
pub static PROMPT_ROUTER_TRACE: Schema = Schema::structure(
    "PromptRouterTrace",
    &[Member::new("invokedModelId", &p::STRING)],
);
pub static PROMPT_VARIABLE_MAP: Schema = Schema::map(
        "PromptVariableMap",
        &[Member::new("key", &p::STRING), Member::new("value", &PROMPT_VARIABLE_VALUES)],
    )
    .with(f::SENSITIVE);
pub static PROMPT_VARIABLE_VALUES: Schema = Schema::union(
    "PromptVariableValues",
    &[Member::new("text", &p::STRING)],
);
pub static REASONING_CONTENT_BLOCK: Schema = Schema::union(
        "ReasoningContentBlock",
        &[
            Member::new("reasoningText", &REASONING_TEXT_BLOCK),
            Member::new("redactedContent", &p::BLOB),
        ],
    )
    .with(f::SENSITIVE);
pub static REASONING_CONTENT_BLOCK_DELTA: Schema = Schema::union(
        "ReasoningContentBlockDelta",
        &[
            Member::new("text", &p::STRING),
            Member::new("redactedContent", &p::BLOB),
            Member::new("signature", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static REASONING_TEXT_BLOCK: Schema = Schema::structure(
        "ReasoningTextBlock",
        &[
            Member::new("text", &p::STRING).with(f::REQUIRED),
            Member::new("signature", &p::STRING),
        ],
    )
    .with(f::SENSITIVE);
pub static REQUEST_METADATA: Schema = Schema::map(
        "RequestMetadata",
        &[Member::new("key", &p::STRING), Member::new("value", &p::STRING)],
    )
    .with(f::SENSITIVE);
pub static REQUEST_METADATA_JSON: Schema = Schema::scalar(
        "RequestMetadataJson",
        Kind::String,
    )
    .with(f::SENSITIVE);
pub static RESOURCE_NOT_FOUND_EXCEPTION: Schema = Schema::structure(
        "ResourceNotFoundException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ResourceNotFoundException", 404u16);
pub static RESPONSE_STREAM: Schema = Schema::union(
        "ResponseStream",
        &[
            Member::new("chunk", &PAYLOAD_PART),
            Member::new("internalServerException", &INTERNAL_SERVER_EXCEPTION),
            Member::new("modelStreamErrorException", &MODEL_STREAM_ERROR_EXCEPTION),
            Member::new("validationException", &VALIDATION_EXCEPTION),
            Member::new("throttlingException", &THROTTLING_EXCEPTION),
            Member::new("modelTimeoutException", &MODEL_TIMEOUT_EXCEPTION),
            Member::new("serviceUnavailableException", &SERVICE_UNAVAILABLE_EXCEPTION),
        ],
    )
    .with(f::EVENT_STREAM);
pub static S3_LOCATION: Schema = Schema::structure(
    "S3Location",
    &[
        Member::new("uri", &p::STRING).with(f::REQUIRED),
        Member::new("bucketOwner", &p::STRING),
    ],
);
pub static SEARCH_RESULT_BLOCK: Schema = Schema::structure(
    "SearchResultBlock",
    &[
        Member::new("source", &p::STRING).with(f::REQUIRED),
        Member::new("title", &p::STRING).with(f::REQUIRED),
        Member::new("content", &SEARCH_RESULT_CONTENT_BLOCKS).with(f::REQUIRED),
        Member::new("citations", &CITATIONS_CONFIG),
    ],
);
pub static SEARCH_RESULT_CONTENT_BLOCK: Schema = Schema::structure(
    "SearchResultContentBlock",
    &[Member::new("text", &p::STRING).with(f::REQUIRED)],
);
pub static SEARCH_RESULT_CONTENT_BLOCKS: Schema = Schema::list(
    "SearchResultContentBlocks",
    &[Member::new("member", &SEARCH_RESULT_CONTENT_BLOCK)],
);
pub static SEARCH_RESULT_LOCATION: Schema = Schema::structure(
    "SearchResultLocation",
    &[
        Member::new("searchResultIndex", &p::INTEGER),
        Member::new("start", &p::INTEGER),
        Member::new("end", &p::INTEGER),
    ],
);
pub static SERVICE_QUOTA_EXCEEDED_EXCEPTION: Schema = Schema::structure(
        "ServiceQuotaExceededException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ServiceQuotaExceededException", 400u16);
pub static SERVICE_TIER: Schema = Schema::structure(
    "ServiceTier",
    &[Member::new("type", &p::STRING).with(f::REQUIRED)],
);
pub static SERVICE_UNAVAILABLE_EXCEPTION: Schema = Schema::structure(
        "ServiceUnavailableException",
        &[Member::new("message", &p::STRING)],
    )
    .error("ServiceUnavailableException", 503u16);
pub static SPECIFIC_TOOL_CHOICE: Schema = Schema::structure(
    "SpecificToolChoice",
    &[Member::new("name", &p::STRING).with(f::REQUIRED)],
);
pub static START_ASYNC_INVOKE_INPUT: Schema = Schema::structure(
    "StartAsyncInvokeRequest",
    &[
        Member::new("clientRequestToken", &p::STRING).with(f::IDEMPOTENCY_TOKEN),
        Member::new("modelId", &p::STRING).with(f::REQUIRED),
        Member::new("modelInput", &MODEL_INPUT_PAYLOAD).with(f::REQUIRED),
        Member::new("outputDataConfig", &ASYNC_INVOKE_OUTPUT_DATA_CONFIG)
            .with(f::REQUIRED),
        Member::new("tags", &TAG_LIST),
    ],
);
pub static START_ASYNC_INVOKE_OUTPUT: Schema = Schema::structure(
    "StartAsyncInvokeResponse",
    &[Member::new("invocationArn", &p::STRING).with(f::REQUIRED)],
);
pub static SYSTEM_CONTENT_BLOCK: Schema = Schema::union(
    "SystemContentBlock",
    &[
        Member::new("text", &p::STRING),
        Member::new("guardContent", &GUARDRAIL_CONVERSE_CONTENT_BLOCK),
        Member::new("cachePoint", &CACHE_POINT_BLOCK),
    ],
);
pub static SYSTEM_CONTENT_BLOCKS: Schema = Schema::list(
    "SystemContentBlocks",
    &[Member::new("member", &SYSTEM_CONTENT_BLOCK)],
);
pub static SYSTEM_TOOL: Schema = Schema::structure(
    "SystemTool",
    &[Member::new("name", &p::STRING).with(f::REQUIRED)],
);
pub static TAG: Schema = Schema::structure(
    "Tag",
    &[
        Member::new("key", &p::STRING).with(f::REQUIRED),
        Member::new("value", &p::STRING).with(f::REQUIRED),
    ],
);
pub static TAG_LIST: Schema = Schema::list("TagList", &[Member::new("member", &TAG)]);
pub static THROTTLING_EXCEPTION: Schema = Schema::structure(
        "ThrottlingException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ThrottlingException", 429u16);
pub static TIMESTAMP: Schema = Schema::scalar("Timestamp", Kind::Timestamp)
    .timestamp_format(TimestampFormat::Iso8601);
pub static TOKEN_USAGE: Schema = Schema::structure(
    "TokenUsage",
    &[
        Member::new("inputTokens", &p::INTEGER).with(f::REQUIRED),
        Member::new("outputTokens", &p::INTEGER).with(f::REQUIRED),
        Member::new("totalTokens", &p::INTEGER).with(f::REQUIRED),
        Member::new("cacheReadInputTokens", &p::INTEGER),
        Member::new("cacheWriteInputTokens", &p::INTEGER),
        Member::new("cacheDetails", &CACHE_DETAILS_LIST),
    ],
);
pub static TOOL: Schema = Schema::union(
    "Tool",
    &[
        Member::new("toolSpec", &TOOL_SPECIFICATION),
        Member::new("systemTool", &SYSTEM_TOOL),
        Member::new("cachePoint", &CACHE_POINT_BLOCK),
    ],
);
pub static TOOL_ADDITION_BLOCK: Schema = Schema::structure(
    "ToolAdditionBlock",
    &[Member::new("tool", &TOOL_REFERENCE).with(f::REQUIRED)],
);
pub static TOOL_CHOICE: Schema = Schema::union(
    "ToolChoice",
    &[
        Member::new("auto", &AUTO_TOOL_CHOICE),
        Member::new("any", &ANY_TOOL_CHOICE),
        Member::new("tool", &SPECIFIC_TOOL_CHOICE),
    ],
);
pub static TOOL_CONFIGURATION: Schema = Schema::structure(
    "ToolConfiguration",
    &[
        Member::new("tools", &TOOL_CONFIGURATION_TOOLS_LIST).with(f::REQUIRED),
        Member::new("toolChoice", &TOOL_CHOICE),
    ],
);
pub static TOOL_CONFIGURATION_TOOLS_LIST: Schema = Schema::list(
    "ToolConfigurationToolsList",
    &[Member::new("member", &TOOL)],
);
pub static TOOL_INPUT_SCHEMA: Schema = Schema::union(
    "ToolInputSchema",
    &[Member::new("json", &DOCUMENT)],
);
pub static TOOL_REFERENCE: Schema = Schema::structure(
    "ToolReference",
    &[
        Member::new("type", &p::STRING),
        Member::new("name", &p::STRING),
        Member::new("serverName", &p::STRING),
    ],
);
pub static TOOL_REMOVAL_BLOCK: Schema = Schema::structure(
    "ToolRemovalBlock",
    &[Member::new("tool", &TOOL_REFERENCE).with(f::REQUIRED)],
);
pub static TOOL_RESULT_BLOCK: Schema = Schema::structure(
    "ToolResultBlock",
    &[
        Member::new("toolUseId", &p::STRING).with(f::REQUIRED),
        Member::new("content", &TOOL_RESULT_CONTENT_BLOCKS).with(f::REQUIRED),
        Member::new("status", &p::STRING),
        Member::new("type", &p::STRING),
    ],
);
pub static TOOL_RESULT_BLOCK_DELTA: Schema = Schema::union(
    "ToolResultBlockDelta",
    &[Member::new("text", &p::STRING), Member::new("json", &DOCUMENT)],
);
pub static TOOL_RESULT_BLOCK_START: Schema = Schema::structure(
    "ToolResultBlockStart",
    &[
        Member::new("toolUseId", &p::STRING).with(f::REQUIRED),
        Member::new("type", &p::STRING),
        Member::new("status", &p::STRING),
    ],
);
pub static TOOL_RESULT_BLOCKS_DELTA: Schema = Schema::list(
    "ToolResultBlocksDelta",
    &[Member::new("member", &TOOL_RESULT_BLOCK_DELTA)],
);
pub static TOOL_RESULT_CONTENT_BLOCK: Schema = Schema::union(
    "ToolResultContentBlock",
    &[
        Member::new("json", &DOCUMENT),
        Member::new("text", &p::STRING),
        Member::new("image", &IMAGE_BLOCK),
        Member::new("document", &DOCUMENT_BLOCK),
        Member::new("video", &VIDEO_BLOCK),
        Member::new("searchResult", &SEARCH_RESULT_BLOCK),
    ],
);
pub static TOOL_RESULT_CONTENT_BLOCKS: Schema = Schema::list(
    "ToolResultContentBlocks",
    &[Member::new("member", &TOOL_RESULT_CONTENT_BLOCK)],
);
pub static TOOL_SPECIFICATION: Schema = Schema::structure(
    "ToolSpecification",
    &[
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("description", &p::STRING),
        Member::new("inputSchema", &TOOL_INPUT_SCHEMA).with(f::REQUIRED),
        Member::new("strict", &p::BOOLEAN),
    ],
);
pub static TOOL_USE_BLOCK: Schema = Schema::structure(
    "ToolUseBlock",
    &[
        Member::new("toolUseId", &p::STRING).with(f::REQUIRED),
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("input", &DOCUMENT).with(f::REQUIRED),
        Member::new("type", &p::STRING),
    ],
);
pub static TOOL_USE_BLOCK_DELTA: Schema = Schema::structure(
    "ToolUseBlockDelta",
    &[Member::new("input", &p::STRING).with(f::REQUIRED)],
);
pub static TOOL_USE_BLOCK_START: Schema = Schema::structure(
    "ToolUseBlockStart",
    &[
        Member::new("toolUseId", &p::STRING).with(f::REQUIRED),
        Member::new("name", &p::STRING).with(f::REQUIRED),
        Member::new("type", &p::STRING),
    ],
);
pub static VALIDATION_EXCEPTION: Schema = Schema::structure(
        "ValidationException",
        &[Member::new("message", &p::STRING)],
    )
    .with(f::SENDER_FAULT)
    .error("ValidationException", 400u16);
pub static VIDEO_BLOCK: Schema = Schema::structure(
    "VideoBlock",
    &[
        Member::new("format", &p::STRING).with(f::REQUIRED),
        Member::new("source", &VIDEO_SOURCE).with(f::REQUIRED),
    ],
);
pub static VIDEO_SOURCE: Schema = Schema::union(
    "VideoSource",
    &[Member::new("bytes", &p::BLOB), Member::new("s3Location", &S3_LOCATION)],
);
pub static WEB_LOCATION: Schema = Schema::structure(
    "WebLocation",
    &[Member::new("url", &p::STRING), Member::new("domain", &p::STRING)],
);
/// Operation metadata.
pub mod ops {
    use super::*;
    pub static APPLY_GUARDRAIL: Operation = Operation::new(
            "ApplyGuardrail",
            "POST",
            "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply",
            &super::APPLY_GUARDRAIL_INPUT,
            &super::APPLY_GUARDRAIL_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
            ],
        );
    pub static CONVERSE: Operation = Operation::new(
            "Converse",
            "POST",
            "/model/{modelId}/converse",
            &super::CONVERSE_INPUT,
            &super::CONVERSE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::MODEL_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::MODEL_NOT_READY_EXCEPTION,
                &super::MODEL_ERROR_EXCEPTION,
            ],
        );
    pub static CONVERSE_STREAM: Operation = Operation::new(
            "ConverseStream",
            "POST",
            "/model/{modelId}/converse-stream",
            &super::CONVERSE_STREAM_INPUT,
            &super::CONVERSE_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::MODEL_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::MODEL_NOT_READY_EXCEPTION,
                &super::MODEL_ERROR_EXCEPTION,
            ],
        )
        .with(op_flags::EVENT_STREAM);
    pub static COUNT_TOKENS: Operation = Operation::new(
            "CountTokens",
            "POST",
            "/model/{modelId}/count-tokens",
            &super::COUNT_TOKENS_INPUT,
            &super::COUNT_TOKENS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static GET_ASYNC_INVOKE: Operation = Operation::new(
            "GetAsyncInvoke",
            "GET",
            "/async-invoke/{invocationArn}",
            &super::GET_ASYNC_INVOKE_INPUT,
            &super::GET_ASYNC_INVOKE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static INVOKE_GUARDRAIL_CHECKS: Operation = Operation::new(
            "InvokeGuardrailChecks",
            "POST",
            "/guardrail-checks/invoke",
            &super::INVOKE_GUARDRAIL_CHECKS_INPUT,
            &super::INVOKE_GUARDRAIL_CHECKS_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static INVOKE_MODEL: Operation = Operation::new(
            "InvokeModel",
            "POST",
            "/model/{modelId}/invoke",
            &super::INVOKE_MODEL_INPUT,
            &super::INVOKE_MODEL_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::MODEL_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::MODEL_NOT_READY_EXCEPTION,
                &super::MODEL_ERROR_EXCEPTION,
            ],
        );
    pub static INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM: Operation = Operation::new(
            "InvokeModelWithBidirectionalStream",
            "POST",
            "/model/{modelId}/invoke-with-bidirectional-stream",
            &super::INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_INPUT,
            &super::INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::MODEL_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::MODEL_STREAM_ERROR_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::MODEL_NOT_READY_EXCEPTION,
                &super::MODEL_ERROR_EXCEPTION,
            ],
        )
        .with(op_flags::EVENT_STREAM);
    pub static INVOKE_MODEL_WITH_RESPONSE_STREAM: Operation = Operation::new(
            "InvokeModelWithResponseStream",
            "POST",
            "/model/{modelId}/invoke-with-response-stream",
            &super::INVOKE_MODEL_WITH_RESPONSE_STREAM_INPUT,
            &super::INVOKE_MODEL_WITH_RESPONSE_STREAM_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::MODEL_TIMEOUT_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::MODEL_STREAM_ERROR_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::MODEL_NOT_READY_EXCEPTION,
                &super::MODEL_ERROR_EXCEPTION,
            ],
        )
        .with(op_flags::EVENT_STREAM);
    pub static LIST_ASYNC_INVOKES: Operation = Operation::new(
            "ListAsyncInvokes",
            "GET",
            "/async-invoke",
            &super::LIST_ASYNC_INVOKES_INPUT,
            &super::LIST_ASYNC_INVOKES_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
            ],
        );
    pub static START_ASYNC_INVOKE: Operation = Operation::new(
            "StartAsyncInvoke",
            "POST",
            "/async-invoke",
            &super::START_ASYNC_INVOKE_INPUT,
            &super::START_ASYNC_INVOKE_OUTPUT,
        )
        .errors(
            &[
                &super::ACCESS_DENIED_EXCEPTION,
                &super::THROTTLING_EXCEPTION,
                &super::RESOURCE_NOT_FOUND_EXCEPTION,
                &super::INTERNAL_SERVER_EXCEPTION,
                &super::SERVICE_UNAVAILABLE_EXCEPTION,
                &super::VALIDATION_EXCEPTION,
                &super::SERVICE_QUOTA_EXCEEDED_EXCEPTION,
                &super::CONFLICT_EXCEPTION,
            ],
        )
        .with(op_flags::IDEMPOTENT);
    /// Every operation, by model name order.
    pub static ALL: &[&Operation] = &[
        &APPLY_GUARDRAIL,
        &CONVERSE,
        &CONVERSE_STREAM,
        &COUNT_TOKENS,
        &GET_ASYNC_INVOKE,
        &INVOKE_GUARDRAIL_CHECKS,
        &INVOKE_MODEL,
        &INVOKE_MODEL_WITH_BIDIRECTIONAL_STREAM,
        &INVOKE_MODEL_WITH_RESPONSE_STREAM,
        &LIST_ASYNC_INVOKES,
        &START_ASYNC_INVOKE,
    ];
}
/// The service's paginators (`paginators-1.json`).
pub mod paginators {
    use kumo_runtime::paginate::PaginatorSpec;
    pub static LIST_ASYNC_INVOKES: PaginatorSpec = PaginatorSpec {
        operation: &super::ops::LIST_ASYNC_INVOKES,
        input_token: &["nextToken"],
        output_token: &["nextToken"],
        limit_key: Some("maxResults"),
        more_results: None,
        result_key: &["asyncInvokeSummaries"],
    };
}

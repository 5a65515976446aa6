//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
/// The caller does not have the permissions required to perform the operation. This error is also returned when the operation cannot use the AWS KMS key for the event bus.
#[derive(Clone, Default, PartialEq)]
pub struct AccessDeniedException {
    pub message: Option<String>,
}
rt::structure!(AccessDeniedException, ACCESS_DENIED_EXCEPTION, [message]);
/// Configuration for forwarding a single AWS service's events from the account's default event bus.
#[derive(Clone, Default, PartialEq)]
pub struct AwsServiceEventsSourceConfiguration {
    /// A single AWS service source identifier, e.g. "aws.s3". Wildcards and lists are rejected.
    pub aws_service: String,
    /// A filter pattern, as a JSON string, that defines which of the service's events are forwarded to the event bus. Do not include source, account, or region as top-level fields. If no pattern is specified, all events from the service are forwarded.
    pub pattern: Option<String>,
    /// The destination for events that could not be forwarded.
    pub on_failure_configuration: Option<OnFailureConfiguration>,
}
rt::structure!(
    AwsServiceEventsSourceConfiguration, AWS_SERVICE_EVENTS_SOURCE_CONFIGURATION,
    [aws_service, pattern, on_failure_configuration]
);
/// Batching configuration for a subscriber.
#[derive(Clone, Default, PartialEq)]
pub struct BatchConfiguration {
    /// The maximum number of events to include in a single batch delivered to the target. The service delivers up to this many events per batch; fewer may be delivered when the batch window elapses or the target's per-batch limit is smaller. This is a maximum, not a guaranteed count. Valid range is 1-500 (default: 10, or the target API's per-batch maximum). The resolved value applied by the service is returned on read.
    pub max_batch_size: Option<i32>,
    /// The maximum time in seconds to wait for a batch to fill before delivering it to the target. This is a maximum; a batch may be delivered sooner if it reaches MaxBatchSize or another delivery condition is met. Valid range is 0-300 (default: 0, meaning no wait). The resolved value applied by the service is always returned on read.
    pub max_batch_window_in_seconds: Option<i32>,
}
rt::structure!(
    BatchConfiguration, BATCH_CONFIGURATION, [max_batch_size,
    max_batch_window_in_seconds]
);
/// Lifecycle state of an event bus.
///
/// - CREATING: Bus creation is in progress.
/// - CREATE\_FAILED: Bus creation failed; see StateReason. The bus cannot be recovered or recreated in place: delete it with DeleteEventBus, then create a new bus.
/// - ACTIVE: Bus is fully operational and can accept events.
/// - UPDATING: Bus update is in progress.
/// - UPDATE\_FAILED: Bus update failed; the bus remains operational with its previous configuration.
/// - DELETING: Bus deletion is actively in progress.
/// - DELETE\_FAILED: Bus deletion failed; see StateReason. Retry DeleteEventBus after removing subscribers and event sources.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BusState {
    /// `CREATING`
    Creating,
    /// `CREATE_FAILED`
    CreateFailed,
    /// `UPDATING`
    Updating,
    /// `UPDATE_FAILED`
    UpdateFailed,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `DELETE_FAILED`
    DeleteFailed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    BusState, { Creating => "CREATING", CreateFailed => "CREATE_FAILED", Updating =>
    "UPDATING", UpdateFailed => "UPDATE_FAILED", Deleting => "DELETING", Active =>
    "ACTIVE", DeleteFailed => "DELETE_FAILED" }
);
/// Another change to the resource is already in progress. Retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct ConcurrentModificationException {
    pub message: Option<String>,
}
rt::structure!(
    ConcurrentModificationException, CONCURRENT_MODIFICATION_EXCEPTION, [message]
);
/// A client-supplied precondition (e.g. ExpectedRevisionId on a resource-policy write) did not match the current state of the resource. Retrying the same request will fail again; re-read the resource and re-evaluate before retrying.
///
/// A conditional request is not retry-safe on its own. If an earlier attempt committed but its response never reached the caller, retrying fails with this error, which is indistinguishable from another writer having won. Compare the resource's current contents with what the request intended: a successful attempt stores a revision ID the caller never saw, so the revision alone cannot tell the two apart, but matching contents mean the change took effect.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictException {
    pub message: Option<String>,
}
rt::structure!(ConflictException, CONFLICT_EXCEPTION, [message]);
/// Authentication configuration for public Confluent Schema Registry via EventBridge Connection.
#[derive(Clone, Default, PartialEq)]
pub struct ConfluentPublicRegistryConfiguration {
    /// EventBridge Connection ARN that provides API Key or OAuth credentials for the registry.
    pub connection_arn: String,
}
rt::structure!(
    ConfluentPublicRegistryConfiguration, CONFLUENT_PUBLIC_REGISTRY_CONFIGURATION,
    [connection_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateEventBusInput {
    /// Name of an event bus. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'. The grammar matches the name segment of EventBusArn (event-busv2//), so every valid name can be represented in the bus's ARN. The same type is used everywhere a bus name appears.
    pub name: String,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Encryption configuration for an event bus.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// Event storage configuration for an event bus.
    pub storage_configuration: Option<StorageConfiguration>,
    /// Tags attached to a resource, as key-value pairs.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Unique, case-sensitive identifier that ensures the idempotency of the request. The SDK generates one automatically when the field is omitted.
    pub client_token: Option<String>,
}
rt::structure!(
    CreateEventBusInput, CREATE_EVENT_BUS_INPUT, [name, description,
    encryption_configuration, storage_configuration, tags, client_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateEventBusOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Name of an event bus. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'. The grammar matches the name segment of EventBusArn (event-busv2//), so every valid name can be represented in the bus's ARN. The same type is used everywhere a bus name appears.
    pub name: Option<String>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Encryption configuration for an event bus.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// Event storage configuration of an event bus, as returned on reads.
    pub storage_configuration: Option<StorageConfigurationOutput>,
    /// Lifecycle state of an event bus.
    ///
    /// - CREATING: Bus creation is in progress.
    /// - CREATE\_FAILED: Bus creation failed; see StateReason. The bus cannot be recovered or recreated in place: delete it with DeleteEventBus, then create a new bus.
    /// - ACTIVE: Bus is fully operational and can accept events.
    /// - UPDATING: Bus update is in progress.
    /// - UPDATE\_FAILED: Bus update failed; the bus remains operational with its previous configuration.
    /// - DELETING: Bus deletion is actively in progress.
    /// - DELETE\_FAILED: Bus deletion failed; see StateReason. Retry DeleteEventBus after removing subscribers and event sources.
    pub state: Option<BusState>,
    /// Human-readable explanation of why an event bus is in its current State. Omitted when the bus is in a normal operational state (ACTIVE). It stands in for the error response an asynchronous failure cannot return, so it applies only to resources with an asynchronous lifecycle: event buses. EventSources and subscribers are provisioned synchronously and report failures directly on the request.
    pub state_reason: Option<String>,
    /// The time the event bus was created.
    pub creation_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateEventBusOutput, CREATE_EVENT_BUS_OUTPUT, [event_bus_arn, name, description,
    encryption_configuration, storage_configuration, state, state_reason, creation_time],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateEventSourceInput {
    /// EventSource name. First character alphanumeric; the rest may add '.', '-', '\_'. Names may not begin with the reserved "aws." prefix. The grammar matches the ARN local-name segment in EventSourceArn (event-sourcev2///), mirroring EventBusName, so a name the ARN cannot represent cannot be created.
    pub name: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
    /// Discriminated EventSource configuration. Exactly one variant must be set.
    pub configuration: EventSourceConfiguration,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Tags attached to a resource, as key-value pairs.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Unique, case-sensitive identifier that ensures the idempotency of the request. The SDK generates one automatically when the field is omitted.
    pub client_token: Option<String>,
}
rt::structure!(
    CreateEventSourceInput, CREATE_EVENT_SOURCE_INPUT, [name, event_bus_arn,
    configuration, description, tags, client_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateEventSourceOutput {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: Option<String>,
    /// EventSource name. First character alphanumeric; the rest may add '.', '-', '\_'. Names may not begin with the reserved "aws." prefix. The grammar matches the ARN local-name segment in EventSourceArn (event-sourcev2///), mirroring EventBusName, so a name the ARN cannot represent cannot be created.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Lifecycle state of an EventSource. Revocation is reported by the Revoked flag.
    pub state: Option<EventSourceState>,
    /// The time the EventSource was created.
    pub creation_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateEventSourceOutput, CREATE_EVENT_SOURCE_OUTPUT, [event_source_arn, name,
    event_bus_arn, state, creation_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSubscriberInput {
    /// Name of a subscriber. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'.
    pub name: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
    /// Configuration for how the subscriber invokes its target.
    pub invoke_configuration: InvokeConfiguration,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Configuration for filtering events delivered to a subscriber. On CreateSubscriber, Filters is required and must contain at least one Filter with a non-empty Pattern. On UpdateSubscriber, an empty `FilterConfiguration:{}` clears the existing filter. Any non-empty shape (including `{Language:X}` without Filters) must contain a valid Filters list — same contract as CreateSubscriber. A non-empty Filters list overwrites; an omitted FilterConfiguration preserves existing state. All Filters are implicitly ANDed — an event must match every Filter to be delivered.
    pub filter_configuration: Option<FilterConfiguration>,
    /// Delivery ordering mode of a subscriber: FIFO delivers events in order within an event group; UNORDERED delivers without an ordering guarantee.
    pub r#type: Option<OrderingType>,
    /// Starting position for a subscriber.
    pub starting_position: Option<StartingPosition>,
    /// Point-in-time configuration for a subscriber. Only applicable when StartingPosition is POINT\_IN\_TIME.
    pub point_in_time_configuration: Option<PointInTimeConfiguration>,
    /// Batching configuration for a subscriber.
    pub batch_configuration: Option<BatchConfiguration>,
    /// Not applicable to universal (aws-sdk) targets, whose input transformation is UniversalTargetParameters.Input; a Transformer on such a target is rejected.
    pub transformer: Option<Transformer>,
    /// Retry policy for a subscriber.
    pub retry_policy: Option<RetryPolicy>,
    /// On-failure configuration: where a failed delivery is sent. Shared by the subscriber and the EventSource.
    pub on_failure_configuration: Option<OnFailureConfiguration>,
    /// Log configuration for a subscriber.
    pub log_configuration: Option<LogConfiguration>,
    /// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
    pub state: Option<SubscriberState>,
    /// Tags attached to a resource, as key-value pairs.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Unique, case-sensitive identifier that ensures the idempotency of the request. The SDK generates one automatically when the field is omitted.
    pub client_token: Option<String>,
}
rt::structure!(
    CreateSubscriberInput, CREATE_SUBSCRIBER_INPUT, [name, event_bus_arn,
    invoke_configuration, description, filter_configuration, r#type, starting_position,
    point_in_time_configuration, batch_configuration, transformer, retry_policy,
    on_failure_configuration, log_configuration, state, tags, client_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateSubscriberOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: Option<String>,
    /// Name of a subscriber. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Delivery ordering mode of a subscriber: FIFO delivers events in order within an event group; UNORDERED delivers without an ordering guarantee.
    pub r#type: Option<OrderingType>,
    /// Starting position for a subscriber.
    pub starting_position: Option<StartingPosition>,
    /// Point-in-time configuration for a subscriber. Only applicable when StartingPosition is POINT\_IN\_TIME.
    pub point_in_time_configuration: Option<PointInTimeConfiguration>,
    /// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
    pub state: Option<SubscriberState>,
    /// The time the subscriber was created.
    pub creation_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateSubscriberOutput, CREATE_SUBSCRIBER_OUTPUT, [subscriber_arn, name,
    event_bus_arn, r#type, starting_position, point_in_time_configuration, state,
    creation_time], meta = response_metadata
);
/// Deduplication settings for a publish request.
#[derive(Clone, Default, PartialEq)]
pub struct DeduplicationConfiguration {
    /// How duplicate events are detected: by a hash of the event content (CONTENT\_BASED). To deduplicate by a caller-supplied token instead, omit DeduplicationConfiguration and set DeduplicationId on each entry.
    pub deduplication_type: DeduplicationType,
}
rt::structure!(
    DeduplicationConfiguration, DEDUPLICATION_CONFIGURATION, [deduplication_type]
);
/// How duplicate events are detected: by a hash of the event content (CONTENT\_BASED). To deduplicate by a caller-supplied token instead, omit DeduplicationConfiguration and set DeduplicationId on each entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeduplicationType {
    /// `CONTENT_BASED`
    ContentBased,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(DeduplicationType, { ContentBased => "CONTENT_BASED" });
#[derive(Clone, Default, PartialEq)]
pub struct DeleteEventBusInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
}
rt::structure!(DeleteEventBusInput, DELETE_EVENT_BUS_INPUT, [event_bus_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteEventBusOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteEventBusOutput, DELETE_EVENT_BUS_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteEventSourceInput {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: String,
}
rt::structure!(DeleteEventSourceInput, DELETE_EVENT_SOURCE_INPUT, [event_source_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteEventSourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteEventSourceOutput, DELETE_EVENT_SOURCE_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub resource_arn: String,
    /// Which named policy to delete. Defaults to "default" when omitted (a delete AWS Resource Access Manager makes on the owner's behalf resolves to "AWS\_RAM" instead). The two writers are exclusive in both directions — only Resource Access Manager can delete "AWS\_RAM", and only the bus owner can delete "default" — so naming the other party's policy fails with AccessDeniedException. A well-formed name that is neither of the two fails with InvalidInputException.
    pub policy_name: Option<String>,
    /// The delete succeeds only if the named policy's current revision ID matches this value; if it differs or the policy does not exist, the operation fails with ConflictException. The "NO\_POLICY" sentinel is not valid here. When omitted, deleting an absent policy is an idempotent success. Supplying this value makes the delete non-idempotent: once it succeeds the expected revision no longer exists, so retrying an unanswered request fails with ConflictException even though the policy was deleted. To establish the outcome, read the policy back: ResourceNotFoundException means the delete took effect.
    pub expected_revision_id: Option<String>,
}
rt::structure!(
    DeleteResourcePolicyInput, DELETE_RESOURCE_POLICY_INPUT, [resource_arn, policy_name,
    expected_revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyOutput {
    /// Revision ID of the policy that was deleted. Absent when no policy was deleted.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteResourcePolicyOutput, DELETE_RESOURCE_POLICY_OUTPUT, [revision_id], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSubscriberInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: String,
}
rt::structure!(DeleteSubscriberInput, DELETE_SUBSCRIBER_INPUT, [subscriber_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteSubscriberOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteSubscriberOutput, DELETE_SUBSCRIBER_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeEventBusInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
}
rt::structure!(DescribeEventBusInput, DESCRIBE_EVENT_BUS_INPUT, [event_bus_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeEventBusOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Name of an event bus. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'. The grammar matches the name segment of EventBusArn (event-busv2//), so every valid name can be represented in the bus's ARN. The same type is used everywhere a bus name appears.
    pub name: Option<String>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Encryption configuration for an event bus.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// Event storage configuration of an event bus, as returned on reads.
    pub storage_configuration: Option<StorageConfigurationOutput>,
    /// The time the event bus was created.
    pub creation_time: Option<rt::DateTime>,
    /// The time the event bus was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Lifecycle state of an event bus.
    ///
    /// - CREATING: Bus creation is in progress.
    /// - CREATE\_FAILED: Bus creation failed; see StateReason. The bus cannot be recovered or recreated in place: delete it with DeleteEventBus, then create a new bus.
    /// - ACTIVE: Bus is fully operational and can accept events.
    /// - UPDATING: Bus update is in progress.
    /// - UPDATE\_FAILED: Bus update failed; the bus remains operational with its previous configuration.
    /// - DELETING: Bus deletion is actively in progress.
    /// - DELETE\_FAILED: Bus deletion failed; see StateReason. Retry DeleteEventBus after removing subscribers and event sources.
    pub state: Option<BusState>,
    /// Human-readable explanation of why an event bus is in its current State. Omitted when the bus is in a normal operational state (ACTIVE). It stands in for the error response an asynchronous failure cannot return, so it applies only to resources with an asynchronous lifecycle: event buses. EventSources and subscribers are provisioned synchronously and report failures directly on the request.
    pub state_reason: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeEventBusOutput, DESCRIBE_EVENT_BUS_OUTPUT, [event_bus_arn, name, description,
    encryption_configuration, storage_configuration, creation_time, last_modified_time,
    state, state_reason], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeEventSourceInput {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: String,
}
rt::structure!(
    DescribeEventSourceInput, DESCRIBE_EVENT_SOURCE_INPUT, [event_source_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeEventSourceOutput {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: Option<String>,
    /// EventSource name. First character alphanumeric; the rest may add '.', '-', '\_'. Names may not begin with the reserved "aws." prefix. The grammar matches the ARN local-name segment in EventSourceArn (event-sourcev2///), mirroring EventBusName, so a name the ARN cannot represent cannot be created.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Discriminated EventSource configuration. Exactly one variant must be set.
    pub configuration: Option<EventSourceConfiguration>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Lifecycle state of an EventSource. Revocation is reported by the Revoked flag.
    pub state: Option<EventSourceState>,
    /// True when the bus owner has withdrawn this EventSource. Present only when true, so an absent member means the EventSource is not revoked. Revocation is terminal: it never returns to false. Mutating operations on a revoked EventSource fail with InvalidStateException, except DeleteEventSource, which stays available so a revoked EventSource can still be cleaned up.
    pub revoked: Option<bool>,
    /// The time the EventSource was created.
    pub creation_time: Option<rt::DateTime>,
    /// The time the EventSource was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeEventSourceOutput, DESCRIBE_EVENT_SOURCE_OUTPUT, [event_source_arn, name,
    event_bus_arn, configuration, description, state, revoked, creation_time,
    last_modified_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeSubscriberInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: String,
}
rt::structure!(DescribeSubscriberInput, DESCRIBE_SUBSCRIBER_INPUT, [subscriber_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct DescribeSubscriberOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: Option<String>,
    /// Name of a subscriber. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Configuration for how the subscriber invokes its target.
    pub invoke_configuration: Option<InvokeConfiguration>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Configuration for filtering events delivered to a subscriber. On CreateSubscriber, Filters is required and must contain at least one Filter with a non-empty Pattern. On UpdateSubscriber, an empty `FilterConfiguration:{}` clears the existing filter. Any non-empty shape (including `{Language:X}` without Filters) must contain a valid Filters list — same contract as CreateSubscriber. A non-empty Filters list overwrites; an omitted FilterConfiguration preserves existing state. All Filters are implicitly ANDed — an event must match every Filter to be delivered.
    pub filter_configuration: Option<FilterConfiguration>,
    /// Delivery ordering mode of a subscriber: FIFO delivers events in order within an event group; UNORDERED delivers without an ordering guarantee.
    pub r#type: Option<OrderingType>,
    /// Starting position for a subscriber.
    pub starting_position: Option<StartingPosition>,
    /// Point-in-time configuration for a subscriber. Only applicable when StartingPosition is POINT\_IN\_TIME.
    pub point_in_time_configuration: Option<PointInTimeConfiguration>,
    /// Batching configuration for a subscriber.
    pub batch_configuration: Option<BatchConfiguration>,
    /// Absent for universal (aws-sdk) targets, whose input transformation is UniversalTargetParameters.Input.
    pub transformer: Option<Transformer>,
    /// Retry policy for a subscriber.
    pub retry_policy: Option<RetryPolicy>,
    /// On-failure configuration: where a failed delivery is sent. Shared by the subscriber and the EventSource.
    pub on_failure_configuration: Option<OnFailureConfiguration>,
    /// Log configuration for a subscriber.
    pub log_configuration: Option<LogConfiguration>,
    /// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
    pub state: Option<SubscriberState>,
    /// True when the bus owner has revoked this subscriber. Present only when true, so an absent member means the subscriber is not revoked. Revocation is terminal: it never returns to false. Mutating operations on a revoked subscriber fail with InvalidStateException, except DeleteSubscriber, which stays available so a revoked subscriber can still be cleaned up.
    pub revoked: Option<bool>,
    /// The time the subscriber was created.
    pub creation_time: Option<rt::DateTime>,
    /// The time the subscriber was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DescribeSubscriberOutput, DESCRIBE_SUBSCRIBER_OUTPUT, [subscriber_arn, name,
    event_bus_arn, invoke_configuration, description, filter_configuration, r#type,
    starting_position, point_in_time_configuration, batch_configuration, transformer,
    retry_policy, on_failure_configuration, log_configuration, state, revoked,
    creation_time, last_modified_time], meta = response_metadata
);
/// Encryption configuration for an event bus.
#[derive(Clone, Default, PartialEq)]
pub struct EncryptionConfiguration {
    /// Identifier of the AWS KMS customer managed key used to encrypt events: a key ID, key ARN, alias name, or alias ARN. When absent, events are encrypted with an AWS owned key.
    pub kms_key_identifier: Option<String>,
}
rt::structure!(EncryptionConfiguration, ENCRYPTION_CONFIGURATION, [kms_key_identifier]);
/// Summary of an event bus, as returned by ListEventBuses.
#[derive(Clone, Default, PartialEq)]
pub struct EventBusSummary {
    /// Name of an event bus. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'. The grammar matches the name segment of EventBusArn (event-busv2//), so every valid name can be represented in the bus's ARN. The same type is used everywhere a bus name appears.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// The time the event bus was created.
    pub creation_time: Option<rt::DateTime>,
    /// The time the event bus was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Lifecycle state of an event bus.
    ///
    /// - CREATING: Bus creation is in progress.
    /// - CREATE\_FAILED: Bus creation failed; see StateReason. The bus cannot be recovered or recreated in place: delete it with DeleteEventBus, then create a new bus.
    /// - ACTIVE: Bus is fully operational and can accept events.
    /// - UPDATING: Bus update is in progress.
    /// - UPDATE\_FAILED: Bus update failed; the bus remains operational with its previous configuration.
    /// - DELETING: Bus deletion is actively in progress.
    /// - DELETE\_FAILED: Bus deletion failed; see StateReason. Retry DeleteEventBus after removing subscribers and event sources.
    pub state: Option<BusState>,
    /// Human-readable explanation of why an event bus is in its current State. Omitted when the bus is in a normal operational state (ACTIVE). It stands in for the error response an asynchronous failure cannot return, so it applies only to resources with an asynchronous lifecycle: event buses. EventSources and subscribers are provisioned synchronously and report failures directly on the request.
    pub state_reason: Option<String>,
    /// AWS Account Id.
    pub event_bus_account_id: Option<String>,
}
rt::structure!(
    EventBusSummary, EVENT_BUS_SUMMARY, [name, event_bus_arn, description, creation_time,
    last_modified_time, state, state_reason, event_bus_account_id]
);
/// Parameters for forwarding events to another EventBridge event bus.
#[derive(Clone, Default, PartialEq)]
pub struct EventBusV2Parameters {
    /// Customer-defined metadata forwarded with each event.
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// Customer-controllable system metadata attached to each forwarded event.
    pub system_metadata: Option<EventBusV2SystemMetadata>,
    /// Deduplication settings applied to the forwarded events on the downstream bus.
    pub deduplication_configuration: Option<DeduplicationConfiguration>,
}
rt::structure!(
    EventBusV2Parameters, EVENT_BUS_V2_PARAMETERS, [metadata, system_metadata,
    deduplication_configuration]
);
/// Customer-controllable system metadata attached to events forwarded to the downstream event bus.
#[derive(Clone, Default, PartialEq)]
pub struct EventBusV2SystemMetadata {
    /// Event group ID for FIFO ordering on the downstream bus. Accepts a literal or a JSONata expression.
    pub event_group_id: Option<String>,
    /// Deduplication ID for FIFO deduplication on the downstream bus. Accepts a literal or a JSONata expression.
    pub deduplication_id: Option<String>,
}
rt::structure!(
    EventBusV2SystemMetadata, EVENT_BUS_V2_SYSTEM_METADATA, [event_group_id,
    deduplication_id]
);
/// Discriminated EventSource configuration. Exactly one variant must be set.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum EventSourceConfiguration {
    AwsServiceEventsConfiguration(AwsServiceEventsSourceConfiguration),
    PartnerEventsConfiguration(PartnerEventsSourceConfiguration),
    /// A member this version of the client does not know, by name.
    Unknown(String),
}
rt::union!(
    EventSourceConfiguration, EVENT_SOURCE_CONFIGURATION, [AwsServiceEventsConfiguration,
    PartnerEventsConfiguration]
);
/// Lifecycle state of an EventSource. Revocation is reported by the Revoked flag.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSourceState {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `UPDATING`
    Updating,
    /// `CREATE_FAILED`
    CreateFailed,
    /// `UPDATE_FAILED`
    UpdateFailed,
    /// `DELETING`
    Deleting,
    /// `DELETE_FAILED`
    DeleteFailed,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EventSourceState, { Creating => "CREATING", Active => "ACTIVE", Updating =>
    "UPDATING", CreateFailed => "CREATE_FAILED", UpdateFailed => "UPDATE_FAILED",
    Deleting => "DELETING", DeleteFailed => "DELETE_FAILED" }
);
/// Summary of an EventSource, as returned by ListEventSources.
#[derive(Clone, Default, PartialEq)]
pub struct EventSourceSummary {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: Option<String>,
    /// EventSource name. First character alphanumeric; the rest may add '.', '-', '\_'. Names may not begin with the reserved "aws." prefix. The grammar matches the ARN local-name segment in EventSourceArn (event-sourcev2///), mirroring EventBusName, so a name the ARN cannot represent cannot be created.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Origin type of an EventSource: an AWS service's events (AWS\_SERVICE\_EVENTS) or a partner event source's events (PARTNER\_EVENTS).
    pub r#type: Option<EventSourceType>,
    /// Lifecycle state of an EventSource. Revocation is reported by the Revoked flag.
    pub state: Option<EventSourceState>,
    /// True when the bus owner has withdrawn this EventSource. Present only when true, so a bus owner listing EventSources sees at a glance which ones they revoked. See DescribeEventSourceResponse$Revoked.
    pub revoked: Option<bool>,
    /// The time the EventSource was created.
    pub creation_time: Option<rt::DateTime>,
    /// The time the EventSource was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// AWS Account Id.
    pub event_source_account_id: Option<String>,
}
rt::structure!(
    EventSourceSummary, EVENT_SOURCE_SUMMARY, [event_source_arn, name, event_bus_arn,
    r#type, state, revoked, creation_time, last_modified_time, event_source_account_id]
);
/// Origin type of an EventSource: an AWS service's events (AWS\_SERVICE\_EVENTS) or a partner event source's events (PARTNER\_EVENTS).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSourceType {
    /// `AWS_SERVICE_EVENTS`
    AwsServiceEvents,
    /// `PARTNER_EVENTS`
    PartnerEvents,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    EventSourceType, { AwsServiceEvents => "AWS_SERVICE_EVENTS", PartnerEvents =>
    "PARTNER_EVENTS" }
);
/// A single filter entry within a FilterConfiguration.
#[derive(Clone, Default, PartialEq)]
pub struct Filter {
    /// An event pattern, as a JSON string, that selects which events match.
    pub pattern: String,
    /// Scope of a filter pattern within a FilterConfiguration.
    pub scope: FilterScope,
}
rt::structure!(Filter, FILTER, [pattern, scope]);
/// Configuration for filtering events delivered to a subscriber. On CreateSubscriber, Filters is required and must contain at least one Filter with a non-empty Pattern. On UpdateSubscriber, an empty `FilterConfiguration:{}` clears the existing filter. Any non-empty shape (including `{Language:X}` without Filters) must contain a valid Filters list — same contract as CreateSubscriber. A non-empty Filters list overwrites; an omitted FilterConfiguration preserves existing state. All Filters are implicitly ANDed — an event must match every Filter to be delivered.
#[derive(Clone, Default, PartialEq)]
pub struct FilterConfiguration {
    /// Defaults to EVENT\_BRIDGE\_PATTERN when not specified.
    pub language: Option<FilterLanguage>,
    /// List of filters. An event must match every filter to be delivered.
    pub filters: Option<Vec<Filter>>,
}
rt::structure!(FilterConfiguration, FILTER_CONFIGURATION, [language, filters]);
/// Language used for filter pattern matching.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterLanguage {
    /// `EVENT_BRIDGE_PATTERN`
    EventBridgePattern,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(FilterLanguage, { EventBridgePattern => "EVENT_BRIDGE_PATTERN" });
/// Scope of a filter pattern within a FilterConfiguration.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterScope {
    /// `DATA`
    Data,
    /// `METADATA`
    Metadata,
    /// `SYSTEM_METADATA`
    SystemMetadata,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    FilterScope, { Data => "DATA", Metadata => "METADATA", SystemMetadata =>
    "SYSTEM_METADATA" }
);
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub resource_arn: String,
    /// Which named policy to read. Defaults to "default" when omitted (a read AWS Resource Access Manager makes on the owner's behalf resolves to "AWS\_RAM" instead). Unlike writing, neither name is reserved on a read: the bus owner can read both. There is no fallback between the two, so a bus shared only through Resource Access Manager fails with ResourceNotFoundException until "AWS\_RAM" is named explicitly. A well-formed name that is neither of the two fails with InvalidInputException.
    pub policy_name: Option<String>,
}
rt::structure!(
    GetResourcePolicyInput, GET_RESOURCE_POLICY_INPUT, [resource_arn, policy_name]
);
/// Returned only when the named policy exists. A missing event bus or a missing named policy fails with ResourceNotFoundException rather than returning an empty or null policy document. Every member is therefore always present on a successful response.
#[derive(Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub resource_arn: String,
    /// A resource policy document, as a JSON string. The "default" policy can be up to 20 KB (20,480 bytes of UTF-8) by default. This quota is adjustable in Service Quotas. A "default" policy that exceeds the quota is rejected with PolicyLengthExceededException. No policy document can exceed 389,120 bytes of UTF-8, regardless of the quota.
    pub policy_document: String,
    /// Name of a policy attached to a resource. Valid values: "default" (the customer-managed policy) and "AWS\_RAM" (managed exclusively by AWS Resource Access Manager). Any other value is rejected.
    pub policy_name: String,
    /// Revision ID of a resource policy. A new revision ID is generated on every successful write.
    pub revision_id: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetResourcePolicyOutput, GET_RESOURCE_POLICY_OUTPUT, [resource_arn, policy_document,
    policy_name, revision_id], meta = response_metadata
);
/// HTTP invocation parameters for subscribers (API Gateway / API Destination). Values are forwarded to the HTTP endpoint.
#[derive(Clone, Default, PartialEq)]
pub struct HttpParameters {
    /// Values substituted, in order, for the path-parameter placeholders in an HTTP target's endpoint path.
    pub path_parameter_values: Option<Vec<String>>,
    /// Map of HTTP header names to values, sent with the request to an HTTP target.
    pub header_parameters: Option<rt::IndexMap<String, String>>,
    /// Map of query-string parameter names to values, appended to the request to an HTTP target.
    pub query_string_parameters: Option<rt::IndexMap<String, String>>,
    /// Timeout in seconds for each invocation of the target (1-30). String-typed (not integer) so the value may be a JSONata expression.
    pub invocation_timeout_seconds: Option<String>,
}
rt::structure!(
    HttpParameters, HTTP_PARAMETERS, [path_parameter_values, header_parameters,
    query_string_parameters, invocation_timeout_seconds]
);
/// The request reuses the client token of an earlier request with different parameters. Use a new client token, or resend the earlier request unchanged.
#[derive(Clone, Default, PartialEq)]
pub struct IdempotentParameterMismatchException {
    pub message: Option<String>,
}
rt::structure!(
    IdempotentParameterMismatchException, IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION,
    [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludePayload {
    /// `FULL`
    Full,
    /// `ON_ERROR_ONLY`
    OnErrorOnly,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(IncludePayload, { Full => "FULL", OnErrorOnly => "ON_ERROR_ONLY" });
/// The request failed because of an internal service error. Retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct InternalException {
    pub message: Option<String>,
}
rt::structure!(InternalException, INTERNAL_EXCEPTION, [message]);
/// A request parameter is missing or not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidInputException {
    pub message: Option<String>,
}
rt::structure!(InvalidInputException, INVALID_INPUT_EXCEPTION, [message]);
/// The resource is not in a state that allows the operation. For example, an event bus that is still being created cannot accept events.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidStateException {
    pub message: Option<String>,
}
rt::structure!(InvalidStateException, INVALID_STATE_EXCEPTION, [message]);
/// How a compute target is invoked: EVENT invokes asynchronously and returns once the target has accepted the request; REQUEST\_RESPONSE waits for the target to finish and surfaces its result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationType {
    /// `EVENT`
    Event,
    /// `REQUEST_RESPONSE`
    RequestResponse,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InvocationType, { Event => "EVENT", RequestResponse => "REQUEST_RESPONSE" }
);
/// Configuration for how the subscriber invokes its target.
#[derive(Clone, Default, PartialEq)]
pub struct InvokeConfiguration {
    /// IAM role the service assumes to invoke the target. Must belong to the calling account.
    pub role_arn: String,
    /// Lambda invocation parameters for subscribers. Values are forwarded to the Lambda Invoke API. Every string member accepts a literal or a JSONata expression (e.g. "{% $events.Data.qualifier %}").
    pub lambda_parameters: Option<LambdaParameters>,
    /// SQS invocation parameters for subscribers. Values are forwarded to the SQS SendMessageBatch API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.groupId %}").
    pub sqs_parameters: Option<SqsParameters>,
    /// SNS invocation parameters for subscribers. Values are forwarded to the SNS PublishBatch API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.groupId %}").
    pub sns_parameters: Option<SnsParameters>,
    /// Kinesis Data Streams invocation parameters for subscribers. Values are forwarded to the Kinesis PutRecords API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.partitionKey %}").
    pub kinesis_parameters: Option<KinesisParameters>,
    /// Step Functions invocation parameters for subscribers. Values are forwarded to the Step Functions StartExecution or StartSyncExecution API. Every string member accepts a literal or a JSONata expression (e.g. "{% $events.Data.executionName %}").
    pub step_functions_parameters: Option<StepFunctionsParameters>,
    /// HTTP invocation parameters for subscribers (API Gateway / API Destination). Values are forwarded to the HTTP endpoint.
    pub http_parameters: Option<HttpParameters>,
    /// Parameters for USI (Universal Service Integration) targets. Used when TargetArn is in the format arn:aws:events:::aws-sdk:{service}:{apiAction}
    pub universal_target_parameters: Option<UniversalTargetParameters>,
    /// Parameters for forwarding events to another EventBridge event bus.
    pub event_bus_v2_parameters: Option<EventBusV2Parameters>,
    /// ARN of the target a subscriber invokes. The resource grammar is service-neutral because target services use different separators and the USI form omits region and account.
    pub target_arn: String,
}
rt::structure!(
    InvokeConfiguration, INVOKE_CONFIGURATION, [role_arn, lambda_parameters,
    sqs_parameters, sns_parameters, kinesis_parameters, step_functions_parameters,
    http_parameters, universal_target_parameters, event_bus_v2_parameters, target_arn]
);
/// JSONata transform settings for a subscriber.
#[derive(Clone, Default, PartialEq)]
pub struct JsonataConfiguration {
    /// JSONata expression to transform the event. Must be wrapped in {% %} delimiters.
    pub expression: String,
}
rt::structure!(JsonataConfiguration, JSONATA_CONFIGURATION, [expression]);
/// Kinesis Data Streams invocation parameters for subscribers. Values are forwarded to the Kinesis PutRecords API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.partitionKey %}").
#[derive(Clone, Default, PartialEq)]
pub struct KinesisParameters {
    /// Required by PutRecords even when an explicit hash key is supplied. Accepts JSONata expression.
    pub partition_key: Option<String>,
    /// Explicit hash key forwarded to PutRecords unchanged. Accepts JSONata expression.
    pub explicit_hash_key: Option<String>,
}
rt::structure!(
    KinesisParameters, KINESIS_PARAMETERS, [partition_key, explicit_hash_key]
);
/// Lambda invocation parameters for subscribers. Values are forwarded to the Lambda Invoke API. Every string member accepts a literal or a JSONata expression (e.g. "{% $events.Data.qualifier %}").
#[derive(Clone, Default, PartialEq)]
pub struct LambdaParameters {
    /// Lambda invocation type. EVENT invokes the function asynchronously; REQUEST\_RESPONSE waits for its result.
    pub invocation_type: Option<InvocationType>,
    /// Lambda qualifier: $LATEST, $LATEST.PUBLISHED, a numeric version, or an alias. Accepts a JSONata expression.
    pub qualifier: Option<String>,
    /// Durable execution name. Accepts a JSONata expression.
    pub durable_execution_name: Option<String>,
    /// Tenant identifier. Accepts a JSONata expression.
    pub tenant_id: Option<String>,
    /// Timeout in seconds for each invocation of the target. String-typed so the value may be a JSONata expression.
    pub invocation_timeout_seconds: Option<String>,
}
rt::structure!(
    LambdaParameters, LAMBDA_PARAMETERS, [invocation_type, qualifier,
    durable_execution_name, tenant_id, invocation_timeout_seconds]
);
/// The request would exceed a service quota for the account.
#[derive(Clone, Default, PartialEq)]
pub struct LimitExceededException {
    pub message: Option<String>,
}
rt::structure!(LimitExceededException, LIMIT_EXCEEDED_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct ListEventBusesInput {
    /// Name of an event bus. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'. The grammar matches the name segment of EventBusArn (event-busv2//), so every valid name can be represented in the bus's ARN. The same type is used everywhere a bus name appears.
    pub name_prefix: Option<String>,
    /// AWS Account Id.
    pub event_bus_account_id: Option<String>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Maximum number of results to return in one page of a List operation.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListEventBusesInput, LIST_EVENT_BUSES_INPUT, [name_prefix, event_bus_account_id,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListEventBusesOutput {
    /// List of event bus summaries.
    pub event_buses: Option<Vec<EventBusSummary>>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListEventBusesOutput, LIST_EVENT_BUSES_OUTPUT, [event_buses, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListEventSourcesInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// EventSource name. First character alphanumeric; the rest may add '.', '-', '\_'. Names may not begin with the reserved "aws." prefix. The grammar matches the ARN local-name segment in EventSourceArn (event-sourcev2///), mirroring EventBusName, so a name the ARN cannot represent cannot be created.
    pub name_prefix: Option<String>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Maximum number of results to return in one page of a List operation.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListEventSourcesInput, LIST_EVENT_SOURCES_INPUT, [event_bus_arn, name_prefix,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListEventSourcesOutput {
    /// List of EventSource summaries.
    pub event_sources: Option<Vec<EventSourceSummary>>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListEventSourcesOutput, LIST_EVENT_SOURCES_OUTPUT, [event_sources, next_token], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourcePoliciesInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub resource_arn: String,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Maximum number of results to return in one page of a List operation.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListResourcePoliciesInput, LIST_RESOURCE_POLICIES_INPUT, [resource_arn, next_token,
    max_results]
);
/// Summaries only (policy name and revision ID). Use GetResourcePolicy to retrieve a policy document.
#[derive(Clone, Default, PartialEq)]
pub struct ListResourcePoliciesOutput {
    /// List of resource policy summaries.
    pub policy_summaries: Option<Vec<ResourcePolicySummary>>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListResourcePoliciesOutput, LIST_RESOURCE_POLICIES_OUTPUT, [policy_summaries,
    next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSubscribersInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Name of a subscriber. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'.
    pub name_prefix: Option<String>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Maximum number of results to return in one page of a List operation.
    pub max_results: Option<i32>,
}
rt::structure!(
    ListSubscribersInput, LIST_SUBSCRIBERS_INPUT, [event_bus_arn, name_prefix,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListSubscribersOutput {
    /// List of subscriber summaries.
    pub subscribers: Option<Vec<SubscriberSummary>>,
    /// Opaque pagination token returned by a List operation. Pass it back in the next request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListSubscribersOutput, LIST_SUBSCRIBERS_OUTPUT, [subscribers, next_token], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// ARN for an EventBridge resource that supports tagging: event buses, subscribers, and event sources.
    pub resource_arn: String,
}
rt::structure!(ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [resource_arn]);
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// Tags attached to a resource, as key-value pairs.
    pub tags: Option<rt::IndexMap<String, String>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [tags], meta =
    response_metadata
);
/// Log configuration for a subscriber.
#[derive(Clone, Default, PartialEq)]
pub struct LogConfiguration {
    /// Minimum log level. Records below this level are not emitted. Defaults to OFF.
    pub level: Option<LogLevel>,
    /// Whether the customer event payload is embedded in log records. Defaults to ON\_ERROR\_ONLY.
    pub include_payload: Option<IncludePayload>,
}
rt::structure!(LogConfiguration, LOG_CONFIGURATION, [level, include_payload]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `OFF`
    Off,
    /// `ERROR`
    Error,
    /// `INFO`
    Info,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(LogLevel, { Off => "OFF", Error => "ERROR", Info => "INFO" });
/// On-failure configuration: where a failed delivery is sent. Shared by the subscriber and the EventSource.
#[derive(Clone, Default, PartialEq)]
pub struct OnFailureConfiguration {
    /// The ARN of the destination that receives events that could not be delivered. An Amazon SQS queue is the supported destination.
    pub arn: Option<String>,
}
rt::structure!(OnFailureConfiguration, ON_FAILURE_CONFIGURATION, [arn]);
/// Delivery ordering mode of a subscriber: FIFO delivers events in order within an event group; UNORDERED delivers without an ordering guarantee.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderingType {
    /// `FIFO`
    Fifo,
    /// `UNORDERED`
    Unordered,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(OrderingType, { Fifo => "FIFO", Unordered => "UNORDERED" });
/// Configuration for forwarding a partner event source's events through a managed partner event bus.
#[derive(Clone, Default, PartialEq)]
pub struct PartnerEventsSourceConfiguration {
    /// ARN of the partner event source to forward. It is a partner-owned resource, so the account segment is empty: arn:aws:events:::event-source/aws.partner/.
    pub partner_event_source_arn: String,
    /// A filter pattern, as a JSON string, that defines which of the partner event source's events are forwarded to the event bus. If no pattern is specified, all events from the partner event source are forwarded.
    pub pattern: Option<String>,
    /// Identifier of the AWS KMS customer managed key used to encrypt events: a key ID, key ARN, alias name, or alias ARN. When absent, events are encrypted with an AWS owned key.
    pub partner_bus_kms_key_identifier: Option<String>,
    /// The destination for events that could not be forwarded, covering both the forwarding target and the managed partner event bus.
    pub on_failure_configuration: Option<OnFailureConfiguration>,
}
rt::structure!(
    PartnerEventsSourceConfiguration, PARTNER_EVENTS_SOURCE_CONFIGURATION,
    [partner_event_source_arn, pattern, partner_bus_kms_key_identifier,
    on_failure_configuration]
);
/// Point-in-time configuration for a subscriber. Only applicable when StartingPosition is POINT\_IN\_TIME.
#[derive(Clone, Default, PartialEq)]
pub struct PointInTimeConfiguration {
    /// Whether to start from the horizon or a specific timestamp.
    pub point_type: PointType,
    /// Timestamp to start from. Required when PointType is TIMESTAMP.
    pub starting_point: Option<rt::DateTime>,
    /// Timestamp to stop at. Optional.
    pub end_point: Option<rt::DateTime>,
}
rt::structure!(
    PointInTimeConfiguration, POINT_IN_TIME_CONFIGURATION, [point_type, starting_point,
    end_point]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PointType {
    /// `HORIZON`
    Horizon,
    /// `TIMESTAMP`
    Timestamp,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(PointType, { Horizon => "HORIZON", Timestamp => "TIMESTAMP" });
/// The policy document is larger than the account's resource policy size quota, or larger than the service maximum.
#[derive(Clone, Default, PartialEq)]
pub struct PolicyLengthExceededException {
    pub message: Option<String>,
}
rt::structure!(
    PolicyLengthExceededException, POLICY_LENGTH_EXCEEDED_EXCEPTION, [message]
);
/// The policy was rejected because it would grant public access to the event bus. A statement grants public access when its principal is a wildcard and no condition limits the callers to specific AWS accounts or principals. To fix it, replace the wildcard principal with specific principals, or add a condition that limits the callers to specific AWS accounts. Conditions on event content (events:source, events:detail-type, events:Metadata/\*) do not identify the caller and do not make a wildcard principal non-public. Returned only for the "default" policy; the "AWS\_RAM" policy is composed by AWS Resource Access Manager and never grants public access.
#[derive(Clone, Default, PartialEq)]
pub struct PublicPolicyException {
    pub message: Option<String>,
}
rt::structure!(PublicPolicyException, PUBLIC_POLICY_EXCEPTION, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct PutEventsInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
    /// List of event entries to publish. Must contain at least one entry.
    pub entries: Vec<PutEventsRequestEntry>,
    /// Request-level deduplication settings, applied to every entry in the batch.
    pub deduplication_configuration: Option<DeduplicationConfiguration>,
}
rt::structure!(
    PutEventsInput, PUT_EVENTS_INPUT, [event_bus_arn, entries,
    deduplication_configuration]
);
/// A single event entry in a PutEvents request.
#[derive(Clone, Default, PartialEq)]
pub struct PutEventsRequestEntry {
    /// The source of the event. The `aws.` value prefix is service-reserved and cannot be used as a value.
    pub source: String,
    /// Free-form detail-type classifying an event within its source.
    pub detail_type: String,
    /// The event payload, as a valid JSON string.
    pub detail: Option<String>,
    /// ARNs of resources the event concerns. Included in the event delivered to subscribers.
    pub resources: Option<Vec<String>>,
    /// The time the event occurred. Defaults to the time the service receives the event when omitted.
    pub time: Option<rt::DateTime>,
    /// System metadata for PutEvents entries. ContentType is not applicable (always application/eventbridge+json, set server-side).
    pub system_metadata: Option<PutEventsSystemMetadata>,
}
rt::structure!(
    PutEventsRequestEntry, PUT_EVENTS_REQUEST_ENTRY, [source, detail_type, detail,
    resources, time, system_metadata]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutEventsOutput {
    /// The number of entries in the batch that failed to be published.
    pub failed_entry_count: Option<i32>,
    /// List of per-entry publish results, in the same order as the request entries.
    pub entries: Option<Vec<PutEventsResultEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutEventsOutput, PUT_EVENTS_OUTPUT, [failed_entry_count, entries], meta =
    response_metadata
);
/// Result entry for a published event. The position of each entry in the response list aligns 1:1 with the corresponding request entry.
#[derive(Clone, Default, PartialEq)]
pub struct PutEventsResultEntry {
    /// Unique event ID assigned by the service.
    pub event_id: Option<String>,
    /// Sequence number assigned to the message for ordering within the message group.
    pub sequence_number: Option<String>,
    /// Indicates the outcome for a successfully processed publish entry.
    pub success_code: Option<SuccessCode>,
    /// Error code identifying why a publish batch entry failed.
    pub error_code: Option<String>,
    /// Human-readable explanation of why a publish batch entry failed.
    pub error_message: Option<String>,
}
rt::structure!(
    PutEventsResultEntry, PUT_EVENTS_RESULT_ENTRY, [event_id, sequence_number,
    success_code, error_code, error_message]
);
/// System metadata for PutEvents entries. ContentType is not applicable (always application/eventbridge+json, set server-side).
#[derive(Clone, Default, PartialEq)]
pub struct PutEventsSystemMetadata {
    /// Event group ID for FIFO ordering.
    pub event_group_id: Option<String>,
    /// Deduplication ID for FIFO deduplication.
    pub deduplication_id: Option<String>,
}
rt::structure!(
    PutEventsSystemMetadata, PUT_EVENTS_SYSTEM_METADATA, [event_group_id,
    deduplication_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRawEventsInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
    /// List of event entries to publish. Must contain at least one entry.
    pub entries: Vec<PutRawEventsRequestEntry>,
    /// Schema-registry settings for encoding open-format (Avro/Protobuf) events. Required for open-format entries; ignored for JSON entries. The registry is read with the caller's credentials, so the caller needs read access to the registry it references.
    pub schema_registry_configuration: Option<SchemaRegistryConfiguration>,
    /// Request-level deduplication settings, applied to every entry in the batch.
    pub deduplication_configuration: Option<DeduplicationConfiguration>,
}
rt::structure!(
    PutRawEventsInput, PUT_RAW_EVENTS_INPUT, [event_bus_arn, entries,
    schema_registry_configuration, deduplication_configuration]
);
/// A single event entry in a raw publish request.
#[derive(Clone, Default, PartialEq)]
pub struct PutRawEventsRequestEntry {
    /// The event data as a base64-encoded blob. Supports binary formats.
    pub data: Vec<u8>,
    /// Metadata key-value pairs you define. Keys must be 1-128 characters and must not contain "/".
    pub metadata: Option<rt::IndexMap<String, String>>,
    /// Structured system metadata with defined properties.
    pub system_metadata: PutRawEventsSystemMetadata,
}
rt::structure!(
    PutRawEventsRequestEntry, PUT_RAW_EVENTS_REQUEST_ENTRY, [data, metadata,
    system_metadata]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutRawEventsOutput {
    /// The number of entries in the batch that failed to be published.
    pub failed_entry_count: Option<i32>,
    /// List of per-entry publish results, in the same order as the request entries.
    pub entries: Option<Vec<PutRawEventsResultEntry>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutRawEventsOutput, PUT_RAW_EVENTS_OUTPUT, [failed_entry_count, entries], meta =
    response_metadata
);
/// Result entry for a published event. The position of each entry in the response list aligns 1:1 with the corresponding request entry, enabling co-location by index.
#[derive(Clone, Default, PartialEq)]
pub struct PutRawEventsResultEntry {
    /// Unique event ID assigned by the service. Present on successful entries.
    pub event_id: Option<String>,
    /// Sequence number for ordering within the event group.
    pub sequence_number: Option<String>,
    /// Indicates how the entry was processed. Present only on successful entries.
    pub success_code: Option<SuccessCode>,
    /// Error code if the entry failed.
    pub error_code: Option<String>,
    /// Error message if the entry failed.
    pub error_message: Option<String>,
}
rt::structure!(
    PutRawEventsResultEntry, PUT_RAW_EVENTS_RESULT_ENTRY, [event_id, sequence_number,
    success_code, error_code, error_message]
);
/// System metadata for PutRawEvents entries. ContentType is required because PutRawEvents supports arbitrary binary formats.
#[derive(Clone, Default, PartialEq)]
pub struct PutRawEventsSystemMetadata {
    /// Content type of the event data (e.g., "application/cloudevents+json").
    pub content_type: String,
    /// Deduplication ID for FIFO deduplication.
    pub deduplication_id: Option<String>,
    /// Event group ID for FIFO ordering.
    pub event_group_id: Option<String>,
}
rt::structure!(
    PutRawEventsSystemMetadata, PUT_RAW_EVENTS_SYSTEM_METADATA, [content_type,
    deduplication_id, event_group_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub resource_arn: String,
    /// A resource policy document, as a JSON string. The "default" policy can be up to 20 KB (20,480 bytes of UTF-8) by default. This quota is adjustable in Service Quotas. A "default" policy that exceeds the quota is rejected with PolicyLengthExceededException. No policy document can exceed 389,120 bytes of UTF-8, regardless of the quota.
    pub policy_document: String,
    /// Which named policy to write. Defaults to "default", the customer-managed policy, when omitted (a write AWS Resource Access Manager makes on the owner's behalf resolves to "AWS\_RAM" instead). The two writers are exclusive in both directions — only Resource Access Manager can write "AWS\_RAM", and only the bus owner can write "default" — so naming the other party's policy fails with AccessDeniedException. A well-formed name that is neither of the two fails with InvalidInputException.
    pub policy_name: Option<String>,
    /// The write succeeds only if the named policy's current revision ID matches this value; a policy that does not exist yet matches only the sentinel "NO\_POLICY" (create-only). On mismatch the operation fails with ConflictException. When omitted, the write is unconditional. Every attempt stores a newly generated revision ID, so retrying an unanswered request can conflict with the caller's own earlier attempt; read the policy back and compare it with the one you intended before treating a conflict as another writer's change.
    pub expected_revision_id: Option<String>,
}
rt::structure!(
    PutResourcePolicyInput, PUT_RESOURCE_POLICY_INPUT, [resource_arn, policy_document,
    policy_name, expected_revision_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub resource_arn: String,
    /// Name of a policy attached to a resource. Valid values: "default" (the customer-managed policy) and "AWS\_RAM" (managed exclusively by AWS Resource Access Manager). Any other value is rejected.
    pub policy_name: String,
    /// Absent when the write removed the policy; a removal produces no new revision.
    pub revision_id: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    PutResourcePolicyOutput, PUT_RESOURCE_POLICY_OUTPUT, [resource_arn, policy_name,
    revision_id], meta = response_metadata
);
/// A resource with the same name already exists.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceAlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(
    ResourceAlreadyExistsException, RESOURCE_ALREADY_EXISTS_EXCEPTION, [message]
);
/// The resource is in use and cannot be deleted. For example, an event bus with subscribers or event sources cannot be deleted until they are deleted.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    pub message: Option<String>,
}
rt::structure!(ResourceInUseException, RESOURCE_IN_USE_EXCEPTION, [message]);
/// The resource does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}
rt::structure!(ResourceNotFoundException, RESOURCE_NOT_FOUND_EXCEPTION, [message]);
/// Summary of a policy attached to a resource: its name and revision ID.
#[derive(Clone, Default, PartialEq)]
pub struct ResourcePolicySummary {
    /// Name of a policy attached to a resource. Valid values: "default" (the customer-managed policy) and "AWS\_RAM" (managed exclusively by AWS Resource Access Manager). Any other value is rejected.
    pub policy_name: String,
    /// Revision ID of a resource policy. A new revision ID is generated on every successful write.
    pub revision_id: String,
}
rt::structure!(
    ResourcePolicySummary, RESOURCE_POLICY_SUMMARY, [policy_name, revision_id]
);
/// Position from which delivery resumes when a subscriber is unpaused. Honored only on an UpdateSubscriber call that transitions State from STOPPED to RUNNING (unpause); ignored on any other call and not accepted on Create. Defaults to LAST\_PROCESSED when omitted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResumePosition {
    /// `LAST_PROCESSED`
    LastProcessed,
    /// `LATEST`
    Latest,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ResumePosition, { LastProcessed => "LAST_PROCESSED", Latest => "LATEST" }
);
/// Retry policy for a subscriber.
#[derive(Clone, Default, PartialEq)]
pub struct RetryPolicy {
    /// Maximum number of retry attempts (0-185, default: 5).
    pub max_retry_attempts: Option<i32>,
    /// Maximum age of an event in seconds before it is discarded (60-86400, default: 300).
    pub max_event_age_in_seconds: Option<i32>,
    /// Strategy for determining which exceptions are retried. Default: ALL.
    pub retry_strategy: Option<RetryStrategy>,
}
rt::structure!(
    RetryPolicy, RETRY_POLICY, [max_retry_attempts, max_event_age_in_seconds,
    retry_strategy]
);
/// Retry strategy — determines which exceptions are retried.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryStrategy {
    /// `ALL`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(RetryStrategy, { All => "ALL" });
#[derive(Clone, Default, PartialEq)]
pub struct RevokeResourceInput {
    /// ARN of a resource a bus owner can revoke: a subscriber or an EventSource. The pattern is the revocable subset of TaggableResourceArn; buses are not revocable.
    pub arn: String,
}
rt::structure!(RevokeResourceInput, REVOKE_RESOURCE_INPUT, [arn]);
#[derive(Clone, Default, PartialEq)]
pub struct RevokeResourceOutput {
    /// ARN of a resource a bus owner can revoke: a subscriber or an EventSource. The pattern is the revocable subset of TaggableResourceArn; buses are not revocable.
    pub arn: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    RevokeResourceOutput, REVOKE_RESOURCE_OUTPUT, [arn], meta = response_metadata
);
/// Schema registry settings used to encode open-format (Avro/Protobuf) events.
#[derive(Clone, Default, PartialEq)]
pub struct SchemaRegistryConfiguration {
    /// Glue Schema Registry ARN, or Confluent Cloud HTTPS URL.
    pub registry_uri: String,
    /// Required when RegistryUri is an HTTPS URL. Provides Connection-based auth for Confluent Cloud.
    pub confluent_public_registry_configuration: Option<
        ConfluentPublicRegistryConfiguration,
    >,
}
rt::structure!(
    SchemaRegistryConfiguration, SCHEMA_REGISTRY_CONFIGURATION, [registry_uri,
    confluent_public_registry_configuration]
);
/// The configured schema registry could not be reached. Retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct SchemaRegistryUnavailableException {
    pub message: Option<String>,
}
rt::structure!(
    SchemaRegistryUnavailableException, SCHEMA_REGISTRY_UNAVAILABLE_EXCEPTION, [message]
);
/// A custom SNS message attribute (data type plus string or binary value).
#[derive(Clone, Default, PartialEq)]
pub struct SnsMessageAttributeValue {
    /// Attribute data type. Requiredness and the accepted vocabulary belong to SNS, which rejects an attribute without a data type on delivery.
    pub data_type: Option<String>,
    /// String attribute value. A JSONata expression resolves once per delivered event.
    pub string_value: Option<String>,
    /// Base64-encoded literal binary attribute value.
    pub binary_value: Option<String>,
}
rt::structure!(
    SnsMessageAttributeValue, SNS_MESSAGE_ATTRIBUTE_VALUE, [data_type, string_value,
    binary_value]
);
/// SNS invocation parameters for subscribers. Values are forwarded to the SNS PublishBatch API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.groupId %}").
#[derive(Clone, Default, PartialEq)]
pub struct SnsParameters {
    /// Message group ID for FIFO topics. Accepts JSONata expression.
    pub message_group_id: Option<String>,
    /// Message deduplication ID for FIFO topics. Accepts JSONata expression.
    pub message_deduplication_id: Option<String>,
    /// Subject line for email protocol subscriptions. Accepts JSONata expression.
    pub subject: Option<String>,
    /// Per-protocol message formatting mode, forwarded to SNS Publish unchanged. Accepts JSONata expression.
    pub message_structure: Option<String>,
    /// Custom message attributes for SNS filtering.
    pub message_attributes: Option<rt::IndexMap<String, SnsMessageAttributeValue>>,
}
rt::structure!(
    SnsParameters, SNS_PARAMETERS, [message_group_id, message_deduplication_id, subject,
    message_structure, message_attributes]
);
/// A custom SQS message attribute (data type plus string or binary value).
#[derive(Clone, Default, PartialEq)]
pub struct SqsMessageAttributeValue {
    /// Attribute data type. Requiredness, the accepted vocabulary, and any custom label belong to SQS, which rejects an attribute without a data type on delivery.
    pub data_type: Option<String>,
    /// String attribute value. A JSONata expression resolves once per delivered event.
    pub string_value: Option<String>,
    /// Base64-encoded literal binary attribute value.
    pub binary_value: Option<String>,
}
rt::structure!(
    SqsMessageAttributeValue, SQS_MESSAGE_ATTRIBUTE_VALUE, [data_type, string_value,
    binary_value]
);
/// SQS invocation parameters for subscribers. Values are forwarded to the SQS SendMessageBatch API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.groupId %}").
#[derive(Clone, Default, PartialEq)]
pub struct SqsParameters {
    /// Message group ID for FIFO queues. Accepts JSONata expression.
    pub message_group_id: Option<String>,
    /// Message deduplication ID for FIFO queues. Accepts JSONata expression.
    pub message_deduplication_id: Option<String>,
    /// Delay in seconds before the message becomes visible, standard queues only. Accepts JSONata expression.
    pub delay_seconds: Option<String>,
    /// Custom message attributes (name/type/value).
    pub message_attributes: Option<rt::IndexMap<String, SqsMessageAttributeValue>>,
    /// System message attributes (e.g., AWSTraceHeader).
    pub message_system_attributes: Option<
        rt::IndexMap<String, SqsMessageAttributeValue>,
    >,
}
rt::structure!(
    SqsParameters, SQS_PARAMETERS, [message_group_id, message_deduplication_id,
    delay_seconds, message_attributes, message_system_attributes]
);
/// Starting position for a subscriber.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartingPosition {
    /// `LATEST`
    Latest,
    /// `POINT_IN_TIME`
    PointInTime,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    StartingPosition, { Latest => "LATEST", PointInTime => "POINT_IN_TIME" }
);
/// Step Functions invocation parameters for subscribers. Values are forwarded to the Step Functions StartExecution or StartSyncExecution API. Every string member accepts a literal or a JSONata expression (e.g. "{% $events.Data.executionName %}").
#[derive(Clone, Default, PartialEq)]
pub struct StepFunctionsParameters {
    /// Selects StartExecution (EVENT) or StartSyncExecution (REQUEST\_RESPONSE) at delivery.
    pub invocation_type: Option<InvocationType>,
    /// Name for the execution. Must be unique per account/region/state machine. Accepts JSONata expression.
    pub name: Option<String>,
    /// X-Ray trace header for distributed tracing. Accepts JSONata expression.
    pub trace_header: Option<String>,
    /// Timeout in seconds for each invocation of the target (1-30). String-typed (not integer) so the value may be a JSONata expression.
    pub invocation_timeout_seconds: Option<String>,
}
rt::structure!(
    StepFunctionsParameters, STEP_FUNCTIONS_PARAMETERS, [invocation_type, name,
    trace_header, invocation_timeout_seconds]
);
/// Event storage configuration for an event bus.
#[derive(Clone, Default, PartialEq)]
pub struct StorageConfiguration {
    /// Number of days events are retained on the event bus.
    pub retention_period_in_days: Option<i32>,
}
rt::structure!(StorageConfiguration, STORAGE_CONFIGURATION, [retention_period_in_days]);
/// Event storage configuration of an event bus, as returned on reads.
#[derive(Clone, Default, PartialEq)]
pub struct StorageConfigurationOutput {
    /// Number of days events are retained on the event bus.
    pub retention_period_in_days: Option<i32>,
    /// The earliest point in time from which stored events are available. Events older than this have expired from retention.
    pub retention_window_start_time: Option<rt::DateTime>,
}
rt::structure!(
    StorageConfigurationOutput, STORAGE_CONFIGURATION_OUTPUT, [retention_period_in_days,
    retention_window_start_time]
);
/// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubscriberState {
    /// `RUNNING`
    Running,
    /// `STOPPED`
    Stopped,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(SubscriberState, { Running => "RUNNING", Stopped => "STOPPED" });
/// Summary of a subscriber, as returned by ListSubscribers.
#[derive(Clone, Default, PartialEq)]
pub struct SubscriberSummary {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: Option<String>,
    /// Name of a subscriber. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// ARN of the target a subscriber invokes. The resource grammar is service-neutral because target services use different separators and the USI form omits region and account.
    pub target_arn: Option<String>,
    /// Delivery ordering mode of a subscriber: FIFO delivers events in order within an event group; UNORDERED delivers without an ordering guarantee.
    pub r#type: Option<OrderingType>,
    /// True when the bus owner has revoked this subscriber. Present only when true, so a bus owner listing subscribers sees at a glance which ones they revoked. See DescribeSubscriberResponse$Revoked.
    pub revoked: Option<bool>,
    /// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
    pub state: Option<SubscriberState>,
    /// The time the subscriber was created.
    pub creation_time: Option<rt::DateTime>,
    /// The time the subscriber was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// AWS Account Id.
    pub subscriber_account_id: Option<String>,
}
rt::structure!(
    SubscriberSummary, SUBSCRIBER_SUMMARY, [subscriber_arn, name, event_bus_arn,
    target_arn, r#type, revoked, state, creation_time, last_modified_time,
    subscriber_account_id]
);
/// Indicates the outcome for a successfully processed publish entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SuccessCode {
    /// `PUBLISHED`
    Published,
    /// `DEDUPLICATED`
    Deduplicated,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    SuccessCode, { Published => "PUBLISHED", Deduplicated => "DEDUPLICATED" }
);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// ARN for an EventBridge resource that supports tagging: event buses, subscribers, and event sources.
    pub resource_arn: String,
    /// Tags attached to a resource, as key-value pairs.
    pub tags: rt::IndexMap<String, String>,
}
rt::structure!(TagResourceInput, TAG_RESOURCE_INPUT, [resource_arn, tags]);
#[derive(Clone, Default, PartialEq)]
pub struct TagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(TagResourceOutput, TAG_RESOURCE_OUTPUT, [], meta = response_metadata);
/// The request was throttled because it exceeds a request rate limit. Retry the request with backoff.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingException {
    pub message: Option<String>,
}
rt::structure!(ThrottlingException, THROTTLING_EXCEPTION, [message]);
/// Transformer configuration for a subscriber.
#[derive(Clone, Default, PartialEq)]
pub struct Transformer {
    /// Transform type.
    pub r#type: Option<TransformerType>,
    /// JSONata expression configuration. Required when Type is JSONATA.
    pub jsonata_configuration: Option<JsonataConfiguration>,
}
rt::structure!(Transformer, TRANSFORMER, [r#type, jsonata_configuration]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransformerType {
    /// `RAW`
    Raw,
    /// `WITH_METADATA`
    WithMetadata,
    /// `JSONATA`
    Jsonata,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TransformerType, { Raw => "RAW", WithMetadata => "WITH_METADATA", Jsonata =>
    "JSONATA" }
);
/// Parameters for USI (Universal Service Integration) targets. Used when TargetArn is in the format arn:aws:events:::aws-sdk:{service}:{apiAction}
#[derive(Clone, Default, PartialEq)]
pub struct UniversalTargetParameters {
    /// JSON string or JSONata expression that produces the API request. Supports {% ... %} JSONata expressions for dynamic values from the event.
    pub input: String,
    /// Timeout in seconds for each invocation of the target (1-30, default 30). Accepts a literal integer or a {% ... %} JSONata expression evaluated against the event at invocation time. A JSONata expression is syntax-checked at create time. Resolved values outside of the range \[1, 30\] will be constrained to the nearest bound at delivery time. Defaults to 30 seconds when unset.
    pub invocation_timeout_seconds: Option<String>,
}
rt::structure!(
    UniversalTargetParameters, UNIVERSAL_TARGET_PARAMETERS, [input,
    invocation_timeout_seconds]
);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// ARN for an EventBridge resource that supports tagging: event buses, subscribers, and event sources.
    pub resource_arn: String,
    /// List of tag keys.
    pub tag_keys: Vec<String>,
}
rt::structure!(UntagResourceInput, UNTAG_RESOURCE_INPUT, [resource_arn, tag_keys]);
#[derive(Clone, Default, PartialEq)]
pub struct UntagResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(UntagResourceOutput, UNTAG_RESOURCE_OUTPUT, [], meta = response_metadata);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateEventBusInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: String,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Encryption configuration for an event bus.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// Event storage configuration for an event bus.
    pub storage_configuration: Option<StorageConfiguration>,
}
rt::structure!(
    UpdateEventBusInput, UPDATE_EVENT_BUS_INPUT, [event_bus_arn, description,
    encryption_configuration, storage_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateEventBusOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Name of an event bus. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'. The grammar matches the name segment of EventBusArn (event-busv2//), so every valid name can be represented in the bus's ARN. The same type is used everywhere a bus name appears.
    pub name: Option<String>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Encryption configuration for an event bus.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// Event storage configuration of an event bus, as returned on reads.
    pub storage_configuration: Option<StorageConfigurationOutput>,
    /// Lifecycle state of an event bus.
    ///
    /// - CREATING: Bus creation is in progress.
    /// - CREATE\_FAILED: Bus creation failed; see StateReason. The bus cannot be recovered or recreated in place: delete it with DeleteEventBus, then create a new bus.
    /// - ACTIVE: Bus is fully operational and can accept events.
    /// - UPDATING: Bus update is in progress.
    /// - UPDATE\_FAILED: Bus update failed; the bus remains operational with its previous configuration.
    /// - DELETING: Bus deletion is actively in progress.
    /// - DELETE\_FAILED: Bus deletion failed; see StateReason. Retry DeleteEventBus after removing subscribers and event sources.
    pub state: Option<BusState>,
    /// Human-readable explanation of why an event bus is in its current State. Omitted when the bus is in a normal operational state (ACTIVE). It stands in for the error response an asynchronous failure cannot return, so it applies only to resources with an asynchronous lifecycle: event buses. EventSources and subscribers are provisioned synchronously and report failures directly on the request.
    pub state_reason: Option<String>,
    /// The time the event bus was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateEventBusOutput, UPDATE_EVENT_BUS_OUTPUT, [event_bus_arn, name, description,
    encryption_configuration, storage_configuration, state, state_reason,
    last_modified_time], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateEventSourceInput {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: String,
    /// Discriminated EventSource configuration. Exactly one variant must be set.
    pub configuration: Option<EventSourceConfiguration>,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
}
rt::structure!(
    UpdateEventSourceInput, UPDATE_EVENT_SOURCE_INPUT, [event_source_arn, configuration,
    description]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateEventSourceOutput {
    /// EventSource ARN: event-sourcev2///. The type segment is set by the service (aws.service for AWS service events, aws.partner for partner events) and is not part of the resource's name. The id segment is a 25-character identifier generated by the service.
    pub event_source_arn: Option<String>,
    /// EventSource name. First character alphanumeric; the rest may add '.', '-', '\_'. Names may not begin with the reserved "aws." prefix. The grammar matches the ARN local-name segment in EventSourceArn (event-sourcev2///), mirroring EventBusName, so a name the ARN cannot represent cannot be created.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Lifecycle state of an EventSource. Revocation is reported by the Revoked flag.
    pub state: Option<EventSourceState>,
    /// The time the EventSource was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateEventSourceOutput, UPDATE_EVENT_SOURCE_OUTPUT, [event_source_arn, name,
    event_bus_arn, state, last_modified_time], meta = response_metadata
);
/// Update-able configuration for how the subscriber invokes its target.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateInvokeConfiguration {
    /// IAM role the service assumes to invoke the target. Must belong to the calling account.
    pub role_arn: String,
    /// Lambda invocation parameters for subscribers. Values are forwarded to the Lambda Invoke API. Every string member accepts a literal or a JSONata expression (e.g. "{% $events.Data.qualifier %}").
    pub lambda_parameters: Option<LambdaParameters>,
    /// SQS invocation parameters for subscribers. Values are forwarded to the SQS SendMessageBatch API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.groupId %}").
    pub sqs_parameters: Option<SqsParameters>,
    /// SNS invocation parameters for subscribers. Values are forwarded to the SNS PublishBatch API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.groupId %}").
    pub sns_parameters: Option<SnsParameters>,
    /// Kinesis Data Streams invocation parameters for subscribers. Values are forwarded to the Kinesis PutRecords API. All scalar values accept a literal or a JSONata expression (e.g. "{% $events.Data.partitionKey %}").
    pub kinesis_parameters: Option<KinesisParameters>,
    /// Step Functions invocation parameters for subscribers. Values are forwarded to the Step Functions StartExecution or StartSyncExecution API. Every string member accepts a literal or a JSONata expression (e.g. "{% $events.Data.executionName %}").
    pub step_functions_parameters: Option<StepFunctionsParameters>,
    /// HTTP invocation parameters for subscribers (API Gateway / API Destination). Values are forwarded to the HTTP endpoint.
    pub http_parameters: Option<HttpParameters>,
    /// Parameters for USI (Universal Service Integration) targets. Used when TargetArn is in the format arn:aws:events:::aws-sdk:{service}:{apiAction}
    pub universal_target_parameters: Option<UniversalTargetParameters>,
    /// Parameters for forwarding events to another EventBridge event bus.
    pub event_bus_v2_parameters: Option<EventBusV2Parameters>,
}
rt::structure!(
    UpdateInvokeConfiguration, UPDATE_INVOKE_CONFIGURATION, [role_arn, lambda_parameters,
    sqs_parameters, sns_parameters, kinesis_parameters, step_functions_parameters,
    http_parameters, universal_target_parameters, event_bus_v2_parameters]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSubscriberInput {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: String,
    /// Free-text description. Used by every resource type that has one: event buses, subscribers, and event sources.
    pub description: Option<String>,
    /// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
    pub state: Option<SubscriberState>,
    /// Position from which delivery resumes when a subscriber is unpaused. Honored only on an UpdateSubscriber call that transitions State from STOPPED to RUNNING (unpause); ignored on any other call and not accepted on Create. Defaults to LAST\_PROCESSED when omitted.
    pub resume_position: Option<ResumePosition>,
    /// Update-able configuration for how the subscriber invokes its target.
    pub invoke_configuration: Option<UpdateInvokeConfiguration>,
    /// Configuration for filtering events delivered to a subscriber. On CreateSubscriber, Filters is required and must contain at least one Filter with a non-empty Pattern. On UpdateSubscriber, an empty `FilterConfiguration:{}` clears the existing filter. Any non-empty shape (including `{Language:X}` without Filters) must contain a valid Filters list — same contract as CreateSubscriber. A non-empty Filters list overwrites; an omitted FilterConfiguration preserves existing state. All Filters are implicitly ANDed — an event must match every Filter to be delivered.
    pub filter_configuration: Option<FilterConfiguration>,
    /// Batching configuration for a subscriber.
    pub batch_configuration: Option<BatchConfiguration>,
    /// Not applicable to universal (aws-sdk) targets, whose input transformation is UniversalTargetParameters.Input; a Transformer on such a target is rejected.
    pub transformer: Option<Transformer>,
    /// Retry policy for a subscriber.
    pub retry_policy: Option<RetryPolicy>,
    /// On-failure configuration: where a failed delivery is sent. Shared by the subscriber and the EventSource.
    pub on_failure_configuration: Option<OnFailureConfiguration>,
    /// Log configuration for a subscriber.
    pub log_configuration: Option<LogConfiguration>,
}
rt::structure!(
    UpdateSubscriberInput, UPDATE_SUBSCRIBER_INPUT, [subscriber_arn, description, state,
    resume_position, invoke_configuration, filter_configuration, batch_configuration,
    transformer, retry_policy, on_failure_configuration, log_configuration]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateSubscriberOutput {
    /// The Amazon Resource Name (ARN) that uniquely identifies a subscriber.
    pub subscriber_arn: Option<String>,
    /// Name of a subscriber. The first character must be alphanumeric; the remaining characters may also include '.', '-', and '\_'.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies an event bus.
    pub event_bus_arn: Option<String>,
    /// Delivery ordering mode of a subscriber: FIFO delivers events in order within an event group; UNORDERED delivers without an ordering guarantee.
    pub r#type: Option<OrderingType>,
    /// Starting position for a subscriber.
    pub starting_position: Option<StartingPosition>,
    /// Point-in-time configuration for a subscriber. Only applicable when StartingPosition is POINT\_IN\_TIME.
    pub point_in_time_configuration: Option<PointInTimeConfiguration>,
    /// Customer-controlled run state of a subscriber, set on create or update. Distinct from the bus lifecycle vocabulary, where ACTIVE means "provisioned and healthy". Delivery requires State RUNNING on a subscriber that is not revoked.
    pub state: Option<SubscriberState>,
    /// The time the subscriber was last modified.
    pub last_modified_time: Option<rt::DateTime>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateSubscriberOutput, UPDATE_SUBSCRIBER_OUTPUT, [subscriber_arn, name,
    event_bus_arn, r#type, starting_position, point_in_time_configuration, state,
    last_modified_time], meta = response_metadata
);

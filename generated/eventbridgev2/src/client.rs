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
    /// Creates an event bus. Provisioning is asynchronous: the bus is returned in the CREATING state and transitions to ACTIVE when ready (see the EventBusActive waiter). Retries carrying the same ClientToken are idempotent.
    pub async fn create_event_bus(
        &self,
        input: types::CreateEventBusInput,
    ) -> Result<types::CreateEventBusOutput, Error<error::CreateEventBusError>> {
        self.handle.invoke(&schemas::ops::CREATE_EVENT_BUS, input).await
    }
    /// Creates an EventSource, which forwards events from an origin (an AWS service or another account) onto an event bus. The bus must be ACTIVE. Retries carrying the same ClientToken are idempotent.
    pub async fn create_event_source(
        &self,
        input: types::CreateEventSourceInput,
    ) -> Result<types::CreateEventSourceOutput, Error<error::CreateEventSourceError>> {
        self.handle.invoke(&schemas::ops::CREATE_EVENT_SOURCE, input).await
    }
    /// Creates a subscriber on an event bus, which delivers matching events to the configured target. The bus must be ACTIVE. Retries carrying the same ClientToken are idempotent.
    pub async fn create_subscriber(
        &self,
        input: types::CreateSubscriberInput,
    ) -> Result<types::CreateSubscriberOutput, Error<error::CreateSubscriberError>> {
        self.handle.invoke(&schemas::ops::CREATE_SUBSCRIBER, input).await
    }
    /// Deletes an event bus. Deletion is asynchronous: the bus moves to DELETING and disappears when complete (see the EventBusDeleted waiter). A bus with subscribers or event sources cannot be deleted.
    pub async fn delete_event_bus(
        &self,
        input: types::DeleteEventBusInput,
    ) -> Result<types::DeleteEventBusOutput, Error<error::DeleteEventBusError>> {
        self.handle.invoke(&schemas::ops::DELETE_EVENT_BUS, input).await
    }
    /// Deletes an EventSource. Forwarding from its origin stops.
    pub async fn delete_event_source(
        &self,
        input: types::DeleteEventSourceInput,
    ) -> Result<types::DeleteEventSourceOutput, Error<error::DeleteEventSourceError>> {
        self.handle.invoke(&schemas::ops::DELETE_EVENT_SOURCE, input).await
    }
    /// Deletes the named resource policy attached to an event bus.
    pub async fn delete_resource_policy(
        &self,
        input: types::DeleteResourcePolicyInput,
    ) -> Result<
        types::DeleteResourcePolicyOutput,
        Error<error::DeleteResourcePolicyError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_RESOURCE_POLICY, input).await
    }
    /// Deletes a subscriber. Events are no longer delivered to its target.
    pub async fn delete_subscriber(
        &self,
        input: types::DeleteSubscriberInput,
    ) -> Result<types::DeleteSubscriberOutput, Error<error::DeleteSubscriberError>> {
        self.handle.invoke(&schemas::ops::DELETE_SUBSCRIBER, input).await
    }
    /// Returns the full configuration and lifecycle state of an event bus.
    pub async fn describe_event_bus(
        &self,
        input: types::DescribeEventBusInput,
    ) -> Result<types::DescribeEventBusOutput, Error<error::DescribeEventBusError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_EVENT_BUS, input).await
    }
    /// Returns the full configuration and lifecycle state of an EventSource.
    pub async fn describe_event_source(
        &self,
        input: types::DescribeEventSourceInput,
    ) -> Result<
        types::DescribeEventSourceOutput,
        Error<error::DescribeEventSourceError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_EVENT_SOURCE, input).await
    }
    /// Returns the full configuration and state of a subscriber.
    pub async fn describe_subscriber(
        &self,
        input: types::DescribeSubscriberInput,
    ) -> Result<types::DescribeSubscriberOutput, Error<error::DescribeSubscriberError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_SUBSCRIBER, input).await
    }
    /// Returns the named resource policy attached to an event bus. Fails with ResourceNotFoundException when the event bus or the named policy does not exist.
    pub async fn get_resource_policy(
        &self,
        input: types::GetResourcePolicyInput,
    ) -> Result<types::GetResourcePolicyOutput, Error<error::GetResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::GET_RESOURCE_POLICY, input).await
    }
    /// Lists the event buses visible to the caller: buses the account owns and buses shared with it through AWS RAM. Shared entries carry identity fields only (Name, EventBusArn, EventBusAccountId); owned entries carry every summary field. Set EventBusAccountId to scope the list to one owner account.
    pub async fn list_event_buses(
        &self,
        input: types::ListEventBusesInput,
    ) -> Result<types::ListEventBusesOutput, Error<error::ListEventBusesError>> {
        self.handle.invoke(&schemas::ops::LIST_EVENT_BUSES, input).await
    }
    /// Lists EventSources as summaries. By default the list spans the EventSources the caller account owns; set EventBusArn to scope it to one bus. Use DescribeEventSource to retrieve full configuration.
    pub async fn list_event_sources(
        &self,
        input: types::ListEventSourcesInput,
    ) -> Result<types::ListEventSourcesOutput, Error<error::ListEventSourcesError>> {
        self.handle.invoke(&schemas::ops::LIST_EVENT_SOURCES, input).await
    }
    /// Lists the resource policies attached to an event bus as summaries (policy name and revision ID). Use GetResourcePolicy to retrieve a policy document.
    pub async fn list_resource_policies(
        &self,
        input: types::ListResourcePoliciesInput,
    ) -> Result<
        types::ListResourcePoliciesOutput,
        Error<error::ListResourcePoliciesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_RESOURCE_POLICIES, input).await
    }
    /// Lists subscribers as summaries. By default the list spans the subscribers the caller account owns across all buses; set EventBusArn to scope it to one bus. Use DescribeSubscriber to retrieve full configuration.
    pub async fn list_subscribers(
        &self,
        input: types::ListSubscribersInput,
    ) -> Result<types::ListSubscribersOutput, Error<error::ListSubscribersError>> {
        self.handle.invoke(&schemas::ops::LIST_SUBSCRIBERS, input).await
    }
    /// Lists the tags on an event bus, subscriber, or event source.
    pub async fn list_tags_for_resource(
        &self,
        input: types::ListTagsForResourceInput,
    ) -> Result<
        types::ListTagsForResourceOutput,
        Error<error::ListTagsForResourceError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_TAGS_FOR_RESOURCE, input).await
    }
    /// Publishes events to an event bus.
    pub async fn put_events(
        &self,
        input: types::PutEventsInput,
    ) -> Result<types::PutEventsOutput, Error<error::PutEventsError>> {
        self.handle.invoke(&schemas::ops::PUT_EVENTS, input).await
    }
    /// Publishes pre-shaped events to an event bus.
    pub async fn put_raw_events(
        &self,
        input: types::PutRawEventsInput,
    ) -> Result<types::PutRawEventsOutput, Error<error::PutRawEventsError>> {
        self.handle.invoke(&schemas::ops::PUT_RAW_EVENTS, input).await
    }
    /// Attaches a named resource policy to an event bus — the only resource type that supports policies; other resource ARNs are rejected. Each bus holds two named policies: "default" (customer-managed, full IAM policy language including Deny) and "AWS\_RAM" (written exclusively by AWS Resource Access Manager to reflect resource shares). Both policies are evaluated on cross-account authorization; an explicit Deny in either overrides an Allow in the other. Operations that omit PolicyName target "default". A "default" policy that would grant public access is rejected with PublicPolicyException and is not attached; this check is always on and cannot be disabled.
    pub async fn put_resource_policy(
        &self,
        input: types::PutResourcePolicyInput,
    ) -> Result<types::PutResourcePolicyOutput, Error<error::PutResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_RESOURCE_POLICY, input).await
    }
    /// Revokes a subscriber or an EventSource. The bus owner calls this to withdraw a misbehaving resource attached to their bus. Revocation is terminal: there is no operation that clears it. A revoked resource refuses mutating operations with InvalidStateException; delete stays available for cleanup.
    pub async fn revoke_resource(
        &self,
        input: types::RevokeResourceInput,
    ) -> Result<types::RevokeResourceOutput, Error<error::RevokeResourceError>> {
        self.handle.invoke(&schemas::ops::REVOKE_RESOURCE, input).await
    }
    /// Adds or replaces tags on an event bus, subscriber, or event source.
    pub async fn tag_resource(
        &self,
        input: types::TagResourceInput,
    ) -> Result<types::TagResourceOutput, Error<error::TagResourceError>> {
        self.handle.invoke(&schemas::ops::TAG_RESOURCE, input).await
    }
    /// Removes tags from an event bus, subscriber, or event source.
    pub async fn untag_resource(
        &self,
        input: types::UntagResourceInput,
    ) -> Result<types::UntagResourceOutput, Error<error::UntagResourceError>> {
        self.handle.invoke(&schemas::ops::UNTAG_RESOURCE, input).await
    }
    /// Updates an event bus. The update is asynchronous: the bus moves to UPDATING and returns to ACTIVE when the change is applied. Fields omitted from the request are left unchanged.
    pub async fn update_event_bus(
        &self,
        input: types::UpdateEventBusInput,
    ) -> Result<types::UpdateEventBusOutput, Error<error::UpdateEventBusError>> {
        self.handle.invoke(&schemas::ops::UPDATE_EVENT_BUS, input).await
    }
    /// Updates an EventSource. Fields omitted from the request are left unchanged.
    pub async fn update_event_source(
        &self,
        input: types::UpdateEventSourceInput,
    ) -> Result<types::UpdateEventSourceOutput, Error<error::UpdateEventSourceError>> {
        self.handle.invoke(&schemas::ops::UPDATE_EVENT_SOURCE, input).await
    }
    /// Updates a subscriber. Fields omitted from the request are left unchanged.
    pub async fn update_subscriber(
        &self,
        input: types::UpdateSubscriberInput,
    ) -> Result<types::UpdateSubscriberOutput, Error<error::UpdateSubscriberError>> {
        self.handle.invoke(&schemas::ops::UPDATE_SUBSCRIBER, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::list_event_buses`], one request each (paginator `ListEventBuses`).
    pub fn list_event_buses_pages(
        &self,
        input: types::ListEventBusesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListEventBusesInput,
        types::ListEventBusesOutput,
        error::ListEventBusesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_EVENT_BUSES, input)
    }
    /// The pages of [`Client::list_event_sources`], one request each (paginator `ListEventSources`).
    pub fn list_event_sources_pages(
        &self,
        input: types::ListEventSourcesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListEventSourcesInput,
        types::ListEventSourcesOutput,
        error::ListEventSourcesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_EVENT_SOURCES, input)
    }
    /// The pages of [`Client::list_resource_policies`], one request each (paginator `ListResourcePolicies`).
    pub fn list_resource_policies_pages(
        &self,
        input: types::ListResourcePoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListResourcePoliciesInput,
        types::ListResourcePoliciesOutput,
        error::ListResourcePoliciesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_RESOURCE_POLICIES, input)
    }
    /// The pages of [`Client::list_subscribers`], one request each (paginator `ListSubscribers`).
    pub fn list_subscribers_pages(
        &self,
        input: types::ListSubscribersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSubscribersInput,
        types::ListSubscribersOutput,
        error::ListSubscribersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SUBSCRIBERS, input)
    }
    /// Polls [`Client::describe_event_bus`] every 2 s (at most 60 times) until waiter `EventBusActive` succeeds; `config` overrides the timing.
    pub async fn wait_until_event_bus_active(
        &self,
        input: types::DescribeEventBusInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeEventBusOutput>,
        Error<error::DescribeEventBusError>,
    > {
        self.handle.wait(&schemas::waiters::EVENT_BUS_ACTIVE, input, config).await
    }
    /// Polls [`Client::describe_event_bus`] every 2 s (at most 60 times) until waiter `EventBusDeleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_event_bus_deleted(
        &self,
        input: types::DescribeEventBusInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeEventBusOutput>,
        Error<error::DescribeEventBusError>,
    > {
        self.handle.wait(&schemas::waiters::EVENT_BUS_DELETED, input, config).await
    }
}

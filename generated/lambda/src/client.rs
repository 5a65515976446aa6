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
    /// Adds permissions to the resource-based policy of a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). Use this action to grant layer usage permission to other accounts. You can grant permission to a single account, all accounts in an organization, or all Amazon Web Services accounts.
    ///
    /// To revoke permission, call RemoveLayerVersionPermission with the statement ID that you specified when you added it.
    pub async fn add_layer_version_permission(
        &self,
        input: types::AddLayerVersionPermissionInput,
    ) -> Result<
        types::AddLayerVersionPermissionOutput,
        Error<error::AddLayerVersionPermissionError>,
    > {
        self.handle.invoke(&schemas::ops::ADD_LAYER_VERSION_PERMISSION, input).await
    }
    /// Grants a [principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#Principal_specifying) permission to use a function. You can apply the policy at the function level, or specify a qualifier to restrict access to a single version or alias. If you use a qualifier, the invoker must use the full Amazon Resource Name (ARN) of that version or alias to invoke the function. Note: Lambda does not support adding policies to version $LATEST.
    ///
    /// To grant permission to another account, specify the account ID as the `Principal`. To grant permission to an organization defined in Organizations, specify the organization ID as the `PrincipalOrgID`. For Amazon Web Services services, the principal is a domain-style identifier that the service defines, such as `s3.amazonaws.com` or `sns.amazonaws.com`. For Amazon Web Services services, you can also specify the ARN of the associated resource as the `SourceArn`. If you grant permission to a service principal without specifying the source, other accounts could potentially configure resources in their account to invoke your Lambda function.
    ///
    /// This operation adds a statement to a resource-based permissions policy for the function. For more information about function policies, see [Using resource-based policies for Lambda](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html).
    pub async fn add_permission(
        &self,
        input: types::AddPermissionInput,
    ) -> Result<types::AddPermissionOutput, Error<error::AddPermissionError>> {
        self.handle.invoke(&schemas::ops::ADD_PERMISSION, input).await
    }
    /// Saves the progress of a [durable function](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) execution during runtime. This API is used by the Lambda durable functions SDK to checkpoint completed steps and schedule asynchronous operations. You typically don't need to call this API directly as the SDK handles checkpointing automatically.
    ///
    /// Each checkpoint operation consumes the current checkpoint token and returns a new one for the next checkpoint. This ensures that checkpoints are applied in the correct order and prevents duplicate or out-of-order state updates.
    pub async fn checkpoint_durable_execution(
        &self,
        input: types::CheckpointDurableExecutionInput,
    ) -> Result<
        types::CheckpointDurableExecutionOutput,
        Error<error::CheckpointDurableExecutionError>,
    > {
        self.handle.invoke(&schemas::ops::CHECKPOINT_DURABLE_EXECUTION, input).await
    }
    /// Creates an [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html) for a Lambda Event Function version. Use aliases to provide clients with a function identifier that you can update to invoke a different version.
    ///
    /// You can also map an alias to split invocation requests between two versions. Use the `RoutingConfig` parameter to specify a second version and the percentage of invocation requests that it receives.
    pub async fn create_alias(
        &self,
        input: types::CreateAliasInput,
    ) -> Result<types::AliasConfiguration, Error<error::CreateAliasError>> {
        self.handle.invoke(&schemas::ops::CREATE_ALIAS, input).await
    }
    /// Creates a capacity provider that manages compute resources for Lambda Event Functions
    pub async fn create_capacity_provider(
        &self,
        input: types::CreateCapacityProviderInput,
    ) -> Result<
        types::CreateCapacityProviderOutput,
        Error<error::CreateCapacityProviderError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CAPACITY_PROVIDER, input).await
    }
    /// Creates a code signing configuration. A [code signing configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html) defines a list of allowed signing profiles and defines the code-signing validation policy (action to be taken if deployment validation checks fail).
    pub async fn create_code_signing_config(
        &self,
        input: types::CreateCodeSigningConfigInput,
    ) -> Result<
        types::CreateCodeSigningConfigOutput,
        Error<error::CreateCodeSigningConfigError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CODE_SIGNING_CONFIG, input).await
    }
    /// Creates a mapping between an event source and an Lambda Event Function. Lambda reads items from the event source and invokes the function.
    ///
    /// For details about how to configure different event sources, see the following topics.
    ///
    /// - [ Amazon DynamoDB Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-dynamodb-eventsourcemapping)
    ///
    /// - [ Amazon Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-eventsourcemapping)
    ///
    /// - [ Amazon SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-eventsource)
    ///
    /// - [ Amazon MQ and RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-eventsourcemapping)
    ///
    /// - [ Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html)
    ///
    /// - [ Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/kafka-smaa.html)
    ///
    /// - [ Amazon DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html)
    ///
    /// The following error handling options are available for stream sources (DynamoDB, Kinesis, Amazon MSK, and self-managed Apache Kafka):
    ///
    /// - `BisectBatchOnFunctionError` – If the function returns an error, split the batch in two and retry.
    ///
    /// - `MaximumRecordAgeInSeconds` – Discard records older than the specified age. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires
    ///
    /// - `MaximumRetryAttempts` – Discard records after the specified number of retries. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires.
    ///
    /// - `OnFailure` – Send discarded records to an Amazon SQS queue, Amazon SNS topic, Kafka topic, or Amazon S3 bucket. For more information, see [Adding a destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations).
    ///
    /// The following option is available only for DynamoDB and Kinesis event sources:
    ///
    /// - `ParallelizationFactor` – Process multiple batches from each shard concurrently.
    ///
    /// For information about which configuration parameters apply to each event source, see the following topics.
    ///
    /// - [ Amazon DynamoDB Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-ddb-params)
    ///
    /// - [ Amazon Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-params)
    ///
    /// - [ Amazon SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#services-sqs-params)
    ///
    /// - [ Amazon MQ and RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-params)
    ///
    /// - [ Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-parms)
    ///
    /// - [ Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-kafka-parms)
    ///
    /// - [ Amazon DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html#docdb-configuration)
    pub async fn create_event_source_mapping(
        &self,
        input: types::CreateEventSourceMappingInput,
    ) -> Result<
        types::EventSourceMappingConfiguration,
        Error<error::CreateEventSourceMappingError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_EVENT_SOURCE_MAPPING, input).await
    }
    /// Creates a Lambda Event Function. To create a function, you need a [deployment package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) and an [execution role](https://docs.aws.amazon.com/lambda/latest/dg/intro-permission-model.html#lambda-intro-execution-role). The deployment package is a .zip file archive or container image that contains your function code. The execution role grants the function permission to use Amazon Web Services services, such as Amazon CloudWatch Logs for log streaming and X-Ray for request tracing.
    ///
    /// If the deployment package is a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html), then you set the package type to `Image`. For a container image, the code property must include the URI of a container image in the Amazon ECR registry. You do not need to specify the handler and runtime properties.
    ///
    /// If the deployment package is a [.zip file archive](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html#gettingstarted-package-zip), then you set the package type to `Zip`. For a .zip file archive, the code property specifies the location of the .zip file. You must also specify the handler and runtime properties. The code in the deployment package must be compatible with the target instruction set architecture of the function (`x86-64` or `arm64`). If you do not specify the architecture, then the default value is `x86-64`.
    ///
    /// When you create a function, Lambda provisions an instance of the function and its supporting resources. If your function connects to a VPC, this process can take a minute or so. During this time, you can't invoke or modify the function. The `State`, `StateReason`, and `StateReasonCode` fields in the response from GetFunctionConfiguration indicate when the function is ready to invoke. For more information, see [Lambda function states](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
    ///
    /// A function has an unpublished version, and can have published versions and aliases. The unpublished version changes when you update your function's code and configuration. A published version is a snapshot of your function code and configuration that can't be changed. An alias is a named resource that maps to a version, and can be changed to map to a different version. Use the `Publish` parameter to create version `1` of your function from its initial configuration.
    ///
    /// The other parameters let you configure version-specific and function-level settings. You can modify version-specific settings later with UpdateFunctionConfiguration. Function-level settings apply to both the unpublished and published versions of the function, and include tags (TagResource) and per-function concurrency limits (PutFunctionConcurrency).
    ///
    /// You can use code signing if your deployment package is a .zip file archive. To enable code signing for this function, specify the ARN of a code-signing configuration. When a user attempts to deploy a code package with UpdateFunctionCode, Lambda checks that the code package has a valid signature from a trusted publisher. The code-signing configuration includes set of signing profiles, which define the trusted publishers for this function.
    ///
    /// If another Amazon Web Services account or an Amazon Web Services service invokes your function, use AddPermission to grant permission by creating a resource-based Identity and Access Management (IAM) policy. You can grant permissions at the function level, on a version, or on an alias.
    ///
    /// To invoke your function directly, use Invoke. To invoke your function in response to events in other Amazon Web Services services, create an event source mapping (CreateEventSourceMapping), or configure a function trigger in the other service. For more information, see [Invoking Lambda functions](https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html).
    pub async fn create_function(
        &self,
        input: types::CreateFunctionInput,
    ) -> Result<types::FunctionConfiguration, Error<error::CreateFunctionError>> {
        self.handle.invoke(&schemas::ops::CREATE_FUNCTION, input).await
    }
    /// Creates a Lambda function URL with the specified configuration parameters. A function URL is a dedicated HTTP(S) endpoint that you can use to invoke your function.
    pub async fn create_function_url_config(
        &self,
        input: types::CreateFunctionUrlConfigInput,
    ) -> Result<
        types::CreateFunctionUrlConfigOutput,
        Error<error::CreateFunctionUrlConfigError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_FUNCTION_URL_CONFIG, input).await
    }
    /// Deletes a Lambda Event Function [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    pub async fn delete_alias(
        &self,
        input: types::DeleteAliasInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteAliasError>> {
        self.handle.invoke(&schemas::ops::DELETE_ALIAS, input).await
    }
    /// Deletes a capacity provider. You cannot delete a capacity provider that is currently being used by Lambda functions.
    pub async fn delete_capacity_provider(
        &self,
        input: types::DeleteCapacityProviderInput,
    ) -> Result<
        types::DeleteCapacityProviderOutput,
        Error<error::DeleteCapacityProviderError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_CAPACITY_PROVIDER, input).await
    }
    /// Deletes the code signing configuration. You can delete the code signing configuration only if no function is using it.
    pub async fn delete_code_signing_config(
        &self,
        input: types::DeleteCodeSigningConfigInput,
    ) -> Result<
        types::DeleteCodeSigningConfigOutput,
        Error<error::DeleteCodeSigningConfigError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_CODE_SIGNING_CONFIG, input).await
    }
    /// Deletes a completed Lambda [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) and its data. The execution must be in a terminal state (`SUCCEEDED`, `FAILED`, `STOPPED`, or `TIMED\_OUT`). Otherwise, this operation returns a `ResourceConflictException`.
    ///
    /// The execution has `DELETING` status until the deletion finishes. For more information, see [Deleting durable executions](https://docs.aws.amazon.com/lambda/latest/dg/durable-delete.html).
    pub async fn delete_durable_execution(
        &self,
        input: types::DeleteDurableExecutionInput,
    ) -> Result<
        types::DeleteDurableExecutionOutput,
        Error<error::DeleteDurableExecutionError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_DURABLE_EXECUTION, input).await
    }
    /// Deletes an [event source mapping](https://docs.aws.amazon.com/lambda/latest/dg/intro-invocation-modes.html). You can get the identifier of a mapping from the output of ListEventSourceMappings.
    ///
    /// When you delete an event source mapping, it enters a `Deleting` state and might not be completely deleted for several seconds.
    pub async fn delete_event_source_mapping(
        &self,
        input: types::DeleteEventSourceMappingInput,
    ) -> Result<
        types::EventSourceMappingConfiguration,
        Error<error::DeleteEventSourceMappingError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_EVENT_SOURCE_MAPPING, input).await
    }
    /// Deletes a Lambda Event Function. To delete a specific function version, use the `Qualifier` parameter. Otherwise, all versions and aliases are deleted. This doesn't require the user to have explicit permissions for DeleteAlias.
    ///
    /// A deleted Lambda function cannot be recovered. Ensure that you specify the correct function name and version before deleting.
    ///
    /// To delete Lambda event source mappings that invoke a function, use DeleteEventSourceMapping. For Amazon Web Services services and resources that invoke your function directly, delete the trigger in the service where you originally configured it.
    pub async fn delete_function(
        &self,
        input: types::DeleteFunctionInput,
    ) -> Result<types::DeleteFunctionOutput, Error<error::DeleteFunctionError>> {
        self.handle.invoke(&schemas::ops::DELETE_FUNCTION, input).await
    }
    /// Removes the code signing configuration from the function.
    pub async fn delete_function_code_signing_config(
        &self,
        input: types::DeleteFunctionCodeSigningConfigInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteFunctionCodeSigningConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_FUNCTION_CODE_SIGNING_CONFIG, input)
            .await
    }
    /// Removes a concurrent execution limit from a Lambda Event Function.
    pub async fn delete_function_concurrency(
        &self,
        input: types::DeleteFunctionConcurrencyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteFunctionConcurrencyError>> {
        self.handle.invoke(&schemas::ops::DELETE_FUNCTION_CONCURRENCY, input).await
    }
    /// Deletes the configuration for asynchronous invocation for a function, version, or alias.
    ///
    /// To configure options for asynchronous invocation, use PutFunctionEventInvokeConfig.
    pub async fn delete_function_event_invoke_config(
        &self,
        input: types::DeleteFunctionEventInvokeConfigInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteFunctionEventInvokeConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_FUNCTION_EVENT_INVOKE_CONFIG, input)
            .await
    }
    /// Deletes a Lambda function URL. When you delete a function URL, you can't recover it. Creating a new function URL results in a different URL address.
    pub async fn delete_function_url_config(
        &self,
        input: types::DeleteFunctionUrlConfigInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteFunctionUrlConfigError>> {
        self.handle.invoke(&schemas::ops::DELETE_FUNCTION_URL_CONFIG, input).await
    }
    /// Deletes a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). Deleted versions can no longer be viewed or added to functions. To avoid breaking functions, a copy of the version remains in Lambda until no functions refer to it.
    pub async fn delete_layer_version(
        &self,
        input: types::DeleteLayerVersionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteLayerVersionError>> {
        self.handle.invoke(&schemas::ops::DELETE_LAYER_VERSION, input).await
    }
    /// Deletes the provisioned concurrency configuration for a function.
    pub async fn delete_provisioned_concurrency_config(
        &self,
        input: types::DeleteProvisionedConcurrencyConfigInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteProvisionedConcurrencyConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_PROVISIONED_CONCURRENCY_CONFIG, input)
            .await
    }
    /// Deletes a [resource-based policy](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html) from a Lambda resource.
    pub async fn delete_resource_policy(
        &self,
        input: types::DeleteResourcePolicyInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_RESOURCE_POLICY, input).await
    }
    /// Retrieves details about your account's [limits](https://docs.aws.amazon.com/lambda/latest/dg/limits.html) and usage in an Amazon Web Services Region.
    pub async fn get_account_settings(
        &self,
        input: types::GetAccountSettingsInput,
    ) -> Result<types::GetAccountSettingsOutput, Error<error::GetAccountSettingsError>> {
        self.handle.invoke(&schemas::ops::GET_ACCOUNT_SETTINGS, input).await
    }
    /// Returns details about a Lambda Event Function [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    pub async fn get_alias(
        &self,
        input: types::GetAliasInput,
    ) -> Result<types::AliasConfiguration, Error<error::GetAliasError>> {
        self.handle.invoke(&schemas::ops::GET_ALIAS, input).await
    }
    /// Retrieves information about a specific capacity provider, including its configuration, state, and associated resources.
    pub async fn get_capacity_provider(
        &self,
        input: types::GetCapacityProviderInput,
    ) -> Result<
        types::GetCapacityProviderOutput,
        Error<error::GetCapacityProviderError>,
    > {
        self.handle.invoke(&schemas::ops::GET_CAPACITY_PROVIDER, input).await
    }
    /// Returns information about the specified code signing configuration.
    pub async fn get_code_signing_config(
        &self,
        input: types::GetCodeSigningConfigInput,
    ) -> Result<
        types::GetCodeSigningConfigOutput,
        Error<error::GetCodeSigningConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_CODE_SIGNING_CONFIG, input).await
    }
    /// Retrieves detailed information about a specific [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including its current status, input payload, result or error information, and execution metadata such as start time and usage statistics.
    pub async fn get_durable_execution(
        &self,
        input: types::GetDurableExecutionInput,
    ) -> Result<
        types::GetDurableExecutionOutput,
        Error<error::GetDurableExecutionError>,
    > {
        self.handle.invoke(&schemas::ops::GET_DURABLE_EXECUTION, input).await
    }
    /// Retrieves the execution history for a [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), showing all the steps, callbacks, and events that occurred during the execution. This provides a detailed audit trail of the execution's progress over time.
    ///
    /// The history is available while the execution is running and for a retention period after it completes (1-90 days, default 30 days). You can control whether to include execution data such as step results and callback payloads.
    pub async fn get_durable_execution_history(
        &self,
        input: types::GetDurableExecutionHistoryInput,
    ) -> Result<
        types::GetDurableExecutionHistoryOutput,
        Error<error::GetDurableExecutionHistoryError>,
    > {
        self.handle.invoke(&schemas::ops::GET_DURABLE_EXECUTION_HISTORY, input).await
    }
    /// Retrieves the current execution state required for the replay process during [durable function](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) execution. This API is used by the Lambda durable functions SDK to get state information needed for replay. You typically don't need to call this API directly as the SDK handles state management automatically.
    ///
    /// The response contains operations ordered by start sequence number in ascending order. Completed operations with children don't include child operation details since they don't need to be replayed.
    pub async fn get_durable_execution_state(
        &self,
        input: types::GetDurableExecutionStateInput,
    ) -> Result<
        types::GetDurableExecutionStateOutput,
        Error<error::GetDurableExecutionStateError>,
    > {
        self.handle.invoke(&schemas::ops::GET_DURABLE_EXECUTION_STATE, input).await
    }
    /// Returns details about an event source mapping. You can get the identifier of a mapping from the output of ListEventSourceMappings.
    pub async fn get_event_source_mapping(
        &self,
        input: types::GetEventSourceMappingInput,
    ) -> Result<
        types::EventSourceMappingConfiguration,
        Error<error::GetEventSourceMappingError>,
    > {
        self.handle.invoke(&schemas::ops::GET_EVENT_SOURCE_MAPPING, input).await
    }
    /// Returns information about a Lambda Event Function or function version, with a link to download the deployment package that's valid for 10 minutes. If you specify a function version, only details that are specific to that version are returned.
    pub async fn get_function(
        &self,
        input: types::GetFunctionInput,
    ) -> Result<types::GetFunctionOutput, Error<error::GetFunctionError>> {
        self.handle.invoke(&schemas::ops::GET_FUNCTION, input).await
    }
    /// Returns the code signing configuration for the specified function.
    pub async fn get_function_code_signing_config(
        &self,
        input: types::GetFunctionCodeSigningConfigInput,
    ) -> Result<
        types::GetFunctionCodeSigningConfigOutput,
        Error<error::GetFunctionCodeSigningConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_CODE_SIGNING_CONFIG, input).await
    }
    /// Returns details about the reserved concurrency configuration for a function. To set a concurrency limit for a function, use PutFunctionConcurrency.
    pub async fn get_function_concurrency(
        &self,
        input: types::GetFunctionConcurrencyInput,
    ) -> Result<
        types::GetFunctionConcurrencyOutput,
        Error<error::GetFunctionConcurrencyError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_CONCURRENCY, input).await
    }
    /// Returns the version-specific settings of a Lambda Event Function or version. The output includes only options that can vary between versions of a function. To modify these settings, use UpdateFunctionConfiguration.
    ///
    /// To get all of a function's details, including function-level settings, use GetFunction.
    pub async fn get_function_configuration(
        &self,
        input: types::GetFunctionConfigurationInput,
    ) -> Result<
        types::FunctionConfiguration,
        Error<error::GetFunctionConfigurationError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_CONFIGURATION, input).await
    }
    /// Retrieves the configuration for asynchronous invocation for a function, version, or alias.
    ///
    /// To configure options for asynchronous invocation, use PutFunctionEventInvokeConfig.
    pub async fn get_function_event_invoke_config(
        &self,
        input: types::GetFunctionEventInvokeConfigInput,
    ) -> Result<
        types::FunctionEventInvokeConfig,
        Error<error::GetFunctionEventInvokeConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_EVENT_INVOKE_CONFIG, input).await
    }
    /// Returns your function's [recursive loop detection](https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html) configuration.
    pub async fn get_function_recursion_config(
        &self,
        input: types::GetFunctionRecursionConfigInput,
    ) -> Result<
        types::GetFunctionRecursionConfigOutput,
        Error<error::GetFunctionRecursionConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_RECURSION_CONFIG, input).await
    }
    /// Retrieves the scaling configuration for a Lambda Managed Instances function.
    pub async fn get_function_scaling_config(
        &self,
        input: types::GetFunctionScalingConfigInput,
    ) -> Result<
        types::GetFunctionScalingConfigOutput,
        Error<error::GetFunctionScalingConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_SCALING_CONFIG, input).await
    }
    /// Returns details about a Lambda function URL.
    pub async fn get_function_url_config(
        &self,
        input: types::GetFunctionUrlConfigInput,
    ) -> Result<
        types::GetFunctionUrlConfigOutput,
        Error<error::GetFunctionUrlConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_FUNCTION_URL_CONFIG, input).await
    }
    /// Returns information about a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html), with a link to download the layer archive that's valid for 10 minutes.
    pub async fn get_layer_version(
        &self,
        input: types::GetLayerVersionInput,
    ) -> Result<types::GetLayerVersionResponse, Error<error::GetLayerVersionError>> {
        self.handle.invoke(&schemas::ops::GET_LAYER_VERSION, input).await
    }
    /// Returns information about a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html), with a link to download the layer archive that's valid for 10 minutes.
    pub async fn get_layer_version_by_arn(
        &self,
        input: types::GetLayerVersionByArnInput,
    ) -> Result<
        types::GetLayerVersionResponse,
        Error<error::GetLayerVersionByArnError>,
    > {
        self.handle.invoke(&schemas::ops::GET_LAYER_VERSION_BY_ARN, input).await
    }
    /// Returns the permission policy for a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). For more information, see AddLayerVersionPermission.
    pub async fn get_layer_version_policy(
        &self,
        input: types::GetLayerVersionPolicyInput,
    ) -> Result<
        types::GetLayerVersionPolicyOutput,
        Error<error::GetLayerVersionPolicyError>,
    > {
        self.handle.invoke(&schemas::ops::GET_LAYER_VERSION_POLICY, input).await
    }
    /// Returns the [resource-based IAM policy](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html) for a function, version, or alias.
    pub async fn get_policy(
        &self,
        input: types::GetPolicyInput,
    ) -> Result<types::GetPolicyOutput, Error<error::GetPolicyError>> {
        self.handle.invoke(&schemas::ops::GET_POLICY, input).await
    }
    /// Retrieves the provisioned concurrency configuration for a function's alias or version.
    pub async fn get_provisioned_concurrency_config(
        &self,
        input: types::GetProvisionedConcurrencyConfigInput,
    ) -> Result<
        types::GetProvisionedConcurrencyConfigOutput,
        Error<error::GetProvisionedConcurrencyConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_PROVISIONED_CONCURRENCY_CONFIG, input)
            .await
    }
    /// Retrieves the [resource-based policy](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html) attached to a Lambda resource.
    pub async fn get_resource_policy(
        &self,
        input: types::GetResourcePolicyInput,
    ) -> Result<types::GetResourcePolicyOutput, Error<error::GetResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::GET_RESOURCE_POLICY, input).await
    }
    /// Retrieves the runtime management configuration for a function's version. If the runtime update mode is **Manual**, this includes the ARN of the runtime version and the runtime update mode. If the runtime update mode is **Auto** or **Function update**, this includes the runtime update mode and `null` is returned for the ARN. For more information, see [Runtime updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html).
    pub async fn get_runtime_management_config(
        &self,
        input: types::GetRuntimeManagementConfigInput,
    ) -> Result<
        types::GetRuntimeManagementConfigOutput,
        Error<error::GetRuntimeManagementConfigError>,
    > {
        self.handle.invoke(&schemas::ops::GET_RUNTIME_MANAGEMENT_CONFIG, input).await
    }
    /// Invokes a Lambda Event Function. You can invoke a function synchronously (and wait for the response), or asynchronously. By default, Lambda invokes your function synchronously (i.e. the`InvocationType` is `RequestResponse`). To invoke a function asynchronously, set `InvocationType` to `Event`. Lambda passes the `ClientContext` object to your function for synchronous invocations only.
    ///
    /// For synchronous invocations, the maximum payload size is 6 MB. For asynchronous invocations, the maximum payload size is 1 MB.
    ///
    /// For [synchronous invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-sync.html), details about the function response, including errors, are included in the response body and headers. For either invocation type, you can find more information in the [execution log](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-functions.html) and [trace](https://docs.aws.amazon.com/lambda/latest/dg/lambda-x-ray.html).
    ///
    /// When an error occurs, your function may be invoked multiple times. Retry behavior varies by error type, client, event source, and invocation type. For example, if you invoke a function asynchronously and it returns an error, Lambda executes the function up to two more times. For more information, see [Error handling and automatic retries in Lambda](https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html).
    ///
    /// For [asynchronous invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html), Lambda adds events to a queue before sending them to your function. If your function does not have enough capacity to keep up with the queue, events may be lost. Occasionally, your function may receive the same event multiple times, even if no error occurs. To retain events that were not processed, configure your function with a [dead-letter queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    ///
    /// The status code in the API response doesn't reflect function errors. Error codes are reserved for errors that prevent your function from executing, such as permissions errors, [quota](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html) errors, or issues with your function's code and configuration. For example, Lambda returns `TooManyRequestsException` if running the function would cause you to exceed a concurrency limit at either the account level (`ConcurrentInvocationLimitExceeded`) or function level (`ReservedFunctionConcurrentInvocationLimitExceeded`).
    ///
    /// For functions with a long timeout, your client might disconnect during synchronous invocation while it waits for a response. Configure your HTTP client, SDK, firewall, proxy, or operating system to allow for long connections with timeout or keep-alive settings.
    ///
    /// This operation requires permission for the [lambda:InvokeFunction](https://docs.aws.amazon.com/IAM/latest/UserGuide/list_awslambda.html) action. For details on how to set up permissions for cross-account invocations, see [Granting function access to other accounts](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#permissions-resource-xaccountinvoke).
    pub async fn invoke(
        &self,
        input: types::InvokeInput,
    ) -> Result<types::InvokeOutput, Error<error::InvokeError>> {
        self.handle.invoke(&schemas::ops::INVOKE, input).await
    }
    /// For asynchronous function invocation, use Invoke.
    ///
    /// Invokes a function asynchronously.
    ///
    /// The payload limit is 256KB. For larger payloads, for up to 1MB, use Invoke.
    ///
    /// If you do use the InvokeAsync action, note that it doesn't support the use of X-Ray active tracing. Trace ID is not propagated to the function, even if X-Ray active tracing is turned on.
    #[deprecated]
    pub async fn invoke_async(
        &self,
        input: types::InvokeAsyncInput,
    ) -> Result<types::InvokeAsyncOutput, Error<error::InvokeAsyncError>> {
        self.handle.invoke(&schemas::ops::INVOKE_ASYNC, input).await
    }
    /// Configure your Lambda Event Functions to stream response payloads back to clients. For more information, see [Configuring a Lambda function to stream responses](https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html).
    ///
    /// This operation requires permission for the [lambda:InvokeFunction](https://docs.aws.amazon.com/IAM/latest/UserGuide/list_awslambda.html) action. For details on how to set up permissions for cross-account invocations, see [Granting function access to other accounts](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#permissions-resource-xaccountinvoke).
    pub async fn invoke_with_response_stream(
        &self,
        input: types::InvokeWithResponseStreamInput,
    ) -> Result<
        types::InvokeWithResponseStreamOutput,
        Error<error::InvokeWithResponseStreamError>,
    > {
        self.handle.invoke(&schemas::ops::INVOKE_WITH_RESPONSE_STREAM, input).await
    }
    /// Returns a list of [aliases](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html) for a Lambda Event Function.
    pub async fn list_aliases(
        &self,
        input: types::ListAliasesInput,
    ) -> Result<types::ListAliasesOutput, Error<error::ListAliasesError>> {
        self.handle.invoke(&schemas::ops::LIST_ALIASES, input).await
    }
    /// Returns a list of capacity providers in your account.
    pub async fn list_capacity_providers(
        &self,
        input: types::ListCapacityProvidersInput,
    ) -> Result<
        types::ListCapacityProvidersOutput,
        Error<error::ListCapacityProvidersError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_CAPACITY_PROVIDERS, input).await
    }
    /// Returns a list of [code signing configurations](https://docs.aws.amazon.com/lambda/latest/dg/configuring-codesigning.html). A request returns up to 10,000 configurations per call. You can use the `MaxItems` parameter to return fewer configurations per call.
    pub async fn list_code_signing_configs(
        &self,
        input: types::ListCodeSigningConfigsInput,
    ) -> Result<
        types::ListCodeSigningConfigsOutput,
        Error<error::ListCodeSigningConfigsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_CODE_SIGNING_CONFIGS, input).await
    }
    /// Returns a list of [durable executions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) for a specified Lambda function. You can filter the results by execution name, status, and start time range. This API supports pagination for large result sets.
    pub async fn list_durable_executions_by_function(
        &self,
        input: types::ListDurableExecutionsByFunctionInput,
    ) -> Result<
        types::ListDurableExecutionsByFunctionOutput,
        Error<error::ListDurableExecutionsByFunctionError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_DURABLE_EXECUTIONS_BY_FUNCTION, input)
            .await
    }
    /// Lists event source mappings. Specify an `EventSourceArn` to show only event source mappings for a single event source.
    pub async fn list_event_source_mappings(
        &self,
        input: types::ListEventSourceMappingsInput,
    ) -> Result<
        types::ListEventSourceMappingsOutput,
        Error<error::ListEventSourceMappingsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_EVENT_SOURCE_MAPPINGS, input).await
    }
    /// Retrieves a list of configurations for asynchronous invocation for a Lambda Event Function. To retrieve more configurations, use the `Marker` parameter.
    ///
    /// To configure options for asynchronous invocation, use PutFunctionEventInvokeConfig.
    pub async fn list_function_event_invoke_configs(
        &self,
        input: types::ListFunctionEventInvokeConfigsInput,
    ) -> Result<
        types::ListFunctionEventInvokeConfigsOutput,
        Error<error::ListFunctionEventInvokeConfigsError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_FUNCTION_EVENT_INVOKE_CONFIGS, input)
            .await
    }
    /// Returns a list of Lambda function URLs for the specified function.
    pub async fn list_function_url_configs(
        &self,
        input: types::ListFunctionUrlConfigsInput,
    ) -> Result<
        types::ListFunctionUrlConfigsOutput,
        Error<error::ListFunctionUrlConfigsError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_FUNCTION_URL_CONFIGS, input).await
    }
    /// Returns a list of function versions that are configured to use a specific capacity provider.
    pub async fn list_function_versions_by_capacity_provider(
        &self,
        input: types::ListFunctionVersionsByCapacityProviderInput,
    ) -> Result<
        types::ListFunctionVersionsByCapacityProviderOutput,
        Error<error::ListFunctionVersionsByCapacityProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER, input)
            .await
    }
    /// Returns a list of Lambda Event Functions, with the version-specific configuration of each. Lambda returns up to 50 functions per call.
    ///
    /// Set `FunctionVersion` to `ALL` to include all published versions of each function in addition to the unpublished version.
    ///
    /// The `ListFunctions` operation returns a subset of the FunctionConfiguration fields. To get the additional fields (State, StateReasonCode, StateReason, LastUpdateStatus, LastUpdateStatusReason, LastUpdateStatusReasonCode, RuntimeVersionConfig) for a function or version, use GetFunction.
    pub async fn list_functions(
        &self,
        input: types::ListFunctionsInput,
    ) -> Result<types::ListFunctionsOutput, Error<error::ListFunctionsError>> {
        self.handle.invoke(&schemas::ops::LIST_FUNCTIONS, input).await
    }
    /// List the functions that use the specified code signing configuration. You can use this method prior to deleting a code signing configuration, to verify that no functions are using it.
    pub async fn list_functions_by_code_signing_config(
        &self,
        input: types::ListFunctionsByCodeSigningConfigInput,
    ) -> Result<
        types::ListFunctionsByCodeSigningConfigOutput,
        Error<error::ListFunctionsByCodeSigningConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG, input)
            .await
    }
    /// Lists the versions of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). Versions that have been deleted aren't listed. Specify a [runtime identifier](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) to list only versions that indicate that they're compatible with that runtime. Specify a compatible architecture to include only layer versions that are compatible with that architecture.
    pub async fn list_layer_versions(
        &self,
        input: types::ListLayerVersionsInput,
    ) -> Result<types::ListLayerVersionsOutput, Error<error::ListLayerVersionsError>> {
        self.handle.invoke(&schemas::ops::LIST_LAYER_VERSIONS, input).await
    }
    /// Lists [Lambda layers](https://docs.aws.amazon.com/lambda/latest/dg/invocation-layers.html) and shows information about the latest version of each. Specify a [runtime identifier](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) to list only layers that indicate that they're compatible with that runtime. Specify a compatible architecture to include only layers that are compatible with that [instruction set architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub async fn list_layers(
        &self,
        input: types::ListLayersInput,
    ) -> Result<types::ListLayersOutput, Error<error::ListLayersError>> {
        self.handle.invoke(&schemas::ops::LIST_LAYERS, input).await
    }
    /// Retrieves a list of provisioned concurrency configurations for a function.
    pub async fn list_provisioned_concurrency_configs(
        &self,
        input: types::ListProvisionedConcurrencyConfigsInput,
    ) -> Result<
        types::ListProvisionedConcurrencyConfigsOutput,
        Error<error::ListProvisionedConcurrencyConfigsError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_PROVISIONED_CONCURRENCY_CONFIGS, input)
            .await
    }
    /// Returns a function, event source mapping, or code signing configuration's [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html). You can also view function tags with GetFunction.
    pub async fn list_tags(
        &self,
        input: types::ListTagsInput,
    ) -> Result<types::ListTagsOutput, Error<error::ListTagsError>> {
        self.handle.invoke(&schemas::ops::LIST_TAGS, input).await
    }
    /// Returns a list of [versions](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html) of a Lambda Event Function, with the version-specific configuration of each. Lambda returns up to 50 versions per call.
    pub async fn list_versions_by_function(
        &self,
        input: types::ListVersionsByFunctionInput,
    ) -> Result<
        types::ListVersionsByFunctionOutput,
        Error<error::ListVersionsByFunctionError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_VERSIONS_BY_FUNCTION, input).await
    }
    /// Pauses a running [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html). While an execution is paused, Lambda doesn't invoke your function, but pending operations such as waits and callbacks continue to complete.
    ///
    /// If an invocation is in progress, the execution status changes to `PAUSING` until the invocation reaches its next checkpoint, and then changes to `PAUSED`. This operation returns a successful response while the execution status is still `RUNNING`, and the status changes when Lambda processes the request. For more information about pausing executions, see [Pausing and resuming durable executions](https://docs.aws.amazon.com/lambda/latest/dg/durable-pause-resume.html).
    pub async fn pause_durable_execution(
        &self,
        input: types::PauseDurableExecutionInput,
    ) -> Result<
        types::PauseDurableExecutionOutput,
        Error<error::PauseDurableExecutionError>,
    > {
        self.handle.invoke(&schemas::ops::PAUSE_DURABLE_EXECUTION, input).await
    }
    /// Creates an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) from a ZIP archive. Each time you call `PublishLayerVersion` with the same layer name, a new version is created.
    ///
    /// Add layers to your function with CreateFunction or UpdateFunctionConfiguration.
    pub async fn publish_layer_version(
        &self,
        input: types::PublishLayerVersionInput,
    ) -> Result<
        types::PublishLayerVersionOutput,
        Error<error::PublishLayerVersionError>,
    > {
        self.handle.invoke(&schemas::ops::PUBLISH_LAYER_VERSION, input).await
    }
    /// Creates a [version](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html) from the current code and configuration of a Lambda Event Function. Use versions to create a snapshot of your function code and configuration that doesn't change.
    ///
    /// Lambda doesn't publish a version if the function's configuration and code haven't changed since the last version. Use UpdateFunctionCode or UpdateFunctionConfiguration to update the function before publishing a version.
    ///
    /// Clients can invoke versions directly or with an alias. To create an alias, use CreateAlias.
    pub async fn publish_version(
        &self,
        input: types::PublishVersionInput,
    ) -> Result<types::FunctionConfiguration, Error<error::PublishVersionError>> {
        self.handle.invoke(&schemas::ops::PUBLISH_VERSION, input).await
    }
    /// Update the code signing configuration for the function. Changes to the code signing configuration take effect the next time a user tries to deploy a code package to the function.
    pub async fn put_function_code_signing_config(
        &self,
        input: types::PutFunctionCodeSigningConfigInput,
    ) -> Result<
        types::PutFunctionCodeSigningConfigOutput,
        Error<error::PutFunctionCodeSigningConfigError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_FUNCTION_CODE_SIGNING_CONFIG, input).await
    }
    /// Sets the maximum number of simultaneous executions for a Lambda Event Function, and reserves capacity for that concurrency level.
    ///
    /// Concurrency settings apply to the function as a whole, including all published versions and the unpublished version. Reserving concurrency both ensures that your function has capacity to process the specified number of events simultaneously, and prevents it from scaling beyond that level. Use GetFunction to see the current setting for a function.
    ///
    /// Use GetAccountSettings to see your Regional concurrency limit. You can reserve concurrency for as many functions as you like, as long as you leave at least 100 simultaneous executions unreserved for functions that aren't configured with a per-function limit. For more information, see [Lambda function scaling](https://docs.aws.amazon.com/lambda/latest/dg/invocation-scaling.html).
    pub async fn put_function_concurrency(
        &self,
        input: types::PutFunctionConcurrencyInput,
    ) -> Result<types::Concurrency, Error<error::PutFunctionConcurrencyError>> {
        self.handle.invoke(&schemas::ops::PUT_FUNCTION_CONCURRENCY, input).await
    }
    /// Configures options for [asynchronous invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html) on a function, version, or alias. If a configuration already exists for a function, version, or alias, this operation overwrites it. If you exclude any settings, they are removed. To set one option without affecting existing settings for other options, use UpdateFunctionEventInvokeConfig.
    ///
    /// By default, Lambda retries an asynchronous invocation twice if the function returns an error. It retains events in a queue for up to six hours. When an event fails all processing attempts or stays in the asynchronous invocation queue for too long, Lambda discards it. To retain discarded events, configure a dead-letter queue with UpdateFunctionConfiguration.
    ///
    /// To send an invocation record to a queue, topic, S3 bucket, function, or event bus, specify a [destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-async-destinations). You can configure separate destinations for successful invocations (on-success) and events that fail all processing attempts (on-failure). You can configure destinations in addition to or instead of a dead-letter queue.
    ///
    /// S3 buckets are supported only for on-failure destinations. To retain records of successful invocations, use another destination type.
    pub async fn put_function_event_invoke_config(
        &self,
        input: types::PutFunctionEventInvokeConfigInput,
    ) -> Result<
        types::FunctionEventInvokeConfig,
        Error<error::PutFunctionEventInvokeConfigError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_FUNCTION_EVENT_INVOKE_CONFIG, input).await
    }
    /// Sets the [recursive loop detection](https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html) configuration for a Lambda Event Function.
    ///
    /// When you configure a Lambda function to output to the same service or resource that invokes the function, it's possible to create an infinite recursive loop. For example, a Lambda function might write a message to an Amazon Simple Queue Service (Amazon SQS) queue, which then invokes the same function. This invocation causes the function to write another message to the queue, which in turn invokes the function again.
    ///
    /// Lambda can detect certain types of recursive loops shortly after they occur. When Lambda detects a recursive loop and your function's recursive loop detection configuration is set to `Terminate`, it stops your function being invoked and notifies you.
    pub async fn put_function_recursion_config(
        &self,
        input: types::PutFunctionRecursionConfigInput,
    ) -> Result<
        types::PutFunctionRecursionConfigOutput,
        Error<error::PutFunctionRecursionConfigError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_FUNCTION_RECURSION_CONFIG, input).await
    }
    /// Sets the scaling configuration for a Lambda Managed Instances function. The scaling configuration defines the minimum and maximum number of execution environments that can be provisioned for the function, allowing you to control scaling behavior and resource allocation.
    pub async fn put_function_scaling_config(
        &self,
        input: types::PutFunctionScalingConfigInput,
    ) -> Result<
        types::PutFunctionScalingConfigOutput,
        Error<error::PutFunctionScalingConfigError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_FUNCTION_SCALING_CONFIG, input).await
    }
    /// Adds a provisioned concurrency configuration to a function's alias or version.
    pub async fn put_provisioned_concurrency_config(
        &self,
        input: types::PutProvisionedConcurrencyConfigInput,
    ) -> Result<
        types::PutProvisionedConcurrencyConfigOutput,
        Error<error::PutProvisionedConcurrencyConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::PUT_PROVISIONED_CONCURRENCY_CONFIG, input)
            .await
    }
    /// Adds a [resource-based policy](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html) to a Lambda resource. Resource-based policies grant access to other [Amazon Web Services accounts](https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-cross-account.html), [organizations](https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-organization.html), or [services](https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html). Resource-based policies apply to a single Lambda resource (for example, a function, function version, or function alias).
    ///
    /// This operation replaces any existing policy on the Lambda resource. If you previously added permissions using the AddPermission operation, the new policy overwrites those permissions.
    pub async fn put_resource_policy(
        &self,
        input: types::PutResourcePolicyInput,
    ) -> Result<types::PutResourcePolicyOutput, Error<error::PutResourcePolicyError>> {
        self.handle.invoke(&schemas::ops::PUT_RESOURCE_POLICY, input).await
    }
    /// Sets the runtime management configuration for a function's version. For more information, see [Runtime updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html).
    pub async fn put_runtime_management_config(
        &self,
        input: types::PutRuntimeManagementConfigInput,
    ) -> Result<
        types::PutRuntimeManagementConfigOutput,
        Error<error::PutRuntimeManagementConfigError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_RUNTIME_MANAGEMENT_CONFIG, input).await
    }
    /// Removes a statement from the permissions policy for a version of an [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). For more information, see AddLayerVersionPermission.
    pub async fn remove_layer_version_permission(
        &self,
        input: types::RemoveLayerVersionPermissionInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::RemoveLayerVersionPermissionError>,
    > {
        self.handle.invoke(&schemas::ops::REMOVE_LAYER_VERSION_PERMISSION, input).await
    }
    /// Revokes function-use permission from an Amazon Web Services service or another Amazon Web Services account. You can get the ID of the statement from the output of GetPolicy.
    pub async fn remove_permission(
        &self,
        input: types::RemovePermissionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::RemovePermissionError>> {
        self.handle.invoke(&schemas::ops::REMOVE_PERMISSION, input).await
    }
    /// Resumes a paused [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html). If the pause interrupted an invocation, or an operation completed while the execution was paused, Lambda invokes your function. Otherwise, the execution continues to wait for its pending operations.
    ///
    /// If the execution status is `PAUSING`, this operation cancels the pause, and the in-progress invocation continues. This operation returns a successful response while the execution status is still `PAUSED` or `PAUSING`, and the status changes to `RUNNING` when Lambda processes the request. For more information about resuming executions, see [Pausing and resuming durable executions](https://docs.aws.amazon.com/lambda/latest/dg/durable-pause-resume.html).
    pub async fn resume_durable_execution(
        &self,
        input: types::ResumeDurableExecutionInput,
    ) -> Result<
        types::ResumeDurableExecutionOutput,
        Error<error::ResumeDurableExecutionError>,
    > {
        self.handle.invoke(&schemas::ops::RESUME_DURABLE_EXECUTION, input).await
    }
    /// Sends a failure response for a callback operation in a durable execution. Use this API when an external system cannot complete a callback operation successfully.
    pub async fn send_durable_execution_callback_failure(
        &self,
        input: types::SendDurableExecutionCallbackFailureInput,
    ) -> Result<
        types::SendDurableExecutionCallbackFailureOutput,
        Error<error::SendDurableExecutionCallbackFailureError>,
    > {
        self.handle
            .invoke(&schemas::ops::SEND_DURABLE_EXECUTION_CALLBACK_FAILURE, input)
            .await
    }
    /// Sends a heartbeat signal for a long-running callback operation to prevent timeout. Use this API to extend the callback timeout period while the external operation is still in progress.
    pub async fn send_durable_execution_callback_heartbeat(
        &self,
        input: types::SendDurableExecutionCallbackHeartbeatInput,
    ) -> Result<
        types::SendDurableExecutionCallbackHeartbeatOutput,
        Error<error::SendDurableExecutionCallbackHeartbeatError>,
    > {
        self.handle
            .invoke(&schemas::ops::SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT, input)
            .await
    }
    /// Sends a successful completion response for a callback operation in a durable execution. Use this API when an external system has successfully completed a callback operation.
    pub async fn send_durable_execution_callback_success(
        &self,
        input: types::SendDurableExecutionCallbackSuccessInput,
    ) -> Result<
        types::SendDurableExecutionCallbackSuccessOutput,
        Error<error::SendDurableExecutionCallbackSuccessError>,
    > {
        self.handle
            .invoke(&schemas::ops::SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS, input)
            .await
    }
    /// Stops a running or paused [durable execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html). The execution transitions to STOPPED status and cannot be resumed. Any in-progress operations are terminated.
    pub async fn stop_durable_execution(
        &self,
        input: types::StopDurableExecutionInput,
    ) -> Result<
        types::StopDurableExecutionOutput,
        Error<error::StopDurableExecutionError>,
    > {
        self.handle.invoke(&schemas::ops::STOP_DURABLE_EXECUTION, input).await
    }
    /// Adds [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to a function, event source mapping, or code signing configuration.
    pub async fn tag_resource(
        &self,
        input: types::TagResourceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::TagResourceError>> {
        self.handle.invoke(&schemas::ops::TAG_RESOURCE, input).await
    }
    /// Removes [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) from a function, event source mapping, or code signing configuration.
    pub async fn untag_resource(
        &self,
        input: types::UntagResourceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UntagResourceError>> {
        self.handle.invoke(&schemas::ops::UNTAG_RESOURCE, input).await
    }
    /// Updates the configuration of a Lambda Event Function [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    pub async fn update_alias(
        &self,
        input: types::UpdateAliasInput,
    ) -> Result<types::AliasConfiguration, Error<error::UpdateAliasError>> {
        self.handle.invoke(&schemas::ops::UPDATE_ALIAS, input).await
    }
    /// Updates the configuration of an existing capacity provider.
    pub async fn update_capacity_provider(
        &self,
        input: types::UpdateCapacityProviderInput,
    ) -> Result<
        types::UpdateCapacityProviderOutput,
        Error<error::UpdateCapacityProviderError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_CAPACITY_PROVIDER, input).await
    }
    /// Update the code signing configuration. Changes to the code signing configuration take effect the next time a user tries to deploy a code package to the function.
    pub async fn update_code_signing_config(
        &self,
        input: types::UpdateCodeSigningConfigInput,
    ) -> Result<
        types::UpdateCodeSigningConfigOutput,
        Error<error::UpdateCodeSigningConfigError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_CODE_SIGNING_CONFIG, input).await
    }
    /// Updates an event source mapping. You can change the function that Lambda invokes, or pause invocation and resume later from the same location.
    ///
    /// For details about how to configure different event sources, see the following topics.
    ///
    /// - [ Amazon DynamoDB Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-dynamodb-eventsourcemapping)
    ///
    /// - [ Amazon Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-eventsourcemapping)
    ///
    /// - [ Amazon SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-eventsource)
    ///
    /// - [ Amazon MQ and RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-eventsourcemapping)
    ///
    /// - [ Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html)
    ///
    /// - [ Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/kafka-smaa.html)
    ///
    /// - [ Amazon DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html)
    ///
    /// The following error handling options are available for stream sources (DynamoDB, Kinesis, Amazon MSK, and self-managed Apache Kafka):
    ///
    /// - `BisectBatchOnFunctionError` – If the function returns an error, split the batch in two and retry.
    ///
    /// - `MaximumRecordAgeInSeconds` – Discard records older than the specified age. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires
    ///
    /// - `MaximumRetryAttempts` – Discard records after the specified number of retries. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires.
    ///
    /// - `OnFailure` – Send discarded records to an Amazon SQS queue, Amazon SNS topic, Kafka topic, or Amazon S3 bucket. For more information, see [Adding a destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations).
    ///
    /// The following option is available only for DynamoDB and Kinesis event sources:
    ///
    /// - `ParallelizationFactor` – Process multiple batches from each shard concurrently.
    ///
    /// For information about which configuration parameters apply to each event source, see the following topics.
    ///
    /// - [ Amazon DynamoDB Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-ddb-params)
    ///
    /// - [ Amazon Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-params)
    ///
    /// - [ Amazon SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#services-sqs-params)
    ///
    /// - [ Amazon MQ and RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-params)
    ///
    /// - [ Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-parms)
    ///
    /// - [ Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-kafka-parms)
    ///
    /// - [ Amazon DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html#docdb-configuration)
    pub async fn update_event_source_mapping(
        &self,
        input: types::UpdateEventSourceMappingInput,
    ) -> Result<
        types::EventSourceMappingConfiguration,
        Error<error::UpdateEventSourceMappingError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_EVENT_SOURCE_MAPPING, input).await
    }
    /// Updates a Lambda Event Function's code. If code signing is enabled for the function, the code package must be signed by a trusted publisher. For more information, see [Configuring code signing for Lambda](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html).
    ///
    /// If the function's package type is `Image`, then you must specify the code package in `ImageUri` as the URI of a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html) in the Amazon ECR registry.
    ///
    /// If the function's package type is `Zip`, then you must specify the deployment package as a [.zip file archive](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html#gettingstarted-package-zip). Enter the Amazon S3 bucket and key of the code .zip file location. You can also provide the function code inline using the `ZipFile` field.
    ///
    /// The code in the deployment package must be compatible with the target instruction set architecture of the function (`x86-64` or `arm64`).
    ///
    /// The function's code is locked when you publish a version. You can't modify the code of a published version, only the unpublished version.
    ///
    /// For a function defined as a container image, Lambda resolves the image tag to an image digest. In Amazon ECR, if you update the image tag to a new image, Lambda does not automatically update the function.
    pub async fn update_function_code(
        &self,
        input: types::UpdateFunctionCodeInput,
    ) -> Result<types::FunctionConfiguration, Error<error::UpdateFunctionCodeError>> {
        self.handle.invoke(&schemas::ops::UPDATE_FUNCTION_CODE, input).await
    }
    /// Modifies the version-specific settings of a Lambda Event Function.
    ///
    /// When you update a function, Lambda provisions an instance of the function and its supporting resources. If your function connects to a VPC, this process can take a minute. During this time, you can't modify the function, but you can still invoke it. The `LastUpdateStatus`, `LastUpdateStatusReason`, and `LastUpdateStatusReasonCode` fields in the response from GetFunctionConfiguration indicate when the update is complete and the function is processing events with the new configuration. For more information, see [Lambda function states](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
    ///
    /// These settings can vary between versions of a function and are locked when you publish a version. You can't modify the configuration of a published version, only the unpublished version.
    ///
    /// To configure function concurrency, use PutFunctionConcurrency. To grant invoke permissions to an Amazon Web Services account or Amazon Web Services service, use AddPermission.
    pub async fn update_function_configuration(
        &self,
        input: types::UpdateFunctionConfigurationInput,
    ) -> Result<
        types::FunctionConfiguration,
        Error<error::UpdateFunctionConfigurationError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_FUNCTION_CONFIGURATION, input).await
    }
    /// Updates the configuration for asynchronous invocation for a function, version, or alias.
    ///
    /// To configure options for asynchronous invocation, use PutFunctionEventInvokeConfig.
    pub async fn update_function_event_invoke_config(
        &self,
        input: types::UpdateFunctionEventInvokeConfigInput,
    ) -> Result<
        types::FunctionEventInvokeConfig,
        Error<error::UpdateFunctionEventInvokeConfigError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_FUNCTION_EVENT_INVOKE_CONFIG, input)
            .await
    }
    /// Updates the configuration for a function URL of a Lambda Event Function.
    pub async fn update_function_url_config(
        &self,
        input: types::UpdateFunctionUrlConfigInput,
    ) -> Result<
        types::UpdateFunctionUrlConfigOutput,
        Error<error::UpdateFunctionUrlConfigError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_FUNCTION_URL_CONFIG, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::get_durable_execution_history`], one request each (paginator `GetDurableExecutionHistory`).
    pub fn get_durable_execution_history_pages(
        &self,
        input: types::GetDurableExecutionHistoryInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetDurableExecutionHistoryInput,
        types::GetDurableExecutionHistoryOutput,
        error::GetDurableExecutionHistoryError,
    > {
        self.handle.paginate(&schemas::paginators::GET_DURABLE_EXECUTION_HISTORY, input)
    }
    /// The pages of [`Client::get_durable_execution_state`], one request each (paginator `GetDurableExecutionState`).
    pub fn get_durable_execution_state_pages(
        &self,
        input: types::GetDurableExecutionStateInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetDurableExecutionStateInput,
        types::GetDurableExecutionStateOutput,
        error::GetDurableExecutionStateError,
    > {
        self.handle.paginate(&schemas::paginators::GET_DURABLE_EXECUTION_STATE, input)
    }
    /// The pages of [`Client::list_aliases`], one request each (paginator `ListAliases`).
    pub fn list_aliases_pages(
        &self,
        input: types::ListAliasesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAliasesInput,
        types::ListAliasesOutput,
        error::ListAliasesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ALIASES, input)
    }
    /// The pages of [`Client::list_capacity_providers`], one request each (paginator `ListCapacityProviders`).
    pub fn list_capacity_providers_pages(
        &self,
        input: types::ListCapacityProvidersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListCapacityProvidersInput,
        types::ListCapacityProvidersOutput,
        error::ListCapacityProvidersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_CAPACITY_PROVIDERS, input)
    }
    /// The pages of [`Client::list_code_signing_configs`], one request each (paginator `ListCodeSigningConfigs`).
    pub fn list_code_signing_configs_pages(
        &self,
        input: types::ListCodeSigningConfigsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListCodeSigningConfigsInput,
        types::ListCodeSigningConfigsOutput,
        error::ListCodeSigningConfigsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_CODE_SIGNING_CONFIGS, input)
    }
    /// The pages of [`Client::list_durable_executions_by_function`], one request each (paginator `ListDurableExecutionsByFunction`).
    pub fn list_durable_executions_by_function_pages(
        &self,
        input: types::ListDurableExecutionsByFunctionInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListDurableExecutionsByFunctionInput,
        types::ListDurableExecutionsByFunctionOutput,
        error::ListDurableExecutionsByFunctionError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_DURABLE_EXECUTIONS_BY_FUNCTION, input)
    }
    /// The pages of [`Client::list_event_source_mappings`], one request each (paginator `ListEventSourceMappings`).
    pub fn list_event_source_mappings_pages(
        &self,
        input: types::ListEventSourceMappingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListEventSourceMappingsInput,
        types::ListEventSourceMappingsOutput,
        error::ListEventSourceMappingsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_EVENT_SOURCE_MAPPINGS, input)
    }
    /// The pages of [`Client::list_function_event_invoke_configs`], one request each (paginator `ListFunctionEventInvokeConfigs`).
    pub fn list_function_event_invoke_configs_pages(
        &self,
        input: types::ListFunctionEventInvokeConfigsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListFunctionEventInvokeConfigsInput,
        types::ListFunctionEventInvokeConfigsOutput,
        error::ListFunctionEventInvokeConfigsError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_FUNCTION_EVENT_INVOKE_CONFIGS, input)
    }
    /// The pages of [`Client::list_function_url_configs`], one request each (paginator `ListFunctionUrlConfigs`).
    pub fn list_function_url_configs_pages(
        &self,
        input: types::ListFunctionUrlConfigsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListFunctionUrlConfigsInput,
        types::ListFunctionUrlConfigsOutput,
        error::ListFunctionUrlConfigsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_FUNCTION_URL_CONFIGS, input)
    }
    /// The pages of [`Client::list_function_versions_by_capacity_provider`], one request each (paginator `ListFunctionVersionsByCapacityProvider`).
    pub fn list_function_versions_by_capacity_provider_pages(
        &self,
        input: types::ListFunctionVersionsByCapacityProviderInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListFunctionVersionsByCapacityProviderInput,
        types::ListFunctionVersionsByCapacityProviderOutput,
        error::ListFunctionVersionsByCapacityProviderError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER,
                input,
            )
    }
    /// The pages of [`Client::list_functions`], one request each (paginator `ListFunctions`).
    pub fn list_functions_pages(
        &self,
        input: types::ListFunctionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListFunctionsInput,
        types::ListFunctionsOutput,
        error::ListFunctionsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_FUNCTIONS, input)
    }
    /// The pages of [`Client::list_functions_by_code_signing_config`], one request each (paginator `ListFunctionsByCodeSigningConfig`).
    pub fn list_functions_by_code_signing_config_pages(
        &self,
        input: types::ListFunctionsByCodeSigningConfigInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListFunctionsByCodeSigningConfigInput,
        types::ListFunctionsByCodeSigningConfigOutput,
        error::ListFunctionsByCodeSigningConfigError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG, input)
    }
    /// The pages of [`Client::list_layer_versions`], one request each (paginator `ListLayerVersions`).
    pub fn list_layer_versions_pages(
        &self,
        input: types::ListLayerVersionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListLayerVersionsInput,
        types::ListLayerVersionsOutput,
        error::ListLayerVersionsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_LAYER_VERSIONS, input)
    }
    /// The pages of [`Client::list_layers`], one request each (paginator `ListLayers`).
    pub fn list_layers_pages(
        &self,
        input: types::ListLayersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListLayersInput,
        types::ListLayersOutput,
        error::ListLayersError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_LAYERS, input)
    }
    /// The pages of [`Client::list_provisioned_concurrency_configs`], one request each (paginator `ListProvisionedConcurrencyConfigs`).
    pub fn list_provisioned_concurrency_configs_pages(
        &self,
        input: types::ListProvisionedConcurrencyConfigsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListProvisionedConcurrencyConfigsInput,
        types::ListProvisionedConcurrencyConfigsOutput,
        error::ListProvisionedConcurrencyConfigsError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_PROVISIONED_CONCURRENCY_CONFIGS, input)
    }
    /// The pages of [`Client::list_versions_by_function`], one request each (paginator `ListVersionsByFunction`).
    pub fn list_versions_by_function_pages(
        &self,
        input: types::ListVersionsByFunctionInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListVersionsByFunctionInput,
        types::ListVersionsByFunctionOutput,
        error::ListVersionsByFunctionError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_VERSIONS_BY_FUNCTION, input)
    }
    /// Polls [`Client::get_function_configuration`] every 5 s (at most 60 times) until waiter `FunctionActive` succeeds; `config` overrides the timing.
    pub async fn wait_until_function_active(
        &self,
        input: types::GetFunctionConfigurationInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::FunctionConfiguration>,
        Error<error::GetFunctionConfigurationError>,
    > {
        self.handle.wait(&schemas::waiters::FUNCTION_ACTIVE, input, config).await
    }
    /// Polls [`Client::get_function`] every 1 s (at most 300 times) until waiter `FunctionActiveV2` succeeds; `config` overrides the timing.
    pub async fn wait_until_function_active_v2(
        &self,
        input: types::GetFunctionInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::GetFunctionOutput>, Error<error::GetFunctionError>> {
        self.handle.wait(&schemas::waiters::FUNCTION_ACTIVE_V2, input, config).await
    }
    /// Polls [`Client::get_function`] every 1 s (at most 20 times) until waiter `FunctionExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_function_exists(
        &self,
        input: types::GetFunctionInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::GetFunctionOutput>, Error<error::GetFunctionError>> {
        self.handle.wait(&schemas::waiters::FUNCTION_EXISTS, input, config).await
    }
    /// Polls [`Client::get_function_configuration`] every 5 s (at most 60 times) until waiter `FunctionUpdated` succeeds; `config` overrides the timing.
    pub async fn wait_until_function_updated(
        &self,
        input: types::GetFunctionConfigurationInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::FunctionConfiguration>,
        Error<error::GetFunctionConfigurationError>,
    > {
        self.handle.wait(&schemas::waiters::FUNCTION_UPDATED, input, config).await
    }
    /// Polls [`Client::get_function`] every 1 s (at most 300 times) until waiter `FunctionUpdatedV2` succeeds; `config` overrides the timing.
    pub async fn wait_until_function_updated_v2(
        &self,
        input: types::GetFunctionInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::GetFunctionOutput>, Error<error::GetFunctionError>> {
        self.handle.wait(&schemas::waiters::FUNCTION_UPDATED_V2, input, config).await
    }
    /// Polls [`Client::get_function_configuration`] every 5 s (at most 312 times) until waiter `PublishedVersionActive` succeeds; `config` overrides the timing.
    pub async fn wait_until_published_version_active(
        &self,
        input: types::GetFunctionConfigurationInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::FunctionConfiguration>,
        Error<error::GetFunctionConfigurationError>,
    > {
        self.handle
            .wait(&schemas::waiters::PUBLISHED_VERSION_ACTIVE, input, config)
            .await
    }
}

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
    /// Associates an Amazon Web Services Key Management Service (Amazon Web Services KMS) customer managed key with the specified dataset. After this operation completes, all data published to the dataset is encrypted at rest using the specified KMS key. Callers must have `kms:Decrypt` permission on the key to read the encrypted data.
    ///
    /// Only the `default` dataset is supported. The `default` dataset is implicit for every account in every Region — you do not need to create it before calling this operation.
    ///
    /// You can call `AssociateDatasetKmsKey` on a dataset that is already associated with a KMS key to replace the existing key with a different one. The caller must have `kms:Decrypt` permission on both the current key and the new key.
    ///
    /// If the currently associated key has been deleted, is scheduled for deletion, is pending import, is unavailable, or has been disabled, Amazon CloudWatch does not require `kms:Decrypt` permission on the current key and the rotation proceeds. If the key was only disabled, consider re-enabling it instead of rotating, because re-enabling allows Amazon CloudWatch to resume decrypting your existing metric data encrypted with that key.
    ///
    /// The KMS key that you specify must meet all of the following requirements:
    ///
    /// - It must be a symmetric encryption KMS key (key spec `SYMMETRIC\_DEFAULT`, key usage `ENCRYPT\_DECRYPT`). Asymmetric keys, HMAC keys, and key material types other than `SYMMETRIC\_DEFAULT` are not supported.
    ///
    /// - It must be enabled and not pending deletion.
    ///
    /// - Its key policy must grant the CloudWatch service principal (`cloudwatch.amazonaws.com`) these permissions: `kms:DescribeKey`, `kms:GenerateDataKey`, `kms:Encrypt`, `kms:Decrypt`, and `kms:ReEncrypt\*`. Amazon CloudWatch requires these permissions to manage the data on your behalf.
    ///
    /// - The calling principal must have `kms:Decrypt` permission on the key.
    ///
    /// - It must be specified as a fully qualified key ARN. Key IDs, aliases, and alias ARNs are not accepted.
    ///
    /// - It must be in the same Amazon Web Services Region as the dataset.
    ///
    /// Before completing the association, Amazon CloudWatch validates the key by performing a series of dry-run KMS operations. Service-principal checks run first to verify that the key policy grants the required access to Amazon CloudWatch. These checks include `kms:DescribeKey`, `kms:GenerateDataKey`, `kms:Encrypt`, `kms:Decrypt`, and `kms:ReEncrypt\*`. After those succeed, a `kms:Decrypt` dry-run is run with the caller's credentials to verify that the calling principal can use the new key. When you are replacing an existing key, the caller's `kms:Decrypt` dry-run is also run on the current key.
    ///
    /// If any of these checks on the new key fails, the operation fails and the existing key association (if any) remains unchanged. Common failure causes include the new key being disabled, the key policy not granting the required permissions to Amazon CloudWatch, or the caller lacking `kms:Decrypt` permission on the new key.
    ///
    /// For more information about using customer managed keys with Amazon CloudWatch, see [Encryption at rest with customer managed keys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cmk-encryption.html) in the *Amazon CloudWatch User Guide*.
    pub async fn associate_dataset_kms_key(
        &self,
        input: types::AssociateDatasetKmsKeyInput,
    ) -> Result<
        types::AssociateDatasetKmsKeyOutput,
        Error<error::AssociateDatasetKmsKeyError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_DATASET_KMS_KEY, input).await
    }
    /// Creates a resource metrics configuration for an Amazon Web Services resource. After you create a configuration, Amazon CloudWatch collects detailed metrics for that resource.
    ///
    /// Each Amazon Web Services resource can have only one resource metrics configuration. If a configuration already exists for the specified resource ARN, this operation returns a `ConflictException`. To modify an existing configuration, use [UpdateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UpdateResourceMetricsConfiguration.html).
    ///
    /// If the Amazon Web Services resource that you specify in `ResourceArn` does not exist, this operation returns a `ResourceNotFoundException`. Verify that the resource ARN is correct and that the resource exists before you retry the request.
    ///
    /// To create a resource metrics configuration, you must have the `cloudwatch:CreateResourceMetricsConfiguration` permission. For information about scoping this permission to specific resources, see [Condition keys for resource metrics configuration access](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-resource-arn.html) in the *Amazon CloudWatch User Guide*.
    pub async fn create_resource_metrics_configuration(
        &self,
        input: types::CreateResourceMetricsConfigurationInput,
    ) -> Result<
        types::CreateResourceMetricsConfigurationOutput,
        Error<error::CreateResourceMetricsConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_RESOURCE_METRICS_CONFIGURATION, input)
            .await
    }
    /// Deletes a specific alarm mute rule.
    ///
    /// When you delete a mute rule, any alarms that are currently being muted by that rule are immediately unmuted. If those alarms are in an ALARM state, their configured actions will trigger.
    ///
    /// This operation is idempotent. If you delete a mute rule that does not exist, the operation succeeds without returning an error.
    ///
    /// **Permissions**
    ///
    /// To delete a mute rule, you need the `cloudwatch:DeleteAlarmMuteRule` permission on the alarm mute rule resource.
    pub async fn delete_alarm_mute_rule(
        &self,
        input: types::DeleteAlarmMuteRuleInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteAlarmMuteRuleError>> {
        self.handle.invoke(&schemas::ops::DELETE_ALARM_MUTE_RULE, input).await
    }
    /// Deletes the specified alarms. You can delete up to 100 alarms in one operation. However, this total can include no more than one composite alarm. For example, you could delete 99 metric alarms and one composite alarms with one operation, but you can't delete two composite alarms with one operation. Log alarms cannot be batch deleted.
    ///
    /// If you specify any incorrect alarm names, the alarms you specify with correct names are still deleted. Other syntax errors might result in no alarms being deleted. To confirm that alarms were deleted successfully, you can use the [DescribeAlarms](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html) operation after using `DeleteAlarms`.
    ///
    /// It is possible to create a loop or cycle of composite alarms, where composite alarm A depends on composite alarm B, and composite alarm B also depends on composite alarm A. In this scenario, you can't delete any composite alarm that is part of the cycle because there is always still a composite alarm that depends on that alarm that you want to delete.
    ///
    /// To get out of such a situation, you must break the cycle by changing the rule of one of the composite alarms in the cycle to remove a dependency that creates the cycle. The simplest change to make to break a cycle is to change the `AlarmRule` of one of the alarms to `false`.
    ///
    /// Additionally, the evaluation of composite alarms stops if CloudWatch detects a cycle in the evaluation path.
    pub async fn delete_alarms(
        &self,
        input: types::DeleteAlarmsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteAlarmsError>> {
        self.handle.invoke(&schemas::ops::DELETE_ALARMS, input).await
    }
    /// Deletes the specified anomaly detection model from your account. For more information about how to delete an anomaly detection model, see [Deleting an anomaly detection model](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Anomaly_Detection_Alarm.html#Delete_Anomaly_Detection_Model) in the *CloudWatch User Guide*.
    pub async fn delete_anomaly_detector(
        &self,
        input: types::DeleteAnomalyDetectorInput,
    ) -> Result<
        types::DeleteAnomalyDetectorOutput,
        Error<error::DeleteAnomalyDetectorError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_ANOMALY_DETECTOR, input).await
    }
    /// Deletes all dashboards that you specify. You can specify up to 100 dashboards to delete. If there is an error during this call, the operation attempts to delete as many dashboards as possible.
    pub async fn delete_dashboards(
        &self,
        input: types::DeleteDashboardsInput,
    ) -> Result<types::DeleteDashboardsOutput, Error<error::DeleteDashboardsError>> {
        self.handle.invoke(&schemas::ops::DELETE_DASHBOARDS, input).await
    }
    /// Permanently deletes the specified Contributor Insights rules.
    ///
    /// If you create a rule, delete it, and then re-create it with the same name, historical data from the first time the rule was created might not be available.
    pub async fn delete_insight_rules(
        &self,
        input: types::DeleteInsightRulesInput,
    ) -> Result<types::DeleteInsightRulesOutput, Error<error::DeleteInsightRulesError>> {
        self.handle.invoke(&schemas::ops::DELETE_INSIGHT_RULES, input).await
    }
    /// Deletes a metric data query definition.
    ///
    /// This operation is idempotent. If the definition doesn't exist, the operation succeeds without returning an error.
    ///
    /// **Permissions**
    ///
    /// To delete a definition, you need the `cloudwatch:DeleteMetricDataQueryDefinition` permission on the metric data query definition resource. You can use the `aws:ResourceTag/${TagKey}` condition key to control access based on the tags of the definition.
    pub async fn delete_metric_data_query_definition(
        &self,
        input: types::DeleteMetricDataQueryDefinitionInput,
    ) -> Result<
        types::DeleteMetricDataQueryDefinitionOutput,
        Error<error::DeleteMetricDataQueryDefinitionError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_METRIC_DATA_QUERY_DEFINITION, input)
            .await
    }
    /// Permanently deletes the metric stream that you specify.
    pub async fn delete_metric_stream(
        &self,
        input: types::DeleteMetricStreamInput,
    ) -> Result<types::DeleteMetricStreamOutput, Error<error::DeleteMetricStreamError>> {
        self.handle.invoke(&schemas::ops::DELETE_METRIC_STREAM, input).await
    }
    /// Deletes the resource metrics configuration for an Amazon Web Services resource. After you delete the configuration, Amazon CloudWatch stops collecting detailed metrics for the resource. Metric data that Amazon CloudWatch already collected for the resource is not deleted.
    ///
    /// This operation returns a `ResourceNotFoundException` if no resource metrics configuration exists for the specified resource ARN. Verify that the resource ARN is correct.
    ///
    /// To delete a resource metrics configuration, you must have the `cloudwatch:DeleteResourceMetricsConfiguration` permission. For information about scoping this permission to specific resources, see [Condition keys for resource metrics configuration access](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-resource-arn.html) in the *Amazon CloudWatch User Guide*.
    pub async fn delete_resource_metrics_configuration(
        &self,
        input: types::DeleteResourceMetricsConfigurationInput,
    ) -> Result<
        types::DeleteResourceMetricsConfigurationOutput,
        Error<error::DeleteResourceMetricsConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_RESOURCE_METRICS_CONFIGURATION, input)
            .await
    }
    /// Returns the information of the current alarm contributors that are in `ALARM` state. This operation returns details about the individual time series that contribute to the alarm's state.
    pub async fn describe_alarm_contributors(
        &self,
        input: types::DescribeAlarmContributorsInput,
    ) -> Result<
        types::DescribeAlarmContributorsOutput,
        Error<error::DescribeAlarmContributorsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ALARM_CONTRIBUTORS, input).await
    }
    /// Retrieves the history for the specified alarm. You can filter the results by date range or item type. If an alarm name is not specified, the histories for either all metric alarms or all composite alarms are returned.
    ///
    /// CloudWatch retains the history of an alarm even if you delete the alarm.
    ///
    /// To use this operation and return information about a composite alarm, you must be signed on with the `cloudwatch:DescribeAlarmHistory` permission that is scoped to `\*`. You can't return information about composite alarms if your `cloudwatch:DescribeAlarmHistory` permission has a narrower scope.
    pub async fn describe_alarm_history(
        &self,
        input: types::DescribeAlarmHistoryInput,
    ) -> Result<
        types::DescribeAlarmHistoryOutput,
        Error<error::DescribeAlarmHistoryError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ALARM_HISTORY, input).await
    }
    /// Retrieves the specified alarms. You can filter the results by specifying a prefix for the alarm name, the alarm state, or a prefix for any action.
    ///
    /// To use this operation and return information about composite alarms, you must be signed on with the `cloudwatch:DescribeAlarms` permission that is scoped to `\*`. You can't return information about composite alarms if your `cloudwatch:DescribeAlarms` permission has a narrower scope.
    pub async fn describe_alarms(
        &self,
        input: types::DescribeAlarmsInput,
    ) -> Result<types::DescribeAlarmsOutput, Error<error::DescribeAlarmsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_ALARMS, input).await
    }
    /// Retrieves the alarms for the specified metric. To filter the results, specify a statistic, period, or unit.
    ///
    /// This operation retrieves only standard alarms that are based on the specified metric. It does not return alarms based on math expressions that use the specified metric, or composite alarms that use the specified metric.
    pub async fn describe_alarms_for_metric(
        &self,
        input: types::DescribeAlarmsForMetricInput,
    ) -> Result<
        types::DescribeAlarmsForMetricOutput,
        Error<error::DescribeAlarmsForMetricError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ALARMS_FOR_METRIC, input).await
    }
    /// Lists the anomaly detection models that you have created in your account. For single metric anomaly detectors, you can list all of the models in your account or filter the results to only the models that are related to a certain namespace, metric name, or metric dimension. For metric math anomaly detectors, you can list them by adding `METRIC\_MATH` to the `AnomalyDetectorTypes` array. This will return all metric math anomaly detectors in your account.
    pub async fn describe_anomaly_detectors(
        &self,
        input: types::DescribeAnomalyDetectorsInput,
    ) -> Result<
        types::DescribeAnomalyDetectorsOutput,
        Error<error::DescribeAnomalyDetectorsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ANOMALY_DETECTORS, input).await
    }
    /// Returns a list of all the Contributor Insights rules in your account.
    ///
    /// For more information about Contributor Insights, see [Using Contributor Insights to Analyze High-Cardinality Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html).
    pub async fn describe_insight_rules(
        &self,
        input: types::DescribeInsightRulesInput,
    ) -> Result<
        types::DescribeInsightRulesOutput,
        Error<error::DescribeInsightRulesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSIGHT_RULES, input).await
    }
    /// Disables the actions for the specified alarms. When an alarm's actions are disabled, the alarm actions do not execute when the alarm state changes.
    pub async fn disable_alarm_actions(
        &self,
        input: types::DisableAlarmActionsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DisableAlarmActionsError>> {
        self.handle.invoke(&schemas::ops::DISABLE_ALARM_ACTIONS, input).await
    }
    /// Disables the specified Contributor Insights rules. When rules are disabled, they do not analyze log groups and do not incur costs.
    pub async fn disable_insight_rules(
        &self,
        input: types::DisableInsightRulesInput,
    ) -> Result<
        types::DisableInsightRulesOutput,
        Error<error::DisableInsightRulesError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_INSIGHT_RULES, input).await
    }
    /// Removes the customer managed Amazon Web Services Key Management Service (Amazon Web Services KMS) key association from the specified dataset. After this operation completes, data that you publish to the dataset is encrypted at rest using an Amazon Web Services owned key managed by Amazon CloudWatch.
    ///
    /// Only the `default` dataset is supported. To call this operation, the dataset must currently have a customer managed KMS key associated with it. If the dataset has no associated KMS key, the operation fails with `ResourceNotFoundException`.
    ///
    /// Amazon CloudWatch performs a dry-run `kms:Decrypt` call on the currently associated key as part of this operation. The caller must have `kms:Decrypt` permission on the currently associated key. If the key is accessible but the caller lacks `kms:Decrypt` permission, the operation fails with `AccessDeniedException`.
    ///
    /// If the currently associated key has been deleted, is scheduled for deletion, is pending import, is unavailable, or has been disabled, Amazon CloudWatch does not require `kms:Decrypt` permission on that key and the disassociation proceeds. If the key was only disabled, consider re-enabling it instead of disassociating, because re-enabling allows Amazon CloudWatch to resume decrypting your existing metric data.
    ///
    /// Disassociating a KMS key from a dataset does not immediately remove the `kms:Decrypt` requirement on data plane operations. For up to three hours after disassociation, callers must continue to have `kms:Decrypt` permission on the previously associated key. Some data might still be encrypted with that key during this window. After this enforcement window elapses, the `kms:Decrypt` requirement is lifted.
    ///
    /// For more information about using customer managed keys with Amazon CloudWatch, see [Encryption at rest with customer managed keys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cmk-encryption.html) in the *Amazon CloudWatch User Guide*.
    pub async fn disassociate_dataset_kms_key(
        &self,
        input: types::DisassociateDatasetKmsKeyInput,
    ) -> Result<
        types::DisassociateDatasetKmsKeyOutput,
        Error<error::DisassociateDatasetKmsKeyError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_DATASET_KMS_KEY, input).await
    }
    /// Enables the actions for the specified alarms.
    pub async fn enable_alarm_actions(
        &self,
        input: types::EnableAlarmActionsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::EnableAlarmActionsError>> {
        self.handle.invoke(&schemas::ops::ENABLE_ALARM_ACTIONS, input).await
    }
    /// Enables the specified Contributor Insights rules. When rules are enabled, they immediately begin analyzing log data.
    pub async fn enable_insight_rules(
        &self,
        input: types::EnableInsightRulesInput,
    ) -> Result<types::EnableInsightRulesOutput, Error<error::EnableInsightRulesError>> {
        self.handle.invoke(&schemas::ops::ENABLE_INSIGHT_RULES, input).await
    }
    /// Retrieves details for a specific alarm mute rule.
    ///
    /// This operation returns complete information about the mute rule, including its configuration, status, targeted alarms, and metadata.
    ///
    /// The returned status indicates the current state of the mute rule:
    ///
    /// - **SCHEDULED**: The mute rule is configured and will become active in the future
    ///
    /// - **ACTIVE**: The mute rule is currently muting alarm actions
    ///
    /// - **EXPIRED**: The mute rule has passed its expiration date and will no longer become active
    ///
    /// **Permissions**
    ///
    /// To retrieve details for a mute rule, you need the `cloudwatch:GetAlarmMuteRule` permission on the alarm mute rule resource.
    pub async fn get_alarm_mute_rule(
        &self,
        input: types::GetAlarmMuteRuleInput,
    ) -> Result<types::GetAlarmMuteRuleOutput, Error<error::GetAlarmMuteRuleError>> {
        self.handle.invoke(&schemas::ops::GET_ALARM_MUTE_RULE, input).await
    }
    /// Displays the details of the dashboard that you specify.
    ///
    /// To copy an existing dashboard, use `GetDashboard`, and then use the data returned within `DashboardBody` as the template for the new dashboard when you call `PutDashboard` to create the copy.
    ///
    /// You might have recently enabled an [opt-in Region (Region that is disabled by default)](https://docs.aws.amazon.com/glossary/latest/reference/glos-chap.html#optinregion) for your account. In that Region, `GetDashboard` can return an access denied error for up to 24 hours after you enable the Region. This delay occurs while dashboard data propagates. The error does not indicate a problem with your permissions. Because dashboards are global, you can call `GetDashboard` in any other enabled Region, or retry after propagation completes.
    pub async fn get_dashboard(
        &self,
        input: types::GetDashboardInput,
    ) -> Result<types::GetDashboardOutput, Error<error::GetDashboardError>> {
        self.handle.invoke(&schemas::ops::GET_DASHBOARD, input).await
    }
    /// Returns information about the specified dataset. This includes its identifier, Amazon Resource Name (ARN), and any customer managed Amazon Web Services Key Management Service (Amazon Web Services KMS) key that is currently associated with it.
    ///
    /// Only the `default` dataset is supported. The `default` dataset is implicit for every account in every Region — you can call `GetDataset` for it without first creating it. If no customer managed KMS key has been associated with the dataset, the response omits the `KmsKeyArn` field, indicating that data is encrypted at rest using an Amazon Web Services owned key managed by Amazon CloudWatch.
    ///
    /// To associate a customer managed KMS key with a dataset, use [AssociateDatasetKmsKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_AssociateDatasetKmsKey.html). To remove the association, use [DisassociateDatasetKmsKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DisassociateDatasetKmsKey.html).
    pub async fn get_dataset(
        &self,
        input: types::GetDatasetInput,
    ) -> Result<types::GetDatasetOutput, Error<error::GetDatasetError>> {
        self.handle.invoke(&schemas::ops::GET_DATASET, input).await
    }
    /// This operation returns the time series data collected by a Contributor Insights rule. The data includes the identity and number of contributors to the log group.
    ///
    /// You can also optionally return one or more statistics about each data point in the time series. These statistics can include the following:
    ///
    /// - `UniqueContributors` -- the number of unique contributors for each data point.
    ///
    /// - `MaxContributorValue` -- the value of the top contributor for each data point. The identity of the contributor might change for each data point in the graph.
    ///
    /// If this rule aggregates by COUNT, the top contributor for each data point is the contributor with the most occurrences in that period. If the rule aggregates by SUM, the top contributor is the contributor with the highest sum in the log field specified by the rule's `Value`, during that period.
    ///
    /// - `SampleCount` -- the number of data points matched by the rule.
    ///
    /// - `Sum` -- the sum of the values from all contributors during the time period represented by that data point.
    ///
    /// - `Minimum` -- the minimum value from a single observation during the time period represented by that data point.
    ///
    /// - `Maximum` -- the maximum value from a single observation during the time period represented by that data point.
    ///
    /// - `Average` -- the average value from all contributors during the time period represented by that data point.
    pub async fn get_insight_rule_report(
        &self,
        input: types::GetInsightRuleReportInput,
    ) -> Result<
        types::GetInsightRuleReportOutput,
        Error<error::GetInsightRuleReportError>,
    > {
        self.handle.invoke(&schemas::ops::GET_INSIGHT_RULE_REPORT, input).await
    }
    /// You can use the `GetMetricData` API to retrieve CloudWatch metric values. The operation can also include a CloudWatch Metrics Insights query, and one or more metric math functions.
    ///
    /// A `GetMetricData` operation that does not include a query can retrieve as many as 500 different metrics in a single request, with a total of as many as 100,800 data points. You can also optionally perform metric math expressions on the values of the returned statistics, to create new time series that represent new insights into your data. For example, using Lambda metrics, you could divide the Errors metric by the Invocations metric to get an error rate time series. For more information about metric math expressions, see [Metric Math Syntax and Functions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax) in the *Amazon CloudWatch User Guide*.
    ///
    /// If you include a Metrics Insights query, each `GetMetricData` operation can include only one query. But the same `GetMetricData` operation can also retrieve other metrics. Metrics Insights queries can query the most recent two weeks of metric data. For alarm condition evaluations, Metrics Insights queries can query only the most recent three hours of metric data. For more information about Metrics Insights, see [Query your metrics with CloudWatch Metrics Insights](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/query_with_cloudwatch-metrics-insights.html).
    ///
    /// Calls to the `GetMetricData` API have a different pricing structure than calls to `GetMetricStatistics`. For more information about pricing, see [Amazon CloudWatch Pricing](https://aws.amazon.com/cloudwatch/pricing/).
    ///
    /// Amazon CloudWatch retains metric data as follows:
    ///
    /// - Data points with a period of less than 60 seconds are available for 3 hours. These data points are high-resolution metrics and are available only for custom metrics that have been defined with a `StorageResolution` of 1.
    ///
    /// - Data points with a period of 60 seconds (1-minute) are available for 15 days.
    ///
    /// - Data points with a period of 300 seconds (5-minute) are available for 63 days.
    ///
    /// - Data points with a period of 3600 seconds (1 hour) are available for 455 days (15 months).
    ///
    /// Data points that are initially published with a shorter period are aggregated together for long-term storage. For example, if you collect data using a period of 1 minute, the data remains available for 15 days with 1-minute resolution. After 15 days, this data is still available, but is aggregated and retrievable only with a resolution of 5 minutes. After 63 days, the data is further aggregated and is available with a resolution of 1 hour.
    ///
    /// If you omit `Unit` in your request, all data that was collected with any unit is returned, along with the corresponding units that were specified when the data was reported to CloudWatch. If you specify a unit, the operation returns only data that was collected with that unit specified. If you specify a unit that does not match the data collected, the results of the operation are null. CloudWatch does not perform unit conversions.
    ///
    /// **Using Metrics Insights queries with metric math**
    ///
    /// You can't mix a Metric Insights query and metric math syntax in the same expression, but you can reference results from a Metrics Insights query within other Metric math expressions. A Metrics Insights query without a **GROUP BY** clause returns a single time-series (TS), and can be used as input for a metric math expression that expects a single time series. A Metrics Insights query with a **GROUP BY** clause returns an array of time-series (TS\[\]), and can be used as input for a metric math expression that expects an array of time series.
    pub async fn get_metric_data(
        &self,
        input: types::GetMetricDataInput,
    ) -> Result<types::GetMetricDataOutput, Error<error::GetMetricDataError>> {
        self.handle.invoke(&schemas::ops::GET_METRIC_DATA, input).await
    }
    /// Returns a metric data query definition, including its expression.
    ///
    /// **Permissions**
    ///
    /// To get a definition, you need the `cloudwatch:GetMetricDataQueryDefinition` permission on the metric data query definition resource. You can use the `aws:ResourceTag/${TagKey}` condition key to control access based on the tags of the definition.
    pub async fn get_metric_data_query_definition(
        &self,
        input: types::GetMetricDataQueryDefinitionInput,
    ) -> Result<
        types::GetMetricDataQueryDefinitionOutput,
        Error<error::GetMetricDataQueryDefinitionError>,
    > {
        self.handle.invoke(&schemas::ops::GET_METRIC_DATA_QUERY_DEFINITION, input).await
    }
    /// Gets statistics for the specified metric.
    ///
    /// The maximum number of data points returned from a single call is 1,440. If you request more than 1,440 data points, CloudWatch returns an error. To reduce the number of data points, you can narrow the specified time range and make multiple requests across adjacent time ranges, or you can increase the specified period. Data points are not returned in chronological order.
    ///
    /// CloudWatch aggregates data points based on the length of the period that you specify. For example, if you request statistics with a one-hour period, CloudWatch aggregates all data points with time stamps that fall within each one-hour period. Therefore, the number of values aggregated by CloudWatch is larger than the number of data points returned.
    ///
    /// CloudWatch needs raw data points to calculate percentile statistics. If you publish data using a statistic set instead, you can only retrieve percentile statistics for this data if one of the following conditions is true:
    ///
    /// - The SampleCount value of the statistic set is 1.
    ///
    /// - The Min and the Max values of the statistic set are equal.
    ///
    /// Percentile statistics are not available for metrics when any of the metric values are negative numbers.
    ///
    /// Amazon CloudWatch retains metric data as follows:
    ///
    /// - Data points with a period of less than 60 seconds are available for 3 hours. These data points are high-resolution metrics and are available only for custom metrics that have been defined with a `StorageResolution` of 1.
    ///
    /// - Data points with a period of 60 seconds (1-minute) are available for 15 days.
    ///
    /// - Data points with a period of 300 seconds (5-minute) are available for 63 days.
    ///
    /// - Data points with a period of 3600 seconds (1 hour) are available for 455 days (15 months).
    ///
    /// Data points that are initially published with a shorter period are aggregated together for long-term storage. For example, if you collect data using a period of 1 minute, the data remains available for 15 days with 1-minute resolution. After 15 days, this data is still available, but is aggregated and retrievable only with a resolution of 5 minutes. After 63 days, the data is further aggregated and is available with a resolution of 1 hour.
    ///
    /// CloudWatch started retaining 5-minute and 1-hour metric data as of July 9, 2016.
    ///
    /// For information about metrics and dimensions supported by Amazon Web Services services, see the [Amazon CloudWatch Metrics and Dimensions Reference](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CW_Support_For_AWS.html) in the *Amazon CloudWatch User Guide*.
    pub async fn get_metric_statistics(
        &self,
        input: types::GetMetricStatisticsInput,
    ) -> Result<
        types::GetMetricStatisticsOutput,
        Error<error::GetMetricStatisticsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_METRIC_STATISTICS, input).await
    }
    /// Returns information about the metric stream that you specify.
    pub async fn get_metric_stream(
        &self,
        input: types::GetMetricStreamInput,
    ) -> Result<types::GetMetricStreamOutput, Error<error::GetMetricStreamError>> {
        self.handle.invoke(&schemas::ops::GET_METRIC_STREAM, input).await
    }
    /// You can use the `GetMetricWidgetImage` API to retrieve a snapshot graph of one or more Amazon CloudWatch metrics as a bitmap image. You can then embed this image into your services and products, such as wiki pages, reports, and documents. You could also retrieve images regularly, such as every minute, and create your own custom live dashboard.
    ///
    /// `GetMetricWidgetImage` is not available in the Amazon Web Services GovCloud (US) Regions. In those Regions, calls to this operation fail. For the list of Amazon CloudWatch features that are not available in Amazon Web Services GovCloud (US), see [Amazon CloudWatch in Amazon Web Services GovCloud (US)](https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/govcloud-cw.html).
    ///
    /// The graph you retrieve can include all CloudWatch metric graph features, including metric math and horizontal and vertical annotations.
    ///
    /// There is a limit of 20 transactions per second for this API. Each `GetMetricWidgetImage` action has the following limits:
    ///
    /// - As many as 100 metrics in the graph.
    ///
    /// - Up to 100 KB uncompressed payload.
    pub async fn get_metric_widget_image(
        &self,
        input: types::GetMetricWidgetImageInput,
    ) -> Result<
        types::GetMetricWidgetImageOutput,
        Error<error::GetMetricWidgetImageError>,
    > {
        self.handle.invoke(&schemas::ops::GET_METRIC_WIDGET_IMAGE, input).await
    }
    /// Returns the current status of vended metric enrichment for the account, including whether CloudWatch vended metrics are enriched with resource ARN and resource tag labels and queryable using PromQL. For the list of supported resources, see [Supported Amazon Web Services infrastructure metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/UsingResourceTagsForTelemetry.html).
    pub async fn get_o_tel_enrichment(
        &self,
        input: types::GetOTelEnrichmentInput,
    ) -> Result<types::GetOTelEnrichmentOutput, Error<error::GetOTelEnrichmentError>> {
        self.handle.invoke(&schemas::ops::GET_O_TEL_ENRICHMENT, input).await
    }
    /// Retrieves the current resource metrics configuration for an Amazon Web Services resource. The response includes the resource ARN, any metric selections, and the times at which the configuration was created and last updated.
    ///
    /// This operation returns a `ResourceNotFoundException` if no resource metrics configuration exists for the specified resource ARN. To create a configuration, use [CreateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_CreateResourceMetricsConfiguration.html).
    ///
    /// To retrieve a resource metrics configuration, you must have the `cloudwatch:GetResourceMetricsConfiguration` permission. For information about scoping this permission to specific resources, see [Condition keys for resource metrics configuration access](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-resource-arn.html) in the *Amazon CloudWatch User Guide*.
    pub async fn get_resource_metrics_configuration(
        &self,
        input: types::GetResourceMetricsConfigurationInput,
    ) -> Result<
        types::GetResourceMetricsConfigurationOutput,
        Error<error::GetResourceMetricsConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_RESOURCE_METRICS_CONFIGURATION, input)
            .await
    }
    /// Lists alarm mute rules in your Amazon Web Services account and region.
    ///
    /// You can filter the results by alarm name to find all mute rules targeting a specific alarm, or by status to find rules that are scheduled, active, or expired.
    ///
    /// This operation supports pagination for accounts with many mute rules. Use the `MaxRecords` and `NextToken` parameters to retrieve results in multiple calls.
    ///
    /// **Permissions**
    ///
    /// To list mute rules, you need the `cloudwatch:ListAlarmMuteRules` permission.
    pub async fn list_alarm_mute_rules(
        &self,
        input: types::ListAlarmMuteRulesInput,
    ) -> Result<types::ListAlarmMuteRulesOutput, Error<error::ListAlarmMuteRulesError>> {
        self.handle.invoke(&schemas::ops::LIST_ALARM_MUTE_RULES, input).await
    }
    /// Returns a list of the dashboards for your account. If you include `DashboardNamePrefix`, only those dashboards with names starting with the prefix are listed. Otherwise, all dashboards in your account are listed.
    ///
    /// `ListDashboards` returns up to 1000 results on one page. If there are more than 1000 dashboards, you can call `ListDashboards` again and include the value you received for `NextToken` in the first call, to receive the next 1000 results.
    ///
    /// You might have recently enabled an [opt-in Region (Region that is disabled by default)](https://docs.aws.amazon.com/glossary/latest/reference/glos-chap.html#optinregion) for your account. In that Region, `ListDashboards` can return an access denied error for up to 24 hours after you enable the Region. This delay occurs while dashboard data propagates. The error does not indicate a problem with your permissions. Because dashboards are global, you can call `ListDashboards` in any other enabled Region, or retry after propagation completes.
    pub async fn list_dashboards(
        &self,
        input: types::ListDashboardsInput,
    ) -> Result<types::ListDashboardsOutput, Error<error::ListDashboardsError>> {
        self.handle.invoke(&schemas::ops::LIST_DASHBOARDS, input).await
    }
    /// Returns a list that contains the number of managed Contributor Insights rules in your account.
    pub async fn list_managed_insight_rules(
        &self,
        input: types::ListManagedInsightRulesInput,
    ) -> Result<
        types::ListManagedInsightRulesOutput,
        Error<error::ListManagedInsightRulesError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_MANAGED_INSIGHT_RULES, input).await
    }
    /// Lists the metric data query definitions in your account and Region.
    ///
    /// The results are summaries that don't include the expression. To get the full definition, call `GetMetricDataQueryDefinition` with its ID.
    ///
    /// This operation supports pagination. Use the `MaxResults` and `NextToken` parameters to retrieve results in multiple calls.
    ///
    /// **Permissions**
    ///
    /// To list definitions, you need the `cloudwatch:ListMetricDataQueryDefinitions` permission. This permission applies to all definitions in the account and Region. The results aren't filtered by tags.
    pub async fn list_metric_data_query_definitions(
        &self,
        input: types::ListMetricDataQueryDefinitionsInput,
    ) -> Result<
        types::ListMetricDataQueryDefinitionsOutput,
        Error<error::ListMetricDataQueryDefinitionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::LIST_METRIC_DATA_QUERY_DEFINITIONS, input)
            .await
    }
    /// Returns a list of metric streams in this account.
    pub async fn list_metric_streams(
        &self,
        input: types::ListMetricStreamsInput,
    ) -> Result<types::ListMetricStreamsOutput, Error<error::ListMetricStreamsError>> {
        self.handle.invoke(&schemas::ops::LIST_METRIC_STREAMS, input).await
    }
    /// List the specified metrics. You can use the returned metrics with [GetMetricData](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html) or [GetMetricStatistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html) to get statistical data.
    ///
    /// Up to 500 results are returned for any one call. To retrieve additional results, use the returned token with subsequent calls.
    ///
    /// After you create a metric, allow up to 15 minutes for the metric to appear. To see metric statistics sooner, use [GetMetricData](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html) or [GetMetricStatistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html).
    ///
    /// If you are using CloudWatch cross-account observability, you can use this operation in a monitoring account and view metrics from the linked source accounts. For more information, see [CloudWatch cross-account observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// `ListMetrics` doesn't return information about metrics if those metrics haven't reported data in the past two weeks. To retrieve those metrics, use [GetMetricData](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html) or [GetMetricStatistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html).
    pub async fn list_metrics(
        &self,
        input: types::ListMetricsInput,
    ) -> Result<types::ListMetricsOutput, Error<error::ListMetricsError>> {
        self.handle.invoke(&schemas::ops::LIST_METRICS, input).await
    }
    /// Displays the tags associated with a CloudWatch resource. Currently, alarms, dashboards, metric streams and Contributor Insights rules support tagging.
    pub async fn list_tags_for_resource(
        &self,
        input: types::ListTagsForResourceInput,
    ) -> Result<
        types::ListTagsForResourceOutput,
        Error<error::ListTagsForResourceError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_TAGS_FOR_RESOURCE, input).await
    }
    /// Creates or updates an alarm mute rule.
    ///
    /// Alarm mute rules automatically mute alarm actions during predefined time windows. When a mute rule is active, targeted alarms continue to evaluate metrics and transition between states, but their configured actions (such as Amazon SNS notifications or Auto Scaling actions) are muted.
    ///
    /// You can create mute rules with recurring schedules using `cron` expressions or one-time mute windows using `at` expressions. Each mute rule can target up to 100 specific alarms by name.
    ///
    /// If you specify a rule name that already exists, this operation updates the existing rule with the new configuration.
    ///
    /// **Permissions**
    ///
    /// To create or update a mute rule, you must have the `cloudwatch:PutAlarmMuteRule` permission on two types of resources: the alarm mute rule resource itself, and each alarm that the rule targets.
    ///
    /// For example, If you want to allow a user to create mute rules that target only specific alarms named "WebServerCPUAlarm" and "DatabaseConnectionAlarm", you would create an IAM policy with one statement granting `cloudwatch:PutAlarmMuteRule` on the alarm mute rule resource (`arn:aws:cloudwatch:\[REGION\]:123456789012:alarm-mute-rule:\*`), and another statement granting `cloudwatch:PutAlarmMuteRule` on the targeted alarm resources (`arn:aws:cloudwatch:\[REGION\]:123456789012:alarm:WebServerCPUAlarm` and `arn:aws:cloudwatch:\[REGION\]:123456789012:alarm:DatabaseConnectionAlarm`).
    ///
    /// You can also use IAM policy conditions to allow targeting alarms based on resource tags. For example, you can restrict users to create/update mute rules to only target alarms that have a specific tag key-value pair, such as `Team=TeamA`.
    pub async fn put_alarm_mute_rule(
        &self,
        input: types::PutAlarmMuteRuleInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutAlarmMuteRuleError>> {
        self.handle.invoke(&schemas::ops::PUT_ALARM_MUTE_RULE, input).await
    }
    /// Creates an anomaly detection model for a CloudWatch metric. You can use the model to display a band of expected normal values when the metric is graphed.
    ///
    /// If you have enabled unified cross-account observability, and this account is a monitoring account, the metric can be in the same account or a source account. You can specify the account ID in the object you specify in the `SingleMetricAnomalyDetector` parameter.
    ///
    /// For more information, see [CloudWatch Anomaly Detection](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Anomaly_Detection.html).
    pub async fn put_anomaly_detector(
        &self,
        input: types::PutAnomalyDetectorInput,
    ) -> Result<types::PutAnomalyDetectorOutput, Error<error::PutAnomalyDetectorError>> {
        self.handle.invoke(&schemas::ops::PUT_ANOMALY_DETECTOR, input).await
    }
    /// Creates or updates a *composite alarm*. When you create a composite alarm, you specify a rule expression for the alarm that takes into account the alarm states of other alarms that you have created. The composite alarm goes into ALARM state only if all conditions of the rule are met.
    ///
    /// The alarms specified in a composite alarm's rule expression can include metric alarms and other composite alarms. The rule expression of a composite alarm can include as many as 100 underlying alarms. Any single alarm can be included in the rule expressions of as many as 150 composite alarms.
    ///
    /// Using composite alarms can reduce alarm noise. You can create multiple metric alarms, and also create a composite alarm and set up alerts only for the composite alarm. For example, you could create a composite alarm that goes into ALARM state only when more than one of the underlying metric alarms are in ALARM state.
    ///
    /// Composite alarms can take the following actions:
    ///
    /// - Notify Amazon SNS topics.
    ///
    /// - Invoke Lambda functions.
    ///
    /// - Create OpsItems in Systems Manager Ops Center.
    ///
    /// - Create incidents in Systems Manager Incident Manager.
    ///
    /// It is possible to create a loop or cycle of composite alarms, where composite alarm A depends on composite alarm B, and composite alarm B also depends on composite alarm A. In this scenario, you can't delete any composite alarm that is part of the cycle because there is always still a composite alarm that depends on that alarm that you want to delete.
    ///
    /// To get out of such a situation, you must break the cycle by changing the rule of one of the composite alarms in the cycle to remove a dependency that creates the cycle. The simplest change to make to break a cycle is to change the `AlarmRule` of one of the alarms to `false`.
    ///
    /// Additionally, the evaluation of composite alarms stops if CloudWatch detects a cycle in the evaluation path.
    ///
    /// When this operation creates an alarm, the alarm state is immediately set to `INSUFFICIENT\_DATA`. The alarm is then evaluated and its state is set appropriately. Any actions associated with the new state are then executed. For a composite alarm, this initial time after creation is the only time that the alarm can be in `INSUFFICIENT\_DATA` state.
    ///
    /// When you update an existing alarm, its state is left unchanged, but the update completely overwrites the previous configuration of the alarm.
    ///
    /// To use this operation, you must be signed on with the `cloudwatch:PutCompositeAlarm` permission that is scoped to `\*`. You can't create a composite alarms if your `cloudwatch:PutCompositeAlarm` permission has a narrower scope.
    ///
    /// If you are an IAM user, you must have `iam:CreateServiceLinkedRole` to create a composite alarm that has Systems Manager OpsItem actions.
    pub async fn put_composite_alarm(
        &self,
        input: types::PutCompositeAlarmInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutCompositeAlarmError>> {
        self.handle.invoke(&schemas::ops::PUT_COMPOSITE_ALARM, input).await
    }
    /// Creates a dashboard if it does not already exist, or updates an existing dashboard. If you update a dashboard, the entire contents are replaced with what you specify here.
    ///
    /// All dashboards in your account are global, not region-specific.
    ///
    /// A simple way to create a dashboard using `PutDashboard` is to copy an existing dashboard. To copy an existing dashboard using the console, you can load the dashboard and then use the View/edit source command in the Actions menu to display the JSON block for that dashboard. Another way to copy a dashboard is to use `GetDashboard`, and then use the data returned within `DashboardBody` as the template for the new dashboard when you call `PutDashboard`.
    ///
    /// When you create a dashboard with `PutDashboard`, a good practice is to add a text widget at the top of the dashboard with a message that the dashboard was created by script and should not be changed in the console. This message could also point console users to the location of the `DashboardBody` script or the CloudFormation template used to create the dashboard.
    pub async fn put_dashboard(
        &self,
        input: types::PutDashboardInput,
    ) -> Result<types::PutDashboardOutput, Error<error::PutDashboardError>> {
        self.handle.invoke(&schemas::ops::PUT_DASHBOARD, input).await
    }
    /// Creates a Contributor Insights rule. Rules evaluate log events in a CloudWatch Logs log group, enabling you to find contributor data for the log events in that log group. For more information, see [Using Contributor Insights to Analyze High-Cardinality Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html).
    ///
    /// If you create a rule, delete it, and then re-create it with the same name, historical data from the first time the rule was created might not be available.
    pub async fn put_insight_rule(
        &self,
        input: types::PutInsightRuleInput,
    ) -> Result<types::PutInsightRuleOutput, Error<error::PutInsightRuleError>> {
        self.handle.invoke(&schemas::ops::PUT_INSIGHT_RULE, input).await
    }
    /// Creates or updates a log alarm. A log alarm evaluates the results of a CloudWatch Logs scheduled query against the configured threshold and comparison operator to determine its state.
    ///
    /// When you create a log alarm, the operation creates a service-managed CloudWatch Logs scheduled query that runs the query string you provide on the schedule you configure. Each scheduled query execution returns one or more aggregated values determined by the `AggregationExpression`, and each aggregated value is compared against the alarm `Threshold` to determine the alarm state. The alarm uses M-out-of-N evaluation: if `QueryResultsToAlarm` out of the most recent `QueryResultsToEvaluate` query results breach the threshold, the alarm transitions to `ALARM`.
    ///
    /// Log alarms support the alarm states (`OK`, `ALARM`, `INSUFFICIENT\_DATA`). Configure transition actions using `OKActions`, `AlarmActions`, and `InsufficientDataActions`.
    ///
    /// If you call this operation with the name of an existing log alarm, the operation replaces the previous configuration of that alarm.
    ///
    /// **Permissions**
    ///
    /// To create or update a log alarm, you must have the `cloudwatch:PutLogAlarm` permission. The IAM role specified in `ScheduledQueryRoleARN` must grant the CloudWatch Alarms service permission to execute scheduled queries on the specified log groups. If you set `ActionLogLineCount`, the role specified in `ActionLogLineRoleArn` must grant permission to retrieve log events for inclusion in alarm notifications.
    pub async fn put_log_alarm(
        &self,
        input: types::PutLogAlarmInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutLogAlarmError>> {
        self.handle.invoke(&schemas::ops::PUT_LOG_ALARM, input).await
    }
    /// Creates a managed Contributor Insights rule for a specified Amazon Web Services resource. When you enable a managed rule, you create a Contributor Insights rule that collects data from Amazon Web Services services. You cannot edit these rules with `PutInsightRule`. The rules can be enabled, disabled, and deleted using `EnableInsightRules`, `DisableInsightRules`, and `DeleteInsightRules`. If a previously created managed rule is currently disabled, a subsequent call to this API will re-enable it. Use `ListManagedInsightRules` to describe all available rules.
    pub async fn put_managed_insight_rules(
        &self,
        input: types::PutManagedInsightRulesInput,
    ) -> Result<
        types::PutManagedInsightRulesOutput,
        Error<error::PutManagedInsightRulesError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_MANAGED_INSIGHT_RULES, input).await
    }
    /// Creates or updates an alarm and associates it with the specified metric, metric math expression, anomaly detection model, Metrics Insights query, or PromQL query. For more information about using a Metrics Insights query for an alarm, see [Create alarms on Metrics Insights queries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Metrics_Insights_Alarm.html).
    ///
    /// Alarms based on anomaly detection models cannot have Auto Scaling actions.
    ///
    /// When this operation creates an alarm, the alarm state is immediately set to `INSUFFICIENT\_DATA`. For PromQL alarms, the alarm state is instead immediately set to `OK`. The alarm is then evaluated and its state is set appropriately. Any actions associated with the new state are then executed.
    ///
    /// When you update an existing alarm, its state is left unchanged, but the update completely overwrites the previous configuration of the alarm.
    ///
    /// If you are an IAM user, you must have Amazon EC2 permissions for some alarm operations:
    ///
    /// - The `iam:CreateServiceLinkedRole` permission for all alarms with EC2 actions
    ///
    /// - The `iam:CreateServiceLinkedRole` permissions to create an alarm with Systems Manager OpsItem or response plan actions.
    ///
    /// The first time you create an alarm in the Amazon Web Services Management Console, the CLI, or by using the PutMetricAlarm API, CloudWatch creates the necessary service-linked role for you. The service-linked roles are called `AWSServiceRoleForCloudWatchEvents` and `AWSServiceRoleForCloudWatchAlarms\_ActionSSM`. For more information, see [Amazon Web Services service-linked role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-service-linked-role).
    ///
    /// Each `PutMetricAlarm` action has a maximum uncompressed payload of 120 KB.
    ///
    /// **Cross-account alarms**
    ///
    /// You can set an alarm on metrics in the current account, or in another account. To create a cross-account alarm that watches a metric in a different account, you must have completed the following pre-requisites:
    ///
    /// - The account where the metrics are located (the *sharing account*) must already have a sharing role named **CloudWatch-CrossAccountSharingRole**. If it does not already have this role, you must create it using the instructions in **Set up a sharing account** in [ Cross-account cross-Region CloudWatch console](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Cross-Account-Cross-Region.html#enable-cross-account-cross-Region). The policy for that role must grant access to the ID of the account where you are creating the alarm.
    ///
    /// - The account where you are creating the alarm (the *monitoring account*) must already have a service-linked role named **AWSServiceRoleForCloudWatchCrossAccount** to allow CloudWatch to assume the sharing role in the sharing account. If it does not, you must create it following the directions in **Set up a monitoring account** in [ Cross-account cross-Region CloudWatch console](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Cross-Account-Cross-Region.html#enable-cross-account-cross-Region).
    pub async fn put_metric_alarm(
        &self,
        input: types::PutMetricAlarmInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutMetricAlarmError>> {
        self.handle.invoke(&schemas::ops::PUT_METRIC_ALARM, input).await
    }
    /// Publishes metric data to Amazon CloudWatch. CloudWatch associates the data with the specified metric. If the specified metric does not exist, CloudWatch creates the metric. When CloudWatch creates a metric, it can take up to fifteen minutes for the metric to appear in calls to [ListMetrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html).
    ///
    /// You can publish metrics with associated entity data (so that related telemetry can be found and viewed together), or publish metric data by itself. To send entity data with your metrics, use the `EntityMetricData` parameter. To send metrics without entity data, use the `MetricData` parameter. The `EntityMetricData` structure includes `MetricData` structures for the metric data.
    ///
    /// You can publish either individual values in the `Value` field, or arrays of values and the number of times each value occurred during the period by using the `Values` and `Counts` fields in the `MetricData` structure. Using the `Values` and `Counts` method enables you to publish up to 150 values per metric with one `PutMetricData` request, and supports retrieving percentile statistics on this data.
    ///
    /// Each `PutMetricData` request is limited to 1 MB in size for HTTP POST requests. You can send a payload compressed by gzip. Each request is also limited to no more than 1000 different metrics (across both the `MetricData` and `EntityMetricData` properties).
    ///
    /// Although the `Value` parameter accepts numbers of type `Double`, CloudWatch rejects values that are either too small or too large. Values must be in the range of -2^360 to 2^360. In addition, special values (for example, NaN, +Infinity, -Infinity) are not supported.
    ///
    /// You can use up to 30 dimensions per metric to further clarify what data the metric collects. Each dimension consists of a Name and Value pair. For more information about specifying dimensions, see [Publishing Metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html) in the *Amazon CloudWatch User Guide*.
    ///
    /// You specify the time stamp to be associated with each data point. You can specify time stamps that are as much as two weeks before the current date, and as much as 2 hours after the current day and time.
    ///
    /// Data points with time stamps from 24 hours ago or longer can take at least 48 hours to become available for [GetMetricData](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html) or [GetMetricStatistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html) from the time they are submitted. Data points with time stamps between 3 and 24 hours ago can take as much as 2 hours to become available for [GetMetricData](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html) or [GetMetricStatistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html).
    ///
    /// CloudWatch needs raw data points to calculate percentile statistics. If you publish data using a statistic set instead, you can only retrieve percentile statistics for this data if one of the following conditions is true:
    ///
    /// - The `SampleCount` value of the statistic set is 1 and `Min`, `Max`, and `Sum` are all equal.
    ///
    /// - The `Min` and `Max` are equal, and `Sum` is equal to `Min` multiplied by `SampleCount`.
    pub async fn put_metric_data(
        &self,
        input: types::PutMetricDataInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::PutMetricDataError>> {
        self.handle.invoke(&schemas::ops::PUT_METRIC_DATA, input).await
    }
    /// Creates or updates a metric data query definition.
    ///
    /// A metric data query definition saves a metric query so that you can reuse it later. It includes the query expression, the query language, and a path that names the definition and can organize it into folders. When you save a definition, CloudWatch doesn't validate or run its expression.
    ///
    /// To create a definition, omit `Id`. CloudWatch generates the ID and returns it. To update a definition, specify its `Id`. An update replaces the path, expression, and type, and keeps the creation time.
    ///
    /// The path must be unique in your account and Region. If another definition already uses the path, the request fails with a `ConflictException`.
    ///
    /// You can have up to 1,000 metric data query definitions in each Region of your account. A request that would create more fails with a `LimitExceededException`.
    ///
    /// **Permissions**
    ///
    /// To create or update a definition, you need the `cloudwatch:PutMetricDataQueryDefinition` permission on the metric data query definition resource. The resource ARN has the format `arn:aws:cloudwatch:Region:account-id:metric-query-definition/Id`.
    ///
    /// To add tags when you create a definition, you also need the `cloudwatch:TagResource` permission. You can use the `aws:RequestTag/${TagKey}` and `aws:TagKeys` condition keys to control which tags can be added.
    pub async fn put_metric_data_query_definition(
        &self,
        input: types::PutMetricDataQueryDefinitionInput,
    ) -> Result<
        types::PutMetricDataQueryDefinitionOutput,
        Error<error::PutMetricDataQueryDefinitionError>,
    > {
        self.handle.invoke(&schemas::ops::PUT_METRIC_DATA_QUERY_DEFINITION, input).await
    }
    /// Creates or updates a metric stream. Metric streams can automatically stream CloudWatch metrics to Amazon Web Services destinations, including Amazon S3, and to many third-party solutions.
    ///
    /// For more information, see [ Using Metric Streams](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Metric-Streams.html).
    ///
    /// To create a metric stream, you must be signed in to an account that has the `iam:PassRole` permission and either the `CloudWatchFullAccess` policy or the `cloudwatch:PutMetricStream` permission.
    ///
    /// When you create or update a metric stream, you choose one of the following:
    ///
    /// - Stream metrics from all metric namespaces in the account.
    ///
    /// - Stream metrics from all metric namespaces in the account, except for the namespaces that you list in `ExcludeFilters`.
    ///
    /// - Stream metrics from only the metric namespaces that you list in `IncludeFilters`.
    ///
    /// By default, a metric stream always sends the `MAX`, `MIN`, `SUM`, and `SAMPLECOUNT` statistics for each metric that is streamed. You can use the `StatisticsConfigurations` parameter to have the metric stream send additional statistics in the stream. Streaming additional statistics incurs additional costs. For more information, see [Amazon CloudWatch Pricing](https://aws.amazon.com/cloudwatch/pricing/).
    ///
    /// When you use `PutMetricStream` to create a new metric stream, the stream is created in the `running` state. If you use it to update an existing stream, the state of the stream is not changed.
    ///
    /// If you are using CloudWatch cross-account observability and you create a metric stream in a monitoring account, you can choose whether to include metrics from source accounts in the stream. For more information, see [CloudWatch cross-account observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    pub async fn put_metric_stream(
        &self,
        input: types::PutMetricStreamInput,
    ) -> Result<types::PutMetricStreamOutput, Error<error::PutMetricStreamError>> {
        self.handle.invoke(&schemas::ops::PUT_METRIC_STREAM, input).await
    }
    /// Temporarily sets the state of an alarm for testing purposes. When the updated state differs from the previous value, the action configured for the appropriate state is invoked. For example, if your alarm is configured to send an Amazon SNS message when an alarm is triggered, temporarily changing the alarm state to `ALARM` sends an SNS message.
    ///
    /// Metric alarms returns to their actual state quickly, often within seconds. Because the metric alarm state change happens quickly, it is typically only visible in the alarm's **History** tab in the Amazon CloudWatch console or through [DescribeAlarmHistory](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarmHistory.html).
    ///
    /// If you use `SetAlarmState` on a composite alarm, the composite alarm is not guaranteed to return to its actual state. It returns to its actual state only once any of its children alarms change state. It is also reevaluated if you update its configuration.
    ///
    /// If an alarm triggers EC2 Auto Scaling policies or application Auto Scaling policies, you must include information in the `StateReasonData` parameter to enable the policy to take the correct action.
    pub async fn set_alarm_state(
        &self,
        input: types::SetAlarmStateInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SetAlarmStateError>> {
        self.handle.invoke(&schemas::ops::SET_ALARM_STATE, input).await
    }
    /// Starts the streaming of metrics for one or more of your metric streams.
    pub async fn start_metric_streams(
        &self,
        input: types::StartMetricStreamsInput,
    ) -> Result<types::StartMetricStreamsOutput, Error<error::StartMetricStreamsError>> {
        self.handle.invoke(&schemas::ops::START_METRIC_STREAMS, input).await
    }
    /// Enables enrichment and PromQL access for CloudWatch vended metrics for [supported Amazon Web Services resources](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/UsingResourceTagsForTelemetry.html) in the account. Once enabled, metrics that contain a resource identifier dimension (for example, EC2 `CPUUtilization` with an `InstanceId` dimension) are enriched with resource ARN and resource tag labels and become queryable using PromQL.
    ///
    /// Before calling this operation, you must enable resource tags on telemetry for your account. For more information, see [Enable resource tags on telemetry](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/EnableResourceTagsOnTelemetry.html).
    ///
    /// Optionally, `IncludeFilters` and `ExcludeFilters` limit enrichment to a subset of the account's metrics. These filters are stored only when this operation starts enrichment. Calling `StartOTelEnrichment` for an account where enrichment is already running has no effect and does not modify the filters that are applied. To change them, use [UpdateOTelEnrichment](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_UpdateOTelEnrichment.html).
    pub async fn start_o_tel_enrichment(
        &self,
        input: types::StartOTelEnrichmentInput,
    ) -> Result<
        types::StartOTelEnrichmentOutput,
        Error<error::StartOTelEnrichmentError>,
    > {
        self.handle.invoke(&schemas::ops::START_O_TEL_ENRICHMENT, input).await
    }
    /// Stops the streaming of metrics for one or more of your metric streams.
    pub async fn stop_metric_streams(
        &self,
        input: types::StopMetricStreamsInput,
    ) -> Result<types::StopMetricStreamsOutput, Error<error::StopMetricStreamsError>> {
        self.handle.invoke(&schemas::ops::STOP_METRIC_STREAMS, input).await
    }
    /// Disables enrichment and PromQL access for CloudWatch vended metrics for [supported Amazon Web Services resources](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/UsingResourceTagsForTelemetry.html) in the account. After disabling, these metrics are no longer enriched with resource ARN and resource tag labels, and cannot be queried using PromQL.
    pub async fn stop_o_tel_enrichment(
        &self,
        input: types::StopOTelEnrichmentInput,
    ) -> Result<types::StopOTelEnrichmentOutput, Error<error::StopOTelEnrichmentError>> {
        self.handle.invoke(&schemas::ops::STOP_O_TEL_ENRICHMENT, input).await
    }
    /// Assigns one or more tags (key-value pairs) to the specified CloudWatch resource. Currently, the only CloudWatch resources that can be tagged are alarms, dashboards, metric streams and Contributor Insights rules.
    ///
    /// Tags can help you organize and categorize your resources. You can also use them to scope user permissions by granting a user permission to access or change only resources with certain tag values.
    ///
    /// Tags don't have any semantic meaning to Amazon Web Services and are interpreted strictly as strings of characters.
    ///
    /// You can use the `TagResource` action with an alarm that already has tags. If you specify a new tag key for the alarm, this tag is appended to the list of tags associated with the alarm. If you specify a tag key that is already associated with the alarm, the new tag value that you specify replaces the previous value for that tag.
    ///
    /// You can associate as many as 50 tags with a CloudWatch resource.
    pub async fn tag_resource(
        &self,
        input: types::TagResourceInput,
    ) -> Result<types::TagResourceOutput, Error<error::TagResourceError>> {
        self.handle.invoke(&schemas::ops::TAG_RESOURCE, input).await
    }
    /// Removes one or more tags from the specified resource. Currently, alarms, dashboards, metric streams and Contributor Insights rules support tagging.
    pub async fn untag_resource(
        &self,
        input: types::UntagResourceInput,
    ) -> Result<types::UntagResourceOutput, Error<error::UntagResourceError>> {
        self.handle.invoke(&schemas::ops::UNTAG_RESOURCE, input).await
    }
    /// Replaces the filters that determine which CloudWatch vended metrics are enriched with resource ARN and resource tag labels for the account. Enrichment must already be running for the account. If it is not, this operation returns a `ResourceNotFoundException`. To start enrichment, use [StartOTelEnrichment](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_StartOTelEnrichment.html).
    ///
    /// The filters in the request completely replace the stored filters; they are not merged with them. `IncludeFilters` and `ExcludeFilters` are replaced as a pair, so a request that specifies only `IncludeFilters` also clears the stored `ExcludeFilters`, and a request that specifies neither clears both.
    pub async fn update_o_tel_enrichment(
        &self,
        input: types::UpdateOTelEnrichmentInput,
    ) -> Result<
        types::UpdateOTelEnrichmentOutput,
        Error<error::UpdateOTelEnrichmentError>,
    > {
        self.handle.invoke(&schemas::ops::UPDATE_O_TEL_ENRICHMENT, input).await
    }
    /// Updates the resource metrics configuration for an Amazon Web Services resource. The `MetricSelections` value that you provide replaces any existing metric selections for the resource; it is not merged with them.
    ///
    /// If you omit `MetricSelections`, Amazon CloudWatch removes any existing metric selection filter and collects all available detailed metrics for the resource.
    ///
    /// This operation returns a `ResourceNotFoundException` if no resource metrics configuration exists for the specified resource ARN. To create a configuration, use [CreateResourceMetricsConfiguration](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_CreateResourceMetricsConfiguration.html).
    ///
    /// To update a resource metrics configuration, you must have the `cloudwatch:UpdateResourceMetricsConfiguration` permission. For information about scoping this permission to specific resources, see [Condition keys for resource metrics configuration access](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-resource-arn.html) in the *Amazon CloudWatch User Guide*.
    pub async fn update_resource_metrics_configuration(
        &self,
        input: types::UpdateResourceMetricsConfigurationInput,
    ) -> Result<
        types::UpdateResourceMetricsConfigurationOutput,
        Error<error::UpdateResourceMetricsConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_RESOURCE_METRICS_CONFIGURATION, input)
            .await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::describe_alarm_history`], one request each (paginator `DescribeAlarmHistory`).
    pub fn describe_alarm_history_pages(
        &self,
        input: types::DescribeAlarmHistoryInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeAlarmHistoryInput,
        types::DescribeAlarmHistoryOutput,
        error::DescribeAlarmHistoryError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ALARM_HISTORY, input)
    }
    /// The pages of [`Client::describe_alarms`], one request each (paginator `DescribeAlarms`).
    pub fn describe_alarms_pages(
        &self,
        input: types::DescribeAlarmsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeAlarmsInput,
        types::DescribeAlarmsOutput,
        error::DescribeAlarmsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ALARMS, input)
    }
    /// The pages of [`Client::describe_anomaly_detectors`], one request each (paginator `DescribeAnomalyDetectors`).
    pub fn describe_anomaly_detectors_pages(
        &self,
        input: types::DescribeAnomalyDetectorsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeAnomalyDetectorsInput,
        types::DescribeAnomalyDetectorsOutput,
        error::DescribeAnomalyDetectorsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ANOMALY_DETECTORS, input)
    }
    /// The pages of [`Client::get_metric_data`], one request each (paginator `GetMetricData`).
    pub fn get_metric_data_pages(
        &self,
        input: types::GetMetricDataInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetMetricDataInput,
        types::GetMetricDataOutput,
        error::GetMetricDataError,
    > {
        self.handle.paginate(&schemas::paginators::GET_METRIC_DATA, input)
    }
    /// The pages of [`Client::list_alarm_mute_rules`], one request each (paginator `ListAlarmMuteRules`).
    pub fn list_alarm_mute_rules_pages(
        &self,
        input: types::ListAlarmMuteRulesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListAlarmMuteRulesInput,
        types::ListAlarmMuteRulesOutput,
        error::ListAlarmMuteRulesError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_ALARM_MUTE_RULES, input)
    }
    /// The pages of [`Client::list_dashboards`], one request each (paginator `ListDashboards`).
    pub fn list_dashboards_pages(
        &self,
        input: types::ListDashboardsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListDashboardsInput,
        types::ListDashboardsOutput,
        error::ListDashboardsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_DASHBOARDS, input)
    }
    /// The pages of [`Client::list_metric_data_query_definitions`], one request each (paginator `ListMetricDataQueryDefinitions`).
    pub fn list_metric_data_query_definitions_pages(
        &self,
        input: types::ListMetricDataQueryDefinitionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListMetricDataQueryDefinitionsInput,
        types::ListMetricDataQueryDefinitionsOutput,
        error::ListMetricDataQueryDefinitionsError,
    > {
        self.handle
            .paginate(&schemas::paginators::LIST_METRIC_DATA_QUERY_DEFINITIONS, input)
    }
    /// The pages of [`Client::list_metrics`], one request each (paginator `ListMetrics`).
    pub fn list_metrics_pages(
        &self,
        input: types::ListMetricsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListMetricsInput,
        types::ListMetricsOutput,
        error::ListMetricsError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_METRICS, input)
    }
    /// Polls [`Client::describe_alarms`] every 5 s (at most 40 times) until waiter `AlarmExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_alarm_exists(
        &self,
        input: types::DescribeAlarmsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeAlarmsOutput>, Error<error::DescribeAlarmsError>> {
        self.handle.wait(&schemas::waiters::ALARM_EXISTS, input, config).await
    }
    /// Polls [`Client::get_alarm_mute_rule`] every 5 s (at most 40 times) until waiter `AlarmMuteRuleExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_alarm_mute_rule_exists(
        &self,
        input: types::GetAlarmMuteRuleInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::GetAlarmMuteRuleOutput>,
        Error<error::GetAlarmMuteRuleError>,
    > {
        self.handle.wait(&schemas::waiters::ALARM_MUTE_RULE_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_alarms`] every 5 s (at most 40 times) until waiter `CompositeAlarmExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_composite_alarm_exists(
        &self,
        input: types::DescribeAlarmsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeAlarmsOutput>, Error<error::DescribeAlarmsError>> {
        self.handle.wait(&schemas::waiters::COMPOSITE_ALARM_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_alarms`] every 5 s (at most 40 times) until waiter `LogAlarmExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_log_alarm_exists(
        &self,
        input: types::DescribeAlarmsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeAlarmsOutput>, Error<error::DescribeAlarmsError>> {
        self.handle.wait(&schemas::waiters::LOG_ALARM_EXISTS, input, config).await
    }
}

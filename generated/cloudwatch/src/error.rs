//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AssociateDatasetKmsKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateDatasetKmsKeyError {
    /// The operation was denied because either the calling principal lacks the required Amazon Web Services Key Management Service (Amazon Web Services KMS) permission on the key, or the key policy does not grant Amazon CloudWatch the permissions it needs to use the key. Verify that the caller has `kms:Decrypt` permission on the key, and that the key policy grants the CloudWatch service principal the `kms:DescribeKey`, `kms:GenerateDataKey`, `kms:Encrypt`, `kms:Decrypt`, and `kms:ReEncrypt\*` permissions described in [AssociateDatasetKmsKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_AssociateDatasetKmsKey.html).
    KmsAccessDeniedException(super::types::KmsAccessDeniedException),
    /// The specified Amazon Web Services Key Management Service (Amazon Web Services KMS) key could not be found. Verify that the key Amazon Resource Name (ARN) is correct, that the key exists, and that it is in the same Amazon Web Services Region as the resource.
    KmsKeyNotFoundException(super::types::KmsKeyNotFoundException),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The specified Amazon Web Services Key Management Service (Amazon Web Services KMS) key is disabled or pending deletion. Re-enable the key (or restore it, if it is pending deletion) and retry the operation.
    KmsKeyDisabledException(super::types::KmsKeyDisabledException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    AssociateDatasetKmsKeyError, [KmsAccessDeniedException, KmsKeyNotFoundException,
    ConflictException, KmsKeyDisabledException, ResourceNotFoundException]
);
/// The errors `CreateResourceMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateResourceMetricsConfigurationError {
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateResourceMetricsConfigurationError, [ConflictException,
    ResourceNotFoundException]
);
/// The errors `DeleteAlarmMuteRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAlarmMuteRuleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAlarmMuteRuleError, []);
/// The errors `DeleteAlarms` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAlarmsError {
    /// The named resource does not exist.
    ResourceNotFound(super::types::ResourceNotFound),
    /// The operation could not be completed because the request conflicts with the current state of the alarm or its underlying scheduled query resource.
    ResourceConflict(super::types::ResourceConflict),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteAlarmsError, [ResourceNotFound, ResourceConflict]);
/// The errors `DeleteAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteAnomalyDetectorError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteAnomalyDetectorError, [ResourceNotFoundException, InternalServiceFault,
    InvalidParameterValueException, MissingRequiredParameterException,
    InvalidParameterCombinationException]
);
/// The errors `DeleteDashboards` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDashboardsError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteDashboardsError, [InvalidParameterValueException, InternalServiceFault,
    ConflictException]
);
/// The errors `DeleteInsightRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteInsightRulesError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteInsightRulesError, [InvalidParameterValueException,
    MissingRequiredParameterException]
);
/// The errors `DeleteMetricDataQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMetricDataQueryDefinitionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteMetricDataQueryDefinitionError, []);
/// The errors `DeleteMetricStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMetricStreamError {
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteMetricStreamError, [InternalServiceFault, InvalidParameterValueException,
    MissingRequiredParameterException]
);
/// The errors `DeleteResourceMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteResourceMetricsConfigurationError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteResourceMetricsConfigurationError, [ResourceNotFoundException]
);
/// The errors `DescribeAlarmContributors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAlarmContributorsError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeAlarmContributorsError, [InvalidNextToken, ResourceNotFoundException]
);
/// The errors `DescribeAlarmHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAlarmHistoryError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAlarmHistoryError, [InvalidNextToken]);
/// The errors `DescribeAlarms` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAlarmsError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAlarmsError, [InvalidNextToken]);
/// The errors `DescribeAlarmsForMetric` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAlarmsForMetricError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAlarmsForMetricError, []);
/// The errors `DescribeAnomalyDetectors` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAnomalyDetectorsError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeAnomalyDetectorsError, [InvalidNextToken, InternalServiceFault,
    InvalidParameterValueException, InvalidParameterCombinationException]
);
/// The errors `DescribeInsightRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInsightRulesError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInsightRulesError, [InvalidNextToken]);
/// The errors `DisableAlarmActions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableAlarmActionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableAlarmActionsError, []);
/// The errors `DisableInsightRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableInsightRulesError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisableInsightRulesError, [InvalidParameterValueException,
    MissingRequiredParameterException]
);
/// The errors `DisassociateDatasetKmsKey` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateDatasetKmsKeyError {
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DisassociateDatasetKmsKeyError, [ConflictException, ResourceNotFoundException]
);
/// The errors `EnableAlarmActions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableAlarmActionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableAlarmActionsError, []);
/// The errors `EnableInsightRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableInsightRulesError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// The operation exceeded one or more limits.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    EnableInsightRulesError, [InvalidParameterValueException,
    MissingRequiredParameterException, LimitExceededException]
);
/// The errors `GetAlarmMuteRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAlarmMuteRuleError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAlarmMuteRuleError, [ResourceNotFoundException]);
/// The errors `GetDashboard` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDashboardError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The specified dashboard does not exist.
    DashboardNotFoundError(super::types::DashboardNotFoundError),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetDashboardError, [InvalidParameterValueException, DashboardNotFoundError,
    InternalServiceFault]
);
/// The errors `GetDataset` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDatasetError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetDatasetError, [ResourceNotFoundException]);
/// The errors `GetInsightRuleReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInsightRuleReportError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetInsightRuleReportError, [InvalidParameterValueException,
    MissingRequiredParameterException, ResourceNotFoundException]
);
/// The errors `GetMetricData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMetricDataError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetMetricDataError, [InvalidNextToken]);
/// The errors `GetMetricDataQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMetricDataQueryDefinitionError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetMetricDataQueryDefinitionError, [ResourceNotFoundException]
);
/// The errors `GetMetricStatistics` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMetricStatisticsError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetMetricStatisticsError, [InvalidParameterValueException,
    MissingRequiredParameterException, InvalidParameterCombinationException,
    InternalServiceFault]
);
/// The errors `GetMetricStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMetricStreamError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetMetricStreamError, [ResourceNotFoundException, InternalServiceFault,
    InvalidParameterValueException, MissingRequiredParameterException,
    InvalidParameterCombinationException]
);
/// The errors `GetMetricWidgetImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMetricWidgetImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetMetricWidgetImageError, []);
/// The errors `GetOTelEnrichment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetOTelEnrichmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetOTelEnrichmentError, []);
/// The errors `GetResourceMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourceMetricsConfigurationError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    GetResourceMetricsConfigurationError, [ResourceNotFoundException]
);
/// The errors `ListAlarmMuteRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAlarmMuteRulesError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListAlarmMuteRulesError, [InvalidNextToken, ResourceNotFoundException]
);
/// The errors `ListDashboards` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDashboardsError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListDashboardsError, [InvalidParameterValueException, InternalServiceFault]
);
/// The errors `ListManagedInsightRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListManagedInsightRulesError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListManagedInsightRulesError, [InvalidParameterValueException,
    MissingRequiredParameterException, InvalidNextToken]
);
/// The errors `ListMetricDataQueryDefinitions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMetricDataQueryDefinitionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListMetricDataQueryDefinitionsError, []);
/// The errors `ListMetricStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMetricStreamsError {
    /// The next token specified is invalid.
    InvalidNextToken(super::types::InvalidNextToken),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMetricStreamsError, [InvalidNextToken, InternalServiceFault,
    InvalidParameterValueException, MissingRequiredParameterException]
);
/// The errors `ListMetrics` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMetricsError {
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListMetricsError, [InternalServiceFault, InvalidParameterValueException]
);
/// The errors `ListTagsForResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTagsForResourceError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ListTagsForResourceError, [InvalidParameterValueException, ResourceNotFoundException,
    InternalServiceFault]
);
/// The errors `PutAlarmMuteRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAlarmMuteRuleError {
    /// The quota for alarms for this customer has already been reached.
    LimitExceededFault(super::types::LimitExceededFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutAlarmMuteRuleError, [LimitExceededFault]);
/// The errors `PutAnomalyDetector` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutAnomalyDetectorError {
    /// The operation exceeded one or more limits.
    LimitExceededException(super::types::LimitExceededException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutAnomalyDetectorError, [LimitExceededException, InternalServiceFault,
    InvalidParameterValueException, MissingRequiredParameterException,
    InvalidParameterCombinationException]
);
/// The errors `PutCompositeAlarm` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutCompositeAlarmError {
    /// The quota for alarms for this customer has already been reached.
    LimitExceededFault(super::types::LimitExceededFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutCompositeAlarmError, [LimitExceededFault]);
/// The errors `PutDashboard` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutDashboardError {
    /// Some part of the dashboard data is invalid.
    DashboardInvalidInputError(super::types::DashboardInvalidInputError),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutDashboardError, [DashboardInvalidInputError, InternalServiceFault,
    ConflictException]
);
/// The errors `PutInsightRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutInsightRuleError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// The operation exceeded one or more limits.
    LimitExceededException(super::types::LimitExceededException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutInsightRuleError, [InvalidParameterValueException,
    MissingRequiredParameterException, LimitExceededException]
);
/// The errors `PutLogAlarm` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutLogAlarmError {
    /// The quota for alarms for this customer has already been reached.
    LimitExceededFault(super::types::LimitExceededFault),
    /// The operation could not be completed because the request conflicts with the current state of the alarm or its underlying scheduled query resource.
    ResourceConflict(super::types::ResourceConflict),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutLogAlarmError, [LimitExceededFault, ResourceConflict]);
/// The errors `PutManagedInsightRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutManagedInsightRulesError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutManagedInsightRulesError, [InvalidParameterValueException,
    MissingRequiredParameterException]
);
/// The errors `PutMetricAlarm` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMetricAlarmError {
    /// The quota for alarms for this customer has already been reached.
    LimitExceededFault(super::types::LimitExceededFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PutMetricAlarmError, [LimitExceededFault]);
/// The errors `PutMetricData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMetricDataError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutMetricDataError, [InvalidParameterValueException,
    MissingRequiredParameterException, InvalidParameterCombinationException,
    InternalServiceFault]
);
/// The errors `PutMetricDataQueryDefinition` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMetricDataQueryDefinitionError {
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// The operation exceeded one or more limits.
    LimitExceededException(super::types::LimitExceededException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutMetricDataQueryDefinitionError, [ConflictException, LimitExceededException,
    ResourceNotFoundException]
);
/// The errors `PutMetricStream` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutMetricStreamError {
    /// More than one process tried to modify a resource at the same time.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// Parameters were used together that cannot be used together.
    InvalidParameterCombinationException(
        super::types::InvalidParameterCombinationException,
    ),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    PutMetricStreamError, [ConcurrentModificationException, InternalServiceFault,
    InvalidParameterValueException, MissingRequiredParameterException,
    InvalidParameterCombinationException]
);
/// The errors `SetAlarmState` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetAlarmStateError {
    /// The named resource does not exist.
    ResourceNotFound(super::types::ResourceNotFound),
    /// Data was not syntactically valid JSON.
    InvalidFormatFault(super::types::InvalidFormatFault),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    SetAlarmStateError, [ResourceNotFound, InvalidFormatFault]
);
/// The errors `StartMetricStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartMetricStreamsError {
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StartMetricStreamsError, [InternalServiceFault, InvalidParameterValueException,
    MissingRequiredParameterException]
);
/// The errors `StartOTelEnrichment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartOTelEnrichmentError {
    /// The request failed validation. One or more input parameters do not satisfy the constraints that the operation requires.
    ValidationException(super::types::ValidationException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StartOTelEnrichmentError, [ValidationException]);
/// The errors `StopMetricStreams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopMetricStreamsError {
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// An input parameter that is required is missing.
    MissingRequiredParameterException(super::types::MissingRequiredParameterException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    StopMetricStreamsError, [InternalServiceFault, InvalidParameterValueException,
    MissingRequiredParameterException]
);
/// The errors `StopOTelEnrichment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopOTelEnrichmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StopOTelEnrichmentError, []);
/// The errors `TagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TagResourceError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// More than one process tried to modify a resource at the same time.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    TagResourceError, [InvalidParameterValueException, ResourceNotFoundException,
    ConcurrentModificationException, InternalServiceFault, ConflictException]
);
/// The errors `UntagResource` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UntagResourceError {
    /// The value of an input parameter is bad or out-of-range.
    InvalidParameterValueException(super::types::InvalidParameterValueException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// More than one process tried to modify a resource at the same time.
    ConcurrentModificationException(super::types::ConcurrentModificationException),
    /// Request processing has failed due to some unknown error, exception, or failure.
    InternalServiceFault(super::types::InternalServiceFault),
    /// This operation attempted to create a resource that already exists.
    ConflictException(super::types::ConflictException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UntagResourceError, [InvalidParameterValueException, ResourceNotFoundException,
    ConcurrentModificationException, InternalServiceFault, ConflictException]
);
/// The errors `UpdateOTelEnrichment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateOTelEnrichmentError {
    /// The request failed validation. One or more input parameters do not satisfy the constraints that the operation requires.
    ValidationException(super::types::ValidationException),
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateOTelEnrichmentError, [ValidationException, ResourceNotFoundException]
);
/// The errors `UpdateResourceMetricsConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateResourceMetricsConfigurationError {
    /// The named resource does not exist.
    ResourceNotFoundException(super::types::ResourceNotFoundException),
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateResourceMetricsConfigurationError, [ResourceNotFoundException]
);

//! Per-operation error enums: one variant per modelled error plus `Unmodelled`.
//! Code, message, request id and status are on [`kumo_runtime::Error`].
#![allow(
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
/// The errors `AcceptAddressTransfer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptAddressTransferError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptAddressTransferError, []);
/// The errors `AcceptCapacityReservationBillingOwnership` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptCapacityReservationBillingOwnershipError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptCapacityReservationBillingOwnershipError, []);
/// The errors `AcceptReservedInstancesExchangeQuote` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptReservedInstancesExchangeQuoteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptReservedInstancesExchangeQuoteError, []);
/// The errors `AcceptTransitGatewayClientVpnAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptTransitGatewayClientVpnAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptTransitGatewayClientVpnAttachmentError, []);
/// The errors `AcceptTransitGatewayMulticastDomainAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptTransitGatewayMulticastDomainAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptTransitGatewayMulticastDomainAssociationsError, []);
/// The errors `AcceptTransitGatewayPeeringAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptTransitGatewayPeeringAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptTransitGatewayPeeringAttachmentError, []);
/// The errors `AcceptTransitGatewayVpcAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptTransitGatewayVpcAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptTransitGatewayVpcAttachmentError, []);
/// The errors `AcceptVpcEndpointConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptVpcEndpointConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptVpcEndpointConnectionsError, []);
/// The errors `AcceptVpcPeeringConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AcceptVpcPeeringConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AcceptVpcPeeringConnectionError, []);
/// The errors `AdvertiseByoipCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AdvertiseByoipCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AdvertiseByoipCidrError, []);
/// The errors `AllocateAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AllocateAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AllocateAddressError, []);
/// The errors `AllocateHosts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AllocateHostsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AllocateHostsError, []);
/// The errors `AllocateIpamPoolCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AllocateIpamPoolCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AllocateIpamPoolCidrError, []);
/// The errors `ApplySecurityGroupsToClientVpnTargetNetwork` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ApplySecurityGroupsToClientVpnTargetNetworkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ApplySecurityGroupsToClientVpnTargetNetworkError, []);
/// The errors `AssignIpv6Addresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssignIpv6AddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssignIpv6AddressesError, []);
/// The errors `AssignPrivateIpAddresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssignPrivateIpAddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssignPrivateIpAddressesError, []);
/// The errors `AssignPrivateNatGatewayAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssignPrivateNatGatewayAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssignPrivateNatGatewayAddressError, []);
/// The errors `AssociateAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateAddressError, []);
/// The errors `AssociateApplicationStatusCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateApplicationStatusCheckError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateApplicationStatusCheckError, []);
/// The errors `AssociateCapacityReservationBillingOwner` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateCapacityReservationBillingOwnerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateCapacityReservationBillingOwnerError, []);
/// The errors `AssociateClientVpnTargetNetwork` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateClientVpnTargetNetworkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateClientVpnTargetNetworkError, []);
/// The errors `AssociateDhcpOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateDhcpOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateDhcpOptionsError, []);
/// The errors `AssociateEnclaveCertificateIamRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateEnclaveCertificateIamRoleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateEnclaveCertificateIamRoleError, []);
/// The errors `AssociateIamInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateIamInstanceProfileError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateIamInstanceProfileError, []);
/// The errors `AssociateInstanceEventWindow` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateInstanceEventWindowError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateInstanceEventWindowError, []);
/// The errors `AssociateIpamByoasn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateIpamByoasnError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateIpamByoasnError, []);
/// The errors `AssociateIpamResourceDiscovery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateIpamResourceDiscoveryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateIpamResourceDiscoveryError, []);
/// The errors `AssociateKmsKeyId` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateKmsKeyIdError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateKmsKeyIdError, []);
/// The errors `AssociateNatGatewayAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateNatGatewayAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateNatGatewayAddressError, []);
/// The errors `AssociateNetworkingFlexCostAllocationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateNetworkingFlexCostAllocationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateNetworkingFlexCostAllocationPolicyError, []);
/// The errors `AssociateRouteServer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateRouteServerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateRouteServerError, []);
/// The errors `AssociateRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateRouteTableError, []);
/// The errors `AssociateSecurityGroupVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateSecurityGroupVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateSecurityGroupVpcError, []);
/// The errors `AssociateSubnetCidrBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateSubnetCidrBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateSubnetCidrBlockError, []);
/// The errors `AssociateTransitGatewayMulticastDomain` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateTransitGatewayMulticastDomainError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateTransitGatewayMulticastDomainError, []);
/// The errors `AssociateTransitGatewayPolicyTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateTransitGatewayPolicyTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateTransitGatewayPolicyTableError, []);
/// The errors `AssociateTransitGatewayRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateTransitGatewayRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateTransitGatewayRouteTableError, []);
/// The errors `AssociateTrunkInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateTrunkInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateTrunkInterfaceError, []);
/// The errors `AssociateVpcCidrBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AssociateVpcCidrBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AssociateVpcCidrBlockError, []);
/// The errors `AttachClassicLinkVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachClassicLinkVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachClassicLinkVpcError, []);
/// The errors `AttachImageWatermark` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachImageWatermarkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachImageWatermarkError, []);
/// The errors `AttachInternetGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachInternetGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachInternetGatewayError, []);
/// The errors `AttachNetworkInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachNetworkInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachNetworkInterfaceError, []);
/// The errors `AttachVerifiedAccessTrustProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachVerifiedAccessTrustProviderError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachVerifiedAccessTrustProviderError, []);
/// The errors `AttachVolume` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachVolumeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachVolumeError, []);
/// The errors `AttachVpnGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachVpnGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AttachVpnGatewayError, []);
/// The errors `AuthorizeClientVpnIngress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AuthorizeClientVpnIngressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AuthorizeClientVpnIngressError, []);
/// The errors `AuthorizeSecurityGroupEgress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AuthorizeSecurityGroupEgressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AuthorizeSecurityGroupEgressError, []);
/// The errors `AuthorizeSecurityGroupIngress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum AuthorizeSecurityGroupIngressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(AuthorizeSecurityGroupIngressError, []);
/// The errors `BatchModifyIpamRoutingPolicyRegistrations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchModifyIpamRoutingPolicyRegistrationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(BatchModifyIpamRoutingPolicyRegistrationsError, []);
/// The errors `BundleInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum BundleInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(BundleInstanceError, []);
/// The errors `CancelBundleTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelBundleTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelBundleTaskError, []);
/// The errors `CancelCapacityReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelCapacityReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelCapacityReservationError, []);
/// The errors `CancelCapacityReservationFleets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelCapacityReservationFleetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelCapacityReservationFleetsError, []);
/// The errors `CancelConversionTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelConversionTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelConversionTaskError, []);
/// The errors `CancelDeclarativePoliciesReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelDeclarativePoliciesReportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelDeclarativePoliciesReportError, []);
/// The errors `CancelExportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelExportTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelExportTaskError, []);
/// The errors `CancelImageLaunchPermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelImageLaunchPermissionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelImageLaunchPermissionError, []);
/// The errors `CancelImportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelImportTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelImportTaskError, []);
/// The errors `CancelReservedInstancesListing` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelReservedInstancesListingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelReservedInstancesListingError, []);
/// The errors `CancelSpotFleetRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelSpotFleetRequestsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelSpotFleetRequestsError, []);
/// The errors `CancelSpotInstanceRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelSpotInstanceRequestsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CancelSpotInstanceRequestsError, []);
/// The errors `ConfirmProductInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfirmProductInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ConfirmProductInstanceError, []);
/// The errors `CopyFpgaImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CopyFpgaImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CopyFpgaImageError, []);
/// The errors `CopyImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CopyImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CopyImageError, []);
/// The errors `CopySnapshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CopySnapshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CopySnapshotError, []);
/// The errors `CopyVolumes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CopyVolumesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CopyVolumesError, []);
/// The errors `CreateApplicationStatusCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateApplicationStatusCheckError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateApplicationStatusCheckError, []);
/// The errors `CreateCapacityManagerDataExport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityManagerDataExportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCapacityManagerDataExportError, []);
/// The errors `CreateCapacityReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCapacityReservationError, []);
/// The errors `CreateCapacityReservationBySplitting` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityReservationBySplittingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCapacityReservationBySplittingError, []);
/// The errors `CreateCapacityReservationCancellationQuote` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityReservationCancellationQuoteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCapacityReservationCancellationQuoteError, []);
/// The errors `CreateCapacityReservationDateChangeQuote` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityReservationDateChangeQuoteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCapacityReservationDateChangeQuoteError, []);
/// The errors `CreateCapacityReservationFleet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCapacityReservationFleetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCapacityReservationFleetError, []);
/// The errors `CreateCarrierGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCarrierGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCarrierGatewayError, []);
/// The errors `CreateClientVpnEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateClientVpnEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateClientVpnEndpointError, []);
/// The errors `CreateClientVpnRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateClientVpnRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateClientVpnRouteError, []);
/// The errors `CreateCoipCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCoipCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCoipCidrError, []);
/// The errors `CreateCoipPool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCoipPoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCoipPoolError, []);
/// The errors `CreateCustomerGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCustomerGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateCustomerGatewayError, []);
/// The errors `CreateDefaultSubnet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDefaultSubnetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateDefaultSubnetError, []);
/// The errors `CreateDefaultVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDefaultVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateDefaultVpcError, []);
/// The errors `CreateDelegateMacVolumeOwnershipTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDelegateMacVolumeOwnershipTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateDelegateMacVolumeOwnershipTaskError, []);
/// The errors `CreateDhcpOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDhcpOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateDhcpOptionsError, []);
/// The errors `CreateEgressOnlyInternetGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateEgressOnlyInternetGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateEgressOnlyInternetGatewayError, []);
/// The errors `CreateFleet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFleetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateFleetError, []);
/// The errors `CreateFlowLogs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFlowLogsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateFlowLogsError, []);
/// The errors `CreateFpgaImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFpgaImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateFpgaImageError, []);
/// The errors `CreateImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateImageError, []);
/// The errors `CreateImageUsageReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateImageUsageReportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateImageUsageReportError, []);
/// The errors `CreateInstanceConnectEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInstanceConnectEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateInstanceConnectEndpointError, []);
/// The errors `CreateInstanceEventWindow` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInstanceEventWindowError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateInstanceEventWindowError, []);
/// The errors `CreateInstanceExportTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInstanceExportTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateInstanceExportTaskError, []);
/// The errors `CreateInternetGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInternetGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateInternetGatewayError, []);
/// The errors `CreateInterruptibleCapacityReservationAllocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateInterruptibleCapacityReservationAllocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateInterruptibleCapacityReservationAllocationError, []
);
/// The errors `CreateIpam` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamError, []);
/// The errors `CreateIpamExternalResourceVerificationToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamExternalResourceVerificationTokenError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamExternalResourceVerificationTokenError, []);
/// The errors `CreateIpamInternetRegistryAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamInternetRegistryAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamInternetRegistryAssociationError, []);
/// The errors `CreateIpamPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamPolicyError, []);
/// The errors `CreateIpamPool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamPoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamPoolError, []);
/// The errors `CreateIpamPrefixListResolver` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamPrefixListResolverError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamPrefixListResolverError, []);
/// The errors `CreateIpamPrefixListResolverTarget` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamPrefixListResolverTargetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamPrefixListResolverTargetError, []);
/// The errors `CreateIpamResourceDiscovery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamResourceDiscoveryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamResourceDiscoveryError, []);
/// The errors `CreateIpamRoutingPolicyRegistration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamRoutingPolicyRegistrationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamRoutingPolicyRegistrationError, []);
/// The errors `CreateIpamScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateIpamScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateIpamScopeError, []);
/// The errors `CreateKeyPair` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateKeyPairError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateKeyPairError, []);
/// The errors `CreateLaunchTemplate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLaunchTemplateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLaunchTemplateError, []);
/// The errors `CreateLaunchTemplateVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLaunchTemplateVersionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLaunchTemplateVersionError, []);
/// The errors `CreateLocalGatewayRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLocalGatewayRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLocalGatewayRouteError, []);
/// The errors `CreateLocalGatewayRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLocalGatewayRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLocalGatewayRouteTableError, []);
/// The errors `CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationError, []
);
/// The errors `CreateLocalGatewayRouteTableVpcAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLocalGatewayRouteTableVpcAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLocalGatewayRouteTableVpcAssociationError, []);
/// The errors `CreateLocalGatewayVirtualInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLocalGatewayVirtualInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLocalGatewayVirtualInterfaceError, []);
/// The errors `CreateLocalGatewayVirtualInterfaceGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateLocalGatewayVirtualInterfaceGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateLocalGatewayVirtualInterfaceGroupError, []);
/// The errors `CreateMacSystemIntegrityProtectionModificationTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateMacSystemIntegrityProtectionModificationTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    CreateMacSystemIntegrityProtectionModificationTaskError, []
);
/// The errors `CreateManagedPrefixList` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateManagedPrefixListError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateManagedPrefixListError, []);
/// The errors `CreateMetricCategory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateMetricCategoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateMetricCategoryError, []);
/// The errors `CreateNatGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNatGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNatGatewayError, []);
/// The errors `CreateNetworkAcl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkAclError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkAclError, []);
/// The errors `CreateNetworkAclEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkAclEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkAclEntryError, []);
/// The errors `CreateNetworkInsightsAccessScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkInsightsAccessScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkInsightsAccessScopeError, []);
/// The errors `CreateNetworkInsightsPath` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkInsightsPathError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkInsightsPathError, []);
/// The errors `CreateNetworkInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkInterfaceError, []);
/// The errors `CreateNetworkInterfacePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkInterfacePermissionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkInterfacePermissionError, []);
/// The errors `CreateNetworkingFlexCostAllocationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateNetworkingFlexCostAllocationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateNetworkingFlexCostAllocationPolicyError, []);
/// The errors `CreatePlacementGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePlacementGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreatePlacementGroupError, []);
/// The errors `CreatePublicIpv4Pool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePublicIpv4PoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreatePublicIpv4PoolError, []);
/// The errors `CreateReplaceRootVolumeTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateReplaceRootVolumeTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateReplaceRootVolumeTaskError, []);
/// The errors `CreateReservedInstancesListing` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateReservedInstancesListingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateReservedInstancesListingError, []);
/// The errors `CreateRestoreImageTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRestoreImageTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateRestoreImageTaskError, []);
/// The errors `CreateRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateRouteError, []);
/// The errors `CreateRouteServer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRouteServerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateRouteServerError, []);
/// The errors `CreateRouteServerEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRouteServerEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateRouteServerEndpointError, []);
/// The errors `CreateRouteServerPeer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRouteServerPeerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateRouteServerPeerError, []);
/// The errors `CreateRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateRouteTableError, []);
/// The errors `CreateSecondaryNetwork` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSecondaryNetworkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSecondaryNetworkError, []);
/// The errors `CreateSecondarySubnet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSecondarySubnetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSecondarySubnetError, []);
/// The errors `CreateSecurityGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSecurityGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSecurityGroupError, []);
/// The errors `CreateSnapshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSnapshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSnapshotError, []);
/// The errors `CreateSnapshots` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSnapshotsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSnapshotsError, []);
/// The errors `CreateSpotDatafeedSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSpotDatafeedSubscriptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSpotDatafeedSubscriptionError, []);
/// The errors `CreateStoreImageTask` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateStoreImageTaskError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateStoreImageTaskError, []);
/// The errors `CreateSubnet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSubnetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSubnetError, []);
/// The errors `CreateSubnetCidrReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateSubnetCidrReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateSubnetCidrReservationError, []);
/// The errors `CreateTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTagsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTagsError, []);
/// The errors `CreateTrafficMirrorFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficMirrorFilterError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTrafficMirrorFilterError, []);
/// The errors `CreateTrafficMirrorFilterRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficMirrorFilterRuleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTrafficMirrorFilterRuleError, []);
/// The errors `CreateTrafficMirrorSession` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficMirrorSessionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTrafficMirrorSessionError, []);
/// The errors `CreateTrafficMirrorTarget` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTrafficMirrorTargetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTrafficMirrorTargetError, []);
/// The errors `CreateTransitGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayError, []);
/// The errors `CreateTransitGatewayConnect` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayConnectError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayConnectError, []);
/// The errors `CreateTransitGatewayConnectPeer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayConnectPeerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayConnectPeerError, []);
/// The errors `CreateTransitGatewayMeteringPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayMeteringPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayMeteringPolicyError, []);
/// The errors `CreateTransitGatewayMeteringPolicyEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayMeteringPolicyEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayMeteringPolicyEntryError, []);
/// The errors `CreateTransitGatewayMulticastDomain` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayMulticastDomainError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayMulticastDomainError, []);
/// The errors `CreateTransitGatewayNetworkFunctionAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayNetworkFunctionAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayNetworkFunctionAttachmentError, []);
/// The errors `CreateTransitGatewayPeeringAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayPeeringAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayPeeringAttachmentError, []);
/// The errors `CreateTransitGatewayPolicyTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayPolicyTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayPolicyTableError, []);
/// The errors `CreateTransitGatewayPolicyTableEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayPolicyTableEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayPolicyTableEntryError, []);
/// The errors `CreateTransitGatewayPrefixListReference` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayPrefixListReferenceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayPrefixListReferenceError, []);
/// The errors `CreateTransitGatewayRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayRouteError, []);
/// The errors `CreateTransitGatewayRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayRouteTableError, []);
/// The errors `CreateTransitGatewayRouteTableAnnouncement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayRouteTableAnnouncementError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayRouteTableAnnouncementError, []);
/// The errors `CreateTransitGatewayVpcAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTransitGatewayVpcAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateTransitGatewayVpcAttachmentError, []);
/// The errors `CreateVerifiedAccessEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVerifiedAccessEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVerifiedAccessEndpointError, []);
/// The errors `CreateVerifiedAccessGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVerifiedAccessGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVerifiedAccessGroupError, []);
/// The errors `CreateVerifiedAccessInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVerifiedAccessInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVerifiedAccessInstanceError, []);
/// The errors `CreateVerifiedAccessTrustProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVerifiedAccessTrustProviderError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVerifiedAccessTrustProviderError, []);
/// The errors `CreateVolume` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVolumeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVolumeError, []);
/// The errors `CreateVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcError, []);
/// The errors `CreateVpcBlockPublicAccessExclusion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcBlockPublicAccessExclusionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcBlockPublicAccessExclusionError, []);
/// The errors `CreateVpcEncryptionControl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcEncryptionControlError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcEncryptionControlError, []);
/// The errors `CreateVpcEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcEndpointError, []);
/// The errors `CreateVpcEndpointConnectionNotification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcEndpointConnectionNotificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcEndpointConnectionNotificationError, []);
/// The errors `CreateVpcEndpointServiceConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcEndpointServiceConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcEndpointServiceConfigurationError, []);
/// The errors `CreateVpcPeeringConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpcPeeringConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpcPeeringConnectionError, []);
/// The errors `CreateVpnConcentrator` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpnConcentratorError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpnConcentratorError, []);
/// The errors `CreateVpnConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpnConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpnConnectionError, []);
/// The errors `CreateVpnConnectionRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpnConnectionRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpnConnectionRouteError, []);
/// The errors `CreateVpnGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateVpnGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(CreateVpnGatewayError, []);
/// The errors `DeleteApplicationStatusCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteApplicationStatusCheckError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteApplicationStatusCheckError, []);
/// The errors `DeleteCapacityManagerDataExport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCapacityManagerDataExportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteCapacityManagerDataExportError, []);
/// The errors `DeleteCarrierGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCarrierGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteCarrierGatewayError, []);
/// The errors `DeleteClientVpnEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteClientVpnEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteClientVpnEndpointError, []);
/// The errors `DeleteClientVpnEndpointAuthorizationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteClientVpnEndpointAuthorizationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteClientVpnEndpointAuthorizationPolicyError, []);
/// The errors `DeleteClientVpnRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteClientVpnRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteClientVpnRouteError, []);
/// The errors `DeleteCoipCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCoipCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteCoipCidrError, []);
/// The errors `DeleteCoipPool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCoipPoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteCoipPoolError, []);
/// The errors `DeleteCustomerGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteCustomerGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteCustomerGatewayError, []);
/// The errors `DeleteDhcpOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteDhcpOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteDhcpOptionsError, []);
/// The errors `DeleteEgressOnlyInternetGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteEgressOnlyInternetGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteEgressOnlyInternetGatewayError, []);
/// The errors `DeleteFleets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFleetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteFleetsError, []);
/// The errors `DeleteFlowLogs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFlowLogsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteFlowLogsError, []);
/// The errors `DeleteFpgaImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFpgaImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteFpgaImageError, []);
/// The errors `DeleteImageUsageReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteImageUsageReportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteImageUsageReportError, []);
/// The errors `DeleteInstanceConnectEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteInstanceConnectEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteInstanceConnectEndpointError, []);
/// The errors `DeleteInstanceEventWindow` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteInstanceEventWindowError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteInstanceEventWindowError, []);
/// The errors `DeleteInternetGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteInternetGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteInternetGatewayError, []);
/// The errors `DeleteIpam` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamError, []);
/// The errors `DeleteIpamExternalResourceVerificationToken` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamExternalResourceVerificationTokenError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamExternalResourceVerificationTokenError, []);
/// The errors `DeleteIpamInternetRegistryAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamInternetRegistryAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamInternetRegistryAssociationError, []);
/// The errors `DeleteIpamPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamPolicyError, []);
/// The errors `DeleteIpamPool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamPoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamPoolError, []);
/// The errors `DeleteIpamPrefixListResolver` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamPrefixListResolverError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamPrefixListResolverError, []);
/// The errors `DeleteIpamPrefixListResolverTarget` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamPrefixListResolverTargetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamPrefixListResolverTargetError, []);
/// The errors `DeleteIpamResourceDiscovery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamResourceDiscoveryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamResourceDiscoveryError, []);
/// The errors `DeleteIpamRoutingPolicyRegistration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamRoutingPolicyRegistrationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamRoutingPolicyRegistrationError, []);
/// The errors `DeleteIpamScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIpamScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteIpamScopeError, []);
/// The errors `DeleteKeyPair` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteKeyPairError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteKeyPairError, []);
/// The errors `DeleteLaunchTemplate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLaunchTemplateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLaunchTemplateError, []);
/// The errors `DeleteLaunchTemplateVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLaunchTemplateVersionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLaunchTemplateVersionsError, []);
/// The errors `DeleteLocalGatewayRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLocalGatewayRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLocalGatewayRouteError, []);
/// The errors `DeleteLocalGatewayRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLocalGatewayRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLocalGatewayRouteTableError, []);
/// The errors `DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationError, []
);
/// The errors `DeleteLocalGatewayRouteTableVpcAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLocalGatewayRouteTableVpcAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLocalGatewayRouteTableVpcAssociationError, []);
/// The errors `DeleteLocalGatewayVirtualInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLocalGatewayVirtualInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLocalGatewayVirtualInterfaceError, []);
/// The errors `DeleteLocalGatewayVirtualInterfaceGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteLocalGatewayVirtualInterfaceGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteLocalGatewayVirtualInterfaceGroupError, []);
/// The errors `DeleteManagedPrefixList` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteManagedPrefixListError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteManagedPrefixListError, []);
/// The errors `DeleteMetricCategory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteMetricCategoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteMetricCategoryError, []);
/// The errors `DeleteNatGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNatGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNatGatewayError, []);
/// The errors `DeleteNetworkAcl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkAclError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkAclError, []);
/// The errors `DeleteNetworkAclEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkAclEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkAclEntryError, []);
/// The errors `DeleteNetworkInsightsAccessScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkInsightsAccessScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkInsightsAccessScopeError, []);
/// The errors `DeleteNetworkInsightsAccessScopeAnalysis` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkInsightsAccessScopeAnalysisError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkInsightsAccessScopeAnalysisError, []);
/// The errors `DeleteNetworkInsightsAnalysis` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkInsightsAnalysisError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkInsightsAnalysisError, []);
/// The errors `DeleteNetworkInsightsPath` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkInsightsPathError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkInsightsPathError, []);
/// The errors `DeleteNetworkInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkInterfaceError, []);
/// The errors `DeleteNetworkInterfacePermission` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkInterfacePermissionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkInterfacePermissionError, []);
/// The errors `DeleteNetworkingFlexCostAllocationPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteNetworkingFlexCostAllocationPoliciesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteNetworkingFlexCostAllocationPoliciesError, []);
/// The errors `DeletePlacementGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePlacementGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeletePlacementGroupError, []);
/// The errors `DeletePublicIpv4Pool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePublicIpv4PoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeletePublicIpv4PoolError, []);
/// The errors `DeleteQueuedReservedInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteQueuedReservedInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteQueuedReservedInstancesError, []);
/// The errors `DeleteRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteRouteError, []);
/// The errors `DeleteRouteServer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRouteServerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteRouteServerError, []);
/// The errors `DeleteRouteServerEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRouteServerEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteRouteServerEndpointError, []);
/// The errors `DeleteRouteServerPeer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRouteServerPeerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteRouteServerPeerError, []);
/// The errors `DeleteRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteRouteTableError, []);
/// The errors `DeleteSecondaryNetwork` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSecondaryNetworkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSecondaryNetworkError, []);
/// The errors `DeleteSecondarySubnet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSecondarySubnetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSecondarySubnetError, []);
/// The errors `DeleteSecurityGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSecurityGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSecurityGroupError, []);
/// The errors `DeleteSnapshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSnapshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSnapshotError, []);
/// The errors `DeleteSpotDatafeedSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSpotDatafeedSubscriptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSpotDatafeedSubscriptionError, []);
/// The errors `DeleteSubnet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSubnetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSubnetError, []);
/// The errors `DeleteSubnetCidrReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteSubnetCidrReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteSubnetCidrReservationError, []);
/// The errors `DeleteTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTagsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTagsError, []);
/// The errors `DeleteTrafficMirrorFilter` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficMirrorFilterError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTrafficMirrorFilterError, []);
/// The errors `DeleteTrafficMirrorFilterRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficMirrorFilterRuleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTrafficMirrorFilterRuleError, []);
/// The errors `DeleteTrafficMirrorSession` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficMirrorSessionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTrafficMirrorSessionError, []);
/// The errors `DeleteTrafficMirrorTarget` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTrafficMirrorTargetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTrafficMirrorTargetError, []);
/// The errors `DeleteTransitGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayError, []);
/// The errors `DeleteTransitGatewayClientVpnAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayClientVpnAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayClientVpnAttachmentError, []);
/// The errors `DeleteTransitGatewayConnect` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayConnectError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayConnectError, []);
/// The errors `DeleteTransitGatewayConnectPeer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayConnectPeerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayConnectPeerError, []);
/// The errors `DeleteTransitGatewayMeteringPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayMeteringPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayMeteringPolicyError, []);
/// The errors `DeleteTransitGatewayMeteringPolicyEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayMeteringPolicyEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayMeteringPolicyEntryError, []);
/// The errors `DeleteTransitGatewayMulticastDomain` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayMulticastDomainError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayMulticastDomainError, []);
/// The errors `DeleteTransitGatewayNetworkFunctionAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayNetworkFunctionAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayNetworkFunctionAttachmentError, []);
/// The errors `DeleteTransitGatewayPeeringAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayPeeringAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayPeeringAttachmentError, []);
/// The errors `DeleteTransitGatewayPolicyTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayPolicyTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayPolicyTableError, []);
/// The errors `DeleteTransitGatewayPolicyTableEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayPolicyTableEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayPolicyTableEntryError, []);
/// The errors `DeleteTransitGatewayPrefixListReference` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayPrefixListReferenceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayPrefixListReferenceError, []);
/// The errors `DeleteTransitGatewayRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayRouteError, []);
/// The errors `DeleteTransitGatewayRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayRouteTableError, []);
/// The errors `DeleteTransitGatewayRouteTableAnnouncement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayRouteTableAnnouncementError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayRouteTableAnnouncementError, []);
/// The errors `DeleteTransitGatewayVpcAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteTransitGatewayVpcAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteTransitGatewayVpcAttachmentError, []);
/// The errors `DeleteVerifiedAccessEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVerifiedAccessEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVerifiedAccessEndpointError, []);
/// The errors `DeleteVerifiedAccessGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVerifiedAccessGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVerifiedAccessGroupError, []);
/// The errors `DeleteVerifiedAccessInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVerifiedAccessInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVerifiedAccessInstanceError, []);
/// The errors `DeleteVerifiedAccessTrustProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVerifiedAccessTrustProviderError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVerifiedAccessTrustProviderError, []);
/// The errors `DeleteVolume` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVolumeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVolumeError, []);
/// The errors `DeleteVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcError, []);
/// The errors `DeleteVpcBlockPublicAccessExclusion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcBlockPublicAccessExclusionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcBlockPublicAccessExclusionError, []);
/// The errors `DeleteVpcEncryptionControl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcEncryptionControlError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcEncryptionControlError, []);
/// The errors `DeleteVpcEndpointConnectionNotifications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcEndpointConnectionNotificationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcEndpointConnectionNotificationsError, []);
/// The errors `DeleteVpcEndpointServiceConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcEndpointServiceConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcEndpointServiceConfigurationsError, []);
/// The errors `DeleteVpcEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcEndpointsError, []);
/// The errors `DeleteVpcPeeringConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpcPeeringConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpcPeeringConnectionError, []);
/// The errors `DeleteVpnConcentrator` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpnConcentratorError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpnConcentratorError, []);
/// The errors `DeleteVpnConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpnConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpnConnectionError, []);
/// The errors `DeleteVpnConnectionRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpnConnectionRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpnConnectionRouteError, []);
/// The errors `DeleteVpnGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteVpnGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeleteVpnGatewayError, []);
/// The errors `DeprovisionByoipCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeprovisionByoipCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeprovisionByoipCidrError, []);
/// The errors `DeprovisionIpamByoasn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeprovisionIpamByoasnError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeprovisionIpamByoasnError, []);
/// The errors `DeprovisionIpamPoolCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeprovisionIpamPoolCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeprovisionIpamPoolCidrError, []);
/// The errors `DeprovisionPublicIpv4PoolCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeprovisionPublicIpv4PoolCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeprovisionPublicIpv4PoolCidrError, []);
/// The errors `DeregisterImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeregisterImageError, []);
/// The errors `DeregisterInstanceEventNotificationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterInstanceEventNotificationAttributesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeregisterInstanceEventNotificationAttributesError, []);
/// The errors `DeregisterTransitGatewayMulticastGroupMembers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterTransitGatewayMulticastGroupMembersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeregisterTransitGatewayMulticastGroupMembersError, []);
/// The errors `DeregisterTransitGatewayMulticastGroupSources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterTransitGatewayMulticastGroupSourcesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DeregisterTransitGatewayMulticastGroupSourcesError, []);
/// The errors `DescribeAccountAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAccountAttributesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAccountAttributesError, []);
/// The errors `DescribeAccountVpcEncryptionControl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAccountVpcEncryptionControlError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAccountVpcEncryptionControlError, []);
/// The errors `DescribeAddressTransfers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAddressTransfersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAddressTransfersError, []);
/// The errors `DescribeAddresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAddressesError, []);
/// The errors `DescribeAddressesAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAddressesAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAddressesAttributeError, []);
/// The errors `DescribeAggregateIdFormat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAggregateIdFormatError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAggregateIdFormatError, []);
/// The errors `DescribeApplicationStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeApplicationStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeApplicationStatusError, []);
/// The errors `DescribeApplicationStatusCheckAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeApplicationStatusCheckAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeApplicationStatusCheckAssociationsError, []);
/// The errors `DescribeApplicationStatusChecks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeApplicationStatusChecksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeApplicationStatusChecksError, []);
/// The errors `DescribeAvailabilityZones` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAvailabilityZonesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeAvailabilityZonesError, []);
/// The errors `DescribeAwsNetworkPerformanceMetricSubscriptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeAwsNetworkPerformanceMetricSubscriptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeAwsNetworkPerformanceMetricSubscriptionsError, []
);
/// The errors `DescribeBundleTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeBundleTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeBundleTasksError, []);
/// The errors `DescribeByoipCidrs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeByoipCidrsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeByoipCidrsError, []);
/// The errors `DescribeCapacityBlockExtensionHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityBlockExtensionHistoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityBlockExtensionHistoryError, []);
/// The errors `DescribeCapacityBlockExtensionOfferings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityBlockExtensionOfferingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityBlockExtensionOfferingsError, []);
/// The errors `DescribeCapacityBlockOfferings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityBlockOfferingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityBlockOfferingsError, []);
/// The errors `DescribeCapacityBlockStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityBlockStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityBlockStatusError, []);
/// The errors `DescribeCapacityBlocks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityBlocksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityBlocksError, []);
/// The errors `DescribeCapacityManagerDataExports` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityManagerDataExportsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityManagerDataExportsError, []);
/// The errors `DescribeCapacityReservationBillingRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityReservationBillingRequestsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityReservationBillingRequestsError, []);
/// The errors `DescribeCapacityReservationCancellationQuotes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityReservationCancellationQuotesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityReservationCancellationQuotesError, []);
/// The errors `DescribeCapacityReservationDateChangeQuotes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityReservationDateChangeQuotesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityReservationDateChangeQuotesError, []);
/// The errors `DescribeCapacityReservationFleets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityReservationFleetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityReservationFleetsError, []);
/// The errors `DescribeCapacityReservationTopology` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityReservationTopologyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityReservationTopologyError, []);
/// The errors `DescribeCapacityReservations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCapacityReservationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCapacityReservationsError, []);
/// The errors `DescribeCarrierGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCarrierGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCarrierGatewaysError, []);
/// The errors `DescribeClassicLinkInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeClassicLinkInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeClassicLinkInstancesError, []);
/// The errors `DescribeClientVpnAuthorizationRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeClientVpnAuthorizationRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeClientVpnAuthorizationRulesError, []);
/// The errors `DescribeClientVpnConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeClientVpnConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeClientVpnConnectionsError, []);
/// The errors `DescribeClientVpnEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeClientVpnEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeClientVpnEndpointsError, []);
/// The errors `DescribeClientVpnRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeClientVpnRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeClientVpnRoutesError, []);
/// The errors `DescribeClientVpnTargetNetworks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeClientVpnTargetNetworksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeClientVpnTargetNetworksError, []);
/// The errors `DescribeCoipPools` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCoipPoolsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCoipPoolsError, []);
/// The errors `DescribeConversionTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeConversionTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeConversionTasksError, []);
/// The errors `DescribeCustomerGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeCustomerGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeCustomerGatewaysError, []);
/// The errors `DescribeDeclarativePoliciesReports` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDeclarativePoliciesReportsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeDeclarativePoliciesReportsError, []);
/// The errors `DescribeDhcpOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeDhcpOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeDhcpOptionsError, []);
/// The errors `DescribeEgressOnlyInternetGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeEgressOnlyInternetGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeEgressOnlyInternetGatewaysError, []);
/// The errors `DescribeElasticGpus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeElasticGpusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeElasticGpusError, []);
/// The errors `DescribeExportImageTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeExportImageTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeExportImageTasksError, []);
/// The errors `DescribeExportTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeExportTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeExportTasksError, []);
/// The errors `DescribeFastLaunchImages` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFastLaunchImagesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFastLaunchImagesError, []);
/// The errors `DescribeFastSnapshotRestores` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFastSnapshotRestoresError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFastSnapshotRestoresError, []);
/// The errors `DescribeFleetHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFleetHistoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFleetHistoryError, []);
/// The errors `DescribeFleetInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFleetInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFleetInstancesError, []);
/// The errors `DescribeFleets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFleetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFleetsError, []);
/// The errors `DescribeFlowLogs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFlowLogsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFlowLogsError, []);
/// The errors `DescribeFpgaImageAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFpgaImageAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFpgaImageAttributeError, []);
/// The errors `DescribeFpgaImages` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeFpgaImagesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeFpgaImagesError, []);
/// The errors `DescribeHostReservationOfferings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeHostReservationOfferingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeHostReservationOfferingsError, []);
/// The errors `DescribeHostReservations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeHostReservationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeHostReservationsError, []);
/// The errors `DescribeHosts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeHostsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeHostsError, []);
/// The errors `DescribeIamInstanceProfileAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIamInstanceProfileAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIamInstanceProfileAssociationsError, []);
/// The errors `DescribeIdFormat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIdFormatError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIdFormatError, []);
/// The errors `DescribeIdentityIdFormat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIdentityIdFormatError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIdentityIdFormatError, []);
/// The errors `DescribeImageAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImageAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImageAttributeError, []);
/// The errors `DescribeImageReferences` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImageReferencesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImageReferencesError, []);
/// The errors `DescribeImageUsageReportEntries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImageUsageReportEntriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImageUsageReportEntriesError, []);
/// The errors `DescribeImageUsageReports` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImageUsageReportsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImageUsageReportsError, []);
/// The errors `DescribeImages` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImagesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImagesError, []);
/// The errors `DescribeImportImageTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportImageTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImportImageTasksError, []);
/// The errors `DescribeImportSnapshotTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeImportSnapshotTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeImportSnapshotTasksError, []);
/// The errors `DescribeInstanceAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceAttributeError, []);
/// The errors `DescribeInstanceConnectEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceConnectEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceConnectEndpointsError, []);
/// The errors `DescribeInstanceCreditSpecifications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceCreditSpecificationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceCreditSpecificationsError, []);
/// The errors `DescribeInstanceEventNotificationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceEventNotificationAttributesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceEventNotificationAttributesError, []);
/// The errors `DescribeInstanceEventWindows` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceEventWindowsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceEventWindowsError, []);
/// The errors `DescribeInstanceImageMetadata` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceImageMetadataError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceImageMetadataError, []);
/// The errors `DescribeInstanceSqlHaHistoryStates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceSqlHaHistoryStatesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceSqlHaHistoryStatesError, []);
/// The errors `DescribeInstanceSqlHaStates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceSqlHaStatesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceSqlHaStatesError, []);
/// The errors `DescribeInstanceStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceStatusError, []);
/// The errors `DescribeInstanceTopology` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceTopologyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceTopologyError, []);
/// The errors `DescribeInstanceTypeOfferings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceTypeOfferingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceTypeOfferingsError, []);
/// The errors `DescribeInstanceTypes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstanceTypesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstanceTypesError, []);
/// The errors `DescribeInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInstancesError, []);
/// The errors `DescribeInternetGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeInternetGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeInternetGatewaysError, []);
/// The errors `DescribeIpamByoasn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamByoasnError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamByoasnError, []);
/// The errors `DescribeIpamExternalResourceVerificationTokens` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamExternalResourceVerificationTokensError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamExternalResourceVerificationTokensError, []);
/// The errors `DescribeIpamInternetRegistryAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamInternetRegistryAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamInternetRegistryAssociationsError, []);
/// The errors `DescribeIpamPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamPoliciesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamPoliciesError, []);
/// The errors `DescribeIpamPoolAllocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamPoolAllocationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamPoolAllocationsError, []);
/// The errors `DescribeIpamPools` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamPoolsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamPoolsError, []);
/// The errors `DescribeIpamPrefixListResolverTargets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamPrefixListResolverTargetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamPrefixListResolverTargetsError, []);
/// The errors `DescribeIpamPrefixListResolvers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamPrefixListResolversError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamPrefixListResolversError, []);
/// The errors `DescribeIpamResourceDiscoveries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamResourceDiscoveriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamResourceDiscoveriesError, []);
/// The errors `DescribeIpamResourceDiscoveryAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamResourceDiscoveryAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamResourceDiscoveryAssociationsError, []);
/// The errors `DescribeIpamScopes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamScopesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamScopesError, []);
/// The errors `DescribeIpams` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpamsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpamsError, []);
/// The errors `DescribeIpv6Pools` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeIpv6PoolsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeIpv6PoolsError, []);
/// The errors `DescribeKeyPairs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeKeyPairsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeKeyPairsError, []);
/// The errors `DescribeLaunchTemplateVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLaunchTemplateVersionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLaunchTemplateVersionsError, []);
/// The errors `DescribeLaunchTemplates` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLaunchTemplatesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLaunchTemplatesError, []);
/// The errors `DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsError, []
);
/// The errors `DescribeLocalGatewayRouteTableVpcAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLocalGatewayRouteTableVpcAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLocalGatewayRouteTableVpcAssociationsError, []);
/// The errors `DescribeLocalGatewayRouteTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLocalGatewayRouteTablesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLocalGatewayRouteTablesError, []);
/// The errors `DescribeLocalGatewayVirtualInterfaceGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLocalGatewayVirtualInterfaceGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLocalGatewayVirtualInterfaceGroupsError, []);
/// The errors `DescribeLocalGatewayVirtualInterfaces` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLocalGatewayVirtualInterfacesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLocalGatewayVirtualInterfacesError, []);
/// The errors `DescribeLocalGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLocalGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLocalGatewaysError, []);
/// The errors `DescribeLockedSnapshots` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeLockedSnapshotsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeLockedSnapshotsError, []);
/// The errors `DescribeMacHosts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMacHostsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeMacHostsError, []);
/// The errors `DescribeMacModificationTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMacModificationTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeMacModificationTasksError, []);
/// The errors `DescribeManagedPrefixLists` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeManagedPrefixListsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeManagedPrefixListsError, []);
/// The errors `DescribeMetricCategories` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMetricCategoriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeMetricCategoriesError, []);
/// The errors `DescribeMovingAddresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeMovingAddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeMovingAddressesError, []);
/// The errors `DescribeNatGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNatGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNatGatewaysError, []);
/// The errors `DescribeNetworkAcls` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkAclsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkAclsError, []);
/// The errors `DescribeNetworkInsightsAccessScopeAnalyses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInsightsAccessScopeAnalysesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInsightsAccessScopeAnalysesError, []);
/// The errors `DescribeNetworkInsightsAccessScopes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInsightsAccessScopesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInsightsAccessScopesError, []);
/// The errors `DescribeNetworkInsightsAnalyses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInsightsAnalysesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInsightsAnalysesError, []);
/// The errors `DescribeNetworkInsightsPaths` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInsightsPathsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInsightsPathsError, []);
/// The errors `DescribeNetworkInterfaceAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInterfaceAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInterfaceAttributeError, []);
/// The errors `DescribeNetworkInterfacePermissions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInterfacePermissionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInterfacePermissionsError, []);
/// The errors `DescribeNetworkInterfaces` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkInterfacesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkInterfacesError, []);
/// The errors `DescribeNetworkingFlexCostAllocationPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkingFlexCostAllocationPoliciesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeNetworkingFlexCostAllocationPoliciesError, []);
/// The errors `DescribeNetworkingFlexCostAllocationPolicyAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeNetworkingFlexCostAllocationPolicyAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeNetworkingFlexCostAllocationPolicyAssociationsError, []
);
/// The errors `DescribeOutpostLags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeOutpostLagsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeOutpostLagsError, []);
/// The errors `DescribePlacementGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribePlacementGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribePlacementGroupsError, []);
/// The errors `DescribePrefixLists` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribePrefixListsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribePrefixListsError, []);
/// The errors `DescribePrincipalIdFormat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribePrincipalIdFormatError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribePrincipalIdFormatError, []);
/// The errors `DescribePublicIpv4Pools` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribePublicIpv4PoolsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribePublicIpv4PoolsError, []);
/// The errors `DescribeRegions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeRegionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeRegionsError, []);
/// The errors `DescribeReplaceRootVolumeTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeReplaceRootVolumeTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeReplaceRootVolumeTasksError, []);
/// The errors `DescribeReservedInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeReservedInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeReservedInstancesError, []);
/// The errors `DescribeReservedInstancesListings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeReservedInstancesListingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeReservedInstancesListingsError, []);
/// The errors `DescribeReservedInstancesModifications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeReservedInstancesModificationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeReservedInstancesModificationsError, []);
/// The errors `DescribeReservedInstancesOfferings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeReservedInstancesOfferingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeReservedInstancesOfferingsError, []);
/// The errors `DescribeRouteServerEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeRouteServerEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeRouteServerEndpointsError, []);
/// The errors `DescribeRouteServerPeers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeRouteServerPeersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeRouteServerPeersError, []);
/// The errors `DescribeRouteServers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeRouteServersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeRouteServersError, []);
/// The errors `DescribeRouteTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeRouteTablesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeRouteTablesError, []);
/// The errors `DescribeScheduledInstanceAvailability` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeScheduledInstanceAvailabilityError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeScheduledInstanceAvailabilityError, []);
/// The errors `DescribeScheduledInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeScheduledInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeScheduledInstancesError, []);
/// The errors `DescribeSecondaryInterfaces` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecondaryInterfacesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecondaryInterfacesError, []);
/// The errors `DescribeSecondaryNetworks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecondaryNetworksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecondaryNetworksError, []);
/// The errors `DescribeSecondarySubnets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecondarySubnetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecondarySubnetsError, []);
/// The errors `DescribeSecurityGroupReferences` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecurityGroupReferencesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecurityGroupReferencesError, []);
/// The errors `DescribeSecurityGroupRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecurityGroupRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecurityGroupRulesError, []);
/// The errors `DescribeSecurityGroupVpcAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecurityGroupVpcAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecurityGroupVpcAssociationsError, []);
/// The errors `DescribeSecurityGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSecurityGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSecurityGroupsError, []);
/// The errors `DescribeServiceLinkVirtualInterfaces` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeServiceLinkVirtualInterfacesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeServiceLinkVirtualInterfacesError, []);
/// The errors `DescribeSnapshotAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSnapshotAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSnapshotAttributeError, []);
/// The errors `DescribeSnapshotTierStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSnapshotTierStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSnapshotTierStatusError, []);
/// The errors `DescribeSnapshots` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSnapshotsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSnapshotsError, []);
/// The errors `DescribeSpotDatafeedSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSpotDatafeedSubscriptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSpotDatafeedSubscriptionError, []);
/// The errors `DescribeSpotFleetInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSpotFleetInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSpotFleetInstancesError, []);
/// The errors `DescribeSpotFleetRequestHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSpotFleetRequestHistoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSpotFleetRequestHistoryError, []);
/// The errors `DescribeSpotFleetRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSpotFleetRequestsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSpotFleetRequestsError, []);
/// The errors `DescribeSpotInstanceRequests` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSpotInstanceRequestsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSpotInstanceRequestsError, []);
/// The errors `DescribeSpotPriceHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSpotPriceHistoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSpotPriceHistoryError, []);
/// The errors `DescribeStaleSecurityGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStaleSecurityGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeStaleSecurityGroupsError, []);
/// The errors `DescribeStoreImageTasks` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeStoreImageTasksError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeStoreImageTasksError, []);
/// The errors `DescribeSubnets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeSubnetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeSubnetsError, []);
/// The errors `DescribeTags` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTagsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTagsError, []);
/// The errors `DescribeTrafficMirrorFilterRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTrafficMirrorFilterRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTrafficMirrorFilterRulesError, []);
/// The errors `DescribeTrafficMirrorFilters` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTrafficMirrorFiltersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTrafficMirrorFiltersError, []);
/// The errors `DescribeTrafficMirrorSessions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTrafficMirrorSessionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTrafficMirrorSessionsError, []);
/// The errors `DescribeTrafficMirrorTargets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTrafficMirrorTargetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTrafficMirrorTargetsError, []);
/// The errors `DescribeTransitGatewayAttachments` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayAttachmentsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayAttachmentsError, []);
/// The errors `DescribeTransitGatewayConnectPeers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayConnectPeersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayConnectPeersError, []);
/// The errors `DescribeTransitGatewayConnects` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayConnectsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayConnectsError, []);
/// The errors `DescribeTransitGatewayMeteringPolicies` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayMeteringPoliciesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayMeteringPoliciesError, []);
/// The errors `DescribeTransitGatewayMulticastDomains` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayMulticastDomainsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayMulticastDomainsError, []);
/// The errors `DescribeTransitGatewayNetworkFunctionAttachments` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayNetworkFunctionAttachmentsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeTransitGatewayNetworkFunctionAttachmentsError, []
);
/// The errors `DescribeTransitGatewayPeeringAttachments` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayPeeringAttachmentsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayPeeringAttachmentsError, []);
/// The errors `DescribeTransitGatewayPolicyTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayPolicyTablesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayPolicyTablesError, []);
/// The errors `DescribeTransitGatewayRouteTableAnnouncements` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayRouteTableAnnouncementsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayRouteTableAnnouncementsError, []);
/// The errors `DescribeTransitGatewayRouteTables` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayRouteTablesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayRouteTablesError, []);
/// The errors `DescribeTransitGatewayVpcAttachments` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewayVpcAttachmentsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewayVpcAttachmentsError, []);
/// The errors `DescribeTransitGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTransitGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTransitGatewaysError, []);
/// The errors `DescribeTrunkInterfaceAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeTrunkInterfaceAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeTrunkInterfaceAssociationsError, []);
/// The errors `DescribeVerifiedAccessEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVerifiedAccessEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVerifiedAccessEndpointsError, []);
/// The errors `DescribeVerifiedAccessGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVerifiedAccessGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVerifiedAccessGroupsError, []);
/// The errors `DescribeVerifiedAccessInstanceLoggingConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVerifiedAccessInstanceLoggingConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    DescribeVerifiedAccessInstanceLoggingConfigurationsError, []
);
/// The errors `DescribeVerifiedAccessInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVerifiedAccessInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVerifiedAccessInstancesError, []);
/// The errors `DescribeVerifiedAccessTrustProviders` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVerifiedAccessTrustProvidersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVerifiedAccessTrustProvidersError, []);
/// The errors `DescribeVolumeAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVolumeAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVolumeAttributeError, []);
/// The errors `DescribeVolumeStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVolumeStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVolumeStatusError, []);
/// The errors `DescribeVolumes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVolumesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVolumesError, []);
/// The errors `DescribeVolumesModifications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVolumesModificationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVolumesModificationsError, []);
/// The errors `DescribeVpcAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcAttributeError, []);
/// The errors `DescribeVpcBlockPublicAccessExclusions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcBlockPublicAccessExclusionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcBlockPublicAccessExclusionsError, []);
/// The errors `DescribeVpcBlockPublicAccessOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcBlockPublicAccessOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcBlockPublicAccessOptionsError, []);
/// The errors `DescribeVpcClassicLink` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcClassicLinkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcClassicLinkError, []);
/// The errors `DescribeVpcClassicLinkDnsSupport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcClassicLinkDnsSupportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcClassicLinkDnsSupportError, []);
/// The errors `DescribeVpcEncryptionControls` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEncryptionControlsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEncryptionControlsError, []);
/// The errors `DescribeVpcEndpointAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointAssociationsError, []);
/// The errors `DescribeVpcEndpointConnectionNotifications` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointConnectionNotificationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointConnectionNotificationsError, []);
/// The errors `DescribeVpcEndpointConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointConnectionsError, []);
/// The errors `DescribeVpcEndpointServiceConfigurations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointServiceConfigurationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointServiceConfigurationsError, []);
/// The errors `DescribeVpcEndpointServicePermissions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointServicePermissionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointServicePermissionsError, []);
/// The errors `DescribeVpcEndpointServices` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointServicesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointServicesError, []);
/// The errors `DescribeVpcEndpoints` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcEndpointsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcEndpointsError, []);
/// The errors `DescribeVpcPeeringConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcPeeringConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcPeeringConnectionsError, []);
/// The errors `DescribeVpcs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpcsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpcsError, []);
/// The errors `DescribeVpnConcentrators` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpnConcentratorsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpnConcentratorsError, []);
/// The errors `DescribeVpnConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpnConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpnConnectionsError, []);
/// The errors `DescribeVpnGateways` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DescribeVpnGatewaysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DescribeVpnGatewaysError, []);
/// The errors `DetachClassicLinkVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachClassicLinkVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachClassicLinkVpcError, []);
/// The errors `DetachImageWatermark` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachImageWatermarkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachImageWatermarkError, []);
/// The errors `DetachInternetGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachInternetGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachInternetGatewayError, []);
/// The errors `DetachNetworkInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachNetworkInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachNetworkInterfaceError, []);
/// The errors `DetachVerifiedAccessTrustProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachVerifiedAccessTrustProviderError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachVerifiedAccessTrustProviderError, []);
/// The errors `DetachVolume` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachVolumeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachVolumeError, []);
/// The errors `DetachVpnGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DetachVpnGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DetachVpnGatewayError, []);
/// The errors `DisableAddressTransfer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableAddressTransferError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableAddressTransferError, []);
/// The errors `DisableAllowedImagesSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableAllowedImagesSettingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableAllowedImagesSettingsError, []);
/// The errors `DisableApplicationStatusCheckSuppression` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableApplicationStatusCheckSuppressionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableApplicationStatusCheckSuppressionError, []);
/// The errors `DisableAwsNetworkPerformanceMetricSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableAwsNetworkPerformanceMetricSubscriptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableAwsNetworkPerformanceMetricSubscriptionError, []);
/// The errors `DisableCapacityManager` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableCapacityManagerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableCapacityManagerError, []);
/// The errors `DisableEbsEncryptionByDefault` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableEbsEncryptionByDefaultError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableEbsEncryptionByDefaultError, []);
/// The errors `DisableFastLaunch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableFastLaunchError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableFastLaunchError, []);
/// The errors `DisableFastSnapshotRestores` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableFastSnapshotRestoresError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableFastSnapshotRestoresError, []);
/// The errors `DisableImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableImageError, []);
/// The errors `DisableImageBlockPublicAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableImageBlockPublicAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableImageBlockPublicAccessError, []);
/// The errors `DisableImageDeprecation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableImageDeprecationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableImageDeprecationError, []);
/// The errors `DisableImageDeregistrationProtection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableImageDeregistrationProtectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableImageDeregistrationProtectionError, []);
/// The errors `DisableInstanceSqlHaStandbyDetections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableInstanceSqlHaStandbyDetectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableInstanceSqlHaStandbyDetectionsError, []);
/// The errors `DisableIpamOrganizationAdminAccount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableIpamOrganizationAdminAccountError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableIpamOrganizationAdminAccountError, []);
/// The errors `DisableIpamPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableIpamPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableIpamPolicyError, []);
/// The errors `DisableRouteServerPropagation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableRouteServerPropagationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableRouteServerPropagationError, []);
/// The errors `DisableSerialConsoleAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableSerialConsoleAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableSerialConsoleAccessError, []);
/// The errors `DisableSnapshotBlockPublicAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableSnapshotBlockPublicAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableSnapshotBlockPublicAccessError, []);
/// The errors `DisableTransitGatewayRouteTablePropagation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableTransitGatewayRouteTablePropagationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableTransitGatewayRouteTablePropagationError, []);
/// The errors `DisableVgwRoutePropagation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableVgwRoutePropagationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableVgwRoutePropagationError, []);
/// The errors `DisableVpcClassicLink` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableVpcClassicLinkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableVpcClassicLinkError, []);
/// The errors `DisableVpcClassicLinkDnsSupport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableVpcClassicLinkDnsSupportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisableVpcClassicLinkDnsSupportError, []);
/// The errors `DisassociateAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateAddressError, []);
/// The errors `DisassociateApplicationStatusCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateApplicationStatusCheckError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateApplicationStatusCheckError, []);
/// The errors `DisassociateCapacityReservationBillingOwner` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateCapacityReservationBillingOwnerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateCapacityReservationBillingOwnerError, []);
/// The errors `DisassociateClientVpnTargetNetwork` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateClientVpnTargetNetworkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateClientVpnTargetNetworkError, []);
/// The errors `DisassociateEnclaveCertificateIamRole` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateEnclaveCertificateIamRoleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateEnclaveCertificateIamRoleError, []);
/// The errors `DisassociateIamInstanceProfile` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateIamInstanceProfileError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateIamInstanceProfileError, []);
/// The errors `DisassociateInstanceEventWindow` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateInstanceEventWindowError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateInstanceEventWindowError, []);
/// The errors `DisassociateIpamByoasn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateIpamByoasnError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateIpamByoasnError, []);
/// The errors `DisassociateIpamResourceDiscovery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateIpamResourceDiscoveryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateIpamResourceDiscoveryError, []);
/// The errors `DisassociateKmsKeyId` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateKmsKeyIdError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateKmsKeyIdError, []);
/// The errors `DisassociateNatGatewayAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateNatGatewayAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateNatGatewayAddressError, []);
/// The errors `DisassociateNetworkingFlexCostAllocationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateNetworkingFlexCostAllocationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateNetworkingFlexCostAllocationPolicyError, []);
/// The errors `DisassociateRouteServer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateRouteServerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateRouteServerError, []);
/// The errors `DisassociateRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateRouteTableError, []);
/// The errors `DisassociateSecurityGroupVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateSecurityGroupVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateSecurityGroupVpcError, []);
/// The errors `DisassociateSubnetCidrBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateSubnetCidrBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateSubnetCidrBlockError, []);
/// The errors `DisassociateTransitGatewayMulticastDomain` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateTransitGatewayMulticastDomainError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateTransitGatewayMulticastDomainError, []);
/// The errors `DisassociateTransitGatewayPolicyTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateTransitGatewayPolicyTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateTransitGatewayPolicyTableError, []);
/// The errors `DisassociateTransitGatewayRouteTable` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateTransitGatewayRouteTableError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateTransitGatewayRouteTableError, []);
/// The errors `DisassociateTrunkInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateTrunkInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateTrunkInterfaceError, []);
/// The errors `DisassociateVpcCidrBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisassociateVpcCidrBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(DisassociateVpcCidrBlockError, []);
/// The errors `EnableAddressTransfer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableAddressTransferError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableAddressTransferError, []);
/// The errors `EnableAllowedImagesSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableAllowedImagesSettingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableAllowedImagesSettingsError, []);
/// The errors `EnableApplicationStatusCheckSuppression` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableApplicationStatusCheckSuppressionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableApplicationStatusCheckSuppressionError, []);
/// The errors `EnableAwsNetworkPerformanceMetricSubscription` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableAwsNetworkPerformanceMetricSubscriptionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableAwsNetworkPerformanceMetricSubscriptionError, []);
/// The errors `EnableCapacityManager` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableCapacityManagerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableCapacityManagerError, []);
/// The errors `EnableEbsEncryptionByDefault` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableEbsEncryptionByDefaultError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableEbsEncryptionByDefaultError, []);
/// The errors `EnableFastLaunch` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableFastLaunchError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableFastLaunchError, []);
/// The errors `EnableFastSnapshotRestores` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableFastSnapshotRestoresError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableFastSnapshotRestoresError, []);
/// The errors `EnableImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableImageError, []);
/// The errors `EnableImageBlockPublicAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableImageBlockPublicAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableImageBlockPublicAccessError, []);
/// The errors `EnableImageDeprecation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableImageDeprecationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableImageDeprecationError, []);
/// The errors `EnableImageDeregistrationProtection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableImageDeregistrationProtectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableImageDeregistrationProtectionError, []);
/// The errors `EnableInstanceSqlHaStandbyDetections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableInstanceSqlHaStandbyDetectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableInstanceSqlHaStandbyDetectionsError, []);
/// The errors `EnableIpamInternetRegistryAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableIpamInternetRegistryAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableIpamInternetRegistryAssociationError, []);
/// The errors `EnableIpamOrganizationAdminAccount` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableIpamOrganizationAdminAccountError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableIpamOrganizationAdminAccountError, []);
/// The errors `EnableIpamPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableIpamPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableIpamPolicyError, []);
/// The errors `EnableReachabilityAnalyzerOrganizationSharing` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableReachabilityAnalyzerOrganizationSharingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableReachabilityAnalyzerOrganizationSharingError, []);
/// The errors `EnableRouteServerPropagation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableRouteServerPropagationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableRouteServerPropagationError, []);
/// The errors `EnableSerialConsoleAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableSerialConsoleAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableSerialConsoleAccessError, []);
/// The errors `EnableSnapshotBlockPublicAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableSnapshotBlockPublicAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableSnapshotBlockPublicAccessError, []);
/// The errors `EnableTransitGatewayRouteTablePropagation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableTransitGatewayRouteTablePropagationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableTransitGatewayRouteTablePropagationError, []);
/// The errors `EnableVgwRoutePropagation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableVgwRoutePropagationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableVgwRoutePropagationError, []);
/// The errors `EnableVolumeIO` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableVolumeIoError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableVolumeIoError, []);
/// The errors `EnableVpcClassicLink` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableVpcClassicLinkError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableVpcClassicLinkError, []);
/// The errors `EnableVpcClassicLinkDnsSupport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableVpcClassicLinkDnsSupportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(EnableVpcClassicLinkDnsSupportError, []);
/// The errors `ExportClientVpnClientCertificateRevocationList` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportClientVpnClientCertificateRevocationListError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ExportClientVpnClientCertificateRevocationListError, []);
/// The errors `ExportClientVpnClientConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportClientVpnClientConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ExportClientVpnClientConfigurationError, []);
/// The errors `ExportImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ExportImageError, []);
/// The errors `ExportTransitGatewayRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportTransitGatewayRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ExportTransitGatewayRoutesError, []);
/// The errors `ExportVerifiedAccessInstanceClientConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportVerifiedAccessInstanceClientConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ExportVerifiedAccessInstanceClientConfigurationError, []);
/// The errors `GetActiveVpnTunnelStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetActiveVpnTunnelStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetActiveVpnTunnelStatusError, []);
/// The errors `GetAllowedImagesSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAllowedImagesSettingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAllowedImagesSettingsError, []);
/// The errors `GetAssociatedEnclaveCertificateIamRoles` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAssociatedEnclaveCertificateIamRolesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAssociatedEnclaveCertificateIamRolesError, []);
/// The errors `GetAssociatedIpv6PoolCidrs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAssociatedIpv6PoolCidrsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAssociatedIpv6PoolCidrsError, []);
/// The errors `GetAwsNetworkPerformanceData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetAwsNetworkPerformanceDataError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetAwsNetworkPerformanceDataError, []);
/// The errors `GetCapacityManagerAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityManagerAttributesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCapacityManagerAttributesError, []);
/// The errors `GetCapacityManagerMetricData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityManagerMetricDataError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCapacityManagerMetricDataError, []);
/// The errors `GetCapacityManagerMetricDimensions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityManagerMetricDimensionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCapacityManagerMetricDimensionsError, []);
/// The errors `GetCapacityManagerMonitoredTagKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityManagerMonitoredTagKeysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCapacityManagerMonitoredTagKeysError, []);
/// The errors `GetCapacityManagerSupportabilityScores` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityManagerSupportabilityScoresError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCapacityManagerSupportabilityScoresError, []);
/// The errors `GetCapacityReservationUsage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCapacityReservationUsageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCapacityReservationUsageError, []);
/// The errors `GetClientVpnEndpointAuthorizationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetClientVpnEndpointAuthorizationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetClientVpnEndpointAuthorizationPolicyError, []);
/// The errors `GetCoipPoolUsage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetCoipPoolUsageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetCoipPoolUsageError, []);
/// The errors `GetConsoleOutput` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetConsoleOutputError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetConsoleOutputError, []);
/// The errors `GetConsoleScreenshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetConsoleScreenshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetConsoleScreenshotError, []);
/// The errors `GetDeclarativePoliciesReportSummary` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDeclarativePoliciesReportSummaryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetDeclarativePoliciesReportSummaryError, []);
/// The errors `GetDefaultCreditSpecification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetDefaultCreditSpecificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetDefaultCreditSpecificationError, []);
/// The errors `GetEbsDefaultKmsKeyId` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEbsDefaultKmsKeyIdError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetEbsDefaultKmsKeyIdError, []);
/// The errors `GetEbsEncryptionByDefault` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEbsEncryptionByDefaultError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetEbsEncryptionByDefaultError, []);
/// The errors `GetEnabledIpamPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetEnabledIpamPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetEnabledIpamPolicyError, []);
/// The errors `GetFlowLogsIntegrationTemplate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFlowLogsIntegrationTemplateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetFlowLogsIntegrationTemplateError, []);
/// The errors `GetGroupsForCapacityReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetGroupsForCapacityReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetGroupsForCapacityReservationError, []);
/// The errors `GetHostReservationPurchasePreview` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetHostReservationPurchasePreviewError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetHostReservationPurchasePreviewError, []);
/// The errors `GetImageAncestry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetImageAncestryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetImageAncestryError, []);
/// The errors `GetImageBlockPublicAccessState` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetImageBlockPublicAccessStateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetImageBlockPublicAccessStateError, []);
/// The errors `GetImageFindings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetImageFindingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetImageFindingsError, []);
/// The errors `GetInstanceMetadataDefaults` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInstanceMetadataDefaultsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetInstanceMetadataDefaultsError, []);
/// The errors `GetInstanceTpmEkPub` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInstanceTpmEkPubError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetInstanceTpmEkPubError, []);
/// The errors `GetInstanceTypesFromInstanceRequirements` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInstanceTypesFromInstanceRequirementsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetInstanceTypesFromInstanceRequirementsError, []);
/// The errors `GetInstanceUefiData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetInstanceUefiDataError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetInstanceUefiDataError, []);
/// The errors `GetIpamAddressHistory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamAddressHistoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamAddressHistoryError, []);
/// The errors `GetIpamDiscoveredAccounts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamDiscoveredAccountsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamDiscoveredAccountsError, []);
/// The errors `GetIpamDiscoveredPublicAddresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamDiscoveredPublicAddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamDiscoveredPublicAddressesError, []);
/// The errors `GetIpamDiscoveredResourceCidrs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamDiscoveredResourceCidrsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamDiscoveredResourceCidrsError, []);
/// The errors `GetIpamDiscoveredRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamDiscoveredRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamDiscoveredRoutesError, []);
/// The errors `GetIpamInternetRegistryAssociationAsns` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamInternetRegistryAssociationAsnsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamInternetRegistryAssociationAsnsError, []);
/// The errors `GetIpamInternetRegistryAssociationCidrs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamInternetRegistryAssociationCidrsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamInternetRegistryAssociationCidrsError, []);
/// The errors `GetIpamPolicyAllocationRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPolicyAllocationRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPolicyAllocationRulesError, []);
/// The errors `GetIpamPolicyOrganizationTargets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPolicyOrganizationTargetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPolicyOrganizationTargetsError, []);
/// The errors `GetIpamPoolAllocations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPoolAllocationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPoolAllocationsError, []);
/// The errors `GetIpamPoolCidrs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPoolCidrsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPoolCidrsError, []);
/// The errors `GetIpamPrefixListResolverRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPrefixListResolverRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPrefixListResolverRulesError, []);
/// The errors `GetIpamPrefixListResolverVersionEntries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPrefixListResolverVersionEntriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPrefixListResolverVersionEntriesError, []);
/// The errors `GetIpamPrefixListResolverVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamPrefixListResolverVersionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamPrefixListResolverVersionsError, []);
/// The errors `GetIpamResourceCidrs` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamResourceCidrsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamResourceCidrsError, []);
/// The errors `GetIpamRouteOriginAuthorizations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamRouteOriginAuthorizationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamRouteOriginAuthorizationsError, []);
/// The errors `GetIpamRouteProtectionFindings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamRouteProtectionFindingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamRouteProtectionFindingsError, []);
/// The errors `GetIpamRoutingPolicyRegistrationDeltas` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamRoutingPolicyRegistrationDeltasError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamRoutingPolicyRegistrationDeltasError, []);
/// The errors `GetIpamRoutingPolicyRegistrations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetIpamRoutingPolicyRegistrationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetIpamRoutingPolicyRegistrationsError, []);
/// The errors `GetLaunchTemplateData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLaunchTemplateDataError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetLaunchTemplateDataError, []);
/// The errors `GetManagedPrefixListAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetManagedPrefixListAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetManagedPrefixListAssociationsError, []);
/// The errors `GetManagedPrefixListEntries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetManagedPrefixListEntriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetManagedPrefixListEntriesError, []);
/// The errors `GetManagedResourceVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetManagedResourceVisibilityError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetManagedResourceVisibilityError, []);
/// The errors `GetNetworkInsightsAccessScopeAnalysisFindings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetNetworkInsightsAccessScopeAnalysisFindingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetNetworkInsightsAccessScopeAnalysisFindingsError, []);
/// The errors `GetNetworkInsightsAccessScopeContent` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetNetworkInsightsAccessScopeContentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetNetworkInsightsAccessScopeContentError, []);
/// The errors `GetNetworkingFlexCostAllocationPolicyVersions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetNetworkingFlexCostAllocationPolicyVersionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetNetworkingFlexCostAllocationPolicyVersionsError, []);
/// The errors `GetPasswordData` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPasswordDataError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetPasswordDataError, []);
/// The errors `GetReservedInstancesExchangeQuote` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetReservedInstancesExchangeQuoteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetReservedInstancesExchangeQuoteError, []);
/// The errors `GetRouteServerAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRouteServerAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetRouteServerAssociationsError, []);
/// The errors `GetRouteServerPropagations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRouteServerPropagationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetRouteServerPropagationsError, []);
/// The errors `GetRouteServerRoutingDatabase` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetRouteServerRoutingDatabaseError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetRouteServerRoutingDatabaseError, []);
/// The errors `GetSecurityGroupsForVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSecurityGroupsForVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetSecurityGroupsForVpcError, []);
/// The errors `GetSerialConsoleAccessStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSerialConsoleAccessStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetSerialConsoleAccessStatusError, []);
/// The errors `GetSnapshotBlockPublicAccessState` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSnapshotBlockPublicAccessStateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetSnapshotBlockPublicAccessStateError, []);
/// The errors `GetSpotPlacementScores` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSpotPlacementScoresError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetSpotPlacementScoresError, []);
/// The errors `GetSubnetCidrReservations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetSubnetCidrReservationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetSubnetCidrReservationsError, []);
/// The errors `GetTransitGatewayAttachmentNatConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayAttachmentNatConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayAttachmentNatConfigurationError, []);
/// The errors `GetTransitGatewayAttachmentPropagations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayAttachmentPropagationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayAttachmentPropagationsError, []);
/// The errors `GetTransitGatewayMeteringPolicyEntries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayMeteringPolicyEntriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayMeteringPolicyEntriesError, []);
/// The errors `GetTransitGatewayMulticastDomainAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayMulticastDomainAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayMulticastDomainAssociationsError, []);
/// The errors `GetTransitGatewayPolicyTableAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayPolicyTableAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayPolicyTableAssociationsError, []);
/// The errors `GetTransitGatewayPolicyTableEntries` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayPolicyTableEntriesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayPolicyTableEntriesError, []);
/// The errors `GetTransitGatewayPrefixListReferences` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayPrefixListReferencesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayPrefixListReferencesError, []);
/// The errors `GetTransitGatewayRouteTableAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayRouteTableAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayRouteTableAssociationsError, []);
/// The errors `GetTransitGatewayRouteTablePropagations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTransitGatewayRouteTablePropagationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetTransitGatewayRouteTablePropagationsError, []);
/// The errors `GetVerifiedAccessEndpointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVerifiedAccessEndpointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVerifiedAccessEndpointPolicyError, []);
/// The errors `GetVerifiedAccessEndpointTargets` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVerifiedAccessEndpointTargetsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVerifiedAccessEndpointTargetsError, []);
/// The errors `GetVerifiedAccessGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVerifiedAccessGroupPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVerifiedAccessGroupPolicyError, []);
/// The errors `GetVpcResourcesBlockingEncryptionEnforcement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVpcResourcesBlockingEncryptionEnforcementError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVpcResourcesBlockingEncryptionEnforcementError, []);
/// The errors `GetVpnConnectionDeviceSampleConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVpnConnectionDeviceSampleConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVpnConnectionDeviceSampleConfigurationError, []);
/// The errors `GetVpnConnectionDeviceTypes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVpnConnectionDeviceTypesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVpnConnectionDeviceTypesError, []);
/// The errors `GetVpnTunnelReplacementStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetVpnTunnelReplacementStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(GetVpnTunnelReplacementStatusError, []);
/// The errors `ImportClientVpnClientCertificateRevocationList` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportClientVpnClientCertificateRevocationListError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ImportClientVpnClientCertificateRevocationListError, []);
/// The errors `ImportImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ImportImageError, []);
/// The errors `ImportInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ImportInstanceError, []);
/// The errors `ImportKeyPair` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportKeyPairError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ImportKeyPairError, []);
/// The errors `ImportSnapshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportSnapshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ImportSnapshotError, []);
/// The errors `ImportVolume` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportVolumeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ImportVolumeError, []);
/// The errors `ListImagesInRecycleBin` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListImagesInRecycleBinError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListImagesInRecycleBinError, []);
/// The errors `ListSnapshotsInRecycleBin` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListSnapshotsInRecycleBinError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListSnapshotsInRecycleBinError, []);
/// The errors `ListVolumesInRecycleBin` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListVolumesInRecycleBinError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ListVolumesInRecycleBinError, []);
/// The errors `LockSnapshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum LockSnapshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(LockSnapshotError, []);
/// The errors `ModifyAccountVpcEncryptionControl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyAccountVpcEncryptionControlError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyAccountVpcEncryptionControlError, []);
/// The errors `ModifyAddressAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyAddressAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyAddressAttributeError, []);
/// The errors `ModifyApplicationStatusCheck` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyApplicationStatusCheckError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyApplicationStatusCheckError, []);
/// The errors `ModifyAvailabilityZoneGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyAvailabilityZoneGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyAvailabilityZoneGroupError, []);
/// The errors `ModifyCapacityReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyCapacityReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyCapacityReservationError, []);
/// The errors `ModifyCapacityReservationFleet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyCapacityReservationFleetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyCapacityReservationFleetError, []);
/// The errors `ModifyClientVpnEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyClientVpnEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyClientVpnEndpointError, []);
/// The errors `ModifyClientVpnEndpointAuthorizationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyClientVpnEndpointAuthorizationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyClientVpnEndpointAuthorizationPolicyError, []);
/// The errors `ModifyDefaultCreditSpecification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyDefaultCreditSpecificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyDefaultCreditSpecificationError, []);
/// The errors `ModifyEbsDefaultKmsKeyId` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyEbsDefaultKmsKeyIdError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyEbsDefaultKmsKeyIdError, []);
/// The errors `ModifyFleet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyFleetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyFleetError, []);
/// The errors `ModifyFpgaImageAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyFpgaImageAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyFpgaImageAttributeError, []);
/// The errors `ModifyHosts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyHostsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyHostsError, []);
/// The errors `ModifyIdFormat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIdFormatError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIdFormatError, []);
/// The errors `ModifyIdentityIdFormat` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIdentityIdFormatError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIdentityIdFormatError, []);
/// The errors `ModifyImageAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyImageAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyImageAttributeError, []);
/// The errors `ModifyInstanceAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceAttributeError, []);
/// The errors `ModifyInstanceCapacityReservationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceCapacityReservationAttributesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceCapacityReservationAttributesError, []);
/// The errors `ModifyInstanceConnectEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceConnectEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceConnectEndpointError, []);
/// The errors `ModifyInstanceCpuOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceCpuOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceCpuOptionsError, []);
/// The errors `ModifyInstanceCreditSpecification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceCreditSpecificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceCreditSpecificationError, []);
/// The errors `ModifyInstanceEventStartTime` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceEventStartTimeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceEventStartTimeError, []);
/// The errors `ModifyInstanceEventWindow` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceEventWindowError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceEventWindowError, []);
/// The errors `ModifyInstanceMaintenanceOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceMaintenanceOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceMaintenanceOptionsError, []);
/// The errors `ModifyInstanceMetadataDefaults` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceMetadataDefaultsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceMetadataDefaultsError, []);
/// The errors `ModifyInstanceMetadataOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceMetadataOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceMetadataOptionsError, []);
/// The errors `ModifyInstanceNetworkPerformanceOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstanceNetworkPerformanceOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstanceNetworkPerformanceOptionsError, []);
/// The errors `ModifyInstancePlacement` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyInstancePlacementError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyInstancePlacementError, []);
/// The errors `ModifyIpam` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamError, []);
/// The errors `ModifyIpamPolicyAllocationRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamPolicyAllocationRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamPolicyAllocationRulesError, []);
/// The errors `ModifyIpamPool` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamPoolError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamPoolError, []);
/// The errors `ModifyIpamPoolAllocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamPoolAllocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamPoolAllocationError, []);
/// The errors `ModifyIpamPrefixListResolver` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamPrefixListResolverError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamPrefixListResolverError, []);
/// The errors `ModifyIpamPrefixListResolverTarget` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamPrefixListResolverTargetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamPrefixListResolverTargetError, []);
/// The errors `ModifyIpamResourceCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamResourceCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamResourceCidrError, []);
/// The errors `ModifyIpamResourceDiscovery` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamResourceDiscoveryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamResourceDiscoveryError, []);
/// The errors `ModifyIpamRoutingPolicyRegistration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamRoutingPolicyRegistrationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamRoutingPolicyRegistrationError, []);
/// The errors `ModifyIpamScope` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyIpamScopeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyIpamScopeError, []);
/// The errors `ModifyLaunchTemplate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyLaunchTemplateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyLaunchTemplateError, []);
/// The errors `ModifyLocalGatewayRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyLocalGatewayRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyLocalGatewayRouteError, []);
/// The errors `ModifyManagedPrefixList` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyManagedPrefixListError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyManagedPrefixListError, []);
/// The errors `ModifyManagedResourceVisibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyManagedResourceVisibilityError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyManagedResourceVisibilityError, []);
/// The errors `ModifyMetricCategory` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyMetricCategoryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyMetricCategoryError, []);
/// The errors `ModifyNetworkInterfaceAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyNetworkInterfaceAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyNetworkInterfaceAttributeError, []);
/// The errors `ModifyNetworkingFlexCostAllocationPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyNetworkingFlexCostAllocationPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyNetworkingFlexCostAllocationPolicyError, []);
/// The errors `ModifyPrivateDnsNameOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyPrivateDnsNameOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyPrivateDnsNameOptionsError, []);
/// The errors `ModifyPublicIpDnsNameOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyPublicIpDnsNameOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyPublicIpDnsNameOptionsError, []);
/// The errors `ModifyReservedInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyReservedInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyReservedInstancesError, []);
/// The errors `ModifyRouteServer` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyRouteServerError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyRouteServerError, []);
/// The errors `ModifySecurityGroupRules` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifySecurityGroupRulesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifySecurityGroupRulesError, []);
/// The errors `ModifySnapshotAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifySnapshotAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifySnapshotAttributeError, []);
/// The errors `ModifySnapshotTier` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifySnapshotTierError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifySnapshotTierError, []);
/// The errors `ModifySpotFleetRequest` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifySpotFleetRequestError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifySpotFleetRequestError, []);
/// The errors `ModifySubnetAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifySubnetAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifySubnetAttributeError, []);
/// The errors `ModifyTrafficMirrorFilterNetworkServices` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTrafficMirrorFilterNetworkServicesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTrafficMirrorFilterNetworkServicesError, []);
/// The errors `ModifyTrafficMirrorFilterRule` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTrafficMirrorFilterRuleError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTrafficMirrorFilterRuleError, []);
/// The errors `ModifyTrafficMirrorSession` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTrafficMirrorSessionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTrafficMirrorSessionError, []);
/// The errors `ModifyTransitGateway` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayError, []);
/// The errors `ModifyTransitGatewayAttachmentNatConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayAttachmentNatConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayAttachmentNatConfigurationError, []);
/// The errors `ModifyTransitGatewayMeteringPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayMeteringPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayMeteringPolicyError, []);
/// The errors `ModifyTransitGatewayNetworkFunctionAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayNetworkFunctionAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayNetworkFunctionAttachmentError, []);
/// The errors `ModifyTransitGatewayPeeringAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayPeeringAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayPeeringAttachmentError, []);
/// The errors `ModifyTransitGatewayPolicyTableEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayPolicyTableEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayPolicyTableEntryError, []);
/// The errors `ModifyTransitGatewayPrefixListReference` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayPrefixListReferenceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayPrefixListReferenceError, []);
/// The errors `ModifyTransitGatewayVpcAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyTransitGatewayVpcAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyTransitGatewayVpcAttachmentError, []);
/// The errors `ModifyVerifiedAccessEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVerifiedAccessEndpointError, []);
/// The errors `ModifyVerifiedAccessEndpointPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessEndpointPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVerifiedAccessEndpointPolicyError, []);
/// The errors `ModifyVerifiedAccessGroup` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessGroupError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVerifiedAccessGroupError, []);
/// The errors `ModifyVerifiedAccessGroupPolicy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessGroupPolicyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVerifiedAccessGroupPolicyError, []);
/// The errors `ModifyVerifiedAccessInstance` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessInstanceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVerifiedAccessInstanceError, []);
/// The errors `ModifyVerifiedAccessInstanceLoggingConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessInstanceLoggingConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    ModifyVerifiedAccessInstanceLoggingConfigurationError, []
);
/// The errors `ModifyVerifiedAccessTrustProvider` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVerifiedAccessTrustProviderError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVerifiedAccessTrustProviderError, []);
/// The errors `ModifyVolume` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVolumeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVolumeError, []);
/// The errors `ModifyVolumeAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVolumeAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVolumeAttributeError, []);
/// The errors `ModifyVpcAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcAttributeError, []);
/// The errors `ModifyVpcBlockPublicAccessExclusion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcBlockPublicAccessExclusionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcBlockPublicAccessExclusionError, []);
/// The errors `ModifyVpcBlockPublicAccessOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcBlockPublicAccessOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcBlockPublicAccessOptionsError, []);
/// The errors `ModifyVpcEncryptionControl` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEncryptionControlError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEncryptionControlError, []);
/// The errors `ModifyVpcEndpoint` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEndpointError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEndpointError, []);
/// The errors `ModifyVpcEndpointConnectionNotification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEndpointConnectionNotificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEndpointConnectionNotificationError, []);
/// The errors `ModifyVpcEndpointPayerResponsibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEndpointPayerResponsibilityError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEndpointPayerResponsibilityError, []);
/// The errors `ModifyVpcEndpointServiceConfiguration` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEndpointServiceConfigurationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEndpointServiceConfigurationError, []);
/// The errors `ModifyVpcEndpointServicePayerResponsibility` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEndpointServicePayerResponsibilityError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEndpointServicePayerResponsibilityError, []);
/// The errors `ModifyVpcEndpointServicePermissions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcEndpointServicePermissionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcEndpointServicePermissionsError, []);
/// The errors `ModifyVpcPeeringConnectionOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcPeeringConnectionOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcPeeringConnectionOptionsError, []);
/// The errors `ModifyVpcTenancy` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpcTenancyError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpcTenancyError, []);
/// The errors `ModifyVpnConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpnConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpnConnectionError, []);
/// The errors `ModifyVpnConnectionOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpnConnectionOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpnConnectionOptionsError, []);
/// The errors `ModifyVpnTunnelCertificate` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpnTunnelCertificateError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpnTunnelCertificateError, []);
/// The errors `ModifyVpnTunnelOptions` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ModifyVpnTunnelOptionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ModifyVpnTunnelOptionsError, []);
/// The errors `MonitorInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum MonitorInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(MonitorInstancesError, []);
/// The errors `MoveAddressToVpc` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum MoveAddressToVpcError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(MoveAddressToVpcError, []);
/// The errors `MoveByoipCidrToIpam` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum MoveByoipCidrToIpamError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(MoveByoipCidrToIpamError, []);
/// The errors `MoveCapacityReservationInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum MoveCapacityReservationInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(MoveCapacityReservationInstancesError, []);
/// The errors `ProvisionByoipCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ProvisionByoipCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ProvisionByoipCidrError, []);
/// The errors `ProvisionIpamByoasn` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ProvisionIpamByoasnError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ProvisionIpamByoasnError, []);
/// The errors `ProvisionIpamPoolCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ProvisionIpamPoolCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ProvisionIpamPoolCidrError, []);
/// The errors `ProvisionPublicIpv4PoolCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ProvisionPublicIpv4PoolCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ProvisionPublicIpv4PoolCidrError, []);
/// The errors `PurchaseCapacityBlock` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurchaseCapacityBlockError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PurchaseCapacityBlockError, []);
/// The errors `PurchaseCapacityBlockExtension` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurchaseCapacityBlockExtensionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PurchaseCapacityBlockExtensionError, []);
/// The errors `PurchaseHostReservation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurchaseHostReservationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PurchaseHostReservationError, []);
/// The errors `PurchaseReservedInstancesOffering` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurchaseReservedInstancesOfferingError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PurchaseReservedInstancesOfferingError, []);
/// The errors `PurchaseScheduledInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum PurchaseScheduledInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(PurchaseScheduledInstancesError, []);
/// The errors `RebootInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RebootInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RebootInstancesError, []);
/// The errors `RegisterImage` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterImageError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RegisterImageError, []);
/// The errors `RegisterInstanceEventNotificationAttributes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterInstanceEventNotificationAttributesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RegisterInstanceEventNotificationAttributesError, []);
/// The errors `RegisterTransitGatewayMulticastGroupMembers` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterTransitGatewayMulticastGroupMembersError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RegisterTransitGatewayMulticastGroupMembersError, []);
/// The errors `RegisterTransitGatewayMulticastGroupSources` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterTransitGatewayMulticastGroupSourcesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RegisterTransitGatewayMulticastGroupSourcesError, []);
/// The errors `RejectCapacityReservationBillingOwnership` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectCapacityReservationBillingOwnershipError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectCapacityReservationBillingOwnershipError, []);
/// The errors `RejectTransitGatewayClientVpnAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectTransitGatewayClientVpnAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectTransitGatewayClientVpnAttachmentError, []);
/// The errors `RejectTransitGatewayMulticastDomainAssociations` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectTransitGatewayMulticastDomainAssociationsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectTransitGatewayMulticastDomainAssociationsError, []);
/// The errors `RejectTransitGatewayPeeringAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectTransitGatewayPeeringAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectTransitGatewayPeeringAttachmentError, []);
/// The errors `RejectTransitGatewayVpcAttachment` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectTransitGatewayVpcAttachmentError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectTransitGatewayVpcAttachmentError, []);
/// The errors `RejectVpcEndpointConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectVpcEndpointConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectVpcEndpointConnectionsError, []);
/// The errors `RejectVpcPeeringConnection` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RejectVpcPeeringConnectionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RejectVpcPeeringConnectionError, []);
/// The errors `ReleaseAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReleaseAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReleaseAddressError, []);
/// The errors `ReleaseHosts` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReleaseHostsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReleaseHostsError, []);
/// The errors `ReleaseIpamPoolAllocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReleaseIpamPoolAllocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReleaseIpamPoolAllocationError, []);
/// The errors `ReplaceIamInstanceProfileAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceIamInstanceProfileAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceIamInstanceProfileAssociationError, []);
/// The errors `ReplaceImageCriteriaInAllowedImagesSettings` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceImageCriteriaInAllowedImagesSettingsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceImageCriteriaInAllowedImagesSettingsError, []);
/// The errors `ReplaceImageInstanceTypeSpecification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceImageInstanceTypeSpecificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceImageInstanceTypeSpecificationError, []);
/// The errors `ReplaceNetworkAclAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceNetworkAclAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceNetworkAclAssociationError, []);
/// The errors `ReplaceNetworkAclEntry` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceNetworkAclEntryError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceNetworkAclEntryError, []);
/// The errors `ReplaceRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceRouteError, []);
/// The errors `ReplaceRouteTableAssociation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceRouteTableAssociationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceRouteTableAssociationError, []);
/// The errors `ReplaceTransitGatewayRoute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceTransitGatewayRouteError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceTransitGatewayRouteError, []);
/// The errors `ReplaceVpnTunnel` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplaceVpnTunnelError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReplaceVpnTunnelError, []);
/// The errors `ReportInstanceStatus` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReportInstanceStatusError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ReportInstanceStatusError, []);
/// The errors `RequestSpotFleet` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RequestSpotFleetError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RequestSpotFleetError, []);
/// The errors `RequestSpotInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RequestSpotInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RequestSpotInstancesError, []);
/// The errors `ResetAddressAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetAddressAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetAddressAttributeError, []);
/// The errors `ResetEbsDefaultKmsKeyId` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetEbsDefaultKmsKeyIdError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetEbsDefaultKmsKeyIdError, []);
/// The errors `ResetFpgaImageAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetFpgaImageAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetFpgaImageAttributeError, []);
/// The errors `ResetImageAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetImageAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetImageAttributeError, []);
/// The errors `ResetInstanceAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetInstanceAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetInstanceAttributeError, []);
/// The errors `ResetNetworkInterfaceAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetNetworkInterfaceAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetNetworkInterfaceAttributeError, []);
/// The errors `ResetSnapshotAttribute` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResetSnapshotAttributeError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ResetSnapshotAttributeError, []);
/// The errors `RestoreAddressToClassic` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreAddressToClassicError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreAddressToClassicError, []);
/// The errors `RestoreImageFromRecycleBin` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreImageFromRecycleBinError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreImageFromRecycleBinError, []);
/// The errors `RestoreManagedPrefixListVersion` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreManagedPrefixListVersionError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreManagedPrefixListVersionError, []);
/// The errors `RestoreSnapshotFromRecycleBin` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreSnapshotFromRecycleBinError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreSnapshotFromRecycleBinError, []);
/// The errors `RestoreSnapshotTier` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreSnapshotTierError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreSnapshotTierError, []);
/// The errors `RestoreVolumeFromRecycleBin` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RestoreVolumeFromRecycleBinError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RestoreVolumeFromRecycleBinError, []);
/// The errors `RevokeClientVpnIngress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RevokeClientVpnIngressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RevokeClientVpnIngressError, []);
/// The errors `RevokeSecurityGroupEgress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RevokeSecurityGroupEgressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RevokeSecurityGroupEgressError, []);
/// The errors `RevokeSecurityGroupIngress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RevokeSecurityGroupIngressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RevokeSecurityGroupIngressError, []);
/// The errors `RunInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RunInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RunInstancesError, []);
/// The errors `RunScheduledInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum RunScheduledInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(RunScheduledInstancesError, []);
/// The errors `SearchLocalGatewayRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchLocalGatewayRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(SearchLocalGatewayRoutesError, []);
/// The errors `SearchTransitGatewayMulticastGroups` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchTransitGatewayMulticastGroupsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(SearchTransitGatewayMulticastGroupsError, []);
/// The errors `SearchTransitGatewayRoutes` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchTransitGatewayRoutesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(SearchTransitGatewayRoutesError, []);
/// The errors `SendDiagnosticInterrupt` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum SendDiagnosticInterruptError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(SendDiagnosticInterruptError, []);
/// The errors `StartDeclarativePoliciesReport` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartDeclarativePoliciesReportError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StartDeclarativePoliciesReportError, []);
/// The errors `StartInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StartInstancesError, []);
/// The errors `StartNetworkInsightsAccessScopeAnalysis` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartNetworkInsightsAccessScopeAnalysisError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StartNetworkInsightsAccessScopeAnalysisError, []);
/// The errors `StartNetworkInsightsAnalysis` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartNetworkInsightsAnalysisError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StartNetworkInsightsAnalysisError, []);
/// The errors `StartVpcEndpointServicePrivateDnsVerification` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartVpcEndpointServicePrivateDnsVerificationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StartVpcEndpointServicePrivateDnsVerificationError, []);
/// The errors `StopInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum StopInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(StopInstancesError, []);
/// The errors `TerminateClientVpnConnections` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TerminateClientVpnConnectionsError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(TerminateClientVpnConnectionsError, []);
/// The errors `TerminateInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum TerminateInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(TerminateInstancesError, []);
/// The errors `UnassignIpv6Addresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnassignIpv6AddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UnassignIpv6AddressesError, []);
/// The errors `UnassignPrivateIpAddresses` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnassignPrivateIpAddressesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UnassignPrivateIpAddressesError, []);
/// The errors `UnassignPrivateNatGatewayAddress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnassignPrivateNatGatewayAddressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UnassignPrivateNatGatewayAddressError, []);
/// The errors `UnlockSnapshot` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnlockSnapshotError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UnlockSnapshotError, []);
/// The errors `UnmonitorInstances` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UnmonitorInstancesError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UnmonitorInstancesError, []);
/// The errors `UpdateCapacityManagerMonitoredTagKeys` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCapacityManagerMonitoredTagKeysError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateCapacityManagerMonitoredTagKeysError, []);
/// The errors `UpdateCapacityManagerOrganizationsAccess` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateCapacityManagerOrganizationsAccessError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateCapacityManagerOrganizationsAccessError, []);
/// The errors `UpdateInterruptibleCapacityReservationAllocation` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateInterruptibleCapacityReservationAllocationError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(
    UpdateInterruptibleCapacityReservationAllocationError, []
);
/// The errors `UpdateSecurityGroupRuleDescriptionsEgress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSecurityGroupRuleDescriptionsEgressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateSecurityGroupRuleDescriptionsEgressError, []);
/// The errors `UpdateSecurityGroupRuleDescriptionsIngress` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateSecurityGroupRuleDescriptionsIngressError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(UpdateSecurityGroupRuleDescriptionsIngressError, []);
/// The errors `ValidateSecurityGroupQuotasForInterface` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum ValidateSecurityGroupQuotasForInterfaceError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(ValidateSecurityGroupQuotasForInterfaceError, []);
/// The errors `WithdrawByoipCidr` may return.
#[derive(Debug)]
#[non_exhaustive]
pub enum WithdrawByoipCidrError {
    /// An error the model does not list; its code and message are on the outer error.
    Unmodelled,
}
kumo_runtime::operation_error!(WithdrawByoipCidrError, []);

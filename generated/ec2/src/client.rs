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
    /// Accepts an Elastic IP address transfer. For more information, see [Accept a transferred Elastic IP address](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#using-instance-addressing-eips-transfer-accept) in the *Amazon VPC User Guide*.
    pub async fn accept_address_transfer(
        &self,
        input: types::AcceptAddressTransferInput,
    ) -> Result<
        types::AcceptAddressTransferOutput,
        Error<error::AcceptAddressTransferError>,
    > {
        self.handle.invoke(&schemas::ops::ACCEPT_ADDRESS_TRANSFER, input).await
    }
    /// Accepts a request to assign billing of the available capacity of a shared Capacity Reservation to your account. For more information, see [ Billing assignment for shared Amazon EC2 Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/assign-billing.html).
    pub async fn accept_capacity_reservation_billing_ownership(
        &self,
        input: types::AcceptCapacityReservationBillingOwnershipInput,
    ) -> Result<
        types::AcceptCapacityReservationBillingOwnershipOutput,
        Error<error::AcceptCapacityReservationBillingOwnershipError>,
    > {
        self.handle
            .invoke(&schemas::ops::ACCEPT_CAPACITY_RESERVATION_BILLING_OWNERSHIP, input)
            .await
    }
    /// Accepts the Convertible Reserved Instance exchange quote described in the GetReservedInstancesExchangeQuote call.
    pub async fn accept_reserved_instances_exchange_quote(
        &self,
        input: types::AcceptReservedInstancesExchangeQuoteInput,
    ) -> Result<
        types::AcceptReservedInstancesExchangeQuoteOutput,
        Error<error::AcceptReservedInstancesExchangeQuoteError>,
    > {
        self.handle
            .invoke(&schemas::ops::ACCEPT_RESERVED_INSTANCES_EXCHANGE_QUOTE, input)
            .await
    }
    /// Accepts a Transit Gateway attachment request for a Client VPN endpoint. The Transit Gateway owner must accept the attachment request before the Client VPN endpoint can route traffic through the Transit Gateway.
    pub async fn accept_transit_gateway_client_vpn_attachment(
        &self,
        input: types::AcceptTransitGatewayClientVpnAttachmentInput,
    ) -> Result<
        types::AcceptTransitGatewayClientVpnAttachmentOutput,
        Error<error::AcceptTransitGatewayClientVpnAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::ACCEPT_TRANSIT_GATEWAY_CLIENT_VPN_ATTACHMENT, input)
            .await
    }
    /// Accepts a request to associate subnets with a transit gateway multicast domain.
    pub async fn accept_transit_gateway_multicast_domain_associations(
        &self,
        input: types::AcceptTransitGatewayMulticastDomainAssociationsInput,
    ) -> Result<
        types::AcceptTransitGatewayMulticastDomainAssociationsOutput,
        Error<error::AcceptTransitGatewayMulticastDomainAssociationsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::ACCEPT_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS,
                input,
            )
            .await
    }
    /// Accepts a transit gateway peering attachment request. The peering attachment must be in the `pendingAcceptance` state.
    pub async fn accept_transit_gateway_peering_attachment(
        &self,
        input: types::AcceptTransitGatewayPeeringAttachmentInput,
    ) -> Result<
        types::AcceptTransitGatewayPeeringAttachmentOutput,
        Error<error::AcceptTransitGatewayPeeringAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::ACCEPT_TRANSIT_GATEWAY_PEERING_ATTACHMENT, input)
            .await
    }
    /// Accepts a request to attach a VPC to a transit gateway.
    ///
    /// The VPC attachment must be in the `pendingAcceptance` state. Use DescribeTransitGatewayVpcAttachments to view your pending VPC attachment requests. Use RejectTransitGatewayVpcAttachment to reject a VPC attachment request.
    pub async fn accept_transit_gateway_vpc_attachment(
        &self,
        input: types::AcceptTransitGatewayVpcAttachmentInput,
    ) -> Result<
        types::AcceptTransitGatewayVpcAttachmentOutput,
        Error<error::AcceptTransitGatewayVpcAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::ACCEPT_TRANSIT_GATEWAY_VPC_ATTACHMENT, input)
            .await
    }
    /// Accepts connection requests to your VPC endpoint service.
    pub async fn accept_vpc_endpoint_connections(
        &self,
        input: types::AcceptVpcEndpointConnectionsInput,
    ) -> Result<
        types::AcceptVpcEndpointConnectionsOutput,
        Error<error::AcceptVpcEndpointConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::ACCEPT_VPC_ENDPOINT_CONNECTIONS, input).await
    }
    /// Accept a VPC peering connection request. To accept a request, the VPC peering connection must be in the `pending-acceptance` state, and you must be the owner of the peer VPC. Use DescribeVpcPeeringConnections to view your outstanding VPC peering connection requests.
    ///
    /// For an inter-Region VPC peering connection request, you must accept the VPC peering connection in the Region of the accepter VPC.
    ///
    /// If the requester allows multipath resilience, accepting the request also allows multipath resilience for the accepter VPC, and the `multipathResilienceStatus` of the VPC peering connection becomes `enabled`. Additional charges apply. For more information, see [Amazon VPC pricing](http://aws.amazon.com/vpc/pricing/). To stop allowing multipath resilience for the accepter VPC, use ModifyVpcPeeringConnectionOptions and set `AllowMultipathResilience` to `false`.
    pub async fn accept_vpc_peering_connection(
        &self,
        input: types::AcceptVpcPeeringConnectionInput,
    ) -> Result<
        types::AcceptVpcPeeringConnectionOutput,
        Error<error::AcceptVpcPeeringConnectionError>,
    > {
        self.handle.invoke(&schemas::ops::ACCEPT_VPC_PEERING_CONNECTION, input).await
    }
    /// Advertises an IPv4 or IPv6 address range that is provisioned for use with your Amazon Web Services resources through bring your own IP addresses (BYOIP).
    ///
    /// You can perform this operation at most once every 10 seconds, even if you specify different address ranges each time.
    ///
    /// We recommend that you stop advertising the BYOIP CIDR from other locations when you advertise it from Amazon Web Services. To minimize down time, you can configure your Amazon Web Services resources to use an address from a BYOIP CIDR before it is advertised, and then simultaneously stop advertising it from the current location and start advertising it through Amazon Web Services.
    ///
    /// It can take a few minutes before traffic to the specified addresses starts routing to Amazon Web Services because of BGP propagation delays.
    pub async fn advertise_byoip_cidr(
        &self,
        input: types::AdvertiseByoipCidrInput,
    ) -> Result<types::AdvertiseByoipCidrOutput, Error<error::AdvertiseByoipCidrError>> {
        self.handle.invoke(&schemas::ops::ADVERTISE_BYOIP_CIDR, input).await
    }
    /// Allocates an Elastic IP address to your Amazon Web Services account. After you allocate the Elastic IP address you can associate it with an instance or network interface. After you release an Elastic IP address, it is released to the IP address pool and can be allocated to a different Amazon Web Services account.
    ///
    /// You can allocate an Elastic IP address from one of the following address pools:
    ///
    /// - Amazon's pool of IPv4 addresses
    ///
    /// - Public IPv4 address range that you own and bring to your Amazon Web Services account using [Bring Your Own IP Addresses (BYOIP)](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-byoip.html)
    ///
    /// - An IPv4 IPAM pool with an Amazon-provided or BYOIP public IPv4 address range
    ///
    /// - IPv4 addresses from your on-premises network made available for use with an Outpost using a [customer-owned IP address pool](https://docs.aws.amazon.com/outposts/latest/userguide/routing.html#ip-addressing) (CoIP pool)
    ///
    /// For more information, see [Elastic IP Addresses](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html) in the *Amazon EC2 User Guide*.
    ///
    /// If you release an Elastic IP address, you might be able to recover it. You cannot recover an Elastic IP address that you released after it is allocated to another Amazon Web Services account. To attempt to recover an Elastic IP address that you released, specify it in this operation.
    ///
    /// You can allocate a carrier IP address which is a public IP address from a telecommunication carrier, to a network interface which resides in a subnet in a Wavelength Zone (for example an EC2 instance).
    pub async fn allocate_address(
        &self,
        input: types::AllocateAddressInput,
    ) -> Result<types::AllocateAddressOutput, Error<error::AllocateAddressError>> {
        self.handle.invoke(&schemas::ops::ALLOCATE_ADDRESS, input).await
    }
    /// Allocates a Dedicated Host to your account. At a minimum, specify the supported instance type or instance family, the Availability Zone in which to allocate the host, and the number of hosts to allocate.
    pub async fn allocate_hosts(
        &self,
        input: types::AllocateHostsInput,
    ) -> Result<types::AllocateHostsOutput, Error<error::AllocateHostsError>> {
        self.handle.invoke(&schemas::ops::ALLOCATE_HOSTS, input).await
    }
    /// Allocate a CIDR from an IPAM pool. The Region you use should be the IPAM pool locale. The locale is the Amazon Web Services Region where this IPAM pool is available for allocations.
    ///
    /// In IPAM, an allocation is a CIDR assignment from an IPAM pool to another IPAM pool or to a resource. For more information, see [Allocate CIDRs](https://docs.aws.amazon.com/vpc/latest/ipam/allocate-cidrs-ipam.html) in the *Amazon VPC IPAM User Guide*.
    ///
    /// This action creates an allocation with strong consistency. The returned CIDR will not overlap with any other allocations from the same pool.
    pub async fn allocate_ipam_pool_cidr(
        &self,
        input: types::AllocateIpamPoolCidrInput,
    ) -> Result<
        types::AllocateIpamPoolCidrOutput,
        Error<error::AllocateIpamPoolCidrError>,
    > {
        self.handle.invoke(&schemas::ops::ALLOCATE_IPAM_POOL_CIDR, input).await
    }
    /// Applies a security group to the association between the target network and the Client VPN endpoint. This action replaces the existing security groups with the specified security groups.
    pub async fn apply_security_groups_to_client_vpn_target_network(
        &self,
        input: types::ApplySecurityGroupsToClientVpnTargetNetworkInput,
    ) -> Result<
        types::ApplySecurityGroupsToClientVpnTargetNetworkOutput,
        Error<error::ApplySecurityGroupsToClientVpnTargetNetworkError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::APPLY_SECURITY_GROUPS_TO_CLIENT_VPN_TARGET_NETWORK,
                input,
            )
            .await
    }
    /// Assigns the specified IPv6 addresses to the specified network interface. You can specify specific IPv6 addresses, or you can specify the number of IPv6 addresses to be automatically assigned from the subnet's IPv6 CIDR block range. You can assign as many IPv6 addresses to a network interface as you can assign private IPv4 addresses, and the limit varies by instance type.
    ///
    /// You must specify either the IPv6 addresses or the IPv6 address count in the request.
    ///
    /// You can optionally use Prefix Delegation on the network interface. You must specify either the IPV6 Prefix Delegation prefixes, or the IPv6 Prefix Delegation count. For information, see [ Assigning prefixes to network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the *Amazon EC2 User Guide*.
    pub async fn assign_ipv6_addresses(
        &self,
        input: types::AssignIpv6AddressesInput,
    ) -> Result<
        types::AssignIpv6AddressesOutput,
        Error<error::AssignIpv6AddressesError>,
    > {
        self.handle.invoke(&schemas::ops::ASSIGN_IPV6_ADDRESSES, input).await
    }
    /// Assigns the specified secondary private IP addresses to the specified network interface.
    ///
    /// You can specify specific secondary IP addresses, or you can specify the number of secondary IP addresses to be automatically assigned from the subnet's CIDR block range. The number of secondary IP addresses that you can assign to an instance varies by instance type. For more information about Elastic IP addresses, see [Elastic IP Addresses](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html) in the *Amazon EC2 User Guide*.
    ///
    /// When you move a secondary private IP address to another network interface, any Elastic IP address that is associated with the IP address is also moved.
    ///
    /// Remapping an IP address is an asynchronous operation. When you move an IP address from one network interface to another, check `network/interfaces/macs/mac/local-ipv4s` in the instance metadata to confirm that the remapping is complete.
    ///
    /// You must specify either the IP addresses or the IP address count in the request.
    ///
    /// You can optionally use Prefix Delegation on the network interface. You must specify either the IPv4 Prefix Delegation prefixes, or the IPv4 Prefix Delegation count. For information, see [ Assigning prefixes to network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the *Amazon EC2 User Guide*.
    pub async fn assign_private_ip_addresses(
        &self,
        input: types::AssignPrivateIpAddressesInput,
    ) -> Result<
        types::AssignPrivateIpAddressesOutput,
        Error<error::AssignPrivateIpAddressesError>,
    > {
        self.handle.invoke(&schemas::ops::ASSIGN_PRIVATE_IP_ADDRESSES, input).await
    }
    /// Assigns private IPv4 addresses to a private NAT gateway. For more information, see [Work with NAT gateways](https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html) in the *Amazon VPC User Guide*.
    pub async fn assign_private_nat_gateway_address(
        &self,
        input: types::AssignPrivateNatGatewayAddressInput,
    ) -> Result<
        types::AssignPrivateNatGatewayAddressOutput,
        Error<error::AssignPrivateNatGatewayAddressError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSIGN_PRIVATE_NAT_GATEWAY_ADDRESS, input)
            .await
    }
    /// Associates an Elastic IP address, or carrier IP address (for instances that are in subnets in Wavelength Zones) with an instance or a network interface. Before you can use an Elastic IP address, you must allocate it to your account.
    ///
    /// If the Elastic IP address is already associated with a different instance, it is disassociated from that instance and associated with the specified instance. If you associate an Elastic IP address with an instance that has an existing Elastic IP address, the existing address is disassociated from the instance, but remains allocated to your account.
    ///
    /// \[Subnets in Wavelength Zones\] You can associate an IP address from the telecommunication carrier to the instance or network interface.
    ///
    /// You cannot associate an Elastic IP address with an interface in a different network border group.
    ///
    /// This is an idempotent operation. If you perform the operation more than once, Amazon EC2 doesn't return an error, and you may be charged for each time the Elastic IP address is remapped to the same instance. For more information, see the *Elastic IP Addresses* section of [Amazon EC2 Pricing](http://aws.amazon.com/ec2/pricing/).
    pub async fn associate_address(
        &self,
        input: types::AssociateAddressInput,
    ) -> Result<types::AssociateAddressOutput, Error<error::AssociateAddressError>> {
        self.handle.invoke(&schemas::ops::ASSOCIATE_ADDRESS, input).await
    }
    /// Associates an application status check with instances or [tags](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html). Once you create an association, health monitoring automatically begins for the specified instances or for instances that match the specified tags. The following rules apply:
    ///
    /// - You must specify either `TargetTagAssociations` or `InstanceIds`, but not both. Specifying both results in an `InvalidParameterCombination` error.
    ///
    /// - You must own the application status check. The check must already exist in your account.
    ///
    /// - You must not leave tag keys blank.
    ///
    /// - You can create a maximum of 50 tag associations for each application status check.
    ///
    /// - You can use `DisassociateApplicationStatusCheck` to remove associations.
    ///
    /// - You can associate [tags](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html) so that the application status check automatically monitors all current and future instances that have the specified tags.
    pub async fn associate_application_status_check(
        &self,
        input: types::AssociateApplicationStatusCheckInput,
    ) -> Result<
        types::AssociateApplicationStatusCheckOutput,
        Error<error::AssociateApplicationStatusCheckError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_APPLICATION_STATUS_CHECK, input)
            .await
    }
    /// Initiates a request to assign billing of the unused capacity of a shared Capacity Reservation to a consumer account that is consolidated under the same Amazon Web Services organizations payer account. For more information, see [Billing assignment for shared Amazon EC2 Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/assign-billing.html).
    pub async fn associate_capacity_reservation_billing_owner(
        &self,
        input: types::AssociateCapacityReservationBillingOwnerInput,
    ) -> Result<
        types::AssociateCapacityReservationBillingOwnerOutput,
        Error<error::AssociateCapacityReservationBillingOwnerError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_CAPACITY_RESERVATION_BILLING_OWNER, input)
            .await
    }
    /// Associates a target network with a Client VPN endpoint. A target network is a subnet in a VPC. You can associate multiple subnets from the same VPC with a Client VPN endpoint. You can associate only one subnet in each Availability Zone. We recommend that you associate at least two subnets to provide Availability Zone redundancy.
    ///
    /// If you specified a VPC when you created the Client VPN endpoint or if you have previous subnet associations, the specified subnet must be in the same VPC. To specify a subnet that's in a different VPC, you must first modify the Client VPN endpoint (ModifyClientVpnEndpoint) and change the VPC that's associated with it.
    pub async fn associate_client_vpn_target_network(
        &self,
        input: types::AssociateClientVpnTargetNetworkInput,
    ) -> Result<
        types::AssociateClientVpnTargetNetworkOutput,
        Error<error::AssociateClientVpnTargetNetworkError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_CLIENT_VPN_TARGET_NETWORK, input)
            .await
    }
    /// Associates a set of DHCP options (that you've previously created) with the specified VPC, or associates no DHCP options with the VPC.
    ///
    /// After you associate the options with the VPC, any existing instances and all new instances that you launch in that VPC use the options. You don't need to restart or relaunch the instances. They automatically pick up the changes within a few hours, depending on how frequently the instance renews its DHCP lease. You can explicitly renew the lease using the operating system on the instance.
    ///
    /// For more information, see [DHCP option sets](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_DHCP_Options.html) in the *Amazon VPC User Guide*.
    pub async fn associate_dhcp_options(
        &self,
        input: types::AssociateDhcpOptionsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AssociateDhcpOptionsError>> {
        self.handle.invoke(&schemas::ops::ASSOCIATE_DHCP_OPTIONS, input).await
    }
    /// Associates an Identity and Access Management (IAM) role with an Certificate Manager (ACM) certificate. This enables the certificate to be used by the ACM for Nitro Enclaves application inside an enclave. For more information, see [Certificate Manager for Nitro Enclaves](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-refapp.html) in the *Amazon Web Services Nitro Enclaves User Guide*.
    ///
    /// When the IAM role is associated with the ACM certificate, the certificate, certificate chain, and encrypted private key are placed in an Amazon S3 location that only the associated IAM role can access. The private key of the certificate is encrypted with an Amazon Web Services managed key that has an attached attestation-based key policy.
    ///
    /// To enable the IAM role to access the Amazon S3 object, you must grant it permission to call `s3:GetObject` on the Amazon S3 bucket returned by the command. To enable the IAM role to access the KMS key, you must grant it permission to call `kms:Decrypt` on the KMS key returned by the command. For more information, see [ Grant the role permission to access the certificate and encryption key](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-refapp.html#add-policy) in the *Amazon Web Services Nitro Enclaves User Guide*.
    pub async fn associate_enclave_certificate_iam_role(
        &self,
        input: types::AssociateEnclaveCertificateIamRoleInput,
    ) -> Result<
        types::AssociateEnclaveCertificateIamRoleOutput,
        Error<error::AssociateEnclaveCertificateIamRoleError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_ENCLAVE_CERTIFICATE_IAM_ROLE, input)
            .await
    }
    /// Associates an IAM instance profile with a running or stopped instance. You cannot associate more than one IAM instance profile with an instance.
    pub async fn associate_iam_instance_profile(
        &self,
        input: types::AssociateIamInstanceProfileInput,
    ) -> Result<
        types::AssociateIamInstanceProfileOutput,
        Error<error::AssociateIamInstanceProfileError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_IAM_INSTANCE_PROFILE, input).await
    }
    /// Associates one or more targets with an event window. Only one type of target (instance IDs, Dedicated Host IDs, or tags) can be specified with an event window.
    ///
    /// For more information, see [Define event windows for scheduled events](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html) in the *Amazon EC2 User Guide*.
    pub async fn associate_instance_event_window(
        &self,
        input: types::AssociateInstanceEventWindowInput,
    ) -> Result<
        types::AssociateInstanceEventWindowOutput,
        Error<error::AssociateInstanceEventWindowError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_INSTANCE_EVENT_WINDOW, input).await
    }
    /// Associates your Autonomous System Number (ASN) with a BYOIP CIDR that you own in the same Amazon Web Services Region. For more information, see [Tutorial: Bring your ASN to IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoasn.html) in the *Amazon VPC IPAM guide*.
    ///
    /// After the association succeeds, the ASN is eligible for advertisement. You can view the association with [DescribeByoipCidrs](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeByoipCidrs.html). You can advertise the CIDR with [AdvertiseByoipCidr](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AdvertiseByoipCidr.html).
    pub async fn associate_ipam_byoasn(
        &self,
        input: types::AssociateIpamByoasnInput,
    ) -> Result<
        types::AssociateIpamByoasnOutput,
        Error<error::AssociateIpamByoasnError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_IPAM_BYOASN, input).await
    }
    /// Associates an IPAM resource discovery with an Amazon VPC IPAM. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn associate_ipam_resource_discovery(
        &self,
        input: types::AssociateIpamResourceDiscoveryInput,
    ) -> Result<
        types::AssociateIpamResourceDiscoveryOutput,
        Error<error::AssociateIpamResourceDiscoveryError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_IPAM_RESOURCE_DISCOVERY, input).await
    }
    /// Associates an additional KMS key with an encrypted Amazon EBS snapshot. With the associated key, you have a second, independent way to access the snapshot's data, in addition to the key the snapshot is already encrypted under. Associating a key doesn't re-encrypt the snapshot or grant access to its original key.
    ///
    /// For more information, see [Associated KMS keys](https://docs.aws.amazon.com/ebs/latest/userguide/associated-kms-keys.html) in the *Amazon EBS User Guide*.
    pub async fn associate_kms_key_id(
        &self,
        input: types::AssociateKmsKeyIdInput,
    ) -> Result<types::AssociateKmsKeyIdOutput, Error<error::AssociateKmsKeyIdError>> {
        self.handle.invoke(&schemas::ops::ASSOCIATE_KMS_KEY_ID, input).await
    }
    /// Associates Elastic IP addresses (EIPs) and private IPv4 addresses with a public NAT gateway. For more information, see [Work with NAT gateways](https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html) in the *Amazon VPC User Guide*.
    ///
    /// By default, you can associate up to 2 Elastic IP addresses per public NAT gateway. You can increase the limit by requesting a quota adjustment. For more information, see [Elastic IP address quotas](https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-eips) in the *Amazon VPC User Guide*.
    ///
    /// When you associate an EIP or secondary EIPs with a public NAT gateway, the network border group of the EIPs must match the network border group of the Availability Zone (AZ) that the public NAT gateway is in. If it's not the same, the EIP will fail to associate. You can see the network border group for the subnet's AZ by viewing the details of the subnet. Similarly, you can view the network border group of an EIP by viewing the details of the EIP address. For more information about network border groups and EIPs, see [Allocate an Elastic IP address](https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithEIPs.html) in the *Amazon VPC User Guide*.
    pub async fn associate_nat_gateway_address(
        &self,
        input: types::AssociateNatGatewayAddressInput,
    ) -> Result<
        types::AssociateNatGatewayAddressOutput,
        Error<error::AssociateNatGatewayAddressError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_NAT_GATEWAY_ADDRESS, input).await
    }
    /// Associates a flex cost allocation policy with one or more network resources. You can associate the policy directly with specific resources by resource ID, or you can associate it with a scope of resources in an account, Amazon VPC, or subnet.
    ///
    /// The following limits apply:
    ///
    /// - A request can associate up to 20 resources.
    ///
    /// - A policy can have up to 100 active associations.
    ///
    /// - A network resource can have only one active association, across all policies. If a resource is already associated, the response includes it in the failures with the code `ResourceAlreadyAssociated`.
    pub async fn associate_networking_flex_cost_allocation_policy(
        &self,
        input: types::AssociateNetworkingFlexCostAllocationPolicyInput,
    ) -> Result<
        types::AssociateNetworkingFlexCostAllocationPolicyOutput,
        Error<error::AssociateNetworkingFlexCostAllocationPolicyError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::ASSOCIATE_NETWORKING_FLEX_COST_ALLOCATION_POLICY,
                input,
            )
            .await
    }
    /// Associates a route server with a VPC to enable dynamic route updates.
    ///
    /// A route server association is the connection established between a route server and a VPC.
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn associate_route_server(
        &self,
        input: types::AssociateRouteServerInput,
    ) -> Result<
        types::AssociateRouteServerOutput,
        Error<error::AssociateRouteServerError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_ROUTE_SERVER, input).await
    }
    /// Associates a subnet in your VPC or an internet gateway or virtual private gateway attached to your VPC with a route table in your VPC. This association causes traffic from the subnet or gateway to be routed according to the routes in the route table. The action returns an association ID, which you need in order to disassociate the route table later. A route table can be associated with multiple subnets.
    ///
    /// For more information, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    pub async fn associate_route_table(
        &self,
        input: types::AssociateRouteTableInput,
    ) -> Result<
        types::AssociateRouteTableOutput,
        Error<error::AssociateRouteTableError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_ROUTE_TABLE, input).await
    }
    /// Associates a security group with another VPC in the same Region. This enables you to use the same security group with network interfaces and instances in the specified VPC.
    ///
    /// - The VPC you want to associate the security group with must be in the same Region.
    ///
    /// - You can associate the security group with another VPC if your account owns the VPC or if the VPC was shared with you.
    ///
    /// - You must own the security group.
    ///
    /// - You cannot use this feature with default security groups.
    ///
    /// - You cannot use this feature with the default VPC.
    pub async fn associate_security_group_vpc(
        &self,
        input: types::AssociateSecurityGroupVpcInput,
    ) -> Result<
        types::AssociateSecurityGroupVpcOutput,
        Error<error::AssociateSecurityGroupVpcError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_SECURITY_GROUP_VPC, input).await
    }
    /// Associates a CIDR block with your subnet. You can only associate a single IPv6 CIDR block with your subnet.
    pub async fn associate_subnet_cidr_block(
        &self,
        input: types::AssociateSubnetCidrBlockInput,
    ) -> Result<
        types::AssociateSubnetCidrBlockOutput,
        Error<error::AssociateSubnetCidrBlockError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_SUBNET_CIDR_BLOCK, input).await
    }
    /// Associates the specified subnets and transit gateway attachments with the specified transit gateway multicast domain.
    ///
    /// The transit gateway attachment must be in the available state before you can add a resource. Use [DescribeTransitGatewayAttachments](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayAttachments.html) to see the state of the attachment.
    pub async fn associate_transit_gateway_multicast_domain(
        &self,
        input: types::AssociateTransitGatewayMulticastDomainInput,
    ) -> Result<
        types::AssociateTransitGatewayMulticastDomainOutput,
        Error<error::AssociateTransitGatewayMulticastDomainError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_TRANSIT_GATEWAY_MULTICAST_DOMAIN, input)
            .await
    }
    /// Associates the specified transit gateway attachment with a transit gateway policy table.
    pub async fn associate_transit_gateway_policy_table(
        &self,
        input: types::AssociateTransitGatewayPolicyTableInput,
    ) -> Result<
        types::AssociateTransitGatewayPolicyTableOutput,
        Error<error::AssociateTransitGatewayPolicyTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_TRANSIT_GATEWAY_POLICY_TABLE, input)
            .await
    }
    /// Associates the specified attachment with the specified transit gateway route table. You can associate only one route table with an attachment.
    pub async fn associate_transit_gateway_route_table(
        &self,
        input: types::AssociateTransitGatewayRouteTableInput,
    ) -> Result<
        types::AssociateTransitGatewayRouteTableOutput,
        Error<error::AssociateTransitGatewayRouteTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::ASSOCIATE_TRANSIT_GATEWAY_ROUTE_TABLE, input)
            .await
    }
    /// Associates a branch network interface with a trunk network interface.
    ///
    /// Before you create the association, use [CreateNetworkInterface](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html) command and set the interface type to `trunk`. You must also create a network interface for each branch network interface that you want to associate with the trunk network interface.
    pub async fn associate_trunk_interface(
        &self,
        input: types::AssociateTrunkInterfaceInput,
    ) -> Result<
        types::AssociateTrunkInterfaceOutput,
        Error<error::AssociateTrunkInterfaceError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_TRUNK_INTERFACE, input).await
    }
    /// Associates a CIDR block with your VPC. You can associate a secondary IPv4 CIDR block, an Amazon-provided IPv6 CIDR block, or an IPv6 CIDR block from an IPv6 address pool that you provisioned through bring your own IP addresses ([BYOIP](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-byoip.html)).
    ///
    /// You must specify one of the following in the request: an IPv4 CIDR block, an IPv6 pool, or an Amazon-provided IPv6 CIDR block.
    ///
    /// For more information about associating CIDR blocks with your VPC and applicable restrictions, see [IP addressing for your VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html) in the *Amazon VPC User Guide*.
    pub async fn associate_vpc_cidr_block(
        &self,
        input: types::AssociateVpcCidrBlockInput,
    ) -> Result<
        types::AssociateVpcCidrBlockOutput,
        Error<error::AssociateVpcCidrBlockError>,
    > {
        self.handle.invoke(&schemas::ops::ASSOCIATE_VPC_CIDR_BLOCK, input).await
    }
    /// This action is deprecated.
    ///
    /// Links an EC2-Classic instance to a ClassicLink-enabled VPC through one or more of the VPC security groups. You cannot link an EC2-Classic instance to more than one VPC at a time. You can only link an instance that's in the `running` state. An instance is automatically unlinked from a VPC when it's stopped - you can link it to the VPC again when you restart it.
    ///
    /// After you've linked an instance, you cannot change the VPC security groups that are associated with it. To change the security groups, you must first unlink the instance, and then link it again.
    ///
    /// Linking your instance to a VPC is sometimes referred to as *attaching* your instance.
    pub async fn attach_classic_link_vpc(
        &self,
        input: types::AttachClassicLinkVpcInput,
    ) -> Result<
        types::AttachClassicLinkVpcOutput,
        Error<error::AttachClassicLinkVpcError>,
    > {
        self.handle.invoke(&schemas::ops::ATTACH_CLASSIC_LINK_VPC, input).await
    }
    /// Attaches a watermark to a non-public AMI. The watermark is a structured identifier that automatically propagates to all derivative images created through [CreateImage](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImage.html), and [CopyImage](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html).
    ///
    /// Only the AMI owner can attach watermarks. Watermarks cannot be added to public AMIs.
    pub async fn attach_image_watermark(
        &self,
        input: types::AttachImageWatermarkInput,
    ) -> Result<
        types::AttachImageWatermarkOutput,
        Error<error::AttachImageWatermarkError>,
    > {
        self.handle.invoke(&schemas::ops::ATTACH_IMAGE_WATERMARK, input).await
    }
    /// Attaches an internet gateway or a virtual private gateway to a VPC, enabling connectivity between the internet and the VPC. For more information, see [Internet gateways](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html) in the *Amazon VPC User Guide*.
    pub async fn attach_internet_gateway(
        &self,
        input: types::AttachInternetGatewayInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::AttachInternetGatewayError>> {
        self.handle.invoke(&schemas::ops::ATTACH_INTERNET_GATEWAY, input).await
    }
    /// Attaches a network interface to an instance.
    pub async fn attach_network_interface(
        &self,
        input: types::AttachNetworkInterfaceInput,
    ) -> Result<
        types::AttachNetworkInterfaceOutput,
        Error<error::AttachNetworkInterfaceError>,
    > {
        self.handle.invoke(&schemas::ops::ATTACH_NETWORK_INTERFACE, input).await
    }
    /// Attaches the specified Amazon Web Services Verified Access trust provider to the specified Amazon Web Services Verified Access instance.
    pub async fn attach_verified_access_trust_provider(
        &self,
        input: types::AttachVerifiedAccessTrustProviderInput,
    ) -> Result<
        types::AttachVerifiedAccessTrustProviderOutput,
        Error<error::AttachVerifiedAccessTrustProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::ATTACH_VERIFIED_ACCESS_TRUST_PROVIDER, input)
            .await
    }
    /// Attaches an Amazon EBS volume to a `running` or `stopped` instance, and exposes it to the instance with the specified device name.
    ///
    /// The maximum number of Amazon EBS volumes that you can attach to an instance depends on the instance type. If you exceed the volume attachment limit for an instance type, the attachment request fails with the `AttachmentLimitExceeded` error. For more information, see [Instance volume limits](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/volume_limits.html).
    ///
    /// After you attach an EBS volume, you must make it available for use. For more information, see [Make an EBS volume available for use](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-using-volumes.html).
    ///
    /// If a volume has an Amazon Web Services Marketplace product code:
    ///
    /// - The volume can be attached only to a stopped instance.
    ///
    /// - Amazon Web Services Marketplace product codes are copied from the volume to the instance.
    ///
    /// - You must be subscribed to the product.
    ///
    /// - The instance type and operating system of the instance must support the product. For example, you can't detach a volume from a Windows instance and attach it to a Linux instance.
    ///
    /// For more information, see [Attach an Amazon EBS volume to an instance](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-attaching-volume.html) in the *Amazon EBS User Guide*.
    pub async fn attach_volume(
        &self,
        input: types::AttachVolumeInput,
    ) -> Result<types::VolumeAttachment, Error<error::AttachVolumeError>> {
        self.handle.invoke(&schemas::ops::ATTACH_VOLUME, input).await
    }
    /// Attaches an available virtual private gateway to a VPC. You can attach one virtual private gateway to one VPC at a time.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn attach_vpn_gateway(
        &self,
        input: types::AttachVpnGatewayInput,
    ) -> Result<types::AttachVpnGatewayOutput, Error<error::AttachVpnGatewayError>> {
        self.handle.invoke(&schemas::ops::ATTACH_VPN_GATEWAY, input).await
    }
    /// Adds an ingress authorization rule to a Client VPN endpoint. Ingress authorization rules act as firewall rules that grant access to networks. You must configure ingress authorization rules to enable clients to access resources in Amazon Web Services or on-premises networks.
    pub async fn authorize_client_vpn_ingress(
        &self,
        input: types::AuthorizeClientVpnIngressInput,
    ) -> Result<
        types::AuthorizeClientVpnIngressOutput,
        Error<error::AuthorizeClientVpnIngressError>,
    > {
        self.handle.invoke(&schemas::ops::AUTHORIZE_CLIENT_VPN_INGRESS, input).await
    }
    /// Adds the specified outbound (egress) rules to a security group.
    ///
    /// An outbound rule permits instances to send traffic to the specified IPv4 or IPv6 address ranges, the IP address ranges specified by a prefix list, or the instances that are associated with a source security group. For more information, see [Security group rules](https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
    ///
    /// You must specify exactly one of the following destinations: an IPv4 or IPv6 address range, a prefix list, or a security group. You must specify a protocol for each rule (for example, TCP). If the protocol is TCP or UDP, you must also specify a port or port range. If the protocol is ICMP or ICMPv6, you must also specify the ICMP type and code.
    ///
    /// Rule changes are propagated to instances associated with the security group as quickly as possible. However, a small delay might occur.
    ///
    /// For examples of rules that you can add to security groups for specific access scenarios, see [Security group rules for different use cases](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html) in the *Amazon EC2 User Guide*.
    ///
    /// For information about security group quotas, see [Amazon VPC quotas](https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html) in the *Amazon VPC User Guide*.
    pub async fn authorize_security_group_egress(
        &self,
        input: types::AuthorizeSecurityGroupEgressInput,
    ) -> Result<
        types::AuthorizeSecurityGroupEgressOutput,
        Error<error::AuthorizeSecurityGroupEgressError>,
    > {
        self.handle.invoke(&schemas::ops::AUTHORIZE_SECURITY_GROUP_EGRESS, input).await
    }
    /// Adds the specified inbound (ingress) rules to a security group.
    ///
    /// An inbound rule permits instances to receive traffic from the specified IPv4 or IPv6 address range, the IP address ranges that are specified by a prefix list, or the instances that are associated with a destination security group. For more information, see [Security group rules](https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
    ///
    /// You must specify exactly one of the following sources: an IPv4 or IPv6 address range, a prefix list, or a security group. You must specify a protocol for each rule (for example, TCP). If the protocol is TCP or UDP, you must also specify a port or port range. If the protocol is ICMP or ICMPv6, you must also specify the ICMP/ICMPv6 type and code.
    ///
    /// Rule changes are propagated to instances associated with the security group as quickly as possible. However, a small delay might occur.
    ///
    /// For examples of rules that you can add to security groups for specific access scenarios, see [Security group rules for different use cases](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html) in the *Amazon EC2 User Guide*.
    ///
    /// For more information about security group quotas, see [Amazon VPC quotas](https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html) in the *Amazon VPC User Guide*.
    pub async fn authorize_security_group_ingress(
        &self,
        input: types::AuthorizeSecurityGroupIngressInput,
    ) -> Result<
        types::AuthorizeSecurityGroupIngressOutput,
        Error<error::AuthorizeSecurityGroupIngressError>,
    > {
        self.handle.invoke(&schemas::ops::AUTHORIZE_SECURITY_GROUP_INGRESS, input).await
    }
    /// Modifies multiple routing policy registrations in a single operation. You can create, update, or delete Route Origin Authorizations (ROAs) in batch.
    pub async fn batch_modify_ipam_routing_policy_registrations(
        &self,
        input: types::BatchModifyIpamRoutingPolicyRegistrationsInput,
    ) -> Result<
        types::BatchModifyIpamRoutingPolicyRegistrationsOutput,
        Error<error::BatchModifyIpamRoutingPolicyRegistrationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::BATCH_MODIFY_IPAM_ROUTING_POLICY_REGISTRATIONS, input)
            .await
    }
    /// Bundles an Amazon instance store-backed Windows instance.
    ///
    /// During bundling, only the root device volume (C:\) is bundled. Data on other instance store volumes is not preserved.
    ///
    /// BundleInstance is no longer supported. To create an AMI, use [CreateImage](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImage.html) instead. For more information about creating an Amazon EBS-backed AMI, see [ Create an Amazon EBS-backed AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-ebs.html) in the *Amazon EC2 User Guide*.
    pub async fn bundle_instance(
        &self,
        input: types::BundleInstanceInput,
    ) -> Result<types::BundleInstanceOutput, Error<error::BundleInstanceError>> {
        self.handle.invoke(&schemas::ops::BUNDLE_INSTANCE, input).await
    }
    /// Cancels a bundling operation for an instance store-backed Windows instance.
    ///
    /// CancelBundleTask is no longer supported because [BundleInstance](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BundleInstance.html), the operation it cancels, is no longer supported.
    pub async fn cancel_bundle_task(
        &self,
        input: types::CancelBundleTaskInput,
    ) -> Result<types::CancelBundleTaskOutput, Error<error::CancelBundleTaskError>> {
        self.handle.invoke(&schemas::ops::CANCEL_BUNDLE_TASK, input).await
    }
    /// Cancels the specified Capacity Reservation, releases the reserved capacity, and changes the Capacity Reservation's state to `cancelled`.
    ///
    /// You can cancel a Capacity Reservation that is in the following states:
    ///
    /// - `assessing`
    ///
    /// - `scheduled` — requires a cancellation quote. Use `CreateCapacityReservationCancellationQuote` to generate a quote, then pass the quote ID with `ApplyCancellationCharges` set to `commitment-wind-down`. The cancellation charge depends on how close the reservation is to its start date.
    ///
    /// - `active` and there is no commitment duration or the commitment duration has elapsed.
    ///
    /// - `active` during the commitment duration — requires a cancellation quote. Use `CreateCapacityReservationCancellationQuote` to generate a quote, then pass the quote ID with `ApplyCancellationCharges` set to `commitment-wind-down`. The Capacity Reservation transitions to `cancelling` while charges are applied.
    ///
    /// - `delayed` — the commitment duration is waived, so no cancellation charge applies.
    ///
    /// You can't modify or cancel a Capacity Block. For more information, see [Capacity Blocks for ML](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-blocks.html).
    ///
    /// Instances running in the reserved capacity continue running until you stop them. Stopped instances that target the Capacity Reservation can no longer launch. Modify these instances to either target a different Capacity Reservation, launch On-Demand Instance capacity, or run in any open Capacity Reservation that has matching attributes and sufficient capacity.
    pub async fn cancel_capacity_reservation(
        &self,
        input: types::CancelCapacityReservationInput,
    ) -> Result<
        types::CancelCapacityReservationOutput,
        Error<error::CancelCapacityReservationError>,
    > {
        self.handle.invoke(&schemas::ops::CANCEL_CAPACITY_RESERVATION, input).await
    }
    /// Cancels one or more Capacity Reservation Fleets. When you cancel a Capacity Reservation Fleet, the following happens:
    ///
    /// - The Capacity Reservation Fleet's status changes to `cancelled`.
    ///
    /// - The individual Capacity Reservations in the Fleet are cancelled. Instances running in the Capacity Reservations at the time of cancelling the Fleet continue to run in shared capacity.
    ///
    /// - The Fleet stops creating new Capacity Reservations.
    pub async fn cancel_capacity_reservation_fleets(
        &self,
        input: types::CancelCapacityReservationFleetsInput,
    ) -> Result<
        types::CancelCapacityReservationFleetsOutput,
        Error<error::CancelCapacityReservationFleetsError>,
    > {
        self.handle
            .invoke(&schemas::ops::CANCEL_CAPACITY_RESERVATION_FLEETS, input)
            .await
    }
    /// Cancels an active conversion task. The task can be the import of an instance or volume. The action removes all artifacts of the conversion, including a partially uploaded volume or instance. If the conversion is complete or is in the process of transferring the final disk image, the command fails and returns an exception.
    pub async fn cancel_conversion_task(
        &self,
        input: types::CancelConversionTaskInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CancelConversionTaskError>> {
        self.handle.invoke(&schemas::ops::CANCEL_CONVERSION_TASK, input).await
    }
    /// Cancels the generation of an account status report.
    ///
    /// You can only cancel a report while it has the `running` status. Reports with other statuses (`complete`, `cancelled`, or `error`) can't be canceled.
    ///
    /// For more information, see [Generating the account status report for declarative policies](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_status-report.html) in the *Amazon Web Services Organizations User Guide*.
    pub async fn cancel_declarative_policies_report(
        &self,
        input: types::CancelDeclarativePoliciesReportInput,
    ) -> Result<
        types::CancelDeclarativePoliciesReportOutput,
        Error<error::CancelDeclarativePoliciesReportError>,
    > {
        self.handle
            .invoke(&schemas::ops::CANCEL_DECLARATIVE_POLICIES_REPORT, input)
            .await
    }
    /// Cancels an active export task. The request removes all artifacts of the export, including any partially-created Amazon S3 objects. If the export task is complete or is in the process of transferring the final disk image, the command fails and returns an error.
    pub async fn cancel_export_task(
        &self,
        input: types::CancelExportTaskInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CancelExportTaskError>> {
        self.handle.invoke(&schemas::ops::CANCEL_EXPORT_TASK, input).await
    }
    /// Removes your Amazon Web Services account from the launch permissions for the specified AMI. For more information, see [Cancel having an AMI shared with your Amazon Web Services account](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cancel-sharing-an-AMI.html) in the *Amazon EC2 User Guide*.
    pub async fn cancel_image_launch_permission(
        &self,
        input: types::CancelImageLaunchPermissionInput,
    ) -> Result<
        types::CancelImageLaunchPermissionOutput,
        Error<error::CancelImageLaunchPermissionError>,
    > {
        self.handle.invoke(&schemas::ops::CANCEL_IMAGE_LAUNCH_PERMISSION, input).await
    }
    /// Cancels an in-process import virtual machine or import snapshot task.
    pub async fn cancel_import_task(
        &self,
        input: types::CancelImportTaskInput,
    ) -> Result<types::CancelImportTaskOutput, Error<error::CancelImportTaskError>> {
        self.handle.invoke(&schemas::ops::CANCEL_IMPORT_TASK, input).await
    }
    /// Cancels the specified Reserved Instance listing in the Reserved Instance Marketplace.
    ///
    /// For more information, see [Sell in the Reserved Instance Marketplace](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html) in the *Amazon EC2 User Guide*.
    pub async fn cancel_reserved_instances_listing(
        &self,
        input: types::CancelReservedInstancesListingInput,
    ) -> Result<
        types::CancelReservedInstancesListingOutput,
        Error<error::CancelReservedInstancesListingError>,
    > {
        self.handle.invoke(&schemas::ops::CANCEL_RESERVED_INSTANCES_LISTING, input).await
    }
    /// Cancels the specified Spot Fleet requests.
    ///
    /// After you cancel a Spot Fleet request, the Spot Fleet launches no new instances.
    ///
    /// You must also specify whether a canceled Spot Fleet request should terminate its instances. If you choose to terminate the instances, the Spot Fleet request enters the `cancelled\_terminating` state. Otherwise, the Spot Fleet request enters the `cancelled\_running` state and the instances continue to run until they are interrupted or you terminate them manually.
    ///
    /// **Terminating an instance is permanent and irreversible.**
    ///
    /// After you terminate an instance, you can no longer connect to it, and it can't be recovered. All attached Amazon EBS volumes that are configured to be deleted on termination are also permanently deleted and can't be recovered. All data stored on instance store volumes is permanently lost. For more information, see [ How instance termination works](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/how-ec2-instance-termination-works.html).
    ///
    /// Before you terminate an instance, ensure that you have backed up all data that you need to retain after the termination to persistent storage.
    ///
    /// **Restrictions**
    ///
    /// - You can delete up to 100 fleets in a single request. If you exceed the specified number, no fleets are deleted.
    pub async fn cancel_spot_fleet_requests(
        &self,
        input: types::CancelSpotFleetRequestsInput,
    ) -> Result<
        types::CancelSpotFleetRequestsOutput,
        Error<error::CancelSpotFleetRequestsError>,
    > {
        self.handle.invoke(&schemas::ops::CANCEL_SPOT_FLEET_REQUESTS, input).await
    }
    /// Cancels one or more Spot Instance requests.
    ///
    /// Canceling a Spot Instance request does not terminate running Spot Instances associated with the request.
    pub async fn cancel_spot_instance_requests(
        &self,
        input: types::CancelSpotInstanceRequestsInput,
    ) -> Result<
        types::CancelSpotInstanceRequestsOutput,
        Error<error::CancelSpotInstanceRequestsError>,
    > {
        self.handle.invoke(&schemas::ops::CANCEL_SPOT_INSTANCE_REQUESTS, input).await
    }
    /// Determines whether a product code is associated with an instance. This action can only be used by the owner of the product code. It is useful when a product code owner must verify whether another user's instance is eligible for support.
    pub async fn confirm_product_instance(
        &self,
        input: types::ConfirmProductInstanceInput,
    ) -> Result<
        types::ConfirmProductInstanceOutput,
        Error<error::ConfirmProductInstanceError>,
    > {
        self.handle.invoke(&schemas::ops::CONFIRM_PRODUCT_INSTANCE, input).await
    }
    /// Copies the specified Amazon FPGA Image (AFI) to the current Region.
    pub async fn copy_fpga_image(
        &self,
        input: types::CopyFpgaImageInput,
    ) -> Result<types::CopyFpgaImageOutput, Error<error::CopyFpgaImageError>> {
        self.handle.invoke(&schemas::ops::COPY_FPGA_IMAGE, input).await
    }
    /// Initiates an AMI copy operation. You must specify the source AMI ID and both the source and destination locations. The copy operation must be initiated in the destination Region.
    ///
    /// **CopyImage supports the following source to destination copies:**
    ///
    /// - Region to Region
    ///
    /// - Region to Outpost
    ///
    /// - Parent Region to Local Zone
    ///
    /// - Local Zone to parent Region
    ///
    /// - Between Local Zones with the same parent Region (only supported for certain Local Zones)
    ///
    /// **CopyImage does not support the following source to destination copies:**
    ///
    /// - Local Zone to non-parent Regions
    ///
    /// - Between Local Zones with different parent Regions
    ///
    /// - Local Zone to Outpost
    ///
    /// - Outpost to Local Zone
    ///
    /// - Outpost to Region
    ///
    /// - Between Outposts
    ///
    /// - Within same Outpost
    ///
    /// - Cross-partition copies (use [CreateStoreImageTask](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateStoreImageTask.html) instead)
    ///
    /// **Destination specification**
    ///
    /// - Region to Region: The destination Region is the Region in which you initiate the copy operation.
    ///
    /// - Region to Outpost: Specify the destination using the `DestinationOutpostArn` parameter (the ARN of the Outpost)
    ///
    /// - Region to Local Zone, and Local Zone to Local Zone copies: Specify the destination using the `DestinationAvailabilityZone` parameter (the name of the destination Local Zone) or `DestinationAvailabilityZoneId` parameter (the ID of the destination Local Zone).
    ///
    /// **Snapshot encryption**
    ///
    /// - Region to Outpost: Backing snapshots copied to an Outpost are encrypted by default using the default encryption key for the Region or the key that you specify. Outposts do not support unencrypted snapshots.
    ///
    /// - Region to Local Zone, and Local Zone to Local Zone: Not all Local Zones require encrypted snapshots. In Local Zones that require encrypted snapshots, backing snapshots are automatically encrypted during copy. In Local Zones where encryption is not required, snapshots retain their original encryption state (encrypted or unencrypted) by default.
    ///
    /// For more information, including the required permissions for copying an AMI, see [Copy an Amazon EC2 AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html) in the *Amazon EC2 User Guide*.
    pub async fn copy_image(
        &self,
        input: types::CopyImageInput,
    ) -> Result<types::CopyImageOutput, Error<error::CopyImageError>> {
        self.handle.invoke(&schemas::ops::COPY_IMAGE, input).await
    }
    /// Creates an exact copy of an Amazon EBS snapshot.
    ///
    /// The location of the source snapshot determines whether you can copy it or not, and the allowed destinations for the snapshot copy.
    ///
    /// - If the source snapshot is in a Region, you can copy it within that Region, to another Region, to an Outpost associated with that Region, or to a Local Zone in that Region.
    ///
    /// - If the source snapshot is in a Local Zone, you can copy it within that Local Zone, to another Local Zone in the same zone group, or to the parent Region of the Local Zone.
    ///
    /// - If the source snapshot is on an Outpost, you can't copy it.
    ///
    /// When copying snapshots to a Region, the encryption outcome for the snapshot copy depends on the Amazon EBS encryption by default setting for the destination Region, the encryption status of the source snapshot, and the encryption parameters you specify in the request. For more information, see [ Encryption and snapshot copying](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html#creating-encrypted-snapshots).
    ///
    /// Snapshots copied to an Outpost must be encrypted. Unencrypted snapshots are not supported on Outposts. For more information, [ Amazon EBS local snapshots on Outposts](https://docs.aws.amazon.com/ebs/latest/userguide/snapshots-outposts.html#considerations).
    ///
    /// Snapshots copies have an arbitrary source volume ID. Do not use this volume ID for any purpose.
    ///
    /// For more information, see [Copy an Amazon EBS snapshot](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html) in the *Amazon EBS User Guide*.
    pub async fn copy_snapshot(
        &self,
        input: types::CopySnapshotInput,
    ) -> Result<types::CopySnapshotOutput, Error<error::CopySnapshotError>> {
        self.handle.invoke(&schemas::ops::COPY_SNAPSHOT, input).await
    }
    /// Creates a crash-consistent, point-in-time copy of an existing Amazon EBS volume within the same Availability Zone. The volume copy can be attached to an Amazon EC2 instance once it reaches the `available` state. For more information, see [Copy an Amazon EBS volume](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copying-volume.html).
    pub async fn copy_volumes(
        &self,
        input: types::CopyVolumesInput,
    ) -> Result<types::CopyVolumesOutput, Error<error::CopyVolumesError>> {
        self.handle.invoke(&schemas::ops::COPY_VOLUMES, input).await
    }
    /// Creates an application status check for monitoring the health of applications running on your instances. You can configure the protocol, port, path, and thresholds for the health check. The following rules apply:
    ///
    /// - You can create a maximum of 50 application status checks for each account.
    ///
    /// - You must associate the check with instances or tags using `AssociateApplicationStatusCheck` before health checks start.
    ///
    /// - You must set the `Timeout` value to less than the `Interval` value.
    ///
    /// - You must start the `Path` with a forward slash (`/`). Default: `/`.
    ///
    /// - You can specify `Aggregation` as `included` or `excluded`. If you do not specify a value, it defaults to `included`, which means the check contributes to the instance-level application status.
    ///
    /// - You can use the following default values: `Interval` is 60 seconds, `Timeout` is 6 seconds, `FailureThreshold` is 2, `SuccessThreshold` is 2, `StatusCodeMatcher` is `200`, `InitializationGracePeriodSeconds` is 300 seconds.
    ///
    /// - You can tag the application status check during creation. For more information, see [Tag your Amazon EC2 resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html).
    pub async fn create_application_status_check(
        &self,
        input: types::CreateApplicationStatusCheckInput,
    ) -> Result<
        types::CreateApplicationStatusCheckOutput,
        Error<error::CreateApplicationStatusCheckError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_APPLICATION_STATUS_CHECK, input).await
    }
    /// Creates a new data export configuration for EC2 Capacity Manager. This allows you to automatically export capacity usage data to an S3 bucket on a scheduled basis. The exported data includes metrics for On-Demand, Spot, and Capacity Reservations usage across your organization.
    pub async fn create_capacity_manager_data_export(
        &self,
        input: types::CreateCapacityManagerDataExportInput,
    ) -> Result<
        types::CreateCapacityManagerDataExportOutput,
        Error<error::CreateCapacityManagerDataExportError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_CAPACITY_MANAGER_DATA_EXPORT, input)
            .await
    }
    /// Creates a new Capacity Reservation with the specified attributes. Capacity Reservations enable you to reserve capacity for your Amazon EC2 instances in a specific Availability Zone for any duration.
    ///
    /// You can create a Capacity Reservation at any time, and you can choose when it starts. You can create a Capacity Reservation for immediate use or you can request a Capacity Reservation for a future date.
    ///
    /// For more information, see [ Reserve compute capacity with On-Demand Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html) in the *Amazon EC2 User Guide*.
    ///
    /// Your request to create a Capacity Reservation could fail if:
    ///
    /// - Amazon EC2 does not have sufficient capacity. In this case, try again at a later time, try in a different Availability Zone, or request a smaller Capacity Reservation. If your workload is flexible across instance types and sizes, try with different instance attributes.
    ///
    /// - The requested quantity exceeds your On-Demand Instance quota. In this case, increase your On-Demand Instance quota for the requested instance type and try again. For more information, see [ Amazon EC2 Service Quotas](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html) in the *Amazon EC2 User Guide*.
    pub async fn create_capacity_reservation(
        &self,
        input: types::CreateCapacityReservationInput,
    ) -> Result<
        types::CreateCapacityReservationOutput,
        Error<error::CreateCapacityReservationError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CAPACITY_RESERVATION, input).await
    }
    /// Create a new Capacity Reservation by splitting the capacity of the source Capacity Reservation. The new Capacity Reservation will have the same attributes as the source Capacity Reservation except for tags. The source Capacity Reservation must be `active` and owned by your Amazon Web Services account.
    pub async fn create_capacity_reservation_by_splitting(
        &self,
        input: types::CreateCapacityReservationBySplittingInput,
    ) -> Result<
        types::CreateCapacityReservationBySplittingOutput,
        Error<error::CreateCapacityReservationBySplittingError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_CAPACITY_RESERVATION_BY_SPLITTING, input)
            .await
    }
    /// Generates a cancellation quote for a future-dated Capacity Reservation that is within its commitment duration. The quote includes the cancellation terms and a quote ID that you can pass to the `CancelCapacityReservation` action. Cancellation quotes are valid for 24 hours.
    pub async fn create_capacity_reservation_cancellation_quote(
        &self,
        input: types::CreateCapacityReservationCancellationQuoteInput,
    ) -> Result<
        types::CreateCapacityReservationCancellationQuoteOutput,
        Error<error::CreateCapacityReservationCancellationQuoteError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_CAPACITY_RESERVATION_CANCELLATION_QUOTE, input)
            .await
    }
    /// Generates a quote for changing the start date of a future-dated Capacity Reservation that has not yet been delivered. The quote includes the new start date, the resulting commitment end date, and a quote ID. Pass the quote ID to `ModifyCapacityReservation` to apply the change.
    ///
    /// The cumulative pushout across all changes is limited to 30 days from the Capacity Reservation's original start date. Quotes are valid for 24 hours, and always expire at least one hour before the start date.
    pub async fn create_capacity_reservation_date_change_quote(
        &self,
        input: types::CreateCapacityReservationDateChangeQuoteInput,
    ) -> Result<
        types::CreateCapacityReservationDateChangeQuoteOutput,
        Error<error::CreateCapacityReservationDateChangeQuoteError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_CAPACITY_RESERVATION_DATE_CHANGE_QUOTE, input)
            .await
    }
    /// Creates a Capacity Reservation Fleet. For more information, see [Create a Capacity Reservation Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-cr-fleets.html#create-crfleet) in the *Amazon EC2 User Guide*.
    pub async fn create_capacity_reservation_fleet(
        &self,
        input: types::CreateCapacityReservationFleetInput,
    ) -> Result<
        types::CreateCapacityReservationFleetOutput,
        Error<error::CreateCapacityReservationFleetError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CAPACITY_RESERVATION_FLEET, input).await
    }
    /// Creates a carrier gateway. For more information about carrier gateways, see [Carrier gateways](https://docs.aws.amazon.com/wavelength/latest/developerguide/how-wavelengths-work.html#wavelength-carrier-gateway) in the *Amazon Web Services Wavelength Developer Guide*.
    pub async fn create_carrier_gateway(
        &self,
        input: types::CreateCarrierGatewayInput,
    ) -> Result<
        types::CreateCarrierGatewayOutput,
        Error<error::CreateCarrierGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CARRIER_GATEWAY, input).await
    }
    /// Creates a Client VPN endpoint. A Client VPN endpoint is the resource you create and configure to enable and manage client VPN sessions. It is the destination endpoint at which all client VPN sessions are terminated.
    pub async fn create_client_vpn_endpoint(
        &self,
        input: types::CreateClientVpnEndpointInput,
    ) -> Result<
        types::CreateClientVpnEndpointOutput,
        Error<error::CreateClientVpnEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CLIENT_VPN_ENDPOINT, input).await
    }
    /// Adds a route to a network to a Client VPN endpoint. Each Client VPN endpoint has a route table that describes the available destination network routes. Each route in the route table specifies the path for traﬃc to speciﬁc resources or networks.
    pub async fn create_client_vpn_route(
        &self,
        input: types::CreateClientVpnRouteInput,
    ) -> Result<
        types::CreateClientVpnRouteOutput,
        Error<error::CreateClientVpnRouteError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CLIENT_VPN_ROUTE, input).await
    }
    /// Creates a range of customer-owned IP addresses.
    pub async fn create_coip_cidr(
        &self,
        input: types::CreateCoipCidrInput,
    ) -> Result<types::CreateCoipCidrOutput, Error<error::CreateCoipCidrError>> {
        self.handle.invoke(&schemas::ops::CREATE_COIP_CIDR, input).await
    }
    /// Creates a pool of customer-owned IP (CoIP) addresses.
    pub async fn create_coip_pool(
        &self,
        input: types::CreateCoipPoolInput,
    ) -> Result<types::CreateCoipPoolOutput, Error<error::CreateCoipPoolError>> {
        self.handle.invoke(&schemas::ops::CREATE_COIP_POOL, input).await
    }
    /// Provides information to Amazon Web Services about your customer gateway device. The customer gateway device is the appliance at your end of the VPN connection. You must provide the IP address of the customer gateway device’s external interface. The IP address must be static and can be behind a device performing network address translation (NAT).
    ///
    /// For devices that use Border Gateway Protocol (BGP), you can also provide the device's BGP Autonomous System Number (ASN). You can use an existing ASN assigned to your network. If you don't have an ASN already, you can use a private ASN. For more information, see [Customer gateway options for your Site-to-Site VPN connection](https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    ///
    /// To create more than one customer gateway with the same VPN type, IP address, and BGP ASN, specify a unique device name for each customer gateway. An identical request returns information about the existing customer gateway; it doesn't create a new customer gateway.
    pub async fn create_customer_gateway(
        &self,
        input: types::CreateCustomerGatewayInput,
    ) -> Result<
        types::CreateCustomerGatewayOutput,
        Error<error::CreateCustomerGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_CUSTOMER_GATEWAY, input).await
    }
    /// Creates a default subnet with a size `/20` IPv4 CIDR block in the specified Availability Zone in your default VPC. You can have only one default subnet per Availability Zone. For more information, see [Create a default subnet](https://docs.aws.amazon.com/vpc/latest/userguide/work-with-default-vpc.html#create-default-subnet) in the *Amazon VPC User Guide*.
    pub async fn create_default_subnet(
        &self,
        input: types::CreateDefaultSubnetInput,
    ) -> Result<
        types::CreateDefaultSubnetOutput,
        Error<error::CreateDefaultSubnetError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_DEFAULT_SUBNET, input).await
    }
    /// Creates a default VPC with a size `/16` IPv4 CIDR block and a default subnet in each Availability Zone. For more information about the components of a default VPC, see [Default VPCs](https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html) in the *Amazon VPC User Guide*. You cannot specify the components of the default VPC yourself.
    ///
    /// If you deleted your previous default VPC, you can create a default VPC. You cannot have more than one default VPC per Region.
    pub async fn create_default_vpc(
        &self,
        input: types::CreateDefaultVpcInput,
    ) -> Result<types::CreateDefaultVpcOutput, Error<error::CreateDefaultVpcError>> {
        self.handle.invoke(&schemas::ops::CREATE_DEFAULT_VPC, input).await
    }
    /// Delegates ownership of the Amazon EBS root volume for an Apple silicon Mac instance to an administrative user.
    pub async fn create_delegate_mac_volume_ownership_task(
        &self,
        input: types::CreateDelegateMacVolumeOwnershipTaskInput,
    ) -> Result<
        types::CreateDelegateMacVolumeOwnershipTaskOutput,
        Error<error::CreateDelegateMacVolumeOwnershipTaskError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_DELEGATE_MAC_VOLUME_OWNERSHIP_TASK, input)
            .await
    }
    /// Creates a custom set of DHCP options. After you create a DHCP option set, you associate it with a VPC. After you associate a DHCP option set with a VPC, all existing and newly launched instances in the VPC use this set of DHCP options.
    ///
    /// The following are the individual DHCP options you can specify. For more information, see [DHCP option sets](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_DHCP_Options.html) in the *Amazon VPC User Guide*.
    ///
    /// - `domain-name` - If you're using AmazonProvidedDNS in `us-east-1`, specify `ec2.internal`. If you're using AmazonProvidedDNS in any other Region, specify `region.compute.internal`. Otherwise, specify a custom domain name. This value is used to complete unqualified DNS hostnames.
    ///
    /// Some Linux operating systems accept multiple domain names separated by spaces. However, Windows and other Linux operating systems treat the value as a single domain, which results in unexpected behavior. If your DHCP option set is associated with a VPC that has instances running operating systems that treat the value as a single domain, specify only one domain name.
    ///
    /// - `domain-name-servers` - The IP addresses of up to four DNS servers, or AmazonProvidedDNS. To specify multiple domain name servers in a single parameter, separate the IP addresses using commas. To have your instances receive custom DNS hostnames as specified in `domain-name`, you must specify a custom DNS server.
    ///
    /// - `ntp-servers` - The IP addresses of up to eight Network Time Protocol (NTP) servers (four IPv4 addresses and four IPv6 addresses).
    ///
    /// - `netbios-name-servers` - The IP addresses of up to four NetBIOS name servers.
    ///
    /// - `netbios-node-type` - The NetBIOS node type (1, 2, 4, or 8). We recommend that you specify 2. Broadcast and multicast are not supported. For more information about NetBIOS node types, see [RFC 2132](https://www.ietf.org/rfc/rfc2132.txt).
    ///
    /// - `ipv6-address-preferred-lease-time` - A value (in seconds, minutes, hours, or years) for how frequently a running instance with an IPv6 assigned to it goes through DHCPv6 lease renewal. Acceptable values are between 140 and 2147483647 seconds (approximately 68 years). If no value is entered, the default lease time is 140 seconds. If you use long-term addressing for EC2 instances, you can increase the lease time and avoid frequent lease renewal requests. Lease renewal typically occurs when half of the lease time has elapsed.
    pub async fn create_dhcp_options(
        &self,
        input: types::CreateDhcpOptionsInput,
    ) -> Result<types::CreateDhcpOptionsOutput, Error<error::CreateDhcpOptionsError>> {
        self.handle.invoke(&schemas::ops::CREATE_DHCP_OPTIONS, input).await
    }
    /// \[IPv6 only\] Creates an egress-only internet gateway for your VPC. An egress-only internet gateway is used to enable outbound communication over IPv6 from instances in your VPC to the internet, and prevents hosts outside of your VPC from initiating an IPv6 connection with your instance.
    pub async fn create_egress_only_internet_gateway(
        &self,
        input: types::CreateEgressOnlyInternetGatewayInput,
    ) -> Result<
        types::CreateEgressOnlyInternetGatewayOutput,
        Error<error::CreateEgressOnlyInternetGatewayError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_EGRESS_ONLY_INTERNET_GATEWAY, input)
            .await
    }
    /// Creates an EC2 Fleet that contains the configuration information for On-Demand Instances and Spot Instances. Instances are launched immediately if there is available capacity.
    ///
    /// A single EC2 Fleet can include multiple launch specifications that vary by instance type, AMI, Availability Zone, or subnet.
    ///
    /// For more information, see [EC2 Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet.html) in the *Amazon EC2 User Guide*.
    pub async fn create_fleet(
        &self,
        input: types::CreateFleetInput,
    ) -> Result<types::CreateFleetOutput, Error<error::CreateFleetError>> {
        self.handle.invoke(&schemas::ops::CREATE_FLEET, input).await
    }
    /// Creates one or more flow logs to capture information about IP traffic for a specific network interface, subnet, or VPC.
    ///
    /// Flow log data for a monitored network interface is recorded as flow log records, which are log events consisting of fields that describe the traffic flow. For more information, see [Flow log records](https://docs.aws.amazon.com/vpc/latest/userguide/flow-log-records.html) in the *Amazon VPC User Guide*.
    ///
    /// When publishing to CloudWatch Logs, flow log records are published to a log group, and each network interface has a unique log stream in the log group. When publishing to Amazon S3, flow log records for all of the monitored network interfaces are published to a single log file object that is stored in the specified bucket.
    ///
    /// For more information, see [VPC Flow Logs](https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html) in the *Amazon VPC User Guide*.
    pub async fn create_flow_logs(
        &self,
        input: types::CreateFlowLogsInput,
    ) -> Result<types::CreateFlowLogsOutput, Error<error::CreateFlowLogsError>> {
        self.handle.invoke(&schemas::ops::CREATE_FLOW_LOGS, input).await
    }
    /// Creates an Amazon FPGA Image (AFI) from the specified design checkpoint (DCP).
    ///
    /// The create operation is asynchronous. To verify that the AFI was successfully created and is ready for use, check the output logs.
    ///
    /// An AFI contains the FPGA bitstream that is ready to download to an FPGA. You can securely deploy an AFI on multiple FPGA-accelerated instances. For more information, see the [Amazon Web Services FPGA Hardware Development Kit](https://github.com/aws/aws-fpga/).
    pub async fn create_fpga_image(
        &self,
        input: types::CreateFpgaImageInput,
    ) -> Result<types::CreateFpgaImageOutput, Error<error::CreateFpgaImageError>> {
        self.handle.invoke(&schemas::ops::CREATE_FPGA_IMAGE, input).await
    }
    /// Creates an Amazon EBS-backed AMI from an Amazon EBS-backed instance that is either running or stopped.
    ///
    /// If you customized your instance with instance store volumes or Amazon EBS volumes in addition to the root device volume, the new AMI contains block device mapping information for those volumes. When you launch an instance from this new AMI, the instance automatically launches with those additional volumes.
    ///
    /// The location of the source instance determines where you can create the snapshots of the AMI:
    ///
    /// - If the source instance is in a Region, you must create the snapshots in the same Region as the instance.
    ///
    /// - If the source instance is in a Local Zone, you can create the snapshots in the same Local Zone or in its parent Region.
    ///
    /// - If the source instance is on an Outpost that supports local snapshots, you can create the snapshots on the same Outpost or in the parent Region of that Outpost. In this case, you must use the `SnapshotLocation` parameter to specify where to create the snapshots.
    ///
    /// For more information, see [Create an Amazon EBS-backed AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-ebs.html) in the *Amazon Elastic Compute Cloud User Guide*.
    pub async fn create_image(
        &self,
        input: types::CreateImageInput,
    ) -> Result<types::CreateImageOutput, Error<error::CreateImageError>> {
        self.handle.invoke(&schemas::ops::CREATE_IMAGE, input).await
    }
    /// Creates a report that shows how your image is used across other Amazon Web Services accounts. The report provides visibility into which accounts are using the specified image, and how many resources (EC2 instances, EC2 launch templates, Image Builder image recipes, or Image Builder container recipes) are referencing it.
    ///
    /// For more information, see [View your AMI usage](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/your-ec2-ami-usage.html) in the *Amazon EC2 User Guide*.
    pub async fn create_image_usage_report(
        &self,
        input: types::CreateImageUsageReportInput,
    ) -> Result<
        types::CreateImageUsageReportOutput,
        Error<error::CreateImageUsageReportError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_IMAGE_USAGE_REPORT, input).await
    }
    /// Creates an EC2 Instance Connect Endpoint.
    ///
    /// An EC2 Instance Connect Endpoint allows you to connect to an instance, without requiring the instance to have a public IPv4 or public IPv6 address. For more information, see [Connect to your instances using EC2 Instance Connect Endpoint](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Connect-using-EC2-Instance-Connect-Endpoint.html) in the *Amazon EC2 User Guide*.
    pub async fn create_instance_connect_endpoint(
        &self,
        input: types::CreateInstanceConnectEndpointInput,
    ) -> Result<
        types::CreateInstanceConnectEndpointOutput,
        Error<error::CreateInstanceConnectEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_INSTANCE_CONNECT_ENDPOINT, input).await
    }
    /// Creates an event window in which scheduled events for the associated Amazon EC2 instances can run.
    ///
    /// You can define either a set of time ranges or a cron expression when creating the event window, but not both. All event window times are in UTC.
    ///
    /// You can create up to 200 event windows per Amazon Web Services Region.
    ///
    /// When you create the event window, targets (instance IDs, Dedicated Host IDs, or tags) are not yet associated with it. To ensure that the event window can be used, you must associate one or more targets with it by using the AssociateInstanceEventWindow API.
    ///
    /// Event windows are applicable only for scheduled events that stop, reboot, or terminate instances.
    ///
    /// Event windows are *not* applicable for:
    ///
    /// - Expedited scheduled events and network maintenance events.
    ///
    /// - Unscheduled maintenance such as AutoRecovery and unplanned reboots.
    ///
    /// For more information, see [Define event windows for scheduled events](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html) in the *Amazon EC2 User Guide*.
    pub async fn create_instance_event_window(
        &self,
        input: types::CreateInstanceEventWindowInput,
    ) -> Result<
        types::CreateInstanceEventWindowOutput,
        Error<error::CreateInstanceEventWindowError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_INSTANCE_EVENT_WINDOW, input).await
    }
    /// Exports a running or stopped instance to an Amazon S3 bucket.
    ///
    /// For information about the prerequisites for your Amazon S3 bucket, supported operating systems, image formats, and known limitations for the types of instances you can export, see [Exporting an instance as a VM Using VM Import/Export](https://docs.aws.amazon.com/vm-import/latest/userguide/vmexport.html) in the *VM Import/Export User Guide*.
    pub async fn create_instance_export_task(
        &self,
        input: types::CreateInstanceExportTaskInput,
    ) -> Result<
        types::CreateInstanceExportTaskOutput,
        Error<error::CreateInstanceExportTaskError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_INSTANCE_EXPORT_TASK, input).await
    }
    /// Creates an internet gateway for use with a VPC. After creating the internet gateway, you attach it to a VPC using AttachInternetGateway.
    ///
    /// For more information, see [Internet gateways](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html) in the *Amazon VPC User Guide*.
    pub async fn create_internet_gateway(
        &self,
        input: types::CreateInternetGatewayInput,
    ) -> Result<
        types::CreateInternetGatewayOutput,
        Error<error::CreateInternetGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_INTERNET_GATEWAY, input).await
    }
    /// Creates an interruptible Capacity Reservation by specifying the number of unused instances you want to allocate from your source reservation. This helps you make unused capacity available for other workloads within your account while maintaining control to reclaim it.
    pub async fn create_interruptible_capacity_reservation_allocation(
        &self,
        input: types::CreateInterruptibleCapacityReservationAllocationInput,
    ) -> Result<
        types::CreateInterruptibleCapacityReservationAllocationOutput,
        Error<error::CreateInterruptibleCapacityReservationAllocationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_INTERRUPTIBLE_CAPACITY_RESERVATION_ALLOCATION,
                input,
            )
            .await
    }
    /// Create an IPAM. Amazon VPC IP Address Manager (IPAM) is a VPC feature that you can use to automate your IP address management workflows including assigning, tracking, troubleshooting, and auditing IP addresses across Amazon Web Services Regions and accounts throughout your Amazon Web Services Organization.
    ///
    /// For more information, see [Create an IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/create-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn create_ipam(
        &self,
        input: types::CreateIpamInput,
    ) -> Result<types::CreateIpamOutput, Error<error::CreateIpamError>> {
        self.handle.invoke(&schemas::ops::CREATE_IPAM, input).await
    }
    /// Create a verification token.
    ///
    /// A verification token is an Amazon Web Services-generated random value that you can use to prove ownership of an external resource. For example, you can use a verification token to validate that you control a public IP address range when you bring an IP address range to Amazon Web Services (BYOIP).
    pub async fn create_ipam_external_resource_verification_token(
        &self,
        input: types::CreateIpamExternalResourceVerificationTokenInput,
    ) -> Result<
        types::CreateIpamExternalResourceVerificationTokenOutput,
        Error<error::CreateIpamExternalResourceVerificationTokenError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKEN,
                input,
            )
            .await
    }
    /// Creates an association between an IPAM and a Regional Internet Registry (RIR) for Resource Public Key Infrastructure (RPKI) management. You can use this association to create Route Origin Authorizations (ROAs) for IP address prefixes registered with the internet registry. Your IPAM must be in the Advanced tier to use this feature.
    pub async fn create_ipam_internet_registry_association(
        &self,
        input: types::CreateIpamInternetRegistryAssociationInput,
    ) -> Result<
        types::CreateIpamInternetRegistryAssociationOutput,
        Error<error::CreateIpamInternetRegistryAssociationError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_IPAM_INTERNET_REGISTRY_ASSOCIATION, input)
            .await
    }
    /// Creates an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    ///
    /// For more information, see [Define public IPv4 allocation strategy with IPAM policies](https://docs.aws.amazon.com/vpc/latest/ipam/define-public-ipv4-allocation-strategy-with-ipam-policies.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn create_ipam_policy(
        &self,
        input: types::CreateIpamPolicyInput,
    ) -> Result<types::CreateIpamPolicyOutput, Error<error::CreateIpamPolicyError>> {
        self.handle.invoke(&schemas::ops::CREATE_IPAM_POLICY, input).await
    }
    /// Create an IP address pool for Amazon VPC IP Address Manager (IPAM). In IPAM, a pool is a collection of contiguous IP addresses CIDRs. Pools enable you to organize your IP addresses according to your routing and security needs. For example, if you have separate routing and security needs for development and production applications, you can create a pool for each.
    ///
    /// For more information, see [Create a top-level pool](https://docs.aws.amazon.com/vpc/latest/ipam/create-top-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn create_ipam_pool(
        &self,
        input: types::CreateIpamPoolInput,
    ) -> Result<types::CreateIpamPoolOutput, Error<error::CreateIpamPoolError>> {
        self.handle.invoke(&schemas::ops::CREATE_IPAM_POOL, input).await
    }
    /// Creates an IPAM prefix list resolver.
    ///
    /// An IPAM prefix list resolver is a component that manages the synchronization between IPAM's CIDR selection rules and customer-managed prefix lists. It automates connectivity configurations by selecting CIDRs from IPAM's database based on your business logic and synchronizing them with prefix lists used in resources such as VPC route tables and security groups.
    ///
    /// For more information about IPAM prefix list resolver, see [Automate prefix list updates with IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/automate-prefix-list-updates.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn create_ipam_prefix_list_resolver(
        &self,
        input: types::CreateIpamPrefixListResolverInput,
    ) -> Result<
        types::CreateIpamPrefixListResolverOutput,
        Error<error::CreateIpamPrefixListResolverError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_IPAM_PREFIX_LIST_RESOLVER, input).await
    }
    /// Creates an IPAM prefix list resolver target.
    ///
    /// An IPAM prefix list resolver target is an association between a specific customer-managed prefix list and an IPAM prefix list resolver. The target enables the resolver to synchronize CIDRs selected by its rules into the specified prefix list, which can then be referenced in Amazon Web Services resources.
    ///
    /// For more information about IPAM prefix list resolver, see [Automate prefix list updates with IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/automate-prefix-list-updates.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn create_ipam_prefix_list_resolver_target(
        &self,
        input: types::CreateIpamPrefixListResolverTargetInput,
    ) -> Result<
        types::CreateIpamPrefixListResolverTargetOutput,
        Error<error::CreateIpamPrefixListResolverTargetError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_IPAM_PREFIX_LIST_RESOLVER_TARGET, input)
            .await
    }
    /// Creates an IPAM resource discovery. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn create_ipam_resource_discovery(
        &self,
        input: types::CreateIpamResourceDiscoveryInput,
    ) -> Result<
        types::CreateIpamResourceDiscoveryOutput,
        Error<error::CreateIpamResourceDiscoveryError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_IPAM_RESOURCE_DISCOVERY, input).await
    }
    /// Creates a routing policy registration and publishes Route Origin Authorizations (ROAs) to the RPKI for the specified CIDR prefix and ASNs.
    pub async fn create_ipam_routing_policy_registration(
        &self,
        input: types::CreateIpamRoutingPolicyRegistrationInput,
    ) -> Result<
        types::CreateIpamRoutingPolicyRegistrationOutput,
        Error<error::CreateIpamRoutingPolicyRegistrationError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_IPAM_ROUTING_POLICY_REGISTRATION, input)
            .await
    }
    /// Create an IPAM scope. In IPAM, a scope is the highest-level container within IPAM. An IPAM contains two default scopes. Each scope represents the IP space for a single network. The private scope is intended for all private IP address space. The public scope is intended for all public IP address space. Scopes enable you to reuse IP addresses across multiple unconnected networks without causing IP address overlap or conflict.
    ///
    /// For more information, see [Add a scope](https://docs.aws.amazon.com/vpc/latest/ipam/add-scope-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn create_ipam_scope(
        &self,
        input: types::CreateIpamScopeInput,
    ) -> Result<types::CreateIpamScopeOutput, Error<error::CreateIpamScopeError>> {
        self.handle.invoke(&schemas::ops::CREATE_IPAM_SCOPE, input).await
    }
    /// Creates an ED25519 or 2048-bit RSA key pair with the specified name and in the specified format. Amazon EC2 stores the public key and displays the private key for you to save to a file. The private key is returned as an unencrypted PEM encoded PKCS\#1 private key or an unencrypted PPK formatted private key for use with PuTTY. If a key with the specified name already exists, Amazon EC2 returns an error.
    ///
    /// The key pair returned to you is available only in the Amazon Web Services Region in which you create it. If you prefer, you can create your own key pair using a third-party tool and upload it to any Region using ImportKeyPair.
    ///
    /// You can have up to 5,000 key pairs per Amazon Web Services Region.
    ///
    /// For more information, see [Amazon EC2 key pairs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html) in the *Amazon EC2 User Guide*.
    pub async fn create_key_pair(
        &self,
        input: types::CreateKeyPairInput,
    ) -> Result<types::CreateKeyPairOutput, Error<error::CreateKeyPairError>> {
        self.handle.invoke(&schemas::ops::CREATE_KEY_PAIR, input).await
    }
    /// Creates a launch template.
    ///
    /// A launch template contains the parameters to launch an instance. When you launch an instance using RunInstances, you can specify a launch template instead of providing the launch parameters in the request. For more information, see [Store instance launch parameters in Amazon EC2 launch templates](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html) in the *Amazon EC2 User Guide*.
    ///
    /// To clone an existing launch template as the basis for a new launch template, use the Amazon EC2 console. The API, SDKs, and CLI do not support cloning a template. For more information, see [Create a launch template from an existing launch template](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html#create-launch-template-from-existing-launch-template) in the *Amazon EC2 User Guide*.
    pub async fn create_launch_template(
        &self,
        input: types::CreateLaunchTemplateInput,
    ) -> Result<
        types::CreateLaunchTemplateOutput,
        Error<error::CreateLaunchTemplateError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_LAUNCH_TEMPLATE, input).await
    }
    /// Creates a new version of a launch template. You must specify an existing launch template, either by name or ID. You can determine whether the new version inherits parameters from a source version, and add or overwrite parameters as needed.
    ///
    /// Launch template versions are numbered in the order in which they are created. You can't specify, change, or replace the numbering of launch template versions.
    ///
    /// Launch templates are immutable; after you create a launch template, you can't modify it. Instead, you can create a new version of the launch template that includes the changes that you require.
    ///
    /// For more information, see [Modify a launch template (manage launch template versions)](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-launch-template-versions.html) in the *Amazon EC2 User Guide*.
    pub async fn create_launch_template_version(
        &self,
        input: types::CreateLaunchTemplateVersionInput,
    ) -> Result<
        types::CreateLaunchTemplateVersionOutput,
        Error<error::CreateLaunchTemplateVersionError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_LAUNCH_TEMPLATE_VERSION, input).await
    }
    /// Creates a static route for the specified local gateway route table. You must specify one of the following targets:
    ///
    /// - `LocalGatewayVirtualInterfaceGroupId`
    ///
    /// - `NetworkInterfaceId`
    pub async fn create_local_gateway_route(
        &self,
        input: types::CreateLocalGatewayRouteInput,
    ) -> Result<
        types::CreateLocalGatewayRouteOutput,
        Error<error::CreateLocalGatewayRouteError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_LOCAL_GATEWAY_ROUTE, input).await
    }
    /// Creates a local gateway route table.
    pub async fn create_local_gateway_route_table(
        &self,
        input: types::CreateLocalGatewayRouteTableInput,
    ) -> Result<
        types::CreateLocalGatewayRouteTableOutput,
        Error<error::CreateLocalGatewayRouteTableError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_LOCAL_GATEWAY_ROUTE_TABLE, input).await
    }
    /// Creates a local gateway route table virtual interface group association.
    pub async fn create_local_gateway_route_table_virtual_interface_group_association(
        &self,
        input: types::CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationInput,
    ) -> Result<
        types::CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationOutput,
        Error<error::CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATION,
                input,
            )
            .await
    }
    /// Associates the specified VPC with the specified local gateway route table.
    pub async fn create_local_gateway_route_table_vpc_association(
        &self,
        input: types::CreateLocalGatewayRouteTableVpcAssociationInput,
    ) -> Result<
        types::CreateLocalGatewayRouteTableVpcAssociationOutput,
        Error<error::CreateLocalGatewayRouteTableVpcAssociationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATION,
                input,
            )
            .await
    }
    /// Create a virtual interface for a local gateway.
    pub async fn create_local_gateway_virtual_interface(
        &self,
        input: types::CreateLocalGatewayVirtualInterfaceInput,
    ) -> Result<
        types::CreateLocalGatewayVirtualInterfaceOutput,
        Error<error::CreateLocalGatewayVirtualInterfaceError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_LOCAL_GATEWAY_VIRTUAL_INTERFACE, input)
            .await
    }
    /// Create a local gateway virtual interface group.
    pub async fn create_local_gateway_virtual_interface_group(
        &self,
        input: types::CreateLocalGatewayVirtualInterfaceGroupInput,
    ) -> Result<
        types::CreateLocalGatewayVirtualInterfaceGroupOutput,
        Error<error::CreateLocalGatewayVirtualInterfaceGroupError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUP, input)
            .await
    }
    /// Creates a System Integrity Protection (SIP) modification task to configure the SIP settings for an x86 Mac instance or Apple silicon Mac instance. For more information, see [ Configure SIP for Amazon EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/mac-sip-settings.html#mac-sip-configure) in the *Amazon EC2 User Guide*.
    ///
    /// When you configure the SIP settings for your instance, you can either enable or disable all SIP settings, or you can specify a custom SIP configuration that selectively enables or disables specific SIP settings.
    ///
    /// If you implement a custom configuration, [ connect to the instance and verify the settings](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/mac-sip-settings.html#mac-sip-check-settings) to ensure that your requirements are properly implemented and functioning as intended.
    ///
    /// SIP configurations might change with macOS updates. We recommend that you review custom SIP settings after any macOS version upgrade to ensure continued compatibility and proper functionality of your security configurations.
    ///
    /// To enable or disable all SIP settings, use the **MacSystemIntegrityProtectionStatus** parameter only. For example, to enable all SIP settings, specify the following:
    ///
    /// - `MacSystemIntegrityProtectionStatus=enabled`
    ///
    /// To specify a custom configuration that selectively enables or disables specific SIP settings, use the **MacSystemIntegrityProtectionStatus** parameter to enable or disable all SIP settings, and then use the **MacSystemIntegrityProtectionConfiguration** parameter to specify exceptions. In this case, the exceptions you specify for **MacSystemIntegrityProtectionConfiguration** override the value you specify for **MacSystemIntegrityProtectionStatus**. For example, to enable all SIP settings, except `NvramProtections`, specify the following:
    ///
    /// - `MacSystemIntegrityProtectionStatus=enabled`
    ///
    /// - `MacSystemIntegrityProtectionConfigurationRequest "NvramProtections=disabled"`
    pub async fn create_mac_system_integrity_protection_modification_task(
        &self,
        input: types::CreateMacSystemIntegrityProtectionModificationTaskInput,
    ) -> Result<
        types::CreateMacSystemIntegrityProtectionModificationTaskOutput,
        Error<error::CreateMacSystemIntegrityProtectionModificationTaskError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_MAC_SYSTEM_INTEGRITY_PROTECTION_MODIFICATION_TASK,
                input,
            )
            .await
    }
    /// Creates a managed prefix list. You can specify entries for the prefix list. Each entry consists of a CIDR block and an optional description.
    pub async fn create_managed_prefix_list(
        &self,
        input: types::CreateManagedPrefixListInput,
    ) -> Result<
        types::CreateManagedPrefixListOutput,
        Error<error::CreateManagedPrefixListError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_MANAGED_PREFIX_LIST, input).await
    }
    /// Creates a metric category. A metric category is a set of additional metrics that you can associate with an instance that has detailed monitoring enabled.
    ///
    /// For more information, see [Use metric categories for additional metrics](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html#detailed-monitoring-metric-categories) in the *Amazon EC2 User Guide*.
    pub async fn create_metric_category(
        &self,
        input: types::CreateMetricCategoryInput,
    ) -> Result<
        types::CreateMetricCategoryOutput,
        Error<error::CreateMetricCategoryError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_METRIC_CATEGORY, input).await
    }
    /// Creates a NAT gateway in the specified subnet. This action creates a network interface in the specified subnet with a private IP address from the IP address range of the subnet. You can create either a public NAT gateway or a private NAT gateway.
    ///
    /// With a public NAT gateway, internet-bound traffic from a private subnet can be routed to the NAT gateway, so that instances in a private subnet can connect to the internet.
    ///
    /// With a private NAT gateway, private communication is routed across VPCs and on-premises networks through a transit gateway or virtual private gateway. Common use cases include running large workloads behind a small pool of allowlisted IPv4 addresses, preserving private IPv4 addresses, and communicating between overlapping networks.
    ///
    /// For more information, see [NAT gateways](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html) in the *Amazon VPC User Guide*.
    ///
    /// When you create a public NAT gateway and assign it an EIP or secondary EIPs, the network border group of the EIPs must match the network border group of the Availability Zone (AZ) that the public NAT gateway is in. If it's not the same, the NAT gateway will fail to launch. You can see the network border group for the subnet's AZ by viewing the details of the subnet. Similarly, you can view the network border group of an EIP by viewing the details of the EIP address. For more information about network border groups and EIPs, see [Allocate an Elastic IP address](https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithEIPs.html) in the *Amazon VPC User Guide*.
    pub async fn create_nat_gateway(
        &self,
        input: types::CreateNatGatewayInput,
    ) -> Result<types::CreateNatGatewayOutput, Error<error::CreateNatGatewayError>> {
        self.handle.invoke(&schemas::ops::CREATE_NAT_GATEWAY, input).await
    }
    /// Creates a network ACL in a VPC. Network ACLs provide an optional layer of security (in addition to security groups) for the instances in your VPC.
    ///
    /// For more information, see [Network ACLs](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html) in the *Amazon VPC User Guide*.
    pub async fn create_network_acl(
        &self,
        input: types::CreateNetworkAclInput,
    ) -> Result<types::CreateNetworkAclOutput, Error<error::CreateNetworkAclError>> {
        self.handle.invoke(&schemas::ops::CREATE_NETWORK_ACL, input).await
    }
    /// Creates an entry (a rule) in a network ACL with the specified rule number. Each network ACL has a set of numbered ingress rules and a separate set of numbered egress rules. When determining whether a packet should be allowed in or out of a subnet associated with the ACL, we process the entries in the ACL according to the rule numbers, in ascending order. Each network ACL has a set of ingress rules and a separate set of egress rules.
    ///
    /// We recommend that you leave room between the rule numbers (for example, 100, 110, 120, ...), and not number them one right after the other (for example, 101, 102, 103, ...). This makes it easier to add a rule between existing ones without having to renumber the rules.
    ///
    /// After you add an entry, you can't modify it; you must either replace it, or create an entry and delete the old one.
    ///
    /// For more information about network ACLs, see [Network ACLs](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html) in the *Amazon VPC User Guide*.
    pub async fn create_network_acl_entry(
        &self,
        input: types::CreateNetworkAclEntryInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CreateNetworkAclEntryError>> {
        self.handle.invoke(&schemas::ops::CREATE_NETWORK_ACL_ENTRY, input).await
    }
    /// Creates a Network Access Scope.
    ///
    /// Amazon Web Services Network Access Analyzer enables cloud networking and cloud operations teams to verify that their networks on Amazon Web Services conform to their network security and governance objectives. For more information, see the [Amazon Web Services Network Access Analyzer Guide](https://docs.aws.amazon.com/vpc/latest/network-access-analyzer/).
    pub async fn create_network_insights_access_scope(
        &self,
        input: types::CreateNetworkInsightsAccessScopeInput,
    ) -> Result<
        types::CreateNetworkInsightsAccessScopeOutput,
        Error<error::CreateNetworkInsightsAccessScopeError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_NETWORK_INSIGHTS_ACCESS_SCOPE, input)
            .await
    }
    /// Creates a path to analyze for reachability.
    ///
    /// Reachability Analyzer enables you to analyze and debug network reachability between two resources in your virtual private cloud (VPC). For more information, see the [Reachability Analyzer Guide](https://docs.aws.amazon.com/vpc/latest/reachability/).
    pub async fn create_network_insights_path(
        &self,
        input: types::CreateNetworkInsightsPathInput,
    ) -> Result<
        types::CreateNetworkInsightsPathOutput,
        Error<error::CreateNetworkInsightsPathError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_NETWORK_INSIGHTS_PATH, input).await
    }
    /// Creates a network interface in the specified subnet.
    ///
    /// The number of IP addresses you can assign to a network interface varies by instance type.
    ///
    /// For more information about network interfaces, see [Elastic network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html) in the *Amazon EC2 User Guide*.
    pub async fn create_network_interface(
        &self,
        input: types::CreateNetworkInterfaceInput,
    ) -> Result<
        types::CreateNetworkInterfaceOutput,
        Error<error::CreateNetworkInterfaceError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_NETWORK_INTERFACE, input).await
    }
    /// Grants an Amazon Web Services-authorized account permission to attach the specified network interface to an instance in their account.
    ///
    /// You can grant permission to a single Amazon Web Services account only, and only one account at a time.
    pub async fn create_network_interface_permission(
        &self,
        input: types::CreateNetworkInterfacePermissionInput,
    ) -> Result<
        types::CreateNetworkInterfacePermissionOutput,
        Error<error::CreateNetworkInterfacePermissionError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_NETWORK_INTERFACE_PERMISSION, input)
            .await
    }
    /// Creates a flex cost allocation policy for Networking Flexible Cost Allocation (FCA), a feature of Amazon Virtual Private Cloud (Amazon VPC). The policy allocates the charges of a shared networking resource at the reporting granularity that you specify. You can create a policy for one of the following resource types: NAT gateways, Amazon VPC peering connections, or EC2 instances. Policies can allocate data transfer charges for all three types, and data processing charges for NAT gateways.
    ///
    /// You can have up to 100 policies per account in each Amazon Web Services Region, plus one additional policy per network resource type created by a declarative policy, for a maximum of 103 policies in an Amazon Web Services Region.
    pub async fn create_networking_flex_cost_allocation_policy(
        &self,
        input: types::CreateNetworkingFlexCostAllocationPolicyInput,
    ) -> Result<
        types::CreateNetworkingFlexCostAllocationPolicyOutput,
        Error<error::CreateNetworkingFlexCostAllocationPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_NETWORKING_FLEX_COST_ALLOCATION_POLICY, input)
            .await
    }
    /// Creates a placement group in which to launch instances. The strategy of the placement group determines how the instances are organized within the group.
    ///
    /// A `cluster` placement group is a logical grouping of instances within a single Availability Zone that benefit from low network latency, high network throughput. A `spread` placement group places instances on distinct hardware. A `partition` placement group places groups of instances in different partitions, where instances in one partition do not share the same hardware with instances in another partition. A `precision-time` placement group places instances on supported hardware with direct access to high-precision time sources in Amazon Web Services infrastructure.
    ///
    /// For more information, see [Placement groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html) in the *Amazon EC2 User Guide*.
    pub async fn create_placement_group(
        &self,
        input: types::CreatePlacementGroupInput,
    ) -> Result<
        types::CreatePlacementGroupOutput,
        Error<error::CreatePlacementGroupError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_PLACEMENT_GROUP, input).await
    }
    /// Creates a public IPv4 address pool. A public IPv4 pool is an EC2 IP address pool required for the public IPv4 CIDRs that you own and bring to Amazon Web Services to manage with IPAM. IPv6 addresses you bring to Amazon Web Services, however, use IPAM pools only. To monitor the status of pool creation, use [DescribePublicIpv4Pools](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePublicIpv4Pools.html).
    pub async fn create_public_ipv4_pool(
        &self,
        input: types::CreatePublicIpv4PoolInput,
    ) -> Result<
        types::CreatePublicIpv4PoolOutput,
        Error<error::CreatePublicIpv4PoolError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_PUBLIC_IPV4_POOL, input).await
    }
    /// Replaces the EBS-backed root volume for a `running` instance with a new volume that is restored to the original root volume's launch state, that is restored to a specific snapshot taken from the original root volume, that is restored from an AMI that has the same key characteristics as that of the instance, or that is replaced by a specified volume.
    ///
    /// For more information, see [Replace a root volume](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/replace-root.html) in the *Amazon EC2 User Guide*.
    pub async fn create_replace_root_volume_task(
        &self,
        input: types::CreateReplaceRootVolumeTaskInput,
    ) -> Result<
        types::CreateReplaceRootVolumeTaskOutput,
        Error<error::CreateReplaceRootVolumeTaskError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_REPLACE_ROOT_VOLUME_TASK, input).await
    }
    /// Creates a listing for Amazon EC2 Standard Reserved Instances to be sold in the Reserved Instance Marketplace. You can submit one Standard Reserved Instance listing at a time. To get a list of your Standard Reserved Instances, you can use the DescribeReservedInstances operation.
    ///
    /// Only Standard Reserved Instances can be sold in the Reserved Instance Marketplace. Convertible Reserved Instances cannot be sold.
    ///
    /// The Reserved Instance Marketplace matches sellers who want to resell Standard Reserved Instance capacity that they no longer need with buyers who want to purchase additional capacity. Reserved Instances bought and sold through the Reserved Instance Marketplace work like any other Reserved Instances.
    ///
    /// To sell your Standard Reserved Instances, you must first register as a seller in the Reserved Instance Marketplace. After completing the registration process, you can create a Reserved Instance Marketplace listing of some or all of your Standard Reserved Instances, and specify the upfront price to receive for them. Your Standard Reserved Instance listings then become available for purchase. To view the details of your Standard Reserved Instance listing, you can use the DescribeReservedInstancesListings operation.
    ///
    /// For more information, see [Sell in the Reserved Instance Marketplace](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html) in the *Amazon EC2 User Guide*.
    pub async fn create_reserved_instances_listing(
        &self,
        input: types::CreateReservedInstancesListingInput,
    ) -> Result<
        types::CreateReservedInstancesListingOutput,
        Error<error::CreateReservedInstancesListingError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_RESERVED_INSTANCES_LISTING, input).await
    }
    /// Starts a task that restores an AMI from an Amazon S3 object that was previously created by using [CreateStoreImageTask](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateStoreImageTask.html).
    ///
    /// To use this API, you must have the required permissions. For more information, see [Permissions for storing and restoring AMIs using S3](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-ami-store-restore.html#ami-s3-permissions) in the *Amazon EC2 User Guide*.
    ///
    /// For more information, see [Store and restore an AMI using S3](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-store-restore.html) in the *Amazon EC2 User Guide*.
    pub async fn create_restore_image_task(
        &self,
        input: types::CreateRestoreImageTaskInput,
    ) -> Result<
        types::CreateRestoreImageTaskOutput,
        Error<error::CreateRestoreImageTaskError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_RESTORE_IMAGE_TASK, input).await
    }
    /// Creates a route in a route table within a VPC.
    ///
    /// You must specify either a destination CIDR block or a prefix list ID. You must also specify exactly one of the resources from the parameter list.
    ///
    /// When determining how to route traffic, we use the route with the most specific match. For example, traffic is destined for the IPv4 address `192.0.2.3`, and the route table includes the following two IPv4 routes:
    ///
    /// - `192.0.2.0/24` (goes to some target A)
    ///
    /// - `192.0.2.0/28` (goes to some target B)
    ///
    /// Both routes apply to the traffic destined for `192.0.2.3`. However, the second route in the list covers a smaller number of IP addresses and is therefore more specific, so we use that route to determine where to target the traffic.
    ///
    /// For more information about route tables, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    pub async fn create_route(
        &self,
        input: types::CreateRouteInput,
    ) -> Result<types::CreateRouteOutput, Error<error::CreateRouteError>> {
        self.handle.invoke(&schemas::ops::CREATE_ROUTE, input).await
    }
    /// Creates a new route server to manage dynamic routing in a VPC.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn create_route_server(
        &self,
        input: types::CreateRouteServerInput,
    ) -> Result<types::CreateRouteServerOutput, Error<error::CreateRouteServerError>> {
        self.handle.invoke(&schemas::ops::CREATE_ROUTE_SERVER, input).await
    }
    /// Creates a new endpoint for a route server in a specified subnet.
    ///
    /// A route server endpoint is an Amazon Web Services-managed component inside a subnet that facilitates [BGP (Border Gateway Protocol)](https://en.wikipedia.org/wiki/Border_Gateway_Protocol) connections between your route server and your BGP peers.
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn create_route_server_endpoint(
        &self,
        input: types::CreateRouteServerEndpointInput,
    ) -> Result<
        types::CreateRouteServerEndpointOutput,
        Error<error::CreateRouteServerEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_ROUTE_SERVER_ENDPOINT, input).await
    }
    /// Creates a new BGP peer for a specified route server endpoint.
    ///
    /// A route server peer is a session between a route server endpoint and the device deployed in Amazon Web Services (such as a firewall appliance or other network security function running on an EC2 instance). The device must meet these requirements:
    ///
    /// - Have an elastic network interface in the VPC
    ///
    /// - Support BGP (Border Gateway Protocol)
    ///
    /// - Can initiate BGP sessions
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn create_route_server_peer(
        &self,
        input: types::CreateRouteServerPeerInput,
    ) -> Result<
        types::CreateRouteServerPeerOutput,
        Error<error::CreateRouteServerPeerError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_ROUTE_SERVER_PEER, input).await
    }
    /// Creates a route table for the specified VPC. After you create a route table, you can add routes and associate the table with a subnet.
    ///
    /// For more information, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    pub async fn create_route_table(
        &self,
        input: types::CreateRouteTableInput,
    ) -> Result<types::CreateRouteTableOutput, Error<error::CreateRouteTableError>> {
        self.handle.invoke(&schemas::ops::CREATE_ROUTE_TABLE, input).await
    }
    /// Creates a secondary network.
    ///
    /// The allowed size for a secondary network CIDR block is between /28 netmask (16 IP addresses) and /12 netmask (1,048,576 IP addresses).
    pub async fn create_secondary_network(
        &self,
        input: types::CreateSecondaryNetworkInput,
    ) -> Result<
        types::CreateSecondaryNetworkOutput,
        Error<error::CreateSecondaryNetworkError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SECONDARY_NETWORK, input).await
    }
    /// Creates a secondary subnet in a secondary network.
    ///
    /// A secondary subnet CIDR block must not overlap with the CIDR block of an existing secondary subnet in the secondary network. After you create a secondary subnet, you can't change its CIDR block.
    ///
    /// The allowed size for a secondary subnet CIDR block is between /28 netmask (16 IP addresses) and /12 netmask (1,048,576 IP addresses). Amazon reserves the first four IP addresses and the last IP address in each secondary subnet for internal use.
    pub async fn create_secondary_subnet(
        &self,
        input: types::CreateSecondarySubnetInput,
    ) -> Result<
        types::CreateSecondarySubnetOutput,
        Error<error::CreateSecondarySubnetError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SECONDARY_SUBNET, input).await
    }
    /// Creates a security group.
    ///
    /// A security group acts as a virtual firewall for your instance to control inbound and outbound traffic. For more information, see [Amazon EC2 security groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-network-security.html) in the *Amazon EC2 User Guide* and [Security groups for your VPC](https://docs.aws.amazon.com/AmazonVPC/latest/UserGuide/VPC_SecurityGroups.html) in the *Amazon VPC User Guide*.
    ///
    /// When you create a security group, you specify a friendly name of your choice. You can't have two security groups for the same VPC with the same name.
    ///
    /// You have a default security group for use in your VPC. If you don't specify a security group when you launch an instance, the instance is launched into the appropriate default security group. A default security group includes a default rule that grants instances unrestricted network access to each other.
    ///
    /// You can add or remove rules from your security groups using AuthorizeSecurityGroupIngress, AuthorizeSecurityGroupEgress, RevokeSecurityGroupIngress, and RevokeSecurityGroupEgress.
    ///
    /// For more information about VPC security group limits, see [Amazon VPC Limits](https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html).
    pub async fn create_security_group(
        &self,
        input: types::CreateSecurityGroupInput,
    ) -> Result<
        types::CreateSecurityGroupOutput,
        Error<error::CreateSecurityGroupError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SECURITY_GROUP, input).await
    }
    /// Creates a snapshot of an EBS volume and stores it in Amazon S3. You can use snapshots for backups, to make copies of EBS volumes, and to save data before shutting down an instance.
    ///
    /// The location of the source EBS volume determines where you can create the snapshot.
    ///
    /// - If the source volume is in a Region, you must create the snapshot in the same Region as the volume.
    ///
    /// - If the source volume is in a Local Zone, you can create the snapshot in the same Local Zone or in its parent Amazon Web Services Region.
    ///
    /// - If the source volume is on an Outpost, you can create the snapshot on the same Outpost or in its parent Amazon Web Services Region.
    ///
    /// When a snapshot is created, any Amazon Web Services Marketplace product codes that are associated with the source volume are propagated to the snapshot.
    ///
    /// You can take a snapshot of an attached volume that is in use. However, snapshots only capture data that has been written to your Amazon EBS volume at the time the snapshot command is issued; this might exclude any data that has been cached by any applications or the operating system. If you can pause any file systems on the volume long enough to take a snapshot, your snapshot should be complete. However, if you cannot pause all file writes to the volume, you should unmount the volume from within the instance, issue the snapshot command, and then remount the volume to ensure a consistent and complete snapshot. You may remount and use your volume while the snapshot status is `pending`.
    ///
    /// When you create a snapshot for an EBS volume that serves as a root device, we recommend that you stop the instance before taking the snapshot.
    ///
    /// Snapshots that are taken from encrypted volumes are automatically encrypted. Volumes that are created from encrypted snapshots are also automatically encrypted. Your encrypted volumes and any associated snapshots always remain protected. For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    pub async fn create_snapshot(
        &self,
        input: types::CreateSnapshotInput,
    ) -> Result<types::Snapshot, Error<error::CreateSnapshotError>> {
        self.handle.invoke(&schemas::ops::CREATE_SNAPSHOT, input).await
    }
    /// Creates crash-consistent snapshots of multiple EBS volumes attached to an Amazon EC2 instance. Volumes are chosen by specifying an instance. Each volume attached to the specified instance will produce one snapshot that is crash-consistent across the instance. You can include all of the volumes currently attached to the instance, or you can exclude the root volume or specific data (non-root) volumes from the multi-volume snapshot set.
    ///
    /// The location of the source instance determines where you can create the snapshots.
    ///
    /// - If the source instance is in a Region, you must create the snapshots in the same Region as the instance.
    ///
    /// - If the source instance is in a Local Zone, you can create the snapshots in the same Local Zone or in its parent Amazon Web Services Region.
    ///
    /// - If the source instance is on an Outpost, you can create the snapshots on the same Outpost or in its parent Amazon Web Services Region.
    pub async fn create_snapshots(
        &self,
        input: types::CreateSnapshotsInput,
    ) -> Result<types::CreateSnapshotsOutput, Error<error::CreateSnapshotsError>> {
        self.handle.invoke(&schemas::ops::CREATE_SNAPSHOTS, input).await
    }
    /// Creates a data feed for Spot Instances, enabling you to view Spot Instance usage logs. You can create one data feed per Amazon Web Services account. For more information, see [Spot Instance data feed](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-data-feeds.html) in the *Amazon EC2 User Guide*.
    pub async fn create_spot_datafeed_subscription(
        &self,
        input: types::CreateSpotDatafeedSubscriptionInput,
    ) -> Result<
        types::CreateSpotDatafeedSubscriptionOutput,
        Error<error::CreateSpotDatafeedSubscriptionError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SPOT_DATAFEED_SUBSCRIPTION, input).await
    }
    /// Stores an AMI as a single object in an Amazon S3 bucket.
    ///
    /// To use this API, you must have the required permissions. For more information, see [Permissions for storing and restoring AMIs using S3](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-ami-store-restore.html#ami-s3-permissions) in the *Amazon EC2 User Guide*.
    ///
    /// For more information, see [Store and restore an AMI using S3](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-store-restore.html) in the *Amazon EC2 User Guide*.
    pub async fn create_store_image_task(
        &self,
        input: types::CreateStoreImageTaskInput,
    ) -> Result<
        types::CreateStoreImageTaskOutput,
        Error<error::CreateStoreImageTaskError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_STORE_IMAGE_TASK, input).await
    }
    /// Creates a subnet in the specified VPC. For an IPv4 only subnet, specify an IPv4 CIDR block. If the VPC has an IPv6 CIDR block, you can create an IPv6 only subnet or a dual stack subnet instead. For an IPv6 only subnet, specify an IPv6 CIDR block. For a dual stack subnet, specify both an IPv4 CIDR block and an IPv6 CIDR block.
    ///
    /// A subnet CIDR block must not overlap the CIDR block of an existing subnet in the VPC. After you create a subnet, you can't change its CIDR block.
    ///
    /// The allowed size for an IPv4 subnet is between a /28 netmask (16 IP addresses) and a /16 netmask (65,536 IP addresses). Amazon Web Services reserves both the first four and the last IPv4 address in each subnet's CIDR block. They're not available for your use.
    ///
    /// If you've associated an IPv6 CIDR block with your VPC, you can associate an IPv6 CIDR block with a subnet when you create it.
    ///
    /// If you add more than one subnet to a VPC, they're set up in a star topology with a logical router in the middle.
    ///
    /// When you stop an instance in a subnet, it retains its private IPv4 address. It's therefore possible to have a subnet with no running instances (they're all stopped), but no remaining IP addresses available.
    ///
    /// For more information, see [Subnets](https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html) in the *Amazon VPC User Guide*.
    pub async fn create_subnet(
        &self,
        input: types::CreateSubnetInput,
    ) -> Result<types::CreateSubnetOutput, Error<error::CreateSubnetError>> {
        self.handle.invoke(&schemas::ops::CREATE_SUBNET, input).await
    }
    /// Creates a subnet CIDR reservation. For more information, see [Subnet CIDR reservations](https://docs.aws.amazon.com/vpc/latest/userguide/subnet-cidr-reservation.html) in the *Amazon VPC User Guide* and [Manage prefixes for your network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-prefixes.html) in the *Amazon EC2 User Guide*.
    pub async fn create_subnet_cidr_reservation(
        &self,
        input: types::CreateSubnetCidrReservationInput,
    ) -> Result<
        types::CreateSubnetCidrReservationOutput,
        Error<error::CreateSubnetCidrReservationError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_SUBNET_CIDR_RESERVATION, input).await
    }
    /// Adds or overwrites only the specified tags for the specified Amazon EC2 resource or resources. When you specify an existing tag key, the value is overwritten with the new value. Each resource can have a maximum of 50 tags. Each tag consists of a key and optional value. Tag keys must be unique per resource.
    ///
    /// For more information about tags, see [Tag your Amazon EC2 resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html) in the *Amazon Elastic Compute Cloud User Guide*. For more information about creating IAM policies that control users' access to resources based on tags, see [Supported resource-level permissions for Amazon EC2 API actions](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-supported-iam-actions-resources.html) in the *Amazon Elastic Compute Cloud User Guide*.
    pub async fn create_tags(
        &self,
        input: types::CreateTagsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CreateTagsError>> {
        self.handle.invoke(&schemas::ops::CREATE_TAGS, input).await
    }
    /// Creates a Traffic Mirror filter.
    ///
    /// A Traffic Mirror filter is a set of rules that defines the traffic to mirror.
    ///
    /// By default, no traffic is mirrored. To mirror traffic, use [CreateTrafficMirrorFilterRule](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorFilterRule.htm) to add Traffic Mirror rules to the filter. The rules you add define what traffic gets mirrored. You can also use [ModifyTrafficMirrorFilterNetworkServices](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyTrafficMirrorFilterNetworkServices.html) to mirror supported network services.
    pub async fn create_traffic_mirror_filter(
        &self,
        input: types::CreateTrafficMirrorFilterInput,
    ) -> Result<
        types::CreateTrafficMirrorFilterOutput,
        Error<error::CreateTrafficMirrorFilterError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRAFFIC_MIRROR_FILTER, input).await
    }
    /// Creates a Traffic Mirror filter rule.
    ///
    /// A Traffic Mirror rule defines the Traffic Mirror source traffic to mirror.
    ///
    /// You need the Traffic Mirror filter ID when you create the rule.
    pub async fn create_traffic_mirror_filter_rule(
        &self,
        input: types::CreateTrafficMirrorFilterRuleInput,
    ) -> Result<
        types::CreateTrafficMirrorFilterRuleOutput,
        Error<error::CreateTrafficMirrorFilterRuleError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRAFFIC_MIRROR_FILTER_RULE, input).await
    }
    /// Creates a Traffic Mirror session.
    ///
    /// A Traffic Mirror session actively copies packets from a Traffic Mirror source to a Traffic Mirror target. Create a filter, and then assign it to the session to define a subset of the traffic to mirror, for example all TCP traffic.
    ///
    /// The Traffic Mirror source and the Traffic Mirror target (monitoring appliances) can be in the same VPC, or in a different VPC connected via VPC peering or a transit gateway.
    ///
    /// By default, no traffic is mirrored. Use [CreateTrafficMirrorFilter](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorFilter.html) to create filter rules that specify the traffic to mirror.
    pub async fn create_traffic_mirror_session(
        &self,
        input: types::CreateTrafficMirrorSessionInput,
    ) -> Result<
        types::CreateTrafficMirrorSessionOutput,
        Error<error::CreateTrafficMirrorSessionError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRAFFIC_MIRROR_SESSION, input).await
    }
    /// Creates a target for your Traffic Mirror session.
    ///
    /// A Traffic Mirror target is the destination for mirrored traffic. The Traffic Mirror source and the Traffic Mirror target (monitoring appliances) can be in the same VPC, or in different VPCs connected via VPC peering or a transit gateway.
    ///
    /// A Traffic Mirror target can be a network interface, a Network Load Balancer, or a Gateway Load Balancer endpoint.
    ///
    /// To use the target in a Traffic Mirror session, use [CreateTrafficMirrorSession](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTrafficMirrorSession.htm).
    pub async fn create_traffic_mirror_target(
        &self,
        input: types::CreateTrafficMirrorTargetInput,
    ) -> Result<
        types::CreateTrafficMirrorTargetOutput,
        Error<error::CreateTrafficMirrorTargetError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRAFFIC_MIRROR_TARGET, input).await
    }
    /// Creates a transit gateway.
    ///
    /// You can use a transit gateway to interconnect your virtual private clouds (VPC) and on-premises networks. After the transit gateway enters the `available` state, you can attach your VPCs and VPN connections to the transit gateway.
    ///
    /// To attach your VPCs, use CreateTransitGatewayVpcAttachment.
    ///
    /// To attach a VPN connection, use CreateCustomerGateway to create a customer gateway and specify the ID of the customer gateway and the ID of the transit gateway in a call to CreateVpnConnection.
    ///
    /// When you create a transit gateway, we create a default transit gateway route table and use it as the default association route table and the default propagation route table. You can use CreateTransitGatewayRouteTable to create additional transit gateway route tables. If you disable automatic route propagation, we do not create a default transit gateway route table. You can use EnableTransitGatewayRouteTablePropagation to propagate routes from a resource attachment to a transit gateway route table. If you disable automatic associations, you can use AssociateTransitGatewayRouteTable to associate a resource attachment with a transit gateway route table.
    pub async fn create_transit_gateway(
        &self,
        input: types::CreateTransitGatewayInput,
    ) -> Result<
        types::CreateTransitGatewayOutput,
        Error<error::CreateTransitGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY, input).await
    }
    /// Creates a Connect attachment from a specified transit gateway attachment. A Connect attachment is a GRE-based tunnel attachment that you can use to establish a connection between a transit gateway and an appliance.
    ///
    /// A Connect attachment uses an existing VPC or Amazon Web Services Direct Connect attachment as the underlying transport mechanism.
    pub async fn create_transit_gateway_connect(
        &self,
        input: types::CreateTransitGatewayConnectInput,
    ) -> Result<
        types::CreateTransitGatewayConnectOutput,
        Error<error::CreateTransitGatewayConnectError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_CONNECT, input).await
    }
    /// Creates a Connect peer for a specified transit gateway Connect attachment between a transit gateway and an appliance.
    ///
    /// The peer address and transit gateway address must be the same IP address family (IPv4 or IPv6).
    ///
    /// For more information, see [Connect peers](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html#tgw-connect-peer) in the *Amazon Web Services Transit Gateways Guide*.
    pub async fn create_transit_gateway_connect_peer(
        &self,
        input: types::CreateTransitGatewayConnectPeerInput,
    ) -> Result<
        types::CreateTransitGatewayConnectPeerOutput,
        Error<error::CreateTransitGatewayConnectPeerError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_CONNECT_PEER, input)
            .await
    }
    /// Creates a metering policy for a transit gateway to track and measure network traffic.
    pub async fn create_transit_gateway_metering_policy(
        &self,
        input: types::CreateTransitGatewayMeteringPolicyInput,
    ) -> Result<
        types::CreateTransitGatewayMeteringPolicyOutput,
        Error<error::CreateTransitGatewayMeteringPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_METERING_POLICY, input)
            .await
    }
    /// Creates an entry in a transit gateway metering policy to define traffic measurement rules.
    pub async fn create_transit_gateway_metering_policy_entry(
        &self,
        input: types::CreateTransitGatewayMeteringPolicyEntryInput,
    ) -> Result<
        types::CreateTransitGatewayMeteringPolicyEntryOutput,
        Error<error::CreateTransitGatewayMeteringPolicyEntryError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_METERING_POLICY_ENTRY, input)
            .await
    }
    /// Creates a multicast domain using the specified transit gateway.
    ///
    /// The transit gateway must be in the available state before you create a domain. Use [DescribeTransitGateways](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGateways.html) to see the state of transit gateway.
    pub async fn create_transit_gateway_multicast_domain(
        &self,
        input: types::CreateTransitGatewayMulticastDomainInput,
    ) -> Result<
        types::CreateTransitGatewayMulticastDomainOutput,
        Error<error::CreateTransitGatewayMulticastDomainError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_MULTICAST_DOMAIN, input)
            .await
    }
    /// Creates a network function attachment that connects the specified transit gateway to a Gateway Load Balancer endpoint service. Traffic that you route to the attachment is sent to the network function appliances behind the endpoint service. To use this operation, you must be the owner of the transit gateway.
    ///
    /// You can create one network function attachment for each combination of transit gateway and endpoint service. The attachment remains in the `pendingAcceptance` state until the endpoint service owner accepts the endpoint connection.
    pub async fn create_transit_gateway_network_function_attachment(
        &self,
        input: types::CreateTransitGatewayNetworkFunctionAttachmentInput,
    ) -> Result<
        types::CreateTransitGatewayNetworkFunctionAttachmentOutput,
        Error<error::CreateTransitGatewayNetworkFunctionAttachmentError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_TRANSIT_GATEWAY_NETWORK_FUNCTION_ATTACHMENT,
                input,
            )
            .await
    }
    /// Requests a transit gateway peering attachment between the specified transit gateway (requester) and a peer transit gateway (accepter). The peer transit gateway can be in your account or a different Amazon Web Services account.
    ///
    /// After you create the peering attachment, the owner of the accepter transit gateway must accept the attachment request.
    pub async fn create_transit_gateway_peering_attachment(
        &self,
        input: types::CreateTransitGatewayPeeringAttachmentInput,
    ) -> Result<
        types::CreateTransitGatewayPeeringAttachmentOutput,
        Error<error::CreateTransitGatewayPeeringAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_PEERING_ATTACHMENT, input)
            .await
    }
    /// Creates a transit gateway policy table.
    pub async fn create_transit_gateway_policy_table(
        &self,
        input: types::CreateTransitGatewayPolicyTableInput,
    ) -> Result<
        types::CreateTransitGatewayPolicyTableOutput,
        Error<error::CreateTransitGatewayPolicyTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_POLICY_TABLE, input)
            .await
    }
    /// Creates an entry in a transit gateway policy table to route matching traffic to a specified route table.
    pub async fn create_transit_gateway_policy_table_entry(
        &self,
        input: types::CreateTransitGatewayPolicyTableEntryInput,
    ) -> Result<
        types::CreateTransitGatewayPolicyTableEntryOutput,
        Error<error::CreateTransitGatewayPolicyTableEntryError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_POLICY_TABLE_ENTRY, input)
            .await
    }
    /// Creates a reference (route) to a prefix list in a specified transit gateway route table.
    pub async fn create_transit_gateway_prefix_list_reference(
        &self,
        input: types::CreateTransitGatewayPrefixListReferenceInput,
    ) -> Result<
        types::CreateTransitGatewayPrefixListReferenceOutput,
        Error<error::CreateTransitGatewayPrefixListReferenceError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCE, input)
            .await
    }
    /// Creates a static route for the specified transit gateway route table.
    pub async fn create_transit_gateway_route(
        &self,
        input: types::CreateTransitGatewayRouteInput,
    ) -> Result<
        types::CreateTransitGatewayRouteOutput,
        Error<error::CreateTransitGatewayRouteError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_ROUTE, input).await
    }
    /// Creates a route table for the specified transit gateway.
    pub async fn create_transit_gateway_route_table(
        &self,
        input: types::CreateTransitGatewayRouteTableInput,
    ) -> Result<
        types::CreateTransitGatewayRouteTableOutput,
        Error<error::CreateTransitGatewayRouteTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_ROUTE_TABLE, input)
            .await
    }
    /// Advertises a new transit gateway route table.
    pub async fn create_transit_gateway_route_table_announcement(
        &self,
        input: types::CreateTransitGatewayRouteTableAnnouncementInput,
    ) -> Result<
        types::CreateTransitGatewayRouteTableAnnouncementOutput,
        Error<error::CreateTransitGatewayRouteTableAnnouncementError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::CREATE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENT,
                input,
            )
            .await
    }
    /// Attaches the specified VPC to the specified transit gateway.
    ///
    /// If you attach a VPC with a CIDR range that overlaps the CIDR range of a VPC that is already attached, the new VPC CIDR range is not propagated to the default propagation route table.
    ///
    /// To send VPC traffic to an attached transit gateway, add a route to the VPC route table using CreateRoute.
    pub async fn create_transit_gateway_vpc_attachment(
        &self,
        input: types::CreateTransitGatewayVpcAttachmentInput,
    ) -> Result<
        types::CreateTransitGatewayVpcAttachmentOutput,
        Error<error::CreateTransitGatewayVpcAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_TRANSIT_GATEWAY_VPC_ATTACHMENT, input)
            .await
    }
    /// An Amazon Web Services Verified Access endpoint is where you define your application along with an optional endpoint-level access policy.
    pub async fn create_verified_access_endpoint(
        &self,
        input: types::CreateVerifiedAccessEndpointInput,
    ) -> Result<
        types::CreateVerifiedAccessEndpointOutput,
        Error<error::CreateVerifiedAccessEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VERIFIED_ACCESS_ENDPOINT, input).await
    }
    /// An Amazon Web Services Verified Access group is a collection of Amazon Web Services Verified Access endpoints who's associated applications have similar security requirements. Each instance within a Verified Access group shares an Verified Access policy. For example, you can group all Verified Access instances associated with "sales" applications together and use one common Verified Access policy.
    pub async fn create_verified_access_group(
        &self,
        input: types::CreateVerifiedAccessGroupInput,
    ) -> Result<
        types::CreateVerifiedAccessGroupOutput,
        Error<error::CreateVerifiedAccessGroupError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VERIFIED_ACCESS_GROUP, input).await
    }
    /// An Amazon Web Services Verified Access instance is a regional entity that evaluates application requests and grants access only when your security requirements are met.
    pub async fn create_verified_access_instance(
        &self,
        input: types::CreateVerifiedAccessInstanceInput,
    ) -> Result<
        types::CreateVerifiedAccessInstanceOutput,
        Error<error::CreateVerifiedAccessInstanceError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VERIFIED_ACCESS_INSTANCE, input).await
    }
    /// A trust provider is a third-party entity that creates, maintains, and manages identity information for users and devices. When an application request is made, the identity information sent by the trust provider is evaluated by Verified Access before allowing or denying the application request.
    pub async fn create_verified_access_trust_provider(
        &self,
        input: types::CreateVerifiedAccessTrustProviderInput,
    ) -> Result<
        types::CreateVerifiedAccessTrustProviderOutput,
        Error<error::CreateVerifiedAccessTrustProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_VERIFIED_ACCESS_TRUST_PROVIDER, input)
            .await
    }
    /// Creates an EBS volume that can be attached to an instance in the same Availability Zone.
    ///
    /// You can create a new empty volume or restore a volume from an EBS snapshot. Any Amazon Web Services Marketplace product codes from the snapshot are propagated to the volume.
    ///
    /// You can create encrypted volumes. Encrypted volumes must be attached to instances that support Amazon EBS encryption. Volumes that are created from encrypted snapshots are also automatically encrypted. For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    ///
    /// You can tag your volumes during creation. For more information, see [Tag your Amazon EC2 resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html) in the *Amazon EC2 User Guide*.
    ///
    /// For more information, see [Create an Amazon EBS volume](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-creating-volume.html) in the *Amazon EBS User Guide*.
    pub async fn create_volume(
        &self,
        input: types::CreateVolumeInput,
    ) -> Result<types::Volume, Error<error::CreateVolumeError>> {
        self.handle.invoke(&schemas::ops::CREATE_VOLUME, input).await
    }
    /// Creates a VPC with the specified CIDR blocks.
    ///
    /// A VPC must have an associated IPv4 CIDR block. You can choose an IPv4 CIDR block or an IPAM-allocated IPv4 CIDR block. You can optionally associate an IPv6 CIDR block with a VPC. You can choose an IPv6 CIDR block, an Amazon-provided IPv6 CIDR block, an IPAM-allocated IPv6 CIDR block, or an IPv6 CIDR block that you brought to Amazon Web Services. For more information, see [IP addressing for your VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html) in the *Amazon VPC User Guide*.
    ///
    /// By default, each instance that you launch in the VPC has the default DHCP options, which include only a default DNS server that we provide (AmazonProvidedDNS). For more information, see [DHCP option sets](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_DHCP_Options.html) in the *Amazon VPC User Guide*.
    ///
    /// You can specify DNS options and tenancy for a VPC when you create it. You can't change the tenancy of a VPC after you create it. For more information, see [VPC configuration options](https://docs.aws.amazon.com/vpc/latest/userguide/create-vpc-options.html) in the *Amazon VPC User Guide*.
    pub async fn create_vpc(
        &self,
        input: types::CreateVpcInput,
    ) -> Result<types::CreateVpcOutput, Error<error::CreateVpcError>> {
        self.handle.invoke(&schemas::ops::CREATE_VPC, input).await
    }
    /// Create a VPC Block Public Access (BPA) exclusion. A VPC BPA exclusion is a mode that can be applied to a single VPC or subnet that exempts it from the account’s BPA mode and will allow bidirectional or egress-only access. You can create BPA exclusions for VPCs and subnets even when BPA is not enabled on the account to ensure that there is no traffic disruption to the exclusions when VPC BPA is turned on. To learn more about VPC BPA, see [Block public access to VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon VPC User Guide*.
    pub async fn create_vpc_block_public_access_exclusion(
        &self,
        input: types::CreateVpcBlockPublicAccessExclusionInput,
    ) -> Result<
        types::CreateVpcBlockPublicAccessExclusionOutput,
        Error<error::CreateVpcBlockPublicAccessExclusionError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION, input)
            .await
    }
    /// Creates a VPC Encryption Control configuration for a specified VPC. VPC Encryption Control enables you to enforce encryption for all data in transit within and between VPCs to meet compliance requirements for standards like HIPAA, FedRAMP, and PCI DSS.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn create_vpc_encryption_control(
        &self,
        input: types::CreateVpcEncryptionControlInput,
    ) -> Result<
        types::CreateVpcEncryptionControlOutput,
        Error<error::CreateVpcEncryptionControlError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VPC_ENCRYPTION_CONTROL, input).await
    }
    /// Creates a VPC endpoint. A VPC endpoint provides a private connection between the specified VPC and the specified endpoint service. You can use an endpoint service provided by Amazon Web Services, an Amazon Web Services Marketplace Partner, or another Amazon Web Services account. For more information, see the [Amazon Web Services PrivateLink User Guide](https://docs.aws.amazon.com/vpc/latest/privatelink/).
    pub async fn create_vpc_endpoint(
        &self,
        input: types::CreateVpcEndpointInput,
    ) -> Result<types::CreateVpcEndpointOutput, Error<error::CreateVpcEndpointError>> {
        self.handle.invoke(&schemas::ops::CREATE_VPC_ENDPOINT, input).await
    }
    /// Creates a connection notification for a specified VPC endpoint or VPC endpoint service. A connection notification notifies you of specific endpoint events. You must create an SNS topic to receive notifications. For more information, see [Creating an Amazon SNS topic](https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html) in the *Amazon SNS Developer Guide*.
    ///
    /// You can create a connection notification for interface endpoints only.
    pub async fn create_vpc_endpoint_connection_notification(
        &self,
        input: types::CreateVpcEndpointConnectionNotificationInput,
    ) -> Result<
        types::CreateVpcEndpointConnectionNotificationOutput,
        Error<error::CreateVpcEndpointConnectionNotificationError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_VPC_ENDPOINT_CONNECTION_NOTIFICATION, input)
            .await
    }
    /// Creates a VPC endpoint service to which service consumers (Amazon Web Services accounts, users, and IAM roles) can connect.
    ///
    /// Before you create an endpoint service, you must create one of the following for your service:
    ///
    /// - A [Network Load Balancer](https://docs.aws.amazon.com/elasticloadbalancing/latest/network/). Service consumers connect to your service using an interface endpoint.
    ///
    /// - A [Gateway Load Balancer](https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/). Service consumers connect to your service using a Gateway Load Balancer endpoint.
    ///
    /// If you set the private DNS name, you must prove that you own the private DNS domain name.
    ///
    /// For more information, see the [Amazon Web Services PrivateLink Guide](https://docs.aws.amazon.com/vpc/latest/privatelink/).
    pub async fn create_vpc_endpoint_service_configuration(
        &self,
        input: types::CreateVpcEndpointServiceConfigurationInput,
    ) -> Result<
        types::CreateVpcEndpointServiceConfigurationOutput,
        Error<error::CreateVpcEndpointServiceConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::CREATE_VPC_ENDPOINT_SERVICE_CONFIGURATION, input)
            .await
    }
    /// Requests a VPC peering connection between two VPCs: a requester VPC that you own and an accepter VPC with which to create the connection. The accepter VPC can belong to another Amazon Web Services account and can be in a different Region to the requester VPC. The requester VPC and accepter VPC cannot have overlapping CIDR blocks.
    ///
    /// Limitations and rules apply to a VPC peering connection. For more information, see the [VPC peering limitations](https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations) in the *VPC Peering Guide*.
    ///
    /// The owner of the accepter VPC must accept the peering request to activate the peering connection. The VPC peering connection request expires after 7 days, after which it cannot be accepted or rejected.
    ///
    /// Multipath resilience replicates the traffic of an inter-Region VPC peering connection across multiple network paths.
    ///
    /// If you create a VPC peering connection request between VPCs with overlapping CIDR blocks, the VPC peering connection has a status of `failed`.
    pub async fn create_vpc_peering_connection(
        &self,
        input: types::CreateVpcPeeringConnectionInput,
    ) -> Result<
        types::CreateVpcPeeringConnectionOutput,
        Error<error::CreateVpcPeeringConnectionError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VPC_PEERING_CONNECTION, input).await
    }
    /// Creates a VPN concentrator that aggregates multiple VPN connections to a transit gateway.
    pub async fn create_vpn_concentrator(
        &self,
        input: types::CreateVpnConcentratorInput,
    ) -> Result<
        types::CreateVpnConcentratorOutput,
        Error<error::CreateVpnConcentratorError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VPN_CONCENTRATOR, input).await
    }
    /// Creates a VPN connection between an existing virtual private gateway or transit gateway and a customer gateway. The supported connection type is `ipsec.1`.
    ///
    /// The response includes information that you need to give to your network administrator to configure your customer gateway.
    ///
    /// We strongly recommend that you use HTTPS when calling this operation because the response contains sensitive cryptographic information for configuring your customer gateway device.
    ///
    /// If you decide to shut down your VPN connection for any reason and later create a new VPN connection, you must reconfigure your customer gateway with the new information returned from this call.
    ///
    /// This is an idempotent operation. If you perform the operation more than once, Amazon EC2 doesn't return an error.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn create_vpn_connection(
        &self,
        input: types::CreateVpnConnectionInput,
    ) -> Result<
        types::CreateVpnConnectionOutput,
        Error<error::CreateVpnConnectionError>,
    > {
        self.handle.invoke(&schemas::ops::CREATE_VPN_CONNECTION, input).await
    }
    /// Creates a static route associated with a VPN connection between an existing virtual private gateway and a VPN customer gateway. The static route allows traffic to be routed from the virtual private gateway to the VPN customer gateway.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn create_vpn_connection_route(
        &self,
        input: types::CreateVpnConnectionRouteInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::CreateVpnConnectionRouteError>> {
        self.handle.invoke(&schemas::ops::CREATE_VPN_CONNECTION_ROUTE, input).await
    }
    /// Creates a virtual private gateway. A virtual private gateway is the endpoint on the VPC side of your VPN connection. You can create a virtual private gateway before creating the VPC itself.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn create_vpn_gateway(
        &self,
        input: types::CreateVpnGatewayInput,
    ) -> Result<types::CreateVpnGatewayOutput, Error<error::CreateVpnGatewayError>> {
        self.handle.invoke(&schemas::ops::CREATE_VPN_GATEWAY, input).await
    }
    /// Deletes an application status check. The following rules apply:
    ///
    /// - Deleting a check automatically removes all of its associations.
    ///
    /// - Use `DescribeApplicationStatusChecks` to view existing checks before deleting.
    pub async fn delete_application_status_check(
        &self,
        input: types::DeleteApplicationStatusCheckInput,
    ) -> Result<
        types::DeleteApplicationStatusCheckOutput,
        Error<error::DeleteApplicationStatusCheckError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_APPLICATION_STATUS_CHECK, input).await
    }
    /// Deletes an existing Capacity Manager data export configuration. This stops future scheduled exports but does not delete previously exported files from S3.
    pub async fn delete_capacity_manager_data_export(
        &self,
        input: types::DeleteCapacityManagerDataExportInput,
    ) -> Result<
        types::DeleteCapacityManagerDataExportOutput,
        Error<error::DeleteCapacityManagerDataExportError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_CAPACITY_MANAGER_DATA_EXPORT, input)
            .await
    }
    /// Deletes a carrier gateway.
    ///
    /// If you do not delete the route that contains the carrier gateway as the Target, the route is a blackhole route. For information about how to delete a route, see [DeleteRoute](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteRoute.html).
    pub async fn delete_carrier_gateway(
        &self,
        input: types::DeleteCarrierGatewayInput,
    ) -> Result<
        types::DeleteCarrierGatewayOutput,
        Error<error::DeleteCarrierGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_CARRIER_GATEWAY, input).await
    }
    /// Deletes the specified Client VPN endpoint. You must disassociate all target networks before you can delete a Client VPN endpoint.
    pub async fn delete_client_vpn_endpoint(
        &self,
        input: types::DeleteClientVpnEndpointInput,
    ) -> Result<
        types::DeleteClientVpnEndpointOutput,
        Error<error::DeleteClientVpnEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_CLIENT_VPN_ENDPOINT, input).await
    }
    /// Deletes the authorization policy for a Client VPN endpoint.
    pub async fn delete_client_vpn_endpoint_authorization_policy(
        &self,
        input: types::DeleteClientVpnEndpointAuthorizationPolicyInput,
    ) -> Result<
        types::DeleteClientVpnEndpointAuthorizationPolicyOutput,
        Error<error::DeleteClientVpnEndpointAuthorizationPolicyError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_CLIENT_VPN_ENDPOINT_AUTHORIZATION_POLICY,
                input,
            )
            .await
    }
    /// Deletes a route from a Client VPN endpoint. You can only delete routes that you manually added using the **CreateClientVpnRoute** action. You cannot delete routes that were automatically added when associating a subnet. To remove routes that have been automatically added, disassociate the target subnet from the Client VPN endpoint.
    pub async fn delete_client_vpn_route(
        &self,
        input: types::DeleteClientVpnRouteInput,
    ) -> Result<
        types::DeleteClientVpnRouteOutput,
        Error<error::DeleteClientVpnRouteError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_CLIENT_VPN_ROUTE, input).await
    }
    /// Deletes a range of customer-owned IP addresses.
    pub async fn delete_coip_cidr(
        &self,
        input: types::DeleteCoipCidrInput,
    ) -> Result<types::DeleteCoipCidrOutput, Error<error::DeleteCoipCidrError>> {
        self.handle.invoke(&schemas::ops::DELETE_COIP_CIDR, input).await
    }
    /// Deletes a pool of customer-owned IP (CoIP) addresses.
    pub async fn delete_coip_pool(
        &self,
        input: types::DeleteCoipPoolInput,
    ) -> Result<types::DeleteCoipPoolOutput, Error<error::DeleteCoipPoolError>> {
        self.handle.invoke(&schemas::ops::DELETE_COIP_POOL, input).await
    }
    /// Deletes the specified customer gateway. You must delete the VPN connection before you can delete the customer gateway.
    pub async fn delete_customer_gateway(
        &self,
        input: types::DeleteCustomerGatewayInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteCustomerGatewayError>> {
        self.handle.invoke(&schemas::ops::DELETE_CUSTOMER_GATEWAY, input).await
    }
    /// Deletes the specified set of DHCP options. You must disassociate the set of DHCP options before you can delete it. You can disassociate the set of DHCP options by associating either a new set of options or the default set of options with the VPC.
    pub async fn delete_dhcp_options(
        &self,
        input: types::DeleteDhcpOptionsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteDhcpOptionsError>> {
        self.handle.invoke(&schemas::ops::DELETE_DHCP_OPTIONS, input).await
    }
    /// Deletes an egress-only internet gateway.
    pub async fn delete_egress_only_internet_gateway(
        &self,
        input: types::DeleteEgressOnlyInternetGatewayInput,
    ) -> Result<
        types::DeleteEgressOnlyInternetGatewayOutput,
        Error<error::DeleteEgressOnlyInternetGatewayError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_EGRESS_ONLY_INTERNET_GATEWAY, input)
            .await
    }
    /// Deletes the specified EC2 Fleet request.
    ///
    /// After you delete an EC2 Fleet request, it launches no new instances.
    ///
    /// You must also specify whether a deleted EC2 Fleet request should terminate its instances. If you choose to terminate the instances, the EC2 Fleet request enters the `deleted\_terminating` state. Otherwise, it enters the `deleted\_running` state, and the instances continue to run until they are interrupted or you terminate them manually.
    ///
    /// A deleted `instant` fleet with running instances is not supported. When you delete an `instant` fleet, Amazon EC2 automatically terminates all its instances. For fleets with more than 1000 instances, the deletion request might fail. If your fleet has more than 1000 instances, first terminate most of the instances manually, leaving 1000 or fewer. Then delete the fleet, and the remaining instances will be terminated automatically.
    ///
    /// **Terminating an instance is permanent and irreversible.**
    ///
    /// After you terminate an instance, you can no longer connect to it, and it can't be recovered. All attached Amazon EBS volumes that are configured to be deleted on termination are also permanently deleted and can't be recovered. All data stored on instance store volumes is permanently lost. For more information, see [ How instance termination works](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/how-ec2-instance-termination-works.html).
    ///
    /// Before you terminate an instance, ensure that you have backed up all data that you need to retain after the termination to persistent storage.
    ///
    /// **Restrictions**
    ///
    /// - You can delete up to 25 fleets of type `instant` in a single request.
    ///
    /// - You can delete up to 100 fleets of type `maintain` or `request` in a single request.
    ///
    /// - You can delete up to 125 fleets in a single request, provided you do not exceed the quota for each fleet type, as specified above.
    ///
    /// - If you exceed the specified number of fleets to delete, no fleets are deleted.
    ///
    /// For more information, see [Delete an EC2 Fleet request and the instances in the fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/delete-fleet.html) in the *Amazon EC2 User Guide*.
    pub async fn delete_fleets(
        &self,
        input: types::DeleteFleetsInput,
    ) -> Result<types::DeleteFleetsOutput, Error<error::DeleteFleetsError>> {
        self.handle.invoke(&schemas::ops::DELETE_FLEETS, input).await
    }
    /// Deletes one or more flow logs.
    pub async fn delete_flow_logs(
        &self,
        input: types::DeleteFlowLogsInput,
    ) -> Result<types::DeleteFlowLogsOutput, Error<error::DeleteFlowLogsError>> {
        self.handle.invoke(&schemas::ops::DELETE_FLOW_LOGS, input).await
    }
    /// Deletes the specified Amazon FPGA Image (AFI).
    pub async fn delete_fpga_image(
        &self,
        input: types::DeleteFpgaImageInput,
    ) -> Result<types::DeleteFpgaImageOutput, Error<error::DeleteFpgaImageError>> {
        self.handle.invoke(&schemas::ops::DELETE_FPGA_IMAGE, input).await
    }
    /// Deletes the specified image usage report.
    ///
    /// For more information, see [View your AMI usage](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/your-ec2-ami-usage.html) in the *Amazon EC2 User Guide*.
    pub async fn delete_image_usage_report(
        &self,
        input: types::DeleteImageUsageReportInput,
    ) -> Result<
        types::DeleteImageUsageReportOutput,
        Error<error::DeleteImageUsageReportError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_IMAGE_USAGE_REPORT, input).await
    }
    /// Deletes the specified EC2 Instance Connect Endpoint.
    pub async fn delete_instance_connect_endpoint(
        &self,
        input: types::DeleteInstanceConnectEndpointInput,
    ) -> Result<
        types::DeleteInstanceConnectEndpointOutput,
        Error<error::DeleteInstanceConnectEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_INSTANCE_CONNECT_ENDPOINT, input).await
    }
    /// Deletes the specified event window.
    ///
    /// For more information, see [Define event windows for scheduled events](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html) in the *Amazon EC2 User Guide*.
    pub async fn delete_instance_event_window(
        &self,
        input: types::DeleteInstanceEventWindowInput,
    ) -> Result<
        types::DeleteInstanceEventWindowOutput,
        Error<error::DeleteInstanceEventWindowError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_INSTANCE_EVENT_WINDOW, input).await
    }
    /// Deletes the specified internet gateway. You must detach the internet gateway from the VPC before you can delete it.
    pub async fn delete_internet_gateway(
        &self,
        input: types::DeleteInternetGatewayInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteInternetGatewayError>> {
        self.handle.invoke(&schemas::ops::DELETE_INTERNET_GATEWAY, input).await
    }
    /// Delete an IPAM. Deleting an IPAM removes all monitored data associated with the IPAM including the historical data for CIDRs.
    ///
    /// For more information, see [Delete an IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/delete-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn delete_ipam(
        &self,
        input: types::DeleteIpamInput,
    ) -> Result<types::DeleteIpamOutput, Error<error::DeleteIpamError>> {
        self.handle.invoke(&schemas::ops::DELETE_IPAM, input).await
    }
    /// Delete a verification token.
    ///
    /// A verification token is an Amazon Web Services-generated random value that you can use to prove ownership of an external resource. For example, you can use a verification token to validate that you control a public IP address range when you bring an IP address range to Amazon Web Services (BYOIP).
    pub async fn delete_ipam_external_resource_verification_token(
        &self,
        input: types::DeleteIpamExternalResourceVerificationTokenInput,
    ) -> Result<
        types::DeleteIpamExternalResourceVerificationTokenOutput,
        Error<error::DeleteIpamExternalResourceVerificationTokenError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKEN,
                input,
            )
            .await
    }
    /// Deletes an IPAM internet registry association. Before deleting, you must remove all routing policy registrations associated with the internet registry.
    pub async fn delete_ipam_internet_registry_association(
        &self,
        input: types::DeleteIpamInternetRegistryAssociationInput,
    ) -> Result<
        types::DeleteIpamInternetRegistryAssociationOutput,
        Error<error::DeleteIpamInternetRegistryAssociationError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_IPAM_INTERNET_REGISTRY_ASSOCIATION, input)
            .await
    }
    /// Deletes an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    pub async fn delete_ipam_policy(
        &self,
        input: types::DeleteIpamPolicyInput,
    ) -> Result<types::DeleteIpamPolicyOutput, Error<error::DeleteIpamPolicyError>> {
        self.handle.invoke(&schemas::ops::DELETE_IPAM_POLICY, input).await
    }
    /// Delete an IPAM pool.
    ///
    /// You cannot delete an IPAM pool if there are allocations in it or CIDRs provisioned to it. To release allocations, see [ReleaseIpamPoolAllocation](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseIpamPoolAllocation.html). To deprovision pool CIDRs, see [DeprovisionIpamPoolCidr](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeprovisionIpamPoolCidr.html).
    ///
    /// For more information, see [Delete a pool](https://docs.aws.amazon.com/vpc/latest/ipam/delete-pool-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn delete_ipam_pool(
        &self,
        input: types::DeleteIpamPoolInput,
    ) -> Result<types::DeleteIpamPoolOutput, Error<error::DeleteIpamPoolError>> {
        self.handle.invoke(&schemas::ops::DELETE_IPAM_POOL, input).await
    }
    /// Deletes an IPAM prefix list resolver. Before deleting a resolver, you must first delete all resolver targets associated with it.
    pub async fn delete_ipam_prefix_list_resolver(
        &self,
        input: types::DeleteIpamPrefixListResolverInput,
    ) -> Result<
        types::DeleteIpamPrefixListResolverOutput,
        Error<error::DeleteIpamPrefixListResolverError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_IPAM_PREFIX_LIST_RESOLVER, input).await
    }
    /// Deletes an IPAM prefix list resolver target. This removes the association between the resolver and the managed prefix list, stopping automatic CIDR synchronization.
    ///
    /// For more information about IPAM prefix list resolver, see [Automate prefix list updates with IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/automate-prefix-list-updates.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn delete_ipam_prefix_list_resolver_target(
        &self,
        input: types::DeleteIpamPrefixListResolverTargetInput,
    ) -> Result<
        types::DeleteIpamPrefixListResolverTargetOutput,
        Error<error::DeleteIpamPrefixListResolverTargetError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_IPAM_PREFIX_LIST_RESOLVER_TARGET, input)
            .await
    }
    /// Deletes an IPAM resource discovery. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn delete_ipam_resource_discovery(
        &self,
        input: types::DeleteIpamResourceDiscoveryInput,
    ) -> Result<
        types::DeleteIpamResourceDiscoveryOutput,
        Error<error::DeleteIpamResourceDiscoveryError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_IPAM_RESOURCE_DISCOVERY, input).await
    }
    /// Deletes a routing policy registration for a specified CIDR prefix.
    pub async fn delete_ipam_routing_policy_registration(
        &self,
        input: types::DeleteIpamRoutingPolicyRegistrationInput,
    ) -> Result<
        types::DeleteIpamRoutingPolicyRegistrationOutput,
        Error<error::DeleteIpamRoutingPolicyRegistrationError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_IPAM_ROUTING_POLICY_REGISTRATION, input)
            .await
    }
    /// Delete the scope for an IPAM. You cannot delete the default scopes.
    ///
    /// For more information, see [Delete a scope](https://docs.aws.amazon.com/vpc/latest/ipam/delete-scope-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn delete_ipam_scope(
        &self,
        input: types::DeleteIpamScopeInput,
    ) -> Result<types::DeleteIpamScopeOutput, Error<error::DeleteIpamScopeError>> {
        self.handle.invoke(&schemas::ops::DELETE_IPAM_SCOPE, input).await
    }
    /// Deletes the specified key pair, by removing the public key from Amazon EC2.
    pub async fn delete_key_pair(
        &self,
        input: types::DeleteKeyPairInput,
    ) -> Result<types::DeleteKeyPairOutput, Error<error::DeleteKeyPairError>> {
        self.handle.invoke(&schemas::ops::DELETE_KEY_PAIR, input).await
    }
    /// Deletes a launch template. Deleting a launch template deletes all of its versions.
    pub async fn delete_launch_template(
        &self,
        input: types::DeleteLaunchTemplateInput,
    ) -> Result<
        types::DeleteLaunchTemplateOutput,
        Error<error::DeleteLaunchTemplateError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_LAUNCH_TEMPLATE, input).await
    }
    /// Deletes one or more versions of a launch template.
    ///
    /// You can't delete the default version of a launch template; you must first assign a different version as the default. If the default version is the only version for the launch template, you must delete the entire launch template using DeleteLaunchTemplate.
    ///
    /// You can delete up to 200 launch template versions in a single request. To delete more than 200 versions in a single request, use DeleteLaunchTemplate, which deletes the launch template and all of its versions.
    ///
    /// For more information, see [Delete a launch template version](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/delete-launch-template.html#delete-launch-template-version) in the *Amazon EC2 User Guide*.
    pub async fn delete_launch_template_versions(
        &self,
        input: types::DeleteLaunchTemplateVersionsInput,
    ) -> Result<
        types::DeleteLaunchTemplateVersionsOutput,
        Error<error::DeleteLaunchTemplateVersionsError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_LAUNCH_TEMPLATE_VERSIONS, input).await
    }
    /// Deletes the specified route from the specified local gateway route table.
    pub async fn delete_local_gateway_route(
        &self,
        input: types::DeleteLocalGatewayRouteInput,
    ) -> Result<
        types::DeleteLocalGatewayRouteOutput,
        Error<error::DeleteLocalGatewayRouteError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_LOCAL_GATEWAY_ROUTE, input).await
    }
    /// Deletes a local gateway route table.
    pub async fn delete_local_gateway_route_table(
        &self,
        input: types::DeleteLocalGatewayRouteTableInput,
    ) -> Result<
        types::DeleteLocalGatewayRouteTableOutput,
        Error<error::DeleteLocalGatewayRouteTableError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_LOCAL_GATEWAY_ROUTE_TABLE, input).await
    }
    /// Deletes a local gateway route table virtual interface group association.
    pub async fn delete_local_gateway_route_table_virtual_interface_group_association(
        &self,
        input: types::DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationInput,
    ) -> Result<
        types::DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationOutput,
        Error<error::DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATION,
                input,
            )
            .await
    }
    /// Deletes the specified association between a VPC and local gateway route table.
    pub async fn delete_local_gateway_route_table_vpc_association(
        &self,
        input: types::DeleteLocalGatewayRouteTableVpcAssociationInput,
    ) -> Result<
        types::DeleteLocalGatewayRouteTableVpcAssociationOutput,
        Error<error::DeleteLocalGatewayRouteTableVpcAssociationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATION,
                input,
            )
            .await
    }
    /// Deletes the specified local gateway virtual interface.
    pub async fn delete_local_gateway_virtual_interface(
        &self,
        input: types::DeleteLocalGatewayVirtualInterfaceInput,
    ) -> Result<
        types::DeleteLocalGatewayVirtualInterfaceOutput,
        Error<error::DeleteLocalGatewayVirtualInterfaceError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_LOCAL_GATEWAY_VIRTUAL_INTERFACE, input)
            .await
    }
    /// Delete the specified local gateway interface group.
    pub async fn delete_local_gateway_virtual_interface_group(
        &self,
        input: types::DeleteLocalGatewayVirtualInterfaceGroupInput,
    ) -> Result<
        types::DeleteLocalGatewayVirtualInterfaceGroupOutput,
        Error<error::DeleteLocalGatewayVirtualInterfaceGroupError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUP, input)
            .await
    }
    /// Deletes the specified managed prefix list. You must first remove all references to the prefix list in your resources.
    pub async fn delete_managed_prefix_list(
        &self,
        input: types::DeleteManagedPrefixListInput,
    ) -> Result<
        types::DeleteManagedPrefixListOutput,
        Error<error::DeleteManagedPrefixListError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_MANAGED_PREFIX_LIST, input).await
    }
    /// Deletes the specified metric category. Associations between the metric category and your instances are removed asynchronously.
    ///
    /// For more information, see [Use metric categories for additional metrics](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html#detailed-monitoring-metric-categories) in the *Amazon EC2 User Guide*.
    pub async fn delete_metric_category(
        &self,
        input: types::DeleteMetricCategoryInput,
    ) -> Result<
        types::DeleteMetricCategoryOutput,
        Error<error::DeleteMetricCategoryError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_METRIC_CATEGORY, input).await
    }
    /// Deletes the specified NAT gateway. Deleting a public NAT gateway disassociates its Elastic IP address, but does not release the address from your account. Deleting a NAT gateway does not delete any NAT gateway routes in your route tables.
    pub async fn delete_nat_gateway(
        &self,
        input: types::DeleteNatGatewayInput,
    ) -> Result<types::DeleteNatGatewayOutput, Error<error::DeleteNatGatewayError>> {
        self.handle.invoke(&schemas::ops::DELETE_NAT_GATEWAY, input).await
    }
    /// Deletes the specified network ACL. You can't delete the ACL if it's associated with any subnets. You can't delete the default network ACL.
    pub async fn delete_network_acl(
        &self,
        input: types::DeleteNetworkAclInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteNetworkAclError>> {
        self.handle.invoke(&schemas::ops::DELETE_NETWORK_ACL, input).await
    }
    /// Deletes the specified ingress or egress entry (rule) from the specified network ACL.
    pub async fn delete_network_acl_entry(
        &self,
        input: types::DeleteNetworkAclEntryInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteNetworkAclEntryError>> {
        self.handle.invoke(&schemas::ops::DELETE_NETWORK_ACL_ENTRY, input).await
    }
    /// Deletes the specified Network Access Scope.
    pub async fn delete_network_insights_access_scope(
        &self,
        input: types::DeleteNetworkInsightsAccessScopeInput,
    ) -> Result<
        types::DeleteNetworkInsightsAccessScopeOutput,
        Error<error::DeleteNetworkInsightsAccessScopeError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_NETWORK_INSIGHTS_ACCESS_SCOPE, input)
            .await
    }
    /// Deletes the specified Network Access Scope analysis.
    pub async fn delete_network_insights_access_scope_analysis(
        &self,
        input: types::DeleteNetworkInsightsAccessScopeAnalysisInput,
    ) -> Result<
        types::DeleteNetworkInsightsAccessScopeAnalysisOutput,
        Error<error::DeleteNetworkInsightsAccessScopeAnalysisError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS, input)
            .await
    }
    /// Deletes the specified network insights analysis.
    pub async fn delete_network_insights_analysis(
        &self,
        input: types::DeleteNetworkInsightsAnalysisInput,
    ) -> Result<
        types::DeleteNetworkInsightsAnalysisOutput,
        Error<error::DeleteNetworkInsightsAnalysisError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_NETWORK_INSIGHTS_ANALYSIS, input).await
    }
    /// Deletes the specified path.
    pub async fn delete_network_insights_path(
        &self,
        input: types::DeleteNetworkInsightsPathInput,
    ) -> Result<
        types::DeleteNetworkInsightsPathOutput,
        Error<error::DeleteNetworkInsightsPathError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_NETWORK_INSIGHTS_PATH, input).await
    }
    /// Deletes the specified network interface. You must detach the network interface before you can delete it.
    pub async fn delete_network_interface(
        &self,
        input: types::DeleteNetworkInterfaceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteNetworkInterfaceError>> {
        self.handle.invoke(&schemas::ops::DELETE_NETWORK_INTERFACE, input).await
    }
    /// Deletes a permission for a network interface. By default, you cannot delete the permission if the account for which you're removing the permission has attached the network interface to an instance. However, you can force delete the permission, regardless of any attachment.
    pub async fn delete_network_interface_permission(
        &self,
        input: types::DeleteNetworkInterfacePermissionInput,
    ) -> Result<
        types::DeleteNetworkInterfacePermissionOutput,
        Error<error::DeleteNetworkInterfacePermissionError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_NETWORK_INTERFACE_PERMISSION, input)
            .await
    }
    /// Deletes one or more flex cost allocation policies.
    pub async fn delete_networking_flex_cost_allocation_policies(
        &self,
        input: types::DeleteNetworkingFlexCostAllocationPoliciesInput,
    ) -> Result<
        types::DeleteNetworkingFlexCostAllocationPoliciesOutput,
        Error<error::DeleteNetworkingFlexCostAllocationPoliciesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_NETWORKING_FLEX_COST_ALLOCATION_POLICIES,
                input,
            )
            .await
    }
    /// Deletes the specified placement group. You must terminate all instances in the placement group before you can delete the placement group. You cannot delete a placement group that is a parent of a cluster placement group. Delete the cluster placement groups first. For more information, see [Placement groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html) in the *Amazon EC2 User Guide*.
    pub async fn delete_placement_group(
        &self,
        input: types::DeletePlacementGroupInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeletePlacementGroupError>> {
        self.handle.invoke(&schemas::ops::DELETE_PLACEMENT_GROUP, input).await
    }
    /// Delete a public IPv4 pool. A public IPv4 pool is an EC2 IP address pool required for the public IPv4 CIDRs that you own and bring to Amazon Web Services to manage with IPAM. IPv6 addresses you bring to Amazon Web Services, however, use IPAM pools only.
    pub async fn delete_public_ipv4_pool(
        &self,
        input: types::DeletePublicIpv4PoolInput,
    ) -> Result<
        types::DeletePublicIpv4PoolOutput,
        Error<error::DeletePublicIpv4PoolError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_PUBLIC_IPV4_POOL, input).await
    }
    /// Deletes the queued purchases for the specified Reserved Instances.
    pub async fn delete_queued_reserved_instances(
        &self,
        input: types::DeleteQueuedReservedInstancesInput,
    ) -> Result<
        types::DeleteQueuedReservedInstancesOutput,
        Error<error::DeleteQueuedReservedInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_QUEUED_RESERVED_INSTANCES, input).await
    }
    /// Deletes the specified route from the specified route table.
    pub async fn delete_route(
        &self,
        input: types::DeleteRouteInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteRouteError>> {
        self.handle.invoke(&schemas::ops::DELETE_ROUTE, input).await
    }
    /// Deletes the specified route server.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn delete_route_server(
        &self,
        input: types::DeleteRouteServerInput,
    ) -> Result<types::DeleteRouteServerOutput, Error<error::DeleteRouteServerError>> {
        self.handle.invoke(&schemas::ops::DELETE_ROUTE_SERVER, input).await
    }
    /// Deletes the specified route server endpoint.
    ///
    /// A route server endpoint is an Amazon Web Services-managed component inside a subnet that facilitates [BGP (Border Gateway Protocol)](https://en.wikipedia.org/wiki/Border_Gateway_Protocol) connections between your route server and your BGP peers.
    pub async fn delete_route_server_endpoint(
        &self,
        input: types::DeleteRouteServerEndpointInput,
    ) -> Result<
        types::DeleteRouteServerEndpointOutput,
        Error<error::DeleteRouteServerEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_ROUTE_SERVER_ENDPOINT, input).await
    }
    /// Deletes the specified BGP peer from a route server.
    ///
    /// A route server peer is a session between a route server endpoint and the device deployed in Amazon Web Services (such as a firewall appliance or other network security function running on an EC2 instance). The device must meet these requirements:
    ///
    /// - Have an elastic network interface in the VPC
    ///
    /// - Support BGP (Border Gateway Protocol)
    ///
    /// - Can initiate BGP sessions
    pub async fn delete_route_server_peer(
        &self,
        input: types::DeleteRouteServerPeerInput,
    ) -> Result<
        types::DeleteRouteServerPeerOutput,
        Error<error::DeleteRouteServerPeerError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_ROUTE_SERVER_PEER, input).await
    }
    /// Deletes the specified route table. You must disassociate the route table from any subnets before you can delete it. You can't delete the main route table.
    pub async fn delete_route_table(
        &self,
        input: types::DeleteRouteTableInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteRouteTableError>> {
        self.handle.invoke(&schemas::ops::DELETE_ROUTE_TABLE, input).await
    }
    /// Deletes a secondary network. You must delete all secondary subnets in the secondary network before you can delete the secondary network.
    pub async fn delete_secondary_network(
        &self,
        input: types::DeleteSecondaryNetworkInput,
    ) -> Result<
        types::DeleteSecondaryNetworkOutput,
        Error<error::DeleteSecondaryNetworkError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SECONDARY_NETWORK, input).await
    }
    /// Deletes a secondary subnet. A secondary subnet must not contain any secondary interfaces prior to deletion.
    pub async fn delete_secondary_subnet(
        &self,
        input: types::DeleteSecondarySubnetInput,
    ) -> Result<
        types::DeleteSecondarySubnetOutput,
        Error<error::DeleteSecondarySubnetError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SECONDARY_SUBNET, input).await
    }
    /// Deletes a security group.
    ///
    /// If you attempt to delete a security group that is associated with an instance or network interface, is referenced by another security group in the same VPC, or has a VPC association, the operation fails with `DependencyViolation`.
    pub async fn delete_security_group(
        &self,
        input: types::DeleteSecurityGroupInput,
    ) -> Result<
        types::DeleteSecurityGroupOutput,
        Error<error::DeleteSecurityGroupError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SECURITY_GROUP, input).await
    }
    /// Deletes the specified snapshot.
    ///
    /// When you make periodic snapshots of a volume, the snapshots are incremental, and only the blocks on the device that have changed since your last snapshot are saved in the new snapshot. When you delete a snapshot, only the data not needed for any other snapshot is removed. So regardless of which prior snapshots have been deleted, all active snapshots will have access to all the information needed to restore the volume.
    ///
    /// You cannot delete a snapshot of the root device of an EBS volume used by a registered AMI. You must first deregister the AMI before you can delete the snapshot.
    ///
    /// For more information, see [Delete an Amazon EBS snapshot](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-snapshot.html) in the *Amazon EBS User Guide*.
    pub async fn delete_snapshot(
        &self,
        input: types::DeleteSnapshotInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteSnapshotError>> {
        self.handle.invoke(&schemas::ops::DELETE_SNAPSHOT, input).await
    }
    /// Deletes the data feed for Spot Instances.
    pub async fn delete_spot_datafeed_subscription(
        &self,
        input: types::DeleteSpotDatafeedSubscriptionInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::DeleteSpotDatafeedSubscriptionError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SPOT_DATAFEED_SUBSCRIPTION, input).await
    }
    /// Deletes the specified subnet. You must terminate all running instances in the subnet before you can delete the subnet.
    pub async fn delete_subnet(
        &self,
        input: types::DeleteSubnetInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteSubnetError>> {
        self.handle.invoke(&schemas::ops::DELETE_SUBNET, input).await
    }
    /// Deletes a subnet CIDR reservation.
    pub async fn delete_subnet_cidr_reservation(
        &self,
        input: types::DeleteSubnetCidrReservationInput,
    ) -> Result<
        types::DeleteSubnetCidrReservationOutput,
        Error<error::DeleteSubnetCidrReservationError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_SUBNET_CIDR_RESERVATION, input).await
    }
    /// Deletes the specified set of tags from the specified set of resources.
    ///
    /// To list the current tags, use DescribeTags. For more information about tags, see [Tag your Amazon EC2 resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html) in the *Amazon Elastic Compute Cloud User Guide*.
    pub async fn delete_tags(
        &self,
        input: types::DeleteTagsInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteTagsError>> {
        self.handle.invoke(&schemas::ops::DELETE_TAGS, input).await
    }
    /// Deletes the specified Traffic Mirror filter.
    ///
    /// You cannot delete a Traffic Mirror filter that is in use by a Traffic Mirror session.
    pub async fn delete_traffic_mirror_filter(
        &self,
        input: types::DeleteTrafficMirrorFilterInput,
    ) -> Result<
        types::DeleteTrafficMirrorFilterOutput,
        Error<error::DeleteTrafficMirrorFilterError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRAFFIC_MIRROR_FILTER, input).await
    }
    /// Deletes the specified Traffic Mirror rule.
    pub async fn delete_traffic_mirror_filter_rule(
        &self,
        input: types::DeleteTrafficMirrorFilterRuleInput,
    ) -> Result<
        types::DeleteTrafficMirrorFilterRuleOutput,
        Error<error::DeleteTrafficMirrorFilterRuleError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRAFFIC_MIRROR_FILTER_RULE, input).await
    }
    /// Deletes the specified Traffic Mirror session.
    pub async fn delete_traffic_mirror_session(
        &self,
        input: types::DeleteTrafficMirrorSessionInput,
    ) -> Result<
        types::DeleteTrafficMirrorSessionOutput,
        Error<error::DeleteTrafficMirrorSessionError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRAFFIC_MIRROR_SESSION, input).await
    }
    /// Deletes the specified Traffic Mirror target.
    ///
    /// You cannot delete a Traffic Mirror target that is in use by a Traffic Mirror session.
    pub async fn delete_traffic_mirror_target(
        &self,
        input: types::DeleteTrafficMirrorTargetInput,
    ) -> Result<
        types::DeleteTrafficMirrorTargetOutput,
        Error<error::DeleteTrafficMirrorTargetError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRAFFIC_MIRROR_TARGET, input).await
    }
    /// Deletes the specified transit gateway.
    pub async fn delete_transit_gateway(
        &self,
        input: types::DeleteTransitGatewayInput,
    ) -> Result<
        types::DeleteTransitGatewayOutput,
        Error<error::DeleteTransitGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY, input).await
    }
    /// Deletes a Transit Gateway attachment for a Client VPN endpoint. The Transit Gateway owner can delete the attachment to remove the association between the Client VPN endpoint and the Transit Gateway.
    pub async fn delete_transit_gateway_client_vpn_attachment(
        &self,
        input: types::DeleteTransitGatewayClientVpnAttachmentInput,
    ) -> Result<
        types::DeleteTransitGatewayClientVpnAttachmentOutput,
        Error<error::DeleteTransitGatewayClientVpnAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_CLIENT_VPN_ATTACHMENT, input)
            .await
    }
    /// Deletes the specified Connect attachment. You must first delete any Connect peers for the attachment.
    pub async fn delete_transit_gateway_connect(
        &self,
        input: types::DeleteTransitGatewayConnectInput,
    ) -> Result<
        types::DeleteTransitGatewayConnectOutput,
        Error<error::DeleteTransitGatewayConnectError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_CONNECT, input).await
    }
    /// Deletes the specified Connect peer.
    pub async fn delete_transit_gateway_connect_peer(
        &self,
        input: types::DeleteTransitGatewayConnectPeerInput,
    ) -> Result<
        types::DeleteTransitGatewayConnectPeerOutput,
        Error<error::DeleteTransitGatewayConnectPeerError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_CONNECT_PEER, input)
            .await
    }
    /// Deletes a transit gateway metering policy.
    pub async fn delete_transit_gateway_metering_policy(
        &self,
        input: types::DeleteTransitGatewayMeteringPolicyInput,
    ) -> Result<
        types::DeleteTransitGatewayMeteringPolicyOutput,
        Error<error::DeleteTransitGatewayMeteringPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_METERING_POLICY, input)
            .await
    }
    /// Deletes an entry from a transit gateway metering policy.
    pub async fn delete_transit_gateway_metering_policy_entry(
        &self,
        input: types::DeleteTransitGatewayMeteringPolicyEntryInput,
    ) -> Result<
        types::DeleteTransitGatewayMeteringPolicyEntryOutput,
        Error<error::DeleteTransitGatewayMeteringPolicyEntryError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_METERING_POLICY_ENTRY, input)
            .await
    }
    /// Deletes the specified transit gateway multicast domain.
    pub async fn delete_transit_gateway_multicast_domain(
        &self,
        input: types::DeleteTransitGatewayMulticastDomainInput,
    ) -> Result<
        types::DeleteTransitGatewayMulticastDomainOutput,
        Error<error::DeleteTransitGatewayMulticastDomainError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_MULTICAST_DOMAIN, input)
            .await
    }
    /// Deletes the specified network function attachment. The attachment must be in the `available` or `pendingAcceptance` state.
    pub async fn delete_transit_gateway_network_function_attachment(
        &self,
        input: types::DeleteTransitGatewayNetworkFunctionAttachmentInput,
    ) -> Result<
        types::DeleteTransitGatewayNetworkFunctionAttachmentOutput,
        Error<error::DeleteTransitGatewayNetworkFunctionAttachmentError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_TRANSIT_GATEWAY_NETWORK_FUNCTION_ATTACHMENT,
                input,
            )
            .await
    }
    /// Deletes a transit gateway peering attachment.
    pub async fn delete_transit_gateway_peering_attachment(
        &self,
        input: types::DeleteTransitGatewayPeeringAttachmentInput,
    ) -> Result<
        types::DeleteTransitGatewayPeeringAttachmentOutput,
        Error<error::DeleteTransitGatewayPeeringAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_PEERING_ATTACHMENT, input)
            .await
    }
    /// Deletes the specified transit gateway policy table.
    pub async fn delete_transit_gateway_policy_table(
        &self,
        input: types::DeleteTransitGatewayPolicyTableInput,
    ) -> Result<
        types::DeleteTransitGatewayPolicyTableOutput,
        Error<error::DeleteTransitGatewayPolicyTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_POLICY_TABLE, input)
            .await
    }
    /// Deletes the specified transit gateway policy table entry.
    pub async fn delete_transit_gateway_policy_table_entry(
        &self,
        input: types::DeleteTransitGatewayPolicyTableEntryInput,
    ) -> Result<
        types::DeleteTransitGatewayPolicyTableEntryOutput,
        Error<error::DeleteTransitGatewayPolicyTableEntryError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_POLICY_TABLE_ENTRY, input)
            .await
    }
    /// Deletes a reference (route) to a prefix list in a specified transit gateway route table.
    pub async fn delete_transit_gateway_prefix_list_reference(
        &self,
        input: types::DeleteTransitGatewayPrefixListReferenceInput,
    ) -> Result<
        types::DeleteTransitGatewayPrefixListReferenceOutput,
        Error<error::DeleteTransitGatewayPrefixListReferenceError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCE, input)
            .await
    }
    /// Deletes the specified route from the specified transit gateway route table.
    pub async fn delete_transit_gateway_route(
        &self,
        input: types::DeleteTransitGatewayRouteInput,
    ) -> Result<
        types::DeleteTransitGatewayRouteOutput,
        Error<error::DeleteTransitGatewayRouteError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_ROUTE, input).await
    }
    /// Deletes the specified transit gateway route table. Before you can delete a transit gateway route table, you must disassociate all attachments from it by using DisassociateTransitGatewayRouteTable and wait for the disassociations to complete. You can't delete a transit gateway route table that is the default association route table or default propagation route table for the transit gateway. To change the default route tables, use ModifyTransitGateway.
    pub async fn delete_transit_gateway_route_table(
        &self,
        input: types::DeleteTransitGatewayRouteTableInput,
    ) -> Result<
        types::DeleteTransitGatewayRouteTableOutput,
        Error<error::DeleteTransitGatewayRouteTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_ROUTE_TABLE, input)
            .await
    }
    /// Advertises to the transit gateway that a transit gateway route table is deleted.
    pub async fn delete_transit_gateway_route_table_announcement(
        &self,
        input: types::DeleteTransitGatewayRouteTableAnnouncementInput,
    ) -> Result<
        types::DeleteTransitGatewayRouteTableAnnouncementOutput,
        Error<error::DeleteTransitGatewayRouteTableAnnouncementError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DELETE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENT,
                input,
            )
            .await
    }
    /// Deletes the specified VPC attachment.
    pub async fn delete_transit_gateway_vpc_attachment(
        &self,
        input: types::DeleteTransitGatewayVpcAttachmentInput,
    ) -> Result<
        types::DeleteTransitGatewayVpcAttachmentOutput,
        Error<error::DeleteTransitGatewayVpcAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_TRANSIT_GATEWAY_VPC_ATTACHMENT, input)
            .await
    }
    /// Delete an Amazon Web Services Verified Access endpoint.
    pub async fn delete_verified_access_endpoint(
        &self,
        input: types::DeleteVerifiedAccessEndpointInput,
    ) -> Result<
        types::DeleteVerifiedAccessEndpointOutput,
        Error<error::DeleteVerifiedAccessEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_VERIFIED_ACCESS_ENDPOINT, input).await
    }
    /// Delete an Amazon Web Services Verified Access group.
    pub async fn delete_verified_access_group(
        &self,
        input: types::DeleteVerifiedAccessGroupInput,
    ) -> Result<
        types::DeleteVerifiedAccessGroupOutput,
        Error<error::DeleteVerifiedAccessGroupError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_VERIFIED_ACCESS_GROUP, input).await
    }
    /// Delete an Amazon Web Services Verified Access instance.
    pub async fn delete_verified_access_instance(
        &self,
        input: types::DeleteVerifiedAccessInstanceInput,
    ) -> Result<
        types::DeleteVerifiedAccessInstanceOutput,
        Error<error::DeleteVerifiedAccessInstanceError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_VERIFIED_ACCESS_INSTANCE, input).await
    }
    /// Delete an Amazon Web Services Verified Access trust provider.
    pub async fn delete_verified_access_trust_provider(
        &self,
        input: types::DeleteVerifiedAccessTrustProviderInput,
    ) -> Result<
        types::DeleteVerifiedAccessTrustProviderOutput,
        Error<error::DeleteVerifiedAccessTrustProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_VERIFIED_ACCESS_TRUST_PROVIDER, input)
            .await
    }
    /// Deletes the specified EBS volume. The volume must be in the `available` state (not attached to an instance).
    ///
    /// The volume can remain in the `deleting` state for several minutes.
    ///
    /// For more information, see [Delete an Amazon EBS volume](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html) in the *Amazon EBS User Guide*.
    pub async fn delete_volume(
        &self,
        input: types::DeleteVolumeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteVolumeError>> {
        self.handle.invoke(&schemas::ops::DELETE_VOLUME, input).await
    }
    /// Deletes the specified VPC. You must detach or delete all gateways and resources that are associated with the VPC before you can delete it. For example, you must terminate all instances running in the VPC, delete all security groups associated with the VPC (except the default one), delete all route tables associated with the VPC (except the default one), and so on. When you delete the VPC, it deletes the default security group, network ACL, and route table for the VPC.
    ///
    /// If you created a flow log for the VPC that you are deleting, note that flow logs for deleted VPCs are eventually automatically removed.
    pub async fn delete_vpc(
        &self,
        input: types::DeleteVpcInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteVpcError>> {
        self.handle.invoke(&schemas::ops::DELETE_VPC, input).await
    }
    /// Delete a VPC Block Public Access (BPA) exclusion. A VPC BPA exclusion is a mode that can be applied to a single VPC or subnet that exempts it from the account’s BPA mode and will allow bidirectional or egress-only access. You can create BPA exclusions for VPCs and subnets even when BPA is not enabled on the account to ensure that there is no traffic disruption to the exclusions when VPC BPA is turned on. To learn more about VPC BPA, see [Block public access to VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon VPC User Guide*.
    pub async fn delete_vpc_block_public_access_exclusion(
        &self,
        input: types::DeleteVpcBlockPublicAccessExclusionInput,
    ) -> Result<
        types::DeleteVpcBlockPublicAccessExclusionOutput,
        Error<error::DeleteVpcBlockPublicAccessExclusionError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION, input)
            .await
    }
    /// Deletes a VPC Encryption Control configuration. This removes the encryption policy enforcement from the specified VPC.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn delete_vpc_encryption_control(
        &self,
        input: types::DeleteVpcEncryptionControlInput,
    ) -> Result<
        types::DeleteVpcEncryptionControlOutput,
        Error<error::DeleteVpcEncryptionControlError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_VPC_ENCRYPTION_CONTROL, input).await
    }
    /// Deletes the specified VPC endpoint connection notifications.
    pub async fn delete_vpc_endpoint_connection_notifications(
        &self,
        input: types::DeleteVpcEndpointConnectionNotificationsInput,
    ) -> Result<
        types::DeleteVpcEndpointConnectionNotificationsOutput,
        Error<error::DeleteVpcEndpointConnectionNotificationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_VPC_ENDPOINT_CONNECTION_NOTIFICATIONS, input)
            .await
    }
    /// Deletes the specified VPC endpoint service configurations. Before you can delete an endpoint service configuration, you must reject any `Available` or `PendingAcceptance` interface endpoint connections that are attached to the service.
    pub async fn delete_vpc_endpoint_service_configurations(
        &self,
        input: types::DeleteVpcEndpointServiceConfigurationsInput,
    ) -> Result<
        types::DeleteVpcEndpointServiceConfigurationsOutput,
        Error<error::DeleteVpcEndpointServiceConfigurationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DELETE_VPC_ENDPOINT_SERVICE_CONFIGURATIONS, input)
            .await
    }
    /// Deletes the specified VPC endpoints.
    ///
    /// When you delete a gateway endpoint, we delete the endpoint routes in the route tables for the endpoint.
    ///
    /// When you delete a Gateway Load Balancer endpoint, we delete its endpoint network interfaces. You can only delete Gateway Load Balancer endpoints when the routes that are associated with the endpoint are deleted.
    ///
    /// When you delete an interface endpoint, we delete its endpoint network interfaces.
    pub async fn delete_vpc_endpoints(
        &self,
        input: types::DeleteVpcEndpointsInput,
    ) -> Result<types::DeleteVpcEndpointsOutput, Error<error::DeleteVpcEndpointsError>> {
        self.handle.invoke(&schemas::ops::DELETE_VPC_ENDPOINTS, input).await
    }
    /// Deletes a VPC peering connection. Either the owner of the requester VPC or the owner of the accepter VPC can delete the VPC peering connection if it's in the `active` state. The owner of the requester VPC can delete a VPC peering connection in the `pending-acceptance` state. You cannot delete a VPC peering connection that's in the `failed` or `rejected` state.
    pub async fn delete_vpc_peering_connection(
        &self,
        input: types::DeleteVpcPeeringConnectionInput,
    ) -> Result<
        types::DeleteVpcPeeringConnectionOutput,
        Error<error::DeleteVpcPeeringConnectionError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_VPC_PEERING_CONNECTION, input).await
    }
    /// Deletes the specified VPN concentrator.
    pub async fn delete_vpn_concentrator(
        &self,
        input: types::DeleteVpnConcentratorInput,
    ) -> Result<
        types::DeleteVpnConcentratorOutput,
        Error<error::DeleteVpnConcentratorError>,
    > {
        self.handle.invoke(&schemas::ops::DELETE_VPN_CONCENTRATOR, input).await
    }
    /// Deletes the specified VPN connection.
    ///
    /// If you're deleting the VPC and its associated components, we recommend that you detach the virtual private gateway from the VPC and delete the VPC before deleting the VPN connection. If you believe that the tunnel credentials for your VPN connection have been compromised, you can delete the VPN connection and create a new one that has new keys, without needing to delete the VPC or virtual private gateway. If you create a new VPN connection, you must reconfigure the customer gateway device using the new configuration information returned with the new VPN connection ID.
    ///
    /// For certificate-based authentication, delete all Certificate Manager (ACM) private certificates used for the Amazon Web Services-side tunnel endpoints for the VPN connection before deleting the VPN connection.
    pub async fn delete_vpn_connection(
        &self,
        input: types::DeleteVpnConnectionInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteVpnConnectionError>> {
        self.handle.invoke(&schemas::ops::DELETE_VPN_CONNECTION, input).await
    }
    /// Deletes the specified static route associated with a VPN connection between an existing virtual private gateway and a VPN customer gateway. The static route allows traffic to be routed from the virtual private gateway to the VPN customer gateway.
    pub async fn delete_vpn_connection_route(
        &self,
        input: types::DeleteVpnConnectionRouteInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteVpnConnectionRouteError>> {
        self.handle.invoke(&schemas::ops::DELETE_VPN_CONNECTION_ROUTE, input).await
    }
    /// Deletes the specified virtual private gateway. You must first detach the virtual private gateway from the VPC. Note that you don't need to delete the virtual private gateway if you plan to delete and recreate the VPN connection between your VPC and your network.
    pub async fn delete_vpn_gateway(
        &self,
        input: types::DeleteVpnGatewayInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DeleteVpnGatewayError>> {
        self.handle.invoke(&schemas::ops::DELETE_VPN_GATEWAY, input).await
    }
    /// Releases the specified address range that you provisioned for use with your Amazon Web Services resources through bring your own IP addresses (BYOIP) and deletes the corresponding address pool.
    ///
    /// Before you can release an address range, you must stop advertising it and you must not have any IP addresses allocated from its address range.
    pub async fn deprovision_byoip_cidr(
        &self,
        input: types::DeprovisionByoipCidrInput,
    ) -> Result<
        types::DeprovisionByoipCidrOutput,
        Error<error::DeprovisionByoipCidrError>,
    > {
        self.handle.invoke(&schemas::ops::DEPROVISION_BYOIP_CIDR, input).await
    }
    /// Deprovisions your Autonomous System Number (ASN) from your Amazon Web Services account. This action can only be called after any BYOIP CIDR associations are removed from your Amazon Web Services account with [DisassociateIpamByoasn](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DisassociateIpamByoasn.html). For more information, see [Tutorial: Bring your ASN to IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoasn.html) in the *Amazon VPC IPAM guide*.
    pub async fn deprovision_ipam_byoasn(
        &self,
        input: types::DeprovisionIpamByoasnInput,
    ) -> Result<
        types::DeprovisionIpamByoasnOutput,
        Error<error::DeprovisionIpamByoasnError>,
    > {
        self.handle.invoke(&schemas::ops::DEPROVISION_IPAM_BYOASN, input).await
    }
    /// Deprovision a CIDR provisioned from an IPAM pool. If you deprovision a CIDR from a pool that has a source pool, the CIDR is recycled back into the source pool. For more information, see [Deprovision pool CIDRs](https://docs.aws.amazon.com/vpc/latest/ipam/depro-pool-cidr-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn deprovision_ipam_pool_cidr(
        &self,
        input: types::DeprovisionIpamPoolCidrInput,
    ) -> Result<
        types::DeprovisionIpamPoolCidrOutput,
        Error<error::DeprovisionIpamPoolCidrError>,
    > {
        self.handle.invoke(&schemas::ops::DEPROVISION_IPAM_POOL_CIDR, input).await
    }
    /// Deprovision a CIDR from a public IPv4 pool.
    pub async fn deprovision_public_ipv4_pool_cidr(
        &self,
        input: types::DeprovisionPublicIpv4PoolCidrInput,
    ) -> Result<
        types::DeprovisionPublicIpv4PoolCidrOutput,
        Error<error::DeprovisionPublicIpv4PoolCidrError>,
    > {
        self.handle.invoke(&schemas::ops::DEPROVISION_PUBLIC_IPV4_POOL_CIDR, input).await
    }
    /// Deregisters the specified AMI. A deregistered AMI can't be used to launch new instances.
    ///
    /// If a deregistered EBS-backed AMI matches a Recycle Bin retention rule, it moves to the Recycle Bin for the specified retention period. It can be restored before its retention period expires, after which it is permanently deleted. If the deregistered AMI doesn't match a retention rule, it is permanently deleted immediately. For more information, see [Recover deleted Amazon EBS snapshots and EBS-backed AMIs with Recycle Bin](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/recycle-bin.html) in the *Amazon EBS User Guide*.
    ///
    /// When deregistering an EBS-backed AMI, you can optionally delete its associated snapshots at the same time. However, if a snapshot is associated with multiple AMIs, it won't be deleted even if specified for deletion, although the AMI will still be deregistered.
    ///
    /// Deregistering an AMI does not delete the following:
    ///
    /// - Instances already launched from the AMI. You'll continue to incur usage costs for the instances until you terminate them.
    ///
    /// - For EBS-backed AMIs: Snapshots that are associated with multiple AMIs. You'll continue to incur snapshot storage costs.
    ///
    /// - For instance store-backed AMIs: The files uploaded to Amazon S3 during AMI creation. You'll continue to incur S3 storage costs.
    ///
    /// For more information, see [Deregister an Amazon EC2 AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/deregister-ami.html) in the *Amazon EC2 User Guide*.
    pub async fn deregister_image(
        &self,
        input: types::DeregisterImageInput,
    ) -> Result<types::DeregisterImageOutput, Error<error::DeregisterImageError>> {
        self.handle.invoke(&schemas::ops::DEREGISTER_IMAGE, input).await
    }
    /// Deregisters tag keys to prevent tags that have the specified tag keys from being included in scheduled event notifications for resources in the Region.
    pub async fn deregister_instance_event_notification_attributes(
        &self,
        input: types::DeregisterInstanceEventNotificationAttributesInput,
    ) -> Result<
        types::DeregisterInstanceEventNotificationAttributesOutput,
        Error<error::DeregisterInstanceEventNotificationAttributesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DEREGISTER_INSTANCE_EVENT_NOTIFICATION_ATTRIBUTES,
                input,
            )
            .await
    }
    /// Deregisters the specified members (network interfaces) from the transit gateway multicast group.
    pub async fn deregister_transit_gateway_multicast_group_members(
        &self,
        input: types::DeregisterTransitGatewayMulticastGroupMembersInput,
    ) -> Result<
        types::DeregisterTransitGatewayMulticastGroupMembersOutput,
        Error<error::DeregisterTransitGatewayMulticastGroupMembersError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DEREGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_MEMBERS,
                input,
            )
            .await
    }
    /// Deregisters the specified sources (network interfaces) from the transit gateway multicast group.
    pub async fn deregister_transit_gateway_multicast_group_sources(
        &self,
        input: types::DeregisterTransitGatewayMulticastGroupSourcesInput,
    ) -> Result<
        types::DeregisterTransitGatewayMulticastGroupSourcesOutput,
        Error<error::DeregisterTransitGatewayMulticastGroupSourcesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DEREGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_SOURCES,
                input,
            )
            .await
    }
    /// Describes attributes of your Amazon Web Services account. The following are the supported account attributes:
    ///
    /// - `default-vpc`: The ID of the default VPC for your account, or `none`.
    ///
    /// - `max-instances`: This attribute is no longer supported. The returned value does not reflect your actual vCPU limit for running On-Demand Instances. For more information, see [On-Demand Instance Limits](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-on-demand-instances.html#ec2-on-demand-instances-limits) in the *Amazon Elastic Compute Cloud User Guide*.
    ///
    /// - `max-elastic-ips`: The maximum number of Elastic IP addresses that you can allocate.
    ///
    /// - `supported-platforms`: This attribute is deprecated.
    ///
    /// - `vpc-max-elastic-ips`: The maximum number of Elastic IP addresses that you can allocate.
    ///
    /// - `vpc-max-security-groups-per-interface`: The maximum number of security groups that you can assign to a network interface.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_account_attributes(
        &self,
        input: types::DescribeAccountAttributesInput,
    ) -> Result<
        types::DescribeAccountAttributesOutput,
        Error<error::DescribeAccountAttributesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ACCOUNT_ATTRIBUTES, input).await
    }
    /// Describes the account-level VPC Encryption Control configuration for your account. VPC Encryption Control enables you to enforce encryption for all data in transit within and between VPCs to meet compliance requirements.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn describe_account_vpc_encryption_control(
        &self,
        input: types::DescribeAccountVpcEncryptionControlInput,
    ) -> Result<
        types::DescribeAccountVpcEncryptionControlOutput,
        Error<error::DescribeAccountVpcEncryptionControlError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_ACCOUNT_VPC_ENCRYPTION_CONTROL, input)
            .await
    }
    /// Describes an Elastic IP address transfer. For more information, see [Transfer Elastic IP addresses](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#transfer-EIPs-intro) in the *Amazon VPC User Guide*.
    ///
    /// When you transfer an Elastic IP address, there is a two-step handshake between the source and transfer Amazon Web Services accounts. When the source account starts the transfer, the transfer account has seven days to accept the Elastic IP address transfer. During those seven days, the source account can view the pending transfer by using this action. After seven days, the transfer expires and ownership of the Elastic IP address returns to the source account. Accepted transfers are visible to the source account for 14 days after the transfers have been accepted.
    pub async fn describe_address_transfers(
        &self,
        input: types::DescribeAddressTransfersInput,
    ) -> Result<
        types::DescribeAddressTransfersOutput,
        Error<error::DescribeAddressTransfersError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ADDRESS_TRANSFERS, input).await
    }
    /// Describes the specified Elastic IP addresses or all of your Elastic IP addresses.
    pub async fn describe_addresses(
        &self,
        input: types::DescribeAddressesInput,
    ) -> Result<types::DescribeAddressesOutput, Error<error::DescribeAddressesError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_ADDRESSES, input).await
    }
    /// Describes the attributes of the specified Elastic IP addresses. For requirements, see [Using reverse DNS for email applications](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#Using_Elastic_Addressing_Reverse_DNS).
    pub async fn describe_addresses_attribute(
        &self,
        input: types::DescribeAddressesAttributeInput,
    ) -> Result<
        types::DescribeAddressesAttributeOutput,
        Error<error::DescribeAddressesAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ADDRESSES_ATTRIBUTE, input).await
    }
    /// Describes the longer ID format settings for all resource types in a specific Region. This request is useful for performing a quick audit to determine whether a specific Region is fully opted in for longer IDs (17-character IDs).
    ///
    /// This request only returns information about resource types that support longer IDs.
    ///
    /// The following resource types support longer IDs: `bundle` \| `conversion-task` \| `customer-gateway` \| `dhcp-options` \| `elastic-ip-allocation` \| `elastic-ip-association` \| `export-task` \| `flow-log` \| `image` \| `import-task` \| `instance` \| `internet-gateway` \| `network-acl` \| `network-acl-association` \| `network-interface` \| `network-interface-attachment` \| `prefix-list` \| `reservation` \| `route-table` \| `route-table-association` \| `security-group` \| `snapshot` \| `subnet` \| `subnet-cidr-block-association` \| `volume` \| `vpc` \| `vpc-cidr-block-association` \| `vpc-endpoint` \| `vpc-peering-connection` \| `vpn-connection` \| `vpn-gateway`.
    pub async fn describe_aggregate_id_format(
        &self,
        input: types::DescribeAggregateIdFormatInput,
    ) -> Result<
        types::DescribeAggregateIdFormatOutput,
        Error<error::DescribeAggregateIdFormatError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_AGGREGATE_ID_FORMAT, input).await
    }
    /// Describes the aggregated application health status for the specified instances. The following rules apply:
    ///
    /// - The instance-level status is derived from all application status checks with the aggregation setting set to `included`.
    ///
    /// - Use `DescribeApplicationStatusChecks` to view the configuration of individual checks.
    ///
    /// - Use `EnableApplicationStatusCheckSuppression` to temporarily suppress health check results from affecting the instance-level status.
    pub async fn describe_application_status(
        &self,
        input: types::DescribeApplicationStatusInput,
    ) -> Result<
        types::DescribeApplicationStatusOutput,
        Error<error::DescribeApplicationStatusError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_APPLICATION_STATUS, input).await
    }
    /// Describes the associations for one or more application status checks. For more information, see [Application status checks](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-application-status-checks.html). To avoid timeouts and retrieve complete results, use the pagination parameters.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary.
    pub async fn describe_application_status_check_associations(
        &self,
        input: types::DescribeApplicationStatusCheckAssociationsInput,
    ) -> Result<
        types::DescribeApplicationStatusCheckAssociationsOutput,
        Error<error::DescribeApplicationStatusCheckAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_APPLICATION_STATUS_CHECK_ASSOCIATIONS, input)
            .await
    }
    /// Describes application status checks, including configuration details such as protocol, port, path, thresholds, and associations. Results are paginated. Use the `NextToken` parameter to retrieve additional results. The following rules apply:
    ///
    /// - If you do not specify any application status check IDs, all checks in your account are returned.
    ///
    /// - Use `DescribeApplicationStatus` to see the actual health status of instances.
    pub async fn describe_application_status_checks(
        &self,
        input: types::DescribeApplicationStatusChecksInput,
    ) -> Result<
        types::DescribeApplicationStatusChecksOutput,
        Error<error::DescribeApplicationStatusChecksError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_APPLICATION_STATUS_CHECKS, input)
            .await
    }
    /// Describes the Availability Zones, Local Zones, and Wavelength Zones that are available to you.
    ///
    /// For more information about Availability Zones, Local Zones, and Wavelength Zones, see [Regions and zones](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html) in the *Amazon EC2 User Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_availability_zones(
        &self,
        input: types::DescribeAvailabilityZonesInput,
    ) -> Result<
        types::DescribeAvailabilityZonesOutput,
        Error<error::DescribeAvailabilityZonesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_AVAILABILITY_ZONES, input).await
    }
    /// Describes the current Infrastructure Performance metric subscriptions.
    pub async fn describe_aws_network_performance_metric_subscriptions(
        &self,
        input: types::DescribeAwsNetworkPerformanceMetricSubscriptionsInput,
    ) -> Result<
        types::DescribeAwsNetworkPerformanceMetricSubscriptionsOutput,
        Error<error::DescribeAwsNetworkPerformanceMetricSubscriptionsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTIONS,
                input,
            )
            .await
    }
    /// Describes the specified bundle tasks or all of your bundle tasks.
    ///
    /// Completed bundle tasks are listed for only a limited time. If your bundle task is no longer in the list, you can still register an AMI from it. Just use `RegisterImage` with the Amazon S3 bucket name and image manifest name you provided to the bundle task.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_bundle_tasks(
        &self,
        input: types::DescribeBundleTasksInput,
    ) -> Result<
        types::DescribeBundleTasksOutput,
        Error<error::DescribeBundleTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_BUNDLE_TASKS, input).await
    }
    /// Describes the IP address ranges that were provisioned for use with Amazon Web Services resources through through bring your own IP addresses (BYOIP).
    pub async fn describe_byoip_cidrs(
        &self,
        input: types::DescribeByoipCidrsInput,
    ) -> Result<types::DescribeByoipCidrsOutput, Error<error::DescribeByoipCidrsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_BYOIP_CIDRS, input).await
    }
    /// Describes the events for the specified Capacity Block extension during the specified time.
    pub async fn describe_capacity_block_extension_history(
        &self,
        input: types::DescribeCapacityBlockExtensionHistoryInput,
    ) -> Result<
        types::DescribeCapacityBlockExtensionHistoryOutput,
        Error<error::DescribeCapacityBlockExtensionHistoryError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CAPACITY_BLOCK_EXTENSION_HISTORY, input)
            .await
    }
    /// Describes Capacity Block extension offerings available for purchase in the Amazon Web Services Region that you're currently using.
    pub async fn describe_capacity_block_extension_offerings(
        &self,
        input: types::DescribeCapacityBlockExtensionOfferingsInput,
    ) -> Result<
        types::DescribeCapacityBlockExtensionOfferingsOutput,
        Error<error::DescribeCapacityBlockExtensionOfferingsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CAPACITY_BLOCK_EXTENSION_OFFERINGS, input)
            .await
    }
    /// Describes Capacity Block offerings available for purchase in the Amazon Web Services Region that you're currently using. With Capacity Blocks, you can purchase a specific GPU instance type or EC2 UltraServer for a period of time.
    ///
    /// To search for an available Capacity Block offering, you specify a reservation duration and instance count.
    pub async fn describe_capacity_block_offerings(
        &self,
        input: types::DescribeCapacityBlockOfferingsInput,
    ) -> Result<
        types::DescribeCapacityBlockOfferingsOutput,
        Error<error::DescribeCapacityBlockOfferingsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CAPACITY_BLOCK_OFFERINGS, input).await
    }
    /// Describes the availability of capacity for the specified Capacity blocks, or all of your Capacity Blocks.
    pub async fn describe_capacity_block_status(
        &self,
        input: types::DescribeCapacityBlockStatusInput,
    ) -> Result<
        types::DescribeCapacityBlockStatusOutput,
        Error<error::DescribeCapacityBlockStatusError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CAPACITY_BLOCK_STATUS, input).await
    }
    /// Describes details about Capacity Blocks in the Amazon Web Services Region that you're currently using.
    pub async fn describe_capacity_blocks(
        &self,
        input: types::DescribeCapacityBlocksInput,
    ) -> Result<
        types::DescribeCapacityBlocksOutput,
        Error<error::DescribeCapacityBlocksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CAPACITY_BLOCKS, input).await
    }
    /// Describes one or more Capacity Manager data export configurations. Returns information about export settings, delivery status, and recent export activity.
    pub async fn describe_capacity_manager_data_exports(
        &self,
        input: types::DescribeCapacityManagerDataExportsInput,
    ) -> Result<
        types::DescribeCapacityManagerDataExportsOutput,
        Error<error::DescribeCapacityManagerDataExportsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CAPACITY_MANAGER_DATA_EXPORTS, input)
            .await
    }
    /// Describes a request to assign the billing of the unused capacity of a Capacity Reservation. For more information, see [ Billing assignment for shared Amazon EC2 Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/transfer-billing.html).
    pub async fn describe_capacity_reservation_billing_requests(
        &self,
        input: types::DescribeCapacityReservationBillingRequestsInput,
    ) -> Result<
        types::DescribeCapacityReservationBillingRequestsOutput,
        Error<error::DescribeCapacityReservationBillingRequestsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CAPACITY_RESERVATION_BILLING_REQUESTS, input)
            .await
    }
    /// Describes one or more Capacity Reservation cancellation quotes. The results describe only the quotes that you have previously generated by using the `CreateCapacityReservationCancellationQuote` action.
    pub async fn describe_capacity_reservation_cancellation_quotes(
        &self,
        input: types::DescribeCapacityReservationCancellationQuotesInput,
    ) -> Result<
        types::DescribeCapacityReservationCancellationQuotesOutput,
        Error<error::DescribeCapacityReservationCancellationQuotesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_CAPACITY_RESERVATION_CANCELLATION_QUOTES,
                input,
            )
            .await
    }
    /// Describes one or more Capacity Reservation date change quotes that you generated by using the `CreateCapacityReservationDateChangeQuote` operation.
    pub async fn describe_capacity_reservation_date_change_quotes(
        &self,
        input: types::DescribeCapacityReservationDateChangeQuotesInput,
    ) -> Result<
        types::DescribeCapacityReservationDateChangeQuotesOutput,
        Error<error::DescribeCapacityReservationDateChangeQuotesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_CAPACITY_RESERVATION_DATE_CHANGE_QUOTES,
                input,
            )
            .await
    }
    /// Describes one or more Capacity Reservation Fleets.
    pub async fn describe_capacity_reservation_fleets(
        &self,
        input: types::DescribeCapacityReservationFleetsInput,
    ) -> Result<
        types::DescribeCapacityReservationFleetsOutput,
        Error<error::DescribeCapacityReservationFleetsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CAPACITY_RESERVATION_FLEETS, input)
            .await
    }
    /// Describes a tree-based hierarchy that represents the physical host placement of your pending or active Capacity Reservations within an Availability Zone or Local Zone. You can use this information to determine the relative proximity of your capacity within the Amazon Web Services network before it is launched and use this information to allocate capacity together to support your tightly coupled workloads.
    ///
    /// Capacity Reservation topology is supported for specific instance types only. For more information, see [Prerequisites for Amazon EC2 instance topology](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-topology-prerequisites.html) in the *Amazon EC2 User Guide*.
    ///
    /// The Amazon EC2 API follows an eventual consistency model due to the distributed nature of the system supporting it. As a result, when you call the DescribeCapacityReservationTopology API command immediately after launching instances, the response might return a `null` value for `capacityBlockId` because the data might not have fully propagated across all subsystems. For more information, see [Eventual consistency in the Amazon EC2 API](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) in the *Amazon EC2 Developer Guide*.
    ///
    /// For more information, see [Amazon EC2 topology](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-topology.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_capacity_reservation_topology(
        &self,
        input: types::DescribeCapacityReservationTopologyInput,
    ) -> Result<
        types::DescribeCapacityReservationTopologyOutput,
        Error<error::DescribeCapacityReservationTopologyError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CAPACITY_RESERVATION_TOPOLOGY, input)
            .await
    }
    /// Describes one or more of your Capacity Reservations. The results describe only the Capacity Reservations in the Amazon Web Services Region that you're currently using.
    pub async fn describe_capacity_reservations(
        &self,
        input: types::DescribeCapacityReservationsInput,
    ) -> Result<
        types::DescribeCapacityReservationsOutput,
        Error<error::DescribeCapacityReservationsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CAPACITY_RESERVATIONS, input).await
    }
    /// Describes one or more of your carrier gateways.
    pub async fn describe_carrier_gateways(
        &self,
        input: types::DescribeCarrierGatewaysInput,
    ) -> Result<
        types::DescribeCarrierGatewaysOutput,
        Error<error::DescribeCarrierGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CARRIER_GATEWAYS, input).await
    }
    /// This action is deprecated.
    ///
    /// Describes your linked EC2-Classic instances. This request only returns information about EC2-Classic instances linked to a VPC through ClassicLink. You cannot use this request to return information about other instances.
    pub async fn describe_classic_link_instances(
        &self,
        input: types::DescribeClassicLinkInstancesInput,
    ) -> Result<
        types::DescribeClassicLinkInstancesOutput,
        Error<error::DescribeClassicLinkInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CLASSIC_LINK_INSTANCES, input).await
    }
    /// Describes the authorization rules for a specified Client VPN endpoint.
    pub async fn describe_client_vpn_authorization_rules(
        &self,
        input: types::DescribeClientVpnAuthorizationRulesInput,
    ) -> Result<
        types::DescribeClientVpnAuthorizationRulesOutput,
        Error<error::DescribeClientVpnAuthorizationRulesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CLIENT_VPN_AUTHORIZATION_RULES, input)
            .await
    }
    /// Describes active client connections and connections that have been terminated within the last 60 minutes for the specified Client VPN endpoint.
    pub async fn describe_client_vpn_connections(
        &self,
        input: types::DescribeClientVpnConnectionsInput,
    ) -> Result<
        types::DescribeClientVpnConnectionsOutput,
        Error<error::DescribeClientVpnConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CLIENT_VPN_CONNECTIONS, input).await
    }
    /// Describes one or more Client VPN endpoints in the account.
    pub async fn describe_client_vpn_endpoints(
        &self,
        input: types::DescribeClientVpnEndpointsInput,
    ) -> Result<
        types::DescribeClientVpnEndpointsOutput,
        Error<error::DescribeClientVpnEndpointsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CLIENT_VPN_ENDPOINTS, input).await
    }
    /// Describes the routes for the specified Client VPN endpoint.
    pub async fn describe_client_vpn_routes(
        &self,
        input: types::DescribeClientVpnRoutesInput,
    ) -> Result<
        types::DescribeClientVpnRoutesOutput,
        Error<error::DescribeClientVpnRoutesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CLIENT_VPN_ROUTES, input).await
    }
    /// Describes the target networks associated with the specified Client VPN endpoint.
    pub async fn describe_client_vpn_target_networks(
        &self,
        input: types::DescribeClientVpnTargetNetworksInput,
    ) -> Result<
        types::DescribeClientVpnTargetNetworksOutput,
        Error<error::DescribeClientVpnTargetNetworksError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_CLIENT_VPN_TARGET_NETWORKS, input)
            .await
    }
    /// Describes the specified customer-owned address pools or all of your customer-owned address pools.
    pub async fn describe_coip_pools(
        &self,
        input: types::DescribeCoipPoolsInput,
    ) -> Result<types::DescribeCoipPoolsOutput, Error<error::DescribeCoipPoolsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_COIP_POOLS, input).await
    }
    /// Describes the specified conversion tasks or all your conversion tasks. For more information, see the [VM Import/Export User Guide](https://docs.aws.amazon.com/vm-import/latest/userguide/).
    ///
    /// For information about the import manifest referenced by this API action, see [VM Import Manifest](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/manifest.html).
    pub async fn describe_conversion_tasks(
        &self,
        input: types::DescribeConversionTasksInput,
    ) -> Result<
        types::DescribeConversionTasksOutput,
        Error<error::DescribeConversionTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CONVERSION_TASKS, input).await
    }
    /// Describes one or more of your VPN customer gateways.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn describe_customer_gateways(
        &self,
        input: types::DescribeCustomerGatewaysInput,
    ) -> Result<
        types::DescribeCustomerGatewaysOutput,
        Error<error::DescribeCustomerGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_CUSTOMER_GATEWAYS, input).await
    }
    /// Describes the metadata of an account status report, including the status of the report.
    ///
    /// To view the full report, download it from the Amazon S3 bucket where it was saved. Reports are accessible only when they have the `complete` status. Reports with other statuses (`running`, `cancelled`, or `error`) are not available in the S3 bucket. For more information about downloading objects from an S3 bucket, see [Downloading objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/download-objects.html) in the *Amazon Simple Storage Service User Guide*.
    ///
    /// For more information, see [Generating the account status report for declarative policies](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_status-report.html) in the *Amazon Web Services Organizations User Guide*.
    pub async fn describe_declarative_policies_reports(
        &self,
        input: types::DescribeDeclarativePoliciesReportsInput,
    ) -> Result<
        types::DescribeDeclarativePoliciesReportsOutput,
        Error<error::DescribeDeclarativePoliciesReportsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_DECLARATIVE_POLICIES_REPORTS, input)
            .await
    }
    /// Describes your DHCP option sets. The default is to describe all your DHCP option sets. Alternatively, you can specify specific DHCP option set IDs or filter the results to include only the DHCP option sets that match specific criteria.
    ///
    /// For more information, see [DHCP option sets](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_DHCP_Options.html) in the *Amazon VPC User Guide*.
    pub async fn describe_dhcp_options(
        &self,
        input: types::DescribeDhcpOptionsInput,
    ) -> Result<
        types::DescribeDhcpOptionsOutput,
        Error<error::DescribeDhcpOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_DHCP_OPTIONS, input).await
    }
    /// Describes your egress-only internet gateways. The default is to describe all your egress-only internet gateways. Alternatively, you can specify specific egress-only internet gateway IDs or filter the results to include only the egress-only internet gateways that match specific criteria.
    pub async fn describe_egress_only_internet_gateways(
        &self,
        input: types::DescribeEgressOnlyInternetGatewaysInput,
    ) -> Result<
        types::DescribeEgressOnlyInternetGatewaysOutput,
        Error<error::DescribeEgressOnlyInternetGatewaysError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_EGRESS_ONLY_INTERNET_GATEWAYS, input)
            .await
    }
    /// Amazon Elastic Graphics reached end of life on January 8, 2024.
    ///
    /// Describes the Elastic Graphics accelerator associated with your instances.
    pub async fn describe_elastic_gpus(
        &self,
        input: types::DescribeElasticGpusInput,
    ) -> Result<
        types::DescribeElasticGpusOutput,
        Error<error::DescribeElasticGpusError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ELASTIC_GPUS, input).await
    }
    /// Describes the specified export image tasks or all of your export image tasks.
    pub async fn describe_export_image_tasks(
        &self,
        input: types::DescribeExportImageTasksInput,
    ) -> Result<
        types::DescribeExportImageTasksOutput,
        Error<error::DescribeExportImageTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_EXPORT_IMAGE_TASKS, input).await
    }
    /// Describes the specified export instance tasks or all of your export instance tasks.
    pub async fn describe_export_tasks(
        &self,
        input: types::DescribeExportTasksInput,
    ) -> Result<
        types::DescribeExportTasksOutput,
        Error<error::DescribeExportTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_EXPORT_TASKS, input).await
    }
    /// Describe details for Windows AMIs that are configured for Windows fast launch.
    pub async fn describe_fast_launch_images(
        &self,
        input: types::DescribeFastLaunchImagesInput,
    ) -> Result<
        types::DescribeFastLaunchImagesOutput,
        Error<error::DescribeFastLaunchImagesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_FAST_LAUNCH_IMAGES, input).await
    }
    /// Describes the state of fast snapshot restores for your snapshots.
    pub async fn describe_fast_snapshot_restores(
        &self,
        input: types::DescribeFastSnapshotRestoresInput,
    ) -> Result<
        types::DescribeFastSnapshotRestoresOutput,
        Error<error::DescribeFastSnapshotRestoresError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_FAST_SNAPSHOT_RESTORES, input).await
    }
    /// Describes the events for the specified EC2 Fleet during the specified time.
    ///
    /// EC2 Fleet events are delayed by up to 30 seconds before they can be described. This ensures that you can query by the last evaluated time and not miss a recorded event. EC2 Fleet events are available for 48 hours.
    ///
    /// For more information, see [Monitor fleet events using Amazon EventBridge](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/fleet-monitor.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_fleet_history(
        &self,
        input: types::DescribeFleetHistoryInput,
    ) -> Result<
        types::DescribeFleetHistoryOutput,
        Error<error::DescribeFleetHistoryError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_FLEET_HISTORY, input).await
    }
    /// Describes the running instances for the specified EC2 Fleet.
    ///
    /// Currently, `DescribeFleetInstances` does not support fleets of type `instant`. Instead, use `DescribeFleets`, specifying the `instant` fleet ID in the request.
    ///
    /// For more information, see [Describe your EC2 Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-ec2-fleet.html#monitor-ec2-fleet) in the *Amazon EC2 User Guide*.
    pub async fn describe_fleet_instances(
        &self,
        input: types::DescribeFleetInstancesInput,
    ) -> Result<
        types::DescribeFleetInstancesOutput,
        Error<error::DescribeFleetInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_FLEET_INSTANCES, input).await
    }
    /// Describes the specified EC2 Fleet or all of your EC2 Fleets.
    ///
    /// If a fleet is of type `instant`, you must specify the fleet ID in the request, otherwise the fleet does not appear in the response.
    ///
    /// For more information, see [Describe your EC2 Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-ec2-fleet.html#monitor-ec2-fleet) in the *Amazon EC2 User Guide*.
    pub async fn describe_fleets(
        &self,
        input: types::DescribeFleetsInput,
    ) -> Result<types::DescribeFleetsOutput, Error<error::DescribeFleetsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_FLEETS, input).await
    }
    /// Describes one or more flow logs.
    ///
    /// To view the published flow log records, you must view the log destination. For example, the CloudWatch Logs log group, the Amazon S3 bucket, or the Kinesis Data Firehose delivery stream.
    pub async fn describe_flow_logs(
        &self,
        input: types::DescribeFlowLogsInput,
    ) -> Result<types::DescribeFlowLogsOutput, Error<error::DescribeFlowLogsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_FLOW_LOGS, input).await
    }
    /// Describes the specified attribute of the specified Amazon FPGA Image (AFI).
    pub async fn describe_fpga_image_attribute(
        &self,
        input: types::DescribeFpgaImageAttributeInput,
    ) -> Result<
        types::DescribeFpgaImageAttributeOutput,
        Error<error::DescribeFpgaImageAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_FPGA_IMAGE_ATTRIBUTE, input).await
    }
    /// Describes the Amazon FPGA Images (AFIs) available to you. These include public AFIs, private AFIs that you own, and AFIs owned by other Amazon Web Services accounts for which you have load permissions.
    pub async fn describe_fpga_images(
        &self,
        input: types::DescribeFpgaImagesInput,
    ) -> Result<types::DescribeFpgaImagesOutput, Error<error::DescribeFpgaImagesError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_FPGA_IMAGES, input).await
    }
    /// Describes the Dedicated Host reservations that are available to purchase.
    ///
    /// The results describe all of the Dedicated Host reservation offerings, including offerings that might not match the instance family and Region of your Dedicated Hosts. When purchasing an offering, ensure that the instance family and Region of the offering matches that of the Dedicated Hosts with which it is to be associated. For more information about supported instance types, see [Dedicated Hosts](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-overview.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_host_reservation_offerings(
        &self,
        input: types::DescribeHostReservationOfferingsInput,
    ) -> Result<
        types::DescribeHostReservationOfferingsOutput,
        Error<error::DescribeHostReservationOfferingsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_HOST_RESERVATION_OFFERINGS, input)
            .await
    }
    /// Describes reservations that are associated with Dedicated Hosts in your account.
    pub async fn describe_host_reservations(
        &self,
        input: types::DescribeHostReservationsInput,
    ) -> Result<
        types::DescribeHostReservationsOutput,
        Error<error::DescribeHostReservationsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_HOST_RESERVATIONS, input).await
    }
    /// Describes the specified Dedicated Hosts or all your Dedicated Hosts.
    ///
    /// The results describe only the Dedicated Hosts in the Region you're currently using. All listed instances consume capacity on your Dedicated Host. Dedicated Hosts that have recently been released are listed with the state `released`.
    pub async fn describe_hosts(
        &self,
        input: types::DescribeHostsInput,
    ) -> Result<types::DescribeHostsOutput, Error<error::DescribeHostsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_HOSTS, input).await
    }
    /// Describes your IAM instance profile associations.
    pub async fn describe_iam_instance_profile_associations(
        &self,
        input: types::DescribeIamInstanceProfileAssociationsInput,
    ) -> Result<
        types::DescribeIamInstanceProfileAssociationsOutput,
        Error<error::DescribeIamInstanceProfileAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IAM_INSTANCE_PROFILE_ASSOCIATIONS, input)
            .await
    }
    /// Describes the ID format settings for your resources on a per-Region basis, for example, to view which resource types are enabled for longer IDs. This request only returns information about resource types whose ID formats can be modified; it does not return information about other resource types.
    ///
    /// The following resource types support longer IDs: `bundle` \| `conversion-task` \| `customer-gateway` \| `dhcp-options` \| `elastic-ip-allocation` \| `elastic-ip-association` \| `export-task` \| `flow-log` \| `image` \| `import-task` \| `instance` \| `internet-gateway` \| `network-acl` \| `network-acl-association` \| `network-interface` \| `network-interface-attachment` \| `prefix-list` \| `reservation` \| `route-table` \| `route-table-association` \| `security-group` \| `snapshot` \| `subnet` \| `subnet-cidr-block-association` \| `volume` \| `vpc` \| `vpc-cidr-block-association` \| `vpc-endpoint` \| `vpc-peering-connection` \| `vpn-connection` \| `vpn-gateway`.
    ///
    /// These settings apply to the IAM user who makes the request; they do not apply to the entire Amazon Web Services account. By default, an IAM user defaults to the same settings as the root user, unless they explicitly override the settings by running the ModifyIdFormat command. Resources created with longer IDs are visible to all IAM users, regardless of these settings and provided that they have permission to use the relevant `Describe` command for the resource type.
    pub async fn describe_id_format(
        &self,
        input: types::DescribeIdFormatInput,
    ) -> Result<types::DescribeIdFormatOutput, Error<error::DescribeIdFormatError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_ID_FORMAT, input).await
    }
    /// Describes the ID format settings for resources for the specified IAM user, IAM role, or root user. For example, you can view the resource types that are enabled for longer IDs. This request only returns information about resource types whose ID formats can be modified; it does not return information about other resource types. For more information, see [Resource IDs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html) in the *Amazon Elastic Compute Cloud User Guide*.
    ///
    /// The following resource types support longer IDs: `bundle` \| `conversion-task` \| `customer-gateway` \| `dhcp-options` \| `elastic-ip-allocation` \| `elastic-ip-association` \| `export-task` \| `flow-log` \| `image` \| `import-task` \| `instance` \| `internet-gateway` \| `network-acl` \| `network-acl-association` \| `network-interface` \| `network-interface-attachment` \| `prefix-list` \| `reservation` \| `route-table` \| `route-table-association` \| `security-group` \| `snapshot` \| `subnet` \| `subnet-cidr-block-association` \| `volume` \| `vpc` \| `vpc-cidr-block-association` \| `vpc-endpoint` \| `vpc-peering-connection` \| `vpn-connection` \| `vpn-gateway`.
    ///
    /// These settings apply to the principal specified in the request. They do not apply to the principal that makes the request.
    pub async fn describe_identity_id_format(
        &self,
        input: types::DescribeIdentityIdFormatInput,
    ) -> Result<
        types::DescribeIdentityIdFormatOutput,
        Error<error::DescribeIdentityIdFormatError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IDENTITY_ID_FORMAT, input).await
    }
    /// Describes the specified attribute of the specified AMI. You can specify only one attribute at a time.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_image_attribute(
        &self,
        input: types::DescribeImageAttributeInput,
    ) -> Result<
        types::DescribeImageAttributeOutput,
        Error<error::DescribeImageAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IMAGE_ATTRIBUTE, input).await
    }
    /// Describes your Amazon Web Services resources that are referencing the specified images.
    ///
    /// For more information, see [Identify your resources referencing specified AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-ami-references.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_image_references(
        &self,
        input: types::DescribeImageReferencesInput,
    ) -> Result<
        types::DescribeImageReferencesOutput,
        Error<error::DescribeImageReferencesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IMAGE_REFERENCES, input).await
    }
    /// Describes the entries in image usage reports, showing how your images are used across other Amazon Web Services accounts.
    ///
    /// For more information, see [View your AMI usage](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/your-ec2-ami-usage.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_image_usage_report_entries(
        &self,
        input: types::DescribeImageUsageReportEntriesInput,
    ) -> Result<
        types::DescribeImageUsageReportEntriesOutput,
        Error<error::DescribeImageUsageReportEntriesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IMAGE_USAGE_REPORT_ENTRIES, input)
            .await
    }
    /// Describes the configuration and status of image usage reports, filtered by report IDs or image IDs.
    ///
    /// For more information, see [View your AMI usage](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/your-ec2-ami-usage.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_image_usage_reports(
        &self,
        input: types::DescribeImageUsageReportsInput,
    ) -> Result<
        types::DescribeImageUsageReportsOutput,
        Error<error::DescribeImageUsageReportsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IMAGE_USAGE_REPORTS, input).await
    }
    /// Describes the specified images (AMIs, AKIs, and ARIs) available to you or all of the images available to you.
    ///
    /// The images available to you include public images, private images that you own, and private images owned by other Amazon Web Services accounts for which you have explicit launch permissions.
    ///
    /// Recently deregistered images appear in the returned results for a short interval and then return empty results. After all instances that reference a deregistered AMI are terminated, specifying the ID of the image will eventually return an error indicating that the AMI ID cannot be found.
    ///
    /// When Allowed AMIs is set to `enabled`, only allowed images are returned in the results, with the `imageAllowed` field set to `true` for each image. In `audit-mode`, the `imageAllowed` field is set to `true` for images that meet the account's Allowed AMIs criteria, and `false` for images that don't meet the criteria. For more information, see [Allowed AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html).
    ///
    /// The Amazon EC2 API follows an eventual consistency model. This means that the result of an API command you run that creates or modifies resources might not be immediately available to all subsequent commands you run. For guidance on how to manage eventual consistency, see [Eventual consistency in the Amazon EC2 API](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) in the *Amazon EC2 Developer Guide*.
    ///
    /// We strongly recommend using only paginated requests. Unpaginated requests are susceptible to throttling and timeouts.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_images(
        &self,
        input: types::DescribeImagesInput,
    ) -> Result<types::DescribeImagesOutput, Error<error::DescribeImagesError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_IMAGES, input).await
    }
    /// Displays details about an import virtual machine or import snapshot tasks that are already created.
    pub async fn describe_import_image_tasks(
        &self,
        input: types::DescribeImportImageTasksInput,
    ) -> Result<
        types::DescribeImportImageTasksOutput,
        Error<error::DescribeImportImageTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IMPORT_IMAGE_TASKS, input).await
    }
    /// Describes your import snapshot tasks.
    pub async fn describe_import_snapshot_tasks(
        &self,
        input: types::DescribeImportSnapshotTasksInput,
    ) -> Result<
        types::DescribeImportSnapshotTasksOutput,
        Error<error::DescribeImportSnapshotTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IMPORT_SNAPSHOT_TASKS, input).await
    }
    /// Describes the specified attribute of the specified instance. You can specify only one attribute at a time. Available attributes include SQL license exemption configuration for instances registered with the SQL LE service.
    pub async fn describe_instance_attribute(
        &self,
        input: types::DescribeInstanceAttributeInput,
    ) -> Result<
        types::DescribeInstanceAttributeOutput,
        Error<error::DescribeInstanceAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_ATTRIBUTE, input).await
    }
    /// Describes the specified EC2 Instance Connect Endpoints or all EC2 Instance Connect Endpoints.
    pub async fn describe_instance_connect_endpoints(
        &self,
        input: types::DescribeInstanceConnectEndpointsInput,
    ) -> Result<
        types::DescribeInstanceConnectEndpointsOutput,
        Error<error::DescribeInstanceConnectEndpointsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_INSTANCE_CONNECT_ENDPOINTS, input)
            .await
    }
    /// Describes the credit option for CPU usage of the specified burstable performance instances. The credit options are `standard` and `unlimited`.
    ///
    /// If you do not specify an instance ID, Amazon EC2 returns burstable performance instances with the `unlimited` credit option, as well as instances that were previously configured as T2, T3, and T3a with the `unlimited` credit option. For example, if you resize a T2 instance, while it is configured as `unlimited`, to an M4 instance, Amazon EC2 returns the M4 instance.
    ///
    /// If you specify one or more instance IDs, Amazon EC2 returns the credit option (`standard` or `unlimited`) of those instances. If you specify an instance ID that is not a burstable performance instance, Amazon EC2 returns the `standard` credit option.
    ///
    /// Recently terminated instances might appear in the returned results. This interval is usually less than one hour.
    ///
    /// If an Availability Zone is experiencing a service disruption and you specify instance IDs in the affected zone, or do not specify any instance IDs at all, the call fails. If you specify only instance IDs in an unaffected zone, the call works normally.
    ///
    /// For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_instance_credit_specifications(
        &self,
        input: types::DescribeInstanceCreditSpecificationsInput,
    ) -> Result<
        types::DescribeInstanceCreditSpecificationsOutput,
        Error<error::DescribeInstanceCreditSpecificationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_INSTANCE_CREDIT_SPECIFICATIONS, input)
            .await
    }
    /// Describes the tag keys that are registered to appear in scheduled event notifications for resources in the current Region.
    pub async fn describe_instance_event_notification_attributes(
        &self,
        input: types::DescribeInstanceEventNotificationAttributesInput,
    ) -> Result<
        types::DescribeInstanceEventNotificationAttributesOutput,
        Error<error::DescribeInstanceEventNotificationAttributesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_INSTANCE_EVENT_NOTIFICATION_ATTRIBUTES,
                input,
            )
            .await
    }
    /// Describes the specified event windows or all event windows.
    ///
    /// If you specify event window IDs, the output includes information for only the specified event windows. If you specify filters, the output includes information for only those event windows that meet the filter criteria. If you do not specify event windows IDs or filters, the output includes information for all event windows, which can affect performance. We recommend that you use pagination to ensure that the operation returns quickly and successfully.
    ///
    /// For more information, see [Define event windows for scheduled events](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_instance_event_windows(
        &self,
        input: types::DescribeInstanceEventWindowsInput,
    ) -> Result<
        types::DescribeInstanceEventWindowsOutput,
        Error<error::DescribeInstanceEventWindowsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_EVENT_WINDOWS, input).await
    }
    /// Describes the AMI that was used to launch an instance, even if the AMI is deprecated, deregistered, made private (no longer public or shared with your account), or not allowed.
    ///
    /// If you specify instance IDs, the output includes information for only the specified instances. If you specify filters, the output includes information for only those instances that meet the filter criteria. If you do not specify instance IDs or filters, the output includes information for all instances, which can affect performance.
    ///
    /// If you specify an instance ID that is not valid, an instance that doesn't exist, or an instance that you do not own, an error (`InvalidInstanceID.NotFound`) is returned.
    ///
    /// Recently terminated instances might appear in the returned results. This interval is usually less than one hour.
    ///
    /// In the rare case where an Availability Zone is experiencing a service disruption and you specify instance IDs that are in the affected Availability Zone, or do not specify any instance IDs at all, the call fails. If you specify only instance IDs that are in an unaffected Availability Zone, the call works normally.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_instance_image_metadata(
        &self,
        input: types::DescribeInstanceImageMetadataInput,
    ) -> Result<
        types::DescribeInstanceImageMetadataOutput,
        Error<error::DescribeInstanceImageMetadataError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_IMAGE_METADATA, input).await
    }
    /// Describes the historical SQL Server High Availability states for Amazon EC2 instances that are enabled for Amazon EC2 High Availability for SQL Server monitoring.
    pub async fn describe_instance_sql_ha_history_states(
        &self,
        input: types::DescribeInstanceSqlHaHistoryStatesInput,
    ) -> Result<
        types::DescribeInstanceSqlHaHistoryStatesOutput,
        Error<error::DescribeInstanceSqlHaHistoryStatesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_INSTANCE_SQL_HA_HISTORY_STATES, input)
            .await
    }
    /// Describes the SQL Server High Availability states for Amazon EC2 instances that are enabled for Amazon EC2 High Availability for SQL Server monitoring.
    pub async fn describe_instance_sql_ha_states(
        &self,
        input: types::DescribeInstanceSqlHaStatesInput,
    ) -> Result<
        types::DescribeInstanceSqlHaStatesOutput,
        Error<error::DescribeInstanceSqlHaStatesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_SQL_HA_STATES, input).await
    }
    /// Describes the status of the specified instances or all of your instances. By default, only running instances are described, unless you specifically indicate to return the status of all instances.
    ///
    /// Instance status includes the following components:
    ///
    /// - **Status checks** - Amazon EC2 performs status checks on running EC2 instances to identify hardware and software issues. For more information, see [Status checks for your instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-system-instance-status-check.html) and [Troubleshoot instances with failed status checks](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstances.html) in the *Amazon EC2 User Guide*.
    ///
    /// - **Application status checks** - Amazon EC2 reports application-level health status for instances, indicating whether applications running on the instance are functioning properly.
    ///
    /// - **Scheduled events** - Amazon EC2 can schedule events (such as reboot, stop, or terminate) for your instances related to hardware issues, software updates, or system maintenance. For more information, see [Scheduled events for your instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html) in the *Amazon EC2 User Guide*.
    ///
    /// - **Instance state** - You can manage your instances from the moment you launch them through their termination. For more information, see [Instance lifecycle](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html) in the *Amazon EC2 User Guide*.
    ///
    /// The Amazon EC2 API follows an eventual consistency model. This means that the result of an API command you run that creates or modifies resources might not be immediately available to all subsequent commands you run. For guidance on how to manage eventual consistency, see [Eventual consistency in the Amazon EC2 API](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) in the *Amazon EC2 Developer Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_instance_status(
        &self,
        input: types::DescribeInstanceStatusInput,
    ) -> Result<
        types::DescribeInstanceStatusOutput,
        Error<error::DescribeInstanceStatusError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_STATUS, input).await
    }
    /// Describes a tree-based hierarchy that represents the physical host placement of your EC2 instances within an Availability Zone or Local Zone. You can use this information to determine the relative proximity of your EC2 instances within the Amazon Web Services network to support your tightly coupled workloads.
    ///
    /// Instance topology is supported for specific instance types only. For more information, see [Prerequisites for Amazon EC2 instance topology](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-topology-prerequisites.html) in the *Amazon EC2 User Guide*.
    ///
    /// The Amazon EC2 API follows an eventual consistency model due to the distributed nature of the system supporting it. As a result, when you call the DescribeInstanceTopology API command immediately after launching instances, the response might return a `null` value for `capacityBlockId` because the data might not have fully propagated across all subsystems. For more information, see [Eventual consistency in the Amazon EC2 API](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) in the *Amazon EC2 Developer Guide*.
    ///
    /// For more information, see [Amazon EC2 topology](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-topology.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_instance_topology(
        &self,
        input: types::DescribeInstanceTopologyInput,
    ) -> Result<
        types::DescribeInstanceTopologyOutput,
        Error<error::DescribeInstanceTopologyError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_TOPOLOGY, input).await
    }
    /// Lists the instance types that are offered for the specified location. If no location is specified, the default is to list the instance types that are offered in the current Region.
    pub async fn describe_instance_type_offerings(
        &self,
        input: types::DescribeInstanceTypeOfferingsInput,
    ) -> Result<
        types::DescribeInstanceTypeOfferingsOutput,
        Error<error::DescribeInstanceTypeOfferingsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_TYPE_OFFERINGS, input).await
    }
    /// Describes the specified instance types. By default, all instance types for the current Region are described. Alternatively, you can filter the results. To include instance types that are not supported in the current Region, set `IncludeUnsupportedInRegion` to `true`.
    pub async fn describe_instance_types(
        &self,
        input: types::DescribeInstanceTypesInput,
    ) -> Result<
        types::DescribeInstanceTypesOutput,
        Error<error::DescribeInstanceTypesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCE_TYPES, input).await
    }
    /// Describes the specified instances or all instances.
    ///
    /// If you specify instance IDs, the output includes information for only the specified instances. If you specify filters, the output includes information for only those instances that meet the filter criteria. If you do not specify instance IDs or filters, the output includes information for all instances, which can affect performance. We recommend that you use pagination to ensure that the operation returns quickly and successfully.
    ///
    /// The response includes SQL license exemption status information for instances registered with the SQL LE service, providing visibility into license exemption configuration and status.
    ///
    /// If you specify an instance ID that is not valid, an error is returned. If you specify an instance that you do not own, it is not included in the output.
    ///
    /// Recently terminated instances might appear in the returned results. This interval is usually less than one hour.
    ///
    /// If you describe instances in the rare case where an Availability Zone is experiencing a service disruption and you specify instance IDs that are in the affected zone, or do not specify any instance IDs at all, the call fails. If you describe instances and specify only instance IDs that are in an unaffected zone, the call works normally.
    ///
    /// The Amazon EC2 API follows an eventual consistency model. This means that the result of an API command you run that creates or modifies resources might not be immediately available to all subsequent commands you run. For guidance on how to manage eventual consistency, see [Eventual consistency in the Amazon EC2 API](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) in the *Amazon EC2 Developer Guide*.
    ///
    /// We strongly recommend using only paginated requests. Unpaginated requests are susceptible to throttling and timeouts.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_instances(
        &self,
        input: types::DescribeInstancesInput,
    ) -> Result<types::DescribeInstancesOutput, Error<error::DescribeInstancesError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_INSTANCES, input).await
    }
    /// Describes your internet gateways. The default is to describe all your internet gateways. Alternatively, you can specify specific internet gateway IDs or filter the results to include only the internet gateways that match specific criteria.
    pub async fn describe_internet_gateways(
        &self,
        input: types::DescribeInternetGatewaysInput,
    ) -> Result<
        types::DescribeInternetGatewaysOutput,
        Error<error::DescribeInternetGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_INTERNET_GATEWAYS, input).await
    }
    /// Describes your Autonomous System Numbers (ASNs), their provisioning statuses, and the BYOIP CIDRs with which they are associated. For more information, see [Tutorial: Bring your ASN to IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoasn.html) in the *Amazon VPC IPAM guide*.
    pub async fn describe_ipam_byoasn(
        &self,
        input: types::DescribeIpamByoasnInput,
    ) -> Result<types::DescribeIpamByoasnOutput, Error<error::DescribeIpamByoasnError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPAM_BYOASN, input).await
    }
    /// Describe verification tokens.
    ///
    /// A verification token is an Amazon Web Services-generated random value that you can use to prove ownership of an external resource. For example, you can use a verification token to validate that you control a public IP address range when you bring an IP address range to Amazon Web Services (BYOIP).
    pub async fn describe_ipam_external_resource_verification_tokens(
        &self,
        input: types::DescribeIpamExternalResourceVerificationTokensInput,
    ) -> Result<
        types::DescribeIpamExternalResourceVerificationTokensOutput,
        Error<error::DescribeIpamExternalResourceVerificationTokensError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKENS,
                input,
            )
            .await
    }
    /// Describes one or more IPAM internet registry associations. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn describe_ipam_internet_registry_associations(
        &self,
        input: types::DescribeIpamInternetRegistryAssociationsInput,
    ) -> Result<
        types::DescribeIpamInternetRegistryAssociationsOutput,
        Error<error::DescribeIpamInternetRegistryAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IPAM_INTERNET_REGISTRY_ASSOCIATIONS, input)
            .await
    }
    /// Describes one or more IPAM policies.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    pub async fn describe_ipam_policies(
        &self,
        input: types::DescribeIpamPoliciesInput,
    ) -> Result<
        types::DescribeIpamPoliciesOutput,
        Error<error::DescribeIpamPoliciesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPAM_POLICIES, input).await
    }
    /// Describes IPAM pool allocations. You can describe all allocations owned by you across all pools, or you can describe specific allocations by ID.
    ///
    /// If you specify `IpamPoolAllocationIds`, the results include only the specified allocations. If you do not specify `IpamPoolAllocationIds`, the results include all allocations owned by you. You can use `Filters` to narrow the results.
    ///
    /// This action returns only allocations directly owned by you. To view all allocations in a pool you own or that has been shared with you, including allocations owned by other accounts, use [GetIpamPoolAllocations](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetIpamPoolAllocations.html).
    pub async fn describe_ipam_pool_allocations(
        &self,
        input: types::DescribeIpamPoolAllocationsInput,
    ) -> Result<
        types::DescribeIpamPoolAllocationsOutput,
        Error<error::DescribeIpamPoolAllocationsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPAM_POOL_ALLOCATIONS, input).await
    }
    /// Get information about your IPAM pools.
    pub async fn describe_ipam_pools(
        &self,
        input: types::DescribeIpamPoolsInput,
    ) -> Result<types::DescribeIpamPoolsOutput, Error<error::DescribeIpamPoolsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPAM_POOLS, input).await
    }
    /// Describes one or more IPAM prefix list resolver Targets. Use this operation to view the configuration and status of resolver targets.
    pub async fn describe_ipam_prefix_list_resolver_targets(
        &self,
        input: types::DescribeIpamPrefixListResolverTargetsInput,
    ) -> Result<
        types::DescribeIpamPrefixListResolverTargetsOutput,
        Error<error::DescribeIpamPrefixListResolverTargetsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IPAM_PREFIX_LIST_RESOLVER_TARGETS, input)
            .await
    }
    /// Describes one or more IPAM prefix list resolvers. Use this operation to view the configuration, status, and properties of your resolvers.
    pub async fn describe_ipam_prefix_list_resolvers(
        &self,
        input: types::DescribeIpamPrefixListResolversInput,
    ) -> Result<
        types::DescribeIpamPrefixListResolversOutput,
        Error<error::DescribeIpamPrefixListResolversError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IPAM_PREFIX_LIST_RESOLVERS, input)
            .await
    }
    /// Describes IPAM resource discoveries. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn describe_ipam_resource_discoveries(
        &self,
        input: types::DescribeIpamResourceDiscoveriesInput,
    ) -> Result<
        types::DescribeIpamResourceDiscoveriesOutput,
        Error<error::DescribeIpamResourceDiscoveriesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IPAM_RESOURCE_DISCOVERIES, input)
            .await
    }
    /// Describes resource discovery association with an Amazon VPC IPAM. An associated resource discovery is a resource discovery that has been associated with an IPAM..
    pub async fn describe_ipam_resource_discovery_associations(
        &self,
        input: types::DescribeIpamResourceDiscoveryAssociationsInput,
    ) -> Result<
        types::DescribeIpamResourceDiscoveryAssociationsOutput,
        Error<error::DescribeIpamResourceDiscoveryAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_IPAM_RESOURCE_DISCOVERY_ASSOCIATIONS, input)
            .await
    }
    /// Get information about your IPAM scopes.
    pub async fn describe_ipam_scopes(
        &self,
        input: types::DescribeIpamScopesInput,
    ) -> Result<types::DescribeIpamScopesOutput, Error<error::DescribeIpamScopesError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPAM_SCOPES, input).await
    }
    /// Get information about your IPAM pools.
    ///
    /// For more information, see [What is IPAM?](https://docs.aws.amazon.com/vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn describe_ipams(
        &self,
        input: types::DescribeIpamsInput,
    ) -> Result<types::DescribeIpamsOutput, Error<error::DescribeIpamsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPAMS, input).await
    }
    /// Describes your IPv6 address pools.
    pub async fn describe_ipv6_pools(
        &self,
        input: types::DescribeIpv6PoolsInput,
    ) -> Result<types::DescribeIpv6PoolsOutput, Error<error::DescribeIpv6PoolsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_IPV6_POOLS, input).await
    }
    /// Describes the specified key pairs or all of your key pairs.
    ///
    /// For more information about key pairs, see [Amazon EC2 key pairs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_key_pairs(
        &self,
        input: types::DescribeKeyPairsInput,
    ) -> Result<types::DescribeKeyPairsOutput, Error<error::DescribeKeyPairsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_KEY_PAIRS, input).await
    }
    /// Describes one or more versions of a specified launch template. You can describe all versions, individual versions, or a range of versions. You can also describe all the latest versions or all the default versions of all the launch templates in your account.
    pub async fn describe_launch_template_versions(
        &self,
        input: types::DescribeLaunchTemplateVersionsInput,
    ) -> Result<
        types::DescribeLaunchTemplateVersionsOutput,
        Error<error::DescribeLaunchTemplateVersionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, input).await
    }
    /// Describes one or more launch templates.
    pub async fn describe_launch_templates(
        &self,
        input: types::DescribeLaunchTemplatesInput,
    ) -> Result<
        types::DescribeLaunchTemplatesOutput,
        Error<error::DescribeLaunchTemplatesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_LAUNCH_TEMPLATES, input).await
    }
    /// Describes the associations between virtual interface groups and local gateway route tables.
    pub async fn describe_local_gateway_route_table_virtual_interface_group_associations(
        &self,
        input: types::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsInput,
    ) -> Result<
        types::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsOutput,
        Error<
            error::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsError,
        >,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATIONS,
                input,
            )
            .await
    }
    /// Describes the specified associations between VPCs and local gateway route tables.
    pub async fn describe_local_gateway_route_table_vpc_associations(
        &self,
        input: types::DescribeLocalGatewayRouteTableVpcAssociationsInput,
    ) -> Result<
        types::DescribeLocalGatewayRouteTableVpcAssociationsOutput,
        Error<error::DescribeLocalGatewayRouteTableVpcAssociationsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATIONS,
                input,
            )
            .await
    }
    /// Describes one or more local gateway route tables. By default, all local gateway route tables are described. Alternatively, you can filter the results.
    pub async fn describe_local_gateway_route_tables(
        &self,
        input: types::DescribeLocalGatewayRouteTablesInput,
    ) -> Result<
        types::DescribeLocalGatewayRouteTablesOutput,
        Error<error::DescribeLocalGatewayRouteTablesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLES, input)
            .await
    }
    /// Describes the specified local gateway virtual interface groups.
    pub async fn describe_local_gateway_virtual_interface_groups(
        &self,
        input: types::DescribeLocalGatewayVirtualInterfaceGroupsInput,
    ) -> Result<
        types::DescribeLocalGatewayVirtualInterfaceGroupsOutput,
        Error<error::DescribeLocalGatewayVirtualInterfaceGroupsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUPS,
                input,
            )
            .await
    }
    /// Describes the specified local gateway virtual interfaces.
    pub async fn describe_local_gateway_virtual_interfaces(
        &self,
        input: types::DescribeLocalGatewayVirtualInterfacesInput,
    ) -> Result<
        types::DescribeLocalGatewayVirtualInterfacesOutput,
        Error<error::DescribeLocalGatewayVirtualInterfacesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_LOCAL_GATEWAY_VIRTUAL_INTERFACES, input)
            .await
    }
    /// Describes one or more local gateways. By default, all local gateways are described. Alternatively, you can filter the results.
    pub async fn describe_local_gateways(
        &self,
        input: types::DescribeLocalGatewaysInput,
    ) -> Result<
        types::DescribeLocalGatewaysOutput,
        Error<error::DescribeLocalGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_LOCAL_GATEWAYS, input).await
    }
    /// Describes the lock status for a snapshot.
    pub async fn describe_locked_snapshots(
        &self,
        input: types::DescribeLockedSnapshotsInput,
    ) -> Result<
        types::DescribeLockedSnapshotsOutput,
        Error<error::DescribeLockedSnapshotsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_LOCKED_SNAPSHOTS, input).await
    }
    /// Describes the specified EC2 Mac Dedicated Host or all of your EC2 Mac Dedicated Hosts.
    pub async fn describe_mac_hosts(
        &self,
        input: types::DescribeMacHostsInput,
    ) -> Result<types::DescribeMacHostsOutput, Error<error::DescribeMacHostsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_MAC_HOSTS, input).await
    }
    /// Describes a System Integrity Protection (SIP) modification task or volume ownership delegation task for an Amazon EC2 Mac instance. For more information, see [Configure SIP for Amazon EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/mac-sip-settings.html#mac-sip-configure) in the *Amazon EC2 User Guide*.
    pub async fn describe_mac_modification_tasks(
        &self,
        input: types::DescribeMacModificationTasksInput,
    ) -> Result<
        types::DescribeMacModificationTasksOutput,
        Error<error::DescribeMacModificationTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_MAC_MODIFICATION_TASKS, input).await
    }
    /// Describes your managed prefix lists and any Amazon Web Services-managed prefix lists.
    pub async fn describe_managed_prefix_lists(
        &self,
        input: types::DescribeManagedPrefixListsInput,
    ) -> Result<
        types::DescribeManagedPrefixListsOutput,
        Error<error::DescribeManagedPrefixListsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_MANAGED_PREFIX_LISTS, input).await
    }
    /// Describes the specified metric categories, or all of your metric categories.
    ///
    /// For more information, see [Use metric categories for additional metrics](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html#detailed-monitoring-metric-categories) in the *Amazon EC2 User Guide*.
    pub async fn describe_metric_categories(
        &self,
        input: types::DescribeMetricCategoriesInput,
    ) -> Result<
        types::DescribeMetricCategoriesOutput,
        Error<error::DescribeMetricCategoriesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_METRIC_CATEGORIES, input).await
    }
    /// This action is deprecated.
    ///
    /// Describes your Elastic IP addresses that are being moved from or being restored to the EC2-Classic platform. This request does not return information about any other Elastic IP addresses in your account.
    pub async fn describe_moving_addresses(
        &self,
        input: types::DescribeMovingAddressesInput,
    ) -> Result<
        types::DescribeMovingAddressesOutput,
        Error<error::DescribeMovingAddressesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_MOVING_ADDRESSES, input).await
    }
    /// Describes your NAT gateways. The default is to describe all your NAT gateways. Alternatively, you can specify specific NAT gateway IDs or filter the results to include only the NAT gateways that match specific criteria.
    pub async fn describe_nat_gateways(
        &self,
        input: types::DescribeNatGatewaysInput,
    ) -> Result<
        types::DescribeNatGatewaysOutput,
        Error<error::DescribeNatGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_NAT_GATEWAYS, input).await
    }
    /// Describes your network ACLs. The default is to describe all your network ACLs. Alternatively, you can specify specific network ACL IDs or filter the results to include only the network ACLs that match specific criteria.
    ///
    /// For more information, see [Network ACLs](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html) in the *Amazon VPC User Guide*.
    pub async fn describe_network_acls(
        &self,
        input: types::DescribeNetworkAclsInput,
    ) -> Result<
        types::DescribeNetworkAclsOutput,
        Error<error::DescribeNetworkAclsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_NETWORK_ACLS, input).await
    }
    /// Describes the specified Network Access Scope analyses.
    pub async fn describe_network_insights_access_scope_analyses(
        &self,
        input: types::DescribeNetworkInsightsAccessScopeAnalysesInput,
    ) -> Result<
        types::DescribeNetworkInsightsAccessScopeAnalysesOutput,
        Error<error::DescribeNetworkInsightsAccessScopeAnalysesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSES,
                input,
            )
            .await
    }
    /// Describes the specified Network Access Scopes.
    pub async fn describe_network_insights_access_scopes(
        &self,
        input: types::DescribeNetworkInsightsAccessScopesInput,
    ) -> Result<
        types::DescribeNetworkInsightsAccessScopesOutput,
        Error<error::DescribeNetworkInsightsAccessScopesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_NETWORK_INSIGHTS_ACCESS_SCOPES, input)
            .await
    }
    /// Describes one or more of your network insights analyses.
    pub async fn describe_network_insights_analyses(
        &self,
        input: types::DescribeNetworkInsightsAnalysesInput,
    ) -> Result<
        types::DescribeNetworkInsightsAnalysesOutput,
        Error<error::DescribeNetworkInsightsAnalysesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_NETWORK_INSIGHTS_ANALYSES, input)
            .await
    }
    /// Describes one or more of your paths.
    pub async fn describe_network_insights_paths(
        &self,
        input: types::DescribeNetworkInsightsPathsInput,
    ) -> Result<
        types::DescribeNetworkInsightsPathsOutput,
        Error<error::DescribeNetworkInsightsPathsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_NETWORK_INSIGHTS_PATHS, input).await
    }
    /// Describes a network interface attribute. You can specify only one attribute at a time.
    pub async fn describe_network_interface_attribute(
        &self,
        input: types::DescribeNetworkInterfaceAttributeInput,
    ) -> Result<
        types::DescribeNetworkInterfaceAttributeOutput,
        Error<error::DescribeNetworkInterfaceAttributeError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_NETWORK_INTERFACE_ATTRIBUTE, input)
            .await
    }
    /// Describes the permissions for your network interfaces.
    pub async fn describe_network_interface_permissions(
        &self,
        input: types::DescribeNetworkInterfacePermissionsInput,
    ) -> Result<
        types::DescribeNetworkInterfacePermissionsOutput,
        Error<error::DescribeNetworkInterfacePermissionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_NETWORK_INTERFACE_PERMISSIONS, input)
            .await
    }
    /// Describes the specified network interfaces or all your network interfaces.
    ///
    /// If you have a large number of network interfaces, the operation fails unless you use pagination or one of the following filters: `attachment.instance-id`, `group-id`, `mac-address`, `private-dns-name`, `private-ip-address`, `subnet-id`, or `vpc-id`.
    ///
    /// We strongly recommend using only paginated requests. Unpaginated requests are susceptible to throttling and timeouts.
    pub async fn describe_network_interfaces(
        &self,
        input: types::DescribeNetworkInterfacesInput,
    ) -> Result<
        types::DescribeNetworkInterfacesOutput,
        Error<error::DescribeNetworkInterfacesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_NETWORK_INTERFACES, input).await
    }
    /// Describes one or more of your flex cost allocation policies. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn describe_networking_flex_cost_allocation_policies(
        &self,
        input: types::DescribeNetworkingFlexCostAllocationPoliciesInput,
    ) -> Result<
        types::DescribeNetworkingFlexCostAllocationPoliciesOutput,
        Error<error::DescribeNetworkingFlexCostAllocationPoliciesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_NETWORKING_FLEX_COST_ALLOCATION_POLICIES,
                input,
            )
            .await
    }
    /// Describes the associations between your flex cost allocation policies and network resources. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn describe_networking_flex_cost_allocation_policy_associations(
        &self,
        input: types::DescribeNetworkingFlexCostAllocationPolicyAssociationsInput,
    ) -> Result<
        types::DescribeNetworkingFlexCostAllocationPolicyAssociationsOutput,
        Error<error::DescribeNetworkingFlexCostAllocationPolicyAssociationsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_NETWORKING_FLEX_COST_ALLOCATION_POLICY_ASSOCIATIONS,
                input,
            )
            .await
    }
    /// Describes the Outposts link aggregation groups (LAGs).
    ///
    /// LAGs are only available for second-generation Outposts racks at this time.
    pub async fn describe_outpost_lags(
        &self,
        input: types::DescribeOutpostLagsInput,
    ) -> Result<
        types::DescribeOutpostLagsOutput,
        Error<error::DescribeOutpostLagsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_OUTPOST_LAGS, input).await
    }
    /// Describes the specified placement groups or all of your placement groups.
    ///
    /// To describe a specific placement group that is *shared* with your account, you must specify the ID of the placement group using the `GroupId` parameter. Specifying the name of a *shared* placement group using the `GroupNames` parameter will result in an error.
    ///
    /// For more information, see [Placement groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_placement_groups(
        &self,
        input: types::DescribePlacementGroupsInput,
    ) -> Result<
        types::DescribePlacementGroupsOutput,
        Error<error::DescribePlacementGroupsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_PLACEMENT_GROUPS, input).await
    }
    /// Describes available Amazon Web Services services in a prefix list format, which includes the prefix list name and prefix list ID of the service and the IP address range for the service.
    pub async fn describe_prefix_lists(
        &self,
        input: types::DescribePrefixListsInput,
    ) -> Result<
        types::DescribePrefixListsOutput,
        Error<error::DescribePrefixListsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_PREFIX_LISTS, input).await
    }
    /// Describes the ID format settings for the root user and all IAM roles and IAM users that have explicitly specified a longer ID (17-character ID) preference.
    ///
    /// By default, all IAM roles and IAM users default to the same ID settings as the root user, unless they explicitly override the settings. This request is useful for identifying those IAM users and IAM roles that have overridden the default ID settings.
    ///
    /// The following resource types support longer IDs: `bundle` \| `conversion-task` \| `customer-gateway` \| `dhcp-options` \| `elastic-ip-allocation` \| `elastic-ip-association` \| `export-task` \| `flow-log` \| `image` \| `import-task` \| `instance` \| `internet-gateway` \| `network-acl` \| `network-acl-association` \| `network-interface` \| `network-interface-attachment` \| `prefix-list` \| `reservation` \| `route-table` \| `route-table-association` \| `security-group` \| `snapshot` \| `subnet` \| `subnet-cidr-block-association` \| `volume` \| `vpc` \| `vpc-cidr-block-association` \| `vpc-endpoint` \| `vpc-peering-connection` \| `vpn-connection` \| `vpn-gateway`.
    pub async fn describe_principal_id_format(
        &self,
        input: types::DescribePrincipalIdFormatInput,
    ) -> Result<
        types::DescribePrincipalIdFormatOutput,
        Error<error::DescribePrincipalIdFormatError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_PRINCIPAL_ID_FORMAT, input).await
    }
    /// Describes the specified IPv4 address pools.
    pub async fn describe_public_ipv4_pools(
        &self,
        input: types::DescribePublicIpv4PoolsInput,
    ) -> Result<
        types::DescribePublicIpv4PoolsOutput,
        Error<error::DescribePublicIpv4PoolsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_PUBLIC_IPV4_POOLS, input).await
    }
    /// Describes the Regions that are enabled for your account, or all Regions.
    ///
    /// For a list of the Regions supported by Amazon EC2, see [Amazon EC2 service endpoints](https://docs.aws.amazon.com/ec2/latest/devguide/ec2-endpoints.html).
    ///
    /// For information about enabling and disabling Regions for your account, see [Specify which Amazon Web Services Regions your account can use](https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html) in the *Amazon Web Services Account Management Reference Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_regions(
        &self,
        input: types::DescribeRegionsInput,
    ) -> Result<types::DescribeRegionsOutput, Error<error::DescribeRegionsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_REGIONS, input).await
    }
    /// Describes a root volume replacement task. For more information, see [Replace a root volume](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/replace-root.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_replace_root_volume_tasks(
        &self,
        input: types::DescribeReplaceRootVolumeTasksInput,
    ) -> Result<
        types::DescribeReplaceRootVolumeTasksOutput,
        Error<error::DescribeReplaceRootVolumeTasksError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_REPLACE_ROOT_VOLUME_TASKS, input)
            .await
    }
    /// Describes one or more of the Reserved Instances that you purchased.
    ///
    /// For more information about Reserved Instances, see [Reserved Instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts-on-demand-reserved-instances.html) in the *Amazon EC2 User Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_reserved_instances(
        &self,
        input: types::DescribeReservedInstancesInput,
    ) -> Result<
        types::DescribeReservedInstancesOutput,
        Error<error::DescribeReservedInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_RESERVED_INSTANCES, input).await
    }
    /// Describes your account's Reserved Instance listings in the Reserved Instance Marketplace.
    ///
    /// The Reserved Instance Marketplace matches sellers who want to resell Reserved Instance capacity that they no longer need with buyers who want to purchase additional capacity. Reserved Instances bought and sold through the Reserved Instance Marketplace work like any other Reserved Instances.
    ///
    /// As a seller, you choose to list some or all of your Reserved Instances, and you specify the upfront price to receive for them. Your Reserved Instances are then listed in the Reserved Instance Marketplace and are available for purchase.
    ///
    /// As a buyer, you specify the configuration of the Reserved Instance to purchase, and the Marketplace matches what you're searching for with what's available. The Marketplace first sells the lowest priced Reserved Instances to you, and continues to sell available Reserved Instance listings to you until your demand is met. You are charged based on the total price of all of the listings that you purchase.
    ///
    /// For more information, see [Sell in the Reserved Instance Marketplace](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html) in the *Amazon EC2 User Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_reserved_instances_listings(
        &self,
        input: types::DescribeReservedInstancesListingsInput,
    ) -> Result<
        types::DescribeReservedInstancesListingsOutput,
        Error<error::DescribeReservedInstancesListingsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_RESERVED_INSTANCES_LISTINGS, input)
            .await
    }
    /// Describes the modifications made to your Reserved Instances. If no parameter is specified, information about all your Reserved Instances modification requests is returned. If a modification ID is specified, only information about the specific modification is returned.
    ///
    /// For more information, see [Modify Reserved Instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-modifying.html) in the *Amazon EC2 User Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_reserved_instances_modifications(
        &self,
        input: types::DescribeReservedInstancesModificationsInput,
    ) -> Result<
        types::DescribeReservedInstancesModificationsOutput,
        Error<error::DescribeReservedInstancesModificationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_RESERVED_INSTANCES_MODIFICATIONS, input)
            .await
    }
    /// Describes Reserved Instance offerings that are available for purchase. With Reserved Instances, you purchase the right to launch instances for a period of time. During that time period, you do not receive insufficient capacity errors, and you pay a lower usage rate than the rate charged for On-Demand instances for the actual time used.
    ///
    /// If you have listed your own Reserved Instances for sale in the Reserved Instance Marketplace, they will be excluded from these results. This is to ensure that you do not purchase your own Reserved Instances.
    ///
    /// For more information, see [Sell in the Reserved Instance Marketplace](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html) in the *Amazon EC2 User Guide*.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_reserved_instances_offerings(
        &self,
        input: types::DescribeReservedInstancesOfferingsInput,
    ) -> Result<
        types::DescribeReservedInstancesOfferingsOutput,
        Error<error::DescribeReservedInstancesOfferingsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_RESERVED_INSTANCES_OFFERINGS, input)
            .await
    }
    /// Describes one or more route server endpoints.
    ///
    /// A route server endpoint is an Amazon Web Services-managed component inside a subnet that facilitates [BGP (Border Gateway Protocol)](https://en.wikipedia.org/wiki/Border_Gateway_Protocol) connections between your route server and your BGP peers.
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn describe_route_server_endpoints(
        &self,
        input: types::DescribeRouteServerEndpointsInput,
    ) -> Result<
        types::DescribeRouteServerEndpointsOutput,
        Error<error::DescribeRouteServerEndpointsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ROUTE_SERVER_ENDPOINTS, input).await
    }
    /// Describes one or more route server peers.
    ///
    /// A route server peer is a session between a route server endpoint and the device deployed in Amazon Web Services (such as a firewall appliance or other network security function running on an EC2 instance). The device must meet these requirements:
    ///
    /// - Have an elastic network interface in the VPC
    ///
    /// - Support BGP (Border Gateway Protocol)
    ///
    /// - Can initiate BGP sessions
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn describe_route_server_peers(
        &self,
        input: types::DescribeRouteServerPeersInput,
    ) -> Result<
        types::DescribeRouteServerPeersOutput,
        Error<error::DescribeRouteServerPeersError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ROUTE_SERVER_PEERS, input).await
    }
    /// Describes one or more route servers.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn describe_route_servers(
        &self,
        input: types::DescribeRouteServersInput,
    ) -> Result<
        types::DescribeRouteServersOutput,
        Error<error::DescribeRouteServersError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ROUTE_SERVERS, input).await
    }
    /// Describes your route tables. The default is to describe all your route tables. Alternatively, you can specify specific route table IDs or filter the results to include only the route tables that match specific criteria.
    ///
    /// Each subnet in your VPC must be associated with a route table. If a subnet is not explicitly associated with any route table, it is implicitly associated with the main route table. This command does not return the subnet ID for implicit associations.
    ///
    /// For more information, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    pub async fn describe_route_tables(
        &self,
        input: types::DescribeRouteTablesInput,
    ) -> Result<
        types::DescribeRouteTablesOutput,
        Error<error::DescribeRouteTablesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_ROUTE_TABLES, input).await
    }
    /// Finds available schedules that meet the specified criteria.
    ///
    /// You can search for an available schedule no more than 3 months in advance. You must meet the minimum required duration of 1,200 hours per year. For example, the minimum daily schedule is 4 hours, the minimum weekly schedule is 24 hours, and the minimum monthly schedule is 100 hours.
    ///
    /// After you find a schedule that meets your needs, call PurchaseScheduledInstances to purchase Scheduled Instances with that schedule.
    pub async fn describe_scheduled_instance_availability(
        &self,
        input: types::DescribeScheduledInstanceAvailabilityInput,
    ) -> Result<
        types::DescribeScheduledInstanceAvailabilityOutput,
        Error<error::DescribeScheduledInstanceAvailabilityError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_SCHEDULED_INSTANCE_AVAILABILITY, input)
            .await
    }
    /// Describes the specified Scheduled Instances or all your Scheduled Instances.
    pub async fn describe_scheduled_instances(
        &self,
        input: types::DescribeScheduledInstancesInput,
    ) -> Result<
        types::DescribeScheduledInstancesOutput,
        Error<error::DescribeScheduledInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SCHEDULED_INSTANCES, input).await
    }
    /// Describes one or more of your secondary interfaces.
    pub async fn describe_secondary_interfaces(
        &self,
        input: types::DescribeSecondaryInterfacesInput,
    ) -> Result<
        types::DescribeSecondaryInterfacesOutput,
        Error<error::DescribeSecondaryInterfacesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SECONDARY_INTERFACES, input).await
    }
    /// Describes one or more secondary networks.
    pub async fn describe_secondary_networks(
        &self,
        input: types::DescribeSecondaryNetworksInput,
    ) -> Result<
        types::DescribeSecondaryNetworksOutput,
        Error<error::DescribeSecondaryNetworksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SECONDARY_NETWORKS, input).await
    }
    /// Describes one or more of your secondary subnets.
    pub async fn describe_secondary_subnets(
        &self,
        input: types::DescribeSecondarySubnetsInput,
    ) -> Result<
        types::DescribeSecondarySubnetsOutput,
        Error<error::DescribeSecondarySubnetsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SECONDARY_SUBNETS, input).await
    }
    /// Describes the VPCs on the other side of a VPC peering or Transit Gateway connection that are referencing the security groups you've specified in this request.
    pub async fn describe_security_group_references(
        &self,
        input: types::DescribeSecurityGroupReferencesInput,
    ) -> Result<
        types::DescribeSecurityGroupReferencesOutput,
        Error<error::DescribeSecurityGroupReferencesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_SECURITY_GROUP_REFERENCES, input)
            .await
    }
    /// Describes one or more of your security group rules.
    pub async fn describe_security_group_rules(
        &self,
        input: types::DescribeSecurityGroupRulesInput,
    ) -> Result<
        types::DescribeSecurityGroupRulesOutput,
        Error<error::DescribeSecurityGroupRulesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SECURITY_GROUP_RULES, input).await
    }
    /// Describes security group VPC associations made with [AssociateSecurityGroupVpc](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateSecurityGroupVpc.html).
    pub async fn describe_security_group_vpc_associations(
        &self,
        input: types::DescribeSecurityGroupVpcAssociationsInput,
    ) -> Result<
        types::DescribeSecurityGroupVpcAssociationsOutput,
        Error<error::DescribeSecurityGroupVpcAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_SECURITY_GROUP_VPC_ASSOCIATIONS, input)
            .await
    }
    /// Describes the specified security groups or all of your security groups.
    pub async fn describe_security_groups(
        &self,
        input: types::DescribeSecurityGroupsInput,
    ) -> Result<
        types::DescribeSecurityGroupsOutput,
        Error<error::DescribeSecurityGroupsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SECURITY_GROUPS, input).await
    }
    /// Describes the Outpost service link virtual interfaces.
    pub async fn describe_service_link_virtual_interfaces(
        &self,
        input: types::DescribeServiceLinkVirtualInterfacesInput,
    ) -> Result<
        types::DescribeServiceLinkVirtualInterfacesOutput,
        Error<error::DescribeServiceLinkVirtualInterfacesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_SERVICE_LINK_VIRTUAL_INTERFACES, input)
            .await
    }
    /// Describes the specified attribute of the specified snapshot. You can specify only one attribute at a time.
    ///
    /// For more information about EBS snapshots, see [Amazon EBS snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-snapshots.html) in the *Amazon EBS User Guide*.
    pub async fn describe_snapshot_attribute(
        &self,
        input: types::DescribeSnapshotAttributeInput,
    ) -> Result<
        types::DescribeSnapshotAttributeOutput,
        Error<error::DescribeSnapshotAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SNAPSHOT_ATTRIBUTE, input).await
    }
    /// Describes the storage tier status of one or more Amazon EBS snapshots.
    pub async fn describe_snapshot_tier_status(
        &self,
        input: types::DescribeSnapshotTierStatusInput,
    ) -> Result<
        types::DescribeSnapshotTierStatusOutput,
        Error<error::DescribeSnapshotTierStatusError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SNAPSHOT_TIER_STATUS, input).await
    }
    /// Describes the specified EBS snapshots available to you or all of the EBS snapshots available to you.
    ///
    /// The snapshots available to you include public snapshots, private snapshots that you own, and private snapshots owned by other Amazon Web Services accounts for which you have explicit create volume permissions.
    ///
    /// The create volume permissions fall into the following categories:
    ///
    /// - *public*: The owner of the snapshot granted create volume permissions for the snapshot to the `all` group. All Amazon Web Services accounts have create volume permissions for these snapshots.
    ///
    /// - *explicit*: The owner of the snapshot granted create volume permissions to a specific Amazon Web Services account.
    ///
    /// - *implicit*: An Amazon Web Services account has implicit create volume permissions for all snapshots it owns.
    ///
    /// The list of snapshots returned can be filtered by specifying snapshot IDs, snapshot owners, or Amazon Web Services accounts with create volume permissions. If no options are specified, Amazon EC2 returns all snapshots for which you have create volume permissions.
    ///
    /// If you specify one or more snapshot IDs, only snapshots that have the specified IDs are returned. If you specify an invalid snapshot ID, an error is returned. If you specify a snapshot ID for which you do not have access, it is not included in the returned results.
    ///
    /// If you specify one or more snapshot owners using the `OwnerIds` option, only snapshots from the specified owners and for which you have access are returned. The results can include the Amazon Web Services account IDs of the specified owners, `amazon` for snapshots owned by Amazon, or `self` for snapshots that you own.
    ///
    /// If you specify a list of restorable users, only snapshots with create snapshot permissions for those users are returned. You can specify Amazon Web Services account IDs (if you own the snapshots), `self` for snapshots for which you own or have explicit permissions, or `all` for public snapshots.
    ///
    /// If you are describing a long list of snapshots, we recommend that you paginate the output to make the list more manageable. For more information, see [Pagination](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html#api-pagination).
    ///
    /// For more information about EBS snapshots, see [Amazon EBS snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-snapshots.html) in the *Amazon EBS User Guide*.
    ///
    /// We strongly recommend using only paginated requests. Unpaginated requests are susceptible to throttling and timeouts.
    pub async fn describe_snapshots(
        &self,
        input: types::DescribeSnapshotsInput,
    ) -> Result<types::DescribeSnapshotsOutput, Error<error::DescribeSnapshotsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_SNAPSHOTS, input).await
    }
    /// Describes the data feed for Spot Instances. For more information, see [Spot Instance data feed](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-data-feeds.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_spot_datafeed_subscription(
        &self,
        input: types::DescribeSpotDatafeedSubscriptionInput,
    ) -> Result<
        types::DescribeSpotDatafeedSubscriptionOutput,
        Error<error::DescribeSpotDatafeedSubscriptionError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_SPOT_DATAFEED_SUBSCRIPTION, input)
            .await
    }
    /// Describes the running instances for the specified Spot Fleet.
    pub async fn describe_spot_fleet_instances(
        &self,
        input: types::DescribeSpotFleetInstancesInput,
    ) -> Result<
        types::DescribeSpotFleetInstancesOutput,
        Error<error::DescribeSpotFleetInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SPOT_FLEET_INSTANCES, input).await
    }
    /// Describes the events for the specified Spot Fleet request during the specified time.
    ///
    /// Spot Fleet events are delayed by up to 30 seconds before they can be described. This ensures that you can query by the last evaluated time and not miss a recorded event. Spot Fleet events are available for 48 hours.
    ///
    /// For more information, see [Monitor fleet events using Amazon EventBridge](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/fleet-monitor.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_spot_fleet_request_history(
        &self,
        input: types::DescribeSpotFleetRequestHistoryInput,
    ) -> Result<
        types::DescribeSpotFleetRequestHistoryOutput,
        Error<error::DescribeSpotFleetRequestHistoryError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_SPOT_FLEET_REQUEST_HISTORY, input)
            .await
    }
    /// Describes your Spot Fleet requests.
    ///
    /// Spot Fleet requests are deleted 48 hours after they are canceled and their instances are terminated.
    pub async fn describe_spot_fleet_requests(
        &self,
        input: types::DescribeSpotFleetRequestsInput,
    ) -> Result<
        types::DescribeSpotFleetRequestsOutput,
        Error<error::DescribeSpotFleetRequestsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SPOT_FLEET_REQUESTS, input).await
    }
    /// Describes the specified Spot Instance requests.
    ///
    /// You can use `DescribeSpotInstanceRequests` to find a running Spot Instance by examining the response. If the status of the Spot Instance is `fulfilled`, the instance ID appears in the response and contains the identifier of the instance. Alternatively, you can use [DescribeInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances) with a filter to look for instances where the instance lifecycle is `spot`.
    ///
    /// We recommend that you set `MaxResults` to a value between 5 and 1000 to limit the number of items returned. This paginates the output, which makes the list more manageable and returns the items faster. If the list of items exceeds your `MaxResults` value, then that number of items is returned along with a `NextToken` value that can be passed to a subsequent `DescribeSpotInstanceRequests` request to retrieve the remaining items.
    ///
    /// Spot Instance requests are deleted four hours after they are canceled and their instances are terminated.
    pub async fn describe_spot_instance_requests(
        &self,
        input: types::DescribeSpotInstanceRequestsInput,
    ) -> Result<
        types::DescribeSpotInstanceRequestsOutput,
        Error<error::DescribeSpotInstanceRequestsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SPOT_INSTANCE_REQUESTS, input).await
    }
    /// Describes the Spot price history. For more information, see [Spot Instance pricing history](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-instances-history.html) in the *Amazon EC2 User Guide*.
    ///
    /// When you specify a start and end time, the operation returns the prices of the instance types within that time range. It also returns the last price change before the start time, which is the effective price as of the start time.
    pub async fn describe_spot_price_history(
        &self,
        input: types::DescribeSpotPriceHistoryInput,
    ) -> Result<
        types::DescribeSpotPriceHistoryOutput,
        Error<error::DescribeSpotPriceHistoryError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_SPOT_PRICE_HISTORY, input).await
    }
    /// Describes the stale security group rules for security groups referenced across a VPC peering connection, transit gateway connection, or with a security group VPC association. Rules are stale when they reference a deleted security group. Rules can also be stale if they reference a security group in a peer VPC for which the VPC peering connection has been deleted, across a transit gateway where the transit gateway has been deleted (or [the transit gateway security group referencing feature](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html#vpc-attachment-security) has been disabled), or if a security group VPC association has been disassociated.
    pub async fn describe_stale_security_groups(
        &self,
        input: types::DescribeStaleSecurityGroupsInput,
    ) -> Result<
        types::DescribeStaleSecurityGroupsOutput,
        Error<error::DescribeStaleSecurityGroupsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_STALE_SECURITY_GROUPS, input).await
    }
    /// Describes the progress of the AMI store tasks. You can describe the store tasks for specified AMIs. If you don't specify the AMIs, you get a paginated list of store tasks from the last 31 days.
    ///
    /// For each AMI task, the response indicates if the task is `InProgress`, `Completed`, or `Failed`. For tasks `InProgress`, the response shows the estimated progress as a percentage.
    ///
    /// Tasks are listed in reverse chronological order. Currently, only tasks from the past 31 days can be viewed.
    ///
    /// To use this API, you must have the required permissions. For more information, see [Permissions for storing and restoring AMIs using S3](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-ami-store-restore.html#ami-s3-permissions) in the *Amazon EC2 User Guide*.
    ///
    /// For more information, see [Store and restore an AMI using S3](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-store-restore.html) in the *Amazon EC2 User Guide*.
    pub async fn describe_store_image_tasks(
        &self,
        input: types::DescribeStoreImageTasksInput,
    ) -> Result<
        types::DescribeStoreImageTasksOutput,
        Error<error::DescribeStoreImageTasksError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_STORE_IMAGE_TASKS, input).await
    }
    /// Describes your subnets. The default is to describe all your subnets. Alternatively, you can specify specific subnet IDs or filter the results to include only the subnets that match specific criteria.
    ///
    /// For more information, see [Subnets](https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html) in the *Amazon VPC User Guide*.
    pub async fn describe_subnets(
        &self,
        input: types::DescribeSubnetsInput,
    ) -> Result<types::DescribeSubnetsOutput, Error<error::DescribeSubnetsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_SUBNETS, input).await
    }
    /// Describes the specified tags for your EC2 resources.
    ///
    /// For more information about tags, see [Tag your Amazon EC2 resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html) in the *Amazon Elastic Compute Cloud User Guide*.
    ///
    /// We strongly recommend using only paginated requests. Unpaginated requests are susceptible to throttling and timeouts.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_tags(
        &self,
        input: types::DescribeTagsInput,
    ) -> Result<types::DescribeTagsOutput, Error<error::DescribeTagsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_TAGS, input).await
    }
    /// Describe traffic mirror filters that determine the traffic that is mirrored.
    pub async fn describe_traffic_mirror_filter_rules(
        &self,
        input: types::DescribeTrafficMirrorFilterRulesInput,
    ) -> Result<
        types::DescribeTrafficMirrorFilterRulesOutput,
        Error<error::DescribeTrafficMirrorFilterRulesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRAFFIC_MIRROR_FILTER_RULES, input)
            .await
    }
    /// Describes one or more Traffic Mirror filters.
    pub async fn describe_traffic_mirror_filters(
        &self,
        input: types::DescribeTrafficMirrorFiltersInput,
    ) -> Result<
        types::DescribeTrafficMirrorFiltersOutput,
        Error<error::DescribeTrafficMirrorFiltersError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_TRAFFIC_MIRROR_FILTERS, input).await
    }
    /// Describes one or more Traffic Mirror sessions. By default, all Traffic Mirror sessions are described. Alternatively, you can filter the results.
    pub async fn describe_traffic_mirror_sessions(
        &self,
        input: types::DescribeTrafficMirrorSessionsInput,
    ) -> Result<
        types::DescribeTrafficMirrorSessionsOutput,
        Error<error::DescribeTrafficMirrorSessionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_TRAFFIC_MIRROR_SESSIONS, input).await
    }
    /// Information about one or more Traffic Mirror targets.
    pub async fn describe_traffic_mirror_targets(
        &self,
        input: types::DescribeTrafficMirrorTargetsInput,
    ) -> Result<
        types::DescribeTrafficMirrorTargetsOutput,
        Error<error::DescribeTrafficMirrorTargetsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_TRAFFIC_MIRROR_TARGETS, input).await
    }
    /// Describes one or more attachments between resources and transit gateways. By default, all attachments are described. Alternatively, you can filter the results by attachment ID, attachment state, resource ID, or resource owner.
    pub async fn describe_transit_gateway_attachments(
        &self,
        input: types::DescribeTransitGatewayAttachmentsInput,
    ) -> Result<
        types::DescribeTransitGatewayAttachmentsOutput,
        Error<error::DescribeTransitGatewayAttachmentsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_ATTACHMENTS, input)
            .await
    }
    /// Describes one or more Connect peers.
    pub async fn describe_transit_gateway_connect_peers(
        &self,
        input: types::DescribeTransitGatewayConnectPeersInput,
    ) -> Result<
        types::DescribeTransitGatewayConnectPeersOutput,
        Error<error::DescribeTransitGatewayConnectPeersError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_CONNECT_PEERS, input)
            .await
    }
    /// Describes one or more Connect attachments.
    pub async fn describe_transit_gateway_connects(
        &self,
        input: types::DescribeTransitGatewayConnectsInput,
    ) -> Result<
        types::DescribeTransitGatewayConnectsOutput,
        Error<error::DescribeTransitGatewayConnectsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_CONNECTS, input).await
    }
    /// Describes one or more transit gateway metering policies.
    pub async fn describe_transit_gateway_metering_policies(
        &self,
        input: types::DescribeTransitGatewayMeteringPoliciesInput,
    ) -> Result<
        types::DescribeTransitGatewayMeteringPoliciesOutput,
        Error<error::DescribeTransitGatewayMeteringPoliciesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_METERING_POLICIES, input)
            .await
    }
    /// Describes one or more transit gateway multicast domains.
    pub async fn describe_transit_gateway_multicast_domains(
        &self,
        input: types::DescribeTransitGatewayMulticastDomainsInput,
    ) -> Result<
        types::DescribeTransitGatewayMulticastDomainsOutput,
        Error<error::DescribeTransitGatewayMulticastDomainsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_MULTICAST_DOMAINS, input)
            .await
    }
    /// Describes one or more network function attachments. You can describe attachments that you own or that are attached to a transit gateway that you own.
    pub async fn describe_transit_gateway_network_function_attachments(
        &self,
        input: types::DescribeTransitGatewayNetworkFunctionAttachmentsInput,
    ) -> Result<
        types::DescribeTransitGatewayNetworkFunctionAttachmentsOutput,
        Error<error::DescribeTransitGatewayNetworkFunctionAttachmentsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_TRANSIT_GATEWAY_NETWORK_FUNCTION_ATTACHMENTS,
                input,
            )
            .await
    }
    /// Describes your transit gateway peering attachments.
    pub async fn describe_transit_gateway_peering_attachments(
        &self,
        input: types::DescribeTransitGatewayPeeringAttachmentsInput,
    ) -> Result<
        types::DescribeTransitGatewayPeeringAttachmentsOutput,
        Error<error::DescribeTransitGatewayPeeringAttachmentsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_PEERING_ATTACHMENTS, input)
            .await
    }
    /// Describes one or more transit gateway route policy tables.
    pub async fn describe_transit_gateway_policy_tables(
        &self,
        input: types::DescribeTransitGatewayPolicyTablesInput,
    ) -> Result<
        types::DescribeTransitGatewayPolicyTablesOutput,
        Error<error::DescribeTransitGatewayPolicyTablesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_POLICY_TABLES, input)
            .await
    }
    /// Describes one or more transit gateway route table advertisements.
    pub async fn describe_transit_gateway_route_table_announcements(
        &self,
        input: types::DescribeTransitGatewayRouteTableAnnouncementsInput,
    ) -> Result<
        types::DescribeTransitGatewayRouteTableAnnouncementsOutput,
        Error<error::DescribeTransitGatewayRouteTableAnnouncementsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENTS,
                input,
            )
            .await
    }
    /// Describes one or more transit gateway route tables. By default, all transit gateway route tables are described. Alternatively, you can filter the results.
    pub async fn describe_transit_gateway_route_tables(
        &self,
        input: types::DescribeTransitGatewayRouteTablesInput,
    ) -> Result<
        types::DescribeTransitGatewayRouteTablesOutput,
        Error<error::DescribeTransitGatewayRouteTablesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_ROUTE_TABLES, input)
            .await
    }
    /// Describes one or more VPC attachments. By default, all VPC attachments are described. Alternatively, you can filter the results.
    pub async fn describe_transit_gateway_vpc_attachments(
        &self,
        input: types::DescribeTransitGatewayVpcAttachmentsInput,
    ) -> Result<
        types::DescribeTransitGatewayVpcAttachmentsOutput,
        Error<error::DescribeTransitGatewayVpcAttachmentsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAY_VPC_ATTACHMENTS, input)
            .await
    }
    /// Describes one or more transit gateways. By default, all transit gateways are described. Alternatively, you can filter the results.
    pub async fn describe_transit_gateways(
        &self,
        input: types::DescribeTransitGatewaysInput,
    ) -> Result<
        types::DescribeTransitGatewaysOutput,
        Error<error::DescribeTransitGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_TRANSIT_GATEWAYS, input).await
    }
    /// Describes one or more network interface trunk associations.
    pub async fn describe_trunk_interface_associations(
        &self,
        input: types::DescribeTrunkInterfaceAssociationsInput,
    ) -> Result<
        types::DescribeTrunkInterfaceAssociationsOutput,
        Error<error::DescribeTrunkInterfaceAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_TRUNK_INTERFACE_ASSOCIATIONS, input)
            .await
    }
    /// Describes the specified Amazon Web Services Verified Access endpoints.
    pub async fn describe_verified_access_endpoints(
        &self,
        input: types::DescribeVerifiedAccessEndpointsInput,
    ) -> Result<
        types::DescribeVerifiedAccessEndpointsOutput,
        Error<error::DescribeVerifiedAccessEndpointsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VERIFIED_ACCESS_ENDPOINTS, input)
            .await
    }
    /// Describes the specified Verified Access groups.
    pub async fn describe_verified_access_groups(
        &self,
        input: types::DescribeVerifiedAccessGroupsInput,
    ) -> Result<
        types::DescribeVerifiedAccessGroupsOutput,
        Error<error::DescribeVerifiedAccessGroupsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VERIFIED_ACCESS_GROUPS, input).await
    }
    /// Describes the specified Amazon Web Services Verified Access instances.
    pub async fn describe_verified_access_instance_logging_configurations(
        &self,
        input: types::DescribeVerifiedAccessInstanceLoggingConfigurationsInput,
    ) -> Result<
        types::DescribeVerifiedAccessInstanceLoggingConfigurationsOutput,
        Error<error::DescribeVerifiedAccessInstanceLoggingConfigurationsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DESCRIBE_VERIFIED_ACCESS_INSTANCE_LOGGING_CONFIGURATIONS,
                input,
            )
            .await
    }
    /// Describes the specified Amazon Web Services Verified Access instances.
    pub async fn describe_verified_access_instances(
        &self,
        input: types::DescribeVerifiedAccessInstancesInput,
    ) -> Result<
        types::DescribeVerifiedAccessInstancesOutput,
        Error<error::DescribeVerifiedAccessInstancesError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VERIFIED_ACCESS_INSTANCES, input)
            .await
    }
    /// Describes the specified Amazon Web Services Verified Access trust providers.
    pub async fn describe_verified_access_trust_providers(
        &self,
        input: types::DescribeVerifiedAccessTrustProvidersInput,
    ) -> Result<
        types::DescribeVerifiedAccessTrustProvidersOutput,
        Error<error::DescribeVerifiedAccessTrustProvidersError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VERIFIED_ACCESS_TRUST_PROVIDERS, input)
            .await
    }
    /// Describes the specified attribute of the specified volume. You can specify only one attribute at a time.
    ///
    /// For more information about EBS volumes, see [Amazon EBS volumes](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes.html) in the *Amazon EBS User Guide*.
    pub async fn describe_volume_attribute(
        &self,
        input: types::DescribeVolumeAttributeInput,
    ) -> Result<
        types::DescribeVolumeAttributeOutput,
        Error<error::DescribeVolumeAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VOLUME_ATTRIBUTE, input).await
    }
    /// Describes the status of the specified volumes. Volume status provides the result of the checks performed on your volumes to determine events that can impair the performance of your volumes. The performance of a volume can be affected if an issue occurs on the volume's underlying host. If the volume's underlying host experiences a power outage or system issue, after the system is restored, there could be data inconsistencies on the volume. Volume events notify you if this occurs. Volume actions notify you if any action needs to be taken in response to the event.
    ///
    /// The `DescribeVolumeStatus` operation provides the following information about the specified volumes:
    ///
    /// *Status*: Reflects the current status of the volume. The possible values are `ok`, `impaired` , `warning`, or `insufficient-data`. If all checks pass, the overall status of the volume is `ok`. If the check fails, the overall status is `impaired`. If the status is `insufficient-data`, then the checks might still be taking place on your volume at the time. We recommend that you retry the request. For more information about volume status, see [Monitor the status of your volumes](https://docs.aws.amazon.com/ebs/latest/userguide/monitoring-volume-status.html) in the *Amazon EBS User Guide*.
    ///
    /// *Events*: Reflect the cause of a volume status and might require you to take action. For example, if your volume returns an `impaired` status, then the volume event might be `potential-data-inconsistency`. This means that your volume has been affected by an issue with the underlying host, has all I/O operations disabled, and might have inconsistent data.
    ///
    /// *Actions*: Reflect the actions you might have to take in response to an event. For example, if the status of the volume is `impaired` and the volume event shows `potential-data-inconsistency`, then the action shows `enable-volume-io`. This means that you may want to enable the I/O operations for the volume and then check the volume for data consistency. For more information, see [Work with an impaired EBS volume](https://docs.aws.amazon.com/ebs/latest/userguide/work_volumes_impaired.html).
    ///
    /// Volume status is based on the volume status checks, and does not reflect the volume state. Therefore, volume status does not indicate volumes in the `error` state (for example, when a volume is incapable of accepting I/O.)
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_volume_status(
        &self,
        input: types::DescribeVolumeStatusInput,
    ) -> Result<
        types::DescribeVolumeStatusOutput,
        Error<error::DescribeVolumeStatusError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VOLUME_STATUS, input).await
    }
    /// Describes the specified EBS volumes or all of your EBS volumes.
    ///
    /// If you are describing a long list of volumes, we recommend that you paginate the output to make the list more manageable. For more information, see [Pagination](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html#api-pagination).
    ///
    /// For more information about EBS volumes, see [Amazon EBS volumes](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes.html) in the *Amazon EBS User Guide*.
    ///
    /// We strongly recommend using only paginated requests. Unpaginated requests are susceptible to throttling and timeouts.
    ///
    /// The order of the elements in the response, including those within nested structures, might vary. Applications should not assume the elements appear in a particular order.
    pub async fn describe_volumes(
        &self,
        input: types::DescribeVolumesInput,
    ) -> Result<types::DescribeVolumesOutput, Error<error::DescribeVolumesError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_VOLUMES, input).await
    }
    /// Describes the most recent volume modification request for the specified EBS volumes.
    ///
    /// For more information, see [ Monitor the progress of volume modifications](https://docs.aws.amazon.com/ebs/latest/userguide/monitoring-volume-modifications.html) in the *Amazon EBS User Guide*.
    pub async fn describe_volumes_modifications(
        &self,
        input: types::DescribeVolumesModificationsInput,
    ) -> Result<
        types::DescribeVolumesModificationsOutput,
        Error<error::DescribeVolumesModificationsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VOLUMES_MODIFICATIONS, input).await
    }
    /// Describes the specified attribute of the specified VPC. You can specify only one attribute at a time.
    pub async fn describe_vpc_attribute(
        &self,
        input: types::DescribeVpcAttributeInput,
    ) -> Result<
        types::DescribeVpcAttributeOutput,
        Error<error::DescribeVpcAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_ATTRIBUTE, input).await
    }
    /// Describe VPC Block Public Access (BPA) exclusions. A VPC BPA exclusion is a mode that can be applied to a single VPC or subnet that exempts it from the account’s BPA mode and will allow bidirectional or egress-only access. You can create BPA exclusions for VPCs and subnets even when BPA is not enabled on the account to ensure that there is no traffic disruption to the exclusions when VPC BPA is turned on. To learn more about VPC BPA, see [Block public access to VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon VPC User Guide*.
    pub async fn describe_vpc_block_public_access_exclusions(
        &self,
        input: types::DescribeVpcBlockPublicAccessExclusionsInput,
    ) -> Result<
        types::DescribeVpcBlockPublicAccessExclusionsOutput,
        Error<error::DescribeVpcBlockPublicAccessExclusionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSIONS, input)
            .await
    }
    /// Describe VPC Block Public Access (BPA) options. VPC Block Public Access (BPA) enables you to block resources in VPCs and subnets that you own in a Region from reaching or being reached from the internet through internet gateways and egress-only internet gateways. To learn more about VPC BPA, see [Block public access to VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon VPC User Guide*.
    pub async fn describe_vpc_block_public_access_options(
        &self,
        input: types::DescribeVpcBlockPublicAccessOptionsInput,
    ) -> Result<
        types::DescribeVpcBlockPublicAccessOptionsOutput,
        Error<error::DescribeVpcBlockPublicAccessOptionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_BLOCK_PUBLIC_ACCESS_OPTIONS, input)
            .await
    }
    /// This action is deprecated.
    ///
    /// Describes the ClassicLink status of the specified VPCs.
    pub async fn describe_vpc_classic_link(
        &self,
        input: types::DescribeVpcClassicLinkInput,
    ) -> Result<
        types::DescribeVpcClassicLinkOutput,
        Error<error::DescribeVpcClassicLinkError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_CLASSIC_LINK, input).await
    }
    /// This action is deprecated.
    ///
    /// Describes the ClassicLink DNS support status of one or more VPCs. If enabled, the DNS hostname of a linked EC2-Classic instance resolves to its private IP address when addressed from an instance in the VPC to which it's linked. Similarly, the DNS hostname of an instance in a VPC resolves to its private IP address when addressed from a linked EC2-Classic instance.
    pub async fn describe_vpc_classic_link_dns_support(
        &self,
        input: types::DescribeVpcClassicLinkDnsSupportInput,
    ) -> Result<
        types::DescribeVpcClassicLinkDnsSupportOutput,
        Error<error::DescribeVpcClassicLinkDnsSupportError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_CLASSIC_LINK_DNS_SUPPORT, input)
            .await
    }
    /// Describes one or more VPC Encryption Control configurations. VPC Encryption Control enables you to enforce encryption for all data in transit within and between VPCs to meet compliance requirements You can filter the results to return information about specific encryption controls or VPCs.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn describe_vpc_encryption_controls(
        &self,
        input: types::DescribeVpcEncryptionControlsInput,
    ) -> Result<
        types::DescribeVpcEncryptionControlsOutput,
        Error<error::DescribeVpcEncryptionControlsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_ENCRYPTION_CONTROLS, input).await
    }
    /// Describes the VPC resources, VPC endpoint services, Amazon Lattice services, or service networks associated with the VPC endpoint.
    pub async fn describe_vpc_endpoint_associations(
        &self,
        input: types::DescribeVpcEndpointAssociationsInput,
    ) -> Result<
        types::DescribeVpcEndpointAssociationsOutput,
        Error<error::DescribeVpcEndpointAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINT_ASSOCIATIONS, input)
            .await
    }
    /// Describes the connection notifications for VPC endpoints and VPC endpoint services.
    pub async fn describe_vpc_endpoint_connection_notifications(
        &self,
        input: types::DescribeVpcEndpointConnectionNotificationsInput,
    ) -> Result<
        types::DescribeVpcEndpointConnectionNotificationsOutput,
        Error<error::DescribeVpcEndpointConnectionNotificationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINT_CONNECTION_NOTIFICATIONS, input)
            .await
    }
    /// Describes the VPC endpoint connections to your VPC endpoint services, including any endpoints that are pending your acceptance.
    pub async fn describe_vpc_endpoint_connections(
        &self,
        input: types::DescribeVpcEndpointConnectionsInput,
    ) -> Result<
        types::DescribeVpcEndpointConnectionsOutput,
        Error<error::DescribeVpcEndpointConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINT_CONNECTIONS, input).await
    }
    /// Describes the VPC endpoint service configurations in your account (your services).
    pub async fn describe_vpc_endpoint_service_configurations(
        &self,
        input: types::DescribeVpcEndpointServiceConfigurationsInput,
    ) -> Result<
        types::DescribeVpcEndpointServiceConfigurationsOutput,
        Error<error::DescribeVpcEndpointServiceConfigurationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINT_SERVICE_CONFIGURATIONS, input)
            .await
    }
    /// Describes the principals (service consumers) that are permitted to discover your VPC endpoint service. Principal ARNs with path components aren't supported.
    pub async fn describe_vpc_endpoint_service_permissions(
        &self,
        input: types::DescribeVpcEndpointServicePermissionsInput,
    ) -> Result<
        types::DescribeVpcEndpointServicePermissionsOutput,
        Error<error::DescribeVpcEndpointServicePermissionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINT_SERVICE_PERMISSIONS, input)
            .await
    }
    /// Describes available services to which you can create a VPC endpoint.
    ///
    /// When the service provider and the consumer have different accounts in multiple Availability Zones, and the consumer views the VPC endpoint service information, the response only includes the common Availability Zones. For example, when the service provider account uses `us-east-1a` and `us-east-1c` and the consumer uses `us-east-1a` and `us-east-1b`, the response includes the VPC endpoint services in the common Availability Zone, `us-east-1a`.
    pub async fn describe_vpc_endpoint_services(
        &self,
        input: types::DescribeVpcEndpointServicesInput,
    ) -> Result<
        types::DescribeVpcEndpointServicesOutput,
        Error<error::DescribeVpcEndpointServicesError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINT_SERVICES, input).await
    }
    /// Describes your VPC endpoints. The default is to describe all your VPC endpoints. Alternatively, you can specify specific VPC endpoint IDs or filter the results to include only the VPC endpoints that match specific criteria.
    pub async fn describe_vpc_endpoints(
        &self,
        input: types::DescribeVpcEndpointsInput,
    ) -> Result<
        types::DescribeVpcEndpointsOutput,
        Error<error::DescribeVpcEndpointsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_ENDPOINTS, input).await
    }
    /// Describes your VPC peering connections. The default is to describe all your VPC peering connections. Alternatively, you can specify specific VPC peering connection IDs or filter the results to include only the VPC peering connections that match specific criteria.
    pub async fn describe_vpc_peering_connections(
        &self,
        input: types::DescribeVpcPeeringConnectionsInput,
    ) -> Result<
        types::DescribeVpcPeeringConnectionsOutput,
        Error<error::DescribeVpcPeeringConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPC_PEERING_CONNECTIONS, input).await
    }
    /// Describes your VPCs. The default is to describe all your VPCs. Alternatively, you can specify specific VPC IDs or filter the results to include only the VPCs that match specific criteria.
    pub async fn describe_vpcs(
        &self,
        input: types::DescribeVpcsInput,
    ) -> Result<types::DescribeVpcsOutput, Error<error::DescribeVpcsError>> {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPCS, input).await
    }
    /// Describes one or more of your VPN concentrators.
    pub async fn describe_vpn_concentrators(
        &self,
        input: types::DescribeVpnConcentratorsInput,
    ) -> Result<
        types::DescribeVpnConcentratorsOutput,
        Error<error::DescribeVpnConcentratorsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPN_CONCENTRATORS, input).await
    }
    /// Describes one or more of your VPN connections.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn describe_vpn_connections(
        &self,
        input: types::DescribeVpnConnectionsInput,
    ) -> Result<
        types::DescribeVpnConnectionsOutput,
        Error<error::DescribeVpnConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPN_CONNECTIONS, input).await
    }
    /// Describes one or more of your virtual private gateways.
    ///
    /// For more information, see [Amazon Web Services Site-to-Site VPN](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn describe_vpn_gateways(
        &self,
        input: types::DescribeVpnGatewaysInput,
    ) -> Result<
        types::DescribeVpnGatewaysOutput,
        Error<error::DescribeVpnGatewaysError>,
    > {
        self.handle.invoke(&schemas::ops::DESCRIBE_VPN_GATEWAYS, input).await
    }
    /// This action is deprecated.
    ///
    /// Unlinks (detaches) a linked EC2-Classic instance from a VPC. After the instance has been unlinked, the VPC security groups are no longer associated with it. An instance is automatically unlinked from a VPC when it's stopped.
    pub async fn detach_classic_link_vpc(
        &self,
        input: types::DetachClassicLinkVpcInput,
    ) -> Result<
        types::DetachClassicLinkVpcOutput,
        Error<error::DetachClassicLinkVpcError>,
    > {
        self.handle.invoke(&schemas::ops::DETACH_CLASSIC_LINK_VPC, input).await
    }
    /// Removes a watermark from the specified AMI. This is an idempotent operation. It succeeds even if the watermark does not exist on the image.
    ///
    /// Removing a watermark from an image does not affect derivative images that already carry the watermark.
    ///
    /// Only the AMI owner can detach watermarks.
    pub async fn detach_image_watermark(
        &self,
        input: types::DetachImageWatermarkInput,
    ) -> Result<
        types::DetachImageWatermarkOutput,
        Error<error::DetachImageWatermarkError>,
    > {
        self.handle.invoke(&schemas::ops::DETACH_IMAGE_WATERMARK, input).await
    }
    /// Detaches an internet gateway from a VPC, disabling connectivity between the internet and the VPC. The VPC must not contain any running instances with Elastic IP addresses or public IPv4 addresses.
    pub async fn detach_internet_gateway(
        &self,
        input: types::DetachInternetGatewayInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DetachInternetGatewayError>> {
        self.handle.invoke(&schemas::ops::DETACH_INTERNET_GATEWAY, input).await
    }
    /// Detaches a network interface from an instance.
    pub async fn detach_network_interface(
        &self,
        input: types::DetachNetworkInterfaceInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DetachNetworkInterfaceError>> {
        self.handle.invoke(&schemas::ops::DETACH_NETWORK_INTERFACE, input).await
    }
    /// Detaches the specified Amazon Web Services Verified Access trust provider from the specified Amazon Web Services Verified Access instance.
    pub async fn detach_verified_access_trust_provider(
        &self,
        input: types::DetachVerifiedAccessTrustProviderInput,
    ) -> Result<
        types::DetachVerifiedAccessTrustProviderOutput,
        Error<error::DetachVerifiedAccessTrustProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::DETACH_VERIFIED_ACCESS_TRUST_PROVIDER, input)
            .await
    }
    /// Detaches an EBS volume from an instance. Make sure to unmount any file systems on the device within your operating system before detaching the volume. Failure to do so can result in the volume becoming stuck in the `busy` state while detaching. If this happens, detachment can be delayed indefinitely until you unmount the volume, force detachment, reboot the instance, or all three. If an EBS volume is the root device of an instance, it can't be detached while the instance is running. To detach the root volume, stop the instance first.
    ///
    /// When a volume with an Amazon Web Services Marketplace product code is detached from an instance, the product code is no longer associated with the instance.
    ///
    /// You can't detach or force detach volumes that are attached to Amazon Web Services-managed resources. Attempting to do this results in the `UnsupportedOperationException` exception.
    ///
    /// For more information, see [Detach an Amazon EBS volume](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-detaching-volume.html) in the *Amazon EBS User Guide*.
    pub async fn detach_volume(
        &self,
        input: types::DetachVolumeInput,
    ) -> Result<types::VolumeAttachment, Error<error::DetachVolumeError>> {
        self.handle.invoke(&schemas::ops::DETACH_VOLUME, input).await
    }
    /// Detaches a virtual private gateway from a VPC. You do this if you're planning to turn off the VPC and not use it anymore. You can confirm a virtual private gateway has been completely detached from a VPC by describing the virtual private gateway (any attachments to the virtual private gateway are also described).
    ///
    /// You must wait for the attachment's state to switch to `detached` before you can delete the VPC or attach a different VPC to the virtual private gateway.
    pub async fn detach_vpn_gateway(
        &self,
        input: types::DetachVpnGatewayInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DetachVpnGatewayError>> {
        self.handle.invoke(&schemas::ops::DETACH_VPN_GATEWAY, input).await
    }
    /// Disables Elastic IP address transfer. For more information, see [Transfer Elastic IP addresses](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#transfer-EIPs-intro) in the *Amazon VPC User Guide*.
    pub async fn disable_address_transfer(
        &self,
        input: types::DisableAddressTransferInput,
    ) -> Result<
        types::DisableAddressTransferOutput,
        Error<error::DisableAddressTransferError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_ADDRESS_TRANSFER, input).await
    }
    /// Disables Allowed AMIs for your account in the specified Amazon Web Services Region. When set to `disabled`, the image criteria in your Allowed AMIs settings do not apply, and no restrictions are placed on AMI discoverability or usage. Users in your account can launch instances using any public AMI or AMI shared with your account.
    ///
    /// The Allowed AMIs feature does not restrict the AMIs owned by your account. Regardless of the criteria you set, the AMIs created by your account will always be discoverable and usable by users in your account.
    ///
    /// For more information, see [Control the discovery and use of AMIs in Amazon EC2 with Allowed AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html) in *Amazon EC2 User Guide*.
    pub async fn disable_allowed_images_settings(
        &self,
        input: types::DisableAllowedImagesSettingsInput,
    ) -> Result<
        types::DisableAllowedImagesSettingsOutput,
        Error<error::DisableAllowedImagesSettingsError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_ALLOWED_IMAGES_SETTINGS, input).await
    }
    /// Disables suppression of application status checks for the specified instances. After suppression is disabled, health check results resume affecting the instance-level application status. You can specify a maximum of 100 instance IDs for each request.
    pub async fn disable_application_status_check_suppression(
        &self,
        input: types::DisableApplicationStatusCheckSuppressionInput,
    ) -> Result<
        types::DisableApplicationStatusCheckSuppressionOutput,
        Error<error::DisableApplicationStatusCheckSuppressionError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_APPLICATION_STATUS_CHECK_SUPPRESSION, input)
            .await
    }
    /// Disables Infrastructure Performance metric subscriptions.
    pub async fn disable_aws_network_performance_metric_subscription(
        &self,
        input: types::DisableAwsNetworkPerformanceMetricSubscriptionInput,
    ) -> Result<
        types::DisableAwsNetworkPerformanceMetricSubscriptionOutput,
        Error<error::DisableAwsNetworkPerformanceMetricSubscriptionError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DISABLE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTION,
                input,
            )
            .await
    }
    /// Disables EC2 Capacity Manager for your account. This stops data ingestion and removes access to capacity analytics and optimization recommendations. Previously collected data is retained but no new data will be processed.
    pub async fn disable_capacity_manager(
        &self,
        input: types::DisableCapacityManagerInput,
    ) -> Result<
        types::DisableCapacityManagerOutput,
        Error<error::DisableCapacityManagerError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_CAPACITY_MANAGER, input).await
    }
    /// Disables EBS encryption by default for your account in the current Region.
    ///
    /// After you disable encryption by default, you can still create encrypted volumes by enabling encryption when you create each volume.
    ///
    /// Disabling encryption by default does not change the encryption status of your existing volumes.
    ///
    /// For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    pub async fn disable_ebs_encryption_by_default(
        &self,
        input: types::DisableEbsEncryptionByDefaultInput,
    ) -> Result<
        types::DisableEbsEncryptionByDefaultOutput,
        Error<error::DisableEbsEncryptionByDefaultError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_EBS_ENCRYPTION_BY_DEFAULT, input).await
    }
    /// Discontinue Windows fast launch for a Windows AMI, and clean up existing pre-provisioned snapshots. After you disable Windows fast launch, the AMI uses the standard launch process for each new instance. Amazon EC2 must remove all pre-provisioned snapshots before you can enable Windows fast launch again.
    ///
    /// You can only change these settings for Windows AMIs that you own or that have been shared with you.
    pub async fn disable_fast_launch(
        &self,
        input: types::DisableFastLaunchInput,
    ) -> Result<types::DisableFastLaunchOutput, Error<error::DisableFastLaunchError>> {
        self.handle.invoke(&schemas::ops::DISABLE_FAST_LAUNCH, input).await
    }
    /// Disables fast snapshot restores for the specified snapshots in the specified Availability Zones.
    pub async fn disable_fast_snapshot_restores(
        &self,
        input: types::DisableFastSnapshotRestoresInput,
    ) -> Result<
        types::DisableFastSnapshotRestoresOutput,
        Error<error::DisableFastSnapshotRestoresError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_FAST_SNAPSHOT_RESTORES, input).await
    }
    /// Sets the AMI state to `disabled` and removes all launch permissions from the AMI. A disabled AMI can't be used for instance launches.
    ///
    /// A disabled AMI can't be shared. If an AMI was public or previously shared, it is made private. If an AMI was shared with an Amazon Web Services account, organization, or Organizational Unit, they lose access to the disabled AMI.
    ///
    /// A disabled AMI does not appear in [DescribeImages](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html) API calls by default.
    ///
    /// Only the AMI owner can disable an AMI.
    ///
    /// You can re-enable a disabled AMI using [EnableImage](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableImage.html).
    ///
    /// For more information, see [Disable an AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/disable-an-ami.html) in the *Amazon EC2 User Guide*.
    pub async fn disable_image(
        &self,
        input: types::DisableImageInput,
    ) -> Result<types::DisableImageOutput, Error<error::DisableImageError>> {
        self.handle.invoke(&schemas::ops::DISABLE_IMAGE, input).await
    }
    /// Disables *block public access for AMIs* at the account level in the specified Amazon Web Services Region. This removes the *block public access* restriction from your account. With the restriction removed, you can publicly share your AMIs in the specified Amazon Web Services Region.
    ///
    /// For more information, see [Block public access to your AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html) in the *Amazon EC2 User Guide*.
    pub async fn disable_image_block_public_access(
        &self,
        input: types::DisableImageBlockPublicAccessInput,
    ) -> Result<
        types::DisableImageBlockPublicAccessOutput,
        Error<error::DisableImageBlockPublicAccessError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS, input).await
    }
    /// Cancels the deprecation of the specified AMI.
    ///
    /// For more information, see [Deprecate an Amazon EC2 AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html) in the *Amazon EC2 User Guide*.
    pub async fn disable_image_deprecation(
        &self,
        input: types::DisableImageDeprecationInput,
    ) -> Result<
        types::DisableImageDeprecationOutput,
        Error<error::DisableImageDeprecationError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_IMAGE_DEPRECATION, input).await
    }
    /// Disables deregistration protection for an AMI. When deregistration protection is disabled, the AMI can be deregistered.
    ///
    /// If you chose to include a 24-hour cooldown period when you enabled deregistration protection for the AMI, then, when you disable deregistration protection, you won’t immediately be able to deregister the AMI.
    ///
    /// For more information, see [Protect an Amazon EC2 AMI from deregistration](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deregistration-protection.html) in the *Amazon EC2 User Guide*.
    pub async fn disable_image_deregistration_protection(
        &self,
        input: types::DisableImageDeregistrationProtectionInput,
    ) -> Result<
        types::DisableImageDeregistrationProtectionOutput,
        Error<error::DisableImageDeregistrationProtectionError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_IMAGE_DEREGISTRATION_PROTECTION, input)
            .await
    }
    /// Disable Amazon EC2 instances running in an SQL Server High Availability cluster from SQL Server High Availability instance standby detection monitoring. Once disabled, Amazon Web Services no longer monitors the metadata for the instances to determine whether they are active or standby nodes in the SQL Server High Availability cluster.
    pub async fn disable_instance_sql_ha_standby_detections(
        &self,
        input: types::DisableInstanceSqlHaStandbyDetectionsInput,
    ) -> Result<
        types::DisableInstanceSqlHaStandbyDetectionsOutput,
        Error<error::DisableInstanceSqlHaStandbyDetectionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_INSTANCE_SQL_HA_STANDBY_DETECTIONS, input)
            .await
    }
    /// Disable the IPAM account. For more information, see [Enable integration with Organizations](https://docs.aws.amazon.com/vpc/latest/ipam/enable-integ-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn disable_ipam_organization_admin_account(
        &self,
        input: types::DisableIpamOrganizationAdminAccountInput,
    ) -> Result<
        types::DisableIpamOrganizationAdminAccountOutput,
        Error<error::DisableIpamOrganizationAdminAccountError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_IPAM_ORGANIZATION_ADMIN_ACCOUNT, input)
            .await
    }
    /// Disables an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    pub async fn disable_ipam_policy(
        &self,
        input: types::DisableIpamPolicyInput,
    ) -> Result<types::DisableIpamPolicyOutput, Error<error::DisableIpamPolicyError>> {
        self.handle.invoke(&schemas::ops::DISABLE_IPAM_POLICY, input).await
    }
    /// Disables route propagation from a route server to a specified route table.
    ///
    /// When enabled, route server propagation installs the routes in the FIB on the route table you've specified. Route server supports IPv4 and IPv6 route propagation.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn disable_route_server_propagation(
        &self,
        input: types::DisableRouteServerPropagationInput,
    ) -> Result<
        types::DisableRouteServerPropagationOutput,
        Error<error::DisableRouteServerPropagationError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_ROUTE_SERVER_PROPAGATION, input).await
    }
    /// Disables access to the EC2 serial console of all instances for your account. By default, access to the EC2 serial console is disabled for your account. For more information, see [Manage account access to the EC2 serial console](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html#serial-console-account-access) in the *Amazon EC2 User Guide*.
    pub async fn disable_serial_console_access(
        &self,
        input: types::DisableSerialConsoleAccessInput,
    ) -> Result<
        types::DisableSerialConsoleAccessOutput,
        Error<error::DisableSerialConsoleAccessError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_SERIAL_CONSOLE_ACCESS, input).await
    }
    /// Disables the *block public access for snapshots* setting at the account level for the specified Amazon Web Services Region. After you disable block public access for snapshots in a Region, users can publicly share snapshots in that Region.
    ///
    /// Enabling block public access for snapshots in *block-all-sharing* mode does not change the permissions for snapshots that are already publicly shared. Instead, it prevents these snapshots from be publicly visible and publicly accessible. Therefore, the attributes for these snapshots still indicate that they are publicly shared, even though they are not publicly available.
    ///
    /// If you disable block public access , these snapshots will become publicly available again.
    ///
    /// For more information, see [ Block public access for snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html) in the *Amazon EBS User Guide* .
    pub async fn disable_snapshot_block_public_access(
        &self,
        input: types::DisableSnapshotBlockPublicAccessInput,
    ) -> Result<
        types::DisableSnapshotBlockPublicAccessOutput,
        Error<error::DisableSnapshotBlockPublicAccessError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_SNAPSHOT_BLOCK_PUBLIC_ACCESS, input)
            .await
    }
    /// Disables the specified resource attachment from propagating routes to the specified propagation route table.
    pub async fn disable_transit_gateway_route_table_propagation(
        &self,
        input: types::DisableTransitGatewayRouteTablePropagationInput,
    ) -> Result<
        types::DisableTransitGatewayRouteTablePropagationOutput,
        Error<error::DisableTransitGatewayRouteTablePropagationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DISABLE_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATION,
                input,
            )
            .await
    }
    /// Disables a virtual private gateway (VGW) from propagating routes to a specified route table of a VPC.
    pub async fn disable_vgw_route_propagation(
        &self,
        input: types::DisableVgwRoutePropagationInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DisableVgwRoutePropagationError>> {
        self.handle.invoke(&schemas::ops::DISABLE_VGW_ROUTE_PROPAGATION, input).await
    }
    /// This action is deprecated.
    ///
    /// Disables ClassicLink for a VPC. You cannot disable ClassicLink for a VPC that has EC2-Classic instances linked to it.
    pub async fn disable_vpc_classic_link(
        &self,
        input: types::DisableVpcClassicLinkInput,
    ) -> Result<
        types::DisableVpcClassicLinkOutput,
        Error<error::DisableVpcClassicLinkError>,
    > {
        self.handle.invoke(&schemas::ops::DISABLE_VPC_CLASSIC_LINK, input).await
    }
    /// This action is deprecated.
    ///
    /// Disables ClassicLink DNS support for a VPC. If disabled, DNS hostnames resolve to public IP addresses when addressed between a linked EC2-Classic instance and instances in the VPC to which it's linked.
    ///
    /// You must specify a VPC ID in the request.
    pub async fn disable_vpc_classic_link_dns_support(
        &self,
        input: types::DisableVpcClassicLinkDnsSupportInput,
    ) -> Result<
        types::DisableVpcClassicLinkDnsSupportOutput,
        Error<error::DisableVpcClassicLinkDnsSupportError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISABLE_VPC_CLASSIC_LINK_DNS_SUPPORT, input)
            .await
    }
    /// Disassociates an Elastic IP address from the instance or network interface it's associated with.
    ///
    /// This is an idempotent operation. If you perform the operation more than once, Amazon EC2 doesn't return an error.
    ///
    /// An address cannot be disassociated if the all of the following conditions are met:
    ///
    /// - Network interface has a `publicDualStackDnsName` publicDnsName
    ///
    /// - Public IPv4 address is the primary public IPv4 address
    ///
    /// - Network interface only has one remaining public IPv4 address
    pub async fn disassociate_address(
        &self,
        input: types::DisassociateAddressInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DisassociateAddressError>> {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_ADDRESS, input).await
    }
    /// Disassociates an application status check from instances or [tags](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html). After disassociation, health monitoring stops for the affected instances. The following rules apply:
    ///
    /// - You must specify either `TargetTagAssociations` or `InstanceIds`, but not both. Specifying both results in an `InvalidParameterCombination` error.
    ///
    /// - The application status check must already exist and belong to your account.
    ///
    /// - Tag keys must not be blank.
    pub async fn disassociate_application_status_check(
        &self,
        input: types::DisassociateApplicationStatusCheckInput,
    ) -> Result<
        types::DisassociateApplicationStatusCheckOutput,
        Error<error::DisassociateApplicationStatusCheckError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_APPLICATION_STATUS_CHECK, input)
            .await
    }
    /// Cancels a pending request to assign billing of the unused capacity of a Capacity Reservation to a consumer account, or revokes a request that has already been accepted. For more information, see [Billing assignment for shared Amazon EC2 Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/assign-billing.html).
    pub async fn disassociate_capacity_reservation_billing_owner(
        &self,
        input: types::DisassociateCapacityReservationBillingOwnerInput,
    ) -> Result<
        types::DisassociateCapacityReservationBillingOwnerOutput,
        Error<error::DisassociateCapacityReservationBillingOwnerError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DISASSOCIATE_CAPACITY_RESERVATION_BILLING_OWNER,
                input,
            )
            .await
    }
    /// Disassociates a target network from the specified Client VPN endpoint. When you disassociate the last target network from a Client VPN, the following happens:
    ///
    /// - The route that was automatically added for the VPC is deleted
    ///
    /// - All active client connections are terminated
    ///
    /// - New client connections are disallowed
    ///
    /// - The Client VPN endpoint's status changes to `pending-associate`
    pub async fn disassociate_client_vpn_target_network(
        &self,
        input: types::DisassociateClientVpnTargetNetworkInput,
    ) -> Result<
        types::DisassociateClientVpnTargetNetworkOutput,
        Error<error::DisassociateClientVpnTargetNetworkError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_CLIENT_VPN_TARGET_NETWORK, input)
            .await
    }
    /// Disassociates an IAM role from an Certificate Manager (ACM) certificate. Disassociating an IAM role from an ACM certificate removes the Amazon S3 object that contains the certificate, certificate chain, and encrypted private key from the Amazon S3 bucket. It also revokes the IAM role's permission to use the KMS key used to encrypt the private key. This effectively revokes the role's permission to use the certificate.
    pub async fn disassociate_enclave_certificate_iam_role(
        &self,
        input: types::DisassociateEnclaveCertificateIamRoleInput,
    ) -> Result<
        types::DisassociateEnclaveCertificateIamRoleOutput,
        Error<error::DisassociateEnclaveCertificateIamRoleError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_ENCLAVE_CERTIFICATE_IAM_ROLE, input)
            .await
    }
    /// Disassociates an IAM instance profile from a running or stopped instance.
    ///
    /// Use DescribeIamInstanceProfileAssociations to get the association ID.
    pub async fn disassociate_iam_instance_profile(
        &self,
        input: types::DisassociateIamInstanceProfileInput,
    ) -> Result<
        types::DisassociateIamInstanceProfileOutput,
        Error<error::DisassociateIamInstanceProfileError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_IAM_INSTANCE_PROFILE, input).await
    }
    /// Disassociates one or more targets from an event window.
    ///
    /// For more information, see [Define event windows for scheduled events](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html) in the *Amazon EC2 User Guide*.
    pub async fn disassociate_instance_event_window(
        &self,
        input: types::DisassociateInstanceEventWindowInput,
    ) -> Result<
        types::DisassociateInstanceEventWindowOutput,
        Error<error::DisassociateInstanceEventWindowError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_INSTANCE_EVENT_WINDOW, input)
            .await
    }
    /// Remove the association between your Autonomous System Number (ASN) and your BYOIP CIDR. You may want to use this action to disassociate an ASN from a CIDR or if you want to swap ASNs. For more information, see [Tutorial: Bring your ASN to IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoasn.html) in the *Amazon VPC IPAM guide*.
    pub async fn disassociate_ipam_byoasn(
        &self,
        input: types::DisassociateIpamByoasnInput,
    ) -> Result<
        types::DisassociateIpamByoasnOutput,
        Error<error::DisassociateIpamByoasnError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_IPAM_BYOASN, input).await
    }
    /// Disassociates a resource discovery from an Amazon VPC IPAM. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn disassociate_ipam_resource_discovery(
        &self,
        input: types::DisassociateIpamResourceDiscoveryInput,
    ) -> Result<
        types::DisassociateIpamResourceDiscoveryOutput,
        Error<error::DisassociateIpamResourceDiscoveryError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_IPAM_RESOURCE_DISCOVERY, input)
            .await
    }
    /// Removes an associated KMS key from an Amazon EBS snapshot. After you disassociate the key, it can no longer be used to access the snapshot's data. The snapshot's original encryption key is unaffected.
    pub async fn disassociate_kms_key_id(
        &self,
        input: types::DisassociateKmsKeyIdInput,
    ) -> Result<
        types::DisassociateKmsKeyIdOutput,
        Error<error::DisassociateKmsKeyIdError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_KMS_KEY_ID, input).await
    }
    /// Disassociates secondary Elastic IP addresses (EIPs) from a public NAT gateway. You cannot disassociate your primary EIP. For more information, see [Edit secondary IP address associations](https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html#nat-gateway-edit-secondary) in the *Amazon VPC User Guide*.
    ///
    /// While disassociating is in progress, you cannot associate/disassociate additional EIPs while the connections are being drained. You are, however, allowed to delete the NAT gateway.
    ///
    /// An EIP is released only at the end of MaxDrainDurationSeconds. It stays associated and supports the existing connections but does not support any new connections (new connections are distributed across the remaining associated EIPs). As the existing connections drain out, the EIPs (and the corresponding private IP addresses mapped to them) are released.
    pub async fn disassociate_nat_gateway_address(
        &self,
        input: types::DisassociateNatGatewayAddressInput,
    ) -> Result<
        types::DisassociateNatGatewayAddressOutput,
        Error<error::DisassociateNatGatewayAddressError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_NAT_GATEWAY_ADDRESS, input).await
    }
    /// Disassociates a flex cost allocation policy from one or more network resources.
    pub async fn disassociate_networking_flex_cost_allocation_policy(
        &self,
        input: types::DisassociateNetworkingFlexCostAllocationPolicyInput,
    ) -> Result<
        types::DisassociateNetworkingFlexCostAllocationPolicyOutput,
        Error<error::DisassociateNetworkingFlexCostAllocationPolicyError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::DISASSOCIATE_NETWORKING_FLEX_COST_ALLOCATION_POLICY,
                input,
            )
            .await
    }
    /// Disassociates a route server from a VPC.
    ///
    /// A route server association is the connection established between a route server and a VPC.
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn disassociate_route_server(
        &self,
        input: types::DisassociateRouteServerInput,
    ) -> Result<
        types::DisassociateRouteServerOutput,
        Error<error::DisassociateRouteServerError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_ROUTE_SERVER, input).await
    }
    /// Disassociates a subnet or gateway from a route table.
    ///
    /// After you perform this action, the subnet no longer uses the routes in the route table. Instead, it uses the routes in the VPC's main route table. For more information about route tables, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    pub async fn disassociate_route_table(
        &self,
        input: types::DisassociateRouteTableInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::DisassociateRouteTableError>> {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_ROUTE_TABLE, input).await
    }
    /// Disassociates a security group from a VPC. You cannot disassociate the security group if any Elastic network interfaces in the associated VPC are still associated with the security group. Note that the disassociation is asynchronous and you can check the status of the request with [DescribeSecurityGroupVpcAssociations](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroupVpcAssociations.html).
    pub async fn disassociate_security_group_vpc(
        &self,
        input: types::DisassociateSecurityGroupVpcInput,
    ) -> Result<
        types::DisassociateSecurityGroupVpcOutput,
        Error<error::DisassociateSecurityGroupVpcError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_SECURITY_GROUP_VPC, input).await
    }
    /// Disassociates a CIDR block from a subnet. Currently, you can disassociate an IPv6 CIDR block only. You must detach or delete all gateways and resources that are associated with the CIDR block before you can disassociate it.
    pub async fn disassociate_subnet_cidr_block(
        &self,
        input: types::DisassociateSubnetCidrBlockInput,
    ) -> Result<
        types::DisassociateSubnetCidrBlockOutput,
        Error<error::DisassociateSubnetCidrBlockError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_SUBNET_CIDR_BLOCK, input).await
    }
    /// Disassociates the specified subnets from the transit gateway multicast domain.
    pub async fn disassociate_transit_gateway_multicast_domain(
        &self,
        input: types::DisassociateTransitGatewayMulticastDomainInput,
    ) -> Result<
        types::DisassociateTransitGatewayMulticastDomainOutput,
        Error<error::DisassociateTransitGatewayMulticastDomainError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_TRANSIT_GATEWAY_MULTICAST_DOMAIN, input)
            .await
    }
    /// Removes the association between an an attachment and a policy table.
    pub async fn disassociate_transit_gateway_policy_table(
        &self,
        input: types::DisassociateTransitGatewayPolicyTableInput,
    ) -> Result<
        types::DisassociateTransitGatewayPolicyTableOutput,
        Error<error::DisassociateTransitGatewayPolicyTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_TRANSIT_GATEWAY_POLICY_TABLE, input)
            .await
    }
    /// Disassociates a resource attachment from a transit gateway route table.
    pub async fn disassociate_transit_gateway_route_table(
        &self,
        input: types::DisassociateTransitGatewayRouteTableInput,
    ) -> Result<
        types::DisassociateTransitGatewayRouteTableOutput,
        Error<error::DisassociateTransitGatewayRouteTableError>,
    > {
        self.handle
            .invoke(&schemas::ops::DISASSOCIATE_TRANSIT_GATEWAY_ROUTE_TABLE, input)
            .await
    }
    /// Removes an association between a branch network interface with a trunk network interface.
    pub async fn disassociate_trunk_interface(
        &self,
        input: types::DisassociateTrunkInterfaceInput,
    ) -> Result<
        types::DisassociateTrunkInterfaceOutput,
        Error<error::DisassociateTrunkInterfaceError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_TRUNK_INTERFACE, input).await
    }
    /// Disassociates a CIDR block from a VPC. To disassociate the CIDR block, you must specify its association ID. You can get the association ID by using DescribeVpcs. You must detach or delete all gateways and resources that are associated with the CIDR block before you can disassociate it.
    ///
    /// You cannot disassociate the CIDR block with which you originally created the VPC (the primary CIDR block).
    pub async fn disassociate_vpc_cidr_block(
        &self,
        input: types::DisassociateVpcCidrBlockInput,
    ) -> Result<
        types::DisassociateVpcCidrBlockOutput,
        Error<error::DisassociateVpcCidrBlockError>,
    > {
        self.handle.invoke(&schemas::ops::DISASSOCIATE_VPC_CIDR_BLOCK, input).await
    }
    /// Enables Elastic IP address transfer. For more information, see [Transfer Elastic IP addresses](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#transfer-EIPs-intro) in the *Amazon VPC User Guide*.
    pub async fn enable_address_transfer(
        &self,
        input: types::EnableAddressTransferInput,
    ) -> Result<
        types::EnableAddressTransferOutput,
        Error<error::EnableAddressTransferError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_ADDRESS_TRANSFER, input).await
    }
    /// Enables Allowed AMIs for your account in the specified Amazon Web Services Region. Two values are accepted:
    ///
    /// - `enabled`: The image criteria in your Allowed AMIs settings are applied. As a result, only AMIs matching these criteria are discoverable and can be used by your account to launch instances.
    ///
    /// - `audit-mode`: The image criteria in your Allowed AMIs settings are not applied. No restrictions are placed on AMI discoverability or usage. Users in your account can launch instances using any public AMI or AMI shared with your account.
    ///
    /// The purpose of `audit-mode` is to indicate which AMIs will be affected when Allowed AMIs is `enabled`. In `audit-mode`, each AMI displays either `"ImageAllowed": true` or `"ImageAllowed": false` to indicate whether the AMI will be discoverable and available to users in the account when Allowed AMIs is enabled.
    ///
    /// The Allowed AMIs feature does not restrict the AMIs owned by your account. Regardless of the criteria you set, the AMIs created by your account will always be discoverable and usable by users in your account.
    ///
    /// For more information, see [Control the discovery and use of AMIs in Amazon EC2 with Allowed AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html) in *Amazon EC2 User Guide*.
    pub async fn enable_allowed_images_settings(
        &self,
        input: types::EnableAllowedImagesSettingsInput,
    ) -> Result<
        types::EnableAllowedImagesSettingsOutput,
        Error<error::EnableAllowedImagesSettingsError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_ALLOWED_IMAGES_SETTINGS, input).await
    }
    /// Suppresses application status checks for the specified instances. While suppressed, health checks continue to run but do not affect the instance-level application status. The following rules apply:
    ///
    /// - You can specify a maximum of 100 instance IDs for each request.
    ///
    /// - Use `DisableApplicationStatusCheckSuppression` to resume normal health check reporting.
    ///
    /// - If you do not specify `DurationSeconds`, suppression continues indefinitely until you call `DisableApplicationStatusCheckSuppression`.
    pub async fn enable_application_status_check_suppression(
        &self,
        input: types::EnableApplicationStatusCheckSuppressionInput,
    ) -> Result<
        types::EnableApplicationStatusCheckSuppressionOutput,
        Error<error::EnableApplicationStatusCheckSuppressionError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_APPLICATION_STATUS_CHECK_SUPPRESSION, input)
            .await
    }
    /// Enables Infrastructure Performance subscriptions.
    pub async fn enable_aws_network_performance_metric_subscription(
        &self,
        input: types::EnableAwsNetworkPerformanceMetricSubscriptionInput,
    ) -> Result<
        types::EnableAwsNetworkPerformanceMetricSubscriptionOutput,
        Error<error::EnableAwsNetworkPerformanceMetricSubscriptionError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::ENABLE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTION,
                input,
            )
            .await
    }
    /// Enables EC2 Capacity Manager for your account. This starts data ingestion for your EC2 capacity usage across On-Demand, Spot, and Capacity Reservations. Initial data processing may take several hours to complete.
    pub async fn enable_capacity_manager(
        &self,
        input: types::EnableCapacityManagerInput,
    ) -> Result<
        types::EnableCapacityManagerOutput,
        Error<error::EnableCapacityManagerError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_CAPACITY_MANAGER, input).await
    }
    /// Enables EBS encryption by default for your account in the current Region.
    ///
    /// After you enable encryption by default, the EBS volumes that you create are always encrypted, either using the default KMS key or the KMS key that you specified when you created each volume. For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    ///
    /// Enabling encryption by default has no effect on the encryption status of your existing volumes.
    ///
    /// After you enable encryption by default, you can no longer launch instances using instance types that do not support encryption. For more information, see [Supported instance types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption-requirements.html#ebs-encryption_supported_instances).
    pub async fn enable_ebs_encryption_by_default(
        &self,
        input: types::EnableEbsEncryptionByDefaultInput,
    ) -> Result<
        types::EnableEbsEncryptionByDefaultOutput,
        Error<error::EnableEbsEncryptionByDefaultError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_EBS_ENCRYPTION_BY_DEFAULT, input).await
    }
    /// When you enable Windows fast launch for a Windows AMI, images are pre-provisioned, using snapshots to launch instances up to 65% faster. To create the optimized Windows image, Amazon EC2 launches an instance and runs through Sysprep steps, rebooting as required. Then it creates a set of reserved snapshots that are used for subsequent launches. The reserved snapshots are automatically replenished as they are used, depending on your settings for launch frequency.
    ///
    /// You can only change these settings for Windows AMIs that you own or that have been shared with you.
    pub async fn enable_fast_launch(
        &self,
        input: types::EnableFastLaunchInput,
    ) -> Result<types::EnableFastLaunchOutput, Error<error::EnableFastLaunchError>> {
        self.handle.invoke(&schemas::ops::ENABLE_FAST_LAUNCH, input).await
    }
    /// Enables fast snapshot restores for the specified snapshots in the specified Availability Zones.
    ///
    /// You get the full benefit of fast snapshot restores after they enter the `enabled` state.
    ///
    /// For more information, see [Amazon EBS fast snapshot restore](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-fast-snapshot-restore.html) in the *Amazon EBS User Guide*.
    pub async fn enable_fast_snapshot_restores(
        &self,
        input: types::EnableFastSnapshotRestoresInput,
    ) -> Result<
        types::EnableFastSnapshotRestoresOutput,
        Error<error::EnableFastSnapshotRestoresError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_FAST_SNAPSHOT_RESTORES, input).await
    }
    /// Re-enables a disabled AMI. The re-enabled AMI is marked as `available` and can be used for instance launches, appears in describe operations, and can be shared. Amazon Web Services accounts, organizations, and Organizational Units that lost access to the AMI when it was disabled do not regain access automatically. Once the AMI is available, it can be shared with them again.
    ///
    /// Only the AMI owner can re-enable a disabled AMI.
    ///
    /// For more information, see [Disable an Amazon EC2 AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/disable-an-ami.html) in the *Amazon EC2 User Guide*.
    pub async fn enable_image(
        &self,
        input: types::EnableImageInput,
    ) -> Result<types::EnableImageOutput, Error<error::EnableImageError>> {
        self.handle.invoke(&schemas::ops::ENABLE_IMAGE, input).await
    }
    /// Enables *block public access for AMIs* at the account level in the specified Amazon Web Services Region. This prevents the public sharing of your AMIs. However, if you already have public AMIs, they will remain publicly available.
    ///
    /// The API can take up to 10 minutes to configure this setting. During this time, if you run [GetImageBlockPublicAccessState](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetImageBlockPublicAccessState.html), the response will be `unblocked`. When the API has completed the configuration, the response will be `block-new-sharing`.
    ///
    /// For more information, see [Block public access to your AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html) in the *Amazon EC2 User Guide*.
    pub async fn enable_image_block_public_access(
        &self,
        input: types::EnableImageBlockPublicAccessInput,
    ) -> Result<
        types::EnableImageBlockPublicAccessOutput,
        Error<error::EnableImageBlockPublicAccessError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS, input).await
    }
    /// Enables deprecation of the specified AMI at the specified date and time.
    ///
    /// For more information, see [Deprecate an AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html) in the *Amazon EC2 User Guide*.
    pub async fn enable_image_deprecation(
        &self,
        input: types::EnableImageDeprecationInput,
    ) -> Result<
        types::EnableImageDeprecationOutput,
        Error<error::EnableImageDeprecationError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_IMAGE_DEPRECATION, input).await
    }
    /// Enables deregistration protection for an AMI. When deregistration protection is enabled, the AMI can't be deregistered.
    ///
    /// To allow the AMI to be deregistered, you must first disable deregistration protection.
    ///
    /// For more information, see [Protect an Amazon EC2 AMI from deregistration](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deregistration-protection.html) in the *Amazon EC2 User Guide*.
    pub async fn enable_image_deregistration_protection(
        &self,
        input: types::EnableImageDeregistrationProtectionInput,
    ) -> Result<
        types::EnableImageDeregistrationProtectionOutput,
        Error<error::EnableImageDeregistrationProtectionError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_IMAGE_DEREGISTRATION_PROTECTION, input)
            .await
    }
    /// Enable Amazon EC2 instances running in an SQL Server High Availability cluster for SQL Server High Availability instance standby detection monitoring. Once enabled, Amazon Web Services monitors the metadata for the instances to determine whether they are active or standby nodes in the SQL Server High Availability cluster. If the instances are determined to be standby failover nodes, Amazon Web Services automatically applies SQL Server licensing fee waiver for those instances.
    ///
    /// To register an instance, it must be running a Windows SQL Server license-included AMI and have the Amazon Web Services Systems Manager agent installed and running. Only Windows Server 2019 and later and SQL Server (Standard and Enterprise editions) 2017 and later are supported. For more information, see [ Prerequisites for using SQL Server High Availability instance standby detection](https://docs.aws.amazon.com/sql-server-ec2/latest/userguide/prerequisites-and-requirements.html).
    pub async fn enable_instance_sql_ha_standby_detections(
        &self,
        input: types::EnableInstanceSqlHaStandbyDetectionsInput,
    ) -> Result<
        types::EnableInstanceSqlHaStandbyDetectionsOutput,
        Error<error::EnableInstanceSqlHaStandbyDetectionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_INSTANCE_SQL_HA_STANDBY_DETECTIONS, input)
            .await
    }
    /// Enables Resource Public Key Infrastructure (RPKI) on an existing IPAM internet registry association by providing BGP Public Key Infrastructure (BPKI) certificate details. After enabling, you can create Route Origin Authorizations (ROAs) for prefixes registered with the internet registry.
    pub async fn enable_ipam_internet_registry_association(
        &self,
        input: types::EnableIpamInternetRegistryAssociationInput,
    ) -> Result<
        types::EnableIpamInternetRegistryAssociationOutput,
        Error<error::EnableIpamInternetRegistryAssociationError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_IPAM_INTERNET_REGISTRY_ASSOCIATION, input)
            .await
    }
    /// Enable an Organizations member account as the IPAM admin account. You cannot select the Organizations management account as the IPAM admin account. For more information, see [Enable integration with Organizations](https://docs.aws.amazon.com/vpc/latest/ipam/enable-integ-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn enable_ipam_organization_admin_account(
        &self,
        input: types::EnableIpamOrganizationAdminAccountInput,
    ) -> Result<
        types::EnableIpamOrganizationAdminAccountOutput,
        Error<error::EnableIpamOrganizationAdminAccountError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_IPAM_ORGANIZATION_ADMIN_ACCOUNT, input)
            .await
    }
    /// Enables an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    ///
    /// For more information, see [Define public IPv4 allocation strategy with IPAM policies](https://docs.aws.amazon.com/vpc/latest/ipam/define-public-ipv4-allocation-strategy-with-ipam-policies.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn enable_ipam_policy(
        &self,
        input: types::EnableIpamPolicyInput,
    ) -> Result<types::EnableIpamPolicyOutput, Error<error::EnableIpamPolicyError>> {
        self.handle.invoke(&schemas::ops::ENABLE_IPAM_POLICY, input).await
    }
    /// Establishes a trust relationship between Reachability Analyzer and Organizations. This operation must be performed by the management account for the organization.
    ///
    /// After you establish a trust relationship, a user in the management account or a delegated administrator account can run a cross-account analysis using resources from the member accounts.
    pub async fn enable_reachability_analyzer_organization_sharing(
        &self,
        input: types::EnableReachabilityAnalyzerOrganizationSharingInput,
    ) -> Result<
        types::EnableReachabilityAnalyzerOrganizationSharingOutput,
        Error<error::EnableReachabilityAnalyzerOrganizationSharingError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::ENABLE_REACHABILITY_ANALYZER_ORGANIZATION_SHARING,
                input,
            )
            .await
    }
    /// Defines which route tables the route server can update with routes.
    ///
    /// When enabled, route server propagation installs the routes in the FIB on the route table you've specified. Route server supports IPv4 and IPv6 route propagation.
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn enable_route_server_propagation(
        &self,
        input: types::EnableRouteServerPropagationInput,
    ) -> Result<
        types::EnableRouteServerPropagationOutput,
        Error<error::EnableRouteServerPropagationError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_ROUTE_SERVER_PROPAGATION, input).await
    }
    /// Enables access to the EC2 serial console of all instances for your account. By default, access to the EC2 serial console is disabled for your account. For more information, see [Manage account access to the EC2 serial console](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html#serial-console-account-access) in the *Amazon EC2 User Guide*.
    pub async fn enable_serial_console_access(
        &self,
        input: types::EnableSerialConsoleAccessInput,
    ) -> Result<
        types::EnableSerialConsoleAccessOutput,
        Error<error::EnableSerialConsoleAccessError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_SERIAL_CONSOLE_ACCESS, input).await
    }
    /// Enables or modifies the *block public access for snapshots* setting at the account level for the specified Amazon Web Services Region. After you enable block public access for snapshots in a Region, users can no longer request public sharing for snapshots in that Region. Snapshots that are already publicly shared are either treated as private or they remain publicly shared, depending on the **State** that you specify.
    ///
    /// Enabling block public access for snapshots in *block all sharing* mode does not change the permissions for snapshots that are already publicly shared. Instead, it prevents these snapshots from be publicly visible and publicly accessible. Therefore, the attributes for these snapshots still indicate that they are publicly shared, even though they are not publicly available.
    ///
    /// If you later disable block public access or change the mode to *block new sharing*, these snapshots will become publicly available again.
    ///
    /// For more information, see [ Block public access for snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html) in the *Amazon EBS User Guide*.
    pub async fn enable_snapshot_block_public_access(
        &self,
        input: types::EnableSnapshotBlockPublicAccessInput,
    ) -> Result<
        types::EnableSnapshotBlockPublicAccessOutput,
        Error<error::EnableSnapshotBlockPublicAccessError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_SNAPSHOT_BLOCK_PUBLIC_ACCESS, input)
            .await
    }
    /// Enables the specified attachment to propagate routes to the specified propagation route table.
    pub async fn enable_transit_gateway_route_table_propagation(
        &self,
        input: types::EnableTransitGatewayRouteTablePropagationInput,
    ) -> Result<
        types::EnableTransitGatewayRouteTablePropagationOutput,
        Error<error::EnableTransitGatewayRouteTablePropagationError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATION, input)
            .await
    }
    /// Enables a virtual private gateway (VGW) to propagate routes to the specified route table of a VPC.
    pub async fn enable_vgw_route_propagation(
        &self,
        input: types::EnableVgwRoutePropagationInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::EnableVgwRoutePropagationError>> {
        self.handle.invoke(&schemas::ops::ENABLE_VGW_ROUTE_PROPAGATION, input).await
    }
    /// Enables I/O operations for a volume that had I/O operations disabled because the data on the volume was potentially inconsistent.
    pub async fn enable_volume_io(
        &self,
        input: types::EnableVolumeIoInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::EnableVolumeIoError>> {
        self.handle.invoke(&schemas::ops::ENABLE_VOLUME_IO, input).await
    }
    /// This action is deprecated.
    ///
    /// Enables a VPC for ClassicLink. You can then link EC2-Classic instances to your ClassicLink-enabled VPC to allow communication over private IP addresses. You cannot enable your VPC for ClassicLink if any of your VPC route tables have existing routes for address ranges within the `10.0.0.0/8` IP address range, excluding local routes for VPCs in the `10.0.0.0/16` and `10.1.0.0/16` IP address ranges.
    pub async fn enable_vpc_classic_link(
        &self,
        input: types::EnableVpcClassicLinkInput,
    ) -> Result<
        types::EnableVpcClassicLinkOutput,
        Error<error::EnableVpcClassicLinkError>,
    > {
        self.handle.invoke(&schemas::ops::ENABLE_VPC_CLASSIC_LINK, input).await
    }
    /// This action is deprecated.
    ///
    /// Enables a VPC to support DNS hostname resolution for ClassicLink. If enabled, the DNS hostname of a linked EC2-Classic instance resolves to its private IP address when addressed from an instance in the VPC to which it's linked. Similarly, the DNS hostname of an instance in a VPC resolves to its private IP address when addressed from a linked EC2-Classic instance.
    ///
    /// You must specify a VPC ID in the request.
    pub async fn enable_vpc_classic_link_dns_support(
        &self,
        input: types::EnableVpcClassicLinkDnsSupportInput,
    ) -> Result<
        types::EnableVpcClassicLinkDnsSupportOutput,
        Error<error::EnableVpcClassicLinkDnsSupportError>,
    > {
        self.handle
            .invoke(&schemas::ops::ENABLE_VPC_CLASSIC_LINK_DNS_SUPPORT, input)
            .await
    }
    /// Downloads the client certificate revocation list for the specified Client VPN endpoint.
    pub async fn export_client_vpn_client_certificate_revocation_list(
        &self,
        input: types::ExportClientVpnClientCertificateRevocationListInput,
    ) -> Result<
        types::ExportClientVpnClientCertificateRevocationListOutput,
        Error<error::ExportClientVpnClientCertificateRevocationListError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::EXPORT_CLIENT_VPN_CLIENT_CERTIFICATE_REVOCATION_LIST,
                input,
            )
            .await
    }
    /// Downloads the contents of the Client VPN endpoint configuration file for the specified Client VPN endpoint. The Client VPN endpoint configuration file includes the Client VPN endpoint and certificate information clients need to establish a connection with the Client VPN endpoint.
    pub async fn export_client_vpn_client_configuration(
        &self,
        input: types::ExportClientVpnClientConfigurationInput,
    ) -> Result<
        types::ExportClientVpnClientConfigurationOutput,
        Error<error::ExportClientVpnClientConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::EXPORT_CLIENT_VPN_CLIENT_CONFIGURATION, input)
            .await
    }
    /// Exports an Amazon Machine Image (AMI) to a VM file. For more information, see [Exporting a VM directly from an Amazon Machine Image (AMI)](https://docs.aws.amazon.com/vm-import/latest/userguide/vmexport_image.html) in the *VM Import/Export User Guide*.
    pub async fn export_image(
        &self,
        input: types::ExportImageInput,
    ) -> Result<types::ExportImageOutput, Error<error::ExportImageError>> {
        self.handle.invoke(&schemas::ops::EXPORT_IMAGE, input).await
    }
    /// Exports routes from the specified transit gateway route table to the specified S3 bucket. By default, all routes are exported. Alternatively, you can filter by CIDR range.
    ///
    /// The routes are saved to the specified bucket in a JSON file. For more information, see [Export route tables to Amazon S3](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html#tgw-export-route-tables) in the *Amazon Web Services Transit Gateways Guide*.
    pub async fn export_transit_gateway_routes(
        &self,
        input: types::ExportTransitGatewayRoutesInput,
    ) -> Result<
        types::ExportTransitGatewayRoutesOutput,
        Error<error::ExportTransitGatewayRoutesError>,
    > {
        self.handle.invoke(&schemas::ops::EXPORT_TRANSIT_GATEWAY_ROUTES, input).await
    }
    /// Exports the client configuration for a Verified Access instance.
    pub async fn export_verified_access_instance_client_configuration(
        &self,
        input: types::ExportVerifiedAccessInstanceClientConfigurationInput,
    ) -> Result<
        types::ExportVerifiedAccessInstanceClientConfigurationOutput,
        Error<error::ExportVerifiedAccessInstanceClientConfigurationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::EXPORT_VERIFIED_ACCESS_INSTANCE_CLIENT_CONFIGURATION,
                input,
            )
            .await
    }
    /// Returns the currently negotiated security parameters for an active VPN tunnel, including IKE version, DH groups, encryption algorithms, and integrity algorithms.
    pub async fn get_active_vpn_tunnel_status(
        &self,
        input: types::GetActiveVpnTunnelStatusInput,
    ) -> Result<
        types::GetActiveVpnTunnelStatusOutput,
        Error<error::GetActiveVpnTunnelStatusError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ACTIVE_VPN_TUNNEL_STATUS, input).await
    }
    /// Gets the current state of the Allowed AMIs setting and the list of Allowed AMIs criteria at the account level in the specified Region.
    ///
    /// The Allowed AMIs feature does not restrict the AMIs owned by your account. Regardless of the criteria you set, the AMIs created by your account will always be discoverable and usable by users in your account.
    ///
    /// For more information, see [Control the discovery and use of AMIs in Amazon EC2 with Allowed AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html) in *Amazon EC2 User Guide*.
    pub async fn get_allowed_images_settings(
        &self,
        input: types::GetAllowedImagesSettingsInput,
    ) -> Result<
        types::GetAllowedImagesSettingsOutput,
        Error<error::GetAllowedImagesSettingsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ALLOWED_IMAGES_SETTINGS, input).await
    }
    /// Returns the IAM roles that are associated with the specified ACM (ACM) certificate. It also returns the name of the Amazon S3 bucket and the Amazon S3 object key where the certificate, certificate chain, and encrypted private key bundle are stored, and the ARN of the KMS key that's used to encrypt the private key.
    pub async fn get_associated_enclave_certificate_iam_roles(
        &self,
        input: types::GetAssociatedEnclaveCertificateIamRolesInput,
    ) -> Result<
        types::GetAssociatedEnclaveCertificateIamRolesOutput,
        Error<error::GetAssociatedEnclaveCertificateIamRolesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_ASSOCIATED_ENCLAVE_CERTIFICATE_IAM_ROLES, input)
            .await
    }
    /// Gets information about the IPv6 CIDR block associations for a specified IPv6 address pool.
    pub async fn get_associated_ipv6_pool_cidrs(
        &self,
        input: types::GetAssociatedIpv6PoolCidrsInput,
    ) -> Result<
        types::GetAssociatedIpv6PoolCidrsOutput,
        Error<error::GetAssociatedIpv6PoolCidrsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ASSOCIATED_IPV6_POOL_CIDRS, input).await
    }
    /// Gets network performance data.
    pub async fn get_aws_network_performance_data(
        &self,
        input: types::GetAwsNetworkPerformanceDataInput,
    ) -> Result<
        types::GetAwsNetworkPerformanceDataOutput,
        Error<error::GetAwsNetworkPerformanceDataError>,
    > {
        self.handle.invoke(&schemas::ops::GET_AWS_NETWORK_PERFORMANCE_DATA, input).await
    }
    /// Retrieves the current configuration and status of EC2 Capacity Manager for your account, including enablement status, Organizations access settings, and data ingestion status.
    pub async fn get_capacity_manager_attributes(
        &self,
        input: types::GetCapacityManagerAttributesInput,
    ) -> Result<
        types::GetCapacityManagerAttributesOutput,
        Error<error::GetCapacityManagerAttributesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_CAPACITY_MANAGER_ATTRIBUTES, input).await
    }
    /// Retrieves capacity usage metrics for your EC2 resources. Returns time-series data for metrics like unused capacity, utilization rates, and costs across On-Demand, Spot, and Capacity Reservations. Data can be grouped and filtered by various dimensions such as region, account, and instance family.
    pub async fn get_capacity_manager_metric_data(
        &self,
        input: types::GetCapacityManagerMetricDataInput,
    ) -> Result<
        types::GetCapacityManagerMetricDataOutput,
        Error<error::GetCapacityManagerMetricDataError>,
    > {
        self.handle.invoke(&schemas::ops::GET_CAPACITY_MANAGER_METRIC_DATA, input).await
    }
    /// Retrieves the available dimension values for capacity metrics within a specified time range. This is useful for discovering what accounts, regions, instance families, and other dimensions have data available for filtering and grouping.
    pub async fn get_capacity_manager_metric_dimensions(
        &self,
        input: types::GetCapacityManagerMetricDimensionsInput,
    ) -> Result<
        types::GetCapacityManagerMetricDimensionsOutput,
        Error<error::GetCapacityManagerMetricDimensionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CAPACITY_MANAGER_METRIC_DIMENSIONS, input)
            .await
    }
    /// Retrieves the tag keys that are currently being monitored by EC2 Capacity Manager. Monitored tag keys are included as dimensions in capacity metric data, enabling you to group and filter metrics by tag values.
    pub async fn get_capacity_manager_monitored_tag_keys(
        &self,
        input: types::GetCapacityManagerMonitoredTagKeysInput,
    ) -> Result<
        types::GetCapacityManagerMonitoredTagKeysOutput,
        Error<error::GetCapacityManagerMonitoredTagKeysError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CAPACITY_MANAGER_MONITORED_TAG_KEYS, input)
            .await
    }
    /// Scores how well each instance type and Availability Zone combination can support a capacity request, based on current Amazon EC2 capacity. The response includes a score for each combination and an aggregate score for all combinations in the request. This action doesn't launch or reserve instances, and a score doesn't guarantee that a later launch will succeed.
    ///
    /// Call this action in the Region where you turned on Capacity Manager. A single request can include Availability Zones in any Region. Real-time supportability checks are available only to Amazon Web Services Support customers on the Unified Operations plan.
    ///
    /// For more information, see [Check supportability](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/capacity-manager-supportability.html) in the *Amazon EC2 User Guide*.
    pub async fn get_capacity_manager_supportability_scores(
        &self,
        input: types::GetCapacityManagerSupportabilityScoresInput,
    ) -> Result<
        types::GetCapacityManagerSupportabilityScoresOutput,
        Error<error::GetCapacityManagerSupportabilityScoresError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CAPACITY_MANAGER_SUPPORTABILITY_SCORES, input)
            .await
    }
    /// Gets usage information about a Capacity Reservation. If the Capacity Reservation is shared, it shows usage information for the Capacity Reservation owner and each Amazon Web Services account that is currently using the shared capacity. If the Capacity Reservation is not shared, it shows only the Capacity Reservation owner's usage.
    pub async fn get_capacity_reservation_usage(
        &self,
        input: types::GetCapacityReservationUsageInput,
    ) -> Result<
        types::GetCapacityReservationUsageOutput,
        Error<error::GetCapacityReservationUsageError>,
    > {
        self.handle.invoke(&schemas::ops::GET_CAPACITY_RESERVATION_USAGE, input).await
    }
    /// Describes the authorization policy for a Client VPN endpoint.
    pub async fn get_client_vpn_endpoint_authorization_policy(
        &self,
        input: types::GetClientVpnEndpointAuthorizationPolicyInput,
    ) -> Result<
        types::GetClientVpnEndpointAuthorizationPolicyOutput,
        Error<error::GetClientVpnEndpointAuthorizationPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_CLIENT_VPN_ENDPOINT_AUTHORIZATION_POLICY, input)
            .await
    }
    /// Describes the allocations from the specified customer-owned address pool.
    pub async fn get_coip_pool_usage(
        &self,
        input: types::GetCoipPoolUsageInput,
    ) -> Result<types::GetCoipPoolUsageOutput, Error<error::GetCoipPoolUsageError>> {
        self.handle.invoke(&schemas::ops::GET_COIP_POOL_USAGE, input).await
    }
    /// Gets the console output for the specified instance. For Linux instances, the instance console output displays the exact console output that would normally be displayed on a physical monitor attached to a computer. For Windows instances, the instance console output includes the last three system event log errors.
    ///
    /// For more information, see [Instance console output](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-console.html#instance-console-console-output) in the *Amazon EC2 User Guide*.
    pub async fn get_console_output(
        &self,
        input: types::GetConsoleOutputInput,
    ) -> Result<types::GetConsoleOutputOutput, Error<error::GetConsoleOutputError>> {
        self.handle.invoke(&schemas::ops::GET_CONSOLE_OUTPUT, input).await
    }
    /// Retrieve a JPG-format screenshot of a running instance to help with troubleshooting.
    ///
    /// The returned content is Base64-encoded.
    ///
    /// For more information, see [Instance console output](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/troubleshoot-unreachable-instance.html#instance-console-console-output) in the *Amazon EC2 User Guide*.
    pub async fn get_console_screenshot(
        &self,
        input: types::GetConsoleScreenshotInput,
    ) -> Result<
        types::GetConsoleScreenshotOutput,
        Error<error::GetConsoleScreenshotError>,
    > {
        self.handle.invoke(&schemas::ops::GET_CONSOLE_SCREENSHOT, input).await
    }
    /// Retrieves a summary of the account status report.
    ///
    /// To view the full report, download it from the Amazon S3 bucket where it was saved. Reports are accessible only when they have the `complete` status. Reports with other statuses (`running`, `cancelled`, or `error`) are not available in the S3 bucket. For more information about downloading objects from an S3 bucket, see [Downloading objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/download-objects.html) in the *Amazon Simple Storage Service User Guide*.
    ///
    /// For more information, see [Generating the account status report for declarative policies](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_status-report.html) in the *Amazon Web Services Organizations User Guide*.
    pub async fn get_declarative_policies_report_summary(
        &self,
        input: types::GetDeclarativePoliciesReportSummaryInput,
    ) -> Result<
        types::GetDeclarativePoliciesReportSummaryOutput,
        Error<error::GetDeclarativePoliciesReportSummaryError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_DECLARATIVE_POLICIES_REPORT_SUMMARY, input)
            .await
    }
    /// Describes the default credit option for CPU usage of a burstable performance instance family.
    ///
    /// For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html) in the *Amazon EC2 User Guide*.
    pub async fn get_default_credit_specification(
        &self,
        input: types::GetDefaultCreditSpecificationInput,
    ) -> Result<
        types::GetDefaultCreditSpecificationOutput,
        Error<error::GetDefaultCreditSpecificationError>,
    > {
        self.handle.invoke(&schemas::ops::GET_DEFAULT_CREDIT_SPECIFICATION, input).await
    }
    /// Describes the default KMS key for EBS encryption by default for your account in this Region.
    ///
    /// For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    pub async fn get_ebs_default_kms_key_id(
        &self,
        input: types::GetEbsDefaultKmsKeyIdInput,
    ) -> Result<
        types::GetEbsDefaultKmsKeyIdOutput,
        Error<error::GetEbsDefaultKmsKeyIdError>,
    > {
        self.handle.invoke(&schemas::ops::GET_EBS_DEFAULT_KMS_KEY_ID, input).await
    }
    /// Describes whether EBS encryption by default is enabled for your account in the current Region.
    ///
    /// For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    pub async fn get_ebs_encryption_by_default(
        &self,
        input: types::GetEbsEncryptionByDefaultInput,
    ) -> Result<
        types::GetEbsEncryptionByDefaultOutput,
        Error<error::GetEbsEncryptionByDefaultError>,
    > {
        self.handle.invoke(&schemas::ops::GET_EBS_ENCRYPTION_BY_DEFAULT, input).await
    }
    /// Gets the enabled IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    pub async fn get_enabled_ipam_policy(
        &self,
        input: types::GetEnabledIpamPolicyInput,
    ) -> Result<
        types::GetEnabledIpamPolicyOutput,
        Error<error::GetEnabledIpamPolicyError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ENABLED_IPAM_POLICY, input).await
    }
    /// Generates a CloudFormation template that streamlines and automates the integration of VPC flow logs with Amazon Athena. This make it easier for you to query and gain insights from VPC flow logs data. Based on the information that you provide, we configure resources in the template to do the following:
    ///
    /// - Create a table in Athena that maps fields to a custom log format
    ///
    /// - Create a Lambda function that updates the table with new partitions on a daily, weekly, or monthly basis
    ///
    /// - Create a table partitioned between two timestamps in the past
    ///
    /// - Create a set of named queries in Athena that you can use to get started quickly
    ///
    /// `GetFlowLogsIntegrationTemplate` does not support integration between Amazon Web Services Transit Gateway Flow Logs or Amazon Web Services Cloud WAN Flow Logs and Amazon Athena.
    pub async fn get_flow_logs_integration_template(
        &self,
        input: types::GetFlowLogsIntegrationTemplateInput,
    ) -> Result<
        types::GetFlowLogsIntegrationTemplateOutput,
        Error<error::GetFlowLogsIntegrationTemplateError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_FLOW_LOGS_INTEGRATION_TEMPLATE, input)
            .await
    }
    /// Lists the resource groups to which a Capacity Reservation has been added.
    pub async fn get_groups_for_capacity_reservation(
        &self,
        input: types::GetGroupsForCapacityReservationInput,
    ) -> Result<
        types::GetGroupsForCapacityReservationOutput,
        Error<error::GetGroupsForCapacityReservationError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_GROUPS_FOR_CAPACITY_RESERVATION, input)
            .await
    }
    /// Preview a reservation purchase with configurations that match those of your Dedicated Host. You must have active Dedicated Hosts in your account before you purchase a reservation.
    ///
    /// This is a preview of the PurchaseHostReservation action and does not result in the offering being purchased.
    pub async fn get_host_reservation_purchase_preview(
        &self,
        input: types::GetHostReservationPurchasePreviewInput,
    ) -> Result<
        types::GetHostReservationPurchasePreviewOutput,
        Error<error::GetHostReservationPurchasePreviewError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_HOST_RESERVATION_PURCHASE_PREVIEW, input)
            .await
    }
    /// Retrieves the ancestry chain of the specified AMI, tracing its lineage back to the root AMI. For more information, see [AMI ancestry](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-ancestry.html) in *Amazon EC2 User Guide*.
    pub async fn get_image_ancestry(
        &self,
        input: types::GetImageAncestryInput,
    ) -> Result<types::GetImageAncestryOutput, Error<error::GetImageAncestryError>> {
        self.handle.invoke(&schemas::ops::GET_IMAGE_ANCESTRY, input).await
    }
    /// Gets the current state of *block public access for AMIs* at the account level in the specified Amazon Web Services Region.
    ///
    /// For more information, see [Block public access to your AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html) in the *Amazon EC2 User Guide*.
    pub async fn get_image_block_public_access_state(
        &self,
        input: types::GetImageBlockPublicAccessStateInput,
    ) -> Result<
        types::GetImageBlockPublicAccessStateOutput,
        Error<error::GetImageBlockPublicAccessStateError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE, input)
            .await
    }
    /// Describes the Amazon Inspector vulnerability findings for the specified AMI.
    ///
    /// You can get findings for AMIs that you own, AMIs that are shared with you, and public AMIs. Amazon Inspector returns findings only for AMIs that it has scanned.
    pub async fn get_image_findings(
        &self,
        input: types::GetImageFindingsInput,
    ) -> Result<types::GetImageFindingsOutput, Error<error::GetImageFindingsError>> {
        self.handle.invoke(&schemas::ops::GET_IMAGE_FINDINGS, input).await
    }
    /// Gets the default instance metadata service (IMDS) settings that are set at the account level in the specified Amazon Web Services&\#x2028; Region.
    ///
    /// For more information, see [Order of precedence for instance metadata options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence) in the *Amazon EC2 User Guide*.
    pub async fn get_instance_metadata_defaults(
        &self,
        input: types::GetInstanceMetadataDefaultsInput,
    ) -> Result<
        types::GetInstanceMetadataDefaultsOutput,
        Error<error::GetInstanceMetadataDefaultsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_INSTANCE_METADATA_DEFAULTS, input).await
    }
    /// Gets the public endorsement key associated with the Nitro Trusted Platform Module (NitroTPM) for the specified instance.
    pub async fn get_instance_tpm_ek_pub(
        &self,
        input: types::GetInstanceTpmEkPubInput,
    ) -> Result<
        types::GetInstanceTpmEkPubOutput,
        Error<error::GetInstanceTpmEkPubError>,
    > {
        self.handle.invoke(&schemas::ops::GET_INSTANCE_TPM_EK_PUB, input).await
    }
    /// Returns a list of instance types with the specified instance attributes. You can use the response to preview the instance types without launching instances. Note that the response does not consider capacity.
    ///
    /// When you specify multiple parameters, you get instance types that satisfy all of the specified parameters. If you specify multiple values for a parameter, you get instance types that satisfy any of the specified values.
    ///
    /// For more information, see [Preview instance types with specified attributes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-attribute-based-instance-type-selection.html#ec2fleet-get-instance-types-from-instance-requirements), [Specify attributes for instance type selection for EC2 Fleet or Spot Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-attribute-based-instance-type-selection.html), and [Spot placement score](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-placement-score.html) in the *Amazon EC2 User Guide*, and [Creating mixed instance groups using attribute-based instance type selection](https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-asg-instance-type-requirements.html) in the *Amazon EC2 Auto Scaling User Guide*.
    pub async fn get_instance_types_from_instance_requirements(
        &self,
        input: types::GetInstanceTypesFromInstanceRequirementsInput,
    ) -> Result<
        types::GetInstanceTypesFromInstanceRequirementsOutput,
        Error<error::GetInstanceTypesFromInstanceRequirementsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_INSTANCE_TYPES_FROM_INSTANCE_REQUIREMENTS, input)
            .await
    }
    /// A binary representation of the UEFI variable store. Only non-volatile variables are stored. This is a base64 encoded and zlib compressed binary value that must be properly encoded.
    ///
    /// When you use [register-image](https://docs.aws.amazon.com/cli/latest/reference/ec2/register-image.html) to create an AMI, you can create an exact copy of your variable store by passing the UEFI data in the `UefiData` parameter. You can modify the UEFI data by using the [python-uefivars tool](https://github.com/awslabs/python-uefivars) on GitHub. You can use the tool to convert the UEFI data into a human-readable format (JSON), which you can inspect and modify, and then convert back into the binary format to use with register-image.
    ///
    /// For more information, see [UEFI Secure Boot](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/uefi-secure-boot.html) in the *Amazon EC2 User Guide*.
    pub async fn get_instance_uefi_data(
        &self,
        input: types::GetInstanceUefiDataInput,
    ) -> Result<
        types::GetInstanceUefiDataOutput,
        Error<error::GetInstanceUefiDataError>,
    > {
        self.handle.invoke(&schemas::ops::GET_INSTANCE_UEFI_DATA, input).await
    }
    /// Retrieve historical information about a CIDR within an IPAM scope. For more information, see [View the history of IP addresses](https://docs.aws.amazon.com/vpc/latest/ipam/view-history-cidr-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn get_ipam_address_history(
        &self,
        input: types::GetIpamAddressHistoryInput,
    ) -> Result<
        types::GetIpamAddressHistoryOutput,
        Error<error::GetIpamAddressHistoryError>,
    > {
        self.handle.invoke(&schemas::ops::GET_IPAM_ADDRESS_HISTORY, input).await
    }
    /// Gets IPAM discovered accounts. A discovered account is an Amazon Web Services account that is monitored under a resource discovery. If you have integrated IPAM with Amazon Web Services Organizations, all accounts in the organization are discovered accounts. Only the IPAM account can get all discovered accounts in the organization.
    pub async fn get_ipam_discovered_accounts(
        &self,
        input: types::GetIpamDiscoveredAccountsInput,
    ) -> Result<
        types::GetIpamDiscoveredAccountsOutput,
        Error<error::GetIpamDiscoveredAccountsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_IPAM_DISCOVERED_ACCOUNTS, input).await
    }
    /// Gets the public IP addresses that have been discovered by IPAM.
    pub async fn get_ipam_discovered_public_addresses(
        &self,
        input: types::GetIpamDiscoveredPublicAddressesInput,
    ) -> Result<
        types::GetIpamDiscoveredPublicAddressesOutput,
        Error<error::GetIpamDiscoveredPublicAddressesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_DISCOVERED_PUBLIC_ADDRESSES, input)
            .await
    }
    /// Returns the resource CIDRs that are monitored as part of a resource discovery. A discovered resource is a resource CIDR monitored under a resource discovery. The following resources can be discovered: VPCs, Public IPv4 pools, VPC subnets, and Elastic IP addresses.
    pub async fn get_ipam_discovered_resource_cidrs(
        &self,
        input: types::GetIpamDiscoveredResourceCidrsInput,
    ) -> Result<
        types::GetIpamDiscoveredResourceCidrsOutput,
        Error<error::GetIpamDiscoveredResourceCidrsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_DISCOVERED_RESOURCE_CIDRS, input)
            .await
    }
    /// Retrieves Border Gateway Protocol (BGP) routes discovered by IPAM resource discovery for a specified Region. Use this operation to view the Bring Your Own IP (BYOIP) address ranges that are currently advertised through BGP. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_discovered_routes(
        &self,
        input: types::GetIpamDiscoveredRoutesInput,
    ) -> Result<
        types::GetIpamDiscoveredRoutesOutput,
        Error<error::GetIpamDiscoveredRoutesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_IPAM_DISCOVERED_ROUTES, input).await
    }
    /// Retrieves Autonomous System Numbers (ASNs) registered with an internet registry for an IPAM internet registry association. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_internet_registry_association_asns(
        &self,
        input: types::GetIpamInternetRegistryAssociationAsnsInput,
    ) -> Result<
        types::GetIpamInternetRegistryAssociationAsnsOutput,
        Error<error::GetIpamInternetRegistryAssociationAsnsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_INTERNET_REGISTRY_ASSOCIATION_ASNS, input)
            .await
    }
    /// Retrieves IP address CIDRs registered with an internet registry for an IPAM internet registry association. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_internet_registry_association_cidrs(
        &self,
        input: types::GetIpamInternetRegistryAssociationCidrsInput,
    ) -> Result<
        types::GetIpamInternetRegistryAssociationCidrsOutput,
        Error<error::GetIpamInternetRegistryAssociationCidrsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_INTERNET_REGISTRY_ASSOCIATION_CIDRS, input)
            .await
    }
    /// Gets the allocation rules for an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    ///
    /// Allocation rules are optional configurations within an IPAM policy that map Amazon Web Services resource types to specific IPAM pools. If no rules are defined, the resource types default to using Amazon-provided IP addresses.
    pub async fn get_ipam_policy_allocation_rules(
        &self,
        input: types::GetIpamPolicyAllocationRulesInput,
    ) -> Result<
        types::GetIpamPolicyAllocationRulesOutput,
        Error<error::GetIpamPolicyAllocationRulesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_IPAM_POLICY_ALLOCATION_RULES, input).await
    }
    /// Gets the Amazon Web Services Organizations targets for an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    ///
    /// A target can be an individual Amazon Web Services account or an entity within an Amazon Web Services Organization to which an IPAM policy can be applied.
    pub async fn get_ipam_policy_organization_targets(
        &self,
        input: types::GetIpamPolicyOrganizationTargetsInput,
    ) -> Result<
        types::GetIpamPolicyOrganizationTargetsOutput,
        Error<error::GetIpamPolicyOrganizationTargetsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_POLICY_ORGANIZATION_TARGETS, input)
            .await
    }
    /// Get a list of all the CIDR allocations in an IPAM pool. The Region you use should be the IPAM pool locale. The locale is the Amazon Web Services Region where this IPAM pool is available for allocations.
    ///
    /// If you use this action after [AllocateIpamPoolCidr](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AllocateIpamPoolCidr.html) or [ReleaseIpamPoolAllocation](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReleaseIpamPoolAllocation.html), note that all EC2 API actions follow an [eventual consistency](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) model.
    pub async fn get_ipam_pool_allocations(
        &self,
        input: types::GetIpamPoolAllocationsInput,
    ) -> Result<
        types::GetIpamPoolAllocationsOutput,
        Error<error::GetIpamPoolAllocationsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_IPAM_POOL_ALLOCATIONS, input).await
    }
    /// Get the CIDRs provisioned to an IPAM pool.
    pub async fn get_ipam_pool_cidrs(
        &self,
        input: types::GetIpamPoolCidrsInput,
    ) -> Result<types::GetIpamPoolCidrsOutput, Error<error::GetIpamPoolCidrsError>> {
        self.handle.invoke(&schemas::ops::GET_IPAM_POOL_CIDRS, input).await
    }
    /// Retrieves the CIDR selection rules for an IPAM prefix list resolver. Use this operation to view the business logic that determines which CIDRs are selected for synchronization with prefix lists.
    pub async fn get_ipam_prefix_list_resolver_rules(
        &self,
        input: types::GetIpamPrefixListResolverRulesInput,
    ) -> Result<
        types::GetIpamPrefixListResolverRulesOutput,
        Error<error::GetIpamPrefixListResolverRulesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_PREFIX_LIST_RESOLVER_RULES, input)
            .await
    }
    /// Retrieves the CIDR entries for a specific version of an IPAM prefix list resolver. This shows the actual CIDRs that were selected and synchronized at a particular point in time.
    pub async fn get_ipam_prefix_list_resolver_version_entries(
        &self,
        input: types::GetIpamPrefixListResolverVersionEntriesInput,
    ) -> Result<
        types::GetIpamPrefixListResolverVersionEntriesOutput,
        Error<error::GetIpamPrefixListResolverVersionEntriesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_PREFIX_LIST_RESOLVER_VERSION_ENTRIES, input)
            .await
    }
    /// Retrieves version information for an IPAM prefix list resolver.
    ///
    /// Each version is a snapshot of what CIDRs matched your rules at that moment in time. The version number increments every time the CIDR list changes due to infrastructure changes.
    ///
    /// **Version example:**
    ///
    /// **Initial State (Version 1)**
    ///
    /// Production environment:
    ///
    /// - vpc-prod-web (10.1.0.0/16) - tagged env=prod
    ///
    /// - vpc-prod-db (10.2.0.0/16) - tagged env=prod
    ///
    /// Resolver rule: Include all VPCs tagged env=prod
    ///
    /// **Version 1 CIDRs:** 10.1.0.0/16, 10.2.0.0/16
    ///
    /// **Infrastructure Change (Version 2)**
    ///
    /// New VPC added:
    ///
    /// - vpc-prod-api (10.3.0.0/16) - tagged env=prod
    ///
    /// IPAM automatically detects the change and creates a new version.
    ///
    /// **Version 2 CIDRs:** 10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16
    pub async fn get_ipam_prefix_list_resolver_versions(
        &self,
        input: types::GetIpamPrefixListResolverVersionsInput,
    ) -> Result<
        types::GetIpamPrefixListResolverVersionsOutput,
        Error<error::GetIpamPrefixListResolverVersionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_PREFIX_LIST_RESOLVER_VERSIONS, input)
            .await
    }
    /// Returns resource CIDRs managed by IPAM in a given scope. If an IPAM is associated with more than one resource discovery, the resource CIDRs across all of the resource discoveries is returned. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn get_ipam_resource_cidrs(
        &self,
        input: types::GetIpamResourceCidrsInput,
    ) -> Result<
        types::GetIpamResourceCidrsOutput,
        Error<error::GetIpamResourceCidrsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_IPAM_RESOURCE_CIDRS, input).await
    }
    /// Retrieves the current Route Origin Authorizations (ROAs) published to the RPKI for an IPAM internet registry association. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_route_origin_authorizations(
        &self,
        input: types::GetIpamRouteOriginAuthorizationsInput,
    ) -> Result<
        types::GetIpamRouteOriginAuthorizationsOutput,
        Error<error::GetIpamRouteOriginAuthorizationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_ROUTE_ORIGIN_AUTHORIZATIONS, input)
            .await
    }
    /// Retrieves route protection findings for an IPAM. Route protection findings show the Resource Public Key Infrastructure (RPKI) validation status of your Bring Your Own IP (BYOIP) routes. Findings identify routes that have valid, invalid, or unknown validation states. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_route_protection_findings(
        &self,
        input: types::GetIpamRouteProtectionFindingsInput,
    ) -> Result<
        types::GetIpamRouteProtectionFindingsOutput,
        Error<error::GetIpamRouteProtectionFindingsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_ROUTE_PROTECTION_FINDINGS, input)
            .await
    }
    /// Retrieves the history of routing policy registration changes for an IPAM internet registry association. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_routing_policy_registration_deltas(
        &self,
        input: types::GetIpamRoutingPolicyRegistrationDeltasInput,
    ) -> Result<
        types::GetIpamRoutingPolicyRegistrationDeltasOutput,
        Error<error::GetIpamRoutingPolicyRegistrationDeltasError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_ROUTING_POLICY_REGISTRATION_DELTAS, input)
            .await
    }
    /// Retrieves routing policy registrations for an IPAM internet registry association. Each registration represents a Route Origin Authorization (ROA) that has been created or is pending publication to the RPKI. We recommend using pagination to ensure that the operation returns quickly and successfully.
    pub async fn get_ipam_routing_policy_registrations(
        &self,
        input: types::GetIpamRoutingPolicyRegistrationsInput,
    ) -> Result<
        types::GetIpamRoutingPolicyRegistrationsOutput,
        Error<error::GetIpamRoutingPolicyRegistrationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_IPAM_ROUTING_POLICY_REGISTRATIONS, input)
            .await
    }
    /// Retrieves the configuration data of the specified instance. You can use this data to create a launch template.
    ///
    /// This action calls on other describe actions to get instance information. Depending on your instance configuration, you may need to allow the following actions in your IAM policy: `DescribeSpotInstanceRequests`, `DescribeInstanceCreditSpecifications`, `DescribeVolumes`, and `DescribeInstanceAttribute`. Or, you can allow `describe\*` depending on your instance requirements.
    pub async fn get_launch_template_data(
        &self,
        input: types::GetLaunchTemplateDataInput,
    ) -> Result<
        types::GetLaunchTemplateDataOutput,
        Error<error::GetLaunchTemplateDataError>,
    > {
        self.handle.invoke(&schemas::ops::GET_LAUNCH_TEMPLATE_DATA, input).await
    }
    /// Gets information about the resources that are associated with the specified managed prefix list.
    pub async fn get_managed_prefix_list_associations(
        &self,
        input: types::GetManagedPrefixListAssociationsInput,
    ) -> Result<
        types::GetManagedPrefixListAssociationsOutput,
        Error<error::GetManagedPrefixListAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_MANAGED_PREFIX_LIST_ASSOCIATIONS, input)
            .await
    }
    /// Gets information about the entries for a specified managed prefix list.
    pub async fn get_managed_prefix_list_entries(
        &self,
        input: types::GetManagedPrefixListEntriesInput,
    ) -> Result<
        types::GetManagedPrefixListEntriesOutput,
        Error<error::GetManagedPrefixListEntriesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_MANAGED_PREFIX_LIST_ENTRIES, input).await
    }
    /// Retrieves the managed resource visibility configuration for the account. The response indicates whether managed resources are hidden or visible by default.
    pub async fn get_managed_resource_visibility(
        &self,
        input: types::GetManagedResourceVisibilityInput,
    ) -> Result<
        types::GetManagedResourceVisibilityOutput,
        Error<error::GetManagedResourceVisibilityError>,
    > {
        self.handle.invoke(&schemas::ops::GET_MANAGED_RESOURCE_VISIBILITY, input).await
    }
    /// Gets the findings for the specified Network Access Scope analysis.
    pub async fn get_network_insights_access_scope_analysis_findings(
        &self,
        input: types::GetNetworkInsightsAccessScopeAnalysisFindingsInput,
    ) -> Result<
        types::GetNetworkInsightsAccessScopeAnalysisFindingsOutput,
        Error<error::GetNetworkInsightsAccessScopeAnalysisFindingsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS_FINDINGS,
                input,
            )
            .await
    }
    /// Gets the content for the specified Network Access Scope.
    pub async fn get_network_insights_access_scope_content(
        &self,
        input: types::GetNetworkInsightsAccessScopeContentInput,
    ) -> Result<
        types::GetNetworkInsightsAccessScopeContentOutput,
        Error<error::GetNetworkInsightsAccessScopeContentError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_NETWORK_INSIGHTS_ACCESS_SCOPE_CONTENT, input)
            .await
    }
    /// Retrieves the versions of a flex cost allocation policy.
    pub async fn get_networking_flex_cost_allocation_policy_versions(
        &self,
        input: types::GetNetworkingFlexCostAllocationPolicyVersionsInput,
    ) -> Result<
        types::GetNetworkingFlexCostAllocationPolicyVersionsOutput,
        Error<error::GetNetworkingFlexCostAllocationPolicyVersionsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_NETWORKING_FLEX_COST_ALLOCATION_POLICY_VERSIONS,
                input,
            )
            .await
    }
    /// Retrieves the encrypted administrator password for a running Windows instance.
    ///
    /// The Windows password is generated at boot by the `EC2Config` service or `EC2Launch` scripts (Windows Server 2016 and later). This usually only happens the first time an instance is launched. For more information, see [EC2Config](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UsingConfig_WinAMI.html) and [EC2Launch](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2launch.html) in the *Amazon EC2 User Guide*.
    ///
    /// For the `EC2Config` service, the password is not generated for rebundled AMIs unless `Ec2SetPassword` is enabled before bundling.
    ///
    /// The password is encrypted using the key pair that you specified when you launched the instance. You must provide the corresponding key pair file.
    ///
    /// When you launch an instance, password generation and encryption may take a few minutes. If you try to retrieve the password before it's available, the output returns an empty string. We recommend that you wait up to 15 minutes after launching an instance before trying to retrieve the generated password.
    pub async fn get_password_data(
        &self,
        input: types::GetPasswordDataInput,
    ) -> Result<types::GetPasswordDataOutput, Error<error::GetPasswordDataError>> {
        self.handle.invoke(&schemas::ops::GET_PASSWORD_DATA, input).await
    }
    /// Returns a quote and exchange information for exchanging one or more specified Convertible Reserved Instances for a new Convertible Reserved Instance. If the exchange cannot be performed, the reason is returned in the response. Use AcceptReservedInstancesExchangeQuote to perform the exchange.
    pub async fn get_reserved_instances_exchange_quote(
        &self,
        input: types::GetReservedInstancesExchangeQuoteInput,
    ) -> Result<
        types::GetReservedInstancesExchangeQuoteOutput,
        Error<error::GetReservedInstancesExchangeQuoteError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_RESERVED_INSTANCES_EXCHANGE_QUOTE, input)
            .await
    }
    /// Gets information about the associations for the specified route server.
    ///
    /// A route server association is the connection established between a route server and a VPC.
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn get_route_server_associations(
        &self,
        input: types::GetRouteServerAssociationsInput,
    ) -> Result<
        types::GetRouteServerAssociationsOutput,
        Error<error::GetRouteServerAssociationsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ROUTE_SERVER_ASSOCIATIONS, input).await
    }
    /// Gets information about the route propagations for the specified route server.
    ///
    /// When enabled, route server propagation installs the routes in the FIB on the route table you've specified. Route server supports IPv4 and IPv6 route propagation.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    pub async fn get_route_server_propagations(
        &self,
        input: types::GetRouteServerPropagationsInput,
    ) -> Result<
        types::GetRouteServerPropagationsOutput,
        Error<error::GetRouteServerPropagationsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ROUTE_SERVER_PROPAGATIONS, input).await
    }
    /// Gets the routing database for the specified route server. The [Routing Information Base (RIB)](https://en.wikipedia.org/wiki/Routing_table) serves as a database that stores all the routing information and network topology data collected by a router or routing system, such as routes learned from BGP peers. The RIB is constantly updated as new routing information is received or existing routes change. This ensures that the route server always has the most current view of the network topology and can make optimal routing decisions.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    pub async fn get_route_server_routing_database(
        &self,
        input: types::GetRouteServerRoutingDatabaseInput,
    ) -> Result<
        types::GetRouteServerRoutingDatabaseOutput,
        Error<error::GetRouteServerRoutingDatabaseError>,
    > {
        self.handle.invoke(&schemas::ops::GET_ROUTE_SERVER_ROUTING_DATABASE, input).await
    }
    /// Gets security groups that can be associated by the Amazon Web Services account making the request with network interfaces in the specified VPC.
    pub async fn get_security_groups_for_vpc(
        &self,
        input: types::GetSecurityGroupsForVpcInput,
    ) -> Result<
        types::GetSecurityGroupsForVpcOutput,
        Error<error::GetSecurityGroupsForVpcError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SECURITY_GROUPS_FOR_VPC, input).await
    }
    /// Retrieves the access status of your account to the EC2 serial console of all instances. By default, access to the EC2 serial console is disabled for your account. For more information, see [Manage account access to the EC2 serial console](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html#serial-console-account-access) in the *Amazon EC2 User Guide*.
    pub async fn get_serial_console_access_status(
        &self,
        input: types::GetSerialConsoleAccessStatusInput,
    ) -> Result<
        types::GetSerialConsoleAccessStatusOutput,
        Error<error::GetSerialConsoleAccessStatusError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SERIAL_CONSOLE_ACCESS_STATUS, input).await
    }
    /// Gets the current state of *block public access for snapshots* setting for the account and Region.
    ///
    /// For more information, see [ Block public access for snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html) in the *Amazon EBS User Guide*.
    pub async fn get_snapshot_block_public_access_state(
        &self,
        input: types::GetSnapshotBlockPublicAccessStateInput,
    ) -> Result<
        types::GetSnapshotBlockPublicAccessStateOutput,
        Error<error::GetSnapshotBlockPublicAccessStateError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_SNAPSHOT_BLOCK_PUBLIC_ACCESS_STATE, input)
            .await
    }
    /// Calculates the Spot placement score for a Region or Availability Zone based on the specified target capacity and compute requirements.
    ///
    /// You can specify your compute requirements either by using `InstanceRequirementsWithMetadata` and letting Amazon EC2 choose the optimal instance types to fulfill your Spot request, or you can specify the instance types by using `InstanceTypes`.
    ///
    /// For more information, see [Spot placement score](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-placement-score.html) in the *Amazon EC2 User Guide*.
    pub async fn get_spot_placement_scores(
        &self,
        input: types::GetSpotPlacementScoresInput,
    ) -> Result<
        types::GetSpotPlacementScoresOutput,
        Error<error::GetSpotPlacementScoresError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SPOT_PLACEMENT_SCORES, input).await
    }
    /// Gets information about the subnet CIDR reservations.
    pub async fn get_subnet_cidr_reservations(
        &self,
        input: types::GetSubnetCidrReservationsInput,
    ) -> Result<
        types::GetSubnetCidrReservationsOutput,
        Error<error::GetSubnetCidrReservationsError>,
    > {
        self.handle.invoke(&schemas::ops::GET_SUBNET_CIDR_RESERVATIONS, input).await
    }
    /// Describes the NAT configuration for the specified transit gateway attachment. Only the owner of the transit gateway can describe the NAT configuration.
    pub async fn get_transit_gateway_attachment_nat_configuration(
        &self,
        input: types::GetTransitGatewayAttachmentNatConfigurationInput,
    ) -> Result<
        types::GetTransitGatewayAttachmentNatConfigurationOutput,
        Error<error::GetTransitGatewayAttachmentNatConfigurationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_TRANSIT_GATEWAY_ATTACHMENT_NAT_CONFIGURATION,
                input,
            )
            .await
    }
    /// Lists the route tables to which the specified resource attachment propagates routes.
    pub async fn get_transit_gateway_attachment_propagations(
        &self,
        input: types::GetTransitGatewayAttachmentPropagationsInput,
    ) -> Result<
        types::GetTransitGatewayAttachmentPropagationsOutput,
        Error<error::GetTransitGatewayAttachmentPropagationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_ATTACHMENT_PROPAGATIONS, input)
            .await
    }
    /// Retrieves the entries for a transit gateway metering policy.
    pub async fn get_transit_gateway_metering_policy_entries(
        &self,
        input: types::GetTransitGatewayMeteringPolicyEntriesInput,
    ) -> Result<
        types::GetTransitGatewayMeteringPolicyEntriesOutput,
        Error<error::GetTransitGatewayMeteringPolicyEntriesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_METERING_POLICY_ENTRIES, input)
            .await
    }
    /// Gets information about the associations for the transit gateway multicast domain.
    pub async fn get_transit_gateway_multicast_domain_associations(
        &self,
        input: types::GetTransitGatewayMulticastDomainAssociationsInput,
    ) -> Result<
        types::GetTransitGatewayMulticastDomainAssociationsOutput,
        Error<error::GetTransitGatewayMulticastDomainAssociationsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS,
                input,
            )
            .await
    }
    /// Gets a list of the transit gateway policy table associations.
    pub async fn get_transit_gateway_policy_table_associations(
        &self,
        input: types::GetTransitGatewayPolicyTableAssociationsInput,
    ) -> Result<
        types::GetTransitGatewayPolicyTableAssociationsOutput,
        Error<error::GetTransitGatewayPolicyTableAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_POLICY_TABLE_ASSOCIATIONS, input)
            .await
    }
    /// Returns a list of transit gateway policy table entries.
    pub async fn get_transit_gateway_policy_table_entries(
        &self,
        input: types::GetTransitGatewayPolicyTableEntriesInput,
    ) -> Result<
        types::GetTransitGatewayPolicyTableEntriesOutput,
        Error<error::GetTransitGatewayPolicyTableEntriesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_POLICY_TABLE_ENTRIES, input)
            .await
    }
    /// Gets information about the prefix list references in a specified transit gateway route table.
    pub async fn get_transit_gateway_prefix_list_references(
        &self,
        input: types::GetTransitGatewayPrefixListReferencesInput,
    ) -> Result<
        types::GetTransitGatewayPrefixListReferencesOutput,
        Error<error::GetTransitGatewayPrefixListReferencesError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCES, input)
            .await
    }
    /// Gets information about the associations for the specified transit gateway route table.
    pub async fn get_transit_gateway_route_table_associations(
        &self,
        input: types::GetTransitGatewayRouteTableAssociationsInput,
    ) -> Result<
        types::GetTransitGatewayRouteTableAssociationsOutput,
        Error<error::GetTransitGatewayRouteTableAssociationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_ROUTE_TABLE_ASSOCIATIONS, input)
            .await
    }
    /// Gets information about the route table propagations for the specified transit gateway route table.
    pub async fn get_transit_gateway_route_table_propagations(
        &self,
        input: types::GetTransitGatewayRouteTablePropagationsInput,
    ) -> Result<
        types::GetTransitGatewayRouteTablePropagationsOutput,
        Error<error::GetTransitGatewayRouteTablePropagationsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATIONS, input)
            .await
    }
    /// Get the Verified Access policy associated with the endpoint.
    pub async fn get_verified_access_endpoint_policy(
        &self,
        input: types::GetVerifiedAccessEndpointPolicyInput,
    ) -> Result<
        types::GetVerifiedAccessEndpointPolicyOutput,
        Error<error::GetVerifiedAccessEndpointPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_VERIFIED_ACCESS_ENDPOINT_POLICY, input)
            .await
    }
    /// Gets the targets for the specified network CIDR endpoint for Verified Access.
    pub async fn get_verified_access_endpoint_targets(
        &self,
        input: types::GetVerifiedAccessEndpointTargetsInput,
    ) -> Result<
        types::GetVerifiedAccessEndpointTargetsOutput,
        Error<error::GetVerifiedAccessEndpointTargetsError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_VERIFIED_ACCESS_ENDPOINT_TARGETS, input)
            .await
    }
    /// Shows the contents of the Verified Access policy associated with the group.
    pub async fn get_verified_access_group_policy(
        &self,
        input: types::GetVerifiedAccessGroupPolicyInput,
    ) -> Result<
        types::GetVerifiedAccessGroupPolicyOutput,
        Error<error::GetVerifiedAccessGroupPolicyError>,
    > {
        self.handle.invoke(&schemas::ops::GET_VERIFIED_ACCESS_GROUP_POLICY, input).await
    }
    /// Gets information about resources in a VPC that are blocking encryption enforcement.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn get_vpc_resources_blocking_encryption_enforcement(
        &self,
        input: types::GetVpcResourcesBlockingEncryptionEnforcementInput,
    ) -> Result<
        types::GetVpcResourcesBlockingEncryptionEnforcementOutput,
        Error<error::GetVpcResourcesBlockingEncryptionEnforcementError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::GET_VPC_RESOURCES_BLOCKING_ENCRYPTION_ENFORCEMENT,
                input,
            )
            .await
    }
    /// Download an Amazon Web Services-provided sample configuration file to be used with the customer gateway device specified for your Site-to-Site VPN connection.
    pub async fn get_vpn_connection_device_sample_configuration(
        &self,
        input: types::GetVpnConnectionDeviceSampleConfigurationInput,
    ) -> Result<
        types::GetVpnConnectionDeviceSampleConfigurationOutput,
        Error<error::GetVpnConnectionDeviceSampleConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::GET_VPN_CONNECTION_DEVICE_SAMPLE_CONFIGURATION, input)
            .await
    }
    /// Obtain a list of customer gateway devices for which sample configuration files can be provided. The request has no additional parameters. You can also see the list of device types with sample configuration files available under [Your customer gateway device](https://docs.aws.amazon.com/vpn/latest/s2svpn/your-cgw.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn get_vpn_connection_device_types(
        &self,
        input: types::GetVpnConnectionDeviceTypesInput,
    ) -> Result<
        types::GetVpnConnectionDeviceTypesOutput,
        Error<error::GetVpnConnectionDeviceTypesError>,
    > {
        self.handle.invoke(&schemas::ops::GET_VPN_CONNECTION_DEVICE_TYPES, input).await
    }
    /// Get details of available tunnel endpoint maintenance.
    pub async fn get_vpn_tunnel_replacement_status(
        &self,
        input: types::GetVpnTunnelReplacementStatusInput,
    ) -> Result<
        types::GetVpnTunnelReplacementStatusOutput,
        Error<error::GetVpnTunnelReplacementStatusError>,
    > {
        self.handle.invoke(&schemas::ops::GET_VPN_TUNNEL_REPLACEMENT_STATUS, input).await
    }
    /// Uploads a client certificate revocation list to the specified Client VPN endpoint. Uploading a client certificate revocation list overwrites the existing client certificate revocation list.
    ///
    /// Uploading a client certificate revocation list resets existing client connections.
    pub async fn import_client_vpn_client_certificate_revocation_list(
        &self,
        input: types::ImportClientVpnClientCertificateRevocationListInput,
    ) -> Result<
        types::ImportClientVpnClientCertificateRevocationListOutput,
        Error<error::ImportClientVpnClientCertificateRevocationListError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::IMPORT_CLIENT_VPN_CLIENT_CERTIFICATE_REVOCATION_LIST,
                input,
            )
            .await
    }
    /// To import your virtual machines (VMs) with a console-based experience, you can use the *Import virtual machine images to Amazon Web Services* template in the [Migration Hub Orchestrator console](https://console.aws.amazon.com/migrationhub/orchestrator). For more information, see the [ *Migration Hub Orchestrator User Guide* ](https://docs.aws.amazon.com/migrationhub-orchestrator/latest/userguide/import-vm-images.html).
    ///
    /// Import single or multi-volume disk images or EBS snapshots into an Amazon Machine Image (AMI).
    ///
    /// Amazon Web Services VM Import/Export strongly recommends specifying a value for either the `--license-type` or `--usage-operation` parameter when you create a new VM Import task. This ensures your operating system is licensed appropriately and your billing is optimized.
    ///
    /// For more information, see [Importing a VM as an image using VM Import/Export](https://docs.aws.amazon.com/vm-import/latest/userguide/vmimport-image-import.html) in the *VM Import/Export User Guide*.
    pub async fn import_image(
        &self,
        input: types::ImportImageInput,
    ) -> Result<types::ImportImageOutput, Error<error::ImportImageError>> {
        self.handle.invoke(&schemas::ops::IMPORT_IMAGE, input).await
    }
    /// We recommend that you use the [ `ImportImage` ](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportImage.html) API instead. For more information, see [Importing a VM as an image using VM Import/Export](https://docs.aws.amazon.com/vm-import/latest/userguide/vmimport-image-import.html) in the *VM Import/Export User Guide*.
    ///
    /// Creates an import instance task using metadata from the specified disk image.
    ///
    /// This API action supports only single-volume VMs. To import multi-volume VMs, use ImportImage instead.
    ///
    /// For information about the import manifest referenced by this API action, see [VM Import Manifest](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/manifest.html).
    ///
    /// This API action is not supported by the Command Line Interface (CLI).
    pub async fn import_instance(
        &self,
        input: types::ImportInstanceInput,
    ) -> Result<types::ImportInstanceOutput, Error<error::ImportInstanceError>> {
        self.handle.invoke(&schemas::ops::IMPORT_INSTANCE, input).await
    }
    /// Imports the public key from an RSA or ED25519 key pair that you created using a third-party tool. You give Amazon Web Services only the public key. The private key is never transferred between you and Amazon Web Services.
    ///
    /// For more information about the requirements for importing a key pair, see [Create a key pair and import the public key to Amazon EC2](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html#how-to-generate-your-own-key-and-import-it-to-aws) in the *Amazon EC2 User Guide*.
    pub async fn import_key_pair(
        &self,
        input: types::ImportKeyPairInput,
    ) -> Result<types::ImportKeyPairOutput, Error<error::ImportKeyPairError>> {
        self.handle.invoke(&schemas::ops::IMPORT_KEY_PAIR, input).await
    }
    /// Imports a disk into an EBS snapshot.
    ///
    /// For more information, see [Importing a disk as a snapshot using VM Import/Export](https://docs.aws.amazon.com/vm-import/latest/userguide/vmimport-import-snapshot.html) in the *VM Import/Export User Guide*.
    pub async fn import_snapshot(
        &self,
        input: types::ImportSnapshotInput,
    ) -> Result<types::ImportSnapshotOutput, Error<error::ImportSnapshotError>> {
        self.handle.invoke(&schemas::ops::IMPORT_SNAPSHOT, input).await
    }
    /// This API action supports only single-volume VMs. To import multi-volume VMs, use ImportImage instead. To import a disk to a snapshot, use ImportSnapshot instead.
    ///
    /// Creates an import volume task using metadata from the specified disk image.
    ///
    /// For information about the import manifest referenced by this API action, see [VM Import Manifest](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/manifest.html).
    ///
    /// This API action is not supported by the Command Line Interface (CLI).
    pub async fn import_volume(
        &self,
        input: types::ImportVolumeInput,
    ) -> Result<types::ImportVolumeOutput, Error<error::ImportVolumeError>> {
        self.handle.invoke(&schemas::ops::IMPORT_VOLUME, input).await
    }
    /// Lists one or more AMIs that are currently in the Recycle Bin. For more information, see [Recycle Bin](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/recycle-bin.html) in the *Amazon EC2 User Guide*.
    pub async fn list_images_in_recycle_bin(
        &self,
        input: types::ListImagesInRecycleBinInput,
    ) -> Result<
        types::ListImagesInRecycleBinOutput,
        Error<error::ListImagesInRecycleBinError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_IMAGES_IN_RECYCLE_BIN, input).await
    }
    /// Lists one or more snapshots that are currently in the Recycle Bin.
    pub async fn list_snapshots_in_recycle_bin(
        &self,
        input: types::ListSnapshotsInRecycleBinInput,
    ) -> Result<
        types::ListSnapshotsInRecycleBinOutput,
        Error<error::ListSnapshotsInRecycleBinError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_SNAPSHOTS_IN_RECYCLE_BIN, input).await
    }
    /// Lists one or more volumes that are currently in the Recycle Bin.
    pub async fn list_volumes_in_recycle_bin(
        &self,
        input: types::ListVolumesInRecycleBinInput,
    ) -> Result<
        types::ListVolumesInRecycleBinOutput,
        Error<error::ListVolumesInRecycleBinError>,
    > {
        self.handle.invoke(&schemas::ops::LIST_VOLUMES_IN_RECYCLE_BIN, input).await
    }
    /// Locks an Amazon EBS snapshot in either *governance* or *compliance* mode to protect it against accidental or malicious deletions for a specific duration. A locked snapshot can't be deleted.
    ///
    /// You can also use this action to modify the lock settings for a snapshot that is already locked. The allowed modifications depend on the lock mode and lock state:
    ///
    /// - If the snapshot is locked in governance mode, you can modify the lock mode and the lock duration or lock expiration date.
    ///
    /// - If the snapshot is locked in compliance mode and it is in the cooling-off period, you can modify the lock mode and the lock duration or lock expiration date.
    ///
    /// - If the snapshot is locked in compliance mode and the cooling-off period has lapsed, you can only increase the lock duration or extend the lock expiration date.
    pub async fn lock_snapshot(
        &self,
        input: types::LockSnapshotInput,
    ) -> Result<types::LockSnapshotOutput, Error<error::LockSnapshotError>> {
        self.handle.invoke(&schemas::ops::LOCK_SNAPSHOT, input).await
    }
    /// Modifies the account-level VPC Encryption Control configuration. This sets the encryption control mode and resource exclusions that apply to the VPCs in your account. VPC Encryption Control enables you to enforce encryption for all data in transit within and between VPCs to meet compliance requirements.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn modify_account_vpc_encryption_control(
        &self,
        input: types::ModifyAccountVpcEncryptionControlInput,
    ) -> Result<
        types::ModifyAccountVpcEncryptionControlOutput,
        Error<error::ModifyAccountVpcEncryptionControlError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_ACCOUNT_VPC_ENCRYPTION_CONTROL, input)
            .await
    }
    /// Modifies an attribute of the specified Elastic IP address. For requirements, see [Using reverse DNS for email applications](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#Using_Elastic_Addressing_Reverse_DNS).
    pub async fn modify_address_attribute(
        &self,
        input: types::ModifyAddressAttributeInput,
    ) -> Result<
        types::ModifyAddressAttributeOutput,
        Error<error::ModifyAddressAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_ADDRESS_ATTRIBUTE, input).await
    }
    /// Modifies an existing application status check. You can update the protocol, port, path, thresholds, and other configuration settings. The following rules apply:
    ///
    /// - The application status check must exist and belong to your account.
    ///
    /// - Changes take effect on the next health check interval.
    pub async fn modify_application_status_check(
        &self,
        input: types::ModifyApplicationStatusCheckInput,
    ) -> Result<
        types::ModifyApplicationStatusCheckOutput,
        Error<error::ModifyApplicationStatusCheckError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_APPLICATION_STATUS_CHECK, input).await
    }
    /// Changes the opt-in status of the specified zone group for your account.
    pub async fn modify_availability_zone_group(
        &self,
        input: types::ModifyAvailabilityZoneGroupInput,
    ) -> Result<
        types::ModifyAvailabilityZoneGroupOutput,
        Error<error::ModifyAvailabilityZoneGroupError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_AVAILABILITY_ZONE_GROUP, input).await
    }
    /// Modifies a Capacity Reservation's capacity, instance eligibility, and the conditions under which it is to be released. You can't modify a Capacity Reservation's instance type, EBS optimization, platform, instance store settings, Availability Zone, or tenancy. If you need to modify any of these attributes, we recommend that you cancel the Capacity Reservation, and then create a new one with the required attributes. For more information, see [ Modify an active Capacity Reservation](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/capacity-reservations-modify.html).
    ///
    /// The allowed modifications depend on the state of the Capacity Reservation:
    ///
    /// - `assessing` or `scheduled` state - You can modify the tags only.
    ///
    /// - `pending` state - You can't modify the Capacity Reservation in any way.
    ///
    /// - `active` state but still within the commitment duration - You can't decrease the instance count or set an end date that is within the commitment duration. All other modifications are allowed.
    ///
    /// - `active` state with no commitment duration or elapsed commitment duration - All modifications are allowed.
    ///
    /// - `expired`, `cancelled`, `unsupported`, or `failed` state - You can't modify the Capacity Reservation in any way.
    ///
    /// For a future-dated Capacity Reservation that has not yet been delivered, pushing out the start date requires a quote generated by `CreateCapacityReservationDateChangeQuote`. For more information, see [Modify an active Capacity Reservation](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/capacity-reservations-modify.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_capacity_reservation(
        &self,
        input: types::ModifyCapacityReservationInput,
    ) -> Result<
        types::ModifyCapacityReservationOutput,
        Error<error::ModifyCapacityReservationError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_CAPACITY_RESERVATION, input).await
    }
    /// Modifies a Capacity Reservation Fleet.
    ///
    /// When you modify the total target capacity of a Capacity Reservation Fleet, the Fleet automatically creates new Capacity Reservations, or modifies or cancels existing Capacity Reservations in the Fleet to meet the new total target capacity. When you modify the end date for the Fleet, the end dates for all of the individual Capacity Reservations in the Fleet are updated accordingly.
    pub async fn modify_capacity_reservation_fleet(
        &self,
        input: types::ModifyCapacityReservationFleetInput,
    ) -> Result<
        types::ModifyCapacityReservationFleetOutput,
        Error<error::ModifyCapacityReservationFleetError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_CAPACITY_RESERVATION_FLEET, input).await
    }
    /// Modifies the specified Client VPN endpoint. Modifying the DNS server resets existing client connections.
    pub async fn modify_client_vpn_endpoint(
        &self,
        input: types::ModifyClientVpnEndpointInput,
    ) -> Result<
        types::ModifyClientVpnEndpointOutput,
        Error<error::ModifyClientVpnEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_CLIENT_VPN_ENDPOINT, input).await
    }
    /// Creates or updates the authorization policy for a Client VPN endpoint. A Client VPN endpoint can have one authorization policy. If a policy already exists for the endpoint, the values that you specify replace the corresponding values in the existing policy, and values that you do not specify remain unchanged.
    pub async fn modify_client_vpn_endpoint_authorization_policy(
        &self,
        input: types::ModifyClientVpnEndpointAuthorizationPolicyInput,
    ) -> Result<
        types::ModifyClientVpnEndpointAuthorizationPolicyOutput,
        Error<error::ModifyClientVpnEndpointAuthorizationPolicyError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::MODIFY_CLIENT_VPN_ENDPOINT_AUTHORIZATION_POLICY,
                input,
            )
            .await
    }
    /// Modifies the default credit option for CPU usage of burstable performance instances. The default credit option is set at the account level per Amazon Web Services Region, and is specified per instance family. All new burstable performance instances in the account launch using the default credit option.
    ///
    /// `ModifyDefaultCreditSpecification` is an asynchronous operation, which works at an Amazon Web Services Region level and modifies the credit option for each Availability Zone. All zones in a Region are updated within five minutes. But if instances are launched during this operation, they might not get the new credit option until the zone is updated. To verify whether the update has occurred, you can call `GetDefaultCreditSpecification` and check `DefaultCreditSpecification` for updates.
    ///
    /// For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_default_credit_specification(
        &self,
        input: types::ModifyDefaultCreditSpecificationInput,
    ) -> Result<
        types::ModifyDefaultCreditSpecificationOutput,
        Error<error::ModifyDefaultCreditSpecificationError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_DEFAULT_CREDIT_SPECIFICATION, input)
            .await
    }
    /// Changes the default KMS key for EBS encryption by default for your account in this Region.
    ///
    /// Amazon Web Services creates a unique Amazon Web Services managed KMS key in each Region for use with encryption by default. If you change the default KMS key to a symmetric customer managed KMS key, it is used instead of the Amazon Web Services managed KMS key. Amazon EBS does not support asymmetric KMS keys.
    ///
    /// If you delete or disable the customer managed KMS key that you specified for use with encryption by default, your instances will fail to launch.
    ///
    /// For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    pub async fn modify_ebs_default_kms_key_id(
        &self,
        input: types::ModifyEbsDefaultKmsKeyIdInput,
    ) -> Result<
        types::ModifyEbsDefaultKmsKeyIdOutput,
        Error<error::ModifyEbsDefaultKmsKeyIdError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_EBS_DEFAULT_KMS_KEY_ID, input).await
    }
    /// Modifies the specified EC2 Fleet.
    ///
    /// You can only modify an EC2 Fleet request of type `maintain`.
    ///
    /// While the EC2 Fleet is being modified, it is in the `modifying` state.
    ///
    /// To scale up your EC2 Fleet, increase its target capacity. The EC2 Fleet launches the additional Spot Instances according to the allocation strategy for the EC2 Fleet request. If the allocation strategy is `lowest-price`, the EC2 Fleet launches instances using the Spot Instance pool with the lowest price. If the allocation strategy is `diversified`, the EC2 Fleet distributes the instances across the Spot Instance pools. If the allocation strategy is `capacity-optimized`, EC2 Fleet launches instances from Spot Instance pools with optimal capacity for the number of instances that are launching.
    ///
    /// To scale down your EC2 Fleet, decrease its target capacity. First, the EC2 Fleet cancels any open requests that exceed the new target capacity. You can request that the EC2 Fleet terminate Spot Instances until the size of the fleet no longer exceeds the new target capacity. If the allocation strategy is `lowest-price`, the EC2 Fleet terminates the instances with the highest price per unit. If the allocation strategy is `capacity-optimized`, the EC2 Fleet terminates the instances in the Spot Instance pools that have the least available Spot Instance capacity. If the allocation strategy is `diversified`, the EC2 Fleet terminates instances across the Spot Instance pools. Alternatively, you can request that the EC2 Fleet keep the fleet at its current size, but not replace any Spot Instances that are interrupted or that you terminate manually.
    ///
    /// If you are finished with your EC2 Fleet for now, but will use it again later, you can set the target capacity to 0.
    pub async fn modify_fleet(
        &self,
        input: types::ModifyFleetInput,
    ) -> Result<types::ModifyFleetOutput, Error<error::ModifyFleetError>> {
        self.handle.invoke(&schemas::ops::MODIFY_FLEET, input).await
    }
    /// Modifies the specified attribute of the specified Amazon FPGA Image (AFI).
    pub async fn modify_fpga_image_attribute(
        &self,
        input: types::ModifyFpgaImageAttributeInput,
    ) -> Result<
        types::ModifyFpgaImageAttributeOutput,
        Error<error::ModifyFpgaImageAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_FPGA_IMAGE_ATTRIBUTE, input).await
    }
    /// Modify the auto-placement setting of a Dedicated Host. When auto-placement is enabled, any instances that you launch with a tenancy of `host` but without a specific host ID are placed onto any available Dedicated Host in your account that has auto-placement enabled. When auto-placement is disabled, you need to provide a host ID to have the instance launch onto a specific host. If no host ID is provided, the instance is launched onto a suitable host with auto-placement enabled.
    ///
    /// You can also use this API action to modify a Dedicated Host to support either multiple instance types in an instance family, or to support a specific instance type only.
    pub async fn modify_hosts(
        &self,
        input: types::ModifyHostsInput,
    ) -> Result<types::ModifyHostsOutput, Error<error::ModifyHostsError>> {
        self.handle.invoke(&schemas::ops::MODIFY_HOSTS, input).await
    }
    /// Modifies the ID format for the specified resource on a per-Region basis. You can specify that resources should receive longer IDs (17-character IDs) when they are created.
    ///
    /// This request can only be used to modify longer ID settings for resource types that are within the opt-in period. Resources currently in their opt-in period include: `bundle` \| `conversion-task` \| `customer-gateway` \| `dhcp-options` \| `elastic-ip-allocation` \| `elastic-ip-association` \| `export-task` \| `flow-log` \| `image` \| `import-task` \| `internet-gateway` \| `network-acl` \| `network-acl-association` \| `network-interface` \| `network-interface-attachment` \| `prefix-list` \| `route-table` \| `route-table-association` \| `security-group` \| `subnet` \| `subnet-cidr-block-association` \| `vpc` \| `vpc-cidr-block-association` \| `vpc-endpoint` \| `vpc-peering-connection` \| `vpn-connection` \| `vpn-gateway`.
    ///
    /// This setting applies to the IAM user who makes the request; it does not apply to the entire Amazon Web Services account. By default, an IAM user defaults to the same settings as the root user. If you're using this action as the root user, then these settings apply to the entire account, unless an IAM user explicitly overrides these settings for themselves. For more information, see [Resource IDs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html) in the *Amazon Elastic Compute Cloud User Guide*.
    ///
    /// Resources created with longer IDs are visible to all IAM roles and users, regardless of these settings and provided that they have permission to use the relevant `Describe` command for the resource type.
    pub async fn modify_id_format(
        &self,
        input: types::ModifyIdFormatInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifyIdFormatError>> {
        self.handle.invoke(&schemas::ops::MODIFY_ID_FORMAT, input).await
    }
    /// Modifies the ID format of a resource for a specified IAM user, IAM role, or the root user for an account; or all IAM users, IAM roles, and the root user for an account. You can specify that resources should receive longer IDs (17-character IDs) when they are created.
    ///
    /// This request can only be used to modify longer ID settings for resource types that are within the opt-in period. Resources currently in their opt-in period include: `bundle` \| `conversion-task` \| `customer-gateway` \| `dhcp-options` \| `elastic-ip-allocation` \| `elastic-ip-association` \| `export-task` \| `flow-log` \| `image` \| `import-task` \| `internet-gateway` \| `network-acl` \| `network-acl-association` \| `network-interface` \| `network-interface-attachment` \| `prefix-list` \| `route-table` \| `route-table-association` \| `security-group` \| `subnet` \| `subnet-cidr-block-association` \| `vpc` \| `vpc-cidr-block-association` \| `vpc-endpoint` \| `vpc-peering-connection` \| `vpn-connection` \| `vpn-gateway`.
    ///
    /// For more information, see [Resource IDs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html) in the *Amazon Elastic Compute Cloud User Guide*.
    ///
    /// This setting applies to the principal specified in the request; it does not apply to the principal that makes the request.
    ///
    /// Resources created with longer IDs are visible to all IAM roles and users, regardless of these settings and provided that they have permission to use the relevant `Describe` command for the resource type.
    pub async fn modify_identity_id_format(
        &self,
        input: types::ModifyIdentityIdFormatInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifyIdentityIdFormatError>> {
        self.handle.invoke(&schemas::ops::MODIFY_IDENTITY_ID_FORMAT, input).await
    }
    /// Modifies the specified attribute of the specified AMI. You can specify only one attribute at a time.
    ///
    /// To specify the attribute, you can use the `Attribute` parameter, or one of the following parameters: `Description`, `ImdsSupport`, or `LaunchPermission`.
    ///
    /// Images with an Amazon Web Services Marketplace product code cannot be made public.
    ///
    /// To enable the SriovNetSupport enhanced networking attribute of an image, enable SriovNetSupport on an instance and create an AMI from the instance.
    pub async fn modify_image_attribute(
        &self,
        input: types::ModifyImageAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifyImageAttributeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_IMAGE_ATTRIBUTE, input).await
    }
    /// Modifies the specified attribute of the specified instance. You can specify only one attribute at a time.
    ///
    /// **Note: **Using this action to change the security groups associated with an elastic network interface (ENI) attached to an instance can result in an error if the instance has more than one ENI. To change the security groups associated with an ENI attached to an instance that has multiple ENIs, we recommend that you use the ModifyNetworkInterfaceAttribute action.
    ///
    /// To modify some attributes, the instance must be stopped. For more information, see [Modify a stopped instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_ChangingAttributesWhileInstanceStopped.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_attribute(
        &self,
        input: types::ModifyInstanceAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifyInstanceAttributeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_ATTRIBUTE, input).await
    }
    /// Modifies the Capacity Reservation settings for a stopped instance. Use this action to configure an instance to target a specific Capacity Reservation, run in any `open` Capacity Reservation with matching attributes, run in On-Demand Instance capacity, or only run in a Capacity Reservation.
    pub async fn modify_instance_capacity_reservation_attributes(
        &self,
        input: types::ModifyInstanceCapacityReservationAttributesInput,
    ) -> Result<
        types::ModifyInstanceCapacityReservationAttributesOutput,
        Error<error::ModifyInstanceCapacityReservationAttributesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::MODIFY_INSTANCE_CAPACITY_RESERVATION_ATTRIBUTES,
                input,
            )
            .await
    }
    /// Modifies the specified EC2 Instance Connect Endpoint.
    ///
    /// For more information, see [Modify an EC2 Instance Connect Endpoint](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/modify-ec2-instance-connect-endpoint.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_connect_endpoint(
        &self,
        input: types::ModifyInstanceConnectEndpointInput,
    ) -> Result<
        types::ModifyInstanceConnectEndpointOutput,
        Error<error::ModifyInstanceConnectEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_CONNECT_ENDPOINT, input).await
    }
    /// By default, all vCPUs for the instance type are active when you launch an instance. When you configure the number of active vCPUs for the instance, it can help you save on licensing costs and optimize performance. The base cost of the instance remains unchanged.
    ///
    /// The number of active vCPUs equals the number of threads per CPU core multiplied by the number of cores. The instance must be in a `Stopped` state before you make changes.
    ///
    /// Some instance type options do not support this capability. For more information, see [Supported CPU options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cpu-options-supported-instances-values.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_cpu_options(
        &self,
        input: types::ModifyInstanceCpuOptionsInput,
    ) -> Result<
        types::ModifyInstanceCpuOptionsOutput,
        Error<error::ModifyInstanceCpuOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_CPU_OPTIONS, input).await
    }
    /// Modifies the credit option for CPU usage on a running or stopped burstable performance instance. The credit options are `standard` and `unlimited`.
    ///
    /// For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_credit_specification(
        &self,
        input: types::ModifyInstanceCreditSpecificationInput,
    ) -> Result<
        types::ModifyInstanceCreditSpecificationOutput,
        Error<error::ModifyInstanceCreditSpecificationError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_INSTANCE_CREDIT_SPECIFICATION, input)
            .await
    }
    /// Modifies the start time for a scheduled Amazon EC2 instance event.
    pub async fn modify_instance_event_start_time(
        &self,
        input: types::ModifyInstanceEventStartTimeInput,
    ) -> Result<
        types::ModifyInstanceEventStartTimeOutput,
        Error<error::ModifyInstanceEventStartTimeError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_EVENT_START_TIME, input).await
    }
    /// Modifies the specified event window.
    ///
    /// You can define either a set of time ranges or a cron expression when modifying the event window, but not both.
    ///
    /// To modify the targets associated with the event window, use the AssociateInstanceEventWindow and DisassociateInstanceEventWindow API.
    ///
    /// If Amazon Web Services has already scheduled an event, modifying an event window won't change the time of the scheduled event.
    ///
    /// For more information, see [Define event windows for scheduled events](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_event_window(
        &self,
        input: types::ModifyInstanceEventWindowInput,
    ) -> Result<
        types::ModifyInstanceEventWindowOutput,
        Error<error::ModifyInstanceEventWindowError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_EVENT_WINDOW, input).await
    }
    /// Modifies the recovery behavior of your instance to disable simplified automatic recovery or set the recovery behavior to default. The default configuration will not enable simplified automatic recovery for an unsupported instance type. For more information, see [Simplified automatic recovery](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-recover.html#instance-configuration-recovery).
    ///
    /// Modifies the reboot migration behavior during a user-initiated reboot of an instance that has a pending `system-reboot` event. For more information, see [Enable or disable reboot migration](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/schedevents_actions_reboot.html#reboot-migration).
    pub async fn modify_instance_maintenance_options(
        &self,
        input: types::ModifyInstanceMaintenanceOptionsInput,
    ) -> Result<
        types::ModifyInstanceMaintenanceOptionsOutput,
        Error<error::ModifyInstanceMaintenanceOptionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_INSTANCE_MAINTENANCE_OPTIONS, input)
            .await
    }
    /// Modifies the default instance metadata service (IMDS) settings at the account level in the specified Amazon Web Services&\#x2028; Region.
    ///
    /// To remove a parameter's account-level default setting, specify `no-preference`. If an account-level setting is cleared with `no-preference`, then the instance launch considers the other instance metadata settings. For more information, see [Order of precedence for instance metadata options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_metadata_defaults(
        &self,
        input: types::ModifyInstanceMetadataDefaultsInput,
    ) -> Result<
        types::ModifyInstanceMetadataDefaultsOutput,
        Error<error::ModifyInstanceMetadataDefaultsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_METADATA_DEFAULTS, input).await
    }
    /// Modify the instance metadata parameters on a running or stopped instance. When you modify the parameters on a stopped instance, they are applied when the instance is started. When you modify the parameters on a running instance, the API responds with a state of “pending”. After the parameter modifications are successfully applied to the instance, the state of the modifications changes from “pending” to “applied” in subsequent describe-instances API calls. For more information, see [Instance metadata and user data](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_instance_metadata_options(
        &self,
        input: types::ModifyInstanceMetadataOptionsInput,
    ) -> Result<
        types::ModifyInstanceMetadataOptionsOutput,
        Error<error::ModifyInstanceMetadataOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_METADATA_OPTIONS, input).await
    }
    /// Change the configuration of the network performance options for an existing instance.
    pub async fn modify_instance_network_performance_options(
        &self,
        input: types::ModifyInstanceNetworkPerformanceOptionsInput,
    ) -> Result<
        types::ModifyInstanceNetworkPerformanceOptionsOutput,
        Error<error::ModifyInstanceNetworkPerformanceOptionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_INSTANCE_NETWORK_PERFORMANCE_OPTIONS, input)
            .await
    }
    /// Modifies the placement attributes for a specified instance. You can do the following:
    ///
    /// - Modify the affinity between an instance and a [Dedicated Host](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-overview.html). When affinity is set to `host` and the instance is not associated with a specific Dedicated Host, the next time the instance is started, it is automatically associated with the host on which it lands. If the instance is restarted or rebooted, this relationship persists.
    ///
    /// - Change the Dedicated Host with which an instance is associated.
    ///
    /// - Change the instance tenancy of an instance.
    ///
    /// - Move an instance to or from a [placement group](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html).
    ///
    /// At least one attribute for affinity, host ID, tenancy, or placement group name must be specified in the request. Affinity and tenancy can be modified in the same request.
    ///
    /// To modify the host ID, tenancy, placement group, or partition for an instance, the instance must be in the `stopped` state.
    pub async fn modify_instance_placement(
        &self,
        input: types::ModifyInstancePlacementInput,
    ) -> Result<
        types::ModifyInstancePlacementOutput,
        Error<error::ModifyInstancePlacementError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_INSTANCE_PLACEMENT, input).await
    }
    /// Modify the configurations of an IPAM.
    pub async fn modify_ipam(
        &self,
        input: types::ModifyIpamInput,
    ) -> Result<types::ModifyIpamOutput, Error<error::ModifyIpamError>> {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM, input).await
    }
    /// Modifies the allocation rules in an IPAM policy.
    ///
    /// An IPAM policy is a set of rules that define how public IPv4 addresses from IPAM pools are allocated to Amazon Web Services resources. Each rule maps an Amazon Web Services service to IPAM pools that the service will use to get IP addresses. A single policy can have multiple rules and be applied to multiple Amazon Web Services Regions. If the IPAM pool run out of addresses then the services fallback to Amazon-provided IP addresses. A policy can be applied to an individual Amazon Web Services account or an entity within Amazon Web Services Organizations.
    ///
    /// Allocation rules are optional configurations within an IPAM policy that map Amazon Web Services resource types to specific IPAM pools. If no rules are defined, the resource types default to using Amazon-provided IP addresses.
    pub async fn modify_ipam_policy_allocation_rules(
        &self,
        input: types::ModifyIpamPolicyAllocationRulesInput,
    ) -> Result<
        types::ModifyIpamPolicyAllocationRulesOutput,
        Error<error::ModifyIpamPolicyAllocationRulesError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_IPAM_POLICY_ALLOCATION_RULES, input)
            .await
    }
    /// Modify the configurations of an IPAM pool.
    ///
    /// For more information, see [Modify a pool](https://docs.aws.amazon.com/vpc/latest/ipam/mod-pool-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn modify_ipam_pool(
        &self,
        input: types::ModifyIpamPoolInput,
    ) -> Result<types::ModifyIpamPoolOutput, Error<error::ModifyIpamPoolError>> {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM_POOL, input).await
    }
    /// Modifies the description of an IPAM pool allocation. For more information, see [Modify an IPAM pool allocation](https://docs.aws.amazon.com/vpc/latest/ipam/modify-alloc-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn modify_ipam_pool_allocation(
        &self,
        input: types::ModifyIpamPoolAllocationInput,
    ) -> Result<
        types::ModifyIpamPoolAllocationOutput,
        Error<error::ModifyIpamPoolAllocationError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM_POOL_ALLOCATION, input).await
    }
    /// Modifies an IPAM prefix list resolver. You can update the description and CIDR selection rules. Changes to rules will trigger re-evaluation and potential updates to associated prefix lists.
    pub async fn modify_ipam_prefix_list_resolver(
        &self,
        input: types::ModifyIpamPrefixListResolverInput,
    ) -> Result<
        types::ModifyIpamPrefixListResolverOutput,
        Error<error::ModifyIpamPrefixListResolverError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM_PREFIX_LIST_RESOLVER, input).await
    }
    /// Modifies an IPAM prefix list resolver target. You can update version tracking settings and the desired version of the target prefix list.
    pub async fn modify_ipam_prefix_list_resolver_target(
        &self,
        input: types::ModifyIpamPrefixListResolverTargetInput,
    ) -> Result<
        types::ModifyIpamPrefixListResolverTargetOutput,
        Error<error::ModifyIpamPrefixListResolverTargetError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_IPAM_PREFIX_LIST_RESOLVER_TARGET, input)
            .await
    }
    /// Modify a resource CIDR. You can use this action to transfer resource CIDRs between scopes and ignore resource CIDRs that you do not want to manage. If set to false, the resource will not be tracked for overlap, it cannot be auto-imported into a pool, and it will be removed from any pool it has an allocation in.
    ///
    /// For more information, see [Move resource CIDRs between scopes](https://docs.aws.amazon.com/vpc/latest/ipam/move-resource-ipam.html) and [Change the monitoring state of resource CIDRs](https://docs.aws.amazon.com/vpc/latest/ipam/change-monitoring-state-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn modify_ipam_resource_cidr(
        &self,
        input: types::ModifyIpamResourceCidrInput,
    ) -> Result<
        types::ModifyIpamResourceCidrOutput,
        Error<error::ModifyIpamResourceCidrError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM_RESOURCE_CIDR, input).await
    }
    /// Modifies a resource discovery. A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account.
    pub async fn modify_ipam_resource_discovery(
        &self,
        input: types::ModifyIpamResourceDiscoveryInput,
    ) -> Result<
        types::ModifyIpamResourceDiscoveryOutput,
        Error<error::ModifyIpamResourceDiscoveryError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM_RESOURCE_DISCOVERY, input).await
    }
    /// Modifies an existing routing policy registration. You can update the authorized ASNs, maximum prefix length, and other properties of a Route Origin Authorization (ROA).
    pub async fn modify_ipam_routing_policy_registration(
        &self,
        input: types::ModifyIpamRoutingPolicyRegistrationInput,
    ) -> Result<
        types::ModifyIpamRoutingPolicyRegistrationOutput,
        Error<error::ModifyIpamRoutingPolicyRegistrationError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_IPAM_ROUTING_POLICY_REGISTRATION, input)
            .await
    }
    /// Modify an IPAM scope.
    pub async fn modify_ipam_scope(
        &self,
        input: types::ModifyIpamScopeInput,
    ) -> Result<types::ModifyIpamScopeOutput, Error<error::ModifyIpamScopeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_IPAM_SCOPE, input).await
    }
    /// Modifies a launch template. You can specify which version of the launch template to set as the default version. When launching an instance, the default version applies when a launch template version is not specified.
    pub async fn modify_launch_template(
        &self,
        input: types::ModifyLaunchTemplateInput,
    ) -> Result<
        types::ModifyLaunchTemplateOutput,
        Error<error::ModifyLaunchTemplateError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_LAUNCH_TEMPLATE, input).await
    }
    /// Modifies the specified local gateway route.
    pub async fn modify_local_gateway_route(
        &self,
        input: types::ModifyLocalGatewayRouteInput,
    ) -> Result<
        types::ModifyLocalGatewayRouteOutput,
        Error<error::ModifyLocalGatewayRouteError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_LOCAL_GATEWAY_ROUTE, input).await
    }
    /// Modifies the specified managed prefix list.
    ///
    /// Adding or removing entries in a prefix list creates a new version of the prefix list. Changing the name of the prefix list does not affect the version.
    ///
    /// If you specify a current version number that does not match the true current version number, the request fails.
    pub async fn modify_managed_prefix_list(
        &self,
        input: types::ModifyManagedPrefixListInput,
    ) -> Result<
        types::ModifyManagedPrefixListOutput,
        Error<error::ModifyManagedPrefixListError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_MANAGED_PREFIX_LIST, input).await
    }
    /// Modifies the managed resource visibility configuration for the account. Use this operation to control whether managed resources are hidden or visible by default. Visibility settings are account-wide and affect all IAM principals uniformly. Hidden resources remain fully operational and billable.
    pub async fn modify_managed_resource_visibility(
        &self,
        input: types::ModifyManagedResourceVisibilityInput,
    ) -> Result<
        types::ModifyManagedResourceVisibilityOutput,
        Error<error::ModifyManagedResourceVisibilityError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_MANAGED_RESOURCE_VISIBILITY, input)
            .await
    }
    /// Modifies the metrics in the specified metric category. The metrics that you specify replace the existing metrics.
    ///
    /// Instances that are associated with the metric category are updated asynchronously.
    ///
    /// For more information, see [Use metric categories for additional metrics](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html#detailed-monitoring-metric-categories) in the *Amazon EC2 User Guide*.
    pub async fn modify_metric_category(
        &self,
        input: types::ModifyMetricCategoryInput,
    ) -> Result<
        types::ModifyMetricCategoryOutput,
        Error<error::ModifyMetricCategoryError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_METRIC_CATEGORY, input).await
    }
    /// Modifies the specified network interface attribute. You can specify only one attribute at a time. You can use this action to attach and detach security groups from an existing EC2 instance.
    pub async fn modify_network_interface_attribute(
        &self,
        input: types::ModifyNetworkInterfaceAttributeInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::ModifyNetworkInterfaceAttributeError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_NETWORK_INTERFACE_ATTRIBUTE, input)
            .await
    }
    /// Modifies a flex cost allocation policy. Changing a policy document or `ShowBackEnabled` creates a new version of the policy. Changing only the description doesn't create a new version.
    ///
    /// A policy can have up to 100 versions. Versions are never removed, so after a policy reaches 100 versions, you can't change its policy document or `ShowBackEnabled`. Policies that are managed by a declarative policy aren't subject to this limit.
    pub async fn modify_networking_flex_cost_allocation_policy(
        &self,
        input: types::ModifyNetworkingFlexCostAllocationPolicyInput,
    ) -> Result<
        types::ModifyNetworkingFlexCostAllocationPolicyOutput,
        Error<error::ModifyNetworkingFlexCostAllocationPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_NETWORKING_FLEX_COST_ALLOCATION_POLICY, input)
            .await
    }
    /// Modifies the options for instance hostnames for the specified instance.
    pub async fn modify_private_dns_name_options(
        &self,
        input: types::ModifyPrivateDnsNameOptionsInput,
    ) -> Result<
        types::ModifyPrivateDnsNameOptionsOutput,
        Error<error::ModifyPrivateDnsNameOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_PRIVATE_DNS_NAME_OPTIONS, input).await
    }
    /// Modify public hostname options for a network interface. For more information, see [EC2 instance hostnames, DNS names, and domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_public_ip_dns_name_options(
        &self,
        input: types::ModifyPublicIpDnsNameOptionsInput,
    ) -> Result<
        types::ModifyPublicIpDnsNameOptionsOutput,
        Error<error::ModifyPublicIpDnsNameOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_PUBLIC_IP_DNS_NAME_OPTIONS, input).await
    }
    /// Modifies the configuration of your Reserved Instances, such as the Availability Zone, instance count, or instance type. The Reserved Instances to be modified must be identical, except for Availability Zone, network platform, and instance type.
    ///
    /// For more information, see [Modify Reserved Instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-modifying.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_reserved_instances(
        &self,
        input: types::ModifyReservedInstancesInput,
    ) -> Result<
        types::ModifyReservedInstancesOutput,
        Error<error::ModifyReservedInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_RESERVED_INSTANCES, input).await
    }
    /// Modifies the configuration of an existing route server.
    ///
    /// Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates VPC and internet gateway route tables with your preferred IPv4 or IPv6 routes to achieve routing fault tolerance for those workloads. This enables you to automatically reroute traffic within a VPC, which increases the manageability of VPC routing and interoperability with third-party workloads.
    ///
    /// Route server supports the follow route table types:
    ///
    /// - VPC route tables not associated with subnets
    ///
    /// - Subnet route tables
    ///
    /// - Internet gateway route tables
    ///
    /// Route server does not support route tables associated with virtual private gateways. To propagate routes into a transit gateway route table, use [Transit Gateway Connect](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-connect.html).
    ///
    /// For more information see [Dynamic routing in your VPC with VPC Route Server](https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html) in the *Amazon VPC User Guide*.
    pub async fn modify_route_server(
        &self,
        input: types::ModifyRouteServerInput,
    ) -> Result<types::ModifyRouteServerOutput, Error<error::ModifyRouteServerError>> {
        self.handle.invoke(&schemas::ops::MODIFY_ROUTE_SERVER, input).await
    }
    /// Modifies the rules of a security group.
    pub async fn modify_security_group_rules(
        &self,
        input: types::ModifySecurityGroupRulesInput,
    ) -> Result<
        types::ModifySecurityGroupRulesOutput,
        Error<error::ModifySecurityGroupRulesError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_SECURITY_GROUP_RULES, input).await
    }
    /// Adds or removes permission settings for the specified snapshot. You may add or remove specified Amazon Web Services account IDs from a snapshot's list of create volume permissions, but you cannot do both in a single operation. If you need to both add and remove account IDs for a snapshot, you must use multiple operations. You can make up to 500 modifications to a snapshot in a single operation.
    ///
    /// Encrypted snapshots and snapshots with Amazon Web Services Marketplace product codes cannot be made public. Snapshots encrypted with your default KMS key cannot be shared with other accounts.
    ///
    /// For more information about modifying snapshot permissions, see [Share a snapshot](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html) in the *Amazon EBS User Guide*.
    pub async fn modify_snapshot_attribute(
        &self,
        input: types::ModifySnapshotAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifySnapshotAttributeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_SNAPSHOT_ATTRIBUTE, input).await
    }
    /// Archives an Amazon EBS snapshot. When you archive a snapshot, it is converted to a full snapshot that includes all of the blocks of data that were written to the volume at the time the snapshot was created, and moved from the standard tier to the archive tier. For more information, see [Archive Amazon EBS snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive.html) in the *Amazon EBS User Guide*.
    pub async fn modify_snapshot_tier(
        &self,
        input: types::ModifySnapshotTierInput,
    ) -> Result<types::ModifySnapshotTierOutput, Error<error::ModifySnapshotTierError>> {
        self.handle.invoke(&schemas::ops::MODIFY_SNAPSHOT_TIER, input).await
    }
    /// Modifies the specified Spot Fleet request.
    ///
    /// You can only modify a Spot Fleet request of type `maintain`.
    ///
    /// While the Spot Fleet request is being modified, it is in the `modifying` state.
    ///
    /// To scale up your Spot Fleet, increase its target capacity. The Spot Fleet launches the additional Spot Instances according to the allocation strategy for the Spot Fleet request. If the allocation strategy is `lowestPrice`, the Spot Fleet launches instances using the Spot Instance pool with the lowest price. If the allocation strategy is `diversified`, the Spot Fleet distributes the instances across the Spot Instance pools. If the allocation strategy is `capacityOptimized`, Spot Fleet launches instances from Spot Instance pools with optimal capacity for the number of instances that are launching.
    ///
    /// To scale down your Spot Fleet, decrease its target capacity. First, the Spot Fleet cancels any open requests that exceed the new target capacity. You can request that the Spot Fleet terminate Spot Instances until the size of the fleet no longer exceeds the new target capacity. If the allocation strategy is `lowestPrice`, the Spot Fleet terminates the instances with the highest price per unit. If the allocation strategy is `capacityOptimized`, the Spot Fleet terminates the instances in the Spot Instance pools that have the least available Spot Instance capacity. If the allocation strategy is `diversified`, the Spot Fleet terminates instances across the Spot Instance pools. Alternatively, you can request that the Spot Fleet keep the fleet at its current size, but not replace any Spot Instances that are interrupted or that you terminate manually.
    ///
    /// If you are finished with your Spot Fleet for now, but will use it again later, you can set the target capacity to 0.
    pub async fn modify_spot_fleet_request(
        &self,
        input: types::ModifySpotFleetRequestInput,
    ) -> Result<
        types::ModifySpotFleetRequestOutput,
        Error<error::ModifySpotFleetRequestError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_SPOT_FLEET_REQUEST, input).await
    }
    /// Modifies a subnet attribute. You can only modify one attribute at a time.
    ///
    /// Use this action to modify subnets on Amazon Web Services Outposts.
    ///
    /// - To modify a subnet on an Outpost rack, set both `MapCustomerOwnedIpOnLaunch` and `CustomerOwnedIpv4Pool`. These two parameters act as a single attribute.
    ///
    /// - To modify a subnet on an Outpost server, set either `EnableLniAtDeviceIndex` or `DisableLniAtDeviceIndex`.
    ///
    /// For more information about Amazon Web Services Outposts, see the following:
    ///
    /// - [Outpost servers](https://docs.aws.amazon.com/outposts/latest/userguide/how-servers-work.html)
    ///
    /// - [Outpost racks](https://docs.aws.amazon.com/outposts/latest/userguide/how-racks-work.html)
    pub async fn modify_subnet_attribute(
        &self,
        input: types::ModifySubnetAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifySubnetAttributeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_SUBNET_ATTRIBUTE, input).await
    }
    /// Allows or restricts mirroring network services.
    ///
    /// By default, Amazon DNS network services are not eligible for Traffic Mirror. Use `AddNetworkServices` to add network services to a Traffic Mirror filter. When a network service is added to the Traffic Mirror filter, all traffic related to that network service will be mirrored. When you no longer want to mirror network services, use `RemoveNetworkServices` to remove the network services from the Traffic Mirror filter.
    pub async fn modify_traffic_mirror_filter_network_services(
        &self,
        input: types::ModifyTrafficMirrorFilterNetworkServicesInput,
    ) -> Result<
        types::ModifyTrafficMirrorFilterNetworkServicesOutput,
        Error<error::ModifyTrafficMirrorFilterNetworkServicesError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_TRAFFIC_MIRROR_FILTER_NETWORK_SERVICES, input)
            .await
    }
    /// Modifies the specified Traffic Mirror rule.
    ///
    /// `DestinationCidrBlock` and `SourceCidrBlock` must both be an IPv4 range or an IPv6 range.
    pub async fn modify_traffic_mirror_filter_rule(
        &self,
        input: types::ModifyTrafficMirrorFilterRuleInput,
    ) -> Result<
        types::ModifyTrafficMirrorFilterRuleOutput,
        Error<error::ModifyTrafficMirrorFilterRuleError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_TRAFFIC_MIRROR_FILTER_RULE, input).await
    }
    /// Modifies a Traffic Mirror session.
    pub async fn modify_traffic_mirror_session(
        &self,
        input: types::ModifyTrafficMirrorSessionInput,
    ) -> Result<
        types::ModifyTrafficMirrorSessionOutput,
        Error<error::ModifyTrafficMirrorSessionError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_TRAFFIC_MIRROR_SESSION, input).await
    }
    /// Modifies the specified transit gateway. When you modify a transit gateway, the modified options are applied to new transit gateway attachments only. Your existing transit gateway attachments are not modified.
    pub async fn modify_transit_gateway(
        &self,
        input: types::ModifyTransitGatewayInput,
    ) -> Result<
        types::ModifyTransitGatewayOutput,
        Error<error::ModifyTransitGatewayError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_TRANSIT_GATEWAY, input).await
    }
    /// Modifies the NAT configuration for the specified transit gateway attachment. Use this operation to do the following:
    ///
    /// - Enable or disable NAT gateway support for the attachment.
    ///
    /// - Specify whether the transit gateway installs routes for the NAT CIDRs.
    ///
    /// - Replace the NAT gateway rules for the attachment.
    ///
    /// Only the owner of the transit gateway can modify the NAT configuration.
    ///
    /// With NAT gateway support enabled, the transit gateway translates addresses in each rule's `MatchSourceCidr` range to the corresponding addresses in its `NatCidr` range.
    ///
    /// The transit gateway applies changes asynchronously. To check the result, use `GetTransitGatewayAttachmentNatConfiguration`.
    pub async fn modify_transit_gateway_attachment_nat_configuration(
        &self,
        input: types::ModifyTransitGatewayAttachmentNatConfigurationInput,
    ) -> Result<
        types::ModifyTransitGatewayAttachmentNatConfigurationOutput,
        Error<error::ModifyTransitGatewayAttachmentNatConfigurationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::MODIFY_TRANSIT_GATEWAY_ATTACHMENT_NAT_CONFIGURATION,
                input,
            )
            .await
    }
    /// Modifies a transit gateway metering policy.
    pub async fn modify_transit_gateway_metering_policy(
        &self,
        input: types::ModifyTransitGatewayMeteringPolicyInput,
    ) -> Result<
        types::ModifyTransitGatewayMeteringPolicyOutput,
        Error<error::ModifyTransitGatewayMeteringPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_TRANSIT_GATEWAY_METERING_POLICY, input)
            .await
    }
    /// Adds Availability Zones to or removes Availability Zones from the specified network function attachment. The attachment must be in the `available` state. You must specify at least one Availability Zone to add or remove, and the attachment must keep at least one Availability Zone.
    ///
    /// Adding an Availability Zone provisions a new Gateway Load Balancer endpoint in that Availability Zone. If the endpoint service doesn't automatically accept connection requests, the endpoint service owner must accept the endpoint connection for each Availability Zone that you add.
    pub async fn modify_transit_gateway_network_function_attachment(
        &self,
        input: types::ModifyTransitGatewayNetworkFunctionAttachmentInput,
    ) -> Result<
        types::ModifyTransitGatewayNetworkFunctionAttachmentOutput,
        Error<error::ModifyTransitGatewayNetworkFunctionAttachmentError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::MODIFY_TRANSIT_GATEWAY_NETWORK_FUNCTION_ATTACHMENT,
                input,
            )
            .await
    }
    /// Modifies the options for a transit gateway peering attachment. The peering attachment must be in the `available` state.
    ///
    /// You can allow multipath resilience for your side of an inter-Region transit gateway peering attachment between supported Regions. Multipath resilience isn't supported for transit gateway peering attachments in the same Region. It takes effect only when both the requester and the accepter allow it. To modify the requester side, send the request in the Region of the requester transit gateway. To modify the accepter side, send the request in the Region of the accepter transit gateway. To check whether multipath resilience is in effect, use DescribeTransitGatewayPeeringAttachments and check `multipathResilienceStatus`.
    pub async fn modify_transit_gateway_peering_attachment(
        &self,
        input: types::ModifyTransitGatewayPeeringAttachmentInput,
    ) -> Result<
        types::ModifyTransitGatewayPeeringAttachmentOutput,
        Error<error::ModifyTransitGatewayPeeringAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_TRANSIT_GATEWAY_PEERING_ATTACHMENT, input)
            .await
    }
    /// Modifies the specified transit gateway policy table entry.
    pub async fn modify_transit_gateway_policy_table_entry(
        &self,
        input: types::ModifyTransitGatewayPolicyTableEntryInput,
    ) -> Result<
        types::ModifyTransitGatewayPolicyTableEntryOutput,
        Error<error::ModifyTransitGatewayPolicyTableEntryError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_TRANSIT_GATEWAY_POLICY_TABLE_ENTRY, input)
            .await
    }
    /// Modifies a reference (route) to a prefix list in a specified transit gateway route table.
    pub async fn modify_transit_gateway_prefix_list_reference(
        &self,
        input: types::ModifyTransitGatewayPrefixListReferenceInput,
    ) -> Result<
        types::ModifyTransitGatewayPrefixListReferenceOutput,
        Error<error::ModifyTransitGatewayPrefixListReferenceError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCE, input)
            .await
    }
    /// Modifies the specified VPC attachment.
    pub async fn modify_transit_gateway_vpc_attachment(
        &self,
        input: types::ModifyTransitGatewayVpcAttachmentInput,
    ) -> Result<
        types::ModifyTransitGatewayVpcAttachmentOutput,
        Error<error::ModifyTransitGatewayVpcAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_TRANSIT_GATEWAY_VPC_ATTACHMENT, input)
            .await
    }
    /// Modifies the configuration of the specified Amazon Web Services Verified Access endpoint.
    pub async fn modify_verified_access_endpoint(
        &self,
        input: types::ModifyVerifiedAccessEndpointInput,
    ) -> Result<
        types::ModifyVerifiedAccessEndpointOutput,
        Error<error::ModifyVerifiedAccessEndpointError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VERIFIED_ACCESS_ENDPOINT, input).await
    }
    /// Modifies the specified Amazon Web Services Verified Access endpoint policy.
    pub async fn modify_verified_access_endpoint_policy(
        &self,
        input: types::ModifyVerifiedAccessEndpointPolicyInput,
    ) -> Result<
        types::ModifyVerifiedAccessEndpointPolicyOutput,
        Error<error::ModifyVerifiedAccessEndpointPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VERIFIED_ACCESS_ENDPOINT_POLICY, input)
            .await
    }
    /// Modifies the specified Amazon Web Services Verified Access group configuration.
    pub async fn modify_verified_access_group(
        &self,
        input: types::ModifyVerifiedAccessGroupInput,
    ) -> Result<
        types::ModifyVerifiedAccessGroupOutput,
        Error<error::ModifyVerifiedAccessGroupError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VERIFIED_ACCESS_GROUP, input).await
    }
    /// Modifies the specified Amazon Web Services Verified Access group policy.
    pub async fn modify_verified_access_group_policy(
        &self,
        input: types::ModifyVerifiedAccessGroupPolicyInput,
    ) -> Result<
        types::ModifyVerifiedAccessGroupPolicyOutput,
        Error<error::ModifyVerifiedAccessGroupPolicyError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VERIFIED_ACCESS_GROUP_POLICY, input)
            .await
    }
    /// Modifies the configuration of the specified Amazon Web Services Verified Access instance.
    pub async fn modify_verified_access_instance(
        &self,
        input: types::ModifyVerifiedAccessInstanceInput,
    ) -> Result<
        types::ModifyVerifiedAccessInstanceOutput,
        Error<error::ModifyVerifiedAccessInstanceError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VERIFIED_ACCESS_INSTANCE, input).await
    }
    /// Modifies the logging configuration for the specified Amazon Web Services Verified Access instance.
    pub async fn modify_verified_access_instance_logging_configuration(
        &self,
        input: types::ModifyVerifiedAccessInstanceLoggingConfigurationInput,
    ) -> Result<
        types::ModifyVerifiedAccessInstanceLoggingConfigurationOutput,
        Error<error::ModifyVerifiedAccessInstanceLoggingConfigurationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::MODIFY_VERIFIED_ACCESS_INSTANCE_LOGGING_CONFIGURATION,
                input,
            )
            .await
    }
    /// Modifies the configuration of the specified Amazon Web Services Verified Access trust provider.
    pub async fn modify_verified_access_trust_provider(
        &self,
        input: types::ModifyVerifiedAccessTrustProviderInput,
    ) -> Result<
        types::ModifyVerifiedAccessTrustProviderOutput,
        Error<error::ModifyVerifiedAccessTrustProviderError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VERIFIED_ACCESS_TRUST_PROVIDER, input)
            .await
    }
    /// You can modify several parameters of an existing EBS volume, including volume size, volume type, and IOPS capacity. If your EBS volume is attached to a current-generation EC2 instance type, you might be able to apply these changes without stopping the instance or detaching the volume from it. For more information about modifying EBS volumes, see [Amazon EBS Elastic Volumes](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modify-volume.html) in the *Amazon EBS User Guide*.
    ///
    /// When you complete a resize operation on your volume, you need to extend the volume's file-system size to take advantage of the new storage capacity. For more information, see [Extend the file system](https://docs.aws.amazon.com/ebs/latest/userguide/recognize-expanded-volume-linux.html).
    ///
    /// For more information, see [Monitor the progress of volume modifications](https://docs.aws.amazon.com/ebs/latest/userguide/monitoring-volume-modifications.html) in the *Amazon EBS User Guide*.
    ///
    /// With previous-generation instance types, resizing an EBS volume might require detaching and reattaching the volume or stopping and restarting the instance.
    ///
    /// After you initiate a volume modification, you must wait for that modification to reach the `completed` state before you can initiate another modification for the same volume. You can modify a volume up to four times within a rolling 24-hour period, as long as the volume is in the `in-use` or `available` state, and all previous modifications for that volume are `completed`. If you exceed this limit, you get an error message that indicates when you can perform your next modification.
    pub async fn modify_volume(
        &self,
        input: types::ModifyVolumeInput,
    ) -> Result<types::ModifyVolumeOutput, Error<error::ModifyVolumeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_VOLUME, input).await
    }
    /// Modifies a volume attribute.
    ///
    /// By default, all I/O operations for the volume are suspended when the data on the volume is determined to be potentially inconsistent, to prevent undetectable, latent data corruption. The I/O access to the volume can be resumed by first enabling I/O access and then checking the data consistency on your volume.
    ///
    /// You can change the default behavior to resume I/O operations. We recommend that you change this only for boot volumes or for volumes that are stateless or disposable.
    pub async fn modify_volume_attribute(
        &self,
        input: types::ModifyVolumeAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifyVolumeAttributeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_VOLUME_ATTRIBUTE, input).await
    }
    /// Modifies the specified attribute of the specified VPC.
    pub async fn modify_vpc_attribute(
        &self,
        input: types::ModifyVpcAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ModifyVpcAttributeError>> {
        self.handle.invoke(&schemas::ops::MODIFY_VPC_ATTRIBUTE, input).await
    }
    /// Modify VPC Block Public Access (BPA) exclusions. A VPC BPA exclusion is a mode that can be applied to a single VPC or subnet that exempts it from the account’s BPA mode and will allow bidirectional or egress-only access. You can create BPA exclusions for VPCs and subnets even when BPA is not enabled on the account to ensure that there is no traffic disruption to the exclusions when VPC BPA is turned on.
    pub async fn modify_vpc_block_public_access_exclusion(
        &self,
        input: types::ModifyVpcBlockPublicAccessExclusionInput,
    ) -> Result<
        types::ModifyVpcBlockPublicAccessExclusionOutput,
        Error<error::ModifyVpcBlockPublicAccessExclusionError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION, input)
            .await
    }
    /// Modify VPC Block Public Access (BPA) options. VPC Block Public Access (BPA) enables you to block resources in VPCs and subnets that you own in a Region from reaching or being reached from the internet through internet gateways and egress-only internet gateways. To learn more about VPC BPA, see [Block public access to VPCs and subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon VPC User Guide*.
    pub async fn modify_vpc_block_public_access_options(
        &self,
        input: types::ModifyVpcBlockPublicAccessOptionsInput,
    ) -> Result<
        types::ModifyVpcBlockPublicAccessOptionsOutput,
        Error<error::ModifyVpcBlockPublicAccessOptionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_BLOCK_PUBLIC_ACCESS_OPTIONS, input)
            .await
    }
    /// Modifies the encryption control configuration for a VPC. You can update the encryption mode and exclusion settings for various gateway types and peering connections.
    ///
    /// For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*.
    pub async fn modify_vpc_encryption_control(
        &self,
        input: types::ModifyVpcEncryptionControlInput,
    ) -> Result<
        types::ModifyVpcEncryptionControlOutput,
        Error<error::ModifyVpcEncryptionControlError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VPC_ENCRYPTION_CONTROL, input).await
    }
    /// Modifies attributes of a specified VPC endpoint. The attributes that you can modify depend on the type of VPC endpoint (interface, gateway, or Gateway Load Balancer). For more information, see the [Amazon Web Services PrivateLink Guide](https://docs.aws.amazon.com/vpc/latest/privatelink/).
    pub async fn modify_vpc_endpoint(
        &self,
        input: types::ModifyVpcEndpointInput,
    ) -> Result<types::ModifyVpcEndpointOutput, Error<error::ModifyVpcEndpointError>> {
        self.handle.invoke(&schemas::ops::MODIFY_VPC_ENDPOINT, input).await
    }
    /// Modifies a connection notification for VPC endpoint or VPC endpoint service. You can change the SNS topic for the notification, or the events for which to be notified.
    pub async fn modify_vpc_endpoint_connection_notification(
        &self,
        input: types::ModifyVpcEndpointConnectionNotificationInput,
    ) -> Result<
        types::ModifyVpcEndpointConnectionNotificationOutput,
        Error<error::ModifyVpcEndpointConnectionNotificationError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_ENDPOINT_CONNECTION_NOTIFICATION, input)
            .await
    }
    /// Modifies the billing account for VPC endpoint usage/charges.
    pub async fn modify_vpc_endpoint_payer_responsibility(
        &self,
        input: types::ModifyVpcEndpointPayerResponsibilityInput,
    ) -> Result<
        types::ModifyVpcEndpointPayerResponsibilityOutput,
        Error<error::ModifyVpcEndpointPayerResponsibilityError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_ENDPOINT_PAYER_RESPONSIBILITY, input)
            .await
    }
    /// Modifies the attributes of the specified VPC endpoint service configuration.
    ///
    /// If you set or modify the private DNS name, you must prove that you own the private DNS domain name.
    pub async fn modify_vpc_endpoint_service_configuration(
        &self,
        input: types::ModifyVpcEndpointServiceConfigurationInput,
    ) -> Result<
        types::ModifyVpcEndpointServiceConfigurationOutput,
        Error<error::ModifyVpcEndpointServiceConfigurationError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_ENDPOINT_SERVICE_CONFIGURATION, input)
            .await
    }
    /// Modifies the payer responsibility for your VPC endpoint service.
    pub async fn modify_vpc_endpoint_service_payer_responsibility(
        &self,
        input: types::ModifyVpcEndpointServicePayerResponsibilityInput,
    ) -> Result<
        types::ModifyVpcEndpointServicePayerResponsibilityOutput,
        Error<error::ModifyVpcEndpointServicePayerResponsibilityError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::MODIFY_VPC_ENDPOINT_SERVICE_PAYER_RESPONSIBILITY,
                input,
            )
            .await
    }
    /// Modifies the permissions for your VPC endpoint service. You can add or remove permissions for service consumers (Amazon Web Services accounts, users, and IAM roles) to connect to your endpoint service. Principal ARNs with path components aren't supported.
    ///
    /// If you grant permissions to all principals, the service is public. Any users who know the name of a public service can send a request to attach an endpoint. If the service does not require manual approval, attachments are automatically approved.
    ///
    /// By default, principals that you grant permissions to can create VPC endpoints that connect to your endpoint service. For Gateway Load Balancer endpoint services, you can instead grant permissions so that principals can create transit gateway attachments that connect to your endpoint service. To do so, specify `transit-gateway-attachment` for `PermissionType`. The two permission types are independent. A principal can have either or both.
    pub async fn modify_vpc_endpoint_service_permissions(
        &self,
        input: types::ModifyVpcEndpointServicePermissionsInput,
    ) -> Result<
        types::ModifyVpcEndpointServicePermissionsOutput,
        Error<error::ModifyVpcEndpointServicePermissionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_ENDPOINT_SERVICE_PERMISSIONS, input)
            .await
    }
    /// Modifies the VPC peering connection options on one side of a VPC peering connection.
    ///
    /// If the peered VPCs are in the same Amazon Web Services account, you can enable DNS resolution for queries from the local VPC. This ensures that queries from the local VPC resolve to private IP addresses in the peer VPC. This option is not available if the peered VPCs are in different Amazon Web Services accounts or different Regions. For peered VPCs in different Amazon Web Services accounts, each Amazon Web Services account owner must initiate a separate request to modify the peering connection options. For inter-region peering connections, you must use the Region for the requester VPC to modify the requester VPC peering options and the Region for the accepter VPC to modify the accepter VPC peering options. To verify which VPCs are the accepter and the requester for a VPC peering connection, use the DescribeVpcPeeringConnections command.
    ///
    /// Multipath resilience replicates the traffic of an inter-Region VPC peering connection across multiple network paths. You can allow multipath resilience for your side of the connection if both of its Regions are supported. It takes effect only when both the requester and the accepter allow it. Additional charges apply when multipath resilience is in effect. For more information, see [Amazon VPC pricing](http://aws.amazon.com/vpc/pricing/). To check whether multipath resilience is in effect, use DescribeVpcPeeringConnections and check `multipathResilienceStatus`.
    pub async fn modify_vpc_peering_connection_options(
        &self,
        input: types::ModifyVpcPeeringConnectionOptionsInput,
    ) -> Result<
        types::ModifyVpcPeeringConnectionOptionsOutput,
        Error<error::ModifyVpcPeeringConnectionOptionsError>,
    > {
        self.handle
            .invoke(&schemas::ops::MODIFY_VPC_PEERING_CONNECTION_OPTIONS, input)
            .await
    }
    /// Modifies the instance tenancy attribute of the specified VPC. You can change the instance tenancy attribute of a VPC to `default` only. You cannot change the instance tenancy attribute to `dedicated`.
    ///
    /// After you modify the tenancy of the VPC, any new instances that you launch into the VPC have a tenancy of `default`, unless you specify otherwise during launch. The tenancy of any existing instances in the VPC is not affected.
    ///
    /// For more information, see [Dedicated Instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html) in the *Amazon EC2 User Guide*.
    pub async fn modify_vpc_tenancy(
        &self,
        input: types::ModifyVpcTenancyInput,
    ) -> Result<types::ModifyVpcTenancyOutput, Error<error::ModifyVpcTenancyError>> {
        self.handle.invoke(&schemas::ops::MODIFY_VPC_TENANCY, input).await
    }
    /// Modifies the customer gateway or the target gateway of an Amazon Web Services Site-to-Site VPN connection. To modify the target gateway, the following migration options are available:
    ///
    /// - An existing virtual private gateway to a new virtual private gateway
    ///
    /// - An existing virtual private gateway to a transit gateway
    ///
    /// - An existing transit gateway to a new transit gateway
    ///
    /// - An existing transit gateway to a virtual private gateway
    ///
    /// Before you perform the migration to the new gateway, you must configure the new gateway. Use CreateVpnGateway to create a virtual private gateway, or CreateTransitGateway to create a transit gateway.
    ///
    /// This step is required when you migrate from a virtual private gateway with static routes to a transit gateway.
    ///
    /// You must delete the static routes before you migrate to the new gateway.
    ///
    /// Keep a copy of the static route before you delete it. You will need to add back these routes to the transit gateway after the VPN connection migration is complete.
    ///
    /// After you migrate to the new gateway, you might need to modify your VPC route table. Use CreateRoute and DeleteRoute to make the changes described in [Update VPC route tables](https://docs.aws.amazon.com/vpn/latest/s2svpn/modify-vpn-target.html#step-update-routing) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    ///
    /// When the new gateway is a transit gateway, modify the transit gateway route table to allow traffic between the VPC and the Amazon Web Services Site-to-Site VPN connection. Use CreateTransitGatewayRoute to add the routes.
    ///
    /// If you deleted VPN static routes, you must add the static routes to the transit gateway route table.
    ///
    /// After you perform this operation, the VPN endpoint's IP addresses on the Amazon Web Services side and the tunnel options remain intact. Your Amazon Web Services Site-to-Site VPN connection will be temporarily unavailable for a brief period while we provision the new endpoints.
    pub async fn modify_vpn_connection(
        &self,
        input: types::ModifyVpnConnectionInput,
    ) -> Result<
        types::ModifyVpnConnectionOutput,
        Error<error::ModifyVpnConnectionError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VPN_CONNECTION, input).await
    }
    /// Modifies the connection options for your Site-to-Site VPN connection.
    ///
    /// When you modify the VPN connection options, the VPN endpoint IP addresses on the Amazon Web Services side do not change, and the tunnel options do not change. Your VPN connection will be temporarily unavailable for a brief period while the VPN connection is updated.
    pub async fn modify_vpn_connection_options(
        &self,
        input: types::ModifyVpnConnectionOptionsInput,
    ) -> Result<
        types::ModifyVpnConnectionOptionsOutput,
        Error<error::ModifyVpnConnectionOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VPN_CONNECTION_OPTIONS, input).await
    }
    /// Modifies the VPN tunnel endpoint certificate.
    pub async fn modify_vpn_tunnel_certificate(
        &self,
        input: types::ModifyVpnTunnelCertificateInput,
    ) -> Result<
        types::ModifyVpnTunnelCertificateOutput,
        Error<error::ModifyVpnTunnelCertificateError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VPN_TUNNEL_CERTIFICATE, input).await
    }
    /// Modifies the options for a VPN tunnel in an Amazon Web Services Site-to-Site VPN connection. You can modify multiple options for a tunnel in a single request, but you can only modify one tunnel at a time. For more information, see [Site-to-Site VPN tunnel options for your Site-to-Site VPN connection](https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html) in the *Amazon Web Services Site-to-Site VPN User Guide*.
    pub async fn modify_vpn_tunnel_options(
        &self,
        input: types::ModifyVpnTunnelOptionsInput,
    ) -> Result<
        types::ModifyVpnTunnelOptionsOutput,
        Error<error::ModifyVpnTunnelOptionsError>,
    > {
        self.handle.invoke(&schemas::ops::MODIFY_VPN_TUNNEL_OPTIONS, input).await
    }
    /// Enables detailed monitoring for a running instance. Otherwise, basic monitoring is enabled. For more information, see [Monitor your instances using CloudWatch](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch.html) in the *Amazon EC2 User Guide*.
    ///
    /// To disable detailed monitoring, see [UnmonitorInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UnmonitorInstances.html).
    pub async fn monitor_instances(
        &self,
        input: types::MonitorInstancesInput,
    ) -> Result<types::MonitorInstancesOutput, Error<error::MonitorInstancesError>> {
        self.handle.invoke(&schemas::ops::MONITOR_INSTANCES, input).await
    }
    /// This action is deprecated.
    ///
    /// Moves an Elastic IP address from the EC2-Classic platform to the EC2-VPC platform. The Elastic IP address must be allocated to your account for more than 24 hours, and it must not be associated with an instance. After the Elastic IP address is moved, it is no longer available for use in the EC2-Classic platform. You cannot move an Elastic IP address that was originally allocated for use in the EC2-VPC platform to the EC2-Classic platform.
    pub async fn move_address_to_vpc(
        &self,
        input: types::MoveAddressToVpcInput,
    ) -> Result<types::MoveAddressToVpcOutput, Error<error::MoveAddressToVpcError>> {
        self.handle.invoke(&schemas::ops::MOVE_ADDRESS_TO_VPC, input).await
    }
    /// Move a BYOIPv4 CIDR to IPAM from a public IPv4 pool.
    ///
    /// If you already have a BYOIPv4 CIDR with Amazon Web Services, you can move the CIDR to IPAM from a public IPv4 pool. You cannot move an IPv6 CIDR to IPAM. If you are bringing a new IP address to Amazon Web Services for the first time, complete the steps in [Tutorial: BYOIP address CIDRs to IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoip-ipam.html).
    pub async fn move_byoip_cidr_to_ipam(
        &self,
        input: types::MoveByoipCidrToIpamInput,
    ) -> Result<
        types::MoveByoipCidrToIpamOutput,
        Error<error::MoveByoipCidrToIpamError>,
    > {
        self.handle.invoke(&schemas::ops::MOVE_BYOIP_CIDR_TO_IPAM, input).await
    }
    /// Move available capacity from a source Capacity Reservation to a destination Capacity Reservation. The source Capacity Reservation and the destination Capacity Reservation must be `active`, owned by your Amazon Web Services account, and share the following:
    ///
    /// - Instance type
    ///
    /// - Platform
    ///
    /// - Availability Zone
    ///
    /// - Tenancy
    ///
    /// - Placement group
    ///
    /// - Capacity Reservation end time - `At specific time` or `Manually`.
    pub async fn move_capacity_reservation_instances(
        &self,
        input: types::MoveCapacityReservationInstancesInput,
    ) -> Result<
        types::MoveCapacityReservationInstancesOutput,
        Error<error::MoveCapacityReservationInstancesError>,
    > {
        self.handle
            .invoke(&schemas::ops::MOVE_CAPACITY_RESERVATION_INSTANCES, input)
            .await
    }
    /// Provisions an IPv4 or IPv6 address range for use with your Amazon Web Services resources through bring your own IP addresses (BYOIP) and creates a corresponding address pool. After the address range is provisioned, it is ready to be advertised.
    ///
    /// Amazon Web Services verifies that you own the address range and are authorized to advertise it. You must ensure that the address range is registered to you and that you created an RPKI ROA to authorize Amazon ASNs 16509 and 14618 to advertise the address range. For the Amazon Web Services GovCloud (US) Regions, authorize only ASN 8987. For the Amazon Web Services European Sovereign Cloud, authorize ASNs 16509 and 214101. For more information, see [Bring your own IP addresses (BYOIP)](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-byoip.html) in the *Amazon EC2 User Guide*.
    ///
    /// Provisioning an address range is an asynchronous operation, so the call returns immediately, but the address range is not ready to use until its status changes from `pending-provision` to `provisioned`. For more information, see [Onboard your address range](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/byoip-onboard.html).
    pub async fn provision_byoip_cidr(
        &self,
        input: types::ProvisionByoipCidrInput,
    ) -> Result<types::ProvisionByoipCidrOutput, Error<error::ProvisionByoipCidrError>> {
        self.handle.invoke(&schemas::ops::PROVISION_BYOIP_CIDR, input).await
    }
    /// Provisions your Autonomous System Number (ASN) for use in your Amazon Web Services account. This action requires authorization context for Amazon to bring the ASN to an Amazon Web Services account. For more information, see [Tutorial: Bring your ASN to IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-byoasn.html) in the *Amazon VPC IPAM guide*.
    pub async fn provision_ipam_byoasn(
        &self,
        input: types::ProvisionIpamByoasnInput,
    ) -> Result<
        types::ProvisionIpamByoasnOutput,
        Error<error::ProvisionIpamByoasnError>,
    > {
        self.handle.invoke(&schemas::ops::PROVISION_IPAM_BYOASN, input).await
    }
    /// Provision a CIDR to an IPAM pool. You can use this action to provision new CIDRs to a top-level pool or to transfer a CIDR from a top-level pool to a pool within it.
    ///
    /// For more information, see [Provision CIDRs to pools](https://docs.aws.amazon.com/vpc/latest/ipam/prov-cidr-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn provision_ipam_pool_cidr(
        &self,
        input: types::ProvisionIpamPoolCidrInput,
    ) -> Result<
        types::ProvisionIpamPoolCidrOutput,
        Error<error::ProvisionIpamPoolCidrError>,
    > {
        self.handle.invoke(&schemas::ops::PROVISION_IPAM_POOL_CIDR, input).await
    }
    /// Provision a CIDR to a public IPv4 pool.
    ///
    /// For more information about IPAM, see [What is IPAM?](https://docs.aws.amazon.com/vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC IPAM User Guide*.
    pub async fn provision_public_ipv4_pool_cidr(
        &self,
        input: types::ProvisionPublicIpv4PoolCidrInput,
    ) -> Result<
        types::ProvisionPublicIpv4PoolCidrOutput,
        Error<error::ProvisionPublicIpv4PoolCidrError>,
    > {
        self.handle.invoke(&schemas::ops::PROVISION_PUBLIC_IPV4_POOL_CIDR, input).await
    }
    /// Purchase the Capacity Block for use with your account. With Capacity Blocks you ensure GPU capacity is available for machine learning (ML) workloads. You must specify the ID of the Capacity Block offering you are purchasing.
    pub async fn purchase_capacity_block(
        &self,
        input: types::PurchaseCapacityBlockInput,
    ) -> Result<
        types::PurchaseCapacityBlockOutput,
        Error<error::PurchaseCapacityBlockError>,
    > {
        self.handle.invoke(&schemas::ops::PURCHASE_CAPACITY_BLOCK, input).await
    }
    /// Purchase the Capacity Block extension for use with your account. You must specify the ID of the Capacity Block extension offering you are purchasing.
    pub async fn purchase_capacity_block_extension(
        &self,
        input: types::PurchaseCapacityBlockExtensionInput,
    ) -> Result<
        types::PurchaseCapacityBlockExtensionOutput,
        Error<error::PurchaseCapacityBlockExtensionError>,
    > {
        self.handle.invoke(&schemas::ops::PURCHASE_CAPACITY_BLOCK_EXTENSION, input).await
    }
    /// Purchase a reservation with configurations that match those of your Dedicated Host. You must have active Dedicated Hosts in your account before you purchase a reservation. This action results in the specified reservation being purchased and charged to your account.
    pub async fn purchase_host_reservation(
        &self,
        input: types::PurchaseHostReservationInput,
    ) -> Result<
        types::PurchaseHostReservationOutput,
        Error<error::PurchaseHostReservationError>,
    > {
        self.handle.invoke(&schemas::ops::PURCHASE_HOST_RESERVATION, input).await
    }
    /// Purchases a Reserved Instance for use with your account. With Reserved Instances, you pay a lower hourly rate compared to On-Demand instance pricing.
    ///
    /// Use DescribeReservedInstancesOfferings to get a list of Reserved Instance offerings that match your specifications. After you've purchased a Reserved Instance, you can check for your new Reserved Instance with DescribeReservedInstances.
    ///
    /// To queue a purchase for a future date and time, specify a purchase time. If you do not specify a purchase time, the default is the current time.
    ///
    /// For more information, see [Reserved Instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts-on-demand-reserved-instances.html) and [Sell in the Reserved Instance Marketplace](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html) in the *Amazon EC2 User Guide*.
    pub async fn purchase_reserved_instances_offering(
        &self,
        input: types::PurchaseReservedInstancesOfferingInput,
    ) -> Result<
        types::PurchaseReservedInstancesOfferingOutput,
        Error<error::PurchaseReservedInstancesOfferingError>,
    > {
        self.handle
            .invoke(&schemas::ops::PURCHASE_RESERVED_INSTANCES_OFFERING, input)
            .await
    }
    /// You can no longer purchase Scheduled Instances.
    ///
    /// Purchases the Scheduled Instances with the specified schedule.
    ///
    /// Scheduled Instances enable you to purchase Amazon EC2 compute capacity by the hour for a one-year term. Before you can purchase a Scheduled Instance, you must call DescribeScheduledInstanceAvailability to check for available schedules and obtain a purchase token. After you purchase a Scheduled Instance, you must call RunScheduledInstances during each scheduled time period.
    ///
    /// After you purchase a Scheduled Instance, you can't cancel, modify, or resell your purchase.
    pub async fn purchase_scheduled_instances(
        &self,
        input: types::PurchaseScheduledInstancesInput,
    ) -> Result<
        types::PurchaseScheduledInstancesOutput,
        Error<error::PurchaseScheduledInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::PURCHASE_SCHEDULED_INSTANCES, input).await
    }
    /// Requests a reboot of the specified instances. This operation is asynchronous; it only queues a request to reboot the specified instances. The operation succeeds if the instances are valid and belong to you. Requests to reboot terminated instances are ignored.
    ///
    /// If an instance does not cleanly shut down within a few minutes, Amazon EC2 performs a hard reboot.
    ///
    /// For more information about troubleshooting, see [Troubleshoot an unreachable instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-console.html) in the *Amazon EC2 User Guide*.
    pub async fn reboot_instances(
        &self,
        input: types::RebootInstancesInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::RebootInstancesError>> {
        self.handle.invoke(&schemas::ops::REBOOT_INSTANCES, input).await
    }
    /// Registers an AMI. When you're creating an instance-store backed AMI, registering the AMI is the final step in the creation process. For more information about creating AMIs, see [Create an AMI from a snapshot](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-ebs.html#creating-launching-ami-from-snapshot) and [Create an instance-store backed AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-instance-store.html) in the *Amazon EC2 User Guide*.
    ///
    /// If needed, you can deregister an AMI at any time. Any modifications you make to an AMI backed by an instance store volume invalidates its registration. If you make changes to an image, deregister the previous image and register the new image.
    ///
    /// **Register a snapshot of a root device volume**
    ///
    /// You can use `RegisterImage` to create an Amazon EBS-backed Linux AMI from a snapshot of a root device volume. You specify the snapshot using a block device mapping. You can't set the encryption state of the volume using the block device mapping. If the snapshot is encrypted, or encryption by default is enabled, the root volume of an instance launched from the AMI is encrypted.
    ///
    /// For more information, see [Create an AMI from a snapshot](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-ebs.html#creating-launching-ami-from-snapshot) and [Use encryption with EBS-backed AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIEncryption.html) in the *Amazon EC2 User Guide*.
    ///
    /// **Amazon Web Services Marketplace product codes**
    ///
    /// If any snapshots have Amazon Web Services Marketplace product codes, they are copied to the new AMI.
    ///
    /// In most cases, AMIs for Windows, RedHat, SUSE, and SQL Server require correct licensing information to be present on the AMI. For more information, see [Understand AMI billing information](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-billing-info.html) in the *Amazon EC2 User Guide*. When creating an AMI from a snapshot, the `RegisterImage` operation derives the correct billing information from the snapshot's metadata, but this requires the appropriate metadata to be present. To verify if the correct billing information was applied, check the `PlatformDetails` field on the new AMI. If the field is empty or doesn't match the expected operating system code (for example, Windows, RedHat, SUSE, or SQL), the AMI creation was unsuccessful, and you should discard the AMI and instead create the AMI from an instance. For more information, see [Create an AMI from an instance ](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-ebs.html#how-to-create-ebs-ami) in the *Amazon EC2 User Guide*.
    ///
    /// If you purchase a Reserved Instance to apply to an On-Demand Instance that was launched from an AMI with a billing product code, make sure that the Reserved Instance has the matching billing product code. If you purchase a Reserved Instance without the matching billing product code, the Reserved Instance is not applied to the On-Demand Instance. For information about how to obtain the platform details and billing information of an AMI, see [Understand AMI billing information](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-billing-info.html) in the *Amazon EC2 User Guide*.
    pub async fn register_image(
        &self,
        input: types::RegisterImageInput,
    ) -> Result<types::RegisterImageOutput, Error<error::RegisterImageError>> {
        self.handle.invoke(&schemas::ops::REGISTER_IMAGE, input).await
    }
    /// Registers a set of tag keys to include in scheduled event notifications for your resources.
    ///
    /// To remove tags, use [DeregisterInstanceEventNotificationAttributes](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterInstanceEventNotificationAttributes.html).
    pub async fn register_instance_event_notification_attributes(
        &self,
        input: types::RegisterInstanceEventNotificationAttributesInput,
    ) -> Result<
        types::RegisterInstanceEventNotificationAttributesOutput,
        Error<error::RegisterInstanceEventNotificationAttributesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::REGISTER_INSTANCE_EVENT_NOTIFICATION_ATTRIBUTES,
                input,
            )
            .await
    }
    /// Registers members (network interfaces) with the transit gateway multicast group. A member is a network interface associated with a supported EC2 instance that receives multicast traffic. For more information, see [Multicast on transit gateways](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-multicast-overview.html) in the *Amazon Web Services Transit Gateways Guide*.
    ///
    /// After you add the members, use [SearchTransitGatewayMulticastGroups](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SearchTransitGatewayMulticastGroups.html) to verify that the members were added to the transit gateway multicast group.
    pub async fn register_transit_gateway_multicast_group_members(
        &self,
        input: types::RegisterTransitGatewayMulticastGroupMembersInput,
    ) -> Result<
        types::RegisterTransitGatewayMulticastGroupMembersOutput,
        Error<error::RegisterTransitGatewayMulticastGroupMembersError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::REGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_MEMBERS,
                input,
            )
            .await
    }
    /// Registers sources (network interfaces) with the specified transit gateway multicast group.
    ///
    /// A multicast source is a network interface attached to a supported instance that sends multicast traffic. For more information about supported instances, see [Multicast on transit gateways](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-multicast-overview.html) in the *Amazon Web Services Transit Gateways Guide*.
    ///
    /// After you add the source, use [SearchTransitGatewayMulticastGroups](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SearchTransitGatewayMulticastGroups.html) to verify that the source was added to the multicast group.
    pub async fn register_transit_gateway_multicast_group_sources(
        &self,
        input: types::RegisterTransitGatewayMulticastGroupSourcesInput,
    ) -> Result<
        types::RegisterTransitGatewayMulticastGroupSourcesOutput,
        Error<error::RegisterTransitGatewayMulticastGroupSourcesError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::REGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_SOURCES,
                input,
            )
            .await
    }
    /// Rejects a request to assign billing of the available capacity of a shared Capacity Reservation to your account. For more information, see [ Billing assignment for shared Amazon EC2 Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/assign-billing.html).
    pub async fn reject_capacity_reservation_billing_ownership(
        &self,
        input: types::RejectCapacityReservationBillingOwnershipInput,
    ) -> Result<
        types::RejectCapacityReservationBillingOwnershipOutput,
        Error<error::RejectCapacityReservationBillingOwnershipError>,
    > {
        self.handle
            .invoke(&schemas::ops::REJECT_CAPACITY_RESERVATION_BILLING_OWNERSHIP, input)
            .await
    }
    /// Rejects a Transit Gateway attachment request for a Client VPN endpoint. The Transit Gateway owner can reject the attachment request to prevent the Client VPN endpoint from routing traffic through the Transit Gateway.
    pub async fn reject_transit_gateway_client_vpn_attachment(
        &self,
        input: types::RejectTransitGatewayClientVpnAttachmentInput,
    ) -> Result<
        types::RejectTransitGatewayClientVpnAttachmentOutput,
        Error<error::RejectTransitGatewayClientVpnAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::REJECT_TRANSIT_GATEWAY_CLIENT_VPN_ATTACHMENT, input)
            .await
    }
    /// Rejects a request to associate cross-account subnets with a transit gateway multicast domain.
    pub async fn reject_transit_gateway_multicast_domain_associations(
        &self,
        input: types::RejectTransitGatewayMulticastDomainAssociationsInput,
    ) -> Result<
        types::RejectTransitGatewayMulticastDomainAssociationsOutput,
        Error<error::RejectTransitGatewayMulticastDomainAssociationsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::REJECT_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS,
                input,
            )
            .await
    }
    /// Rejects a transit gateway peering attachment request.
    pub async fn reject_transit_gateway_peering_attachment(
        &self,
        input: types::RejectTransitGatewayPeeringAttachmentInput,
    ) -> Result<
        types::RejectTransitGatewayPeeringAttachmentOutput,
        Error<error::RejectTransitGatewayPeeringAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::REJECT_TRANSIT_GATEWAY_PEERING_ATTACHMENT, input)
            .await
    }
    /// Rejects a request to attach a VPC to a transit gateway.
    ///
    /// The VPC attachment must be in the `pendingAcceptance` state. Use DescribeTransitGatewayVpcAttachments to view your pending VPC attachment requests. Use AcceptTransitGatewayVpcAttachment to accept a VPC attachment request.
    pub async fn reject_transit_gateway_vpc_attachment(
        &self,
        input: types::RejectTransitGatewayVpcAttachmentInput,
    ) -> Result<
        types::RejectTransitGatewayVpcAttachmentOutput,
        Error<error::RejectTransitGatewayVpcAttachmentError>,
    > {
        self.handle
            .invoke(&schemas::ops::REJECT_TRANSIT_GATEWAY_VPC_ATTACHMENT, input)
            .await
    }
    /// Rejects VPC endpoint connection requests to your VPC endpoint service.
    pub async fn reject_vpc_endpoint_connections(
        &self,
        input: types::RejectVpcEndpointConnectionsInput,
    ) -> Result<
        types::RejectVpcEndpointConnectionsOutput,
        Error<error::RejectVpcEndpointConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::REJECT_VPC_ENDPOINT_CONNECTIONS, input).await
    }
    /// Rejects a VPC peering connection request. The VPC peering connection must be in the `pending-acceptance` state. Use the DescribeVpcPeeringConnections request to view your outstanding VPC peering connection requests. To delete an active VPC peering connection, or to delete a VPC peering connection request that you initiated, use DeleteVpcPeeringConnection.
    pub async fn reject_vpc_peering_connection(
        &self,
        input: types::RejectVpcPeeringConnectionInput,
    ) -> Result<
        types::RejectVpcPeeringConnectionOutput,
        Error<error::RejectVpcPeeringConnectionError>,
    > {
        self.handle.invoke(&schemas::ops::REJECT_VPC_PEERING_CONNECTION, input).await
    }
    /// Releases the specified Elastic IP address.
    ///
    /// \[Default VPC\] Releasing an Elastic IP address automatically disassociates it from any instance that it's associated with. Alternatively, you can disassociate an Elastic IP address without releasing it.
    ///
    /// \[Nondefault VPC\] You must disassociate the Elastic IP address before you can release it. Otherwise, Amazon EC2 returns an error (`InvalidIPAddress.InUse`).
    ///
    /// After releasing an Elastic IP address, it is released to the IP address pool. Be sure to update your DNS records and any servers or devices that communicate with the address. If you attempt to release an Elastic IP address that you already released, you'll get an `AuthFailure` error if the address is already allocated to another Amazon Web Services account.
    ///
    /// After you release an Elastic IP address, you might be able to recover it. For more information, see [Release an Elastic IP address](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing-eips-releasing.html).
    pub async fn release_address(
        &self,
        input: types::ReleaseAddressInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ReleaseAddressError>> {
        self.handle.invoke(&schemas::ops::RELEASE_ADDRESS, input).await
    }
    /// When you no longer want to use an On-Demand Dedicated Host it can be released. On-Demand billing is stopped and the host goes into `released` state. The host ID of Dedicated Hosts that have been released can no longer be specified in another request, for example, to modify the host. You must stop or terminate all instances on a host before it can be released.
    ///
    /// When Dedicated Hosts are released, it may take some time for them to stop counting toward your limit and you may receive capacity errors when trying to allocate new Dedicated Hosts. Wait a few minutes and then try again.
    ///
    /// Released hosts still appear in a DescribeHosts response.
    pub async fn release_hosts(
        &self,
        input: types::ReleaseHostsInput,
    ) -> Result<types::ReleaseHostsOutput, Error<error::ReleaseHostsError>> {
        self.handle.invoke(&schemas::ops::RELEASE_HOSTS, input).await
    }
    /// Release an allocation within an IPAM pool. The Region you use should be the IPAM pool locale. The locale is the Amazon Web Services Region where this IPAM pool is available for allocations. You can only use this action to release manual allocations. To remove an allocation for a resource without deleting the resource, set its monitored state to false using [ModifyIpamResourceCidr](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyIpamResourceCidr.html). For more information, see [Release an allocation](https://docs.aws.amazon.com/vpc/latest/ipam/release-alloc-ipam.html) in the *Amazon VPC IPAM User Guide*.
    ///
    /// All EC2 API actions follow an [eventual consistency](https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html) model.
    pub async fn release_ipam_pool_allocation(
        &self,
        input: types::ReleaseIpamPoolAllocationInput,
    ) -> Result<
        types::ReleaseIpamPoolAllocationOutput,
        Error<error::ReleaseIpamPoolAllocationError>,
    > {
        self.handle.invoke(&schemas::ops::RELEASE_IPAM_POOL_ALLOCATION, input).await
    }
    /// Replaces an IAM instance profile for the specified running instance. You can use this action to change the IAM instance profile that's associated with an instance without having to disassociate the existing IAM instance profile first.
    ///
    /// Use DescribeIamInstanceProfileAssociations to get the association ID.
    pub async fn replace_iam_instance_profile_association(
        &self,
        input: types::ReplaceIamInstanceProfileAssociationInput,
    ) -> Result<
        types::ReplaceIamInstanceProfileAssociationOutput,
        Error<error::ReplaceIamInstanceProfileAssociationError>,
    > {
        self.handle
            .invoke(&schemas::ops::REPLACE_IAM_INSTANCE_PROFILE_ASSOCIATION, input)
            .await
    }
    /// Sets or replaces the criteria for Allowed AMIs.
    ///
    /// The `ImageCriteria` can include up to:
    ///
    /// - 10 `ImageCriterion`
    ///
    /// The Allowed AMIs feature does not restrict the AMIs owned by your account. Regardless of the criteria you set, the AMIs created by your account will always be discoverable and usable by users in your account.
    ///
    /// For more information, see [Control the discovery and use of AMIs in Amazon EC2 with Allowed AMIs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html) in *Amazon EC2 User Guide*.
    pub async fn replace_image_criteria_in_allowed_images_settings(
        &self,
        input: types::ReplaceImageCriteriaInAllowedImagesSettingsInput,
    ) -> Result<
        types::ReplaceImageCriteriaInAllowedImagesSettingsOutput,
        Error<error::ReplaceImageCriteriaInAllowedImagesSettingsError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::REPLACE_IMAGE_CRITERIA_IN_ALLOWED_IMAGES_SETTINGS,
                input,
            )
            .await
    }
    /// Replaces or removes the instance type specification for an AMI. The instance type specification defines which instance types are compatible with the AMI.
    ///
    /// When you launch an instance using [RunInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html), Amazon EC2 validates the requested instance type against the AMI's instance type specification. If the instance type is not compatible, the request fails with an `InvalidParameterCombination` error.
    ///
    /// You can specify supported instance types, unsupported instance types, or both. The evaluation logic is as follows:
    ///
    /// - No specification set – all instance types are allowed.
    ///
    /// - Only `UnsupportedInstanceTypes` set – All instance types are allowed except those that match the unsupported list.
    ///
    /// - `SupportedInstanceTypes` set – The instance type must match the supported list and must not match the unsupported list.
    ///
    /// Instance type entries support wildcard patterns using `\*` (for example, `t3.\*` matches all t3 sizes).
    ///
    /// To remove an existing instance type specification, omit the `InstanceTypeSpecification` parameter or set it to `null`.
    ///
    /// To set the instance type specification, you must be the AMI owner. You cannot set an instance type specification on an AMI that is listed in Amazon Web Services Marketplace, and you cannot list an AMI in Amazon Web Services Marketplace if it has an instance type specification set.
    pub async fn replace_image_instance_type_specification(
        &self,
        input: types::ReplaceImageInstanceTypeSpecificationInput,
    ) -> Result<
        types::ReplaceImageInstanceTypeSpecificationOutput,
        Error<error::ReplaceImageInstanceTypeSpecificationError>,
    > {
        self.handle
            .invoke(&schemas::ops::REPLACE_IMAGE_INSTANCE_TYPE_SPECIFICATION, input)
            .await
    }
    /// Changes which network ACL a subnet is associated with. By default when you create a subnet, it's automatically associated with the default network ACL. For more information, see [Network ACLs](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html) in the *Amazon VPC User Guide*.
    ///
    /// This is an idempotent operation.
    pub async fn replace_network_acl_association(
        &self,
        input: types::ReplaceNetworkAclAssociationInput,
    ) -> Result<
        types::ReplaceNetworkAclAssociationOutput,
        Error<error::ReplaceNetworkAclAssociationError>,
    > {
        self.handle.invoke(&schemas::ops::REPLACE_NETWORK_ACL_ASSOCIATION, input).await
    }
    /// Replaces an entry (rule) in a network ACL. For more information, see [Network ACLs](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html) in the *Amazon VPC User Guide*.
    pub async fn replace_network_acl_entry(
        &self,
        input: types::ReplaceNetworkAclEntryInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ReplaceNetworkAclEntryError>> {
        self.handle.invoke(&schemas::ops::REPLACE_NETWORK_ACL_ENTRY, input).await
    }
    /// Replaces an existing route within a route table in a VPC.
    ///
    /// You must specify either a destination CIDR block or a prefix list ID. You must also specify exactly one of the resources from the parameter list, or reset the local route to its default target.
    ///
    /// For more information, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    pub async fn replace_route(
        &self,
        input: types::ReplaceRouteInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ReplaceRouteError>> {
        self.handle.invoke(&schemas::ops::REPLACE_ROUTE, input).await
    }
    /// Changes the route table associated with a given subnet, internet gateway, or virtual private gateway in a VPC. After the operation completes, the subnet or gateway uses the routes in the new route table. For more information about route tables, see [Route tables](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html) in the *Amazon VPC User Guide*.
    ///
    /// You can also use this operation to change which table is the main route table in the VPC. Specify the main route table's association ID and the route table ID of the new main route table.
    pub async fn replace_route_table_association(
        &self,
        input: types::ReplaceRouteTableAssociationInput,
    ) -> Result<
        types::ReplaceRouteTableAssociationOutput,
        Error<error::ReplaceRouteTableAssociationError>,
    > {
        self.handle.invoke(&schemas::ops::REPLACE_ROUTE_TABLE_ASSOCIATION, input).await
    }
    /// Replaces the specified route in the specified transit gateway route table.
    pub async fn replace_transit_gateway_route(
        &self,
        input: types::ReplaceTransitGatewayRouteInput,
    ) -> Result<
        types::ReplaceTransitGatewayRouteOutput,
        Error<error::ReplaceTransitGatewayRouteError>,
    > {
        self.handle.invoke(&schemas::ops::REPLACE_TRANSIT_GATEWAY_ROUTE, input).await
    }
    /// Trigger replacement of specified VPN tunnel.
    pub async fn replace_vpn_tunnel(
        &self,
        input: types::ReplaceVpnTunnelInput,
    ) -> Result<types::ReplaceVpnTunnelOutput, Error<error::ReplaceVpnTunnelError>> {
        self.handle.invoke(&schemas::ops::REPLACE_VPN_TUNNEL, input).await
    }
    /// Submits feedback about the status of an instance. The instance must be in the `running` state. If your experience with the instance differs from the instance status returned by DescribeInstanceStatus, use ReportInstanceStatus to report your experience with the instance. Amazon EC2 collects this information to improve the accuracy of status checks.
    ///
    /// Use of this action does not change the value returned by DescribeInstanceStatus.
    pub async fn report_instance_status(
        &self,
        input: types::ReportInstanceStatusInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ReportInstanceStatusError>> {
        self.handle.invoke(&schemas::ops::REPORT_INSTANCE_STATUS, input).await
    }
    /// Creates a Spot Fleet request.
    ///
    /// The Spot Fleet request specifies the total target capacity and the On-Demand target capacity. Amazon EC2 calculates the difference between the total capacity and On-Demand capacity, and launches the difference as Spot capacity.
    ///
    /// You can submit a single request that includes multiple launch specifications that vary by instance type, AMI, Availability Zone, or subnet.
    ///
    /// By default, the Spot Fleet requests Spot Instances in the Spot Instance pool where the price per unit is the lowest. Each launch specification can include its own instance weighting that reflects the value of the instance type to your application workload.
    ///
    /// Alternatively, you can specify that the Spot Fleet distribute the target capacity across the Spot pools included in its launch specifications. By ensuring that the Spot Instances in your Spot Fleet are in different Spot pools, you can improve the availability of your fleet.
    ///
    /// You can specify tags for the Spot Fleet request and instances launched by the fleet. You cannot tag other resource types in a Spot Fleet request because only the `spot-fleet-request` and `instance` resource types are supported.
    ///
    /// For more information, see [Spot Fleet requests](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-requests.html) in the *Amazon EC2 User Guide*.
    ///
    /// We strongly discourage using the RequestSpotFleet API because it is a legacy API with no planned investment. For options for requesting Spot Instances, see [Which is the best Spot request method to use?](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html#which-spot-request-method-to-use) in the *Amazon EC2 User Guide*.
    pub async fn request_spot_fleet(
        &self,
        input: types::RequestSpotFleetInput,
    ) -> Result<types::RequestSpotFleetOutput, Error<error::RequestSpotFleetError>> {
        self.handle.invoke(&schemas::ops::REQUEST_SPOT_FLEET, input).await
    }
    /// Creates a Spot Instance request.
    ///
    /// For more information, see [Work with Spot Instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-requests.html) in the *Amazon EC2 User Guide*.
    ///
    /// We strongly discourage using the RequestSpotInstances API because it is a legacy API with no planned investment. For options for requesting Spot Instances, see [Which is the best Spot request method to use?](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html#which-spot-request-method-to-use) in the *Amazon EC2 User Guide*.
    pub async fn request_spot_instances(
        &self,
        input: types::RequestSpotInstancesInput,
    ) -> Result<
        types::RequestSpotInstancesOutput,
        Error<error::RequestSpotInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::REQUEST_SPOT_INSTANCES, input).await
    }
    /// Resets the attribute of the specified IP address. For requirements, see [Using reverse DNS for email applications](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#Using_Elastic_Addressing_Reverse_DNS).
    pub async fn reset_address_attribute(
        &self,
        input: types::ResetAddressAttributeInput,
    ) -> Result<
        types::ResetAddressAttributeOutput,
        Error<error::ResetAddressAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::RESET_ADDRESS_ATTRIBUTE, input).await
    }
    /// Resets the default KMS key for EBS encryption for your account in this Region to the Amazon Web Services managed KMS key for EBS.
    ///
    /// After resetting the default KMS key to the Amazon Web Services managed KMS key, you can continue to encrypt by a customer managed KMS key by specifying it when you create the volume. For more information, see [Amazon EBS encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html) in the *Amazon EBS User Guide*.
    pub async fn reset_ebs_default_kms_key_id(
        &self,
        input: types::ResetEbsDefaultKmsKeyIdInput,
    ) -> Result<
        types::ResetEbsDefaultKmsKeyIdOutput,
        Error<error::ResetEbsDefaultKmsKeyIdError>,
    > {
        self.handle.invoke(&schemas::ops::RESET_EBS_DEFAULT_KMS_KEY_ID, input).await
    }
    /// Resets the specified attribute of the specified Amazon FPGA Image (AFI) to its default value. You can only reset the load permission attribute.
    pub async fn reset_fpga_image_attribute(
        &self,
        input: types::ResetFpgaImageAttributeInput,
    ) -> Result<
        types::ResetFpgaImageAttributeOutput,
        Error<error::ResetFpgaImageAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::RESET_FPGA_IMAGE_ATTRIBUTE, input).await
    }
    /// Resets an attribute of an AMI to its default value.
    pub async fn reset_image_attribute(
        &self,
        input: types::ResetImageAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ResetImageAttributeError>> {
        self.handle.invoke(&schemas::ops::RESET_IMAGE_ATTRIBUTE, input).await
    }
    /// Resets an attribute of an instance to its default value. To reset the `kernel` or `ramdisk`, the instance must be in a stopped state. To reset the `sourceDestCheck`, the instance can be either running or stopped.
    ///
    /// The `sourceDestCheck` attribute controls whether source/destination checking is enabled. The default value is `true`, which means checking is enabled. This value must be `false` for a NAT instance to perform NAT. For more information, see [NAT instances](https://docs.aws.amazon.com/AmazonVPC/latest/UserGuide/VPC_NAT_Instance.html) in the *Amazon VPC User Guide*.
    pub async fn reset_instance_attribute(
        &self,
        input: types::ResetInstanceAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ResetInstanceAttributeError>> {
        self.handle.invoke(&schemas::ops::RESET_INSTANCE_ATTRIBUTE, input).await
    }
    /// Resets a network interface attribute. You can specify only one attribute at a time.
    pub async fn reset_network_interface_attribute(
        &self,
        input: types::ResetNetworkInterfaceAttributeInput,
    ) -> Result<
        kumo_runtime::NoOutput,
        Error<error::ResetNetworkInterfaceAttributeError>,
    > {
        self.handle.invoke(&schemas::ops::RESET_NETWORK_INTERFACE_ATTRIBUTE, input).await
    }
    /// Resets permission settings for the specified snapshot.
    ///
    /// For more information about modifying snapshot permissions, see [Share a snapshot](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html) in the *Amazon EBS User Guide*.
    pub async fn reset_snapshot_attribute(
        &self,
        input: types::ResetSnapshotAttributeInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::ResetSnapshotAttributeError>> {
        self.handle.invoke(&schemas::ops::RESET_SNAPSHOT_ATTRIBUTE, input).await
    }
    /// This action is deprecated.
    ///
    /// Restores an Elastic IP address that was previously moved to the EC2-VPC platform back to the EC2-Classic platform. You cannot move an Elastic IP address that was originally allocated for use in EC2-VPC. The Elastic IP address must not be associated with an instance or network interface.
    pub async fn restore_address_to_classic(
        &self,
        input: types::RestoreAddressToClassicInput,
    ) -> Result<
        types::RestoreAddressToClassicOutput,
        Error<error::RestoreAddressToClassicError>,
    > {
        self.handle.invoke(&schemas::ops::RESTORE_ADDRESS_TO_CLASSIC, input).await
    }
    /// Restores an AMI from the Recycle Bin. For more information, see [Recover deleted Amazon EBS snapshots and EBS-back AMIs with Recycle Bin](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/recycle-bin.html) in the *Amazon EC2 User Guide*.
    pub async fn restore_image_from_recycle_bin(
        &self,
        input: types::RestoreImageFromRecycleBinInput,
    ) -> Result<
        types::RestoreImageFromRecycleBinOutput,
        Error<error::RestoreImageFromRecycleBinError>,
    > {
        self.handle.invoke(&schemas::ops::RESTORE_IMAGE_FROM_RECYCLE_BIN, input).await
    }
    /// Restores the entries from a previous version of a managed prefix list to a new version of the prefix list.
    pub async fn restore_managed_prefix_list_version(
        &self,
        input: types::RestoreManagedPrefixListVersionInput,
    ) -> Result<
        types::RestoreManagedPrefixListVersionOutput,
        Error<error::RestoreManagedPrefixListVersionError>,
    > {
        self.handle
            .invoke(&schemas::ops::RESTORE_MANAGED_PREFIX_LIST_VERSION, input)
            .await
    }
    /// Restores a snapshot from the Recycle Bin. For more information, see [Restore snapshots from the Recycle Bin](https://docs.aws.amazon.com/ebs/latest/userguide/recycle-bin-working-with-snaps.html#recycle-bin-restore-snaps) in the *Amazon EBS User Guide*.
    pub async fn restore_snapshot_from_recycle_bin(
        &self,
        input: types::RestoreSnapshotFromRecycleBinInput,
    ) -> Result<
        types::RestoreSnapshotFromRecycleBinOutput,
        Error<error::RestoreSnapshotFromRecycleBinError>,
    > {
        self.handle.invoke(&schemas::ops::RESTORE_SNAPSHOT_FROM_RECYCLE_BIN, input).await
    }
    /// Restores an archived Amazon EBS snapshot for use temporarily or permanently, or modifies the restore period or restore type for a snapshot that was previously temporarily restored.
    ///
    /// For more information see [ Restore an archived snapshot](https://docs.aws.amazon.com/ebs/latest/userguide/working-with-snapshot-archiving.html#restore-archived-snapshot) and [ modify the restore period or restore type for a temporarily restored snapshot](https://docs.aws.amazon.com/ebs/latest/userguide/working-with-snapshot-archiving.html#modify-temp-restore-period) in the *Amazon EBS User Guide*.
    pub async fn restore_snapshot_tier(
        &self,
        input: types::RestoreSnapshotTierInput,
    ) -> Result<
        types::RestoreSnapshotTierOutput,
        Error<error::RestoreSnapshotTierError>,
    > {
        self.handle.invoke(&schemas::ops::RESTORE_SNAPSHOT_TIER, input).await
    }
    /// Restores a volume from the Recycle Bin. For more information, see [Restore volumes from the Recycle Bin](https://docs.aws.amazon.com/ebs/latest/userguide/recycle-bin-working-with-volumes.html#recycle-bin-restore-volumes) in the *Amazon EBS User Guide*.
    pub async fn restore_volume_from_recycle_bin(
        &self,
        input: types::RestoreVolumeFromRecycleBinInput,
    ) -> Result<
        types::RestoreVolumeFromRecycleBinOutput,
        Error<error::RestoreVolumeFromRecycleBinError>,
    > {
        self.handle.invoke(&schemas::ops::RESTORE_VOLUME_FROM_RECYCLE_BIN, input).await
    }
    /// Removes an ingress authorization rule from a Client VPN endpoint.
    pub async fn revoke_client_vpn_ingress(
        &self,
        input: types::RevokeClientVpnIngressInput,
    ) -> Result<
        types::RevokeClientVpnIngressOutput,
        Error<error::RevokeClientVpnIngressError>,
    > {
        self.handle.invoke(&schemas::ops::REVOKE_CLIENT_VPN_INGRESS, input).await
    }
    /// Removes the specified outbound (egress) rules from the specified security group.
    ///
    /// You can specify rules using either rule IDs or security group rule properties. If you use rule properties, the values that you specify (for example, ports) must match the existing rule's values exactly. Each rule has a protocol, from and to ports, and destination (CIDR range, security group, or prefix list). For the TCP and UDP protocols, you must also specify the destination port or range of ports. For the ICMP protocol, you must also specify the ICMP type and code. If the security group rule has a description, you do not need to specify the description to revoke the rule.
    ///
    /// For a default VPC, if the values you specify do not match the existing rule's values, no error is returned, and the output describes the security group rules that were not revoked.
    ///
    /// Amazon Web Services recommends that you describe the security group to verify that the rules were removed.
    ///
    /// Rule changes are propagated to instances within the security group as quickly as possible. However, a small delay might occur.
    pub async fn revoke_security_group_egress(
        &self,
        input: types::RevokeSecurityGroupEgressInput,
    ) -> Result<
        types::RevokeSecurityGroupEgressOutput,
        Error<error::RevokeSecurityGroupEgressError>,
    > {
        self.handle.invoke(&schemas::ops::REVOKE_SECURITY_GROUP_EGRESS, input).await
    }
    /// Removes the specified inbound (ingress) rules from a security group.
    ///
    /// You can specify rules using either rule IDs or security group rule properties. If you use rule properties, the values that you specify (for example, ports) must match the existing rule's values exactly. Each rule has a protocol, from and to ports, and source (CIDR range, security group, or prefix list). For the TCP and UDP protocols, you must also specify the destination port or range of ports. For the ICMP protocol, you must also specify the ICMP type and code. If the security group rule has a description, you do not need to specify the description to revoke the rule.
    ///
    /// For a default VPC, if the values you specify do not match the existing rule's values, no error is returned, and the output describes the security group rules that were not revoked.
    ///
    /// For a non-default VPC, if the values you specify do not match the existing rule's values, an `InvalidPermission.NotFound` client error is returned, and no rules are revoked.
    ///
    /// Amazon Web Services recommends that you describe the security group to verify that the rules were removed.
    ///
    /// Rule changes are propagated to instances within the security group as quickly as possible. However, a small delay might occur.
    pub async fn revoke_security_group_ingress(
        &self,
        input: types::RevokeSecurityGroupIngressInput,
    ) -> Result<
        types::RevokeSecurityGroupIngressOutput,
        Error<error::RevokeSecurityGroupIngressError>,
    > {
        self.handle.invoke(&schemas::ops::REVOKE_SECURITY_GROUP_INGRESS, input).await
    }
    /// Launches the specified number of instances using an AMI for which you have permissions.
    ///
    /// You can specify a number of options, or leave the default options. The following rules apply:
    ///
    /// - If you don't specify a subnet ID, we choose a default subnet from your default VPC for you. If you don't have a default VPC, you must specify a subnet ID in the request.
    ///
    /// - All instances have a network interface with a primary private IPv4 address. If you don't specify this address, we choose one from the IPv4 range of your subnet.
    ///
    /// - Not all instance types support IPv6 addresses. For more information, see [Instance types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html).
    ///
    /// - If you don't specify a security group ID, we use the default security group for the VPC. For more information, see [Security groups](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-network-security.html).
    ///
    /// - If any of the AMIs have a product code attached for which the user has not subscribed, the request fails.
    ///
    /// You can create a [launch template](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html), which is a resource that contains the parameters to launch an instance. When you launch an instance using RunInstances, you can specify the launch template instead of specifying the launch parameters.
    ///
    /// To ensure faster instance launches, break up large requests into smaller batches. For example, create five separate launch requests for 100 instances each instead of one launch request for 500 instances.
    ///
    /// `RunInstances` is subject to both request rate limiting and resource rate limiting. For more information, see [Request throttling](https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html).
    ///
    /// An instance is ready for you to use when it's in the `running` state. You can check the state of your instance using DescribeInstances. You can tag instances and EBS volumes during launch, after launch, or both. For more information, see CreateTags and [Tagging your Amazon EC2 resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html).
    ///
    /// Linux instances have access to the public key of the key pair at boot. You can use this key to provide secure access to the instance. Amazon EC2 public images use this feature to provide secure access without passwords. For more information, see [Key pairs](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html).
    ///
    /// For troubleshooting, see [What to do if an instance immediately terminates](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_InstanceStraightToTerminated.html), and [Troubleshooting connecting to your instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesConnecting.html).
    pub async fn run_instances(
        &self,
        input: types::RunInstancesInput,
    ) -> Result<types::Reservation, Error<error::RunInstancesError>> {
        self.handle.invoke(&schemas::ops::RUN_INSTANCES, input).await
    }
    /// Launches the specified Scheduled Instances.
    ///
    /// Before you can launch a Scheduled Instance, you must purchase it and obtain an identifier using PurchaseScheduledInstances.
    ///
    /// You must launch a Scheduled Instance during its scheduled time period. You can't stop or reboot a Scheduled Instance, but you can terminate it as needed. If you terminate a Scheduled Instance before the current scheduled time period ends, you can launch it again after a few minutes.
    pub async fn run_scheduled_instances(
        &self,
        input: types::RunScheduledInstancesInput,
    ) -> Result<
        types::RunScheduledInstancesOutput,
        Error<error::RunScheduledInstancesError>,
    > {
        self.handle.invoke(&schemas::ops::RUN_SCHEDULED_INSTANCES, input).await
    }
    /// Searches for routes in the specified local gateway route table.
    pub async fn search_local_gateway_routes(
        &self,
        input: types::SearchLocalGatewayRoutesInput,
    ) -> Result<
        types::SearchLocalGatewayRoutesOutput,
        Error<error::SearchLocalGatewayRoutesError>,
    > {
        self.handle.invoke(&schemas::ops::SEARCH_LOCAL_GATEWAY_ROUTES, input).await
    }
    /// Searches one or more transit gateway multicast groups and returns the group membership information.
    pub async fn search_transit_gateway_multicast_groups(
        &self,
        input: types::SearchTransitGatewayMulticastGroupsInput,
    ) -> Result<
        types::SearchTransitGatewayMulticastGroupsOutput,
        Error<error::SearchTransitGatewayMulticastGroupsError>,
    > {
        self.handle
            .invoke(&schemas::ops::SEARCH_TRANSIT_GATEWAY_MULTICAST_GROUPS, input)
            .await
    }
    /// Searches for routes in the specified transit gateway route table.
    pub async fn search_transit_gateway_routes(
        &self,
        input: types::SearchTransitGatewayRoutesInput,
    ) -> Result<
        types::SearchTransitGatewayRoutesOutput,
        Error<error::SearchTransitGatewayRoutesError>,
    > {
        self.handle.invoke(&schemas::ops::SEARCH_TRANSIT_GATEWAY_ROUTES, input).await
    }
    /// Sends a diagnostic interrupt to the specified Amazon EC2 instance to trigger a *kernel panic* (on Linux instances), or a *blue screen*/*stop error* (on Windows instances). For instances based on Intel and AMD processors, the interrupt is received as a *non-maskable interrupt* (NMI).
    ///
    /// In general, the operating system crashes and reboots when a kernel panic or stop error is triggered. The operating system can also be configured to perform diagnostic tasks, such as generating a memory dump file, loading a secondary kernel, or obtaining a call trace.
    ///
    /// Before sending a diagnostic interrupt to your instance, ensure that its operating system is configured to perform the required diagnostic tasks.
    ///
    /// For more information about configuring your operating system to generate a crash dump when a kernel panic or stop error occurs, see [Send a diagnostic interrupt (for advanced users)](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/diagnostic-interrupt.html) in the *Amazon EC2 User Guide*.
    pub async fn send_diagnostic_interrupt(
        &self,
        input: types::SendDiagnosticInterruptInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::SendDiagnosticInterruptError>> {
        self.handle.invoke(&schemas::ops::SEND_DIAGNOSTIC_INTERRUPT, input).await
    }
    /// Generates an account status report. The report is generated asynchronously, and can take several hours to complete.
    ///
    /// The report provides the current status of all attributes supported by declarative policies for the accounts within the specified scope. The scope is determined by the specified `TargetId`, which can represent an individual account, or all the accounts that fall under the specified organizational unit (OU) or root (the entire Amazon Web Services Organization).
    ///
    /// The report is saved to your specified S3 bucket, using the following path structure (with the capitalized placeholders representing your specific values):
    ///
    /// `s3://AMZN-S3-DEMO-BUCKET/YOUR-OPTIONAL-S3-PREFIX/ec2\_TARGETID\_REPORTID\_YYYYMMDDTHHMMZ.csv`
    ///
    /// **Prerequisites for generating a report**
    ///
    /// - The `StartDeclarativePoliciesReport` API can only be called by the management account or delegated administrators for the organization.
    ///
    /// - An S3 bucket must be available before generating the report (you can create a new one or use an existing one), it must be in the same Region where the report generation request is made, and it must have an appropriate bucket policy. For a sample S3 policy, see *Sample Amazon S3 policy* under [Examples](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartDeclarativePoliciesReport.html#API_StartDeclarativePoliciesReport_Examples).
    ///
    /// - Trusted access must be enabled for the service for which the declarative policy will enforce a baseline configuration. If you use the Amazon Web Services Organizations console, this is done automatically when you enable declarative policies. The API uses the following service principal to identify the EC2 service: `ec2.amazonaws.com`. For more information on how to enable trusted access with the Amazon Web Services CLI and Amazon Web Services SDKs, see [Using Organizations with other Amazon Web Services services](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_services.html) in the *Amazon Web Services Organizations User Guide*.
    ///
    /// - Only one report per organization can be generated at a time. Attempting to generate a report while another is in progress will result in an error.
    ///
    /// For more information, including the required IAM permissions to run this API, see [Generating the account status report for declarative policies](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_status-report.html) in the *Amazon Web Services Organizations User Guide*.
    pub async fn start_declarative_policies_report(
        &self,
        input: types::StartDeclarativePoliciesReportInput,
    ) -> Result<
        types::StartDeclarativePoliciesReportOutput,
        Error<error::StartDeclarativePoliciesReportError>,
    > {
        self.handle.invoke(&schemas::ops::START_DECLARATIVE_POLICIES_REPORT, input).await
    }
    /// Starts an Amazon EBS-backed instance that you've previously stopped.
    ///
    /// Instances that use Amazon EBS volumes as their root devices can be quickly stopped and started. When an instance is stopped, the compute resources are released and you are not billed for instance usage. However, your root partition Amazon EBS volume remains and continues to persist your data, and you are charged for Amazon EBS volume usage. You can restart your instance at any time. Every time you start your instance, Amazon EC2 charges a one-minute minimum for instance usage, and thereafter charges per second for instance usage.
    ///
    /// Before stopping an instance, make sure it is in a state from which it can be restarted. Stopping an instance does not preserve data stored in RAM.
    ///
    /// Performing this operation on an instance that uses an instance store as its root device returns an error.
    ///
    /// If you attempt to start a T3 instance with `host` tenancy and the `unlimited` CPU credit option, the request fails. The `unlimited` CPU credit option is not supported on Dedicated Hosts. Before you start the instance, either change its CPU credit option to `standard`, or change its tenancy to `default` or `dedicated`.
    ///
    /// For more information, see [Stop and start Amazon EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html) in the *Amazon EC2 User Guide*.
    pub async fn start_instances(
        &self,
        input: types::StartInstancesInput,
    ) -> Result<types::StartInstancesOutput, Error<error::StartInstancesError>> {
        self.handle.invoke(&schemas::ops::START_INSTANCES, input).await
    }
    /// Starts analyzing the specified Network Access Scope.
    pub async fn start_network_insights_access_scope_analysis(
        &self,
        input: types::StartNetworkInsightsAccessScopeAnalysisInput,
    ) -> Result<
        types::StartNetworkInsightsAccessScopeAnalysisOutput,
        Error<error::StartNetworkInsightsAccessScopeAnalysisError>,
    > {
        self.handle
            .invoke(&schemas::ops::START_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS, input)
            .await
    }
    /// Starts analyzing the specified path. If the path is reachable, the operation returns the shortest feasible path.
    pub async fn start_network_insights_analysis(
        &self,
        input: types::StartNetworkInsightsAnalysisInput,
    ) -> Result<
        types::StartNetworkInsightsAnalysisOutput,
        Error<error::StartNetworkInsightsAnalysisError>,
    > {
        self.handle.invoke(&schemas::ops::START_NETWORK_INSIGHTS_ANALYSIS, input).await
    }
    /// Initiates the verification process to prove that the service provider owns the private DNS name domain for the endpoint service.
    ///
    /// The service provider must successfully perform the verification before the consumer can use the name to access the service.
    ///
    /// Before the service provider runs this command, they must add a record to the DNS server.
    pub async fn start_vpc_endpoint_service_private_dns_verification(
        &self,
        input: types::StartVpcEndpointServicePrivateDnsVerificationInput,
    ) -> Result<
        types::StartVpcEndpointServicePrivateDnsVerificationOutput,
        Error<error::StartVpcEndpointServicePrivateDnsVerificationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::START_VPC_ENDPOINT_SERVICE_PRIVATE_DNS_VERIFICATION,
                input,
            )
            .await
    }
    /// Stops an Amazon EBS-backed instance. You can restart your instance at any time using the [StartInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StartInstances.html) API. For more information, see [Stop and start Amazon EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html) in the *Amazon EC2 User Guide*.
    ///
    /// When you stop or hibernate an instance, we shut it down. By default, this includes a graceful operating system (OS) shutdown. To bypass the graceful shutdown, use the `skipOsShutdown` parameter; however, this might risk data integrity.
    ///
    /// You can use the StopInstances operation together with the `Hibernate` parameter to hibernate an instance if the instance is [enabled for hibernation](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/enabling-hibernation.html) and meets the [hibernation prerequisites](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html). Stopping an instance doesn't preserve data stored in RAM, while hibernation does. If hibernation fails, a normal shutdown occurs. For more information, see [Hibernate your Amazon EC2 instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html) in the *Amazon EC2 User Guide*.
    ///
    /// If your instance appears stuck in the `stopping` state, there might be an issue with the underlying host computer. You can use the StopInstances operation together with the Force parameter to force stop your instance. For more information, see [Troubleshoot Amazon EC2 instance stop issues](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesStopping.html) in the *Amazon EC2 User Guide*.
    ///
    /// Stopping and hibernating an instance differs from rebooting or terminating it. For example, a stopped or hibernated instance retains its root volume and any data volumes, unlike terminated instances where these volumes are automatically deleted. For more information about the differences between stopping, hibernating, rebooting, and terminating instances, see [Amazon EC2 instance state changes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html) in the *Amazon EC2 User Guide*.
    ///
    /// We don't charge for instance usage or data transfer fees when an instance is stopped. However, the root volume and any data volumes remain and continue to persist your data, and you're charged for volume usage. Every time you start your instance, Amazon EC2 charges a one-minute minimum for instance usage, followed by per-second billing.
    ///
    /// You can't stop or hibernate instance store-backed instances.
    pub async fn stop_instances(
        &self,
        input: types::StopInstancesInput,
    ) -> Result<types::StopInstancesOutput, Error<error::StopInstancesError>> {
        self.handle.invoke(&schemas::ops::STOP_INSTANCES, input).await
    }
    /// Terminates active Client VPN endpoint connections. This action can be used to terminate a specific client connection, or up to five connections established by a specific user.
    pub async fn terminate_client_vpn_connections(
        &self,
        input: types::TerminateClientVpnConnectionsInput,
    ) -> Result<
        types::TerminateClientVpnConnectionsOutput,
        Error<error::TerminateClientVpnConnectionsError>,
    > {
        self.handle.invoke(&schemas::ops::TERMINATE_CLIENT_VPN_CONNECTIONS, input).await
    }
    /// Terminates (deletes) the specified instances. This operation is [idempotent](https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html); if you terminate an instance more than once, each call succeeds.
    ///
    /// **Terminating an instance is permanent and irreversible.**
    ///
    /// After you terminate an instance, you can no longer connect to it, and it can't be recovered. All attached Amazon EBS volumes that are configured to be deleted on termination are also permanently deleted and can't be recovered. All data stored on instance store volumes is permanently lost. For more information, see [ How instance termination works](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/how-ec2-instance-termination-works.html).
    ///
    /// Before you terminate an instance, ensure that you have backed up all data that you need to retain after the termination to persistent storage.
    ///
    /// If you specify multiple instances and the request fails (for example, because of a single incorrect instance ID), none of the instances are terminated.
    ///
    /// If you terminate multiple instances across multiple Availability Zones, and one or more of the specified instances are enabled for termination protection, the request fails with the following results:
    ///
    /// - The specified instances that are in the same Availability Zone as the protected instance are not terminated.
    ///
    /// - The specified instances that are in different Availability Zones, where no other specified instances are protected, are successfully terminated.
    ///
    /// For example, say you have the following instances:
    ///
    /// - Instance A: `us-east-1a`; Not protected
    ///
    /// - Instance B: `us-east-1a`; Not protected
    ///
    /// - Instance C: `us-east-1b`; Protected
    ///
    /// - Instance D: `us-east-1b`; not protected
    ///
    /// If you attempt to terminate all of these instances in the same request, the request reports failure with the following results:
    ///
    /// - Instance A and Instance B are successfully terminated because none of the specified instances in `us-east-1a` are enabled for termination protection.
    ///
    /// - Instance C and Instance D fail to terminate because at least one of the specified instances in `us-east-1b` (Instance C) is enabled for termination protection.
    ///
    /// Terminated instances remain visible after termination (for approximately one hour).
    ///
    /// By default, Amazon EC2 deletes all EBS volumes that were attached when the instance launched. Volumes attached after instance launch continue running.
    ///
    /// By default, the TerminateInstances operation includes a graceful operating system (OS) shutdown. To bypass the graceful shutdown, use the `skipOsShutdown` parameter; however, this might risk data integrity.
    ///
    /// You can stop, start, and terminate EBS-backed instances. You can only terminate instance store-backed instances. What happens to an instance differs if you stop or terminate it. For example, when you stop an instance, the root device and any other devices attached to the instance persist. When you terminate an instance, any attached EBS volumes with the `DeleteOnTermination` block device mapping parameter set to `true` are automatically deleted. For more information about the differences between stopping and terminating instances, see [Amazon EC2 instance state changes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html) in the *Amazon EC2 User Guide*.
    ///
    /// When you terminate an instance, we attempt to terminate it forcibly after a short while. If your instance appears stuck in the shutting-down state after a period of time, there might be an issue with the underlying host computer. For more information about terminating and troubleshooting terminating your instances, see [Terminate Amazon EC2 instances](https://docs.aws.amazon.com/) and [Troubleshooting terminating your instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesShuttingDown.html) in the *Amazon EC2 User Guide*.
    pub async fn terminate_instances(
        &self,
        input: types::TerminateInstancesInput,
    ) -> Result<types::TerminateInstancesOutput, Error<error::TerminateInstancesError>> {
        self.handle.invoke(&schemas::ops::TERMINATE_INSTANCES, input).await
    }
    /// Unassigns the specified IPv6 addresses or Prefix Delegation prefixes from a network interface.
    pub async fn unassign_ipv6_addresses(
        &self,
        input: types::UnassignIpv6AddressesInput,
    ) -> Result<
        types::UnassignIpv6AddressesOutput,
        Error<error::UnassignIpv6AddressesError>,
    > {
        self.handle.invoke(&schemas::ops::UNASSIGN_IPV6_ADDRESSES, input).await
    }
    /// Unassigns the specified secondary private IP addresses or IPv4 Prefix Delegation prefixes from a network interface.
    pub async fn unassign_private_ip_addresses(
        &self,
        input: types::UnassignPrivateIpAddressesInput,
    ) -> Result<kumo_runtime::NoOutput, Error<error::UnassignPrivateIpAddressesError>> {
        self.handle.invoke(&schemas::ops::UNASSIGN_PRIVATE_IP_ADDRESSES, input).await
    }
    /// Unassigns secondary private IPv4 addresses from a private NAT gateway. You cannot unassign your primary private IP. For more information, see [Edit secondary IP address associations](https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html#nat-gateway-edit-secondary) in the *Amazon VPC User Guide*.
    ///
    /// While unassigning is in progress, you cannot assign/unassign additional IP addresses while the connections are being drained. You are, however, allowed to delete the NAT gateway.
    ///
    /// A private IP address will only be released at the end of MaxDrainDurationSeconds. The private IP addresses stay associated and support the existing connections, but do not support any new connections (new connections are distributed across the remaining assigned private IP address). After the existing connections drain out, the private IP addresses are released.
    pub async fn unassign_private_nat_gateway_address(
        &self,
        input: types::UnassignPrivateNatGatewayAddressInput,
    ) -> Result<
        types::UnassignPrivateNatGatewayAddressOutput,
        Error<error::UnassignPrivateNatGatewayAddressError>,
    > {
        self.handle
            .invoke(&schemas::ops::UNASSIGN_PRIVATE_NAT_GATEWAY_ADDRESS, input)
            .await
    }
    /// Unlocks a snapshot that is locked in governance mode or that is locked in compliance mode but still in the cooling-off period. You can't unlock a snapshot that is locked in compliance mode after the cooling-off period has expired.
    pub async fn unlock_snapshot(
        &self,
        input: types::UnlockSnapshotInput,
    ) -> Result<types::UnlockSnapshotOutput, Error<error::UnlockSnapshotError>> {
        self.handle.invoke(&schemas::ops::UNLOCK_SNAPSHOT, input).await
    }
    /// Disables detailed monitoring for a running instance. For more information, see [Monitoring your instances and volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch.html) in the *Amazon EC2 User Guide*.
    pub async fn unmonitor_instances(
        &self,
        input: types::UnmonitorInstancesInput,
    ) -> Result<types::UnmonitorInstancesOutput, Error<error::UnmonitorInstancesError>> {
        self.handle.invoke(&schemas::ops::UNMONITOR_INSTANCES, input).await
    }
    /// Activates or deactivates tag keys for monitoring by EC2 Capacity Manager. Activated tag keys are included as dimensions in capacity metric data, enabling you to group and filter metrics by tag values.
    pub async fn update_capacity_manager_monitored_tag_keys(
        &self,
        input: types::UpdateCapacityManagerMonitoredTagKeysInput,
    ) -> Result<
        types::UpdateCapacityManagerMonitoredTagKeysOutput,
        Error<error::UpdateCapacityManagerMonitoredTagKeysError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_CAPACITY_MANAGER_MONITORED_TAG_KEYS, input)
            .await
    }
    /// Updates the Organizations access setting for EC2 Capacity Manager. This controls whether Capacity Manager can aggregate data from all accounts in your Amazon Web Services Organization or only from the current account.
    pub async fn update_capacity_manager_organizations_access(
        &self,
        input: types::UpdateCapacityManagerOrganizationsAccessInput,
    ) -> Result<
        types::UpdateCapacityManagerOrganizationsAccessOutput,
        Error<error::UpdateCapacityManagerOrganizationsAccessError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_CAPACITY_MANAGER_ORGANIZATIONS_ACCESS, input)
            .await
    }
    /// Modifies the number of instances allocated to an interruptible reservation, allowing you to add more capacity or reclaim capacity to your source Capacity Reservation.
    pub async fn update_interruptible_capacity_reservation_allocation(
        &self,
        input: types::UpdateInterruptibleCapacityReservationAllocationInput,
    ) -> Result<
        types::UpdateInterruptibleCapacityReservationAllocationOutput,
        Error<error::UpdateInterruptibleCapacityReservationAllocationError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::UPDATE_INTERRUPTIBLE_CAPACITY_RESERVATION_ALLOCATION,
                input,
            )
            .await
    }
    /// Updates the description of an egress (outbound) security group rule. You can replace an existing description, or add a description to a rule that did not have one previously. You can remove a description for a security group rule by omitting the description parameter in the request.
    pub async fn update_security_group_rule_descriptions_egress(
        &self,
        input: types::UpdateSecurityGroupRuleDescriptionsEgressInput,
    ) -> Result<
        types::UpdateSecurityGroupRuleDescriptionsEgressOutput,
        Error<error::UpdateSecurityGroupRuleDescriptionsEgressError>,
    > {
        self.handle
            .invoke(&schemas::ops::UPDATE_SECURITY_GROUP_RULE_DESCRIPTIONS_EGRESS, input)
            .await
    }
    /// Updates the description of an ingress (inbound) security group rule. You can replace an existing description, or add a description to a rule that did not have one previously. You can remove a description for a security group rule by omitting the description parameter in the request.
    pub async fn update_security_group_rule_descriptions_ingress(
        &self,
        input: types::UpdateSecurityGroupRuleDescriptionsIngressInput,
    ) -> Result<
        types::UpdateSecurityGroupRuleDescriptionsIngressOutput,
        Error<error::UpdateSecurityGroupRuleDescriptionsIngressError>,
    > {
        self.handle
            .invoke(
                &schemas::ops::UPDATE_SECURITY_GROUP_RULE_DESCRIPTIONS_INGRESS,
                input,
            )
            .await
    }
    /// Validates whether the specified security groups can be associated with a single network interface. The operation checks Amazon Virtual Private Cloud (Amazon VPC) quotas. It checks inbound or outbound rules per security group and security groups per network interface. Only authorized Amazon Web Services services can call this operation.
    ///
    /// For more information about security group quotas, see [Amazon VPC quotas](https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups) in the *Amazon VPC User Guide*.
    pub async fn validate_security_group_quotas_for_interface(
        &self,
        input: types::ValidateSecurityGroupQuotasForInterfaceInput,
    ) -> Result<
        types::ValidateSecurityGroupQuotasForInterfaceOutput,
        Error<error::ValidateSecurityGroupQuotasForInterfaceError>,
    > {
        self.handle
            .invoke(&schemas::ops::VALIDATE_SECURITY_GROUP_QUOTAS_FOR_INTERFACE, input)
            .await
    }
    /// Stops advertising an address range that is provisioned as an address pool.
    ///
    /// You can perform this operation at most once every 10 seconds, even if you specify different address ranges each time.
    ///
    /// It can take a few minutes before traffic to the specified addresses stops routing to Amazon Web Services because of BGP propagation delays.
    pub async fn withdraw_byoip_cidr(
        &self,
        input: types::WithdrawByoipCidrInput,
    ) -> Result<types::WithdrawByoipCidrOutput, Error<error::WithdrawByoipCidrError>> {
        self.handle.invoke(&schemas::ops::WITHDRAW_BYOIP_CIDR, input).await
    }
}
/// Paginators and waiters.
impl Client {
    /// The pages of [`Client::describe_address_transfers`], one request each (paginator `DescribeAddressTransfers`).
    pub fn describe_address_transfers_pages(
        &self,
        input: types::DescribeAddressTransfersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeAddressTransfersInput,
        types::DescribeAddressTransfersOutput,
        error::DescribeAddressTransfersError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ADDRESS_TRANSFERS, input)
    }
    /// The pages of [`Client::describe_addresses_attribute`], one request each (paginator `DescribeAddressesAttribute`).
    pub fn describe_addresses_attribute_pages(
        &self,
        input: types::DescribeAddressesAttributeInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeAddressesAttributeInput,
        types::DescribeAddressesAttributeOutput,
        error::DescribeAddressesAttributeError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ADDRESSES_ATTRIBUTE, input)
    }
    /// The pages of [`Client::describe_aws_network_performance_metric_subscriptions`], one request each (paginator `DescribeAwsNetworkPerformanceMetricSubscriptions`).
    pub fn describe_aws_network_performance_metric_subscriptions_pages(
        &self,
        input: types::DescribeAwsNetworkPerformanceMetricSubscriptionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeAwsNetworkPerformanceMetricSubscriptionsInput,
        types::DescribeAwsNetworkPerformanceMetricSubscriptionsOutput,
        error::DescribeAwsNetworkPerformanceMetricSubscriptionsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_byoip_cidrs`], one request each (paginator `DescribeByoipCidrs`).
    pub fn describe_byoip_cidrs_pages(
        &self,
        input: types::DescribeByoipCidrsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeByoipCidrsInput,
        types::DescribeByoipCidrsOutput,
        error::DescribeByoipCidrsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_BYOIP_CIDRS, input)
    }
    /// The pages of [`Client::describe_capacity_block_extension_history`], one request each (paginator `DescribeCapacityBlockExtensionHistory`).
    pub fn describe_capacity_block_extension_history_pages(
        &self,
        input: types::DescribeCapacityBlockExtensionHistoryInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityBlockExtensionHistoryInput,
        types::DescribeCapacityBlockExtensionHistoryOutput,
        error::DescribeCapacityBlockExtensionHistoryError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_CAPACITY_BLOCK_EXTENSION_HISTORY,
                input,
            )
    }
    /// The pages of [`Client::describe_capacity_block_extension_offerings`], one request each (paginator `DescribeCapacityBlockExtensionOfferings`).
    pub fn describe_capacity_block_extension_offerings_pages(
        &self,
        input: types::DescribeCapacityBlockExtensionOfferingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityBlockExtensionOfferingsInput,
        types::DescribeCapacityBlockExtensionOfferingsOutput,
        error::DescribeCapacityBlockExtensionOfferingsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_CAPACITY_BLOCK_EXTENSION_OFFERINGS,
                input,
            )
    }
    /// The pages of [`Client::describe_capacity_block_offerings`], one request each (paginator `DescribeCapacityBlockOfferings`).
    pub fn describe_capacity_block_offerings_pages(
        &self,
        input: types::DescribeCapacityBlockOfferingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityBlockOfferingsInput,
        types::DescribeCapacityBlockOfferingsOutput,
        error::DescribeCapacityBlockOfferingsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_CAPACITY_BLOCK_OFFERINGS, input)
    }
    /// The pages of [`Client::describe_capacity_block_status`], one request each (paginator `DescribeCapacityBlockStatus`).
    pub fn describe_capacity_block_status_pages(
        &self,
        input: types::DescribeCapacityBlockStatusInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityBlockStatusInput,
        types::DescribeCapacityBlockStatusOutput,
        error::DescribeCapacityBlockStatusError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_CAPACITY_BLOCK_STATUS, input)
    }
    /// The pages of [`Client::describe_capacity_blocks`], one request each (paginator `DescribeCapacityBlocks`).
    pub fn describe_capacity_blocks_pages(
        &self,
        input: types::DescribeCapacityBlocksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityBlocksInput,
        types::DescribeCapacityBlocksOutput,
        error::DescribeCapacityBlocksError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_CAPACITY_BLOCKS, input)
    }
    /// The pages of [`Client::describe_capacity_manager_data_exports`], one request each (paginator `DescribeCapacityManagerDataExports`).
    pub fn describe_capacity_manager_data_exports_pages(
        &self,
        input: types::DescribeCapacityManagerDataExportsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityManagerDataExportsInput,
        types::DescribeCapacityManagerDataExportsOutput,
        error::DescribeCapacityManagerDataExportsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_CAPACITY_MANAGER_DATA_EXPORTS,
                input,
            )
    }
    /// The pages of [`Client::describe_capacity_reservation_billing_requests`], one request each (paginator `DescribeCapacityReservationBillingRequests`).
    pub fn describe_capacity_reservation_billing_requests_pages(
        &self,
        input: types::DescribeCapacityReservationBillingRequestsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityReservationBillingRequestsInput,
        types::DescribeCapacityReservationBillingRequestsOutput,
        error::DescribeCapacityReservationBillingRequestsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_CAPACITY_RESERVATION_BILLING_REQUESTS,
                input,
            )
    }
    /// The pages of [`Client::describe_capacity_reservation_date_change_quotes`], one request each (paginator `DescribeCapacityReservationDateChangeQuotes`).
    pub fn describe_capacity_reservation_date_change_quotes_pages(
        &self,
        input: types::DescribeCapacityReservationDateChangeQuotesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityReservationDateChangeQuotesInput,
        types::DescribeCapacityReservationDateChangeQuotesOutput,
        error::DescribeCapacityReservationDateChangeQuotesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_CAPACITY_RESERVATION_DATE_CHANGE_QUOTES,
                input,
            )
    }
    /// The pages of [`Client::describe_capacity_reservation_fleets`], one request each (paginator `DescribeCapacityReservationFleets`).
    pub fn describe_capacity_reservation_fleets_pages(
        &self,
        input: types::DescribeCapacityReservationFleetsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityReservationFleetsInput,
        types::DescribeCapacityReservationFleetsOutput,
        error::DescribeCapacityReservationFleetsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_CAPACITY_RESERVATION_FLEETS, input)
    }
    /// The pages of [`Client::describe_capacity_reservations`], one request each (paginator `DescribeCapacityReservations`).
    pub fn describe_capacity_reservations_pages(
        &self,
        input: types::DescribeCapacityReservationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCapacityReservationsInput,
        types::DescribeCapacityReservationsOutput,
        error::DescribeCapacityReservationsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_CAPACITY_RESERVATIONS, input)
    }
    /// The pages of [`Client::describe_carrier_gateways`], one request each (paginator `DescribeCarrierGateways`).
    pub fn describe_carrier_gateways_pages(
        &self,
        input: types::DescribeCarrierGatewaysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCarrierGatewaysInput,
        types::DescribeCarrierGatewaysOutput,
        error::DescribeCarrierGatewaysError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_CARRIER_GATEWAYS, input)
    }
    /// The pages of [`Client::describe_classic_link_instances`], one request each (paginator `DescribeClassicLinkInstances`).
    pub fn describe_classic_link_instances_pages(
        &self,
        input: types::DescribeClassicLinkInstancesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeClassicLinkInstancesInput,
        types::DescribeClassicLinkInstancesOutput,
        error::DescribeClassicLinkInstancesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_CLASSIC_LINK_INSTANCES, input)
    }
    /// The pages of [`Client::describe_client_vpn_authorization_rules`], one request each (paginator `DescribeClientVpnAuthorizationRules`).
    pub fn describe_client_vpn_authorization_rules_pages(
        &self,
        input: types::DescribeClientVpnAuthorizationRulesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeClientVpnAuthorizationRulesInput,
        types::DescribeClientVpnAuthorizationRulesOutput,
        error::DescribeClientVpnAuthorizationRulesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_CLIENT_VPN_AUTHORIZATION_RULES,
                input,
            )
    }
    /// The pages of [`Client::describe_client_vpn_connections`], one request each (paginator `DescribeClientVpnConnections`).
    pub fn describe_client_vpn_connections_pages(
        &self,
        input: types::DescribeClientVpnConnectionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeClientVpnConnectionsInput,
        types::DescribeClientVpnConnectionsOutput,
        error::DescribeClientVpnConnectionsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_CLIENT_VPN_CONNECTIONS, input)
    }
    /// The pages of [`Client::describe_client_vpn_endpoints`], one request each (paginator `DescribeClientVpnEndpoints`).
    pub fn describe_client_vpn_endpoints_pages(
        &self,
        input: types::DescribeClientVpnEndpointsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeClientVpnEndpointsInput,
        types::DescribeClientVpnEndpointsOutput,
        error::DescribeClientVpnEndpointsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_CLIENT_VPN_ENDPOINTS, input)
    }
    /// The pages of [`Client::describe_client_vpn_routes`], one request each (paginator `DescribeClientVpnRoutes`).
    pub fn describe_client_vpn_routes_pages(
        &self,
        input: types::DescribeClientVpnRoutesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeClientVpnRoutesInput,
        types::DescribeClientVpnRoutesOutput,
        error::DescribeClientVpnRoutesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_CLIENT_VPN_ROUTES, input)
    }
    /// The pages of [`Client::describe_client_vpn_target_networks`], one request each (paginator `DescribeClientVpnTargetNetworks`).
    pub fn describe_client_vpn_target_networks_pages(
        &self,
        input: types::DescribeClientVpnTargetNetworksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeClientVpnTargetNetworksInput,
        types::DescribeClientVpnTargetNetworksOutput,
        error::DescribeClientVpnTargetNetworksError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_CLIENT_VPN_TARGET_NETWORKS, input)
    }
    /// The pages of [`Client::describe_coip_pools`], one request each (paginator `DescribeCoipPools`).
    pub fn describe_coip_pools_pages(
        &self,
        input: types::DescribeCoipPoolsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeCoipPoolsInput,
        types::DescribeCoipPoolsOutput,
        error::DescribeCoipPoolsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_COIP_POOLS, input)
    }
    /// The pages of [`Client::describe_dhcp_options`], one request each (paginator `DescribeDhcpOptions`).
    pub fn describe_dhcp_options_pages(
        &self,
        input: types::DescribeDhcpOptionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeDhcpOptionsInput,
        types::DescribeDhcpOptionsOutput,
        error::DescribeDhcpOptionsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_DHCP_OPTIONS, input)
    }
    /// The pages of [`Client::describe_egress_only_internet_gateways`], one request each (paginator `DescribeEgressOnlyInternetGateways`).
    pub fn describe_egress_only_internet_gateways_pages(
        &self,
        input: types::DescribeEgressOnlyInternetGatewaysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeEgressOnlyInternetGatewaysInput,
        types::DescribeEgressOnlyInternetGatewaysOutput,
        error::DescribeEgressOnlyInternetGatewaysError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_EGRESS_ONLY_INTERNET_GATEWAYS,
                input,
            )
    }
    /// The pages of [`Client::describe_export_image_tasks`], one request each (paginator `DescribeExportImageTasks`).
    pub fn describe_export_image_tasks_pages(
        &self,
        input: types::DescribeExportImageTasksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeExportImageTasksInput,
        types::DescribeExportImageTasksOutput,
        error::DescribeExportImageTasksError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_EXPORT_IMAGE_TASKS, input)
    }
    /// The pages of [`Client::describe_fast_launch_images`], one request each (paginator `DescribeFastLaunchImages`).
    pub fn describe_fast_launch_images_pages(
        &self,
        input: types::DescribeFastLaunchImagesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeFastLaunchImagesInput,
        types::DescribeFastLaunchImagesOutput,
        error::DescribeFastLaunchImagesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_FAST_LAUNCH_IMAGES, input)
    }
    /// The pages of [`Client::describe_fast_snapshot_restores`], one request each (paginator `DescribeFastSnapshotRestores`).
    pub fn describe_fast_snapshot_restores_pages(
        &self,
        input: types::DescribeFastSnapshotRestoresInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeFastSnapshotRestoresInput,
        types::DescribeFastSnapshotRestoresOutput,
        error::DescribeFastSnapshotRestoresError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_FAST_SNAPSHOT_RESTORES, input)
    }
    /// The pages of [`Client::describe_fleets`], one request each (paginator `DescribeFleets`).
    pub fn describe_fleets_pages(
        &self,
        input: types::DescribeFleetsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeFleetsInput,
        types::DescribeFleetsOutput,
        error::DescribeFleetsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_FLEETS, input)
    }
    /// The pages of [`Client::describe_flow_logs`], one request each (paginator `DescribeFlowLogs`).
    pub fn describe_flow_logs_pages(
        &self,
        input: types::DescribeFlowLogsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeFlowLogsInput,
        types::DescribeFlowLogsOutput,
        error::DescribeFlowLogsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_FLOW_LOGS, input)
    }
    /// The pages of [`Client::describe_fpga_images`], one request each (paginator `DescribeFpgaImages`).
    pub fn describe_fpga_images_pages(
        &self,
        input: types::DescribeFpgaImagesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeFpgaImagesInput,
        types::DescribeFpgaImagesOutput,
        error::DescribeFpgaImagesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_FPGA_IMAGES, input)
    }
    /// The pages of [`Client::describe_host_reservation_offerings`], one request each (paginator `DescribeHostReservationOfferings`).
    pub fn describe_host_reservation_offerings_pages(
        &self,
        input: types::DescribeHostReservationOfferingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeHostReservationOfferingsInput,
        types::DescribeHostReservationOfferingsOutput,
        error::DescribeHostReservationOfferingsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_HOST_RESERVATION_OFFERINGS, input)
    }
    /// The pages of [`Client::describe_host_reservations`], one request each (paginator `DescribeHostReservations`).
    pub fn describe_host_reservations_pages(
        &self,
        input: types::DescribeHostReservationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeHostReservationsInput,
        types::DescribeHostReservationsOutput,
        error::DescribeHostReservationsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_HOST_RESERVATIONS, input)
    }
    /// The pages of [`Client::describe_hosts`], one request each (paginator `DescribeHosts`).
    pub fn describe_hosts_pages(
        &self,
        input: types::DescribeHostsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeHostsInput,
        types::DescribeHostsOutput,
        error::DescribeHostsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_HOSTS, input)
    }
    /// The pages of [`Client::describe_iam_instance_profile_associations`], one request each (paginator `DescribeIamInstanceProfileAssociations`).
    pub fn describe_iam_instance_profile_associations_pages(
        &self,
        input: types::DescribeIamInstanceProfileAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIamInstanceProfileAssociationsInput,
        types::DescribeIamInstanceProfileAssociationsOutput,
        error::DescribeIamInstanceProfileAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_IAM_INSTANCE_PROFILE_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_image_references`], one request each (paginator `DescribeImageReferences`).
    pub fn describe_image_references_pages(
        &self,
        input: types::DescribeImageReferencesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeImageReferencesInput,
        types::DescribeImageReferencesOutput,
        error::DescribeImageReferencesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IMAGE_REFERENCES, input)
    }
    /// The pages of [`Client::describe_image_usage_report_entries`], one request each (paginator `DescribeImageUsageReportEntries`).
    pub fn describe_image_usage_report_entries_pages(
        &self,
        input: types::DescribeImageUsageReportEntriesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeImageUsageReportEntriesInput,
        types::DescribeImageUsageReportEntriesOutput,
        error::DescribeImageUsageReportEntriesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_IMAGE_USAGE_REPORT_ENTRIES, input)
    }
    /// The pages of [`Client::describe_image_usage_reports`], one request each (paginator `DescribeImageUsageReports`).
    pub fn describe_image_usage_reports_pages(
        &self,
        input: types::DescribeImageUsageReportsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeImageUsageReportsInput,
        types::DescribeImageUsageReportsOutput,
        error::DescribeImageUsageReportsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IMAGE_USAGE_REPORTS, input)
    }
    /// The pages of [`Client::describe_images`], one request each (paginator `DescribeImages`).
    pub fn describe_images_pages(
        &self,
        input: types::DescribeImagesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeImagesInput,
        types::DescribeImagesOutput,
        error::DescribeImagesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IMAGES, input)
    }
    /// The pages of [`Client::describe_import_image_tasks`], one request each (paginator `DescribeImportImageTasks`).
    pub fn describe_import_image_tasks_pages(
        &self,
        input: types::DescribeImportImageTasksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeImportImageTasksInput,
        types::DescribeImportImageTasksOutput,
        error::DescribeImportImageTasksError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IMPORT_IMAGE_TASKS, input)
    }
    /// The pages of [`Client::describe_import_snapshot_tasks`], one request each (paginator `DescribeImportSnapshotTasks`).
    pub fn describe_import_snapshot_tasks_pages(
        &self,
        input: types::DescribeImportSnapshotTasksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeImportSnapshotTasksInput,
        types::DescribeImportSnapshotTasksOutput,
        error::DescribeImportSnapshotTasksError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IMPORT_SNAPSHOT_TASKS, input)
    }
    /// The pages of [`Client::describe_instance_connect_endpoints`], one request each (paginator `DescribeInstanceConnectEndpoints`).
    pub fn describe_instance_connect_endpoints_pages(
        &self,
        input: types::DescribeInstanceConnectEndpointsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceConnectEndpointsInput,
        types::DescribeInstanceConnectEndpointsOutput,
        error::DescribeInstanceConnectEndpointsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_INSTANCE_CONNECT_ENDPOINTS, input)
    }
    /// The pages of [`Client::describe_instance_credit_specifications`], one request each (paginator `DescribeInstanceCreditSpecifications`).
    pub fn describe_instance_credit_specifications_pages(
        &self,
        input: types::DescribeInstanceCreditSpecificationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceCreditSpecificationsInput,
        types::DescribeInstanceCreditSpecificationsOutput,
        error::DescribeInstanceCreditSpecificationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_INSTANCE_CREDIT_SPECIFICATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_instance_event_windows`], one request each (paginator `DescribeInstanceEventWindows`).
    pub fn describe_instance_event_windows_pages(
        &self,
        input: types::DescribeInstanceEventWindowsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceEventWindowsInput,
        types::DescribeInstanceEventWindowsOutput,
        error::DescribeInstanceEventWindowsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_INSTANCE_EVENT_WINDOWS, input)
    }
    /// The pages of [`Client::describe_instance_image_metadata`], one request each (paginator `DescribeInstanceImageMetadata`).
    pub fn describe_instance_image_metadata_pages(
        &self,
        input: types::DescribeInstanceImageMetadataInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceImageMetadataInput,
        types::DescribeInstanceImageMetadataOutput,
        error::DescribeInstanceImageMetadataError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_INSTANCE_IMAGE_METADATA, input)
    }
    /// The pages of [`Client::describe_instance_status`], one request each (paginator `DescribeInstanceStatus`).
    pub fn describe_instance_status_pages(
        &self,
        input: types::DescribeInstanceStatusInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceStatusInput,
        types::DescribeInstanceStatusOutput,
        error::DescribeInstanceStatusError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_INSTANCE_STATUS, input)
    }
    /// The pages of [`Client::describe_instance_topology`], one request each (paginator `DescribeInstanceTopology`).
    pub fn describe_instance_topology_pages(
        &self,
        input: types::DescribeInstanceTopologyInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceTopologyInput,
        types::DescribeInstanceTopologyOutput,
        error::DescribeInstanceTopologyError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_INSTANCE_TOPOLOGY, input)
    }
    /// The pages of [`Client::describe_instance_type_offerings`], one request each (paginator `DescribeInstanceTypeOfferings`).
    pub fn describe_instance_type_offerings_pages(
        &self,
        input: types::DescribeInstanceTypeOfferingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceTypeOfferingsInput,
        types::DescribeInstanceTypeOfferingsOutput,
        error::DescribeInstanceTypeOfferingsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_INSTANCE_TYPE_OFFERINGS, input)
    }
    /// The pages of [`Client::describe_instance_types`], one request each (paginator `DescribeInstanceTypes`).
    pub fn describe_instance_types_pages(
        &self,
        input: types::DescribeInstanceTypesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstanceTypesInput,
        types::DescribeInstanceTypesOutput,
        error::DescribeInstanceTypesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_INSTANCE_TYPES, input)
    }
    /// The pages of [`Client::describe_instances`], one request each (paginator `DescribeInstances`).
    pub fn describe_instances_pages(
        &self,
        input: types::DescribeInstancesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInstancesInput,
        types::DescribeInstancesOutput,
        error::DescribeInstancesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_INSTANCES, input)
    }
    /// The pages of [`Client::describe_internet_gateways`], one request each (paginator `DescribeInternetGateways`).
    pub fn describe_internet_gateways_pages(
        &self,
        input: types::DescribeInternetGatewaysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeInternetGatewaysInput,
        types::DescribeInternetGatewaysOutput,
        error::DescribeInternetGatewaysError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_INTERNET_GATEWAYS, input)
    }
    /// The pages of [`Client::describe_ipam_pool_allocations`], one request each (paginator `DescribeIpamPoolAllocations`).
    pub fn describe_ipam_pool_allocations_pages(
        &self,
        input: types::DescribeIpamPoolAllocationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamPoolAllocationsInput,
        types::DescribeIpamPoolAllocationsOutput,
        error::DescribeIpamPoolAllocationsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IPAM_POOL_ALLOCATIONS, input)
    }
    /// The pages of [`Client::describe_ipam_pools`], one request each (paginator `DescribeIpamPools`).
    pub fn describe_ipam_pools_pages(
        &self,
        input: types::DescribeIpamPoolsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamPoolsInput,
        types::DescribeIpamPoolsOutput,
        error::DescribeIpamPoolsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IPAM_POOLS, input)
    }
    /// The pages of [`Client::describe_ipam_prefix_list_resolver_targets`], one request each (paginator `DescribeIpamPrefixListResolverTargets`).
    pub fn describe_ipam_prefix_list_resolver_targets_pages(
        &self,
        input: types::DescribeIpamPrefixListResolverTargetsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamPrefixListResolverTargetsInput,
        types::DescribeIpamPrefixListResolverTargetsOutput,
        error::DescribeIpamPrefixListResolverTargetsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_IPAM_PREFIX_LIST_RESOLVER_TARGETS,
                input,
            )
    }
    /// The pages of [`Client::describe_ipam_prefix_list_resolvers`], one request each (paginator `DescribeIpamPrefixListResolvers`).
    pub fn describe_ipam_prefix_list_resolvers_pages(
        &self,
        input: types::DescribeIpamPrefixListResolversInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamPrefixListResolversInput,
        types::DescribeIpamPrefixListResolversOutput,
        error::DescribeIpamPrefixListResolversError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_IPAM_PREFIX_LIST_RESOLVERS, input)
    }
    /// The pages of [`Client::describe_ipam_resource_discoveries`], one request each (paginator `DescribeIpamResourceDiscoveries`).
    pub fn describe_ipam_resource_discoveries_pages(
        &self,
        input: types::DescribeIpamResourceDiscoveriesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamResourceDiscoveriesInput,
        types::DescribeIpamResourceDiscoveriesOutput,
        error::DescribeIpamResourceDiscoveriesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_IPAM_RESOURCE_DISCOVERIES, input)
    }
    /// The pages of [`Client::describe_ipam_resource_discovery_associations`], one request each (paginator `DescribeIpamResourceDiscoveryAssociations`).
    pub fn describe_ipam_resource_discovery_associations_pages(
        &self,
        input: types::DescribeIpamResourceDiscoveryAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamResourceDiscoveryAssociationsInput,
        types::DescribeIpamResourceDiscoveryAssociationsOutput,
        error::DescribeIpamResourceDiscoveryAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_IPAM_RESOURCE_DISCOVERY_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_ipam_scopes`], one request each (paginator `DescribeIpamScopes`).
    pub fn describe_ipam_scopes_pages(
        &self,
        input: types::DescribeIpamScopesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamScopesInput,
        types::DescribeIpamScopesOutput,
        error::DescribeIpamScopesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IPAM_SCOPES, input)
    }
    /// The pages of [`Client::describe_ipams`], one request each (paginator `DescribeIpams`).
    pub fn describe_ipams_pages(
        &self,
        input: types::DescribeIpamsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpamsInput,
        types::DescribeIpamsOutput,
        error::DescribeIpamsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IPAMS, input)
    }
    /// The pages of [`Client::describe_ipv6_pools`], one request each (paginator `DescribeIpv6Pools`).
    pub fn describe_ipv6_pools_pages(
        &self,
        input: types::DescribeIpv6PoolsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeIpv6PoolsInput,
        types::DescribeIpv6PoolsOutput,
        error::DescribeIpv6PoolsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_IPV6_POOLS, input)
    }
    /// The pages of [`Client::describe_launch_template_versions`], one request each (paginator `DescribeLaunchTemplateVersions`).
    pub fn describe_launch_template_versions_pages(
        &self,
        input: types::DescribeLaunchTemplateVersionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLaunchTemplateVersionsInput,
        types::DescribeLaunchTemplateVersionsOutput,
        error::DescribeLaunchTemplateVersionsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, input)
    }
    /// The pages of [`Client::describe_launch_templates`], one request each (paginator `DescribeLaunchTemplates`).
    pub fn describe_launch_templates_pages(
        &self,
        input: types::DescribeLaunchTemplatesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLaunchTemplatesInput,
        types::DescribeLaunchTemplatesOutput,
        error::DescribeLaunchTemplatesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_LAUNCH_TEMPLATES, input)
    }
    /// The pages of [`Client::describe_local_gateway_route_table_virtual_interface_group_associations`], one request each (paginator `DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations`).
    pub fn describe_local_gateway_route_table_virtual_interface_group_associations_pages(
        &self,
        input: types::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsInput,
        types::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsOutput,
        error::DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_local_gateway_route_table_vpc_associations`], one request each (paginator `DescribeLocalGatewayRouteTableVpcAssociations`).
    pub fn describe_local_gateway_route_table_vpc_associations_pages(
        &self,
        input: types::DescribeLocalGatewayRouteTableVpcAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLocalGatewayRouteTableVpcAssociationsInput,
        types::DescribeLocalGatewayRouteTableVpcAssociationsOutput,
        error::DescribeLocalGatewayRouteTableVpcAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_local_gateway_route_tables`], one request each (paginator `DescribeLocalGatewayRouteTables`).
    pub fn describe_local_gateway_route_tables_pages(
        &self,
        input: types::DescribeLocalGatewayRouteTablesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLocalGatewayRouteTablesInput,
        types::DescribeLocalGatewayRouteTablesOutput,
        error::DescribeLocalGatewayRouteTablesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLES, input)
    }
    /// The pages of [`Client::describe_local_gateway_virtual_interface_groups`], one request each (paginator `DescribeLocalGatewayVirtualInterfaceGroups`).
    pub fn describe_local_gateway_virtual_interface_groups_pages(
        &self,
        input: types::DescribeLocalGatewayVirtualInterfaceGroupsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLocalGatewayVirtualInterfaceGroupsInput,
        types::DescribeLocalGatewayVirtualInterfaceGroupsOutput,
        error::DescribeLocalGatewayVirtualInterfaceGroupsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUPS,
                input,
            )
    }
    /// The pages of [`Client::describe_local_gateway_virtual_interfaces`], one request each (paginator `DescribeLocalGatewayVirtualInterfaces`).
    pub fn describe_local_gateway_virtual_interfaces_pages(
        &self,
        input: types::DescribeLocalGatewayVirtualInterfacesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLocalGatewayVirtualInterfacesInput,
        types::DescribeLocalGatewayVirtualInterfacesOutput,
        error::DescribeLocalGatewayVirtualInterfacesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_LOCAL_GATEWAY_VIRTUAL_INTERFACES,
                input,
            )
    }
    /// The pages of [`Client::describe_local_gateways`], one request each (paginator `DescribeLocalGateways`).
    pub fn describe_local_gateways_pages(
        &self,
        input: types::DescribeLocalGatewaysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeLocalGatewaysInput,
        types::DescribeLocalGatewaysOutput,
        error::DescribeLocalGatewaysError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_LOCAL_GATEWAYS, input)
    }
    /// The pages of [`Client::describe_mac_hosts`], one request each (paginator `DescribeMacHosts`).
    pub fn describe_mac_hosts_pages(
        &self,
        input: types::DescribeMacHostsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeMacHostsInput,
        types::DescribeMacHostsOutput,
        error::DescribeMacHostsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_MAC_HOSTS, input)
    }
    /// The pages of [`Client::describe_mac_modification_tasks`], one request each (paginator `DescribeMacModificationTasks`).
    pub fn describe_mac_modification_tasks_pages(
        &self,
        input: types::DescribeMacModificationTasksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeMacModificationTasksInput,
        types::DescribeMacModificationTasksOutput,
        error::DescribeMacModificationTasksError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_MAC_MODIFICATION_TASKS, input)
    }
    /// The pages of [`Client::describe_managed_prefix_lists`], one request each (paginator `DescribeManagedPrefixLists`).
    pub fn describe_managed_prefix_lists_pages(
        &self,
        input: types::DescribeManagedPrefixListsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeManagedPrefixListsInput,
        types::DescribeManagedPrefixListsOutput,
        error::DescribeManagedPrefixListsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_MANAGED_PREFIX_LISTS, input)
    }
    /// The pages of [`Client::describe_metric_categories`], one request each (paginator `DescribeMetricCategories`).
    pub fn describe_metric_categories_pages(
        &self,
        input: types::DescribeMetricCategoriesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeMetricCategoriesInput,
        types::DescribeMetricCategoriesOutput,
        error::DescribeMetricCategoriesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_METRIC_CATEGORIES, input)
    }
    /// The pages of [`Client::describe_moving_addresses`], one request each (paginator `DescribeMovingAddresses`).
    pub fn describe_moving_addresses_pages(
        &self,
        input: types::DescribeMovingAddressesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeMovingAddressesInput,
        types::DescribeMovingAddressesOutput,
        error::DescribeMovingAddressesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_MOVING_ADDRESSES, input)
    }
    /// The pages of [`Client::describe_nat_gateways`], one request each (paginator `DescribeNatGateways`).
    pub fn describe_nat_gateways_pages(
        &self,
        input: types::DescribeNatGatewaysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNatGatewaysInput,
        types::DescribeNatGatewaysOutput,
        error::DescribeNatGatewaysError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_NAT_GATEWAYS, input)
    }
    /// The pages of [`Client::describe_network_acls`], one request each (paginator `DescribeNetworkAcls`).
    pub fn describe_network_acls_pages(
        &self,
        input: types::DescribeNetworkAclsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkAclsInput,
        types::DescribeNetworkAclsOutput,
        error::DescribeNetworkAclsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_NETWORK_ACLS, input)
    }
    /// The pages of [`Client::describe_network_insights_access_scope_analyses`], one request each (paginator `DescribeNetworkInsightsAccessScopeAnalyses`).
    pub fn describe_network_insights_access_scope_analyses_pages(
        &self,
        input: types::DescribeNetworkInsightsAccessScopeAnalysesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkInsightsAccessScopeAnalysesInput,
        types::DescribeNetworkInsightsAccessScopeAnalysesOutput,
        error::DescribeNetworkInsightsAccessScopeAnalysesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSES,
                input,
            )
    }
    /// The pages of [`Client::describe_network_insights_access_scopes`], one request each (paginator `DescribeNetworkInsightsAccessScopes`).
    pub fn describe_network_insights_access_scopes_pages(
        &self,
        input: types::DescribeNetworkInsightsAccessScopesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkInsightsAccessScopesInput,
        types::DescribeNetworkInsightsAccessScopesOutput,
        error::DescribeNetworkInsightsAccessScopesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_NETWORK_INSIGHTS_ACCESS_SCOPES,
                input,
            )
    }
    /// The pages of [`Client::describe_network_insights_analyses`], one request each (paginator `DescribeNetworkInsightsAnalyses`).
    pub fn describe_network_insights_analyses_pages(
        &self,
        input: types::DescribeNetworkInsightsAnalysesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkInsightsAnalysesInput,
        types::DescribeNetworkInsightsAnalysesOutput,
        error::DescribeNetworkInsightsAnalysesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_NETWORK_INSIGHTS_ANALYSES, input)
    }
    /// The pages of [`Client::describe_network_insights_paths`], one request each (paginator `DescribeNetworkInsightsPaths`).
    pub fn describe_network_insights_paths_pages(
        &self,
        input: types::DescribeNetworkInsightsPathsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkInsightsPathsInput,
        types::DescribeNetworkInsightsPathsOutput,
        error::DescribeNetworkInsightsPathsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_NETWORK_INSIGHTS_PATHS, input)
    }
    /// The pages of [`Client::describe_network_interface_permissions`], one request each (paginator `DescribeNetworkInterfacePermissions`).
    pub fn describe_network_interface_permissions_pages(
        &self,
        input: types::DescribeNetworkInterfacePermissionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkInterfacePermissionsInput,
        types::DescribeNetworkInterfacePermissionsOutput,
        error::DescribeNetworkInterfacePermissionsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_NETWORK_INTERFACE_PERMISSIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_network_interfaces`], one request each (paginator `DescribeNetworkInterfaces`).
    pub fn describe_network_interfaces_pages(
        &self,
        input: types::DescribeNetworkInterfacesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkInterfacesInput,
        types::DescribeNetworkInterfacesOutput,
        error::DescribeNetworkInterfacesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_NETWORK_INTERFACES, input)
    }
    /// The pages of [`Client::describe_networking_flex_cost_allocation_policies`], one request each (paginator `DescribeNetworkingFlexCostAllocationPolicies`).
    pub fn describe_networking_flex_cost_allocation_policies_pages(
        &self,
        input: types::DescribeNetworkingFlexCostAllocationPoliciesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkingFlexCostAllocationPoliciesInput,
        types::DescribeNetworkingFlexCostAllocationPoliciesOutput,
        error::DescribeNetworkingFlexCostAllocationPoliciesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_NETWORKING_FLEX_COST_ALLOCATION_POLICIES,
                input,
            )
    }
    /// The pages of [`Client::describe_networking_flex_cost_allocation_policy_associations`], one request each (paginator `DescribeNetworkingFlexCostAllocationPolicyAssociations`).
    pub fn describe_networking_flex_cost_allocation_policy_associations_pages(
        &self,
        input: types::DescribeNetworkingFlexCostAllocationPolicyAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeNetworkingFlexCostAllocationPolicyAssociationsInput,
        types::DescribeNetworkingFlexCostAllocationPolicyAssociationsOutput,
        error::DescribeNetworkingFlexCostAllocationPolicyAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_NETWORKING_FLEX_COST_ALLOCATION_POLICY_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_prefix_lists`], one request each (paginator `DescribePrefixLists`).
    pub fn describe_prefix_lists_pages(
        &self,
        input: types::DescribePrefixListsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribePrefixListsInput,
        types::DescribePrefixListsOutput,
        error::DescribePrefixListsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_PREFIX_LISTS, input)
    }
    /// The pages of [`Client::describe_principal_id_format`], one request each (paginator `DescribePrincipalIdFormat`).
    pub fn describe_principal_id_format_pages(
        &self,
        input: types::DescribePrincipalIdFormatInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribePrincipalIdFormatInput,
        types::DescribePrincipalIdFormatOutput,
        error::DescribePrincipalIdFormatError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_PRINCIPAL_ID_FORMAT, input)
    }
    /// The pages of [`Client::describe_public_ipv4_pools`], one request each (paginator `DescribePublicIpv4Pools`).
    pub fn describe_public_ipv4_pools_pages(
        &self,
        input: types::DescribePublicIpv4PoolsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribePublicIpv4PoolsInput,
        types::DescribePublicIpv4PoolsOutput,
        error::DescribePublicIpv4PoolsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_PUBLIC_IPV4_POOLS, input)
    }
    /// The pages of [`Client::describe_replace_root_volume_tasks`], one request each (paginator `DescribeReplaceRootVolumeTasks`).
    pub fn describe_replace_root_volume_tasks_pages(
        &self,
        input: types::DescribeReplaceRootVolumeTasksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeReplaceRootVolumeTasksInput,
        types::DescribeReplaceRootVolumeTasksOutput,
        error::DescribeReplaceRootVolumeTasksError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_REPLACE_ROOT_VOLUME_TASKS, input)
    }
    /// The pages of [`Client::describe_reserved_instances_modifications`], one request each (paginator `DescribeReservedInstancesModifications`).
    pub fn describe_reserved_instances_modifications_pages(
        &self,
        input: types::DescribeReservedInstancesModificationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeReservedInstancesModificationsInput,
        types::DescribeReservedInstancesModificationsOutput,
        error::DescribeReservedInstancesModificationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_RESERVED_INSTANCES_MODIFICATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_reserved_instances_offerings`], one request each (paginator `DescribeReservedInstancesOfferings`).
    pub fn describe_reserved_instances_offerings_pages(
        &self,
        input: types::DescribeReservedInstancesOfferingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeReservedInstancesOfferingsInput,
        types::DescribeReservedInstancesOfferingsOutput,
        error::DescribeReservedInstancesOfferingsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_RESERVED_INSTANCES_OFFERINGS, input)
    }
    /// The pages of [`Client::describe_route_server_endpoints`], one request each (paginator `DescribeRouteServerEndpoints`).
    pub fn describe_route_server_endpoints_pages(
        &self,
        input: types::DescribeRouteServerEndpointsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeRouteServerEndpointsInput,
        types::DescribeRouteServerEndpointsOutput,
        error::DescribeRouteServerEndpointsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_ROUTE_SERVER_ENDPOINTS, input)
    }
    /// The pages of [`Client::describe_route_server_peers`], one request each (paginator `DescribeRouteServerPeers`).
    pub fn describe_route_server_peers_pages(
        &self,
        input: types::DescribeRouteServerPeersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeRouteServerPeersInput,
        types::DescribeRouteServerPeersOutput,
        error::DescribeRouteServerPeersError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ROUTE_SERVER_PEERS, input)
    }
    /// The pages of [`Client::describe_route_servers`], one request each (paginator `DescribeRouteServers`).
    pub fn describe_route_servers_pages(
        &self,
        input: types::DescribeRouteServersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeRouteServersInput,
        types::DescribeRouteServersOutput,
        error::DescribeRouteServersError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ROUTE_SERVERS, input)
    }
    /// The pages of [`Client::describe_route_tables`], one request each (paginator `DescribeRouteTables`).
    pub fn describe_route_tables_pages(
        &self,
        input: types::DescribeRouteTablesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeRouteTablesInput,
        types::DescribeRouteTablesOutput,
        error::DescribeRouteTablesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_ROUTE_TABLES, input)
    }
    /// The pages of [`Client::describe_scheduled_instance_availability`], one request each (paginator `DescribeScheduledInstanceAvailability`).
    pub fn describe_scheduled_instance_availability_pages(
        &self,
        input: types::DescribeScheduledInstanceAvailabilityInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeScheduledInstanceAvailabilityInput,
        types::DescribeScheduledInstanceAvailabilityOutput,
        error::DescribeScheduledInstanceAvailabilityError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_SCHEDULED_INSTANCE_AVAILABILITY,
                input,
            )
    }
    /// The pages of [`Client::describe_scheduled_instances`], one request each (paginator `DescribeScheduledInstances`).
    pub fn describe_scheduled_instances_pages(
        &self,
        input: types::DescribeScheduledInstancesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeScheduledInstancesInput,
        types::DescribeScheduledInstancesOutput,
        error::DescribeScheduledInstancesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SCHEDULED_INSTANCES, input)
    }
    /// The pages of [`Client::describe_secondary_interfaces`], one request each (paginator `DescribeSecondaryInterfaces`).
    pub fn describe_secondary_interfaces_pages(
        &self,
        input: types::DescribeSecondaryInterfacesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSecondaryInterfacesInput,
        types::DescribeSecondaryInterfacesOutput,
        error::DescribeSecondaryInterfacesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SECONDARY_INTERFACES, input)
    }
    /// The pages of [`Client::describe_secondary_networks`], one request each (paginator `DescribeSecondaryNetworks`).
    pub fn describe_secondary_networks_pages(
        &self,
        input: types::DescribeSecondaryNetworksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSecondaryNetworksInput,
        types::DescribeSecondaryNetworksOutput,
        error::DescribeSecondaryNetworksError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SECONDARY_NETWORKS, input)
    }
    /// The pages of [`Client::describe_secondary_subnets`], one request each (paginator `DescribeSecondarySubnets`).
    pub fn describe_secondary_subnets_pages(
        &self,
        input: types::DescribeSecondarySubnetsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSecondarySubnetsInput,
        types::DescribeSecondarySubnetsOutput,
        error::DescribeSecondarySubnetsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SECONDARY_SUBNETS, input)
    }
    /// The pages of [`Client::describe_security_group_rules`], one request each (paginator `DescribeSecurityGroupRules`).
    pub fn describe_security_group_rules_pages(
        &self,
        input: types::DescribeSecurityGroupRulesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSecurityGroupRulesInput,
        types::DescribeSecurityGroupRulesOutput,
        error::DescribeSecurityGroupRulesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SECURITY_GROUP_RULES, input)
    }
    /// The pages of [`Client::describe_security_group_vpc_associations`], one request each (paginator `DescribeSecurityGroupVpcAssociations`).
    pub fn describe_security_group_vpc_associations_pages(
        &self,
        input: types::DescribeSecurityGroupVpcAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSecurityGroupVpcAssociationsInput,
        types::DescribeSecurityGroupVpcAssociationsOutput,
        error::DescribeSecurityGroupVpcAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_SECURITY_GROUP_VPC_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_security_groups`], one request each (paginator `DescribeSecurityGroups`).
    pub fn describe_security_groups_pages(
        &self,
        input: types::DescribeSecurityGroupsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSecurityGroupsInput,
        types::DescribeSecurityGroupsOutput,
        error::DescribeSecurityGroupsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SECURITY_GROUPS, input)
    }
    /// The pages of [`Client::describe_snapshot_tier_status`], one request each (paginator `DescribeSnapshotTierStatus`).
    pub fn describe_snapshot_tier_status_pages(
        &self,
        input: types::DescribeSnapshotTierStatusInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSnapshotTierStatusInput,
        types::DescribeSnapshotTierStatusOutput,
        error::DescribeSnapshotTierStatusError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SNAPSHOT_TIER_STATUS, input)
    }
    /// The pages of [`Client::describe_snapshots`], one request each (paginator `DescribeSnapshots`).
    pub fn describe_snapshots_pages(
        &self,
        input: types::DescribeSnapshotsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSnapshotsInput,
        types::DescribeSnapshotsOutput,
        error::DescribeSnapshotsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SNAPSHOTS, input)
    }
    /// The pages of [`Client::describe_spot_fleet_instances`], one request each (paginator `DescribeSpotFleetInstances`).
    pub fn describe_spot_fleet_instances_pages(
        &self,
        input: types::DescribeSpotFleetInstancesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSpotFleetInstancesInput,
        types::DescribeSpotFleetInstancesOutput,
        error::DescribeSpotFleetInstancesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SPOT_FLEET_INSTANCES, input)
    }
    /// The pages of [`Client::describe_spot_fleet_requests`], one request each (paginator `DescribeSpotFleetRequests`).
    pub fn describe_spot_fleet_requests_pages(
        &self,
        input: types::DescribeSpotFleetRequestsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSpotFleetRequestsInput,
        types::DescribeSpotFleetRequestsOutput,
        error::DescribeSpotFleetRequestsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SPOT_FLEET_REQUESTS, input)
    }
    /// The pages of [`Client::describe_spot_instance_requests`], one request each (paginator `DescribeSpotInstanceRequests`).
    pub fn describe_spot_instance_requests_pages(
        &self,
        input: types::DescribeSpotInstanceRequestsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSpotInstanceRequestsInput,
        types::DescribeSpotInstanceRequestsOutput,
        error::DescribeSpotInstanceRequestsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_SPOT_INSTANCE_REQUESTS, input)
    }
    /// The pages of [`Client::describe_spot_price_history`], one request each (paginator `DescribeSpotPriceHistory`).
    pub fn describe_spot_price_history_pages(
        &self,
        input: types::DescribeSpotPriceHistoryInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSpotPriceHistoryInput,
        types::DescribeSpotPriceHistoryOutput,
        error::DescribeSpotPriceHistoryError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SPOT_PRICE_HISTORY, input)
    }
    /// The pages of [`Client::describe_stale_security_groups`], one request each (paginator `DescribeStaleSecurityGroups`).
    pub fn describe_stale_security_groups_pages(
        &self,
        input: types::DescribeStaleSecurityGroupsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeStaleSecurityGroupsInput,
        types::DescribeStaleSecurityGroupsOutput,
        error::DescribeStaleSecurityGroupsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_STALE_SECURITY_GROUPS, input)
    }
    /// The pages of [`Client::describe_store_image_tasks`], one request each (paginator `DescribeStoreImageTasks`).
    pub fn describe_store_image_tasks_pages(
        &self,
        input: types::DescribeStoreImageTasksInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeStoreImageTasksInput,
        types::DescribeStoreImageTasksOutput,
        error::DescribeStoreImageTasksError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_STORE_IMAGE_TASKS, input)
    }
    /// The pages of [`Client::describe_subnets`], one request each (paginator `DescribeSubnets`).
    pub fn describe_subnets_pages(
        &self,
        input: types::DescribeSubnetsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeSubnetsInput,
        types::DescribeSubnetsOutput,
        error::DescribeSubnetsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_SUBNETS, input)
    }
    /// The pages of [`Client::describe_tags`], one request each (paginator `DescribeTags`).
    pub fn describe_tags_pages(
        &self,
        input: types::DescribeTagsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTagsInput,
        types::DescribeTagsOutput,
        error::DescribeTagsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_TAGS, input)
    }
    /// The pages of [`Client::describe_traffic_mirror_filters`], one request each (paginator `DescribeTrafficMirrorFilters`).
    pub fn describe_traffic_mirror_filters_pages(
        &self,
        input: types::DescribeTrafficMirrorFiltersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTrafficMirrorFiltersInput,
        types::DescribeTrafficMirrorFiltersOutput,
        error::DescribeTrafficMirrorFiltersError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRAFFIC_MIRROR_FILTERS, input)
    }
    /// The pages of [`Client::describe_traffic_mirror_sessions`], one request each (paginator `DescribeTrafficMirrorSessions`).
    pub fn describe_traffic_mirror_sessions_pages(
        &self,
        input: types::DescribeTrafficMirrorSessionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTrafficMirrorSessionsInput,
        types::DescribeTrafficMirrorSessionsOutput,
        error::DescribeTrafficMirrorSessionsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRAFFIC_MIRROR_SESSIONS, input)
    }
    /// The pages of [`Client::describe_traffic_mirror_targets`], one request each (paginator `DescribeTrafficMirrorTargets`).
    pub fn describe_traffic_mirror_targets_pages(
        &self,
        input: types::DescribeTrafficMirrorTargetsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTrafficMirrorTargetsInput,
        types::DescribeTrafficMirrorTargetsOutput,
        error::DescribeTrafficMirrorTargetsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRAFFIC_MIRROR_TARGETS, input)
    }
    /// The pages of [`Client::describe_transit_gateway_attachments`], one request each (paginator `DescribeTransitGatewayAttachments`).
    pub fn describe_transit_gateway_attachments_pages(
        &self,
        input: types::DescribeTransitGatewayAttachmentsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayAttachmentsInput,
        types::DescribeTransitGatewayAttachmentsOutput,
        error::DescribeTransitGatewayAttachmentsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_ATTACHMENTS, input)
    }
    /// The pages of [`Client::describe_transit_gateway_connect_peers`], one request each (paginator `DescribeTransitGatewayConnectPeers`).
    pub fn describe_transit_gateway_connect_peers_pages(
        &self,
        input: types::DescribeTransitGatewayConnectPeersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayConnectPeersInput,
        types::DescribeTransitGatewayConnectPeersOutput,
        error::DescribeTransitGatewayConnectPeersError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_CONNECT_PEERS,
                input,
            )
    }
    /// The pages of [`Client::describe_transit_gateway_connects`], one request each (paginator `DescribeTransitGatewayConnects`).
    pub fn describe_transit_gateway_connects_pages(
        &self,
        input: types::DescribeTransitGatewayConnectsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayConnectsInput,
        types::DescribeTransitGatewayConnectsOutput,
        error::DescribeTransitGatewayConnectsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_CONNECTS, input)
    }
    /// The pages of [`Client::describe_transit_gateway_multicast_domains`], one request each (paginator `DescribeTransitGatewayMulticastDomains`).
    pub fn describe_transit_gateway_multicast_domains_pages(
        &self,
        input: types::DescribeTransitGatewayMulticastDomainsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayMulticastDomainsInput,
        types::DescribeTransitGatewayMulticastDomainsOutput,
        error::DescribeTransitGatewayMulticastDomainsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_MULTICAST_DOMAINS,
                input,
            )
    }
    /// The pages of [`Client::describe_transit_gateway_peering_attachments`], one request each (paginator `DescribeTransitGatewayPeeringAttachments`).
    pub fn describe_transit_gateway_peering_attachments_pages(
        &self,
        input: types::DescribeTransitGatewayPeeringAttachmentsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayPeeringAttachmentsInput,
        types::DescribeTransitGatewayPeeringAttachmentsOutput,
        error::DescribeTransitGatewayPeeringAttachmentsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_PEERING_ATTACHMENTS,
                input,
            )
    }
    /// The pages of [`Client::describe_transit_gateway_policy_tables`], one request each (paginator `DescribeTransitGatewayPolicyTables`).
    pub fn describe_transit_gateway_policy_tables_pages(
        &self,
        input: types::DescribeTransitGatewayPolicyTablesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayPolicyTablesInput,
        types::DescribeTransitGatewayPolicyTablesOutput,
        error::DescribeTransitGatewayPolicyTablesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_POLICY_TABLES,
                input,
            )
    }
    /// The pages of [`Client::describe_transit_gateway_route_table_announcements`], one request each (paginator `DescribeTransitGatewayRouteTableAnnouncements`).
    pub fn describe_transit_gateway_route_table_announcements_pages(
        &self,
        input: types::DescribeTransitGatewayRouteTableAnnouncementsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayRouteTableAnnouncementsInput,
        types::DescribeTransitGatewayRouteTableAnnouncementsOutput,
        error::DescribeTransitGatewayRouteTableAnnouncementsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENTS,
                input,
            )
    }
    /// The pages of [`Client::describe_transit_gateway_route_tables`], one request each (paginator `DescribeTransitGatewayRouteTables`).
    pub fn describe_transit_gateway_route_tables_pages(
        &self,
        input: types::DescribeTransitGatewayRouteTablesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayRouteTablesInput,
        types::DescribeTransitGatewayRouteTablesOutput,
        error::DescribeTransitGatewayRouteTablesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_ROUTE_TABLES, input)
    }
    /// The pages of [`Client::describe_transit_gateway_vpc_attachments`], one request each (paginator `DescribeTransitGatewayVpcAttachments`).
    pub fn describe_transit_gateway_vpc_attachments_pages(
        &self,
        input: types::DescribeTransitGatewayVpcAttachmentsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewayVpcAttachmentsInput,
        types::DescribeTransitGatewayVpcAttachmentsOutput,
        error::DescribeTransitGatewayVpcAttachmentsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_TRANSIT_GATEWAY_VPC_ATTACHMENTS,
                input,
            )
    }
    /// The pages of [`Client::describe_transit_gateways`], one request each (paginator `DescribeTransitGateways`).
    pub fn describe_transit_gateways_pages(
        &self,
        input: types::DescribeTransitGatewaysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTransitGatewaysInput,
        types::DescribeTransitGatewaysOutput,
        error::DescribeTransitGatewaysError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_TRANSIT_GATEWAYS, input)
    }
    /// The pages of [`Client::describe_trunk_interface_associations`], one request each (paginator `DescribeTrunkInterfaceAssociations`).
    pub fn describe_trunk_interface_associations_pages(
        &self,
        input: types::DescribeTrunkInterfaceAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeTrunkInterfaceAssociationsInput,
        types::DescribeTrunkInterfaceAssociationsOutput,
        error::DescribeTrunkInterfaceAssociationsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_TRUNK_INTERFACE_ASSOCIATIONS, input)
    }
    /// The pages of [`Client::describe_verified_access_endpoints`], one request each (paginator `DescribeVerifiedAccessEndpoints`).
    pub fn describe_verified_access_endpoints_pages(
        &self,
        input: types::DescribeVerifiedAccessEndpointsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVerifiedAccessEndpointsInput,
        types::DescribeVerifiedAccessEndpointsOutput,
        error::DescribeVerifiedAccessEndpointsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_VERIFIED_ACCESS_ENDPOINTS, input)
    }
    /// The pages of [`Client::describe_verified_access_groups`], one request each (paginator `DescribeVerifiedAccessGroups`).
    pub fn describe_verified_access_groups_pages(
        &self,
        input: types::DescribeVerifiedAccessGroupsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVerifiedAccessGroupsInput,
        types::DescribeVerifiedAccessGroupsOutput,
        error::DescribeVerifiedAccessGroupsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_VERIFIED_ACCESS_GROUPS, input)
    }
    /// The pages of [`Client::describe_verified_access_instance_logging_configurations`], one request each (paginator `DescribeVerifiedAccessInstanceLoggingConfigurations`).
    pub fn describe_verified_access_instance_logging_configurations_pages(
        &self,
        input: types::DescribeVerifiedAccessInstanceLoggingConfigurationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVerifiedAccessInstanceLoggingConfigurationsInput,
        types::DescribeVerifiedAccessInstanceLoggingConfigurationsOutput,
        error::DescribeVerifiedAccessInstanceLoggingConfigurationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_VERIFIED_ACCESS_INSTANCE_LOGGING_CONFIGURATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_verified_access_instances`], one request each (paginator `DescribeVerifiedAccessInstances`).
    pub fn describe_verified_access_instances_pages(
        &self,
        input: types::DescribeVerifiedAccessInstancesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVerifiedAccessInstancesInput,
        types::DescribeVerifiedAccessInstancesOutput,
        error::DescribeVerifiedAccessInstancesError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_VERIFIED_ACCESS_INSTANCES, input)
    }
    /// The pages of [`Client::describe_verified_access_trust_providers`], one request each (paginator `DescribeVerifiedAccessTrustProviders`).
    pub fn describe_verified_access_trust_providers_pages(
        &self,
        input: types::DescribeVerifiedAccessTrustProvidersInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVerifiedAccessTrustProvidersInput,
        types::DescribeVerifiedAccessTrustProvidersOutput,
        error::DescribeVerifiedAccessTrustProvidersError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_VERIFIED_ACCESS_TRUST_PROVIDERS,
                input,
            )
    }
    /// The pages of [`Client::describe_volume_status`], one request each (paginator `DescribeVolumeStatus`).
    pub fn describe_volume_status_pages(
        &self,
        input: types::DescribeVolumeStatusInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVolumeStatusInput,
        types::DescribeVolumeStatusOutput,
        error::DescribeVolumeStatusError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VOLUME_STATUS, input)
    }
    /// The pages of [`Client::describe_volumes`], one request each (paginator `DescribeVolumes`).
    pub fn describe_volumes_pages(
        &self,
        input: types::DescribeVolumesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVolumesInput,
        types::DescribeVolumesOutput,
        error::DescribeVolumesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VOLUMES, input)
    }
    /// The pages of [`Client::describe_volumes_modifications`], one request each (paginator `DescribeVolumesModifications`).
    pub fn describe_volumes_modifications_pages(
        &self,
        input: types::DescribeVolumesModificationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVolumesModificationsInput,
        types::DescribeVolumesModificationsOutput,
        error::DescribeVolumesModificationsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VOLUMES_MODIFICATIONS, input)
    }
    /// The pages of [`Client::describe_vpc_classic_link_dns_support`], one request each (paginator `DescribeVpcClassicLinkDnsSupport`).
    pub fn describe_vpc_classic_link_dns_support_pages(
        &self,
        input: types::DescribeVpcClassicLinkDnsSupportInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcClassicLinkDnsSupportInput,
        types::DescribeVpcClassicLinkDnsSupportOutput,
        error::DescribeVpcClassicLinkDnsSupportError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_VPC_CLASSIC_LINK_DNS_SUPPORT, input)
    }
    /// The pages of [`Client::describe_vpc_endpoint_connection_notifications`], one request each (paginator `DescribeVpcEndpointConnectionNotifications`).
    pub fn describe_vpc_endpoint_connection_notifications_pages(
        &self,
        input: types::DescribeVpcEndpointConnectionNotificationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcEndpointConnectionNotificationsInput,
        types::DescribeVpcEndpointConnectionNotificationsOutput,
        error::DescribeVpcEndpointConnectionNotificationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_VPC_ENDPOINT_CONNECTION_NOTIFICATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_vpc_endpoint_connections`], one request each (paginator `DescribeVpcEndpointConnections`).
    pub fn describe_vpc_endpoint_connections_pages(
        &self,
        input: types::DescribeVpcEndpointConnectionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcEndpointConnectionsInput,
        types::DescribeVpcEndpointConnectionsOutput,
        error::DescribeVpcEndpointConnectionsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_VPC_ENDPOINT_CONNECTIONS, input)
    }
    /// The pages of [`Client::describe_vpc_endpoint_service_configurations`], one request each (paginator `DescribeVpcEndpointServiceConfigurations`).
    pub fn describe_vpc_endpoint_service_configurations_pages(
        &self,
        input: types::DescribeVpcEndpointServiceConfigurationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcEndpointServiceConfigurationsInput,
        types::DescribeVpcEndpointServiceConfigurationsOutput,
        error::DescribeVpcEndpointServiceConfigurationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_VPC_ENDPOINT_SERVICE_CONFIGURATIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_vpc_endpoint_service_permissions`], one request each (paginator `DescribeVpcEndpointServicePermissions`).
    pub fn describe_vpc_endpoint_service_permissions_pages(
        &self,
        input: types::DescribeVpcEndpointServicePermissionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcEndpointServicePermissionsInput,
        types::DescribeVpcEndpointServicePermissionsOutput,
        error::DescribeVpcEndpointServicePermissionsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::DESCRIBE_VPC_ENDPOINT_SERVICE_PERMISSIONS,
                input,
            )
    }
    /// The pages of [`Client::describe_vpc_endpoint_services`], one request each (paginator `DescribeVpcEndpointServices`).
    pub fn describe_vpc_endpoint_services_pages(
        &self,
        input: types::DescribeVpcEndpointServicesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcEndpointServicesInput,
        types::DescribeVpcEndpointServicesOutput,
        error::DescribeVpcEndpointServicesError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VPC_ENDPOINT_SERVICES, input)
    }
    /// The pages of [`Client::describe_vpc_endpoints`], one request each (paginator `DescribeVpcEndpoints`).
    pub fn describe_vpc_endpoints_pages(
        &self,
        input: types::DescribeVpcEndpointsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcEndpointsInput,
        types::DescribeVpcEndpointsOutput,
        error::DescribeVpcEndpointsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VPC_ENDPOINTS, input)
    }
    /// The pages of [`Client::describe_vpc_peering_connections`], one request each (paginator `DescribeVpcPeeringConnections`).
    pub fn describe_vpc_peering_connections_pages(
        &self,
        input: types::DescribeVpcPeeringConnectionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcPeeringConnectionsInput,
        types::DescribeVpcPeeringConnectionsOutput,
        error::DescribeVpcPeeringConnectionsError,
    > {
        self.handle
            .paginate(&schemas::paginators::DESCRIBE_VPC_PEERING_CONNECTIONS, input)
    }
    /// The pages of [`Client::describe_vpcs`], one request each (paginator `DescribeVpcs`).
    pub fn describe_vpcs_pages(
        &self,
        input: types::DescribeVpcsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpcsInput,
        types::DescribeVpcsOutput,
        error::DescribeVpcsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VPCS, input)
    }
    /// The pages of [`Client::describe_vpn_concentrators`], one request each (paginator `DescribeVpnConcentrators`).
    pub fn describe_vpn_concentrators_pages(
        &self,
        input: types::DescribeVpnConcentratorsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::DescribeVpnConcentratorsInput,
        types::DescribeVpnConcentratorsOutput,
        error::DescribeVpnConcentratorsError,
    > {
        self.handle.paginate(&schemas::paginators::DESCRIBE_VPN_CONCENTRATORS, input)
    }
    /// The pages of [`Client::get_associated_ipv6_pool_cidrs`], one request each (paginator `GetAssociatedIpv6PoolCidrs`).
    pub fn get_associated_ipv6_pool_cidrs_pages(
        &self,
        input: types::GetAssociatedIpv6PoolCidrsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetAssociatedIpv6PoolCidrsInput,
        types::GetAssociatedIpv6PoolCidrsOutput,
        error::GetAssociatedIpv6PoolCidrsError,
    > {
        self.handle.paginate(&schemas::paginators::GET_ASSOCIATED_IPV6_POOL_CIDRS, input)
    }
    /// The pages of [`Client::get_aws_network_performance_data`], one request each (paginator `GetAwsNetworkPerformanceData`).
    pub fn get_aws_network_performance_data_pages(
        &self,
        input: types::GetAwsNetworkPerformanceDataInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetAwsNetworkPerformanceDataInput,
        types::GetAwsNetworkPerformanceDataOutput,
        error::GetAwsNetworkPerformanceDataError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_AWS_NETWORK_PERFORMANCE_DATA, input)
    }
    /// The pages of [`Client::get_capacity_manager_metric_data`], one request each (paginator `GetCapacityManagerMetricData`).
    pub fn get_capacity_manager_metric_data_pages(
        &self,
        input: types::GetCapacityManagerMetricDataInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetCapacityManagerMetricDataInput,
        types::GetCapacityManagerMetricDataOutput,
        error::GetCapacityManagerMetricDataError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_CAPACITY_MANAGER_METRIC_DATA, input)
    }
    /// The pages of [`Client::get_capacity_manager_metric_dimensions`], one request each (paginator `GetCapacityManagerMetricDimensions`).
    pub fn get_capacity_manager_metric_dimensions_pages(
        &self,
        input: types::GetCapacityManagerMetricDimensionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetCapacityManagerMetricDimensionsInput,
        types::GetCapacityManagerMetricDimensionsOutput,
        error::GetCapacityManagerMetricDimensionsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_CAPACITY_MANAGER_METRIC_DIMENSIONS,
                input,
            )
    }
    /// The pages of [`Client::get_capacity_manager_monitored_tag_keys`], one request each (paginator `GetCapacityManagerMonitoredTagKeys`).
    pub fn get_capacity_manager_monitored_tag_keys_pages(
        &self,
        input: types::GetCapacityManagerMonitoredTagKeysInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetCapacityManagerMonitoredTagKeysInput,
        types::GetCapacityManagerMonitoredTagKeysOutput,
        error::GetCapacityManagerMonitoredTagKeysError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_CAPACITY_MANAGER_MONITORED_TAG_KEYS,
                input,
            )
    }
    /// The pages of [`Client::get_groups_for_capacity_reservation`], one request each (paginator `GetGroupsForCapacityReservation`).
    pub fn get_groups_for_capacity_reservation_pages(
        &self,
        input: types::GetGroupsForCapacityReservationInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetGroupsForCapacityReservationInput,
        types::GetGroupsForCapacityReservationOutput,
        error::GetGroupsForCapacityReservationError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_GROUPS_FOR_CAPACITY_RESERVATION, input)
    }
    /// The pages of [`Client::get_image_findings`], one request each (paginator `GetImageFindings`).
    pub fn get_image_findings_pages(
        &self,
        input: types::GetImageFindingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetImageFindingsInput,
        types::GetImageFindingsOutput,
        error::GetImageFindingsError,
    > {
        self.handle.paginate(&schemas::paginators::GET_IMAGE_FINDINGS, input)
    }
    /// The pages of [`Client::get_instance_types_from_instance_requirements`], one request each (paginator `GetInstanceTypesFromInstanceRequirements`).
    pub fn get_instance_types_from_instance_requirements_pages(
        &self,
        input: types::GetInstanceTypesFromInstanceRequirementsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetInstanceTypesFromInstanceRequirementsInput,
        types::GetInstanceTypesFromInstanceRequirementsOutput,
        error::GetInstanceTypesFromInstanceRequirementsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_INSTANCE_TYPES_FROM_INSTANCE_REQUIREMENTS,
                input,
            )
    }
    /// The pages of [`Client::get_ipam_address_history`], one request each (paginator `GetIpamAddressHistory`).
    pub fn get_ipam_address_history_pages(
        &self,
        input: types::GetIpamAddressHistoryInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamAddressHistoryInput,
        types::GetIpamAddressHistoryOutput,
        error::GetIpamAddressHistoryError,
    > {
        self.handle.paginate(&schemas::paginators::GET_IPAM_ADDRESS_HISTORY, input)
    }
    /// The pages of [`Client::get_ipam_discovered_accounts`], one request each (paginator `GetIpamDiscoveredAccounts`).
    pub fn get_ipam_discovered_accounts_pages(
        &self,
        input: types::GetIpamDiscoveredAccountsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamDiscoveredAccountsInput,
        types::GetIpamDiscoveredAccountsOutput,
        error::GetIpamDiscoveredAccountsError,
    > {
        self.handle.paginate(&schemas::paginators::GET_IPAM_DISCOVERED_ACCOUNTS, input)
    }
    /// The pages of [`Client::get_ipam_discovered_resource_cidrs`], one request each (paginator `GetIpamDiscoveredResourceCidrs`).
    pub fn get_ipam_discovered_resource_cidrs_pages(
        &self,
        input: types::GetIpamDiscoveredResourceCidrsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamDiscoveredResourceCidrsInput,
        types::GetIpamDiscoveredResourceCidrsOutput,
        error::GetIpamDiscoveredResourceCidrsError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_IPAM_DISCOVERED_RESOURCE_CIDRS, input)
    }
    /// The pages of [`Client::get_ipam_pool_allocations`], one request each (paginator `GetIpamPoolAllocations`).
    pub fn get_ipam_pool_allocations_pages(
        &self,
        input: types::GetIpamPoolAllocationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamPoolAllocationsInput,
        types::GetIpamPoolAllocationsOutput,
        error::GetIpamPoolAllocationsError,
    > {
        self.handle.paginate(&schemas::paginators::GET_IPAM_POOL_ALLOCATIONS, input)
    }
    /// The pages of [`Client::get_ipam_pool_cidrs`], one request each (paginator `GetIpamPoolCidrs`).
    pub fn get_ipam_pool_cidrs_pages(
        &self,
        input: types::GetIpamPoolCidrsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamPoolCidrsInput,
        types::GetIpamPoolCidrsOutput,
        error::GetIpamPoolCidrsError,
    > {
        self.handle.paginate(&schemas::paginators::GET_IPAM_POOL_CIDRS, input)
    }
    /// The pages of [`Client::get_ipam_prefix_list_resolver_rules`], one request each (paginator `GetIpamPrefixListResolverRules`).
    pub fn get_ipam_prefix_list_resolver_rules_pages(
        &self,
        input: types::GetIpamPrefixListResolverRulesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamPrefixListResolverRulesInput,
        types::GetIpamPrefixListResolverRulesOutput,
        error::GetIpamPrefixListResolverRulesError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_IPAM_PREFIX_LIST_RESOLVER_RULES, input)
    }
    /// The pages of [`Client::get_ipam_prefix_list_resolver_version_entries`], one request each (paginator `GetIpamPrefixListResolverVersionEntries`).
    pub fn get_ipam_prefix_list_resolver_version_entries_pages(
        &self,
        input: types::GetIpamPrefixListResolverVersionEntriesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamPrefixListResolverVersionEntriesInput,
        types::GetIpamPrefixListResolverVersionEntriesOutput,
        error::GetIpamPrefixListResolverVersionEntriesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_IPAM_PREFIX_LIST_RESOLVER_VERSION_ENTRIES,
                input,
            )
    }
    /// The pages of [`Client::get_ipam_prefix_list_resolver_versions`], one request each (paginator `GetIpamPrefixListResolverVersions`).
    pub fn get_ipam_prefix_list_resolver_versions_pages(
        &self,
        input: types::GetIpamPrefixListResolverVersionsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamPrefixListResolverVersionsInput,
        types::GetIpamPrefixListResolverVersionsOutput,
        error::GetIpamPrefixListResolverVersionsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_IPAM_PREFIX_LIST_RESOLVER_VERSIONS,
                input,
            )
    }
    /// The pages of [`Client::get_ipam_resource_cidrs`], one request each (paginator `GetIpamResourceCidrs`).
    pub fn get_ipam_resource_cidrs_pages(
        &self,
        input: types::GetIpamResourceCidrsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetIpamResourceCidrsInput,
        types::GetIpamResourceCidrsOutput,
        error::GetIpamResourceCidrsError,
    > {
        self.handle.paginate(&schemas::paginators::GET_IPAM_RESOURCE_CIDRS, input)
    }
    /// The pages of [`Client::get_managed_prefix_list_associations`], one request each (paginator `GetManagedPrefixListAssociations`).
    pub fn get_managed_prefix_list_associations_pages(
        &self,
        input: types::GetManagedPrefixListAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetManagedPrefixListAssociationsInput,
        types::GetManagedPrefixListAssociationsOutput,
        error::GetManagedPrefixListAssociationsError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_MANAGED_PREFIX_LIST_ASSOCIATIONS, input)
    }
    /// The pages of [`Client::get_managed_prefix_list_entries`], one request each (paginator `GetManagedPrefixListEntries`).
    pub fn get_managed_prefix_list_entries_pages(
        &self,
        input: types::GetManagedPrefixListEntriesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetManagedPrefixListEntriesInput,
        types::GetManagedPrefixListEntriesOutput,
        error::GetManagedPrefixListEntriesError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_MANAGED_PREFIX_LIST_ENTRIES, input)
    }
    /// The pages of [`Client::get_network_insights_access_scope_analysis_findings`], one request each (paginator `GetNetworkInsightsAccessScopeAnalysisFindings`).
    pub fn get_network_insights_access_scope_analysis_findings_pages(
        &self,
        input: types::GetNetworkInsightsAccessScopeAnalysisFindingsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetNetworkInsightsAccessScopeAnalysisFindingsInput,
        types::GetNetworkInsightsAccessScopeAnalysisFindingsOutput,
        error::GetNetworkInsightsAccessScopeAnalysisFindingsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS_FINDINGS,
                input,
            )
    }
    /// The pages of [`Client::get_security_groups_for_vpc`], one request each (paginator `GetSecurityGroupsForVpc`).
    pub fn get_security_groups_for_vpc_pages(
        &self,
        input: types::GetSecurityGroupsForVpcInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetSecurityGroupsForVpcInput,
        types::GetSecurityGroupsForVpcOutput,
        error::GetSecurityGroupsForVpcError,
    > {
        self.handle.paginate(&schemas::paginators::GET_SECURITY_GROUPS_FOR_VPC, input)
    }
    /// The pages of [`Client::get_spot_placement_scores`], one request each (paginator `GetSpotPlacementScores`).
    pub fn get_spot_placement_scores_pages(
        &self,
        input: types::GetSpotPlacementScoresInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetSpotPlacementScoresInput,
        types::GetSpotPlacementScoresOutput,
        error::GetSpotPlacementScoresError,
    > {
        self.handle.paginate(&schemas::paginators::GET_SPOT_PLACEMENT_SCORES, input)
    }
    /// The pages of [`Client::get_transit_gateway_attachment_propagations`], one request each (paginator `GetTransitGatewayAttachmentPropagations`).
    pub fn get_transit_gateway_attachment_propagations_pages(
        &self,
        input: types::GetTransitGatewayAttachmentPropagationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayAttachmentPropagationsInput,
        types::GetTransitGatewayAttachmentPropagationsOutput,
        error::GetTransitGatewayAttachmentPropagationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_ATTACHMENT_PROPAGATIONS,
                input,
            )
    }
    /// The pages of [`Client::get_transit_gateway_multicast_domain_associations`], one request each (paginator `GetTransitGatewayMulticastDomainAssociations`).
    pub fn get_transit_gateway_multicast_domain_associations_pages(
        &self,
        input: types::GetTransitGatewayMulticastDomainAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayMulticastDomainAssociationsInput,
        types::GetTransitGatewayMulticastDomainAssociationsOutput,
        error::GetTransitGatewayMulticastDomainAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::get_transit_gateway_policy_table_associations`], one request each (paginator `GetTransitGatewayPolicyTableAssociations`).
    pub fn get_transit_gateway_policy_table_associations_pages(
        &self,
        input: types::GetTransitGatewayPolicyTableAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayPolicyTableAssociationsInput,
        types::GetTransitGatewayPolicyTableAssociationsOutput,
        error::GetTransitGatewayPolicyTableAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_POLICY_TABLE_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::get_transit_gateway_policy_table_entries`], one request each (paginator `GetTransitGatewayPolicyTableEntries`).
    pub fn get_transit_gateway_policy_table_entries_pages(
        &self,
        input: types::GetTransitGatewayPolicyTableEntriesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayPolicyTableEntriesInput,
        types::GetTransitGatewayPolicyTableEntriesOutput,
        error::GetTransitGatewayPolicyTableEntriesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_POLICY_TABLE_ENTRIES,
                input,
            )
    }
    /// The pages of [`Client::get_transit_gateway_prefix_list_references`], one request each (paginator `GetTransitGatewayPrefixListReferences`).
    pub fn get_transit_gateway_prefix_list_references_pages(
        &self,
        input: types::GetTransitGatewayPrefixListReferencesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayPrefixListReferencesInput,
        types::GetTransitGatewayPrefixListReferencesOutput,
        error::GetTransitGatewayPrefixListReferencesError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCES,
                input,
            )
    }
    /// The pages of [`Client::get_transit_gateway_route_table_associations`], one request each (paginator `GetTransitGatewayRouteTableAssociations`).
    pub fn get_transit_gateway_route_table_associations_pages(
        &self,
        input: types::GetTransitGatewayRouteTableAssociationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayRouteTableAssociationsInput,
        types::GetTransitGatewayRouteTableAssociationsOutput,
        error::GetTransitGatewayRouteTableAssociationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_ROUTE_TABLE_ASSOCIATIONS,
                input,
            )
    }
    /// The pages of [`Client::get_transit_gateway_route_table_propagations`], one request each (paginator `GetTransitGatewayRouteTablePropagations`).
    pub fn get_transit_gateway_route_table_propagations_pages(
        &self,
        input: types::GetTransitGatewayRouteTablePropagationsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetTransitGatewayRouteTablePropagationsInput,
        types::GetTransitGatewayRouteTablePropagationsOutput,
        error::GetTransitGatewayRouteTablePropagationsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::GET_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATIONS,
                input,
            )
    }
    /// The pages of [`Client::get_vpn_connection_device_types`], one request each (paginator `GetVpnConnectionDeviceTypes`).
    pub fn get_vpn_connection_device_types_pages(
        &self,
        input: types::GetVpnConnectionDeviceTypesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::GetVpnConnectionDeviceTypesInput,
        types::GetVpnConnectionDeviceTypesOutput,
        error::GetVpnConnectionDeviceTypesError,
    > {
        self.handle
            .paginate(&schemas::paginators::GET_VPN_CONNECTION_DEVICE_TYPES, input)
    }
    /// The pages of [`Client::list_images_in_recycle_bin`], one request each (paginator `ListImagesInRecycleBin`).
    pub fn list_images_in_recycle_bin_pages(
        &self,
        input: types::ListImagesInRecycleBinInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListImagesInRecycleBinInput,
        types::ListImagesInRecycleBinOutput,
        error::ListImagesInRecycleBinError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_IMAGES_IN_RECYCLE_BIN, input)
    }
    /// The pages of [`Client::list_snapshots_in_recycle_bin`], one request each (paginator `ListSnapshotsInRecycleBin`).
    pub fn list_snapshots_in_recycle_bin_pages(
        &self,
        input: types::ListSnapshotsInRecycleBinInput,
    ) -> kumo_runtime::paginate::Pages<
        types::ListSnapshotsInRecycleBinInput,
        types::ListSnapshotsInRecycleBinOutput,
        error::ListSnapshotsInRecycleBinError,
    > {
        self.handle.paginate(&schemas::paginators::LIST_SNAPSHOTS_IN_RECYCLE_BIN, input)
    }
    /// The pages of [`Client::search_local_gateway_routes`], one request each (paginator `SearchLocalGatewayRoutes`).
    pub fn search_local_gateway_routes_pages(
        &self,
        input: types::SearchLocalGatewayRoutesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::SearchLocalGatewayRoutesInput,
        types::SearchLocalGatewayRoutesOutput,
        error::SearchLocalGatewayRoutesError,
    > {
        self.handle.paginate(&schemas::paginators::SEARCH_LOCAL_GATEWAY_ROUTES, input)
    }
    /// The pages of [`Client::search_transit_gateway_multicast_groups`], one request each (paginator `SearchTransitGatewayMulticastGroups`).
    pub fn search_transit_gateway_multicast_groups_pages(
        &self,
        input: types::SearchTransitGatewayMulticastGroupsInput,
    ) -> kumo_runtime::paginate::Pages<
        types::SearchTransitGatewayMulticastGroupsInput,
        types::SearchTransitGatewayMulticastGroupsOutput,
        error::SearchTransitGatewayMulticastGroupsError,
    > {
        self.handle
            .paginate(
                &schemas::paginators::SEARCH_TRANSIT_GATEWAY_MULTICAST_GROUPS,
                input,
            )
    }
    /// The pages of [`Client::search_transit_gateway_routes`], one request each (paginator `SearchTransitGatewayRoutes`).
    pub fn search_transit_gateway_routes_pages(
        &self,
        input: types::SearchTransitGatewayRoutesInput,
    ) -> kumo_runtime::paginate::Pages<
        types::SearchTransitGatewayRoutesInput,
        types::SearchTransitGatewayRoutesOutput,
        error::SearchTransitGatewayRoutesError,
    > {
        self.handle.paginate(&schemas::paginators::SEARCH_TRANSIT_GATEWAY_ROUTES, input)
    }
    /// Polls [`Client::describe_bundle_tasks`] every 15 s (at most 40 times) until waiter `BundleTaskComplete` succeeds; `config` overrides the timing.
    pub async fn wait_until_bundle_task_complete(
        &self,
        input: types::DescribeBundleTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeBundleTasksOutput>,
        Error<error::DescribeBundleTasksError>,
    > {
        self.handle.wait(&schemas::waiters::BUNDLE_TASK_COMPLETE, input, config).await
    }
    /// Polls [`Client::describe_conversion_tasks`] every 15 s (at most 40 times) until waiter `ConversionTaskCancelled` succeeds; `config` overrides the timing.
    pub async fn wait_until_conversion_task_cancelled(
        &self,
        input: types::DescribeConversionTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeConversionTasksOutput>,
        Error<error::DescribeConversionTasksError>,
    > {
        self.handle
            .wait(&schemas::waiters::CONVERSION_TASK_CANCELLED, input, config)
            .await
    }
    /// Polls [`Client::describe_conversion_tasks`] every 15 s (at most 40 times) until waiter `ConversionTaskCompleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_conversion_task_completed(
        &self,
        input: types::DescribeConversionTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeConversionTasksOutput>,
        Error<error::DescribeConversionTasksError>,
    > {
        self.handle
            .wait(&schemas::waiters::CONVERSION_TASK_COMPLETED, input, config)
            .await
    }
    /// Polls [`Client::describe_conversion_tasks`] every 15 s (at most 40 times) until waiter `ConversionTaskDeleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_conversion_task_deleted(
        &self,
        input: types::DescribeConversionTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeConversionTasksOutput>,
        Error<error::DescribeConversionTasksError>,
    > {
        self.handle.wait(&schemas::waiters::CONVERSION_TASK_DELETED, input, config).await
    }
    /// Polls [`Client::describe_customer_gateways`] every 15 s (at most 40 times) until waiter `CustomerGatewayAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_customer_gateway_available(
        &self,
        input: types::DescribeCustomerGatewaysInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeCustomerGatewaysOutput>,
        Error<error::DescribeCustomerGatewaysError>,
    > {
        self.handle
            .wait(&schemas::waiters::CUSTOMER_GATEWAY_AVAILABLE, input, config)
            .await
    }
    /// Polls [`Client::describe_export_tasks`] every 15 s (at most 40 times) until waiter `ExportTaskCancelled` succeeds; `config` overrides the timing.
    pub async fn wait_until_export_task_cancelled(
        &self,
        input: types::DescribeExportTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeExportTasksOutput>,
        Error<error::DescribeExportTasksError>,
    > {
        self.handle.wait(&schemas::waiters::EXPORT_TASK_CANCELLED, input, config).await
    }
    /// Polls [`Client::describe_export_tasks`] every 15 s (at most 40 times) until waiter `ExportTaskCompleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_export_task_completed(
        &self,
        input: types::DescribeExportTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeExportTasksOutput>,
        Error<error::DescribeExportTasksError>,
    > {
        self.handle.wait(&schemas::waiters::EXPORT_TASK_COMPLETED, input, config).await
    }
    /// Polls [`Client::describe_images`] every 15 s (at most 40 times) until waiter `ImageAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_image_available(
        &self,
        input: types::DescribeImagesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeImagesOutput>, Error<error::DescribeImagesError>> {
        self.handle.wait(&schemas::waiters::IMAGE_AVAILABLE, input, config).await
    }
    /// Polls [`Client::describe_images`] every 15 s (at most 40 times) until waiter `ImageExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_image_exists(
        &self,
        input: types::DescribeImagesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeImagesOutput>, Error<error::DescribeImagesError>> {
        self.handle.wait(&schemas::waiters::IMAGE_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_image_usage_reports`] every 15 s (at most 40 times) until waiter `ImageUsageReportAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_image_usage_report_available(
        &self,
        input: types::DescribeImageUsageReportsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeImageUsageReportsOutput>,
        Error<error::DescribeImageUsageReportsError>,
    > {
        self.handle
            .wait(&schemas::waiters::IMAGE_USAGE_REPORT_AVAILABLE, input, config)
            .await
    }
    /// Polls [`Client::describe_instances`] every 5 s (at most 40 times) until waiter `InstanceExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_instance_exists(
        &self,
        input: types::DescribeInstancesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInstancesOutput>,
        Error<error::DescribeInstancesError>,
    > {
        self.handle.wait(&schemas::waiters::INSTANCE_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_instances`] every 15 s (at most 40 times) until waiter `InstanceRunning` succeeds; `config` overrides the timing.
    pub async fn wait_until_instance_running(
        &self,
        input: types::DescribeInstancesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInstancesOutput>,
        Error<error::DescribeInstancesError>,
    > {
        self.handle.wait(&schemas::waiters::INSTANCE_RUNNING, input, config).await
    }
    /// Polls [`Client::describe_instance_status`] every 15 s (at most 40 times) until waiter `InstanceStatusOk` succeeds; `config` overrides the timing.
    pub async fn wait_until_instance_status_ok(
        &self,
        input: types::DescribeInstanceStatusInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInstanceStatusOutput>,
        Error<error::DescribeInstanceStatusError>,
    > {
        self.handle.wait(&schemas::waiters::INSTANCE_STATUS_OK, input, config).await
    }
    /// Polls [`Client::describe_instances`] every 15 s (at most 40 times) until waiter `InstanceStopped` succeeds; `config` overrides the timing.
    pub async fn wait_until_instance_stopped(
        &self,
        input: types::DescribeInstancesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInstancesOutput>,
        Error<error::DescribeInstancesError>,
    > {
        self.handle.wait(&schemas::waiters::INSTANCE_STOPPED, input, config).await
    }
    /// Polls [`Client::describe_instances`] every 15 s (at most 40 times) until waiter `InstanceTerminated` succeeds; `config` overrides the timing.
    pub async fn wait_until_instance_terminated(
        &self,
        input: types::DescribeInstancesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInstancesOutput>,
        Error<error::DescribeInstancesError>,
    > {
        self.handle.wait(&schemas::waiters::INSTANCE_TERMINATED, input, config).await
    }
    /// Polls [`Client::describe_internet_gateways`] every 5 s (at most 6 times) until waiter `InternetGatewayExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_internet_gateway_exists(
        &self,
        input: types::DescribeInternetGatewaysInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInternetGatewaysOutput>,
        Error<error::DescribeInternetGatewaysError>,
    > {
        self.handle.wait(&schemas::waiters::INTERNET_GATEWAY_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_key_pairs`] every 5 s (at most 6 times) until waiter `KeyPairExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_key_pair_exists(
        &self,
        input: types::DescribeKeyPairsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeKeyPairsOutput>,
        Error<error::DescribeKeyPairsError>,
    > {
        self.handle.wait(&schemas::waiters::KEY_PAIR_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_nat_gateways`] every 15 s (at most 40 times) until waiter `NatGatewayAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_nat_gateway_available(
        &self,
        input: types::DescribeNatGatewaysInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeNatGatewaysOutput>,
        Error<error::DescribeNatGatewaysError>,
    > {
        self.handle.wait(&schemas::waiters::NAT_GATEWAY_AVAILABLE, input, config).await
    }
    /// Polls [`Client::describe_nat_gateways`] every 15 s (at most 40 times) until waiter `NatGatewayDeleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_nat_gateway_deleted(
        &self,
        input: types::DescribeNatGatewaysInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeNatGatewaysOutput>,
        Error<error::DescribeNatGatewaysError>,
    > {
        self.handle.wait(&schemas::waiters::NAT_GATEWAY_DELETED, input, config).await
    }
    /// Polls [`Client::describe_network_interfaces`] every 20 s (at most 10 times) until waiter `NetworkInterfaceAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_network_interface_available(
        &self,
        input: types::DescribeNetworkInterfacesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeNetworkInterfacesOutput>,
        Error<error::DescribeNetworkInterfacesError>,
    > {
        self.handle
            .wait(&schemas::waiters::NETWORK_INTERFACE_AVAILABLE, input, config)
            .await
    }
    /// Polls [`Client::get_password_data`] every 15 s (at most 40 times) until waiter `PasswordDataAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_password_data_available(
        &self,
        input: types::GetPasswordDataInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::GetPasswordDataOutput>,
        Error<error::GetPasswordDataError>,
    > {
        self.handle.wait(&schemas::waiters::PASSWORD_DATA_AVAILABLE, input, config).await
    }
    /// Polls [`Client::describe_secondary_networks`] every 10 s (at most 30 times) until waiter `SecondaryNetworkCreateComplete` succeeds; `config` overrides the timing.
    pub async fn wait_until_secondary_network_create_complete(
        &self,
        input: types::DescribeSecondaryNetworksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecondaryNetworksOutput>,
        Error<error::DescribeSecondaryNetworksError>,
    > {
        self.handle
            .wait(&schemas::waiters::SECONDARY_NETWORK_CREATE_COMPLETE, input, config)
            .await
    }
    /// Polls [`Client::describe_secondary_networks`] every 10 s (at most 30 times) until waiter `SecondaryNetworkDeleteComplete` succeeds; `config` overrides the timing.
    pub async fn wait_until_secondary_network_delete_complete(
        &self,
        input: types::DescribeSecondaryNetworksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecondaryNetworksOutput>,
        Error<error::DescribeSecondaryNetworksError>,
    > {
        self.handle
            .wait(&schemas::waiters::SECONDARY_NETWORK_DELETE_COMPLETE, input, config)
            .await
    }
    /// Polls [`Client::describe_secondary_subnets`] every 10 s (at most 30 times) until waiter `SecondarySubnetCreateComplete` succeeds; `config` overrides the timing.
    pub async fn wait_until_secondary_subnet_create_complete(
        &self,
        input: types::DescribeSecondarySubnetsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecondarySubnetsOutput>,
        Error<error::DescribeSecondarySubnetsError>,
    > {
        self.handle
            .wait(&schemas::waiters::SECONDARY_SUBNET_CREATE_COMPLETE, input, config)
            .await
    }
    /// Polls [`Client::describe_secondary_subnets`] every 10 s (at most 30 times) until waiter `SecondarySubnetDeleteComplete` succeeds; `config` overrides the timing.
    pub async fn wait_until_secondary_subnet_delete_complete(
        &self,
        input: types::DescribeSecondarySubnetsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecondarySubnetsOutput>,
        Error<error::DescribeSecondarySubnetsError>,
    > {
        self.handle
            .wait(&schemas::waiters::SECONDARY_SUBNET_DELETE_COMPLETE, input, config)
            .await
    }
    /// Polls [`Client::describe_security_groups`] every 5 s (at most 6 times) until waiter `SecurityGroupExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_security_group_exists(
        &self,
        input: types::DescribeSecurityGroupsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecurityGroupsOutput>,
        Error<error::DescribeSecurityGroupsError>,
    > {
        self.handle.wait(&schemas::waiters::SECURITY_GROUP_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_security_group_vpc_associations`] every 10 s (at most 7 times) until waiter `SecurityGroupVpcAssociationAssociated` succeeds; `config` overrides the timing.
    pub async fn wait_until_security_group_vpc_association_associated(
        &self,
        input: types::DescribeSecurityGroupVpcAssociationsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecurityGroupVpcAssociationsOutput>,
        Error<error::DescribeSecurityGroupVpcAssociationsError>,
    > {
        self.handle
            .wait(
                &schemas::waiters::SECURITY_GROUP_VPC_ASSOCIATION_ASSOCIATED,
                input,
                config,
            )
            .await
    }
    /// Polls [`Client::describe_security_group_vpc_associations`] every 10 s (at most 7 times) until waiter `SecurityGroupVpcAssociationDisassociated` succeeds; `config` overrides the timing.
    pub async fn wait_until_security_group_vpc_association_disassociated(
        &self,
        input: types::DescribeSecurityGroupVpcAssociationsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSecurityGroupVpcAssociationsOutput>,
        Error<error::DescribeSecurityGroupVpcAssociationsError>,
    > {
        self.handle
            .wait(
                &schemas::waiters::SECURITY_GROUP_VPC_ASSOCIATION_DISASSOCIATED,
                input,
                config,
            )
            .await
    }
    /// Polls [`Client::describe_snapshots`] every 15 s (at most 40 times) until waiter `SnapshotCompleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_snapshot_completed(
        &self,
        input: types::DescribeSnapshotsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSnapshotsOutput>,
        Error<error::DescribeSnapshotsError>,
    > {
        self.handle.wait(&schemas::waiters::SNAPSHOT_COMPLETED, input, config).await
    }
    /// Polls [`Client::describe_import_snapshot_tasks`] every 15 s (at most 40 times) until waiter `SnapshotImported` succeeds; `config` overrides the timing.
    pub async fn wait_until_snapshot_imported(
        &self,
        input: types::DescribeImportSnapshotTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeImportSnapshotTasksOutput>,
        Error<error::DescribeImportSnapshotTasksError>,
    > {
        self.handle.wait(&schemas::waiters::SNAPSHOT_IMPORTED, input, config).await
    }
    /// Polls [`Client::describe_spot_instance_requests`] every 15 s (at most 40 times) until waiter `SpotInstanceRequestFulfilled` succeeds; `config` overrides the timing.
    pub async fn wait_until_spot_instance_request_fulfilled(
        &self,
        input: types::DescribeSpotInstanceRequestsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSpotInstanceRequestsOutput>,
        Error<error::DescribeSpotInstanceRequestsError>,
    > {
        self.handle
            .wait(&schemas::waiters::SPOT_INSTANCE_REQUEST_FULFILLED, input, config)
            .await
    }
    /// Polls [`Client::describe_store_image_tasks`] every 5 s (at most 40 times) until waiter `StoreImageTaskComplete` succeeds; `config` overrides the timing.
    pub async fn wait_until_store_image_task_complete(
        &self,
        input: types::DescribeStoreImageTasksInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeStoreImageTasksOutput>,
        Error<error::DescribeStoreImageTasksError>,
    > {
        self.handle
            .wait(&schemas::waiters::STORE_IMAGE_TASK_COMPLETE, input, config)
            .await
    }
    /// Polls [`Client::describe_subnets`] every 15 s (at most 40 times) until waiter `SubnetAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_subnet_available(
        &self,
        input: types::DescribeSubnetsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeSubnetsOutput>,
        Error<error::DescribeSubnetsError>,
    > {
        self.handle.wait(&schemas::waiters::SUBNET_AVAILABLE, input, config).await
    }
    /// Polls [`Client::describe_instance_status`] every 15 s (at most 40 times) until waiter `SystemStatusOk` succeeds; `config` overrides the timing.
    pub async fn wait_until_system_status_ok(
        &self,
        input: types::DescribeInstanceStatusInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeInstanceStatusOutput>,
        Error<error::DescribeInstanceStatusError>,
    > {
        self.handle.wait(&schemas::waiters::SYSTEM_STATUS_OK, input, config).await
    }
    /// Polls [`Client::describe_volumes`] every 15 s (at most 40 times) until waiter `VolumeAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_volume_available(
        &self,
        input: types::DescribeVolumesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVolumesOutput>,
        Error<error::DescribeVolumesError>,
    > {
        self.handle.wait(&schemas::waiters::VOLUME_AVAILABLE, input, config).await
    }
    /// Polls [`Client::describe_volumes`] every 15 s (at most 40 times) until waiter `VolumeDeleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_volume_deleted(
        &self,
        input: types::DescribeVolumesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVolumesOutput>,
        Error<error::DescribeVolumesError>,
    > {
        self.handle.wait(&schemas::waiters::VOLUME_DELETED, input, config).await
    }
    /// Polls [`Client::describe_volumes`] every 15 s (at most 40 times) until waiter `VolumeInUse` succeeds; `config` overrides the timing.
    pub async fn wait_until_volume_in_use(
        &self,
        input: types::DescribeVolumesInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVolumesOutput>,
        Error<error::DescribeVolumesError>,
    > {
        self.handle.wait(&schemas::waiters::VOLUME_IN_USE, input, config).await
    }
    /// Polls [`Client::describe_vpcs`] every 15 s (at most 40 times) until waiter `VpcAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_vpc_available(
        &self,
        input: types::DescribeVpcsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeVpcsOutput>, Error<error::DescribeVpcsError>> {
        self.handle.wait(&schemas::waiters::VPC_AVAILABLE, input, config).await
    }
    /// Polls [`Client::describe_vpcs`] every 1 s (at most 5 times) until waiter `VpcExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_vpc_exists(
        &self,
        input: types::DescribeVpcsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<Option<types::DescribeVpcsOutput>, Error<error::DescribeVpcsError>> {
        self.handle.wait(&schemas::waiters::VPC_EXISTS, input, config).await
    }
    /// Polls [`Client::describe_vpc_peering_connections`] every 15 s (at most 40 times) until waiter `VpcPeeringConnectionDeleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_vpc_peering_connection_deleted(
        &self,
        input: types::DescribeVpcPeeringConnectionsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVpcPeeringConnectionsOutput>,
        Error<error::DescribeVpcPeeringConnectionsError>,
    > {
        self.handle
            .wait(&schemas::waiters::VPC_PEERING_CONNECTION_DELETED, input, config)
            .await
    }
    /// Polls [`Client::describe_vpc_peering_connections`] every 15 s (at most 40 times) until waiter `VpcPeeringConnectionExists` succeeds; `config` overrides the timing.
    pub async fn wait_until_vpc_peering_connection_exists(
        &self,
        input: types::DescribeVpcPeeringConnectionsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVpcPeeringConnectionsOutput>,
        Error<error::DescribeVpcPeeringConnectionsError>,
    > {
        self.handle
            .wait(&schemas::waiters::VPC_PEERING_CONNECTION_EXISTS, input, config)
            .await
    }
    /// Polls [`Client::describe_vpn_connections`] every 15 s (at most 40 times) until waiter `VpnConnectionAvailable` succeeds; `config` overrides the timing.
    pub async fn wait_until_vpn_connection_available(
        &self,
        input: types::DescribeVpnConnectionsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVpnConnectionsOutput>,
        Error<error::DescribeVpnConnectionsError>,
    > {
        self.handle
            .wait(&schemas::waiters::VPN_CONNECTION_AVAILABLE, input, config)
            .await
    }
    /// Polls [`Client::describe_vpn_connections`] every 15 s (at most 40 times) until waiter `VpnConnectionDeleted` succeeds; `config` overrides the timing.
    pub async fn wait_until_vpn_connection_deleted(
        &self,
        input: types::DescribeVpnConnectionsInput,
        config: kumo_runtime::waiter::WaiterConfig,
    ) -> Result<
        Option<types::DescribeVpnConnectionsOutput>,
        Error<error::DescribeVpnConnectionsError>,
    > {
        self.handle.wait(&schemas::waiters::VPN_CONNECTION_DELETED, input, config).await
    }
}

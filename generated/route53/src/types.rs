//! The service's shapes: structures, unions and enums.
#![allow(
    unused_imports,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
use kumo_runtime as rt;
use super::schemas::*;
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratedRecoveryStatus {
    /// `ENABLING`
    Enabling,
    /// `ENABLE_FAILED`
    EnableFailed,
    /// `ENABLING_HOSTED_ZONE_LOCKED`
    EnablingHostedZoneLocked,
    /// `ENABLED`
    Enabled,
    /// `DISABLING`
    Disabling,
    /// `DISABLE_FAILED`
    DisableFailed,
    /// `DISABLED`
    Disabled,
    /// `DISABLING_HOSTED_ZONE_LOCKED`
    DisablingHostedZoneLocked,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AcceleratedRecoveryStatus, { Enabling => "ENABLING", EnableFailed => "ENABLE_FAILED",
    EnablingHostedZoneLocked => "ENABLING_HOSTED_ZONE_LOCKED", Enabled => "ENABLED",
    Disabling => "DISABLING", DisableFailed => "DISABLE_FAILED", Disabled => "DISABLED",
    DisablingHostedZoneLocked => "DISABLING_HOSTED_ZONE_LOCKED" }
);
/// A complex type that contains the type of limit that you specified in the request and the current value for that limit.
#[derive(Clone, Default, PartialEq)]
pub struct AccountLimit {
    /// The limit that you requested. Valid values include the following:
    ///
    /// - **MAX\_HEALTH\_CHECKS\_BY\_OWNER**: The maximum number of health checks that you can create using the current account.
    ///
    /// - **MAX\_HOSTED\_ZONES\_BY\_OWNER**: The maximum number of hosted zones that you can create using the current account.
    ///
    /// - **MAX\_REUSABLE\_DELEGATION\_SETS\_BY\_OWNER**: The maximum number of reusable delegation sets that you can create using the current account.
    ///
    /// - **MAX\_TRAFFIC\_POLICIES\_BY\_OWNER**: The maximum number of traffic policies that you can create using the current account.
    ///
    /// - **MAX\_TRAFFIC\_POLICY\_INSTANCES\_BY\_OWNER**: The maximum number of traffic policy instances that you can create using the current account. (Traffic policy instances are referred to as traffic flow policy records in the Amazon Route 53 console.)
    pub r#type: AccountLimitType,
    /// The current value for the limit that is specified by [Type](https://docs.aws.amazon.com/Route53/latest/APIReference/API_AccountLimit.html#Route53-Type-AccountLimit-Type).
    pub value: i64,
}
rt::structure!(AccountLimit, ACCOUNT_LIMIT, [r#type, value]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountLimitType {
    /// `MAX_HEALTH_CHECKS_BY_OWNER`
    MaxHealthChecksByOwner,
    /// `MAX_HOSTED_ZONES_BY_OWNER`
    MaxHostedZonesByOwner,
    /// `MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER`
    MaxTrafficPolicyInstancesByOwner,
    /// `MAX_REUSABLE_DELEGATION_SETS_BY_OWNER`
    MaxReusableDelegationSetsByOwner,
    /// `MAX_TRAFFIC_POLICIES_BY_OWNER`
    MaxTrafficPoliciesByOwner,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    AccountLimitType, { MaxHealthChecksByOwner => "MAX_HEALTH_CHECKS_BY_OWNER",
    MaxHostedZonesByOwner => "MAX_HOSTED_ZONES_BY_OWNER",
    MaxTrafficPolicyInstancesByOwner => "MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER",
    MaxReusableDelegationSetsByOwner => "MAX_REUSABLE_DELEGATION_SETS_BY_OWNER",
    MaxTrafficPoliciesByOwner => "MAX_TRAFFIC_POLICIES_BY_OWNER" }
);
#[derive(Clone, Default, PartialEq)]
pub struct ActivateKeySigningKeyInput {
    /// A unique string used to identify a hosted zone.
    pub hosted_zone_id: String,
    /// A string used to identify a key-signing key (KSK). `Name` can include numbers, letters, and underscores (\_). `Name` must be unique for each key-signing key in the same hosted zone.
    pub name: String,
}
rt::structure!(
    ActivateKeySigningKeyInput, ACTIVATE_KEY_SIGNING_KEY_INPUT, [hosted_zone_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct ActivateKeySigningKeyOutput {
    /// A complex type that describes change information about changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ActivateKeySigningKeyOutput, ACTIVATE_KEY_SIGNING_KEY_OUTPUT, [change_info], meta =
    response_metadata
);
/// A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether the specified health check is healthy.
#[derive(Clone, Default, PartialEq)]
pub struct AlarmIdentifier {
    /// For the CloudWatch alarm that you want Route 53 health checkers to use to determine whether this health check is healthy, the region that the alarm was created in.
    ///
    /// For the current list of CloudWatch regions, see [Amazon CloudWatch endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/cw_region.html) in the *Amazon Web Services General Reference*.
    pub region: CloudWatchRegion,
    /// The name of the CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether this health check is healthy.
    ///
    /// Route 53 supports CloudWatch alarms with the following features:
    ///
    /// - Standard-resolution metrics. High-resolution metrics aren't supported. For more information, see [High-Resolution Metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/publishingMetrics.html#high-resolution-metrics) in the *Amazon CloudWatch User Guide*.
    ///
    /// - Statistics: Average, Minimum, Maximum, Sum, and SampleCount. Extended statistics aren't supported.
    pub name: String,
}
rt::structure!(AlarmIdentifier, ALARM_IDENTIFIER, [region, name]);
/// *Alias resource record sets only:* Information about the Amazon Web Services resource, such as a CloudFront distribution or an Amazon S3 bucket, that you want to route traffic to.
///
/// When creating resource record sets for a private hosted zone, note the following:
///
/// - For information about creating failover resource record sets in a private hosted zone, see [Configuring Failover in a Private Hosted Zone](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html).
#[derive(Clone, Default, PartialEq)]
pub struct AliasTarget {
    /// *Alias resource records sets only*: The value used depends on where you want to route traffic:
    ///
    /// Amazon API Gateway custom regional APIs and edge-optimized APIs
    ///
    /// Specify the hosted zone ID for your API. You can get the applicable value using the CLI command [get-domain-names](https://docs.aws.amazon.com/cli/latest/reference/apigateway/get-domain-names.html):
    ///
    /// - For regional APIs, specify the value of `regionalHostedZoneId`.
    ///
    /// - For edge-optimized APIs, specify the value of `distributionHostedZoneId`.
    ///
    /// Amazon Virtual Private Cloud interface VPC endpoint
    ///
    /// Specify the hosted zone ID for your interface endpoint. You can get the value of `HostedZoneId` using the CLI command [describe-vpc-endpoints](https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoints.html).
    ///
    /// CloudFront distribution
    ///
    /// Specify `Z2FDTNDATAQYW2`.
    ///
    /// Alias resource record sets for CloudFront can't be created in a private zone.
    ///
    /// Elastic Beanstalk environment
    ///
    /// Specify the hosted zone ID for the region that you created the environment in. The environment must have a regionalized subdomain. For a list of regions and the corresponding hosted zone IDs, see [Elastic Beanstalk endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/elasticbeanstalk.html) in the *Amazon Web Services General Reference*.
    ///
    /// ELB load balancer
    ///
    /// Specify the value of the hosted zone ID for the load balancer. Use the following methods to get the hosted zone ID:
    ///
    /// - [Elastic Load Balancing endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/elb.html) topic in the *Amazon Web Services General Reference*: Use the value that corresponds with the region that you created your load balancer in. Note that there are separate columns for Application and Classic Load Balancers and for Network Load Balancers.
    ///
    /// - **Amazon Web Services Management Console**: Go to the Amazon EC2 page, choose **Load Balancers** in the navigation pane, select the load balancer, and get the value of the **Hosted zone** field on the **Description** tab.
    ///
    /// - **Elastic Load Balancing API**: Use `DescribeLoadBalancers` to get the applicable value. For more information, see the applicable guide:
    ///
    ///   - Classic Load Balancers: Use [DescribeLoadBalancers](https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html) to get the value of `CanonicalHostedZoneNameId`.
    ///
    ///   - Application and Network Load Balancers: Use [DescribeLoadBalancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html) to get the value of `CanonicalHostedZoneId`.
    ///
    /// - **CLI**: Use `describe-load-balancers` to get the applicable value. For more information, see the applicable guide:
    ///
    ///   - Classic Load Balancers: Use [describe-load-balancers](http://docs.aws.amazon.com/cli/latest/reference/elb/describe-load-balancers.html) to get the value of `CanonicalHostedZoneNameId`.
    ///
    ///   - Application and Network Load Balancers: Use [describe-load-balancers](http://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-load-balancers.html) to get the value of `CanonicalHostedZoneId`.
    ///
    /// Global Accelerator accelerator
    ///
    /// Specify `Z2BJ6XQ5FK7U4H`.
    ///
    /// An Amazon S3 bucket configured as a static website
    ///
    /// Specify the hosted zone ID for the region that you created the bucket in. For more information about valid values, see the table [Amazon S3 Website Endpoints](https://docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints) in the *Amazon Web Services General Reference*.
    ///
    /// Another Route 53 resource record set in your hosted zone
    ///
    /// Specify the hosted zone ID of your hosted zone. (An alias resource record set can't reference a resource record set in a different hosted zone.)
    pub hosted_zone_id: String,
    /// *Alias resource record sets only:* The value that you specify depends on where you want to route queries:
    ///
    /// Amazon API Gateway custom regional APIs and edge-optimized APIs
    ///
    /// Specify the applicable domain name for your API. You can get the applicable value using the CLI command [get-domain-names](https://docs.aws.amazon.com/cli/latest/reference/apigateway/get-domain-names.html):
    ///
    /// - For regional APIs, specify the value of `regionalDomainName`.
    ///
    /// - For edge-optimized APIs, specify the value of `distributionDomainName`. This is the name of the associated CloudFront distribution, such as `da1b2c3d4e5.cloudfront.net`.
    ///
    /// The name of the record that you're creating must match a custom domain name for your API, such as `api.example.com`.
    ///
    /// Amazon Virtual Private Cloud interface VPC endpoint
    ///
    /// Enter the API endpoint for the interface endpoint, such as `vpce-123456789abcdef01-example-us-east-1a.elasticloadbalancing.us-east-1.vpce.amazonaws.com`. For edge-optimized APIs, this is the domain name for the corresponding CloudFront distribution. You can get the value of `DnsName` using the CLI command [describe-vpc-endpoints](https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoints.html).
    ///
    /// CloudFront distribution
    ///
    /// Specify the domain name that CloudFront assigned when you created your distribution.
    ///
    /// Your CloudFront distribution must include an alternate domain name that matches the name of the resource record set. For example, if the name of the resource record set is *acme.example.com*, your CloudFront distribution must include *acme.example.com* as one of the alternate domain names. For more information, see [Using Alternate Domain Names (CNAMEs)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html) in the *Amazon CloudFront Developer Guide*.
    ///
    /// You can't create a resource record set in a private hosted zone to route traffic to a CloudFront distribution.
    ///
    /// For failover alias records, you can't specify a CloudFront distribution for both the primary and secondary records. A distribution must include an alternate domain name that matches the name of the record. However, the primary and secondary records have the same name, and you can't include the same alternate domain name in more than one distribution.
    ///
    /// Elastic Beanstalk environment
    ///
    /// If the domain name for your Elastic Beanstalk environment includes the region that you deployed the environment in, you can create an alias record that routes traffic to the environment. For example, the domain name `my-environment.*us-west-2*.elasticbeanstalk.com` is a regionalized domain name.
    ///
    /// For environments that were created before early 2016, the domain name doesn't include the region. To route traffic to these environments, you must create a CNAME record instead of an alias record. Note that you can't create a CNAME record for the root domain name. For example, if your domain name is example.com, you can create a record that routes traffic for acme.example.com to your Elastic Beanstalk environment, but you can't create a record that routes traffic for example.com to your Elastic Beanstalk environment.
    ///
    /// For Elastic Beanstalk environments that have regionalized subdomains, specify the `CNAME` attribute for the environment. You can use the following methods to get the value of the CNAME attribute:
    ///
    /// - *Amazon Web Services Management Console*: For information about how to get the value by using the console, see [Using Custom Domains with Elastic Beanstalk](https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customdomains.html) in the *Elastic Beanstalk Developer Guide*.
    ///
    /// - *Elastic Beanstalk API*: Use the `DescribeEnvironments` action to get the value of the `CNAME` attribute. For more information, see [DescribeEnvironments](https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironments.html) in the *Elastic Beanstalk API Reference*.
    ///
    /// - *CLI*: Use the `describe-environments` command to get the value of the `CNAME` attribute. For more information, see [describe-environments](https://docs.aws.amazon.com/cli/latest/reference/elasticbeanstalk/describe-environments.html) in the *CLI Command Reference*.
    ///
    /// ELB load balancer
    ///
    /// Specify the DNS name that is associated with the load balancer. Get the DNS name by using the Amazon Web Services Management Console, the ELB API, or the CLI.
    ///
    /// - **Amazon Web Services Management Console**: Go to the EC2 page, choose **Load Balancers** in the navigation pane, choose the load balancer, choose the **Description** tab, and get the value of the **DNS name** field.
    ///
    /// If you're routing traffic to a Classic Load Balancer, get the value that begins with **dualstack**. If you're routing traffic to another type of load balancer, get the value that applies to the record type, A or AAAA.
    ///
    /// - **Elastic Load Balancing API**: Use `DescribeLoadBalancers` to get the value of `DNSName`. For more information, see the applicable guide:
    ///
    ///   - Classic Load Balancers: [DescribeLoadBalancers](https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html)
    ///
    ///   - Application and Network Load Balancers: [DescribeLoadBalancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html)
    ///
    /// - **CLI**: Use `describe-load-balancers` to get the value of `DNSName`. For more information, see the applicable guide:
    ///
    ///   - Classic Load Balancers: [describe-load-balancers](http://docs.aws.amazon.com/cli/latest/reference/elb/describe-load-balancers.html)
    ///
    ///   - Application and Network Load Balancers: [describe-load-balancers](http://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-load-balancers.html)
    ///
    /// Global Accelerator accelerator
    ///
    /// Specify the DNS name for your accelerator:
    ///
    /// - **Global Accelerator API:** To get the DNS name, use [DescribeAccelerator](https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeAccelerator.html).
    ///
    /// - **CLI:** To get the DNS name, use [describe-accelerator](https://docs.aws.amazon.com/cli/latest/reference/globalaccelerator/describe-accelerator.html).
    ///
    /// Amazon S3 bucket that is configured as a static website
    ///
    /// Specify the domain name of the Amazon S3 website endpoint that you created the bucket in, for example, `s3-website.us-east-2.amazonaws.com`. For more information about valid values, see the table [Amazon S3 Website Endpoints](https://docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints) in the *Amazon Web Services General Reference*. For more information about using S3 buckets for websites, see [Getting Started with Amazon Route 53](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/getting-started.html) in the *Amazon Route 53 Developer Guide.*
    ///
    /// Another Route 53 resource record set
    ///
    /// Specify the value of the `Name` element for a resource record set in the current hosted zone.
    ///
    /// If you're creating an alias record that has the same name as the hosted zone (known as the zone apex), you can't specify the domain name for a record for which the value of `Type` is `CNAME`. This is because the alias record must have the same type as the record that you're routing traffic to, and creating a CNAME record for the zone apex isn't supported even for an alias record.
    pub dns_name: String,
    /// *Applies only to alias, failover alias, geolocation alias, latency alias, and weighted alias resource record sets:* When `EvaluateTargetHealth` is `true`, an alias resource record set inherits the health of the referenced Amazon Web Services resource, such as an ELB load balancer or another resource record set in the hosted zone.
    ///
    /// Note the following:
    ///
    /// CloudFront distributions
    ///
    /// You can't set `EvaluateTargetHealth` to `true` when the alias target is a CloudFront distribution.
    ///
    /// Elastic Beanstalk environments that have regionalized subdomains
    ///
    /// If you specify an Elastic Beanstalk environment in `DNSName` and the environment contains an ELB load balancer, Elastic Load Balancing routes queries only to the healthy Amazon EC2 instances that are registered with the load balancer. (An environment automatically contains an ELB load balancer if it includes more than one Amazon EC2 instance.) If you set `EvaluateTargetHealth` to `true` and either no Amazon EC2 instances are healthy or the load balancer itself is unhealthy, Route 53 routes queries to other available resources that are healthy, if any.
    ///
    /// If the environment contains a single Amazon EC2 instance, there are no special requirements.
    ///
    /// ELB load balancers
    ///
    /// Health checking behavior depends on the type of load balancer:
    ///
    /// - **Classic Load Balancers**: If you specify an ELB Classic Load Balancer in `DNSName`, Elastic Load Balancing routes queries only to the healthy Amazon EC2 instances that are registered with the load balancer. If you set `EvaluateTargetHealth` to `true` and either no EC2 instances are healthy or the load balancer itself is unhealthy, Route 53 routes queries to other resources.
    ///
    /// - **Application and Network Load Balancers**: If you specify an ELB Application or Network Load Balancer and you set `EvaluateTargetHealth` to `true`, Route 53 routes queries to the load balancer based on the health of the target groups that are associated with the load balancer:
    ///
    ///   - For an Application or Network Load Balancer to be considered healthy, every target group that contains targets must contain at least one healthy target. If any target group contains only unhealthy targets, the load balancer is considered unhealthy, and Route 53 routes queries to other resources.
    ///
    ///   - A target group that has no registered targets is considered unhealthy.
    ///
    /// When you create a load balancer, you configure settings for Elastic Load Balancing health checks; they're not Route 53 health checks, but they perform a similar function. Do not create Route 53 health checks for the EC2 instances that you register with an ELB load balancer.
    ///
    /// API Gateway APIs
    ///
    /// There are no special requirements for setting `EvaluateTargetHealth` to `true` when the alias target is an API Gateway API. However, because API Gateway is highly available by design, `EvaluateTargetHealth` provides no operational benefit and [Route 53 health checks](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html) are recommended instead for failover scenarios.
    ///
    /// S3 buckets
    ///
    /// There are no special requirements for setting `EvaluateTargetHealth` to `true` when the alias target is an S3 bucket. However, because S3 buckets are highly available by design, `EvaluateTargetHealth` provides no operational benefit and [Route 53 health checks](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html) are recommended instead for failover scenarios.
    ///
    /// VPC interface endpoints
    ///
    /// There are no special requirements for setting `EvaluateTargetHealth` to `true` when the alias target is a VPC interface endpoint. However, because VPC interface endpoints are highly available by design, `EvaluateTargetHealth` provides no operational benefit and [Route 53 health checks](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html) are recommended instead for failover scenarios.
    ///
    /// Other records in the same hosted zone
    ///
    /// If the Amazon Web Services resource that you specify in `DNSName` is a record or a group of records (for example, a group of weighted records) but is not another alias record, we recommend that you associate a health check with all of the records in the alias target. For more information, see [What Happens When You Omit Health Checks?](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-complex-configs.html#dns-failover-complex-configs-hc-omitting) in the *Amazon Route 53 Developer Guide*.
    ///
    /// While `EvaluateTargetHealth` can be set to `true` for highly available Amazon Web Services services (such as S3 buckets, VPC interface endpoints, and API Gateway), these services are designed for high availability and rarely experience outages that would be detected by this feature. For failover scenarios with these services, consider using [Route 53 health checks](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html) that monitor your application's ability to access the service instead.
    ///
    /// For more information and examples, see [Amazon Route 53 Health Checks and DNS Failover](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html) in the *Amazon Route 53 Developer Guide*.
    pub evaluate_target_health: bool,
}
rt::structure!(
    AliasTarget, ALIAS_TARGET, [hosted_zone_id, dns_name, evaluate_target_health]
);
/// A complex type that contains information about the request to associate a VPC with a private hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct AssociateVpcWithHostedZoneInput {
    /// The ID of the private hosted zone that you want to associate an Amazon VPC with.
    ///
    /// Note that you can't associate a VPC with a hosted zone that doesn't have an existing VPC association.
    pub hosted_zone_id: String,
    /// A complex type that contains information about the VPC that you want to associate with a private hosted zone.
    pub vpc: Vpc,
    /// *Optional:* A comment about the association request.
    pub comment: Option<String>,
}
rt::structure!(
    AssociateVpcWithHostedZoneInput, ASSOCIATE_VPC_WITH_HOSTED_ZONE_INPUT,
    [hosted_zone_id, vpc, comment]
);
/// A complex type that contains the response information for the `AssociateVPCWithHostedZone` request.
#[derive(Clone, Default, PartialEq)]
pub struct AssociateVpcWithHostedZoneOutput {
    /// A complex type that describes the changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    AssociateVpcWithHostedZoneOutput, ASSOCIATE_VPC_WITH_HOSTED_ZONE_OUTPUT,
    [change_info], meta = response_metadata
);
/// The information for each resource record set that you want to change.
#[derive(Clone, Default, PartialEq)]
pub struct Change {
    /// The action to perform:
    ///
    /// - `CREATE`: Creates a resource record set that has the specified values.
    ///
    /// - `DELETE`: Deletes a existing resource record set.
    ///
    /// To delete the resource record set that is associated with a traffic policy instance, use [DeleteTrafficPolicyInstance](https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteTrafficPolicyInstance.html). Amazon Route 53 will delete the resource record set automatically. If you delete the resource record set by using `ChangeResourceRecordSets`, Route 53 doesn't automatically delete the traffic policy instance, and you'll continue to be charged for it even though it's no longer in use.
    ///
    /// - `UPSERT`: If a resource record set doesn't already exist, Route 53 creates it. If a resource record set does exist, Route 53 updates it with the values in the request.
    pub action: ChangeAction,
    /// Information about the resource record set to create, delete, or update.
    pub resource_record_set: ResourceRecordSet,
}
rt::structure!(Change, CHANGE, [action, resource_record_set]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeAction {
    /// `CREATE`
    Create,
    /// `DELETE`
    Delete,
    /// `UPSERT`
    Upsert,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ChangeAction, { Create => "CREATE", Delete => "DELETE", Upsert => "UPSERT" }
);
/// The information for a change request.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeBatch {
    /// *Optional:* Any comments you want to include about a change batch request.
    pub comment: Option<String>,
    /// Information about the changes to make to the record sets.
    pub changes: Vec<Change>,
}
rt::structure!(ChangeBatch, CHANGE_BATCH, [comment, changes]);
#[derive(Clone, Default, PartialEq)]
pub struct ChangeCidrCollectionInput {
    /// The UUID of the CIDR collection to update.
    pub id: String,
    /// A sequential counter that Amazon Route 53 sets to 1 when you create a collection and increments it by 1 each time you update the collection.
    ///
    /// We recommend that you use `ListCidrCollection` to get the current value of `CollectionVersion` for the collection that you want to update, and then include that value with the change request. This prevents Route 53 from overwriting an intervening update:
    ///
    /// - If the value in the request matches the value of `CollectionVersion` in the collection, Route 53 updates the collection.
    ///
    /// - If the value of `CollectionVersion` in the collection is greater than the value in the request, the collection was changed after you got the version number. Route 53 does not update the collection, and it returns a `CidrCollectionVersionMismatch` error.
    pub collection_version: Option<i64>,
    /// Information about changes to a CIDR collection.
    pub changes: Vec<CidrCollectionChange>,
}
rt::structure!(
    ChangeCidrCollectionInput, CHANGE_CIDR_COLLECTION_INPUT, [id, collection_version,
    changes]
);
#[derive(Clone, Default, PartialEq)]
pub struct ChangeCidrCollectionOutput {
    /// The ID that is returned by `ChangeCidrCollection`. You can use it as input to `GetChange` to see if a CIDR collection change has propagated or not.
    pub id: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ChangeCidrCollectionOutput, CHANGE_CIDR_COLLECTION_OUTPUT, [id], meta =
    response_metadata
);
/// A complex type that describes change information about changes made to your hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeInfo {
    /// This element contains an ID that you use when performing a [GetChange](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetChange.html) action to get detailed information about the change.
    pub id: String,
    /// The current state of the request. `PENDING` indicates that this request has not yet been applied to all Amazon Route 53 DNS servers.
    pub status: ChangeStatus,
    /// The date and time that the change request was submitted in [ISO 8601 format](https://en.wikipedia.org/wiki/ISO_8601) and Coordinated Universal Time (UTC). For example, the value `2017-03-27T17:48:16.751Z` represents March 27, 2017 at 17:48:16.751 UTC.
    pub submitted_at: rt::DateTime,
    /// A comment you can provide.
    pub comment: Option<String>,
}
rt::structure!(ChangeInfo, CHANGE_INFO, [id, status, submitted_at, comment]);
/// A complex type that contains change information for the resource record set.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeResourceRecordSetsInput {
    /// The ID of the hosted zone that contains the resource record sets that you want to change.
    pub hosted_zone_id: String,
    /// A complex type that contains an optional comment and the `Changes` element.
    pub change_batch: ChangeBatch,
}
rt::structure!(
    ChangeResourceRecordSetsInput, CHANGE_RESOURCE_RECORD_SETS_INPUT, [hosted_zone_id,
    change_batch]
);
/// A complex type containing the response for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeResourceRecordSetsOutput {
    /// A complex type that contains information about changes made to your hosted zone.
    ///
    /// This element contains an ID that you use when performing a [GetChange](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetChange.html) action to get detailed information about the change.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ChangeResourceRecordSetsOutput, CHANGE_RESOURCE_RECORD_SETS_OUTPUT, [change_info],
    meta = response_metadata
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeStatus {
    /// `PENDING`
    Pending,
    /// `INSYNC`
    Insync,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(ChangeStatus, { Pending => "PENDING", Insync => "INSYNC" });
/// A complex type that contains information about the tags that you want to add, edit, or delete.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeTagsForResourceInput {
    /// The type of the resource.
    ///
    /// - The resource type for health checks is `healthcheck`.
    ///
    /// - The resource type for hosted zones is `hostedzone`.
    pub resource_type: TagResourceType,
    /// The ID of the resource for which you want to add, change, or delete tags.
    pub resource_id: String,
    /// A complex type that contains a list of the tags that you want to add to the specified health check or hosted zone and/or the tags that you want to edit `Value` for.
    ///
    /// You can add a maximum of 10 tags to a health check or a hosted zone.
    pub add_tags: Option<Vec<Tag>>,
    /// A complex type that contains a list of the tags that you want to delete from the specified health check or hosted zone. You can specify up to 10 keys.
    pub remove_tag_keys: Option<Vec<String>>,
}
rt::structure!(
    ChangeTagsForResourceInput, CHANGE_TAGS_FOR_RESOURCE_INPUT, [resource_type,
    resource_id, add_tags, remove_tag_keys]
);
/// Empty response for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ChangeTagsForResourceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ChangeTagsForResourceOutput, CHANGE_TAGS_FOR_RESOURCE_OUTPUT, [], meta =
    response_metadata
);
/// This CIDR block is already in use.
#[derive(Clone, Default, PartialEq)]
pub struct CidrBlockInUseException {
    pub message: Option<String>,
}
rt::structure!(CidrBlockInUseException, CIDR_BLOCK_IN_USE_EXCEPTION, [message]);
/// A complex type that lists the CIDR blocks.
#[derive(Clone, Default, PartialEq)]
pub struct CidrBlockSummary {
    /// Value for the CIDR block.
    pub cidr_block: Option<String>,
    /// The location name of the CIDR block.
    pub location_name: Option<String>,
}
rt::structure!(CidrBlockSummary, CIDR_BLOCK_SUMMARY, [cidr_block, location_name]);
/// A complex type that identifies a CIDR collection.
#[derive(Clone, Default, PartialEq)]
pub struct CidrCollection {
    /// The ARN of the collection. Can be used to reference the collection in IAM policy or in another Amazon Web Services account.
    pub arn: Option<String>,
    /// The unique ID of the CIDR collection.
    pub id: Option<String>,
    /// The name of a CIDR collection.
    pub name: Option<String>,
    /// A sequential counter that Route 53 sets to 1 when you create a CIDR collection and increments by 1 each time you update settings for the CIDR collection.
    pub version: Option<i64>,
}
rt::structure!(CidrCollection, CIDR_COLLECTION, [arn, id, name, version]);
/// A CIDR collection with this name and a different caller reference already exists in this account.
#[derive(Clone, Default, PartialEq)]
pub struct CidrCollectionAlreadyExistsException {
    pub message: Option<String>,
}
rt::structure!(
    CidrCollectionAlreadyExistsException, CIDR_COLLECTION_ALREADY_EXISTS_EXCEPTION,
    [message]
);
/// A complex type that contains information about the CIDR collection change.
#[derive(Clone, Default, PartialEq)]
pub struct CidrCollectionChange {
    /// Name of the location that is associated with the CIDR collection.
    pub location_name: String,
    /// CIDR collection change action.
    pub action: CidrCollectionChangeAction,
    /// List of CIDR blocks.
    pub cidr_list: Vec<String>,
}
rt::structure!(
    CidrCollectionChange, CIDR_COLLECTION_CHANGE, [location_name, action, cidr_list]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CidrCollectionChangeAction {
    /// `PUT`
    Put,
    /// `DELETE_IF_EXISTS`
    DeleteIfExists,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    CidrCollectionChangeAction, { Put => "PUT", DeleteIfExists => "DELETE_IF_EXISTS" }
);
/// This CIDR collection is in use, and isn't empty.
#[derive(Clone, Default, PartialEq)]
pub struct CidrCollectionInUseException {
    pub message: Option<String>,
}
rt::structure!(
    CidrCollectionInUseException, CIDR_COLLECTION_IN_USE_EXCEPTION, [message]
);
/// The CIDR collection version you provided, doesn't match the one in the `ListCidrCollections` operation.
#[derive(Clone, Default, PartialEq)]
pub struct CidrCollectionVersionMismatchException {
    pub message: Option<String>,
}
rt::structure!(
    CidrCollectionVersionMismatchException, CIDR_COLLECTION_VERSION_MISMATCH_EXCEPTION,
    [message]
);
/// The object that is specified in resource record set object when you are linking a resource record set to a CIDR location.
///
/// A `LocationName` with an asterisk “\*” can be used to create a default CIDR record. `CollectionId` is still required for default record.
#[derive(Clone, Default, PartialEq)]
pub struct CidrRoutingConfig {
    /// The CIDR collection ID.
    pub collection_id: String,
    /// The CIDR collection location name.
    pub location_name: String,
}
rt::structure!(CidrRoutingConfig, CIDR_ROUTING_CONFIG, [collection_id, location_name]);
/// A complex type that contains information about the CloudWatch alarm that Amazon Route 53 is monitoring for this health check.
#[derive(Clone, Default, PartialEq)]
pub struct CloudWatchAlarmConfiguration {
    /// For the metric that the CloudWatch alarm is associated with, the number of periods that the metric is compared to the threshold.
    pub evaluation_periods: i32,
    /// For the metric that the CloudWatch alarm is associated with, the value the metric is compared with.
    pub threshold: f64,
    /// For the metric that the CloudWatch alarm is associated with, the arithmetic operation that is used for the comparison.
    pub comparison_operator: ComparisonOperator,
    /// For the metric that the CloudWatch alarm is associated with, the duration of one evaluation period in seconds.
    pub period: i32,
    /// The name of the CloudWatch metric that the alarm is associated with.
    pub metric_name: String,
    /// The namespace of the metric that the alarm is associated with. For more information, see [Amazon CloudWatch Namespaces, Dimensions, and Metrics Reference](https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/CW_Support_For_AWS.html) in the *Amazon CloudWatch User Guide*.
    pub namespace: String,
    /// For the metric that the CloudWatch alarm is associated with, the statistic that is applied to the metric.
    pub statistic: Statistic,
    /// For the metric that the CloudWatch alarm is associated with, a complex type that contains information about the dimensions for the metric. For information, see [Amazon CloudWatch Namespaces, Dimensions, and Metrics Reference](https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/CW_Support_For_AWS.html) in the *Amazon CloudWatch User Guide*.
    pub dimensions: Option<Vec<Dimension>>,
}
rt::structure!(
    CloudWatchAlarmConfiguration, CLOUD_WATCH_ALARM_CONFIGURATION, [evaluation_periods,
    threshold, comparison_operator, period, metric_name, namespace, statistic,
    dimensions]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudWatchRegion {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ca-central-1`
    CaCentral1,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `ap-east-1`
    ApEast1,
    /// `me-south-1`
    MeSouth1,
    /// `me-central-1`
    MeCentral1,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-south-2`
    ApSouth2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-northeast-3`
    ApNortheast3,
    /// `eu-north-1`
    EuNorth1,
    /// `sa-east-1`
    SaEast1,
    /// `cn-northwest-1`
    CnNorthwest1,
    /// `cn-north-1`
    CnNorth1,
    /// `af-south-1`
    AfSouth1,
    /// `eu-south-1`
    EuSouth1,
    /// `eu-south-2`
    EuSouth2,
    /// `us-gov-west-1`
    UsGovWest1,
    /// `us-gov-east-1`
    UsGovEast1,
    /// `us-iso-east-1`
    UsIsoEast1,
    /// `us-iso-west-1`
    UsIsoWest1,
    /// `us-isob-east-1`
    UsIsobEast1,
    /// `ap-southeast-4`
    ApSoutheast4,
    /// `il-central-1`
    IlCentral1,
    /// `ca-west-1`
    CaWest1,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `mx-central-1`
    MxCentral1,
    /// `us-isof-south-1`
    UsIsofSouth1,
    /// `us-isof-east-1`
    UsIsofEast1,
    /// `ap-southeast-7`
    ApSoutheast7,
    /// `ap-east-2`
    ApEast2,
    /// `eu-isoe-west-1`
    EuIsoeWest1,
    /// `ap-southeast-6`
    ApSoutheast6,
    /// `us-isob-west-1`
    UsIsobWest1,
    /// `eusc-de-east-1`
    EuscDeEast1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    CloudWatchRegion, { UsEast1 => "us-east-1", UsEast2 => "us-east-2", UsWest1 =>
    "us-west-1", UsWest2 => "us-west-2", CaCentral1 => "ca-central-1", EuCentral1 =>
    "eu-central-1", EuCentral2 => "eu-central-2", EuWest1 => "eu-west-1", EuWest2 =>
    "eu-west-2", EuWest3 => "eu-west-3", ApEast1 => "ap-east-1", MeSouth1 =>
    "me-south-1", MeCentral1 => "me-central-1", ApSouth1 => "ap-south-1", ApSouth2 =>
    "ap-south-2", ApSoutheast1 => "ap-southeast-1", ApSoutheast2 => "ap-southeast-2",
    ApSoutheast3 => "ap-southeast-3", ApNortheast1 => "ap-northeast-1", ApNortheast2 =>
    "ap-northeast-2", ApNortheast3 => "ap-northeast-3", EuNorth1 => "eu-north-1", SaEast1
    => "sa-east-1", CnNorthwest1 => "cn-northwest-1", CnNorth1 => "cn-north-1", AfSouth1
    => "af-south-1", EuSouth1 => "eu-south-1", EuSouth2 => "eu-south-2", UsGovWest1 =>
    "us-gov-west-1", UsGovEast1 => "us-gov-east-1", UsIsoEast1 => "us-iso-east-1",
    UsIsoWest1 => "us-iso-west-1", UsIsobEast1 => "us-isob-east-1", ApSoutheast4 =>
    "ap-southeast-4", IlCentral1 => "il-central-1", CaWest1 => "ca-west-1", ApSoutheast5
    => "ap-southeast-5", MxCentral1 => "mx-central-1", UsIsofSouth1 => "us-isof-south-1",
    UsIsofEast1 => "us-isof-east-1", ApSoutheast7 => "ap-southeast-7", ApEast2 =>
    "ap-east-2", EuIsoeWest1 => "eu-isoe-west-1", ApSoutheast6 => "ap-southeast-6",
    UsIsobWest1 => "us-isob-west-1", EuscDeEast1 => "eusc-de-east-1" }
);
/// A complex type that is an entry in an [CidrCollection](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CidrCollection.html) array.
#[derive(Clone, Default, PartialEq)]
pub struct CollectionSummary {
    /// The ARN of the collection summary. Can be used to reference the collection in IAM policy or cross-account.
    pub arn: Option<String>,
    /// Unique ID for the CIDR collection.
    pub id: Option<String>,
    /// The name of a CIDR collection.
    pub name: Option<String>,
    /// A sequential counter that Route 53 sets to 1 when you create a CIDR collection and increments by 1 each time you update settings for the CIDR collection.
    pub version: Option<i64>,
}
rt::structure!(CollectionSummary, COLLECTION_SUMMARY, [arn, id, name, version]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ComparisonOperator, { GreaterThanOrEqualToThreshold =>
    "GreaterThanOrEqualToThreshold", GreaterThanThreshold => "GreaterThanThreshold",
    LessThanThreshold => "LessThanThreshold", LessThanOrEqualToThreshold =>
    "LessThanOrEqualToThreshold" }
);
/// Another user submitted a request to create, update, or delete the object at the same time that you did. Retry the request.
#[derive(Clone, Default, PartialEq)]
pub struct ConcurrentModification {
    pub message: Option<String>,
}
rt::structure!(ConcurrentModification, CONCURRENT_MODIFICATION, [message]);
/// The cause of this error depends on the operation that you're performing:
///
/// - **Create a public hosted zone:** Two hosted zones that have the same name or that have a parent/child relationship (example.com and test.example.com) can't have any common name servers. You tried to create a hosted zone that has the same name as an existing hosted zone or that's the parent or child of an existing hosted zone, and you specified a delegation set that shares one or more name servers with the existing hosted zone. For more information, see [CreateReusableDelegationSet](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html).
///
/// - **Create a private hosted zone:** A hosted zone with the specified name already exists and is already associated with the Amazon VPC that you specified.
///
/// - **Associate VPCs with a private hosted zone:** The VPC that you specified is already associated with another hosted zone that has the same name.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictingDomainExists {
    pub message: Option<String>,
}
rt::structure!(ConflictingDomainExists, CONFLICTING_DOMAIN_EXISTS, [message]);
/// You tried to update a traffic policy instance by using a traffic policy version that has a different DNS type than the current type for the instance. You specified the type in the JSON document in the `CreateTrafficPolicy` or `CreateTrafficPolicyVersion`request.
#[derive(Clone, Default, PartialEq)]
pub struct ConflictingTypes {
    pub message: Option<String>,
}
rt::structure!(ConflictingTypes, CONFLICTING_TYPES, [message]);
/// A complex type that lists the coordinates for a geoproximity resource record.
#[derive(Clone, Default, PartialEq)]
pub struct Coordinates {
    /// Specifies a coordinate of the north–south position of a geographic point on the surface of the Earth (-90 - 90).
    pub latitude: String,
    /// Specifies a coordinate of the east–west position of a geographic point on the surface of the Earth (-180 - 180).
    pub longitude: String,
}
rt::structure!(Coordinates, COORDINATES, [latitude, longitude]);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCidrCollectionInput {
    /// A unique identifier for the account that can be used to reference the collection from other API calls.
    pub name: String,
    /// A client-specific token that allows requests to be securely retried so that the intended outcome will only occur once, retries receive a similar response, and there are no additional edge cases to handle.
    pub caller_reference: String,
}
rt::structure!(
    CreateCidrCollectionInput, CREATE_CIDR_COLLECTION_INPUT, [name, caller_reference]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateCidrCollectionOutput {
    /// A complex type that contains information about the CIDR collection.
    pub collection: Option<CidrCollection>,
    /// A unique URL that represents the location for the CIDR collection.
    pub location: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateCidrCollectionOutput, CREATE_CIDR_COLLECTION_OUTPUT, [collection, location],
    meta = response_metadata
);
/// A complex type that contains the health check request information.
#[derive(Clone, Default, PartialEq)]
pub struct CreateHealthCheckInput {
    /// A unique string that identifies the request and that allows you to retry a failed `CreateHealthCheck` request without the risk of creating two identical health checks:
    ///
    /// - If you send a `CreateHealthCheck` request with the same `CallerReference` and settings as a previous request, and if the health check doesn't exist, Amazon Route 53 creates the health check. If the health check does exist, Route 53 returns the health check configuration in the response.
    ///
    /// - If you send a `CreateHealthCheck` request with the same `CallerReference` as a deleted health check, regardless of the settings, Route 53 returns a `HealthCheckAlreadyExists` error.
    ///
    /// - If you send a `CreateHealthCheck` request with the same `CallerReference` as an existing health check but with different settings, Route 53 returns a `HealthCheckAlreadyExists` error.
    ///
    /// - If you send a `CreateHealthCheck` request with a unique `CallerReference` but settings identical to an existing health check, Route 53 creates the health check.
    ///
    /// Route 53 does not store the `CallerReference` for a deleted health check indefinitely. The `CallerReference` for a deleted health check will be deleted after a number of days.
    pub caller_reference: String,
    /// A complex type that contains settings for a new health check.
    pub health_check_config: HealthCheckConfig,
}
rt::structure!(
    CreateHealthCheckInput, CREATE_HEALTH_CHECK_INPUT, [caller_reference,
    health_check_config]
);
/// A complex type containing the response information for the new health check.
#[derive(Clone, Default, PartialEq)]
pub struct CreateHealthCheckOutput {
    /// A complex type that contains identifying information about the health check.
    pub health_check: HealthCheck,
    /// The unique URL representing the new health check.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateHealthCheckOutput, CREATE_HEALTH_CHECK_OUTPUT, [health_check, location], meta =
    response_metadata
);
/// A complex type that contains information about the request to create a public or private hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct CreateHostedZoneInput {
    /// The name of the domain. Specify a fully qualified domain name, for example, *www.example.com*. The trailing dot is optional; Amazon Route 53 assumes that the domain name is fully qualified. This means that Route 53 treats *www.example.com* (without a trailing dot) and *www.example.com.* (with a trailing dot) as identical.
    ///
    /// If you're creating a public hosted zone, this is the name you have registered with your DNS registrar. If your domain name is registered with a registrar other than Route 53, change the name servers for your domain to the set of `NameServers` that `CreateHostedZone` returns in `DelegationSet`.
    pub name: String,
    /// (Private hosted zones only) A complex type that contains information about the Amazon VPC that you're associating with this hosted zone.
    ///
    /// You can specify only one Amazon VPC when you create a private hosted zone. If you are associating a VPC with a hosted zone with this request, the paramaters `VPCId` and `VPCRegion` are also required.
    ///
    /// To associate additional Amazon VPCs with the hosted zone, use [AssociateVPCWithHostedZone](https://docs.aws.amazon.com/Route53/latest/APIReference/API_AssociateVPCWithHostedZone.html) after you create a hosted zone.
    pub vpc: Option<Vpc>,
    /// A unique string that identifies the request and that allows failed `CreateHostedZone` requests to be retried without the risk of executing the operation twice. You must use a unique `CallerReference` string every time you submit a `CreateHostedZone` request. `CallerReference` can be any unique string, for example, a date/time stamp.
    pub caller_reference: String,
    /// (Optional) A complex type that contains the following optional values:
    ///
    /// - For public and private hosted zones, an optional comment
    ///
    /// - For private hosted zones, an optional `PrivateZone` element
    ///
    /// If you don't specify a comment or the `PrivateZone` element, omit `HostedZoneConfig` and the other elements.
    pub hosted_zone_config: Option<HostedZoneConfig>,
    /// If you want to associate a reusable delegation set with this hosted zone, the ID that Amazon Route 53 assigned to the reusable delegation set when you created it. For more information about reusable delegation sets, see [CreateReusableDelegationSet](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateReusableDelegationSet.html).
    ///
    /// If you are using a reusable delegation set to create a public hosted zone for a subdomain, make sure that the parent hosted zone doesn't use one or more of the same name servers. If you have overlapping nameservers, the operation will cause a `ConflictingDomainsExist` error.
    pub delegation_set_id: Option<String>,
}
rt::structure!(
    CreateHostedZoneInput, CREATE_HOSTED_ZONE_INPUT, [name, vpc, caller_reference,
    hosted_zone_config, delegation_set_id]
);
/// A complex type containing the response information for the hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct CreateHostedZoneOutput {
    /// A complex type that contains general information about the hosted zone.
    pub hosted_zone: HostedZone,
    /// A complex type that contains information about the `CreateHostedZone` request.
    pub change_info: ChangeInfo,
    /// A complex type that describes the name servers for this hosted zone.
    pub delegation_set: DelegationSet,
    /// A complex type that contains information about an Amazon VPC that you associated with this hosted zone.
    pub vpc: Option<Vpc>,
    /// The unique URL representing the new hosted zone.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateHostedZoneOutput, CREATE_HOSTED_ZONE_OUTPUT, [hosted_zone, change_info,
    delegation_set, vpc, location], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateKeySigningKeyInput {
    /// A unique string that identifies the request.
    pub caller_reference: String,
    /// The unique string (ID) used to identify a hosted zone.
    pub hosted_zone_id: String,
    /// The Amazon resource name (ARN) for a customer managed key in Key Management Service (KMS). The `KeyManagementServiceArn` must be unique for each key-signing key (KSK) in a single hosted zone. To see an example of `KeyManagementServiceArn` that grants the correct permissions for DNSSEC, scroll down to **Example**.
    ///
    /// You must configure the customer managed customer managed key as follows:
    ///
    /// Status
    ///
    /// Enabled
    ///
    /// Key spec
    ///
    /// ECC\_NIST\_P256
    ///
    /// Key usage
    ///
    /// Sign and verify
    ///
    /// Key policy
    ///
    /// The key policy must give permission for the following actions:
    ///
    /// - DescribeKey
    ///
    /// - GetPublicKey
    ///
    /// - Sign
    ///
    /// The key policy must also include the Amazon Route 53 service in the principal for your account. Specify the following:
    ///
    /// - `"Service": "dnssec-route53.amazonaws.com"`
    ///
    /// For more information about working with a customer managed key in KMS, see [Key Management Service concepts](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html).
    pub key_management_service_arn: String,
    /// A string used to identify a key-signing key (KSK). `Name` can include numbers, letters, and underscores (\_). `Name` must be unique for each key-signing key in the same hosted zone.
    pub name: String,
    /// A string specifying the initial status of the key-signing key (KSK). You can set the value to `ACTIVE` or `INACTIVE`.
    pub status: String,
}
rt::structure!(
    CreateKeySigningKeyInput, CREATE_KEY_SIGNING_KEY_INPUT, [caller_reference,
    hosted_zone_id, key_management_service_arn, name, status]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateKeySigningKeyOutput {
    /// A complex type that describes change information about changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// The key-signing key (KSK) that the request creates.
    pub key_signing_key: KeySigningKey,
    /// The unique URL representing the new key-signing key (KSK).
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateKeySigningKeyOutput, CREATE_KEY_SIGNING_KEY_OUTPUT, [change_info,
    key_signing_key, location], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateQueryLoggingConfigInput {
    /// The ID of the hosted zone that you want to log queries for. You can log queries only for public hosted zones.
    pub hosted_zone_id: String,
    /// The Amazon Resource Name (ARN) for the log group that you want to Amazon Route 53 to send query logs to. This is the format of the ARN:
    ///
    /// arn:aws:logs:*region*:*account-id*:log-group:*log\_group\_name*
    ///
    /// To get the ARN for a log group, you can use the CloudWatch console, the [DescribeLogGroups](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html) API action, the [describe-log-groups](https://docs.aws.amazon.com/cli/latest/reference/logs/describe-log-groups.html) command, or the applicable command in one of the Amazon Web Services SDKs.
    pub cloud_watch_logs_log_group_arn: String,
}
rt::structure!(
    CreateQueryLoggingConfigInput, CREATE_QUERY_LOGGING_CONFIG_INPUT, [hosted_zone_id,
    cloud_watch_logs_log_group_arn]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateQueryLoggingConfigOutput {
    /// A complex type that contains the ID for a query logging configuration, the ID of the hosted zone that you want to log queries for, and the ARN for the log group that you want Amazon Route 53 to send query logs to.
    pub query_logging_config: QueryLoggingConfig,
    /// The unique URL representing the new query logging configuration.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateQueryLoggingConfigOutput, CREATE_QUERY_LOGGING_CONFIG_OUTPUT,
    [query_logging_config, location], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateResourceRecordSetProtectionsInput {
    /// The ID of the hosted zone that contains the resource record sets that you want to protect.
    pub hosted_zone_id: String,
    /// The protections to create. Each entry specifies a resource record set name and type, and an optional comment. The list must contain at least one entry and can contain up to 100 entries. Each name and type can appear only once in the list.
    pub protections: Vec<ResourceRecordSetProtectionConfig>,
}
rt::structure!(
    CreateResourceRecordSetProtectionsInput,
    CREATE_RESOURCE_RECORD_SET_PROTECTIONS_INPUT, [hosted_zone_id, protections]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateResourceRecordSetProtectionsOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateResourceRecordSetProtectionsOutput,
    CREATE_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT, [], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateReusableDelegationSetInput {
    /// A unique string that identifies the request, and that allows you to retry failed `CreateReusableDelegationSet` requests without the risk of executing the operation twice. You must use a unique `CallerReference` string every time you submit a `CreateReusableDelegationSet` request. `CallerReference` can be any unique string, for example a date/time stamp.
    pub caller_reference: String,
    /// If you want to mark the delegation set for an existing hosted zone as reusable, the ID for that hosted zone.
    pub hosted_zone_id: Option<String>,
}
rt::structure!(
    CreateReusableDelegationSetInput, CREATE_REUSABLE_DELEGATION_SET_INPUT,
    [caller_reference, hosted_zone_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct CreateReusableDelegationSetOutput {
    /// A complex type that contains name server information.
    pub delegation_set: DelegationSet,
    /// The unique URL representing the new reusable delegation set.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateReusableDelegationSetOutput, CREATE_REUSABLE_DELEGATION_SET_OUTPUT,
    [delegation_set, location], meta = response_metadata
);
/// A complex type that contains information about the resource record sets that you want to create based on a specified traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTrafficPolicyInstanceInput {
    /// The ID of the hosted zone that you want Amazon Route 53 to create resource record sets in by using the configuration in a traffic policy.
    pub hosted_zone_id: String,
    /// The domain name (such as example.com) or subdomain name (such as www.example.com) for which Amazon Route 53 responds to DNS queries by using the resource record sets that Route 53 creates for this traffic policy instance.
    pub name: String,
    /// (Optional) The TTL that you want Amazon Route 53 to assign to all of the resource record sets that it creates in the specified hosted zone.
    pub ttl: i64,
    /// The ID of the traffic policy that you want to use to create resource record sets in the specified hosted zone.
    pub traffic_policy_id: String,
    /// The version of the traffic policy that you want to use to create resource record sets in the specified hosted zone.
    pub traffic_policy_version: i32,
}
rt::structure!(
    CreateTrafficPolicyInstanceInput, CREATE_TRAFFIC_POLICY_INSTANCE_INPUT,
    [hosted_zone_id, name, ttl, traffic_policy_id, traffic_policy_version]
);
/// A complex type that contains the response information for the `CreateTrafficPolicyInstance` request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTrafficPolicyInstanceOutput {
    /// A complex type that contains settings for the new traffic policy instance.
    pub traffic_policy_instance: TrafficPolicyInstance,
    /// A unique URL that represents a new traffic policy instance.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateTrafficPolicyInstanceOutput, CREATE_TRAFFIC_POLICY_INSTANCE_OUTPUT,
    [traffic_policy_instance, location], meta = response_metadata
);
/// A complex type that contains information about the traffic policy that you want to create.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTrafficPolicyInput {
    /// The name of the traffic policy.
    pub name: String,
    /// The definition of this traffic policy in JSON format. For more information, see [Traffic Policy Document Format](https://docs.aws.amazon.com/Route53/latest/APIReference/api-policies-traffic-policy-document-format.html).
    pub document: String,
    /// (Optional) Any comments that you want to include about the traffic policy.
    pub comment: Option<String>,
}
rt::structure!(
    CreateTrafficPolicyInput, CREATE_TRAFFIC_POLICY_INPUT, [name, document, comment]
);
/// A complex type that contains the response information for the `CreateTrafficPolicy` request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTrafficPolicyOutput {
    /// A complex type that contains settings for the new traffic policy.
    pub traffic_policy: TrafficPolicy,
    /// A unique URL that represents a new traffic policy.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateTrafficPolicyOutput, CREATE_TRAFFIC_POLICY_OUTPUT, [traffic_policy, location],
    meta = response_metadata
);
/// A complex type that contains information about the traffic policy that you want to create a new version for.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTrafficPolicyVersionInput {
    /// The ID of the traffic policy for which you want to create a new version.
    pub id: String,
    /// The definition of this version of the traffic policy, in JSON format. You specified the JSON in the `CreateTrafficPolicyVersion` request. For more information about the JSON format, see [CreateTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicy.html).
    pub document: String,
    /// The comment that you specified in the `CreateTrafficPolicyVersion` request, if any.
    pub comment: Option<String>,
}
rt::structure!(
    CreateTrafficPolicyVersionInput, CREATE_TRAFFIC_POLICY_VERSION_INPUT, [id, document,
    comment]
);
/// A complex type that contains the response information for the `CreateTrafficPolicyVersion` request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateTrafficPolicyVersionOutput {
    /// A complex type that contains settings for the new version of the traffic policy.
    pub traffic_policy: TrafficPolicy,
    /// A unique URL that represents a new traffic policy version.
    pub location: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateTrafficPolicyVersionOutput, CREATE_TRAFFIC_POLICY_VERSION_OUTPUT,
    [traffic_policy, location], meta = response_metadata
);
/// A complex type that contains information about the request to authorize associating a VPC with your private hosted zone. Authorization is only required when a private hosted zone and a VPC were created by using different accounts.
#[derive(Clone, Default, PartialEq)]
pub struct CreateVpcAssociationAuthorizationInput {
    /// The ID of the private hosted zone that you want to authorize associating a VPC with.
    pub hosted_zone_id: String,
    /// A complex type that contains the VPC ID and region for the VPC that you want to authorize associating with your hosted zone.
    pub vpc: Vpc,
}
rt::structure!(
    CreateVpcAssociationAuthorizationInput, CREATE_VPC_ASSOCIATION_AUTHORIZATION_INPUT,
    [hosted_zone_id, vpc]
);
/// A complex type that contains the response information from a `CreateVPCAssociationAuthorization` request.
#[derive(Clone, Default, PartialEq)]
pub struct CreateVpcAssociationAuthorizationOutput {
    /// The ID of the hosted zone that you authorized associating a VPC with.
    pub hosted_zone_id: String,
    /// The VPC that you authorized associating with a hosted zone.
    pub vpc: Vpc,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    CreateVpcAssociationAuthorizationOutput, CREATE_VPC_ASSOCIATION_AUTHORIZATION_OUTPUT,
    [hosted_zone_id, vpc], meta = response_metadata
);
/// The hosted zone doesn't have any DNSSEC resources.
#[derive(Clone, Default, PartialEq)]
pub struct DnssecNotFound {
    pub message: Option<String>,
}
rt::structure!(DnssecNotFound, DNSSEC_NOT_FOUND, [message]);
/// A string representing the status of DNSSEC signing.
#[derive(Clone, Default, PartialEq)]
pub struct DnssecStatus {
    /// A string that represents the current hosted zone signing status.
    ///
    /// Status can have one of the following values:
    ///
    /// SIGNING
    ///
    /// DNSSEC signing is enabled for the hosted zone.
    ///
    /// NOT\_SIGNING
    ///
    /// DNSSEC signing is not enabled for the hosted zone.
    ///
    /// DELETING
    ///
    /// DNSSEC signing is in the process of being removed for the hosted zone.
    ///
    /// ACTION\_NEEDED
    ///
    /// There is a problem with signing in the hosted zone that requires you to take action to resolve. For example, the customer managed key might have been deleted, or the permissions for the customer managed key might have been changed.
    ///
    /// INTERNAL\_FAILURE
    ///
    /// There was an error during a request. Before you can continue to work with DNSSEC signing, including with key-signing keys (KSKs), you must correct the problem by enabling or disabling DNSSEC signing for the hosted zone.
    pub serve_signature: Option<String>,
    /// The status message provided for the following DNSSEC signing status: `INTERNAL\_FAILURE`. The status message includes information about what the problem might be and steps that you can take to correct the issue.
    pub status_message: Option<String>,
}
rt::structure!(DnssecStatus, DNSSEC_STATUS, [serve_signature, status_message]);
#[derive(Clone, Default, PartialEq)]
pub struct DeactivateKeySigningKeyInput {
    /// A unique string used to identify a hosted zone.
    pub hosted_zone_id: String,
    /// A string used to identify a key-signing key (KSK).
    pub name: String,
}
rt::structure!(
    DeactivateKeySigningKeyInput, DEACTIVATE_KEY_SIGNING_KEY_INPUT, [hosted_zone_id,
    name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeactivateKeySigningKeyOutput {
    /// A complex type that describes change information about changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeactivateKeySigningKeyOutput, DEACTIVATE_KEY_SIGNING_KEY_OUTPUT, [change_info], meta
    = response_metadata
);
/// A complex type that lists the name servers in a delegation set, as well as the `CallerReference` and the `ID` for the delegation set.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationSet {
    /// The ID that Amazon Route 53 assigns to a reusable delegation set.
    pub id: Option<String>,
    /// The value that you specified for `CallerReference` when you created the reusable delegation set.
    pub caller_reference: Option<String>,
    /// A complex type that contains a list of the authoritative name servers for a hosted zone or for a reusable delegation set.
    pub name_servers: Vec<String>,
}
rt::structure!(DelegationSet, DELEGATION_SET, [id, caller_reference, name_servers]);
/// A delegation set with the same owner and caller reference combination has already been created.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationSetAlreadyCreated {
    pub message: Option<String>,
}
rt::structure!(DelegationSetAlreadyCreated, DELEGATION_SET_ALREADY_CREATED, [message]);
/// The specified delegation set has already been marked as reusable.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationSetAlreadyReusable {
    pub message: Option<String>,
}
rt::structure!(DelegationSetAlreadyReusable, DELEGATION_SET_ALREADY_REUSABLE, [message]);
/// The specified delegation contains associated hosted zones which must be deleted before the reusable delegation set can be deleted.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationSetInUse {
    pub message: Option<String>,
}
rt::structure!(DelegationSetInUse, DELEGATION_SET_IN_USE, [message]);
/// You can create a hosted zone that has the same name as an existing hosted zone (example.com is common), but there is a limit to the number of hosted zones that have the same name. If you get this error, Amazon Route 53 has reached that limit. If you own the domain name and Route 53 generates this error, contact Customer Support.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationSetNotAvailable {
    pub message: Option<String>,
}
rt::structure!(DelegationSetNotAvailable, DELEGATION_SET_NOT_AVAILABLE, [message]);
/// A reusable delegation set with the specified ID does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct DelegationSetNotReusable {
    pub message: Option<String>,
}
rt::structure!(DelegationSetNotReusable, DELEGATION_SET_NOT_REUSABLE, [message]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCidrCollectionInput {
    /// The UUID of the collection to delete.
    pub id: String,
}
rt::structure!(DeleteCidrCollectionInput, DELETE_CIDR_COLLECTION_INPUT, [id]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteCidrCollectionOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteCidrCollectionOutput, DELETE_CIDR_COLLECTION_OUTPUT, [], meta =
    response_metadata
);
/// This action deletes a health check.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteHealthCheckInput {
    /// The ID of the health check that you want to delete.
    pub health_check_id: String,
}
rt::structure!(DeleteHealthCheckInput, DELETE_HEALTH_CHECK_INPUT, [health_check_id]);
/// An empty element.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteHealthCheckOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteHealthCheckOutput, DELETE_HEALTH_CHECK_OUTPUT, [], meta = response_metadata
);
/// A request to delete a hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteHostedZoneInput {
    /// The ID of the hosted zone you want to delete.
    pub id: String,
}
rt::structure!(DeleteHostedZoneInput, DELETE_HOSTED_ZONE_INPUT, [id]);
/// A complex type that contains the response to a `DeleteHostedZone` request.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteHostedZoneOutput {
    /// A complex type that contains the ID, the status, and the date and time of a request to delete a hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteHostedZoneOutput, DELETE_HOSTED_ZONE_OUTPUT, [change_info], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteKeySigningKeyInput {
    /// A unique string used to identify a hosted zone.
    pub hosted_zone_id: String,
    /// A string used to identify a key-signing key (KSK).
    pub name: String,
}
rt::structure!(
    DeleteKeySigningKeyInput, DELETE_KEY_SIGNING_KEY_INPUT, [hosted_zone_id, name]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteKeySigningKeyOutput {
    /// A complex type that describes change information about changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteKeySigningKeyOutput, DELETE_KEY_SIGNING_KEY_OUTPUT, [change_info], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteQueryLoggingConfigInput {
    /// The ID of the configuration that you want to delete.
    pub id: String,
}
rt::structure!(DeleteQueryLoggingConfigInput, DELETE_QUERY_LOGGING_CONFIG_INPUT, [id]);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteQueryLoggingConfigOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteQueryLoggingConfigOutput, DELETE_QUERY_LOGGING_CONFIG_OUTPUT, [], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourceRecordSetProtectionsInput {
    /// The ID of the hosted zone that contains the protections that you want to delete.
    pub hosted_zone_id: String,
    /// The name and type of each protection to delete. The list must contain at least one entry and can contain up to 100 entries. Each name and type can appear only once in the list.
    pub protections: Vec<ResourceRecordSetProtectionKey>,
}
rt::structure!(
    DeleteResourceRecordSetProtectionsInput,
    DELETE_RESOURCE_RECORD_SET_PROTECTIONS_INPUT, [hosted_zone_id, protections]
);
#[derive(Clone, Default, PartialEq)]
pub struct DeleteResourceRecordSetProtectionsOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteResourceRecordSetProtectionsOutput,
    DELETE_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT, [], meta = response_metadata
);
/// A request to delete a reusable delegation set.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteReusableDelegationSetInput {
    /// The ID of the reusable delegation set that you want to delete.
    pub id: String,
}
rt::structure!(
    DeleteReusableDelegationSetInput, DELETE_REUSABLE_DELEGATION_SET_INPUT, [id]
);
/// An empty element.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteReusableDelegationSetOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteReusableDelegationSetOutput, DELETE_REUSABLE_DELEGATION_SET_OUTPUT, [], meta =
    response_metadata
);
/// A request to delete a specified traffic policy instance.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTrafficPolicyInstanceInput {
    /// The ID of the traffic policy instance that you want to delete.
    ///
    /// When you delete a traffic policy instance, Amazon Route 53 also deletes all of the resource record sets that were created when you created the traffic policy instance.
    pub id: String,
}
rt::structure!(
    DeleteTrafficPolicyInstanceInput, DELETE_TRAFFIC_POLICY_INSTANCE_INPUT, [id]
);
/// An empty element.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTrafficPolicyInstanceOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteTrafficPolicyInstanceOutput, DELETE_TRAFFIC_POLICY_INSTANCE_OUTPUT, [], meta =
    response_metadata
);
/// A request to delete a specified traffic policy version.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTrafficPolicyInput {
    /// The ID of the traffic policy that you want to delete.
    pub id: String,
    /// The version number of the traffic policy that you want to delete.
    pub version: i32,
}
rt::structure!(DeleteTrafficPolicyInput, DELETE_TRAFFIC_POLICY_INPUT, [id, version]);
/// An empty element.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteTrafficPolicyOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteTrafficPolicyOutput, DELETE_TRAFFIC_POLICY_OUTPUT, [], meta = response_metadata
);
/// A complex type that contains information about the request to remove authorization to associate a VPC that was created by one Amazon Web Services account with a hosted zone that was created with a different Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteVpcAssociationAuthorizationInput {
    /// When removing authorization to associate a VPC that was created by one Amazon Web Services account with a hosted zone that was created with a different Amazon Web Services account, the ID of the hosted zone.
    pub hosted_zone_id: String,
    /// When removing authorization to associate a VPC that was created by one Amazon Web Services account with a hosted zone that was created with a different Amazon Web Services account, a complex type that includes the ID and region of the VPC.
    pub vpc: Vpc,
}
rt::structure!(
    DeleteVpcAssociationAuthorizationInput, DELETE_VPC_ASSOCIATION_AUTHORIZATION_INPUT,
    [hosted_zone_id, vpc]
);
/// Empty response for the request.
#[derive(Clone, Default, PartialEq)]
pub struct DeleteVpcAssociationAuthorizationOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DeleteVpcAssociationAuthorizationOutput, DELETE_VPC_ASSOCIATION_AUTHORIZATION_OUTPUT,
    [], meta = response_metadata
);
/// For the metric that the CloudWatch alarm is associated with, a complex type that contains information about one dimension.
#[derive(Clone, Default, PartialEq)]
pub struct Dimension {
    /// For the metric that the CloudWatch alarm is associated with, the name of one dimension.
    pub name: String,
    /// For the metric that the CloudWatch alarm is associated with, the value of one dimension.
    pub value: String,
}
rt::structure!(Dimension, DIMENSION, [name, value]);
#[derive(Clone, Default, PartialEq)]
pub struct DisableHostedZoneDnssecInput {
    /// A unique string used to identify a hosted zone.
    pub hosted_zone_id: String,
}
rt::structure!(
    DisableHostedZoneDnssecInput, DISABLE_HOSTED_ZONE_DNSSEC_INPUT, [hosted_zone_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct DisableHostedZoneDnssecOutput {
    /// A complex type that describes change information about changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisableHostedZoneDnssecOutput, DISABLE_HOSTED_ZONE_DNSSEC_OUTPUT, [change_info], meta
    = response_metadata
);
/// A complex type that contains information about the VPC that you want to disassociate from a specified private hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateVpcFromHostedZoneInput {
    /// The ID of the private hosted zone that you want to disassociate a VPC from.
    pub hosted_zone_id: String,
    /// A complex type that contains information about the VPC that you're disassociating from the specified hosted zone.
    pub vpc: Vpc,
    /// *Optional:* A comment about the disassociation request.
    pub comment: Option<String>,
}
rt::structure!(
    DisassociateVpcFromHostedZoneInput, DISASSOCIATE_VPC_FROM_HOSTED_ZONE_INPUT,
    [hosted_zone_id, vpc, comment]
);
/// A complex type that contains the response information for the disassociate request.
#[derive(Clone, Default, PartialEq)]
pub struct DisassociateVpcFromHostedZoneOutput {
    /// A complex type that describes the changes made to the specified private hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    DisassociateVpcFromHostedZoneOutput, DISASSOCIATE_VPC_FROM_HOSTED_ZONE_OUTPUT,
    [change_info], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableHostedZoneDnssecInput {
    /// A unique string used to identify a hosted zone.
    pub hosted_zone_id: String,
}
rt::structure!(
    EnableHostedZoneDnssecInput, ENABLE_HOSTED_ZONE_DNSSEC_INPUT, [hosted_zone_id]
);
#[derive(Clone, Default, PartialEq)]
pub struct EnableHostedZoneDnssecOutput {
    /// A complex type that describes change information about changes made to your hosted zone.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    EnableHostedZoneDnssecOutput, ENABLE_HOSTED_ZONE_DNSSEC_OUTPUT, [change_info], meta =
    response_metadata
);
/// A complex type that contains information about a geographic location.
#[derive(Clone, Default, PartialEq)]
pub struct GeoLocation {
    /// The two-letter code for the continent.
    ///
    /// Amazon Route 53 supports the following continent codes:
    ///
    /// - **AF**: Africa
    ///
    /// - **AN**: Antarctica
    ///
    /// - **AS**: Asia
    ///
    /// - **EU**: Europe
    ///
    /// - **OC**: Oceania
    ///
    /// - **NA**: North America
    ///
    /// - **SA**: South America
    ///
    /// Constraint: Specifying `ContinentCode` with either `CountryCode` or `SubdivisionCode` returns an `InvalidInput` error.
    pub continent_code: Option<String>,
    /// For geolocation resource record sets, the two-letter code for a country.
    ///
    /// Amazon Route 53 uses the two-letter country codes that are specified in [ISO standard 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2).
    ///
    /// Route 53 also supports the country code **UA** for Ukraine.
    pub country_code: Option<String>,
    /// For geolocation resource record sets, the two-letter code for a state of the United States. Route 53 doesn't support any other values for `SubdivisionCode`. For a list of state abbreviations, see [Appendix B: Two–Letter State and Possession Abbreviations](https://pe.usps.com/text/pub28/28apb.htm) on the United States Postal Service website.
    ///
    /// If you specify `subdivisioncode`, you must also specify `US` for `CountryCode`.
    pub subdivision_code: Option<String>,
}
rt::structure!(
    GeoLocation, GEO_LOCATION, [continent_code, country_code, subdivision_code]
);
/// A complex type that contains the codes and full continent, country, and subdivision names for the specified `geolocation` code.
#[derive(Clone, Default, PartialEq)]
pub struct GeoLocationDetails {
    /// The two-letter code for the continent.
    pub continent_code: Option<String>,
    /// The full name of the continent.
    pub continent_name: Option<String>,
    /// The two-letter code for the country.
    pub country_code: Option<String>,
    /// The name of the country.
    pub country_name: Option<String>,
    /// The code for the subdivision, such as a particular state within the United States. For a list of US state abbreviations, see [Appendix B: Two–Letter State and Possession Abbreviations](https://pe.usps.com/text/pub28/28apb.htm) on the United States Postal Service website. For a list of all supported subdivision codes, use the [ListGeoLocations](https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListGeoLocations.html) API.
    pub subdivision_code: Option<String>,
    /// The full name of the subdivision. Route 53 currently supports only states in the United States.
    pub subdivision_name: Option<String>,
}
rt::structure!(
    GeoLocationDetails, GEO_LOCATION_DETAILS, [continent_code, continent_name,
    country_code, country_name, subdivision_code, subdivision_name]
);
/// (Resource record sets only): A complex type that lets you specify where your resources are located. Only one of `LocalZoneGroup`, `Coordinates`, or `Amazon Web ServicesRegion` is allowed per request at a time.
///
/// For more information about geoproximity routing, see [Geoproximity routing](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geoproximity.html) in the *Amazon Route 53 Developer Guide*.
#[derive(Clone, Default, PartialEq)]
pub struct GeoProximityLocation {
    /// The Amazon Web Services Region the resource you are directing DNS traffic to, is in.
    pub aws_region: Option<String>,
    /// Specifies an Amazon Web Services Local Zone Group.
    ///
    /// A local Zone Group is usually the Local Zone code without the ending character. For example, if the Local Zone is `us-east-1-bue-1a` the Local Zone Group is `us-east-1-bue-1`.
    ///
    /// You can identify the Local Zones Group for a specific Local Zone by using the [describe-availability-zones](https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-availability-zones.html) CLI command:
    ///
    /// This command returns: `"GroupName": "us-west-2-den-1"`, specifying that the Local Zone `us-west-2-den-1a` belongs to the Local Zone Group `us-west-2-den-1`.
    pub local_zone_group: Option<String>,
    /// Contains the longitude and latitude for a geographic region.
    pub coordinates: Option<Coordinates>,
    /// The bias increases or decreases the size of the geographic region from which Route 53 routes traffic to a resource.
    ///
    /// To use `Bias` to change the size of the geographic region, specify the applicable value for the bias:
    ///
    /// - To expand the size of the geographic region from which Route 53 routes traffic to a resource, specify a positive integer from 1 to 99 for the bias. Route 53 shrinks the size of adjacent regions.
    ///
    /// - To shrink the size of the geographic region from which Route 53 routes traffic to a resource, specify a negative bias of -1 to -99. Route 53 expands the size of adjacent regions.
    pub bias: Option<i32>,
}
rt::structure!(
    GeoProximityLocation, GEO_PROXIMITY_LOCATION, [aws_region, local_zone_group,
    coordinates, bias]
);
/// A complex type that contains information about the request to create a hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountLimitInput {
    /// The limit that you want to get. Valid values include the following:
    ///
    /// - **MAX\_HEALTH\_CHECKS\_BY\_OWNER**: The maximum number of health checks that you can create using the current account.
    ///
    /// - **MAX\_HOSTED\_ZONES\_BY\_OWNER**: The maximum number of hosted zones that you can create using the current account.
    ///
    /// - **MAX\_REUSABLE\_DELEGATION\_SETS\_BY\_OWNER**: The maximum number of reusable delegation sets that you can create using the current account.
    ///
    /// - **MAX\_TRAFFIC\_POLICIES\_BY\_OWNER**: The maximum number of traffic policies that you can create using the current account.
    ///
    /// - **MAX\_TRAFFIC\_POLICY\_INSTANCES\_BY\_OWNER**: The maximum number of traffic policy instances that you can create using the current account. (Traffic policy instances are referred to as traffic flow policy records in the Amazon Route 53 console.)
    pub r#type: AccountLimitType,
}
rt::structure!(GetAccountLimitInput, GET_ACCOUNT_LIMIT_INPUT, [r#type]);
/// A complex type that contains the requested limit.
#[derive(Clone, Default, PartialEq)]
pub struct GetAccountLimitOutput {
    /// The current setting for the specified limit. For example, if you specified `MAX\_HEALTH\_CHECKS\_BY\_OWNER` for the value of `Type` in the request, the value of `Limit` is the maximum number of health checks that you can create using the current account.
    pub limit: AccountLimit,
    /// The current number of entities that you have created of the specified type. For example, if you specified `MAX\_HEALTH\_CHECKS\_BY\_OWNER` for the value of `Type` in the request, the value of `Count` is the current number of health checks that you have created using the current account.
    pub count: i64,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetAccountLimitOutput, GET_ACCOUNT_LIMIT_OUTPUT, [limit, count], meta =
    response_metadata
);
/// The input for a GetChange request.
#[derive(Clone, Default, PartialEq)]
pub struct GetChangeInput {
    /// The ID of the change batch request. The value that you specify here is the value that `ChangeResourceRecordSets` returned in the `Id` element when you submitted the request.
    pub id: String,
}
rt::structure!(GetChangeInput, GET_CHANGE_INPUT, [id]);
/// A complex type that contains the `ChangeInfo` element.
#[derive(Clone, Default, PartialEq)]
pub struct GetChangeOutput {
    /// A complex type that contains information about the specified change batch.
    pub change_info: ChangeInfo,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetChangeOutput, GET_CHANGE_OUTPUT, [change_info], meta = response_metadata
);
/// Empty request.
#[derive(Clone, Default, PartialEq)]
pub struct GetCheckerIpRangesInput {}
rt::structure!(GetCheckerIpRangesInput, GET_CHECKER_IP_RANGES_INPUT, []);
/// A complex type that contains the `CheckerIpRanges` element.
#[derive(Clone, Default, PartialEq)]
pub struct GetCheckerIpRangesOutput {
    /// A complex type that contains sorted list of IP ranges in CIDR format for Amazon Route 53 health checkers.
    pub checker_ip_ranges: Vec<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetCheckerIpRangesOutput, GET_CHECKER_IP_RANGES_OUTPUT, [checker_ip_ranges], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetDnssecInput {
    /// A unique string used to identify a hosted zone.
    pub hosted_zone_id: String,
}
rt::structure!(GetDnssecInput, GET_DNSSEC_INPUT, [hosted_zone_id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetDnssecOutput {
    /// A string representing the status of DNSSEC.
    pub status: DnssecStatus,
    /// The key-signing keys (KSKs) in your account.
    pub key_signing_keys: Vec<KeySigningKey>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetDnssecOutput, GET_DNSSEC_OUTPUT, [status, key_signing_keys], meta =
    response_metadata
);
/// A request for information about whether a specified geographic location is supported for Amazon Route 53 geolocation resource record sets.
#[derive(Clone, Default, PartialEq)]
pub struct GetGeoLocationInput {
    /// For geolocation resource record sets, a two-letter abbreviation that identifies a continent. Amazon Route 53 supports the following continent codes:
    ///
    /// - **AF**: Africa
    ///
    /// - **AN**: Antarctica
    ///
    /// - **AS**: Asia
    ///
    /// - **EU**: Europe
    ///
    /// - **OC**: Oceania
    ///
    /// - **NA**: North America
    ///
    /// - **SA**: South America
    pub continent_code: Option<String>,
    /// Amazon Route 53 uses the two-letter country codes that are specified in [ISO standard 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2).
    ///
    /// Route 53 also supports the country code **UA** for Ukraine.
    pub country_code: Option<String>,
    /// The code for the subdivision, such as a particular state within the United States. For a list of US state abbreviations, see [Appendix B: Two–Letter State and Possession Abbreviations](https://pe.usps.com/text/pub28/28apb.htm) on the United States Postal Service website. For a list of all supported subdivision codes, use the [ListGeoLocations](https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListGeoLocations.html) API.
    pub subdivision_code: Option<String>,
}
rt::structure!(
    GetGeoLocationInput, GET_GEO_LOCATION_INPUT, [continent_code, country_code,
    subdivision_code]
);
/// A complex type that contains the response information for the specified geolocation code.
#[derive(Clone, Default, PartialEq)]
pub struct GetGeoLocationOutput {
    /// A complex type that contains the codes and full continent, country, and subdivision names for the specified geolocation code.
    pub geo_location_details: GeoLocationDetails,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetGeoLocationOutput, GET_GEO_LOCATION_OUTPUT, [geo_location_details], meta =
    response_metadata
);
/// A request for the number of health checks that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckCountInput {}
rt::structure!(GetHealthCheckCountInput, GET_HEALTH_CHECK_COUNT_INPUT, []);
/// A complex type that contains the response to a `GetHealthCheckCount` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckCountOutput {
    /// The number of health checks associated with the current Amazon Web Services account.
    pub health_check_count: i64,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHealthCheckCountOutput, GET_HEALTH_CHECK_COUNT_OUTPUT, [health_check_count], meta
    = response_metadata
);
/// A request for the reason that a health check failed most recently.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckLastFailureReasonInput {
    /// The ID for the health check for which you want the last failure reason. When you created the health check, `CreateHealthCheck` returned the ID in the response, in the `HealthCheckId` element.
    ///
    /// If you want to get the last failure reason for a calculated health check, you must use the Amazon Route 53 console or the CloudWatch console. You can't use `GetHealthCheckLastFailureReason` for a calculated health check.
    pub health_check_id: String,
}
rt::structure!(
    GetHealthCheckLastFailureReasonInput, GET_HEALTH_CHECK_LAST_FAILURE_REASON_INPUT,
    [health_check_id]
);
/// A complex type that contains the response to a `GetHealthCheckLastFailureReason` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckLastFailureReasonOutput {
    /// A list that contains one `Observation` element for each Amazon Route 53 health checker that is reporting a last failure reason.
    pub health_check_observations: Vec<HealthCheckObservation>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHealthCheckLastFailureReasonOutput, GET_HEALTH_CHECK_LAST_FAILURE_REASON_OUTPUT,
    [health_check_observations], meta = response_metadata
);
/// A request to get information about a specified health check.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckInput {
    /// The identifier that Amazon Route 53 assigned to the health check when you created it. When you add or update a resource record set, you use this value to specify which health check to use. The value can be up to 64 characters long.
    pub health_check_id: String,
}
rt::structure!(GetHealthCheckInput, GET_HEALTH_CHECK_INPUT, [health_check_id]);
/// A complex type that contains the response to a `GetHealthCheck` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckOutput {
    /// A complex type that contains information about one health check that is associated with the current Amazon Web Services account.
    pub health_check: HealthCheck,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHealthCheckOutput, GET_HEALTH_CHECK_OUTPUT, [health_check], meta =
    response_metadata
);
/// A request to get the status for a health check.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckStatusInput {
    /// The ID for the health check that you want the current status for. When you created the health check, `CreateHealthCheck` returned the ID in the response, in the `HealthCheckId` element.
    ///
    /// If you want to check the status of a calculated health check, you must use the Amazon Route 53 console or the CloudWatch console. You can't use `GetHealthCheckStatus` to get the status of a calculated health check.
    pub health_check_id: String,
}
rt::structure!(
    GetHealthCheckStatusInput, GET_HEALTH_CHECK_STATUS_INPUT, [health_check_id]
);
/// A complex type that contains the response to a `GetHealthCheck` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetHealthCheckStatusOutput {
    /// A list that contains one `HealthCheckObservation` element for each Amazon Route 53 health checker that is reporting a status about the health check endpoint.
    pub health_check_observations: Vec<HealthCheckObservation>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHealthCheckStatusOutput, GET_HEALTH_CHECK_STATUS_OUTPUT,
    [health_check_observations], meta = response_metadata
);
/// A request to retrieve a count of all the hosted zones that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct GetHostedZoneCountInput {}
rt::structure!(GetHostedZoneCountInput, GET_HOSTED_ZONE_COUNT_INPUT, []);
/// A complex type that contains the response to a `GetHostedZoneCount` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetHostedZoneCountOutput {
    /// The total number of public and private hosted zones that are associated with the current Amazon Web Services account.
    pub hosted_zone_count: i64,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHostedZoneCountOutput, GET_HOSTED_ZONE_COUNT_OUTPUT, [hosted_zone_count], meta =
    response_metadata
);
/// A complex type that contains information about the request to create a hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct GetHostedZoneLimitInput {
    /// The limit that you want to get. Valid values include the following:
    ///
    /// - **MAX\_RRSETS\_BY\_ZONE**: The maximum number of records that you can create in the specified hosted zone.
    ///
    /// - **MAX\_VPCS\_ASSOCIATED\_BY\_ZONE**: The maximum number of Amazon VPCs that you can associate with the specified private hosted zone.
    pub r#type: HostedZoneLimitType,
    /// The ID of the hosted zone that you want to get a limit for.
    pub hosted_zone_id: String,
}
rt::structure!(
    GetHostedZoneLimitInput, GET_HOSTED_ZONE_LIMIT_INPUT, [r#type, hosted_zone_id]
);
/// A complex type that contains the requested limit.
#[derive(Clone, Default, PartialEq)]
pub struct GetHostedZoneLimitOutput {
    /// The current setting for the specified limit. For example, if you specified `MAX\_RRSETS\_BY\_ZONE` for the value of `Type` in the request, the value of `Limit` is the maximum number of records that you can create in the specified hosted zone.
    pub limit: HostedZoneLimit,
    /// The current number of entities that you have created of the specified type. For example, if you specified `MAX\_RRSETS\_BY\_ZONE` for the value of `Type` in the request, the value of `Count` is the current number of records that you have created in the specified hosted zone.
    pub count: i64,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHostedZoneLimitOutput, GET_HOSTED_ZONE_LIMIT_OUTPUT, [limit, count], meta =
    response_metadata
);
/// A request to get information about a specified hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct GetHostedZoneInput {
    /// The ID of the hosted zone that you want to get information about.
    pub id: String,
}
rt::structure!(GetHostedZoneInput, GET_HOSTED_ZONE_INPUT, [id]);
/// A complex type that contain the response to a `GetHostedZone` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetHostedZoneOutput {
    /// A complex type that contains general information about the specified hosted zone.
    pub hosted_zone: HostedZone,
    /// A complex type that lists the Amazon Route 53 name servers for the specified hosted zone.
    pub delegation_set: Option<DelegationSet>,
    /// A complex type that contains information about the VPCs that are associated with the specified hosted zone.
    pub vp_cs: Option<Vec<Vpc>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetHostedZoneOutput, GET_HOSTED_ZONE_OUTPUT, [hosted_zone, delegation_set, vp_cs],
    meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct GetQueryLoggingConfigInput {
    /// The ID of the configuration for DNS query logging that you want to get information about.
    pub id: String,
}
rt::structure!(GetQueryLoggingConfigInput, GET_QUERY_LOGGING_CONFIG_INPUT, [id]);
#[derive(Clone, Default, PartialEq)]
pub struct GetQueryLoggingConfigOutput {
    /// A complex type that contains information about the query logging configuration that you specified in a [GetQueryLoggingConfig](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetQueryLoggingConfig.html) request.
    pub query_logging_config: QueryLoggingConfig,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetQueryLoggingConfigOutput, GET_QUERY_LOGGING_CONFIG_OUTPUT, [query_logging_config],
    meta = response_metadata
);
/// A complex type that contains information about the request to create a hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct GetReusableDelegationSetLimitInput {
    /// Specify `MAX\_ZONES\_BY\_REUSABLE\_DELEGATION\_SET` to get the maximum number of hosted zones that you can associate with the specified reusable delegation set.
    pub r#type: ReusableDelegationSetLimitType,
    /// The ID of the delegation set that you want to get the limit for.
    pub delegation_set_id: String,
}
rt::structure!(
    GetReusableDelegationSetLimitInput, GET_REUSABLE_DELEGATION_SET_LIMIT_INPUT, [r#type,
    delegation_set_id]
);
/// A complex type that contains the requested limit.
#[derive(Clone, Default, PartialEq)]
pub struct GetReusableDelegationSetLimitOutput {
    /// The current setting for the limit on hosted zones that you can associate with the specified reusable delegation set.
    pub limit: ReusableDelegationSetLimit,
    /// The current number of hosted zones that you can associate with the specified reusable delegation set.
    pub count: i64,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetReusableDelegationSetLimitOutput, GET_REUSABLE_DELEGATION_SET_LIMIT_OUTPUT,
    [limit, count], meta = response_metadata
);
/// A request to get information about a specified reusable delegation set.
#[derive(Clone, Default, PartialEq)]
pub struct GetReusableDelegationSetInput {
    /// The ID of the reusable delegation set that you want to get a list of name servers for.
    pub id: String,
}
rt::structure!(GetReusableDelegationSetInput, GET_REUSABLE_DELEGATION_SET_INPUT, [id]);
/// A complex type that contains the response to the `GetReusableDelegationSet` request.
#[derive(Clone, Default, PartialEq)]
pub struct GetReusableDelegationSetOutput {
    /// A complex type that contains information about the reusable delegation set.
    pub delegation_set: DelegationSet,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetReusableDelegationSetOutput, GET_REUSABLE_DELEGATION_SET_OUTPUT, [delegation_set],
    meta = response_metadata
);
/// Request to get the number of traffic policy instances that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct GetTrafficPolicyInstanceCountInput {}
rt::structure!(
    GetTrafficPolicyInstanceCountInput, GET_TRAFFIC_POLICY_INSTANCE_COUNT_INPUT, []
);
/// A complex type that contains information about the resource record sets that Amazon Route 53 created based on a specified traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct GetTrafficPolicyInstanceCountOutput {
    /// The number of traffic policy instances that are associated with the current Amazon Web Services account.
    pub traffic_policy_instance_count: i32,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetTrafficPolicyInstanceCountOutput, GET_TRAFFIC_POLICY_INSTANCE_COUNT_OUTPUT,
    [traffic_policy_instance_count], meta = response_metadata
);
/// Gets information about a specified traffic policy instance.
#[derive(Clone, Default, PartialEq)]
pub struct GetTrafficPolicyInstanceInput {
    /// The ID of the traffic policy instance that you want to get information about.
    pub id: String,
}
rt::structure!(GetTrafficPolicyInstanceInput, GET_TRAFFIC_POLICY_INSTANCE_INPUT, [id]);
/// A complex type that contains information about the resource record sets that Amazon Route 53 created based on a specified traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct GetTrafficPolicyInstanceOutput {
    /// A complex type that contains settings for the traffic policy instance.
    pub traffic_policy_instance: TrafficPolicyInstance,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetTrafficPolicyInstanceOutput, GET_TRAFFIC_POLICY_INSTANCE_OUTPUT,
    [traffic_policy_instance], meta = response_metadata
);
/// Gets information about a specific traffic policy version.
#[derive(Clone, Default, PartialEq)]
pub struct GetTrafficPolicyInput {
    /// The ID of the traffic policy that you want to get information about.
    pub id: String,
    /// The version number of the traffic policy that you want to get information about.
    pub version: i32,
}
rt::structure!(GetTrafficPolicyInput, GET_TRAFFIC_POLICY_INPUT, [id, version]);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct GetTrafficPolicyOutput {
    /// A complex type that contains settings for the specified traffic policy.
    pub traffic_policy: TrafficPolicy,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    GetTrafficPolicyOutput, GET_TRAFFIC_POLICY_OUTPUT, [traffic_policy], meta =
    response_metadata
);
/// A complex type that contains information about one health check that is associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct HealthCheck {
    /// The identifier that Amazon Route 53 assigned to the health check when you created it. When you add or update a resource record set, you use this value to specify which health check to use. The value can be up to 64 characters long.
    pub id: String,
    /// A unique string that you specified when you created the health check.
    pub caller_reference: String,
    /// If the health check was created by another service, the service that created the health check. When a health check is created by another service, you can't edit or delete it using Amazon Route 53.
    pub linked_service: Option<LinkedService>,
    /// A complex type that contains detailed information about one health check.
    pub health_check_config: HealthCheckConfig,
    /// The version of the health check. You can optionally pass this value in a call to `UpdateHealthCheck` to prevent overwriting another change to the health check.
    pub health_check_version: i64,
    /// A complex type that contains information about the CloudWatch alarm that Amazon Route 53 is monitoring for this health check.
    pub cloud_watch_alarm_configuration: Option<CloudWatchAlarmConfiguration>,
}
rt::structure!(
    HealthCheck, HEALTH_CHECK, [id, caller_reference, linked_service,
    health_check_config, health_check_version, cloud_watch_alarm_configuration]
);
/// The health check you're attempting to create already exists. Amazon Route 53 returns this error when you submit a request that has the following values:
///
/// - The same value for `CallerReference` as an existing health check, and one or more values that differ from the existing health check that has the same caller reference.
///
/// - The same value for `CallerReference` as a health check that you created and later deleted, regardless of the other settings in the request.
#[derive(Clone, Default, PartialEq)]
pub struct HealthCheckAlreadyExists {
    pub message: Option<String>,
}
rt::structure!(HealthCheckAlreadyExists, HEALTH_CHECK_ALREADY_EXISTS, [message]);
/// A complex type that contains information about the health check.
#[derive(Clone, Default, PartialEq)]
pub struct HealthCheckConfig {
    /// The IPv4 or IPv6 IP address of the endpoint that you want Amazon Route 53 to perform health checks on. If you don't specify a value for `IPAddress`, Route 53 sends a DNS request to resolve the domain name that you specify in `FullyQualifiedDomainName` at the interval that you specify in `RequestInterval`. Using an IP address returned by DNS, Route 53 then checks the health of the endpoint.
    ///
    /// Use one of the following formats for the value of `IPAddress`:
    ///
    /// - **IPv4 address**: four values between 0 and 255, separated by periods (.), for example, `192.0.2.44`.
    ///
    /// - **IPv6 address**: eight groups of four hexadecimal values, separated by colons (:), for example, `2001:0db8:85a3:0000:0000:abcd:0001:2345`. You can also shorten IPv6 addresses as described in RFC 5952, for example, `2001:db8:85a3::abcd:1:2345`.
    ///
    /// If the endpoint is an EC2 instance, we recommend that you create an Elastic IP address, associate it with your EC2 instance, and specify the Elastic IP address for `IPAddress`. This ensures that the IP address of your instance will never change.
    ///
    /// For more information, see [FullyQualifiedDomainName](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-FullyQualifiedDomainName).
    ///
    /// Constraints: Route 53 can't check the health of endpoints for which the IP address is in local, private, non-routable, or multicast ranges. For more information about IP addresses for which you can't create health checks, see the following documents:
    ///
    /// - [RFC 5735, Special Use IPv4 Addresses](https://tools.ietf.org/html/rfc5735)
    ///
    /// - [RFC 6598, IANA-Reserved IPv4 Prefix for Shared Address Space](https://tools.ietf.org/html/rfc6598)
    ///
    /// - [RFC 5156, Special-Use IPv6 Addresses](https://tools.ietf.org/html/rfc5156)
    ///
    /// When the value of `Type` is `CALCULATED` or `CLOUDWATCH\_METRIC`, omit `IPAddress`.
    pub ip_address: Option<String>,
    /// The port on the endpoint that you want Amazon Route 53 to perform health checks on.
    ///
    /// Don't specify a value for `Port` when you specify a value for `Type` of `CLOUDWATCH\_METRIC` or `CALCULATED`.
    pub port: Option<i32>,
    /// The type of health check that you want to create, which indicates how Amazon Route 53 determines whether an endpoint is healthy.
    ///
    /// You can't change the value of `Type` after you create a health check.
    ///
    /// You can create the following types of health checks:
    ///
    /// - **HTTP**: Route 53 tries to establish a TCP connection. If successful, Route 53 submits an HTTP request and waits for an HTTP status code of 200 or greater and less than 400.
    ///
    /// - **HTTPS**: Route 53 tries to establish a TCP connection. If successful, Route 53 submits an HTTPS request and waits for an HTTP status code of 200 or greater and less than 400.
    ///
    /// If you specify `HTTPS` for the value of `Type`, the endpoint must support TLS v1.0, v1.1, or v1.2.
    ///
    /// - **HTTP\_STR\_MATCH**: Route 53 tries to establish a TCP connection. If successful, Route 53 submits an HTTP request and searches the first 5,120 bytes of the response body for the string that you specify in `SearchString`.
    ///
    /// - **HTTPS\_STR\_MATCH**: Route 53 tries to establish a TCP connection. If successful, Route 53 submits an `HTTPS` request and searches the first 5,120 bytes of the response body for the string that you specify in `SearchString`.
    ///
    /// - **TCP**: Route 53 tries to establish a TCP connection.
    ///
    /// - **CLOUDWATCH\_METRIC**: The health check is associated with a CloudWatch alarm. If the state of the alarm is `OK`, the health check is considered healthy. If the state is `ALARM`, the health check is considered unhealthy. If CloudWatch doesn't have sufficient data to determine whether the state is `OK` or `ALARM`, the health check status depends on the setting for `InsufficientDataHealthStatus`: `Healthy`, `Unhealthy`, or `LastKnownStatus`.
    ///
    /// - **CALCULATED**: For health checks that monitor the status of other health checks, Route 53 adds up the number of health checks that Route 53 health checkers consider to be healthy and compares that number with the value of `HealthThreshold`.
    ///
    /// - **RECOVERY\_CONTROL**: The health check is associated with a Route53 Application Recovery Controller routing control. If the routing control state is `ON`, the health check is considered healthy. If the state is `OFF`, the health check is considered unhealthy.
    ///
    /// For more information, see [How Route 53 Determines Whether an Endpoint Is Healthy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html) in the *Amazon Route 53 Developer Guide*.
    pub r#type: HealthCheckType,
    /// The path, if any, that you want Amazon Route 53 to request when performing health checks. The path can be any value for which your endpoint will return an HTTP status code of 2xx or 3xx when the endpoint is healthy, for example, the file /docs/route53-health-check.html. You can also include query string parameters, for example, `/welcome.html?language=jp&login=y`.
    pub resource_path: Option<String>,
    /// Amazon Route 53 behavior depends on whether you specify a value for `IPAddress`.
    ///
    /// **If you specify a value for** `IPAddress`:
    ///
    /// Amazon Route 53 sends health check requests to the specified IPv4 or IPv6 address and passes the value of `FullyQualifiedDomainName` in the `Host` header for all health checks except TCP health checks. This is typically the fully qualified DNS name of the endpoint on which you want Route 53 to perform health checks.
    ///
    /// When Route 53 checks the health of an endpoint, here is how it constructs the `Host` header:
    ///
    /// - If you specify a value of `80` for `Port` and `HTTP` or `HTTP\_STR\_MATCH` for `Type`, Route 53 passes the value of `FullyQualifiedDomainName` to the endpoint in the Host header.
    ///
    /// - If you specify a value of `443` for `Port` and `HTTPS` or `HTTPS\_STR\_MATCH` for `Type`, Route 53 passes the value of `FullyQualifiedDomainName` to the endpoint in the `Host` header.
    ///
    /// - If you specify another value for `Port` and any value except `TCP` for `Type`, Route 53 passes `FullyQualifiedDomainName:Port` to the endpoint in the `Host` header.
    ///
    /// If you don't specify a value for `FullyQualifiedDomainName`, Route 53 substitutes the value of `IPAddress` in the `Host` header in each of the preceding cases.
    ///
    /// **If you don't specify a value for** `IPAddress`:
    ///
    /// Route 53 sends a DNS request to the domain that you specify for `FullyQualifiedDomainName` at the interval that you specify for `RequestInterval`. Using an IPv4 address that DNS returns, Route 53 then checks the health of the endpoint.
    ///
    /// If you don't specify a value for `IPAddress`, Route 53 uses only IPv4 to send health checks to the endpoint. If there's no resource record set with a type of A for the name that you specify for `FullyQualifiedDomainName`, the health check fails with a "DNS resolution failed" error.
    ///
    /// If you want to check the health of weighted, latency, or failover resource record sets and you choose to specify the endpoint only by `FullyQualifiedDomainName`, we recommend that you create a separate health check for each endpoint. For example, create a health check for each HTTP server that is serving content for www.example.com. For the value of `FullyQualifiedDomainName`, specify the domain name of the server (such as us-east-2-www.example.com), not the name of the resource record sets (www.example.com).
    ///
    /// In this configuration, if you create a health check for which the value of `FullyQualifiedDomainName` matches the name of the resource record sets and you then associate the health check with those resource record sets, health check results will be unpredictable.
    ///
    /// In addition, if the value that you specify for `Type` is `HTTP`, `HTTPS`, `HTTP\_STR\_MATCH`, or `HTTPS\_STR\_MATCH`, Route 53 passes the value of `FullyQualifiedDomainName` in the `Host` header, as it does when you specify a value for `IPAddress`. If the value of `Type` is `TCP`, Route 53 doesn't pass a `Host` header.
    pub fully_qualified_domain_name: Option<String>,
    /// If the value of Type is `HTTP\_STR\_MATCH` or `HTTPS\_STR\_MATCH`, the string that you want Amazon Route 53 to search for in the response body from the specified resource. If the string appears in the response body, Route 53 considers the resource healthy.
    ///
    /// Route 53 considers case when searching for `SearchString` in the response body.
    pub search_string: Option<String>,
    /// The number of seconds between the time that Amazon Route 53 gets a response from your endpoint and the time that it sends the next health check request. Each Route 53 health checker makes requests at this interval.
    ///
    /// `RequestInterval` is not supported when you specify a value for `Type` of `RECOVERY\_CONTROL`.
    ///
    /// You can't change the value of `RequestInterval` after you create a health check.
    ///
    /// If you don't specify a value for `RequestInterval`, the default value is `30` seconds.
    pub request_interval: Option<i32>,
    /// The number of consecutive health checks that an endpoint must pass or fail for Amazon Route 53 to change the current status of the endpoint from unhealthy to healthy or vice versa. For more information, see [How Amazon Route 53 Determines Whether an Endpoint Is Healthy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// `FailureThreshold` is not supported when you specify a value for `Type` of `RECOVERY\_CONTROL`.
    ///
    /// Otherwise, if you don't specify a value for `FailureThreshold`, the default value is three health checks.
    pub failure_threshold: Option<i32>,
    /// Specify whether you want Amazon Route 53 to measure the latency between health checkers in multiple Amazon Web Services regions and your endpoint, and to display CloudWatch latency graphs on the **Health Checks** page in the Route 53 console.
    ///
    /// `MeasureLatency` is not supported when you specify a value for `Type` of `RECOVERY\_CONTROL`.
    ///
    /// You can't change the value of `MeasureLatency` after you create a health check.
    pub measure_latency: Option<bool>,
    /// Specify whether you want Amazon Route 53 to invert the status of a health check, for example, to consider a health check unhealthy when it otherwise would be considered healthy.
    pub inverted: Option<bool>,
    /// Stops Route 53 from performing health checks. When you disable a health check, here's what happens:
    ///
    /// - **Health checks that check the health of endpoints:** Route 53 stops submitting requests to your application, server, or other resource.
    ///
    /// - **Calculated health checks:** Route 53 stops aggregating the status of the referenced health checks.
    ///
    /// - **Health checks that monitor CloudWatch alarms:** Route 53 stops monitoring the corresponding CloudWatch metrics.
    ///
    /// After you disable a health check, Route 53 considers the status of the health check to always be healthy. If you configured DNS failover, Route 53 continues to route traffic to the corresponding resources. If you want to stop routing traffic to a resource, change the value of [Inverted](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-Inverted).
    ///
    /// Charges for a health check still apply when the health check is disabled. For more information, see [Amazon Route 53 Pricing](http://aws.amazon.com/route53/pricing/).
    pub disabled: Option<bool>,
    /// The number of child health checks that are associated with a `CALCULATED` health check that Amazon Route 53 must consider healthy for the `CALCULATED` health check to be considered healthy. To specify the child health checks that you want to associate with a `CALCULATED` health check, use the [ChildHealthChecks](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-ChildHealthChecks) element.
    ///
    /// Note the following:
    ///
    /// - If you specify a number greater than the number of child health checks, Route 53 always considers this health check to be unhealthy.
    ///
    /// - If you specify `0`, Route 53 always considers this health check to be healthy.
    pub health_threshold: Option<i32>,
    /// (CALCULATED Health Checks Only) A complex type that contains one `ChildHealthCheck` element for each health check that you want to associate with a `CALCULATED` health check.
    pub child_health_checks: Option<Vec<String>>,
    /// Specify whether you want Amazon Route 53 to send the value of `FullyQualifiedDomainName` to the endpoint in the `client\_hello` message during TLS negotiation. This allows the endpoint to respond to `HTTPS` health check requests with the applicable SSL/TLS certificate.
    ///
    /// Some endpoints require that `HTTPS` requests include the host name in the `client\_hello` message. If you don't enable SNI, the status of the health check will be `SSL alert handshake\_failure`. A health check can also have that status for other reasons. If SNI is enabled and you're still getting the error, check the SSL/TLS configuration on your endpoint and confirm that your certificate is valid.
    ///
    /// The SSL/TLS certificate on your endpoint includes a domain name in the `Common Name` field and possibly several more in the `Subject Alternative Names` field. One of the domain names in the certificate should match the value that you specify for `FullyQualifiedDomainName`. If the endpoint responds to the `client\_hello` message with a certificate that does not include the domain name that you specified in `FullyQualifiedDomainName`, a health checker will retry the handshake. In the second attempt, the health checker will omit `FullyQualifiedDomainName` from the `client\_hello` message.
    pub enable_sni: Option<bool>,
    /// A complex type that contains one `Region` element for each region from which you want Amazon Route 53 health checkers to check the specified endpoint.
    ///
    /// If you don't specify any regions, Route 53 health checkers automatically performs checks from all of the regions that are listed under **Valid Values**.
    ///
    /// If you update a health check to remove a region that has been performing health checks, Route 53 will briefly continue to perform checks from that region to ensure that some health checkers are always checking the endpoint (for example, if you replace three regions with four different regions).
    pub regions: Option<Vec<HealthCheckRegion>>,
    /// A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether the specified health check is healthy.
    pub alarm_identifier: Option<AlarmIdentifier>,
    /// When CloudWatch has insufficient data about the metric to determine the alarm state, the status that you want Amazon Route 53 to assign to the health check:
    ///
    /// - `Healthy`: Route 53 considers the health check to be healthy.
    ///
    /// - `Unhealthy`: Route 53 considers the health check to be unhealthy.
    ///
    /// - `LastKnownStatus`: Route 53 uses the status of the health check from the last time that CloudWatch had sufficient data to determine the alarm state. For new health checks that have no last known status, the default status for the health check is healthy.
    pub insufficient_data_health_status: Option<InsufficientDataHealthStatus>,
    /// The Amazon Resource Name (ARN) for the Route 53 Application Recovery Controller routing control.
    ///
    /// For more information about Route 53 Application Recovery Controller, see [Route 53 Application Recovery Controller Developer Guide.](https://docs.aws.amazon.com/r53recovery/latest/dg/what-is-route-53-recovery.html).
    pub routing_control_arn: Option<String>,
}
rt::structure!(
    HealthCheckConfig, HEALTH_CHECK_CONFIG, [ip_address, port, r#type, resource_path,
    fully_qualified_domain_name, search_string, request_interval, failure_threshold,
    measure_latency, inverted, disabled, health_threshold, child_health_checks,
    enable_sni, regions, alarm_identifier, insufficient_data_health_status,
    routing_control_arn]
);
/// This error code is not in use.
#[derive(Clone, Default, PartialEq)]
pub struct HealthCheckInUse {
    pub message: Option<String>,
}
rt::structure!(HealthCheckInUse, HEALTH_CHECK_IN_USE, [message]);
/// A complex type that contains the last failure reason as reported by one Amazon Route 53 health checker.
#[derive(Clone, Default, PartialEq)]
pub struct HealthCheckObservation {
    /// The region of the Amazon Route 53 health checker that provided the status in `StatusReport`.
    pub region: Option<HealthCheckRegion>,
    /// The IP address of the Amazon Route 53 health checker that provided the failure reason in `StatusReport`.
    pub ip_address: Option<String>,
    /// A complex type that contains the last failure reason as reported by one Amazon Route 53 health checker and the time of the failed health check.
    pub status_report: Option<StatusReport>,
}
rt::structure!(
    HealthCheckObservation, HEALTH_CHECK_OBSERVATION, [region, ip_address, status_report]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckRegion {
    /// `us-east-1`
    UsEast1,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `eu-west-1`
    EuWest1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `sa-east-1`
    SaEast1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    HealthCheckRegion, { UsEast1 => "us-east-1", UsWest1 => "us-west-1", UsWest2 =>
    "us-west-2", EuWest1 => "eu-west-1", ApSoutheast1 => "ap-southeast-1", ApSoutheast2
    => "ap-southeast-2", ApNortheast1 => "ap-northeast-1", SaEast1 => "sa-east-1" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckType {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `HTTP_STR_MATCH`
    HttpStrMatch,
    /// `HTTPS_STR_MATCH`
    HttpsStrMatch,
    /// `TCP`
    Tcp,
    /// `CALCULATED`
    Calculated,
    /// `CLOUDWATCH_METRIC`
    CloudwatchMetric,
    /// `RECOVERY_CONTROL`
    RecoveryControl,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    HealthCheckType, { Http => "HTTP", Https => "HTTPS", HttpStrMatch =>
    "HTTP_STR_MATCH", HttpsStrMatch => "HTTPS_STR_MATCH", Tcp => "TCP", Calculated =>
    "CALCULATED", CloudwatchMetric => "CLOUDWATCH_METRIC", RecoveryControl =>
    "RECOVERY_CONTROL" }
);
/// The value of `HealthCheckVersion` in the request doesn't match the value of `HealthCheckVersion` in the health check.
#[derive(Clone, Default, PartialEq)]
pub struct HealthCheckVersionMismatch {
    pub message: Option<String>,
}
rt::structure!(HealthCheckVersionMismatch, HEALTH_CHECK_VERSION_MISMATCH, [message]);
/// A complex type that contains general information about the hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZone {
    /// The ID that Amazon Route 53 assigned to the hosted zone when you created it.
    pub id: String,
    /// The name of the domain. For public hosted zones, this is the name that you have registered with your DNS registrar.
    ///
    /// For information about how to specify characters other than `a-z`, `0-9`, and `-` (hyphen) and how to specify internationalized domain names, see [CreateHostedZone](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHostedZone.html).
    pub name: String,
    /// The value that you specified for `CallerReference` when you created the hosted zone.
    pub caller_reference: String,
    /// A complex type that includes the `Comment` and `PrivateZone` elements. If you omitted the `HostedZoneConfig` and `Comment` elements from the request, the `Config` and `Comment` elements don't appear in the response.
    pub config: Option<HostedZoneConfig>,
    /// The number of resource record sets in the hosted zone.
    pub resource_record_set_count: Option<i64>,
    /// If the hosted zone was created by another service, the service that created the hosted zone. When a hosted zone is created by another service, you can't edit or delete it using Route 53.
    pub linked_service: Option<LinkedService>,
    /// The features configuration for the hosted zone, including accelerated recovery settings and status information.
    pub features: Option<HostedZoneFeatures>,
}
rt::structure!(
    HostedZone, HOSTED_ZONE, [id, name, caller_reference, config,
    resource_record_set_count, linked_service, features]
);
/// The hosted zone you're trying to create already exists. Amazon Route 53 returns this error when a hosted zone has already been created with the specified `CallerReference`.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneAlreadyExists {
    pub message: Option<String>,
}
rt::structure!(HostedZoneAlreadyExists, HOSTED_ZONE_ALREADY_EXISTS, [message]);
/// A complex type that contains an optional comment about your hosted zone. If you don't want to specify a comment, omit both the `HostedZoneConfig` and `Comment` elements.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneConfig {
    /// Any comments that you want to include about the hosted zone.
    pub comment: Option<String>,
    /// A value that indicates whether this is a private hosted zone.
    pub private_zone: Option<bool>,
}
rt::structure!(HostedZoneConfig, HOSTED_ZONE_CONFIG, [comment, private_zone]);
/// Contains information about why certain features failed to be enabled or configured for the hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneFailureReasons {
    /// The reason why accelerated recovery failed to be enabled or disabled for the hosted zone, if applicable.
    pub accelerated_recovery: Option<String>,
}
rt::structure!(
    HostedZoneFailureReasons, HOSTED_ZONE_FAILURE_REASONS, [accelerated_recovery]
);
/// Represents the features configuration for a hosted zone, including the status of various features and any associated failure reasons.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneFeatures {
    /// The current status of accelerated recovery for the hosted zone.
    pub accelerated_recovery_status: Option<AcceleratedRecoveryStatus>,
    /// Information about any failures that occurred when attempting to enable or configure features for the hosted zone.
    pub failure_reasons: Option<HostedZoneFailureReasons>,
}
rt::structure!(
    HostedZoneFeatures, HOSTED_ZONE_FEATURES, [accelerated_recovery_status,
    failure_reasons]
);
/// A complex type that contains the type of limit that you specified in the request and the current value for that limit.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneLimit {
    /// The limit that you requested. Valid values include the following:
    ///
    /// - **MAX\_RRSETS\_BY\_ZONE**: The maximum number of records that you can create in the specified hosted zone.
    ///
    /// - **MAX\_VPCS\_ASSOCIATED\_BY\_ZONE**: The maximum number of Amazon VPCs that you can associate with the specified private hosted zone.
    pub r#type: HostedZoneLimitType,
    /// The current value for the limit that is specified by `Type`.
    pub value: i64,
}
rt::structure!(HostedZoneLimit, HOSTED_ZONE_LIMIT, [r#type, value]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostedZoneLimitType {
    /// `MAX_RRSETS_BY_ZONE`
    MaxRrsetsByZone,
    /// `MAX_VPCS_ASSOCIATED_BY_ZONE`
    MaxVpcsAssociatedByZone,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    HostedZoneLimitType, { MaxRrsetsByZone => "MAX_RRSETS_BY_ZONE",
    MaxVpcsAssociatedByZone => "MAX_VPCS_ASSOCIATED_BY_ZONE" }
);
/// The hosted zone contains resource records that are not SOA or NS records.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneNotEmpty {
    pub message: Option<String>,
}
rt::structure!(HostedZoneNotEmpty, HOSTED_ZONE_NOT_EMPTY, [message]);
/// The specified HostedZone can't be found.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneNotFound {
    pub message: Option<String>,
}
rt::structure!(HostedZoneNotFound, HOSTED_ZONE_NOT_FOUND, [message]);
/// The specified hosted zone is a public hosted zone, not a private hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneNotPrivate {
    pub message: Option<String>,
}
rt::structure!(HostedZoneNotPrivate, HOSTED_ZONE_NOT_PRIVATE, [message]);
/// A complex type that identifies a hosted zone that a specified Amazon VPC is associated with and the owner of the hosted zone. If there is a value for `OwningAccount`, there is no value for `OwningService`, and vice versa.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneOwner {
    /// If the hosted zone was created by an Amazon Web Services account, or was created by an Amazon Web Services service that creates hosted zones using the current account, `OwningAccount` contains the account ID of that account. For example, when you use Cloud Map to create a hosted zone, Cloud Map creates the hosted zone using the current Amazon Web Services account.
    pub owning_account: Option<String>,
    /// If an Amazon Web Services service uses its own account to create a hosted zone and associate the specified VPC with that hosted zone, `OwningService` contains an abbreviation that identifies the service. For example, if Amazon Elastic File System (Amazon EFS) created a hosted zone and associated a VPC with the hosted zone, the value of `OwningService` is `efs.amazonaws.com`.
    pub owning_service: Option<String>,
}
rt::structure!(HostedZoneOwner, HOSTED_ZONE_OWNER, [owning_account, owning_service]);
/// The hosted zone nameservers don't match the parent nameservers. The hosted zone and parent must have the same nameservers.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZonePartiallyDelegated {
    pub message: Option<String>,
}
rt::structure!(HostedZonePartiallyDelegated, HOSTED_ZONE_PARTIALLY_DELEGATED, [message]);
/// In the response to a `ListHostedZonesByVPC` request, the `HostedZoneSummaries` element contains one `HostedZoneSummary` element for each hosted zone that the specified Amazon VPC is associated with. Each `HostedZoneSummary` element contains the hosted zone name and ID, and information about who owns the hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct HostedZoneSummary {
    /// The Route 53 hosted zone ID of a private hosted zone that the specified VPC is associated with.
    pub hosted_zone_id: String,
    /// The name of the private hosted zone, such as `example.com`.
    pub name: String,
    /// The owner of a private hosted zone that the specified VPC is associated with. The owner can be either an Amazon Web Services account or an Amazon Web Services service.
    pub owner: HostedZoneOwner,
}
rt::structure!(HostedZoneSummary, HOSTED_ZONE_SUMMARY, [hosted_zone_id, name, owner]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostedZoneType {
    /// `PrivateHostedZone`
    PrivateHostedZone,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(HostedZoneType, { PrivateHostedZone => "PrivateHostedZone" });
/// The resource you're trying to access is unsupported on this Amazon Route 53 endpoint.
#[derive(Clone, Default, PartialEq)]
pub struct IncompatibleVersion {
    pub message: Option<String>,
}
rt::structure!(IncompatibleVersion, INCOMPATIBLE_VERSION, [message]);
/// Amazon Route 53 doesn't have the permissions required to create log streams and send query logs to log streams. Possible causes include the following:
///
/// - There is no resource policy that specifies the log group ARN in the value for `Resource`.
///
/// - The resource policy that includes the log group ARN in the value for `Resource` doesn't have the necessary permissions.
///
/// - The resource policy hasn't finished propagating yet.
///
/// - The Key management service (KMS) key you specified doesn’t exist or it can’t be used with the log group associated with query log. Update or provide a resource policy to grant permissions for the KMS key.
///
/// - The Key management service (KMS) key you specified is marked as disabled for the log group associated with query log. Update or provide a resource policy to grant permissions for the KMS key.
#[derive(Clone, Default, PartialEq)]
pub struct InsufficientCloudWatchLogsResourcePolicy {
    pub message: Option<String>,
}
rt::structure!(
    InsufficientCloudWatchLogsResourcePolicy,
    INSUFFICIENT_CLOUD_WATCH_LOGS_RESOURCE_POLICY, [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InsufficientDataHealthStatus {
    /// `Healthy`
    Healthy,
    /// `Unhealthy`
    Unhealthy,
    /// `LastKnownStatus`
    LastKnownStatus,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    InsufficientDataHealthStatus, { Healthy => "Healthy", Unhealthy => "Unhealthy",
    LastKnownStatus => "LastKnownStatus" }
);
/// Parameter name is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidArgument {
    pub message: Option<String>,
}
rt::structure!(InvalidArgument, INVALID_ARGUMENT, [message]);
/// This exception contains a list of messages that might contain one or more error messages. Each error message indicates one error in the change batch.
///
/// Route 53 also returns this error when the change batch creates, updates, or deletes a resource record set whose name and type have a resource record set protection. To make the change, first delete the protection by using `DeleteResourceRecordSetProtections`.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidChangeBatch {
    pub messages: Option<Vec<String>>,
    pub message: Option<String>,
}
rt::structure!(InvalidChangeBatch, INVALID_CHANGE_BATCH, [messages, message]);
/// The specified domain name is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidDomainName {
    pub message: Option<String>,
}
rt::structure!(InvalidDomainName, INVALID_DOMAIN_NAME, [message]);
/// The input is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidInput {
    pub message: Option<String>,
}
rt::structure!(InvalidInput, INVALID_INPUT, [message]);
/// The KeyManagementServiceArn that you specified isn't valid to use with DNSSEC signing.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidKmsArn {
    pub message: Option<String>,
}
rt::structure!(InvalidKmsArn, INVALID_KMS_ARN, [message]);
/// The key-signing key (KSK) name that you specified isn't a valid name.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidKeySigningKeyName {
    pub message: Option<String>,
}
rt::structure!(InvalidKeySigningKeyName, INVALID_KEY_SIGNING_KEY_NAME, [message]);
/// The key-signing key (KSK) status isn't valid or another KSK has the status `INTERNAL\_FAILURE`.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidKeySigningKeyStatus {
    pub message: Option<String>,
}
rt::structure!(InvalidKeySigningKeyStatus, INVALID_KEY_SIGNING_KEY_STATUS, [message]);
/// The value that you specified to get the second or subsequent page of results is invalid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidPaginationToken {
    pub message: Option<String>,
}
rt::structure!(InvalidPaginationToken, INVALID_PAGINATION_TOKEN, [message]);
/// One or more entries in the request couldn't be processed, so Route 53 didn't create or delete any of the protections in the request. The `Errors` element lists the failing entries and the reason that each one failed.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidResourceRecordSetProtectionBatch {
    /// A message that explains why Route 53 couldn't process the `CreateResourceRecordSetProtections` or `DeleteResourceRecordSetProtections` request.
    pub message: Option<String>,
    /// The entries that failed, with the reason that each one failed.
    pub errors: Vec<ProtectionError>,
}
rt::structure!(
    InvalidResourceRecordSetProtectionBatch,
    INVALID_RESOURCE_RECORD_SET_PROTECTION_BATCH, [message, errors]
);
/// Your hosted zone status isn't valid for this operation. In the hosted zone, change the status to enable `DNSSEC` or disable `DNSSEC`.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidSigningStatus {
    pub message: Option<String>,
}
rt::structure!(InvalidSigningStatus, INVALID_SIGNING_STATUS, [message]);
/// The format of the traffic policy document that you specified in the `Document` element is not valid.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidTrafficPolicyDocument {
    pub message: Option<String>,
}
rt::structure!(InvalidTrafficPolicyDocument, INVALID_TRAFFIC_POLICY_DOCUMENT, [message]);
/// The VPC ID that you specified either isn't a valid ID or the current account is not authorized to access this VPC.
#[derive(Clone, Default, PartialEq)]
pub struct InvalidVpcId {
    pub message: Option<String>,
}
rt::structure!(InvalidVpcId, INVALID_VPC_ID, [message]);
/// A key-signing key (KSK) is a complex type that represents a public/private key pair. The private key is used to generate a digital signature for the zone signing key (ZSK). The public key is stored in the DNS and is used to authenticate the ZSK. A KSK is always associated with a hosted zone; it cannot exist by itself.
#[derive(Clone, Default, PartialEq)]
pub struct KeySigningKey {
    /// A string used to identify a key-signing key (KSK). `Name` can include numbers, letters, and underscores (\_). `Name` must be unique for each key-signing key in the same hosted zone.
    pub name: Option<String>,
    /// The Amazon resource name (ARN) used to identify the customer managed key in Key Management Service (KMS). The `KmsArn` must be unique for each key-signing key (KSK) in a single hosted zone.
    ///
    /// You must configure the customer managed key as follows:
    ///
    /// Status
    ///
    /// Enabled
    ///
    /// Key spec
    ///
    /// ECC\_NIST\_P256
    ///
    /// Key usage
    ///
    /// Sign and verify
    ///
    /// Key policy
    ///
    /// The key policy must give permission for the following actions:
    ///
    /// - DescribeKey
    ///
    /// - GetPublicKey
    ///
    /// - Sign
    ///
    /// The key policy must also include the Amazon Route 53 service in the principal for your account. Specify the following:
    ///
    /// - `"Service": "dnssec-route53.amazonaws.com"`
    ///
    /// For more information about working with the customer managed key in KMS, see [Key Management Service concepts](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html).
    pub kms_arn: Option<String>,
    /// An integer that specifies how the key is used. For key-signing key (KSK), this value is always 257.
    pub flag: Option<i32>,
    /// A string used to represent the signing algorithm. This value must follow the guidelines provided by [RFC-8624 Section 3.1](https://tools.ietf.org/html/rfc8624#section-3.1).
    pub signing_algorithm_mnemonic: Option<String>,
    /// An integer used to represent the signing algorithm. This value must follow the guidelines provided by [RFC-8624 Section 3.1](https://tools.ietf.org/html/rfc8624#section-3.1).
    pub signing_algorithm_type: Option<i32>,
    /// A string used to represent the delegation signer digest algorithm. This value must follow the guidelines provided by [RFC-8624 Section 3.3](https://tools.ietf.org/html/rfc8624#section-3.3).
    pub digest_algorithm_mnemonic: Option<String>,
    /// An integer used to represent the delegation signer digest algorithm. This value must follow the guidelines provided by [RFC-8624 Section 3.3](https://tools.ietf.org/html/rfc8624#section-3.3).
    pub digest_algorithm_type: Option<i32>,
    /// An integer used to identify the DNSSEC record for the domain name. The process used to calculate the value is described in [RFC-4034 Appendix B](https://tools.ietf.org/rfc/rfc4034.txt).
    pub key_tag: Option<i32>,
    /// A cryptographic digest of a DNSKEY resource record (RR). DNSKEY records are used to publish the public key that resolvers can use to verify DNSSEC signatures that are used to secure certain kinds of information provided by the DNS system.
    pub digest_value: Option<String>,
    /// The public key, represented as a Base64 encoding, as required by [ RFC-4034 Page 5](https://tools.ietf.org/rfc/rfc4034.txt).
    pub public_key: Option<String>,
    /// A string that represents a delegation signer (DS) record.
    pub ds_record: Option<String>,
    /// A string that represents a DNSKEY record.
    pub dnskey_record: Option<String>,
    /// A string that represents the current key-signing key (KSK) status.
    ///
    /// Status can have one of the following values:
    ///
    /// ACTIVE
    ///
    /// The KSK is being used for signing.
    ///
    /// INACTIVE
    ///
    /// The KSK is not being used for signing.
    ///
    /// DELETING
    ///
    /// The KSK is in the process of being deleted.
    ///
    /// ACTION\_NEEDED
    ///
    /// There is a problem with the KSK that requires you to take action to resolve. For example, the customer managed key might have been deleted, or the permissions for the customer managed key might have been changed.
    ///
    /// INTERNAL\_FAILURE
    ///
    /// There was an error during a request. Before you can continue to work with DNSSEC signing, including actions that involve this KSK, you must correct the problem. For example, you may need to activate or deactivate the KSK.
    pub status: Option<String>,
    /// The status message provided for the following key-signing key (KSK) statuses: `ACTION\_NEEDED` or `INTERNAL\_FAILURE`. The status message includes information about what the problem might be and steps that you can take to correct the issue.
    pub status_message: Option<String>,
    /// The date when the key-signing key (KSK) was created.
    pub created_date: Option<rt::DateTime>,
    /// The last time that the key-signing key (KSK) was changed.
    pub last_modified_date: Option<rt::DateTime>,
}
rt::structure!(
    KeySigningKey, KEY_SIGNING_KEY, [name, kms_arn, flag, signing_algorithm_mnemonic,
    signing_algorithm_type, digest_algorithm_mnemonic, digest_algorithm_type, key_tag,
    digest_value, public_key, ds_record, dnskey_record, status, status_message,
    created_date, last_modified_date]
);
/// You've already created a key-signing key (KSK) with this name or with the same customer managed key ARN.
#[derive(Clone, Default, PartialEq)]
pub struct KeySigningKeyAlreadyExists {
    pub message: Option<String>,
}
rt::structure!(KeySigningKeyAlreadyExists, KEY_SIGNING_KEY_ALREADY_EXISTS, [message]);
/// The key-signing key (KSK) is specified in a parent DS record.
#[derive(Clone, Default, PartialEq)]
pub struct KeySigningKeyInParentDsRecord {
    pub message: Option<String>,
}
rt::structure!(
    KeySigningKeyInParentDsRecord, KEY_SIGNING_KEY_IN_PARENT_DS_RECORD, [message]
);
/// The key-signing key (KSK) that you specified can't be deactivated because it's the only KSK for a currently-enabled DNSSEC. Disable DNSSEC signing, or add or enable another KSK.
#[derive(Clone, Default, PartialEq)]
pub struct KeySigningKeyInUse {
    pub message: Option<String>,
}
rt::structure!(KeySigningKeyInUse, KEY_SIGNING_KEY_IN_USE, [message]);
/// A key-signing key (KSK) with `ACTIVE` status wasn't found.
#[derive(Clone, Default, PartialEq)]
pub struct KeySigningKeyWithActiveStatusNotFound {
    pub message: Option<String>,
}
rt::structure!(
    KeySigningKeyWithActiveStatusNotFound, KEY_SIGNING_KEY_WITH_ACTIVE_STATUS_NOT_FOUND,
    [message]
);
/// The VPC that you're trying to disassociate from the private hosted zone is the last VPC that is associated with the hosted zone. Amazon Route 53 doesn't support disassociating the last VPC from a hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct LastVpcAssociation {
    pub message: Option<String>,
}
rt::structure!(LastVpcAssociation, LAST_VPC_ASSOCIATION, [message]);
/// This operation can't be completed because the current account has reached the limit on the resource you are trying to create. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
#[derive(Clone, Default, PartialEq)]
pub struct LimitsExceeded {
    pub message: Option<String>,
}
rt::structure!(LimitsExceeded, LIMITS_EXCEEDED, [message]);
/// If a health check or hosted zone was created by another service, `LinkedService` is a complex type that describes the service that created the resource. When a resource is created by another service, you can't edit or delete it using Amazon Route 53.
#[derive(Clone, Default, PartialEq)]
pub struct LinkedService {
    /// If the health check or hosted zone was created by another service, the service that created the resource. When a resource is created by another service, you can't edit or delete it using Amazon Route 53.
    pub service_principal: Option<String>,
    /// If the health check or hosted zone was created by another service, an optional description that can be provided by the other service. When a resource is created by another service, you can't edit or delete it using Amazon Route 53.
    pub description: Option<String>,
}
rt::structure!(LinkedService, LINKED_SERVICE, [service_principal, description]);
#[derive(Clone, Default, PartialEq)]
pub struct ListCidrBlocksInput {
    /// The UUID of the CIDR collection.
    pub collection_id: String,
    /// The name of the CIDR collection location.
    pub location_name: Option<String>,
    /// An opaque pagination token to indicate where the service is to begin enumerating results.
    pub next_token: Option<String>,
    /// Maximum number of results you want returned.
    pub max_results: Option<String>,
}
rt::structure!(
    ListCidrBlocksInput, LIST_CIDR_BLOCKS_INPUT, [collection_id, location_name,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCidrBlocksOutput {
    /// An opaque pagination token to indicate where the service is to begin enumerating results.
    ///
    /// If no value is provided, the listing of results starts from the beginning.
    pub next_token: Option<String>,
    /// A complex type that contains information about the CIDR blocks.
    pub cidr_blocks: Option<Vec<CidrBlockSummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListCidrBlocksOutput, LIST_CIDR_BLOCKS_OUTPUT, [next_token, cidr_blocks], meta =
    response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCidrCollectionsInput {
    /// An opaque pagination token to indicate where the service is to begin enumerating results.
    ///
    /// If no value is provided, the listing of results starts from the beginning.
    pub next_token: Option<String>,
    /// The maximum number of CIDR collections to return in the response.
    pub max_results: Option<String>,
}
rt::structure!(
    ListCidrCollectionsInput, LIST_CIDR_COLLECTIONS_INPUT, [next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCidrCollectionsOutput {
    /// An opaque pagination token to indicate where the service is to begin enumerating results.
    ///
    /// If no value is provided, the listing of results starts from the beginning.
    pub next_token: Option<String>,
    /// A complex type with information about the CIDR collection.
    pub cidr_collections: Option<Vec<CollectionSummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListCidrCollectionsOutput, LIST_CIDR_COLLECTIONS_OUTPUT, [next_token,
    cidr_collections], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCidrLocationsInput {
    /// The CIDR collection ID.
    pub collection_id: String,
    /// An opaque pagination token to indicate where the service is to begin enumerating results.
    ///
    /// If no value is provided, the listing of results starts from the beginning.
    pub next_token: Option<String>,
    /// The maximum number of CIDR collection locations to return in the response.
    pub max_results: Option<String>,
}
rt::structure!(
    ListCidrLocationsInput, LIST_CIDR_LOCATIONS_INPUT, [collection_id, next_token,
    max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListCidrLocationsOutput {
    /// An opaque pagination token to indicate where the service is to begin enumerating results.
    ///
    /// If no value is provided, the listing of results starts from the beginning.
    pub next_token: Option<String>,
    /// A complex type that contains information about the list of CIDR locations.
    pub cidr_locations: Option<Vec<LocationSummary>>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListCidrLocationsOutput, LIST_CIDR_LOCATIONS_OUTPUT, [next_token, cidr_locations],
    meta = response_metadata
);
/// A request to get a list of geographic locations that Amazon Route 53 supports for geolocation resource record sets.
#[derive(Clone, Default, PartialEq)]
pub struct ListGeoLocationsInput {
    /// The code for the continent with which you want to start listing locations that Amazon Route 53 supports for geolocation. If Route 53 has already returned a page or more of results, if `IsTruncated` is true, and if `NextContinentCode` from the previous response has a value, enter that value in `startcontinentcode` to return the next page of results.
    ///
    /// Include `startcontinentcode` only if you want to list continents. Don't include `startcontinentcode` when you're listing countries or countries with their subdivisions.
    pub start_continent_code: Option<String>,
    /// The code for the country with which you want to start listing locations that Amazon Route 53 supports for geolocation. If Route 53 has already returned a page or more of results, if `IsTruncated` is `true`, and if `NextCountryCode` from the previous response has a value, enter that value in `startcountrycode` to return the next page of results.
    pub start_country_code: Option<String>,
    /// The code for the state of the United States with which you want to start listing locations that Amazon Route 53 supports for geolocation. If Route 53 has already returned a page or more of results, if `IsTruncated` is `true`, and if `NextSubdivisionCode` from the previous response has a value, enter that value in `startsubdivisioncode` to return the next page of results.
    ///
    /// To list subdivisions (U.S. states), you must include both `startcountrycode` and `startsubdivisioncode`.
    pub start_subdivision_code: Option<String>,
    /// (Optional) The maximum number of geolocations to be included in the response body for this request. If more than `maxitems` geolocations remain to be listed, then the value of the `IsTruncated` element in the response is `true`.
    pub max_items: Option<String>,
}
rt::structure!(
    ListGeoLocationsInput, LIST_GEO_LOCATIONS_INPUT, [start_continent_code,
    start_country_code, start_subdivision_code, max_items]
);
/// A complex type containing the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListGeoLocationsOutput {
    /// A complex type that contains one `GeoLocationDetails` element for each location that Amazon Route 53 supports for geolocation.
    pub geo_location_details_list: Vec<GeoLocationDetails>,
    /// A value that indicates whether more locations remain to be listed after the last location in this response. If so, the value of `IsTruncated` is `true`. To get more values, submit another request and include the values of `NextContinentCode`, `NextCountryCode`, and `NextSubdivisionCode` in the `startcontinentcode`, `startcountrycode`, and `startsubdivisioncode`, as applicable.
    pub is_truncated: bool,
    /// If `IsTruncated` is `true`, you can make a follow-up request to display more locations. Enter the value of `NextContinentCode` in the `startcontinentcode` parameter in another `ListGeoLocations` request.
    pub next_continent_code: Option<String>,
    /// If `IsTruncated` is `true`, you can make a follow-up request to display more locations. Enter the value of `NextCountryCode` in the `startcountrycode` parameter in another `ListGeoLocations` request.
    pub next_country_code: Option<String>,
    /// If `IsTruncated` is `true`, you can make a follow-up request to display more locations. Enter the value of `NextSubdivisionCode` in the `startsubdivisioncode` parameter in another `ListGeoLocations` request.
    pub next_subdivision_code: Option<String>,
    /// The value that you specified for `MaxItems` in the request.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListGeoLocationsOutput, LIST_GEO_LOCATIONS_OUTPUT, [geo_location_details_list,
    is_truncated, next_continent_code, next_country_code, next_subdivision_code,
    max_items], meta = response_metadata
);
/// A request to retrieve a list of the health checks that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ListHealthChecksInput {
    /// If the value of `IsTruncated` in the previous response was `true`, you have more health checks. To get another group, submit another `ListHealthChecks` request.
    ///
    /// For the value of `marker`, specify the value of `NextMarker` from the previous response, which is the ID of the first health check that Amazon Route 53 will return if you submit another request.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more health checks to get.
    pub marker: Option<String>,
    /// The maximum number of health checks that you want `ListHealthChecks` to return in response to the current request. Amazon Route 53 returns a maximum of 1000 items. If you set `MaxItems` to a value greater than 1000, Route 53 returns only the first 1000 health checks.
    pub max_items: Option<String>,
}
rt::structure!(ListHealthChecksInput, LIST_HEALTH_CHECKS_INPUT, [marker, max_items]);
/// A complex type that contains the response to a `ListHealthChecks` request.
#[derive(Clone, Default, PartialEq)]
pub struct ListHealthChecksOutput {
    /// A complex type that contains one `HealthCheck` element for each health check that is associated with the current Amazon Web Services account.
    pub health_checks: Vec<HealthCheck>,
    /// For the second and subsequent calls to `ListHealthChecks`, `Marker` is the value that you specified for the `marker` parameter in the previous request.
    pub marker: String,
    /// A flag that indicates whether there are more health checks to be listed. If the response was truncated, you can get the next group of health checks by submitting another `ListHealthChecks` request and specifying the value of `NextMarker` in the `marker` parameter.
    pub is_truncated: bool,
    /// If `IsTruncated` is `true`, the value of `NextMarker` identifies the first health check that Amazon Route 53 returns if you submit another `ListHealthChecks` request and specify the value of `NextMarker` in the `marker` parameter.
    pub next_marker: Option<String>,
    /// The value that you specified for the `maxitems` parameter in the call to `ListHealthChecks` that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListHealthChecksOutput, LIST_HEALTH_CHECKS_OUTPUT, [health_checks, marker,
    is_truncated, next_marker, max_items], meta = response_metadata
);
/// Retrieves a list of the public and private hosted zones that are associated with the current Amazon Web Services account in ASCII order by domain name.
#[derive(Clone, Default, PartialEq)]
pub struct ListHostedZonesByNameInput {
    /// (Optional) For your first request to `ListHostedZonesByName`, include the `dnsname` parameter only if you want to specify the name of the first hosted zone in the response. If you don't include the `dnsname` parameter, Amazon Route 53 returns all of the hosted zones that were created by the current Amazon Web Services account, in ASCII order. For subsequent requests, include both `dnsname` and `hostedzoneid` parameters. For `dnsname`, specify the value of `NextDNSName` from the previous response.
    pub dns_name: Option<String>,
    /// (Optional) For your first request to `ListHostedZonesByName`, do not include the `hostedzoneid` parameter.
    ///
    /// If you have more hosted zones than the value of `maxitems`, `ListHostedZonesByName` returns only the first `maxitems` hosted zones. To get the next group of `maxitems` hosted zones, submit another request to `ListHostedZonesByName` and include both `dnsname` and `hostedzoneid` parameters. For the value of `hostedzoneid`, specify the value of the `NextHostedZoneId` element from the previous response.
    pub hosted_zone_id: Option<String>,
    /// The maximum number of hosted zones to be included in the response body for this request. If you have more than `maxitems` hosted zones, then the value of the `IsTruncated` element in the response is true, and the values of `NextDNSName` and `NextHostedZoneId` specify the first hosted zone in the next group of `maxitems` hosted zones.
    pub max_items: Option<String>,
}
rt::structure!(
    ListHostedZonesByNameInput, LIST_HOSTED_ZONES_BY_NAME_INPUT, [dns_name,
    hosted_zone_id, max_items]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListHostedZonesByNameOutput {
    /// A complex type that contains general information about the hosted zone.
    pub hosted_zones: Vec<HostedZone>,
    /// For the second and subsequent calls to `ListHostedZonesByName`, `DNSName` is the value that you specified for the `dnsname` parameter in the request that produced the current response.
    pub dns_name: Option<String>,
    /// The ID that Amazon Route 53 assigned to the hosted zone when you created it.
    pub hosted_zone_id: Option<String>,
    /// A flag that indicates whether there are more hosted zones to be listed. If the response was truncated, you can get the next group of `maxitems` hosted zones by calling `ListHostedZonesByName` again and specifying the values of `NextDNSName` and `NextHostedZoneId` elements in the `dnsname` and `hostedzoneid` parameters.
    pub is_truncated: bool,
    /// If `IsTruncated` is true, the value of `NextDNSName` is the name of the first hosted zone in the next group of `maxitems` hosted zones. Call `ListHostedZonesByName` again and specify the value of `NextDNSName` and `NextHostedZoneId` in the `dnsname` and `hostedzoneid` parameters, respectively.
    ///
    /// This element is present only if `IsTruncated` is `true`.
    pub next_dns_name: Option<String>,
    /// If `IsTruncated` is `true`, the value of `NextHostedZoneId` identifies the first hosted zone in the next group of `maxitems` hosted zones. Call `ListHostedZonesByName` again and specify the value of `NextDNSName` and `NextHostedZoneId` in the `dnsname` and `hostedzoneid` parameters, respectively.
    ///
    /// This element is present only if `IsTruncated` is `true`.
    pub next_hosted_zone_id: Option<String>,
    /// The value that you specified for the `maxitems` parameter in the call to `ListHostedZonesByName` that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListHostedZonesByNameOutput, LIST_HOSTED_ZONES_BY_NAME_OUTPUT, [hosted_zones,
    dns_name, hosted_zone_id, is_truncated, next_dns_name, next_hosted_zone_id,
    max_items], meta = response_metadata
);
/// Lists all the private hosted zones that a specified VPC is associated with, regardless of which Amazon Web Services account created the hosted zones.
#[derive(Clone, Default, PartialEq)]
pub struct ListHostedZonesByVpcInput {
    /// The ID of the Amazon VPC that you want to list hosted zones for.
    pub vpc_id: String,
    /// For the Amazon VPC that you specified for `VPCId`, the Amazon Web Services Region that you created the VPC in.
    pub vpc_region: VpcRegion,
    /// (Optional) The maximum number of hosted zones that you want Amazon Route 53 to return. If the specified VPC is associated with more than `MaxItems` hosted zones, the response includes a `NextToken` element. `NextToken` contains an encrypted token that identifies the first hosted zone that Route 53 will return if you submit another request.
    pub max_items: Option<String>,
    /// If the previous response included a `NextToken` element, the specified VPC is associated with more hosted zones. To get more hosted zones, submit another `ListHostedZonesByVPC` request.
    ///
    /// For the value of `NextToken`, specify the value of `NextToken` from the previous response.
    ///
    /// If the previous response didn't include a `NextToken` element, there are no more hosted zones to get.
    pub next_token: Option<String>,
}
rt::structure!(
    ListHostedZonesByVpcInput, LIST_HOSTED_ZONES_BY_VPC_INPUT, [vpc_id, vpc_region,
    max_items, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListHostedZonesByVpcOutput {
    /// A list that contains one `HostedZoneSummary` element for each hosted zone that the specified Amazon VPC is associated with. Each `HostedZoneSummary` element contains the hosted zone name and ID, and information about who owns the hosted zone.
    pub hosted_zone_summaries: Vec<HostedZoneSummary>,
    /// The value that you specified for `MaxItems` in the most recent `ListHostedZonesByVPC` request.
    pub max_items: String,
    /// The value that you will use for `NextToken` in the next `ListHostedZonesByVPC` request.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListHostedZonesByVpcOutput, LIST_HOSTED_ZONES_BY_VPC_OUTPUT, [hosted_zone_summaries,
    max_items, next_token], meta = response_metadata
);
/// A request to retrieve a list of the public and private hosted zones that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ListHostedZonesInput {
    /// If the value of `IsTruncated` in the previous response was `true`, you have more hosted zones. To get more hosted zones, submit another `ListHostedZones` request.
    ///
    /// For the value of `marker`, specify the value of `NextMarker` from the previous response, which is the ID of the first hosted zone that Amazon Route 53 will return if you submit another request.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more hosted zones to get.
    pub marker: Option<String>,
    /// (Optional) The maximum number of hosted zones that you want Amazon Route 53 to return. If you have more than `maxitems` hosted zones, the value of `IsTruncated` in the response is `true`, and the value of `NextMarker` is the hosted zone ID of the first hosted zone that Route 53 will return if you submit another request.
    pub max_items: Option<String>,
    /// If you're using reusable delegation sets and you want to list all of the hosted zones that are associated with a reusable delegation set, specify the ID of that reusable delegation set.
    pub delegation_set_id: Option<String>,
    /// (Optional) Specifies if the hosted zone is private.
    pub hosted_zone_type: Option<HostedZoneType>,
}
rt::structure!(
    ListHostedZonesInput, LIST_HOSTED_ZONES_INPUT, [marker, max_items, delegation_set_id,
    hosted_zone_type]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListHostedZonesOutput {
    /// A complex type that contains general information about the hosted zone.
    pub hosted_zones: Vec<HostedZone>,
    /// For the second and subsequent calls to `ListHostedZones`, `Marker` is the value that you specified for the `marker` parameter in the request that produced the current response.
    pub marker: String,
    /// A flag indicating whether there are more hosted zones to be listed. If the response was truncated, you can get more hosted zones by submitting another `ListHostedZones` request and specifying the value of `NextMarker` in the `marker` parameter.
    pub is_truncated: bool,
    /// If `IsTruncated` is `true`, the value of `NextMarker` identifies the first hosted zone in the next group of hosted zones. Submit another `ListHostedZones` request, and specify the value of `NextMarker` from the response in the `marker` parameter.
    ///
    /// This element is present only if `IsTruncated` is `true`.
    pub next_marker: Option<String>,
    /// The value that you specified for the `maxitems` parameter in the call to `ListHostedZones` that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListHostedZonesOutput, LIST_HOSTED_ZONES_OUTPUT, [hosted_zones, marker, is_truncated,
    next_marker, max_items], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueryLoggingConfigsInput {
    /// (Optional) If you want to list the query logging configuration that is associated with a hosted zone, specify the ID in `HostedZoneId`.
    ///
    /// If you don't specify a hosted zone ID, `ListQueryLoggingConfigs` returns all of the configurations that are associated with the current Amazon Web Services account.
    pub hosted_zone_id: Option<String>,
    /// (Optional) If the current Amazon Web Services account has more than `MaxResults` query logging configurations, use `NextToken` to get the second and subsequent pages of results.
    ///
    /// For the first `ListQueryLoggingConfigs` request, omit this value.
    ///
    /// For the second and subsequent requests, get the value of `NextToken` from the previous response and specify that value for `NextToken` in the request.
    pub next_token: Option<String>,
    /// (Optional) The maximum number of query logging configurations that you want Amazon Route 53 to return in response to the current request. If the current Amazon Web Services account has more than `MaxResults` configurations, use the value of [NextToken](https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListQueryLoggingConfigs.html#API_ListQueryLoggingConfigs_RequestSyntax) in the response to get the next page of results.
    ///
    /// If you don't specify a value for `MaxResults`, Route 53 returns up to 100 configurations.
    pub max_results: Option<String>,
}
rt::structure!(
    ListQueryLoggingConfigsInput, LIST_QUERY_LOGGING_CONFIGS_INPUT, [hosted_zone_id,
    next_token, max_results]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListQueryLoggingConfigsOutput {
    /// An array that contains one [QueryLoggingConfig](https://docs.aws.amazon.com/Route53/latest/APIReference/API_QueryLoggingConfig.html) element for each configuration for DNS query logging that is associated with the current Amazon Web Services account.
    pub query_logging_configs: Vec<QueryLoggingConfig>,
    /// If a response includes the last of the query logging configurations that are associated with the current Amazon Web Services account, `NextToken` doesn't appear in the response.
    ///
    /// If a response doesn't include the last of the configurations, you can get more configurations by submitting another [ListQueryLoggingConfigs](https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListQueryLoggingConfigs.html) request. Get the value of `NextToken` that Amazon Route 53 returned in the previous response and include it in `NextToken` in the next request.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListQueryLoggingConfigsOutput, LIST_QUERY_LOGGING_CONFIGS_OUTPUT,
    [query_logging_configs, next_token], meta = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceRecordSetProtectionsInput {
    /// The ID of the hosted zone that contains the protections that you want to list.
    pub hosted_zone_id: String,
    /// The first resource record set name that you want Route 53 to list protections for. If you don't specify a value, the list starts with the first protection in the hosted zone.
    ///
    /// If you specify `NextToken`, Route 53 ignores `StartRecordName`.
    pub start_record_name: Option<String>,
    /// The first resource record set type, within the name specified by `StartRecordName`, that you want Route 53 to list protections for. If you specify `StartRecordType`, you must also specify `StartRecordName`.
    ///
    /// If you specify `NextToken`, Route 53 ignores `StartRecordType`.
    pub start_record_type: Option<RrType>,
    /// The maximum number of protections that you want Route 53 to return in this response. If you don't specify a value, or if you specify a value greater than 300, Route 53 returns up to 300 protections.
    pub max_results: Option<String>,
    /// If the response to a previous `ListResourceRecordSetProtections` request included a `NextToken` element, specify that value here to get the next page of results.
    pub next_token: Option<String>,
}
rt::structure!(
    ListResourceRecordSetProtectionsInput, LIST_RESOURCE_RECORD_SET_PROTECTIONS_INPUT,
    [hosted_zone_id, start_record_name, start_record_type, max_results, next_token]
);
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceRecordSetProtectionsOutput {
    /// The protections in the hosted zone. The list is empty if the hosted zone has no protections.
    pub resource_record_set_protections: Vec<ResourceRecordSetProtection>,
    /// If there are more protections to list, a token that you can specify in the `NextToken` parameter of another request to get the next page of results. If there are no more protections to list, the response doesn't include `NextToken`.
    pub next_token: Option<String>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListResourceRecordSetProtectionsOutput, LIST_RESOURCE_RECORD_SET_PROTECTIONS_OUTPUT,
    [resource_record_set_protections, next_token], meta = response_metadata
);
/// A request for the resource record sets that are associated with a specified hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceRecordSetsInput {
    /// The ID of the hosted zone that contains the resource record sets that you want to list.
    pub hosted_zone_id: String,
    /// The first name in the lexicographic ordering of resource record sets that you want to list. If the specified record name doesn't exist, the results begin with the first resource record set that has a name greater than the value of `name`.
    pub start_record_name: Option<String>,
    /// The type of resource record set to begin the record listing from.
    ///
    /// Valid values for basic resource record sets: `A` \| `AAAA` \| `CAA` \| `CNAME` \| `MX` \| `NAPTR` \| `NS` \| `PTR` \| `SOA` \| `SPF` \| `SRV` \| `TXT`
    ///
    /// Values for weighted, latency, geolocation, and failover resource record sets: `A` \| `AAAA` \| `CAA` \| `CNAME` \| `MX` \| `NAPTR` \| `PTR` \| `SPF` \| `SRV` \| `TXT`
    ///
    /// Values for alias resource record sets:
    ///
    /// - **API Gateway custom regional API or edge-optimized API**: A
    ///
    /// - **CloudFront distribution**: A or AAAA
    ///
    /// - **Elastic Beanstalk environment that has a regionalized subdomain**: A
    ///
    /// - **Elastic Load Balancing load balancer**: A \| AAAA
    ///
    /// - **S3 bucket**: A
    ///
    /// - **VPC interface VPC endpoint**: A
    ///
    /// - **Another resource record set in this hosted zone:** The type of the resource record set that the alias references.
    ///
    /// Constraint: Specifying `type` without specifying `name` returns an `InvalidInput` error.
    pub start_record_type: Option<RrType>,
    /// *Resource record sets that have a routing policy other than simple:* If results were truncated for a given DNS name and type, specify the value of `NextRecordIdentifier` from the previous response to get the next resource record set that has the current DNS name and type.
    pub start_record_identifier: Option<String>,
    /// (Optional) The maximum number of resource records sets to include in the response body for this request. If the response includes more than `maxitems` resource record sets, the value of the `IsTruncated` element in the response is `true`, and the values of the `NextRecordName` and `NextRecordType` elements in the response identify the first resource record set in the next group of `maxitems` resource record sets.
    pub max_items: Option<String>,
}
rt::structure!(
    ListResourceRecordSetsInput, LIST_RESOURCE_RECORD_SETS_INPUT, [hosted_zone_id,
    start_record_name, start_record_type, start_record_identifier, max_items]
);
/// A complex type that contains list information for the resource record set.
#[derive(Clone, Default, PartialEq)]
pub struct ListResourceRecordSetsOutput {
    /// Information about multiple resource record sets.
    pub resource_record_sets: Vec<ResourceRecordSet>,
    /// A flag that indicates whether more resource record sets remain to be listed. If your results were truncated, you can make a follow-up pagination request by using the `NextRecordName` element.
    pub is_truncated: bool,
    /// If the results were truncated, the name of the next record in the list.
    ///
    /// This element is present only if `IsTruncated` is true.
    pub next_record_name: Option<String>,
    /// If the results were truncated, the type of the next record in the list.
    ///
    /// This element is present only if `IsTruncated` is true.
    pub next_record_type: Option<RrType>,
    /// *Resource record sets that have a routing policy other than simple:* If results were truncated for a given DNS name and type, the value of `SetIdentifier` for the next resource record set that has the current DNS name and type.
    ///
    /// For information about routing policies, see [Choosing a Routing Policy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html) in the *Amazon Route 53 Developer Guide*.
    pub next_record_identifier: Option<String>,
    /// The maximum number of records you requested.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListResourceRecordSetsOutput, LIST_RESOURCE_RECORD_SETS_OUTPUT,
    [resource_record_sets, is_truncated, next_record_name, next_record_type,
    next_record_identifier, max_items], meta = response_metadata
);
/// A request to get a list of the reusable delegation sets that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ListReusableDelegationSetsInput {
    /// If the value of `IsTruncated` in the previous response was `true`, you have more reusable delegation sets. To get another group, submit another `ListReusableDelegationSets` request.
    ///
    /// For the value of `marker`, specify the value of `NextMarker` from the previous response, which is the ID of the first reusable delegation set that Amazon Route 53 will return if you submit another request.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more reusable delegation sets to get.
    pub marker: Option<String>,
    /// The number of reusable delegation sets that you want Amazon Route 53 to return in the response to this request. If you specify a value greater than 100, Route 53 returns only the first 100 reusable delegation sets.
    pub max_items: Option<String>,
}
rt::structure!(
    ListReusableDelegationSetsInput, LIST_REUSABLE_DELEGATION_SETS_INPUT, [marker,
    max_items]
);
/// A complex type that contains information about the reusable delegation sets that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ListReusableDelegationSetsOutput {
    /// A complex type that contains one `DelegationSet` element for each reusable delegation set that was created by the current Amazon Web Services account.
    pub delegation_sets: Vec<DelegationSet>,
    /// For the second and subsequent calls to `ListReusableDelegationSets`, `Marker` is the value that you specified for the `marker` parameter in the request that produced the current response.
    pub marker: String,
    /// A flag that indicates whether there are more reusable delegation sets to be listed.
    pub is_truncated: bool,
    /// If `IsTruncated` is `true`, the value of `NextMarker` identifies the next reusable delegation set that Amazon Route 53 will return if you submit another `ListReusableDelegationSets` request and specify the value of `NextMarker` in the `marker` parameter.
    pub next_marker: Option<String>,
    /// The value that you specified for the `maxitems` parameter in the call to `ListReusableDelegationSets` that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListReusableDelegationSetsOutput, LIST_REUSABLE_DELEGATION_SETS_OUTPUT,
    [delegation_sets, marker, is_truncated, next_marker, max_items], meta =
    response_metadata
);
/// A complex type containing information about a request for a list of the tags that are associated with an individual resource.
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The type of the resource.
    ///
    /// - The resource type for health checks is `healthcheck`.
    ///
    /// - The resource type for hosted zones is `hostedzone`.
    pub resource_type: TagResourceType,
    /// The ID of the resource for which you want to retrieve tags.
    pub resource_id: String,
}
rt::structure!(
    ListTagsForResourceInput, LIST_TAGS_FOR_RESOURCE_INPUT, [resource_type, resource_id]
);
/// A complex type that contains information about the health checks or hosted zones for which you want to list tags.
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// A `ResourceTagSet` containing tags associated with the specified resource.
    pub resource_tag_set: ResourceTagSet,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourceOutput, LIST_TAGS_FOR_RESOURCE_OUTPUT, [resource_tag_set], meta =
    response_metadata
);
/// A complex type that contains information about the health checks or hosted zones for which you want to list tags.
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourcesInput {
    /// The type of the resources.
    ///
    /// - The resource type for health checks is `healthcheck`.
    ///
    /// - The resource type for hosted zones is `hostedzone`.
    pub resource_type: TagResourceType,
    /// A complex type that contains the ResourceId element for each resource for which you want to get a list of tags.
    pub resource_ids: Vec<String>,
}
rt::structure!(
    ListTagsForResourcesInput, LIST_TAGS_FOR_RESOURCES_INPUT, [resource_type,
    resource_ids]
);
/// A complex type containing tags for the specified resources.
#[derive(Clone, Default, PartialEq)]
pub struct ListTagsForResourcesOutput {
    /// A list of `ResourceTagSet`s containing tags associated with the specified resources.
    pub resource_tag_sets: Vec<ResourceTagSet>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTagsForResourcesOutput, LIST_TAGS_FOR_RESOURCES_OUTPUT, [resource_tag_sets], meta
    = response_metadata
);
/// A complex type that contains the information about the request to list the traffic policies that are associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPoliciesInput {
    /// (Conditional) For your first request to `ListTrafficPolicies`, don't include the `TrafficPolicyIdMarker` parameter.
    ///
    /// If you have more traffic policies than the value of `MaxItems`, `ListTrafficPolicies` returns only the first `MaxItems` traffic policies. To get the next group of policies, submit another request to `ListTrafficPolicies`. For the value of `TrafficPolicyIdMarker`, specify the value of `TrafficPolicyIdMarker` that was returned in the previous response.
    pub traffic_policy_id_marker: Option<String>,
    /// (Optional) The maximum number of traffic policies that you want Amazon Route 53 to return in response to this request. If you have more than `MaxItems` traffic policies, the value of `IsTruncated` in the response is `true`, and the value of `TrafficPolicyIdMarker` is the ID of the first traffic policy that Route 53 will return if you submit another request.
    pub max_items: Option<String>,
}
rt::structure!(
    ListTrafficPoliciesInput, LIST_TRAFFIC_POLICIES_INPUT, [traffic_policy_id_marker,
    max_items]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPoliciesOutput {
    /// A list that contains one `TrafficPolicySummary` element for each traffic policy that was created by the current Amazon Web Services account.
    pub traffic_policy_summaries: Vec<TrafficPolicySummary>,
    /// A flag that indicates whether there are more traffic policies to be listed. If the response was truncated, you can get the next group of traffic policies by submitting another `ListTrafficPolicies` request and specifying the value of `TrafficPolicyIdMarker` in the `TrafficPolicyIdMarker` request parameter.
    pub is_truncated: bool,
    /// If the value of `IsTruncated` is `true`, `TrafficPolicyIdMarker` is the ID of the first traffic policy in the next group of `MaxItems` traffic policies.
    pub traffic_policy_id_marker: String,
    /// The value that you specified for the `MaxItems` parameter in the `ListTrafficPolicies` request that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTrafficPoliciesOutput, LIST_TRAFFIC_POLICIES_OUTPUT, [traffic_policy_summaries,
    is_truncated, traffic_policy_id_marker, max_items], meta = response_metadata
);
/// A request for the traffic policy instances that you created in a specified hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyInstancesByHostedZoneInput {
    /// The ID of the hosted zone that you want to list traffic policy instances for.
    pub hosted_zone_id: String,
    /// If the value of `IsTruncated` in the previous response is true, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstances` request. For the value of `trafficpolicyinstancename`, specify the value of `TrafficPolicyInstanceNameMarker` from the previous response, which is the name of the first traffic policy instance in the next group of traffic policy instances.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub traffic_policy_instance_name_marker: Option<String>,
    /// If the value of `IsTruncated` in the previous response is true, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstances` request. For the value of `trafficpolicyinstancetype`, specify the value of `TrafficPolicyInstanceTypeMarker` from the previous response, which is the type of the first traffic policy instance in the next group of traffic policy instances.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub traffic_policy_instance_type_marker: Option<RrType>,
    /// The maximum number of traffic policy instances to be included in the response body for this request. If you have more than `MaxItems` traffic policy instances, the value of the `IsTruncated` element in the response is `true`, and the values of `HostedZoneIdMarker`, `TrafficPolicyInstanceNameMarker`, and `TrafficPolicyInstanceTypeMarker` represent the first traffic policy instance that Amazon Route 53 will return if you submit another request.
    pub max_items: Option<String>,
}
rt::structure!(
    ListTrafficPolicyInstancesByHostedZoneInput,
    LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE_INPUT, [hosted_zone_id,
    traffic_policy_instance_name_marker, traffic_policy_instance_type_marker, max_items]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyInstancesByHostedZoneOutput {
    /// A list that contains one `TrafficPolicyInstance` element for each traffic policy instance that matches the elements in the request.
    pub traffic_policy_instances: Vec<TrafficPolicyInstance>,
    /// If `IsTruncated` is `true`, `TrafficPolicyInstanceNameMarker` is the name of the first traffic policy instance in the next group of traffic policy instances.
    pub traffic_policy_instance_name_marker: Option<String>,
    /// If `IsTruncated` is true, `TrafficPolicyInstanceTypeMarker` is the DNS type of the resource record sets that are associated with the first traffic policy instance in the next group of traffic policy instances.
    pub traffic_policy_instance_type_marker: Option<RrType>,
    /// A flag that indicates whether there are more traffic policy instances to be listed. If the response was truncated, you can get the next group of traffic policy instances by submitting another `ListTrafficPolicyInstancesByHostedZone` request and specifying the values of `HostedZoneIdMarker`, `TrafficPolicyInstanceNameMarker`, and `TrafficPolicyInstanceTypeMarker` in the corresponding request parameters.
    pub is_truncated: bool,
    /// The value that you specified for the `MaxItems` parameter in the `ListTrafficPolicyInstancesByHostedZone` request that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTrafficPolicyInstancesByHostedZoneOutput,
    LIST_TRAFFIC_POLICY_INSTANCES_BY_HOSTED_ZONE_OUTPUT, [traffic_policy_instances,
    traffic_policy_instance_name_marker, traffic_policy_instance_type_marker,
    is_truncated, max_items], meta = response_metadata
);
/// A complex type that contains the information about the request to list your traffic policy instances.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyInstancesByPolicyInput {
    /// The ID of the traffic policy for which you want to list traffic policy instances.
    pub traffic_policy_id: String,
    /// The version of the traffic policy for which you want to list traffic policy instances. The version must be associated with the traffic policy that is specified by `TrafficPolicyId`.
    pub traffic_policy_version: i32,
    /// If the value of `IsTruncated` in the previous response was `true`, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstancesByPolicy` request.
    ///
    /// For the value of `hostedzoneid`, specify the value of `HostedZoneIdMarker` from the previous response, which is the hosted zone ID of the first traffic policy instance that Amazon Route 53 will return if you submit another request.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub hosted_zone_id_marker: Option<String>,
    /// If the value of `IsTruncated` in the previous response was `true`, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstancesByPolicy` request.
    ///
    /// For the value of `trafficpolicyinstancename`, specify the value of `TrafficPolicyInstanceNameMarker` from the previous response, which is the name of the first traffic policy instance that Amazon Route 53 will return if you submit another request.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub traffic_policy_instance_name_marker: Option<String>,
    /// If the value of `IsTruncated` in the previous response was `true`, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstancesByPolicy` request.
    ///
    /// For the value of `trafficpolicyinstancetype`, specify the value of `TrafficPolicyInstanceTypeMarker` from the previous response, which is the name of the first traffic policy instance that Amazon Route 53 will return if you submit another request.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub traffic_policy_instance_type_marker: Option<RrType>,
    /// The maximum number of traffic policy instances to be included in the response body for this request. If you have more than `MaxItems` traffic policy instances, the value of the `IsTruncated` element in the response is `true`, and the values of `HostedZoneIdMarker`, `TrafficPolicyInstanceNameMarker`, and `TrafficPolicyInstanceTypeMarker` represent the first traffic policy instance that Amazon Route 53 will return if you submit another request.
    pub max_items: Option<String>,
}
rt::structure!(
    ListTrafficPolicyInstancesByPolicyInput,
    LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY_INPUT, [traffic_policy_id,
    traffic_policy_version, hosted_zone_id_marker, traffic_policy_instance_name_marker,
    traffic_policy_instance_type_marker, max_items]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyInstancesByPolicyOutput {
    /// A list that contains one `TrafficPolicyInstance` element for each traffic policy instance that matches the elements in the request.
    pub traffic_policy_instances: Vec<TrafficPolicyInstance>,
    /// If `IsTruncated` is `true`, `HostedZoneIdMarker` is the ID of the hosted zone of the first traffic policy instance in the next group of traffic policy instances.
    pub hosted_zone_id_marker: Option<String>,
    /// If `IsTruncated` is `true`, `TrafficPolicyInstanceNameMarker` is the name of the first traffic policy instance in the next group of `MaxItems` traffic policy instances.
    pub traffic_policy_instance_name_marker: Option<String>,
    /// If `IsTruncated` is `true`, `TrafficPolicyInstanceTypeMarker` is the DNS type of the resource record sets that are associated with the first traffic policy instance in the next group of `MaxItems` traffic policy instances.
    pub traffic_policy_instance_type_marker: Option<RrType>,
    /// A flag that indicates whether there are more traffic policy instances to be listed. If the response was truncated, you can get the next group of traffic policy instances by calling `ListTrafficPolicyInstancesByPolicy` again and specifying the values of the `HostedZoneIdMarker`, `TrafficPolicyInstanceNameMarker`, and `TrafficPolicyInstanceTypeMarker` elements in the corresponding request parameters.
    pub is_truncated: bool,
    /// The value that you specified for the `MaxItems` parameter in the call to `ListTrafficPolicyInstancesByPolicy` that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTrafficPolicyInstancesByPolicyOutput,
    LIST_TRAFFIC_POLICY_INSTANCES_BY_POLICY_OUTPUT, [traffic_policy_instances,
    hosted_zone_id_marker, traffic_policy_instance_name_marker,
    traffic_policy_instance_type_marker, is_truncated, max_items], meta =
    response_metadata
);
/// A request to get information about the traffic policy instances that you created by using the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyInstancesInput {
    /// If the value of `IsTruncated` in the previous response was `true`, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstances` request. For the value of `HostedZoneId`, specify the value of `HostedZoneIdMarker` from the previous response, which is the hosted zone ID of the first traffic policy instance in the next group of traffic policy instances.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub hosted_zone_id_marker: Option<String>,
    /// If the value of `IsTruncated` in the previous response was `true`, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstances` request. For the value of `trafficpolicyinstancename`, specify the value of `TrafficPolicyInstanceNameMarker` from the previous response, which is the name of the first traffic policy instance in the next group of traffic policy instances.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub traffic_policy_instance_name_marker: Option<String>,
    /// If the value of `IsTruncated` in the previous response was `true`, you have more traffic policy instances. To get more traffic policy instances, submit another `ListTrafficPolicyInstances` request. For the value of `trafficpolicyinstancetype`, specify the value of `TrafficPolicyInstanceTypeMarker` from the previous response, which is the type of the first traffic policy instance in the next group of traffic policy instances.
    ///
    /// If the value of `IsTruncated` in the previous response was `false`, there are no more traffic policy instances to get.
    pub traffic_policy_instance_type_marker: Option<RrType>,
    /// The maximum number of traffic policy instances that you want Amazon Route 53 to return in response to a `ListTrafficPolicyInstances` request. If you have more than `MaxItems` traffic policy instances, the value of the `IsTruncated` element in the response is `true`, and the values of `HostedZoneIdMarker`, `TrafficPolicyInstanceNameMarker`, and `TrafficPolicyInstanceTypeMarker` represent the first traffic policy instance in the next group of `MaxItems` traffic policy instances.
    pub max_items: Option<String>,
}
rt::structure!(
    ListTrafficPolicyInstancesInput, LIST_TRAFFIC_POLICY_INSTANCES_INPUT,
    [hosted_zone_id_marker, traffic_policy_instance_name_marker,
    traffic_policy_instance_type_marker, max_items]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyInstancesOutput {
    /// A list that contains one `TrafficPolicyInstance` element for each traffic policy instance that matches the elements in the request.
    pub traffic_policy_instances: Vec<TrafficPolicyInstance>,
    /// If `IsTruncated` is `true`, `HostedZoneIdMarker` is the ID of the hosted zone of the first traffic policy instance that Route 53 will return if you submit another `ListTrafficPolicyInstances` request.
    pub hosted_zone_id_marker: Option<String>,
    /// If `IsTruncated` is `true`, `TrafficPolicyInstanceNameMarker` is the name of the first traffic policy instance that Route 53 will return if you submit another `ListTrafficPolicyInstances` request.
    pub traffic_policy_instance_name_marker: Option<String>,
    /// If `IsTruncated` is `true`, `TrafficPolicyInstanceTypeMarker` is the DNS type of the resource record sets that are associated with the first traffic policy instance that Amazon Route 53 will return if you submit another `ListTrafficPolicyInstances` request.
    pub traffic_policy_instance_type_marker: Option<RrType>,
    /// A flag that indicates whether there are more traffic policy instances to be listed. If the response was truncated, you can get more traffic policy instances by calling `ListTrafficPolicyInstances` again and specifying the values of the `HostedZoneIdMarker`, `TrafficPolicyInstanceNameMarker`, and `TrafficPolicyInstanceTypeMarker` in the corresponding request parameters.
    pub is_truncated: bool,
    /// The value that you specified for the `MaxItems` parameter in the call to `ListTrafficPolicyInstances` that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTrafficPolicyInstancesOutput, LIST_TRAFFIC_POLICY_INSTANCES_OUTPUT,
    [traffic_policy_instances, hosted_zone_id_marker,
    traffic_policy_instance_name_marker, traffic_policy_instance_type_marker,
    is_truncated, max_items], meta = response_metadata
);
/// A complex type that contains the information about the request to list your traffic policies.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyVersionsInput {
    /// Specify the value of `Id` of the traffic policy for which you want to list all versions.
    pub id: String,
    /// For your first request to `ListTrafficPolicyVersions`, don't include the `TrafficPolicyVersionMarker` parameter.
    ///
    /// If you have more traffic policy versions than the value of `MaxItems`, `ListTrafficPolicyVersions` returns only the first group of `MaxItems` versions. To get more traffic policy versions, submit another `ListTrafficPolicyVersions` request. For the value of `TrafficPolicyVersionMarker`, specify the value of `TrafficPolicyVersionMarker` in the previous response.
    pub traffic_policy_version_marker: Option<String>,
    /// The maximum number of traffic policy versions that you want Amazon Route 53 to include in the response body for this request. If the specified traffic policy has more than `MaxItems` versions, the value of `IsTruncated` in the response is `true`, and the value of the `TrafficPolicyVersionMarker` element is the ID of the first version that Route 53 will return if you submit another request.
    pub max_items: Option<String>,
}
rt::structure!(
    ListTrafficPolicyVersionsInput, LIST_TRAFFIC_POLICY_VERSIONS_INPUT, [id,
    traffic_policy_version_marker, max_items]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListTrafficPolicyVersionsOutput {
    /// A list that contains one `TrafficPolicy` element for each traffic policy version that is associated with the specified traffic policy.
    pub traffic_policies: Vec<TrafficPolicy>,
    /// A flag that indicates whether there are more traffic policies to be listed. If the response was truncated, you can get the next group of traffic policies by submitting another `ListTrafficPolicyVersions` request and specifying the value of `NextMarker` in the `marker` parameter.
    pub is_truncated: bool,
    /// If `IsTruncated` is `true`, the value of `TrafficPolicyVersionMarker` identifies the first traffic policy that Amazon Route 53 will return if you submit another request. Call `ListTrafficPolicyVersions` again and specify the value of `TrafficPolicyVersionMarker` in the `TrafficPolicyVersionMarker` request parameter.
    ///
    /// This element is present only if `IsTruncated` is `true`.
    pub traffic_policy_version_marker: String,
    /// The value that you specified for the `maxitems` parameter in the `ListTrafficPolicyVersions` request that produced the current response.
    pub max_items: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListTrafficPolicyVersionsOutput, LIST_TRAFFIC_POLICY_VERSIONS_OUTPUT,
    [traffic_policies, is_truncated, traffic_policy_version_marker, max_items], meta =
    response_metadata
);
/// A complex type that contains information about that can be associated with your hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct ListVpcAssociationAuthorizationsInput {
    /// The ID of the hosted zone for which you want a list of VPCs that can be associated with the hosted zone.
    pub hosted_zone_id: String,
    /// *Optional*: If a response includes a `NextToken` element, there are more VPCs that can be associated with the specified hosted zone. To get the next page of results, submit another request, and include the value of `NextToken` from the response in the `nexttoken` parameter in another `ListVPCAssociationAuthorizations` request.
    pub next_token: Option<String>,
    /// *Optional*: An integer that specifies the maximum number of VPCs that you want Amazon Route 53 to return. If you don't specify a value for `MaxResults`, Route 53 returns up to 50 VPCs per page.
    pub max_results: Option<String>,
}
rt::structure!(
    ListVpcAssociationAuthorizationsInput, LIST_VPC_ASSOCIATION_AUTHORIZATIONS_INPUT,
    [hosted_zone_id, next_token, max_results]
);
/// A complex type that contains the response information for the request.
#[derive(Clone, Default, PartialEq)]
pub struct ListVpcAssociationAuthorizationsOutput {
    /// The ID of the hosted zone that you can associate the listed VPCs with.
    pub hosted_zone_id: String,
    /// When the response includes a `NextToken` element, there are more VPCs that can be associated with the specified hosted zone. To get the next page of VPCs, submit another `ListVPCAssociationAuthorizations` request, and include the value of the `NextToken` element from the response in the `nexttoken` request parameter.
    pub next_token: Option<String>,
    /// The list of VPCs that are authorized to be associated with the specified hosted zone.
    pub vp_cs: Vec<Vpc>,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    ListVpcAssociationAuthorizationsOutput, LIST_VPC_ASSOCIATION_AUTHORIZATIONS_OUTPUT,
    [hosted_zone_id, next_token, vp_cs], meta = response_metadata
);
/// A complex type that contains information about the CIDR location.
#[derive(Clone, Default, PartialEq)]
pub struct LocationSummary {
    /// A string that specifies a location name.
    pub location_name: Option<String>,
}
rt::structure!(LocationSummary, LOCATION_SUMMARY, [location_name]);
/// A change with the specified change ID does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchChange {
    pub message: Option<String>,
}
rt::structure!(NoSuchChange, NO_SUCH_CHANGE, [message]);
/// The CIDR collection you specified, doesn't exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchCidrCollectionException {
    pub message: Option<String>,
}
rt::structure!(
    NoSuchCidrCollectionException, NO_SUCH_CIDR_COLLECTION_EXCEPTION, [message]
);
/// The CIDR collection location doesn't match any locations in your account.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchCidrLocationException {
    pub message: Option<String>,
}
rt::structure!(NoSuchCidrLocationException, NO_SUCH_CIDR_LOCATION_EXCEPTION, [message]);
/// There is no CloudWatch Logs log group with the specified ARN.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchCloudWatchLogsLogGroup {
    pub message: Option<String>,
}
rt::structure!(
    NoSuchCloudWatchLogsLogGroup, NO_SUCH_CLOUD_WATCH_LOGS_LOG_GROUP, [message]
);
/// A reusable delegation set with the specified ID does not exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchDelegationSet {
    pub message: Option<String>,
}
rt::structure!(NoSuchDelegationSet, NO_SUCH_DELEGATION_SET, [message]);
/// Amazon Route 53 doesn't support the specified geographic location. For a list of supported geolocation codes, see the [GeoLocation](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoLocation.html) data type.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchGeoLocation {
    pub message: Option<String>,
}
rt::structure!(NoSuchGeoLocation, NO_SUCH_GEO_LOCATION, [message]);
/// No health check exists with the specified ID.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchHealthCheck {
    pub message: Option<String>,
}
rt::structure!(NoSuchHealthCheck, NO_SUCH_HEALTH_CHECK, [message]);
/// No hosted zone exists with the ID that you specified.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchHostedZone {
    pub message: Option<String>,
}
rt::structure!(NoSuchHostedZone, NO_SUCH_HOSTED_ZONE, [message]);
/// The specified key-signing key (KSK) doesn't exist.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchKeySigningKey {
    pub message: Option<String>,
}
rt::structure!(NoSuchKeySigningKey, NO_SUCH_KEY_SIGNING_KEY, [message]);
/// There is no DNS query logging configuration with the specified ID.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchQueryLoggingConfig {
    pub message: Option<String>,
}
rt::structure!(NoSuchQueryLoggingConfig, NO_SUCH_QUERY_LOGGING_CONFIG, [message]);
/// No traffic policy exists with the specified ID.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchTrafficPolicy {
    pub message: Option<String>,
}
rt::structure!(NoSuchTrafficPolicy, NO_SUCH_TRAFFIC_POLICY, [message]);
/// No traffic policy instance exists with the specified ID.
#[derive(Clone, Default, PartialEq)]
pub struct NoSuchTrafficPolicyInstance {
    pub message: Option<String>,
}
rt::structure!(NoSuchTrafficPolicyInstance, NO_SUCH_TRAFFIC_POLICY_INSTANCE, [message]);
/// Associating the specified VPC with the specified hosted zone has not been authorized.
#[derive(Clone, Default, PartialEq)]
pub struct NotAuthorizedException {
    pub message: Option<String>,
}
rt::structure!(NotAuthorizedException, NOT_AUTHORIZED_EXCEPTION, [message]);
/// If Amazon Route 53 can't process a request before the next request arrives, it will reject subsequent requests for the same hosted zone and return an `HTTP 400 error` (`Bad request`). If Route 53 returns this error repeatedly for the same request, we recommend that you wait, in intervals of increasing duration, before you try the request again.
#[derive(Clone, Default, PartialEq)]
pub struct PriorRequestNotComplete {
    pub message: Option<String>,
}
rt::structure!(PriorRequestNotComplete, PRIOR_REQUEST_NOT_COMPLETE, [message]);
/// A protection already exists for every name and type in the request, so Route 53 didn't create any protections. The `Errors` element lists each entry.
#[derive(Clone, Default, PartialEq)]
pub struct ProtectionAlreadyExists {
    /// A message that explains that a protection already exists for every name and type in the `CreateResourceRecordSetProtections` request.
    pub message: Option<String>,
    /// The entries that already have a protection.
    pub errors: Vec<ProtectionError>,
}
rt::structure!(ProtectionAlreadyExists, PROTECTION_ALREADY_EXISTS, [message, errors]);
/// Describes one entry in a `CreateResourceRecordSetProtections` or `DeleteResourceRecordSetProtections` request that Route 53 couldn't process.
#[derive(Clone, Default, PartialEq)]
pub struct ProtectionError {
    /// The name in the failing entry.
    pub record_name: String,
    /// The record type in the failing entry.
    pub record_type: RrType,
    /// The reason that the entry failed. Valid values include the following:
    ///
    /// - `InvalidInput` means that the entry isn't valid. For example, the name isn't a valid DNS name, the name isn't in the hosted zone, the record type can't be protected, or the same name and type appear more than once in the request.
    ///
    /// - `ProtectionAlreadyExists` means that a protection already exists for the name and type.
    ///
    /// - `ProtectionNotFound` means that no protection exists for the name and type.
    pub code: String,
    /// A message that explains why Route 53 couldn't process the entry.
    pub message: String,
}
rt::structure!(
    ProtectionError, PROTECTION_ERROR, [record_name, record_type, code, message]
);
/// You're trying to associate a VPC with a public hosted zone. Amazon Route 53 doesn't support associating a VPC with a public hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct PublicZoneVpcAssociation {
    pub message: Option<String>,
}
rt::structure!(PublicZoneVpcAssociation, PUBLIC_ZONE_VPC_ASSOCIATION, [message]);
/// A complex type that contains information about a configuration for DNS query logging.
#[derive(Clone, Default, PartialEq)]
pub struct QueryLoggingConfig {
    /// The ID for a configuration for DNS query logging.
    pub id: String,
    /// The ID of the hosted zone that CloudWatch Logs is logging queries for.
    pub hosted_zone_id: String,
    /// The Amazon Resource Name (ARN) of the CloudWatch Logs log group that Amazon Route 53 is publishing logs to.
    pub cloud_watch_logs_log_group_arn: String,
}
rt::structure!(
    QueryLoggingConfig, QUERY_LOGGING_CONFIG, [id, hosted_zone_id,
    cloud_watch_logs_log_group_arn]
);
/// You can create only one query logging configuration for a hosted zone, and a query logging configuration already exists for this hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct QueryLoggingConfigAlreadyExists {
    pub message: Option<String>,
}
rt::structure!(
    QueryLoggingConfigAlreadyExists, QUERY_LOGGING_CONFIG_ALREADY_EXISTS, [message]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RrType {
    /// `SOA`
    Soa,
    /// `A`
    A,
    /// `TXT`
    Txt,
    /// `NS`
    Ns,
    /// `CNAME`
    Cname,
    /// `MX`
    Mx,
    /// `NAPTR`
    Naptr,
    /// `PTR`
    Ptr,
    /// `SRV`
    Srv,
    /// `SPF`
    Spf,
    /// `AAAA`
    Aaaa,
    /// `CAA`
    Caa,
    /// `DS`
    Ds,
    /// `TLSA`
    Tlsa,
    /// `SSHFP`
    Sshfp,
    /// `SVCB`
    Svcb,
    /// `HTTPS`
    Https,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    RrType, { Soa => "SOA", A => "A", Txt => "TXT", Ns => "NS", Cname => "CNAME", Mx =>
    "MX", Naptr => "NAPTR", Ptr => "PTR", Srv => "SRV", Spf => "SPF", Aaaa => "AAAA", Caa
    => "CAA", Ds => "DS", Tlsa => "TLSA", Sshfp => "SSHFP", Svcb => "SVCB", Https =>
    "HTTPS" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResettableElementName {
    /// `FullyQualifiedDomainName`
    FullyQualifiedDomainName,
    /// `Regions`
    Regions,
    /// `ResourcePath`
    ResourcePath,
    /// `ChildHealthChecks`
    ChildHealthChecks,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ResettableElementName, { FullyQualifiedDomainName => "FullyQualifiedDomainName",
    Regions => "Regions", ResourcePath => "ResourcePath", ChildHealthChecks =>
    "ChildHealthChecks" }
);
/// Information specific to the resource record.
///
/// If you're creating an alias resource record set, omit `ResourceRecord`.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceRecord {
    /// The current or new DNS record value, not to exceed 4,000 characters. In the case of a `DELETE` action, if the current value does not match the actual value, an error is returned. For descriptions about how to format `Value` for different record types, see [Supported DNS Resource Record Types](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// You can specify more than one value for all record types except `CNAME` and `SOA`.
    ///
    /// If you're creating an alias resource record set, omit `Value`.
    pub value: String,
}
rt::structure!(ResourceRecord, RESOURCE_RECORD, [value]);
/// Information about the resource record set to create or delete.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceRecordSet {
    /// For `ChangeResourceRecordSets` requests, the name of the record that you want to create, update, or delete. For `ListResourceRecordSets` responses, the name of a record in the specified hosted zone.
    ///
    /// **ChangeResourceRecordSets Only**
    ///
    /// Enter a fully qualified domain name, for example, `www.example.com`. You can optionally include a trailing dot. If you omit the trailing dot, Amazon Route 53 assumes that the domain name that you specify is fully qualified. This means that Route 53 treats `www.example.com` (without a trailing dot) and `www.example.com.` (with a trailing dot) as identical.
    ///
    /// For information about how to specify characters other than `a-z`, `0-9`, and `-` (hyphen) and how to specify internationalized domain names, see [DNS Domain Name Format](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// You can use the asterisk (\*) wildcard to replace the leftmost label in a domain name, for example, `\*.example.com`. Note the following:
    ///
    /// - The \* must replace the entire label. For example, you can't specify `\*prod.example.com` or `prod\*.example.com`.
    ///
    /// - The \* can't replace any of the middle labels, for example, marketing.\*.example.com.
    ///
    /// - If you include \* in any position other than the leftmost label in a domain name, DNS treats it as an \* character (ASCII 42), not as a wildcard.
    ///
    /// You can't use the \* wildcard for resource records sets that have a type of NS.
    pub name: String,
    /// The DNS record type. For information about different record types and how data is encoded for them, see [Supported DNS Resource Record Types](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// Valid values for basic resource record sets: `A` \| `AAAA` \| `CAA` \| `CNAME` \| `DS` \|`MX` \| `NAPTR` \| `NS` \| `PTR` \| `SOA` \| `SPF` \| `SRV` \| `TXT`\| `TLSA`\| `SSHFP`\| `SVCB`\| `HTTPS`
    ///
    /// Values for weighted, latency, geolocation, and failover resource record sets: `A` \| `AAAA` \| `CAA` \| `CNAME` \| `MX` \| `NAPTR` \| `PTR` \| `SPF` \| `SRV` \| `TXT`\| `TLSA`\| `SSHFP`\| `SVCB`\| `HTTPS`. When creating a group of weighted, latency, geolocation, or failover resource record sets, specify the same value for all of the resource record sets in the group.
    ///
    /// Valid values for multivalue answer resource record sets: `A` \| `AAAA` \| `MX` \| `NAPTR` \| `PTR` \| `SPF` \| `SRV` \| `TXT`\| `CAA`\| `TLSA`\| `SSHFP`\| `SVCB`\| `HTTPS`
    ///
    /// SPF records were formerly used to verify the identity of the sender of email messages. However, we no longer recommend that you create resource record sets for which the value of `Type` is `SPF`. RFC 7208, *Sender Policy Framework (SPF) for Authorizing Use of Domains in Email, Version 1*, has been updated to say, "...\[I\]ts existence and mechanism defined in \[RFC4408\] have led to some interoperability issues. Accordingly, its use is no longer appropriate for SPF version 1; implementations are not to use it." In RFC 7208, see section 14.1, [The SPF DNS Record Type](http://tools.ietf.org/html/rfc7208#section-14.1).
    ///
    /// Values for alias resource record sets:
    ///
    /// - **Amazon API Gateway custom regional APIs and edge-optimized APIs:** `A`
    ///
    /// - **CloudFront distributions:** `A`
    ///
    /// If IPv6 is enabled for the distribution, create two resource record sets to route traffic to your distribution, one with a value of `A` and one with a value of `AAAA`.
    ///
    /// - **Amazon API Gateway environment that has a regionalized subdomain**: `A`
    ///
    /// - **ELB load balancers:** `A` \| `AAAA`
    ///
    /// - **Amazon S3 buckets:** `A`
    ///
    /// - **Amazon Virtual Private Cloud interface VPC endpoints** `A`
    ///
    /// - **Another resource record set in this hosted zone:** Specify the type of the resource record set that you're creating the alias for. All values are supported except `NS` and `SOA`.
    ///
    /// If you're creating an alias record that has the same name as the hosted zone (known as the zone apex), you can't route traffic to a record for which the value of `Type` is `CNAME`. This is because the alias record must have the same type as the record you're routing traffic to, and creating a CNAME record for the zone apex isn't supported even for an alias record.
    pub r#type: RrType,
    /// *Resource record sets that have a routing policy other than simple:* An identifier that differentiates among multiple resource record sets that have the same combination of name and type, such as multiple weighted resource record sets named acme.example.com that have a type of A. In a group of resource record sets that have the same name and type, the value of `SetIdentifier` must be unique for each resource record set.
    ///
    /// For information about routing policies, see [Choosing a Routing Policy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html) in the *Amazon Route 53 Developer Guide*.
    pub set_identifier: Option<String>,
    /// *Weighted resource record sets only:* Among resource record sets that have the same combination of DNS name and type, a value that determines the proportion of DNS queries that Amazon Route 53 responds to using the current resource record set. Route 53 calculates the sum of the weights for the resource record sets that have the same combination of DNS name and type. Route 53 then responds to queries based on the ratio of a resource's weight to the total. Note the following:
    ///
    /// - You must specify a value for the `Weight` element for every weighted resource record set.
    ///
    /// - You can only specify one `ResourceRecord` per weighted resource record set.
    ///
    /// - You can't create latency, failover, or geolocation resource record sets that have the same values for the `Name` and `Type` elements as weighted resource record sets.
    ///
    /// - You can create a maximum of 100 weighted resource record sets that have the same values for the `Name` and `Type` elements.
    ///
    /// - For weighted (but not weighted alias) resource record sets, if you set `Weight` to `0` for a resource record set, Route 53 never responds to queries with the applicable value for that resource record set. However, if you set `Weight` to `0` for all resource record sets that have the same combination of DNS name and type, traffic is routed to all resources with equal probability.
    ///
    /// The effect of setting `Weight` to `0` is different when you associate health checks with weighted resource record sets. For more information, see [Options for Configuring Route 53 Active-Active and Active-Passive Failover](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-configuring-options.html) in the *Amazon Route 53 Developer Guide*.
    pub weight: Option<i64>,
    /// *Latency-based resource record sets only:* The Amazon EC2 Region where you created the resource that this resource record set refers to. The resource typically is an Amazon Web Services resource, such as an EC2 instance or an ELB load balancer, and is referred to by an IP address or a DNS domain name, depending on the record type.
    ///
    /// When Amazon Route 53 receives a DNS query for a domain name and type for which you have created latency resource record sets, Route 53 selects the latency resource record set that has the lowest latency between the end user and the associated Amazon EC2 Region. Route 53 then returns the value that is associated with the selected resource record set.
    ///
    /// Note the following:
    ///
    /// - You can only specify one `ResourceRecord` per latency resource record set.
    ///
    /// - You can only create one latency resource record set for each Amazon EC2 Region.
    ///
    /// - You aren't required to create latency resource record sets for all Amazon EC2 Regions. Route 53 will choose the region with the best latency from among the regions that you create latency resource record sets for.
    ///
    /// - You can't create non-latency resource record sets that have the same values for the `Name` and `Type` elements as latency resource record sets.
    pub region: Option<ResourceRecordSetRegion>,
    /// *Geolocation resource record sets only:* A complex type that lets you control how Amazon Route 53 responds to DNS queries based on the geographic origin of the query. For example, if you want all queries from Africa to be routed to a web server with an IP address of `192.0.2.111`, create a resource record set with a `Type` of `A` and a `ContinentCode` of `AF`.
    ///
    /// If you create separate resource record sets for overlapping geographic regions (for example, one resource record set for a continent and one for a country on the same continent), priority goes to the smallest geographic region. This allows you to route most queries for a continent to one resource and to route queries for a country on that continent to a different resource.
    ///
    /// You can't create two geolocation resource record sets that specify the same geographic location.
    ///
    /// The value `\*` in the `CountryCode` element matches all geographic locations that aren't specified in other geolocation resource record sets that have the same values for the `Name` and `Type` elements.
    ///
    /// Geolocation works by mapping IP addresses to locations. However, some IP addresses aren't mapped to geographic locations, so even if you create geolocation resource record sets that cover all seven continents, Route 53 will receive some DNS queries from locations that it can't identify. We recommend that you create a resource record set for which the value of `CountryCode` is `\*`. Two groups of queries are routed to the resource that you specify in this record: queries that come from locations for which you haven't created geolocation resource record sets and queries from IP addresses that aren't mapped to a location. If you don't create a `\*` resource record set, Route 53 returns a "no answer" response for queries from those locations.
    ///
    /// You can't create non-geolocation resource record sets that have the same values for the `Name` and `Type` elements as geolocation resource record sets.
    pub geo_location: Option<GeoLocation>,
    /// *Failover resource record sets only:* To configure failover, you add the `Failover` element to two resource record sets. For one resource record set, you specify `PRIMARY` as the value for `Failover`; for the other resource record set, you specify `SECONDARY`. In addition, you include the `HealthCheckId` element and specify the health check that you want Amazon Route 53 to perform for each resource record set.
    ///
    /// Except where noted, the following failover behaviors assume that you have included the `HealthCheckId` element in both resource record sets:
    ///
    /// - When the primary resource record set is healthy, Route 53 responds to DNS queries with the applicable value from the primary resource record set regardless of the health of the secondary resource record set.
    ///
    /// - When the primary resource record set is unhealthy and the secondary resource record set is healthy, Route 53 responds to DNS queries with the applicable value from the secondary resource record set.
    ///
    /// - When the secondary resource record set is unhealthy, Route 53 responds to DNS queries with the applicable value from the primary resource record set regardless of the health of the primary resource record set.
    ///
    /// - If you omit the `HealthCheckId` element for the secondary resource record set, and if the primary resource record set is unhealthy, Route 53 always responds to DNS queries with the applicable value from the secondary resource record set. This is true regardless of the health of the associated endpoint.
    ///
    /// You can't create non-failover resource record sets that have the same values for the `Name` and `Type` elements as failover resource record sets.
    ///
    /// For failover alias resource record sets, you must also include the `EvaluateTargetHealth` element and set the value to true.
    ///
    /// For more information about configuring failover for Route 53, see the following topics in the *Amazon Route 53 Developer Guide*:
    ///
    /// - [Route 53 Health Checks and DNS Failover](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html)
    ///
    /// - [Configuring Failover in a Private Hosted Zone](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html)
    pub failover: Option<ResourceRecordSetFailover>,
    /// *Multivalue answer resource record sets only*: To route traffic approximately randomly to multiple resources, such as web servers, create one multivalue answer record for each resource and specify `true` for `MultiValueAnswer`. Note the following:
    ///
    /// - If you associate a health check with a multivalue answer resource record set, Amazon Route 53 responds to DNS queries with the corresponding IP address only when the health check is healthy.
    ///
    /// - If you don't associate a health check with a multivalue answer record, Route 53 always considers the record to be healthy.
    ///
    /// - Route 53 responds to DNS queries with up to eight healthy records; if you have eight or fewer healthy records, Route 53 responds to all DNS queries with all the healthy records.
    ///
    /// - If you have more than eight healthy records, Route 53 responds to different DNS resolvers with different combinations of healthy records.
    ///
    /// - When all records are unhealthy, Route 53 responds to DNS queries with up to eight unhealthy records.
    ///
    /// - If a resource becomes unavailable after a resolver caches a response, client software typically tries another of the IP addresses in the response.
    ///
    /// You can't create multivalue answer alias records.
    pub multi_value_answer: Option<bool>,
    /// The resource record cache time to live (TTL), in seconds. Note the following:
    ///
    /// - If you're creating or updating an alias resource record set, omit `TTL`. Amazon Route 53 uses the value of `TTL` for the alias target.
    ///
    /// - If you're associating this resource record set with a health check (if you're adding a `HealthCheckId` element), we recommend that you specify a `TTL` of 60 seconds or less so clients respond quickly to changes in health status.
    ///
    /// - All of the resource record sets in a group of weighted resource record sets must have the same value for `TTL`.
    ///
    /// - If a group of weighted resource record sets includes one or more weighted alias resource record sets for which the alias target is an ELB load balancer, we recommend that you specify a `TTL` of 60 seconds for all of the non-alias weighted resource record sets that have the same name and type. Values other than 60 seconds (the TTL for load balancers) will change the effect of the values that you specify for `Weight`.
    pub ttl: Option<i64>,
    /// Information about the resource records to act upon.
    ///
    /// If you're creating an alias resource record set, omit `ResourceRecords`.
    pub resource_records: Option<Vec<ResourceRecord>>,
    /// *Alias resource record sets only:* Information about the Amazon Web Services resource, such as a CloudFront distribution or an Amazon S3 bucket, that you want to route traffic to.
    ///
    /// If you're creating resource records sets for a private hosted zone, note the following:
    ///
    /// - You can't create an alias resource record set in a private hosted zone to route traffic to a CloudFront distribution.
    ///
    /// - For information about creating failover resource record sets in a private hosted zone, see [Configuring Failover in a Private Hosted Zone](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html) in the *Amazon Route 53 Developer Guide*.
    pub alias_target: Option<AliasTarget>,
    /// If you want Amazon Route 53 to return this resource record set in response to a DNS query only when the status of a health check is healthy, include the `HealthCheckId` element and specify the ID of the applicable health check.
    ///
    /// Route 53 determines whether a resource record set is healthy based on one of the following:
    ///
    /// - By periodically sending a request to the endpoint that is specified in the health check
    ///
    /// - By aggregating the status of a specified group of health checks (calculated health checks)
    ///
    /// - By determining the current state of a CloudWatch alarm (CloudWatch metric health checks)
    ///
    /// Route 53 doesn't check the health of the endpoint that is specified in the resource record set, for example, the endpoint specified by the IP address in the `Value` element. When you add a `HealthCheckId` element to a resource record set, Route 53 checks the health of the endpoint that you specified in the health check.
    ///
    /// For more information, see the following topics in the *Amazon Route 53 Developer Guide*:
    ///
    /// - [How Amazon Route 53 Determines Whether an Endpoint Is Healthy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html)
    ///
    /// - [Route 53 Health Checks and DNS Failover](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html)
    ///
    /// - [Configuring Failover in a Private Hosted Zone](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html)
    ///
    /// **When to Specify HealthCheckId**
    ///
    /// Specifying a value for `HealthCheckId` is useful only when Route 53 is choosing between two or more resource record sets to respond to a DNS query, and you want Route 53 to base the choice in part on the status of a health check. Configuring health checks makes sense only in the following configurations:
    ///
    /// - **Non-alias resource record sets**: You're checking the health of a group of non-alias resource record sets that have the same routing policy, name, and type (such as multiple weighted records named www.example.com with a type of A) and you specify health check IDs for all the resource record sets.
    ///
    /// If the health check status for a resource record set is healthy, Route 53 includes the record among the records that it responds to DNS queries with.
    ///
    /// If the health check status for a resource record set is unhealthy, Route 53 stops responding to DNS queries using the value for that resource record set.
    ///
    /// If the health check status for all resource record sets in the group is unhealthy, Route 53 considers all resource record sets in the group healthy and responds to DNS queries accordingly.
    ///
    /// - **Alias resource record sets**: You specify the following settings:
    ///
    ///   - You set `EvaluateTargetHealth` to true for an alias resource record set in a group of resource record sets that have the same routing policy, name, and type (such as multiple weighted records named www.example.com with a type of A).
    ///
    ///   - You configure the alias resource record set to route traffic to a non-alias resource record set in the same hosted zone.
    ///
    ///   - You specify a health check ID for the non-alias resource record set.
    ///
    /// If the health check status is healthy, Route 53 considers the alias resource record set to be healthy and includes the alias record among the records that it responds to DNS queries with.
    ///
    /// If the health check status is unhealthy, Route 53 stops responding to DNS queries using the alias resource record set.
    ///
    /// The alias resource record set can also route traffic to a *group* of non-alias resource record sets that have the same routing policy, name, and type. In that configuration, associate health checks with all of the resource record sets in the group of non-alias resource record sets.
    ///
    /// **Geolocation Routing**
    ///
    /// For geolocation resource record sets, if an endpoint is unhealthy, Route 53 looks for a resource record set for the larger, associated geographic region. For example, suppose you have resource record sets for a state in the United States, for the entire United States, for North America, and a resource record set that has `\*` for `CountryCode` is `\*`, which applies to all locations. If the endpoint for the state resource record set is unhealthy, Route 53 checks for healthy resource record sets in the following order until it finds a resource record set for which the endpoint is healthy:
    ///
    /// - The United States
    ///
    /// - North America
    ///
    /// - The default resource record set
    ///
    /// **Specifying the Health Check Endpoint by Domain Name**
    ///
    /// If your health checks specify the endpoint only by domain name, we recommend that you create a separate health check for each endpoint. For example, create a health check for each `HTTP` server that is serving content for `www.example.com`. For the value of `FullyQualifiedDomainName`, specify the domain name of the server (such as `us-east-2-www.example.com`), not the name of the resource record sets (`www.example.com`).
    ///
    /// Health check results will be unpredictable if you do the following:
    ///
    /// - Create a health check that has the same value for `FullyQualifiedDomainName` as the name of a resource record set.
    ///
    /// - Associate that health check with the resource record set.
    pub health_check_id: Option<String>,
    /// When you create a traffic policy instance, Amazon Route 53 automatically creates a resource record set. `TrafficPolicyInstanceId` is the ID of the traffic policy instance that Route 53 created this resource record set for.
    ///
    /// To delete the resource record set that is associated with a traffic policy instance, use `DeleteTrafficPolicyInstance`. Route 53 will delete the resource record set automatically. If you delete the resource record set by using `ChangeResourceRecordSets`, Route 53 doesn't automatically delete the traffic policy instance, and you'll continue to be charged for it even though it's no longer in use.
    pub traffic_policy_instance_id: Option<String>,
    /// The object that is specified in resource record set object when you are linking a resource record set to a CIDR location.
    ///
    /// A `LocationName` with an asterisk “\*” can be used to create a default CIDR record. `CollectionId` is still required for default record.
    pub cidr_routing_config: Option<CidrRoutingConfig>,
    /// * GeoproximityLocation resource record sets only:* A complex type that lets you control how Route 53 responds to DNS queries based on the geographic origin of the query and your resources.
    pub geo_proximity_location: Option<GeoProximityLocation>,
}
rt::structure!(
    ResourceRecordSet, RESOURCE_RECORD_SET, [name, r#type, set_identifier, weight,
    region, geo_location, failover, multi_value_answer, ttl, resource_records,
    alias_target, health_check_id, traffic_policy_instance_id, cidr_routing_config,
    geo_proximity_location]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceRecordSetFailover {
    /// `PRIMARY`
    Primary,
    /// `SECONDARY`
    Secondary,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ResourceRecordSetFailover, { Primary => "PRIMARY", Secondary => "SECONDARY" }
);
/// A protection for the resource record sets in a hosted zone that have the specified name and type. While the protection exists, Route 53 rejects `ChangeResourceRecordSets` requests that create, update, or delete those resource record sets.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceRecordSetProtection {
    /// The name of the protected resource record sets.
    pub record_name: String,
    /// The DNS record type of the protected resource record sets.
    pub record_type: RrType,
    /// The comment that was specified when the protection was created, if any.
    pub comment: Option<String>,
}
rt::structure!(
    ResourceRecordSetProtection, RESOURCE_RECORD_SET_PROTECTION, [record_name,
    record_type, comment]
);
/// A protection to create for the resource record sets in a hosted zone that have the specified name and type.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceRecordSetProtectionConfig {
    /// The name of the resource record sets to protect, for example, `www.example.com`. The name must be the name of the hosted zone or a subdomain of it.
    pub record_name: String,
    /// The DNS record type of the resource record sets to protect. You can't protect records of type `DNAME` or of the DNSSEC record types that Route 53 manages.
    pub record_type: RrType,
    /// An optional comment about the protection, for example, the reason that the resource record sets are protected. The comment can be up to 256 characters long. If you don't specify a comment, the protection doesn't have a comment. When Route 53 rejects a `ChangeResourceRecordSets` request because of this protection, the error message includes the comment, so don't include sensitive information.
    pub comment: Option<String>,
}
rt::structure!(
    ResourceRecordSetProtectionConfig, RESOURCE_RECORD_SET_PROTECTION_CONFIG,
    [record_name, record_type, comment]
);
/// The name and type that identify a resource record set protection.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceRecordSetProtectionKey {
    /// The name of the protected resource record sets.
    pub record_name: String,
    /// The DNS record type of the protected resource record sets.
    pub record_type: RrType,
}
rt::structure!(
    ResourceRecordSetProtectionKey, RESOURCE_RECORD_SET_PROTECTION_KEY, [record_name,
    record_type]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceRecordSetRegion {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ca-central-1`
    CaCentral1,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-northeast-3`
    ApNortheast3,
    /// `eu-north-1`
    EuNorth1,
    /// `sa-east-1`
    SaEast1,
    /// `cn-north-1`
    CnNorth1,
    /// `cn-northwest-1`
    CnNorthwest1,
    /// `ap-east-1`
    ApEast1,
    /// `me-south-1`
    MeSouth1,
    /// `me-central-1`
    MeCentral1,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-south-2`
    ApSouth2,
    /// `af-south-1`
    AfSouth1,
    /// `eu-south-1`
    EuSouth1,
    /// `eu-south-2`
    EuSouth2,
    /// `ap-southeast-4`
    ApSoutheast4,
    /// `il-central-1`
    IlCentral1,
    /// `ca-west-1`
    CaWest1,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `mx-central-1`
    MxCentral1,
    /// `ap-southeast-7`
    ApSoutheast7,
    /// `us-gov-east-1`
    UsGovEast1,
    /// `us-gov-west-1`
    UsGovWest1,
    /// `ap-east-2`
    ApEast2,
    /// `ap-southeast-6`
    ApSoutheast6,
    /// `eusc-de-east-1`
    EuscDeEast1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ResourceRecordSetRegion, { UsEast1 => "us-east-1", UsEast2 => "us-east-2", UsWest1 =>
    "us-west-1", UsWest2 => "us-west-2", CaCentral1 => "ca-central-1", EuWest1 =>
    "eu-west-1", EuWest2 => "eu-west-2", EuWest3 => "eu-west-3", EuCentral1 =>
    "eu-central-1", EuCentral2 => "eu-central-2", ApSoutheast1 => "ap-southeast-1",
    ApSoutheast2 => "ap-southeast-2", ApSoutheast3 => "ap-southeast-3", ApNortheast1 =>
    "ap-northeast-1", ApNortheast2 => "ap-northeast-2", ApNortheast3 => "ap-northeast-3",
    EuNorth1 => "eu-north-1", SaEast1 => "sa-east-1", CnNorth1 => "cn-north-1",
    CnNorthwest1 => "cn-northwest-1", ApEast1 => "ap-east-1", MeSouth1 => "me-south-1",
    MeCentral1 => "me-central-1", ApSouth1 => "ap-south-1", ApSouth2 => "ap-south-2",
    AfSouth1 => "af-south-1", EuSouth1 => "eu-south-1", EuSouth2 => "eu-south-2",
    ApSoutheast4 => "ap-southeast-4", IlCentral1 => "il-central-1", CaWest1 =>
    "ca-west-1", ApSoutheast5 => "ap-southeast-5", MxCentral1 => "mx-central-1",
    ApSoutheast7 => "ap-southeast-7", UsGovEast1 => "us-gov-east-1", UsGovWest1 =>
    "us-gov-west-1", ApEast2 => "ap-east-2", ApSoutheast6 => "ap-southeast-6",
    EuscDeEast1 => "eusc-de-east-1" }
);
/// A complex type containing a resource and its associated tags.
#[derive(Clone, Default, PartialEq)]
pub struct ResourceTagSet {
    /// The type of the resource.
    ///
    /// - The resource type for health checks is `healthcheck`.
    ///
    /// - The resource type for hosted zones is `hostedzone`.
    pub resource_type: Option<TagResourceType>,
    /// The ID for the specified resource.
    pub resource_id: Option<String>,
    /// The tags associated with the specified resource.
    pub tags: Option<Vec<Tag>>,
}
rt::structure!(ResourceTagSet, RESOURCE_TAG_SET, [resource_type, resource_id, tags]);
/// A complex type that contains the type of limit that you specified in the request and the current value for that limit.
#[derive(Clone, Default, PartialEq)]
pub struct ReusableDelegationSetLimit {
    /// The limit that you requested: `MAX\_ZONES\_BY\_REUSABLE\_DELEGATION\_SET`, the maximum number of hosted zones that you can associate with the specified reusable delegation set.
    pub r#type: ReusableDelegationSetLimitType,
    /// The current value for the `MAX\_ZONES\_BY\_REUSABLE\_DELEGATION\_SET` limit.
    pub value: i64,
}
rt::structure!(
    ReusableDelegationSetLimit, REUSABLE_DELEGATION_SET_LIMIT, [r#type, value]
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReusableDelegationSetLimitType {
    /// `MAX_ZONES_BY_REUSABLE_DELEGATION_SET`
    MaxZonesByReusableDelegationSet,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    ReusableDelegationSetLimitType, { MaxZonesByReusableDelegationSet =>
    "MAX_ZONES_BY_REUSABLE_DELEGATION_SET" }
);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Statistic {
    /// `Average`
    Average,
    /// `Sum`
    Sum,
    /// `SampleCount`
    SampleCount,
    /// `Maximum`
    Maximum,
    /// `Minimum`
    Minimum,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    Statistic, { Average => "Average", Sum => "Sum", SampleCount => "SampleCount",
    Maximum => "Maximum", Minimum => "Minimum" }
);
/// A complex type that contains the status that one Amazon Route 53 health checker reports and the time of the health check.
#[derive(Clone, Default, PartialEq)]
pub struct StatusReport {
    /// A description of the status of the health check endpoint as reported by one of the Amazon Route 53 health checkers.
    pub status: Option<String>,
    /// The date and time that the health checker performed the health check in [ISO 8601 format](https://en.wikipedia.org/wiki/ISO_8601) and Coordinated Universal Time (UTC). For example, the value `2017-03-27T17:48:16.751Z` represents March 27, 2017 at 17:48:16.751 UTC.
    pub checked_time: Option<rt::DateTime>,
}
rt::structure!(StatusReport, STATUS_REPORT, [status, checked_time]);
/// A complex type that contains information about a tag that you want to add or edit for the specified health check or hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct Tag {
    /// The value of `Key` depends on the operation that you want to perform:
    ///
    /// - **Add a tag to a health check or hosted zone**: `Key` is the name that you want to give the new tag.
    ///
    /// - **Edit a tag**: `Key` is the name of the tag that you want to change the `Value` for.
    ///
    /// - ** Delete a key**: `Key` is the name of the tag you want to remove.
    ///
    /// - **Give a name to a health check**: Edit the default `Name` tag. In the Amazon Route 53 console, the list of your health checks includes a **Name** column that lets you see the name that you've given to each health check.
    pub key: Option<String>,
    /// The value of `Value` depends on the operation that you want to perform:
    ///
    /// - **Add a tag to a health check or hosted zone**: `Value` is the value that you want to give the new tag.
    ///
    /// - **Edit a tag**: `Value` is the new value that you want to assign the tag.
    pub value: Option<String>,
}
rt::structure!(Tag, TAG, [key, value]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TagResourceType {
    /// `healthcheck`
    Healthcheck,
    /// `hostedzone`
    Hostedzone,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    TagResourceType, { Healthcheck => "healthcheck", Hostedzone => "hostedzone" }
);
/// Gets the value that Amazon Route 53 returns in response to a DNS request for a specified record name and type. You can optionally specify the IP address of a DNS resolver, an EDNS0 client subnet IP address, and a subnet mask.
#[derive(Clone, Default, PartialEq)]
pub struct TestDnsAnswerInput {
    /// The ID of the hosted zone that you want Amazon Route 53 to simulate a query for.
    pub hosted_zone_id: String,
    /// The name of the resource record set that you want Amazon Route 53 to simulate a query for.
    pub record_name: String,
    /// The type of the resource record set.
    pub record_type: RrType,
    /// If you want to simulate a request from a specific DNS resolver, specify the IP address for that resolver. If you omit this value, `TestDnsAnswer` uses the IP address of a DNS resolver in the Amazon Web Services US East (N. Virginia) Region (`us-east-1`).
    pub resolver_ip: Option<String>,
    /// If the resolver that you specified for resolverip supports EDNS0, specify the IPv4 or IPv6 address of a client in the applicable location, for example, `192.0.2.44` or `2001:db8:85a3::8a2e:370:7334`.
    pub edns0_client_subnet_ip: Option<String>,
    /// If you specify an IP address for `edns0clientsubnetip`, you can optionally specify the number of bits of the IP address that you want the checking tool to include in the DNS query. For example, if you specify `192.0.2.44` for `edns0clientsubnetip` and `24` for `edns0clientsubnetmask`, the checking tool will simulate a request from 192.0.2.0/24. The default value is 24 bits for IPv4 addresses and 64 bits for IPv6 addresses.
    ///
    /// The range of valid values depends on whether `edns0clientsubnetip` is an IPv4 or an IPv6 address:
    ///
    /// - **IPv4**: Specify a value between 0 and 32
    ///
    /// - **IPv6**: Specify a value between 0 and 128
    pub edns0_client_subnet_mask: Option<String>,
}
rt::structure!(
    TestDnsAnswerInput, TEST_DNS_ANSWER_INPUT, [hosted_zone_id, record_name, record_type,
    resolver_ip, edns0_client_subnet_ip, edns0_client_subnet_mask]
);
/// A complex type that contains the response to a `TestDNSAnswer` request.
#[derive(Clone, Default, PartialEq)]
pub struct TestDnsAnswerOutput {
    /// The Amazon Route 53 name server used to respond to the request.
    pub nameserver: String,
    /// The name of the resource record set that you submitted a request for.
    pub record_name: String,
    /// The type of the resource record set that you submitted a request for.
    pub record_type: RrType,
    /// A list that contains values that Amazon Route 53 returned for this resource record set.
    pub record_data: Vec<String>,
    /// A code that indicates whether the request is valid or not. The most common response code is `NOERROR`, meaning that the request is valid. If the response is not valid, Amazon Route 53 returns a response code that describes the error. For a list of possible response codes, see [DNS RCODES](http://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-6) on the IANA website.
    pub response_code: String,
    /// The protocol that Amazon Route 53 used to respond to the request, either `UDP` or `TCP`.
    pub protocol: String,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    TestDnsAnswerOutput, TEST_DNS_ANSWER_OUTPUT, [nameserver, record_name, record_type,
    record_data, response_code, protocol], meta = response_metadata
);
/// The limit on the number of requests per second was exceeded.
#[derive(Clone, Default, PartialEq)]
pub struct ThrottlingException {
    pub message: Option<String>,
}
rt::structure!(ThrottlingException, THROTTLING_EXCEPTION, [message]);
/// This health check can't be created because the current account has reached the limit on the number of active health checks.
///
/// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
///
/// For information about how to get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html). To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
///
/// You have reached the maximum number of active health checks for an Amazon Web Services account. To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyHealthChecks {
    pub message: Option<String>,
}
rt::structure!(TooManyHealthChecks, TOO_MANY_HEALTH_CHECKS, [message]);
/// This operation can't be completed either because the current account has reached the limit on the number of hosted zones or because you've reached the limit on the number of hosted zones that can be associated with a reusable delegation set.
///
/// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
///
/// To get the current limit on hosted zones that can be created by an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
///
/// To get the current limit on hosted zones that can be associated with a reusable delegation set, see [GetReusableDelegationSetLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetReusableDelegationSetLimit.html).
///
/// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyHostedZones {
    pub message: Option<String>,
}
rt::structure!(TooManyHostedZones, TOO_MANY_HOSTED_ZONES, [message]);
/// You've reached the limit for the number of key-signing keys (KSKs). Remove at least one KSK, and then try again.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyKeySigningKeys {
    pub message: Option<String>,
}
rt::structure!(TooManyKeySigningKeys, TOO_MANY_KEY_SIGNING_KEYS, [message]);
/// This traffic policy can't be created because the current account has reached the limit on the number of traffic policies.
///
/// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
///
/// To get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
///
/// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyTrafficPolicies {
    pub message: Option<String>,
}
rt::structure!(TooManyTrafficPolicies, TOO_MANY_TRAFFIC_POLICIES, [message]);
/// This traffic policy instance can't be created because the current account has reached the limit on the number of traffic policy instances.
///
/// For information about default limits, see [Limits](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html) in the *Amazon Route 53 Developer Guide*.
///
/// For information about how to get the current limit for an account, see [GetAccountLimit](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
///
/// To request a higher limit, [create a case](http://aws.amazon.com/route53-request) with the Amazon Web Services Support Center.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyTrafficPolicyInstances {
    pub message: Option<String>,
}
rt::structure!(
    TooManyTrafficPolicyInstances, TOO_MANY_TRAFFIC_POLICY_INSTANCES, [message]
);
/// This traffic policy version can't be created because you've reached the limit of 1000 on the number of versions that you can create for the current traffic policy.
///
/// To create more traffic policy versions, you can use [GetTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetTrafficPolicy.html) to get the traffic policy document for a specified traffic policy version, and then use [CreateTrafficPolicy](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateTrafficPolicy.html) to create a new traffic policy using the traffic policy document.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyTrafficPolicyVersionsForCurrentPolicy {
    pub message: Option<String>,
}
rt::structure!(
    TooManyTrafficPolicyVersionsForCurrentPolicy,
    TOO_MANY_TRAFFIC_POLICY_VERSIONS_FOR_CURRENT_POLICY, [message]
);
/// You've created the maximum number of authorizations that can be created for the specified hosted zone. To authorize another VPC to be associated with the hosted zone, submit a `DeleteVPCAssociationAuthorization` request to remove an existing authorization. To get a list of existing authorizations, submit a `ListVPCAssociationAuthorizations` request.
#[derive(Clone, Default, PartialEq)]
pub struct TooManyVpcAssociationAuthorizations {
    pub message: Option<String>,
}
rt::structure!(
    TooManyVpcAssociationAuthorizations, TOO_MANY_VPC_ASSOCIATION_AUTHORIZATIONS,
    [message]
);
/// A complex type that contains settings for a traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct TrafficPolicy {
    /// The ID that Amazon Route 53 assigned to a traffic policy when you created it.
    pub id: String,
    /// The version number that Amazon Route 53 assigns to a traffic policy. For a new traffic policy, the value of `Version` is always 1.
    pub version: i32,
    /// The name that you specified when you created the traffic policy.
    pub name: String,
    /// The DNS type of the resource record sets that Amazon Route 53 creates when you use a traffic policy to create a traffic policy instance.
    pub r#type: RrType,
    /// The definition of a traffic policy in JSON format. You specify the JSON document to use for a new traffic policy in the `CreateTrafficPolicy` request. For more information about the JSON format, see [Traffic Policy Document Format](https://docs.aws.amazon.com/Route53/latest/APIReference/api-policies-traffic-policy-document-format.html).
    pub document: String,
    /// The comment that you specify in the `CreateTrafficPolicy` request, if any.
    pub comment: Option<String>,
}
rt::structure!(
    TrafficPolicy, TRAFFIC_POLICY, [id, version, name, r#type, document, comment]
);
/// A traffic policy that has the same value for `Name` already exists.
#[derive(Clone, Default, PartialEq)]
pub struct TrafficPolicyAlreadyExists {
    pub message: Option<String>,
}
rt::structure!(TrafficPolicyAlreadyExists, TRAFFIC_POLICY_ALREADY_EXISTS, [message]);
/// One or more traffic policy instances were created by using the specified traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct TrafficPolicyInUse {
    pub message: Option<String>,
}
rt::structure!(TrafficPolicyInUse, TRAFFIC_POLICY_IN_USE, [message]);
/// A complex type that contains settings for the new traffic policy instance.
#[derive(Clone, Default, PartialEq)]
pub struct TrafficPolicyInstance {
    /// The ID that Amazon Route 53 assigned to the new traffic policy instance.
    pub id: String,
    /// The ID of the hosted zone that Amazon Route 53 created resource record sets in.
    pub hosted_zone_id: String,
    /// The DNS name, such as www.example.com, for which Amazon Route 53 responds to queries by using the resource record sets that are associated with this traffic policy instance.
    pub name: String,
    /// The TTL that Amazon Route 53 assigned to all of the resource record sets that it created in the specified hosted zone.
    pub ttl: i64,
    /// The value of `State` is one of the following values:
    ///
    /// Applied
    ///
    /// Amazon Route 53 has finished creating resource record sets, and changes have propagated to all Route 53 edge locations.
    ///
    /// Creating
    ///
    /// Route 53 is creating the resource record sets. Use `GetTrafficPolicyInstance` to confirm that the `CreateTrafficPolicyInstance` request completed successfully.
    ///
    /// Failed
    ///
    /// Route 53 wasn't able to create or update the resource record sets. When the value of `State` is `Failed`, see `Message` for an explanation of what caused the request to fail.
    pub state: String,
    /// If `State` is `Failed`, an explanation of the reason for the failure. If `State` is another value, `Message` is empty.
    pub message: String,
    /// The ID of the traffic policy that Amazon Route 53 used to create resource record sets in the specified hosted zone.
    pub traffic_policy_id: String,
    /// The version of the traffic policy that Amazon Route 53 used to create resource record sets in the specified hosted zone.
    pub traffic_policy_version: i32,
    /// The DNS type that Amazon Route 53 assigned to all of the resource record sets that it created for this traffic policy instance.
    pub traffic_policy_type: RrType,
}
rt::structure!(
    TrafficPolicyInstance, TRAFFIC_POLICY_INSTANCE, [id, hosted_zone_id, name, ttl,
    state, message, traffic_policy_id, traffic_policy_version, traffic_policy_type]
);
/// There is already a traffic policy instance with the specified ID.
#[derive(Clone, Default, PartialEq)]
pub struct TrafficPolicyInstanceAlreadyExists {
    pub message: Option<String>,
}
rt::structure!(
    TrafficPolicyInstanceAlreadyExists, TRAFFIC_POLICY_INSTANCE_ALREADY_EXISTS, [message]
);
/// A complex type that contains information about the latest version of one traffic policy that is associated with the current Amazon Web Services account.
#[derive(Clone, Default, PartialEq)]
pub struct TrafficPolicySummary {
    /// The ID that Amazon Route 53 assigned to the traffic policy when you created it.
    pub id: String,
    /// The name that you specified for the traffic policy when you created it.
    pub name: String,
    /// The DNS type of the resource record sets that Amazon Route 53 creates when you use a traffic policy to create a traffic policy instance.
    pub r#type: RrType,
    /// The version number of the latest version of the traffic policy.
    pub latest_version: i32,
    /// The number of traffic policies that are associated with the current Amazon Web Services account.
    pub traffic_policy_count: i32,
}
rt::structure!(
    TrafficPolicySummary, TRAFFIC_POLICY_SUMMARY, [id, name, r#type, latest_version,
    traffic_policy_count]
);
/// A complex type that contains information about a request to update a health check.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateHealthCheckInput {
    /// The ID for the health check for which you want detailed information. When you created the health check, `CreateHealthCheck` returned the ID in the response, in the `HealthCheckId` element.
    pub health_check_id: String,
    /// A sequential counter that Amazon Route 53 sets to `1` when you create a health check and increments by 1 each time you update settings for the health check.
    ///
    /// We recommend that you use `GetHealthCheck` or `ListHealthChecks` to get the current value of `HealthCheckVersion` for the health check that you want to update, and that you include that value in your `UpdateHealthCheck` request. This prevents Route 53 from overwriting an intervening update:
    ///
    /// - If the value in the `UpdateHealthCheck` request matches the value of `HealthCheckVersion` in the health check, Route 53 updates the health check with the new settings.
    ///
    /// - If the value of `HealthCheckVersion` in the health check is greater, the health check was changed after you got the version number. Route 53 does not update the health check, and it returns a `HealthCheckVersionMismatch` error.
    pub health_check_version: Option<i64>,
    /// The IPv4 or IPv6 IP address for the endpoint that you want Amazon Route 53 to perform health checks on. If you don't specify a value for `IPAddress`, Route 53 sends a DNS request to resolve the domain name that you specify in `FullyQualifiedDomainName` at the interval that you specify in `RequestInterval`. Using an IP address that is returned by DNS, Route 53 then checks the health of the endpoint.
    ///
    /// Use one of the following formats for the value of `IPAddress`:
    ///
    /// - **IPv4 address**: four values between 0 and 255, separated by periods (.), for example, `192.0.2.44`.
    ///
    /// - **IPv6 address**: eight groups of four hexadecimal values, separated by colons (:), for example, `2001:0db8:85a3:0000:0000:abcd:0001:2345`. You can also shorten IPv6 addresses as described in RFC 5952, for example, `2001:db8:85a3::abcd:1:2345`.
    ///
    /// If the endpoint is an EC2 instance, we recommend that you create an Elastic IP address, associate it with your EC2 instance, and specify the Elastic IP address for `IPAddress`. This ensures that the IP address of your instance never changes. For more information, see the applicable documentation:
    ///
    /// - Linux: [Elastic IP Addresses (EIP)](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html) in the *Amazon EC2 User Guide for Linux Instances*
    ///
    /// - Windows: [Elastic IP Addresses (EIP)](https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/elastic-ip-addresses-eip.html) in the *Amazon EC2 User Guide for Windows Instances*
    ///
    /// If a health check already has a value for `IPAddress`, you can change the value. However, you can't update an existing health check to add or remove the value of `IPAddress`.
    ///
    /// For more information, see [FullyQualifiedDomainName](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-FullyQualifiedDomainName).
    ///
    /// Constraints: Route 53 can't check the health of endpoints for which the IP address is in local, private, non-routable, or multicast ranges. For more information about IP addresses for which you can't create health checks, see the following documents:
    ///
    /// - [RFC 5735, Special Use IPv4 Addresses](https://tools.ietf.org/html/rfc5735)
    ///
    /// - [RFC 6598, IANA-Reserved IPv4 Prefix for Shared Address Space](https://tools.ietf.org/html/rfc6598)
    ///
    /// - [RFC 5156, Special-Use IPv6 Addresses](https://tools.ietf.org/html/rfc5156)
    pub ip_address: Option<String>,
    /// The port on the endpoint that you want Amazon Route 53 to perform health checks on.
    ///
    /// Don't specify a value for `Port` when you specify a value for `Type` of `CLOUDWATCH\_METRIC` or `CALCULATED`.
    pub port: Option<i32>,
    /// The path that you want Amazon Route 53 to request when performing health checks. The path can be any value for which your endpoint will return an HTTP status code of 2xx or 3xx when the endpoint is healthy, for example the file /docs/route53-health-check.html. You can also include query string parameters, for example, `/welcome.html?language=jp&login=y`.
    ///
    /// Specify this value only if you want to change it.
    pub resource_path: Option<String>,
    /// Amazon Route 53 behavior depends on whether you specify a value for `IPAddress`.
    ///
    /// If a health check already has a value for `IPAddress`, you can change the value. However, you can't update an existing health check to add or remove the value of `IPAddress`.
    ///
    /// **If you specify a value for** `IPAddress`:
    ///
    /// Route 53 sends health check requests to the specified IPv4 or IPv6 address and passes the value of `FullyQualifiedDomainName` in the `Host` header for all health checks except TCP health checks. This is typically the fully qualified DNS name of the endpoint on which you want Route 53 to perform health checks.
    ///
    /// When Route 53 checks the health of an endpoint, here is how it constructs the `Host` header:
    ///
    /// - If you specify a value of `80` for `Port` and `HTTP` or `HTTP\_STR\_MATCH` for `Type`, Route 53 passes the value of `FullyQualifiedDomainName` to the endpoint in the `Host` header.
    ///
    /// - If you specify a value of `443` for `Port` and `HTTPS` or `HTTPS\_STR\_MATCH` for `Type`, Route 53 passes the value of `FullyQualifiedDomainName` to the endpoint in the `Host` header.
    ///
    /// - If you specify another value for `Port` and any value except `TCP` for `Type`, Route 53 passes * `FullyQualifiedDomainName`:`Port` * to the endpoint in the `Host` header.
    ///
    /// If you don't specify a value for `FullyQualifiedDomainName`, Route 53 substitutes the value of `IPAddress` in the `Host` header in each of the above cases.
    ///
    /// **If you don't specify a value for** `IPAddress`:
    ///
    /// If you don't specify a value for `IPAddress`, Route 53 sends a DNS request to the domain that you specify in `FullyQualifiedDomainName` at the interval you specify in `RequestInterval`. Using an IPv4 address that is returned by DNS, Route 53 then checks the health of the endpoint.
    ///
    /// If you don't specify a value for `IPAddress`, you can’t update the health check to remove the `FullyQualifiedDomainName`; if you don’t specify a value for `IPAddress` on creation, a `FullyQualifiedDomainName` is required.
    ///
    /// If you don't specify a value for `IPAddress`, Route 53 uses only IPv4 to send health checks to the endpoint. If there's no resource record set with a type of A for the name that you specify for `FullyQualifiedDomainName`, the health check fails with a "DNS resolution failed" error.
    ///
    /// If you want to check the health of weighted, latency, or failover resource record sets and you choose to specify the endpoint only by `FullyQualifiedDomainName`, we recommend that you create a separate health check for each endpoint. For example, create a health check for each HTTP server that is serving content for www.example.com. For the value of `FullyQualifiedDomainName`, specify the domain name of the server (such as `us-east-2-www.example.com`), not the name of the resource record sets (www.example.com).
    ///
    /// In this configuration, if the value of `FullyQualifiedDomainName` matches the name of the resource record sets and you then associate the health check with those resource record sets, health check results will be unpredictable.
    ///
    /// In addition, if the value of `Type` is `HTTP`, `HTTPS`, `HTTP\_STR\_MATCH`, or `HTTPS\_STR\_MATCH`, Route 53 passes the value of `FullyQualifiedDomainName` in the `Host` header, as it does when you specify a value for `IPAddress`. If the value of `Type` is `TCP`, Route 53 doesn't pass a `Host` header.
    pub fully_qualified_domain_name: Option<String>,
    /// If the value of `Type` is `HTTP\_STR\_MATCH` or `HTTPS\_STR\_MATCH`, the string that you want Amazon Route 53 to search for in the response body from the specified resource. If the string appears in the response body, Route 53 considers the resource healthy. (You can't change the value of `Type` when you update a health check.)
    pub search_string: Option<String>,
    /// The number of consecutive health checks that an endpoint must pass or fail for Amazon Route 53 to change the current status of the endpoint from unhealthy to healthy or vice versa. For more information, see [How Amazon Route 53 Determines Whether an Endpoint Is Healthy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html) in the *Amazon Route 53 Developer Guide*.
    ///
    /// Otherwise, if you don't specify a value for `FailureThreshold`, the default value is three health checks.
    pub failure_threshold: Option<i32>,
    /// Specify whether you want Amazon Route 53 to invert the status of a health check, for example, to consider a health check unhealthy when it otherwise would be considered healthy.
    pub inverted: Option<bool>,
    /// Stops Route 53 from performing health checks. When you disable a health check, here's what happens:
    ///
    /// - **Health checks that check the health of endpoints:** Route 53 stops submitting requests to your application, server, or other resource.
    ///
    /// - **Calculated health checks:** Route 53 stops aggregating the status of the referenced health checks.
    ///
    /// - **Health checks that monitor CloudWatch alarms:** Route 53 stops monitoring the corresponding CloudWatch metrics.
    ///
    /// After you disable a health check, Route 53 considers the status of the health check to always be healthy. If you configured DNS failover, Route 53 continues to route traffic to the corresponding resources. Additionally, in disabled state, you can also invert the status of the health check to route traffic differently. For more information, see [Inverted](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-Inverted).
    ///
    /// Charges for a health check still apply when the health check is disabled. For more information, see [Amazon Route 53 Pricing](http://aws.amazon.com/route53/pricing/).
    pub disabled: Option<bool>,
    /// The number of child health checks that are associated with a `CALCULATED` health that Amazon Route 53 must consider healthy for the `CALCULATED` health check to be considered healthy. To specify the child health checks that you want to associate with a `CALCULATED` health check, use the `ChildHealthChecks` and `ChildHealthCheck` elements.
    ///
    /// Note the following:
    ///
    /// - If you specify a number greater than the number of child health checks, Route 53 always considers this health check to be unhealthy.
    ///
    /// - If you specify `0`, Route 53 always considers this health check to be healthy.
    pub health_threshold: Option<i32>,
    /// A complex type that contains one `ChildHealthCheck` element for each health check that you want to associate with a `CALCULATED` health check.
    pub child_health_checks: Option<Vec<String>>,
    /// Specify whether you want Amazon Route 53 to send the value of `FullyQualifiedDomainName` to the endpoint in the `client\_hello` message during `TLS` negotiation. This allows the endpoint to respond to `HTTPS` health check requests with the applicable SSL/TLS certificate.
    ///
    /// Some endpoints require that HTTPS requests include the host name in the `client\_hello` message. If you don't enable SNI, the status of the health check will be SSL alert `handshake\_failure`. A health check can also have that status for other reasons. If SNI is enabled and you're still getting the error, check the SSL/TLS configuration on your endpoint and confirm that your certificate is valid.
    ///
    /// The SSL/TLS certificate on your endpoint includes a domain name in the `Common Name` field and possibly several more in the `Subject Alternative Names` field. One of the domain names in the certificate should match the value that you specify for `FullyQualifiedDomainName`. If the endpoint responds to the `client\_hello` message with a certificate that does not include the domain name that you specified in `FullyQualifiedDomainName`, a health checker will retry the handshake. In the second attempt, the health checker will omit `FullyQualifiedDomainName` from the `client\_hello` message.
    pub enable_sni: Option<bool>,
    /// A complex type that contains one `Region` element for each region that you want Amazon Route 53 health checkers to check the specified endpoint from.
    pub regions: Option<Vec<HealthCheckRegion>>,
    /// A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether the specified health check is healthy.
    pub alarm_identifier: Option<AlarmIdentifier>,
    /// When CloudWatch has insufficient data about the metric to determine the alarm state, the status that you want Amazon Route 53 to assign to the health check:
    ///
    /// - `Healthy`: Route 53 considers the health check to be healthy.
    ///
    /// - `Unhealthy`: Route 53 considers the health check to be unhealthy.
    ///
    /// - `LastKnownStatus`: By default, Route 53 uses the status of the health check from the last time CloudWatch had sufficient data to determine the alarm state. For new health checks that have no last known status, the status for the health check is healthy.
    pub insufficient_data_health_status: Option<InsufficientDataHealthStatus>,
    /// A complex type that contains one `ResettableElementName` element for each element that you want to reset to the default value. Valid values for `ResettableElementName` include the following:
    ///
    /// - `ChildHealthChecks`: Amazon Route 53 resets [ChildHealthChecks](https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html#Route53-Type-HealthCheckConfig-ChildHealthChecks) to null.
    ///
    /// - `FullyQualifiedDomainName`: Route 53 resets [FullyQualifiedDomainName](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-FullyQualifiedDomainName). to null.
    ///
    /// - `Regions`: Route 53 resets the [Regions](https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html#Route53-Type-HealthCheckConfig-Regions) list to the default set of regions.
    ///
    /// - `ResourcePath`: Route 53 resets [ResourcePath](https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html#Route53-Type-HealthCheckConfig-ResourcePath) to null.
    pub reset_elements: Option<Vec<ResettableElementName>>,
}
rt::structure!(
    UpdateHealthCheckInput, UPDATE_HEALTH_CHECK_INPUT, [health_check_id,
    health_check_version, ip_address, port, resource_path, fully_qualified_domain_name,
    search_string, failure_threshold, inverted, disabled, health_threshold,
    child_health_checks, enable_sni, regions, alarm_identifier,
    insufficient_data_health_status, reset_elements]
);
/// A complex type that contains the response to the `UpdateHealthCheck` request.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateHealthCheckOutput {
    /// A complex type that contains the response to an `UpdateHealthCheck` request.
    pub health_check: HealthCheck,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateHealthCheckOutput, UPDATE_HEALTH_CHECK_OUTPUT, [health_check], meta =
    response_metadata
);
/// A request to update the comment for a hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateHostedZoneCommentInput {
    /// The ID for the hosted zone that you want to update the comment for.
    pub id: String,
    /// The new comment for the hosted zone. If you don't specify a value for `Comment`, Amazon Route 53 deletes the existing value of the `Comment` element, if any.
    pub comment: Option<String>,
}
rt::structure!(
    UpdateHostedZoneCommentInput, UPDATE_HOSTED_ZONE_COMMENT_INPUT, [id, comment]
);
/// A complex type that contains the response to the `UpdateHostedZoneComment` request.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateHostedZoneCommentOutput {
    /// A complex type that contains the response to the `UpdateHostedZoneComment` request.
    pub hosted_zone: HostedZone,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateHostedZoneCommentOutput, UPDATE_HOSTED_ZONE_COMMENT_OUTPUT, [hosted_zone], meta
    = response_metadata
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateHostedZoneFeaturesInput {
    /// The ID of the hosted zone for which you want to update features. This is the unique identifier for your hosted zone.
    pub hosted_zone_id: String,
    /// Specifies whether to enable accelerated recovery for the hosted zone. Set to `true` to enable accelerated recovery, or `false` to disable it.
    pub enable_accelerated_recovery: Option<bool>,
}
rt::structure!(
    UpdateHostedZoneFeaturesInput, UPDATE_HOSTED_ZONE_FEATURES_INPUT, [hosted_zone_id,
    enable_accelerated_recovery]
);
#[derive(Clone, Default, PartialEq)]
pub struct UpdateHostedZoneFeaturesOutput {
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateHostedZoneFeaturesOutput, UPDATE_HOSTED_ZONE_FEATURES_OUTPUT, [], meta =
    response_metadata
);
/// A complex type that contains information about the traffic policy that you want to update the comment for.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTrafficPolicyCommentInput {
    /// The value of `Id` for the traffic policy that you want to update the comment for.
    pub id: String,
    /// The value of `Version` for the traffic policy that you want to update the comment for.
    pub version: i32,
    /// The new comment for the specified traffic policy and version.
    pub comment: String,
}
rt::structure!(
    UpdateTrafficPolicyCommentInput, UPDATE_TRAFFIC_POLICY_COMMENT_INPUT, [id, version,
    comment]
);
/// A complex type that contains the response information for the traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTrafficPolicyCommentOutput {
    /// A complex type that contains settings for the specified traffic policy.
    pub traffic_policy: TrafficPolicy,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateTrafficPolicyCommentOutput, UPDATE_TRAFFIC_POLICY_COMMENT_OUTPUT,
    [traffic_policy], meta = response_metadata
);
/// A complex type that contains information about the resource record sets that you want to update based on a specified traffic policy instance.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTrafficPolicyInstanceInput {
    /// The ID of the traffic policy instance that you want to update.
    pub id: String,
    /// The TTL that you want Amazon Route 53 to assign to all of the updated resource record sets.
    pub ttl: i64,
    /// The ID of the traffic policy that you want Amazon Route 53 to use to update resource record sets for the specified traffic policy instance.
    pub traffic_policy_id: String,
    /// The version of the traffic policy that you want Amazon Route 53 to use to update resource record sets for the specified traffic policy instance.
    pub traffic_policy_version: i32,
}
rt::structure!(
    UpdateTrafficPolicyInstanceInput, UPDATE_TRAFFIC_POLICY_INSTANCE_INPUT, [id, ttl,
    traffic_policy_id, traffic_policy_version]
);
/// A complex type that contains information about the resource record sets that Amazon Route 53 created based on a specified traffic policy.
#[derive(Clone, Default, PartialEq)]
pub struct UpdateTrafficPolicyInstanceOutput {
    /// A complex type that contains settings for the updated traffic policy instance.
    pub traffic_policy_instance: TrafficPolicyInstance,
    /// Request id, HTTP status and attempts of the call (botocore's `ResponseMetadata`).
    pub response_metadata: rt::meta::ResponseMeta,
}
rt::structure!(
    UpdateTrafficPolicyInstanceOutput, UPDATE_TRAFFIC_POLICY_INSTANCE_OUTPUT,
    [traffic_policy_instance], meta = response_metadata
);
/// (Private hosted zones only) A complex type that contains information about an Amazon VPC.
///
/// If you associate a private hosted zone with an Amazon VPC when you make a [CreateHostedZone](https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHostedZone.html) request, the following parameters are also required.
#[derive(Clone, Default, PartialEq)]
pub struct Vpc {
    /// (Private hosted zones only) The region that an Amazon VPC was created in.
    pub vpc_region: Option<VpcRegion>,
    /// (Private hosted zones only) The ID of an Amazon VPC.
    pub vpc_id: Option<String>,
}
rt::structure!(Vpc, VPC, [vpc_region, vpc_id]);
/// The VPC that you specified is not authorized to be associated with the hosted zone.
#[derive(Clone, Default, PartialEq)]
pub struct VpcAssociationAuthorizationNotFound {
    pub message: Option<String>,
}
rt::structure!(
    VpcAssociationAuthorizationNotFound, VPC_ASSOCIATION_AUTHORIZATION_NOT_FOUND,
    [message]
);
/// The specified VPC and hosted zone are not currently associated.
#[derive(Clone, Default, PartialEq)]
pub struct VpcAssociationNotFound {
    /// The specified VPC or hosted zone weren't found.
    pub message: Option<String>,
}
rt::structure!(VpcAssociationNotFound, VPC_ASSOCIATION_NOT_FOUND, [message]);
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcRegion {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `ap-east-1`
    ApEast1,
    /// `me-south-1`
    MeSouth1,
    /// `us-gov-west-1`
    UsGovWest1,
    /// `us-gov-east-1`
    UsGovEast1,
    /// `us-iso-east-1`
    UsIsoEast1,
    /// `us-iso-west-1`
    UsIsoWest1,
    /// `us-isob-east-1`
    UsIsobEast1,
    /// `me-central-1`
    MeCentral1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-south-2`
    ApSouth2,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-northeast-3`
    ApNortheast3,
    /// `eu-north-1`
    EuNorth1,
    /// `sa-east-1`
    SaEast1,
    /// `ca-central-1`
    CaCentral1,
    /// `cn-north-1`
    CnNorth1,
    /// `cn-northwest-1`
    CnNorthwest1,
    /// `af-south-1`
    AfSouth1,
    /// `eu-south-1`
    EuSouth1,
    /// `eu-south-2`
    EuSouth2,
    /// `ap-southeast-4`
    ApSoutheast4,
    /// `il-central-1`
    IlCentral1,
    /// `ca-west-1`
    CaWest1,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `mx-central-1`
    MxCentral1,
    /// `us-isof-south-1`
    UsIsofSouth1,
    /// `us-isof-east-1`
    UsIsofEast1,
    /// `ap-southeast-7`
    ApSoutheast7,
    /// `ap-east-2`
    ApEast2,
    /// `eu-isoe-west-1`
    EuIsoeWest1,
    /// `ap-southeast-6`
    ApSoutheast6,
    /// `us-isob-west-1`
    UsIsobWest1,
    /// `eusc-de-east-1`
    EuscDeEast1,
    /// A value this version of the client does not know.
    Unknown(String),
}
rt::string_enum!(
    VpcRegion, { UsEast1 => "us-east-1", UsEast2 => "us-east-2", UsWest1 => "us-west-1",
    UsWest2 => "us-west-2", EuWest1 => "eu-west-1", EuWest2 => "eu-west-2", EuWest3 =>
    "eu-west-3", EuCentral1 => "eu-central-1", EuCentral2 => "eu-central-2", ApEast1 =>
    "ap-east-1", MeSouth1 => "me-south-1", UsGovWest1 => "us-gov-west-1", UsGovEast1 =>
    "us-gov-east-1", UsIsoEast1 => "us-iso-east-1", UsIsoWest1 => "us-iso-west-1",
    UsIsobEast1 => "us-isob-east-1", MeCentral1 => "me-central-1", ApSoutheast1 =>
    "ap-southeast-1", ApSoutheast2 => "ap-southeast-2", ApSoutheast3 => "ap-southeast-3",
    ApSouth1 => "ap-south-1", ApSouth2 => "ap-south-2", ApNortheast1 => "ap-northeast-1",
    ApNortheast2 => "ap-northeast-2", ApNortheast3 => "ap-northeast-3", EuNorth1 =>
    "eu-north-1", SaEast1 => "sa-east-1", CaCentral1 => "ca-central-1", CnNorth1 =>
    "cn-north-1", CnNorthwest1 => "cn-northwest-1", AfSouth1 => "af-south-1", EuSouth1 =>
    "eu-south-1", EuSouth2 => "eu-south-2", ApSoutheast4 => "ap-southeast-4", IlCentral1
    => "il-central-1", CaWest1 => "ca-west-1", ApSoutheast5 => "ap-southeast-5",
    MxCentral1 => "mx-central-1", UsIsofSouth1 => "us-isof-south-1", UsIsofEast1 =>
    "us-isof-east-1", ApSoutheast7 => "ap-southeast-7", ApEast2 => "ap-east-2",
    EuIsoeWest1 => "eu-isoe-west-1", ApSoutheast6 => "ap-southeast-6", UsIsobWest1 =>
    "us-isob-west-1", EuscDeEast1 => "eusc-de-east-1" }
);

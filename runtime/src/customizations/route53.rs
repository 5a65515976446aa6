//! Route 53's customization: botocore's `fix_route53_ids`.

use super::{set_str_member, str_member};
use crate::data::Struct;
use crate::error::SdkError;
use crate::operation::Operation;

/// The top-level input members whose target shape is `ResourceId`, `DelegationSetId` or
/// `ChangeId` in the vendored model (botocore selects them by shape name; Kumo's schemas
/// share one schema for plain strings, so the selection is kept here as data, and a test
/// recomputes it from `models/data/route53/service-2.json`).
pub(super) const ID_MEMBERS: &[(&str, &str)] = &[
    ("ActivateKeySigningKey", "HostedZoneId"),
    ("AssociateVPCWithHostedZone", "HostedZoneId"),
    ("ChangeResourceRecordSets", "HostedZoneId"),
    ("CreateHostedZone", "DelegationSetId"),
    ("CreateKeySigningKey", "HostedZoneId"),
    ("CreateQueryLoggingConfig", "HostedZoneId"),
    ("CreateResourceRecordSetProtections", "HostedZoneId"),
    ("CreateReusableDelegationSet", "HostedZoneId"),
    ("CreateTrafficPolicyInstance", "HostedZoneId"),
    ("CreateVPCAssociationAuthorization", "HostedZoneId"),
    ("DeactivateKeySigningKey", "HostedZoneId"),
    ("DeleteHostedZone", "Id"),
    ("DeleteKeySigningKey", "HostedZoneId"),
    ("DeleteResourceRecordSetProtections", "HostedZoneId"),
    ("DeleteReusableDelegationSet", "Id"),
    ("DeleteVPCAssociationAuthorization", "HostedZoneId"),
    ("DisableHostedZoneDNSSEC", "HostedZoneId"),
    ("DisassociateVPCFromHostedZone", "HostedZoneId"),
    ("EnableHostedZoneDNSSEC", "HostedZoneId"),
    ("GetChange", "Id"),
    ("GetDNSSEC", "HostedZoneId"),
    ("GetHostedZone", "Id"),
    ("GetHostedZoneLimit", "HostedZoneId"),
    ("GetReusableDelegationSet", "Id"),
    ("GetReusableDelegationSetLimit", "DelegationSetId"),
    ("ListHostedZones", "DelegationSetId"),
    ("ListHostedZonesByName", "HostedZoneId"),
    ("ListQueryLoggingConfigs", "HostedZoneId"),
    ("ListResourceRecordSetProtections", "HostedZoneId"),
    ("ListResourceRecordSets", "HostedZoneId"),
    ("ListTrafficPolicyInstances", "HostedZoneIdMarker"),
    ("ListTrafficPolicyInstancesByHostedZone", "HostedZoneId"),
    ("ListTrafficPolicyInstancesByPolicy", "HostedZoneIdMarker"),
    ("ListVPCAssociationAuthorizations", "HostedZoneId"),
    ("TestDNSAnswer", "HostedZoneId"),
    ("UpdateHostedZoneComment", "Id"),
    ("UpdateHostedZoneFeatures", "HostedZoneId"),
];

/// botocore's `fix_route53_ids`: an id from a previous response (`/hostedzone/Z123`,
/// `/change/C1`, `/delegationset/N1`) is sent as the text after its last `/`.
pub(super) fn fix_route53_ids(op: &Operation, input: &mut dyn Struct) -> Result<(), SdkError> {
    for (_, member) in ID_MEMBERS.iter().filter(|(o, _)| *o == op.name) {
        let Some(v) = str_member(input, member) else {
            continue;
        };
        if let Some((_, last)) = v.rsplit_once('/') {
            let last = last.to_string();
            set_str_member(input, member, last)?;
        }
    }
    Ok(())
}

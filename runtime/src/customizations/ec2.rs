//! EC2 and Auto Scaling: botocore's `base64_encode_user_data`.

use base64::Engine;

use super::{set_str_member, str_member};
use crate::data::Struct;
use crate::error::SdkError;

/// botocore's `base64_encode_user_data` (EC2 `RunInstances`, Auto Scaling
/// `CreateLaunchConfiguration`): `UserData` is sent as the standard base64 of its UTF-8
/// bytes. Only these two operations: for the others the caller encodes, as with boto3.
pub(super) fn base64_encode_user_data(input: &mut dyn Struct) -> Result<(), SdkError> {
    let Some(v) = str_member(input, "UserData") else {
        return Ok(());
    };
    let encoded = base64::engine::general_purpose::STANDARD.encode(v.as_bytes());
    set_str_member(input, "UserData", encoded)
}

//! HTTP bindings shared by rest-json and rest-xml (botocore's `BaseRestSerializer` and
//! `BaseRestParser`), and the host prefix of any protocol.

use crate::data::{Get, Struct};
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::Operation;
use crate::schema::flags;

/// Expands the operation's `endpoint.hostPrefix`, substituting `{Label}` with the input
/// member `Label` (marked `hostLabel`). `None` when the operation has no host prefix.
///
/// A label value that is missing, empty, or holds anything but ASCII letters, digits,
/// hyphens and periods is a [`SdkErrorKind::ParamValidation`] error, as in botocore.
pub fn host_prefix(op: &Operation, input: &dyn Struct) -> Result<Option<String>, SdkError> {
    let Some(template) = op.host_prefix else {
        return Ok(None);
    };
    let schema = input.schema();
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(SdkError::new(
                SdkErrorKind::Serialization,
                format!("unterminated label in host prefix {template:?}"),
            ));
        };
        let label = &after[..close];
        let value = schema
            .members
            .iter()
            .enumerate()
            .find(|(_, m)| m.name == label && m.has(flags::HOST_LABEL))
            .and_then(|(i, _)| input.field(i))
            .map(|d| d.get());
        let value = match value {
            Some(Get::Str(s)) => s,
            _ => {
                return Err(SdkError::new(
                    SdkErrorKind::ParamValidation,
                    format!("Missing required parameter in input: \"{label}\" (host label)"),
                ))
            }
        };
        if value.is_empty()
            || !value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(SdkError::new(
                SdkErrorKind::ParamValidation,
                format!(
                    "Invalid value for parameter(s): {label}. Must contain only alphanumeric \
                     characters, hyphen, or period."
                ),
            ));
        }
        out.push_str(value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(Some(out))
}

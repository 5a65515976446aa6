//! Presigned URLs (boto3's `generate_presigned_url`): the call's request is built as for
//! sending — serialize, resolve the endpoint, prepare — and signed into its query string
//! instead of sent.

use std::time::Duration;

use super::prepare::set_header;
use super::signing::SigningTarget;
use super::{sdk, Handle};
use crate::auth::sigv4::{self, SigningParams};
use crate::data::Struct;
use crate::endpoint;
use crate::error::{SdkError, SdkErrorKind};
use crate::operation::Operation;

impl Handle {
    /// [`Handle::presign`] for the operation named `name` (model name or snake_case) among `ops`.
    pub async fn presign_by_name(
        &self,
        ops: &'static [&'static Operation],
        name: &str,
        mut input: impl Struct,
        expires_in: Duration,
    ) -> Result<String, SdkError> {
        let wanted: String = name.chars().filter(|c| *c != '_').collect();
        let op = ops
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                sdk(
                    SdkErrorKind::ParamValidation,
                    format!("unknown operation {name:?}"),
                )
            })?;
        if !std::ptr::eq(input.schema(), op.input) {
            return Err(sdk(
                SdkErrorKind::ParamValidation,
                format!(
                    "the input is a {}, but {} takes a {}",
                    input.schema().name,
                    op.name,
                    op.input.name
                ),
            ));
        }
        self.presign(op, &mut input, expires_in).await
    }

    /// A presigned URL for `op` with `input`, valid for `expires_in` (boto3's `generate_presigned_url`).
    pub async fn presign(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        expires_in: Duration,
    ) -> Result<String, SdkError> {
        let inner = &*self.inner;
        crate::customizations::before_parameter_build(inner.service, op, input)?;
        let request = crate::protocol::serialize(inner.service, op, input)?;
        let account_id = self.account_id_for_endpoint().await?;
        let endpoint = self.resolve_endpoint(op, input, account_id.as_deref())?;
        let mut req = self.prepare(op, input, request, &endpoint)?;
        req.headers_mut().remove(http::header::USER_AGENT);
        req.headers_mut().remove("x-amz-user-agent");
        req.headers_mut().remove(http::header::CONTENT_LENGTH);
        if let Some(host) = req.uri().authority().map(|a| a.as_str().to_string()) {
            set_header(&mut req, "host", &host)?;
        }
        let creds = self.credentials().await?;
        let schemes = endpoint::auth_schemes(&endpoint);
        let SigningTarget {
            region,
            name,
            settings,
            ..
        } = self.signing_target(&schemes, true);
        let params = SigningParams {
            credentials: &creds,
            region: &region,
            service: &name,
            time: inner.skew.now(),
            settings,
        };
        sigv4::presign(&req, &params, expires_in).map_err(SdkError::from)
    }
}

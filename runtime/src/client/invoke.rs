//! The public entry points of a call: [`Handle::invoke`] (what generated operation
//! methods call), [`Handle::invoke_with_meta`], [`Handle::invoke_dynamic`]; the
//! whole-call timeout; and turning a raw failure into the typed [`Error`].

use std::sync::atomic::{AtomicU32, Ordering};

use super::{sdk, Builder, Handle, RawError, ServiceFailure};
use crate::data::Struct;
use crate::dynamic::DynStruct;
use crate::error::{Error, OperationError, SdkError, SdkErrorKind, ServiceError, Unmodelled};
use crate::meta::ResponseMeta;
use crate::operation::{Operation, Service};

impl Handle {
    /// A handle for `service` configured from the environment and profile.
    pub fn new(service: &'static Service) -> Result<Handle, SdkError> {
        Builder::new(service).build()
    }

    /// A builder for `service`.
    pub fn builder(service: &'static Service) -> Builder {
        Builder::new(service)
    }

    /// Calls `op` with a schema-shaped dynamic input (no generated type needed) and returns
    /// the output the same way; service errors keep code, message and request id.
    pub async fn invoke_dynamic(
        &self,
        op: &'static Operation,
        input: &mut DynStruct,
    ) -> Result<DynStruct, Error<Unmodelled>> {
        let mut out = DynStruct::new(op.output);
        match self.call(op, input, &mut out).await {
            Ok(_) => Ok(out),
            Err(RawError::Sdk(e)) => Err(Error::Sdk(e)),
            Err(RawError::Service(f)) => Err(Error::Service(ServiceError {
                kind: Unmodelled,
                meta: Box::new(f.meta),
            })),
        }
    }

    /// Calls `op` with `input` and parses the output or the typed error.
    pub async fn invoke<I, O, E>(&self, op: &'static Operation, input: I) -> Result<O, Error<E>>
    where
        I: Struct,
        O: Struct + Default,
        E: OperationError,
    {
        self.invoke_with_meta(op, input).await.map(|(o, _)| o)
    }

    /// Like [`Handle::invoke`], also returning the response metadata.
    pub async fn invoke_with_meta<I, O, E>(
        &self,
        op: &'static Operation,
        mut input: I,
    ) -> Result<(O, ResponseMeta), Error<E>>
    where
        I: Struct,
        O: Struct + Default,
        E: OperationError,
    {
        let mut out = O::default();
        match self.call(op, &mut input, &mut out).await {
            Ok(meta) => {
                out.set_response_meta(meta.clone());
                Ok((out, meta))
            }
            Err(RawError::Sdk(e)) => Err(Error::Sdk(e)),
            Err(RawError::Service(f)) => Err(Error::Service(self.typed_error(op, *f))),
        }
    }

    /// The modelled error a service failure is (its members read from the response),
    /// or the unmodelled one.
    fn typed_error<E: OperationError>(
        &self,
        op: &'static Operation,
        failure: ServiceFailure,
    ) -> ServiceError<E> {
        let ServiceFailure {
            meta,
            index,
            head,
            body,
        } = failure;
        let mut kind = E::from_index(index);
        if let Some(target) = kind.as_struct_mut() {
            // A modelled error whose members cannot be read keeps its code and message.
            if let Err(e) =
                crate::protocol::parse_error_members(self.inner.service, op, &head, &body, target)
            {
                tracing::debug!(error = %e, "could not read the modelled error's members");
            }
        }
        ServiceError {
            kind,
            meta: Box::new(meta),
        }
    }

    /// One call, within the operation timeout when one is set.
    async fn call(
        &self,
        op: &'static Operation,
        input: &mut dyn Struct,
        out: &mut dyn Struct,
    ) -> Result<ResponseMeta, RawError> {
        use tracing::Instrument;
        let span = tracing::debug_span!(
            "kumo.call",
            service = self.inner.service.name,
            operation = op.name
        );
        // Attempts started so far, so a timed-out call still reports them.
        let started = AtomicU32::new(0);
        let call = self
            .call_attempts(op, input, out, &started)
            .instrument(span);
        match self.inner.operation_timeout {
            Some(limit) => match tokio::time::timeout(limit, call).await {
                Ok(r) => r,
                Err(_) => Err(RawError::Sdk(
                    sdk(
                        SdkErrorKind::OperationTimeout,
                        format!("{} did not finish within {limit:?}", op.name),
                    )
                    .with_attempts(started.load(Ordering::Relaxed)),
                )),
            },
            None => call.await,
        }
    }
}

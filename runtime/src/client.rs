//! The request pipeline: serialize → resolve endpoint → sign → send → retry → parse.
//!
//! A generated `Client` holds a [`Handle`] and each operation method is one call to
//! [`Handle::invoke`] with the operation's static metadata.

use std::sync::Arc;

use crate::data::Struct;
use crate::error::{Error, OperationError, SdkError, SdkErrorKind};
use crate::operation::{Operation, Service};

/// The shared state of a client: its service, configuration and connections.
#[derive(Clone, Debug)]
pub struct Handle {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    service: &'static Service,
}

impl Handle {
    /// A handle for `service`.
    pub fn new(service: &'static Service) -> Result<Handle, SdkError> {
        Ok(Handle {
            inner: Arc::new(Inner { service }),
        })
    }

    /// The service this handle calls.
    pub fn service(&self) -> &'static Service {
        self.inner.service
    }

    /// Calls `op` with `input` and parses the output or the typed error.
    pub async fn invoke<I, O, E>(&self, op: &'static Operation, input: I) -> Result<O, Error<E>>
    where
        I: Struct,
        O: Struct + Default,
        E: OperationError,
    {
        let _ = (op, &input);
        Err(Error::Sdk(SdkError::new(
            SdkErrorKind::Config,
            "the pipeline is not wired yet",
        )))
    }
}

//! Request settings: parameter validation (botocore's `ParamValidator` switch), request
//! compression (`RequestCompressor`: `disable_request_compression`,
//! `request_min_compression_size_bytes`) and flexible checksums
//! (`request_checksum_calculation`, `response_checksum_validation`).

use crate::config::error::{invalid, unsupported, ConfigError};
use crate::config::loader::SharedConfig;
use crate::config::settings::{
    parse_choice, ConfigSource, DISABLE_REQUEST_COMPRESSION, PARAMETER_VALIDATION,
    REQUEST_CHECKSUM_CALCULATION, REQUEST_MIN_COMPRESSION_SIZE_BYTES, RESPONSE_CHECKSUM_VALIDATION,
};
use crate::config::values::ChecksumMode;

/// botocore's default `request_min_compression_size_bytes`.
const DEFAULT_MIN_COMPRESSION_SIZE: u64 = 10_240;
/// The largest `request_min_compression_size_bytes` botocore accepts (1 MiB).
const MAX_MIN_COMPRESSION_SIZE: u64 = 1_048_576;

/// The request part of a [`ClientConfig`](crate::config::ClientConfig).
pub(super) struct RequestSettings {
    pub(super) parameter_validation: bool,
    pub(super) disable_request_compression: bool,
    pub(super) request_min_compression_size_bytes: u64,
    pub(super) request_checksum_calculation: ChecksumMode,
    pub(super) response_checksum_validation: ChecksumMode,
}

impl SharedConfig {
    pub(super) fn request_settings(&self) -> Result<RequestSettings, ConfigError> {
        let c = &self.config;
        Ok(RequestSettings {
            parameter_validation: c
                .parameter_validation
                .unwrap_or_else(|| self.lookup_flag(&PARAMETER_VALIDATION).unwrap_or(true)),
            disable_request_compression: self
                .flag(c.disable_request_compression, &DISABLE_REQUEST_COMPRESSION),
            request_min_compression_size_bytes: self.min_compression_size()?,
            request_checksum_calculation: self.choice(
                c.request_checksum_calculation,
                &REQUEST_CHECKSUM_CALCULATION,
                ChecksumMode::WhenSupported,
            )?,
            response_checksum_validation: self.response_checksum_validation()?,
        })
    }

    /// `response_checksum_validation`. botocore's default, `when_supported`, validates
    /// the flexible checksums of responses (and asks S3 for them); Kumo validates none
    /// yet, so what it does is `when_required`, which is what it reports when nothing is
    /// configured, and a configured `when_supported` is refused rather than ignored.
    fn response_checksum_validation(&self) -> Result<ChecksumMode, ConfigError> {
        let c = &self.config;
        let (mode, src) = match c.response_checksum_validation {
            Some(m) => (m, ConfigSource::Explicit),
            None => match self.lookup(&RESPONSE_CHECKSUM_VALIDATION) {
                Some((v, src)) => (
                    parse_choice(&v, src.clone(), RESPONSE_CHECKSUM_VALIDATION.name)?,
                    src,
                ),
                None => return Ok(ChecksumMode::WhenRequired),
            },
        };
        if mode == ChecksumMode::WhenSupported {
            return Err(unsupported(
                RESPONSE_CHECKSUM_VALIDATION.name,
                src,
                mode,
                "response checksum validation (flexible checksums; not built yet)",
            ));
        }
        Ok(mode)
    }

    /// An integer in `1..=1048576` from any source, the explicit one included.
    fn min_compression_size(&self) -> Result<u64, ConfigError> {
        let (raw, src) = match self.config.request_min_compression_size_bytes {
            Some(n) => (n.to_string(), ConfigSource::Explicit),
            None => self
                .lookup(&REQUEST_MIN_COMPRESSION_SIZE_BYTES)
                .unwrap_or_else(|| {
                    (
                        DEFAULT_MIN_COMPRESSION_SIZE.to_string(),
                        ConfigSource::Default,
                    )
                }),
        };
        match raw.trim().parse::<u64>() {
            Ok(n) if (1..=MAX_MIN_COMPRESSION_SIZE).contains(&n) => Ok(n),
            _ => Err(invalid(
                REQUEST_MIN_COMPRESSION_SIZE_BYTES.name,
                src,
                raw,
                "an integer between 1 and 1048576",
            )),
        }
    }
}

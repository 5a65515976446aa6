//! The rustls client configuration: roots, client certificate, verification switch.

use std::path::Path;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::error::{HttpError, HttpErrorKind};
use super::settings::HttpSettings;

fn config_err(message: String) -> HttpError {
    HttpError::new(HttpErrorKind::Config, message)
}

fn read_certs(path: &Path, what: &str) -> Result<Vec<CertificateDer<'static>>, HttpError> {
    let iter = CertificateDer::pem_file_iter(path).map_err(|e| {
        config_err(format!("cannot read the {what} {}", path.display())).with_source(e)
    })?;
    let certs = iter.collect::<Result<Vec<_>, _>>().map_err(|e| {
        config_err(format!("cannot parse the {what} {}", path.display())).with_source(e)
    })?;
    if certs.is_empty() {
        return Err(config_err(format!(
            "the {what} {} holds no PEM certificate",
            path.display()
        )));
    }
    Ok(certs)
}

/// Builds the client TLS configuration for `settings`, offering the ALPN protocols `alpn`
/// (`http/1.1` for the HTTP/1.1 pool, `h2` for the HTTP/2 one).
pub(crate) fn client_config(
    settings: &HttpSettings,
    alpn: &[u8],
) -> Result<Arc<ClientConfig>, HttpError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| config_err("no usable TLS protocol version".into()).with_source(e))?;
    let builder = if settings.verify {
        let mut roots = RootCertStore::empty();
        match &settings.ca_bundle {
            Some(path) => {
                for cert in read_certs(path, "CA bundle")? {
                    roots.add(cert).map_err(|e| {
                        config_err(format!(
                            "a certificate in the CA bundle {} is unusable",
                            path.display()
                        ))
                        .with_source(e)
                    })?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        builder.with_root_certificates(roots)
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerification(provider)))
    };
    let mut config = match &settings.client_cert {
        Some((cert_path, key_path)) => {
            let certs = read_certs(cert_path, "client certificate")?;
            let key = PrivateKeyDer::from_pem_file(key_path).map_err(|e| {
                config_err(format!(
                    "cannot read a private key from {}",
                    key_path.display()
                ))
                .with_source(e)
            })?;
            builder.with_client_auth_cert(certs, key).map_err(|e| {
                config_err(format!(
                    "the client certificate {} cannot be used",
                    cert_path.display()
                ))
                .with_source(e)
            })?
        }
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![alpn.to_vec()];
    Ok(Arc::new(config))
}

/// `verify = false`: accepts any certificate, still checks handshake signatures.
#[derive(Debug)]
struct NoVerification(Arc<CryptoProvider>);

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

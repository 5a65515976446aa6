//! The rustls client configuration: roots, client certificate, verification switch.

use std::path::Path;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::error::{HttpError, HttpErrorKind};
use super::settings::{ClientCert, HttpSettings};

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

fn add_bundle(roots: &mut RootCertStore, path: &Path, what: &str) -> Result<(), HttpError> {
    for cert in read_certs(path, what)? {
        roots.add(cert).map_err(|e| {
            config_err(format!(
                "a certificate in the {what} {} is unusable",
                path.display()
            ))
            .with_source(e)
        })?;
    }
    Ok(())
}

/// Builds the client TLS configuration for endpoints, offering the ALPN protocols `alpn`
/// (`http/1.1` for the HTTP/1.1 pool, `h2` for the HTTP/2 one): `verify`, `ca_bundle`,
/// `client_cert`.
pub(crate) fn client_config(
    settings: &HttpSettings,
    alpn: &[u8],
) -> Result<Arc<ClientConfig>, HttpError> {
    build(
        settings,
        None,
        settings.client_cert.as_ref(),
        "client_cert",
        alpn,
    )
}

/// The TLS configuration for `https://` proxies (botocore's `proxies_config`): the
/// endpoint roots plus `proxy_ca_bundle`, and `proxy_client_cert` (never the endpoint's
/// `client_cert`, as urllib3). Offers ALPN `http/1.1`: Kumo speaks HTTP/1.1 to proxies.
pub(crate) fn proxy_config(settings: &HttpSettings) -> Result<Arc<ClientConfig>, HttpError> {
    let pc = &settings.proxies_config;
    build(
        settings,
        pc.proxy_ca_bundle.as_deref(),
        pc.proxy_client_cert.as_ref(),
        "proxy_client_cert",
        b"http/1.1",
    )
}

fn build(
    settings: &HttpSettings,
    extra_roots: Option<&Path>,
    client_cert: Option<&ClientCert>,
    knob: &str,
    alpn: &[u8],
) -> Result<Arc<ClientConfig>, HttpError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| config_err("no usable TLS protocol version".into()).with_source(e))?;
    let builder = if settings.verify {
        let mut roots = RootCertStore::empty();
        match &settings.ca_bundle {
            Some(path) => add_bundle(&mut roots, path, "CA bundle")?,
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        if let Some(path) = extra_roots {
            add_bundle(&mut roots, path, "proxy CA bundle (proxy_ca_bundle)")?;
        }
        builder.with_root_certificates(roots)
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerification(provider)))
    };
    let mut config = match client_cert {
        Some(cc) => {
            let certs = read_certs(&cc.cert, &format!("certificate of {knob}"))?;
            let key_path = cc.key.as_deref().unwrap_or(&cc.cert);
            let key = PrivateKeyDer::from_pem_file(key_path).map_err(|e| {
                config_err(format!(
                    "cannot read the private key of {knob} from {}",
                    key_path.display()
                ))
                .with_source(e)
            })?;
            builder.with_client_auth_cert(certs, key).map_err(|e| {
                config_err(format!(
                    "the certificate of {knob} ({}) cannot be used",
                    cc.cert.display()
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

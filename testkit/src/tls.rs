//! Test-only TLS material and configurations: the runtime's test CA, a server certificate
//! for `localhost` / `127.0.0.1` signed by it, and a client certificate (mutual TLS) signed
//! by it. The files live in `runtime/src/http/testdata/` (see its README); the keys
//! protect nothing.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};

fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../runtime/src/http/testdata")
        .join(name)
}

/// The test CA certificate (PEM): a `ca_bundle` that trusts the test servers.
pub fn ca_pem() -> PathBuf {
    testdata("ca.pem")
}

/// The client certificate (PEM) the test servers accept for mutual TLS.
pub fn client_pem() -> PathBuf {
    testdata("client.pem")
}

/// The private key (PEM) of [`client_pem`].
pub fn client_key() -> PathBuf {
    testdata("client.key")
}

fn certs(name: &str) -> Vec<CertificateDer<'static>> {
    let path = testdata(name);
    match CertificateDer::pem_file_iter(&path).map(|i| i.collect::<Result<Vec<_>, _>>()) {
        Ok(Ok(c)) => c,
        _ => panic!("testkit: cannot read {}", path.display()),
    }
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn ca_roots() -> rustls::RootCertStore {
    let mut roots = rustls::RootCertStore::empty();
    for c in certs("ca.pem") {
        if roots.add(c).is_err() {
            panic!("testkit: the test CA is unusable");
        }
    }
    roots
}

/// A server configuration with the test server certificate (valid for `localhost` and
/// `127.0.0.1`). With `client_auth`, the handshake fails unless the client presents a
/// certificate signed by the test CA ([`client_pem`]). ALPN: `http/1.1`.
pub fn server_config(client_auth: bool) -> Arc<rustls::ServerConfig> {
    let key = match PrivateKeyDer::from_pem_file(testdata("server.key")) {
        Ok(k) => k,
        Err(e) => panic!("testkit: cannot read the server key: {e}"),
    };
    let builder = match rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
    {
        Ok(b) => b,
        Err(e) => panic!("testkit: {e}"),
    };
    let builder = if client_auth {
        match rustls::server::WebPkiClientVerifier::builder_with_provider(
            Arc::new(ca_roots()),
            provider(),
        )
        .build()
        {
            Ok(v) => builder.with_client_cert_verifier(v),
            Err(e) => panic!("testkit: {e}"),
        }
    } else {
        builder.with_no_client_auth()
    };
    let mut config = match builder.with_single_cert(certs("server.pem"), key) {
        Ok(c) => c,
        Err(e) => panic!("testkit: {e}"),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(config)
}

/// A TLS acceptor for [`server_config`].
pub fn acceptor(client_auth: bool) -> tokio_rustls::TlsAcceptor {
    tokio_rustls::TlsAcceptor::from(server_config(client_auth))
}

/// A TLS connector that trusts the test CA (for the test proxy's own upstream
/// connections).
pub(crate) fn connector() -> tokio_rustls::TlsConnector {
    let config = match rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
    {
        Ok(b) => b.with_root_certificates(ca_roots()).with_no_client_auth(),
        Err(e) => panic!("testkit: {e}"),
    };
    tokio_rustls::TlsConnector::from(Arc::new(config))
}

/// `host` as a TLS server name.
pub(crate) fn server_name(host: &str) -> Option<ServerName<'static>> {
    ServerName::try_from(host.to_string()).ok()
}

//! A moto server (the AWS emulator) on 127.0.0.1 for one test: started on a free port,
//! killed when dropped. `cargo xtask test` installs `moto[server]`; `$KUMO_PYTHON`
//! chooses the Python that runs it. [`client!`] builds a generated client against it
//! (`client!(kumo_s3::Client, moto)`).
//!
//! ```no_run
//! use kumo_testkit::moto::Moto;
//!
//! let moto = Moto::start();
//! // What a user would pass to any generated client: moto's URL and a region.
//! let config = moto.config();
//! assert!(moto.url.starts_with("http://127.0.0.1:"));
//! ```

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kumo_runtime::config::{Config, MapEnv};
use kumo_runtime::credentials::Credentials;

pub use crate::moto_client as client;

/// A running moto server.
pub struct Moto {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    pub url: String,
}

impl Moto {
    /// Starts `python3 -m moto.server` (or `$KUMO_PYTHON`) and waits until it answers.
    pub fn start() -> Moto {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("free port");
        let python = std::env::var("KUMO_PYTHON").unwrap_or_else(|_| "python3".into());
        let child = Command::new(&python)
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start moto with {python}: {e}; run `cargo xtask test`, which installs moto[server]"));
        let mut moto = Moto {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            if let Ok(Some(status)) = moto.child.try_wait() {
                panic!("moto exited early ({status}); is moto[server] installed? `cargo xtask test` installs it");
            }
            assert!(Instant::now() < deadline, "moto did not start within 60 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        moto
    }

    /// Configuration as a user would write it for moto: its URL, a region.
    pub fn config(&self) -> Config {
        Config::new()
            .endpoint_url(self.url.clone())
            .region_name("us-east-1")
    }

    /// An environment with only dummy credentials in it (no files from this machine).
    pub fn env(&self) -> Arc<MapEnv> {
        Arc::new(
            MapEnv::new()
                .with("AWS_ACCESS_KEY_ID", "testing")
                .with("AWS_SECRET_ACCESS_KEY", "testing")
                .with("AWS_CONFIG_FILE", "/nonexistent/config")
                .with("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
        )
    }

    /// Dummy credentials.
    pub fn credentials(&self) -> Credentials {
        Credentials::new("testing", "testing", None)
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Builds a generated client of type `$client` against a [`Moto`] (`moto::client!`
/// re-exports it): its URL and region, and an environment with only dummy credentials.
#[macro_export]
macro_rules! moto_client {
    ($client:path, $moto:expr) => {{
        <$client>::builder()
            .env($moto.env())
            .config($moto.config())
            .build()
            .expect("client")
    }};
}

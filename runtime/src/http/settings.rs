//! [`HttpSettings`] and proxy selection ([`Proxies`], `NO_PROXY` matching).

use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use super::error::{HttpError, HttpErrorKind};

/// How [`super::HyperClient`] connects (botocore's `Config` HTTP options).
#[derive(Clone, Debug)]
pub struct HttpSettings {
    /// Longest time to open a connection: TCP connect, proxy `CONNECT` and TLS handshake
    /// together. `None` waits forever. Default 60 s (botocore's `connect_timeout`).
    pub connect_timeout: Option<Duration>,
    /// Longest wait for the response headers once the request is on its way, and longest
    /// stall between two response body chunks. It is not a limit on the whole body.
    /// `None` waits forever. Default 60 s (botocore's `read_timeout`).
    pub read_timeout: Option<Duration>,
    /// Most requests in flight at once, and most open connections per host. Default 10
    /// (botocore's `max_pool_connections`). Values below 1 count as 1.
    pub max_pool_connections: usize,
    /// Proxies to use (botocore's `proxies`).
    pub proxies: Proxies,
    /// How proxies are reached (botocore's `proxies_config`).
    pub proxies_config: ProxiesConfig,
    /// A PEM file of CA certificates that replaces the bundled roots (botocore's `verify`
    /// path / `AWS_CA_BUNDLE` / `ca_bundle`).
    pub ca_bundle: Option<PathBuf>,
    /// The client certificate for mutual TLS with the endpoint (botocore's `client_cert`).
    pub client_cert: Option<ClientCert>,
    /// Verify server certificates. Default `true`; `false` is botocore's `verify=False`.
    pub verify: bool,
    /// Enable TCP keep-alive probes on connections (botocore's `tcp_keepalive`).
    pub tcp_keepalive: bool,
}

impl Default for HttpSettings {
    fn default() -> Self {
        HttpSettings {
            connect_timeout: Some(Duration::from_secs(60)),
            read_timeout: Some(Duration::from_secs(60)),
            max_pool_connections: 10,
            proxies: Proxies::default(),
            proxies_config: ProxiesConfig::default(),
            ca_bundle: None,
            client_cert: None,
            verify: true,
            tcp_keepalive: false,
        }
    }
}

/// A client certificate for mutual TLS (botocore's `client_cert`, or
/// `proxies_config.proxy_client_cert` for the proxy): a PEM certificate chain, and the PEM
/// private key, either in its own file (botocore's `(cert, key)` tuple) or in the
/// certificate file itself (botocore's single path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientCert {
    /// The certificate chain (PEM) file.
    pub cert: PathBuf,
    /// The private key (PEM) file, when it is not inside `cert`.
    pub key: Option<PathBuf>,
}

impl ClientCert {
    /// A certificate file that also holds the private key (botocore's single path).
    pub fn combined(path: impl Into<PathBuf>) -> ClientCert {
        ClientCert {
            cert: path.into(),
            key: None,
        }
    }

    /// A certificate file and a separate key file (botocore's `(cert, key)` tuple).
    pub fn with_key(cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> ClientCert {
        ClientCert {
            cert: cert.into(),
            key: Some(key.into()),
        }
    }
}

impl From<PathBuf> for ClientCert {
    fn from(path: PathBuf) -> ClientCert {
        ClientCert::combined(path)
    }
}

impl From<&std::path::Path> for ClientCert {
    fn from(path: &std::path::Path) -> ClientCert {
        ClientCert::combined(path)
    }
}

impl From<&str> for ClientCert {
    fn from(path: &str) -> ClientCert {
        ClientCert::combined(path)
    }
}

impl From<String> for ClientCert {
    fn from(path: String) -> ClientCert {
        ClientCert::combined(path)
    }
}

impl From<(PathBuf, PathBuf)> for ClientCert {
    fn from((cert, key): (PathBuf, PathBuf)) -> ClientCert {
        ClientCert::with_key(cert, key)
    }
}

impl From<(&str, &str)> for ClientCert {
    fn from((cert, key): (&str, &str)) -> ClientCert {
        ClientCert::with_key(cert, key)
    }
}

/// botocore's `proxies_config`: how a TLS (`https://`) proxy is reached, and whether
/// `https://` requests are forwarded through it instead of tunnelled. All three apply only
/// to `https://` proxy URLs, as in botocore (urllib3 uses them only for TLS to the proxy).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProxiesConfig {
    /// `proxy_ca_bundle`: a PEM file of CA certificates trusted for the proxy's own
    /// certificate, in addition to the roots that verify endpoints (`ca_bundle`, or the
    /// bundled roots), as urllib3 loads both.
    pub proxy_ca_bundle: Option<PathBuf>,
    /// `proxy_client_cert`: the client certificate presented to the proxy.
    pub proxy_client_cert: Option<ClientCert>,
    /// `proxy_use_forwarding_for_https`: send `https://` requests to an `https://` proxy in
    /// absolute form over the TLS connection to the proxy (the proxy sees the request),
    /// instead of a `CONNECT` tunnel. Default false; ignored for `http://` proxies.
    pub proxy_use_forwarding_for_https: bool,
}

/// Proxy URLs by target scheme, and the hosts that bypass them (botocore's `proxies` dict,
/// which it consults by scheme only, or `HTTP_PROXY` / `HTTPS_PROXY` / `NO_PROXY`).
///
/// A proxy URL is `http://[user:password@]host[:port]` or `https://…` (TLS to the proxy,
/// see [`ProxiesConfig`]); a missing scheme means `http://`, a missing port 80 (`http`) or
/// 443 (`https`). The user info becomes `Proxy-Authorization: Basic …`; `Debug` and errors
/// hide it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Proxies {
    /// Proxy for `http://` targets; requests go to it in absolute form.
    pub http: Option<String>,
    /// Proxy for `https://` targets; reached with a `CONNECT` tunnel (or forwarded, see
    /// [`ProxiesConfig::proxy_use_forwarding_for_https`]).
    pub https: Option<String>,
    /// Hosts that are reached directly: `*` (all), a host name, a domain suffix
    /// (`example.com` or `.example.com` also match `a.example.com`), an IP address, a CIDR
    /// range (`10.0.0.0/8`), each optionally with `:port`.
    pub no_proxy: Vec<String>,
}

impl Proxies {
    /// Reads `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` from the process environment
    /// (see [`Proxies::from_vars`]).
    pub fn from_env() -> Proxies {
        Proxies::from_vars(|name| std::env::var(name).ok())
    }

    /// Reads `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` through `var` (lower-case names win,
    /// as in Python's `urllib`). Empty or blank values count as unset; `NO_PROXY` is a
    /// comma-separated list. [`crate::config`] resolves the environment with this.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Proxies {
        let get = |name: &str| {
            let set = |v: &String| !v.trim().is_empty();
            var(&name.to_ascii_lowercase())
                .filter(set)
                .or_else(|| var(name).filter(set))
        };
        Proxies {
            http: get("HTTP_PROXY"),
            https: get("HTTPS_PROXY"),
            no_proxy: get("NO_PROXY")
                .map(|v| {
                    v.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Whether `host:port` is exempt from proxying by [`Proxies::no_proxy`].
    pub fn bypass(&self, host: &str, port: u16) -> bool {
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim_end_matches('.')
            .to_ascii_lowercase();
        let host_ip: Option<IpAddr> = host.parse().ok();
        self.no_proxy
            .iter()
            .any(|entry| no_proxy_matches(entry, &host, host_ip, port))
    }

    /// Parses the proxy URLs; `forward_https` is `proxy_use_forwarding_for_https`.
    pub(crate) fn parsed(&self, forward_https: bool) -> Result<ParsedProxies, HttpError> {
        Ok(ParsedProxies {
            http: self.http.as_deref().map(ProxyUrl::parse).transpose()?,
            https: self.https.as_deref().map(ProxyUrl::parse).transpose()?,
            no_proxy: self.clone(),
            forward_https,
        })
    }
}

impl fmt::Debug for Proxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Proxies")
            .field("http", &self.http.as_deref().map(redact_userinfo))
            .field("https", &self.https.as_deref().map(redact_userinfo))
            .field("no_proxy", &self.no_proxy)
            .finish()
    }
}

/// `http://user:secret@host` → `http://***@host`.
pub(crate) fn redact_userinfo(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) => (Some(s), r),
        None => (None, url),
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((_, host)) => format!("***@{host}"),
        None => authority.to_string(),
    };
    match scheme {
        Some(s) => format!("{s}://{authority}{path}"),
        None => format!("{authority}{path}"),
    }
}

fn no_proxy_matches(entry: &str, host: &str, host_ip: Option<IpAddr>, port: u16) -> bool {
    let entry = entry.trim().to_ascii_lowercase();
    if entry.is_empty() {
        return false;
    }
    if entry == "*" {
        return true;
    }
    // CIDR range.
    if let Some((net, bits)) = entry.split_once('/') {
        let (Some(ip), Ok(net), Ok(bits)) = (host_ip, net.parse::<IpAddr>(), bits.parse::<u8>())
        else {
            return false;
        };
        return in_network(ip, net, bits);
    }
    // A bare or bracketed IP address (IPv6 entries contain ':' so check them first).
    let unbracketed = entry.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = unbracketed.parse::<IpAddr>() {
        return host_ip == Some(ip);
    }
    // `name:port` or `[v6]:port`.
    let (name, entry_port) = match entry.rsplit_once(':') {
        Some((n, p)) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => {
            (n, p.parse::<u16>().ok())
        }
        _ => (entry.as_str(), None),
    };
    if let Some(p) = entry_port {
        if p != port {
            return false;
        }
    }
    let name = name.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = name.parse::<IpAddr>() {
        return host_ip == Some(ip);
    }
    let name = name
        .trim_start_matches("*.")
        .trim_start_matches('.')
        .trim_end_matches('.');
    if name.is_empty() {
        return false;
    }
    host == name
        || host
            .strip_suffix(name)
            .is_some_and(|prefix| prefix.ends_with('.'))
}

fn in_network(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) if bits <= 32 => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(bits))
            };
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) if bits <= 128 => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(bits))
            };
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

/// A parsed proxy URL.
#[derive(Clone)]
pub(crate) struct ProxyUrl {
    /// `https://`: TLS to the proxy.
    pub tls: bool,
    /// Host without brackets.
    pub host: String,
    pub port: u16,
    /// `Basic <base64(user:password)>`, when the URL has user info.
    pub authorization: Option<String>,
}

impl fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxyUrl")
            .field("tls", &self.tls)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("authorization", &self.authorization.as_ref().map(|_| "***"))
            .finish()
    }
}

impl ProxyUrl {
    pub(crate) fn parse(url: &str) -> Result<ProxyUrl, HttpError> {
        let bad = |why: &str| {
            HttpError::new(
                HttpErrorKind::Config,
                format!("invalid proxy URL {:?}: {why}", redact_userinfo(url)),
            )
        };
        let url = url.trim();
        // botocore's `_fix_proxy_url`: no scheme (or `//host`) means `http://`.
        let (tls, rest) = match url.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => (false, rest),
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => (true, rest),
            Some(_) => return Err(bad("the scheme must be http:// or https://")),
            None => (false, url.strip_prefix("//").unwrap_or(url)),
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or_else(|| bad("unclosed '['"))?;
            let port = match after.strip_prefix(':') {
                Some(p) => Some(p),
                None if after.is_empty() => None,
                None => return Err(bad("garbage after the IPv6 address")),
            };
            (h, port)
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (hostport, None),
            }
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let port = match port {
            Some(p) => p.parse::<u16>().map_err(|_| bad("bad port"))?,
            None if tls => 443,
            None => 80,
        };
        let authorization = match userinfo {
            Some(u) => {
                let (user, pass) = u.split_once(':').unwrap_or((u, ""));
                let raw = format!("{}:{}", percent_decode(user), percent_decode(pass));
                Some(format!("Basic {}", base64(raw.as_bytes())))
            }
            None => None,
        };
        Ok(ProxyUrl {
            tls,
            host: host.to_string(),
            port,
            authorization,
        })
    }
}

/// The proxies of a client, parsed once.
#[derive(Clone, Debug)]
pub(crate) struct ParsedProxies {
    http: Option<ProxyUrl>,
    https: Option<ProxyUrl>,
    no_proxy: Proxies,
    forward_https: bool,
}

/// How a request reaches its target.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Route<'a> {
    /// Straight to the target.
    Direct,
    /// To the proxy, in absolute form (`http://` targets; `https://` targets through an
    /// `https://` proxy with `proxy_use_forwarding_for_https`).
    Forward(&'a ProxyUrl),
    /// Through a `CONNECT` tunnel opened on the proxy, then TLS with the target.
    Tunnel(&'a ProxyUrl),
}

impl ParsedProxies {
    /// The proxy to use for a target, if any.
    /// Whether any proxy is reached over TLS.
    pub(crate) fn any_tls(&self) -> bool {
        [&self.http, &self.https]
            .into_iter()
            .any(|p| p.as_ref().is_some_and(|p| p.tls))
    }

    /// How a request to the target goes: direct, forwarded or tunnelled (urllib3's
    /// `connection_requires_http_tunnel`).
    pub(crate) fn route(&self, https: bool, host: &str, port: u16) -> Route<'_> {
        match self.for_target(https, host, port) {
            None => Route::Direct,
            Some(p) if !https || (p.tls && self.forward_https) => Route::Forward(p),
            Some(p) => Route::Tunnel(p),
        }
    }

    fn for_target(&self, https: bool, host: &str, port: u16) -> Option<&ProxyUrl> {
        let proxy = if https {
            self.https.as_ref()
        } else {
            self.http.as_ref()
        }?;
        if self.no_proxy.bypass(host, port) {
            None
        } else {
            Some(proxy)
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |c: &u8| (*c as char).to_digit(16);
            if let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Standard base64 with padding.
pub(crate) fn base64(input: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np(entries: &[&str]) -> Proxies {
        Proxies {
            no_proxy: entries.iter().map(|s| s.to_string()).collect(),
            ..Proxies::default()
        }
    }

    #[test]
    fn no_proxy_matching() {
        assert!(np(&["*"]).bypass("anything.example", 443));
        let p = np(&[
            "example.com",
            ".internal",
            "10.0.0.0/8",
            "192.168.1.5",
            "::1",
            "svc:8080",
            "*.corp",
        ]);
        assert!(p.bypass("example.com", 443));
        assert!(p.bypass("s3.example.com", 443));
        assert!(p.bypass("EXAMPLE.COM.", 443));
        assert!(!p.bypass("notexample.com", 443));
        assert!(p.bypass("a.internal", 80));
        assert!(p.bypass("internal", 80));
        assert!(p.bypass("10.1.2.3", 80));
        assert!(!p.bypass("11.1.2.3", 80));
        assert!(p.bypass("192.168.1.5", 80));
        assert!(!p.bypass("192.168.1.6", 80));
        assert!(p.bypass("[::1]", 443));
        assert!(p.bypass("svc", 8080));
        assert!(!p.bypass("svc", 8081));
        assert!(p.bypass("x.corp", 1));
        assert!(!np(&[]).bypass("example.com", 443));
        assert!(np(&["fd00::/8"]).bypass("fd12::1", 443));
        assert!(!np(&["fd00::/8"]).bypass("fe12::1", 443));
    }

    #[test]
    fn proxy_url_parsing() {
        let p = ProxyUrl::parse("http://us%40er:p%3Ass@proxy.local:3128/").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("proxy.local", 3128));
        // base64("us@er:p:ss")
        assert_eq!(p.authorization.as_deref(), Some("Basic dXNAZXI6cDpzcw=="));
        let p = ProxyUrl::parse("proxy:8080").unwrap();
        assert_eq!(
            (p.host.as_str(), p.port, p.authorization.is_none()),
            ("proxy", 8080, true)
        );
        let p = ProxyUrl::parse("http://[::1]:9").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("::1", 9));
        assert_eq!(ProxyUrl::parse("http://h").unwrap().port, 80);
        assert_eq!(
            ProxyUrl::parse("socks5://h").unwrap_err().kind(),
            HttpErrorKind::Config
        );
        let p = ProxyUrl::parse("https://proxy.local").unwrap();
        assert_eq!((p.tls, p.port), (true, 443));
        let p = ProxyUrl::parse("//proxy.local:81").unwrap();
        assert_eq!((p.tls, p.host.as_str(), p.port), (false, "proxy.local", 81));
        for bad in ["http://h:99999", "http://"] {
            assert_eq!(
                ProxyUrl::parse(bad).unwrap_err().kind(),
                HttpErrorKind::Config,
                "{bad}"
            );
        }
        let e = ProxyUrl::parse("http://u:secret@h:x").unwrap_err();
        assert!(!e.to_string().contains("secret"), "{e}");
    }

    #[test]
    fn debug_redacts_passwords() {
        let p = Proxies {
            http: Some("http://u:secret@h:1".into()),
            ..Proxies::default()
        };
        let s = format!("{p:?}");
        assert!(!s.contains("secret") && s.contains("***@h:1"), "{s}");
    }

    #[test]
    fn base64_rfc4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
        ];
        for (i, o) in cases {
            assert_eq!(base64(i.as_bytes()), o);
        }
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}

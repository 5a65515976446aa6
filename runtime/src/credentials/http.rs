//! A minimal HTTP/1.1 client for the metadata services (container credentials, IMDS):
//! plain `http://` only, one request per connection (`Connection: close`), a whole-call
//! timeout, bodies capped at 1 MiB, chunked or length-delimited or read-to-close bodies.
//! Anything malformed is a typed error.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const MAX_RESPONSE: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HttpError {
    /// The URL is not `http://host[:port]/path`.
    InvalidUrl(String),
    /// The connection failed.
    Connect(String),
    /// The whole call took longer than the timeout.
    Timeout,
    /// The response is not valid HTTP/1.x or is too large.
    Malformed(&'static str),
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpError::InvalidUrl(u) => {
                write!(f, "unsupported URL {u:?} (only http://host[:port]/path)")
            }
            HttpError::Connect(e) => write!(f, "connection failed: {e}"),
            HttpError::Timeout => write!(f, "timed out"),
            HttpError::Malformed(what) => write!(f, "malformed HTTP response: {what}"),
        }
    }
}

#[derive(Debug)]
pub(crate) struct HttpResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

/// `http://host[:port]/path` → (host for connecting, port, Host header, path).
pub(crate) fn split_url(url: &str) -> Result<(String, u16, String, String), HttpError> {
    let bad = || HttpError::InvalidUrl(url.to_string());
    let rest = url.strip_prefix("http://").ok_or_else(bad)?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_string()
    };
    if authority.is_empty() || authority.contains('@') {
        return Err(bad());
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']').ok_or_else(bad)?;
        let host = &v6[..end];
        let port = match &v6[end + 1..] {
            "" => 80,
            p => p
                .strip_prefix(':')
                .and_then(|p| p.parse().ok())
                .ok_or_else(bad)?,
        };
        (host.to_string(), port)
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse().map_err(|_| bad())?),
            None => (authority.to_string(), 80),
        }
    };
    if host.is_empty() || path.contains(['\r', '\n', ' ']) {
        return Err(bad());
    }
    Ok((host, port, authority.to_string(), path))
}

/// Sends one request; `headers` must not contain CR/LF (checked).
pub(crate) async fn send(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    timeout: Duration,
) -> Result<HttpResponse, HttpError> {
    let (host, port, authority, path) = split_url(url)?;
    if headers
        .iter()
        .any(|(k, v)| k.contains(['\r', '\n', ':']) || v.contains(['\r', '\n']))
    {
        return Err(HttpError::InvalidUrl("header contains a line break".into()));
    }
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n");
    if method != "GET" {
        req.push_str("Content-Length: 0\r\n");
    }
    for (k, v) in headers {
        req.push_str(k);
        req.push_str(": ");
        req.push_str(v);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    let call = async {
        let mut stream = TcpStream::connect((host.as_str(), port))
            .await
            .map_err(|e| HttpError::Connect(e.kind().to_string()))?;
        stream
            .write_all(req.as_bytes())
            .await
            .map_err(|e| HttpError::Connect(e.kind().to_string()))?;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 8192];
        loop {
            let n = stream
                .read(&mut chunk)
                .await
                .map_err(|e| HttpError::Connect(e.kind().to_string()))?;
            if n == 0 {
                break;
            }
            buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
            if buf.len() > MAX_RESPONSE {
                return Err(HttpError::Malformed("response larger than 1 MiB"));
            }
            // Stop early once a length-delimited body is complete.
            if let Some(done) = complete_len(&buf) {
                if buf.len() >= done {
                    break;
                }
            }
        }
        parse_response(&buf)
    };
    tokio::time::timeout(timeout, call)
        .await
        .map_err(|_| HttpError::Timeout)?
}

fn header_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// When the head is in and declares a Content-Length: the total response length.
fn complete_len(buf: &[u8]) -> Option<usize> {
    let end = header_end(buf)?;
    let head = std::str::from_utf8(buf.get(..end)?).ok()?;
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        if k.trim().eq_ignore_ascii_case("content-length") {
            v.trim().parse::<usize>().ok().map(|n| end + n)
        } else {
            None
        }
    })
}

pub(crate) fn parse_response(buf: &[u8]) -> Result<HttpResponse, HttpError> {
    let end = header_end(buf).ok_or(HttpError::Malformed("no end of headers"))?;
    let head = std::str::from_utf8(buf.get(..end).unwrap_or_default())
        .map_err(|_| HttpError::Malformed("headers are not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    if !version.starts_with("HTTP/1.") {
        return Err(HttpError::Malformed("bad status line"));
    }
    let status: u16 = parts
        .next()
        .filter(|s| s.len() == 3)
        .and_then(|s| s.parse().ok())
        .filter(|s| (100..600).contains(s))
        .ok_or(HttpError::Malformed("bad status code"))?;
    let mut content_length = None;
    let mut chunked = false;
    for line in lines {
        if line.is_empty() {
            continue;
        }
        let (k, v) = line
            .split_once(':')
            .ok_or(HttpError::Malformed("bad header line"))?;
        let k = k.trim();
        if k.eq_ignore_ascii_case("content-length") {
            content_length = Some(
                v.trim()
                    .parse::<usize>()
                    .map_err(|_| HttpError::Malformed("bad content-length"))?,
            );
        } else if k.eq_ignore_ascii_case("transfer-encoding")
            && v.to_ascii_lowercase().contains("chunked")
        {
            chunked = true;
        }
    }
    let raw = buf.get(end..).unwrap_or_default();
    let body = if chunked {
        decode_chunked(raw)?
    } else if let Some(n) = content_length {
        raw.get(..n)
            .ok_or(HttpError::Malformed("body shorter than content-length"))?
            .to_vec()
    } else {
        raw.to_vec()
    };
    Ok(HttpResponse { status, body })
}

fn decode_chunked(mut raw: &[u8]) -> Result<Vec<u8>, HttpError> {
    let bad = HttpError::Malformed("bad chunked body");
    let mut out = Vec::new();
    loop {
        let line_end = raw
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or(bad.clone())?;
        let size_line = std::str::from_utf8(raw.get(..line_end).unwrap_or_default())
            .map_err(|_| bad.clone())?;
        let size_hex = size_line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| bad.clone())?;
        raw = raw.get(line_end + 2..).ok_or(bad.clone())?;
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(raw.get(..size).ok_or(bad.clone())?);
        raw = raw.get(size..).ok_or(bad.clone())?;
        raw = raw.strip_prefix(b"\r\n").ok_or(bad.clone())?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            split_url("http://169.254.170.2/v2/creds?id=1").unwrap(),
            (
                "169.254.170.2".into(),
                80,
                "169.254.170.2".into(),
                "/v2/creds?id=1".into()
            )
        );
        assert_eq!(
            split_url("http://[fd00:ec2::254]/latest").unwrap(),
            (
                "fd00:ec2::254".into(),
                80,
                "[fd00:ec2::254]".into(),
                "/latest".into()
            )
        );
        assert_eq!(split_url("http://127.0.0.1:8080").unwrap().1, 8080);
        for bad in ["https://x/", "http://x:notaport/", "http:///path"] {
            assert!(
                matches!(split_url(bad), Err(HttpError::InvalidUrl(u)) if u == bad),
                "{bad}"
            );
        }
    }

    #[test]
    fn responses() {
        let r = parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiEXTRA").unwrap();
        assert_eq!((r.status, r.body.as_slice()), (200, &b"hi"[..]));
        let r = parse_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").unwrap();
        assert_eq!(r.body, b"abcde");
        let r = parse_response(b"HTTP/1.0 404 Not Found\r\n\r\nnope").unwrap();
        assert_eq!((r.status, r.body.as_slice()), (404, &b"nope"[..]));
        for bad in [
            &b"garbage"[..],
            b"HTTP/1.1 abc OK\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"SMTP 200\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nnocolon\r\n\r\n",
        ] {
            assert!(
                matches!(parse_response(bad), Err(HttpError::Malformed(_))),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}

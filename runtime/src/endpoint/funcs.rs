//! The rules engine's standard library (string, URL and ARN functions), following botocore.

use std::net::Ipv6Addr;
use std::ops::Range;

/// `parseURL`'s result; `authority` and `path` are byte ranges of the parsed string.
#[derive(Debug)]
pub(crate) struct UrlParts {
    pub scheme: &'static str,
    pub authority: Range<usize>,
    pub path: Range<usize>,
    pub normalized_path: String,
    pub is_ip: bool,
}

/// `aws.parseArn`'s result, as byte ranges of the parsed string.
#[derive(Debug)]
pub(crate) struct ArnParts {
    pub partition: Range<usize>,
    pub service: Range<usize>,
    pub region: Range<usize>,
    pub account_id: Range<usize>,
    pub resource_id: Vec<Range<usize>>,
}

/// The byte range of `part` within `whole` (`part` must be a sub-slice of `whole`).
fn range_in(whole: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    if start > whole.len() || whole.len() - start < part.len() {
        return 0..0;
    }
    start..start + part.len()
}

/// RFC 1123 host label: 1–63 of `[a-zA-Z0-9-]`, not starting or ending with `-`.
/// With `allow_subdomains`, every `.`-separated label must be valid.
pub(crate) fn is_valid_host_label(value: &str, allow_subdomains: bool) -> bool {
    if allow_subdomains {
        value.split('.').all(is_label)
    } else {
        is_label(value)
    }
}

fn is_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b.first() != Some(&b'-')
        && b.last() != Some(&b'-')
}

/// `^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$`
pub(crate) fn looks_like_ipv4(s: &str) -> bool {
    let mut n = 0;
    for part in s.split('.') {
        n += 1;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    n == 4
}

/// A bucket name usable as a virtual host: at least 3 characters, no upper case, not an IPv4
/// address, and a valid host label (each label with `allow_subdomains`).
pub(crate) fn is_virtual_hostable_s3_bucket(value: &str, allow_subdomains: bool) -> bool {
    // Host labels are ASCII, so byte length and ASCII case checks suffice.
    value.is_ascii()
        && value.len() >= 3
        && !value.bytes().any(|c| c.is_ascii_uppercase())
        && !looks_like_ipv4(value)
        && is_valid_host_label(value, allow_subdomains)
}

/// `value[start..stop]` (or counted from the end with `reverse`); none unless ASCII and in range.
pub(crate) fn substring(value: &str, start: usize, stop: usize, reverse: bool) -> Option<&str> {
    if start >= stop || value.len() < stop || !value.is_ascii() {
        return None;
    }
    if reverse {
        value.get(value.len() - stop..value.len() - start)
    } else {
        value.get(start..stop)
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn percent_encode_into(out: &mut String, s: &str, keep: impl Fn(u8) -> bool) {
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes everything except `A-Za-z0-9-._~` (UTF-8 bytes, upper-case hex).
pub(crate) fn uri_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    percent_encode_into(&mut out, s, unreserved);
    out
}

/// RFC 3986 dot-segment removal, also collapsing empty segments (botocore's `remove_dot_segments`).
fn remove_dot_segments(path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    let first = if path.starts_with('/') { "/" } else { "" };
    let last = if path.ends_with('/') && !out.is_empty() {
        "/"
    } else {
        ""
    };
    format!("{first}{}{last}", out.join("/"))
}

fn is_ipv6_host(host: &str) -> bool {
    // `host` is the text between the brackets; an optional zone id follows `%` or `%25`.
    let (addr, zone) = match host.find('%') {
        Some(i) => (&host[..i], Some(&host[i + 1..])),
        None => (host, None),
    };
    if addr.parse::<Ipv6Addr>().is_err() {
        return false;
    }
    match zone {
        None => true,
        Some(z) => {
            let z = z.strip_prefix("25").filter(|r| !r.is_empty()).unwrap_or(z);
            let b = z.as_bytes();
            if b.is_empty() {
                return false;
            }
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'%' {
                    if !b
                        .get(i + 1..i + 3)
                        .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
                    {
                        return false;
                    }
                    i += 3;
                } else if unreserved(b[i]) || b[i] == b'!' {
                    i += 1;
                } else {
                    return false;
                }
            }
            true
        }
    }
}

/// `parseURL`, following botocore (Python's `urlparse`): `http`/`https` only, no query, a
/// numeric port if any. The path is kept as given; `normalizedPath` has dot segments and empty
/// segments removed, is percent-encoded (keeping `/`) and ends with `/`.
pub(crate) fn parse_url(value: &str) -> Option<UrlParts> {
    if value.contains(['\t', '\r', '\n']) {
        // urlparse would silently drop these; an endpoint containing them is not usable.
        return None;
    }
    let url = value.trim_start_matches(|c: char| c <= ' ');
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let scheme_ok = scheme
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphabetic)
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    if !scheme_ok {
        return None;
    }
    let scheme = if scheme.eq_ignore_ascii_case("http") {
        "http"
    } else if scheme.eq_ignore_ascii_case("https") {
        "https"
    } else {
        return None;
    };
    let mut rest = &url[colon + 1..];
    let mut authority = &rest[..0];
    if let Some(after) = rest.strip_prefix("//") {
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        authority = &after[..end];
        rest = &after[end..];
    }
    if authority.contains('[') != authority.contains(']') {
        return None;
    }
    let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if !query.is_empty() {
        return None;
    }
    // Host and port, as urlparse finds them.
    let hostinfo = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if let Some(after) = hostinfo.strip_prefix('[') {
        let close = after.find(']')?;
        let host = &after[..close];
        if !is_ipv6_host(host) && !host.starts_with(['v', 'V']) {
            return None;
        }
        let port = after[close + 1..].split_once(':').map(|(_, p)| p);
        (host, port)
    } else {
        match hostinfo.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostinfo, None),
        }
    };
    if let Some(p) = port.filter(|p| !p.is_empty()) {
        if !p.bytes().all(|b| b.is_ascii_digit()) || p.parse::<u32>().map_or(true, |n| n > 65535) {
            return None;
        }
    }
    let host = host.to_ascii_lowercase();
    let is_ip = looks_like_ipv4(&host) || (hostinfo.starts_with('[') && is_ipv6_host(&host));
    let normalized = if path.is_empty() {
        "/".to_string()
    } else {
        remove_dot_segments(path)
    };
    let mut normalized_path = String::with_capacity(normalized.len() + 1);
    percent_encode_into(&mut normalized_path, &normalized, |b| {
        unreserved(b) || b == b'/'
    });
    if !normalized_path.ends_with('/') {
        normalized_path.push('/');
    }
    Some(UrlParts {
        scheme,
        authority: range_in(value, authority),
        path: range_in(value, path),
        normalized_path,
        is_ip,
    })
}

/// `aws.parseArn`: `arn:partition:service:region:account:resource`; partition, service and
/// resource must be non-empty. The resource id is the resource split on `:` and `/`.
pub(crate) fn parse_arn(value: &str) -> Option<ArnParts> {
    let rest = value.strip_prefix("arn:")?;
    let mut it = rest.splitn(5, ':');
    let partition = it.next()?;
    let service = it.next()?;
    let region = it.next()?;
    let account = it.next()?;
    let resource = it.next()?;
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    Some(ArnParts {
        partition: range_in(value, partition),
        service: range_in(value, service),
        region: range_in(value, region),
        account_id: range_in(value, account),
        resource_id: resource
            .split([':', '/'])
            .map(|r| range_in(value, r))
            .collect(),
    })
}

/// `split(value, delimiter, limit)`: limit 0 splits everywhere, otherwise into at most `limit`
/// parts. `None` for an empty delimiter.
pub(crate) fn split<'a>(value: &'a str, delimiter: &str, limit: i64) -> Option<Vec<&'a str>> {
    if delimiter.is_empty() {
        return None;
    }
    Some(match usize::try_from(limit) {
        Ok(0) | Err(_) => value.split(delimiter).collect(),
        Ok(n) => value.splitn(n, delimiter).collect(),
    })
}

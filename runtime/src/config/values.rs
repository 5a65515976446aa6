//! The enumerated values settings take (`defaults_mode`, `s3.addressing_style`,
//! `request_checksum_calculation`, …), with botocore's spellings, and how a raw string from
//! the environment or a profile becomes one ([`Choice`]). The retry mode is
//! [`crate::retry::RetryMode`]: the retry module owns it.

use std::fmt;

use crate::retry::RetryMode;

/// A setting whose value is one of a fixed set of spellings.
pub(super) trait Choice: Copy {
    /// Parses a value from the environment or a profile.
    fn parse_setting(s: &str) -> Option<Self>;
    /// The valid spellings, for error messages.
    fn expected() -> String;
}

impl Choice for RetryMode {
    /// Exact spelling, as botocore validates `retries.mode` whatever its source.
    fn parse_setting(s: &str) -> Option<Self> {
        s.parse().ok()
    }
    fn expected() -> String {
        RetryMode::ALL.map(RetryMode::as_str).join(", ")
    }
}

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $var),+ }
        impl $name {
            /// botocore's spelling.
            pub fn as_str(self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// Parses botocore's spelling (case-insensitive).
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim().to_ascii_lowercase();
                $(if s == $s { return Some($name::$var); })+
                None
            }
        }
        impl Choice for $name {
            fn parse_setting(s: &str) -> Option<Self> { $name::parse(s) }
            fn expected() -> String { [$($s),+].join(", ") }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

str_enum!(
    /// The defaults mode (`AWS_DEFAULTS_MODE`, `defaults_mode`).
    DefaultsMode {
        /// botocore's historical defaults (the default).
        Legacy = "legacy",
        /// Standard SDK defaults.
        Standard = "standard",
        /// For clients calling services in their own region.
        InRegion = "in-region",
        /// For clients calling services in other regions.
        CrossRegion = "cross-region",
        /// For mobile applications.
        Mobile = "mobile",
        /// Pick one of the above from the environment.
        Auto = "auto",
    }
);

str_enum!(
    /// S3 addressing style (`s3.addressing_style`).
    AddressingStyle {
        /// Let the endpoint rules decide (virtual when possible).
        Auto = "auto",
        /// `bucket.s3.amazonaws.com`.
        Virtual = "virtual",
        /// `s3.amazonaws.com/bucket`.
        Path = "path",
    }
);

str_enum!(
    /// When to compute request checksums / validate response checksums.
    ChecksumMode {
        /// Whenever the operation supports it (the default).
        WhenSupported = "when_supported",
        /// Only when the operation requires it.
        WhenRequired = "when_required",
    }
);

str_enum!(
    /// Whether account-ID based endpoints are used (`account_id_endpoint_mode`).
    AccountIdEndpointMode {
        /// Use them when an account id is available (the default).
        Preferred = "preferred",
        /// Never use them.
        Disabled = "disabled",
        /// Require an account id.
        Required = "required",
    }
);

str_enum!(
    /// STS endpoint selection (`sts_regional_endpoints`).
    StsRegionalEndpoints {
        /// The global endpoint for the legacy regions.
        Legacy = "legacy",
        /// Always the regional endpoint (the default).
        Regional = "regional",
    }
);

str_enum!(
    /// IMDS address family (`ec2_metadata_service_endpoint_mode`).
    ImdsEndpointMode {
        /// `http://169.254.169.254/`.
        Ipv4 = "ipv4",
        /// `http://[fd00:ec2::254]/`.
        Ipv6 = "ipv6",
    }
);

str_enum!(
    /// Endpoint discovery (`endpoint_discovery_enabled`, `AWS_ENDPOINT_DISCOVERY_ENABLED`).
    EndpointDiscovery {
        /// Only for operations that require it (the default).
        Auto = "auto",
        /// Always, when the service supports it.
        Enabled = "true",
        /// Never.
        Disabled = "false",
    }
);

/// `signature_version` (botocore's `Config(signature_version=...)`, or a profile's
/// `<service> = signature_version = ...` block): botocore's [`UNSIGNED`] or a signer name.
/// Kumo signs with `v4` and `s3v4`; any other name is refused at client construction.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SignatureVersion {
    /// `botocore.UNSIGNED`: nothing is signed and no credentials are looked up
    /// (anonymous access).
    Unsigned,
    /// `v4`: SigV4 as botocore's `SigV4Auth` (double URI encoding, path normalization,
    /// no `x-amz-content-sha256`), whatever the service.
    V4,
    /// `s3v4`: SigV4 the S3 way (`S3SigV4Auth`: no double encoding, `x-amz-content-sha256`).
    S3v4,
    /// Any other name, as given; refused at client construction.
    Other(String),
}

/// botocore's `UNSIGNED` sentinel: `Config::new().signature_version(UNSIGNED)`.
pub const UNSIGNED: SignatureVersion = SignatureVersion::Unsigned;

impl SignatureVersion {
    /// botocore's spelling (`UNSIGNED` for the sentinel).
    pub fn as_str(&self) -> &str {
        match self {
            SignatureVersion::Unsigned => "UNSIGNED",
            SignatureVersion::V4 => "v4",
            SignatureVersion::S3v4 => "s3v4",
            SignatureVersion::Other(s) => s,
        }
    }
}

impl From<&str> for SignatureVersion {
    /// botocore's names are case-sensitive: `v4`, `s3v4`; anything else is `Other`.
    fn from(s: &str) -> Self {
        match s {
            "v4" => SignatureVersion::V4,
            "s3v4" => SignatureVersion::S3v4,
            other => SignatureVersion::Other(other.to_string()),
        }
    }
}

impl From<String> for SignatureVersion {
    fn from(s: String) -> Self {
        SignatureVersion::from(s.as_str())
    }
}

impl fmt::Display for SignatureVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

//! The settings effect matrix (issue #11): every botocore 1.44.5 `Config` option
//! (`OPTION_DEFAULTS`, 30), the `boto3.client` / `Session` arguments Kumo takes, every
//! environment variable and every profile key Kumo reads — each with its state:
//!
//! - **effect**: a test sets it and observes the request sent or the result (the row
//!   names the test; the matrix checks the test exists);
//! - **resolved**: it takes effect through the same code path as a row proven on the wire,
//!   but only its resolution is tested (a gap, counted apart);
//! - **refused**: refused with an error naming it until a capability exists (the row names
//!   the capability and the test of the refusal);
//! - **owned**: another lane of issue #11 owns its wiring and tests (FX-HTTP, CUSTOMIZATIONS);
//! - **n/a**: not applicable, with the reason.
//!
//! The lists are enumerated, not copied by hand where Kumo's own source says it: the
//! environment variables are every `"AWS_…"` literal in the runtime's non-test sources, the
//! profile keys every key of the settings table (`runtime/src/config/settings.rs`). A new
//! setting without a row fails [`every_environment_variable_kumo_reads_has_a_row`] or
//! [`every_profile_key_of_the_settings_table_has_a_row`]. `docs/boto3-guide.md` carries the
//! table; [`the_guide_lists_every_row`] keeps it in step.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A botocore `Config(...)` option.
    Option,
    /// A `boto3.client(...)` / `Session(...)` argument.
    Argument,
    /// An environment variable.
    Env,
    /// A key of the active profile (`section.key` for nested blocks).
    Profile,
}

#[derive(Clone, Copy, Debug)]
enum State {
    /// Proven on the wire or in the result by (file, test fn).
    Effect(&'static str, &'static str),
    /// Same path as a wire-proven row; only resolution tested by (file, test fn).
    Resolved(&'static str, &'static str),
    /// Refused until (capability), refusal tested by (file, test fn).
    Refused(&'static str, &'static str, &'static str),
    /// Owned by (lane): (what).
    Owned(&'static str, &'static str),
    /// Not applicable: (reason). No row needs it today: every setting Kumo reads does
    /// something.
    #[allow(dead_code)]
    NotApplicable(&'static str),
}

use Kind::*;
use State::*;

struct Row(Kind, &'static str, State);

const SETTINGS: &str = "integration/tests/settings.rs";
const FAULTS: &str = "integration/tests/faults.rs";
const CREDS: &str = "integration/tests/credentials.rs";
const MOTO_CONFIG: &str = "integration/tests/moto_config.rs";
const RT_CREDS: &str = "runtime/src/credentials/tests.rs";
const RT_SIGNING: &str = "runtime/src/config/tests/signing.rs";
const RT_ENDPOINT: &str = "runtime/src/config/tests/endpoint.rs";
const RT_HTTP: &str = "runtime/src/http/tests.rs";
const RT_CLIENT: &str = "runtime/src/client/tests.rs";

const FX_HTTP: &str = "FX-HTTP";
const CUSTOMIZATIONS: &str = "CUSTOMIZATIONS";
const SIGV4A: &str = "SigV4a signing";
const DISCOVERY: &str = "endpoint discovery (DescribeEndpoints + cache)";
const RESPONSE_CHECKSUMS: &str = "response checksum validation";
const AUTH_OPTIONS: &str = "every modelled auth option per operation (and SigV4a)";

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // --- botocore Config options (OPTION_DEFAULTS) ---
    Row(Option, "region_name", Effect(SETTINGS, "invalid_regions_are_refused_before_anything_is_sent")),
    Row(Option, "signature_version", Effect(SETTINGS, "unsigned_sends_no_authorization_and_looks_up_no_credentials")),
    Row(Option, "user_agent", Effect(SETTINGS, "user_agent_settings")),
    Row(Option, "user_agent_extra", Effect(SETTINGS, "user_agent_settings")),
    Row(Option, "user_agent_appid", Effect(SETTINGS, "user_agent_settings")),
    Row(Option, "connect_timeout", Effect(RT_HTTP, "connect_timeout_on_a_full_backlog")),
    Row(Option, "read_timeout", Effect(FAULTS, "headers_never_come_read_timeout")),
    Row(Option, "parameter_validation", Effect(SETTINGS, "parameter_validation_off_sends_invalid_input")),
    Row(Option, "max_pool_connections", Owned(FX_HTTP, "pool size and permits")),
    Row(Option, "proxies", Owned(FX_HTTP, "proxies reach the HTTP client")),
    Row(Option, "proxies_config", Owned(FX_HTTP, "proxy CA bundle, client cert, forwarding")),
    Row(Option, "s3", Owned(CUSTOMIZATIONS, "addressing_style, use_dualstack_endpoint, payload_signing_enabled; the endpoint built-ins run in endpoint_operation_inputs::s3")),
    Row(Option, "s3_disable_express_session_auth", Effect(SETTINGS, "s3_express_needs_session_auth_unless_disabled")),
    Row(Option, "retries", Effect(FAULTS, "max_attempts_semantics")),
    Row(Option, "client_cert", Owned(FX_HTTP, "mutual TLS reaches the HTTP client")),
    Row(Option, "inject_host_prefix", Effect(SETTINGS, "inject_host_prefix_settings")),
    Row(Option, "endpoint_discovery_enabled", Refused(DISCOVERY, RT_CLIENT, "required_discovery_is_refused_without_an_endpoint_url")),
    Row(Option, "use_dualstack_endpoint", Effect(SETTINGS, "endpoint_variant_switches")),
    Row(Option, "use_fips_endpoint", Effect(SETTINGS, "endpoint_variant_switches")),
    Row(Option, "ignore_configured_endpoint_urls", Effect(SETTINGS, "ignore_configured_endpoint_urls")),
    Row(Option, "defaults_mode", Resolved("runtime/src/config/tests/defaults_mode.rs", "defaults_modes_from_sdk_default_configuration")),
    Row(Option, "tcp_keepalive", Owned(FX_HTTP, "a socket option of the HTTP client")),
    Row(Option, "request_min_compression_size_bytes", Effect(SETTINGS, "request_compression_settings")),
    Row(Option, "disable_request_compression", Effect(SETTINGS, "request_compression_settings")),
    Row(Option, "client_context_params", Effect(SETTINGS, "client_context_params_reach_the_endpoint_rule_set")),
    Row(Option, "sigv4a_signing_region_set", Refused(SIGV4A, RT_SIGNING, "refused_until_built")),
    Row(Option, "request_checksum_calculation", Effect(SETTINGS, "request_checksum_calculation_when_required_vs_when_supported")),
    Row(Option, "response_checksum_validation", Refused(RESPONSE_CHECKSUMS, RT_SIGNING, "refused_until_built")),
    Row(Option, "account_id_endpoint_mode", Effect(SETTINGS, "account_id_endpoint_mode")),
    Row(Option, "auth_scheme_preference", Refused(AUTH_OPTIONS, RT_SIGNING, "refused_until_built")),
    // --- boto3.client / Session arguments ---
    Row(Argument, "endpoint_url", Effect(SETTINGS, "no_region_with_endpoint_url")),
    Row(Argument, "verify", Owned(FX_HTTP, "TLS verification of the HTTP client")),
    Row(Argument, "profile_name", Effect(MOTO_CONFIG, "named_profile_from_shared_files")),
    Row(Argument, "aws_access_key_id", Effect(CREDS, "explicit_credentials")),
    Row(Argument, "aws_secret_access_key", Effect(CREDS, "explicit_credentials")),
    Row(Argument, "aws_session_token", Effect(CREDS, "explicit_credentials")),
    // --- environment variables ---
    Row(Env, "AWS_ACCESS_KEY_ID", Effect(CREDS, "environment_variables")),
    Row(Env, "AWS_SECRET_ACCESS_KEY", Effect(CREDS, "environment_variables")),
    Row(Env, "AWS_SESSION_TOKEN", Effect(CREDS, "environment_variables")),
    Row(Env, "AWS_SECURITY_TOKEN", Effect(RT_CREDS, "env_provider")),
    Row(Env, "AWS_CREDENTIAL_EXPIRATION", Effect(RT_CREDS, "env_provider")),
    Row(Env, "AWS_ACCOUNT_ID_ENDPOINT_MODE", Effect(SETTINGS, "environment_variables_reach_the_request")),
    Row(Env, "AWS_AUTH_SCHEME_PREFERENCE", Refused(AUTH_OPTIONS, SETTINGS, "environment_variables_reach_the_request")),
    Row(Env, "AWS_CA_BUNDLE", Owned(FX_HTTP, "TLS CA bundle of the HTTP client")),
    Row(Env, "AWS_CONFIG_FILE", Effect(CREDS, "config_file_credentials")),
    Row(Env, "AWS_SHARED_CREDENTIALS_FILE", Effect(CREDS, "shared_credentials_file_with_aws_profile")),
    Row(Env, "AWS_CONTAINER_CREDENTIALS_FULL_URI", Effect(CREDS, "container_full_uri_with_token")),
    Row(Env, "AWS_CONTAINER_AUTHORIZATION_TOKEN", Effect(CREDS, "container_full_uri_with_token")),
    Row(Env, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", Effect(RT_CREDS, "container_relative_and_full_uri")),
    Row(Env, "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", Effect(RT_CREDS, "container_relative_and_full_uri")),
    Row(Env, "AWS_DEFAULTS_MODE", Resolved("runtime/src/config/tests/defaults_mode.rs", "defaults_modes_from_sdk_default_configuration")),
    Row(Env, "AWS_EXECUTION_ENV", Resolved("runtime/src/config/tests/defaults_mode.rs", "defaults_modes_from_sdk_default_configuration")),
    Row(Env, "AWS_REGION", Resolved("runtime/src/config/tests/defaults_mode.rs", "defaults_modes_from_sdk_default_configuration")),
    Row(Env, "AWS_PROFILE", Effect(CREDS, "shared_credentials_file_with_aws_profile")),
    Row(Env, "AWS_DEFAULT_PROFILE", Resolved("runtime/src/config/tests/loader.rs", "profile_selection_and_paths")),
    Row(Env, "AWS_DEFAULT_REGION", Effect(CREDS, "region_from_aws_default_region")),
    Row(Env, "AWS_DISABLE_HOST_PREFIX_INJECTION", Effect(SETTINGS, "inject_host_prefix_settings")),
    Row(Env, "AWS_DISABLE_REQUEST_COMPRESSION", Effect(SETTINGS, "request_compression_settings")),
    Row(Env, "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", Effect(SETTINGS, "request_compression_settings")),
    Row(Env, "AWS_REQUEST_CHECKSUM_CALCULATION", Effect(SETTINGS, "environment_variables_reach_the_request")),
    Row(Env, "AWS_RESPONSE_CHECKSUM_VALIDATION", Refused(RESPONSE_CHECKSUMS, SETTINGS, "environment_variables_reach_the_request")),
    Row(Env, "AWS_EC2_METADATA_DISABLED", Effect(RT_CREDS, "imds_v1_fallback_rules")),
    Row(Env, "AWS_EC2_METADATA_SERVICE_ENDPOINT", Effect(CREDS, "imds_v2")),
    Row(Env, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Env, "AWS_IMDS_USE_IPV6", Resolved("runtime/src/config/tests/request.rs", "compression_checksums_and_misc")),
    Row(Env, "AWS_EC2_METADATA_V1_DISABLED", Effect(RT_CREDS, "imds_v1_fallback_rules")),
    Row(Env, "AWS_METADATA_SERVICE_TIMEOUT", Resolved("runtime/src/config/tests/mod.rs", "invalid_values_name_their_source")),
    Row(Env, "AWS_METADATA_SERVICE_NUM_ATTEMPTS", Effect(RT_CREDS, "imds_v1_fallback_rules")),
    Row(Env, "AWS_ENDPOINT_DISCOVERY_ENABLED", Refused(DISCOVERY, SETTINGS, "environment_variables_reach_the_request")),
    Row(Env, "AWS_ENDPOINT_URL", Effect(CREDS, "endpoint_url_global")),
    Row(Env, "AWS_ENDPOINT_URL_<SERVICE_ID>", Effect(CREDS, "endpoint_url_service_specific_wins_over_global")),
    Row(Env, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", Effect(SETTINGS, "ignore_configured_endpoint_urls")),
    Row(Env, "AWS_MAX_ATTEMPTS", Effect(FAULTS, "max_attempts_semantics")),
    Row(Env, "AWS_RETRY_MODE", Effect(FAULTS, "legacy_mode_end_to_end")),
    Row(Env, "AWS_ROLE_ARN", Effect(CREDS, "web_identity_from_environment")),
    Row(Env, "AWS_ROLE_SESSION_NAME", Effect(RT_CREDS, "web_identity")),
    Row(Env, "AWS_WEB_IDENTITY_TOKEN_FILE", Effect(CREDS, "web_identity_from_environment")),
    Row(Env, "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", Effect(SETTINGS, "s3_express_needs_session_auth_unless_disabled")),
    Row(Env, "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Env, "AWS_S3_USE_ARN_REGION", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Env, "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Env, "AWS_SDK_UA_APP_ID", Effect(SETTINGS, "user_agent_settings")),
    Row(Env, "AWS_SIGV4A_SIGNING_REGION_SET", Refused(SIGV4A, SETTINGS, "environment_variables_reach_the_request")),
    Row(Env, "AWS_STS_REGIONAL_ENDPOINTS", Effect(SETTINGS, "endpoint_variant_switches")),
    Row(Env, "AWS_USE_DUALSTACK_ENDPOINT", Effect(SETTINGS, "endpoint_variant_switches")),
    Row(Env, "AWS_USE_FIPS_ENDPOINT", Effect(SETTINGS, "endpoint_variant_switches")),
    Row(Env, "BOTOCORE_TCP_KEEPALIVE", Owned(FX_HTTP, "a socket option of the HTTP client")),
    Row(Env, "HTTP_PROXY / HTTPS_PROXY / NO_PROXY", Owned(FX_HTTP, "proxies reach the HTTP client")),
    // --- profile keys ---
    Row(Profile, "region", Effect(CREDS, "region_from_profile")),
    Row(Profile, "defaults_mode", Resolved("runtime/src/config/tests/defaults_mode.rs", "defaults_modes_from_sdk_default_configuration")),
    Row(Profile, "ignore_configured_endpoint_urls", Effect(SETTINGS, "profile_keys_reach_the_request")),
    Row(Profile, "endpoint_url", Effect(SETTINGS, "profile_keys_reach_the_request")),
    Row(Profile, "services", Effect(MOTO_CONFIG, "services_section_endpoints_per_service")),
    Row(Profile, "use_fips_endpoint", Effect(SETTINGS, "profile_keys_reach_the_request")),
    Row(Profile, "use_dualstack_endpoint", Effect(SETTINGS, "profile_keys_reach_the_request")),
    Row(Profile, "sts_regional_endpoints", Effect(SETTINGS, "profile_keys_reach_the_request")),
    Row(Profile, "account_id_endpoint_mode", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "endpoint_discovery_enabled", Refused(DISCOVERY, RT_ENDPOINT, "endpoint_discovery_and_express")),
    Row(Profile, "disable_host_prefix_injection", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "retry_mode", Effect(CREDS, "retry_mode_and_max_attempts_from_profile")),
    Row(Profile, "max_attempts", Effect(CREDS, "retry_mode_and_max_attempts_from_profile")),
    Row(Profile, "ca_bundle", Owned(FX_HTTP, "TLS CA bundle of the HTTP client")),
    Row(Profile, "tcp_keepalive", Owned(FX_HTTP, "a socket option of the HTTP client")),
    Row(Profile, "proxies_config.proxy_ca_bundle", Owned(FX_HTTP, "proxy TLS")),
    Row(Profile, "proxies_config.proxy_client_cert", Owned(FX_HTTP, "proxy TLS")),
    Row(Profile, "proxies_config.proxy_use_forwarding_for_https", Owned(FX_HTTP, "proxy mode")),
    Row(Profile, "parameter_validation", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "disable_request_compression", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "request_min_compression_size_bytes", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "request_checksum_calculation", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "response_checksum_validation", Refused(RESPONSE_CHECKSUMS, RT_SIGNING, "refused_until_built")),
    Row(Profile, "sdk_ua_app_id", Effect(SETTINGS, "profile_keys_reach_the_request")),
    Row(Profile, "sigv4a_signing_region_set", Refused(SIGV4A, RT_SIGNING, "refused_until_built")),
    Row(Profile, "auth_scheme_preference", Refused(AUTH_OPTIONS, RT_SIGNING, "refused_until_built")),
    Row(Profile, "s3_disable_express_session_auth", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "<service>.signature_version", Refused("legacy signers / SigV4a (v4, s3v4 take effect)", RT_SIGNING, "signature_version_from_the_profile_s_service_block")),
    Row(Profile, "s3.addressing_style", Owned(CUSTOMIZATIONS, "S3 addressing")),
    Row(Profile, "s3.use_accelerate_endpoint", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Profile, "s3.use_dualstack_endpoint", Owned(CUSTOMIZATIONS, "S3 dual-stack")),
    Row(Profile, "s3.payload_signing_enabled", Owned(CUSTOMIZATIONS, "S3 payload signing")),
    Row(Profile, "s3_use_arn_region", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Profile, "s3.use_arn_region", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Profile, "s3_us_east_1_regional_endpoint", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Profile, "s3.us_east_1_regional_endpoint", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Profile, "s3.s3_disable_multiregion_access_points", Owned(CUSTOMIZATIONS, "S3 endpoint built-in")),
    Row(Profile, "metadata_service_timeout", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "metadata_service_num_attempts", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "ec2_metadata_service_endpoint_mode", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "imds_use_ipv6", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "ec2_metadata_service_endpoint", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    Row(Profile, "ec2_metadata_v1_disabled", Resolved("runtime/src/config/tests/request.rs", "request_and_imds_profile_keys")),
    // Credential keys (read by runtime/src/credentials/profile.rs).
    Row(Profile, "aws_access_key_id", Effect(CREDS, "config_file_credentials")),
    Row(Profile, "aws_secret_access_key", Effect(CREDS, "config_file_credentials")),
    Row(Profile, "aws_session_token", Effect(RT_CREDS, "chain_order_env_files_process")),
    Row(Profile, "aws_security_token", Effect(SETTINGS, "profile_aws_security_token_is_the_session_token")),
    Row(Profile, "role_arn", Effect(CREDS, "assume_role_from_profile")),
    Row(Profile, "source_profile", Effect(CREDS, "assume_role_from_profile")),
    Row(Profile, "credential_source", Effect(RT_CREDS, "assume_role_errors_and_sources")),
    Row(Profile, "external_id", Effect(CREDS, "assume_role_from_profile")),
    Row(Profile, "role_session_name", Effect(CREDS, "assume_role_from_profile")),
    Row(Profile, "duration_seconds", Effect(CREDS, "assume_role_from_profile")),
    Row(Profile, "web_identity_token_file", Effect(RT_CREDS, "web_identity")),
    Row(Profile, "credential_process", Effect(CREDS, "credential_process")),
    Row(Profile, "sso_session", Effect(CREDS, "sso_from_cached_token")),
    Row(Profile, "sso_start_url", Effect(RT_CREDS, "sso_providers")),
    Row(Profile, "sso_region", Effect(RT_CREDS, "sso_providers")),
    Row(Profile, "sso_account_id", Effect(CREDS, "sso_from_cached_token")),
    Row(Profile, "sso_role_name", Effect(CREDS, "sso_from_cached_token")),
];

/// botocore 1.44.5 `botocore/config.py` `Config.OPTION_DEFAULTS`, in order.
const BOTOCORE_OPTIONS: [&str; 30] = [
    "region_name",
    "signature_version",
    "user_agent",
    "user_agent_extra",
    "user_agent_appid",
    "connect_timeout",
    "read_timeout",
    "parameter_validation",
    "max_pool_connections",
    "proxies",
    "proxies_config",
    "s3",
    "s3_disable_express_session_auth",
    "retries",
    "client_cert",
    "inject_host_prefix",
    "endpoint_discovery_enabled",
    "use_dualstack_endpoint",
    "use_fips_endpoint",
    "ignore_configured_endpoint_urls",
    "defaults_mode",
    "tcp_keepalive",
    "request_min_compression_size_bytes",
    "disable_request_compression",
    "client_context_params",
    "sigv4a_signing_region_set",
    "request_checksum_calculation",
    "response_checksum_validation",
    "account_id_endpoint_mode",
    "auth_scheme_preference",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn names(kind: Kind) -> BTreeSet<&'static str> {
    ROWS.iter().filter(|r| r.0 == kind).map(|r| r.1).collect()
}

/// Rust sources under `dir`, test files and directories left out.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            if name != "tests" {
                sources(&p, out);
            }
        } else if name.ends_with(".rs") && name != "tests.rs" {
            out.push(p);
        }
    }
}

/// Every `"AWS_…"` string literal in `text`.
fn aws_literals(text: &str, out: &mut BTreeSet<String>) {
    for (i, _) in text.match_indices("\"AWS_") {
        let rest = &text[i + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with('"') {
            out.insert(rest[..end].to_string());
        }
    }
}

#[test]
fn every_botocore_config_option_has_a_row() {
    let options = names(Option);
    let botocore: BTreeSet<&str> = BOTOCORE_OPTIONS.into_iter().collect();
    assert_eq!(botocore.len(), 30);
    assert_eq!(
        options, botocore,
        "Option rows must be exactly botocore's OPTION_DEFAULTS"
    );
}

#[test]
fn every_environment_variable_kumo_reads_has_a_row() {
    let mut files = Vec::new();
    sources(&root().join("runtime/src"), &mut files);
    let mut read = BTreeSet::new();
    for f in &files {
        aws_literals(&std::fs::read_to_string(f).expect("source"), &mut read);
    }
    assert!(read.len() > 40, "the scan found only {read:?}");
    let rows: BTreeSet<String> = names(Env)
        .into_iter()
        .filter(|n| n.starts_with("AWS_") && !n.contains('<'))
        .map(str::to_string)
        .collect();
    let missing: Vec<_> = read.difference(&rows).collect();
    let stale: Vec<_> = rows.difference(&read).collect();
    assert!(
        missing.is_empty(),
        "variables the runtime reads without a row: {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "rows for variables the runtime does not read: {stale:?}"
    );
}

/// Every profile key of the settings table: a `Setting::new("name", …)` reads the key
/// `name` unless `.no_profile()` or `.profile_key("k")`, and `.nested("s", "k")` reads `s.k`.
#[test]
fn every_profile_key_of_the_settings_table_has_a_row() {
    let text = std::fs::read_to_string(root().join("runtime/src/config/settings.rs")).unwrap();
    let mut keys = BTreeSet::new();
    for item in text.split("pub(super) const ").skip(1) {
        let item = item.split(';').next().unwrap();
        let Some(rest) = item.split("Setting::new(").nth(1) else {
            continue;
        };
        let name = rest.split('"').nth(1).unwrap().to_string();
        let quoted = |call: &str| {
            item.split(call)
                .nth(1)
                .map(|r| r.split('"').collect::<Vec<_>>())
        };
        if let Some(q) = quoted(".profile_key(") {
            keys.insert(q[1].to_string());
        } else if !item.contains(".no_profile()") {
            keys.insert(name);
        }
        if let Some(q) = quoted(".nested(") {
            keys.insert(format!("{}.{}", q[1], q[3]));
        }
    }
    assert!(keys.len() > 40, "the parse found only {keys:?}");
    let rows: BTreeSet<String> = names(Profile).into_iter().map(str::to_string).collect();
    let missing: Vec<_> = keys.difference(&rows).collect();
    assert!(
        missing.is_empty(),
        "profile keys without a row: {missing:?}"
    );
}

#[test]
fn every_test_a_row_names_exists() {
    for Row(kind, name, state) in ROWS {
        let (file, test) = match state {
            Effect(f, t) | Resolved(f, t) | Refused(_, f, t) => (f, t),
            Owned(..) | NotApplicable(_) => continue,
        };
        let text = std::fs::read_to_string(root().join(file))
            .unwrap_or_else(|e| panic!("{kind:?} {name}: {file}: {e}"));
        assert!(
            text.contains(&format!("fn {test}(")),
            "{kind:?} {name}: no test fn {test} in {file}"
        );
    }
    let mut seen = BTreeSet::new();
    for Row(kind, name, _) in ROWS {
        assert!(
            seen.insert((*kind as u8, *name)),
            "duplicate row {kind:?} {name}"
        );
    }
}

/// A row's test file mentions the variable or profile key it stands for (a test or one of
/// its helpers sets it), so a row cannot point at an unrelated test.
#[test]
fn every_named_test_file_mentions_its_setting() {
    for Row(kind, name, state) in ROWS {
        let file = match state {
            Effect(f, _) | Resolved(f, _) | Refused(_, f, _) => f,
            Owned(..) | NotApplicable(_) => continue,
        };
        let key = match kind {
            Env | Profile => name.rsplit('.').next().unwrap(),
            Option | Argument => continue,
        };
        if key.contains('<') || key.contains('/') {
            continue;
        }
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        assert!(
            text.contains(key),
            "{kind:?} {name}: {file} never mentions {key}"
        );
    }
}

fn state_name(s: &State) -> &'static str {
    match s {
        Effect(..) => "effect",
        Resolved(..) => "resolved",
        Refused(..) => "refused",
        Owned(..) => "owned",
        NotApplicable(_) => "n/a",
    }
}

/// The guide's settings table has a line for every row, with its state.
#[test]
fn the_guide_lists_every_row() {
    let guide = std::fs::read_to_string(root().join("docs/boto3-guide.md")).unwrap();
    for Row(kind, name, state) in ROWS {
        let line = format!("| `{name}` | {kind:?} | {} |", state_name(state));
        assert!(
            guide.contains(&line),
            "docs/boto3-guide.md lacks the line {line:?}"
        );
    }
}

/// Prints the table (for the guide) and the counts.
#[test]
fn counts() {
    let mut counts = std::collections::BTreeMap::new();
    for Row(kind, name, state) in ROWS {
        let detail = match state {
            Effect(f, t) | Resolved(f, t) => format!("`{}::{t}`", f.rsplit('/').next().unwrap()),
            Refused(cap, ..) => format!("until {cap}"),
            Owned(lane, what) => format!("{lane}: {what}"),
            NotApplicable(why) => why.to_string(),
        };
        println!("| `{name}` | {kind:?} | {} | {detail} |", state_name(state));
        *counts.entry(state_name(state)).or_insert(0) += 1;
    }
    println!("{counts:?} of {}", ROWS.len());
}

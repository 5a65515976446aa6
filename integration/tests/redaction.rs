//! Secrets never reach `Debug` output: `sensitive` model members, credentials, errors.

use kumo_runtime::credentials::Credentials;

#[test]
fn sensitive_members_are_redacted_in_debug() {
    let c = kumo_sts::types::Credentials {
        access_key_id: "ASIAEXAMPLE".into(),
        secret_access_key: "wJalrXUtnFEMI-very-secret".into(),
        session_token: "token-very-secret".into(),
        expiration: kumo_runtime::DateTime::from_secs(0),
    };
    let out = kumo_sts::types::AssumeRoleOutput {
        credentials: Some(c),
        ..Default::default()
    };
    let text = format!("{out:?}");
    assert!(text.contains("ASIAEXAMPLE"), "{text}");
    assert!(!text.contains("very-secret"), "{text}");
    assert!(text.contains(kumo_runtime::debug::REDACTED), "{text}");
}

#[test]
fn sensitive_inputs_are_redacted_in_debug() {
    let input = kumo_secretsmanager::types::CreateSecretInput {
        name: "db".into(),
        secret_string: Some("hunter2-password".into()),
        ..Default::default()
    };
    let text = format!("{input:?}");
    assert!(text.contains("\"db\""), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}

#[test]
fn credentials_debug_is_redacted() {
    let c = Credentials::new(
        "AKIDEXAMPLE",
        "super-secret-key",
        Some("super-secret-token".into()),
    );
    let text = format!("{c:?}");
    assert!(text.contains("AKIDEXAMPLE"));
    assert!(!text.contains("super-secret"), "{text}");
}

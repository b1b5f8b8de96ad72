//! Content bundles as the app receives them. The input is used twice: as a
//! manifest (JSON) checked against nothing, and as the bundle's bytes,
//! signed here with a test key so the checks behind the signature (JSON,
//! every article and the directory) are reached too. Nothing may panic,
//! and nothing unsigned may pass.
#![no_main]
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use huiskamer_core::content::bundle::{key_id, verify};
use huiskamer_protocol::bundle::{signing_input, Manifest, BUNDLE_FORMAT};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|data: &[u8]| {
    let key = SigningKey::from_bytes(&[7u8; 32]);
    let public = key.verifying_key().to_bytes();

    if let Ok(m) = serde_json::from_slice::<Manifest>(data) {
        assert!(verify(&m, b"", &[public], None).is_err(), "an unsigned manifest passed");
    }

    let mut m = Manifest {
        format: BUNDLE_FORMAT,
        version: 2,
        published_at: "2026-11-23T10:00:00Z".into(),
        organisation: "fuzz".into(),
        size: data.len() as u64,
        sha256: Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect(),
        key_id: key_id(&public),
        signature: String::new(),
    };
    m.signature = STANDARD.encode(key.sign(&signing_input(&m)).to_bytes());
    let _ = verify(&m, data, &[public], Some(1));
});

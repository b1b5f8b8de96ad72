//! Signed content bundles: how partner editors' changes to the information
//! library reach the app.
//!
//! The server publishes a [`Manifest`] and the bundle's bytes
//! (`serde_json::to_vec(&Bundle)`). The manifest is signed with Ed25519 over
//! [`signing_input`], which binds every manifest field and, through the
//! SHA-256 of the bytes, the bundle itself. The app holds the publishers'
//! public keys (pinned in its build), verifies before it applies, and
//! refuses a version that is not newer than the one it has, so an old signed
//! bundle cannot be replayed to roll the library back.

use serde::{Deserialize, Serialize};

/// Version of the bundle format. An app refuses a format it does not know.
pub const BUNDLE_FORMAT: u32 = 1;

/// One file of the library, with the same path as in the repository's
/// `content/` folder (`nl/health/health-sti-testing.md`, `organisations.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleFile {
    pub path: String,
    pub text: String,
}

/// The whole library at one version: it replaces what the app has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: u32,
    pub version: u64,
    /// `<locale>/<topic>/<id>.md`
    pub articles: Vec<BundleFile>,
    /// `organisations.toml`
    pub data: Vec<BundleFile>,
}

/// `GET /v1/content/manifest`: what the newest bundle is, and its signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub version: u64,
    /// RFC 3339, UTC.
    pub published_at: String,
    pub organisation: String,
    /// Length of the bundle's bytes.
    pub size: u64,
    /// Lowercase hex SHA-256 of the bundle's bytes.
    pub sha256: String,
    /// Lowercase hex of the first 8 bytes of the SHA-256 of the public key.
    pub key_id: String,
    /// Standard base64 of the Ed25519 signature over [`signing_input`].
    pub signature: String,
}

/// The exact bytes that are signed: a fixed label and every manifest field
/// but the key id and the signature, one per line.
pub fn signing_input(m: &Manifest) -> Vec<u8> {
    format!(
        "huiskamer-content-bundle\n{}\n{}\n{}\n{}\n{}\n{}\n",
        m.format, m.version, m.published_at, m.organisation, m.size, m.sha256
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_signed_field_changes_the_signing_input() {
        let m = Manifest {
            format: 1,
            version: 4,
            published_at: "2026-11-23T10:00:00Z".into(),
            organisation: "Terwille".into(),
            size: 10,
            sha256: "ab".into(),
            key_id: "k".into(),
            signature: "s".into(),
        };
        let base = signing_input(&m);
        let variants = [
            Manifest { format: 2, ..m.clone() },
            Manifest { version: 5, ..m.clone() },
            Manifest { published_at: "2026-11-24T10:00:00Z".into(), ..m.clone() },
            Manifest { organisation: "Other".into(), ..m.clone() },
            Manifest { size: 11, ..m.clone() },
            Manifest { sha256: "ac".into(), ..m.clone() },
        ];
        for v in variants {
            assert_ne!(signing_input(&v), base);
        }
        // An organisation name cannot smuggle in a field: it is one line.
        assert_eq!(String::from_utf8(base).unwrap().lines().count(), 7);
    }
}

//! Publishing the information library as a signed bundle. The signing key
//! stays on the server (a key file beside the database, or
//! HUISKAMER_CONTENT_KEY); its public key is pinned in the app build.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use huiskamer_protocol::bundle::{signing_input, Bundle, BundleFile, Manifest, BUNDLE_FORMAT};
use huiskamer_texts::bundle::{check_files, key_id, BundleError};
use sha2::{Digest, Sha256};

use crate::storage::ContentFile;

/// The content signing key. Not Clone, Debug or Serialize: it exists once,
/// in memory, and ed25519-dalek zeroes it when dropped.
pub struct ContentKey(SigningKey);

impl std::fmt::Debug for ContentKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ContentKey({})", self.key_id())
    }
}

impl ContentKey {
    pub fn from_seed(seed: &[u8; 32]) -> ContentKey {
        ContentKey(SigningKey::from_bytes(seed))
    }

    /// The public key to pin in the app: standard base64.
    pub fn public_key_base64(&self) -> String {
        STANDARD.encode(self.0.verifying_key().to_bytes())
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.0.verifying_key().to_bytes()
    }

    pub fn key_id(&self) -> String {
        key_id(&self.0.verifying_key().to_bytes())
    }
}

/// Builds the bundle of `files` as `version` and signs its manifest.
/// Refuses (naming the file) anything the app would refuse.
pub fn publish(
    key: &ContentKey,
    organisation: &str,
    version: u64,
    published_at: &str,
    files: &[ContentFile],
) -> Result<(Manifest, Vec<u8>), BundleError> {
    let (articles, data): (Vec<_>, Vec<_>) = files
        .iter()
        .map(|f| BundleFile { path: f.path.clone(), text: f.text.clone() })
        .partition(|f| f.path.ends_with(".md"));
    let bundle = Bundle { format: BUNDLE_FORMAT, version, articles, data };
    check_files(&bundle)?;
    let bytes = serde_json::to_vec(&bundle).map_err(|e| BundleError::Malformed(e.to_string()))?;
    let mut manifest = Manifest {
        format: BUNDLE_FORMAT,
        version,
        published_at: published_at.to_string(),
        organisation: organisation.to_string(),
        size: bytes.len() as u64,
        sha256: Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect(),
        key_id: key.key_id(),
        signature: String::new(),
    };
    manifest.signature = STANDARD.encode(key.0.sign(&signing_input(&manifest)).to_bytes());
    Ok((manifest, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use huiskamer_texts::bundle::verify;

    fn shipped() -> Vec<ContentFile> {
        huiskamer_texts::embedded::ARTICLES
            .iter()
            .chain(huiskamer_texts::embedded::DATA.iter())
            .map(|(p, t)| ContentFile {
                path: p.to_string(),
                text: t.to_string(),
                updated_at: 0,
                updated_by: "x".into(),
            })
            .collect()
    }

    #[test]
    fn a_published_bundle_verifies_in_the_app_with_the_pinned_public_key() {
        let key = ContentKey::from_seed(&[3; 32]);
        let (m, bytes) = publish(&key, "Terwille", 2, "2026-11-23T10:00:00Z", &shipped()).unwrap();
        let bundle = verify(&m, &bytes, &[key.public_key()], Some(1)).unwrap();
        assert!(bundle.data.iter().any(|f| f.path == "organisations.toml"), "the directory is in the bundle");
        assert!(bundle.data.iter().any(|f| f.path.starts_with("claims/")), "and the claims register that dates it");
        assert!(format!("{key:?}").starts_with("ContentKey("), "the key never prints");
        assert!(!format!("{key:?}").contains(&STANDARD.encode([3u8; 32])));
    }

    #[test]
    fn a_broken_file_is_never_signed() {
        let mut files = shipped();
        files[0].text = "no front matter".into();
        let err = publish(&ContentKey::from_seed(&[3; 32]), "T", 2, "2026-11-23T10:00:00Z", &files).unwrap_err();
        assert!(matches!(err, BundleError::InvalidFile { ref path, .. } if *path == files[0].path), "{err}");
    }
}

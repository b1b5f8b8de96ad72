//! Verifying a signed content bundle before the app applies it. Nothing is
//! applied here: a bundle that passes every check is returned whole, and one
//! that fails any check is refused whole.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature, VerifyingKey};
use huiskamer_protocol::bundle::{signing_input, Bundle, Manifest, BUNDLE_FORMAT};
use sha2::{Digest, Sha256};

use crate::claims::{is_claims_path, parse_claims};
use crate::directory::parse_directory;
use crate::parse::parse_article;

/// The publishers' public keys the app trusts, one standard-base64 key per
/// line (`#` starts a comment). Pinned at build time.
const PINNED_KEYS: &str = include_str!("../../content/publishing-keys.txt");

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    #[error("bundle format {0} is not supported by this app")]
    UnsupportedFormat(u32),
    #[error("the bundle is signed with a key this app does not trust ({0})")]
    UnknownKey(String),
    #[error("the bundle's signature is not valid")]
    BadSignature,
    #[error("the bundle's bytes do not match its manifest")]
    HashMismatch,
    #[error("version {got} is not newer than the installed version {have}")]
    NotNewer { have: u64, got: u64 },
    #[error("the bundle is malformed: {0}")]
    Malformed(String),
    #[error("{path}: {message}")]
    InvalidFile { path: String, message: String },
}

/// The keys pinned in this build.
pub fn pinned_keys() -> Vec<[u8; 32]> {
    parse_keys(PINNED_KEYS)
}

fn parse_keys(text: &str) -> Vec<[u8; 32]> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| STANDARD.decode(l).ok()?.try_into().ok())
        .collect()
}

/// Lowercase hex of the first 8 bytes of SHA-256 of a public key.
pub fn key_id(public: &[u8; 32]) -> String {
    Sha256::digest(public)[..8].iter().map(|b| format!("{b:02x}")).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks a manifest and its bundle's bytes: format, a trusted key, the
/// signature, size and hash, that the version is newer than what is
/// installed, and that every file passes the same checks as shipped content.
pub fn verify(
    manifest: &Manifest,
    bytes: &[u8],
    pinned: &[[u8; 32]],
    installed_version: Option<u64>,
) -> Result<Bundle, BundleError> {
    if manifest.format != BUNDLE_FORMAT {
        return Err(BundleError::UnsupportedFormat(manifest.format));
    }
    let public = pinned
        .iter()
        .find(|k| key_id(k) == manifest.key_id)
        .ok_or_else(|| BundleError::UnknownKey(manifest.key_id.clone()))?;
    let key = VerifyingKey::from_bytes(public).map_err(|_| BundleError::UnknownKey(manifest.key_id.clone()))?;
    let sig: [u8; 64] =
        STANDARD.decode(&manifest.signature).ok().and_then(|s| s.try_into().ok()).ok_or(BundleError::BadSignature)?;
    key.verify_strict(&signing_input(manifest), &Signature::from_bytes(&sig)).map_err(|_| BundleError::BadSignature)?;
    if bytes.len() as u64 != manifest.size || hex(&Sha256::digest(bytes)) != manifest.sha256 {
        return Err(BundleError::HashMismatch);
    }
    if let Some(have) = installed_version.filter(|have| manifest.version <= *have) {
        return Err(BundleError::NotNewer { have, got: manifest.version });
    }
    let bundle: Bundle = serde_json::from_slice(bytes).map_err(|e| BundleError::Malformed(e.to_string()))?;
    if bundle.format != manifest.format || bundle.version != manifest.version {
        return Err(BundleError::Malformed("format or version differs from the manifest".into()));
    }
    check_files(&bundle)?;
    Ok(bundle)
}

/// Every file must be one the app can import: articles parse with complete
/// front matter under their own path, the directory parses, no path twice.
pub fn check_files(bundle: &Bundle) -> Result<(), BundleError> {
    let mut seen = std::collections::BTreeSet::new();
    for f in bundle.articles.iter().chain(&bundle.data) {
        if !seen.insert(f.path.as_str()) {
            return Err(BundleError::InvalidFile { path: f.path.clone(), message: "appears twice".into() });
        }
    }
    for f in &bundle.articles {
        let doc = parse_article(&f.path, &f.text)
            .map_err(|e| BundleError::InvalidFile { path: f.path.clone(), message: e.to_string() })?;
        if !f.path.ends_with(&format!("/{}.md", doc.id)) {
            return Err(BundleError::InvalidFile {
                path: f.path.clone(),
                message: format!("the file name must be the article's id ({}.md)", doc.id),
            });
        }
    }
    for f in &bundle.data {
        let checked = if f.path == "organisations.toml" {
            parse_directory(&f.text).map(|_| ())
        } else if is_claims_path(&f.path) {
            parse_claims(&f.text).map(|_| ())
        } else {
            Err("unknown data file".into())
        };
        checked.map_err(|message| BundleError::InvalidFile { path: f.path.clone(), message })?;
    }
    if bundle.articles.is_empty() {
        return Err(BundleError::Malformed("a bundle without articles would empty the library".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};
    use huiskamer_protocol::bundle::BundleFile;

    fn shipped(version: u64) -> Bundle {
        let files = |t: &[(&str, &str)]| {
            t.iter().map(|(p, x)| BundleFile { path: p.to_string(), text: x.to_string() }).collect()
        };
        Bundle {
            format: BUNDLE_FORMAT,
            version,
            articles: files(&crate::embedded::ARTICLES),
            data: files(&crate::embedded::DATA),
        }
    }

    fn sign(key: &SigningKey, bundle: &Bundle, organisation: &str) -> (Manifest, Vec<u8>) {
        let bytes = serde_json::to_vec(bundle).unwrap();
        let mut m = Manifest {
            format: bundle.format,
            version: bundle.version,
            published_at: "2026-11-23T10:00:00Z".into(),
            organisation: organisation.into(),
            size: bytes.len() as u64,
            sha256: hex(&Sha256::digest(&bytes)),
            key_id: key_id(&key.verifying_key().to_bytes()),
            signature: String::new(),
        };
        m.signature = STANDARD.encode(key.sign(&signing_input(&m)).to_bytes());
        (m, bytes)
    }

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    #[test]
    fn a_bundle_signed_with_a_pinned_key_verifies_whole() {
        let k = key(1);
        let (m, bytes) = sign(&k, &shipped(3), "Terwille");
        let b =
            verify(&m, &bytes, &[key(9).verifying_key().to_bytes(), k.verifying_key().to_bytes()], Some(2)).unwrap();
        assert_eq!(b.version, 3);
        assert_eq!(b.articles.len(), crate::embedded::ARTICLES.len());
    }

    #[test]
    fn tampering_anywhere_is_refused() {
        let k = key(1);
        let pinned = [k.verifying_key().to_bytes()];
        let (m, bytes) = sign(&k, &shipped(3), "Terwille");

        let mut flipped = bytes.clone();
        let i = flipped.len() / 2;
        flipped[i] ^= 0x01;
        assert_eq!(verify(&m, &flipped, &pinned, None), Err(BundleError::HashMismatch));

        for changed in [
            Manifest { version: 4, ..m.clone() },
            Manifest { organisation: "Someone else".into(), ..m.clone() },
            Manifest { published_at: "2027-01-01T00:00:00Z".into(), ..m.clone() },
            Manifest { sha256: hex(&Sha256::digest(&flipped)), ..m.clone() },
        ] {
            assert_eq!(verify(&changed, &bytes, &pinned, None), Err(BundleError::BadSignature));
        }
        // Signed by a key the app does not trust, even claiming a trusted id.
        let (mut other, other_bytes) = sign(&key(2), &shipped(3), "Terwille");
        assert!(matches!(verify(&other, &other_bytes, &pinned, None), Err(BundleError::UnknownKey(_))));
        other.key_id = m.key_id.clone();
        assert_eq!(verify(&other, &other_bytes, &pinned, None), Err(BundleError::BadSignature));
        assert_eq!(
            verify(&Manifest { format: 9, ..m.clone() }, &bytes, &pinned, None),
            Err(BundleError::UnsupportedFormat(9))
        );
    }

    #[test]
    fn an_old_signed_bundle_cannot_roll_the_library_back() {
        let k = key(1);
        let (m, bytes) = sign(&k, &shipped(3), "Terwille");
        let pinned = [k.verifying_key().to_bytes()];
        assert_eq!(verify(&m, &bytes, &pinned, Some(3)), Err(BundleError::NotNewer { have: 3, got: 3 }));
        assert_eq!(verify(&m, &bytes, &pinned, Some(7)), Err(BundleError::NotNewer { have: 7, got: 3 }));
    }

    #[test]
    fn a_signed_bundle_with_a_broken_article_is_refused_and_names_it() {
        let k = key(1);
        let mut b = shipped(5);
        b.articles[0].text = b.articles[0].text.replacen("topic = ", "topic_ = ", 1);
        let path = b.articles[0].path.clone();
        let (m, bytes) = sign(&k, &b, "Terwille");
        match verify(&m, &bytes, &[k.verifying_key().to_bytes()], None) {
            Err(BundleError::InvalidFile { path: p, .. }) => assert_eq!(p, path),
            other => panic!("expected InvalidFile, got {other:?}"),
        }
        let mut b = shipped(5);
        b.articles.push(b.articles[0].clone());
        let (m, bytes) = sign(&k, &b, "Terwille");
        assert!(matches!(
            verify(&m, &bytes, &[k.verifying_key().to_bytes()], None),
            Err(BundleError::InvalidFile { .. })
        ));
    }

    #[test]
    fn pinned_keys_are_read_from_lines_with_comments() {
        let k = key(4).verifying_key().to_bytes();
        let text = format!("# comment\n\n{}  # Terwille, 2026\nnot-a-key\n", STANDARD.encode(k));
        assert_eq!(parse_keys(&text), vec![k]);
        // The shipped file parses (it may hold no key yet).
        let _ = pinned_keys();
    }
}

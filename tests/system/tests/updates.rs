//! Content updates from the real partner server: a newer signed bundle is
//! verified against the pinned key and applied in one go; a bad signature,
//! an unknown key, damaged or truncated bytes, a malformed bundle or an
//! older version is refused and the content in place stays.

mod common;

use std::sync::Mutex;

use base64::Engine;
use common::{Fault, Proxy, Server};
use ed25519_dalek::{Signer, SigningKey};
use huiskamer_core::sync::{update_content, Client, ContentOutcome};
use huiskamer_core::App;
use huiskamer_protocol::bundle::{signing_input, Manifest};
use huiskamer_server::bundle::{publish, ContentKey};
use huiskamer_server::storage::ContentFile;
use sha2::{Digest, Sha256};

const ARTICLE: &str = "health-sti-testing";

fn files(extra: &str) -> Vec<ContentFile> {
    huiskamer_core::embedded::ARTICLES
        .iter()
        .chain(huiskamer_core::embedded::DATA.iter())
        .map(|(p, t)| {
            let text = if p.ends_with(&format!("nl/health/{ARTICLE}.md")) {
                format!("{t}\n\n{extra}\n")
            } else {
                t.to_string()
            };
            ContentFile { path: p.to_string(), text, updated_at: 0, updated_by: "test".into() }
        })
        .collect()
}

async fn put(srv: &Server, m: &Manifest, bytes: &[u8]) {
    srv.storage().await.save_bundle(m.version, &serde_json::to_string(m).unwrap(), bytes, 0).await.unwrap();
}

fn article_html(app: &Mutex<App>) -> String {
    let app = app.lock().unwrap();
    app.library().article(ARTICLE, &["nl".to_string()]).unwrap().unwrap().html
}

fn open_app(dir: &std::path::Path) -> Mutex<App> {
    Mutex::new(App::open(dir, &["nl".to_string()]).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_newer_bundle_is_applied_and_anything_else_is_refused() {
    let srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let key = ContentKey::from_seed(&[7; 32]);
    let pinned = [key.public_key()];
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(dir.path());

    // Nothing published yet: nothing to do.
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), ContentOutcome::UpToDate);

    let (m2, b2) = publish(&key, "Test", 2, "2026-11-23T10:00:00Z", &files("Nieuwe zin van versie twee.")).unwrap();
    put(&srv, &m2, &b2).await;
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), ContentOutcome::Applied { version: 2 });
    assert!(article_html(&app).contains("Nieuwe zin van versie twee."));
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), ContentOutcome::UpToDate);

    // The app restarts: the applied bundle stays (the shipped content it
    // replaced is unchanged).
    drop(app);
    let app = open_app(dir.path());
    assert!(article_html(&app).contains("Nieuwe zin van versie twee."));
    assert_eq!(app.lock().unwrap().library().installed_bundle().unwrap(), Some(2));

    let refuse = |code: &'static str, version: u64, m: &Manifest| ContentOutcome::Refused {
        version,
        sha256: m.sha256.clone(),
        code,
    };

    // Version 3, signature changed in one byte.
    let (mut m3, b3) = publish(&key, "Test", 3, "2026-11-24T10:00:00Z", &files("Versie drie.")).unwrap();
    let mut sig = base64::engine::general_purpose::STANDARD.decode(&m3.signature).unwrap();
    sig[10] ^= 1;
    m3.signature = base64::engine::general_purpose::STANDARD.encode(&sig);
    put(&srv, &m3, &b3).await;
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), refuse("signature", 3, &m3));
    // Refused once: not downloaded again while the manifest is the same.
    let before = proxy.heads().iter().filter(|h| h.contains("/v1/content/bundles/")).count();
    assert_eq!(update_content(&app, &client, &pinned, Some(&m3.sha256)).await.unwrap(), ContentOutcome::UpToDate);
    assert_eq!(proxy.heads().iter().filter(|h| h.contains("/v1/content/bundles/")).count(), before);

    // Version 4, signed by a key this build does not trust.
    let stranger = ContentKey::from_seed(&[8; 32]);
    let (m4, b4) = publish(&stranger, "Test", 4, "2026-11-24T10:00:00Z", &files("Versie vier.")).unwrap();
    put(&srv, &m4, &b4).await;
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), refuse("key", 4, &m4));

    // Version 5: a correct manifest, but the stored bytes are cut short.
    let (m5, b5) = publish(&key, "Test", 5, "2026-11-24T10:00:00Z", &files("Versie vijf.")).unwrap();
    put(&srv, &m5, &b5[..b5.len() / 2]).await;
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), refuse("damaged", 5, &m5));

    // Version 6: properly signed bytes that are not a bundle.
    let junk = b"{\"format\":1,\"version\":6,\"articles\":\"nope\"}".to_vec();
    let signer = SigningKey::from_bytes(&[7; 32]);
    let mut m6 = Manifest {
        format: 1,
        version: 6,
        published_at: "2026-11-24T10:00:00Z".into(),
        organisation: "Test".into(),
        size: junk.len() as u64,
        sha256: Sha256::digest(&junk).iter().map(|b| format!("{b:02x}")).collect(),
        key_id: key.key_id(),
        signature: String::new(),
    };
    m6.signature = base64::engine::general_purpose::STANDARD.encode(signer.sign(&signing_input(&m6)).to_bytes());
    put(&srv, &m6, &junk).await;
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), refuse("malformed", 6, &m6));

    // Version 7, fine, but the connection drops halfway through the
    // download: "offline", try again later; nothing changed.
    let (m7, b7) = publish(&key, "Test", 7, "2026-11-25T10:00:00Z", &files("Versie zeven.")).unwrap();
    put(&srv, &m7, &b7).await;
    proxy.set(Fault::CutResponseAfter(b7.len() / 2));
    let err = update_content(&app, &client, &pinned, None).await.unwrap_err();
    assert!(err.is_temporary(), "{err:?}");
    assert!(article_html(&app).contains("Nieuwe zin van versie twee."), "the old content stays after every refusal");
    proxy.set(Fault::None);
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), ContentOutcome::Applied { version: 7 });
    assert!(article_html(&app).contains("Versie zeven."));
    assert!(!article_html(&app).contains("Nieuwe zin van versie twee."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_signed_bundle_cannot_roll_the_library_back() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let key = ContentKey::from_seed(&[7; 32]);
    let pinned = [key.public_key()];
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(dir.path());

    let (m5, b5) = publish(&key, "Test", 5, "2026-11-23T10:00:00Z", &files("Versie vijf.")).unwrap();
    put(&srv, &m5, &b5).await;
    assert_eq!(update_content(&app, &client, &pinned, None).await.unwrap(), ContentOutcome::Applied { version: 5 });

    // A fresh server (or a malicious one) offers an older, validly signed bundle.
    let old = Server::start().await;
    let (m3, b3) = publish(&key, "Test", 3, "2026-11-20T10:00:00Z", &files("Oude versie drie.")).unwrap();
    put(&old, &m3, &b3).await;
    let old_client = Client::new(&old.base()).unwrap();
    assert_eq!(update_content(&app, &old_client, &pinned, None).await.unwrap(), ContentOutcome::UpToDate);
    assert!(article_html(&app).contains("Versie vijf."));
}

//! Sync against the real partner server, in process on loopback with its
//! SQLite storage: two devices restored from the same recovery key share
//! one anonymous account, see each other's entries, converge after
//! concurrent edits (the loser kept as a conflict copy), and a deletion
//! reaches both and stays. With the server down, sync says "offline" and
//! nothing is lost.

mod common;

use std::sync::Mutex;

use chrono::Utc;
use common::{note, pin, texts, Server};
use huiskamer_core::sync::{allowed_server, sync_once, Client, SyncError};
use huiskamer_core::vault::{KdfParams, Secret, Vault, VaultError};

/// Device A, set up; device B, restored from A's backup with the recovery
/// key and its own PIN.
fn two_devices(dir: &std::path::Path) -> (Mutex<Vault>, Mutex<Vault>) {
    let mut a = Vault::open_with(&dir.join("a.sqlite"), KdfParams::TEST).unwrap();
    let rk = a.set_up(&pin()).unwrap();
    let backup = a.export().unwrap();
    let mut b = Vault::open_with(&dir.join("b.sqlite"), KdfParams::TEST).unwrap();
    b.restore(&backup, &rk, &Secret::new("604817"), Utc::now()).unwrap();
    (Mutex::new(a), Mutex::new(b))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_devices_converge_through_the_server() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_devices(dir.path());

    // A writes offline, then syncs: registers anonymously and pushes.
    let first = a.lock().unwrap().save(None, note("eerste"), Utc::now()).unwrap();
    assert_eq!(a.lock().unwrap().pending_count().unwrap(), 1);
    let r = sync_once(&a, &client).await.unwrap();
    assert_eq!((r.pushed, r.pending), (1, 0));
    // B pulls it.
    let r = sync_once(&b, &client).await.unwrap();
    assert_eq!(r.pulled, 1);
    assert_eq!(texts(&b), vec!["eerste"]);

    // Both edit the same entry before syncing: B's edit is later, so it
    // wins; A's losing edit is kept as a copy on both devices.
    a.lock().unwrap().save(Some(&first.id), note("versie A"), Utc::now()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.lock().unwrap().save(Some(&first.id), note("versie B"), Utc::now()).unwrap();
    sync_once(&b, &client).await.unwrap();
    let r = sync_once(&a, &client).await.unwrap();
    assert_eq!(r.conflict_copies, 1);
    sync_once(&b, &client).await.unwrap();
    assert_eq!(texts(&a), vec!["versie A (copy)", "versie B"]);
    assert_eq!(texts(&b), texts(&a));

    // A deletion reaches the other device and stays deleted, even when the
    // other device syncs an older state again.
    a.lock().unwrap().delete(&first.id, Utc::now()).unwrap();
    sync_once(&a, &client).await.unwrap();
    sync_once(&b, &client).await.unwrap();
    assert!(matches!(b.lock().unwrap().get(&first.id), Err(VaultError::NotFound)));
    sync_once(&b, &client).await.unwrap();
    sync_once(&a, &client).await.unwrap();
    assert_eq!(texts(&a), vec!["versie A (copy)"]);
    assert_eq!(texts(&b), texts(&a));

    // Both vaults still open: every merge kept the integrity digest right.
    for v in [&a, &b] {
        let mut v = v.lock().unwrap();
        v.lock();
        let secret = if v.path().ends_with("a.sqlite") { pin() } else { Secret::new("604817") };
        v.unlock(&secret, Utc::now()).unwrap();
    }
    drop(srv);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_is_calm_and_loses_nothing() {
    let mut srv = Server::start().await;
    let base = srv.base();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_devices(dir.path());
    let client = Client::new(&base).unwrap();
    sync_once(&a, &client).await.unwrap();

    srv.stop().await;
    a.lock().unwrap().save(None, note("geschreven zonder internet"), Utc::now()).unwrap();
    let err = sync_once(&a, &client).await.unwrap_err();
    assert!(matches!(err, SyncError::Offline(_)), "{err:?}");
    assert!(err.is_temporary());
    assert_eq!(a.lock().unwrap().pending_count().unwrap(), 1, "the change waits in the outbox");
    drop(srv);

    // A new server on the same address is not guaranteed; a fresh one shows
    // the outbox is delivered once a server answers.
    let srv2 = Server::start().await;
    let client2 = Client::new(&srv2.base()).unwrap();
    let r = sync_once(&a, &client2).await.unwrap();
    assert_eq!((r.pushed, r.pending), (1, 0));
    sync_once(&b, &client2).await.unwrap();
    assert_eq!(texts(&b), vec!["geschreven zonder internet"]);
}

#[tokio::test]
async fn a_server_cannot_slip_in_records_of_its_own() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (a, _b) = two_devices(dir.path());
    sync_once(&a, &client).await.unwrap();
    // Another diary (another key) pushes into the same account: its records
    // do not open with A's key and are refused, not shown.
    let key = *a.lock().unwrap().sync_auth_key().unwrap();
    let mut other = Vault::open_with(&dir.path().join("other.sqlite"), KdfParams::TEST).unwrap();
    other.set_up(&pin()).unwrap();
    other.save(None, note("untergeschoben"), Utc::now()).unwrap();
    client.push(&key, common::outbox_as_wire(&other)).await.unwrap();
    let r = sync_once(&a, &client).await.unwrap();
    assert_eq!(r.refused, 1);
    assert!(a.lock().unwrap().entries().unwrap().is_empty());
}

#[test]
fn only_https_or_this_machine() {
    assert!(allowed_server("https://partner.example.nl/").is_ok());
    assert!(allowed_server("http://127.0.0.1:8787").is_ok());
    assert!(allowed_server("http://localhost:8787").is_ok());
    assert!(allowed_server("http://[::1]:8787").is_ok());
    for bad in [
        "http://partner.example.nl/",
        "ftp://x",
        "https://user:pw@x.nl/",
        "https://x.nl/?track=1",
        "not a url",
        "file:///etc",
    ] {
        assert!(matches!(allowed_server(bad), Err(SyncError::Address(_))), "{bad} accepted");
    }
}

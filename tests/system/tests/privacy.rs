//! Privacy on the wire, and the background loop's status: a full round
//! (content, diary backup, messages) talks only to the configured server,
//! ignores proxy settings from the environment, and sends no identifying
//! headers; being offline shows as a calm "offline" with nothing lost.

mod common;

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::Utc;
use common::{devices, note, Fault, Proxy, Server, Worker};
use huiskamer_core::background::{Engine, Host, SyncState};
use huiskamer_core::contact::start_conversation;
use huiskamer_core::vault::Vault;
use huiskamer_core::App;

struct TestHost {
    server: Option<String>,
    vault: Mutex<Vault>,
    app: Mutex<App>,
    replies: AtomicU64,
    /// Presses "Sync now" on this engine in the middle of each round.
    press_during: Option<Arc<Engine>>,
}

impl Host for TestHost {
    type Vault = Mutex<Vault>;
    type Library = Mutex<App>;
    fn server(&self) -> Option<String> {
        self.server.clone()
    }
    fn vault(&self) -> &Mutex<Vault> {
        &self.vault
    }
    fn library(&self) -> &Mutex<App> {
        &self.app
    }
    fn unlocked(&self) -> bool {
        self.vault.lock().unwrap().is_unlocked()
    }
    fn pending(&self) -> u64 {
        self.vault.lock().unwrap().pending_count().unwrap_or(0)
    }
    /// Counts the conversations that brought replies.
    fn replies(&self, conversations: &[String]) {
        self.replies.fetch_add(conversations.len() as u64, Ordering::SeqCst);
    }
    /// Called mid-round, after the content check.
    fn organisations(&self, _list: &[huiskamer_protocol::messages::Organisation]) {
        if let Some(engine) = &self.press_during {
            engine.sync_now();
        }
    }
}

/// A device whose diary is set up and unlocked, with the app's library, syncing with `server`.
fn host(dir: &std::path::Path, server: Option<String>) -> TestHost {
    TestHost {
        server,
        vault: Mutex::new(devices(dir, 1).pop().unwrap().into_inner().unwrap()),
        app: Mutex::new(App::open(&dir.join("app"), &["en".to_string()]).unwrap()),
        replies: AtomicU64::new(0),
        press_during: None,
    }
}

/// A listener that only counts who connects to it.
async fn decoy() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    tokio::spawn(async move {
        while let Ok((_s, _)) = listener.accept().await {
            h.fetch_add(1, Ordering::SeqCst);
        }
    });
    (format!("http://{addr}"), hits)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_round_talks_only_to_the_partner_server_and_says_nothing_about_the_device() {
    // Proxy settings in the environment must not divert the app's traffic.
    let (decoy_url, decoy_hits) = decoy().await;
    for var in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"] {
        std::env::set_var(var, &decoy_url);
    }

    let srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let dir = tempfile::tempdir().unwrap();
    let host = host(dir.path(), Some(proxy.base()));
    host.vault.lock().unwrap().save(None, note("afspraak"), Utc::now()).unwrap();
    let conv =
        start_conversation(&mut host.vault.lock().unwrap(), "main", "Test organisation", "Hallo", Utc::now()).unwrap();

    let engine = Engine::new(Vec::new());
    engine.round(&host).await.unwrap();
    let status = engine.status();
    assert_eq!(status.state, SyncState::Synced);
    assert_eq!((status.pending, status.queued_messages), (0, 0));
    assert!(status.last_synced.is_some());
    assert_eq!(status.server.as_deref(), Some("127.0.0.1"));

    // A reply arrives with the next round and is announced once.
    let sid = host.vault.lock().unwrap().conversation(&conv.id).unwrap().server_id.unwrap();
    let mut worker = Worker::sign_in(&srv, "sam").await;
    worker.reply(&sid, "Welkom.").await;
    engine.round(&host).await.unwrap();
    engine.round(&host).await.unwrap();
    assert_eq!(host.replies.load(Ordering::SeqCst), 1);

    assert_eq!(decoy_hits.load(Ordering::SeqCst), 0, "no request went through an environment proxy");
    let heads = proxy.heads();
    assert!(heads.len() >= 6, "{heads:?}");
    let allowed = ["host", "authorization", "content-type", "content-length", "accept"];
    for head in &heads {
        let mut lines = head.lines();
        let request = lines.next().unwrap();
        assert!(request.contains(" /v1/"), "only the API: {request}");
        for line in lines {
            let name = line.split(':').next().unwrap().trim().to_ascii_lowercase();
            assert!(allowed.contains(&name.as_str()), "header {name} sent in {request}");
            if name == "host" {
                assert_eq!(line.split_once(':').unwrap().1.trim(), proxy.addr.to_string());
            }
        }
    }
    for var in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"] {
        std::env::remove_var(var);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_is_a_calm_state_and_the_diary_waits_while_locked() {
    let srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let dir = tempfile::tempdir().unwrap();
    let host = host(dir.path(), Some(proxy.base()));
    let engine = Engine::new(Vec::new());

    // Not configured: off, and nothing is attempted.
    let unset = TestHost { server: None, ..host };
    engine.round(&unset).await.unwrap();
    assert_eq!(engine.status().state, SyncState::Off);
    let host = TestHost { server: Some(proxy.base()), ..unset };

    host.vault.lock().unwrap().save(None, note("offline"), Utc::now()).unwrap();
    proxy.set(Fault::Refuse);
    let err = engine.round(&host).await.unwrap_err();
    assert!(err.is_temporary());
    assert_eq!(host.pending(), 1);

    // Locked: content still updates; the diary waits, and says so.
    proxy.set(Fault::None);
    host.vault.lock().unwrap().lock();
    engine.round(&host).await.unwrap();
    let s = engine.status();
    assert_eq!((s.state, s.pending, s.waiting_for_unlock), (SyncState::Synced, 1, true));
    host.vault.lock().unwrap().unlock(&common::pin(), Utc::now()).unwrap();
    engine.round(&host).await.unwrap();
    let s = engine.status();
    assert_eq!((s.pending, s.waiting_for_unlock), (0, false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_now_says_syncing_until_a_round_started_after_the_press_has_finished() {
    let srv = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let host = host(dir.path(), Some(srv.base()));
    let engine = Engine::new(Vec::new());
    engine.round(&host).await.unwrap();
    assert_eq!(engine.status().state, SyncState::Synced);

    // A new entry, then "Sync now": what she sees at once is "syncing",
    // not the last round's "synced" (which did not carry the entry).
    host.vault.lock().unwrap().save(None, note("na het drukken"), Utc::now()).unwrap();
    engine.sync_now();
    assert_eq!((engine.status().state, host.pending()), (SyncState::Syncing, 1));

    // Pressed again while a round runs: that round does not say "synced".
    let host = TestHost { press_during: Some(engine.clone()), ..host };
    engine.round(&host).await.unwrap();
    assert_eq!(engine.status().state, SyncState::Syncing);
    let host = TestHost { press_during: None, ..host };
    engine.round(&host).await.unwrap();
    let s = engine.status();
    assert_eq!((s.state, s.pending), (SyncState::Synced, 0));

    // With no partner server, "Sync now" leaves the status off.
    let unset = TestHost { server: None, ..host };
    engine.round(&unset).await.unwrap();
    engine.sync_now();
    assert_eq!(engine.status().state, SyncState::Off);
}

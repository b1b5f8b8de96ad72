//! Nothing is lost under faults: the real partner server on loopback, a
//! fault-injecting TCP proxy between it and the devices, and after the
//! faults heal every device and the server hold the same records, every
//! acknowledged write is there, and no deleted entry comes back.

mod common;

use std::sync::Mutex;
use std::time::Duration;

use chrono::Utc;
use common::{devices, note, raw_state, texts, Fault, Proxy, Server};
use huiskamer_core::sync::{sync_once, Client, SyncError};
use huiskamer_core::vault::Vault;
use proptest::prelude::*;

/// Syncs every device until a whole pass changes nothing.
async fn settle(devs: &[Mutex<Vault>], client: &Client) {
    for _ in 0..4 {
        for d in devs {
            sync_once(d, client).await.unwrap();
        }
    }
}

fn assert_converged(devs: &[Mutex<Vault>]) {
    let first = raw_state(&devs[0]);
    for d in &devs[1..] {
        assert_eq!(raw_state(d), first, "devices differ");
    }
    for d in devs {
        assert_eq!(d.lock().unwrap().pending_count().unwrap(), 0, "nothing waits");
    }
}

/// The server's records for the devices' account, as (id, version, deleted).
async fn server_state(client: &Client, dev: &Mutex<Vault>) -> Vec<(String, u64, bool)> {
    let key = *dev.lock().unwrap().sync_auth_key().unwrap();
    client.register(&key).await.unwrap();
    let (mut out, mut since) = (Vec::new(), 0);
    loop {
        let page = client.pull(&key, since, 1000).await.unwrap();
        out.extend(page.records.into_iter().map(|r| {
            let r = r.record();
            (r.id, r.version, r.tombstone)
        }));
        if !page.has_more {
            break;
        }
        since = page.next_cursor;
    }
    out.sort();
    out
}

fn local_state(dev: &Mutex<Vault>) -> Vec<(String, u64, bool)> {
    raw_state(dev).into_iter().map(|(id, v, d, _)| (id, v, d)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_lost_on_the_way_back_are_sent_again_and_stored_once() {
    let srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    settle(&devs, &client).await;

    for i in 0..40 {
        devs[0].lock().unwrap().save(None, note(&format!("entry {i}")), Utc::now()).unwrap();
    }
    // The server stores the push, but its answer never arrives.
    proxy.set(Fault::CutResponseAfter(0));
    let err = sync_once(&devs[0], &client).await.unwrap_err();
    assert!(err.is_temporary(), "{err:?}");
    assert_eq!(devs[0].lock().unwrap().pending_count().unwrap(), 40, "not acknowledged: still waiting");
    // Half an answer is no answer either.
    proxy.set(Fault::CutResponseAfter(150));
    assert!(sync_once(&devs[0], &client).await.unwrap_err().is_temporary());
    assert!(proxy.cut.load(std::sync::atomic::Ordering::SeqCst) >= 2);

    proxy.set(Fault::None);
    let r = sync_once(&devs[0], &client).await.unwrap();
    assert_eq!((r.pushed, r.pending, r.conflict_copies), (40, 0, 0), "the same versions again: accepted, no conflicts");
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert_eq!(texts(&devs[1]).len(), 40);
    assert_eq!(server_state(&client, &devs[0]).await, local_state(&devs[0]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pull_cut_off_midway_resumes_from_its_cursor() {
    let srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    for i in 0..1200 {
        devs[0].lock().unwrap().save(None, note(&format!("n{i}")), Utc::now()).unwrap();
    }
    sync_once(&devs[0], &client).await.unwrap();
    // B's first pull page is cut after 20 KB of a ~1 MB answer.
    proxy.set(Fault::CutResponseAfter(20_000));
    assert!(sync_once(&devs[1], &client).await.unwrap_err().is_temporary());
    let got = texts(&devs[1]).len();
    assert!([0, 500, 1000].contains(&got), "whole pages only, got {got}");
    proxy.set(Fault::None);
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert_eq!(texts(&devs[1]).len(), 1200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_dies_mid_push_and_comes_back() {
    let mut srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    for i in 0..2000 {
        devs[0].lock().unwrap().save(None, note(&format!("w{i}")), Utc::now()).unwrap();
    }
    // Four batches of 500: kill the server (as the client sees it: every
    // connection cut, no new ones) while they are on their way.
    let push = sync_once(&devs[0], &client);
    let kill = async {
        tokio::time::sleep(Duration::from_millis(150)).await;
        proxy.set(Fault::Refuse);
        srv.stop().await;
    };
    let (res, ()) = tokio::join!(push, kill);
    let waiting = devs[0].lock().unwrap().pending_count().unwrap();
    match res {
        Ok(r) => assert_eq!(r.pending, 0, "finished before the kill"),
        // Cut mid-sync. Usually some of the four batches still wait; when the
        // kill lands after the last batch was acknowledged, it is the pull
        // that follows which is cut, and nothing waits: both are a
        // temporary error, and either way what was acknowledged is kept.
        Err(e) => assert!(e.is_temporary(), "{e:?}"),
    }
    // The server restarts on its database; everything acknowledged is there.
    srv.restart().await;
    proxy.retarget(srv.addr);
    proxy.set(Fault::None);
    let acknowledged = 2000 - waiting;
    let on_server = server_state(&client, &devs[0]).await.len() as u64;
    assert!(on_server >= acknowledged, "acknowledged {acknowledged}, on the server {on_server}");
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert_eq!(texts(&devs[1]).len(), 2000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_stopped_mid_sync_picks_up_where_it_was() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    for i in 0..1500 {
        devs[0].lock().unwrap().save(None, note(&format!("k{i}")), Utc::now()).unwrap();
    }
    // The sync is stopped at several points, as a killed app would be
    // (the device's state is only what its committed transactions wrote).
    for ms in [1u64, 20, 60, 120] {
        let _ = tokio::time::timeout(Duration::from_millis(ms), sync_once(&devs[0], &client)).await;
        let _ = tokio::time::timeout(Duration::from_millis(ms), sync_once(&devs[1], &client)).await;
    }
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert_eq!(texts(&devs[1]).len(), 1500);
    // The devices' diaries still open: every step kept the digest right.
    for (i, d) in devs.iter().enumerate() {
        let mut v = d.lock().unwrap();
        v.lock();
        v.unlock(&common::pin(), Utc::now()).unwrap_or_else(|e| panic!("device {i}: {e}"));
    }
}

const CHILD_DIR: &str = "HUISKAMER_SYNC_CHILD_DIR";
const CHILD_SERVER: &str = "HUISKAMER_SYNC_CHILD_SERVER";

/// Not a test on its own: the child process of the SIGKILL test. It writes
/// entries and syncs, over and over, saying when each sync starts.
#[test]
fn child_syncer() {
    let (Ok(dir), Ok(server)) = (std::env::var(CHILD_DIR), std::env::var(CHILD_SERVER)) else { return };
    let mut v =
        Vault::open_with(&std::path::PathBuf::from(dir).join("dev0.sqlite"), huiskamer_core::vault::KdfParams::TEST)
            .unwrap();
    v.unlock(&common::pin(), Utc::now()).unwrap();
    let v = Mutex::new(v);
    let client = Client::new(&server).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    for round in 0.. {
        for i in 0..300 {
            v.lock().unwrap().save(None, note(&format!("child {round} {i}")), Utc::now()).unwrap();
        }
        println!("SYNCING {round}");
        rt.block_on(sync_once(&v, &client)).unwrap();
        println!("SYNCED {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_killed_mid_sync_loses_nothing_and_converges() {
    use std::io::{BufRead, BufReader};
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    let dev1 = devs.into_iter().nth(1).unwrap();
    // Three times: the app is killed (SIGKILL: no destructors, no flush)
    // a few milliseconds into a sync.
    for (round, delay_ms) in [(0u64, 5u64), (1, 40), (2, 0)] {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["child_syncer", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR, dir.path())
            .env(CHILD_SERVER, srv.base())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let started = tokio::task::spawn_blocking(move || {
            let mut lines = BufReader::new(stdout).lines();
            // Let one whole sync pass, then kill during the next.
            loop {
                let line = lines.next().expect("the child runs until killed").unwrap();
                if line.starts_with("SYNCING") && line != "SYNCING 0" {
                    return line;
                }
            }
        })
        .await
        .unwrap();
        tokio::time::sleep(Duration::from_millis(delay_ms)).await;
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(started.starts_with("SYNCING"), "round {round}");
    }
    // The killed device's diary opens, and after the next syncs both
    // devices and the server hold the same records: all of them.
    let mut v = Vault::open_with(&dir.path().join("dev0.sqlite"), huiskamer_core::vault::KdfParams::TEST).unwrap();
    v.unlock(&common::pin(), Utc::now()).expect("the killed device's diary still opens");
    let written = v.entries().unwrap().len();
    assert!(written >= 3 * 600, "{written}");
    let devs = vec![Mutex::new(v), dev1];
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert_eq!(texts(&devs[1]).len(), written);
    assert_eq!(server_state(&client, &devs[0]).await, local_state(&devs[0]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicated_and_reordered_pushes_change_nothing() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    settle(&devs, &client).await;
    let key = *devs[0].lock().unwrap().sync_auth_key().unwrap();
    let wire = |v: &Mutex<Vault>| common::outbox_as_wire(&v.lock().unwrap());
    let e = devs[0].lock().unwrap().save(None, note("v1"), Utc::now()).unwrap();
    let v1 = wire(&devs[0]);
    devs[0].lock().unwrap().save(Some(&e.id), note("v2"), Utc::now()).unwrap();
    let v2 = wire(&devs[0]);
    devs[0].lock().unwrap().delete(&e.id, Utc::now()).unwrap();
    let gone = wire(&devs[0]);

    // Delivered out of order and twice: the deletion first, then the
    // older versions, then the deletion again.
    for batch in [&gone, &v2, &v1, &gone, &v1] {
        let answer = client.push(&key, batch.to_vec()).await.unwrap();
        assert_eq!(answer.accepted.len() + answer.conflicts.len(), 1);
    }
    let server = server_state(&client, &devs[0]).await;
    assert_eq!(server, vec![(e.id.clone(), gone[0].version, true)], "the newest version, once");
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert!(texts(&devs[1]).is_empty(), "the deleted entry did not come back");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn skewed_clocks_do_not_let_an_old_edit_win() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    // A's clock runs a day ahead.
    let ahead = Utc::now() + chrono::Duration::days(1);
    let e = devs[0].lock().unwrap().save(None, note("from A, clock ahead"), ahead).unwrap();
    sync_once(&devs[0], &client).await.unwrap();
    sync_once(&devs[1], &client).await.unwrap();
    // B, with the right time, edits after seeing A's version: its edit is
    // the newer one, whatever the wall clocks say.
    devs[1].lock().unwrap().save(Some(&e.id), note("from B, later"), Utc::now()).unwrap();
    settle(&devs, &client).await;
    assert_converged(&devs);
    assert_eq!(texts(&devs[0]), vec!["from B, later"]);
    // And a deletion on B, after A's skewed edit, stays a deletion.
    devs[1].lock().unwrap().delete(&e.id, Utc::now()).unwrap();
    settle(&devs, &client).await;
    assert!(texts(&devs[0]).is_empty());
    assert_converged(&devs);
}

/// One step of a random history.
#[derive(Debug, Clone)]
enum Op {
    Write {
        dev: usize,
        entry: usize,
        skew_hours: i64,
    },
    Delete {
        dev: usize,
        entry: usize,
    },
    Sync {
        dev: usize,
    },
    /// The device's next sync loses the server's answers.
    LostAnswer {
        dev: usize,
    },
}

fn op(devs: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..devs, 0..4usize, -48i64..48).prop_map(|(dev, entry, skew_hours)| Op::Write { dev, entry, skew_hours }),
        2 => (0..devs, 0..4usize).prop_map(|(dev, entry)| Op::Delete { dev, entry }),
        3 => (0..devs).prop_map(|dev| Op::Sync { dev }),
        1 => (0..devs).prop_map(|dev| Op::LostAnswer { dev }),
    ]
}

fn history() -> impl Strategy<Value = (usize, Vec<Op>)> {
    (2usize..=3).prop_flat_map(|n| (Just(n), prop::collection::vec(op(n), 1..30)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random histories of two or three devices writing, deleting and
    /// syncing (some answers lost, clocks skewed by up to two days): once
    /// every device has synced, all hold the same records as the server,
    /// and each entry is in the state of its newest version.
    #[test]
    fn random_histories_converge((n, ops) in history()) {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        rt.block_on(async move {
            let srv = Server::start().await;
            let proxy = Proxy::start(srv.addr).await;
            let client = Client::new(&proxy.base()).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let devs = devices(dir.path(), n);
            // Entries every device knows: created on device 0 and synced.
            let mut ids = Vec::new();
            for i in 0..4 {
                ids.push(devs[0].lock().unwrap().save(None, note(&format!("start {i}")), Utc::now()).unwrap().id);
            }
            settle(&devs, &client).await;
            let mut counter = 0;
            for op in &ops {
                match *op {
                    Op::Write { dev, entry, skew_hours } => {
                        counter += 1;
                        let at = Utc::now() + chrono::Duration::hours(skew_hours);
                        let mut v = devs[dev].lock().unwrap();
                        // An entry deleted here can't be edited; write a new one then.
                        let id = v.get(&ids[entry]).ok().map(|_| ids[entry].clone());
                        v.save(id.as_deref(), note(&format!("edit {counter}")), at).unwrap();
                    }
                    Op::Delete { dev, entry } => {
                        let mut v = devs[dev].lock().unwrap();
                        if v.get(&ids[entry]).is_ok() {
                            v.delete(&ids[entry], Utc::now()).unwrap();
                        }
                    }
                    Op::Sync { dev } => {
                        sync_once(&devs[dev], &client).await.unwrap();
                    }
                    Op::LostAnswer { dev } => {
                        proxy.set(Fault::CutResponseAfter(0));
                        let r = sync_once(&devs[dev], &client).await;
                        proxy.set(Fault::None);
                        assert!(matches!(r, Err(SyncError::Offline(_)) | Ok(_)), "{r:?}");
                    }
                }
            }
            // Deleted-and-newest entries: no device may show them again.
            settle(&devs, &client).await;
            assert_converged(&devs);
            let server = server_state(&client, &devs[0]).await;
            assert_eq!(server, local_state(&devs[0]));
            for (id, _, deleted) in &server {
                for d in &devs {
                    let shown = d.lock().unwrap().get(id).is_ok();
                    assert_eq!(shown, !deleted, "entry {id}: deleted={deleted} but shown={shown}");
                }
            }
        });
    }
}

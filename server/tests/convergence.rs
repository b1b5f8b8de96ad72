//! Sync convergence, as a property: random histories of three devices
//! writing, deleting, pushing (sometimes twice: a retry), and pulling in
//! small pages, against the server's real storage (SQLite files). After
//! everyone pushes and pulls once more, every device holds exactly what
//! the server holds, each record at the highest version ever written for
//! it (no acknowledged write is lost), and a deleted record stays deleted
//! unless it was written again later.

use std::collections::BTreeMap;

use huiskamer_server::storage::{self, NewRecord, PushOutcome, Row};
use proptest::prelude::*;

const DEVICES: usize = 3;

#[derive(Debug, Clone)]
enum Op {
    Write { device: usize, id: u8, tombstone: bool },
    Push { device: usize, retry: bool },
    Pull { device: usize, page: u32 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..DEVICES, 0u8..5, prop::bool::weighted(0.25)).prop_map(|(device, id, tombstone)| Op::Write { device, id, tombstone }),
        2 => (0..DEVICES, any::<bool>()).prop_map(|(device, retry)| Op::Push { device, retry }),
        2 => (0..DEVICES, 1u32..4).prop_map(|(device, page)| Op::Pull { device, page }),
    ]
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Version {
    version: u64,
    tombstone: bool,
    content: Vec<u8>,
}

#[derive(Default)]
struct Device {
    records: BTreeMap<String, Version>,
    outbox: BTreeMap<String, Version>,
    clock: u64,
    cursor: u64,
}

impl Device {
    /// Last writer wins: the higher version; equal versions are the same write.
    fn merge(&mut self, row: &Row) {
        self.clock = self.clock.max(row.version >> 2);
        let theirs = Version { version: row.version, tombstone: row.tombstone, content: row.ciphertext.clone() };
        match self.records.get(&row.id) {
            Some(mine) if mine.version >= row.version => {}
            _ => {
                self.records.insert(row.id.clone(), theirs);
            }
        }
    }
}

fn new_record(id: &str, v: &Version) -> NewRecord {
    NewRecord {
        id: id.into(),
        kind: "diary".into(),
        version: v.version,
        tombstone: v.tombstone,
        ciphertext: v.content.clone(),
    }
}

async fn pull_all(store: &dyn storage::Storage, account: &str, device: &mut Device, page: u32) {
    loop {
        let (rows, more) = store.pull(account, device.cursor, page).await.unwrap();
        for r in &rows {
            device.merge(r);
            device.cursor = device.cursor.max(r.seq);
        }
        if !more {
            break;
        }
    }
}

async fn push(store: &dyn storage::Storage, account: &str, device: &mut Device, retry: bool) {
    let batch: Vec<NewRecord> = device.outbox.iter().map(|(id, v)| new_record(id, v)).collect();
    if batch.is_empty() {
        return;
    }
    let mut outcomes = store.push(account, batch.clone()).await.unwrap();
    if retry {
        // The answer was lost and the client sends the same batch again.
        outcomes = store.push(account, batch).await.unwrap();
    }
    for o in outcomes {
        match o {
            PushOutcome::Accepted { id, .. } => {
                device.outbox.remove(&id);
            }
            PushOutcome::Conflict(row) => {
                device.outbox.remove(&row.id);
                device.merge(&row);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn devices_converge_and_nothing_acknowledged_is_lost(ops in proptest::collection::vec(op(), 1..60)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let dir = tempfile::tempdir().unwrap();
            let store = storage::open(&format!("sqlite:{}", dir.path().join("s.sqlite").display())).await.unwrap();
            store.create_account("acct", &[7u8; 32]).await.unwrap();
            let mut devices: Vec<Device> = (0..DEVICES).map(|_| Device::default()).collect();
            // Every version ever written, per record: the highest must win.
            let mut written: BTreeMap<String, Version> = BTreeMap::new();
            let mut n = 0u8;
            for op in ops {
                match op {
                    Op::Write { device, id, tombstone } => {
                        let d = &mut devices[device];
                        d.clock += 1;
                        n = n.wrapping_add(1);
                        // Hybrid-clock-like: counter, then the device as the tie-break.
                        let v = Version { version: (d.clock << 2) | device as u64, tombstone, content: if tombstone { vec![] } else { vec![n, device as u8] } };
                        let id = format!("r{id}");
                        d.records.insert(id.clone(), v.clone());
                        d.outbox.insert(id.clone(), v.clone());
                        if older_or_missing(written.get(&id), v.version) {
                            written.insert(id, v);
                        }
                    }
                    Op::Push { device, retry } => push(&*store, "acct", &mut devices[device], retry).await,
                    Op::Pull { device, page } => pull_all(&*store, "acct", &mut devices[device], page).await,
                }
            }
            // Heal: everyone pushes what is left, then everyone pulls.
            for d in devices.iter_mut() {
                push(&*store, "acct", d, false).await;
            }
            for d in devices.iter_mut() {
                pull_all(&*store, "acct", d, 2).await;
            }
            let mut server = Device::default();
            pull_all(&*store, "acct", &mut server, 100).await;
            for (i, d) in devices.iter().enumerate() {
                assert_eq!(d.records, server.records, "device {i} differs from the server");
                assert!(d.outbox.is_empty());
            }
            assert_eq!(server.records, written, "the highest version of every record won");
        });
    }
}

fn older_or_missing(current: Option<&Version>, version: u64) -> bool {
    current.map(|v| v.version < version).unwrap_or(true)
}

//! Benchmarks of the diary vault, each next to the raw cost of the same
//! work measured in the same run, so the overhead reads as a ratio:
//! unlock (Argon2id at the shipped cost), 10,000 entries encrypted and
//! written in batches vs raw SQLite inserts of the same row sizes, and
//! 10,000 entries read and decrypted vs reading the same rows raw.
//! `scripts/bench-report.mjs` adds `openssl speed -evp aes-256-gcm` from the
//! same machine. Run: `cargo bench -p huiskamer-system --bench vault`.

mod fixtures;

use chrono::Utc;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use huiskamer_core::vault::{EntryBody, KdfParams, Secret, Vault};
use rusqlite::{params, Connection};

const N: usize = 10_000;
const BATCH: usize = 500;

fn bodies() -> Vec<EntryBody> {
    (0..N).map(fixtures::entry).collect()
}

fn vault(dir: &std::path::Path) -> Vault {
    let mut v = Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap();
    v.set_up(&Secret::new("482916")).unwrap();
    v
}

fn raw_db(dir: &std::path::Path) -> Connection {
    let c = Connection::open(dir.join("raw.sqlite")).unwrap();
    c.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, version INTEGER NOT NULL,
                               deleted INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL);",
    )
    .unwrap();
    c
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("vault unlock");
    group.sample_size(10);
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(&dir.path().join("vault.sqlite")).unwrap();
    v.set_up(&Secret::new("482916")).unwrap();
    let p = KdfParams::default();
    group.bench_function(format!("Argon2id {} MiB t={} p={}", p.m_kib / 1024, p.t, p.p), |b| {
        b.iter(|| {
            v.lock();
            v.unlock(&Secret::new("482916"), Utc::now()).unwrap();
        })
    });
    group.finish();

    let all = bodies();
    // The row sizes the vault writes, for the raw baseline.
    let sizes: Vec<usize> = {
        let d = tempfile::tempdir().unwrap();
        let mut v = vault(d.path());
        v.save_batch(all.clone(), Utc::now()).unwrap();
        let conn = Connection::open(d.path().join("vault.sqlite")).unwrap();
        let mut stmt = conn.prepare("SELECT length(data) FROM records").unwrap();
        stmt.query_map([], |r| r.get::<_, i64>(0)).unwrap().map(|r| r.unwrap() as usize).collect()
    };

    // What the report needs to turn times into bytes per second.
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/criterion");
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(
        out.join("vault-sizes.json"),
        format!("{{\"records\": {}, \"ciphertext_bytes\": {}}}", sizes.len(), sizes.iter().sum::<usize>()),
    );

    let mut group = c.benchmark_group("vault 10k");
    group.sample_size(10);
    group.bench_function("encrypt+write, batches of 500", |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let v = vault(d.path());
                (d, v, all.clone())
            },
            |(_d, mut v, bodies)| {
                let mut it = bodies.into_iter();
                loop {
                    let chunk: Vec<EntryBody> = it.by_ref().take(BATCH).collect();
                    if chunk.is_empty() {
                        break;
                    }
                    v.save_batch(chunk, Utc::now()).unwrap();
                }
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("raw SQLite insert, same rows", |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let c = raw_db(d.path());
                (d, c)
            },
            |(_d, mut c)| {
                for (n, chunk) in sizes.chunks(BATCH).enumerate() {
                    let tx = c.transaction().unwrap();
                    for (i, &len) in chunk.iter().enumerate() {
                        let data = vec![0x5Au8; len];
                        tx.execute(
                            "INSERT INTO records (id, kind, version, deleted, data) VALUES (?1, 'entry', ?2, 0, ?3)",
                            params![format!("{:032x}", n * BATCH + i), i as i64, data],
                        )
                        .unwrap();
                    }
                    tx.commit().unwrap();
                }
            },
            BatchSize::PerIteration,
        )
    });

    let d = tempfile::tempdir().unwrap();
    let mut v = vault(d.path());
    v.save_batch(all.clone(), Utc::now()).unwrap();
    group.bench_function("read+decrypt", |b| b.iter(|| assert_eq!(v.entries().unwrap().len(), N)));
    let raw = Connection::open(d.path().join("vault.sqlite")).unwrap();
    group.bench_function("raw SQLite read, same rows", |b| {
        b.iter(|| {
            let mut stmt = raw.prepare_cached("SELECT id, kind, version, deleted, data FROM records").unwrap();
            let n = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, bool>(3)?,
                        r.get::<_, Vec<u8>>(4)?,
                    ))
                })
                .unwrap()
                .count();
            assert_eq!(n, N);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Sync over loopback with the real partner server (in process, SQLite in
//! a temporary folder): a first full sync of N diary records (device A
//! pushes them, device B, restored from the recovery key, pulls them) at
//! 1,000, 10,000 and 100,000 records, and an incremental sync of one
//! change (A pushes it, B pulls it). Times are wall-clock on this machine,
//! with the server and both devices sharing its two cores.
//!
//! Not criterion: a 100k first sync takes seconds and runs once. Writes
//! `target/bench/sync.json` for `scripts/bench-report.mjs`.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, Utc};
use huiskamer_core::sync::{sync_once, Client};
use huiskamer_core::vault::{EntryBody, KdfParams, Secret, Vault};

fn note(i: usize) -> EntryBody {
    EntryBody::Note {
        at: NaiveDateTime::parse_from_str("2026-11-23 10:00", "%Y-%m-%d %H:%M").unwrap(),
        title: format!("Note {i}"),
        // About the size of a real note: a few sentences.
        text: "Met Anna naar de GGD voor een gratis test. Daarna boodschappen. ".repeat(3),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn p99(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[((v.len() as f64) * 0.99).ceil() as usize - 1]
}

struct Run {
    records: usize,
    push: Duration,
    pull: Duration,
}

/// The server, and device A with `n` entries not yet synced, and device B
/// restored from A's recovery key.
struct Setup {
    _dir: tempfile::TempDir,
    server: huiskamer_server::Running,
    client: Client,
    a: Mutex<Vault>,
    b: Mutex<Vault>,
    ids: Vec<String>,
}

async fn setup(n: usize) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = huiskamer_server::Settings {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.path().join("server"),
        organisation: "Bench".into(),
        ..huiskamer_server::Settings::default()
    };
    // The bench is one client hammering loopback: no rate limit in the way.
    settings.limits.per_ip_per_minute = u32::MAX / 2;
    settings.limits.per_account_per_minute = u32::MAX / 2;
    let server = huiskamer_server::start(settings).await.unwrap();
    let client = Client::new(&format!("http://{}", server.addr)).unwrap();
    let pin = Secret::new("482916");
    let mut a = Vault::open_with(&dir.path().join("a.sqlite"), KdfParams::TEST).unwrap();
    let rk = a.set_up(&pin).unwrap();
    let backup = a.export().unwrap();
    let mut ids = Vec::with_capacity(n);
    for chunk in (0..n).collect::<Vec<_>>().chunks(500) {
        ids.extend(a.save_batch(chunk.iter().map(|i| note(*i)).collect(), Utc::now()).unwrap());
    }
    let mut b = Vault::open_with(&dir.path().join("b.sqlite"), KdfParams::TEST).unwrap();
    b.restore(&backup, &rk, &pin, Utc::now()).unwrap();
    Setup { _dir: dir, server, client, a: Mutex::new(a), b: Mutex::new(b), ids }
}

async fn first_sync(n: usize) -> Run {
    let s = setup(n).await;
    let t = Instant::now();
    let r = sync_once(&s.a, &s.client).await.unwrap();
    let push = t.elapsed();
    assert_eq!(r.pushed as usize, n);
    let t = Instant::now();
    let r = sync_once(&s.b, &s.client).await.unwrap();
    let pull = t.elapsed();
    assert_eq!(r.pulled as usize, n);
    s.server.stop().await;
    Run { records: n, push, pull }
}

async fn incremental(n: usize, rounds: usize) -> Vec<Duration> {
    let s = setup(n).await;
    sync_once(&s.a, &s.client).await.unwrap();
    sync_once(&s.b, &s.client).await.unwrap();
    let mut times = Vec::with_capacity(rounds);
    for i in 0..rounds {
        s.a.lock().unwrap().save(Some(&s.ids[i % s.ids.len()]), note(n + i), Utc::now()).unwrap();
        let t = Instant::now();
        let pushed = sync_once(&s.a, &s.client).await.unwrap().pushed;
        let pulled = sync_once(&s.b, &s.client).await.unwrap().pulled;
        times.push(t.elapsed());
        assert_eq!((pushed, pulled), (1, 1));
    }
    s.server.stop().await;
    times
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing:
    // then only a quick smoke run.
    let full = std::env::args().any(|a| a == "--bench");
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let sizes: &[usize] = if full { &[1_000, 10_000, 100_000] } else { &[100] };
    let mut runs = Vec::new();
    for &n in sizes {
        // Small sizes: the median of three; 100k once.
        let reps = if n >= 100_000 { 1 } else { 3 };
        let mut push = Vec::new();
        let mut pull = Vec::new();
        for _ in 0..reps {
            let r = rt.block_on(first_sync(n));
            push.push(r.push);
            pull.push(r.pull);
        }
        let r = Run { records: n, push: median(push), pull: median(pull) };
        println!("first sync {:>7} records: push {:>8.1} ms, pull {:>8.1} ms", r.records, ms(r.push), ms(r.pull));
        runs.push(r);
    }
    let (base, rounds) = if full { (10_000, 100) } else { (100, 5) };
    let times = rt.block_on(incremental(base, rounds));
    let (med, tail) = (median(times.clone()), p99(times));
    println!("incremental sync of one change over {base} records: median {:.1} ms, p99 {:.1} ms", ms(med), ms(tail));
    if !full {
        return;
    }
    let json = format!(
        "{{\"first\":[{}],\"incremental\":{{\"records\":{base},\"rounds\":{rounds},\"median_ms\":{:.3},\"p99_ms\":{:.3}}}}}\n",
        runs.iter()
            .map(|r| format!("{{\"records\":{},\"push_ms\":{:.3},\"pull_ms\":{:.3}}}", r.records, ms(r.push), ms(r.pull)))
            .collect::<Vec<_>>()
            .join(","),
        ms(med),
        ms(tail),
    );
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("sync.json"), json).unwrap();
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

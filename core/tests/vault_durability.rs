//! Durability of the diary: entries the app acknowledged survive the
//! process being killed mid-write, and a full or read-only disk gives a
//! clear error and loses nothing already saved.
//!
//! The kill test re-runs this test binary as a child that writes entries
//! and prints an acknowledgement after each commit; the parent kills it
//! with SIGKILL at a random moment and checks every acknowledged entry.
//! The disk tests mount a small tmpfs, which needs root (as in CI and on
//! the development machine); elsewhere they say so and do nothing.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{NaiveDateTime, Utc};
use huiskamer_core::vault::{EntryBody, KdfParams, Secret, Vault, VaultError};

const CHILD_ENV: &str = "HUISKAMER_VAULT_CHILD_DIR";

fn pin() -> Secret {
    Secret::new("482916")
}

fn note(i: usize) -> EntryBody {
    EntryBody::Note {
        at: NaiveDateTime::parse_from_str("2026-11-23 10:00", "%Y-%m-%d %H:%M").unwrap(),
        title: format!("notitie {i}"),
        text: format!("inhoud van notitie {i} ").repeat(1 + i % 7),
    }
}

/// Not a test on its own: the child process of the kill test.
#[test]
fn child_writer() {
    let Ok(dir) = std::env::var(CHILD_ENV) else { return };
    let mut v = Vault::open_with(&PathBuf::from(dir).join("vault.sqlite"), KdfParams::TEST).unwrap();
    v.unlock(&pin(), Utc::now()).unwrap();
    let start: usize = std::env::var("HUISKAMER_VAULT_CHILD_START").unwrap().parse().unwrap();
    for i in start.. {
        let e = v.save(None, note(i), Utc::now()).unwrap();
        println!("ACK {} {i}", e.id);
    }
}

fn kill_after(dir: &Path, start: usize, acks_wanted: usize) -> Vec<(String, usize)> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["child_writer", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, dir)
        .env("HUISKAMER_VAULT_CHILD_START", start.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut acked = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while acked.len() < acks_wanted {
        let line = lines.next().expect("child wrote until killed").unwrap();
        if let Some(rest) = line.strip_prefix("ACK ") {
            let (id, i) = rest.split_once(' ').unwrap();
            acked.push((id.to_string(), i.parse().unwrap()));
        }
    }
    child.kill().unwrap(); // SIGKILL: no destructors, no flush, mid-transaction
    child.wait().unwrap();
    acked
}

#[test]
fn every_acknowledged_entry_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.sqlite");
    Vault::open_with(&path, KdfParams::TEST).unwrap().set_up(&pin()).unwrap();
    let mut all = Vec::new();
    for (round, wanted) in [37, 113, 5].into_iter().enumerate() {
        all.extend(kill_after(dir.path(), round * 1000, wanted));
        let mut v = Vault::open_with(&path, KdfParams::TEST).unwrap();
        v.unlock(&pin(), Utc::now()).expect("the vault still opens, its digest intact");
        for (id, i) in &all {
            assert_eq!(v.get(id).unwrap().body, note(*i), "entry {i} lost or changed after a kill");
        }
        // Entries committed but not yet acknowledged when the kill came may
        // be there too; every one of them opens.
        let n = v.entries().unwrap().len();
        assert!(n >= all.len(), "{n} entries for {} acknowledged", all.len());
    }
}

struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Option<Tmpfs> {
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(dir.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_is_a_clear_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(_fs) = Tmpfs::mount(dir.path(), "2m") else {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    };
    let path = dir.path().join("vault.sqlite");
    let mut v = Vault::open_with(&path, KdfParams::TEST).unwrap();
    v.set_up(&pin()).unwrap();
    let mut saved = Vec::new();
    let error = loop {
        let big = EntryBody::Note {
            at: NaiveDateTime::parse_from_str("2026-11-23 10:00", "%Y-%m-%d %H:%M").unwrap(),
            title: format!("vol {}", saved.len()),
            text: "x".repeat(9_000),
        };
        match v.save(None, big.clone(), Utc::now()) {
            Ok(e) => saved.push((e.id, big)),
            Err(e) => break e,
        }
        assert!(saved.len() < 10_000, "a 2 MiB disk must fill up");
    };
    assert!(matches!(error, VaultError::DiskFull), "{error:?}");
    assert_eq!(error.code(), "disk-full");
    assert!(saved.len() > 10);
    for (id, body) in &saved {
        assert_eq!(&v.get(id).unwrap().body, body);
    }
    drop(v);
    let mut v = Vault::open_with(&path, KdfParams::TEST).unwrap();
    v.unlock(&pin(), Utc::now()).unwrap();
    assert_eq!(v.entries().unwrap().len(), saved.len());
}

struct BindMount(PathBuf);

impl BindMount {
    /// `dir` seen read-only at `at`.
    fn read_only(dir: &Path, at: &Path) -> Option<BindMount> {
        let run =
            |args: &[&str]| Command::new("mount").args(args).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
        if !run(&["--bind", dir.to_str()?, at.to_str()?]) {
            return None;
        }
        let m = BindMount(at.to_path_buf());
        run(&["-o", "remount,bind,ro", at.to_str()?]).then_some(m)
    }
}

impl Drop for BindMount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_data_folder_is_a_clear_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.sqlite");
    let mut v = Vault::open_with(&path, KdfParams::TEST).unwrap();
    v.set_up(&pin()).unwrap();
    let kept: Vec<_> = (0..20).map(|i| v.save(None, note(i), Utc::now()).unwrap()).collect();
    v.close().unwrap();

    let ro = tempfile::tempdir().unwrap();
    let Some(mount) = BindMount::read_only(dir.path(), ro.path()) else {
        eprintln!("skipped: a read-only bind mount needs root");
        return;
    };
    let error = Vault::open_with(&ro.path().join("vault.sqlite"), KdfParams::TEST).err().expect("refused");
    assert!(matches!(error, VaultError::ReadOnly), "{error:?}");
    assert_eq!(error.code(), "read-only");
    drop(mount);

    let mut v = Vault::open_with(&path, KdfParams::TEST).unwrap();
    v.unlock(&pin(), Utc::now()).unwrap();
    for e in &kept {
        assert_eq!(v.get(&e.id).unwrap().body, e.body);
    }
    v.save(None, note(100), Utc::now()).unwrap();
}

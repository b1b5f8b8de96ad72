//! A full disk: the server answers with a clear error and loses nothing it
//! already acknowledged. The data folder is an 8 MiB tmpfs (the library the
//! server seeds itself with takes about 3 MiB of it), so this needs
//! root (as in CI and on the development machine); elsewhere it says so
//! and does nothing.

mod common;

use std::process::Command;

use common::{record, Backend, TestServer};
use serde_json::{json, Value};

struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &std::path::Path) -> Option<Tmpfs> {
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=8m", "tmpfs"])
            .arg(dir)
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

#[tokio::test]
async fn a_full_disk_is_a_clear_error_and_nothing_acknowledged_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let Some(_fs) = Tmpfs::mount(dir.path()) else {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    };
    let data = dir.path().join("data");
    let s = TestServer::start_with(Backend::Sqlite, |c| {
        c.data_dir = data.clone();
        c.limits.per_account_per_minute = 1_000_000;
        c.limits.per_ip_per_minute = 1_000_000;
    })
    .await;
    let key = s.register().await;
    let text = "x".repeat(48 * 1024);
    let mut acknowledged = Vec::new();
    let mut refusal = None;
    for i in 0..400 {
        let batch: Vec<Value> = (0..4).map(|j| record(&format!("r{i}-{j}"), 1, &text)).collect();
        let (status, body) = s.push(&key, Value::Array(batch)).await;
        if status == 200 {
            acknowledged
                .extend(body["accepted"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap().to_string()));
        } else {
            refusal = Some((status, body));
            break;
        }
    }
    let (status, body) = refusal.expect("the 8 MiB disk fills up");
    assert_eq!(status, 507, "{body}");
    assert_eq!(body["error"]["code"], "storage-full");
    assert!(!acknowledged.is_empty());

    // Everything acknowledged is still there, and reading still works.
    let mut seen = Vec::new();
    let mut cursor = 0;
    loop {
        let (status, page) = s.pull(&key, &format!("?since={cursor}&limit=20")).await;
        assert_eq!(status, 200, "{page}");
        seen.extend(page["records"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()));
        cursor = page["next_cursor"].as_u64().unwrap();
        if !page["has_more"].as_bool().unwrap() {
            break;
        }
    }
    assert_eq!(seen, acknowledged);
    let (status, _) = s.push(&key, json!([])).await;
    assert_eq!(status, 200, "an empty push needs no space");
}

//! The server's keys and the database they belong to, with the real
//! command on a temporary folder: a fresh folder makes its keys; a
//! database that already has data never starts with new ones (a new
//! message key cannot open its messages, a new content key is pinned in no
//! app), and says which file is missing and what to do.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{backends, Backend};
use serde_json::{json, Value};

const TEXT: &str = "See you at nine";

/// The command, with no `HUISKAMER_*` setting from the environment.
fn command(args: &[&str], data: &Path, database: Option<&str>) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_huiskamer-server"));
    cmd.args(args).arg("--data-dir").arg(data);
    if let Some(db) = database {
        cmd.args(["--database", db]);
    }
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("HUISKAMER_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("RUST_LOG", "warn");
    cmd
}

/// A running `huiskamer-server serve`, stopped on drop.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        if self.child.wait().is_err() {
            let _ = self.child.kill();
        }
    }
}

/// Starts `serve`: the server once it listens, or what it said when it
/// refused to start.
fn serve(data: &Path, database: Option<&str>) -> Result<Server, String> {
    let mut child = command(&["serve", "--listen", "127.0.0.1:0"], data, database)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(addr) = line.strip_prefix("huiskamer-server listening on ") {
                let _ = tx.send(addr.to_string());
            }
        }
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(base) => Ok(Server { child, base }),
        Err(_) => {
            let status = child.wait().unwrap();
            assert!(!status.success(), "a server that refuses to start exits with an error");
            Err(errors.join().unwrap())
        }
    }
}

fn run(args: &[&str], data: &Path, database: Option<&str>, stdin: &str) -> (bool, String) {
    let mut child = command(args, data, database)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

async fn database(backend: Backend) -> Option<String> {
    match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(common::fresh_postgres_database().await),
    }
}

/// A person writes to the organisation; returns (device key, conversation id).
async fn person_writes(s: &Server) -> (String, String) {
    let http = reqwest::Client::new();
    let key = common::ct(&format!("{:032x}", rand::random::<u128>()));
    let res = http.post(format!("{}/v1/accounts", s.base)).json(&json!({ "auth_key": key })).send().await.unwrap();
    assert_eq!(res.status(), 201);
    let conv: Value = http
        .post(format!("{}/v1/conversations", s.base))
        .bearer_auth(&key)
        .json(&json!({ "organisation": "main", "client_id": "c" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = conv["id"].as_str().unwrap().to_string();
    let res = http
        .post(format!("{}/v1/conversations/{id}/messages", s.base))
        .bearer_auth(&key)
        .json(&json!({ "client_id": "m", "body": TEXT }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    (key, id)
}

async fn first_message(s: &Server, key: &str, conv: &str) -> String {
    let page: Value = reqwest::Client::new()
        .get(format!("{}/v1/conversations/{conv}/messages?since=0", s.base))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["messages"][0]["body"].as_str().unwrap().to_string()
}

/// Forgets the key ids a database holds, as a database written before they
/// were recorded.
async fn forget_key_ids(data: &Path, database: Option<&str>) {
    match database {
        None => {
            let c = rusqlite::Connection::open(data.join("huiskamer-server.db")).unwrap();
            c.execute("DELETE FROM server_keys", []).unwrap();
        }
        Some(url) => {
            let (c, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
            tokio::spawn(conn);
            c.execute("DELETE FROM server_keys", &[]).await.unwrap();
        }
    }
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn put(from: &Path, to: &Path) {
    std::fs::copy(from, to).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[tokio::test]
async fn a_database_restored_without_its_keys_refuses_to_start_and_a_fresh_folder_makes_them() {
    for b in backends() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let db = database(b).await;
        let db = db.as_deref();
        let (message_key, content_key): (PathBuf, PathBuf) =
            (data.join("message.key"), data.join("content-signing.key"));

        // A fresh folder: a worker account first, then the first start makes both keys.
        let (ok, out) =
            run(&["add-worker", "--username", "sam", "--password-stdin"], &data, db, "a-long-test-password\n");
        assert!(ok, "{b:?}: {out}");
        let s = serve(&data, db).unwrap_or_else(|e| panic!("{b:?}: a fresh folder starts: {e}"));
        assert_eq!((mode(&message_key), mode(&content_key)), (0o600, 0o600), "{b:?}");
        let (key, conv) = person_writes(&s).await;
        drop(s);

        // Backed up, then restored without the key files.
        let backup = dir.path().join("backup");
        std::fs::create_dir(&backup).unwrap();
        std::fs::rename(&message_key, backup.join("message.key")).unwrap();
        std::fs::rename(&content_key, backup.join("content-signing.key")).unwrap();
        let err = serve(&data, db).err().unwrap_or_else(|| panic!("{b:?}: started with new keys"));
        assert!(err.contains(&format!("{} is missing", message_key.display())), "{b:?}: {err}");
        assert!(err.contains("Put the file back from the backup"), "{err}");
        assert!(err.contains("huiskamer-server new-key message"), "{err}");
        assert!(!message_key.exists() && !content_key.exists(), "{b:?}: no new key was made");

        // The message key back, the content key still missing.
        put(&backup.join("message.key"), &message_key);
        let err = serve(&data, db).err().unwrap_or_else(|| panic!("{b:?}: started with a new content key"));
        assert!(err.contains(&format!("{} is missing", content_key.display())), "{b:?}: {err}");
        assert!(err.contains("pinned in the app"), "{err}");
        assert!(!content_key.exists());

        // Another server's key in its place is no better.
        let other = dir.path().join("other");
        let (ok, out) = run(&["content-key"], &other, None, "");
        assert!(ok, "{out}");
        put(&other.join("content-signing.key"), &content_key);
        let err = serve(&data, db).err().unwrap_or_else(|| panic!("{b:?}: started with another server's key"));
        assert!(err.contains(&format!("{} holds content key", content_key.display())), "{b:?}: {err}");
        assert!(err.contains("but this database's bundles are signed with content key"), "{err}");

        // The right files back: it starts, and the message reads as written.
        put(&backup.join("content-signing.key"), &content_key);
        let s = serve(&data, db).unwrap_or_else(|e| panic!("{b:?}: the restored folder starts: {e}"));
        assert_eq!(first_message(&s, &key, &conv).await, TEXT, "{b:?}");
        drop(s);

        // A database from before key ids were recorded, with data in it:
        // a missing key is refused all the same.
        forget_key_ids(&data, db).await;
        std::fs::remove_file(&message_key).unwrap();
        let err = serve(&data, db).err().unwrap_or_else(|| panic!("{b:?}: an older database started with a new key"));
        assert!(err.contains(&format!("{} is missing", message_key.display())), "{b:?}: {err}");
        assert!(err.contains("already holds data"), "{err}");
        put(&backup.join("message.key"), &message_key);
        let s = serve(&data, db).unwrap_or_else(|e| panic!("{b:?}: {e}"));
        assert_eq!(first_message(&s, &key, &conv).await, TEXT);
    }
}

#[tokio::test]
async fn a_key_lost_for_good_is_replaced_only_when_asked_for() {
    for b in backends() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let db = database(b).await;
        let db = db.as_deref();
        let s = serve(&data, db).unwrap_or_else(|e| panic!("{b:?}: {e}"));
        let (key, conv) = person_writes(&s).await;
        drop(s);
        let (ok, out) = run(&["new-key", "message"], &data, db, "");
        assert!(!ok && out.contains("is this database's key"), "{b:?}: nothing is lost, nothing replaced: {out}");

        std::fs::remove_file(data.join("message.key")).unwrap();
        assert!(serve(&data, db).is_err(), "{b:?}");
        let (ok, out) = run(&["new-key", "message"], &data, db, "");
        assert!(ok, "{b:?}: {out}");
        assert!(out.contains("cannot be read"), "it says what is given up: {out}");
        let s = serve(&data, db).unwrap_or_else(|e| panic!("{b:?}: {e}"));
        assert_eq!(first_message(&s, &key, &conv).await, "[this message cannot be read]", "{b:?}");
        drop(s);

        std::fs::remove_file(data.join("content-signing.key")).unwrap();
        assert!(serve(&data, db).is_err(), "{b:?}");
        let (ok, out) = run(&["new-key", "content"], &data, db, "");
        assert!(ok && out.contains("Pin the new public key in the next app build"), "{b:?}: {out}");
        let (ok, printed) = run(&["content-key"], &data, db, "");
        assert!(ok, "{printed}");
        let public = printed.split_whitespace().next().unwrap();
        assert!(out.contains(public), "new-key names the public key to pin: {out}");
        serve(&data, db).unwrap_or_else(|e| panic!("{b:?}: {e}"));
    }
}

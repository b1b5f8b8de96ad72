//! SQLite backend: one file in the data folder, WAL journal, full sync so a
//! write the server acknowledged survives a power cut. One connection behind
//! a mutex, used from blocking threads: one organisation's traffic is small,
//! and SQLite serialises writers anyway. Sync pushes, the busiest writes, go
//! through one writer thread that commits all pushes waiting at that moment
//! in one transaction (group commit: one fsync for the group, each push in a
//! savepoint of its own, every answer sent after the commit). Pulls, the
//! busiest reads, use read-only connections of their own (WAL lets them read
//! while a commit is under way) on the request's thread.

mod alerts;
mod conversations;
mod library;
mod migrations;
mod readers;
mod records;
mod server_keys;
mod workers;
mod writer;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{mpsc, Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{Connection, ErrorCode};

use super::{KeyHash, Storage, StorageError};
use migrations::migrate;
use readers::Readers;
use writer::{write_pushes, PushJob};

pub struct SqliteStorage {
    conn: Arc<Mutex<Connection>>,
    /// Device key hash -> account, for keys seen before: every sync request
    /// proves its account, and asking the database each time costs a trip
    /// to a blocking thread and a turn at the connection's lock. Only this
    /// process writes the database, and `delete_account` forgets its keys.
    /// The number counts deletions: a lookup that raced one is not kept.
    keys: Mutex<(u64, HashMap<KeyHash, String>)>,
    /// To the push writer thread (`write_pushes`); it ends when this is dropped.
    pushes: mpsc::Sender<PushJob>,
    /// Read connections for pulls, the busiest reads: WAL lets them read
    /// while the writer writes, and a pull does not queue for `conn`.
    readers: Readers,
}

fn map_err(e: rusqlite::Error) -> StorageError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StorageError::Full,
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked | ErrorCode::CannotOpen | ErrorCode::ReadOnly) => {
            StorageError::Unavailable(e.to_string())
        }
        _ => StorageError::Internal(e.to_string()),
    }
}

impl SqliteStorage {
    pub async fn open(path: &Path) -> Result<SqliteStorage, StorageError> {
        let path = path.to_path_buf();
        let file = path.clone();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, StorageError> {
            let path = file;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| StorageError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
            }
            let mut conn = Connection::open(&path).map_err(map_err)?;
            conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(map_err)?;
            conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
                .map_err(map_err)?;
            migrate(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|e| StorageError::Internal(e.to_string()))??;
        let conn = Arc::new(Mutex::new(conn));
        let (pushes, jobs) = mpsc::channel();
        let writer = conn.clone();
        std::thread::Builder::new()
            .name("sqlite-pushes".into())
            .spawn(move || write_pushes(writer, jobs))
            .map_err(|e| StorageError::Internal(format!("cannot start the push writer: {e}")))?;
        let in_memory = path.as_os_str().is_empty()
            || path.as_os_str() == ":memory:"
            || path.to_string_lossy().starts_with("file::memory:");
        let readers = Readers { path: (!in_memory).then_some(path), idle: Mutex::new(Vec::new()) };
        Ok(SqliteStorage { conn, keys: Mutex::new((0, HashMap::new())), pushes, readers })
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, StorageError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the connection itself
            // is still consistent (SQLite rolled back), so keep using it.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| StorageError::Internal(e.to_string()))?
    }
}

#[async_trait]
impl Storage for SqliteStorage {
    async fn ping(&self) -> Result<(), StorageError> {
        self.run(|c| c.query_row("SELECT 1", [], |_| Ok(())).map_err(map_err)).await
    }
}

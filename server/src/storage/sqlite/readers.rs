//! Read-only connections for pulls, the busiest reads.

use std::sync::Mutex;

use rusqlite::Connection;

use super::{map_err, SqliteStorage};
use crate::storage::StorageError;

/// A few read-only connections to the same file, each used by one pull at a
/// time. Empty for a database in memory (another connection would open
/// another, empty, database): pulls then use the main connection.
pub(super) struct Readers {
    pub(super) path: Option<std::path::PathBuf>,
    pub(super) idle: Mutex<Vec<Connection>>,
}

/// At most this many idle read connections are kept.
const READERS_KEPT: usize = 8;

impl Readers {
    fn open(&self) -> Result<Connection, StorageError> {
        let path = self.path.as_ref().expect("readers of a database in memory");
        let c = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(map_err)?;
        c.busy_timeout(std::time::Duration::from_secs(5)).map_err(map_err)?;
        Ok(c)
    }
}

impl SqliteStorage {
    /// Runs a read on one of the read connections, on the calling thread: a
    /// pull is a short indexed read of pages the cache holds, cheaper than
    /// the hop to a blocking thread (and the turn at `conn`) it would wait
    /// for, and it can hand each row on without copying it.
    pub(super) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StorageError>) -> Result<T, StorageError> {
        if self.readers.path.is_none() {
            let guard = self.conn.lock().unwrap_or_else(|p| p.into_inner());
            return f(&guard);
        }
        let idle = self.readers.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let c = match idle {
            Some(c) => c,
            None => self.readers.open()?,
        };
        let out = f(&c);
        let mut idle = self.readers.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < READERS_KEPT {
            idle.push(c);
        }
        out
    }
}

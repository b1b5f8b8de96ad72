//! One storage trait, two backends: SQLite for one organisation on one small
//! machine, PostgreSQL for several stateless server instances. The backend
//! is chosen from the database address; the rest of the server never knows
//! which one runs.

mod postgres;
mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;

pub use postgres::PostgresStorage;
pub use sqlite::SqliteStorage;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("storage is full")]
    Full,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("database error: {0}")]
    Internal(String),
}

/// SHA-256 of a device's authentication key.
pub type KeyHash = [u8; 32];

/// A record on its way in, already validated and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord {
    pub id: String,
    pub kind: String,
    /// At most `i64::MAX`, so both backends store it exactly.
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: Vec<u8>,
}

/// A record as stored, with the account's change counter when it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub seq: u64,
    pub id: String,
    pub kind: String,
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushOutcome {
    /// Written now, or this very version was already stored (a retry).
    Accepted { id: String, version: u64, seq: u64 },
    /// The server holds a version at least as new: returned for the client
    /// to merge. Nothing was written.
    Conflict(Row),
}

/// What to do with an incoming record, given the stored one. Both backends
/// call this, so they cannot disagree on the rules.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    Insert,
    Update,
    Same(u64),
    Conflict,
}

pub(crate) fn decide(stored: Option<&Row>, new: &NewRecord) -> Decision {
    match stored {
        None => Decision::Insert,
        Some(s) if s.version == new.version && s.tombstone == new.tombstone && s.ciphertext == new.ciphertext => {
            Decision::Same(s.seq)
        }
        Some(s) if new.version > s.version => Decision::Update,
        // An older version, or the same version with other content: never
        // overwrite. Equal versions with different content can only come from
        // two devices that share a clock value; the stored one wins, which is
        // deterministic because the server decides in the order of arrival
        // and every device then converges on what the server returns.
        Some(_) => Decision::Conflict,
    }
}

#[async_trait]
pub trait Storage: Send + Sync + 'static {
    /// Creates an account. `Conflict("account-exists")` if the key is taken.
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError>;
    async fn account_for_key(&self, key: &KeyHash) -> Result<Option<String>, StorageError>;
    /// Deletes the account and everything that belongs to it.
    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError>;
    /// Applies a batch in order, in one transaction: all outcomes, or no change.
    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError>;
    /// Records written after `since`, by `seq`, at most `limit`, plus whether
    /// more are waiting.
    async fn pull(&self, account_id: &str, since: u64, limit: u32) -> Result<(Vec<Row>, bool), StorageError>;
    /// For health checks: can the database answer?
    async fn ping(&self) -> Result<(), StorageError>;
}

/// Opens the storage named by `url`: `sqlite:<path>` or `postgres://...`.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>, StorageError> {
    if let Some(path) = url.strip_prefix("sqlite:") {
        let path = path.strip_prefix("//").unwrap_or(path);
        Ok(Arc::new(SqliteStorage::open(std::path::Path::new(path)).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PostgresStorage::connect(url).await?))
    } else {
        Err(StorageError::Unavailable("the database address must start with sqlite: or postgres://".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(version: u64, ct: &[u8]) -> Row {
        Row { seq: 4, id: "r".into(), kind: "diary".into(), version, tombstone: false, ciphertext: ct.to_vec() }
    }
    fn new(version: u64, ct: &[u8]) -> NewRecord {
        NewRecord { id: "r".into(), kind: "diary".into(), version, tombstone: false, ciphertext: ct.to_vec() }
    }

    #[test]
    fn newer_wins_same_is_a_retry_and_nothing_older_overwrites() {
        assert_eq!(decide(None, &new(1, b"a")), Decision::Insert);
        assert_eq!(decide(Some(&row(1, b"a")), &new(2, b"b")), Decision::Update);
        assert_eq!(decide(Some(&row(2, b"b")), &new(2, b"b")), Decision::Same(4));
        assert_eq!(decide(Some(&row(2, b"b")), &new(1, b"a")), Decision::Conflict);
        assert_eq!(decide(Some(&row(2, b"b")), &new(2, b"c")), Decision::Conflict);
        let mut tomb = new(2, b"b");
        tomb.tombstone = true;
        assert_eq!(decide(Some(&row(2, b"b")), &tomb), Decision::Conflict);
    }
}

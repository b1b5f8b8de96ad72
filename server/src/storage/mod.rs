//! One storage, two backends: SQLite for one organisation on one small
//! machine, PostgreSQL for several stateless server instances. The backend
//! is chosen from the database address; the rest of the server never knows
//! which one runs.
//!
//! The storage is one trait per area (records, conversations, workers, the
//! library, the server's keys), each declared in its own module here and
//! implemented in a file of its own in each backend's folder. [`Storage`]
//! is all of them: the server holds one `Arc<dyn Storage>`, whose methods
//! are every area's (a caller needs no area trait in scope), rather than a
//! handle per area, which every function touching two areas (the
//! dashboard's queue reads conversations and the library) would have to be
//! handed.

/// The newest unanswered report of a mistake in a conversation (the
/// `about` of the last message with one that no worker message follows),
/// as a column both backends select with a conversation: the queue marks
/// it. The query must name the `conversations` table unaliased.
macro_rules! waiting_report_column {
    () => {
        "(SELECT m.about FROM messages m WHERE m.conversation_id = conversations.id AND m.about IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM messages w WHERE w.conversation_id = m.conversation_id
          AND w.sender = 'worker' AND w.seq > m.seq) ORDER BY m.seq DESC LIMIT 1)"
    };
}

pub mod alerts;
mod conversations;
mod library;
mod postgres;
mod records;
mod server_keys;
mod sqlite;
mod workers;

use std::sync::Arc;

use async_trait::async_trait;

pub use alerts::{AlertKind, AlertRow, AlertSettings, Alerts, NewAlarm, NewWatch, OrganisationRow, Sealed, WatchRow};
pub use conversations::{ConversationRow, Conversations, MessageRow, Opener, SealedText, Sealer, Sender};
pub use library::{ContentFile, Library};
pub use postgres::PostgresStorage;
pub(crate) use records::{step, Step};
pub use records::{EachRow, KeyHash, NewRecord, PushOutcome, Records, Row, RowRef};
pub use server_keys::ServerKeys;
pub(crate) use server_keys::HOLDS_DATA;
pub use sqlite::SqliteStorage;
pub use workers::{Role, WorkerRow, Workers};

#[derive(Debug, Clone, thiserror::Error)]
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

/// Every area of the storage, of one database.
#[async_trait]
pub trait Storage: Records + Conversations + Alerts + Workers + Library + ServerKeys + Send + Sync + 'static {
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

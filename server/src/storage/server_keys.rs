//! The keys this database belongs to (see [`crate::keys`]).

use async_trait::async_trait;

use super::StorageError;

/// Both backends' answer to [`ServerKeys::holds_data`], as one boolean.
pub(crate) const HOLDS_DATA: &str = "SELECT EXISTS (SELECT 1 FROM content_files) OR EXISTS (SELECT 1 FROM messages)
    OR EXISTS (SELECT 1 FROM bundles)";

/// The ids of the message key and the content signing key, recorded so
/// that a database restored without its key files is noticed.
#[async_trait]
pub trait ServerKeys: Send + Sync {
    /// The id of the key recorded as `name` (`message` or `content`).
    async fn key_id(&self, name: &str) -> Result<Option<String>, StorageError>;
    /// Records `key_id` as `name` unless a key is recorded already, and
    /// returns the one recorded: another instance may have been first.
    async fn record_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<String, StorageError>;
    /// Records `key_id` as `name` in place of any other (a lost key given up).
    async fn replace_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<(), StorageError>;
    /// Whether a server has run on this database: the library seeded, or a
    /// message or bundle stored. Tells a database written before key ids
    /// were recorded from a new one.
    async fn holds_data(&self) -> Result<bool, StorageError>;
}

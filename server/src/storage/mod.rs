//! One storage trait, two backends: SQLite for one organisation on one small
//! machine, PostgreSQL for several stateless server instances. The backend
//! is chosen from the database address; the rest of the server never knows
//! which one runs.

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

/// Both backends' answer to [`Storage::holds_data`], as one boolean.
const HOLDS_DATA: &str = "SELECT EXISTS (SELECT 1 FROM content_files) OR EXISTS (SELECT 1 FROM messages)
    OR EXISTS (SELECT 1 FROM bundles)";

mod postgres;
mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;

pub use postgres::PostgresStorage;
pub use sqlite::SqliteStorage;

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

/// A stored record as a pull reads it, borrowed from the database's row:
/// a page is written out as it is read, without a copy of each record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowRef<'a> {
    pub seq: u64,
    pub id: &'a str,
    pub kind: &'a str,
    pub version: u64,
    pub tombstone: bool,
    pub ciphertext: &'a [u8],
}

impl RowRef<'_> {
    pub fn to_row(self) -> Row {
        Row {
            seq: self.seq,
            id: self.id.to_string(),
            kind: self.kind.to_string(),
            version: self.version,
            tombstone: self.tombstone,
            ciphertext: self.ciphertext.to_vec(),
        }
    }
}

/// Receives the records of a pull one by one, in `seq` order.
pub type EachRow<'a> = dyn FnMut(RowRef<'_>) + Send + 'a;

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

/// One record of a push, decided: answered without a write (this version is
/// already stored: a retry; or the stored one wins: a conflict), or to be
/// written with the account's next `seq`. Both backends' push loops go
/// through this, so they answer alike.
pub(crate) enum Step {
    Answer(PushOutcome),
    Write(NewRecord),
}

pub(crate) fn step(stored: Option<Row>, new: NewRecord) -> Result<Step, StorageError> {
    Ok(match decide(stored.as_ref(), &new) {
        Decision::Same(seq) => Step::Answer(PushOutcome::Accepted { id: new.id, version: new.version, seq }),
        Decision::Conflict => Step::Answer(PushOutcome::Conflict(
            stored.ok_or_else(|| StorageError::Internal("conflict without a stored row".into()))?,
        )),
        Decision::Insert | Decision::Update => Step::Write(new),
    })
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    Person,
    Worker,
}

impl Sender {
    pub fn as_str(self) -> &'static str {
        match self {
            Sender::Person => "person",
            Sender::Worker => "worker",
        }
    }
    pub fn parse(s: &str) -> Sender {
        if s == "worker" {
            Sender::Worker
        } else {
            Sender::Person
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationRow {
    pub id: String,
    pub account_id: String,
    pub organisation_id: String,
    pub open: bool,
    pub last_seq: u64,
    pub last_message_at: i64,
    pub last_from: Sender,
    /// The `about` of the newest report of a mistake that no worker has
    /// answered yet (no worker message after it), for the queue.
    pub waiting_report: Option<String>,
}

/// A message as stored: sealed with the server's message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub seq: u64,
    pub sender: Sender,
    pub client_id: Option<String>,
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
    pub sent_at: i64,
    /// What a report of a mistake is about (`article:<id>` or
    /// `organisation:<id>`); public content ids, so not sealed.
    pub about: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Worker,
    Editor,
    Admin,
}

impl Role {
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Worker => "worker",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "worker" => Some(Role::Worker),
            "editor" => Some(Role::Editor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
    /// Editors (and admins) may edit and publish content.
    pub fn can_edit(&self) -> bool {
        matches!(self, Role::Editor | Role::Admin)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerRow {
    pub id: String,
    pub organisation_id: String,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
}

/// Seals a message body for storage; the storage layer calls it inside the
/// transaction that assigns the message's seq, because the seq is bound
/// into the ciphertext.
pub type Sealer = Box<dyn FnOnce(u64) -> (Vec<u8>, Vec<u8>) + Send>;

#[async_trait]
pub trait Storage: Send + Sync + 'static {
    /// Creates an account. `Conflict("account-exists")` if the key is taken.
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError>;
    async fn account_for_key(&self, key: &KeyHash) -> Result<Option<String>, StorageError>;
    /// Deletes the account and everything that belongs to it.
    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError>;
    /// Applies a batch in order, in one transaction: all outcomes, or no change.
    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError>;
    /// Records written after `since`, by `seq`, at most `limit`, each handed
    /// to `each` as it is read; returns whether more are waiting.
    async fn pull_each(
        &self,
        account_id: &str,
        since: u64,
        limit: u32,
        each: &mut EachRow<'_>,
    ) -> Result<bool, StorageError>;
    /// `pull_each`, collected: the records and whether more are waiting.
    async fn pull(&self, account_id: &str, since: u64, limit: u32) -> Result<(Vec<Row>, bool), StorageError> {
        let mut rows = Vec::new();
        let more = self.pull_each(account_id, since, limit, &mut |r| rows.push(r.to_row())).await?;
        Ok((rows, more))
    }
    /// For health checks: can the database answer?
    async fn ping(&self) -> Result<(), StorageError>;

    // ---- organisations and conversations

    /// Creates the organisation or renames it.
    async fn upsert_organisation(&self, id: &str, name: &str) -> Result<(), StorageError>;
    async fn organisations(&self) -> Result<Vec<(String, String)>, StorageError>;
    /// Opens a conversation, or returns the one this account already opened
    /// with the same `client_id` (a retried request).
    async fn open_conversation(
        &self,
        id: &str,
        account_id: &str,
        organisation_id: &str,
        client_id: &str,
        now: i64,
    ) -> Result<ConversationRow, StorageError>;
    async fn conversations_of(&self, account_id: &str) -> Result<Vec<ConversationRow>, StorageError>;
    async fn conversation(&self, id: &str) -> Result<Option<ConversationRow>, StorageError>;
    /// Adds a message with the next seq. A person's message with a
    /// `client_id` already stored is a retry: the stored one is returned and
    /// nothing is written. A person writing reopens a closed conversation.
    /// `about` marks a report of a mistake.
    async fn add_message(
        &self,
        conversation_id: &str,
        sender: Sender,
        client_id: Option<String>,
        about: Option<String>,
        now: i64,
        seal: Sealer,
    ) -> Result<MessageRow, StorageError>;
    /// Messages after `since`, by seq, at most `limit`, and whether more
    /// follow: the app fetches what is new.
    async fn messages(
        &self,
        conversation_id: &str,
        since: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError>;
    /// The last `limit` messages before `before` (by seq; `u64::MAX` for
    /// the newest), oldest first as a conversation reads, and whether older
    /// ones remain: the dashboard shows the newest page and pages back.
    /// Both backends read the (conversation_id, seq) primary key backwards,
    /// so a page costs the same however long the conversation is.
    async fn messages_before(
        &self,
        conversation_id: &str,
        before: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError>;
    /// Deletes a conversation and its messages.
    async fn delete_conversation(&self, conversation_id: &str) -> Result<(), StorageError>;
    async fn set_conversation_open(&self, conversation_id: &str, open: bool) -> Result<(), StorageError>;
    /// Open conversations of an organisation: waiting for an answer first,
    /// then the longest waiting.
    async fn queue(&self, organisation_id: &str) -> Result<Vec<ConversationRow>, StorageError>;
    /// Deletes messages sent before `cutoff` (unix seconds), and closed
    /// conversations left empty. Returns how many messages went.
    async fn purge_messages_before(&self, cutoff: i64) -> Result<u64, StorageError>;

    // ---- support workers and their sessions

    /// `Conflict("username-taken")` if the username exists.
    async fn create_worker(&self, worker: &WorkerRow) -> Result<(), StorageError>;
    async fn worker_by_username(&self, username: &str) -> Result<Option<WorkerRow>, StorageError>;
    async fn create_session(
        &self,
        token_hash: &[u8; 32],
        worker_id: &str,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), StorageError>;
    /// The worker and CSRF token of a live session.
    async fn session(&self, token_hash: &[u8; 32], now: i64) -> Result<Option<(WorkerRow, String)>, StorageError>;
    async fn delete_session(&self, token_hash: &[u8; 32]) -> Result<(), StorageError>;

    // ---- the information library and its published bundles

    /// Fills the library with `files` if it is empty (first start).
    async fn seed_content(&self, files: Vec<(String, String)>, now: i64) -> Result<(), StorageError>;
    /// Every file, by path.
    async fn content_files(&self) -> Result<Vec<ContentFile>, StorageError>;
    async fn put_content_file(&self, path: &str, text: &str, by: &str, now: i64) -> Result<(), StorageError>;
    /// Stores a bundle as `version`; `Conflict("version-taken")` if another
    /// editor published that version first.
    async fn save_bundle(&self, version: u64, manifest: &str, bytes: &[u8], now: i64) -> Result<(), StorageError>;
    /// The newest bundle's (version, manifest JSON, published_at).
    async fn latest_bundle(&self) -> Result<Option<(u64, String, i64)>, StorageError>;
    async fn bundle_bytes(&self, version: u64) -> Result<Option<Vec<u8>>, StorageError>;

    // ---- the keys this database belongs to (crate::keys)

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    pub path: String,
    pub text: String,
    pub updated_at: i64,
    pub updated_by: String,
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

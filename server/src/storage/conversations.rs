//! Organisations, the conversations people open with them, and their
//! messages (sealed: the storage never sees a message's text).

use async_trait::async_trait;

use super::StorageError;

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
    /// The name the person chose to be called by, sealed like a message
    /// (see [`crate::messages::seal_name`]); None when she gave none.
    pub name: Option<SealedText>,
    /// Her app's language (a locale code the server knows), if sent.
    pub language: Option<String>,
}

/// A text sealed with the message key: its nonce and ciphertext.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedText {
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
}

/// Who opens a conversation, as stored with it: a sealed name and a
/// language, each optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opener {
    pub name: Option<SealedText>,
    pub language: Option<String>,
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

/// Seals a message body for storage; the storage layer calls it inside the
/// transaction that assigns the message's seq, because the seq is bound
/// into the ciphertext.
pub type Sealer = Box<dyn FnOnce(u64) -> (Vec<u8>, Vec<u8>) + Send>;

/// Organisations, conversations and messages.
#[async_trait]
pub trait Conversations: Send + Sync {
    /// Creates the organisation or renames it.
    async fn upsert_organisation(&self, id: &str, name: &str) -> Result<(), StorageError>;
    async fn organisations(&self) -> Result<Vec<(String, String)>, StorageError>;
    /// Opens a conversation, or returns the one this account already opened
    /// with the same `client_id` (a retried request; its `opener` is kept
    /// as first stored).
    #[allow(clippy::too_many_arguments)]
    async fn open_conversation(
        &self,
        id: &str,
        account_id: &str,
        organisation_id: &str,
        client_id: &str,
        opener: Opener,
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
}

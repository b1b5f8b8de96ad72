//! Wire types for contact with a support worker (`/v1/conversations`).
//!
//! Delivery is at least once: the app gives every message it sends a
//! `client_id` and may send it again until it is acknowledged (the server
//! stores it once); messages arrive with a per-conversation `seq`, which the
//! app uses both as its cursor and to drop duplicates.

use serde::{Deserialize, Serialize};

/// Longest message text, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
}

/// `POST /v1/conversations`. Sending the same `client_id` again returns the
/// same conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenConversation {
    pub organisation: String,
    pub client_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConversationStatus {
    Open,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: String,
    pub organisation: String,
    pub status: ConversationStatus,
    /// The seq of the newest message: more than the app's cursor means unread.
    pub last_seq: u64,
}

/// `POST /v1/conversations/{id}/messages`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SendMessage {
    /// 1 to 64 characters of `[A-Za-z0-9_-]`, unique per message on the device.
    pub client_id: String,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum From {
    /// The person using the app.
    Person,
    /// A support worker of the organisation.
    Worker,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub seq: u64,
    pub from: From,
    /// Present on the person's own messages.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub client_id: Option<String>,
    pub body: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
}

/// `GET /v1/conversations/{id}/messages?since=<seq>&limit=<n>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagePage {
    pub messages: Vec<Message>,
    pub next_cursor: u64,
    pub has_more: bool,
}

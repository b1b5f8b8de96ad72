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
    /// The organisation takes check-in alerts and silent alarms
    /// ([`crate::alerts`]). The app offers them only when this is true.
    #[serde(default)]
    pub check_in_alerts: bool,
    /// Minutes after a watch's due time before its alert fires.
    #[serde(default)]
    pub grace_minutes: u32,
    /// What to expect after sending a message, as the organisation words it
    /// ("We usually answer within a working day. Not for emergencies: call
    /// 112."). Shown above the message form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_expectation: Option<String>,
}

/// `POST /v1/conversations`. Sending the same `client_id` again returns the
/// same conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenConversation {
    pub organisation: String,
    pub client_id: String,
    /// The name the person chose to be called by, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The language of her app (BCP 47), so a worker answers in one she reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
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
    /// A report of a mistake: what it is about (see [`About`]). Absent for
    /// an ordinary message (and from apps that predate reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
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
    /// Set on a person's report of a mistake: `article:<id>` or
    /// `organisation:<id>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

/// Longest id in an `about` value, in characters.
pub const MAX_ABOUT_ID: usize = 80;

/// What a report of a mistake is about: an article of the library or an
/// entry of the directory of help, by id. On the wire it is one string,
/// `article:<id>` or `organisation:<id>`, the id being 1 to
/// [`MAX_ABOUT_ID`] characters of `[a-z0-9-]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About<'a> {
    Article(&'a str),
    Organisation(&'a str),
}

impl<'a> About<'a> {
    /// Reads an `about` value; `None` if it is not one.
    pub fn parse(value: &'a str) -> Option<About<'a>> {
        let (kind, id) = value.split_once(':')?;
        let valid = (1..=MAX_ABOUT_ID).contains(&id.len())
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        match kind {
            "article" if valid => Some(About::Article(id)),
            "organisation" if valid => Some(About::Organisation(id)),
            _ => None,
        }
    }

    pub fn id(&self) -> &'a str {
        match self {
            About::Article(id) | About::Organisation(id) => id,
        }
    }
}

impl std::fmt::Display for About<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            About::Article(id) => write!(f, "article:{id}"),
            About::Organisation(id) => write!(f, "organisation:{id}"),
        }
    }
}

/// `GET /v1/conversations/{id}/messages?since=<seq>&limit=<n>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagePage {
    pub messages: Vec<Message>,
    pub next_cursor: u64,
    pub has_more: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_is_an_article_or_a_directory_entry_by_id() {
        assert_eq!(About::parse("article:health-sti-testing"), Some(About::Article("health-sti-testing")));
        assert_eq!(About::parse("organisation:ggd-groningen-2"), Some(About::Organisation("ggd-groningen-2")));
        assert_eq!(About::parse("article:x").unwrap().to_string(), "article:x");
        let long = format!("article:{}", "a".repeat(MAX_ABOUT_ID));
        assert!(About::parse(&long).is_some());
        for bad in [
            "",
            "article",
            "article:",
            "article:Health",
            "article:a b",
            "article:a_b",
            "page:x",
            ":x",
            "article:a:b",
            &format!("article:{}", "a".repeat(MAX_ABOUT_ID + 1)),
        ] {
            assert_eq!(About::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn messages_without_about_read_and_write_as_before() {
        let old: SendMessage = serde_json::from_str(r#"{"client_id":"m","body":"hi"}"#).unwrap();
        assert_eq!(old.about, None);
        assert_eq!(serde_json::to_string(&old).unwrap(), r#"{"client_id":"m","body":"hi"}"#);
        let report = SendMessage { about: Some("article:x".into()), ..old };
        assert_eq!(serde_json::to_value(&report).unwrap()["about"], "article:x");
    }
}

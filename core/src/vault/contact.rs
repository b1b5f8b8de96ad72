//! The device's copy of conversations with support workers, inside the
//! vault: each conversation is one row sealed with its own subkey of the
//! master key, bound to its id, so nothing of it is readable on disk and
//! rows cannot be swapped. Locking the diary locks the conversations;
//! duress and "wipe everything" destroy them with the diary.
//!
//! Conversations are not diary records: they do not go into the backup
//! sync (the partner server already holds them, sealed at rest, until its
//! retention period ends), and a device restored from the recovery key
//! finds them again through the server's list.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::crypto::{self, Key, Purpose};
use super::{Field, Result, Vault, VaultError};

/// One message as the device knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalMessage {
    /// The device's id for a message the person wrote (de-duplication).
    pub client_id: Option<String>,
    /// The server's sequence number, once the server has it.
    pub seq: Option<u64>,
    pub from_worker: bool,
    pub body: String,
    pub at: DateTime<Utc>,
    /// A report of a mistake: `article:<id>` or `organisation:<id>`.
    /// Records written before reports existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

impl LocalMessage {
    /// Written here and not yet acknowledged by the server.
    pub fn queued(&self) -> bool {
        self.seq.is_none()
    }
}

/// One conversation with an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalConversation {
    /// The device's id; also the conversation's `client_id` on the server,
    /// so opening it twice after a dropped connection is one conversation.
    pub id: String,
    pub organisation: String,
    pub organisation_name: String,
    pub server_id: Option<String>,
    /// An open request went out (its answer may have been lost).
    #[serde(default)]
    pub open_sent: bool,
    /// The highest server `seq` received.
    pub cursor: u64,
    pub closed: bool,
    pub started_at: DateTime<Utc>,
    pub messages: Vec<LocalMessage>,
    /// Replies not yet seen by the person.
    pub unread: u32,
    /// Removed from this device: not shown, not fetched again.
    pub hidden: bool,
    /// The person asked the server to delete it; not confirmed yet.
    pub forget_on_server: bool,
    /// The name she chose to be called by, sent when the conversation is
    /// opened on the server so a worker can address her.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// Her app's language when she started it (a locale code), sent with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl LocalConversation {
    pub fn queued(&self) -> usize {
        self.messages.iter().filter(|m| m.queued()).count()
    }

    /// Adds a message from the server unless it is already here; a
    /// message this device sent is matched by its client id. Returns
    /// whether it was new to the device.
    pub fn receive(
        &mut self,
        seq: u64,
        from_worker: bool,
        client_id: Option<&str>,
        body: &str,
        at: DateTime<Utc>,
        about: Option<&str>,
    ) -> bool {
        self.cursor = self.cursor.max(seq);
        if self.messages.iter().any(|m| m.seq == Some(seq)) {
            return false;
        }
        if let Some(cid) = client_id {
            if let Some(m) = self.messages.iter_mut().find(|m| m.client_id.as_deref() == Some(cid)) {
                m.seq = Some(seq);
                return false;
            }
        }
        let msg = LocalMessage {
            client_id: client_id.map(str::to_string),
            seq: Some(seq),
            from_worker,
            body: body.into(),
            at,
            about: about.map(str::to_string),
        };
        // Keep the server's order; queued messages (no seq yet) stay last.
        let pos =
            self.messages.iter().position(|m| m.seq.is_none() || m.seq > Some(seq)).unwrap_or(self.messages.len());
        self.messages.insert(pos, msg);
        if from_worker {
            self.unread += 1;
        }
        true
    }
}

fn aad(id: &str) -> Vec<u8> {
    let mut aad = b"hk-contact-v1\0".to_vec();
    aad.extend_from_slice(id.as_bytes());
    aad
}

impl Vault {
    fn contact_key(&self) -> Result<Key> {
        Ok(self.key(Purpose::Master)?.subkey("contact"))
    }

    /// Every conversation on the device, including hidden ones, newest first.
    pub fn conversations(&self) -> Result<Vec<LocalConversation>> {
        self.require_unlocked()?;
        let key = self.contact_key()?;
        let mut stmt = self.conn.prepare("SELECT id, data FROM contact")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let mut out = rows.iter().map(|(id, sealed)| open_row(&key, id, sealed)).collect::<Result<Vec<_>>>()?;
        out.sort_by(|a, b| last_activity(b).cmp(&last_activity(a)).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    pub fn conversation(&self, id: &str) -> Result<LocalConversation> {
        self.require_unlocked()?;
        let key = self.contact_key()?;
        let sealed: Vec<u8> = self
            .conn
            .query_row("SELECT data FROM contact WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(VaultError::NotFound)?;
        open_row(&key, id, &sealed)
    }

    /// Stores a conversation (all of it, sealed, in one write).
    pub fn save_conversation(&mut self, c: &LocalConversation) -> Result<()> {
        self.require_unlocked()?;
        let key = self.contact_key()?;
        let plain = Zeroizing::new(serde_json::to_vec(c).map_err(|_| VaultError::Invalid(Field::Conversation))?);
        let sealed = crypto::seal(&key, &aad(&c.id), &plain)?;
        // No `touch`: background delivery must not keep the diary unlocked.
        self.conn.execute("INSERT OR REPLACE INTO contact (id, data) VALUES (?1, ?2)", params![c.id, sealed])?;
        Ok(())
    }

    /// Removes a conversation from the device for good (secure_delete
    /// zeroes its pages).
    pub fn remove_conversation(&mut self, id: &str) -> Result<()> {
        self.require_unlocked()?;
        self.conn.execute("DELETE FROM contact WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Messages written on this device and not yet delivered, over all
    /// conversations.
    pub fn queued_messages(&self) -> Result<u64> {
        Ok(self.conversations()?.iter().filter(|c| !c.hidden).map(|c| c.queued() as u64).sum())
    }
}

/// Opens one sealed row; a row that does not open, or holds another
/// conversation than its id says, was changed outside the app.
fn open_row(key: &Key, id: &str, sealed: &[u8]) -> Result<LocalConversation> {
    let plain = crypto::open(key, &aad(id), sealed).map_err(|_| VaultError::Tampered)?;
    let c: LocalConversation = serde_json::from_slice(&plain).map_err(|_| VaultError::Tampered)?;
    if c.id != id {
        return Err(VaultError::Tampered);
    }
    Ok(c)
}

fn last_activity(c: &LocalConversation) -> DateTime<Utc> {
    c.messages.last().map_or(c.started_at, |m| m.at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversations_stored_before_reports_existed_still_read() {
        let old = r#"{"id":"c","organisation":"main","organisation_name":"Org","server_id":null,"cursor":0,"closed":false,
            "started_at":"2026-11-23T10:00:00Z","messages":[{"client_id":"m","seq":null,"from_worker":false,"body":"Hallo",
            "at":"2026-11-23T10:00:00Z"}],"unread":0,"hidden":false,"forget_on_server":false}"#;
        let c: LocalConversation = serde_json::from_str(old).unwrap();
        assert_eq!(c.messages[0].about, None);
        // An ordinary message is written as before; a report keeps its subject.
        assert!(!serde_json::to_string(&c).unwrap().contains("about"));
        let mut m = c.messages[0].clone();
        m.about = Some("article:x".into());
        let back: LocalMessage = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(back.about.as_deref(), Some("article:x"));
    }
}

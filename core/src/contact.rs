//! Contact with a support worker: the person writes offline, messages wait
//! in the vault (sealed), and [`sync_contact`] delivers them when the
//! partner server is reachable, in the order written and exactly once as
//! both sides see it (client message ids on the way out, server sequence
//! numbers on the way in).
//!
//! All network work needs the diary unlocked: the account key follows from
//! the diary's master key, and the conversations are stored in the vault.

use chrono::{DateTime, Utc};
use huiskamer_protocol::messages::{
    About, Conversation, ConversationStatus, From, Message, MessagePage, OpenConversation, Organisation, SendMessage,
    MAX_MESSAGE_CHARS,
};
use serde::Serialize;
use zeroize::Zeroizing;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::sync::{Client, SendRetrying, SyncError, VaultCell};
use crate::vault::contact::{LocalConversation, LocalMessage};
use crate::vault::{crypto, Field, Vault, VaultError};

fn bearer(key: &[u8; 32]) -> Zeroizing<String> {
    Zeroizing::new(STANDARD.encode(key))
}

impl Client {
    /// The organisations on this server that answer messages.
    pub async fn organisations(&self) -> Result<Vec<Organisation>, SyncError> {
        let res = self.http.get(self.url("v1/organisations")).send_retrying().await?;
        Self::answer(res).await
    }

    pub async fn open_conversation(
        &self,
        key: &[u8; 32],
        organisation: &str,
        client_id: &str,
    ) -> Result<Conversation, SyncError> {
        self.open_conversation_as(key, organisation, client_id, None, None).await
    }

    /// Opens a conversation saying who opens it: the name she chose and her
    /// app's language, each if known.
    pub async fn open_conversation_as(
        &self,
        key: &[u8; 32],
        organisation: &str,
        client_id: &str,
        name: Option<&str>,
        language: Option<&str>,
    ) -> Result<Conversation, SyncError> {
        let body = OpenConversation {
            organisation: organisation.into(),
            client_id: client_id.into(),
            name: name.map(str::to_string),
            language: language.map(str::to_string),
        };
        let res = self
            .http
            .post(self.url("v1/conversations"))
            .bearer_auth(bearer(key).as_str())
            .json(&body)
            .send_retrying()
            .await?;
        Self::answer(res).await
    }

    pub async fn conversations(&self, key: &[u8; 32]) -> Result<Vec<Conversation>, SyncError> {
        let res = self.http.get(self.url("v1/conversations")).bearer_auth(bearer(key).as_str()).send_retrying().await?;
        Self::answer(res).await
    }

    pub async fn send_message(
        &self,
        key: &[u8; 32],
        conversation: &str,
        client_id: &str,
        body: &str,
    ) -> Result<Message, SyncError> {
        self.send_message_about(key, conversation, client_id, body, None).await
    }

    /// Sends a message; with `about`, a report of a mistake.
    pub async fn send_message_about(
        &self,
        key: &[u8; 32],
        conversation: &str,
        client_id: &str,
        body: &str,
        about: Option<&str>,
    ) -> Result<Message, SyncError> {
        let message = SendMessage { client_id: client_id.into(), body: body.into(), about: about.map(str::to_string) };
        let res = self
            .http
            .post(self.url(&format!("v1/conversations/{conversation}/messages")))
            .bearer_auth(bearer(key).as_str())
            .json(&message)
            .send_retrying()
            .await?;
        Self::answer(res).await
    }

    pub async fn messages(&self, key: &[u8; 32], conversation: &str, since: u64) -> Result<MessagePage, SyncError> {
        let mut url = self.url(&format!("v1/conversations/{conversation}/messages"));
        url.query_pairs_mut().append_pair("since", &since.to_string()).append_pair("limit", "500");
        let res = self.http.get(url).bearer_auth(bearer(key).as_str()).send_retrying().await?;
        Self::answer(res).await
    }

    /// Asks the server to delete a conversation now. Gone already counts
    /// as done.
    pub async fn delete_conversation(&self, key: &[u8; 32], conversation: &str) -> Result<(), SyncError> {
        let res = self
            .http
            .delete(self.url(&format!("v1/conversations/{conversation}")))
            .bearer_auth(bearer(key).as_str())
            .send_retrying()
            .await?;
        match res.status().as_u16() {
            204 | 404 => Ok(()),
            _ => Self::answer::<serde_json::Value>(res).await.map(|_| ()),
        }
    }
}

/// Starts a conversation on the device; it reaches the organisation with
/// the next sync. `first` is the whole first message.
pub fn start_conversation(
    v: &mut Vault,
    organisation: &str,
    organisation_name: &str,
    first: &str,
    now: DateTime<Utc>,
) -> Result<LocalConversation, VaultError> {
    start_with(v, organisation, organisation_name, first, None, Opener::default(), now)
}

/// Who starts a conversation, as the server is told when it is opened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opener {
    /// The name she chose to be called by (at most 80 characters, one line).
    pub name: Option<String>,
    /// Her app's language (a locale code).
    pub language: Option<String>,
}

/// [`start_conversation`], telling the organisation her chosen name and
/// her app's language.
pub fn start_conversation_as(
    v: &mut Vault,
    organisation: &str,
    organisation_name: &str,
    first: &str,
    opener: Opener,
    now: DateTime<Utc>,
) -> Result<LocalConversation, VaultError> {
    start_with(v, organisation, organisation_name, first, None, opener, now)
}

fn start_with(
    v: &mut Vault,
    organisation: &str,
    organisation_name: &str,
    first: &str,
    about: Option<String>,
    opener: Opener,
    now: DateTime<Utc>,
) -> Result<LocalConversation, VaultError> {
    let body = check_body(first)?;
    let name = opener.name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    if name.as_ref().is_some_and(|n| n.chars().count() > 80 || n.chars().any(char::is_control)) {
        return Err(VaultError::Invalid(Field::Name));
    }
    if organisation.is_empty() || organisation.len() > 64 {
        return Err(VaultError::Invalid(Field::Organisation));
    }
    let c = LocalConversation {
        id: crypto::random_id()?,
        organisation: organisation.into(),
        organisation_name: organisation_name.chars().take(200).collect(),
        server_id: None,
        open_sent: false,
        cursor: 0,
        closed: false,
        started_at: now,
        messages: vec![LocalMessage {
            client_id: Some(crypto::random_id()?),
            seq: None,
            from_worker: false,
            body,
            at: now,
            about,
        }],
        unread: 0,
        hidden: false,
        forget_on_server: false,
        person_name: name,
        language: opener.language,
    };
    v.touch();
    v.save_conversation(&c)?;
    Ok(c)
}

fn check_body(text: &str) -> Result<String, VaultError> {
    let body = text.trim();
    if body.is_empty() || body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(VaultError::Invalid(Field::Message));
    }
    Ok(body.to_string())
}

/// Queues a message in a conversation.
pub fn write_message(
    v: &mut Vault,
    conversation: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<LocalConversation, VaultError> {
    push_message(v, conversation, text, None, now)
}

fn push_message(
    v: &mut Vault,
    conversation: &str,
    text: &str,
    about: Option<String>,
    now: DateTime<Utc>,
) -> Result<LocalConversation, VaultError> {
    let body = check_body(text)?;
    let mut c = v.conversation(conversation)?;
    if c.hidden {
        return Err(VaultError::NotFound);
    }
    c.messages.push(LocalMessage {
        client_id: Some(crypto::random_id()?),
        seq: None,
        from_worker: false,
        body,
        at: now,
        about,
    });
    v.touch();
    v.save_conversation(&c)?;
    Ok(c)
}

/// Where a report of a mistake goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportTo<'a> {
    /// A conversation the person already has on this device.
    Conversation(&'a str),
    /// A new conversation with an organisation (id and name).
    New { organisation: &'a str, name: &'a str },
}

/// Queues a report of a mistake in the information: `text` is what the
/// person says is wrong, `about` what it is about (`article:<id>` or
/// `organisation:<id>`). It waits in the vault and travels like any other
/// message: in order, once, with the next sync.
pub fn write_report(
    v: &mut Vault,
    to: ReportTo<'_>,
    about: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<LocalConversation, VaultError> {
    let about = About::parse(about).ok_or(VaultError::Invalid(Field::About))?.to_string();
    match to {
        ReportTo::Conversation(id) => push_message(v, id, text, Some(about), now),
        ReportTo::New { organisation, name } => {
            start_with(v, organisation, name, text, Some(about), Opener::default(), now)
        }
    }
}

/// The person has seen the conversation.
pub fn mark_read(v: &mut Vault, conversation: &str) -> Result<LocalConversation, VaultError> {
    let mut c = v.conversation(conversation)?;
    if c.unread > 0 {
        c.unread = 0;
        v.save_conversation(&c)?;
    }
    v.touch();
    Ok(c)
}

/// Removes a conversation from the device at once (its messages are gone
/// from the disk); with `on_server`, the server is asked to delete it too
/// with the next sync. A conversation the server never heard of simply goes.
pub fn forget(v: &mut Vault, conversation: &str, on_server: bool) -> Result<(), VaultError> {
    let mut c = v.conversation(conversation)?;
    v.touch();
    if !c.open_sent && c.server_id.is_none() {
        return v.remove_conversation(conversation);
    }
    // Keep only what is needed to not fetch it again, or to ask for deletion.
    c.messages.clear();
    c.organisation_name.clear();
    c.unread = 0;
    c.hidden = true;
    c.forget_on_server = c.forget_on_server || on_server;
    v.save_conversation(&c)
}

/// What one contact sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactReport {
    pub sent: u64,
    /// New replies from support workers.
    pub replies: u64,
    /// The conversations (the device's ids) those replies came in.
    pub replied: Vec<String>,
    pub queued: u64,
    /// A conversation is open (not closed by the organisation, not removed here).
    pub open: bool,
}

fn at(m: &Message) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(&m.sent_at).map(|d| d.with_timezone(&Utc)).unwrap_or_else(|_| Utc::now())
}

/// Delivers queued messages and fetches replies for every conversation.
pub async fn sync_contact(cell: &impl VaultCell, client: &Client) -> Result<ContactReport, SyncError> {
    let key = cell.with(|v| v.sync_auth_key())??;
    let mut report = ContactReport::default();
    let mut registered = crate::sync::ensure_registered(cell, client, &key).await?;
    // A device new to the server registers first (anonymously).
    macro_rules! call {
        ($e:expr) => {
            match $e.await {
                Err(SyncError::Server { status: 401, .. }) if !registered => {
                    client.register(&key).await?;
                    registered = true;
                    $e.await
                }
                other => other,
            }
        };
    }

    // 1. Deletions the person asked for.
    for c in cell.with(|v| v.conversations())??.into_iter().filter(|c| c.forget_on_server) {
        if let Some(sid) = &c.server_id {
            call!(client.delete_conversation(&key, sid))?;
        } else {
            // Maybe opened on the server with a lost answer: find it to delete it.
            let opened = call!(client.open_conversation(&key, &c.organisation, &c.id))?;
            client.delete_conversation(&key, &opened.id).await?;
        }
        cell.with(|v| v.remove_conversation(&c.id))??;
    }

    // 2. Conversations started here reach the server (opening is idempotent
    //    by the conversation's id, so a retry after a lost answer is safe).
    for mut c in cell.with(|v| v.conversations())??.into_iter().filter(|c| !c.hidden && c.server_id.is_none()) {
        if !c.open_sent {
            c.open_sent = true;
            cell.with(|v| v.save_conversation(&c))??;
        }
        let opened = call!(client.open_conversation_as(
            &key,
            &c.organisation,
            &c.id,
            c.person_name.as_deref(),
            c.language.as_deref()
        ))?;
        cell.with(|v| -> Result<(), VaultError> {
            let mut c = v.conversation(&c.id)?;
            c.server_id = Some(opened.id.clone());
            v.save_conversation(&c)
        })??;
    }

    // 3. Conversations this account has on the server that the device does
    //    not know (a device restored from the recovery key).
    let remote = call!(client.conversations(&key))?;
    let local = cell.with(|v| v.conversations())??;
    let mut names: Option<Vec<Organisation>> = None;
    for r in &remote {
        if local.iter().any(|c| c.server_id.as_deref() == Some(r.id.as_str())) {
            continue;
        }
        if names.is_none() {
            names = Some(client.organisations().await.unwrap_or_default());
        }
        let name =
            names.iter().flatten().find(|o| o.id == r.organisation).map_or(r.organisation.clone(), |o| o.name.clone());
        let c = LocalConversation {
            id: crypto::random_id().map_err(VaultError::from)?,
            organisation: r.organisation.clone(),
            organisation_name: name,
            server_id: Some(r.id.clone()),
            open_sent: true,
            cursor: 0,
            closed: r.status == ConversationStatus::Closed,
            started_at: Utc::now(),
            messages: Vec::new(),
            unread: 0,
            hidden: false,
            forget_on_server: false,
            person_name: None,
            language: None,
        };
        cell.with(|v| v.save_conversation(&c))??;
    }

    // 4. Per conversation: send what waits, in order, then fetch what is new.
    for c in cell.with(|v| v.conversations())??.into_iter().filter(|c| !c.hidden) {
        let Some(sid) = c.server_id.clone() else { continue };
        let queued: Vec<LocalMessage> = c.messages.iter().filter(|m| m.queued()).cloned().collect();
        for m in queued {
            let Some(cid) = m.client_id.clone() else { continue };
            let sent = match client.send_message_about(&key, &sid, &cid, &m.body, m.about.as_deref()).await {
                // The server no longer has the conversation (its retention
                // period ended): open it again with the next sync.
                Err(SyncError::Server { status: 404, .. }) => {
                    cell.with(|v| -> Result<(), VaultError> {
                        let mut c = v.conversation(&c.id)?;
                        c.server_id = None;
                        c.cursor = 0;
                        v.save_conversation(&c)
                    })??;
                    return Err(SyncError::Server { status: 404, code: "conversation-gone".into() });
                }
                other => other?,
            };
            cell.with(|v| -> Result<(), VaultError> {
                let mut c = v.conversation(&c.id)?;
                c.receive(sent.seq, false, Some(&cid), &sent.body, at(&sent), sent.about.as_deref());
                v.save_conversation(&c)
            })??;
            report.sent += 1;
        }
        let mut cursor = c.cursor;
        loop {
            let page = client.messages(&key, &sid, cursor).await?;
            let closed = remote.iter().find(|r| r.id == sid).map(|r| r.status == ConversationStatus::Closed);
            let replies = cell.with(|v| -> Result<u64, VaultError> {
                let mut conv = v.conversation(&c.id)?;
                let mut replies = 0;
                for m in &page.messages {
                    let new = conv.receive(
                        m.seq,
                        m.from == From::Worker,
                        m.client_id.as_deref(),
                        &m.body,
                        at(m),
                        m.about.as_deref(),
                    );
                    if new && m.from == From::Worker {
                        replies += 1;
                    }
                }
                if let Some(closed) = closed {
                    conv.closed = closed;
                }
                v.save_conversation(&conv)?;
                Ok(replies)
            })??;
            report.replies += replies;
            if replies > 0 && !report.replied.contains(&c.id) {
                report.replied.push(c.id.clone());
            }
            if !page.has_more || page.next_cursor <= cursor {
                break;
            }
            cursor = page.next_cursor;
        }
    }
    let _ = registered;
    let shown: Vec<LocalConversation> = cell.with(|v| v.conversations())??.into_iter().filter(|c| !c.hidden).collect();
    report.queued = shown.iter().map(|c| c.queued() as u64).sum();
    report.open = shown.iter().any(|c| !c.closed);
    Ok(report)
}

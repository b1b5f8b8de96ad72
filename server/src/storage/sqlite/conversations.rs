//! Organisations, conversations and their messages.

use async_trait::async_trait;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

use super::{map_err, SqliteStorage};
use crate::storage::{ConversationRow, Conversations, MessageRow, Opener, SealedText, Sealer, Sender, StorageError};

const CONVERSATION_COLUMNS: &str = concat!(
    "id, account_id, organisation_id, status, last_seq, last_message_at, last_from, name_nonce, name_sealed, language, ",
    waiting_report_column!()
);

fn conversation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConversationRow> {
    Ok(ConversationRow {
        id: r.get(0)?,
        account_id: r.get(1)?,
        organisation_id: r.get(2)?,
        open: r.get::<_, String>(3)? == "open",
        last_seq: r.get::<_, i64>(4)? as u64,
        last_message_at: r.get(5)?,
        last_from: Sender::parse(&r.get::<_, String>(6)?),
        waiting_report: r.get(10)?,
        name: match (r.get::<_, Option<Vec<u8>>>(7)?, r.get::<_, Option<Vec<u8>>>(8)?) {
            (Some(nonce), Some(sealed)) => Some(SealedText { nonce, sealed }),
            _ => None,
        },
        language: r.get(9)?,
    })
}

const MESSAGE_COLUMNS: &str = "seq, sender, client_id, nonce, sealed, sent_at, about";

fn message_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MessageRow> {
    Ok(MessageRow {
        seq: r.get::<_, i64>(0)? as u64,
        sender: Sender::parse(&r.get::<_, String>(1)?),
        client_id: r.get(2)?,
        nonce: r.get(3)?,
        sealed: r.get(4)?,
        sent_at: r.get(5)?,
        about: r.get(6)?,
    })
}

/// Newest first, one more than a page (to tell whether older ones remain).
fn messages_before_sql() -> String {
    format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3")
}

fn get_conversation(c: &Connection, id: &str) -> Result<Option<ConversationRow>, StorageError> {
    c.query_row(&format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?1"), [id], conversation_row)
        .optional()
        .map_err(map_err)
}

#[async_trait]
impl Conversations for SqliteStorage {
    async fn upsert_organisation(&self, id: &str, name: &str) -> Result<(), StorageError> {
        let (id, name) = (id.to_string(), name.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO organisations (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                params![id, name],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn organisations(&self) -> Result<Vec<(String, String)>, StorageError> {
        self.run(|c| {
            let mut stmt = c.prepare("SELECT id, name FROM organisations ORDER BY name").map_err(map_err)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn open_conversation(
        &self,
        id: &str,
        account_id: &str,
        organisation_id: &str,
        client_id: &str,
        opener: Opener,
        now: i64,
    ) -> Result<ConversationRow, StorageError> {
        let (name_nonce, name_sealed) = opener.name.map(|n| (n.nonce, n.sealed)).unzip();
        let language = opener.language;
        let (id, account, org, client) =
            (id.to_string(), account_id.to_string(), organisation_id.to_string(), client_id.to_string());
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            let existing: Option<String> = tx
                .query_row(
                    "SELECT id FROM conversations WHERE account_id = ?1 AND client_id = ?2",
                    params![account, client],
                    |r| r.get(0),
                )
                .optional()
                .map_err(map_err)?;
            let id = match existing {
                Some(e) => e,
                None => {
                    tx.execute(
                        "INSERT INTO conversations (id, account_id, organisation_id, client_id, status, last_message_at,
                                                    name_nonce, name_sealed, language)
                         VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?8)",
                        params![id, account, org, client, now, name_nonce, name_sealed, language],
                    )
                    .map_err(|e| match e.sqlite_error_code() {
                        Some(ErrorCode::ConstraintViolation) => StorageError::Conflict("unknown-organisation"),
                        _ => map_err(e),
                    })?;
                    id
                }
            };
            let row =
                get_conversation(&tx, &id)?.ok_or_else(|| StorageError::Internal("conversation vanished".into()))?;
            tx.commit().map_err(map_err)?;
            Ok(row)
        })
        .await
    }

    async fn conversations_of(&self, account_id: &str) -> Result<Vec<ConversationRow>, StorageError> {
        let account = account_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare(&format!(
                    "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE account_id = ?1 ORDER BY last_message_at DESC"
                ))
                .map_err(map_err)?;
            let rows = stmt.query_map([account], conversation_row).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn conversation(&self, id: &str) -> Result<Option<ConversationRow>, StorageError> {
        let id = id.to_string();
        self.run(move |c| get_conversation(c, &id)).await
    }

    async fn add_message(
        &self,
        conversation_id: &str,
        sender: Sender,
        client_id: Option<String>,
        about: Option<String>,
        now: i64,
        seal: Sealer,
    ) -> Result<MessageRow, StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            if let Some(cid) = &client_id {
                let again = tx
                    .query_row(
                        &format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 AND client_id = ?2"),
                        params![conv, cid],
                        message_row,
                    )
                    .optional()
                    .map_err(map_err)?;
                if let Some(m) = again {
                    return Ok(m);
                }
            }
            let seq: i64 = tx
                .query_row("SELECT last_seq FROM conversations WHERE id = ?1", [&conv], |r| r.get::<_, i64>(0))
                .optional()
                .map_err(map_err)?
                .ok_or(StorageError::Conflict("no-conversation"))?
                + 1;
            let (nonce, sealed) = seal(seq as u64);
            tx.execute(
                "INSERT INTO messages (conversation_id, seq, sender, client_id, nonce, sealed, sent_at, about)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![conv, seq, sender.as_str(), client_id, nonce, sealed, now, about],
            )
            .map_err(map_err)?;
            // A person writing reopens the conversation; a worker answering
            // leaves it as it is.
            let reopen = if sender == Sender::Person { ", status = 'open'" } else { "" };
            tx.execute(
                &format!("UPDATE conversations SET last_seq = ?1, last_message_at = ?2, last_from = ?3{reopen} WHERE id = ?4"),
                params![seq, now, sender.as_str(), conv],
            )
            .map_err(map_err)?;
            tx.commit().map_err(map_err)?;
            Ok(MessageRow { seq: seq as u64, sender, client_id, nonce, sealed, sent_at: now, about })
        })
        .await
    }

    async fn messages(
        &self,
        conversation_id: &str,
        since: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare_cached(&format!(
                    "SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3"
                ))
                .map_err(map_err)?;
            let since = i64::try_from(since).unwrap_or(i64::MAX);
            let mut rows: Vec<MessageRow> = stmt
                .query_map(params![conv, since, limit as i64 + 1], message_row)
                .map_err(map_err)?
                .collect::<Result<_, _>>()
                .map_err(map_err)?;
            let more = rows.len() > limit as usize;
            rows.truncate(limit as usize);
            Ok((rows, more))
        })
        .await
    }

    async fn messages_before(
        &self,
        conversation_id: &str,
        before: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let mut stmt = c.prepare_cached(&messages_before_sql()).map_err(map_err)?;
            let before = i64::try_from(before).unwrap_or(i64::MAX);
            let mut rows: Vec<MessageRow> = stmt
                .query_map(params![conv, before, limit as i64 + 1], message_row)
                .map_err(map_err)?
                .collect::<Result<_, _>>()
                .map_err(map_err)?;
            let older = rows.len() > limit as usize;
            rows.truncate(limit as usize);
            rows.reverse();
            Ok((rows, older))
        })
        .await
    }

    async fn delete_conversation(&self, conversation_id: &str) -> Result<(), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            let tx = c.transaction().map_err(map_err)?;
            tx.execute("DELETE FROM messages WHERE conversation_id = ?1", [&conv]).map_err(map_err)?;
            tx.execute("DELETE FROM conversations WHERE id = ?1", [&conv]).map_err(map_err)?;
            tx.commit().map_err(map_err)
        })
        .await
    }

    async fn set_conversation_open(&self, conversation_id: &str, open: bool) -> Result<(), StorageError> {
        let conv = conversation_id.to_string();
        self.run(move |c| {
            c.execute(
                "UPDATE conversations SET status = ?1 WHERE id = ?2",
                params![if open { "open" } else { "closed" }, conv],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn queue(&self, organisation_id: &str) -> Result<Vec<ConversationRow>, StorageError> {
        let org = organisation_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare(&format!(
                    "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE organisation_id = ?1 AND status = 'open'
                     ORDER BY last_from = 'worker', last_message_at"
                ))
                .map_err(map_err)?;
            let rows = stmt.query_map([org], conversation_row).map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn purge_messages_before(&self, cutoff: i64) -> Result<u64, StorageError> {
        self.run(move |c| {
            let tx = c.transaction().map_err(map_err)?;
            let n = tx.execute("DELETE FROM messages WHERE sent_at < ?1", [cutoff]).map_err(map_err)?;
            tx.execute(
                "DELETE FROM conversations WHERE status = 'closed'
                 AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id)",
                [],
            )
            .map_err(map_err)?;
            tx.commit().map_err(map_err)?;
            Ok(n as u64)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_page_of_older_messages_is_read_from_the_primary_key_backwards() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStorage::open(&dir.path().join("server.db")).await.unwrap();
        let c = store.conn.lock().unwrap();
        let plan: Vec<String> = c
            .prepare(&format!("EXPLAIN QUERY PLAN {}", messages_before_sql()))
            .unwrap()
            .query_map(params!["conv", 1000, 101], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        // One search of the (conversation_id, seq) key; no sort of a whole conversation.
        assert_eq!(plan.len(), 1, "{plan:?}");
        assert!(
            plan[0].starts_with("SEARCH messages USING") && plan[0].contains("conversation_id=? AND seq<?"),
            "{plan:?}"
        );
        assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
    }
}

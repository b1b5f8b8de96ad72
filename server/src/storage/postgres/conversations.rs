//! Organisations, conversations and their messages.

use async_trait::async_trait;
use tokio_postgres::error::SqlState;

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::{ConversationRow, Conversations, MessageRow, Opener, SealedText, Sealer, Sender, StorageError};

const CONVERSATION_COLUMNS: &str = concat!(
    "id, account_id, organisation_id, status, last_seq, last_message_at, last_from, name_nonce, name_sealed, language, ",
    waiting_report_column!()
);

fn conversation_row(r: &tokio_postgres::Row) -> ConversationRow {
    ConversationRow {
        id: r.get(0),
        account_id: r.get(1),
        organisation_id: r.get(2),
        open: r.get::<_, String>(3) == "open",
        last_seq: r.get::<_, i64>(4) as u64,
        last_message_at: r.get(5),
        last_from: Sender::parse(&r.get::<_, String>(6)),
        waiting_report: r.get(10),
        name: match (r.get::<_, Option<Vec<u8>>>(7), r.get::<_, Option<Vec<u8>>>(8)) {
            (Some(nonce), Some(sealed)) => Some(SealedText { nonce, sealed }),
            _ => None,
        },
        language: r.get(9),
    }
}

const MESSAGE_COLUMNS: &str = "seq, sender, client_id, nonce, sealed, sent_at, about";

fn message_row(r: &tokio_postgres::Row) -> MessageRow {
    MessageRow {
        seq: r.get::<_, i64>(0) as u64,
        sender: Sender::parse(&r.get::<_, String>(1)),
        client_id: r.get(2),
        nonce: r.get(3),
        sealed: r.get(4),
        sent_at: r.get(5),
        about: r.get(6),
    }
}

/// Newest first, one more than a page (to tell whether older ones remain).
fn messages_before_sql() -> String {
    format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3")
}

#[async_trait]
impl Conversations for PostgresStorage {
    async fn upsert_organisation(&self, id: &str, name: &str) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO organisations (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
                &[&id, &name],
            )
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn organisations(&self) -> Result<Vec<(String, String)>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client.query("SELECT id, name FROM organisations ORDER BY name", &[]).await.map_err(map_err)?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
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
        let client = self.pool.get().await.map_err(pool_err)?;
        // ON CONFLICT DO NOTHING makes a concurrent retry on another instance
        // land on the same conversation.
        client
            .execute(
                "INSERT INTO conversations (id, account_id, organisation_id, client_id, status, last_message_at,
                                            name_nonce, name_sealed, language)
                 VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8) ON CONFLICT (account_id, client_id) DO NOTHING",
                &[&id, &account_id, &organisation_id, &client_id, &now, &name_nonce, &name_sealed, &language],
            )
            .await
            .map_err(|e| match e.code() {
                Some(c) if *c == SqlState::FOREIGN_KEY_VIOLATION => StorageError::Conflict("unknown-organisation"),
                _ => map_err(e),
            })?;
        let r = client
            .query_one(
                &format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE account_id = $1 AND client_id = $2"),
                &[&account_id, &client_id],
            )
            .await
            .map_err(map_err)?;
        Ok(conversation_row(&r))
    }

    async fn conversations_of(&self, account_id: &str) -> Result<Vec<ConversationRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client
            .query(
                &format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE account_id = $1 ORDER BY last_message_at DESC"),
                &[&account_id],
            )
            .await
            .map_err(map_err)?;
        Ok(rows.iter().map(conversation_row).collect())
    }

    async fn conversation(&self, id: &str) -> Result<Option<ConversationRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt(&format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = $1"), &[&id])
            .await
            .map_err(map_err)?;
        Ok(r.as_ref().map(conversation_row))
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
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        // Row lock: messages of one conversation get gap-free seqs, and a
        // retry racing on another instance sees the first write.
        let seq: i64 = tx
            .query_opt("SELECT last_seq FROM conversations WHERE id = $1 FOR UPDATE", &[&conversation_id])
            .await
            .map_err(map_err)?
            .ok_or(StorageError::Conflict("no-conversation"))?
            .get::<_, i64>(0)
            + 1;
        if let Some(cid) = &client_id {
            let again = tx
                .query_opt(
                    &format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND client_id = $2"),
                    &[&conversation_id, cid],
                )
                .await
                .map_err(map_err)?;
            if let Some(m) = again {
                return Ok(message_row(&m));
            }
        }
        let (nonce, sealed) = seal(seq as u64);
        tx.execute(
            "INSERT INTO messages (conversation_id, seq, sender, client_id, nonce, sealed, sent_at, about)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[&conversation_id, &seq, &sender.as_str(), &client_id, &nonce, &sealed, &now, &about],
        )
        .await
        .map_err(map_err)?;
        let sql = if sender == Sender::Person {
            "UPDATE conversations SET last_seq = $1, last_message_at = $2, last_from = $3, status = 'open' WHERE id = $4"
        } else {
            "UPDATE conversations SET last_seq = $1, last_message_at = $2, last_from = $3 WHERE id = $4"
        };
        tx.execute(sql, &[&seq, &now, &sender.as_str(), &conversation_id]).await.map_err(map_err)?;
        tx.commit().await.map_err(map_err)?;
        Ok(MessageRow { seq: seq as u64, sender, client_id, nonce, sealed, sent_at: now, about })
    }

    async fn messages(
        &self,
        conversation_id: &str,
        since: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let since = i64::try_from(since).unwrap_or(i64::MAX);
        let rows = client
            .query(
                &format!(
                    "SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3"
                ),
                &[&conversation_id, &since, &(limit as i64 + 1)],
            )
            .await
            .map_err(map_err)?;
        let more = rows.len() > limit as usize;
        Ok((rows.iter().take(limit as usize).map(message_row).collect(), more))
    }

    async fn messages_before(
        &self,
        conversation_id: &str,
        before: u64,
        limit: u32,
    ) -> Result<(Vec<MessageRow>, bool), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let before = i64::try_from(before).unwrap_or(i64::MAX);
        let rows = client
            .query(&messages_before_sql(), &[&conversation_id, &before, &(limit as i64 + 1)])
            .await
            .map_err(map_err)?;
        let older = rows.len() > limit as usize;
        let mut page: Vec<MessageRow> = rows.iter().take(limit as usize).map(message_row).collect();
        page.reverse();
        Ok((page, older))
    }

    async fn delete_conversation(&self, conversation_id: &str) -> Result<(), StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        tx.execute("DELETE FROM messages WHERE conversation_id = $1", &[&conversation_id]).await.map_err(map_err)?;
        tx.execute("DELETE FROM conversations WHERE id = $1", &[&conversation_id]).await.map_err(map_err)?;
        tx.commit().await.map_err(map_err)
    }

    async fn set_conversation_open(&self, conversation_id: &str, open: bool) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "UPDATE conversations SET status = $1 WHERE id = $2",
                &[&if open { "open" } else { "closed" }, &conversation_id],
            )
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn queue(&self, organisation_id: &str) -> Result<Vec<ConversationRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client
            .query(
                &format!(
                    "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE organisation_id = $1 AND status = 'open'
                     ORDER BY last_from = 'worker', last_message_at"
                ),
                &[&organisation_id],
            )
            .await
            .map_err(map_err)?;
        Ok(rows.iter().map(conversation_row).collect())
    }

    async fn purge_messages_before(&self, cutoff: i64) -> Result<u64, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        let n = tx.execute("DELETE FROM messages WHERE sent_at < $1", &[&cutoff]).await.map_err(map_err)?;
        tx.execute(
            "DELETE FROM conversations c WHERE c.status = 'closed'
             AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)",
            &[],
        )
        .await
        .map_err(map_err)?;
        tx.commit().await.map_err(map_err)?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use tokio_postgres::NoTls;

    use super::*;

    /// On the throwaway cluster `server/tests/with-postgres.sh` starts;
    /// without one there is nothing to ask.
    #[tokio::test]
    async fn a_page_of_older_messages_is_read_from_the_primary_key_backwards() {
        let Some(admin) = std::env::var("HUISKAMER_TEST_POSTGRES").ok().filter(|v| !v.is_empty()) else { return };
        let mut config: tokio_postgres::Config = admin.parse().unwrap();
        let (admin, conn) = config.connect(NoTls).await.unwrap();
        tokio::spawn(conn);
        let name = format!("hk_plan_{:016x}", rand::random::<u64>());
        admin.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
        config.dbname(&name);
        let store = PostgresStorage::from_config(config).await.unwrap();
        let c = store.pool.get().await.unwrap();
        // An empty table is cheapest to scan whole; told not to, the planner
        // shows what a long conversation gets: the key read backwards, no sort.
        c.batch_execute("SET enable_seqscan = off").await.unwrap();
        let plan: Vec<String> = c
            .query(&format!("EXPLAIN {}", messages_before_sql()), &[&"conv", &1000i64, &101i64])
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(plan.iter().any(|l| l.contains("Index Scan Backward using messages_pkey")), "{plan:?}");
        assert!(!plan.iter().any(|l| l.contains("Sort")), "{plan:?}");
        drop(c);
        drop(store);
        admin.batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)")).await.unwrap();
    }
}

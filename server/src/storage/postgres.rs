//! PostgreSQL backend, for several stateless server instances behind a load
//! balancer. Every rule that must hold across instances is enforced by the
//! database: one account's pushes are serialised by a row lock on the
//! account, and migrations by an advisory lock.

use async_trait::async_trait;
use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

use super::{
    step, ContentFile, ConversationRow, EachRow, KeyHash, MessageRow, NewRecord, PushOutcome, Role, RowRef, Sealer,
    Sender, Step, Storage, StorageError, WorkerRow,
};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_accounts_records.sql"),
    include_str!("../../migrations/postgres/0002_messages_workers.sql"),
    include_str!("../../migrations/postgres/0003_content.sql"),
    include_str!("../../migrations/postgres/0004_message_about.sql"),
    include_str!("../../migrations/postgres/0005_server_keys.sql"),
];
/// Arbitrary constant for `pg_advisory_xact_lock`: "hk" + schema.
const MIGRATION_LOCK: i64 = 0x686b_0001;

pub struct PostgresStorage {
    pool: Pool,
}

fn map_err(e: tokio_postgres::Error) -> StorageError {
    match e.code() {
        Some(c) if *c == SqlState::DISK_FULL || *c == SqlState::OUT_OF_MEMORY => StorageError::Full,
        Some(c) if *c == SqlState::UNIQUE_VIOLATION => StorageError::Conflict("account-exists"),
        Some(_) => StorageError::Internal(e.to_string()),
        // No SQL state: the connection itself failed.
        None => StorageError::Unavailable(e.to_string()),
    }
}

fn pool_err(e: deadpool_postgres::PoolError) -> StorageError {
    StorageError::Unavailable(e.to_string())
}

/// A `records` row as selected (seq, id, kind, version, tombstone, ciphertext), borrowed.
fn row_ref(r: &tokio_postgres::Row) -> RowRef<'_> {
    RowRef {
        seq: r.get::<_, i64>("seq") as u64,
        id: r.get("id"),
        kind: r.get("kind"),
        version: r.get::<_, i64>("version") as u64,
        tombstone: r.get("tombstone"),
        ciphertext: r.get("ciphertext"),
    }
}

impl PostgresStorage {
    pub async fn connect(url: &str) -> Result<PostgresStorage, StorageError> {
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e: tokio_postgres::Error| StorageError::Unavailable(format!("bad database address: {e}")))?;
        Self::from_config(config).await
    }

    async fn from_config(config: tokio_postgres::Config) -> Result<PostgresStorage, StorageError> {
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager).max_size(16).build().map_err(|e| StorageError::Internal(e.to_string()))?;
        let storage = PostgresStorage { pool };
        storage.migrate().await?;
        Ok(storage)
    }

    async fn migrate(&self) -> Result<(), StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await.map_err(map_err)?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            .await
            .map_err(map_err)?;
        let have: i32 = match tx.query_opt("SELECT version FROM schema_version", &[]).await.map_err(map_err)? {
            Some(r) => r.get(0),
            None => {
                tx.execute("INSERT INTO schema_version (version) VALUES (0)", &[]).await.map_err(map_err)?;
                0
            }
        };
        if have as usize > MIGRATIONS.len() {
            return Err(StorageError::Unavailable(format!(
                "the database was written by a newer server (schema {have}); this server knows {}",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(have as usize) {
            tx.batch_execute(sql).await.map_err(map_err)?;
            tx.execute("UPDATE schema_version SET version = $1", &[&((i + 1) as i32)]).await.map_err(map_err)?;
        }
        tx.commit().await.map_err(map_err)
    }
}

const CONVERSATION_COLUMNS: &str = concat!(
    "id, account_id, organisation_id, status, last_seq, last_message_at, last_from, ",
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
        waiting_report: r.get(7),
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

const WORKER_COLUMNS: &str = "w.id, w.organisation_id, w.username, w.display_name, w.password_hash, w.role";

fn worker_row(r: &tokio_postgres::Row) -> WorkerRow {
    WorkerRow {
        id: r.get(0),
        organisation_id: r.get(1),
        username: r.get(2),
        display_name: r.get(3),
        password_hash: r.get(4),
        role: Role::parse(&r.get::<_, String>(5)).unwrap_or(Role::Worker),
    }
}

#[async_trait]
impl Storage for PostgresStorage {
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute("INSERT INTO accounts (id, key_hash) VALUES ($1, $2)", &[&account_id, &key.as_slice()])
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn account_for_key(&self, key: &KeyHash) -> Result<Option<String>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt("SELECT id FROM accounts WHERE key_hash = $1", &[&key.as_slice()])
            .await
            .map_err(map_err)?;
        Ok(r.map(|r| r.get(0)))
    }

    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        tx.execute("DELETE FROM records WHERE account_id = $1", &[&account_id]).await.map_err(map_err)?;
        tx.execute("DELETE FROM accounts WHERE id = $1", &[&account_id]).await.map_err(map_err)?;
        tx.commit().await.map_err(map_err)
    }

    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        // The row lock makes concurrent pushes of one account, on any
        // instance, take turns: seq stays gap-free and strictly increasing.
        let mut seq: i64 = tx
            .query_one("SELECT last_seq FROM accounts WHERE id = $1 FOR UPDATE", &[&account_id])
            .await
            .map_err(map_err)?
            .get(0);
        let mut out = Vec::with_capacity(records.len());
        for rec in records {
            let existing = tx
                .query_opt(
                    "SELECT seq, id, kind, version, tombstone, ciphertext FROM records WHERE account_id = $1 AND id = $2",
                    &[&account_id, &rec.id],
                )
                .await
                .map_err(map_err)?
                .map(|r| row_ref(&r).to_row());
            match step(existing, rec)? {
                Step::Answer(outcome) => out.push(outcome),
                Step::Write(rec) => {
                    seq += 1;
                    tx.execute(
                        "INSERT INTO records (account_id, id, kind, version, tombstone, ciphertext, seq)
                         VALUES ($1, $2, $3, $4, $5, $6, $7)
                         ON CONFLICT (account_id, id) DO UPDATE SET kind = EXCLUDED.kind,
                           version = EXCLUDED.version, tombstone = EXCLUDED.tombstone,
                           ciphertext = EXCLUDED.ciphertext, seq = EXCLUDED.seq",
                        &[
                            &account_id,
                            &rec.id,
                            &rec.kind,
                            &(rec.version as i64),
                            &rec.tombstone,
                            &rec.ciphertext,
                            &seq,
                        ],
                    )
                    .await
                    .map_err(map_err)?;
                    out.push(PushOutcome::Accepted { id: rec.id, version: rec.version, seq: seq as u64 });
                }
            }
        }
        tx.execute("UPDATE accounts SET last_seq = $1 WHERE id = $2", &[&seq, &account_id]).await.map_err(map_err)?;
        tx.commit().await.map_err(map_err)?;
        Ok(out)
    }

    async fn pull_each(
        &self,
        account_id: &str,
        since: u64,
        limit: u32,
        each: &mut EachRow<'_>,
    ) -> Result<bool, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let since = i64::try_from(since).unwrap_or(i64::MAX);
        let rows = client
            .query(
                "SELECT seq, id, kind, version, tombstone, ciphertext FROM records
                 WHERE account_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                &[&account_id, &since, &(limit as i64 + 1)],
            )
            .await
            .map_err(map_err)?;
        for r in rows.iter().take(limit as usize) {
            each(row_ref(r));
        }
        Ok(rows.len() > limit as usize)
    }

    async fn ping(&self) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client.query_one("SELECT 1", &[]).await.map_err(map_err)?;
        Ok(())
    }

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
        now: i64,
    ) -> Result<ConversationRow, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        // ON CONFLICT DO NOTHING makes a concurrent retry on another instance
        // land on the same conversation.
        client
            .execute(
                "INSERT INTO conversations (id, account_id, organisation_id, client_id, status, last_message_at)
                 VALUES ($1, $2, $3, $4, 'open', $5) ON CONFLICT (account_id, client_id) DO NOTHING",
                &[&id, &account_id, &organisation_id, &client_id, &now],
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

    async fn create_worker(&self, w: &WorkerRow) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO workers (id, organisation_id, username, display_name, password_hash, role)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[&w.id, &w.organisation_id, &w.username, &w.display_name, &w.password_hash, &w.role.as_str()],
            )
            .await
            .map_err(|e| match e.code() {
                Some(c) if *c == SqlState::UNIQUE_VIOLATION => StorageError::Conflict("username-taken"),
                _ => map_err(e),
            })?;
        Ok(())
    }

    async fn worker_by_username(&self, username: &str) -> Result<Option<WorkerRow>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt(&format!("SELECT {WORKER_COLUMNS} FROM workers w WHERE w.username = $1"), &[&username])
            .await
            .map_err(map_err)?;
        Ok(r.as_ref().map(worker_row))
    }

    async fn create_session(
        &self,
        token_hash: &[u8; 32],
        worker_id: &str,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO sessions (token_hash, worker_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
                &[&token_hash.as_slice(), &worker_id, &csrf, &expires_at],
            )
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn session(&self, token_hash: &[u8; 32], now: i64) -> Result<Option<(WorkerRow, String)>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client.execute("DELETE FROM sessions WHERE expires_at <= $1", &[&now]).await.map_err(map_err)?;
        let r = client
            .query_opt(
                &format!(
                    "SELECT {WORKER_COLUMNS}, s.csrf FROM sessions s JOIN workers w ON w.id = s.worker_id
                     WHERE s.token_hash = $1"
                ),
                &[&token_hash.as_slice()],
            )
            .await
            .map_err(map_err)?;
        Ok(r.map(|r| (worker_row(&r), r.get(6))))
    }

    async fn delete_session(&self, token_hash: &[u8; 32]) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash.as_slice()])
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn seed_content(&self, files: Vec<(String, String)>, now: i64) -> Result<(), StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        // Several instances may start at once: one seeds, the others wait and see rows.
        tx.execute("LOCK TABLE content_files IN EXCLUSIVE MODE", &[]).await.map_err(map_err)?;
        let n: i64 = tx.query_one("SELECT count(*) FROM content_files", &[]).await.map_err(map_err)?.get(0);
        if n == 0 {
            for (path, text) in files {
                tx.execute(
                    "INSERT INTO content_files (path, text, updated_at, updated_by) VALUES ($1, $2, $3, 'shipped')",
                    &[&path, &text, &now],
                )
                .await
                .map_err(map_err)?;
            }
        }
        tx.commit().await.map_err(map_err)
    }

    async fn content_files(&self) -> Result<Vec<ContentFile>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let rows = client
            .query("SELECT path, text, updated_at, updated_by FROM content_files ORDER BY path", &[])
            .await
            .map_err(map_err)?;
        Ok(rows
            .iter()
            .map(|r| ContentFile { path: r.get(0), text: r.get(1), updated_at: r.get(2), updated_by: r.get(3) })
            .collect())
    }

    async fn put_content_file(&self, path: &str, text: &str, by: &str, now: i64) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO content_files (path, text, updated_at, updated_by) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (path) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at,
                   updated_by = EXCLUDED.updated_by",
                &[&path, &text, &now, &by],
            )
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn save_bundle(&self, version: u64, manifest: &str, bytes: &[u8], now: i64) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO bundles (version, manifest, bytes, published_at) VALUES ($1, $2, $3, $4)",
                &[&(version as i64), &manifest, &bytes, &now],
            )
            .await
            .map_err(|e| match e.code() {
                Some(c) if *c == SqlState::UNIQUE_VIOLATION => StorageError::Conflict("version-taken"),
                _ => map_err(e),
            })?;
        Ok(())
    }

    async fn latest_bundle(&self) -> Result<Option<(u64, String, i64)>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt("SELECT version, manifest, published_at FROM bundles ORDER BY version DESC LIMIT 1", &[])
            .await
            .map_err(map_err)?;
        Ok(r.map(|r| (r.get::<_, i64>(0) as u64, r.get(1), r.get(2))))
    }

    async fn bundle_bytes(&self, version: u64) -> Result<Option<Vec<u8>>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client
            .query_opt("SELECT bytes FROM bundles WHERE version = $1", &[&(version as i64)])
            .await
            .map_err(map_err)?;
        Ok(r.map(|r| r.get(0)))
    }

    async fn key_id(&self, name: &str) -> Result<Option<String>, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        let r = client.query_opt("SELECT key_id FROM server_keys WHERE name = $1", &[&name]).await.map_err(map_err)?;
        Ok(r.map(|r| r.get(0)))
    }

    async fn record_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<String, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO server_keys (name, key_id, recorded_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                &[&name, &key_id, &now],
            )
            .await
            .map_err(map_err)?;
        let r = client.query_one("SELECT key_id FROM server_keys WHERE name = $1", &[&name]).await.map_err(map_err)?;
        Ok(r.get(0))
    }

    async fn replace_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client
            .execute(
                "INSERT INTO server_keys (name, key_id, recorded_at) VALUES ($1, $2, $3)
                 ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, recorded_at = excluded.recorded_at",
                &[&name, &key_id, &now],
            )
            .await
            .map(|_| ())
            .map_err(map_err)
    }

    async fn holds_data(&self) -> Result<bool, StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        Ok(client.query_one(super::HOLDS_DATA, &[]).await.map_err(map_err)?.get(0))
    }
}

#[cfg(test)]
mod tests {
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

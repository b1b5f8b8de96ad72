//! PostgreSQL backend, for several stateless server instances behind a load
//! balancer. Every rule that must hold across instances is enforced by the
//! database: one account's pushes are serialised by a row lock on the
//! account, and migrations by an advisory lock.

use async_trait::async_trait;
use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

use super::{decide, Decision, KeyHash, NewRecord, PushOutcome, Row, Storage, StorageError};

const MIGRATIONS: &[&str] = &[include_str!("../../migrations/postgres/0001_accounts_records.sql")];
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

fn row(r: &tokio_postgres::Row) -> Row {
    Row {
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
        let config: tokio_postgres::Config =
            url.parse().map_err(|e: tokio_postgres::Error| StorageError::Unavailable(format!("bad database address: {e}")))?;
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .max_size(16)
            .build()
            .map_err(|e| StorageError::Internal(e.to_string()))?;
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
                .map(|r| row(&r));
            match decide(existing.as_ref(), &rec) {
                Decision::Same(s) => out.push(PushOutcome::Accepted { id: rec.id, version: rec.version, seq: s }),
                Decision::Conflict => out.push(PushOutcome::Conflict(
                    existing.ok_or_else(|| StorageError::Internal("conflict without a stored row".into()))?,
                )),
                Decision::Insert | Decision::Update => {
                    seq += 1;
                    tx.execute(
                        "INSERT INTO records (account_id, id, kind, version, tombstone, ciphertext, seq)
                         VALUES ($1, $2, $3, $4, $5, $6, $7)
                         ON CONFLICT (account_id, id) DO UPDATE SET kind = EXCLUDED.kind,
                           version = EXCLUDED.version, tombstone = EXCLUDED.tombstone,
                           ciphertext = EXCLUDED.ciphertext, seq = EXCLUDED.seq",
                        &[&account_id, &rec.id, &rec.kind, &(rec.version as i64), &rec.tombstone, &rec.ciphertext, &seq],
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

    async fn pull(&self, account_id: &str, since: u64, limit: u32) -> Result<(Vec<Row>, bool), StorageError> {
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
        let more = rows.len() > limit as usize;
        Ok((rows.iter().take(limit as usize).map(row).collect(), more))
    }

    async fn ping(&self) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client.query_one("SELECT 1", &[]).await.map_err(map_err)?;
        Ok(())
    }
}

//! SQLite backend: one file in the data folder, WAL journal, full sync so a
//! write the server acknowledged survives a power cut. One connection behind
//! a mutex, used from blocking threads: one organisation's traffic is small,
//! and SQLite serialises writers anyway.

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};

use super::{decide, Decision, KeyHash, NewRecord, PushOutcome, Row, Storage, StorageError};

const MIGRATIONS: &[&str] = &[include_str!("../../migrations/sqlite/0001_accounts_records.sql")];

pub struct SqliteStorage {
    conn: Arc<Mutex<Connection>>,
}

fn map_err(e: rusqlite::Error) -> StorageError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StorageError::Full,
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked | ErrorCode::CannotOpen | ErrorCode::ReadOnly) => {
            StorageError::Unavailable(e.to_string())
        }
        _ => StorageError::Internal(e.to_string()),
    }
}

impl SqliteStorage {
    pub async fn open(path: &Path) -> Result<SqliteStorage, StorageError> {
        let path = path.to_path_buf();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, StorageError> {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| StorageError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
            }
            let mut conn = Connection::open(&path).map_err(map_err)?;
            conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(map_err)?;
            conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
                .map_err(map_err)?;
            migrate(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|e| StorageError::Internal(e.to_string()))??;
        Ok(SqliteStorage { conn: Arc::new(Mutex::new(conn)) })
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, StorageError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the connection itself
            // is still consistent (SQLite rolled back), so keep using it.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| StorageError::Internal(e.to_string()))?
    }
}

fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let tx = conn.transaction().map_err(map_err)?;
    let have: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(map_err)?;
    if have as usize > MIGRATIONS.len() {
        return Err(StorageError::Unavailable(format!(
            "the database was written by a newer server (schema {have}); this server knows {}",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(have as usize) {
        tx.execute_batch(sql).map_err(map_err)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(map_err)?;
    }
    tx.commit().map_err(map_err)
}

fn stored(tx: &Transaction<'_>, account: &str, id: &str) -> Result<Option<Row>, StorageError> {
    tx.query_row(
        "SELECT seq, kind, version, tombstone, ciphertext FROM records WHERE account_id = ?1 AND id = ?2",
        params![account, id],
        |r| {
            Ok(Row {
                seq: r.get::<_, i64>(0)? as u64,
                id: id.to_string(),
                kind: r.get(1)?,
                version: r.get::<_, i64>(2)? as u64,
                tombstone: r.get(3)?,
                ciphertext: r.get(4)?,
            })
        },
    )
    .optional()
    .map_err(map_err)
}

#[async_trait]
impl Storage for SqliteStorage {
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError> {
        let (account_id, key) = (account_id.to_string(), *key);
        self.run(move |c| {
            match c.execute("INSERT INTO accounts (id, key_hash) VALUES (?1, ?2)", params![account_id, key.as_slice()]) {
                Ok(_) => Ok(()),
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                    Err(StorageError::Conflict("account-exists"))
                }
                Err(e) => Err(map_err(e)),
            }
        })
        .await
    }

    async fn account_for_key(&self, key: &KeyHash) -> Result<Option<String>, StorageError> {
        let key = *key;
        self.run(move |c| {
            c.query_row("SELECT id FROM accounts WHERE key_hash = ?1", [key.as_slice()], |r| r.get(0))
                .optional()
                .map_err(map_err)
        })
        .await
    }

    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError> {
        let account_id = account_id.to_string();
        self.run(move |c| {
            let tx = c.transaction().map_err(map_err)?;
            tx.execute("DELETE FROM records WHERE account_id = ?1", [&account_id]).map_err(map_err)?;
            tx.execute("DELETE FROM accounts WHERE id = ?1", [&account_id]).map_err(map_err)?;
            tx.commit().map_err(map_err)
        })
        .await
    }

    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError> {
        let account = account_id.to_string();
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            let mut seq: i64 = tx
                .query_row("SELECT last_seq FROM accounts WHERE id = ?1", [&account], |r| r.get(0))
                .map_err(map_err)?;
            let mut out = Vec::with_capacity(records.len());
            for rec in records {
                let existing = stored(&tx, &account, &rec.id)?;
                match decide(existing.as_ref(), &rec) {
                    Decision::Same(s) => out.push(PushOutcome::Accepted { id: rec.id, version: rec.version, seq: s }),
                    Decision::Conflict => out.push(PushOutcome::Conflict(
                        existing.ok_or_else(|| StorageError::Internal("conflict without a stored row".into()))?,
                    )),
                    Decision::Insert | Decision::Update => {
                        seq += 1;
                        tx.execute(
                            "INSERT INTO records (account_id, id, kind, version, tombstone, ciphertext, seq)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                             ON CONFLICT (account_id, id) DO UPDATE SET kind = excluded.kind,
                               version = excluded.version, tombstone = excluded.tombstone,
                               ciphertext = excluded.ciphertext, seq = excluded.seq",
                            params![account, rec.id, rec.kind, rec.version as i64, rec.tombstone, rec.ciphertext, seq],
                        )
                        .map_err(map_err)?;
                        out.push(PushOutcome::Accepted { id: rec.id, version: rec.version, seq: seq as u64 });
                    }
                }
            }
            tx.execute("UPDATE accounts SET last_seq = ?1 WHERE id = ?2", params![seq, account]).map_err(map_err)?;
            tx.commit().map_err(map_err)?;
            Ok(out)
        })
        .await
    }

    async fn pull(&self, account_id: &str, since: u64, limit: u32) -> Result<(Vec<Row>, bool), StorageError> {
        let account = account_id.to_string();
        self.run(move |c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT seq, id, kind, version, tombstone, ciphertext FROM records
                     WHERE account_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                )
                .map_err(map_err)?;
            let since = i64::try_from(since).unwrap_or(i64::MAX);
            let mut rows: Vec<Row> = stmt
                .query_map(params![account, since, limit as i64 + 1], |r| {
                    Ok(Row {
                        seq: r.get::<_, i64>(0)? as u64,
                        id: r.get(1)?,
                        kind: r.get(2)?,
                        version: r.get::<_, i64>(3)? as u64,
                        tombstone: r.get(4)?,
                        ciphertext: r.get(5)?,
                    })
                })
                .map_err(map_err)?
                .collect::<Result<_, _>>()
                .map_err(map_err)?;
            let more = rows.len() > limit as usize;
            rows.truncate(limit as usize);
            Ok((rows, more))
        })
        .await
    }

    async fn ping(&self) -> Result<(), StorageError> {
        self.run(|c| c.query_row("SELECT 1", [], |_| Ok(())).map_err(map_err)).await
    }
}

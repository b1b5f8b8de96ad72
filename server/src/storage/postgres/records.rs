//! Accounts and their records; an account's row lock orders its pushes.

use async_trait::async_trait;
use deadpool_postgres::GenericClient;

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::{step, EachRow, KeyHash, NewRecord, PushOutcome, Records, RowRef, Step, StorageError};

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

#[async_trait]
impl Records for PostgresStorage {
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
}

//! Accounts and their records: the key cache, pushes handed to the
//! writer, pulls on a read connection.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use rusqlite::{params, ErrorCode, OptionalExtension};

use super::writer::PushJob;
use super::{map_err, SqliteStorage};
use crate::storage::{EachRow, KeyHash, NewRecord, PushOutcome, Records, RowRef, StorageError};

/// At most this many device keys are remembered (about 100 bytes each);
/// when full, the memory starts over.
const KEY_CACHE: usize = 100_000;

#[async_trait]
impl Records for SqliteStorage {
    async fn create_account(&self, account_id: &str, key: &KeyHash) -> Result<(), StorageError> {
        let (account_id, key) = (account_id.to_string(), *key);
        self.run(move |c| {
            match c.execute("INSERT INTO accounts (id, key_hash) VALUES (?1, ?2)", params![account_id, key.as_slice()])
            {
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
        let deletions = {
            let keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(account) = keys.1.get(key) {
                return Ok(Some(account.clone()));
            }
            keys.0
        };
        let key = *key;
        let found: Option<String> = self
            .run(move |c| {
                c.query_row("SELECT id FROM accounts WHERE key_hash = ?1", [key.as_slice()], |r| r.get(0))
                    .optional()
                    .map_err(map_err)
            })
            .await?;
        if let Some(account) = &found {
            let mut keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
            if keys.0 == deletions {
                if keys.1.len() >= KEY_CACHE {
                    keys.1.clear();
                }
                keys.1.insert(key, account.clone());
            }
        }
        Ok(found)
    }

    async fn delete_account(&self, account_id: &str) -> Result<(), StorageError> {
        let forget = |keys: &Mutex<(u64, HashMap<KeyHash, String>)>| {
            let mut keys = keys.lock().unwrap_or_else(|p| p.into_inner());
            keys.0 += 1;
            keys.1.retain(|_, a| a != account_id);
        };
        // Before: no request finds the account in memory any more. After: a
        // lookup that read the database before the deletion committed is
        // not remembered (the count changed under it).
        forget(&self.keys);
        let id = account_id.to_string();
        let done = self
            .run(move |c| {
                let tx = c.transaction().map_err(map_err)?;
                tx.execute("DELETE FROM records WHERE account_id = ?1", [&id]).map_err(map_err)?;
                tx.execute("DELETE FROM accounts WHERE id = ?1", [&id]).map_err(map_err)?;
                tx.commit().map_err(map_err)
            })
            .await;
        forget(&self.keys);
        done
    }

    async fn push(&self, account_id: &str, records: Vec<NewRecord>) -> Result<Vec<PushOutcome>, StorageError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.pushes
            .send(PushJob { account: account_id.to_string(), records, answer })
            .map_err(|_| StorageError::Unavailable("the push writer has stopped".into()))?;
        answered.await.map_err(|_| StorageError::Internal("the push writer dropped a push".into()))?
    }

    async fn pull_each(
        &self,
        account_id: &str,
        since: u64,
        limit: u32,
        each: &mut EachRow<'_>,
    ) -> Result<bool, StorageError> {
        self.read(|c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT seq, id, kind, version, tombstone, ciphertext FROM records
                     WHERE account_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                )
                .map_err(map_err)?;
            let since = i64::try_from(since).unwrap_or(i64::MAX);
            let mut rows = stmt.query(params![account_id, since, limit as i64 + 1]).map_err(map_err)?;
            let mut read = 0;
            while let Some(r) = rows.next().map_err(map_err)? {
                if read == limit {
                    return Ok(true);
                }
                read += 1;
                each(RowRef {
                    seq: r.get::<_, i64>(0).map_err(map_err)? as u64,
                    id: r.get_ref(1).and_then(|v| Ok(v.as_str()?)).map_err(map_err)?,
                    kind: r.get_ref(2).and_then(|v| Ok(v.as_str()?)).map_err(map_err)?,
                    version: r.get::<_, i64>(3).map_err(map_err)? as u64,
                    tombstone: r.get(4).map_err(map_err)?,
                    ciphertext: r.get_ref(5).and_then(|v| Ok(v.as_blob()?)).map_err(map_err)?,
                });
            }
            Ok(false)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn record(id: &str, version: u64) -> NewRecord {
        NewRecord {
            id: id.into(),
            kind: "entry".into(),
            version,
            tombstone: false,
            ciphertext: vec![version as u8; 64],
        }
    }

    // Two workers: a pull that wrongly blocked one would still be timed out.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    // The held guard is the point: it stands for the writer using the connection.
    #[allow(clippy::await_holding_lock)]
    async fn pulls_read_committed_records_without_waiting_for_the_writer() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStorage::open(&dir.path().join("server.db")).await.unwrap());
        store.create_account("acc", &[7; 32]).await.unwrap();
        store.push("acc", vec![record("a", 1), record("b", 1)]).await.unwrap();

        // The main connection is busy (as during a group commit's fsync):
        // a pull still answers, from a read connection, with what is stored.
        let busy = store.conn.lock().unwrap();
        let pulling = store.clone();
        let pull = tokio::spawn(async move { pulling.pull("acc", 0, 1).await });
        let (rows, more) = tokio::time::timeout(std::time::Duration::from_secs(10), pull)
            .await
            .expect("the pull waited for the main connection")
            .unwrap()
            .unwrap();
        assert_eq!((rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), more), (vec!["a"], true));
        drop(busy);

        // A pushed record is there for the very next pull.
        store.push("acc", vec![record("a", 2)]).await.unwrap();
        let (rows, more) = store.pull("acc", 0, 10).await.unwrap();
        let seen: Vec<_> = rows.iter().map(|r| (r.id.as_str(), r.version, r.seq)).collect();
        assert_eq!((seen, more), (vec![("b", 1, 2), ("a", 2, 3)], false));
    }
}

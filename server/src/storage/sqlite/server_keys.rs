//! The ids of the keys this database belongs to.

use async_trait::async_trait;
use rusqlite::{params, OptionalExtension};

use super::{map_err, SqliteStorage};
use crate::storage::{ServerKeys, StorageError, HOLDS_DATA};

#[async_trait]
impl ServerKeys for SqliteStorage {
    async fn key_id(&self, name: &str) -> Result<Option<String>, StorageError> {
        let name = name.to_string();
        self.run(move |c| {
            c.query_row("SELECT key_id FROM server_keys WHERE name = ?1", [name], |r| r.get(0))
                .optional()
                .map_err(map_err)
        })
        .await
    }

    async fn record_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<String, StorageError> {
        let (name, key_id) = (name.to_string(), key_id.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO server_keys (name, key_id, recorded_at) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO NOTHING",
                params![name, key_id, now],
            )
            .map_err(map_err)?;
            c.query_row("SELECT key_id FROM server_keys WHERE name = ?1", [name], |r| r.get(0)).map_err(map_err)
        })
        .await
    }

    async fn replace_key_id(&self, name: &str, key_id: &str, now: i64) -> Result<(), StorageError> {
        let (name, key_id) = (name.to_string(), key_id.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO server_keys (name, key_id, recorded_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, recorded_at = excluded.recorded_at",
                params![name, key_id, now],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn holds_data(&self) -> Result<bool, StorageError> {
        self.run(|c| c.query_row(HOLDS_DATA, [], |r| r.get(0)).map_err(map_err)).await
    }
}

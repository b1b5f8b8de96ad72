//! The ids of the keys this database belongs to.

use async_trait::async_trait;

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::{ServerKeys, StorageError, HOLDS_DATA};

#[async_trait]
impl ServerKeys for PostgresStorage {
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
        Ok(client.query_one(HOLDS_DATA, &[]).await.map_err(map_err)?.get(0))
    }
}

//! The information library and its published bundles.

use async_trait::async_trait;
use tokio_postgres::error::SqlState;

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::{ContentFile, Library, StorageError};

#[async_trait]
impl Library for PostgresStorage {
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
}

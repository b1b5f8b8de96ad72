//! The information library and its published bundles.

use async_trait::async_trait;
use rusqlite::{params, ErrorCode, OptionalExtension};

use super::{map_err, SqliteStorage};
use crate::storage::{ContentFile, Library, StorageError};

#[async_trait]
impl Library for SqliteStorage {
    async fn seed_content(&self, files: Vec<(String, String)>, now: i64) -> Result<(), StorageError> {
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(map_err)?;
            let n: i64 = tx.query_row("SELECT count(*) FROM content_files", [], |r| r.get(0)).map_err(map_err)?;
            if n == 0 {
                for (path, text) in files {
                    tx.execute(
                        "INSERT INTO content_files (path, text, updated_at, updated_by) VALUES (?1, ?2, ?3, 'shipped')",
                        params![path, text, now],
                    )
                    .map_err(map_err)?;
                }
            }
            tx.commit().map_err(map_err)
        })
        .await
    }

    async fn content_files(&self) -> Result<Vec<ContentFile>, StorageError> {
        self.run(|c| {
            let mut stmt = c
                .prepare("SELECT path, text, updated_at, updated_by FROM content_files ORDER BY path")
                .map_err(map_err)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(ContentFile { path: r.get(0)?, text: r.get(1)?, updated_at: r.get(2)?, updated_by: r.get(3)? })
                })
                .map_err(map_err)?;
            rows.collect::<Result<_, _>>().map_err(map_err)
        })
        .await
    }

    async fn put_content_file(&self, path: &str, text: &str, by: &str, now: i64) -> Result<(), StorageError> {
        let (path, text, by) = (path.to_string(), text.to_string(), by.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO content_files (path, text, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (path) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
                   updated_by = excluded.updated_by",
                params![path, text, now, by],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn save_bundle(&self, version: u64, manifest: &str, bytes: &[u8], now: i64) -> Result<(), StorageError> {
        let (manifest, bytes) = (manifest.to_string(), bytes.to_vec());
        self.run(move |c| {
            match c.execute(
                "INSERT INTO bundles (version, manifest, bytes, published_at) VALUES (?1, ?2, ?3, ?4)",
                params![version as i64, manifest, bytes, now],
            ) {
                Ok(_) => Ok(()),
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                    Err(StorageError::Conflict("version-taken"))
                }
                Err(e) => Err(map_err(e)),
            }
        })
        .await
    }

    async fn latest_bundle(&self) -> Result<Option<(u64, String, i64)>, StorageError> {
        self.run(|c| {
            c.query_row("SELECT version, manifest, published_at FROM bundles ORDER BY version DESC LIMIT 1", [], |r| {
                Ok((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?))
            })
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn bundle_bytes(&self, version: u64) -> Result<Option<Vec<u8>>, StorageError> {
        self.run(move |c| {
            c.query_row("SELECT bytes FROM bundles WHERE version = ?1", [version as i64], |r| r.get(0))
                .optional()
                .map_err(map_err)
        })
        .await
    }
}

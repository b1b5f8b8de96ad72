//! Support workers and their sessions.

use async_trait::async_trait;
use tokio_postgres::error::SqlState;

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::{Role, StorageError, WorkerRow, Workers};

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
impl Workers for PostgresStorage {
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
}

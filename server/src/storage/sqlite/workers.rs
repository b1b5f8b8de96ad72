//! Support workers and their sessions.

use async_trait::async_trait;
use rusqlite::{params, ErrorCode, OptionalExtension};

use super::{map_err, SqliteStorage};
use crate::storage::{Role, StorageError, WorkerRow, Workers};

const WORKER_COLUMNS: &str = "w.id, w.organisation_id, w.username, w.display_name, w.password_hash, w.role";

fn worker_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WorkerRow> {
    Ok(WorkerRow {
        id: r.get(0)?,
        organisation_id: r.get(1)?,
        username: r.get(2)?,
        display_name: r.get(3)?,
        password_hash: r.get(4)?,
        role: Role::parse(&r.get::<_, String>(5)?).unwrap_or(Role::Worker),
    })
}

#[async_trait]
impl Workers for SqliteStorage {
    async fn create_worker(&self, w: &WorkerRow) -> Result<(), StorageError> {
        let w = w.clone();
        self.run(move |c| {
            match c.execute(
                "INSERT INTO workers (id, organisation_id, username, display_name, password_hash, role)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![w.id, w.organisation_id, w.username, w.display_name, w.password_hash, w.role.as_str()],
            ) {
                Ok(_) => Ok(()),
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
                    Err(StorageError::Conflict("username-taken"))
                }
                Err(e) => Err(map_err(e)),
            }
        })
        .await
    }

    async fn worker_by_username(&self, username: &str) -> Result<Option<WorkerRow>, StorageError> {
        let username = username.to_string();
        self.run(move |c| {
            c.query_row(
                &format!("SELECT {WORKER_COLUMNS} FROM workers w WHERE w.username = ?1"),
                [username],
                worker_row,
            )
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn create_session(
        &self,
        token_hash: &[u8; 32],
        worker_id: &str,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        let (t, w, csrf) = (*token_hash, worker_id.to_string(), csrf.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO sessions (token_hash, worker_id, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![t.as_slice(), w, csrf, expires_at],
            )
            .map(|_| ())
            .map_err(map_err)
        })
        .await
    }

    async fn session(&self, token_hash: &[u8; 32], now: i64) -> Result<Option<(WorkerRow, String)>, StorageError> {
        let t = *token_hash;
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now]).map_err(map_err)?;
            c.query_row(
                &format!(
                    "SELECT {WORKER_COLUMNS}, s.csrf FROM sessions s JOIN workers w ON w.id = s.worker_id
                     WHERE s.token_hash = ?1"
                ),
                [t.as_slice()],
                |r| Ok((worker_row(r)?, r.get(6)?)),
            )
            .optional()
            .map_err(map_err)
        })
        .await
    }

    async fn delete_session(&self, token_hash: &[u8; 32]) -> Result<(), StorageError> {
        let t = *token_hash;
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [t.as_slice()]).map(|_| ()).map_err(map_err)
        })
        .await
    }
}

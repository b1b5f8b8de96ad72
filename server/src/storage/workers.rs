//! Support workers (the dashboard's accounts) and their sessions.

use async_trait::async_trait;

use super::StorageError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Worker,
    Editor,
    Admin,
}

impl Role {
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Worker => "worker",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "worker" => Some(Role::Worker),
            "editor" => Some(Role::Editor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
    /// Editors (and admins) may edit and publish content.
    pub fn can_edit(&self) -> bool {
        matches!(self, Role::Editor | Role::Admin)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerRow {
    pub id: String,
    pub organisation_id: String,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
}

/// Support workers and their sessions.
#[async_trait]
pub trait Workers: Send + Sync {
    /// `Conflict("username-taken")` if the username exists.
    async fn create_worker(&self, worker: &WorkerRow) -> Result<(), StorageError>;
    async fn worker_by_username(&self, username: &str) -> Result<Option<WorkerRow>, StorageError>;
    async fn create_session(
        &self,
        token_hash: &[u8; 32],
        worker_id: &str,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), StorageError>;
    /// The worker and CSRF token of a live session.
    async fn session(&self, token_hash: &[u8; 32], now: i64) -> Result<Option<(WorkerRow, String)>, StorageError>;
    async fn delete_session(&self, token_hash: &[u8; 32]) -> Result<(), StorageError>;
}

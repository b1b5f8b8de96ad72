//! PostgreSQL backend, for several stateless server instances behind a load
//! balancer. Every rule that must hold across instances is enforced by the
//! database: one account's pushes are serialised by a row lock on the
//! account, and migrations by an advisory lock.

mod alerts;
mod conversations;
mod library;
mod migrations;
mod records;
mod server_keys;
mod workers;

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

use super::{Storage, StorageError};

pub struct PostgresStorage {
    pool: Pool,
}

fn map_err(e: tokio_postgres::Error) -> StorageError {
    match e.code() {
        Some(c) if *c == SqlState::DISK_FULL || *c == SqlState::OUT_OF_MEMORY => StorageError::Full,
        Some(c) if *c == SqlState::UNIQUE_VIOLATION => StorageError::Conflict("account-exists"),
        Some(_) => StorageError::Internal(e.to_string()),
        // No SQL state: the connection itself failed.
        None => StorageError::Unavailable(e.to_string()),
    }
}

fn pool_err(e: deadpool_postgres::PoolError) -> StorageError {
    StorageError::Unavailable(e.to_string())
}

impl PostgresStorage {
    pub async fn connect(url: &str) -> Result<PostgresStorage, StorageError> {
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e: tokio_postgres::Error| StorageError::Unavailable(format!("bad database address: {e}")))?;
        Self::from_config(config).await
    }

    pub(super) async fn from_config(config: tokio_postgres::Config) -> Result<PostgresStorage, StorageError> {
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager).max_size(16).build().map_err(|e| StorageError::Internal(e.to_string()))?;
        let storage = PostgresStorage { pool };
        storage.migrate().await?;
        Ok(storage)
    }
}

#[async_trait]
impl Storage for PostgresStorage {
    async fn ping(&self) -> Result<(), StorageError> {
        let client = self.pool.get().await.map_err(pool_err)?;
        client.query_one("SELECT 1", &[]).await.map_err(map_err)?;
        Ok(())
    }
}

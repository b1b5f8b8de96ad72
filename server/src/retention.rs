//! Messages are deleted once they are older than the organisation's
//! retention period: a person's words should not outlive their use. So
//! are alerts, once resolved, with the details a person chose.

use std::sync::Arc;
use std::time::Duration;

use crate::storage::{Storage, StorageError};

/// Deletes messages sent more than `days` days before `now` (unix seconds).
pub async fn purge(storage: &dyn Storage, days: u32, now: i64) -> Result<u64, StorageError> {
    storage.purge_messages_before(now - i64::from(days) * 86_400).await
}

/// Deletes alerts resolved more than `days` days before `now`, with their
/// sealed details and notes, and the closed watches no alert needs.
pub async fn purge_alerts(storage: &dyn Storage, days: u32, now: i64) -> Result<u64, StorageError> {
    storage.purge_alerts_before(now - i64::from(days) * 86_400).await
}

/// Purges at start and then every hour, for as long as the server runs.
/// Several instances may all do this; deleting twice is harmless.
pub fn spawn(storage: Arc<dyn Storage>, days: u32) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match purge(&*storage, days, crate::clock::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "expired messages deleted"),
                Err(e) => tracing::warn!(error = %e, "could not delete expired messages; will retry"),
            }
            match purge_alerts(&*storage, days, crate::clock::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "resolved alerts deleted"),
                Err(e) => tracing::warn!(error = %e, "could not delete resolved alerts; will retry"),
            }
        }
    });
}

//! The schema, built up by the numbered files in migrations/postgres/; the
//! `schema_version` table says how many of them a database has.

use super::{map_err, pool_err, PostgresStorage};
use crate::storage::StorageError;

const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/postgres/0001_accounts_records.sql"),
    include_str!("../../../migrations/postgres/0002_messages_workers.sql"),
    include_str!("../../../migrations/postgres/0003_content.sql"),
    include_str!("../../../migrations/postgres/0004_message_about.sql"),
    include_str!("../../../migrations/postgres/0005_server_keys.sql"),
    include_str!("../../../migrations/postgres/0006_alerts.sql"),
    include_str!("../../../migrations/postgres/0007_conversation_name_language.sql"),
];
/// Arbitrary constant for `pg_advisory_xact_lock`: "hk" + schema.
const MIGRATION_LOCK: i64 = 0x686b_0001;

impl PostgresStorage {
    pub(super) async fn migrate(&self) -> Result<(), StorageError> {
        let mut client = self.pool.get().await.map_err(pool_err)?;
        let tx = client.transaction().await.map_err(map_err)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await.map_err(map_err)?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            .await
            .map_err(map_err)?;
        let have: i32 = match tx.query_opt("SELECT version FROM schema_version", &[]).await.map_err(map_err)? {
            Some(r) => r.get(0),
            None => {
                tx.execute("INSERT INTO schema_version (version) VALUES (0)", &[]).await.map_err(map_err)?;
                0
            }
        };
        if have as usize > MIGRATIONS.len() {
            return Err(StorageError::Unavailable(format!(
                "the database was written by a newer server (schema {have}); this server knows {}",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(have as usize) {
            tx.batch_execute(sql).await.map_err(map_err)?;
            tx.execute("UPDATE schema_version SET version = $1", &[&((i + 1) as i32)]).await.map_err(map_err)?;
        }
        tx.commit().await.map_err(map_err)
    }
}

//! The schema, built up by the numbered files in migrations/sqlite/; the
//! database's `user_version` says how many of them it has.

use rusqlite::Connection;

use super::map_err;
use crate::storage::StorageError;

const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/sqlite/0001_accounts_records.sql"),
    include_str!("../../../migrations/sqlite/0002_messages_workers.sql"),
    include_str!("../../../migrations/sqlite/0003_content.sql"),
    include_str!("../../../migrations/sqlite/0004_message_about.sql"),
    include_str!("../../../migrations/sqlite/0005_server_keys.sql"),
    include_str!("../../../migrations/sqlite/0006_alerts.sql"),
    include_str!("../../../migrations/sqlite/0007_conversation_name_language.sql"),
];

pub(super) fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let tx = conn.transaction().map_err(map_err)?;
    let have: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(map_err)?;
    if have as usize > MIGRATIONS.len() {
        return Err(StorageError::Unavailable(format!(
            "the database was written by a newer server (schema {have}); this server knows {}",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(have as usize) {
        tx.execute_batch(sql).map_err(map_err)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(map_err)?;
    }
    tx.commit().map_err(map_err)
}

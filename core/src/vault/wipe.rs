//! Destroying the diary: "wipe everything", wipe-after, and the duress
//! PIN, which destroys and opens a new, empty diary in its place.

use super::crypto::{self, Key};
use super::{KdfParams, RecoveryKey, Result, Vault};

impl Vault {
    /// The duress path: a new master key wrapped under the duress PIN's key,
    /// every record and alarm gone, the old slots overwritten, and the
    /// database files rewritten so no old page survives in them.
    pub(super) fn destroy_and_recreate(&mut self, kek: &Key, salt: &[u8], kdf: KdfParams) -> Result<()> {
        let master = Key::random()?;
        // The new diary gets a recovery slot like any other, under a
        // recovery key nobody ever sees: the old recovery key opens nothing here.
        let recovery = crypto::seal_recovery_slot(&RecoveryKey::random()?, &master)?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM records", [])?;
        tx.execute("DELETE FROM alarms", [])?;
        tx.execute("DELETE FROM outbox", [])?;
        tx.execute("DELETE FROM contact", [])?;
        tx.execute("DELETE FROM watches", [])?;
        // The silent alarm's set-up goes too: the empty diary shows none of
        // it. An alarm the duress PIN queued (alarm_queue) stays until sent.
        tx.execute("DELETE FROM alarm_token", [])?;
        tx.execute(
            "DELETE FROM meta WHERE key IN ('sync_cursor', 'sync_registered', 'alarm_setup', 'alarm_pending')",
            [],
        )?;
        Self::write_keys(&tx, salt, kdf, kek, &master, None)?;
        Self::set_meta(&tx, "recovery", recovery)?;
        Self::set_meta(&tx, "digest", vec![0u8; 32])?;
        Self::set_meta(&tx, "attempts", 0i64)?;
        Self::set_meta(&tx, "retry_at", 0i64)?;
        tx.commit()?;
        self.compact()?;
        self.keys.load(&master);
        Ok(())
    }

    /// Rewrites the database and empties the write-ahead log.
    pub(super) fn compact(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    /// Destroys the diary: keys, records, alarms and settings. The vault is
    /// then not set up; the app offers to start a new one.
    pub fn destroy(&mut self) -> Result<()> {
        self.keys.wipe();
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM records", [])?;
        tx.execute("DELETE FROM alarms", [])?;
        tx.execute("DELETE FROM outbox", [])?;
        tx.execute("DELETE FROM contact", [])?;
        tx.execute("DELETE FROM watches", [])?;
        tx.execute("DELETE FROM alarm_token", [])?;
        tx.execute("DELETE FROM alarm_queue", [])?;
        tx.execute("DELETE FROM meta", [])?;
        tx.commit()?;
        self.compact()?;
        Ok(())
    }
}

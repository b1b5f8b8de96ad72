//! The diary's own settings, kept in `meta` because they are needed
//! before unlock: the auto-lock time (and the idle lock that keeps it) and
//! wipe-after.

use std::time::{Duration, Instant};

use super::{Field, Result, Vault, VaultError, DEFAULT_AUTO_LOCK_SECS};

impl Vault {
    pub fn auto_lock(&self) -> Duration {
        let secs = self.meta_int("auto_lock_secs").ok().flatten().map(|s| s as u64).unwrap_or(DEFAULT_AUTO_LOCK_SECS);
        Duration::from_secs(secs)
    }

    pub fn set_auto_lock(&mut self, secs: u64) -> Result<()> {
        if !(30..=3600).contains(&secs) {
            return Err(VaultError::Invalid(Field::AutoLock));
        }
        self.require_unlocked()?;
        Self::set_meta(&self.conn, "auto_lock_secs", secs as i64)
    }

    pub fn set_wipe_after(&mut self, attempts: Option<u32>) -> Result<()> {
        self.require_unlocked()?;
        match attempts {
            Some(n) if !(3..=50).contains(&n) => Err(VaultError::Invalid(Field::WipeAfter)),
            Some(n) => Self::set_meta(&self.conn, "wipe_after", i64::from(n)),
            None => {
                self.conn.execute("DELETE FROM meta WHERE key = 'wipe_after'", [])?;
                Ok(())
            }
        }
    }

    /// Locks when idle longer than the auto-lock time; true if it locked.
    pub fn lock_if_idle(&mut self, now: Instant) -> bool {
        if self.keys.is_loaded() && now.saturating_duration_since(self.last_used) >= self.auto_lock() {
            self.lock();
            return true;
        }
        false
    }
}

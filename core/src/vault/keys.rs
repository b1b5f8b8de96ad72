//! Key slots: setting up a diary, unlocking it (with the wrong-PIN wait),
//! checking and changing the PIN, the duress PIN, and locking.
//!
//! Two key slots always exist and look alike. One wraps the master key
//! under the PIN's key-encryption key; the other is random, or marks the
//! duress PIN (see wipe.rs for what the duress PIN destroys).

use std::time::Instant;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use zeroize::Zeroizing;

use super::crypto::{self, Key, Purpose};
use super::{KdfParams, RecoveryKey, Result, Secret, Vault, VaultError};
use super::{FIRST_WAIT_SECS, FORMAT, FREE_ATTEMPTS, MAX_WAIT_SECS};

const SLOT_PLAIN_LEN: usize = 1 + crypto::KEY_LEN;
const SLOT_LEN: usize = crypto::NONCE_LEN + SLOT_PLAIN_LEN + crypto::TAG_LEN;
const TAG_REAL: u8 = 1;
const TAG_DURESS: u8 = 2;

fn slot_aad(salt: &[u8]) -> Vec<u8> {
    let mut aad = b"hk-slot-v1\0".to_vec();
    aad.extend_from_slice(salt);
    aad
}

impl Vault {
    pub(super) fn kdf_params(&self) -> Result<KdfParams> {
        let blob = self.meta_blob("kdf")?.ok_or(VaultError::NotSetUp)?;
        serde_json::from_slice(&blob).map_err(|_| VaultError::Tampered)
    }

    /// Sets up a new diary under `secret` and returns the recovery key, to
    /// be shown once and never stored.
    pub fn set_up(&mut self, secret: &Secret) -> Result<Zeroizing<String>> {
        if self.is_set_up()? {
            return Err(VaultError::AlreadySetUp);
        }
        secret.check_strength()?;
        let recovery = RecoveryKey::random()?;
        let master = Key::random()?;
        let mut salt = [0u8; crypto::SALT_LEN];
        crypto::random_bytes(&mut salt)?;
        let kek = crypto::derive_kek(secret, &salt, self.kdf)?;
        let tx = self.conn.transaction()?;
        Self::write_keys(&tx, &salt, self.kdf, &kek, &master, None)?;
        Self::set_meta(&tx, "recovery", crypto::seal_recovery_slot(&recovery, &master)?)?;
        Self::set_meta(&tx, "digest", vec![0u8; 32])?;
        Self::set_meta(&tx, "clock", 0i64)?;
        Self::set_meta(&tx, "format", FORMAT)?;
        tx.commit()?;
        self.keys.load(&master);
        self.last_used = Instant::now();
        Ok(recovery.display())
    }

    /// Writes salt, cost and both slots: the real one, and the duress one
    /// (or random bytes of the same length), in random order.
    pub(super) fn write_keys(
        conn: &Connection,
        salt: &[u8],
        kdf: KdfParams,
        kek: &Key,
        master: &Key,
        duress_kek: Option<&Key>,
    ) -> Result<()> {
        let aad = slot_aad(salt);
        let mut plain = Zeroizing::new([0u8; SLOT_PLAIN_LEN]);
        plain[0] = TAG_REAL;
        plain[1..].copy_from_slice(master.bytes());
        let real = crypto::seal(kek, &aad, &plain[..])?;
        let other = match duress_kek {
            Some(dk) => {
                let mut marker = [0u8; SLOT_PLAIN_LEN];
                marker[0] = TAG_DURESS;
                crypto::random_bytes(&mut marker[1..])?;
                crypto::seal(dk, &aad, &marker)?
            }
            None => {
                let mut r = vec![0u8; SLOT_LEN];
                crypto::random_bytes(&mut r)?;
                r
            }
        };
        let mut coin = [0u8; 1];
        crypto::random_bytes(&mut coin)?;
        let (a, b) = if coin[0] & 1 == 0 { (real, other) } else { (other, real) };
        Self::set_meta(conn, "salt", salt.to_vec())?;
        Self::set_meta(conn, "kdf", serde_json::to_vec(&kdf).unwrap_or_default())?;
        Self::set_meta(conn, "slot0", a)?;
        Self::set_meta(conn, "slot1", b)?;
        Ok(())
    }

    /// Tries both slots with `kek`: the master key, the duress mark, or nothing.
    fn open_slots(&self, kek: &Key, salt: &[u8]) -> Result<SlotMatch> {
        let aad = slot_aad(salt);
        let mut found = SlotMatch::None;
        // Both slots are always tried, so the time taken says nothing.
        for name in ["slot0", "slot1"] {
            let slot = self.meta_blob(name)?.unwrap_or_default();
            if let Ok(plain) = crypto::open(kek, &aad, &slot) {
                if plain.len() == SLOT_PLAIN_LEN && plain[0] == TAG_REAL {
                    let mut k = [0u8; crypto::KEY_LEN];
                    k.copy_from_slice(&plain[1..]);
                    found = SlotMatch::Real(Key::from_bytes(k));
                    zeroize::Zeroize::zeroize(&mut k);
                } else if plain.len() == SLOT_PLAIN_LEN && plain[0] == TAG_DURESS {
                    found = SlotMatch::Duress;
                }
            }
        }
        Ok(found)
    }

    /// Unlocks with the PIN or passphrase. A duress PIN also "unlocks": it
    /// destroys the diary first and opens an empty one, and the answer is
    /// the same `Ok(())`.
    pub fn unlock(&mut self, secret: &Secret, now: DateTime<Utc>) -> Result<()> {
        if !self.is_set_up()? {
            return Err(VaultError::NotSetUp);
        }
        if self.keys.is_loaded() {
            self.last_used = Instant::now();
            return Ok(());
        }
        let now_ms = now.timestamp_millis();
        let retry_at = self.meta_int("retry_at")?.unwrap_or(0);
        if retry_at > now_ms {
            // A clock set back must not make the wait longer than the maximum.
            let left = (retry_at - now_ms) as u64;
            if left <= MAX_WAIT_SECS * 1000 {
                return Err(VaultError::Wait { secs: left.div_ceil(1000) });
            }
        }
        let salt = self.meta_blob("salt")?.ok_or(VaultError::Tampered)?;
        let kdf = self.kdf_params()?;
        let kek = crypto::derive_kek(secret, &salt, kdf)?;
        match self.open_slots(&kek, &salt)? {
            SlotMatch::Real(master) => {
                self.keys.load(&master);
                if let Err(e) = self.verify_digest() {
                    self.keys.wipe();
                    return Err(e);
                }
                // Reset the wrong-PIN counter only when there is one: an
                // unlock writes nothing otherwise, so it works on a full disk.
                if self.meta_int("attempts")?.unwrap_or(0) != 0 || retry_at != 0 {
                    let tx = self.conn.transaction()?;
                    Self::set_meta(&tx, "attempts", 0i64)?;
                    Self::set_meta(&tx, "retry_at", 0i64)?;
                    tx.commit()?;
                }
                self.last_used = Instant::now();
                Ok(())
            }
            SlotMatch::Duress => {
                // The silent alarm, if she chose it, is queued before the
                // diary goes and sent by the background sync; nothing here
                // waits for the network, and a failure here does not stop
                // the empty diary from opening.
                if let Ok(Some(target)) = self.duress_alarm_target(&kek) {
                    if let Ok(id) = crypto::random_id() {
                        if self.queue_alarm_fire(&target, &id).is_err() {
                            tracing::warn!("could not queue the alarm");
                        }
                    }
                }
                self.destroy_and_recreate(&kek, &salt, kdf)?;
                self.last_used = Instant::now();
                Ok(())
            }
            SlotMatch::None => {
                let attempts = self.meta_int("attempts")?.unwrap_or(0) as u32 + 1;
                if let Some(limit) = self.meta_int("wipe_after")? {
                    if i64::from(attempts) >= limit {
                        self.destroy()?;
                        return Err(VaultError::WrongSecret { attempts, wait_secs: 0 });
                    }
                }
                let wait_secs = if attempts <= FREE_ATTEMPTS {
                    0
                } else {
                    FIRST_WAIT_SECS.saturating_mul(1u64 << (attempts - FREE_ATTEMPTS - 1).min(20)).min(MAX_WAIT_SECS)
                };
                let tx = self.conn.transaction()?;
                Self::set_meta(&tx, "attempts", i64::from(attempts))?;
                Self::set_meta(&tx, "retry_at", now_ms + (wait_secs * 1000) as i64)?;
                tx.commit()?;
                Err(VaultError::WrongSecret { attempts, wait_secs })
            }
        }
    }

    /// Locks: the keys are overwritten with zeros. An alarm from the diary
    /// not yet sent is handed to the alarm token first, so it still goes.
    pub fn lock(&mut self) {
        if self.keys.is_loaded() && self.hand_pending_to_token().is_err() {
            tracing::warn!("could not hand a waiting alarm to the token");
        }
        self.keys.wipe();
    }

    /// Whether `kek` opens the duress slot.
    pub(super) fn is_duress_kek(&self, kek: &Key, salt: &[u8]) -> Result<bool> {
        Ok(matches!(self.open_slots(kek, salt)?, SlotMatch::Duress))
    }

    /// Checks the PIN again without changing state (for settings that need it).
    fn check_secret(&self, secret: &Secret) -> Result<()> {
        let salt = self.meta_blob("salt")?.ok_or(VaultError::Tampered)?;
        let kek = crypto::derive_kek(secret, &salt, self.kdf_params()?)?;
        match self.open_slots(&kek, &salt)? {
            SlotMatch::Real(_) => Ok(()),
            _ => Err(VaultError::WrongSecret { attempts: 0, wait_secs: 0 }),
        }
    }

    /// Changes the PIN or passphrase. The duress PIN, if any, is kept.
    pub fn change_secret(&mut self, current: &Secret, new: &Secret) -> Result<()> {
        self.require_unlocked()?;
        new.check_strength()?;
        self.check_secret(current)?;
        let salt = self.meta_blob("salt")?.ok_or(VaultError::Tampered)?;
        let kdf = self.kdf_params()?;
        let new_kek = crypto::derive_kek(new, &salt, kdf)?;
        if matches!(self.open_slots(&new_kek, &salt)?, SlotMatch::Duress) {
            return Err(VaultError::SameAsPin);
        }
        let master = self.key(Purpose::Master)?;
        let aad = slot_aad(&salt);
        let mut plain = Zeroizing::new([0u8; SLOT_PLAIN_LEN]);
        plain[0] = TAG_REAL;
        plain[1..].copy_from_slice(master.bytes());
        let sealed = crypto::seal(&new_kek, &aad, &plain[..])?;
        // Replace whichever slot held the real key; the other stays as it is.
        let kek = crypto::derive_kek(current, &salt, kdf)?;
        let tx = self.conn.transaction()?;
        for name in ["slot0", "slot1"] {
            let slot: Vec<u8> = tx.query_row("SELECT value FROM meta WHERE key = ?1", [name], |r| r.get(0))?;
            if crypto::open(&kek, &aad, &slot).is_ok_and(|p| p.first() == Some(&TAG_REAL)) {
                Self::set_meta(&tx, name, sealed.clone())?;
            }
        }
        tx.commit()?;
        self.compact()?;
        Ok(())
    }

    /// Sets (or replaces) the duress PIN. Asks for the PIN again.
    pub fn set_duress(&mut self, current: &Secret, duress: &Secret) -> Result<()> {
        self.require_unlocked()?;
        duress.check_strength()?;
        if current.as_bytes() == duress.as_bytes() {
            return Err(VaultError::SameAsPin);
        }
        self.check_secret(current)?;
        let salt = self.meta_blob("salt")?.ok_or(VaultError::Tampered)?;
        let kdf = self.kdf_params()?;
        let kek = crypto::derive_kek(current, &salt, kdf)?;
        let duress_kek = crypto::derive_kek(duress, &salt, kdf)?;
        let master = self.key(Purpose::Master)?;
        let tx = self.conn.transaction()?;
        Self::write_keys(&tx, &salt, kdf, &kek, &master, Some(&duress_kek))?;
        tx.commit()?;
        // The alarm token sealed under the old duress PIN opens no more.
        self.reseal_duress_alarm(&duress_kek)?;
        self.compact()?;
        Ok(())
    }
}

enum SlotMatch {
    Real(Key),
    Duress,
    None,
}

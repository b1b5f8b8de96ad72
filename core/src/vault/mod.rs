//! The encrypted diary. One SQLite file (`vault.sqlite`) holds:
//!
//! - `meta`: the Argon2id parameters and salt, two key slots, the failed
//!   unlock counter, the integrity digest and settings that must be read
//!   before unlock. Nothing in it is personal.
//! - `records`: one row per entry or photo: a random id, a coarse kind
//!   (`entry` or `photo`), a version (hybrid logical clock), a tombstone
//!   flag, and `nonce || AES-256-GCM ciphertext`. The associated data binds
//!   id, kind, version and tombstone, so a ciphertext moved to another row,
//!   or an old version put back, does not open. Plaintext is padded, so the
//!   size on disk tells little about what was written.
//! - `alarms`: opaque ids and times for neutral reminders, which must fire
//!   while the vault is locked; no content and no link to an entry without
//!   the key.
//!
//! The master key is 256 random bits. Besides the PIN slots it is sealed
//! once more under the recovery key (shown once at set-up), for restoring a
//! backup on another phone.
//!
//! Two key slots always exist and look alike. One wraps the master key
//! under the PIN's key-encryption key; the other is random, or marks the
//! duress PIN. Entering the duress PIN destroys the master key and every
//! record and opens a new, empty vault under that PIN, in the same time an
//! ordinary unlock takes.
//!
//! Replay of an old version of a record is caught by the integrity digest:
//! the XOR of an HMAC over every row's (id, kind, version, tombstone),
//! updated in the same transaction as each write and checked at unlock.

pub mod contact;
pub mod crypto;
pub mod entry;
pub mod export;
pub mod sync;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use zeroize::Zeroizing;

pub use crypto::{KdfParams, RecoveryKey, RecoveryKeyError, Secret, WeakSecret};
pub use entry::{Entry, EntryBody, StoredEntry};

use crypto::{CryptoError, Key, KeyHolder, Purpose};

const FORMAT: i64 = 1;
const SLOT_PLAIN_LEN: usize = 1 + crypto::KEY_LEN;
const SLOT_LEN: usize = crypto::NONCE_LEN + SLOT_PLAIN_LEN + crypto::TAG_LEN;
const TAG_REAL: u8 = 1;
const TAG_DURESS: u8 = 2;
/// Failed unlocks allowed before the wait starts.
const FREE_ATTEMPTS: u32 = 4;
const FIRST_WAIT_SECS: u64 = 30;
const MAX_WAIT_SECS: u64 = 3600;
pub const DEFAULT_AUTO_LOCK_SECS: u64 = 300;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the diary is not set up yet")]
    NotSetUp,
    #[error("the diary is already set up")]
    AlreadySetUp,
    #[error("the diary is locked")]
    Locked,
    #[error("wrong PIN ({attempts} failed attempts)")]
    WrongSecret { attempts: u32, wait_secs: u64 },
    #[error("too many wrong PINs: wait {secs} s")]
    Wait { secs: u64 },
    #[error("{0}")]
    Weak(#[from] WeakSecret),
    #[error("the duress PIN must differ from the PIN")]
    SameAsPin,
    #[error("the diary was changed outside the app")]
    Tampered,
    #[error("entry not found")]
    NotFound,
    #[error("invalid {0}")]
    Invalid(&'static str),
    #[error("{0}")]
    RecoveryKey(#[from] RecoveryKeyError),
    #[error("this backup was made with another recovery key")]
    WrongRecoveryKey,
    #[error("this is not a diary backup, or it is damaged")]
    CorruptBackup,
    #[error("the device is full")]
    DiskFull,
    #[error("the app's data folder is read-only")]
    ReadOnly,
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error("storage: {0}")]
    Storage(rusqlite::Error),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => VaultError::DiskFull,
            Some(ErrorCode::ReadOnly) | Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
                VaultError::ReadOnly
            }
            _ => VaultError::Storage(e),
        }
    }
}

impl VaultError {
    /// Stable code for the UI; its text is the Fluent message `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            VaultError::NotSetUp => "vault-not-set-up",
            VaultError::AlreadySetUp => "vault-set-up",
            VaultError::Locked => "vault-locked",
            VaultError::WrongSecret { .. } => "vault-wrong-pin",
            VaultError::Wait { .. } => "vault-wait",
            VaultError::Weak(WeakSecret::PinTooShort) => "vault-pin-short",
            VaultError::Weak(WeakSecret::PinTooSimple) => "vault-pin-simple",
            VaultError::Weak(WeakSecret::PassphraseTooShort) => "vault-passphrase-short",
            VaultError::SameAsPin => "vault-duress-same",
            VaultError::Tampered => "vault-tampered",
            VaultError::NotFound => "not-found",
            VaultError::Invalid(_) => "invalid-input",
            VaultError::RecoveryKey(RecoveryKeyError::Checksum) => "recovery-key-typo",
            VaultError::RecoveryKey(_) => "recovery-key-format",
            VaultError::WrongRecoveryKey => "recovery-key-wrong",
            VaultError::CorruptBackup => "backup-corrupt",
            VaultError::DiskFull => "disk-full",
            VaultError::ReadOnly => "read-only",
            VaultError::Crypto(_) | VaultError::Storage(_) | VaultError::Io(_) => "storage",
        }
    }
}

pub type Result<T> = std::result::Result<T, VaultError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum VaultState {
    NotSetUp,
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct VaultStatus {
    pub state: VaultState,
    /// Seconds until the next unlock attempt is allowed (0: now).
    pub wait_secs: u64,
    pub auto_lock_secs: u64,
    /// Wipe after this many failed unlocks (opt-in; `None` is off).
    pub wipe_after: Option<u32>,
}

pub struct Vault {
    path: PathBuf,
    conn: Connection,
    keys: KeyHolder,
    last_used: Instant,
    kdf: KdfParams,
}

fn open_db(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    // FULL: an entry the app said was saved survives a crash or power loss.
    // secure_delete: freed pages are zeroed, so deleted ciphertext and old
    // key slots don't linger in the file. No temp files on disk.
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA busy_timeout = 2000;
         CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
         CREATE TABLE IF NOT EXISTS records (
             id TEXT PRIMARY KEY,
             kind TEXT NOT NULL,
             version INTEGER NOT NULL,
             deleted INTEGER NOT NULL DEFAULT 0,
             data BLOB NOT NULL
         );
         CREATE TABLE IF NOT EXISTS alarms (id TEXT PRIMARY KEY, at INTEGER NOT NULL);
         -- Records changed here and not yet acknowledged by the partner server.
         CREATE TABLE IF NOT EXISTS outbox (id TEXT PRIMARY KEY) WITHOUT ROWID;
         -- Conversations with support workers, each one sealed row (contact.rs).
         CREATE TABLE IF NOT EXISTS contact (id TEXT PRIMARY KEY, data BLOB NOT NULL);",
    )?;
    Ok(conn)
}

fn record_aad(id: &str, kind: &str, version: u64, deleted: bool) -> Vec<u8> {
    let mut aad = Vec::with_capacity(40 + id.len());
    aad.extend_from_slice(b"hk-record-v1\0");
    aad.extend_from_slice(kind.as_bytes());
    aad.push(0);
    aad.extend_from_slice(id.as_bytes());
    aad.push(0);
    aad.extend_from_slice(&version.to_be_bytes());
    aad.push(u8::from(deleted));
    aad
}

fn slot_aad(salt: &[u8]) -> Vec<u8> {
    let mut aad = b"hk-slot-v1\0".to_vec();
    aad.extend_from_slice(salt);
    aad
}

/// Pads to a multiple of `block` behind a length prefix.
fn pad(plain: &[u8], block: usize) -> Zeroizing<Vec<u8>> {
    let len = 4 + plain.len();
    let padded = len.div_ceil(block) * block;
    let mut out = Zeroizing::new(Vec::with_capacity(padded));
    out.extend_from_slice(&(plain.len() as u32).to_be_bytes());
    out.extend_from_slice(plain);
    out.resize(padded, 0);
    out
}

/// An entry's plaintext, as decrypted: JSON that must describe an entry.
/// Anything else is treated as tampering. (Not re-validated: an entry saved
/// under older, looser limits must still open.)
pub fn decode_entry_body(plain: &[u8]) -> Result<EntryBody> {
    Ok(decode_stored_entry(plain)?.body)
}

pub fn decode_stored_entry(plain: &[u8]) -> Result<StoredEntry> {
    serde_json::from_slice(plain).map_err(|_| VaultError::Tampered)
}

/// The padded plaintext of a record without its padding (`None`: malformed).
pub fn unpad(padded: &[u8]) -> Option<&[u8]> {
    let len = u32::from_be_bytes(padded.get(..4)?.try_into().ok()?) as usize;
    padded.get(4..4 + len)
}

fn xor_into(acc: &mut [u8; 32], x: &[u8; 32]) {
    for (a, b) in acc.iter_mut().zip(x) {
        *a ^= b;
    }
}

/// One row of `records`, as stored: ciphertext and the fields bound into it.
#[derive(Clone, Debug)]
pub struct RawRecord {
    pub id: String,
    pub kind: String,
    pub version: u64,
    pub deleted: bool,
    pub data: Vec<u8>,
}

impl RawRecord {
    /// The columns `id, kind, version, deleted, data`, in that order.
    const COLUMNS: &'static str = "id, kind, version, deleted, data";

    fn from_row(r: &rusqlite::Row) -> rusqlite::Result<RawRecord> {
        Ok(RawRecord {
            id: r.get(0)?,
            kind: r.get(1)?,
            version: r.get::<_, i64>(2)? as u64,
            deleted: r.get(3)?,
            data: r.get(4)?,
        })
    }
}

impl Vault {
    /// Opens (or creates) the vault file. The vault starts locked.
    pub fn open(path: &Path) -> Result<Vault> {
        Self::open_with(path, KdfParams::default())
    }

    /// Like [`Vault::open`], with the Argon2id cost used for new vaults.
    pub fn open_with(path: &Path, kdf: KdfParams) -> Result<Vault> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let conn = open_db(path)?;
        Ok(Vault { path: path.to_owned(), conn, keys: KeyHolder::default(), last_used: Instant::now(), kdf })
    }

    fn meta_blob(&self, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    fn meta_int(&self, key: &str) -> Result<Option<i64>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get::<_, i64>(0)).optional()?)
    }

    fn set_meta(conn: &Connection, key: &str, value: impl rusqlite::ToSql) -> Result<()> {
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![key, value])?;
        Ok(())
    }

    pub fn is_set_up(&self) -> Result<bool> {
        Ok(self.meta_int("format")?.is_some())
    }

    pub fn is_unlocked(&self) -> bool {
        self.keys.is_loaded()
    }

    /// The key holder, for the test that proves lock wipes the keys.
    pub fn key_holder(&self) -> &KeyHolder {
        &self.keys
    }

    pub fn status(&self, now: DateTime<Utc>) -> Result<VaultStatus> {
        let state = if !self.is_set_up()? {
            VaultState::NotSetUp
        } else if self.keys.is_loaded() {
            VaultState::Unlocked
        } else {
            VaultState::Locked
        };
        let retry_at = self.meta_int("retry_at")?.unwrap_or(0);
        let wait_secs = ((retry_at - now.timestamp_millis()).max(0) as u64).div_ceil(1000);
        Ok(VaultStatus {
            state,
            wait_secs,
            auto_lock_secs: self.auto_lock().as_secs(),
            wipe_after: self.meta_int("wipe_after")?.map(|n| n as u32),
        })
    }

    fn kdf_params(&self) -> Result<KdfParams> {
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
    fn write_keys(
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

    /// The duress path: a new master key wrapped under the duress PIN's key,
    /// every record and alarm gone, the old slots overwritten, and the
    /// database files rewritten so no old page survives in them.
    fn destroy_and_recreate(&mut self, kek: &Key, salt: &[u8], kdf: KdfParams) -> Result<()> {
        let master = Key::random()?;
        // The new diary gets a recovery slot like any other, under a
        // recovery key nobody ever sees: the old recovery key opens nothing here.
        let recovery = crypto::seal_recovery_slot(&RecoveryKey::random()?, &master)?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM records", [])?;
        tx.execute("DELETE FROM alarms", [])?;
        tx.execute("DELETE FROM outbox", [])?;
        tx.execute("DELETE FROM contact", [])?;
        tx.execute("DELETE FROM meta WHERE key IN ('sync_cursor', 'sync_registered')", [])?;
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
    fn compact(&self) -> Result<()> {
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
        tx.execute("DELETE FROM meta", [])?;
        tx.commit()?;
        self.compact()?;
        Ok(())
    }

    /// Locks: the keys are overwritten with zeros.
    pub fn lock(&mut self) {
        self.keys.wipe();
    }

    pub fn auto_lock(&self) -> Duration {
        let secs = self.meta_int("auto_lock_secs").ok().flatten().map(|s| s as u64).unwrap_or(DEFAULT_AUTO_LOCK_SECS);
        Duration::from_secs(secs)
    }

    pub fn set_auto_lock(&mut self, secs: u64) -> Result<()> {
        if !(30..=3600).contains(&secs) {
            return Err(VaultError::Invalid("auto-lock"));
        }
        self.require_unlocked()?;
        Self::set_meta(&self.conn, "auto_lock_secs", secs as i64)
    }

    pub fn set_wipe_after(&mut self, attempts: Option<u32>) -> Result<()> {
        self.require_unlocked()?;
        match attempts {
            Some(n) if !(3..=50).contains(&n) => Err(VaultError::Invalid("wipe-after")),
            Some(n) => Self::set_meta(&self.conn, "wipe_after", i64::from(n)),
            None => {
                self.conn.execute("DELETE FROM meta WHERE key = 'wipe_after'", [])?;
                Ok(())
            }
        }
    }

    /// Marks activity; the idle timer starts again.
    pub fn touch(&mut self) {
        self.last_used = Instant::now();
    }

    /// Locks when idle longer than the auto-lock time; true if it locked.
    pub fn lock_if_idle(&mut self, now: Instant) -> bool {
        if self.keys.is_loaded() && now.saturating_duration_since(self.last_used) >= self.auto_lock() {
            self.lock();
            return true;
        }
        false
    }

    fn require_unlocked(&self) -> Result<()> {
        if !self.keys.is_loaded() {
            return Err(if self.is_set_up()? { VaultError::Locked } else { VaultError::NotSetUp });
        }
        Ok(())
    }

    fn key(&self, purpose: Purpose) -> Result<Key> {
        self.keys.key(purpose).ok_or(VaultError::Locked)
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
        self.compact()?;
        Ok(())
    }

    // ---- records ----------------------------------------------------------

    fn row_mac(index: &Key, id: &str, kind: &str, version: u64, deleted: bool) -> [u8; 32] {
        crypto::hmac(index, &[id.as_bytes(), kind.as_bytes(), &version.to_be_bytes(), &[u8::from(deleted)]])
    }

    fn verify_digest(&self) -> Result<()> {
        let index = self.key(Purpose::Index)?;
        let mut acc = [0u8; 32];
        let mut stmt = self.conn.prepare("SELECT id, kind, version, deleted FROM records")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, bool>(3)?))
        })?;
        for row in rows {
            let (id, kind, version, deleted) = row?;
            xor_into(&mut acc, &Self::row_mac(&index, &id, &kind, version as u64, deleted));
        }
        let stored = self.meta_blob("digest")?.unwrap_or_default();
        if crypto::same_mac(&acc, &stored) {
            Ok(())
        } else {
            Err(VaultError::Tampered)
        }
    }

    fn read_raw(conn: &Connection, id: &str) -> Result<Option<RawRecord>> {
        let sql = format!("SELECT {} FROM records WHERE id = ?1", RawRecord::COLUMNS);
        Ok(conn.prepare_cached(&sql)?.query_row([id], RawRecord::from_row).optional()?)
    }

    /// Writes one record (new version) and updates the digest: the caller's
    /// transaction makes both one write.
    fn write_record(
        &self,
        conn: &Connection,
        id: &str,
        kind: &str,
        plain: Option<&[u8]>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let old = Self::read_raw(conn, id)?;
        if old.as_ref().is_some_and(|o| o.kind != kind) {
            return Err(VaultError::NotFound);
        }
        let mut pending = Pending::read(conn)?;
        let version = self.write_in(conn, &mut pending, id, kind, plain, old.as_ref(), now)?;
        pending.write(conn)?;
        Ok(version)
    }

    /// Writes a record with the clock and digest kept in `pending`, so a
    /// batch reads and writes them once, not once per record.
    #[allow(clippy::too_many_arguments)]
    fn write_in(
        &self,
        conn: &Connection,
        pending: &mut Pending,
        id: &str,
        kind: &str,
        plain: Option<&[u8]>,
        old: Option<&RawRecord>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let records = self.key(Purpose::Records)?;
        let index = self.key(Purpose::Index)?;
        let wall = (now.timestamp_millis().max(0) as u64) << 16;
        let version = wall.max(pending.clock + 1);
        pending.clock = version;
        let deleted = plain.is_none();
        let block = if kind == "photo" { 4096 } else { 256 };
        let padded = pad(plain.unwrap_or_default(), block);
        let data = crypto::seal(&records, &record_aad(id, kind, version, deleted), &padded)?;
        conn.prepare_cached(
            "INSERT OR REPLACE INTO records (id, kind, version, deleted, data) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![id, kind, version as i64, deleted, data])?;
        conn.prepare_cached("INSERT OR IGNORE INTO outbox (id) VALUES (?1)")?.execute([id])?;
        if let Some(old) = old {
            xor_into(&mut pending.digest, &Self::row_mac(&index, &old.id, &old.kind, old.version, old.deleted));
        }
        xor_into(&mut pending.digest, &Self::row_mac(&index, id, kind, version, deleted));
        Ok(version)
    }

    /// Opens a stored record; a ciphertext that does not belong to this
    /// row (swapped, replayed, changed) is refused as tampering.
    fn open_record(&self, rec: &RawRecord) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let records = self.key(Purpose::Records)?;
        let padded = crypto::open(&records, &record_aad(&rec.id, &rec.kind, rec.version, rec.deleted), &rec.data)
            .map_err(|_| VaultError::Tampered)?;
        if rec.deleted {
            return Ok(None);
        }
        let plain = unpad(&padded).ok_or(VaultError::Tampered)?;
        Ok(Some(Zeroizing::new(plain.to_vec())))
    }

    fn decode_entry(&self, rec: &RawRecord) -> Result<Option<Entry>> {
        let Some(plain) = self.open_record(rec)? else { return Ok(None) };
        let stored = decode_stored_entry(&plain)?;
        Ok(Some(Entry { id: rec.id.clone(), version: rec.version, body: stored.body, conflict_of: stored.conflict_of }))
    }

    fn alarm_id(&self, entry: &str, alarm: entry::Alarm) -> Result<String> {
        let key = self.key(Purpose::Alarms)?;
        let mac = crypto::hmac(&key, &[entry.as_bytes(), alarm.purpose().as_bytes()]);
        Ok(mac[..16].iter().map(|b| format!("{b:02x}")).collect())
    }

    fn set_alarms(&self, conn: &Connection, id: &str, body: Option<&EntryBody>, now: DateTime<Utc>) -> Result<()> {
        for alarm in [entry::Alarm::Reminder, entry::Alarm::CheckIn] {
            conn.execute("DELETE FROM alarms WHERE id = ?1", [self.alarm_id(id, alarm)?])?;
        }
        for (alarm, at) in body.map(EntryBody::alarms).unwrap_or_default() {
            let Some(at) = Local.from_local_datetime(&at).earliest() else { continue };
            if at.with_timezone(&Utc) > now {
                conn.execute(
                    "INSERT OR REPLACE INTO alarms (id, at) VALUES (?1, ?2)",
                    params![self.alarm_id(id, alarm)?, at.timestamp()],
                )?;
            }
        }
        Ok(())
    }

    /// Creates (`id` is `None`) or replaces an entry. Returns it as stored.
    pub fn save(&mut self, id: Option<&str>, body: EntryBody, now: DateTime<Utc>) -> Result<Entry> {
        self.require_unlocked()?;
        body.validate().map_err(VaultError::Invalid)?;
        for photo in body.photos() {
            match Self::read_raw(&self.conn, photo)? {
                Some(r) if r.kind == "photo" && !r.deleted => {}
                _ => return Err(VaultError::Invalid("photos")),
            }
        }
        let id = match id {
            Some(id) => {
                let old = Self::read_raw(&self.conn, id)?.ok_or(VaultError::NotFound)?;
                if old.deleted || old.kind != "entry" {
                    return Err(VaultError::NotFound);
                }
                id.to_owned()
            }
            None => crypto::random_id()?,
        };
        let old_photos: Vec<String> = match Self::read_raw(&self.conn, &id)? {
            Some(old) => self.decode_entry(&old)?.map(|e| e.body.photos().to_vec()).unwrap_or_default(),
            None => Vec::new(),
        };
        // Saving a conflict copy makes it an ordinary entry again.
        let stored = StoredEntry { body, conflict_of: None };
        let plain = Zeroizing::new(serde_json::to_vec(&stored).map_err(|_| VaultError::Invalid("entry"))?);
        let body = stored.body;
        let tx = self.conn.unchecked_transaction()?;
        let version = self.write_record(&tx, &id, "entry", Some(&plain), now)?;
        for gone in old_photos.iter().filter(|p| !body.photos().contains(p)) {
            self.write_record(&tx, gone, "photo", None, now)?;
        }
        self.set_alarms(&tx, &id, Some(&body), now)?;
        tx.commit()?;
        self.last_used = Instant::now();
        Ok(Entry { id, version, body, conflict_of: None })
    }

    /// Saves many new entries in one transaction (import, benchmarks).
    pub fn save_batch(&mut self, bodies: Vec<EntryBody>, now: DateTime<Utc>) -> Result<Vec<String>> {
        self.require_unlocked()?;
        let tx = self.conn.unchecked_transaction()?;
        let mut pending = Pending::read(&tx)?;
        let mut ids = Vec::with_capacity(bodies.len());
        for body in bodies {
            body.validate().map_err(VaultError::Invalid)?;
            if !body.photos().is_empty() {
                return Err(VaultError::Invalid("photos"));
            }
            // A fresh random id: no old row, and no old alarms to remove.
            let id = crypto::random_id()?;
            let plain = Zeroizing::new(serde_json::to_vec(&body).map_err(|_| VaultError::Invalid("entry"))?);
            self.write_in(&tx, &mut pending, &id, "entry", Some(&plain), None, now)?;
            if !body.alarms().is_empty() {
                self.set_alarms(&tx, &id, Some(&body), now)?;
            }
            ids.push(id);
        }
        pending.write(&tx)?;
        tx.commit()?;
        Ok(ids)
    }

    pub fn get(&self, id: &str) -> Result<Entry> {
        self.require_unlocked()?;
        let rec = Self::read_raw(&self.conn, id)?.ok_or(VaultError::NotFound)?;
        if rec.kind != "entry" {
            return Err(VaultError::NotFound);
        }
        self.decode_entry(&rec)?.ok_or(VaultError::NotFound)
    }

    /// Deletes an entry (and its photos). A tombstone stays, so the
    /// deletion reaches other devices and the entry never comes back.
    pub fn delete(&mut self, id: &str, now: DateTime<Utc>) -> Result<()> {
        let entry = self.get(id)?;
        let tx = self.conn.unchecked_transaction()?;
        self.write_record(&tx, id, "entry", None, now)?;
        for photo in entry.body.photos() {
            self.write_record(&tx, photo, "photo", None, now)?;
        }
        self.set_alarms(&tx, id, None, now)?;
        tx.commit()?;
        self.last_used = Instant::now();
        Ok(())
    }

    /// Every entry, oldest first. Decrypts in memory only.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        self.require_unlocked()?;
        let sql = format!("SELECT {} FROM records WHERE kind = 'entry' AND deleted = 0", RawRecord::COLUMNS);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], RawRecord::from_row)?;
        let mut out = Vec::new();
        for rec in rows {
            if let Some(e) = self.decode_entry(&rec?)? {
                out.push(e);
            }
        }
        out.sort_by(|a, b| a.body.when().cmp(&b.body.when()).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Entries from `from` up to, not including, `to` (local days).
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Entry>> {
        Ok(self.entries()?.into_iter().filter(|e| e.body.day() >= from && e.body.day() < to).collect())
    }

    /// Entries whose text contains every word of `query` (case-insensitive).
    pub fn search(&self, query: &str) -> Result<Vec<Entry>> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        Ok(self
            .entries()?
            .into_iter()
            .filter(|e| {
                let text = Zeroizing::new(e.body.texts().join("\n").to_lowercase());
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect())
    }

    /// Stores a photo (JPEG, PNG or WebP) encrypted; returns its id, to be
    /// listed in an incident.
    pub fn add_photo(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<String> {
        self.require_unlocked()?;
        if bytes.len() > entry::MAX_PHOTO_BYTES {
            return Err(VaultError::Invalid("photo-size"));
        }
        if entry::photo_type(bytes).is_none() {
            return Err(VaultError::Invalid("photo-type"));
        }
        let id = crypto::random_id()?;
        let tx = self.conn.unchecked_transaction()?;
        self.write_record(&tx, &id, "photo", Some(bytes), now)?;
        tx.commit()?;
        Ok(id)
    }

    /// A photo's bytes and type.
    pub fn photo(&self, id: &str) -> Result<(Zeroizing<Vec<u8>>, &'static str)> {
        self.require_unlocked()?;
        let rec = Self::read_raw(&self.conn, id)?.ok_or(VaultError::NotFound)?;
        if rec.kind != "photo" {
            return Err(VaultError::NotFound);
        }
        let bytes = self.open_record(&rec)?.ok_or(VaultError::NotFound)?;
        let kind = entry::photo_type(&bytes).ok_or(VaultError::Tampered)?;
        Ok((bytes, kind))
    }

    /// Removes photos that no entry lists (e.g. added, then the form was
    /// cancelled).
    pub fn forget_unused_photos(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let used: std::collections::HashSet<String> =
            self.entries()?.iter().flat_map(|e| e.body.photos().to_vec()).collect();
        let ids: Vec<String> = self
            .conn
            .prepare("SELECT id FROM records WHERE kind = 'photo' AND deleted = 0")?
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        let tx = self.conn.unchecked_transaction()?;
        let mut n = 0;
        for id in ids.iter().filter(|id| !used.contains(*id)) {
            self.write_record(&tx, id, "photo", None, now)?;
            n += 1;
        }
        tx.commit()?;
        Ok(n)
    }

    /// Takes the alarms that are due; works while locked. The caller shows
    /// one neutral notification per alarm.
    pub fn take_due_alarms(&mut self, now: DateTime<Utc>) -> Result<usize> {
        Ok(self.conn.execute("DELETE FROM alarms WHERE at <= ?1", [now.timestamp()])?)
    }

    pub fn next_alarm(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = self.conn.query_row("SELECT min(at) FROM alarms", [], |r| r.get(0))?;
        Ok(at.and_then(|s| Utc.timestamp_opt(s, 0).single()))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the database (for tests that inspect the files).
    pub fn close(mut self) -> Result<()> {
        self.keys.wipe();
        let conn = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        conn.close().map_err(|(_, e)| VaultError::from(e))
    }
}

/// The vault clock and the integrity digest during a write.
struct Pending {
    clock: u64,
    digest: [u8; 32],
}

impl Pending {
    fn read(conn: &Connection) -> Result<Pending> {
        let clock: i64 =
            conn.query_row("SELECT value FROM meta WHERE key = 'clock'", [], |r| r.get(0)).optional()?.unwrap_or(0);
        let stored: Vec<u8> = conn
            .query_row("SELECT value FROM meta WHERE key = 'digest'", [], |r| r.get(0))
            .optional()?
            .unwrap_or_default();
        let mut digest = [0u8; 32];
        if stored.len() == 32 {
            digest.copy_from_slice(&stored);
        }
        Ok(Pending { clock: clock.max(0) as u64, digest })
    }

    fn write(&self, conn: &Connection) -> Result<()> {
        Vault::set_meta(conn, "clock", self.clock.min(i64::MAX as u64) as i64)?;
        Vault::set_meta(conn, "digest", self.digest.to_vec())
    }
}

enum SlotMatch {
    Real(Key),
    Duress,
    None,
}

#[cfg(test)]
mod tests;

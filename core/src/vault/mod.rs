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
//! - `contact` and `watches`: conversations and check-in watches, one
//!   sealed row each under subkeys of the master key (contact.rs, watches.rs).
//! - `alarms`: opaque ids and times for neutral reminders, which must fire
//!   while the vault is locked; no content and no link to an entry without
//!   the key.
//! - `alarm_token`, `alarm_queue`: the silent alarm's token, sealed so the
//!   calculator code or the duress PIN can send it without the diary's key,
//!   and alarms waiting to be sent (alarm_token.rs).
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
pub mod watches;

mod alarm_token;
mod alarms;
mod entries;
mod keys;
mod photos;
mod records;
mod settings;
mod wipe;

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

pub use crate::error::Field;
pub use alarm_token::{code_shaped, open_code_slot, AlarmSetup, AlarmTarget, CodeSlot, PendingRaise, QueuedFire};
pub use crypto::{KdfParams, RecoveryKey, RecoveryKeyError, Secret, WeakSecret};
pub use entry::{Alarm, Entry, EntryBody, StoredEntry};
pub use records::{decode_entry_body, decode_stored_entry, unpad, RawRecord};

use crate::error::ErrorCode;
use crypto::{CryptoError, Key, KeyHolder, Purpose};
use records::{xor_into, Pending};

const FORMAT: i64 = 1;
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
    #[error("the calculator code must be 4 to 8 digits")]
    AlarmCode,
    #[error("this is not the duress PIN")]
    NotDuressPin,
    #[error("the silent alarm is not set up")]
    AlarmNotSetUp,
    #[error("the diary was changed outside the app")]
    Tampered,
    #[error("entry not found")]
    NotFound,
    #[error("invalid {0}")]
    Invalid(Field),
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
    /// Stable code for the UI; its text comes from Fluent (error.rs).
    pub fn code(&self) -> ErrorCode {
        match self {
            VaultError::NotSetUp => ErrorCode::VaultNotSetUp,
            VaultError::AlreadySetUp => ErrorCode::VaultSetUp,
            VaultError::Locked => ErrorCode::VaultLocked,
            VaultError::WrongSecret { .. } => ErrorCode::VaultWrongPin,
            VaultError::Wait { .. } => ErrorCode::VaultWait,
            VaultError::Weak(WeakSecret::PinTooShort) => ErrorCode::VaultPinShort,
            VaultError::Weak(WeakSecret::PinTooSimple) => ErrorCode::VaultPinSimple,
            VaultError::Weak(WeakSecret::PassphraseTooShort) => ErrorCode::VaultPassphraseShort,
            VaultError::SameAsPin => ErrorCode::VaultDuressSame,
            VaultError::AlarmCode => ErrorCode::AlarmCode,
            VaultError::NotDuressPin => ErrorCode::AlarmNotDuress,
            VaultError::AlarmNotSetUp => ErrorCode::AlarmNotSetUp,
            VaultError::Tampered => ErrorCode::VaultTampered,
            VaultError::NotFound => ErrorCode::NotFound,
            VaultError::Invalid(_) => ErrorCode::InvalidInput,
            VaultError::RecoveryKey(RecoveryKeyError::Checksum) => ErrorCode::RecoveryKeyTypo,
            VaultError::RecoveryKey(_) => ErrorCode::RecoveryKeyFormat,
            VaultError::WrongRecoveryKey => ErrorCode::RecoveryKeyWrong,
            VaultError::CorruptBackup => ErrorCode::BackupCorrupt,
            VaultError::DiskFull => ErrorCode::DiskFull,
            VaultError::ReadOnly => ErrorCode::ReadOnly,
            VaultError::Crypto(_) | VaultError::Storage(_) | VaultError::Io(_) => ErrorCode::Storage,
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
         CREATE TABLE IF NOT EXISTS contact (id TEXT PRIMARY KEY, data BLOB NOT NULL);
         -- Check-in watches: what the partner server must hear, each one sealed row (watches.rs).
         CREATE TABLE IF NOT EXISTS watches (id TEXT PRIMARY KEY, data BLOB NOT NULL);
         -- The silent alarm's token, sealed under the calculator code and the
         -- duress PIN, and token alarms waiting to be sent (alarm_token.rs).
         CREATE TABLE IF NOT EXISTS alarm_token (kind TEXT PRIMARY KEY, digits INTEGER NOT NULL, data BLOB NOT NULL);
         CREATE TABLE IF NOT EXISTS alarm_queue (id TEXT PRIMARY KEY, data BLOB NOT NULL);",
    )?;
    Ok(conn)
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

    /// Marks activity; the idle timer starts again.
    pub fn touch(&mut self) {
        self.last_used = Instant::now();
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

#[cfg(test)]
mod tests;

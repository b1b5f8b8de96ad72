//! The encrypted record plumbing: padding, sealing and opening a row of
//! `records` bound to its id, kind, version and tombstone, the vault clock
//! and the integrity digest that catches a replayed row.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use zeroize::Zeroizing;

use super::crypto::{self, Key, Purpose};
use super::{EntryBody, Result, StoredEntry, Vault, VaultError};

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

pub(super) fn xor_into(acc: &mut [u8; 32], x: &[u8; 32]) {
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
    pub(super) const COLUMNS: &'static str = "id, kind, version, deleted, data";

    pub(super) fn from_row(r: &rusqlite::Row) -> rusqlite::Result<RawRecord> {
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
    pub(super) fn row_mac(index: &Key, id: &str, kind: &str, version: u64, deleted: bool) -> [u8; 32] {
        crypto::hmac(index, &[id.as_bytes(), kind.as_bytes(), &version.to_be_bytes(), &[u8::from(deleted)]])
    }

    pub(super) fn verify_digest(&self) -> Result<()> {
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

    pub(super) fn read_raw(conn: &Connection, id: &str) -> Result<Option<RawRecord>> {
        let sql = format!("SELECT {} FROM records WHERE id = ?1", RawRecord::COLUMNS);
        Ok(conn.prepare_cached(&sql)?.query_row([id], RawRecord::from_row).optional()?)
    }

    /// Writes one record (new version) and updates the digest: the caller's
    /// transaction makes both one write.
    pub(super) fn write_record(
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
    pub(super) fn write_in(
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
    pub(super) fn open_record(&self, rec: &RawRecord) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let records = self.key(Purpose::Records)?;
        let padded = crypto::open(&records, &record_aad(&rec.id, &rec.kind, rec.version, rec.deleted), &rec.data)
            .map_err(|_| VaultError::Tampered)?;
        if rec.deleted {
            return Ok(None);
        }
        let plain = unpad(&padded).ok_or(VaultError::Tampered)?;
        Ok(Some(Zeroizing::new(plain.to_vec())))
    }
}

/// The vault clock and the integrity digest during a write.
pub(super) struct Pending {
    pub(super) clock: u64,
    pub(super) digest: [u8; 32],
}

impl Pending {
    pub(super) fn read(conn: &Connection) -> Result<Pending> {
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

    pub(super) fn write(&self, conn: &Connection) -> Result<()> {
        Vault::set_meta(conn, "clock", self.clock.min(i64::MAX as u64) as i64)?;
        Vault::set_meta(conn, "digest", self.digest.to_vec())
    }
}

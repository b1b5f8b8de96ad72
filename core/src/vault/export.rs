//! The encrypted export file, restored on another device with the
//! recovery key.
//!
//! ```text
//! "HKDIARY1"            8 bytes, the format
//! recovery slot        60 bytes: the master key sealed under the recovery key
//! nonce || AES-256-GCM(master→"export", aad = the 68 bytes above, payload)
//! payload: clock u64 | count u32 | count × (id u16+bytes | kind u8+bytes | version u64 | deleted u8 | data u32+bytes)
//! ```
//!
//! A recovery slot that does not open means the wrong recovery key (or a
//! damaged header); a payload that does not open means a damaged file.
//! The records inside are the sealed records as stored, so a restored
//! diary is byte for byte the one exported; each is opened once during the
//! restore, and one that doesn't open fails the whole restore.

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use super::crypto::{self, Key, Purpose};
use super::{RawRecord, Result, Secret, Vault, VaultError};

const MAGIC: &[u8; 8] = b"HKDIARY1";
const CHECK_LEN: usize = crypto::RECOVERY_SLOT_LEN;
const MAX_RECORDS: usize = 1_000_000;

/// Reads the payload's records. Outside input (after decryption, but the
/// parser must not trust lengths anyway): every length is checked.
pub fn parse_payload(mut b: &[u8]) -> Option<(u64, Vec<RawRecord>)> {
    fn take<'a>(b: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
        if b.len() < n {
            return None;
        }
        let (head, tail) = b.split_at(n);
        *b = tail;
        Some(head)
    }
    fn int<const N: usize>(b: &mut &[u8]) -> Option<[u8; N]> {
        take(b, N)?.try_into().ok()
    }
    let clock = u64::from_be_bytes(int(&mut b)?);
    let count = u32::from_be_bytes(int(&mut b)?) as usize;
    if count > MAX_RECORDS {
        return None;
    }
    let mut out = Vec::with_capacity(count.min(4096));
    for _ in 0..count {
        let id_len = u16::from_be_bytes(int(&mut b)?) as usize;
        let id = std::str::from_utf8(take(&mut b, id_len)?).ok()?.to_owned();
        let kind_len = int::<1>(&mut b)?[0] as usize;
        let kind = std::str::from_utf8(take(&mut b, kind_len)?).ok()?.to_owned();
        if !(kind == "entry" || kind == "photo") || id.is_empty() || !id.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let version = u64::from_be_bytes(int(&mut b)?);
        let deleted = match int::<1>(&mut b)?[0] {
            0 => false,
            1 => true,
            _ => return None,
        };
        let data_len = u32::from_be_bytes(int(&mut b)?) as usize;
        let data = take(&mut b, data_len)?.to_vec();
        if version > i64::MAX as u64 {
            return None;
        }
        out.push(RawRecord { id, kind, version, deleted, data });
    }
    if !b.is_empty() {
        return None;
    }
    Some((clock, out))
}

fn write_payload(clock: u64, records: &[RawRecord]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&clock.to_be_bytes());
    out.extend_from_slice(&(records.len() as u32).to_be_bytes());
    for r in records {
        out.extend_from_slice(&(r.id.len() as u16).to_be_bytes());
        out.extend_from_slice(r.id.as_bytes());
        out.push(r.kind.len() as u8);
        out.extend_from_slice(r.kind.as_bytes());
        out.extend_from_slice(&r.version.to_be_bytes());
        out.push(u8::from(r.deleted));
        out.extend_from_slice(&(r.data.len() as u32).to_be_bytes());
        out.extend_from_slice(&r.data);
    }
    out
}

impl Vault {
    /// The whole diary as one encrypted file (tombstones included).
    pub fn export(&self) -> Result<Vec<u8>> {
        self.require_unlocked()?;
        let master = self.key(Purpose::Master)?;
        let mut stmt = self.conn.prepare(&format!("SELECT {} FROM records ORDER BY id", RawRecord::COLUMNS))?;
        let records: Vec<RawRecord> =
            stmt.query_map([], RawRecord::from_row)?.collect::<std::result::Result<_, _>>()?;
        let clock = self.meta_int("clock")?.unwrap_or(0) as u64;
        let slot = self.meta_blob("recovery")?.ok_or(VaultError::Tampered)?;
        if slot.len() != CHECK_LEN {
            return Err(VaultError::Tampered);
        }
        let mut header = MAGIC.to_vec();
        header.extend_from_slice(&slot);
        let sealed = crypto::seal(&master.subkey("export"), &header, &write_payload(clock, &records))?;
        header.extend_from_slice(&sealed);
        Ok(header)
    }

    /// Restores an export into this device's vault, which must not be set
    /// up yet, under a new PIN. On any error nothing is written.
    pub fn restore(&mut self, file: &[u8], recovery: &str, secret: &Secret, _now: DateTime<Utc>) -> Result<()> {
        if self.is_set_up()? {
            return Err(VaultError::AlreadySetUp);
        }
        if file.len() < MAGIC.len() + CHECK_LEN || &file[..MAGIC.len()] != MAGIC {
            return Err(VaultError::CorruptBackup);
        }
        let recovery = crypto::RecoveryKey::parse(recovery)?;
        secret.check_strength()?;
        let (header, sealed) = file.split_at(MAGIC.len() + CHECK_LEN);
        let slot = &header[MAGIC.len()..];
        let master: Key = crypto::open_recovery_slot(&recovery, slot).map_err(|_| VaultError::WrongRecoveryKey)?;
        let payload: Zeroizing<Vec<u8>> =
            crypto::open(&master.subkey("export"), header, sealed).map_err(|_| VaultError::CorruptBackup)?;
        let (clock, records) = parse_payload(&payload).ok_or(VaultError::CorruptBackup)?;

        let mut salt = [0u8; crypto::SALT_LEN];
        crypto::random_bytes(&mut salt)?;
        let kek = crypto::derive_kek(secret, &salt, self.kdf)?;
        self.keys.load(&master);
        let result = (|| -> Result<()> {
            let index = self.key(Purpose::Index)?;
            let mut digest = [0u8; 32];
            let tx = self.conn.unchecked_transaction()?;
            Self::write_keys(&tx, &salt, self.kdf, &kek, &master, None)?;
            Self::set_meta(&tx, "recovery", slot.to_vec())?;
            for r in &records {
                // Every record must open with this key before anything is kept.
                self.open_record(r).map_err(|_| VaultError::CorruptBackup)?;
                let n = tx.execute(
                    "INSERT OR IGNORE INTO records (id, kind, version, deleted, data) VALUES (?1, ?2, ?3, ?4, ?5)",
                    rusqlite::params![r.id, r.kind, r.version as i64, r.deleted, r.data],
                )?;
                if n == 0 {
                    return Err(VaultError::CorruptBackup);
                }
                super::xor_into(&mut digest, &Self::row_mac(&index, &r.id, &r.kind, r.version, r.deleted));
            }
            Self::set_meta(&tx, "digest", digest.to_vec())?;
            Self::set_meta(&tx, "clock", clock.min(i64::MAX as u64) as i64)?;
            Self::set_meta(&tx, "format", super::FORMAT)?;
            tx.commit()?;
            Ok(())
        })();
        match result {
            Ok(()) => {
                // Alarms are local to a device: set them again from the entries.
                let now = Utc::now();
                let entries = self.entries()?;
                let tx = self.conn.unchecked_transaction()?;
                for e in &entries {
                    self.set_alarms(&tx, &e.id, Some(&e.body), now)?;
                }
                tx.commit()?;
                self.last_used = std::time::Instant::now();
                Ok(())
            }
            Err(e) => {
                self.keys.wipe();
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn payload_parser_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_payload(&bytes);
        }

        #[test]
        fn payload_round_trips(n in 0usize..20, data in proptest::collection::vec(any::<u8>(), 0..64)) {
            let records: Vec<RawRecord> = (0..n).map(|i| RawRecord {
                id: format!("{i:032x}"),
                kind: if i % 3 == 0 { "photo".into() } else { "entry".into() },
                version: (i as u64) << 16,
                deleted: i % 2 == 1,
                data: data.clone(),
            }).collect();
            let bytes = write_payload(42, &records);
            let (clock, back) = parse_payload(&bytes).unwrap();
            prop_assert_eq!(clock, 42);
            prop_assert_eq!(back.len(), n);
            for (a, b) in records.iter().zip(&back) {
                prop_assert_eq!((&a.id, &a.kind, a.version, a.deleted, &a.data), (&b.id, &b.kind, b.version, b.deleted, &b.data));
            }
            // Any truncation is refused, not misread.
            for cut in 0..bytes.len() {
                prop_assert!(parse_payload(&bytes[..cut]).is_none());
            }
        }
    }
}

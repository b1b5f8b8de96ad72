//! Photos for incidents, each its own sealed record of kind `photo`.

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use super::crypto;
use super::entry;
use super::{Field, Result, Vault, VaultError};

impl Vault {
    /// Stores a photo (JPEG, PNG or WebP) encrypted; returns its id, to be
    /// listed in an incident.
    pub fn add_photo(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<String> {
        self.require_unlocked()?;
        if bytes.len() > entry::MAX_PHOTO_BYTES {
            return Err(VaultError::Invalid(Field::PhotoSize));
        }
        if entry::photo_type(bytes).is_none() {
            return Err(VaultError::Invalid(Field::PhotoType));
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
}

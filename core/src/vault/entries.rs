//! The vault's entries: save, read, delete, list and search. What an entry
//! is, and its limits, is in entry.rs.

use std::time::Instant;

use chrono::{DateTime, NaiveDate, Utc};
use zeroize::Zeroizing;

use super::crypto;
use super::records::{decode_stored_entry, Pending, RawRecord};
use super::{Entry, EntryBody, Field, Result, StoredEntry, Vault, VaultError};

impl Vault {
    fn decode_entry(&self, rec: &RawRecord) -> Result<Option<Entry>> {
        let Some(plain) = self.open_record(rec)? else { return Ok(None) };
        let stored = decode_stored_entry(&plain)?;
        Ok(Some(Entry {
            id: rec.id.clone(),
            version: rec.version,
            body: stored.body,
            conflict_of: stored.conflict_of,
            watch: None,
        }))
    }

    /// Creates (`id` is `None`) or replaces an entry. Returns it as stored.
    pub fn save(&mut self, id: Option<&str>, body: EntryBody, now: DateTime<Utc>) -> Result<Entry> {
        self.require_unlocked()?;
        body.validate().map_err(VaultError::Invalid)?;
        for photo in body.photos() {
            match Self::read_raw(&self.conn, photo)? {
                Some(r) if r.kind == "photo" && !r.deleted => {}
                _ => return Err(VaultError::Invalid(Field::Photos)),
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
        let old_body = match Self::read_raw(&self.conn, &id)? {
            Some(old) => self.decode_entry(&old)?.map(|e| e.body),
            None => None,
        };
        let old_photos: Vec<String> = old_body.as_ref().map(|b| b.photos().to_vec()).unwrap_or_default();
        // An alert already on when this edit began was switched on here (and
        // this device holds its watch) or on her other device (which does).
        let alert_was_on = matches!(old_body, Some(EntryBody::Appointment { alert: Some(_), .. }));
        // Saving a conflict copy makes it an ordinary entry again.
        let stored = StoredEntry { body, conflict_of: None };
        let plain = Zeroizing::new(serde_json::to_vec(&stored).map_err(|_| VaultError::Invalid(Field::Entry))?);
        let body = stored.body;
        let tx = self.conn.unchecked_transaction()?;
        let version = self.write_record(&tx, &id, "entry", Some(&plain), now)?;
        for gone in old_photos.iter().filter(|p| !body.photos().contains(p)) {
            self.write_record(&tx, gone, "photo", None, now)?;
        }
        self.set_alarms(&tx, &id, Some(&body), now)?;
        self.plan_watch(&tx, &id, Some(&body), now, !alert_was_on)?;
        tx.commit()?;
        self.last_used = Instant::now();
        Ok(Entry { id, version, body, conflict_of: None, watch: None })
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
                return Err(VaultError::Invalid(Field::Photos));
            }
            // Imports carry no check-in alert: that is chosen in the form.
            if matches!(body, EntryBody::Appointment { alert: Some(_), .. }) {
                return Err(VaultError::Invalid(Field::Entry));
            }
            // A fresh random id: no old row, and no old alarms to remove.
            let id = crypto::random_id()?;
            let plain = Zeroizing::new(serde_json::to_vec(&body).map_err(|_| VaultError::Invalid(Field::Entry))?);
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
        self.plan_watch(&tx, id, None, now, false)?;
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
}

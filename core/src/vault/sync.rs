//! The vault's side of sync: what is waiting to be pushed (the outbox), and
//! how a record from the partner server is merged.
//!
//! Rules, the same on every device so that all of them converge:
//! - A record from the server must open with this diary's key under its own
//!   id, kind, version and tombstone; anything else is refused, so a server
//!   cannot invent, alter, swap or roll back an entry.
//! - The higher version wins (hybrid logical clock). On equal versions with
//!   different contents, the server's copy wins: it is the one every device
//!   sees.
//! - A local change that has not reached the server yet and loses is not
//!   dropped: it is kept as a new entry marked as a conflict copy, which
//!   itself syncs like any entry.
//! - A tombstone is a version like any other: a deletion wins over older
//!   edits and reaches every device, and a deleted entry never comes back
//!   (only a newer edit, made after the deletion was seen, can).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use zeroize::Zeroizing;

use super::crypto::{Key, Purpose};
use super::{decode_stored_entry, xor_into, Field, Pending, RawRecord, Result, StoredEntry, Vault, VaultError};

/// What merging one server record did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merge {
    /// The server's version is now the local one.
    Applied,
    /// The local version is newer; it stays and will be pushed.
    Kept,
    /// Both sides already hold this very version.
    Same,
    /// The server's version won over an unpushed local change, which was
    /// kept as the new entry with this id.
    ConflictCopy(String),
    /// The record does not open with this diary's key: not accepted.
    Refused,
}

impl Vault {
    /// The key this device proves itself with to the partner server. It
    /// follows from the master key, so every device restored from the same
    /// recovery key uses the same anonymous account.
    pub fn sync_auth_key(&self) -> Result<Zeroizing<[u8; 32]>> {
        let master = self.key(Purpose::Master)?;
        let k: Key = master.subkey("sync-auth");
        Ok(Zeroizing::new(*k.bytes()))
    }

    /// The server this diary's account was registered with, if any.
    pub fn sync_registered(&self) -> Result<Option<String>> {
        Ok(self.meta_blob("sync_registered")?.and_then(|b| String::from_utf8(b).ok()))
    }

    pub fn set_sync_registered(&mut self, server: &str) -> Result<()> {
        Self::set_meta(&self.conn, "sync_registered", server.as_bytes().to_vec())
    }

    /// Where the last pull ended (the server's change counter).
    pub fn sync_cursor(&self) -> Result<u64> {
        Ok(self.meta_int("sync_cursor")?.unwrap_or(0).max(0) as u64)
    }

    pub fn set_sync_cursor(&mut self, cursor: u64) -> Result<()> {
        Self::set_meta(&self.conn, "sync_cursor", cursor.min(i64::MAX as u64) as i64)
    }

    /// Every stored record as sealed bytes (nothing is decrypted): what a
    /// device would send, and what convergence is checked on.
    pub fn raw_records(&self) -> Result<Vec<RawRecord>> {
        let sql = format!("SELECT {} FROM records ORDER BY id", RawRecord::COLUMNS);
        let rows =
            self.conn.prepare(&sql)?.query_map([], RawRecord::from_row)?.collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// How many local changes wait for the server.
    pub fn pending_count(&self) -> Result<u64> {
        Ok(self.conn.query_row("SELECT count(*) FROM outbox", [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// Up to `max` waiting records whose sealed data fits `max_bytes`;
    /// larger ones (photos) stay local and are counted in the second value.
    pub fn pending(&self, max: usize, max_bytes: usize) -> Result<(Vec<RawRecord>, u64)> {
        Ok((self.pending_within(max, max_bytes, usize::MAX)?, self.too_large(max_bytes)?))
    }

    /// Up to `max` waiting records whose sealed data fits `max_bytes`,
    /// stopping before they add up to more than `budget` bytes (at least
    /// one is returned), so a push fits the server's body limit. The cost
    /// is that of the batch, not of the whole outbox: the outbox is walked
    /// in its own order (each record stands alone, so order does not matter).
    /// `CROSS JOIN` keeps SQLite from walking all records instead.
    pub fn pending_within(&self, max: usize, max_bytes: usize, budget: usize) -> Result<Vec<RawRecord>> {
        self.require_unlocked()?;
        let sql = "SELECT r.id, r.kind, r.version, r.deleted, r.data FROM outbox o CROSS JOIN records r ON r.id = o.id
                   WHERE length(r.data) <= ?1 LIMIT ?2";
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params![max_bytes as i64, max as i64])?;
        let mut out = Vec::new();
        let mut total = 0usize;
        while let Some(row) = rows.next()? {
            let r = RawRecord::from_row(row)?;
            total = total.saturating_add(r.data.len());
            if total > budget && !out.is_empty() {
                break;
            }
            out.push(r);
        }
        Ok(out)
    }

    /// Waiting records too large for the server (they stay on the device).
    pub fn too_large(&self, max_bytes: usize) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM outbox o CROSS JOIN records r ON r.id = o.id WHERE length(r.data) > ?1",
            [max_bytes as i64],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// The server stored these versions: they leave the outbox, unless the
    /// record changed again here since it was sent.
    pub fn acknowledge(&mut self, accepted: &[(String, u64)]) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        for (id, version) in accepted {
            tx.execute(
                "DELETE FROM outbox WHERE id = ?1 AND EXISTS (SELECT 1 FROM records WHERE id = ?1 AND version = ?2)",
                params![id, *version as i64],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Merges one record from the server (see the module's rules).
    pub fn merge_remote(&mut self, remote: &RawRecord, now: DateTime<Utc>) -> Result<Merge> {
        Ok(self.merge_remote_all(std::slice::from_ref(remote), now)?.remove(0))
    }

    /// Merges a page of records from the server in one transaction (one
    /// write to disk for the page, not one per record): all of them, or on
    /// an error none.
    pub fn merge_remote_all(&mut self, remotes: &[RawRecord], now: DateTime<Utc>) -> Result<Vec<Merge>> {
        self.require_unlocked()?;
        let index = self.key(Purpose::Index)?;
        let tx = self.conn.unchecked_transaction()?;
        let mut pending = Pending::read(&tx)?;
        let mut out = Vec::with_capacity(remotes.len());
        for remote in remotes {
            out.push(self.merge_in(&tx, &mut pending, &index, remote, now)?);
        }
        pending.write(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    fn merge_in(
        &self,
        tx: &rusqlite::Transaction,
        pending: &mut Pending,
        index: &Key,
        remote: &RawRecord,
        now: DateTime<Utc>,
    ) -> Result<Merge> {
        if !(remote.kind == "entry" || remote.kind == "photo") || remote.version > i64::MAX as u64 {
            return Ok(Merge::Refused);
        }
        let opened = match self.open_record(remote) {
            Ok(plain) => plain,
            Err(VaultError::Tampered) => return Ok(Merge::Refused),
            Err(e) => return Err(e),
        };
        let remote_body = match (&opened, remote.kind.as_str()) {
            (Some(plain), "entry") => match decode_stored_entry(plain) {
                Ok(stored) => Some(stored.body),
                Err(_) => return Ok(Merge::Refused),
            },
            _ => None,
        };
        // Every later local write must be newer than anything seen.
        pending.clock = pending.clock.max(remote.version);
        let local = Self::read_raw(tx, &remote.id)?;
        let unpushed: bool =
            tx.query_row("SELECT 1 FROM outbox WHERE id = ?1", [&remote.id], |_| Ok(())).optional()?.is_some();
        let outcome = match &local {
            Some(l) if l.kind != remote.kind => Merge::Refused,
            Some(l) if l.version == remote.version && l.deleted == remote.deleted && l.data == remote.data => {
                tx.execute("DELETE FROM outbox WHERE id = ?1", [&remote.id])?;
                Merge::Same
            }
            Some(l) if l.version > remote.version => Merge::Kept,
            _ => {
                // The server's version wins. Keep a losing local change.
                let mut outcome = Merge::Applied;
                if let Some(l) = local.as_ref().filter(|l| unpushed && !l.deleted && l.kind == "entry") {
                    if let Some(plain) = self.open_record(l)? {
                        let stored = decode_stored_entry(&plain)?;
                        let copy = StoredEntry { body: stored.body, conflict_of: Some(remote.id.clone()) };
                        let copy_plain =
                            Zeroizing::new(serde_json::to_vec(&copy).map_err(|_| VaultError::Invalid(Field::Entry))?);
                        let copy_id = super::crypto::random_id()?;
                        self.write_in(tx, pending, &copy_id, "entry", Some(&copy_plain), None, now)?;
                        self.set_alarms(tx, &copy_id, Some(&copy.body), now)?;
                        outcome = Merge::ConflictCopy(copy_id);
                    }
                }
                tx.execute(
                    "INSERT OR REPLACE INTO records (id, kind, version, deleted, data) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![remote.id, remote.kind, remote.version as i64, remote.deleted, remote.data],
                )?;
                tx.execute("DELETE FROM outbox WHERE id = ?1", [&remote.id])?;
                if let Some(l) = &local {
                    xor_into(&mut pending.digest, &Self::row_mac(index, &l.id, &l.kind, l.version, l.deleted));
                }
                xor_into(
                    &mut pending.digest,
                    &Self::row_mac(index, &remote.id, &remote.kind, remote.version, remote.deleted),
                );
                if remote.kind == "entry" {
                    self.set_alarms(tx, &remote.id, remote_body.as_ref(), now)?;
                    // A check-in (or a change) made on her other device
                    // reaches the server through this device's watch.
                    self.plan_watch(tx, &remote.id, remote_body.as_ref(), now, false)?;
                }
                outcome
            }
        };
        Ok(outcome)
    }
}

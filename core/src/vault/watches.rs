//! Check-in watches on the device: "if I don't check in by 23:30, alert my
//! organisation" (issue 18). What the person chose lives in the appointment
//! itself ([`WatchChoice`], sealed with the entry); what the device must
//! still tell the partner server, and what the server last answered, lives
//! in one sealed row per watch in `watches` (its own subkey of the master
//! key, bound to the row's id), so nothing of it is readable on disk and the
//! neutral `alarms` table learns nothing new.
//!
//! Saving, checking in and deleting only queue operations here
//! ([`Vault::plan_watch`], called in the entry's own transaction); the
//! background sync sends them in the order queued (`crate::watches`).
//!
//! Like conversations, watch rows are not diary records: they stay on this
//! device (the server holds the watch itself).

use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};
use huiskamer_protocol::alerts::{AlertDetails, Watch, MAX_DETAIL_CHARS};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::crypto::{self, Key, Purpose};
use super::{EntryBody, Field, Result, Vault, VaultError};

/// What the person chose in the appointment form: alert `organisation` if
/// she has not checked in by the appointment's check-in time, with the
/// details she filled in and chose. A detail that is `None` (or blank) is
/// not shared.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WatchChoice {
    /// The organisation's id on the partner server.
    pub organisation: String,
    /// Where: address, hotel and room.
    #[serde(default)]
    pub place: Option<String>,
    /// Who: a description of the client, a phone number, a car.
    #[serde(default)]
    pub who: Option<String>,
    /// How to reach her: a name, a call-back number.
    #[serde(default)]
    pub contact: Option<String>,
    /// Anything else she wants them to know.
    #[serde(default)]
    pub note: Option<String>,
}

impl std::fmt::Debug for WatchChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WatchChoice(…)")
    }
}

impl WatchChoice {
    /// The details as they go to the server: only what was filled in, trimmed.
    pub fn details(&self) -> AlertDetails {
        let keep = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        AlertDetails {
            place: keep(&self.place),
            who: keep(&self.who),
            contact: keep(&self.contact),
            note: keep(&self.note),
        }
    }

    pub fn validate(&self) -> std::result::Result<(), Field> {
        if self.organisation.is_empty() || self.organisation.len() > 64 {
            return Err(Field::Organisation);
        }
        if self.details().too_long().is_some() {
            return Err(Field::AlertDetail);
        }
        Ok(())
    }
}

/// Longest detail, in characters (the server's limit).
pub const MAX_WATCH_DETAIL: usize = MAX_DETAIL_CHARS;

/// One thing to tell the server about a watch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum WatchOp {
    /// Register the watch, or send its new due time and details (read from
    /// the row when sent, so two edits offline are one request).
    Put,
    /// She checked in at `at` (maybe offline, a while before it is sent).
    CheckIn { at: DateTime<Utc> },
    /// The appointment was deleted: cancel the watch.
    Delete,
}

/// An operation waiting, with its place in the device-wide order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queued {
    pub seq: u64,
    #[serde(flatten)]
    pub op: WatchOp,
}

/// A watch as the device knows it. `Debug` shows no details.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalWatch {
    /// The watch's id on the server: random, so it tells the server nothing.
    pub client_id: String,
    /// The appointment it belongs to (empty once the appointment is deleted).
    pub entry: String,
    pub organisation: String,
    pub due_at: DateTime<Utc>,
    pub details: AlertDetails,
    /// What waits to be sent, oldest first.
    pub queue: Vec<Queued>,
    /// A request about this watch went out (its answer may have been lost),
    /// so the server may know it.
    pub sent: bool,
    /// When she checked in, on this device.
    pub checked_in_at: Option<DateTime<Utc>>,
    /// The server's last answer.
    pub server: Option<Watch>,
    /// The server refused the last request: its error code (`due-in-past`,
    /// ...). Shown on the entry; the request is not sent again.
    pub refused: Option<String>,
}

impl std::fmt::Debug for LocalWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalWatch").field("client_id", &self.client_id).field("queue", &self.queue).finish()
    }
}

/// The local check-in time as an instant (the earlier one when the clock
/// goes back; a time that does not exist, the hour skipped in spring, is
/// read one hour later).
pub fn local_instant(at: NaiveDateTime) -> DateTime<Utc> {
    Local
        .from_local_datetime(&at)
        .earliest()
        .or_else(|| Local.from_local_datetime(&(at + chrono::Duration::hours(1))).earliest())
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&at))
}

/// What an appointment asks for: (choice, due time, checked in).
fn wanted(body: Option<&EntryBody>) -> Option<(&WatchChoice, NaiveDateTime, bool)> {
    match body? {
        EntryBody::Appointment { alert: Some(choice), check_in: Some(at), checked_in, .. } => {
            Some((choice, *at, *checked_in))
        }
        _ => None,
    }
}

fn aad(id: &str) -> Vec<u8> {
    let mut aad = b"hk-watch-v1\0".to_vec();
    aad.extend_from_slice(id.as_bytes());
    aad
}

impl Vault {
    fn watch_key(&self) -> Result<Key> {
        Ok(self.key(Purpose::Master)?.subkey("watches"))
    }

    /// Every watch on the device, in no particular order.
    pub fn watches(&self) -> Result<Vec<LocalWatch>> {
        self.require_unlocked()?;
        let key = self.watch_key()?;
        let mut stmt = self.conn.prepare("SELECT id, data FROM watches")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        rows.iter().map(|(id, sealed)| open_row(&key, id, sealed)).collect()
    }

    /// The watch of an appointment, if it has one.
    pub fn watch_for_entry(&self, entry: &str) -> Result<Option<LocalWatch>> {
        if entry.is_empty() {
            return Ok(None);
        }
        Ok(self.watches()?.into_iter().find(|w| w.entry == entry))
    }

    /// Stores a watch (all of it, sealed, in one write). No `touch`:
    /// background delivery must not keep the diary unlocked.
    pub fn save_watch(&self, w: &LocalWatch) -> Result<()> {
        Self::save_watch_in(&self.conn, &self.watch_key()?, w)
    }

    fn save_watch_in(conn: &Connection, key: &Key, w: &LocalWatch) -> Result<()> {
        let plain = Zeroizing::new(serde_json::to_vec(w).map_err(|_| VaultError::Invalid(Field::Entry))?);
        let sealed = crypto::seal(key, &aad(&w.client_id), &plain)?;
        conn.execute("INSERT OR REPLACE INTO watches (id, data) VALUES (?1, ?2)", params![w.client_id, sealed])?;
        Ok(())
    }

    /// Removes a watch from the device for good (secure_delete zeroes it).
    pub fn remove_watch(&self, client_id: &str) -> Result<()> {
        self.require_unlocked()?;
        Self::remove_watch_in(&self.conn, client_id)
    }

    fn remove_watch_in(conn: &Connection, client_id: &str) -> Result<()> {
        conn.execute("DELETE FROM watches WHERE id = ?1", [client_id])?;
        Ok(())
    }

    /// Watches with something to send.
    pub fn queued_watch_ops(&self) -> Result<u64> {
        Ok(self.watches()?.iter().map(|w| w.queue.len() as u64).sum())
    }

    /// Queues what the server must hear after an appointment changed from
    /// `old` to `new` (`None`: it did not exist / was deleted). Runs inside
    /// the entry's transaction on `conn`.
    ///
    /// One watch per appointment, held by the device where the alert was
    /// switched on: `may_register` is false for a change that came in with a
    /// sync (she ticked "I am safe", edited or deleted it on her other
    /// device) and for an edit of an appointment whose alert was already on
    /// (switched on elsewhere). The device that holds the watch passes such
    /// changes on; a device without one registers none.
    pub(super) fn plan_watch(
        &self,
        conn: &Connection,
        entry: &str,
        new: Option<&EntryBody>,
        now: DateTime<Utc>,
        may_register: bool,
    ) -> Result<()> {
        let want = wanted(new);
        let all = if want.is_some() || self.conn_has_watches(conn)? { self.watches()? } else { Vec::new() };
        let existing = all.iter().find(|w| w.entry == entry).cloned();
        if existing.is_none() && (want.is_none() || !may_register) {
            return Ok(());
        }
        let key = self.watch_key()?;
        let mut next_seq = all.iter().flat_map(|w| w.queue.iter().map(|q| q.seq)).max().unwrap_or(0) + 1;
        let mut push = |w: &mut LocalWatch, op: WatchOp| {
            w.queue.push(Queued { seq: next_seq, op });
            next_seq += 1;
        };
        match (existing, want) {
            (None, None) => {}
            (None, Some((choice, at, checked_in))) => {
                if checked_in {
                    // Already safe: nothing to tell anyone.
                    return Ok(());
                }
                let mut w = LocalWatch {
                    client_id: crypto::random_id()?,
                    entry: entry.to_string(),
                    organisation: choice.organisation.clone(),
                    due_at: local_instant(at),
                    details: choice.details(),
                    queue: Vec::new(),
                    sent: false,
                    checked_in_at: None,
                    server: None,
                    refused: None,
                };
                push(&mut w, WatchOp::Put);
                Self::save_watch_in(conn, &key, &w)?;
            }
            (Some(mut w), Some((choice, at, checked_in))) => {
                if w.checked_in_at.is_some() && !checked_in {
                    // "I am safe" un-ticked (ticked by mistake, or it is not
                    // over): the alert is on again. A check-in still waiting
                    // to be sent is taken back; one the server has heard
                    // closed that watch, so a new one is registered.
                    let waiting = w.queue.iter().any(|q| matches!(q.op, WatchOp::CheckIn { .. }));
                    if waiting {
                        w.queue.retain(|q| !matches!(q.op, WatchOp::CheckIn { .. }));
                        w.checked_in_at = None;
                    } else {
                        Self::remove_watch_in(conn, &w.client_id)?;
                        w = LocalWatch {
                            client_id: crypto::random_id()?,
                            queue: Vec::new(),
                            sent: false,
                            checked_in_at: None,
                            server: None,
                            refused: None,
                            ..w
                        };
                        push(&mut w, WatchOp::Put);
                    }
                    w.organisation = choice.organisation.clone();
                    w.due_at = local_instant(at);
                    w.details = choice.details();
                    Self::save_watch_in(conn, &key, &w)?;
                    return Ok(());
                }
                if w.checked_in_at.is_some() {
                    // Checked in: the watch is closed; later edits stay on the device.
                    return Ok(());
                }
                if checked_in {
                    w.checked_in_at = Some(now);
                    if w.sent {
                        push(&mut w, WatchOp::CheckIn { at: now });
                    } else {
                        // The server never heard of it: nothing needs to go.
                        w.queue.clear();
                    }
                } else {
                    let (org, due, details) = (choice.organisation.clone(), local_instant(at), choice.details());
                    if (org.as_str(), due, &details) == (w.organisation.as_str(), w.due_at, &w.details) {
                        return Ok(());
                    }
                    w.organisation = org;
                    w.due_at = due;
                    w.details = details;
                    w.refused = None;
                    if !w.queue.iter().any(|q| q.op == WatchOp::Put) {
                        push(&mut w, WatchOp::Put);
                    }
                }
                Self::save_watch_in(conn, &key, &w)?;
            }
            (Some(mut w), None) => {
                // Deleted, or the alert was switched off: cancel it. What it
                // would have told goes from the device now.
                if !w.sent || w.checked_in_at.is_some() {
                    return Self::remove_watch_in(conn, &w.client_id);
                }
                w.entry.clear();
                w.details = AlertDetails::default();
                w.queue.retain(|q| q.op != WatchOp::Put);
                push(&mut w, WatchOp::Delete);
                Self::save_watch_in(conn, &key, &w)?;
            }
        }
        Ok(())
    }

    fn conn_has_watches(&self, conn: &Connection) -> Result<bool> {
        Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM watches)", [], |r| r.get(0))?)
    }
}

/// Opens one sealed row; a row that does not open, or holds another watch
/// than its id says, was changed outside the app.
fn open_row(key: &Key, id: &str, sealed: &[u8]) -> Result<LocalWatch> {
    let plain = crypto::open(key, &aad(id), sealed).map_err(|_| VaultError::Tampered)?;
    let w: LocalWatch = serde_json::from_slice(&plain).map_err(|_| VaultError::Tampered)?;
    if w.client_id != id {
        return Err(VaultError::Tampered);
    }
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::{KdfParams, Secret};

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
    }

    fn vault(dir: &std::path::Path) -> Vault {
        let mut v = Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap();
        v.set_up(&Secret::new("482916")).unwrap();
        v
    }

    fn appointment(check_in: &str, alert: Option<WatchChoice>, checked_in: bool) -> EntryBody {
        EntryBody::Appointment {
            starts: t("2026-12-02 21:00"),
            ends: None,
            place: "Hotel Noord".into(),
            with_whom: "Mark".into(),
            check_in: Some(t(check_in)),
            checked_in,
            reminder_minutes: None,
            notes: String::new(),
            alert,
        }
    }

    fn choice(place: Option<&str>) -> WatchChoice {
        WatchChoice {
            organisation: "main".into(),
            place: place.map(str::to_string),
            who: Some("  ".into()),
            contact: None,
            note: None,
        }
    }

    fn ops(v: &Vault) -> Vec<(u64, WatchOp)> {
        let mut all: Vec<(u64, WatchOp)> =
            v.watches().unwrap().iter().flat_map(|w| w.queue.iter().map(|q| (q.seq, q.op))).collect();
        all.sort_by_key(|(s, _)| *s);
        all
    }

    #[test]
    fn an_appointment_without_the_option_has_no_watch() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        v.save(None, appointment("2026-12-02 23:30", None, false), now()).unwrap();
        assert!(v.watches().unwrap().is_empty());
    }

    #[test]
    fn saving_queues_a_put_with_only_the_details_filled_in() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let e =
            v.save(None, appointment("2026-12-02 23:30", Some(choice(Some("Hotel Noord, kamer 12"))), false), now());
        let e = e.unwrap();
        let w = v.watch_for_entry(&e.id).unwrap().unwrap();
        assert_eq!(w.queue.iter().map(|q| q.op).collect::<Vec<_>>(), [WatchOp::Put]);
        assert_eq!(w.due_at, local_instant(t("2026-12-02 23:30")));
        assert_eq!(w.details, AlertDetails { place: Some("Hotel Noord, kamer 12".into()), ..Default::default() });
        assert_ne!(w.client_id, e.id, "the server does not learn the entry's id");
    }

    #[test]
    fn edits_before_sending_are_one_put_and_edits_after_a_send_queue_another() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let e = v.save(None, appointment("2026-12-02 23:30", Some(choice(None)), false), now()).unwrap();
        v.save(Some(&e.id), appointment("2026-12-02 23:45", Some(choice(Some("Hotel"))), false), now()).unwrap();
        assert_eq!(ops(&v).len(), 1, "two edits offline are one request");
        let w = v.watch_for_entry(&e.id).unwrap().unwrap();
        assert_eq!(w.due_at, local_instant(t("2026-12-02 23:45")));
        // Sent (the queue emptied), then changed again: sent again.
        let mut sent = w.clone();
        sent.queue.clear();
        sent.sent = true;
        v.save_watch(&sent).unwrap();
        v.save(Some(&e.id), appointment("2026-12-02 23:45", Some(choice(Some("Hotel"))), false), now()).unwrap();
        assert!(ops(&v).is_empty(), "saving without a change sends nothing");
        v.save(Some(&e.id), appointment("2026-12-03 00:15", Some(choice(Some("Hotel"))), false), now()).unwrap();
        assert_eq!(ops(&v).iter().map(|(_, o)| *o).collect::<Vec<_>>(), [WatchOp::Put]);
    }

    #[test]
    fn the_queue_keeps_the_order_of_what_happened_over_all_watches() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let a = v.save(None, appointment("2026-12-02 23:30", Some(choice(None)), false), now()).unwrap();
        let b = v.save(None, appointment("2026-12-02 23:50", Some(choice(None)), false), now()).unwrap();
        for w in v.watches().unwrap() {
            // Both reached the server.
            let mut w = w.clone();
            w.queue.clear();
            w.sent = true;
            v.save_watch(&w).unwrap();
        }
        let later = now() + chrono::Duration::minutes(5);
        v.save(Some(&b.id), appointment("2026-12-02 23:50", Some(choice(None)), true), later).unwrap();
        v.delete(&a.id, later).unwrap();
        let wa = v.watches().unwrap().into_iter().find(|w| w.entry.is_empty()).unwrap();
        let wb = v.watch_for_entry(&b.id).unwrap().unwrap();
        let order = ops(&v);
        assert_eq!(order.len(), 2);
        assert_eq!(order[0].1, WatchOp::CheckIn { at: later }, "the check-in first, with the time she checked in");
        assert_eq!(order[1].1, WatchOp::Delete);
        assert!(wb.queue[0].seq < wa.queue[0].seq);
        assert!(wa.details.is_empty(), "a cancelled watch keeps nothing it would have told");
    }

    #[test]
    fn un_ticking_i_am_safe_turns_the_alert_on_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let e = v.save(None, appointment("2026-12-02 23:30", Some(choice(Some("Hotel"))), false), now()).unwrap();
        let mut w = v.watch_for_entry(&e.id).unwrap().unwrap();
        w.queue.clear();
        w.sent = true;
        v.save_watch(&w).unwrap();
        // Ticked by mistake, un-ticked before the check-in was sent: the
        // check-in is taken back, the same watch stays.
        v.save(Some(&e.id), appointment("2026-12-02 23:30", Some(choice(Some("Hotel"))), true), now()).unwrap();
        v.save(Some(&e.id), appointment("2026-12-02 23:30", Some(choice(Some("Hotel"))), false), now()).unwrap();
        let same = v.watch_for_entry(&e.id).unwrap().unwrap();
        assert_eq!((same.client_id.as_str(), same.checked_in_at), (w.client_id.as_str(), None));
        assert!(ops(&v).is_empty(), "nothing to send: the server still watches");

        // Checked in and sent (the server closed it), then un-ticked: a new
        // watch with a new id, with what she chose, goes to the server.
        v.save(Some(&e.id), appointment("2026-12-02 23:30", Some(choice(Some("Hotel"))), true), now()).unwrap();
        let mut closed = v.watch_for_entry(&e.id).unwrap().unwrap();
        closed.queue.clear();
        v.save_watch(&closed).unwrap();
        v.save(Some(&e.id), appointment("2026-12-03 00:30", Some(choice(Some("Hotel 2"))), false), now()).unwrap();
        let all = v.watches().unwrap();
        assert_eq!(all.len(), 1, "the closed watch is gone from the device");
        let new = &all[0];
        assert_ne!(new.client_id, w.client_id);
        assert_eq!((new.entry.as_str(), new.checked_in_at, new.sent), (e.id.as_str(), None, false));
        assert_eq!(new.due_at, local_instant(t("2026-12-03 00:30")));
        assert_eq!(new.details.place.as_deref(), Some("Hotel 2"));
        assert_eq!(ops(&v).iter().map(|(_, o)| *o).collect::<Vec<_>>(), [WatchOp::Put]);
    }

    #[test]
    fn a_watch_the_server_never_heard_of_goes_without_a_request() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let a = v.save(None, appointment("2026-12-02 23:30", Some(choice(None)), false), now()).unwrap();
        v.delete(&a.id, now()).unwrap();
        assert!(v.watches().unwrap().is_empty());
        let b = v.save(None, appointment("2026-12-02 23:30", Some(choice(None)), false), now()).unwrap();
        v.save(Some(&b.id), appointment("2026-12-02 23:30", Some(choice(None)), true), now()).unwrap();
        assert!(ops(&v).is_empty(), "checked in before it was sent: nothing to send");
    }

    #[test]
    fn an_alert_needs_a_check_in_time_and_short_details_and_a_refused_save_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let mut body = appointment("2026-12-02 23:30", Some(choice(None)), false);
        if let EntryBody::Appointment { check_in, .. } = &mut body {
            *check_in = None;
        }
        assert!(matches!(v.save(None, body, now()), Err(VaultError::Invalid(Field::CheckIn))));
        let long = WatchChoice { note: Some("ж".repeat(MAX_WATCH_DETAIL + 1)), ..choice(None) };
        let r = v.save(None, appointment("2026-12-02 23:30", Some(long), false), now());
        assert!(matches!(r, Err(VaultError::Invalid(Field::AlertDetail))));
        assert!(v.entries().unwrap().is_empty());
        assert!(v.watches().unwrap().is_empty());
    }

    #[test]
    fn nothing_of_a_watch_is_readable_in_the_files_and_the_alarms_table_gets_nothing_new() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        let secret = "Hotel MARKERPLACE kamer 12";
        v.save(None, appointment("2026-12-03 23:30", Some(choice(Some(secret))), false), now()).unwrap();
        let alarms: i64 = v.conn.query_row("SELECT count(*) FROM alarms", [], |r| r.get(0)).unwrap();
        assert_eq!(alarms, 1, "only the neutral check-in reminder");
        v.close().unwrap();
        for e in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            assert!(!bytes.windows(11).any(|w| w == b"MARKERPLACE"));
            assert!(!bytes.windows(4).any(|w| w == b"main"), "not even the organisation");
        }
    }

    #[test]
    fn duress_and_wipe_destroy_the_watches() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(dir.path());
        v.save(None, appointment("2026-12-02 23:30", Some(choice(None)), false), now()).unwrap();
        v.destroy().unwrap();
        let n: i64 = v.conn.query_row("SELECT count(*) FROM watches", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }
}

//! Neutral reminders: opaque ids and times in `alarms`, which must fire
//! while the vault is locked, so they hold no content and no link to an
//! entry without the key.

use chrono::{DateTime, Local, TimeZone, Utc};
use rusqlite::{params, Connection};

use super::crypto::{self, Purpose};
use super::entry;
use super::{EntryBody, Result, Vault};

impl Vault {
    fn alarm_id(&self, entry: &str, alarm: entry::Alarm) -> Result<String> {
        let key = self.key(Purpose::Alarms)?;
        let mac = crypto::hmac(&key, &[entry.as_bytes(), alarm.purpose().as_bytes()]);
        Ok(mac[..16].iter().map(|b| format!("{b:02x}")).collect())
    }

    pub(super) fn set_alarms(
        &self,
        conn: &Connection,
        id: &str,
        body: Option<&EntryBody>,
        now: DateTime<Utc>,
    ) -> Result<()> {
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

    /// Takes the alarms that are due, oldest first; works while locked. The
    /// caller shows one neutral notification per alarm; its id is all a
    /// notification carries, and only the unlocked vault can tell which
    /// entry it belongs to ([`Vault::alarm_entry`]).
    pub fn take_due_alarms(&mut self, now: DateTime<Utc>) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("DELETE FROM alarms WHERE at <= ?1 RETURNING id, at")?;
        let mut due = stmt
            .query_map([now.timestamp()], |r| Ok((r.get::<_, i64>(1)?, r.get::<_, String>(0)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        due.sort();
        Ok(due.into_iter().map(|(_, id)| id).collect())
    }

    /// The entry an alarm id belongs to, and which of its alarms it is
    /// (`None`: no entry has it, e.g. it was deleted since). Needs the key.
    pub fn alarm_entry(&self, alarm: &str) -> Result<Option<(super::Entry, entry::Alarm)>> {
        for e in self.entries()? {
            for kind in [entry::Alarm::Reminder, entry::Alarm::CheckIn] {
                if self.alarm_id(&e.id, kind)? == alarm {
                    return Ok(Some((e, kind)));
                }
            }
        }
        Ok(None)
    }

    pub fn next_alarm(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = self.conn.query_row("SELECT min(at) FROM alarms", [], |r| r.get(0))?;
        Ok(at.and_then(|s| Utc.timestamp_opt(s, 0).single()))
    }
}

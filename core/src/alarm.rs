//! The silent alarm, "I need help now": from the diary (with the current
//! appointment's details, sent with the account key), from the quick-exit
//! calculator (a code, through the alarm token) and from the duress PIN
//! (through the alarm token, queued as the empty diary opens). What is
//! stored where is in `vault/alarm_token.rs`; here is what reaches the
//! partner server, and when.
//!
//! Every alarm is queued first and sent by [`deliver`], which the
//! background sync calls first in every round (and the session wakes at
//! once), so an alarm raised offline goes as soon as the phone is online,
//! or at the next start.

use chrono::{Duration, NaiveDateTime};
use huiskamer_protocol::alerts::{Alarm, AlertDetails, FireAlarmToken, RaiseAlarm, RegisterAlarmToken};
use zeroize::Zeroizing;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::sync::{Client, SendRetrying, SyncError, VaultCell};
use crate::vault::{EntryBody, Vault, VaultError};

/// An appointment counts as current from this long before it starts.
const UPCOMING: Duration = Duration::hours(1);
/// An appointment without an end or check-in time counts as going on this long.
const DEFAULT_LENGTH: Duration = Duration::hours(2);

impl Client {
    pub async fn raise_alarm(&self, key: &[u8; 32], alarm: &RaiseAlarm) -> Result<Alarm, SyncError> {
        let res = self
            .http
            .post(self.url("v1/alarms"))
            .bearer_auth(Zeroizing::new(STANDARD.encode(key)).as_str())
            .json(alarm)
            .send_retrying()
            .await?;
        Self::answer(res).await
    }

    pub async fn register_alarm_token(&self, key: &[u8; 32], body: &RegisterAlarmToken) -> Result<(), SyncError> {
        let res = self
            .http
            .put(self.url("v1/alarm-token"))
            .bearer_auth(Zeroizing::new(STANDARD.encode(key)).as_str())
            .json(body)
            .send_retrying()
            .await?;
        if res.status().is_success() {
            return Ok(());
        }
        Self::answer::<serde_json::Value>(res).await.map(|_| ())
    }

    /// Gone already counts as done.
    pub async fn delete_alarm_token(&self, key: &[u8; 32]) -> Result<(), SyncError> {
        let res = self
            .http
            .delete(self.url("v1/alarm-token"))
            .bearer_auth(Zeroizing::new(STANDARD.encode(key)).as_str())
            .send_retrying()
            .await?;
        if res.status().is_success() || res.status().as_u16() == 404 {
            return Ok(());
        }
        Self::answer::<serde_json::Value>(res).await.map(|_| ())
    }

    pub async fn fire_alarm_token(&self, token: &str, client_id: &str) -> Result<Alarm, SyncError> {
        let res = self
            .http
            .post(self.url("v1/alarm-token/fire"))
            .bearer_auth(token)
            .json(&FireAlarmToken { client_id: client_id.into() })
            .send_retrying()
            .await?;
        Self::answer(res).await
    }
}

/// The appointment going on at `now`, else the next one within the hour:
/// its place and who, as she entered them.
pub fn current_details(v: &Vault, now: NaiveDateTime) -> Result<AlertDetails, VaultError> {
    Ok(current_appointment(v, now)?.map(|(_, d)| d).unwrap_or_default())
}

/// [`current_details`] with the appointment's entry id, so a "Help now"
/// can name the appointment's check-in watch.
pub fn current_appointment(v: &Vault, now: NaiveDateTime) -> Result<Option<(String, AlertDetails)>, VaultError> {
    let mut best: Option<(bool, NaiveDateTime, String, AlertDetails)> = None;
    for e in v.entries()? {
        let EntryBody::Appointment { starts, ends, place, with_whom, check_in, .. } = &e.body else { continue };
        let until = ends.or(*check_in).unwrap_or(*starts + DEFAULT_LENGTH);
        let going_on = *starts <= now && now <= until;
        let upcoming = now < *starts && *starts - now <= UPCOMING;
        if !going_on && !upcoming {
            continue;
        }
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let details = AlertDetails { place: text(place), who: text(with_whom), contact: None, note: None };
        // Going on beats upcoming; among upcoming, the soonest.
        let better = match &best {
            None => true,
            Some((b_on, b_start, _, _)) => (going_on && !b_on) || (going_on == *b_on && starts < b_start),
        };
        if better {
            best = Some((going_on, *starts, e.id.clone(), details));
        }
    }
    Ok(best.map(|(_, _, id, d)| (id, d)))
}

/// What one delivery did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Delivered {
    /// Alarms the server now has.
    pub sent: u32,
    /// Alarms still waiting (offline).
    pub waiting: u32,
}

/// A refusal that retrying will not change: the alarm is dropped (logged
/// with its code only).
fn permanent(e: &SyncError) -> bool {
    !e.is_temporary() && !matches!(e, SyncError::Vault(_) | SyncError::Local(_))
}

/// Sends every queued alarm: token alarms (diary locked or not), then, with
/// the diary unlocked, alarms from the diary and the token's registration
/// or removal. The vault's lock is never held while waiting for the server.
/// Returns the first temporary error after trying everything.
pub async fn deliver(cell: &impl VaultCell) -> Result<Delivered, SyncError> {
    let mut done = Delivered::default();
    let mut first_error = None;
    let mut note = |e: SyncError, done: &mut Delivered| {
        if permanent(&e) {
            tracing::warn!(error = %e, "the server refused an alarm");
            true
        } else {
            done.waiting += 1;
            first_error.get_or_insert(e);
            false
        }
    };
    for fire in cell.with(|v| v.queued_alarm_fires())?? {
        let sent = match Client::new(&fire.server) {
            Ok(client) => client.fire_alarm_token(&fire.token, &fire.client_id).await.map(|_| ()),
            Err(e) => Err(e),
        };
        let drop = match sent {
            Ok(()) => {
                done.sent += 1;
                true
            }
            Err(e) => note(e, &mut done),
        };
        if drop {
            cell.with(|v| v.remove_queued_fire(&fire.client_id))??;
        }
    }

    // The rest needs the account key: only with the diary unlocked.
    let unlocked = cell.with(|v| v.is_unlocked())?;
    if unlocked {
        let pending = cell.with(|v| v.pending_raises())?.unwrap_or_default();
        for p in pending {
            let sent = match Client::new(&p.server) {
                Ok(client) => match cell.with(|v| v.sync_auth_key())? {
                    Ok(key) => match crate::sync::ensure_registered(cell, &client, &key).await {
                        Ok(_) => client.raise_alarm(&key, &p.alarm).await.map(|_| ()),
                        Err(e) => Err(e),
                    },
                    Err(VaultError::Locked) => continue,
                    Err(e) => Err(e.into()),
                },
                Err(e) => Err(e),
            };
            let drop = match sent {
                Ok(()) => {
                    done.sent += 1;
                    true
                }
                Err(e) => note(e, &mut done),
            };
            if drop {
                let _ = cell.with(|v| v.remove_pending_raise(&p.alarm.client_id))?;
            }
        }
        if let Err(e) = sync_token(cell).await {
            if !permanent(&e) {
                first_error.get_or_insert(e);
            } else {
                tracing::warn!(error = %e, "the server refused the alarm token");
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(done),
    }
}

/// Registers the token with the server, or has the server forget it.
async fn sync_token(cell: &impl VaultCell) -> Result<(), SyncError> {
    let Ok(Some(mut setup)) = cell.with(|v| v.alarm_setup())? else { return Ok(()) };
    if setup.registered && !setup.removing {
        return Ok(());
    }
    let client = Client::new(&setup.target.server)?;
    let key = cell.with(|v| v.sync_auth_key())??;
    crate::sync::ensure_registered(cell, &client, &key).await?;
    if setup.removing {
        client.delete_alarm_token(&key).await?;
        cell.with(|v| {
            // Turned on again meanwhile: keep the new set-up.
            match v.alarm_setup() {
                Ok(Some(now)) if now.removing => v.save_alarm_setup(None),
                _ => Ok(()),
            }
        })??;
        return Ok(());
    }
    let body =
        RegisterAlarmToken { organisation: setup.target.organisation.clone(), token: setup.target.token.clone() };
    client.register_alarm_token(&key, &body).await?;
    cell.with(|v| match v.alarm_setup() {
        // Still the same token: mark it registered.
        Ok(Some(now)) if now.target.token == setup.target.token && !now.removing => {
            setup = now;
            setup.registered = true;
            v.save_alarm_setup(Some(&setup))
        }
        _ => Ok(()),
    })??;
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::vault::{KdfParams, Secret};

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap().and_hms_opt(h, m, 0).unwrap()
    }

    fn appointment(starts: NaiveDateTime, ends: Option<NaiveDateTime>, place: &str) -> EntryBody {
        EntryBody::Appointment {
            starts,
            ends,
            place: place.into(),
            with_whom: "Man, grijze auto".into(),
            check_in: None,
            checked_in: false,
            reminder_minutes: None,
            notes: "niet delen".into(),
            alert: None,
        }
    }

    #[test]
    fn the_current_appointment_is_the_one_going_on_else_the_next_within_the_hour() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
        v.set_up(&Secret::new("482916")).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap();
        v.save(None, appointment(at(21, 0), Some(at(22, 0)), "Hotel A, kamer 3"), now).unwrap();
        v.save(None, appointment(at(22, 30), None, "Hotel B"), now).unwrap();
        v.save(None, appointment(at(23, 0), None, "Hotel C"), now).unwrap();
        let place = |t| current_details(&v, t).unwrap().place;
        assert_eq!(place(at(21, 30)).as_deref(), Some("Hotel A, kamer 3"));
        assert_eq!(place(at(22, 10)).as_deref(), Some("Hotel B"), "the next one, within the hour");
        assert_eq!(place(at(19, 0)), None, "nothing within the hour");
        let d = current_details(&v, at(21, 30)).unwrap();
        assert_eq!(d.who.as_deref(), Some("Man, grijze auto"));
        assert_eq!(d.note, None, "the diary's own notes are not sent");
    }
}

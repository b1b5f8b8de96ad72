//! A tap on a reminder notification (issue 18: "check in from the
//! reminder"). The notification carries only its alarm's id and one
//! neutral button, "Done". Pressed on a check-in reminder, "Done" checks
//! her in, as ticking "I am safe" does; a tap anywhere else on it opens
//! the appointment.
//!
//! Nothing happens without the PIN: while the diary is locked the tap only
//! waits here, in memory, for ten minutes at most, and the lock screen says
//! the PIN opens it. So whoever holds a locked phone cannot cancel her
//! alert by pressing "Done", and the emergency PIN, which leaves an empty
//! diary, finds no appointment to check in: the alert still fires.

use std::time::{Duration, Instant};

use chrono::Utc;

use super::{Reply, Session};
use crate::diary::ReminderOpened;

/// How long a tap made while locked waits for the PIN.
pub const TAP_WAITS: Duration = Duration::from_secs(10 * 60);

/// A tap made while the diary was locked.
pub(super) struct Tapped {
    alarm: String,
    done: bool,
    at: Instant,
}

impl Session {
    /// The reminder `alarm` was tapped (`done`: its "Done" button) at `at`.
    /// Unlocked, it is carried out now and the answer says what to show;
    /// locked (or the diary cannot be read), `None`: it waits for the PIN
    /// ([`Session::diary_reminder`]).
    pub fn reminder_tapped(&self, alarm: &str, done: bool, at: Instant) -> Option<ReminderOpened> {
        if !self.unlocked() {
            *self.tapped() = Some(Tapped { alarm: alarm.to_string(), done, at });
            return None;
        }
        *self.tapped() = None;
        // An error is logged where it happens (`with_diary`).
        self.carry_out(alarm, done).unwrap_or(None)
    }

    /// After an unlock: carries out the tap that waited for the PIN, if it
    /// is recent (`None`: there was none, it was too old, or no entry of
    /// this diary has that alarm). The tap is used up either way; while
    /// the diary is still locked it keeps waiting.
    pub fn diary_reminder(&self) -> Reply<Option<ReminderOpened>> {
        self.diary_reminder_at(Instant::now())
    }

    pub(crate) fn diary_reminder_at(&self, now: Instant) -> Reply<Option<ReminderOpened>> {
        if !self.unlocked() {
            return Ok(None);
        }
        let Some(tap) = self.tapped().take() else { return Ok(None) };
        if now.saturating_duration_since(tap.at) > TAP_WAITS {
            return Ok(None);
        }
        self.carry_out(&tap.alarm, tap.done)
    }

    /// Opens the reminder in the unlocked diary; a check-in goes out with
    /// the next sync, started now.
    fn carry_out(&self, alarm: &str, done: bool) -> Reply<Option<ReminderOpened>> {
        let opened = self.with_diary(|d, _| d.open_reminder(alarm, done, Utc::now()))?;
        if opened.as_ref().is_some_and(|o| o.checked_in) {
            self.engine.wake();
        }
        Ok(opened)
    }

    fn unlocked(&self) -> bool {
        self.diary().vault().is_ok_and(|v| v.is_unlocked())
    }

    /// A recent tap waits for the PIN.
    pub(super) fn reminder_waiting(&self, now: Instant) -> bool {
        self.tapped().as_ref().is_some_and(|t| now.saturating_duration_since(t.at) <= TAP_WAITS)
    }

    fn tapped(&self) -> std::sync::MutexGuard<'_, Option<Tapped>> {
        self.tapped.lock().unwrap_or_else(|p| p.into_inner())
    }
}

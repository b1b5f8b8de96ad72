//! Wire types for safety check-ins and silent alarms (`/v1/watches`,
//! `/v1/alarms`, `/v1/alarm-token`).
//!
//! A **watch** is "if I don't check in by `due_at`, alert my organisation".
//! The app registers it when an appointment with that option is saved; the
//! server, not the phone, raises the alert once `due_at` plus the
//! organisation's grace period has passed without a check-in, so it fires
//! when the phone is off, offline or taken. A check-in cancels a watch that
//! has not fired and resolves one that has ("checked in late at 23:41").
//!
//! A **silent alarm** is "I need help now": an alert raised at once. From an
//! unlocked diary the app sends it with the account's key and the details of
//! the current appointment (`POST /v1/alarms`). From the quick-exit
//! calculator or the emergency PIN, the diary is locked or gone: the app then
//! presents an **alarm token** (`POST /v1/alarm-token/fire`, the token as the
//! bearer key), which the server registered for the account beforehand and
//! which can do nothing but raise that account's alarm; the server attaches
//! the details of the account's current watch, if it has one.
//!
//! Every detail is optional and chosen by the person; the server seals the
//! details at rest with the message key (as it seals messages) and deletes
//! them once the watch is checked in or the alert is resolved and the
//! retention period has passed.
//!
//! Times are RFC 3339; the server answers in UTC.

use serde::{Deserialize, Serialize};

/// Longest detail (each of [`AlertDetails`]' fields), in characters.
pub const MAX_DETAIL_CHARS: usize = 1000;

/// A watch's `due_at` may be at most this far ahead of the server's clock.
pub const MAX_WATCH_AHEAD_HOURS: i64 = 7 * 24;

/// What the person chose to tell the organisation if the alert fires. A
/// field left out is not shared. The server refuses a field longer than
/// [`MAX_DETAIL_CHARS`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertDetails {
    /// Where: address, hotel and room.
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Who: a description of the client, their phone number, car.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// How to reach her: a name, a call-back number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Anything else she wants them to know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl AlertDetails {
    pub fn is_empty(&self) -> bool {
        self.place.is_none() && self.who.is_none() && self.contact.is_none() && self.note.is_none()
    }

    /// The first field over [`MAX_DETAIL_CHARS`] characters, by its wire name.
    pub fn too_long(&self) -> Option<&'static str> {
        [("where", &self.place), ("who", &self.who), ("contact", &self.contact), ("note", &self.note)]
            .into_iter()
            .find(|(_, v)| v.as_ref().is_some_and(|v| v.chars().count() > MAX_DETAIL_CHARS))
            .map(|(name, _)| name)
    }
}

/// `PUT /v1/watches/{client_id}`: registers a watch, or changes the due time
/// and details of one that has not fired (the same `client_id` from the
/// same account is the same watch; retries are harmless). `client_id` is 1
/// to 64 characters of `[A-Za-z0-9_-]`, chosen by the app.
///
/// Refused with 422: `due-in-past`, `due-too-far` (over
/// [`MAX_WATCH_AHEAD_HOURS`]), `invalid-time`, `detail-too-long`;
/// `alerts-not-accepted` when the organisation does not take check-in
/// alerts; 409 `watch-closed` for a watch already checked in, fired or
/// cancelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterWatch {
    pub organisation: String,
    pub due_at: String,
    #[serde(default)]
    pub details: AlertDetails,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WatchStatus {
    /// Due in the future (or within the grace period): nothing has happened.
    Watching,
    /// Checked in before the alert fired; the details are deleted.
    CheckedIn,
    /// Cancelled by the app (the appointment was deleted) before it fired.
    Cancelled,
    /// The alert fired and the person has not checked in.
    Alerted,
    /// The alert fired, then the person checked in (`checked_in_at`).
    CheckedInLate,
}

/// A watch as the server holds it. The details are not sent back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watch {
    pub client_id: String,
    pub organisation: String,
    pub due_at: String,
    /// `due_at` plus the organisation's grace period: when the alert fires.
    pub fires_at: String,
    pub status: WatchStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_in_at: Option<String>,
}

/// `POST /v1/watches/{client_id}/check-in`. `at` is when the person checked
/// in on the phone, which may be a while before it reached the server (a
/// check-in made offline); a time after the server's clock counts as now.
/// Answers the watch: `checked-in` if it had not fired, `checked-in-late`
/// if it had (the dashboard shows the time). Checking in twice is harmless.
/// `DELETE /v1/watches/{client_id}` cancels a watch that has not fired
/// (204); one that has fired answers 409 `alert-raised`: check in instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub at: String,
}

/// `POST /v1/alarms`: "I need help now", raised at once. Retries with the
/// same `client_id` raise it once. `watch` names the current appointment's
/// watch, whose details the dashboard shows beside these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RaiseAlarm {
    pub client_id: String,
    pub organisation: String,
    #[serde(default)]
    pub details: AlertDetails,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watch: Option<String>,
}

/// The answer to [`RaiseAlarm`] and to firing an alarm token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alarm {
    pub client_id: String,
    pub organisation: String,
    pub raised_at: String,
}

/// `PUT /v1/alarm-token`: registers (or replaces) the account's alarm token
/// for `organisation`. The server keeps only a hash of it. `DELETE` removes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterAlarmToken {
    pub organisation: String,
    /// 32 random bytes, base64 (standard, padded), chosen by the app.
    pub token: String,
}

/// `POST /v1/alarm-token/fire`, with `Authorization: Bearer <token>`: the
/// token's account raises a silent alarm with the details of its current
/// watch (the one that fires soonest and has not been checked in), if any.
/// Retries with the same `client_id` raise it once. Answers [`Alarm`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FireAlarmToken {
    pub client_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_leave_out_what_was_not_chosen() {
        let d = AlertDetails { place: Some("Hotel X, room 12".into()), ..Default::default() };
        assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"where":"Hotel X, room 12"}"#);
        assert!(!d.is_empty());
        assert!(AlertDetails::default().is_empty());
        let w: RegisterWatch =
            serde_json::from_str(r#"{"organisation":"o","due_at":"2026-12-02T23:30:00+01:00"}"#).unwrap();
        assert!(w.details.is_empty());
        assert!(serde_json::from_str::<AlertDetails>(r#"{"name":"x"}"#).is_err(), "unknown fields are refused");
    }

    #[test]
    fn a_detail_is_counted_in_characters() {
        let ok = AlertDetails { who: Some("ж".repeat(MAX_DETAIL_CHARS)), ..Default::default() };
        assert_eq!(ok.too_long(), None);
        let long = AlertDetails { note: Some("a".repeat(MAX_DETAIL_CHARS + 1)), ..Default::default() };
        assert_eq!(long.too_long(), Some("note"));
    }

    #[test]
    fn statuses_are_kebab_case_on_the_wire() {
        assert_eq!(serde_json::to_string(&WatchStatus::CheckedInLate).unwrap(), r#""checked-in-late""#);
        assert_eq!(serde_json::from_str::<WatchStatus>(r#""watching""#).unwrap(), WatchStatus::Watching);
    }
}

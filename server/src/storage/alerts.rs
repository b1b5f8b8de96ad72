//! Safety check-ins and silent alarms: each organisation's settings for
//! them, the watches people register, the alerts the dashboard shows, and
//! alarm tokens (held as hashes). Every detail a person chose is sealed
//! before it reaches the storage; the storage sees only accounts,
//! organisations, ids, times and statuses.

use async_trait::async_trait;
use huiskamer_protocol::alerts::WatchStatus;

use super::StorageError;

/// What an organisation takes: check-in alerts (off unless an admin turns
/// them on), the grace period, the on-call address, and what a person may
/// expect after writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertSettings {
    pub check_in_alerts: bool,
    pub grace_minutes: u32,
    pub on_call_email: Option<String>,
    pub reply_expectation: Option<String>,
}

impl Default for AlertSettings {
    fn default() -> Self {
        AlertSettings { check_in_alerts: false, grace_minutes: 15, on_call_email: None, reply_expectation: None }
    }
}

/// An organisation with its settings, for `GET /v1/organisations`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRow {
    pub id: String,
    pub name: String,
    pub settings: AlertSettings,
}

/// Text sealed with the message key (crate::sealing): nonce and ciphertext.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub nonce: Vec<u8>,
    pub sealed: Vec<u8>,
}

impl Sealed {
    pub(crate) fn from_columns(nonce: Option<Vec<u8>>, sealed: Option<Vec<u8>>) -> Option<Sealed> {
        match (nonce, sealed) {
            (Some(nonce), Some(sealed)) => Some(Sealed { nonce, sealed }),
            _ => None,
        }
    }
}

pub fn status_str(s: WatchStatus) -> &'static str {
    match s {
        WatchStatus::Watching => "watching",
        WatchStatus::CheckedIn => "checked-in",
        WatchStatus::Cancelled => "cancelled",
        WatchStatus::Alerted => "alerted",
        WatchStatus::CheckedInLate => "checked-in-late",
    }
}

pub fn parse_status(s: &str) -> WatchStatus {
    match s {
        "checked-in" => WatchStatus::CheckedIn,
        "cancelled" => WatchStatus::Cancelled,
        "alerted" => WatchStatus::Alerted,
        "checked-in-late" => WatchStatus::CheckedInLate,
        _ => WatchStatus::Watching,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchRow {
    pub account_id: String,
    pub client_id: String,
    pub organisation_id: String,
    pub due_at: i64,
    pub fires_at: i64,
    pub status: WatchStatus,
    pub alerted_at: Option<i64>,
    pub checked_in_at: Option<i64>,
    /// Sealed [`huiskamer_protocol::alerts::AlertDetails`] as JSON; None
    /// when none were chosen or once they are deleted.
    pub details: Option<Sealed>,
}

/// A watch to register, or the new due time and details of one that has
/// not fired.
#[derive(Debug, Clone)]
pub struct NewWatch {
    pub account_id: String,
    pub client_id: String,
    pub organisation_id: String,
    pub due_at: i64,
    pub fires_at: i64,
    pub details: Option<Sealed>,
    pub now: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    MissedCheckIn,
    Alarm,
}

impl AlertKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::MissedCheckIn => "missed-check-in",
            AlertKind::Alarm => "alarm",
        }
    }
    pub fn parse(s: &str) -> AlertKind {
        if s == "alarm" {
            AlertKind::Alarm
        } else {
            AlertKind::MissedCheckIn
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertRow {
    pub id: String,
    pub organisation_id: String,
    pub account_id: String,
    pub kind: AlertKind,
    /// The watch's client id (a missed check-in) or the alarm's.
    pub client_id: String,
    pub watch_client_id: Option<String>,
    pub fired_at: i64,
    /// An alarm's own details, sealed as the alarm's (account, client id).
    pub details: Option<Sealed>,
    /// The watch's details, sealed as the watch's (account, watch client id).
    pub watch_details: Option<Sealed>,
    pub checked_in_at: Option<i64>,
    pub acknowledged_by: Option<String>,
    pub acknowledged_at: Option<i64>,
    /// A worker's note, sealed as the alert's id.
    pub note: Option<Sealed>,
    pub note_by: Option<String>,
    pub note_at: Option<i64>,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<i64>,
    pub mailed_at: Option<i64>,
    pub mail_attempts: u32,
}

#[derive(Debug, Clone)]
pub struct NewAlarm {
    pub id: String,
    pub account_id: String,
    pub client_id: String,
    pub organisation_id: String,
    pub details: Option<Sealed>,
    /// The watch (of the same account) whose details go with the alarm.
    pub watch_client_id: Option<String>,
    pub now: i64,
}

/// A fresh alert id: 16 random bytes in hex.
pub fn new_alert_id() -> String {
    rand::random::<[u8; 16]>().iter().map(|b| format!("{b:02x}")).collect()
}

#[async_trait]
pub trait Alerts: Send + Sync {
    /// Every organisation with its settings, by name.
    async fn organisation_rows(&self) -> Result<Vec<OrganisationRow>, StorageError>;
    /// One organisation's settings, or None if there is no such organisation.
    async fn alert_settings(&self, organisation_id: &str) -> Result<Option<AlertSettings>, StorageError>;
    /// Replaces an organisation's settings (checked by the caller).
    async fn set_alert_settings(&self, organisation_id: &str, settings: &AlertSettings) -> Result<(), StorageError>;

    /// Registers a watch, or changes one that is still watching.
    /// `Conflict("watch-closed")` for one checked in, cancelled or fired.
    async fn put_watch(&self, watch: NewWatch) -> Result<WatchRow, StorageError>;
    async fn watch(&self, account_id: &str, client_id: &str) -> Result<Option<WatchRow>, StorageError>;
    /// Checks in at `at`: a watching watch becomes checked-in, an alerted
    /// one checked-in-late (and its alert says so); the details go. Other
    /// statuses are left as they are. None if there is no such watch.
    async fn check_in(
        &self,
        account_id: &str,
        client_id: &str,
        at: i64,
        now: i64,
    ) -> Result<Option<WatchRow>, StorageError>;
    /// Cancels a watching watch (its details go). `Conflict("alert-raised")`
    /// for one that has fired. None if there is no such watch.
    async fn cancel_watch(&self, account_id: &str, client_id: &str, now: i64)
        -> Result<Option<WatchRow>, StorageError>;
    /// The account's watch that fires soonest and has not been checked in.
    async fn current_watch(&self, account_id: &str) -> Result<Option<WatchRow>, StorageError>;
    /// Fires every watching watch whose `fires_at` is not after `now`: it
    /// becomes alerted and an alert is made, once, however many instances
    /// or restarts run this. Returns the new alerts.
    async fn fire_due_watches(&self, now: i64) -> Result<Vec<AlertRow>, StorageError>;

    /// Raises an alarm, or returns the one already raised with the same
    /// account and client id (then `false`).
    async fn raise_alarm(&self, alarm: NewAlarm) -> Result<(AlertRow, bool), StorageError>;

    /// Registers or replaces the account's alarm token (its SHA-256).
    async fn put_alarm_token(
        &self,
        account_id: &str,
        organisation_id: &str,
        token_hash: &[u8; 32],
        now: i64,
    ) -> Result<(), StorageError>;
    async fn delete_alarm_token(&self, account_id: &str) -> Result<(), StorageError>;
    /// The (account, organisation) of a token hash.
    async fn alarm_token(&self, token_hash: &[u8; 32]) -> Result<Option<(String, String)>, StorageError>;

    /// An organisation's alerts for the dashboard: unresolved ones first
    /// (unacknowledged before acknowledged, newest first), then resolved.
    async fn alerts_of(&self, organisation_id: &str) -> Result<Vec<AlertRow>, StorageError>;
    async fn alert(&self, organisation_id: &str, id: &str) -> Result<Option<AlertRow>, StorageError>;
    /// Records who acknowledged and when (the first acknowledgement stands).
    /// False if there is no such alert in the organisation.
    async fn acknowledge_alert(
        &self,
        organisation_id: &str,
        id: &str,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError>;
    async fn note_alert(
        &self,
        organisation_id: &str,
        id: &str,
        note: Sealed,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError>;
    /// Resolves an alert (acknowledging it too, if nobody had); the
    /// watch's details go with it.
    async fn resolve_alert(
        &self,
        organisation_id: &str,
        id: &str,
        worker: &str,
        now: i64,
    ) -> Result<bool, StorageError>;

    /// Alerts whose on-call mail is due at `now`, claimed until `retry_at`
    /// (their attempt counted), so that no other instance sends them too.
    async fn claim_mail(&self, now: i64, retry_at: i64) -> Result<Vec<AlertRow>, StorageError>;
    /// The mail went (`sent`) or will not be tried again.
    async fn mail_finished(&self, id: &str, sent: bool, now: i64) -> Result<(), StorageError>;

    /// Deletes alerts resolved before `cutoff`, and closed watches last
    /// changed before it that no unresolved alert needs. Returns how many
    /// alerts went.
    async fn purge_alerts_before(&self, cutoff: i64) -> Result<u64, StorageError>;
}

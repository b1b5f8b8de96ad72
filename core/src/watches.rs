//! Check-in watches with the partner server (issue 18; the wire API is
//! `huiskamer_protocol::alerts`). The vault queues what must be said
//! (`vault::watches`); [`sync_watches`] says it, in the order queued, with
//! the background sync: a network error stops the round and the same
//! request goes again next time; a refusal (4xx) is recorded on the watch
//! once, shown on the entry in her language, and not sent again.
//!
//! Nothing of this reaches a notification, and the texts here never name
//! the organisation outside the diary.

use chrono::{DateTime, Local, SecondsFormat, Utc};
use fluent_bundle::FluentValue;
use huiskamer_protocol::alerts::{CheckIn, RegisterWatch, Watch, WatchStatus};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::contact_view::organisations;
use crate::sync::{Client, SendRetrying, SyncError, VaultCell};
use crate::vault::watches::{LocalWatch, WatchOp};
use crate::vault::{Field, VaultError};
use crate::App;

fn bearer(key: &[u8; 32]) -> Zeroizing<String> {
    Zeroizing::new(STANDARD.encode(key))
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Client {
    /// `GET /v1/info`: whether this server raises check-in alerts at all.
    pub async fn info(&self) -> Result<huiskamer_protocol::sync::ServerInfo, SyncError> {
        let res = self.http.get(self.url("v1/info")).send_retrying().await?;
        Self::answer(res).await
    }

    pub async fn put_watch(&self, key: &[u8; 32], client_id: &str, body: &RegisterWatch) -> Result<Watch, SyncError> {
        let res = self
            .http
            .put(self.url(&format!("v1/watches/{client_id}")))
            .bearer_auth(bearer(key).as_str())
            .json(body)
            .send_retrying()
            .await?;
        Self::answer(res).await
    }

    pub async fn check_in(&self, key: &[u8; 32], client_id: &str, at: DateTime<Utc>) -> Result<Watch, SyncError> {
        let res = self
            .http
            .post(self.url(&format!("v1/watches/{client_id}/check-in")))
            .bearer_auth(bearer(key).as_str())
            .json(&CheckIn { at: rfc3339(at) })
            .send_retrying()
            .await?;
        Self::answer(res).await
    }

    /// Cancels a watch. One the server does not have counts as done.
    pub async fn delete_watch(&self, key: &[u8; 32], client_id: &str) -> Result<(), SyncError> {
        let res = self
            .http
            .delete(self.url(&format!("v1/watches/{client_id}")))
            .bearer_auth(bearer(key).as_str())
            .send_retrying()
            .await?;
        match res.status().as_u16() {
            200 | 204 | 404 => Ok(()),
            _ => Self::answer::<serde_json::Value>(res).await.map(|_| ()),
        }
    }
}

/// What one round of watches did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct WatchReport {
    pub sent: u64,
    /// Requests the server refused (recorded on their watch).
    pub refused: u64,
    /// Still waiting to be sent.
    pub queued: u64,
}

/// A refusal worth recording (and not retrying): the server understood the
/// request and said no.
fn refusal(e: &SyncError) -> Option<String> {
    match e {
        SyncError::Server { status, code } if (400..500).contains(status) && *status != 401 => {
            Some(if code.is_empty() { format!("http-{status}") } else { code.clone() })
        }
        _ => None,
    }
}

/// Sends every queued watch operation, oldest first.
pub async fn sync_watches(cell: &impl VaultCell, client: &Client) -> Result<WatchReport, SyncError> {
    let mut report = WatchReport::default();
    let mut ops: Vec<(u64, String, WatchOp)> = cell
        .with(|v| v.watches())??
        .iter()
        .flat_map(|w| w.queue.iter().map(|q| (q.seq, w.client_id.clone(), q.op)))
        .collect();
    if ops.is_empty() {
        return Ok(report);
    }
    ops.sort_by_key(|(seq, ..)| *seq);
    let key = cell.with(|v| v.sync_auth_key())??;
    let mut registered = crate::sync::ensure_registered(cell, client, &key).await?;
    for (seq, client_id, op) in ops {
        // The row as it is now: an edit made while a request was out is sent next.
        let Some(mut w) = cell.with(|v| v.watches())??.into_iter().find(|w| w.client_id == client_id) else {
            continue;
        };
        if !w.queue.iter().any(|q| q.seq == seq) {
            continue;
        }
        if !w.sent {
            w.sent = true;
            cell.with(|v| v.save_watch(&w))??;
        }
        let mut answer = send(client, &key, &w, op).await;
        if matches!(answer, Err(SyncError::Server { status: 401, .. })) && !registered {
            client.register(&key).await?;
            registered = true;
            answer = send(client, &key, &w, op).await;
        }
        let refused = match &answer {
            Ok(_) => None,
            Err(e) => match refusal(e) {
                Some(code) => Some(code),
                None => return Err(answer.err().unwrap_or(SyncError::Offline(String::new()))),
            },
        };
        let answered = answer.ok().flatten();
        cell.with(|v| -> Result<(), VaultError> {
            let Some(mut w) = v.watches()?.into_iter().find(|w| w.client_id == client_id) else { return Ok(()) };
            w.queue.retain(|q| q.seq != seq);
            if op == WatchOp::Delete {
                // Cancelled (or the server no longer has it): nothing left to say.
                return v.remove_watch(&w.client_id);
            }
            if let Some(watch) = answered {
                w.server = Some(watch);
                w.refused = None;
            }
            if let Some(code) = &refused {
                w.refused = Some(code.clone());
            }
            v.save_watch(&w)
        })??;
        if refused.is_some() {
            report.refused += 1;
        } else {
            report.sent += 1;
        }
    }
    report.queued = cell.with(|v| v.queued_watch_ops())??;
    Ok(report)
}

/// One request; `Some(watch)` for the answers that carry the watch.
async fn send(client: &Client, key: &[u8; 32], w: &LocalWatch, op: WatchOp) -> Result<Option<Watch>, SyncError> {
    match op {
        WatchOp::Put => {
            let body = RegisterWatch {
                organisation: w.organisation.clone(),
                due_at: rfc3339(w.due_at),
                details: w.details.clone(),
            };
            client.put_watch(key, &w.client_id, &body).await.map(Some)
        }
        WatchOp::CheckIn { at } => client.check_in(key, &w.client_id, at).await.map(Some),
        WatchOp::Delete => client.delete_watch(key, &w.client_id).await.map(|_| None),
    }
}

/// An organisation the appointment form may offer: on the partner server
/// set, which raises check-in alerts, and which takes them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WatchOrganisation {
    pub id: String,
    pub name: String,
    /// Minutes after the check-in time before the alert goes.
    pub grace_minutes: u32,
}

/// The organisations to offer, as the app last learned them (kept in the
/// settings, so the form works offline). Empty when no server is set.
pub fn offered(app: &App) -> Vec<WatchOrganisation> {
    if crate::contact_view::server(app).is_none() {
        return Vec::new();
    }
    organisations(app)
        .into_iter()
        .filter(|o| o.check_in_alerts)
        .map(|o| WatchOrganisation { id: o.id, name: o.name, grace_minutes: o.grace_minutes })
        .collect()
}

/// Refuses an alert for an organisation that is not offered now.
pub fn check_offered(app: &App, body: &crate::vault::EntryBody) -> Result<(), VaultError> {
    if let crate::vault::EntryBody::Appointment { alert: Some(choice), .. } = body {
        if !offered(app).iter().any(|o| o.id == choice.organisation) {
            return Err(VaultError::Invalid(Field::Organisation));
        }
    }
    Ok(())
}

/// Where a watch stands, for the entry screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum WatchState {
    /// Not yet told to the server (offline, or the diary was locked).
    Queued,
    Watching,
    CheckedIn,
    Alerted,
    CheckedInLate,
    /// The server refused it: `label` says why.
    Refused,
}

/// An appointment's check-in alert as the entry screen shows it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WatchView {
    pub state: WatchState,
    /// One plain sentence in her language: "Alert sent to <org> at 23:45."
    pub label: String,
}

fn hm(at: &str) -> Option<String> {
    let t = DateTime::parse_from_rfc3339(at).ok()?;
    Some(t.with_timezone(&Local).format("%H:%M").to_string())
}

/// The entry screen's line about a watch.
pub fn watch_view(app: &App, w: &LocalWatch) -> WatchView {
    let org = organisations(app)
        .into_iter()
        .find(|o| o.id == w.organisation)
        .map(|o| o.name)
        .unwrap_or_else(|| w.organisation.clone());
    let args = |extra: &[(&'static str, String)]| {
        let mut a: Vec<(&str, FluentValue)> = vec![("org", org.clone().into())];
        a.extend(extra.iter().map(|(k, v)| (*k, FluentValue::from(v.clone()))));
        a
    };
    if let Some(code) = &w.refused {
        let id = format!("watch-refused-{code}");
        let reason = app.t(&id);
        let reason = if reason == id { app.t("watch-refused-other") } else { reason };
        return WatchView {
            state: WatchState::Refused,
            label: app.t_args("watch-refused", &args(&[("reason", reason)])),
        };
    }
    let server = w.server.as_ref();
    let checked_late = server.filter(|s| s.status == WatchStatus::CheckedInLate);
    if let Some(s) = checked_late {
        let at = s.checked_in_at.as_deref().and_then(hm).unwrap_or_default();
        return WatchView {
            state: WatchState::CheckedInLate,
            label: app.t_args("watch-checked-in-late", &args(&[("time", at)])),
        };
    }
    if w.checked_in_at.is_some() {
        // Checked in here; the server hears it (or already has).
        let label = if w.queue.is_empty() { "watch-checked-in" } else { "watch-checked-in-queued" };
        return WatchView { state: WatchState::CheckedIn, label: app.t_args(label, &args(&[])) };
    }
    if let Some(s) = server.filter(|s| s.status == WatchStatus::Alerted) {
        let at = s.alerted_at.as_deref().or(Some(s.fires_at.as_str())).and_then(hm).unwrap_or_default();
        return WatchView { state: WatchState::Alerted, label: app.t_args("watch-alerted", &args(&[("time", at)])) };
    }
    match server {
        Some(s) if w.queue.is_empty() && s.status == WatchStatus::Watching => {
            let fires = hm(&s.fires_at).unwrap_or_default();
            WatchView { state: WatchState::Watching, label: app.t_args("watch-watching", &args(&[("time", fires)])) }
        }
        _ => WatchView { state: WatchState::Queued, label: app.t_args("watch-queued", &args(&[])) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;
    use crate::i18n::I18n;
    use crate::vault::watches::{Queued, WatchChoice};
    use crate::vault::{EntryBody, KdfParams, Secret, Vault};
    use chrono::TimeZone;
    use huiskamer_protocol::alerts::AlertDetails;
    use std::sync::Mutex;

    fn app(locale: &str) -> App {
        App::with_library(Library::open_in_memory().unwrap(), I18n::embedded(), &[locale.to_string()]).unwrap()
    }

    fn watch(server: Option<Watch>, refused: Option<&str>) -> LocalWatch {
        LocalWatch {
            client_id: "c1".into(),
            entry: "e1".into(),
            organisation: "main".into(),
            due_at: Utc.with_ymd_and_hms(2026, 12, 2, 22, 30, 0).unwrap(),
            details: AlertDetails::default(),
            queue: Vec::new(),
            sent: true,
            checked_in_at: None,
            server,
            refused: refused.map(str::to_string),
        }
    }

    fn server(status: WatchStatus, checked_in_at: Option<DateTime<Utc>>) -> Watch {
        Watch {
            client_id: "c1".into(),
            organisation: "main".into(),
            due_at: "2026-12-02T22:30:00Z".into(),
            fires_at: "2026-12-02T22:45:00Z".into(),
            status,
            alerted_at: Some("2026-12-02T22:45:00Z".into()),
            checked_in_at: checked_in_at.map(rfc3339),
        }
    }

    fn hm_of(s: &str) -> String {
        hm(s).unwrap()
    }

    #[test]
    fn the_entry_says_what_the_server_said_in_the_readers_language() {
        let en = app("en");
        let v = watch_view(&en, &watch(None, Some("due-in-past")));
        assert_eq!(v.state, WatchState::Refused);
        assert_eq!(
            v.label,
            "The alert for main is not set: the check-in time has passed. Choose a later time and save again."
        );
        let v = watch_view(&app("nl"), &watch(None, Some("something-new")));
        assert!(v.label.contains("de server weigerde"), "{}", v.label);
        let late = Utc.with_ymd_and_hms(2026, 12, 2, 22, 41, 0).unwrap();
        let v = watch_view(&en, &watch(Some(server(WatchStatus::CheckedInLate, Some(late))), None));
        assert_eq!(v.state, WatchState::CheckedInLate);
        assert_eq!(v.label, format!("Checked in late at {}. main was told.", hm_of("2026-12-02T22:41:00Z")));
        let v = watch_view(&en, &watch(Some(server(WatchStatus::Alerted, None)), None));
        assert_eq!(v.label, format!("Alert sent to main at {}.", hm_of("2026-12-02T22:45:00Z")));
        let mut queued = watch(None, None);
        queued.queue.push(Queued { seq: 1, op: WatchOp::Put });
        assert_eq!(watch_view(&en, &queued).state, WatchState::Queued);
    }

    #[tokio::test]
    async fn offline_the_queue_waits_whole_and_nothing_is_recorded_as_refused() {
        // A real closed port on this machine: the connection is refused.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let client = Client::new(&format!("http://127.0.0.1:{port}")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
        v.set_up(&Secret::new("482916")).unwrap();
        let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let body = EntryBody::Appointment {
            starts: at("2026-12-02 21:00"),
            ends: None,
            place: String::new(),
            with_whom: String::new(),
            check_in: Some(at("2026-12-02 23:30")),
            checked_in: false,
            reminder_minutes: None,
            notes: String::new(),
            alert: Some(WatchChoice { organisation: "main".into(), ..Default::default() }),
        };
        v.save(None, body, Utc::now()).unwrap();
        let cell = Mutex::new(v);
        let err = sync_watches(&cell, &client).await.unwrap_err();
        assert!(err.is_temporary(), "{err:?}");
        let w = cell.lock().unwrap().watches().unwrap();
        assert_eq!(w[0].queue.len(), 1, "still queued, to go next round");
        assert_eq!(w[0].refused, None);
    }

    #[test]
    fn only_an_organisation_that_takes_alerts_on_a_set_server_is_offered() {
        let en = app("en");
        let org = |id: &str, alerts: bool| huiskamer_protocol::messages::Organisation {
            id: id.into(),
            name: id.to_uppercase(),
            check_in_alerts: alerts,
            grace_minutes: 15,
            reply_expectation: None,
        };
        crate::contact_view::set_organisations(&en, &[org("a", true), org("b", false)]);
        if crate::contact_view::env_server().is_none() {
            assert!(offered(&en).is_empty(), "no server set: nothing offered");
        }
        en.settings().set_partner_server("https://partner.example").unwrap();
        assert_eq!(offered(&en), [WatchOrganisation { id: "a".into(), name: "A".into(), grace_minutes: 15 }]);
    }
}

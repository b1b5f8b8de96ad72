//! The scheduler: every `alert_check_seconds` (and at once when woken) it
//! fires the watches whose time has passed without a check-in, and sends
//! the on-call mail of new alerts. It runs from the server's start to its
//! stop; a watch that came due while the server was down fires at start.
//! Firing is a conditional update in the storage, so a watch fires once
//! however many instances run or restart.

use std::time::Duration;

use tokio::task::JoinHandle;

use super::mail;
use crate::clock::now;
use crate::state::AppState;
use crate::storage::AlertRow;

/// A mail is tried this many times in all.
pub const MAIL_ATTEMPTS: u32 = 5;
/// Seconds before a failed mail is tried again (times the attempts so far).
const MAIL_RETRY_SECONDS: i64 = 30;

/// Starts the scheduler; abort the handle to stop it.
pub fn spawn(state: AppState) -> JoinHandle<()> {
    tokio::spawn(async move {
        let every = Duration::from_secs(state.settings.alert_check_seconds);
        loop {
            tick(&state).await;
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = state.alerts_wake.notified() => {}
            }
        }
    })
}

/// One round: fire what is due, then send what mail is due.
pub async fn tick(state: &AppState) {
    match state.storage.fire_due_watches(now()).await {
        Ok(fired) => {
            for _ in &fired {
                // No account or watch id in the log: only that it happened.
                tracing::warn!("a check-in was missed: alert raised for the dashboard");
            }
        }
        Err(e) => tracing::warn!(error = %e, "could not look for missed check-ins; will retry"),
    }
    let t = now();
    match state.storage.claim_mail(t, t + MAIL_RETRY_SECONDS).await {
        Ok(due) => {
            for alert in due {
                let state = state.clone();
                // Each mail on its own: a slow mail server holds up no alert.
                tokio::spawn(async move { send_one(&state, alert).await });
            }
        }
        Err(e) => tracing::warn!(error = %e, "could not look for on-call mail to send; will retry"),
    }
}

async fn send_one(state: &AppState, alert: AlertRow) {
    let id = alert.id.clone();
    let finish = |sent: bool| async move {
        if let Err(e) = state.storage.mail_finished(&id, sent, now()).await {
            tracing::warn!(error = %e, "could not record the on-call mail");
        }
    };
    let Some(smtp) = &state.settings.smtp else {
        tracing::warn!("an alert has an on-call address, but no [smtp] is configured: no mail sent");
        return finish(false).await;
    };
    let to = match state.storage.alert_settings(&alert.organisation_id).await {
        Ok(Some(s)) => s.on_call_email,
        Ok(None) => None,
        Err(e) => {
            tracing::warn!(error = %e, "could not read the on-call address; will retry");
            return;
        }
    };
    let Some(to) = to else { return finish(false).await };
    match mail::send(&state.settings, smtp, &to, &alert).await {
        Ok(()) => {
            tracing::info!("on-call mail sent");
            finish(true).await
        }
        Err(e) if alert.mail_attempts >= MAIL_ATTEMPTS => {
            tracing::error!(error = %e, attempts = alert.mail_attempts, "on-call mail failed; giving up");
            finish(false).await
        }
        Err(e) => {
            // The claim already set the next try.
            tracing::warn!(error = %e, attempt = alert.mail_attempts, "on-call mail failed; will retry");
        }
    }
}

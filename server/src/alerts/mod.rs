//! Check-in alerts and silent alarms on the server's side: the scheduler
//! that fires missed check-ins ([`scheduler`]) and the on-call mail
//! ([`mail`]). The app's routes are in crate::api::alerts, the
//! dashboard's in crate::dashboard::alerts.

pub mod mail;
pub mod scheduler;

use crate::state::AppState;

/// Wakes the scheduler now (an alarm was raised: its mail should not wait
/// for the next tick).
pub(crate) fn wake(state: &AppState) {
    state.alerts_wake.notify_one();
}

//! The silent alarm's commands (see `crate::alarm`). The calculator code
//! and the duress PIN pass through here and are never logged.

use std::sync::Arc;

use chrono::Local;
use fluent_bundle::FluentValue;
use huiskamer_protocol::alerts::RaiseAlarm;
use serde::Serialize;
use zeroize::Zeroizing;

use super::{Reply, Session};
use crate::contact_view;
use crate::error::Field;
use crate::vault::{code_shaped, crypto, open_code_slot, Secret, VaultError};

/// The silent alarm's settings, as the diary's settings show them.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AlarmSettings {
    /// The alarm is on.
    pub on: bool,
    /// The organisation's id, when on.
    pub organisation: Option<String>,
    /// The server has the alarm token: the calculator code and the
    /// emergency PIN work (until then, only "Help now" from the diary).
    pub ready: bool,
    /// Digits of the calculator code, when one is set.
    pub code_digits: Option<u8>,
    /// The emergency (duress) PIN also sends the alarm.
    pub duress: bool,
    /// A partner server is set (without one, the alarm cannot be set up).
    pub server: bool,
    /// The organisations to choose from.
    pub organisations: Vec<AlarmOrganisation>,
    /// "If someone forces you to open the diary, type this PIN: ...", with
    /// the chosen organisation's name (or a general word when none yet).
    pub duress_explained: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AlarmOrganisation {
    pub id: String,
    pub name: String,
}

impl Session {
    pub fn alarm_settings(&self) -> Reply<AlarmSettings> {
        self.with_diary(|d, app| {
            let setup = d.vault()?.alarm_setup()?.filter(|s| !s.removing);
            // Only organisations that take alerts: the server refuses an
            // alarm for any other, and she would believe it was set.
            // (The one already chosen stays listed, so the form still shows it.)
            // (Same rule as `watches::offered`: a server set, and alerts taken.)
            let chosen = setup.as_ref().map(|s| s.target.organisation.as_str());
            let server = contact_view::server(app).is_some();
            let organisations: Vec<AlarmOrganisation> = contact_view::organisations(app)
                .into_iter()
                .filter(|o| (server && o.check_in_alerts) || Some(o.id.as_str()) == chosen)
                .map(|o| AlarmOrganisation { id: o.id, name: o.name })
                .collect();
            let org_name = setup
                .as_ref()
                .and_then(|s| organisations.iter().find(|o| o.id == s.target.organisation))
                .map(|o| o.name.clone())
                .unwrap_or_else(|| app.t("alarm-your-organisation"));
            Ok(AlarmSettings {
                on: setup.is_some(),
                organisation: setup.as_ref().map(|s| s.target.organisation.clone()),
                ready: setup.as_ref().is_some_and(|s| s.registered),
                code_digits: setup.as_ref().and_then(|s| s.code_digits),
                duress: setup.as_ref().is_some_and(|s| s.duress),
                server,
                organisations,
                duress_explained: app
                    .t_args("alarm-duress-explained", &[("organisation", FluentValue::from(org_name.as_str()))]),
            })
        })
    }

    /// Turns the silent alarm on (or changes it) for `organisation`, with
    /// an optional calculator code and, optionally, the emergency PIN
    /// (typed again, checked against the one set).
    pub fn alarm_set_up(
        &self,
        organisation: &str,
        code: Option<&str>,
        duress_pin: Option<&str>,
    ) -> Reply<AlarmSettings> {
        self.with_diary(|d, app| {
            let server = contact_view::server(app).ok_or(VaultError::Invalid(Field::Organisation))?;
            if !crate::watches::offered(app).iter().any(|o| o.id == organisation) {
                return Err(VaultError::Invalid(Field::Organisation));
            }
            let code = code.filter(|c| !c.is_empty());
            let duress = duress_pin.filter(|p| !p.is_empty()).map(Secret::new);
            d.vault()?.set_up_alarm(&server, organisation, code, duress.as_ref())
        })?;
        self.engine.wake_now();
        self.alarm_settings()
    }

    /// Turns it off: the token is deleted here at once, and on the server
    /// with the next sync.
    pub fn alarm_turn_off(&self) -> Reply<AlarmSettings> {
        self.with_diary(|d, _| d.vault()?.turn_off_alarm())?;
        self.engine.wake_now();
        self.alarm_settings()
    }

    /// "I need help now" from the diary, with the current appointment's
    /// details; queued and sent at once (or when the phone is online).
    pub fn alarm_help_now(&self) -> Reply<()> {
        self.with_diary(|d, _| {
            let v = d.vault()?;
            let setup = v.alarm_setup()?.filter(|s| !s.removing).ok_or(VaultError::AlarmNotSetUp)?;
            let (entry, details) =
                crate::alarm::current_appointment(v, Local::now().naive_local())?.unwrap_or_default();
            // The appointment's check-in watch, if it has one with the same
            // organisation: the dashboard shows its details beside these.
            let watch =
                v.watch_for_entry(&entry)?.filter(|w| w.organisation == setup.target.organisation).map(|w| w.client_id);
            let alarm = RaiseAlarm {
                client_id: crypto::random_id()?,
                organisation: setup.target.organisation.clone(),
                details,
                watch,
            };
            v.queue_raise(&setup.target.server, alarm)
        })?;
        self.engine.wake_now();
        Ok(())
    }

    /// What the calculator hands over when "=" follows a string of digits.
    /// Answers at once; only digits of the code's length are tried, on a
    /// thread of their own.
    pub fn alarm_calculator(self: &Arc<Self>, input: &str) {
        if !code_shaped(input) {
            return;
        }
        let me = self.clone();
        let code = Zeroizing::new(input.to_string());
        std::thread::spawn(move || {
            me.alarm_calculator_now(&code);
        });
    }

    /// [`Session::alarm_calculator`] on this thread; true if an alarm was queued.
    pub fn alarm_calculator_now(&self, input: &str) -> bool {
        let slot = match self.diary().vault().and_then(|v| v.alarm_code_slot(input)) {
            Ok(Some(slot)) => slot,
            _ => return false,
        };
        // The key derivation runs without the diary's lock.
        let Some(target) = open_code_slot(&slot, input) else { return false };
        let Ok(id) = crypto::random_id() else { return false };
        let queued = self.diary().vault().and_then(|v| v.queue_alarm_fire(&target, &id)).is_ok();
        if queued {
            self.engine.wake_now();
        }
        queued
    }
}

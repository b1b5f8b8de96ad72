//! What every request handler shares: the storage, the settings, the keys,
//! the dashboard's text and the rate limits. Its own module, below both the
//! API and the dashboard, so that neither has to import the other for it.

use std::sync::Arc;
use std::time::Duration;

use crate::config::Settings;
use crate::ratelimit::{LoginLimits, RateLimiter};
use crate::sealing::MessageKey;
use crate::storage::Storage;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub storage: Arc<dyn Storage>,
    pub settings: Settings,
    pub message_key: MessageKey,
    pub content_key: crate::bundle::ContentKey,
    pub dashboard_i18n: huiskamer_texts::i18n::I18n,
    pub login_limits: LoginLimits,
    pub(crate) per_ip: RateLimiter,
    pub(crate) per_account: RateLimiter,
    pub(crate) registrations: RateLimiter,
    /// Client addresses are hashed with this per-process secret before they
    /// become rate-limit keys, so not even memory holds a list of addresses.
    pub(crate) ip_salt: [u8; 16],
    /// Wakes the alert scheduler (crate::alerts) before its next tick.
    pub(crate) alerts_wake: tokio::sync::Notify,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// `dashboard_i18n` is the dashboard's text ([`crate::dashboard::i18n`]),
    /// handed in so that this module needs nothing of the dashboard.
    pub fn new(
        storage: Arc<dyn Storage>,
        settings: Settings,
        message_key: MessageKey,
        content_key: crate::bundle::ContentKey,
        dashboard_i18n: huiskamer_texts::i18n::I18n,
    ) -> AppState {
        let l = &settings.limits;
        AppState(Arc::new(Inner {
            per_ip: RateLimiter::new(l.per_ip_per_minute, Duration::from_secs(60)),
            per_account: RateLimiter::new(l.per_account_per_minute, Duration::from_secs(60)),
            registrations: RateLimiter::new(l.registrations_per_ip_per_hour, Duration::from_secs(3600)),
            ip_salt: rand::random(),
            alerts_wake: tokio::sync::Notify::new(),
            storage,
            settings,
            message_key,
            content_key,
            dashboard_i18n,
            login_limits: LoginLimits::default(),
        }))
    }
}

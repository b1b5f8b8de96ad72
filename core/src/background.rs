//! The sync loop that runs while the app is open: on start, shortly after
//! a change, periodically, and again soon after a failure (exponential
//! backoff with jitter, so that a server coming back is not hit by every
//! phone at once). Being offline is a calm state, never an error pop-up.
//!
//! One round: check for newer signed content (needs no account, works with
//! the diary locked), then, with the diary unlocked, back up the diary's
//! sealed records and deliver and fetch messages.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::sync::{ContentOutcome, LibraryCell, SyncError, VaultCell};
use crate::vault::VaultError;

/// Delays between attempts after failures: doubling from `base` up to
/// `cap`, each drawn from its upper half ("equal jitter").
#[derive(Debug, Clone)]
pub struct Backoff {
    failures: u32,
    base: Duration,
    cap: Duration,
}

impl Backoff {
    pub fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff { failures: 0, base, cap }
    }

    /// The delay after one more failure; `jitter` in 0.0..=1.0.
    pub fn fail(&mut self, jitter: f64) -> Duration {
        let exp = self.base.saturating_mul(1u32 << self.failures.min(16));
        self.failures = self.failures.saturating_add(1);
        let d = exp.min(self.cap);
        d / 2 + d.mul_f64(jitter.clamp(0.0, 1.0) / 2.0)
    }

    pub fn succeed(&mut self) {
        self.failures = 0;
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }
}

fn jitter() -> f64 {
    let mut b = [0u8; 4];
    let _ = getrandom::getrandom(&mut b);
    u32::from_le_bytes(b) as f64 / u32::MAX as f64
}

/// What the status line shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SyncState {
    /// No partner server is set.
    #[default]
    Off,
    Syncing,
    /// The last round reached the server.
    Synced,
    /// The server could not be reached; trying again later.
    Offline,
    /// The server answered with an error that retrying may not fix.
    Problem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncStatus {
    pub state: SyncState,
    /// The server's host name, as set.
    pub server: Option<String>,
    pub last_synced: Option<DateTime<Utc>>,
    /// Diary changes not yet backed up.
    pub pending: u64,
    /// Of those, photos too large for the server's record limit.
    pub too_large: u64,
    /// Messages written and not yet delivered.
    pub queued_messages: u64,
    /// Diary and messages wait for the diary to be unlocked.
    pub waiting_for_unlock: bool,
    /// Records pushed so far in a long transfer, and how many in all.
    pub progress: Option<(u64, u64)>,
    /// The content bundle in place, if one was applied.
    pub content_version: Option<u64>,
    /// The last content bundle refused, and why (`sync-content-<code>`).
    pub content_refused: Option<(u64, &'static str)>,
    /// A stable code when `state` is `Problem`.
    pub problem: Option<String>,
}

/// What the loop needs from the app around it.
pub trait Host: Send + Sync + 'static {
    type Vault: VaultCell + Send + Sync;
    type Library: LibraryCell + Send + Sync;
    /// The partner server's address, if one is set.
    fn server(&self) -> Option<String>;
    fn vault(&self) -> &Self::Vault;
    fn library(&self) -> &Self::Library;
    /// The diary is set up and unlocked.
    fn unlocked(&self) -> bool;
    /// Diary changes waiting (readable while locked).
    fn pending(&self) -> u64;
    /// New replies arrived in these conversations (the device's ids):
    /// update the badge, and show a neutral notification unless the
    /// person is looking at them.
    fn replies(&self, conversations: &[String]);
    /// The organisations on the server that answer messages.
    fn organisations(&self, _list: &[huiskamer_protocol::messages::Organisation]) {}
}

/// The sync loop's state, shared with the commands that read the status
/// or ask for a sync now.
pub struct Engine {
    status: Mutex<SyncStatus>,
    wake: tokio::sync::Notify,
    /// The next wake-up skips the debounce (a silent alarm waits).
    urgent: std::sync::atomic::AtomicBool,
    /// Counts the wake-ups: a round says "synced" only if none came while
    /// it ran (else the next round, already due, carries what was asked).
    asked: std::sync::atomic::AtomicU64,
    refused_sha: Mutex<Option<String>>,
    pinned: Vec<[u8; 32]>,
}

/// How long to wait after a change before syncing, so a burst of edits is one sync.
pub const DEBOUNCE: Duration = Duration::from_millis(1500);
/// Between rounds when all is well; shorter while a conversation is open.
pub const PERIOD: Duration = Duration::from_secs(300);
pub const PERIOD_CONVERSATION: Duration = Duration::from_secs(30);

impl Engine {
    pub fn new(pinned: Vec<[u8; 32]>) -> Arc<Engine> {
        Arc::new(Engine {
            status: Mutex::new(SyncStatus::default()),
            wake: tokio::sync::Notify::new(),
            urgent: std::sync::atomic::AtomicBool::new(false),
            asked: std::sync::atomic::AtomicU64::new(0),
            refused_sha: Mutex::new(None),
            pinned,
        })
    }

    pub fn status(&self) -> SyncStatus {
        self.status.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn update(&self, f: impl FnOnce(&mut SyncStatus)) {
        f(&mut self.status.lock().unwrap_or_else(|p| p.into_inner()));
    }

    /// Something changed, or connectivity returned: sync soon.
    pub fn wake(&self) {
        self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.wake.notify_one();
    }

    /// The person pressed "Sync now": the status says "syncing" at once,
    /// not the last round's "synced", until a round started after this
    /// press has finished.
    pub fn sync_now(&self) {
        self.update(|s| {
            if s.state != SyncState::Off {
                s.state = SyncState::Syncing;
            }
        });
        self.wake();
    }

    /// A silent alarm waits: sync now, without the debounce.
    pub fn wake_now(&self) {
        self.urgent.store(true, std::sync::atomic::Ordering::SeqCst);
        self.wake();
    }

    /// One round. Returns whether an open conversation wants quicker polling.
    pub async fn round<H: Host>(&self, host: &H) -> Result<bool, SyncError> {
        let asked = self.asked.load(std::sync::atomic::Ordering::SeqCst);
        tracing::debug!("sync round starts");
        // Silent alarms first: they carry their own server, need no
        // partner server set, and token alarms go with the diary locked.
        if let Err(e) = crate::alarm::deliver(host.vault()).await {
            tracing::info!(temporary = e.is_temporary(), "an alarm is still waiting");
            if e.is_temporary() {
                return Err(e);
            }
        }
        let Some(server) = host.server() else {
            self.update(|s| *s = SyncStatus { pending: host.pending(), ..SyncStatus::default() });
            return Ok(false);
        };
        let client = match crate::sync::Client::new(&server) {
            Ok(c) => c,
            Err(e) => {
                self.update(|s| {
                    s.state = SyncState::Problem;
                    s.problem = Some("address".into());
                });
                return Err(e);
            }
        };
        let host_name = reqwest::Url::parse(&server).ok().and_then(|u| u.host_str().map(str::to_string));
        self.update(|s| {
            s.server = host_name;
            s.state = SyncState::Syncing;
            s.pending = host.pending();
            s.progress = None;
        });

        let refused = self.refused_sha.lock().unwrap_or_else(|p| p.into_inner()).clone();
        match crate::sync::update_content(host.library(), &client, &self.pinned, refused.as_deref()).await? {
            ContentOutcome::UpToDate => {}
            ContentOutcome::Applied { .. } => {
                self.update(|s| s.content_refused = None);
                *self.refused_sha.lock().unwrap_or_else(|p| p.into_inner()) = None;
            }
            ContentOutcome::Refused { version, sha256, code } => {
                self.update(|s| s.content_refused = Some((version, code)));
                *self.refused_sha.lock().unwrap_or_else(|p| p.into_inner()) = Some(sha256);
            }
        }
        if let Ok(mut list) = client.organisations().await {
            // Check-in alerts are offered only where the server says it
            // raises them (`/v1/info`) and the organisation takes them.
            let alerts = client.info().await.is_ok_and(|i| i.check_in_alerts);
            for o in &mut list {
                o.check_in_alerts &= alerts;
            }
            host.organisations(&list);
        }
        let content_version = host.library().with_library(|l| l.installed_bundle().ok().flatten());

        let mut conversation_open = false;
        let unlocked = host.unlocked();
        if unlocked {
            let progress = |done: u64, total: u64| {
                if total > crate::sync::PROGRESS_FROM {
                    self.update(|s| s.progress = Some((done, total)));
                }
            };
            // Check-in watches first: they are about her safety tonight.
            match crate::watches::sync_watches(host.vault(), &client).await {
                Err(SyncError::Vault(VaultError::Locked)) | Ok(_) => {}
                Err(e) => return Err(e),
            }
            let report = match crate::sync::sync_once_with(host.vault(), &client, &progress).await {
                Err(SyncError::Vault(VaultError::Locked)) => None,
                other => Some(other?),
            };
            if let Some(report) = report {
                self.update(|s| s.too_large = report.too_large);
                match crate::contact::sync_contact(host.vault(), &client).await {
                    Err(SyncError::Vault(VaultError::Locked)) => {}
                    Err(e) => return Err(e),
                    Ok(c) => {
                        if c.replies > 0 {
                            host.replies(&c.replied);
                        }
                        self.update(|s| s.queued_messages = c.queued);
                        conversation_open = c.open;
                    }
                }
            }
        }
        let still_unlocked = host.unlocked();
        // Asked again while this round ran: the next one is due at once.
        let more = self.asked.load(std::sync::atomic::Ordering::SeqCst) != asked;
        tracing::debug!(unlocked, more, "sync round done");
        self.update(|s| {
            s.state = if more { SyncState::Syncing } else { SyncState::Synced };
            s.problem = None;
            s.progress = None;
            s.last_synced = Some(Utc::now());
            s.pending = host.pending();
            s.content_version = content_version;
            s.waiting_for_unlock = !still_unlocked && (s.pending > 0 || s.queued_messages > 0);
        });
        Ok(conversation_open)
    }

    /// Runs rounds until the app ends.
    pub async fn run<H: Host>(self: Arc<Self>, host: H) {
        let mut backoff = Backoff::new(Duration::from_secs(5), Duration::from_secs(300));
        loop {
            let delay = match self.round(&host).await {
                Ok(conversation) => {
                    backoff.succeed();
                    if conversation {
                        PERIOD_CONVERSATION
                    } else {
                        PERIOD
                    }
                }
                Err(e) => {
                    let delay = match &e {
                        SyncError::Busy { retry_after: Some(secs) } => Duration::from_secs((*secs).clamp(1, 3600)),
                        _ => backoff.fail(jitter()),
                    };
                    let temporary = e.is_temporary();
                    tracing::info!(temporary, failures = backoff.failures(), "sync did not complete");
                    let code = problem_code(&e);
                    self.update(|s| {
                        s.progress = None;
                        s.pending = host.pending();
                        if temporary {
                            s.state = SyncState::Offline;
                            s.problem = None;
                        } else {
                            s.state = SyncState::Problem;
                            s.problem = Some(code);
                        }
                    });
                    delay
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = self.wake.notified() => {
                    // A burst of changes becomes one sync; an alarm goes at once.
                    if !self.urgent.swap(false, std::sync::atomic::Ordering::SeqCst) {
                        tokio::time::sleep(DEBOUNCE).await;
                    }
                }
            }
        }
    }
}

/// A short, stable code for a sync error (shown as `sync-problem-<code>`).
pub fn problem_code(e: &SyncError) -> String {
    match e {
        SyncError::Offline(_) | SyncError::Busy { .. } => "offline".into(),
        SyncError::Server { status: 401 | 403, .. } => "refused".into(),
        SyncError::Server { .. } => "server".into(),
        SyncError::Address(_) => "address".into(),
        SyncError::Vault(VaultError::DiskFull) => "disk-full".into(),
        SyncError::Vault(VaultError::ReadOnly) => "read-only".into(),
        SyncError::Vault(VaultError::Tampered) => "tampered".into(),
        SyncError::Vault(_) | SyncError::Local(_) => "device".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_up_to_the_cap_and_resets() {
        let mut b = Backoff::new(Duration::from_secs(5), Duration::from_secs(300));
        let lows: Vec<u64> = (0..9).map(|_| b.fail(0.0).as_secs()).collect();
        assert_eq!(lows, [2, 5, 10, 20, 40, 80, 150, 150, 150]);
        b.succeed();
        assert_eq!(b.fail(1.0), Duration::from_secs(5));
        assert_eq!(b.fail(1.0), Duration::from_secs(10));
        // Jitter spreads devices over the upper half of each step.
        let mut c = Backoff::new(Duration::from_secs(5), Duration::from_secs(300));
        let d = c.fail(0.5);
        assert!(d > Duration::from_millis(3700) && d < Duration::from_millis(3800), "{d:?}");
        for _ in 0..100 {
            assert!(c.fail(jitter()) <= Duration::from_secs(300));
        }
    }
}

//! huiskamer-server: the server a partner organisation runs for Huiskamer.
//!
//! It keeps an encrypted backup it cannot read (sync of opaque records per
//! anonymous account). Message relay, content publishing and the
//! support-worker dashboard build on the same storage and API.
#![forbid(unsafe_code)]

pub mod alerts;
pub mod api;
pub mod bundle;
pub mod cli;
pub mod clock;
pub mod config;
pub mod connections;
pub mod dashboard;
pub mod error;
pub mod keyfile;
pub mod keys;
mod messages;
mod middleware;
pub mod ratelimit;
pub mod retention;
pub mod routes;
pub mod sealing;
pub mod state;
pub mod storage;

use std::net::SocketAddr;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::Settings;

/// A server listening on a socket, stopped by [`Running::stop`] or on drop.
pub struct Running {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
    /// The alert scheduler (crate::alerts::scheduler), stopped with the server.
    scheduler: Option<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting, finishes requests in flight, and waits.
    pub async fn stop(mut self) {
        if let Some(s) = self.scheduler.take() {
            s.abort();
            let _ = s.await;
        }
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// Waits until the server ends (it ends only on a stop or an error).
    pub async fn wait(mut self) -> anyhow::Result<()> {
        match self.task.take() {
            Some(task) => Ok(task.await.context("server task")??),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(s) = self.scheduler.take() {
            s.abort();
        }
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// Opens the storage, binds the listen address and serves in the background.
pub async fn start(settings: Settings) -> anyhow::Result<Running> {
    settings.validate()?;
    if let Some(path) = &settings.test_clock_file {
        tracing::warn!(
            file = %path.display(),
            "TEST CLOCK IN USE: the server's time is moved by the offset in this file. Never in production."
        );
    }
    clock::use_test_clock_file(settings.test_clock_file.clone());
    let url = settings.database_url();
    let storage =
        storage::open(&url).await.with_context(|| format!("cannot open the database {}", config::redact(&url)))?;
    // Before anything is written: a database restored without its keys
    // stops here, naming the missing file (see keys).
    let keys = keys::load(&*storage, &settings).await?;
    storage
        .upsert_organisation(&settings.organisation_id, &settings.organisation)
        .await
        .context("cannot record the organisation")?;
    let shipped = huiskamer_texts::embedded::ARTICLES
        .iter()
        .chain(huiskamer_texts::embedded::DATA.iter())
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect();
    storage.seed_content(shipped, crate::clock::now()).await.context("cannot seed the library")?;
    retention::spawn(storage.clone(), settings.message_retention_days);
    let listener =
        TcpListener::bind(settings.listen).await.with_context(|| format!("cannot listen on {}", settings.listen))?;
    let addr = listener.local_addr()?;
    let mut limits = settings.limits.connections();
    let descriptors = connections::descriptor_limit();
    let cap = connections::connection_cap(limits.max_connections, descriptors);
    if cap < limits.max_connections {
        tracing::warn!(
            max_connections = limits.max_connections,
            cap,
            descriptors,
            "the descriptor limit (ulimit -n) leaves room for fewer connections; raise it to take more"
        );
        limits.max_connections = cap;
    }
    let state = state::AppState::new(storage, settings, keys.message, keys.content, dashboard::i18n());
    let scheduler = alerts::scheduler::spawn(state.clone());
    let app = routes::router(state).layer(tower_http::trace::TraceLayer::new_for_http());
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(connections::serve(listener, app, limits, async move {
        let _ = rx.await;
    }));
    Ok(Running { addr, stop: Some(tx), task: Some(task), scheduler: Some(scheduler) })
}

//! Serving HTTP/1.1 connections with limits of their own.
//!
//! `axum::serve` has no timeouts and no cap: a connection that sent
//! nothing, or half a body, stayed open for good, and 300 of them under a
//! 256-descriptor limit left no descriptor to accept /v1/health with
//! (issue 19). So connections are served here with hyper, which axum runs
//! on anyway, each watched by a small state machine:
//!
//! - the head of a request must be complete `header_read_timeout` after the
//!   connection opened (or, on a kept-alive one, after its first byte);
//! - its body must be complete `body_read_timeout` after the head: a late
//!   body is answered 408 and the connection closed;
//! - a kept-alive connection waits `idle_timeout` for its next request,
//!   and a request on which no byte moves, in or out, for that long is
//!   closed (a client that stopped reading its answer);
//! - at most `max_connections` are open, and never more than the
//!   descriptor limit leaves room for. A new connection over the cap
//!   closes the one that has waited longest without a request under way;
//!   when every one has a request under way, new ones wait in the listen
//!   backlog until one ends. So idle connections can delay nothing: the
//!   next request always finds a place.

mod deadline;
mod io;

use std::future::Future;
use std::io as stdio;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

use deadline::{Conn, Registered, Registry};
use io::{ConnectionService, WatchedIo};

/// How long connections may take, and how many may be open.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_read_timeout: Duration,
    pub body_read_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_connections: usize,
}

/// Descriptors kept free of connections for the database (SQLite's files,
/// its read connections, or the PostgreSQL pool), key files and logs.
const RESERVED_DESCRIPTORS: usize = 64;

/// The connection cap: `configured`, lowered to what the descriptor limit
/// (`ulimit -n`) leaves after the reserve.
pub fn connection_cap(configured: usize, descriptor_limit: Option<usize>) -> usize {
    match descriptor_limit {
        Some(limit) => configured.min(limit.saturating_sub(RESERVED_DESCRIPTORS).max(1)),
        None => configured,
    }
}

/// The soft limit on open descriptors, where the system tells (Linux).
pub fn descriptor_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find_map(|l| l.strip_prefix("Max open files"))?;
    line.split_whitespace().next()?.parse().ok()
}

/// Accepts and serves connections on `listener` until `stop` resolves,
/// then lets requests under way finish and returns when all have closed.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    stop: impl Future<Output = ()>,
) -> stdio::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let registry = Arc::new(Registry::default());
    let (stopping, stopped) = watch::channel(false);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.keep_alive(true);
    let http = Arc::new(http);
    tokio::pin!(stop);
    loop {
        let free = slots.clone().try_acquire_owned().ok();
        let (stream, addr) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of descriptors, or a connection gone before it
                    // was accepted: wait a moment rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let permit = match free {
            Some(p) => p,
            None => {
                if !registry.evict_one() {
                    tracing::debug!("every connection has a request under way; the new one waits");
                }
                tokio::select! {
                    p = slots.clone().acquire_owned() => p.map_err(stdio::Error::other)?,
                    _ = &mut stop => break,
                }
            }
        };
        let conn = Arc::new(Conn::new(Instant::now()));
        let registered = registry.add(conn.clone());
        tokio::spawn(connection(
            stream,
            addr,
            conn,
            registered,
            permit,
            router.clone(),
            http.clone(),
            limits,
            stopped.clone(),
        ));
    }
    drop(listener);
    let _ = stopping.send(true);
    // Every connection holds a slot: all of them back means all closed.
    let _ = slots.acquire_many(limits.max_connections as u32).await;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn connection(
    stream: TcpStream,
    addr: SocketAddr,
    conn: Arc<Conn>,
    _registered: Registered,
    _permit: OwnedSemaphorePermit,
    router: Router,
    http: Arc<hyper::server::conn::http1::Builder>,
    limits: ConnectionLimits,
    mut stopping: watch::Receiver<bool>,
) {
    let io = TokioIo::new(WatchedIo { inner: stream, conn: conn.clone() });
    let service = ConnectionService { router, conn: conn.clone(), addr, limits };
    let served = http.serve_connection(io, service);
    tokio::pin!(served);
    let mut asked_to_stop = false;
    loop {
        tokio::select! {
            done = served.as_mut() => {
                if let Err(e) = done {
                    tracing::debug!(error = %e, "connection ended with an error");
                }
                return;
            }
            why = conn.watchdog(&limits) => {
                tracing::debug!(why, "closing a connection");
                return;
            }
            _ = stopping.wait_for(|s| *s), if !asked_to_stop => {
                asked_to_stop = true;
                served.as_mut().graceful_shutdown();
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(super) const LIMITS: ConnectionLimits = ConnectionLimits {
        header_read_timeout: Duration::from_secs(10),
        body_read_timeout: Duration::from_secs(60),
        idle_timeout: Duration::from_secs(120),
        max_connections: 100,
    };

    #[test]
    fn the_cap_leaves_descriptors_for_the_rest_of_the_server() {
        assert_eq!(connection_cap(1024, None), 1024);
        assert_eq!(connection_cap(1024, Some(20_000)), 1024);
        assert_eq!(connection_cap(1024, Some(256)), 192);
        assert_eq!(connection_cap(1024, Some(10)), 1);
        if cfg!(target_os = "linux") {
            assert!(descriptor_limit().is_some_and(|n| n > 0));
        }
    }
}

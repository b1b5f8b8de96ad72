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

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{ready, Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, Request, Response};
use axum::response::IntoResponse;
use axum::Router;
use hyper::body::{Body as HttpBody, Bytes, Frame, Incoming, SizeHint};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify, OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

use crate::error::ApiError;

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

/// A request whose body timed out answers 408 itself; the watchdog closes
/// the connection only if that did not happen this long after.
const BODY_GRACE: Duration = Duration::from_secs(1);

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

/// Where a connection is in its life, for its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for a request: nothing of it has arrived.
    Waiting,
    /// Part of a request's head has arrived.
    Head,
    /// The head is in; the body must be in by this time.
    Body(Instant),
    /// The request is being answered.
    Busy,
}

#[derive(Debug)]
struct State {
    phase: Phase,
    /// When the phase began; for the first request, when the connection opened.
    since: Instant,
    /// When a byte was last read or written.
    last_io: Instant,
    /// Requests answered on this connection.
    served: u64,
    /// Asked to close to make room for a new connection.
    evicted: bool,
}

impl State {
    fn new(now: Instant) -> State {
        State { phase: Phase::Waiting, since: now, last_io: now, served: 0, evicted: false }
    }

    /// When the connection is closed unless something happens first.
    fn deadline(&self, l: &ConnectionLimits) -> Instant {
        match self.phase {
            Phase::Waiting if self.served == 0 => self.since + l.header_read_timeout,
            Phase::Waiting => self.since + l.idle_timeout,
            Phase::Head => self.since + l.header_read_timeout,
            Phase::Body(by) => by + BODY_GRACE,
            Phase::Busy => self.last_io + l.idle_timeout,
        }
    }

    /// No request under way: the connection may be closed to make room.
    fn may_be_evicted(&self) -> bool {
        matches!(self.phase, Phase::Waiting | Phase::Head) && !self.evicted
    }

    fn read(&mut self, now: Instant) {
        self.last_io = now;
        if self.phase == Phase::Waiting {
            self.phase = Phase::Head;
            // The first head's time counts from the connection's opening.
            if self.served > 0 {
                self.since = now;
            }
        }
    }

    fn request(&mut self, now: Instant, body_by: Option<Instant>) {
        self.phase = body_by.map_or(Phase::Busy, Phase::Body);
        self.since = now;
        self.last_io = now;
    }

    fn body_done(&mut self, now: Instant) {
        if matches!(self.phase, Phase::Body(_)) {
            self.phase = Phase::Busy;
            self.since = now;
            self.last_io = now;
        }
    }

    fn answered(&mut self, now: Instant) {
        self.phase = Phase::Waiting;
        self.served += 1;
        self.since = now;
    }
}

/// One open connection, shared by its task, its IO, its requests and the registry.
struct Conn {
    state: Mutex<State>,
    /// Wakes the watchdog when the deadline may have come closer.
    changed: Notify,
}

impl Conn {
    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn update(&self, f: impl FnOnce(&mut State)) {
        self.with(f);
        self.changed.notify_one();
    }

    /// Returns when the connection is to be closed, and why.
    async fn watchdog(&self, limits: &ConnectionLimits) -> &'static str {
        loop {
            let (deadline, phase, evicted) = self.with(|s| (s.deadline(limits), s.phase, s.evicted));
            if evicted {
                return "closed to make room for a new connection";
            }
            if Instant::now() >= deadline {
                return match phase {
                    Phase::Waiting | Phase::Head => "no request head in time",
                    Phase::Body(_) => "no request body in time",
                    Phase::Busy => "nothing moved for the idle timeout",
                };
            }
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => {}
                _ = self.changed.notified() => {}
            }
        }
    }
}

/// The open connections, for making room.
#[derive(Default)]
struct Registry {
    conns: Mutex<HashMap<u64, Arc<Conn>>>,
    next: AtomicU64,
}

impl Registry {
    fn add(self: &Arc<Self>, conn: Arc<Conn>) -> Registered {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.conns.lock().unwrap_or_else(|p| p.into_inner()).insert(id, conn);
        Registered { registry: self.clone(), id }
    }

    /// Asks the connection that has waited longest without a request under
    /// way to close. False if every connection has one.
    fn evict_one(&self) -> bool {
        let conns = self.conns.lock().unwrap_or_else(|p| p.into_inner());
        let oldest = conns
            .values()
            .filter_map(|c| c.with(|s| s.may_be_evicted().then_some(s.since)).map(|since| (since, c)))
            .min_by_key(|(since, _)| *since);
        match oldest {
            Some((_, c)) => {
                c.update(|s| s.evicted = true);
                true
            }
            None => false,
        }
    }
}

/// Removes a connection from the registry when its task ends.
struct Registered {
    registry: Arc<Registry>,
    id: u64,
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.registry.conns.lock().unwrap_or_else(|p| p.into_inner()).remove(&self.id);
    }
}

/// Accepts and serves connections on `listener` until `stop` resolves,
/// then lets requests under way finish and returns when all have closed.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    stop: impl Future<Output = ()>,
) -> io::Result<()> {
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
                    p = slots.clone().acquire_owned() => p.map_err(io::Error::other)?,
                    _ = &mut stop => break,
                }
            }
        };
        let conn = Arc::new(Conn { state: Mutex::new(State::new(Instant::now())), changed: Notify::new() });
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

/// The socket, telling its connection when bytes move.
struct WatchedIo {
    inner: TcpStream,
    conn: Arc<Conn>,
}

impl AsyncRead for WatchedIo {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        ready!(Pin::new(&mut self.inner).poll_read(cx, buf))?;
        if buf.filled().len() > before {
            let was_waiting = self.conn.with(|s| {
                let waiting = s.phase == Phase::Waiting;
                s.read(Instant::now());
                waiting
            });
            if was_waiting {
                self.conn.changed.notify_one();
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for WatchedIo {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let n = ready!(Pin::new(&mut self.inner).poll_write(cx, buf))?;
        self.conn.with(|s| s.last_io = Instant::now());
        Poll::Ready(Ok(n))
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let n = ready!(Pin::new(&mut self.inner).poll_write_vectored(cx, bufs))?;
        self.conn.with(|s| s.last_io = Instant::now());
        Poll::Ready(Ok(n))
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Hands each request of one connection to the router, with the client's
/// address, its body under the body timeout, and its answer watched until
/// it is sent.
struct ConnectionService {
    router: Router,
    conn: Arc<Conn>,
    addr: SocketAddr,
    limits: ConnectionLimits,
}

impl hyper::service::Service<Request<Incoming>> for ConnectionService {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        let now = Instant::now();
        let timed_out = Arc::new(AtomicBool::new(false));
        let mut req = if req.body().is_end_stream() {
            self.conn.update(|s| s.request(now, None));
            req.map(Body::new)
        } else {
            let by = now + self.limits.body_read_timeout;
            self.conn.update(|s| s.request(now, Some(by)));
            let conn = self.conn.clone();
            let timed_out = timed_out.clone();
            req.map(|inner| {
                Body::new(TimedBody {
                    inner,
                    deadline: Box::pin(tokio::time::sleep_until(by)),
                    conn,
                    timed_out,
                    done: false,
                })
            })
        };
        req.extensions_mut().insert(ConnectInfo(self.addr));
        let router = self.router.clone();
        let conn = self.conn.clone();
        Box::pin(async move {
            let res = router.oneshot(req).await.unwrap_or_else(|e| match e {});
            let mut res =
                if timed_out.load(Ordering::Relaxed) { ApiError::RequestTimeout.into_response() } else { res };
            if timed_out.load(Ordering::Relaxed) {
                res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok(res.map(|inner| Body::new(AnswerBody { inner, conn })))
        })
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct BodyTimeout;

/// A request body that ends with an error at its deadline.
struct TimedBody {
    inner: Incoming,
    deadline: Pin<Box<Sleep>>,
    conn: Arc<Conn>,
    timed_out: Arc<AtomicBool>,
    done: bool,
}

impl TimedBody {
    fn finish(&mut self) {
        if !self.done {
            self.done = true;
            self.conn.with(|s| s.body_done(Instant::now()));
        }
    }
}

impl HttpBody for TimedBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                if frame.is_none() || this.inner.is_end_stream() || matches!(frame, Some(Err(_))) {
                    this.finish();
                }
                Poll::Ready(frame.map(|f| f.map_err(Into::into)))
            }
            Poll::Pending if !this.done && this.deadline.as_mut().poll(cx).is_ready() => {
                this.timed_out.store(true, Ordering::Relaxed);
                this.finish();
                Poll::Ready(Some(Err(BodyTimeout.into())))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for TimedBody {
    fn drop(&mut self) {
        self.finish();
    }
}

/// An answer's body: when hyper has sent it (and drops it), the connection
/// waits for its next request.
struct AnswerBody {
    inner: Body,
    conn: Arc<Conn>,
}

impl HttpBody for AnswerBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for AnswerBody {
    fn drop(&mut self) {
        self.conn.update(|s| s.answered(Instant::now()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: ConnectionLimits = ConnectionLimits {
        header_read_timeout: Duration::from_secs(10),
        body_read_timeout: Duration::from_secs(60),
        idle_timeout: Duration::from_secs(120),
        max_connections: 100,
    };

    #[test]
    fn each_phase_of_a_connection_has_its_own_deadline() {
        let t0 = Instant::now();
        let s = |secs: u64| t0 + Duration::from_secs(secs);
        let mut st = State::new(t0);
        assert_eq!(st.deadline(&LIMITS), s(10), "a new connection: its first head within the header timeout");
        st.read(s(9));
        assert_eq!(st.deadline(&LIMITS), s(10), "a late first byte buys no time");
        st.request(s(9), Some(s(69)));
        assert_eq!(st.deadline(&LIMITS), s(69) + BODY_GRACE);
        assert!(!st.may_be_evicted(), "a request under way is never closed to make room");
        st.body_done(s(20));
        assert_eq!(st.deadline(&LIMITS), s(140), "answering: closed only if nothing moves for the idle timeout");
        st.last_io = s(30);
        assert_eq!(st.deadline(&LIMITS), s(150));
        st.answered(s(31));
        assert_eq!(st.deadline(&LIMITS), s(151), "kept alive: the idle timeout");
        assert!(st.may_be_evicted());
        st.read(s(100));
        assert_eq!(st.deadline(&LIMITS), s(110), "the next head within the header timeout of its first byte");
        st.evicted = true;
        assert!(!st.may_be_evicted(), "asked once");
    }

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

//! Each connection's deadline, and the registry of open connections that
//! makes room for a new one (see the module above for the rules).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

use super::ConnectionLimits;

/// A request whose body timed out answers 408 itself; the watchdog closes
/// the connection only if that did not happen this long after.
pub(super) const BODY_GRACE: Duration = Duration::from_secs(1);

/// Where a connection is in its life, for its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phase {
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
pub(super) struct State {
    pub(super) phase: Phase,
    /// When the phase began; for the first request, when the connection opened.
    pub(super) since: Instant,
    /// When a byte was last read or written.
    pub(super) last_io: Instant,
    /// Requests answered on this connection.
    pub(super) served: u64,
    /// Asked to close to make room for a new connection.
    pub(super) evicted: bool,
}

impl State {
    pub(super) fn new(now: Instant) -> State {
        State { phase: Phase::Waiting, since: now, last_io: now, served: 0, evicted: false }
    }

    /// When the connection is closed unless something happens first.
    pub(super) fn deadline(&self, l: &ConnectionLimits) -> Instant {
        match self.phase {
            Phase::Waiting if self.served == 0 => self.since + l.header_read_timeout,
            Phase::Waiting => self.since + l.idle_timeout,
            Phase::Head => self.since + l.header_read_timeout,
            Phase::Body(by) => by + BODY_GRACE,
            Phase::Busy => self.last_io + l.idle_timeout,
        }
    }

    /// No request under way: the connection may be closed to make room.
    pub(super) fn may_be_evicted(&self) -> bool {
        matches!(self.phase, Phase::Waiting | Phase::Head) && !self.evicted
    }

    pub(super) fn read(&mut self, now: Instant) {
        self.last_io = now;
        if self.phase == Phase::Waiting {
            self.phase = Phase::Head;
            // The first head's time counts from the connection's opening.
            if self.served > 0 {
                self.since = now;
            }
        }
    }

    pub(super) fn request(&mut self, now: Instant, body_by: Option<Instant>) {
        self.phase = body_by.map_or(Phase::Busy, Phase::Body);
        self.since = now;
        self.last_io = now;
    }

    pub(super) fn body_done(&mut self, now: Instant) {
        if matches!(self.phase, Phase::Body(_)) {
            self.phase = Phase::Busy;
            self.since = now;
            self.last_io = now;
        }
    }

    pub(super) fn answered(&mut self, now: Instant) {
        self.phase = Phase::Waiting;
        self.served += 1;
        self.since = now;
    }
}

/// One open connection, shared by its task, its IO, its requests and the registry.
pub(super) struct Conn {
    pub(super) state: Mutex<State>,
    /// Wakes the watchdog when the deadline may have come closer.
    pub(super) changed: Notify,
}

impl Conn {
    pub(super) fn new(now: Instant) -> Conn {
        Conn { state: Mutex::new(State::new(now)), changed: Notify::new() }
    }

    pub(super) fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub(super) fn update(&self, f: impl FnOnce(&mut State)) {
        self.with(f);
        self.changed.notify_one();
    }

    /// Returns when the connection is to be closed, and why.
    pub(super) async fn watchdog(&self, limits: &ConnectionLimits) -> &'static str {
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
pub(super) struct Registry {
    conns: Mutex<HashMap<u64, Arc<Conn>>>,
    next: AtomicU64,
}

impl Registry {
    pub(super) fn add(self: &Arc<Self>, conn: Arc<Conn>) -> Registered {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.conns.lock().unwrap_or_else(|p| p.into_inner()).insert(id, conn);
        Registered { registry: self.clone(), id }
    }

    /// Asks the connection that has waited longest without a request under
    /// way to close. False if every connection has one.
    pub(super) fn evict_one(&self) -> bool {
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
pub(super) struct Registered {
    registry: Arc<Registry>,
    id: u64,
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.registry.conns.lock().unwrap_or_else(|p| p.into_inner()).remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connections::tests::LIMITS;

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
}

//! In-memory token buckets. Keys are client addresses and account ids; they
//! live only in this process's memory, are never logged or stored, and are
//! forgotten once their bucket is full again. With several instances each
//! one limits on its own, which is fine for abuse limits. The dashboard's
//! sign-in limits ([`LoginLimits`]) are built of them.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    capacity: f64,
    per_second: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Forget full buckets when the map grows past this many keys.
const PRUNE_AT: usize = 10_000;

impl RateLimiter {
    /// `capacity` requests at once, refilled evenly over `period`.
    pub fn new(capacity: u32, period: Duration) -> RateLimiter {
        let capacity = f64::from(capacity.max(1));
        RateLimiter { capacity, per_second: capacity / period.as_secs_f64(), buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one token for `key`. `Err(seconds)` says when to try again.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        self.check_at(key, Instant::now())
    }

    /// Whether `key` has a token, without taking one. `Err(seconds)` says
    /// when it will. A key never spent is not remembered by looking.
    pub fn peek(&self, key: &str) -> Result<(), u64> {
        self.peek_at(key, Instant::now())
    }

    /// Takes a token for `key` whether one is left or not: a bucket may go
    /// into debt, so every spend past the limit puts the next token further
    /// off, but never more than one refill period. For counting failures,
    /// where the failure has already happened and is refused nothing.
    pub fn spend(&self, key: &str) {
        self.spend_at(key, Instant::now())
    }

    fn check_at(&self, key: &str, now: Instant) -> Result<(), u64> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let b = self.refilled(&mut buckets, key, now);
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(self.wait(b.tokens))
        }
    }

    fn peek_at(&self, key: &str, now: Instant) -> Result<(), u64> {
        let buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let Some(b) = buckets.get(key) else { return Ok(()) };
        let tokens =
            (b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * self.per_second).min(self.capacity);
        if tokens >= 1.0 {
            Ok(())
        } else {
            Err(self.wait(tokens))
        }
    }

    fn spend_at(&self, key: &str, now: Instant) {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let capacity = self.capacity;
        let b = self.refilled(&mut buckets, key, now);
        b.tokens = (b.tokens - 1.0).max(1.0 - capacity);
    }

    /// The bucket of `key`, refilled up to `now`; full buckets of other keys
    /// are forgotten when the map has grown large.
    fn refilled<'a>(&self, buckets: &'a mut HashMap<String, Bucket>, key: &str, now: Instant) -> &'a mut Bucket {
        if buckets.len() >= PRUNE_AT {
            let (cap, rate) = (self.capacity, self.per_second);
            buckets.retain(|_, b| b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * rate < cap);
        }
        let b = buckets.entry(key.to_string()).or_insert(Bucket { tokens: self.capacity, at: now });
        let refill = now.saturating_duration_since(b.at).as_secs_f64() * self.per_second;
        b.tokens = (b.tokens + refill).min(self.capacity);
        b.at = now;
        b
    }

    /// Seconds until a bucket holding `tokens` has one whole token.
    fn wait(&self, tokens: f64) -> u64 {
        ((1.0 - tokens) / self.per_second).ceil().max(1.0) as u64
    }
}

/// Sign-in attempts, limited so that guessing stays slow without handing a
/// stranger a button that locks a worker out (SECURITY.md):
///
/// - every attempt from one client address counts against that address
///   first (10 per 15 minutes); an attempt refused there counts nowhere else;
/// - failed attempts count per username (10 per 15 minutes, and each one
///   past that puts the next try another 90 seconds off), but that limit
///   holds back only addresses that have been failing at the username
///   (3 failures in 15 minutes): an address that has not, such as the
///   worker's own, still gets to try its password.
pub struct LoginLimits {
    per_client: RateLimiter,
    /// Failures per (client address, username): below the limit, an address
    /// is in good standing for that username.
    failures_per_client: RateLimiter,
    failures_per_username: RateLimiter,
}

/// An attempt let through to the password check: what a failure counts against.
pub struct Attempt {
    client_username: String,
    username: String,
}

/// A username longer than any valid one counts as its first 64 characters,
/// so made-up names cannot make the limiter's keys large.
const USERNAME_KEY_CHARS: usize = 64;

impl Default for LoginLimits {
    fn default() -> Self {
        let window = Duration::from_secs(15 * 60);
        LoginLimits {
            per_client: RateLimiter::new(10, window),
            failures_per_client: RateLimiter::new(3, window),
            failures_per_username: RateLimiter::new(10, window),
        }
    }
}

impl LoginLimits {
    /// Lets an attempt through, or says in how many seconds to try again.
    pub fn admit(&self, client: &str, username: &str) -> Result<Attempt, u64> {
        self.per_client.check(client)?;
        let username: String = username.chars().take(USERNAME_KEY_CHARS).collect();
        let attempt = Attempt { client_username: format!("{client} {username}"), username };
        if self.failures_per_client.peek(&attempt.client_username).is_err() {
            self.failures_per_username.peek(&attempt.username)?;
        }
        Ok(attempt)
    }

    /// Counts a wrong password (or unknown username) of an admitted attempt.
    pub fn failed(&self, attempt: &Attempt) {
        self.failures_per_client.spend(&attempt.client_username);
        self.failures_per_username.spend(&attempt.username);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_then_refused_until_tokens_come_back() {
        let rl = RateLimiter::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(rl.check_at("a", t0).is_ok());
        }
        let wait = rl.check_at("a", t0).unwrap_err();
        assert_eq!(wait, 20);
        assert!(rl.check_at("b", t0).is_ok(), "other keys have their own bucket");
        assert!(rl.check_at("a", t0 + Duration::from_secs(20)).is_ok());
        assert!(rl.check_at("a", t0 + Duration::from_secs(20)).is_err());
    }

    #[test]
    fn peeking_takes_nothing_and_spending_past_the_limit_pushes_the_next_token_off() {
        let rl = RateLimiter::new(2, Duration::from_secs(60));
        let t0 = Instant::now();
        for _ in 0..5 {
            assert!(rl.peek_at("a", t0).is_ok(), "looking takes no token");
        }
        rl.spend_at("a", t0);
        rl.spend_at("a", t0);
        assert_eq!(rl.peek_at("a", t0), Err(30));
        rl.spend_at("a", t0);
        assert_eq!(rl.peek_at("a", t0), Err(60), "one more failure, one more refill period to wait");
        for _ in 0..10 {
            rl.spend_at("a", t0);
        }
        assert_eq!(rl.peek_at("a", t0), Err(60), "never more than one period to wait");
        assert!(rl.peek_at("a", t0 + Duration::from_secs(60)).is_ok());
        assert!(rl.peek_at("b", t0).is_ok());
    }

    #[test]
    fn a_refused_attempt_spends_nothing_and_failing_elsewhere_does_not_lock_anyone_out() {
        let limits = LoginLimits::default();
        // One address, over its own limit: refused, and the username's
        // failures untouched, however often it tries.
        for _ in 0..10 {
            let a = limits.admit("ip:stranger", "anna").unwrap();
            limits.failed(&a);
        }
        for _ in 0..50 {
            assert!(limits.admit("ip:stranger", "anna").is_err());
        }
        // The username has had its ten failures: failing addresses wait...
        let a = limits.admit("ip:bot", "anna").unwrap();
        for _ in 0..2 {
            limits.failed(&a);
        }
        assert!(limits.admit("ip:bot", "anna").is_ok(), "two typos are no reason to wait");
        limits.failed(&a);
        assert!(limits.admit("ip:bot", "anna").is_err(), "a third failure is");
        // ...and an address that has not been failing gets to try.
        assert!(limits.admit("ip:anna", "anna").is_ok());
        assert!(limits.admit("ip:bot", "sam").is_ok(), "failing at anna says nothing about sam");
        let long = "a".repeat(10_000);
        let a = limits.admit("ip:other", &long).unwrap();
        assert_eq!(a.username.len(), USERNAME_KEY_CHARS);
    }
}

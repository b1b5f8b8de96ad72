//! How long the app took from its start to serving the first article
//! list (the home screen's topics): logged once at `info`, for the start-up
//! benchmark (`scripts/bench-app.mjs`). Holds no personal data.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();
static SERVED: AtomicBool = AtomicBool::new(false);

/// Called first thing in `run`.
pub fn mark() {
    let _ = START.set(Instant::now());
}

pub fn first_list_served() {
    if SERVED.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(start) = START.get() {
        tracing::info!(ms = start.elapsed().as_secs_f64() * 1000.0, "first article list served");
    }
}

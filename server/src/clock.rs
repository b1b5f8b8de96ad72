//! The time as the server stores it (unix seconds) and as it shows it, from
//! one place: [`now`]. A test can move it: with a test clock file set
//! (`HUISKAMER_TEST_CLOCK_FILE`, or [`use_test_clock_file`]), the file holds
//! an offset in seconds that is added to the real clock, read on each call.
//! The server warns loudly at start when a test clock is in use, and says
//! so in `/v1/health` and the dashboard's footer.

use std::path::PathBuf;
use std::sync::RwLock;

static TEST_CLOCK_FILE: RwLock<Option<PathBuf>> = RwLock::new(None);

/// Makes [`now`] add the offset (seconds, an integer) held in `path` to the
/// real clock; a missing or unreadable file counts as 0. For tests only:
/// it applies to the whole process.
pub fn use_test_clock_file(path: Option<PathBuf>) {
    *TEST_CLOCK_FILE.write().unwrap_or_else(|p| p.into_inner()) = path;
}

/// Whether a test clock is in use.
pub fn is_test_clock() -> bool {
    TEST_CLOCK_FILE.read().unwrap_or_else(|p| p.into_inner()).is_some()
}

fn offset() -> i64 {
    let guard = TEST_CLOCK_FILE.read().unwrap_or_else(|p| p.into_inner());
    let Some(path) = guard.as_ref() else { return 0 };
    std::fs::read_to_string(path).ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or(0)
}

/// Now, in unix seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp() + offset()
}

/// Unix seconds as RFC 3339 in UTC, to the second: how the API and the
/// dashboard write a time.
pub(crate) fn rfc3339(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An RFC 3339 time as unix seconds, or None if it is not one.
pub(crate) fn parse_rfc3339(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s.trim()).ok().map(|t| t.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_back_as_written() {
        assert_eq!(parse_rfc3339("2026-12-02T23:30:00+01:00"), Some(1_796_250_600));
        assert_eq!(rfc3339(1_796_250_600), "2026-12-02T22:30:00Z");
        assert_eq!(parse_rfc3339("tomorrow"), None);
        assert_eq!(parse_rfc3339("2026-12-02 23:30"), None);
    }
}

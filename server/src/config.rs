//! Server settings: defaults, then an optional TOML file, then environment
//! variables, then command-line flags (each overrides the one before).
//! With no configuration at all the server runs on loopback with SQLite in
//! a data folder, which is what a small organisation or a developer needs.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Address to listen on. Behind a reverse proxy keep it on loopback.
    pub listen: SocketAddr,
    /// `sqlite:` (default: a file in `data_dir`), `sqlite:/path/file.db`,
    /// or `postgres://user:password@host/db` for several instances.
    pub database: Option<String>,
    /// Where the SQLite database lives when `database` does not say.
    pub data_dir: PathBuf,
    /// Shown to people in the app and to workers in the dashboard.
    pub organisation: String,
    /// Short, stable id of the organisation (letters, digits, -).
    pub organisation_id: String,
    /// The key that seals messages at rest (created on first start). With
    /// several instances, share one file or set HUISKAMER_MESSAGE_KEY.
    /// Default: `message.key` in `data_dir`.
    pub message_key_file: Option<PathBuf>,
    /// The Ed25519 key that signs content bundles (created on first start);
    /// its public key is pinned in the app. Or set HUISKAMER_CONTENT_KEY.
    /// Default: `content-signing.key` in `data_dir`.
    pub content_key_file: Option<PathBuf>,
    /// Messages are deleted this many days after they were sent.
    pub message_retention_days: u32,
    /// Take the client address from the last `X-Forwarded-For` hop. Only
    /// for a server behind a reverse proxy that sets it; otherwise anyone
    /// could pick their own rate-limit key.
    pub trust_forwarded_for: bool,
    /// Mark dashboard cookies Secure (sent over HTTPS only). Browsers also
    /// accept Secure cookies from http://localhost, so keep this on unless
    /// the dashboard is reached over plain HTTP on another address.
    pub dashboard_secure_cookies: bool,
    pub limits: Limits,
    /// How often (seconds) the server looks for missed check-ins and for
    /// on-call mail to send.
    pub alert_check_seconds: u64,
    /// The dashboard's address as workers reach it (`https://...`), for the
    /// link in the on-call mail.
    pub public_url: Option<String>,
    /// The mail server for on-call mail; without it no mail is sent.
    pub smtp: Option<Smtp>,
    /// For tests only (HUISKAMER_TEST_CLOCK_FILE): a file holding seconds
    /// added to the clock (crate::clock). Not settable in the file.
    #[serde(skip)]
    pub test_clock_file: Option<PathBuf>,
}

/// How the on-call mail leaves: `[smtp]` in the configuration file.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    #[serde(default = "Smtp::default_port")]
    pub port: u16,
    /// `none` (loopback only), `starttls` or `tls`.
    #[serde(default)]
    pub tls: SmtpTls,
    /// The sender address.
    pub from: String,
    #[serde(default)]
    pub username: Option<String>,
    /// Or HUISKAMER_SMTP_PASSWORD. Never logged.
    #[serde(default)]
    pub password: Option<String>,
}

impl Smtp {
    fn default_port() -> u16 {
        587
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    None,
    #[default]
    Starttls,
    Tls,
}

impl fmt::Debug for Smtp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Smtp")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("from", &self.from)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "*****"))
            .finish()
    }
}

/// Abuse limits. Requests over a limit are refused with 413 or 429.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Requests per minute from one client address (all endpoints).
    pub per_ip_per_minute: u32,
    /// Requests per minute for one account.
    pub per_account_per_minute: u32,
    /// New accounts per hour from one client address.
    pub registrations_per_ip_per_hour: u32,
    /// Largest push body, in bytes.
    pub push_body_bytes: usize,
    /// A request's head must have arrived this many seconds after the
    /// connection opened (or after its first byte, on a kept-alive one).
    pub header_read_timeout_seconds: u64,
    /// A request's body must have arrived this many seconds after its head
    /// (else 408). The app gives up on a request after 60 s.
    pub body_read_timeout_seconds: u64,
    /// A kept-alive connection waits this long for its next request, and a
    /// request on which nothing moves this long is closed. Keep it longer
    /// than a reverse proxy's idle time for its connections to the server.
    pub idle_timeout_seconds: u64,
    /// Connections open at once (lowered to what `ulimit -n` leaves room for).
    pub max_connections: usize,
}

impl Limits {
    pub fn connections(&self) -> crate::connections::ConnectionLimits {
        crate::connections::ConnectionLimits {
            header_read_timeout: std::time::Duration::from_secs(self.header_read_timeout_seconds),
            body_read_timeout: std::time::Duration::from_secs(self.body_read_timeout_seconds),
            idle_timeout: std::time::Duration::from_secs(self.idle_timeout_seconds),
            max_connections: self.max_connections,
        }
    }
}

/// The connection defaults, also named in the `serve --help` text.
pub const DEFAULT_HEADER_READ_TIMEOUT_SECONDS: u64 = 10;
pub const DEFAULT_BODY_READ_TIMEOUT_SECONDS: u64 = 60;
pub const DEFAULT_IDLE_TIMEOUT_SECONDS: u64 = 180;
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_ip_per_minute: 600,
            per_account_per_minute: 240,
            registrations_per_ip_per_hour: 20,
            push_body_bytes: 2 * 1024 * 1024,
            header_read_timeout_seconds: DEFAULT_HEADER_READ_TIMEOUT_SECONDS,
            body_read_timeout_seconds: DEFAULT_BODY_READ_TIMEOUT_SECONDS,
            idle_timeout_seconds: DEFAULT_IDLE_TIMEOUT_SECONDS,
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
            database: None,
            data_dir: default_data_dir(),
            organisation: "Huiskamer".to_string(),
            organisation_id: "main".to_string(),
            message_key_file: None,
            content_key_file: None,
            message_retention_days: 90,
            trust_forwarded_for: false,
            dashboard_secure_cookies: true,
            limits: Limits::default(),
            alert_check_seconds: 15,
            public_url: None,
            smtp: None,
            test_clock_file: None,
        }
    }
}

fn default_data_dir() -> PathBuf {
    match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(d) => PathBuf::from(d).join("huiskamer-server"),
        None => match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
            Some(h) => PathBuf::from(h).join(".local/share/huiskamer-server"),
            None => PathBuf::from("huiskamer-data"),
        },
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: String, message: String },
    #[error("environment variable {name}: {message}")]
    Env { name: &'static str, message: String },
    #[error("{0}")]
    Invalid(String),
}

impl Settings {
    /// Defaults, overridden by the file at `path` (if given), then by the
    /// `HUISKAMER_*` environment variables.
    pub fn load(path: Option<&Path>) -> Result<Settings, ConfigError> {
        let mut s = match path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|source| ConfigError::Read { path: p.display().to_string(), source })?;
                toml::from_str::<Settings>(&text).map_err(|e| ConfigError::Parse {
                    path: p.display().to_string(),
                    message: e.message().to_string(),
                })?
            }
            None => Settings::default(),
        };
        s.apply_env(|k| std::env::var(k).ok())?;
        s.validate()?;
        Ok(s)
    }

    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        fn parse<T: std::str::FromStr>(name: &'static str, v: &str) -> Result<T, ConfigError>
        where
            T::Err: fmt::Display,
        {
            v.trim().parse().map_err(|e: T::Err| ConfigError::Env { name, message: e.to_string() })
        }
        if let Some(v) = get("HUISKAMER_LISTEN") {
            self.listen = parse("HUISKAMER_LISTEN", &v)?;
        }
        if let Some(v) = get("HUISKAMER_DATABASE").filter(|v| !v.is_empty()) {
            self.database = Some(v);
        }
        if let Some(v) = get("HUISKAMER_DATA_DIR").filter(|v| !v.is_empty()) {
            self.data_dir = PathBuf::from(v);
        }
        if let Some(v) = get("HUISKAMER_ORGANISATION").filter(|v| !v.is_empty()) {
            self.organisation = v;
        }
        if let Some(v) = get("HUISKAMER_ORGANISATION_ID").filter(|v| !v.is_empty()) {
            self.organisation_id = v;
        }
        if let Some(v) = get("HUISKAMER_MESSAGE_KEY_FILE").filter(|v| !v.is_empty()) {
            self.message_key_file = Some(PathBuf::from(v));
        }
        if let Some(v) = get("HUISKAMER_CONTENT_KEY_FILE").filter(|v| !v.is_empty()) {
            self.content_key_file = Some(PathBuf::from(v));
        }
        if let Some(v) = get("HUISKAMER_MESSAGE_RETENTION_DAYS") {
            self.message_retention_days = parse("HUISKAMER_MESSAGE_RETENTION_DAYS", &v)?;
        }
        if let Some(v) = get("HUISKAMER_TRUST_FORWARDED_FOR") {
            self.trust_forwarded_for = parse("HUISKAMER_TRUST_FORWARDED_FOR", &v)?;
        }
        if let Some(v) = get("HUISKAMER_PUBLIC_URL").filter(|v| !v.is_empty()) {
            self.public_url = Some(v);
        }
        if let Some(v) = get("HUISKAMER_SMTP_PASSWORD").filter(|v| !v.is_empty()) {
            match self.smtp.as_mut() {
                Some(smtp) => smtp.password = Some(v),
                None => {
                    return Err(ConfigError::Env {
                        name: "HUISKAMER_SMTP_PASSWORD",
                        message: "set, but the configuration has no [smtp] section".into(),
                    })
                }
            }
        }
        if let Some(v) = get("HUISKAMER_TEST_CLOCK_FILE").filter(|v| !v.is_empty()) {
            self.test_clock_file = Some(PathBuf::from(v));
        }
        Ok(())
    }

    pub fn validate(&self) -> Result<(), ConfigError> {
        if !(1..=3650).contains(&self.message_retention_days) {
            return Err(ConfigError::Invalid("message_retention_days must be between 1 and 3650".into()));
        }
        if self.organisation.trim().is_empty()
            || self.organisation.chars().count() > 120
            || self.organisation.chars().any(char::is_control)
        {
            return Err(ConfigError::Invalid("organisation must be 1 to 120 characters on one line".into()));
        }
        let id_ok = |s: &str| {
            (1..=32).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !id_ok(&self.organisation_id) {
            return Err(ConfigError::Invalid("organisation_id must be 1 to 32 characters of a-z, 0-9 and -".into()));
        }
        let l = &self.limits;
        if l.per_ip_per_minute == 0 || l.per_account_per_minute == 0 || l.registrations_per_ip_per_hour == 0 {
            return Err(ConfigError::Invalid("rate limits must be at least 1".into()));
        }
        if l.push_body_bytes < 64 * 1024 {
            return Err(ConfigError::Invalid("limits.push_body_bytes must be at least 65536".into()));
        }
        for (name, secs) in [
            ("header_read_timeout_seconds", l.header_read_timeout_seconds),
            ("body_read_timeout_seconds", l.body_read_timeout_seconds),
            ("idle_timeout_seconds", l.idle_timeout_seconds),
        ] {
            if !(1..=3600).contains(&secs) {
                return Err(ConfigError::Invalid(format!("limits.{name} must be between 1 and 3600")));
            }
        }
        if !(1..=3600).contains(&self.alert_check_seconds) {
            return Err(ConfigError::Invalid("alert_check_seconds must be between 1 and 3600".into()));
        }
        if let Some(u) = &self.public_url {
            if !(u.starts_with("https://") || u.starts_with("http://")) || u.chars().any(char::is_whitespace) {
                return Err(ConfigError::Invalid("public_url must be an http:// or https:// address".into()));
            }
        }
        if let Some(smtp) = &self.smtp {
            if smtp.host.trim().is_empty() {
                return Err(ConfigError::Invalid("smtp.host must be set".into()));
            }
            if !crate::alerts::mail::valid_address(&smtp.from) {
                return Err(ConfigError::Invalid("smtp.from must be an e-mail address".into()));
            }
            if smtp.username.is_some() != smtp.password.is_some() {
                return Err(ConfigError::Invalid(
                    "smtp.username and smtp.password (or HUISKAMER_SMTP_PASSWORD) go together".into(),
                ));
            }
        }
        if !(1..=1_000_000).contains(&l.max_connections) {
            return Err(ConfigError::Invalid("limits.max_connections must be between 1 and 1000000".into()));
        }
        Ok(())
    }

    /// The content signing key file (HUISKAMER_CONTENT_KEY, if set, wins).
    pub fn content_key_path(&self) -> PathBuf {
        self.content_key_file.clone().unwrap_or_else(|| self.data_dir.join("content-signing.key"))
    }

    /// The message key file (HUISKAMER_MESSAGE_KEY, if set, wins).
    pub fn message_key_path(&self) -> PathBuf {
        self.message_key_file.clone().unwrap_or_else(|| self.data_dir.join("message.key"))
    }

    /// The database address to open: the configured one, or the default
    /// SQLite file in the data folder.
    pub fn database_url(&self) -> String {
        match &self.database {
            Some(d) => d.clone(),
            None => format!("sqlite:{}", self.data_dir.join("huiskamer-server.db").display()),
        }
    }
}

/// The database address with any password replaced, safe to log.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((a, h)) => (a, h),
        None => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:*****@{host}"),
        None => format!("{scheme}://{auth}@{host}"),
    }
}

// Written by hand so that a settings dump in a log or a panic never shows a
// database password.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("listen", &self.listen)
            .field("database", &self.database.as_deref().map(redact))
            .field("data_dir", &self.data_dir)
            .field("organisation", &self.organisation)
            .field("organisation_id", &self.organisation_id)
            .field("message_key_file", &self.message_key_file)
            .field("content_key_file", &self.content_key_file)
            .field("message_retention_days", &self.message_retention_days)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("dashboard_secure_cookies", &self.dashboard_secure_cookies)
            .field("limits", &self.limits)
            .field("alert_check_seconds", &self.alert_check_seconds)
            .field("public_url", &self.public_url)
            .field("smtp", &self.smtp)
            .field("test_clock_file", &self.test_clock_file)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let s = Settings { database: Some("postgres://hk:s3cret@db.local:5432/hk".into()), ..Settings::default() };
        let out = format!("{s:?}");
        assert!(!out.contains("s3cret"), "{out}");
        assert!(out.contains("postgres://hk:*****@db.local:5432/hk"), "{out}");
    }

    #[test]
    fn environment_overrides_the_file_and_bad_values_are_named() {
        let mut s: Settings = toml::from_str("organisation = \"Terwille\"\nlisten = \"127.0.0.1:9000\"").unwrap();
        let env = |k: &str| match k {
            "HUISKAMER_LISTEN" => Some("0.0.0.0:8080".to_string()),
            "HUISKAMER_MESSAGE_RETENTION_DAYS" => Some("30".to_string()),
            _ => None,
        };
        s.apply_env(env).unwrap();
        assert_eq!(s.listen.to_string(), "0.0.0.0:8080");
        assert_eq!(s.organisation, "Terwille");
        assert_eq!(s.message_retention_days, 30);
        let err = s.apply_env(|k| (k == "HUISKAMER_MESSAGE_RETENTION_DAYS").then(|| "soon".to_string())).unwrap_err();
        assert!(err.to_string().contains("HUISKAMER_MESSAGE_RETENTION_DAYS"), "{err}");
    }

    #[test]
    fn unknown_keys_and_impossible_values_are_refused() {
        assert!(toml::from_str::<Settings>("listn = \"127.0.0.1:1\"").is_err());
        let s = Settings { message_retention_days: 0, ..Settings::default() };
        assert!(s.validate().is_err());
        let s: Settings = toml::from_str("[limits]\nidle_timeout_seconds = 0").unwrap();
        assert!(s.validate().unwrap_err().to_string().contains("idle_timeout_seconds"));
        let s: Settings = toml::from_str("[limits]\nmax_connections = 0").unwrap();
        assert!(s.validate().is_err());
    }
}

//! The `huiskamer-server` command line: `main` is all the binary runs (the
//! server load benchmark runs the same, see tests/system/benches/server_load.rs).

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::storage::Role;
use crate::Settings;
use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "huiskamer-server", version, about = "The partner server of Huiskamer")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server. With no options: SQLite in the data folder, on 127.0.0.1:8787.
    Serve {
        /// A TOML settings file (see server/README.md).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Address to listen on [env: HUISKAMER_LISTEN].
        #[arg(long)]
        listen: Option<SocketAddr>,
        /// sqlite:<file> or postgres://user:password@host/db [env: HUISKAMER_DATABASE].
        #[arg(long)]
        database: Option<String>,
        /// Folder for the SQLite database [env: HUISKAMER_DATA_DIR].
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Organisation name shown in the app [env: HUISKAMER_ORGANISATION].
        #[arg(long)]
        organisation: Option<String>,
        /// Seconds a request's head may take to arrive, counted from the
        /// connection's opening (or from its first byte on a kept-alive
        /// connection); then the connection is closed [default: 10; file:
        /// limits.header_read_timeout_seconds].
        #[arg(long, value_name = "SECONDS")]
        header_read_timeout: Option<u64>,
        /// Seconds a request's body may take after its head; then it is
        /// answered 408 and the connection closed [default: 60; file:
        /// limits.body_read_timeout_seconds].
        #[arg(long, value_name = "SECONDS")]
        body_read_timeout: Option<u64>,
        /// Seconds a kept-alive connection waits for its next request, and a
        /// request may go with no byte moving; keep it longer than a reverse
        /// proxy's idle time [default: 180; file: limits.idle_timeout_seconds].
        #[arg(long, value_name = "SECONDS")]
        idle_timeout: Option<u64>,
        /// Connections open at once, lowered to what the descriptor limit
        /// (ulimit -n) leaves room for; when full, a new connection closes the
        /// one that has waited longest without a request [default: 1024; file:
        /// limits.max_connections].
        #[arg(long, value_name = "N")]
        max_connections: Option<usize>,
    },
    /// Print the public key of the content signing key, to pin in the app.
    ///
    /// Pin it in the app build (content/publishing-keys.txt). A new database
    /// gets a new key; one that has data never does (see new-key).
    ContentKey {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Replace a key that is lost for good (message or content).
    ///
    /// Makes a new key and records it as this database's. A lost message key
    /// leaves the stored messages unreadable; a new content key must be
    /// pinned in the next app build. Put the key file back from the backup
    /// instead whenever you can (server/README.md, "Backup and restore").
    NewKey {
        /// message or content.
        key: String,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Create a support-worker account for the dashboard.
    AddWorker {
        /// Login name: 2 to 64 characters of a-z, 0-9, '.', '_', '-', '@'.
        #[arg(long)]
        username: String,
        /// The name other workers see (default: the username).
        #[arg(long, default_value = "")]
        name: String,
        /// worker (answers messages), editor (also edits and publishes content) or admin.
        #[arg(long, default_value = "worker")]
        role: String,
        /// Read the password (at least 12 characters) from the first line of
        /// standard input. Without it a strong password is generated and printed once.
        #[arg(long)]
        password_stdin: bool,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
}

/// Parses the command line and runs it on a multi-threaded runtime (one
/// worker per core), as `#[tokio::main]` would.
pub fn main() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("huiskamer-server: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    // A clear one-line error for the operator, not a backtrace.
    match runtime.block_on(run()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("huiskamer-server: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .init();
    match Cli::parse().command {
        Command::Serve {
            config,
            listen,
            database,
            data_dir,
            organisation,
            header_read_timeout,
            body_read_timeout,
            idle_timeout,
            max_connections,
        } => {
            let mut settings = Settings::load(config.as_deref())?;
            if let Some(v) = listen {
                settings.listen = v;
            }
            if let Some(v) = database {
                settings.database = Some(v);
            }
            if let Some(v) = data_dir {
                settings.data_dir = v;
            }
            if let Some(v) = organisation {
                settings.organisation = v;
            }
            let l = &mut settings.limits;
            l.header_read_timeout_seconds = header_read_timeout.unwrap_or(l.header_read_timeout_seconds);
            l.body_read_timeout_seconds = body_read_timeout.unwrap_or(l.body_read_timeout_seconds);
            l.idle_timeout_seconds = idle_timeout.unwrap_or(l.idle_timeout_seconds);
            l.max_connections = max_connections.unwrap_or(l.max_connections);
            tracing::info!(?settings, "starting");
            let running = crate::start(settings).await?;
            // Printed on stdout so scripts can find the port when listening on :0.
            println!("huiskamer-server listening on http://{}", running.addr);
            shutdown_signal().await.context("waiting for a shutdown signal")?;
            tracing::info!("stopping");
            running.stop().await;
            Ok(())
        }
        Command::ContentKey { config, database, data_dir } => {
            let settings = settings(config, database, data_dir)?;
            let storage = crate::storage::open(&settings.database_url()).await?;
            let key = crate::keys::content(&*storage, &settings).await?;
            println!("{}  # {} (key id {})", key.public_key_base64(), settings.organisation, key.key_id());
            Ok(())
        }
        Command::NewKey { key, config, database, data_dir } => {
            let kind = crate::keys::Kind::parse(&key).context("the key is message or content")?;
            let settings = settings(config, database, data_dir)?;
            let storage = crate::storage::open(&settings.database_url()).await?;
            println!("{}", crate::keys::replace(&*storage, &settings, kind).await?);
            Ok(())
        }
        Command::AddWorker { username, name, role, password_stdin, config, database, data_dir } => {
            add_worker(username, name, role, password_stdin, settings(config, database, data_dir)?).await
        }
    }
}

/// Settings for a command other than `serve`: the file, then the flags.
fn settings(config: Option<PathBuf>, database: Option<String>, data_dir: Option<PathBuf>) -> anyhow::Result<Settings> {
    let mut settings = Settings::load(config.as_deref())?;
    if let Some(v) = database {
        settings.database = Some(v);
    }
    if let Some(v) = data_dir {
        settings.data_dir = v;
    }
    Ok(settings)
}

async fn add_worker(
    username: String,
    name: String,
    role: String,
    password_stdin: bool,
    settings: Settings,
) -> anyhow::Result<()> {
    let role = Role::parse(&role).context("--role must be worker, editor or admin")?;
    let (password, generated) = if password_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).context("reading the password from standard input")?;
        (line.trim_end_matches(['\r', '\n']).to_string(), false)
    } else {
        // 20 characters from a 54-letter alphabet without look-alikes: over 110 bits.
        const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let bytes: [u8; 20] = rand::random();
        (bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect(), true)
    };
    let storage = crate::storage::open(&settings.database_url()).await?;
    storage.upsert_organisation(&settings.organisation_id, &settings.organisation).await?;
    crate::dashboard::add_worker(&*storage, &settings.organisation_id, &username, &name, role.clone(), &password)
        .await?;
    println!("Added {} ({}) to {}.", username.trim().to_lowercase(), role.as_str(), settings.organisation);
    if generated {
        println!("Password (shown once; give it to the person in a safe way): {password}");
    }
    Ok(())
}

async fn shutdown_signal() -> std::io::Result<()> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r,
        _ = term.recv() => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{
        DEFAULT_BODY_READ_TIMEOUT_SECONDS, DEFAULT_HEADER_READ_TIMEOUT_SECONDS, DEFAULT_IDLE_TIMEOUT_SECONDS,
        DEFAULT_MAX_CONNECTIONS,
    };
    use clap::CommandFactory;

    #[test]
    fn serve_help_names_the_connection_defaults_the_server_uses() {
        let mut cli = Cli::command();
        let help = cli.find_subcommand_mut("serve").unwrap().render_long_help().to_string();
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        for (flag, default) in [
            ("--header-read-timeout", DEFAULT_HEADER_READ_TIMEOUT_SECONDS as usize),
            ("--body-read-timeout", DEFAULT_BODY_READ_TIMEOUT_SECONDS as usize),
            ("--idle-timeout", DEFAULT_IDLE_TIMEOUT_SECONDS as usize),
            ("--max-connections", DEFAULT_MAX_CONNECTIONS),
        ] {
            let at = flat.find(flag).unwrap_or_else(|| panic!("{flag} is in the help: {help}"));
            let text = &flat[at..];
            let end = text[flag.len()..].find(" --").map_or(text.len(), |i| i + flag.len());
            assert!(text[..end].contains(&format!("[default: {default};")), "{flag}: {}", &text[..end]);
        }
    }
}

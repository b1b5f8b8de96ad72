//! The `huiskamer-server` command. All work happens in the library.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use huiskamer_server::Settings;

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
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .init();
    match Cli::parse().command {
        Command::Serve { config, listen, database, data_dir, organisation } => {
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
            tracing::info!(?settings, "starting");
            let running = huiskamer_server::start(settings).await?;
            // Printed on stdout so scripts can find the port when listening on :0.
            println!("huiskamer-server listening on http://{}", running.addr);
            shutdown_signal().await.context("waiting for a shutdown signal")?;
            tracing::info!("stopping");
            running.stop().await;
            Ok(())
        }
    }
}

async fn shutdown_signal() -> std::io::Result<()> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r,
        _ = term.recv() => Ok(()),
    }
}

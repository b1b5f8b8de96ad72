//! The Tauri shell: commands are a few lines each (call the core, map the
//! error); all logic lives in `huiskamer-core`.
#![forbid(unsafe_code)]

mod commands;

use std::sync::Mutex;

use huiskamer_core::content::Library;
use huiskamer_core::i18n::I18n;
use huiskamer_core::App;
use tauri::Manager;

pub struct AppState(pub Mutex<App>);

fn init_logging() {
    // Logs go to stderr only, at `warn` unless HUISKAMER_LOG says otherwise.
    // The core never logs article text, search queries or personal data.
    let filter = tracing_subscriber::EnvFilter::try_from_env("HUISKAMER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

fn open_core(app: &tauri::App) -> App {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    let opened = app
        .path()
        .app_data_dir()
        .map_err(|e| e.to_string())
        .and_then(|dir| App::open(&dir, &locales).map_err(|e| e.to_string()));
    match opened {
        Ok(core) => core,
        Err(error) => {
            // A read-only or full disk must not stop a person from reading:
            // fall back to the shipped content in memory.
            tracing::error!(%error, "could not open the library on disk; using memory");
            let library = Library::open_in_memory().expect("in-memory SQLite");
            App::with_library(library, I18n::embedded(), &locales).expect("shipped content imports")
        }
    }
}

pub fn run() {
    init_logging();
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let core = open_core(app);
            app.manage(AppState(Mutex::new(core)));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::locale_view,
            commands::set_locale,
            commands::topics,
            commands::topic,
            commands::article,
            commands::search,
            commands::directory,
            commands::open_link,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Huiskamer app");
}
